using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Parsing;

/// <summary>Stage 2: markup to DOM, exactly once per page, after the <see cref="NestingGuard"/> has bounded it.</summary>
internal static class DocumentParser
{
    // Scripting off: <noscript> content is parsed as markup, which is where lazy-loading pages keep real <img>s.
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
    };

    public static IHtmlDocument Parse(string html)
    {
        // A parser holds a browsing context that is not documented as thread-safe; one per call costs little
        // next to the parse itself and keeps the extractor safe to share.
        var parser = new HtmlParser(Options);
        return parser.ParseDocument(html);
    }
}
