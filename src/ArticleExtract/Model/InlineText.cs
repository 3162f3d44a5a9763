using System.Text;

namespace ArticleExtract;

/// <summary>Plain-text forms of the structured blocks.</summary>
internal static class InlineText
{
    public static string Join(IReadOnlyList<Inline> inlines)
    {
        if (inlines.Count == 0)
        {
            return string.Empty;
        }

        if (inlines.Count == 1)
        {
            return inlines[0].Text;
        }

        var sb = new StringBuilder();
        foreach (var inline in inlines)
        {
            sb.Append(inline.Text);
        }

        return sb.ToString();
    }

    public static string ListText(ListBlock list)
    {
        var sb = new StringBuilder();
        AppendList(sb, list);
        return sb.ToString();
    }

    // Nested lists are bounded by the parser's nesting cap, but we still walk them with an explicit stack
    // so that no model built by a caller can overflow ours.
    private static void AppendList(StringBuilder sb, ListBlock root)
    {
        var stack = new Stack<(ListBlock List, int Index, int Depth)>();
        stack.Push((root, 0, 0));
        while (stack.Count > 0)
        {
            var (list, index, depth) = stack.Pop();
            if (index >= list.Items.Count)
            {
                continue;
            }

            var item = list.Items[index];
            stack.Push((list, index + 1, depth));
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(' ', depth * 2).Append(item.Text);
            for (var i = item.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((item.Children[i], 0, depth + 1));
            }
        }
    }

    public static string TableText(TableBlock table)
    {
        var sb = new StringBuilder();
        foreach (var row in table.Rows)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append('\t');
                }

                sb.Append(row[i].Text);
            }
        }

        return sb.ToString();
    }
}
