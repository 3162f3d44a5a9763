using System.Runtime.InteropServices;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ArticleExtract.Parsing;

/// <summary>Stage 2: markup to DOM, exactly once per page, after the <see cref="NestingGuard"/> has bounded it.</summary>
internal static class DocumentParser
{
    // Scripting off: <noscript> content is parsed as markup, which is where lazy-loading pages keep real <img>s.
    // No position tracking: the tokenizer otherwise keeps the line and column of every token, for error reports and
    // source references that nothing here reads; leaving it out made parsing about 9% faster on the AEB pages.
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        DisableElementPositionTracking = true,
    };

    // The default services less the attribute observers: they react to attributes as the parser sets them
    // (a <link rel=stylesheet> parses its URL and starts a load, an <iframe src> creates a nested browsing context),
    // work that only a browser needs and that cost about 4% of an extraction. Nothing we or the second opinion read
    // comes from them: attribute values and the tree are the same without.
    private static readonly IConfiguration Configuration = AngleSharp.Configuration.Default.Without<IAttributeObserver>();

    // A parser holds a browsing context that is not documented as thread-safe, so each thread keeps its own;
    // building one per call (configuration, context, services) cost about 4% of an extraction.
    [ThreadStatic]
    private static HtmlParser? s_parser;

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The document of what the guard gives; one parsed from a rented buffer is read only until the markup is disposed.</summary>
    public static IHtmlDocument Parse(GuardedMarkup markup) => Parse(Parser, markup.Markup);

    /// <summary>
    /// Markup in memory, parsed by <paramref name="parser"/>: a whole string as a string, the start of an array (the
    /// pooled buffers) as the array, for AngleSharp has a reader of each that never copies the text. Empty markup is
    /// the empty string: AngleSharp reads an array given with length 0 whole, which in a pooled buffer is an earlier
    /// page.
    /// </summary>
    internal static IHtmlDocument Parse(HtmlParser parser, ReadOnlyMemory<char> markup) =>
        markup.IsEmpty ? parser.ParseDocument(string.Empty)
        : MemoryMarshal.TryGetString(markup, out var text, out var start, out var length) && start == 0 && length == text.Length ? parser.ParseDocument(text)
        : MemoryMarshal.TryGetArray(markup, out var array) && array.Offset == 0 ? parser.ParseDocument(array.Array!, array.Count)
        : parser.ParseDocument(markup);

    private static HtmlParser Parser => s_parser ??= new HtmlParser(Options, BrowsingContext.New(Configuration));
}
