using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// What a reader of <see cref="Article.ToMarkdown"/> sees, against what <see cref="Article.ToHtml"/> shows: the Markdown
/// rendered by Markdig and our HTML are each reduced to one line per block (its kind, its inline tree, its words), and
/// the two must agree. The ways Markdown writes a block differently (an image's caption as emphasis under it, a table's
/// caption as an emphasized paragraph before it, a headerless table's empty header row, a loose list's paragraphs, a
/// percent-encoded address) are undone first.
/// </summary>
internal static class MarkdownRoundTrip
{
    /// <summary>CommonMark with GFM's pipe tables.</summary>
    public static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>GFM as sites turn it on: pipe tables, strikethrough and bare URLs made links (autolinks).</summary>
    public static readonly MarkdownPipeline GfmAutolinks = new MarkdownPipelineBuilder().UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough).UseAutoLinks().Build();

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
        foreach (var e in doc.Body!.Children)
        {
            sb.Append(Block(e)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Asserts that the Markdown, rendered by each pipeline, shows the blocks our HTML shows.</summary>
    public static void AssertSame(Article article) => AssertSame(article, Gfm, GfmAutolinks);

    /// <summary>Asserts it for the pipelines given (struck text needs GFM's strikethrough: <see cref="GfmAutolinks"/>).</summary>
    public static void AssertSame(Article article, params MarkdownPipeline[] pipelines)
    {
        var expected = FromHtml(article);
        foreach (var pipeline in pipelines)
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
                return "quote: " + string.Join(" | ", e.Children.Select(c => Collapse((c.LocalName == "footer" ? "— " : string.Empty) + InnerShape(c))));
            case "pre":
                var code = e.QuerySelector("code")!;
                return "code " + code.GetAttribute("class") + ": " + code.TextContent.TrimEnd('\n').Replace("\n", "⏎", StringComparison.Ordinal);
            case "table":
                // The Markdown writes a table's caption as an emphasized paragraph before it.
                return (e.QuerySelector("caption") is { } c ? Collapse("<p><em>" + InnerShape(c) + "</em></p>") + "\n" : string.Empty) + Table(e);
            default:
                return Shape(e);
        }
    }

    private static string Image(IElement img, IElement? caption) =>
        $"image {Uri.UnescapeDataString(img.GetAttribute("src") ?? string.Empty)} alt=\"{img.GetAttribute("alt")}\"" + (caption is null ? string.Empty : ": " + InnerShape(caption));

    /// <summary>Each row's cells with text, in order, each as its inline tree: GFM has no spans, so the Markdown's grid has a column where some row
    /// starts a cell, and a spanning cell is followed by empty ones (or none) where the HTML has its colspan.</summary>
    private static string Table(IElement table)
    {
        var rows = new List<string>();
        foreach (var tr in table.QuerySelectorAll("tr"))
        {
            // Each cell's inline tree (its links and formats), not only its words.
            var cells = tr.Children.Where(c => Words(c).Length > 0).Select(InnerShape).ToList();
            // A table without header rows has an empty one in the Markdown.
            if (cells.Count > 0 || rows.Count > 0 || tr.ParentElement?.LocalName != "thead")
            {
                rows.Add(string.Join(" | ", cells));
            }
        }

        return "table: " + string.Join(" / ", rows);
    }

    private static string InnerShape(IElement e) => Collapse(string.Concat(e.ChildNodes.Select(Shape)));

    private static string Words(INode node) => string.Join(' ', node.TextContent.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Element names with the attributes a reader meets (link target and title, image, list start), and the
    /// text with white space collapsed; a line break is a break, whatever white space is around it.</summary>
    private static string Shape(INode root) => Collapse(Tree(root));

    /// <summary>The tree under <paramref name="root"/>, element by element in document order (walked with a stack):
    /// names with the attributes a reader meets (link target and title, image, list start; an address percent-decoded),
    /// and the text as it stands.</summary>
    public static string Tree(INode root)
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
                        // Markdig percent-encodes an address ("a b" as "a%20b"): the same address.
                        v = name is "href" or "src" ? Uri.UnescapeDataString(v) : v;
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

        return sb.ToString();
    }

    private static string Collapse(string shape)
    {
        shape = string.Join(' ', shape.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return shape.Replace(" <", "<", StringComparison.Ordinal).Replace("> ", ">", StringComparison.Ordinal);
    }
}
