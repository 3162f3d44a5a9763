using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Evaluation.Corpora;

/// <summary>Plain text of an expected-article HTML fragment, as a reader would see the words.</summary>
internal static class ExpectedText
{
    // Elements a browser lays out on lines of their own (plus cells and line breaks). DOM textContent runs
    // "<p>end.</p><p>Next" into "end.Next", which would merge two tokens and cost shingles that no extractor
    // could ever match; inline elements must not be split ("<b>wo</b>rd" is one word).
    private static readonly HashSet<string> Separating = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "img", "iframe", "video", "audio", "option", "legend", "menu", "center",
    };

    /// <summary>The text of every node in document order, block elements separated by a line break.</summary>
    /// <param name="html">The HTML (a fragment or a document).</param>
    /// <returns>The text; whitespace inside it is left as written.</returns>
    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder(html.Length / 2);
        Append(document.Body ?? (INode?)document.DocumentElement ?? document, text);
        return text.ToString();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement element when element.LocalName is "script" or "style" or "template":
                    break;
                case IElement element:
                    var separates = Separating.Contains(element.LocalName);
                    if (separates)
                    {
                        text.Append('\n');
                    }

                    Append(element, text);
                    if (separates)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }
}
