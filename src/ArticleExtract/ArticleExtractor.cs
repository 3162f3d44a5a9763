using System.Globalization;
using AngleSharp.Html.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Classification;
using ArticleExtract.Cleaning;
using ArticleExtract.Content;
using ArticleExtract.Decision;
using ArticleExtract.Decoding;
using ArticleExtract.Dom;
using ArticleExtract.Fallback;
using ArticleExtract.Kinds;
using ArticleExtract.Metadata;
using ArticleExtract.Parsing;
using ArticleExtract.Sniffing;
using ArticleExtract.Structure;

namespace ArticleExtract;

/// <summary>
/// Extracts the article from a web page's HTML. Build one (or use <see cref="Default"/>) and reuse it: an
/// instance holds only its immutable options and is safe to use from many threads at once.
/// </summary>
/// <remarks>
/// The pipeline, one stage per folder of the source: sniff (inflate gzip or zlib, refuse binary input), decode (bytes to text) → parse once (after the nesting
/// guard) → metadata → clean (noise verdicts in a side table) → find the main content → structure into sections
/// (with the wording-based boilerplate filter) → render. The library never touches the network or the file system.
/// </remarks>
public sealed partial class ArticleExtractor
{
    /// <summary>An extractor with <see cref="ArticleExtractorOptions.Default"/> options.</summary>
    public static ArticleExtractor Default { get; } = new();

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ArticleExtractor(ArticleExtractorOptions? options = null)
    {
        options ??= ArticleExtractorOptions.Default;
        options.Validate();
        Options = options;
    }

    /// <summary>The options this extractor was built with.</summary>
    public ArticleExtractorOptions Options { get; }

    /// <summary>Extracts the article from a page's markup.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's absolute URL, used to resolve relative links and images; optional. A relative URI locates nothing and is ignored.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>
    /// The article; when the page has none, an article with <see cref="ExtractionOutcome.NoArticle"/> (metadata may
    /// still be set). Text that starts like a binary format or has more than one control character in
    /// 20 (binary data decoded as text) gives an empty
    /// article with <see cref="ExtractionOutcome.NotHtml"/>; fewer stray control characters are removed before parsing.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ExtractionLimitException">The page exceeds a limit in <see cref="Options"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article Extract(string html, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        CheckLength(html.Length, "characters");

