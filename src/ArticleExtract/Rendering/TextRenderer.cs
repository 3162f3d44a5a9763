using System.Text;

namespace ArticleExtract.Rendering;

/// <summary>Plain-text renderings: <see cref="Article.Body"/> and <see cref="Article.ToText"/>.</summary>
internal static class TextRenderer
{
    /// <summary>Headings and blocks in order, separated by a blank line; images (which carry no words) left out.</summary>
    public static string Body(IReadOnlyList<Section> sections)
    {
        var sb = new StringBuilder();
        AppendBody(sb, sections);
        return sb.ToString();
    }

    public static string Render(Article article)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(article.Title))
        {
            sb.Append(article.Title).Append("\n\n");
        }

        AppendBody(sb, article.Sections);
        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static void AppendBody(StringBuilder sb, IReadOnlyList<Section> sections)
    {
        var start = sb.Length;
        foreach (var section in sections)
        {
            if (section.Heading is not null)
            {
                Separate(sb, start);
                sb.Append(section.Heading);
            }

            foreach (var block in section.Blocks)
            {
                if (block is ImageBlock)
                {
                    continue;
                }

                var text = block.Text;
                if (text.Length == 0)
                {
                    continue;
                }

                Separate(sb, start);
                sb.Append(text);
            }
        }
    }

    private static void Separate(StringBuilder sb, int start)
    {
        if (sb.Length > start)
        {
            sb.Append("\n\n");
        }
    }
}
