using System.Text;
using ArticleExtract.Dom;

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

        var length = 0;
        for (var i = 0; i < inlines.Count; i++)
        {
            length += inlines[i].Text.Length;
        }

        return string.Create(length, inlines, static (span, list) =>
        {
            for (var i = 0; i < list.Count; i++)
            {
                var text = list[i].Text;
                text.CopyTo(span);
                span = span[text.Length..];
            }
        });
    }

    public static string ListText(ListBlock list)
    {
        var sb = BuilderCache.Acquire();
        AppendList(sb, list);
        return BuilderCache.ToStringAndRelease(sb);
    }

    /// <summary>The deepest indentation of a nested list's items, in levels of two spaces (the Markdown's list depth).</summary>
    internal const int MaxIndentDepth = 16;

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
            // Lists nested past MaxIndentDepth continue at that indentation, as in the Markdown: an item's
            // indentation grows with its depth, so a chain of lists would cost the square of its depth in spaces
            // (a model nested 100,000 deep overflowed the builder; a page at the nesting cap made 512 spaces of each
            // 12-byte "<ul><li>x").
            var deeper = depth < MaxIndentDepth ? depth + 1 : depth;
            for (var i = item.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((item.Children[i], 0, deeper));
            }
        }
    }

    public static string TableText(TableBlock table)
    {
        var sb = BuilderCache.Acquire();
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

        return BuilderCache.ToStringAndRelease(sb);
    }
}

/// <summary>
/// A derived text computed on first read and kept, keyed by the references it was computed from: a <c>with</c>
/// copy that replaces them (a record's copy also copies this cache) computes its own text again.
/// Publishing one immutable object keeps concurrent readers safe without a lock.
/// </summary>
internal sealed class DerivedText(object? source, object? source2, string text)
{
    public string Text { get; } = text;

    public static string Get<T>(ref DerivedText? cache, object? source, object? source2, T owner, Func<T, string> compute)
    {
        var c = Volatile.Read(ref cache);
        if (c is null || !ReferenceEquals(c._source, source) || !ReferenceEquals(c._source2, source2))
        {
            c = new DerivedText(source, source2, compute(owner));
            Volatile.Write(ref cache, c);
        }

        return c.Text;
    }

    private readonly object? _source = source;
    private readonly object? _source2 = source2;
}

/// <summary>Value equality over the model's lists, which records would otherwise compare by reference.</summary>
internal static class ModelEquality
{
    public static bool Sequence<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lists of lists (a quote's runs, paragraph by paragraph) compared by content.</summary>
    public static bool Rows<T>(IReadOnlyList<IReadOnlyList<T>> a, IReadOnlyList<IReadOnlyList<T>> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!Sequence(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Lists nest inside list items; an explicit stack keeps comparing them free of recursion over nesting depth.
    public static bool Lists(ListBlock root, ListBlock? other)
    {
        if (other is null)
        {
            return false;
        }

        var stack = new Stack<(ListBlock A, ListBlock B)>();
        stack.Push((root, other));
        while (stack.Count > 0)
        {
            var (a, b) = stack.Pop();
            if (ReferenceEquals(a, b))
            {
                continue;
            }

            if (b is null || a.Ordered != b.Ordered || a.Start != b.Start || a.Reversed != b.Reversed || a.Items.Count != b.Items.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Items.Count; i++)
            {
                var (x, y) = (a.Items[i], b.Items[i]);
                if (x.Value != y.Value || !Sequence(x.Inlines, y.Inlines) || x.Children.Count != y.Children.Count)
                {
                    return false;
                }

                for (var j = 0; j < x.Children.Count; j++)
                {
                    stack.Push((x.Children[j], y.Children[j]));
                }
            }
        }

        return true;
    }
}

/// <summary>
/// The runs given for one text (a cell's, a caption's, a citation's), kept with the string they were given for: a
/// <c>with</c> copy given another text reads that text as one plain run instead of runs that no longer say it.
/// </summary>
internal sealed class TextRuns(string? text, IReadOnlyList<Inline> runs)
{
    public string? Text { get; } = text;

    public IReadOnlyList<Inline> Runs { get; } = runs;

    /// <summary>The runs for <paramref name="text"/>: those given for it, else one plain run of it (none for null or empty), made once.</summary>
    public static IReadOnlyList<Inline> Get(TextRuns? given, ref TextRuns? plain, string? text)
    {
        if (given is not null && ReferenceEquals(given.Text, text))
        {
            return given.Runs;
        }

        var made = Volatile.Read(ref plain);
        if (made is null || !ReferenceEquals(made.Text, text))
        {
            made = new TextRuns(text, string.IsNullOrEmpty(text) ? [] : [new Inline(text)]);
            Volatile.Write(ref plain, made);
        }

        return made.Runs;
    }

    /// <summary>Runs given for <paramref name="text"/> through an <c>init</c>.</summary>
    public static TextRuns Given(string? text, IReadOnlyList<Inline> runs, string name)
    {
        ArgumentNullException.ThrowIfNull(runs, name);
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i] is null)
            {
                throw new ArgumentException($"Run {i} is null.", name);
            }
        }

        return new TextRuns(text, ReadOnlyView.Of(runs));
    }
}
