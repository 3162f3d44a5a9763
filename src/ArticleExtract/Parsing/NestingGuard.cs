using System.Buffers;

namespace ArticleExtract.Parsing;

/// <summary>
/// Stage 2a, before parsing: one linear pass over the markup that (1) counts the elements the parser will create,
/// so a page with too many is refused before the parser spends time on it, and (2) caps element nesting, dropping
/// start tags (and their end tags) deeper than the cap while keeping their content, much as browsers flatten
/// absurd nesting; (3) leaves out what no stage reads and the parser would copy into strings: the text of scripts and
/// of the head's style sheets, the text of comments, and the geometry of SVG shapes (their elements and attributes
/// stay, empty).
/// </summary>
/// <remarks>
/// <para>Why: AngleSharp's tree builder is superlinear in nesting depth (20,000 nested <c>div</c>s take minutes) and
/// every later stage walks the tree, so depth must be bounded before the parser sees the page.</para>
/// <para>How: the guard keeps a model of the parser's stack of open elements and applies the HTML5 tree builder's
/// rules where they decide depth: an end tag closes the nearest open element of its name only when nothing in
/// between stops it (a scope boundary for special elements, any special element for the others) and is ignored
/// otherwise; <c>p</c>, <c>li</c>, <c>dd</c>/<c>dt</c> and table parts are closed by the start tags that close them;
/// a self-closing slash counts only in SVG and MathML, where every tag nests; and formatting elements closed by
/// something else than their own end tag stay "active" and are re-opened by the parser at the next text, so they
/// count towards depth and, each time they come back, towards the element count. Where the model cannot follow the
/// parser (the adoption agency, template and marker subtleties) it keeps elements open: it may over-count depth on
/// odd pages but never under-counts it, so no markup reaches the parser deeper than the cap (plus the table parts and
/// optional-end-tag elements, which cannot nest without a counted element between them).</para>
/// <para>Elements whose end tag is optional and void elements do not count towards depth, so well-formed and
/// typically sloppy pages (<c>&lt;p&gt;&lt;span&gt;text&lt;/p&gt;</c>, unclosed <c>div</c>s in table cells) come
/// through untouched and unallocated.</para>
/// </remarks>
internal static class NestingGuard
{
    public readonly record struct Result(string Html, int StartTags, int DroppedTags);

    public static Result Apply(string html, int maxDepth) => Apply(html, maxDepth, int.MaxValue);

    /// <summary>
    /// As <see cref="Apply(string, int)"/>, but stops as soon as the page has more than <paramref name="maxElements"/>
    /// elements, which the caller refuses (<see cref="Result.StartTags"/> is then over the limit and the markup is not
    /// rewritten): formatting elements that the parser re-opens at every run of text can make a short page count
    /// hundreds of millions of elements, and scanning all of them before the refusal took seconds.
    /// </summary>
    public static Result Apply(string html, int maxDepth, int maxElements)
    {
        var scanner = new Scanner(html.AsMemory(), maxDepth, maxElements);
        scanner.Run();
        var markup = scanner.Rewrites ? string.Create(scanner.Length, scanner, static (destination, s) => s.WriteTo(destination)) : html;
        return new Result(markup, scanner.Elements, scanner.Dropped);
    }

    /// <summary>
    /// As <see cref="Apply(string, int, int)"/>, for the extraction: the shorter markup is written into a buffer rented
    /// from the shared pool instead of a new string, which the caller returns by disposing the result once it is done
    /// with the document parsed from it. That string was most of the guard's allocation (about 160 KB a page, over
    /// the large-object threshold on most pages: fresh zeroed memory for every page).
    /// </summary>
    public static GuardedMarkup ApplyPooled(string html, int maxDepth, int maxElements) => ApplyPooled(html.AsMemory(), maxDepth, maxElements);

    /// <summary>As <see cref="ApplyPooled(string, int, int)"/>, for a page's text in memory (a string's or a pooled buffer's).</summary>
    public static GuardedMarkup ApplyPooled(ReadOnlyMemory<char> html, int maxDepth, int maxElements)
    {
        var scanner = new Scanner(html, maxDepth, maxElements);
        scanner.Run();
        if (!scanner.Rewrites)
        {
            return new GuardedMarkup(html, null, html.Length, scanner.Elements, scanner.Dropped);
        }

        // The result owns the buffer from the moment it is rented, so a write that throws (the page's memory can be
        // any MemoryManager's) still gives it back to the pool.
        var buffer = ArrayPool<char>.Shared.Rent(scanner.Length);
        var guarded = new GuardedMarkup(html, buffer, scanner.Length, scanner.Elements, scanner.Dropped);
        var written = false;
        try
        {
            scanner.WriteTo(buffer.AsSpan(0, scanner.Length));
            written = true;
            return guarded;
        }
        finally
        {
            if (!written)
            {
                guarded.Dispose();
            }
        }
    }