        return FromText(InputSniffer.ToText(html)?.AsMemory(), url, cancellationToken);
    }

    /// <summary>
    /// Extracts the article from a page's bytes as they arrived: gzip or zlib data (recognized by its header, up to three
    /// layers) is inflated first, then the encoding is detected.
    /// </summary>
    /// <param name="html">The page's bytes as received.</param>
    /// <param name="url">The page's absolute URL; optional. A relative URI is ignored.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header, whose charset is used when the page has no byte-order mark; optional.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>
    /// The article. Bytes that are not a page (an executable, PDF, image, font, archive or other binary format
    /// recognized by its leading bytes, or bytes that decode to control characters) give an empty article with
    /// <see cref="ExtractionOutcome.NotHtml"/>.
    /// </returns>
    /// <exception cref="ExtractionLimitException">The page, or what it inflates to, is longer than <see cref="ArticleExtractorOptions.MaxInputLength"/> bytes, or exceeds another limit in <see cref="Options"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article Extract(ReadOnlySpan<byte> html, Uri? url = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        CheckLength(html.Length, "bytes");

        // The text is decoded into a pooled buffer, which the document reads from: returned once the article is made.
        // The host's top-level domain may break a near tie when the encoding of undeclared legacy bytes is guessed, as browsers let it.
        using var text = InputSniffer.ToPooledText(html, contentType, Options.MaxInputLength, cancellationToken, url is { IsAbsoluteUri: true } ? url.Host : null);
        return FromText(text?.Memory, url, cancellationToken);
    }

    /// <summary>
    /// Extracts the article from a stream of the page's bytes, detecting their encoding. The stream is read to its end,
    /// not disposed; an exception the stream itself throws while read (a broken connection's <see cref="IOException"/>)
    /// reaches the caller unchanged.
    /// </summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="url">The page's absolute URL; optional. A relative URI is ignored.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header; optional.</param>
    /// <param name="cancellationToken">Cancels the extraction.</param>
    /// <returns>The article, as <see cref="Extract(ReadOnlySpan{byte}, Uri?, string?, CancellationToken)"/> gives it for the stream's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="html"/> cannot be read (<see cref="Stream.CanRead"/> is false: write-only or disposed).</exception>
    /// <exception cref="ExtractionLimitException">The stream holds, or inflates to, more than <see cref="ArticleExtractorOptions.MaxInputLength"/> bytes, or the page exceeds another limit in <see cref="Options"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Article Extract(Stream html, Uri? url = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        StreamReading.ThrowIfUnreadable(html, nameof(html));
        var bytes = StreamReading.ReadAll(html, Options.MaxInputLength, cancellationToken);
        return Extract(bytes.AsSpan(), url, contentType, cancellationToken);
    }

    /// <summary>
    /// Reads a stream asynchronously, then extracts (extraction itself is CPU work and runs synchronously). An exception
    /// the stream itself throws while read reaches the caller unchanged.
    /// </summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="url">The page's absolute URL; optional. A relative URI is ignored.</param>
    /// <param name="contentType">The HTTP <c>Content-Type</c> header; optional.</param>
    /// <param name="cancellationToken">Cancels the read and the extraction.</param>
    /// <returns>The article, as <see cref="Extract(ReadOnlySpan{byte}, Uri?, string?, CancellationToken)"/> gives it for the stream's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="html"/> cannot be read (<see cref="Stream.CanRead"/> is false: write-only or disposed).</exception>
    /// <exception cref="ExtractionLimitException">The stream holds, or inflates to, more than <see cref="ArticleExtractorOptions.MaxInputLength"/> bytes, or the page exceeds another limit in <see cref="Options"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<Article> ExtractAsync(Stream html, Uri? url = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        StreamReading.ThrowIfUnreadable(html, nameof(html));
        var bytes = await StreamReading.ReadAllAsync(html, Options.MaxInputLength, cancellationToken).ConfigureAwait(false);
        return Extract(bytes.AsSpan(), url, contentType, cancellationToken);
    }

    private Article FromText(ReadOnlyMemory<char>? html, Uri? url, CancellationToken cancellationToken)
    {
        // The stages read the address's host and path, which a relative Uri throws on; it says nothing of where the page is.
        if (url is { IsAbsoluteUri: false })
        {
            url = null;
        }

        if (html is null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Nothing is read from bytes that are not a page; the URL the caller gave still identifies what was fetched.
            return new Article(ArticleMetadata.Empty with { Url = MetadataReader.Linkable(url?.AbsoluteUri) }, [], ExtractionOutcome.NotHtml);
        }

        // The budget starts once the page is text: reading, inflating and decoding are bounded by MaxInputLength.
        return Run(html.Value, url, ExtractionDeadline.Start(Options.TimeBudget, Options.Clock, cancellationToken));
    }

    /// <summary>The message of a spent time budget, its number written the same in every culture.</summary>
    internal static string TimeBudgetMessage(TimeSpan budget) =>
        string.Create(CultureInfo.InvariantCulture, $"Extraction took longer than {budget.TotalSeconds:0.###} s (ArticleExtractorOptions.TimeBudget).");

    private Article Run(ReadOnlyMemory<char> html, Uri? url, ExtractionDeadline deadline)
    {
        deadline.Check();

        // Parse once, after bounding nesting depth and element count (the document reads the guard's buffer: kept to the end).
        using var guarded = Guard(html);
        var document = DocumentParser.Parse(guarded);
        StreamedBoundaries.Apply(document, guarded.Markup.Span);
        deadline.Check();

        // One walk gathers the elements the base URL, the metadata reader and the page-kind classifier look up by name,
        // and the disclosure widgets' collapsed panels, which it marks.
        var page = PageElements.Collect(document, Disclosures.Start(document, guarded.Markup.Span));
        var urls = new UrlResolver(page.BaseUrl(url), page.Address(url));
        var metadata = MetadataReader.Read(document, urls, page);
        deadline.Check();

        var learned = guarded.DroppedTags == 0;
        var (ownIndex, ownContent, ownFlow, ownPlainFlow, ownRead) = BuildFlow(document, urls, metadata, deadline, guarded.StartTags, learnedDecision: learned);
        var own = Summarize(ownFlow) with { Read = ownRead };
        var plain = ReferenceEquals(ownFlow, ownPlainFlow) ? own : Summarize(ownPlainFlow);
        // Judged on the reading unopened: the page's running text leaves out the collapsed panels the reading opened.
        if (Options.UseArticleGuard && ownIndex is not null && ArticleGuard.IsLost(plain.ProseChars, ownIndex))
        {
            // Never lose the article: read again with class words ignored, and keep that reading if it found the prose.
            var (guardIndex, guardContent, guardFlow, guardPlainFlow, guardRead) = BuildFlow(document, urls, metadata, deadline, guarded.StartTags, classWords: false);
            var second = Summarize(guardFlow) with { Read = guardRead };
            var preferSecond = ArticleGuard.Prefer(own.ProseChars, second.ProseChars, second.LinkDensity);
            (preferSecond ? ownIndex : guardIndex)?.Release();
            if (preferSecond)
            {
                var secondPlain = ReferenceEquals(guardFlow, guardPlainFlow) ? second : Summarize(guardPlainFlow);
                (ownIndex, ownContent, own, plain, learned) = (guardIndex, guardContent, second, secondPlain, false);
            }
        }

        deadline.Check();
        // Before SmartReader, which rewrites the document.
        var records = new PageRecords(ownIndex);
        // The kind is told from the page as it shows itself unopened: collapsed panels do not make a shop an article.
        var kind = PageKindClassifier.Classify(document, url, plain.Shape, records, metadata, page, out var byAddressOnly, out var kindDecided);
        metadata = DateChooser.ForKind(TitleChooser.ForKind(metadata, records.ListingByTitlesOnly ? PageKind.Service : kind, url), kind, kindDecided);
        if (ownIndex is not null && ownContent >= 0)
        {
            own = ReadByKind(document, urls, metadata, new KindReading(ownIndex, ownContent, records, kind, byAddressOnly, learned, guarded.StartTags, plain, url is { IsAbsoluteUri: true }, url is { IsAbsoluteUri: true, AbsolutePath: "/" or "" }), own, deadline);
        }

        var sections = WithoutRepeats(ForKind(own, kind, metadata), kind, byAddressOnly, url);
        if (sections.Count == 0 && kind == PageKind.Forum)
        {
            sections = ThreadReader.LinkPost(page);
        }

        var outcome = sections.Count == 0 ? ExtractionOutcome.NoArticle : ExtractionOutcome.Extracted;

        var secondOpinion = SecondOpinionGate(document, guarded, ownIndex, own, html.Length);
        if (secondOpinion == SecondOpinionStatus.Asked)
        {
            (secondOpinion, var theirs) = AskSecondOpinion(document, urls, metadata, ownIndex, own, deadline);
            if (theirs is not null)
            {
                sections = theirs;
                outcome = ExtractionOutcome.SecondOpinion;
            }
        }

        // The sections hold their own strings; nothing reads the index after this.
        ownIndex?.Release();
        return new Article(FromSections(metadata, sections), sections, outcome, kind, secondOpinion);
    }

    /// <summary>The metadata the article's sections complete: an excerpt, a lead image and the language of the text.</summary>
    private static ArticleMetadata FromSections(ArticleMetadata metadata, IReadOnlyList<Section> sections)
    {
        if (metadata.Excerpt is null && FirstParagraph(sections) is { } first)
        {
            metadata = metadata with { Excerpt = first };
        }

        if (metadata.LeadImage is null && FirstImage(sections) is { } image)
        {
            metadata = metadata with { LeadImage = image };
        }

        // Templates declare one language for a whole site, and many pages none: the article's own text settles it.
        return metadata with { Language = LanguageGuess.Settle(metadata.Language, sections) };
    }

    /// <summary>
    /// The reading's sections; without the teaser cards titled by plain headings (<see cref="FlowItem.TeaserCard"/>)
    /// on an article that is a post, signed or dated: they point to the site's other posts. A business's page read as
    /// an article (no writer, no date) shows its own services as the same cards.
    /// </summary>
    private static IReadOnlyList<Section> ForKind(BodyResult own, PageKind kind, ArticleMetadata metadata) =>
        kind == PageKind.Article && (metadata.Authors is { Count: > 0 } || metadata.Published is not null) && own.WithoutTeaserCards is { } article
            ? article
            : own.Sections;

    /// <summary>
    /// A thread's replies quote earlier posts, and every post carries the same lines: each post is read once, bare.
    /// Shops and listings repeat their blocks (desktop and mobile copies): each is read once, and a shop's copies that
    /// differ by a word or their wrapping too (Kinds/RepeatedBlocks.cs), and a product's prices after its own go
    /// (Kinds/ProductPrices.cs), and so do the strips titled as other products after its own text
    /// (Kinds/OtherProductSections.cs). So does a business's
    /// landing page (a slider's cloned slides, a card's title again as its link); not a page that is a service page
    /// by its address only (read as an article), nor a short page given without an address (one by its shape alone).
    /// Other pages only drop a stretch of paragraphs printed again right after itself (Kinds/RepeatedParagraphs.cs);
    /// not documentation (a tutorial repeats its commands on purpose).
    /// </summary>
    private static IReadOnlyList<Section> WithoutRepeats(IReadOnlyList<Section> sections, PageKind kind, bool byAddressOnly, Uri? url) =>
        kind switch
        {
            PageKind.Forum => KindReader.WithoutRepeats(ThreadReader.Read(sections)),
            PageKind.Product => OtherProductSections.Without(ProductPrices.Without(RepeatedBlocks.Without(KindReader.WithoutRepeats(RepeatedTail.Without(sections))))),
            PageKind.Listing => KindReader.WithoutRepeats(RepeatedTail.Without(sections)),
            PageKind.Service when !byAddressOnly && url is { IsAbsoluteUri: true } => KindReader.WithoutRepeats(RepeatedParagraphs.Without(sections)),
            PageKind.Documentation => sections,
            _ => RepeatedParagraphs.Without(sections),
        };

    /// <exception cref="ExtractionLimitException">The input is longer than <see cref="ArticleExtractorOptions.MaxInputLength"/>.</exception>
    private void CheckLength(long length, string unit)
    {
        if (length > Options.MaxInputLength)
        {
            throw new ExtractionLimitException(ExtractionLimit.InputLength, Options.MaxInputLength,
                string.Create(CultureInfo.InvariantCulture, $"The page is {length:N0} {unit}, over the limit of {Options.MaxInputLength:N0} (ArticleExtractorOptions.MaxInputLength)."));
        }
    }

    /// <summary>Bounds nesting depth and counts elements before the one parse.</summary>
    /// <exception cref="ExtractionLimitException">The page has more than <see cref="ArticleExtractorOptions.MaxElements"/> elements.</exception>
    private GuardedMarkup Guard(ReadOnlyMemory<char> html)
    {
        var guarded = NestingGuard.ApplyPooled(html, Options.MaxNestingDepth, Options.MaxElements);
        if (guarded.StartTags > Options.MaxElements)
        {
            guarded.Dispose();
            throw new ExtractionLimitException(ExtractionLimit.Elements, Options.MaxElements,
                string.Create(CultureInfo.InvariantCulture, $"The page has more than {Options.MaxElements:N0} elements (ArticleExtractorOptions.MaxElements)."));
        }

        return guarded;
    }

    /// <summary>What the kind readers start from: the article reading's index and root, what the page was found to be, whether it came with its address and whether that address is a site's home page.</summary>
    private readonly record struct KindReading(DocumentIndex Index, int Content, PageRecords Records, PageKind Kind, bool ByAddressOnly, bool Learned, int Elements, BodyResult Unopened, bool Addressed, bool HomePage);

    /// <summary>
    /// The reading a reader of the page's kind wants, when it differs from the article reading: a product without its
    /// reviews; the records of a listing, a service page's cards or a collection (found again with class words ignored
    /// when the grid's own classes read as noise: "product-list", "search-results").
    /// </summary>
    private BodyResult ReadByKind(IHtmlDocument document, UrlResolver urls, ArticleMetadata metadata, KindReading page, BodyResult own, ExtractionDeadline deadline)
    {
        var thread = page.Kind == PageKind.Forum;
        if ((page.Kind == PageKind.Product && (ProductReader.ShowPanels(page.Index, page.Content) | ProductReader.MarkReviews(page.Index, page.Content) | ProductReader.MarkOtherProducts(page.Index, page.Content)
                | ProductReader.MarkFinePrint(page.Index, page.Content)))
            || (thread && (ThreadReader.MarkSignatures(page.Index, page.Content) | PostHeadings.Mark(page.Index, page.Content) | PostStamps.Lift(page.Index, page.Content)
                | ThreadReader.ShowQuotations(page.Index, page.Content))))
        {
            // A shopper reads the product's description and specifications, opening their folded panels; the reviews
            // below them are other people's, and the products recommended beside them are other products.
            // A thread's reader reads the posts; the signature under each is its poster's standing footer, and the
            // headings recurring in every post's frame (a rank, a "Re:" subject) are the engine's. Each post's time
            // stamp, marked as a dateline by its class words, says when the reply was written (Kinds/PostStamps.cs); a
            // quotation framed as an aside is the passage a reply answers.
            // A product is read again with the model's confident drops, as the first reading made them (the shop's
            // spare labels and notices); a thread without them, its short replies being what the model drops.
            own = Summarize(thread ? ReadFlow(page.Index, page.Content, urls, metadata, page.Learned, deadline, thread)
                : ReadDecided(page, urls, metadata, deadline, revealPanels: false));
        }

        if (OwnsStatUnits(page) && own.Read is { } serviceRead)
        {
            // The first reading was filtered before the page's kind was known: a business's row of counters, each figure
            // over its caption, is its own text, where beside an article it is the site's badge.
            own = Summarize(Filter(serviceRead, metadata, statUnits: true)) with { Read = serviceRead };
        }

        if (page.Kind == PageKind.Service && !page.ByAddressOnly && page.Addressed && ServiceCarousels.Lift(page.Index, page.Content, page.HomePage))
        {
            // A business's carousels hold its own text (the customers' quotes, the features), and a home page's "author"
            // lines are its quotes': read again with them, the model deciding the blocks as it did for the first
            // reading. Not on a page that is a service page by its address only, nor one given without an address (a
            // service page by its shape alone): both are read as articles, whose galleries and bylines stay out.
            own = Summarize(ReadDecided(page, urls, metadata, deadline));
        }

        if (ThreadRoot(page) is >= 0 and var posts)
        {
            // The replies of many threads are marked up as comments: on a thread they are the thread. A reading that
            // kept one post of a run framed alike grows to the run.
            own = Summarize(ReadFlow(page.Index, posts, urls, metadata, page.Learned, deadline, thread: true));
        }

        var kind = page.ByAddressOnly ? PageKind.Article : page.Kind;
        if (kind == PageKind.Listing && own.Read is { } read)
        {
            // A listing's entries are the page: its teaser lists and linked entry titles are not the chrome they are
            // around an article. Filtered again from the same reading, with the model's drops as they were.
            own = Summarize(Filter(read, metadata, listing: true), entries: true);
        }

        // Weighed against the records without the collapsed panels the article reading opened: a shop's buying advice
        // behind an accordion must not make a product grid look like one article.
        var bodyChars = Math.Min(own.BodyChars, page.Unopened.BodyChars);
        var paragraphs = Math.Min(own.Paragraphs, page.Unopened.Paragraphs);
        if (KindReader.Region(page.Records, kind, bodyChars, paragraphs, page.Content) is { } region)
        {
            // A listing, cards, a collection: the records hold the page's text, not one article among them.
            return Summarize(WithoutTitle(BoilerplateFilter.WithoutChromeLines(CaptionMerger.Apply(SectionBuilder.Build(page.Index, region, urls, deadline))), metadata), entries: kind == PageKind.Listing);
        }

        if (KindReader.SearchesGridAgain(kind, bodyChars, urls.Base is not null) && (document.Body ?? document.DocumentElement) is { } root)
        {
            var plain = DocumentIndex.Build(root, Options.MaxElements, deadline, page.Elements, classWords: false, hiddenWords: true);
            // The reading's root in the new index: records of which one holds it are the page's bands, not a grid.
            var content = plain.TryGetOrdinal(page.Index.Elements[page.Content], out var inPlain) ? inPlain : -1;
            if (KindReader.GridAgain(new PageRecords(plain), kind, bodyChars, paragraphs, content) is { } grid)
            {
                return Summarize(WithoutTitle(BoilerplateFilter.WithoutChromeLines(CaptionMerger.Apply(SectionBuilder.Build(plain, grid, urls, deadline))), metadata), entries: true);
            }
        }

        return own;
    }

    /// <summary>
    /// The reading of the kind reader's root again, as <see cref="BuildFlow"/> reads it: the model's decision and, with
    /// <paramref name="revealPanels"/>, the collapsed panels opened, both put back after. A product's reader opens its
    /// own panels (<see cref="ProductReader.ShowPanels"/>) and reads without the others (the shop's FAQ, its delivery terms).
    /// </summary>
    private List<FlowItem> ReadDecided(KindReading page, UrlResolver urls, ArticleMetadata metadata, ExtractionDeadline deadline, bool revealPanels = true)
    {
        var decided = page.Learned ? BlockDecision.Apply(page.Index, page.Content, Options.Favor, Options.Decision) : new Decided(page.Content, null);
        var revealed = revealPanels ? CollapsedPanels.Reveal(page.Index, page.Content) : null;
        var flow = ReadFlow(page.Index, page.Content, urls, metadata, page.Learned, deadline, out _, statUnits: OwnsStatUnits(page));
        CollapsedPanels.Restore(page.Index, revealed);
        decided.RestoreRules(page.Index);
        return flow;
    }

    /// <summary>
    /// Whether the page's row of counters (a figure over each caption) is its own text: a business's service page read
    /// as one, not a page that is a service page by its address only (read as an article).
    /// </summary>
    private static bool OwnsStatUnits(KindReading page) => page.Kind == PageKind.Service && !page.ByAddressOnly;

    /// <summary>The root of a thread's posts when the reading kept only some of them, else -1 (and for any other kind).</summary>
    private static int ThreadRoot(KindReading page) =>
        page.Kind != PageKind.Forum ? -1
        : ThreadReader.WithReplies(page.Index, page.Content) is >= 0 and var thread ? thread
        : ThreadReader.WithInnerReplies(page.Index, page.Content) is >= 0 and var inner ? inner
        : ThreadReader.WithSiblingPosts(page.Index, page.Content);

    private readonly record struct BodyResult(IReadOnlyList<Section> Sections, int BodyChars, int ProseChars, int Paragraphs, double LinkDensity, TextShape Shape)
    {
        /// <summary>The flow before the wording filter, when the reading has one to filter again by the page's kind.</summary>
        public List<FlowItem>? Read { get; init; }

        /// <summary>The sections without the teaser cards marked in the flow (<see cref="FlowItem.TeaserCard"/>), when it holds any: an article's reading.</summary>
        public IReadOnlyList<Section>? WithoutTeaserCards { get; init; }
    }

    /// <summary>
    /// Whether to ask SmartReader (<see cref="SecondOpinionStatus.Asked"/>): our result is doubtful
    /// and the page has a plausible size and shape, else <see cref="SecondOpinionStatus.Skipped"/>. SmartReader cannot
    /// be cancelled: a page nested past the cap (real ones stay under 60 levels) kept it busy for minutes in the fuzz
    /// tests, and so did one whose parsed attributes outgrew the page (a formatting element's huge attribute cloned into
    /// every paragraph); its time grows with the page's characters (<see cref="SecondOpinion.MaxPageChars"/>), and a
    /// page holding too little text for any answer to be kept is not worth it (<see cref="SecondOpinion.CouldBeTaken"/>).
    /// The attributes are measured against the page as given (<paramref name="pageChars"/>): the guard leaves code text
    /// out of the markup, never an attribute.
    /// </summary>
    private SecondOpinionStatus SecondOpinionGate(IHtmlDocument document, GuardedMarkup guarded, DocumentIndex? ownIndex, BodyResult own, int pageChars) =>
        !Options.UseSecondOpinion || !SecondOpinion.IsDoubtful(own.BodyChars, own.Paragraphs, own.LinkDensity) ? SecondOpinionStatus.NotAsked
        : pageChars <= SecondOpinion.MaxPageChars && guarded.StartTags <= SecondOpinion.MaxElements && guarded.DroppedTags == 0
            && (ownIndex is not { Count: > 0 } || SecondOpinion.CouldBeTaken(own.BodyChars, ownIndex.Chars[0]))
            && SecondOpinion.Proportionate(document, pageChars) ? SecondOpinionStatus.Asked
        : SecondOpinionStatus.Skipped;

    /// <summary>
    /// Asks SmartReader: its answer, read by our own stages, when <see cref="SecondOpinion.Prefer"/> keeps it over ours
    /// (<see cref="SecondOpinionStatus.Taken"/>), else null. Read what we judged to be noise before SmartReader rewrites
    /// the document: its answer must not bring that text back. An answer without prose (only headings or images) is
    /// never taken: a second opinion with an empty body is no answer.
    /// </summary>
    private (SecondOpinionStatus Status, IReadOnlyList<Section>? Sections) AskSecondOpinion(IHtmlDocument document, UrlResolver urls, ArticleMetadata metadata, DocumentIndex? ownIndex, BodyResult own, ExtractionDeadline deadline)
    {
        deadline.Check();
        var knownNoise = ownIndex is null ? [] : SecondOpinion.NoiseTexts(ownIndex);
        if (SecondOpinion.Ask(document, urls.Base, out var failed) is not { } fragment)
        {
            return (failed ? SecondOpinionStatus.Failed : SecondOpinionStatus.Asked, null);
        }

        var (_, _, theirFlow, _, _) = BuildFlow(fragment, urls, metadata, deadline);
        var theirs = Summarize(SecondOpinion.WithoutKnownNoise(theirFlow, knownNoise));
        return SecondOpinion.Prefer(own.BodyChars, theirs.BodyChars, theirs.ProseChars, theirs.LinkDensity)
            ? (SecondOpinionStatus.Taken, theirs.Sections)
            : (SecondOpinionStatus.Asked, null);
    }

    private (DocumentIndex? Index, int Content, List<FlowItem> Flow, List<FlowItem> Unopened, List<FlowItem>? Read) BuildFlow(IHtmlDocument document, UrlResolver urls, ArticleMetadata metadata, ExtractionDeadline deadline, int expectedElements = 0, bool classWords = true, bool learnedDecision = false)
    {
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return (null, -1, [], [], null);
        }

        var index = DocumentIndex.Build(root, Options.MaxElements, deadline, expectedElements, classWords);
        var content = ContentLocator.Locate(index, Options.Favor);
        // Not on SmartReader's fragment: the model learned from whole pages.
        var decided = learnedDecision ? BlockDecision.Apply(index, content, Options.Favor, Options.Decision) : new Decided(content, null);
        content = decided.Root;
        // Cards titled by plain headings look like a service page's feature cards: only marked for the reading, in the
        // container it reads.
        index.PlainTeaserCards = TeaserCards.FindPlain(index, content);
        var revealed = CollapsedPanels.Reveal(index, content);
        List<FlowItem>? read = null;
        var flow = content < 0 ? [] : ReadFlow(index, content, urls, metadata, learnedDecision, deadline, out read);
        var unopened = flow;
        if (revealed is not null)
        {
            // The page unopened, for the kind readers: they pick a page's records from the markup as it shows itself.
            CollapsedPanels.Restore(index, revealed);
            unopened = ReadFlow(index, content, urls, metadata, learnedDecision, deadline);
        }

        decided.RestoreRules(index);
        return (index, content, flow, unopened, read);
    }

    private List<FlowItem> ReadFlow(DocumentIndex index, int content, UrlResolver urls, ArticleMetadata metadata, bool learnedDecision, ExtractionDeadline deadline, bool thread = false) =>
        ReadFlow(index, content, urls, metadata, learnedDecision, deadline, out _, thread);

    /// <summary>The reading flow of <paramref name="content"/>; <paramref name="read"/> is the flow before the wording filter; <paramref name="thread"/>: a thread's posts.</summary>
    private List<FlowItem> ReadFlow(DocumentIndex index, int content, UrlResolver urls, ArticleMetadata metadata, bool learnedDecision, ExtractionDeadline deadline, out List<FlowItem> read, bool thread = false, bool statUnits = false)
    {
        read = CaptionMerger.Apply(SectionBuilder.Build(index, content, urls, deadline));
        if (learnedDecision && Options.Decision.WeighsWording)
        {
            // The model has weighed the wording vocabularies already (Decision/WordingEvidence.cs): they no longer
            // delete a block on their own.
            return WithoutTitle(read, metadata);
        }

        return Filter(read, metadata, thread: thread, statUnits: statUnits);
    }

    // The title is shown apart from the sections (Article.Title): a heading repeating it is dropped from readings
    // that the wording filter, which drops it too, does not see.
    private static List<FlowItem> WithoutTitle(List<FlowItem> read, ArticleMetadata metadata) =>
        BoilerplateFilter.WithoutTitleHeadings(read, metadata.ShownTitle ?? metadata.Title);

    private List<FlowItem> Filter(List<FlowItem> read, ArticleMetadata metadata, bool listing = false, bool thread = false, bool statUnits = false) =>
        BoilerplateFilter.Apply(read, metadata.ShownTitle ?? metadata.Title, metadata.Authors, Options.Favor, listing, thread, statUnits);

    /// <summary>The sections of a flow and the figures the stages weigh; <paramref name="entries"/>: a listing's reading, whose entry titles are kept bare.</summary>
    private static BodyResult Summarize(List<FlowItem> flow, bool entries = false)
    {
        var chars = 0;
        var prose = 0;
        var code = 0;
        var linkItems = 0;
        var links = 0;
        var paragraphs = 0;
        var blocks = 0;
        var teaserCards = false;
        foreach (var item in flow)
        {
            chars += item.VisibleChars;
            links += item.LinkChars;
            if (!item.IsHeading && item.Block is not ImageBlock)
            {
                prose += item.VisibleChars;
            }

            code += item.Block is CodeBlock ? 1 : 0;
            linkItems += item.LinkDensity <= 0.5 ? 0 : item.Block is ListBlock list ? list.Items.Count : 1;
            blocks += item.Block is ImageBlock ? 0 : item.Block is ListBlock items ? items.Items.Count : 1;

            if (item.Block is ParagraphBlock)
            {
                paragraphs++;
            }

            teaserCards |= item.TeaserCard;
        }

        return new BodyResult(SectionAssembler.Assemble(flow, entries), chars, prose, paragraphs, chars == 0 ? 0 : (double)links / chars, new TextShape(prose, code, linkItems, blocks))
        {
            WithoutTeaserCards = teaserCards ? SectionAssembler.Assemble(flow.FindAll(static item => !item.TeaserCard), entries) : null,
        };
    }

    private static string? FirstImage(IReadOnlyList<Section> sections)
    {
        foreach (var section in sections)
        {
            foreach (var block in section.Blocks)
            {
                // As for the metadata's image: never a javascript: or data: source, which the renderings drop too.
                if (block is ImageBlock image && MetadataReader.Linkable(image.Source) is { } source)
                {
                    return source;
                }
            }
        }

        return null;
    }

    private static string? FirstParagraph(IReadOnlyList<Section> sections)
    {
        foreach (var section in sections)
        {
            foreach (var block in section.Blocks)
            {
                // A short paragraph counts when it is a whole sentence ("Daring Fireball is written by John Gruber."),
                // not a label or caption ("Photo: Reuters").
                if (block is ParagraphBlock p && (p.Text.Length >= 60 || IsSentence(p.Text)))
                {
                    // Whole, as Readability gives it: callers shorten to their own layout, and a cut at a space
                    // fails on scripts written without spaces.
                    return p.Text;
                }
            }
        }

        return null;
    }

    private static bool IsSentence(string text) =>
        text.Length >= 20 && text[^1] is '.' or '!' or '?' && char.IsUpper(text[0]) && text.AsSpan().Count(' ') >= 3; // four pieces between spaces, counted without splitting
}
