using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// What a reader of <see cref="Article.ToMarkdown"/> sees, against what <see cref="Article.ToHtml"/> shows: the Markdown
/// rendered by Markdig and our HTML are each reduced to one line per block (its kind, its inline tree, its words), and
/// the two must agree. The ways Markdown writes a block differently (an image's caption as emphasis under it, a table's
/// caption as a paragraph before it, a headerless table's empty header row, a loose list's paragraphs) are undone first.
/// </summary>
internal static class MarkdownRoundTrip
{
    /// <summary>CommonMark with GFM's pipe tables.</summary>
    public static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>GFM as sites turn it on: pipe tables, strikethrough and bare URLs made links (autolinks).</summary>
    public static readonly MarkdownPipeline GfmAutolinks = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseAutoLinks().Build();

    private static readonly HtmlParser Parser = new();

    /// <summary>Our HTML's blocks, one line each.</summary>
    public static string FromHtml(Article article)
    {
        var doc = Parser.ParseDocument(article.ToHtml());
        var sb = new StringBuilder();
        foreach (var e in doc.QuerySelectorAll("article > h1, section > *"))
        {
            sb.Append(Block(e)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The blocks of the Markdown as <paramref name="pipeline"/> renders it, one line each.</summary>
    public static string FromMarkdown(Article article, MarkdownPipeline pipeline)
    {
        var doc = Parser.ParseDocument(Markdown.ToHtml(article.ToMarkdown(), pipeline));
        // A loose list's items hold paragraphs: the same item, spaced out.
        foreach (var p in doc.QuerySelectorAll("li > p").ToList())
        {
            while (p.FirstChild is { } child)
            {
                p.Parent!.InsertBefore(child, p);
            }

            p.Remove();
        }

        var sb = new StringBuilder();
        var blocks = doc.Body!.Children.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var e = blocks[i];
            if (e is { LocalName: "p", ChildNodes.Length: 1, FirstElementChild: { LocalName: "em" } caption } && i + 1 < blocks.Count && blocks[i + 1].LocalName == "table")
            {
                sb.Append(Table(blocks[++i], Words(caption))).Append('\n');
                continue;
            }

            sb.Append(Block(e)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Asserts that the Markdown, rendered by each pipeline, shows the blocks our HTML shows.</summary>
    public static void AssertSame(Article article)
    {
        var expected = FromHtml(article);
        foreach (var pipeline in new[] { Gfm, GfmAutolinks })
        {
            var actual = FromMarkdown(article, pipeline);
            Assert.True(expected == actual, $"The Markdown\n{article.ToMarkdown()}\nshows\n{actual}\nwhere the HTML shows\n{expected}");
        }
    }

    private static string Block(IElement e)
    {
        switch (e.LocalName)
        {
            case "figure":
                return Image(e.QuerySelector("img")!, e.QuerySelector("figcaption"));
            case "p" when e.FirstChild is IElement { LocalName: "img" } img:
                return Image(img, e.QuerySelector("em"));
            case "blockquote":
                // Our citation is a footer; the Markdown's is a last paragraph "— name".
                return "quote: " + string.Join(" | ", e.Children.Select(c => (c.LocalName == "footer" ? "— " : string.Empty) + InnerShape(c)));
            case "pre":
                var code = e.QuerySelector("code")!;
                return "code " + code.GetAttribute("class") + ": " + code.TextContent.TrimEnd('\n').Replace("\n", "⏎", StringComparison.Ordinal);
            case "table":
                return Table(e, e.QuerySelector("caption") is { } c ? Words(c) : null);
            default:
                return Shape(e);
        }
    }

    private static string Image(IElement img, IElement? caption) =>
        $"image {img.GetAttribute("src")} alt=\"{img.GetAttribute("alt")}\"" + (caption is null ? string.Empty : ": " + Words(caption));

    private static string Table(IElement table, string? caption)
    {
        var rows = new List<List<string>>();
        foreach (var tr in table.QuerySelectorAll("tr"))
        {
            var cells = new List<string>();
            foreach (var cell in tr.Children)
            {
                cells.Add(Words(cell));
                // The Markdown writes a spanning cell's text once and empty cells after it.
                var span = int.TryParse(cell.GetAttribute("colspan"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
                cells.AddRange(Enumerable.Repeat(string.Empty, span - 1));
            }

            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            rows.Add(cells);
        }

        // A table without header rows has an empty one in the Markdown.
        if (rows.Count > 0 && rows[0].Count == 0)
        {
            rows.RemoveAt(0);
        }

        return "table" + (caption is null ? string.Empty : " (" + caption + ")") + ": " + string.Join(" / ", rows.Select(r => string.Join(" | ", r)));
    }

    private static string InnerShape(IElement e) => Collapse(string.Concat(e.ChildNodes.Select(Shape)));

    private static string Words(INode node) => string.Join(' ', node.TextContent.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Element names with the attributes a reader meets (link target and title, image, list start), and the
    /// text with white space collapsed; a line break is a break, whatever white space is around it.</summary>
    private static string Shape(INode root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, bool Close)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, close) = stack.Pop();
            if (close)
            {
                sb.Append("</").Append(node.NodeName.ToLowerInvariant()).Append('>');
                continue;
            }

            if (node is IElement e)
            {
                sb.Append('<').Append(e.LocalName);
                foreach (var name in new[] { "href", "title", "src", "alt", "start" })
                {
                    if (e.GetAttribute(name) is { } v)
                    {
                        sb.Append(' ').Append(name).Append("=\"").Append(v).Append('"');
                    }
                }

                sb.Append('>');
                stack.Push((node, true));
                for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push((node.ChildNodes[i], false));
                }
            }
            else if (node is IText t)
            {
                sb.Append(t.Data);
            }
        }

        return Collapse(sb.ToString());
    }

    private static string Collapse(string shape)
    {
        shape = string.Join(' ', shape.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return shape.Replace(" <", "<", StringComparison.Ordinal).Replace("> ", ">", StringComparison.Ordinal);
    }
}