    [Flags]
    private enum Kind
    {
        None = 0,
        /// <summary>Counts towards depth (everything that nests in the body and is not below).</summary>
        Counted = 1,
        /// <summary>Never has content: no stack entry.</summary>
        Void = 2,
        /// <summary>Content is text to the tokenizer (in HTML content only).</summary>
        RawText = 4,
        /// <summary>HTML "special" category: a non-special end tag cannot close through one.</summary>
        Special = 8,
        /// <summary>Stops the search of a special end tag ("has an element in scope").</summary>
        ScopeBoundary = 16,
        /// <summary>Formatting element: re-opened by the parser after being closed implicitly.</summary>
        Formatting = 32,
        /// <summary>Closes an open <c>p</c> in button scope when it starts.</summary>
        ClosesP = 64,
        /// <summary>Table part whose start tag clears the stack back to the table.</summary>
        TablePart = 128,
        /// <summary>Start tag that makes the parser re-open the active formatting elements first.</summary>
        Reconstructs = 256,
        /// <summary>Starts SVG or MathML content.</summary>
        Foreign = 512,
        /// <summary>An element in the SVG namespace (on the stack only).</summary>
        Svg = 1024,
        /// <summary>An element in the MathML namespace (on the stack only).</summary>
        MathMl = 2048,
        /// <summary>An HTML or MathML text integration point: start tags in it are HTML again (on the stack only).</summary>
        IntegrationPoint = 4096,
    }

    // Start tags that end SVG or MathML content: the parser pops to the nearest HTML element or integration point and
    // handles them as HTML (font only with color, face or size).
    private static readonly HashSet<string> BreakOut = new(
        "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var".Split(' '),
        StringComparer.Ordinal);

    private static readonly Dictionary<string, Kind> Kinds = BuildKinds();

    // The names the guard knows, numbered, and their kinds by number; names outside the table are numbered per page.
    private static readonly TagNames Known = new(Kinds.Keys);
    private static readonly Kind[] KnownKinds = Array.ConvertAll(Known.Names, name => Kinds[name]);
    private static readonly int SelectId = Known["select"];
    private static readonly int NobrId = Known["nobr"];
    private static readonly int AnchorId = Known["a"];
    private static readonly int ParagraphId = Known["p"];
    private static readonly int ScriptId = Known["script"];
    private static readonly int StyleId = Known["style"];
    private static readonly int NoscriptId = Known["noscript"];
    private static readonly int FramesetId = Known["frameset"];
    private static readonly int SvgId = Known["svg"];
    private static readonly int MathId = Known["math"];
    private static readonly int ButtonId = Known["button"];
    private static readonly int ListItemId = Known["li"];
    private static readonly int DdId = Known["dd"];
    private static readonly int DtId = Known["dt"];
    private static readonly bool[] Headings = IdSet("h1 h2 h3 h4 h5 h6");
    private static readonly int PathId = Known["path"];

    // SVG shapes whose geometry is an attribute value: a path's d, a polygon's or polyline's points.
    private static readonly bool[] Shapes = IdSet("path polygon polyline");

    // The start tags the parser keeps in the head; any other, or text that is not white space, starts the body.
    private static readonly bool[] InHead = HeadTags("html head base basefont bgsound link meta noframes noscript script style template title");

    // A case-blind search with the same answers as Contains("ld+json", OrdinalIgnoreCase), which the invariant
    // globalization mode runs a character at a time, on every script tag.
    private static readonly SearchValues<string> LdJson = SearchValues.Create(["ld+json"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The shortest comment text left out (shorter ones cost more as a range to skip than they save, and hold
    /// the boundary marks of streamed pages).</summary>
    private const int MinOmittedComment = 16;

    /// <summary>What an element of a name the guard does not know is: content with a required end tag.</summary>
    private const Kind UnknownKind = Kind.Counted | Kind.Reconstructs;

    private static Dictionary<string, Kind> BuildKinds()
    {
        var kinds = new Dictionary<string, Kind>(StringComparer.Ordinal);
        void Set(Kind kind, string names)
        {
            foreach (var name in names.Split(' '))
            {
                kinds[name] = kinds.GetValueOrDefault(name) | kind;
            }
        }

        Set(Kind.Void, "area base br col embed hr img input link meta param source track wbr keygen frame basefont bgsound image");
        Set(Kind.RawText, "script style textarea title xmp iframe noembed noframes plaintext");
        Set(Kind.Special, "address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp mi mo mn ms mtext annotation-xml foreignobject desc");
        Set(Kind.ScopeBoundary, "applet caption html table td th marquee object template mi mo mn ms mtext annotation-xml foreignobject desc title");
        Set(Kind.Formatting, "a b big code em font i nobr s small strike strong tt u");
        Set(Kind.ClosesP, "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing plaintext hr xmp");
        Set(Kind.TablePart, "caption colgroup col tbody thead tfoot tr td th");
        Set(Kind.Foreign, "svg math");
        // Common names with no rule of their own: they get the kind any unknown name gets (below), and are listed only
        // so that the table numbers them, instead of each page numbering them again through a dictionary.
        Set(Kind.None, "span label time picture sup sub abbr cite q mark ins del kbd var samp dfn bdi bdo data output meter progress canvas video audio map legend datalist slot ruby path g use circle rect symbol defs lineargradient radialgradient stop polygon polyline line ellipse clippath mask text tspan");
        // Counted: every element that holds content and whose end tag is required. Optional-end-tag elements and
        // table parts close each other and cannot nest without a counted element between them.
        const string notCounted = "p li dt dd option optgroup tr td th tbody thead tfoot colgroup caption rb rt rp rtc html head body";
        var uncounted = new HashSet<string>(notCounted.Split(' '), StringComparer.Ordinal);
        foreach (var name in kinds.Keys.ToList())
        {
            // Raw-text elements hold no elements and are not pushed.
            if ((kinds[name] & (Kind.Void | Kind.RawText)) == 0 && !uncounted.Contains(name))
            {
                kinds[name] |= Kind.Counted;
            }
        }

        foreach (var name in uncounted)
        {
            kinds.TryAdd(name, Kind.None);
        }

        // Start tags that reconstruct the active formatting elements ("any other start tag" and the inline ones).
        foreach (var name in kinds.Keys.ToList())
        {
            var k = kinds[name];
            if ((k & (Kind.ClosesP | Kind.TablePart | Kind.RawText)) == 0 && name is not ("li" or "dd" or "dt" or "html" or "head" or "body" or "frameset" or "frame"))
            {
                kinds[name] = k | Kind.Reconstructs;
            }
        }

        return kinds;
    }

    /// <summary>Whether an element counts towards the guard's depth: every SVG or MathML element, and HTML elements that hold content and whose end tag is required.</summary>
    internal static bool CountsTowardDepth(string localName, bool foreign) => foreign || (KindOf(localName) & Kind.Counted) != 0;

    private static bool[] HeadTags(string names) => IdSet(names);

    /// <summary>Known names as a set of their numbers: a name test on every tag is then an array read, not string comparisons.</summary>
    private static bool[] IdSet(string names)
    {
        var set = new bool[Known.Count];
        foreach (var name in names.Split(' '))
        {
            set[Known[name]] = true;
        }

        return set;
    }

    private static bool In(bool[] set, int id) => (uint)id < (uint)set.Length && set[id];

    private static Kind KindOf(string name) => Kinds.TryGetValue(name, out var kind) ? kind : UnknownKind;

    private static Kind KindOf(int id) => id < KnownKinds.Length ? KnownKinds[id] : UnknownKind;

    /// <summary>An open element. A formatting element's identity for the "at most three identical" rule is its name and
    /// attributes: <see cref="KeyAt"/> and <see cref="KeyLength"/> locate the attributes in the markup (-1: not a formatting
    /// element), and <see cref="Key"/> holds the string only once the element lingers, the one place it is compared.</summary>
    private readonly record struct Open(string Name, int Id, Kind Kind, int KeyAt, int KeyLength, string? Key = null)
    {
        public bool IsFormatting => KeyAt >= 0;
    }

    /// <summary>A start or end tag as the tokenizer reads it: its lower-case name and number, and where it lies in the markup.</summary>
    private readonly ref struct Tag(string name, int id, ReadOnlySpan<char> attributes, int attributesAt, int lt, int end, bool selfClosing)
    {
        public readonly string Name = name;
        public readonly int Id = id;
        public readonly Kind Kind = KindOf(id);

        /// <summary>The markup between the name and the closing '&gt;'.</summary>
        public readonly ReadOnlySpan<char> Attributes = attributes;
        public readonly int AttributesAt = attributesAt;
        public readonly int Lt = lt;

        /// <summary>One past the tag's '&gt;' (the end of the markup when it has none).</summary>
        public readonly int End = end;
        public readonly bool SelfClosing = selfClosing;
    }

    private sealed class Scanner(ReadOnlyMemory<char> html, int maxDepth, int maxElements)
    {
        private readonly List<Open> _stack = new(64);

        // Open and dropped elements by name number: the known names' numbers, then the page's own names.
        private int[] _openById = new int[Known.Count + 16];
        private int[] _droppedById = new int[Known.Count + 16];
        private int _droppedAny;
        private Dictionary<string, int>? _pageIds;

        // Formatting elements closed implicitly and still in the parser's list of active formatting elements.
        private readonly List<Open> _lingering = [];
        private readonly Dictionary<string, int> _lingeringByKey = new(StringComparer.Ordinal);

        // What is left out of the markup, in order (adjacent ranges merged), and how many characters: the string the
        // parser gets is written once at the end, straight from the page.
        private List<(int From, int To)>? _omitted;
        private int _omittedChars;
        private bool _inBody;
        private int _depth;
        private int _elements;
        private int _dropped;

        public int Elements => _elements;

        /// <summary>Whether the parser gets a shorter markup than the page (and the page is not refused).</summary>
        public bool Rewrites => _omitted is not null && _elements <= maxElements;

        public int Dropped => _omitted is null && _elements <= maxElements ? 0 : _dropped;

        /// <summary>The length of the markup the parser gets, when <see cref="Rewrites"/>.</summary>
        public int Length => html.Length - _omittedChars;

        public void Run()
        {
            var span = html.Span;
            var i = 0;
            while (i < span.Length && _elements <= maxElements)
            {
                var rel = span[i..].IndexOf('<');
                if (rel < 0)
                {
                    Text(span[i..]);
                    break;
                }

                var lt = i + rel;
                Text(span[i..lt]);
                if (lt + 1 >= span.Length)
                {
                    break;
                }

                i = Markup(span, lt);
            }
        }

        /// <summary>Handles the markup that starts at a '&lt;' and returns where the scan goes on.</summary>
        private int Markup(ReadOnlySpan<char> span, int lt)
        {
            var next = span[lt + 1];
            if (next == '!')
            {
                var declarationEnd = TagSyntax.SkipMarkupDeclaration(span, lt, CurrentIsForeign, out var textEnd);
                OmitCommentText(lt + 4, textEnd);
                return declarationEnd;
            }

            if (next == '?')
            {
                return TagSyntax.SkipTo(span, lt + 2, '>');
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= span.Length || !char.IsAsciiLetter(span[nameStart]))
            {
                // '<' before anything but a letter is text, and so is "</" at the end of the markup. "</>" is nothing to
                // the tokenizer, and "</" before any other character opens a bogus comment up to the next '>': tags
                // written in it are none, and counting them would let the cap drop real ones.
                return !closing || nameStart >= span.Length ? lt + 1 : TagSyntax.SkipTo(span, nameStart, '>');
            }

            // The tokenizer's tag name runs to whitespace, '/' or '>'.
            var nameEnd = TagSyntax.TagNameEnd(span, nameStart, out var key, out var seen);
            var (name, id) = NameOf(span[nameStart..nameEnd], key, seen);
            var (gt, selfClosing) = TagSyntax.FindTagEnd(span, nameEnd);
            var tagEnd = gt < 0 ? span.Length : gt + 1;
            var tag = new Tag(name, id, span[nameEnd..(gt < 0 ? span.Length : gt)], nameEnd, lt, tagEnd, selfClosing);
            if (closing)
            {
                EndTag(tag);
                return tagEnd;
            }

            _inBody = _inBody || id >= InHead.Length || !InHead[id];
            var asHtml = StartTag(tag);
            if ((tag.Kind & Kind.RawText) == 0 || !asHtml)
            {
                return tagEnd;
            }

            var end = TagSyntax.SkipRawText(span, tagEnd, name, out var commentOpen);
            // A script's text, in the head and the body; a style sheet's only in the head. In the body, CSS-in-JS
            // frameworks put a style sheet inside each block they style, and the test for a wrapper that copies the one
            // before it (SectionBuilder) compares their whole text: two wrappers with the same words and their own
            // rules are not copies to it. Not in a noscript: we parse with scripting off, where its content is markup,
            // but with scripting on it is text of its own.
            if (end > tagEnd && (tag.Id == ScriptId || !_inBody) && _openById[NoscriptId] == 0 && IsCode(tag, commentOpen) && EndsAt(span, end, name))
            {
                Omit(tagEnd, end);
            }

            return end;
        }

        /// <summary>
        /// A script (other than JSON-LD) or a style sheet: text no stage reads and nobody sees, often half of a page's
        /// characters, which the parser would otherwise tokenize character by character into text nodes. Its element
        /// stays, empty. A script whose attributes hold a character reference is kept whole, as its type may spell
        /// <c>ld+json</c> only once decoded (<c>ld&amp;#x2B;json</c>). A script holding <c>&lt;!--</c> is kept whole: there
        /// the tokenizer's escaped states may let a <c>&lt;/script&gt;</c> pass, which this scan does not follow.
        /// </summary>
        private static bool IsCode(in Tag tag, bool commentOpen) =>
            tag.Id == StyleId
            || (tag.Id == ScriptId && !tag.Attributes.ContainsAny(LdJson) && !tag.Attributes.Contains('&') && !commentOpen);

        /// <summary>
        /// A comment's text, from <paramref name="from"/> up to the dashes that close it (<paramref name="to"/>, -1 when
        /// it is no comment or runs to the end of the markup): no stage reads it (the text of an element leaves comments
        /// out) and nobody sees it, but the parser would copy it into a string. The comment stays, empty, so the nodes
        /// around it are as before. Comments shorter than <see cref="MinOmittedComment"/> are kept: the one comments
        /// read (<c>StreamedBoundaries</c>) are a streamed page's boundary marks of one or two characters
        /// (<c>$</c>, <c>/$</c>). Not in a noscript: with scripting on its content is text, comments included.
        /// </summary>
        private void OmitCommentText(int from, int to)
        {
            if (to - from >= MinOmittedComment && _openById[NoscriptId] == 0)
            {
                Omit(from, to);
            }
        }

        /// <summary>Whether the end tag the raw text scan stopped at is one the tokenizer ends the text at: its name
        /// followed by white space, '/' or '&gt;' (not "&lt;/scripts").</summary>
        private static bool EndsAt(ReadOnlySpan<char> span, int end, ReadOnlySpan<char> name)
        {
            var after = end + 2 + name.Length;
            return after < span.Length && span[after] is '\t' or '\n' or '\f' or '\r' or ' ' or '/' or '>';
        }

        /// <summary>A tag's lower-case name and number: by its packed key when it is a known name of up to eight ASCII
        /// characters (almost every tag), else by <see cref="Intern"/>.</summary>
        private (string Name, int Id) NameOf(ReadOnlySpan<char> name, ulong key, TagSyntax.RunStop seen) =>
            (seen & TagSyntax.RunStop.Wide) == 0 && name.Length <= TagNames.MaxPacked && Known.TryGet(key, name.Length, out var known, out var id)
                ? (known, id)
                : Intern(name, (seen & TagSyntax.RunStop.Upper) != 0);

        /// <summary>The name in lower case (ASCII only, as the tokenizer lowers it: a wider lowering would make "dİv" a
        /// div to the guard but not to the parser) and its number.</summary>
        private (string Name, int Id) Intern(ReadOnlySpan<char> name, bool upper)
        {
            Span<char> buffer = upper && name.Length <= 64 ? stackalloc char[name.Length] : upper ? new char[name.Length] : default;
            scoped ReadOnlySpan<char> lower = name;
            if (upper)
            {
                for (var k = 0; k < name.Length; k++)
                {
                    buffer[k] = char.IsAsciiLetterUpper(name[k]) ? (char)(name[k] | 0x20) : name[k];
                }

                lower = buffer;
            }

            if (Known.TryGet(lower, out var known, out var id))
            {
                return (known, id);
            }

            _pageIds ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var lookup = _pageIds.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(lower, out var interned, out id))
            {
                return (interned, id);
            }

            interned = lower.ToString();
            id = Known.Count + _pageIds.Count;
            _pageIds[interned] = id;
            if (id >= _openById.Length)
            {
                Array.Resize(ref _openById, 2 * _openById.Length);
                Array.Resize(ref _droppedById, _openById.Length);
            }

            return (interned, id);
        }

        private void Text(ReadOnlySpan<char> text)
        {
            _inBody = _inBody || text.ContainsAnyExcept(" \t\n\r\f");
            if (!text.IsEmpty && _lingering.Count > 0)
            {
                Reconstruct();
            }
        }

        /// <summary>The current node is an SVG or MathML element (CDATA sections and foreign end-tag rules apply).</summary>
        private bool CurrentIsForeign => _stack.Count > 0 && (System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_stack)[^1].Kind & (Kind.Svg | Kind.MathMl)) != 0;

        /// <summary>Handles a start tag; false when it was handled as SVG or MathML (raw-text rules then do not apply).</summary>
        private bool StartTag(in Tag tag)
        {
            var name = tag.Name;
            if (CurrentIsForeign && NestsInForeign(tag))
            {
                return false;
            }

            if (_openById[SelectId] > 0 && InSelect() is var select && select >= 0 && name is not ("option" or "optgroup" or "hr" or "script" or "template")
                && IgnoredInSelect(name, select))
            {
                return false;
            }

            if (tag.Id == FramesetId && _depth > 0)
            {
                // Once the body has content ("frameset-ok" is off) the parser ignores a frameset.
                return false;
            }

            if (tag.Id == NobrId && _openById[NobrId] > 0)
            {
                // A nobr start tag with a nobr in scope runs the adoption agency for the open one first.
                AdoptionAgency(tag.Id);
            }

            if ((tag.Kind & Kind.TablePart) != 0)
            {
                TablePart(tag);
                return true;
            }

            CloseBefore(tag);
            if ((tag.Kind & Kind.Reconstructs) != 0)
            {
                Reconstruct();
            }

            _elements++;
            if ((tag.Kind & (Kind.Void | Kind.RawText)) != 0 || (tag.SelfClosing && (tag.Kind & Kind.Foreign) != 0))
            {
                return true;
            }

            // In HTML a self-closing slash on a non-void element is ignored: <div/> opens a div.
            var nsRoot = tag.Id == SvgId ? Kind.Svg : tag.Id == MathId ? Kind.MathMl : Kind.None;
            var keyAt = -1;
            var keyLength = 0;
            if ((tag.Kind & Kind.Formatting) != 0)
            {
                keyAt = tag.AttributesAt + (tag.Attributes.Length - tag.Attributes.TrimStart().Length);
                keyLength = tag.Attributes.Trim().TrimEnd('/').Length;
            }

            Push(new Open(name, tag.Id, tag.Kind | nsRoot, keyAt, keyLength), tag);
            return true;
        }

        /// <summary>
        /// A start tag in SVG or MathML content: true when it nests there (every element does, whatever its HTML name,
        /// unless written self-closing); false when it is HTML again, after ending the foreign content it stands in
        /// unless it stands at an integration point.
        /// </summary>
        private bool NestsInForeign(in Tag tag)
        {
            var name = tag.Name;
            var current = _stack[^1].Kind;
            var atTextPoint = (current & Kind.IntegrationPoint) != 0 && !((current & Kind.MathMl) != 0 && name is "mglyph" or "malignmark");
            if (atTextPoint)
            {
                return false;
            }

            if (!IsBreakOut(name, tag.Attributes))
            {
                _elements++;
                var dropped = _dropped;
                if (!tag.SelfClosing)
                {
                    var ns = name == "svg" ? Kind.Svg : name == "math" ? Kind.MathMl : current & (Kind.Svg | Kind.MathMl);
                    var point = ns == Kind.Svg ? name is "foreignobject" or "desc" or "title" : name is "mi" or "mo" or "mn" or "ms" or "mtext";
                    Push(new Open(name, tag.Id, Kind.Counted | ns | (point ? Kind.IntegrationPoint : Kind.None), -1, 0), tag);
                }

                if ((current & Kind.Svg) != 0 && _dropped == dropped && In(Shapes, tag.Id))
                {
                    OmitGeometry(tag);
                }

                return true;
            }

            while (CurrentIsForeign && (_stack[^1].Kind & Kind.IntegrationPoint) == 0)
            {
                Pop(implicitly: true);
            }

            return false;
        }

        /// <summary>
        /// An SVG shape's geometry (a path's <c>d</c>, a polygon's or polyline's <c>points</c>): the drawing of icons and
        /// logos, about three quarters of the characters inside inline SVG, which no stage reads and the parser would
        /// copy into attribute strings. The attribute stays, empty, so every element and attribute name is as before.
        /// </summary>
        private void OmitGeometry(in Tag tag)
        {
            var (from, to) = TagSyntax.QuotedValue(tag.Attributes, tag.Id == PathId ? "d" : "points");
            if (to > from)
            {
                Omit(tag.AttributesAt + from, tag.AttributesAt + to);
            }
        }

        /// <summary>
        /// A start tag other than option, optgroup, hr, script and template in a select: the parser ignores it (true),
        /// unless it is a select, input, keygen or textarea, which closes the select (a select is then ignored too).
        /// </summary>
        private bool IgnoredInSelect(string name, int select)
        {
            if (name is not ("select" or "input" or "keygen" or "textarea"))
            {
                return true;
            }

            PopAbove(select, implicitly: true);
            Pop(implicitly: true);
            return name == "select";
        }

        /// <summary>A table part: in a table it clears the stack back to the table (or template); outside one the parser ignores it.</summary>
        private void TablePart(in Tag tag)
        {
            var table = FindLast(static o => o.Name is "table" or "template");
            if (table < 0)
            {
                return;
            }

            if (_stack[table].Name == "table")
            {
                PopAbove(table, implicitly: true);
            }

            _elements++;
            if ((tag.Kind & Kind.Void) == 0)
            {
                Push(new Open(tag.Name, tag.Id, tag.Kind, -1, 0), tag);
            }
        }

        /// <summary>What a start tag closes before it opens: a p, a heading in a heading, a list item, an active "a".</summary>
        private void CloseBefore(in Tag tag)
        {
            var name = tag.Name;
            if ((tag.Kind & Kind.ClosesP) != 0)
            {
                CloseInScope(ParagraphId, button: true);
                if (In(Headings, tag.Id) && _stack.Count > 0 && In(Headings, _stack[^1].Id))
                {
                    // A heading cannot hold a heading: the parser closes the open one.
                    Pop(implicitly: true);
                }
            }
            else if (tag.Id == ListItemId || tag.Id == DdId || tag.Id == DtId)
            {
                CloseListItem(tag.Id);
                CloseInScope(ParagraphId, button: true);
            }
            else if (tag.Id == AnchorId)
            {
                // The parser runs the adoption agency for an active "a" when a new one starts, then drops it.
                if (_openById[AnchorId] > 0)
                {
                    AdoptionAgency(AnchorId);
                    // Only an "a" after the last marker (a cell, caption, applet, marquee, object or template starts
                    // one) is active; it leaves the stack even across a table.
                    for (var k = _stack.Count - 1; k >= 0 && _stack[k].Name is not ("td" or "th" or "caption" or "applet" or "marquee" or "object" or "template"); k--)
                    {
                        if (_stack[k].Id == AnchorId)
                        {
                            RemoveAt(k);
                            break;
                        }
                    }
                }

                ForgetLingering(AnchorId, all: true);
            }
        }

        private static bool IsBreakOut(string name, ReadOnlySpan<char> attributes)
        {
            if (name == "font")
            {
                // Attribute names, roughly: a font with any of these ends foreign content.
                return attributes.Contains("color", StringComparison.OrdinalIgnoreCase) || attributes.Contains("face", StringComparison.OrdinalIgnoreCase)
                    || attributes.Contains("size", StringComparison.OrdinalIgnoreCase);
            }

            return BreakOut.Contains(name);
        }

        private void Push(Open open, in Tag tag)
        {
            var counted = (open.Kind & Kind.Counted) != 0;
            // Uncounted elements cannot nest on their own, but a model that misses one of their closings must not
            // let them pile up either.
            if ((counted && _depth + _lingering.Count >= maxDepth) || _stack.Count >= 4 * maxDepth)
            {
                _dropped++;
                _elements--;
                _droppedById[open.Id]++;
                _droppedAny++;
                Omit(tag.Lt, tag.End);
                return;
            }

            _stack.Add(open);
            _openById[open.Id]++;
            if (counted)
            {
                _depth++;
            }
        }

        private void EndTag(in Tag tag)
        {
            var id = tag.Id;
            if (_droppedAny > 0 && _droppedById[id] > 0)
            {
                _droppedById[id]--;
                _droppedAny--;
                Omit(tag.Lt, tag.End);
                return;
            }

            if (_openById[id] == 0)
            {
                // Not open: the parser ignores it, but a closed-over formatting element's own end tag retires it.
                ForgetLingering(id, all: false);
                return;
            }

            var special = (tag.Kind & Kind.Special) != 0 || CurrentIsForeign;
            for (var k = _stack.Count - 1; k >= 0; k--)
            {
                var open = _stack[k];
                if (open.Id == id)
                {
                    PopAbove(k, implicitly: true);
                    Pop(implicitly: false);
                    return;
                }

                // A special end tag stops at a scope boundary, any other at a special element: the parser then ignores
                // the end tag, or, for a formatting element, runs the adoption agency.
                if ((open.Kind & (special ? Kind.ScopeBoundary : Kind.Special)) != 0)
                {
                    if (!special && (tag.Kind & Kind.Formatting) != 0)
                    {
                        AdoptionAgency(id);
                    }

                    return;
                }
            }
        }

        /// <summary>The index of the select the parser is "in select" for (nothing but option and optgroup above it), or -1.</summary>
        private int InSelect()
        {
            if (_openById[SelectId] == 0)
            {
                return -1;
            }

            for (var k = _stack.Count - 1; k >= 0; k--)
            {
                var open = _stack[k].Name;
                if (open == "select")
                {
                    return k;
                }

                if (open is not ("option" or "optgroup"))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// The parser's adoption agency for a formatting element closed across a block ("&lt;b&gt;&lt;div&gt;&lt;/b&gt;"),
        /// as it changes the stack: up to eight rounds, each moving the formatting element (a new one, counted) below
        /// the next special element above it, keeping up to three formatting elements in between (cloned, counted)
        /// and taking the others off the stack. It never deepens the stack.
        /// </summary>
        private void AdoptionAgency(int id)
        {
            for (var round = 0; round < 8; round++)
            {
                var at = -1;
                for (var k = _stack.Count - 1; k >= 0; k--)
                {
                    if (_stack[k].Id == id)
                    {
                        at = k;
                        break;
                    }

                    if ((_stack[k].Kind & Kind.ScopeBoundary) != 0)
                    {
                        return;
                    }
                }

                if (at < 0)
                {
                    return;
                }

                var block = -1;
                for (var k = at + 1; k < _stack.Count; k++)
                {
                    if ((_stack[k].Kind & Kind.Special) != 0)
                    {
                        block = k;
                        break;
                    }
                }

                if (block < 0)
                {
                    PopAbove(at, implicitly: true);
                    Pop(implicitly: false);
                    return;
                }

                var kept = 0;
                for (var k = block - 1; k > at; k--)
                {
                    if (_stack[k].IsFormatting && kept < 3)
                    {
                        kept++;
                        _elements++;
                        continue;
                    }

                    RemoveAt(k);
                    block--;
                }

                var formatting = _stack[at];
                RemoveAt(at);
                block--;
                InsertAt(block + 1, formatting);
                _elements++;
            }
        }

        private void RemoveAt(int index)
        {
            var open = _stack[index];
            _stack.RemoveAt(index);
            _openById[open.Id]--;
            _depth -= (open.Kind & Kind.Counted) != 0 ? 1 : 0;
        }

        private void InsertAt(int index, Open open)
        {
            _stack.Insert(index, open);
            _openById[open.Id]++;
            _depth += (open.Kind & Kind.Counted) != 0 ? 1 : 0;
        }

        private void CloseInScope(int id, bool button)
        {
            if (_openById[id] == 0)
            {
                return;
            }

            for (var k = _stack.Count - 1; k >= 0; k--)
            {
                var open = _stack[k];
                if (open.Id == id)
                {
                    PopAbove(k, implicitly: true);
                    Pop(implicitly: true);
                    return;
                }

                if ((open.Kind & Kind.ScopeBoundary) != 0 || (button && open.Id == ButtonId))
                {
                    return;
                }
            }
        }

        private void CloseListItem(int id)
        {
            // An li closes the open li (dd/dt: the open dd or dt) unless a special element other than address,
            // div or p is in between.
            for (var k = _stack.Count - 1; k >= 0; k--)
            {
                var open = _stack[k];
                if (id == ListItemId ? open.Id == ListItemId : open.Id == DdId || open.Id == DtId)
                {
                    PopAbove(k, implicitly: true);
                    Pop(implicitly: true);
                    return;
                }

                if ((open.Kind & Kind.Special) != 0 && open.Name is not ("address" or "div" or "p"))
                {
                    return;
                }
            }
        }

        private void PopAbove(int index, bool implicitly)
        {
            while (_stack.Count > index + 1)
            {
                Pop(implicitly);
            }
        }

        private void Pop(bool implicitly)
        {
            var open = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            _openById[open.Id]--;
            if ((open.Kind & Kind.Counted) != 0)
            {
                _depth--;
            }

            if (implicitly && open.IsFormatting)
            {
                // Still in the list of active formatting elements; the parser keeps at most three identical ones.
                var key = open.Key ?? string.Concat(open.Name, html.Span.Slice(open.KeyAt, open.KeyLength));
                var same = _lingeringByKey.GetValueOrDefault(key);
                if (same < 3)
                {
                    _lingeringByKey[key] = same + 1;
                    _lingering.Add(open with { Key = key });
                }
            }
        }

        private void ForgetLingering(int id, bool all)
        {
            for (var k = _lingering.Count - 1; k >= 0; k--)
            {
                if (_lingering[k].Id == id)
                {
                    _lingeringByKey[_lingering[k].Key!]--;
                    _lingering.RemoveAt(k);
                    if (!all)
                    {
                        return;
                    }
                }
            }
        }

        /// <summary>The parser re-opens every active formatting element that is not open, creating new elements.</summary>
        private void Reconstruct()
        {
            if (_lingering.Count == 0)
            {
                return;
            }

            foreach (var open in _lingering)
            {
                _stack.Add(open);
                _openById[open.Id]++;
                _depth++;
                _elements++;
            }

            _lingering.Clear();
            _lingeringByKey.Clear();
        }

        private int FindLast(Func<Open, bool> match)
        {
            for (var k = _stack.Count - 1; k >= 0; k--)
            {
                if (match(_stack[k]))
                {
                    return k;
                }
            }

            return -1;
        }

        /// <summary>Leaves the markup from <paramref name="from"/> up to <paramref name="to"/> out of what the parser gets
        /// (the scan only moves forward: each range starts at or after the end of the last).</summary>
        private void Omit(int from, int to)
        {
            _omitted ??= [];
            if (_omitted.Count > 0 && _omitted[^1].To == from)
            {
                _omitted[^1] = (_omitted[^1].From, to);
            }
            else
            {
                _omitted.Add((from, to));
            }

            _omittedChars += to - from;
        }

        /// <summary>
        /// The markup without the omitted ranges, written once (a block copy, far cheaper than tokenizing the code it
        /// leaves out, about half of a news page's characters), so that the parser no longer builds the code's text as
        /// strings.
        /// </summary>
        public void WriteTo(Span<char> destination)
        {
            var (read, written) = (0, 0);
            foreach (var (from, to) in _omitted!)
            {
                html.Span.Slice(read, from - read).CopyTo(destination[written..]);
                written += from - read;
                read = to;
            }

            html.Span[read..].CopyTo(destination[written..]);
        }
    }
}
