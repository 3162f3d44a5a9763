using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Analysis;

/// <summary>
/// The side table every later stage reads instead of changing the DOM: each element of the body gets an ordinal
/// (document order), its parent's ordinal, its noise verdict, and text statistics computed once, bottom-up.
/// Text is attributed to its nearest block-level ancestor, so each block's "unit" of inline text is what a browser
/// would show as one paragraph.
/// </summary>
internal sealed class DocumentIndex
{
    // A typical news page's body has 1,000–5,000 elements: start there and double, rather than count first.
    private const int InitialCapacity = 2048;

    private Dictionary<IElement, int>? _ordinals;
    private int _cursor;
    private long _scanned;

    // The arrays come from the shared pool and go back through Release once the extraction is done with the index:
    // they were about a twentieth of what an extraction allocates. Those summed into are cleared; the others are written
    // for every element before anything reads them (the walk writes each element's own entries, the vetoes InNoise),
    // and clearing them as well was about 2% of the index's time.
    private DocumentIndex(int capacity)
    {
        Elements = ArrayPool<IElement>.Shared.Rent(capacity);
        Parent = ArrayPool<int>.Shared.Rent(capacity);
        SubtreeEnd = ArrayPool<int>.Shared.Rent(capacity);
        Traits = ArrayPool<TagTraits>.Shared.Rent(capacity);
        Noise = ArrayPool<NoiseKind>.Shared.Rent(capacity);
        InNoise = ArrayPool<bool>.Shared.Rent(capacity);
        ContentHint = ArrayPool<bool>.Shared.Rent(capacity);
        UnitChars = Rented<int>(capacity);
        UnitLinkChars = Rented<int>(capacity);
        UnitUnbrokenChars = Rented<int>(capacity);
        Chars = Rented<int>(capacity);
        LinkChars = Rented<int>(capacity);
        Good = Rented<int>(capacity);
        Bad = Rented<int>(capacity);
        GoodUnits = Rented<int>(capacity);
    }

    /// <summary>
    /// Gives the arrays back to the pool. The index must not be read after: it is left empty, so a stray read fails
    /// rather than sees another page's figures. Optional: an index that is never released is collected as usual.
    /// </summary>
    public void Release()
    {
        Count = 0;
        PlainTeaserCards = null;
        _ordinals = null;
        Elements = Returned(Elements);
        Parent = Returned(Parent);
        SubtreeEnd = Returned(SubtreeEnd);
        Traits = Returned(Traits);
        Noise = Returned(Noise);
        InNoise = Returned(InNoise);
        ContentHint = Returned(ContentHint);
        UnitChars = Returned(UnitChars);
        UnitLinkChars = Returned(UnitLinkChars);
        UnitUnbrokenChars = Returned(UnitUnbrokenChars);
        Chars = Returned(Chars);
        LinkChars = Returned(LinkChars);
        Good = Returned(Good);
        Bad = Returned(Bad);
        GoodUnits = Returned(GoodUnits);
    }

    private static T[] Rented<T>(int size)
    {
        var array = ArrayPool<T>.Shared.Rent(size);
        Array.Clear(array);
        return array;
    }

    private static T[] Returned<T>(T[] array)
    {
        if (array.Length > 0)
        {
            // Elements are cleared so that the pool does not keep a page's DOM alive.
            ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        return [];
    }

    public int Count { get; private set; }

    /// <summary>
    /// Teaser cards titled by a plain heading found after the article (<see cref="Content.TeaserCards.FindPlain"/>):
    /// their elements' ordinals, or null when there are none. Not noise: the reading marks what it reads inside them
    /// (<see cref="Structure.FlowItem.TeaserCard"/>), and only an article's reading leaves it out.
    /// </summary>
    public List<int>? PlainTeaserCards { get; set; }

    /// <summary>Characters of running text on the whole page with every noise verdict ignored (scripts and styles are never counted, nor units of addresses and identifiers).</summary>
    public int RunningTextChars { get; private set; }

    // The arrays may be longer than Count while building; read only the first Count entries.
    public IElement[] Elements { get; private set; }

    public int[] Parent { get; private set; }

    /// <summary>One past the last ordinal of the element's subtree: the subtree of <c>e</c> is <c>[e, SubtreeEnd[e])</c>.</summary>
    public int[] SubtreeEnd { get; private set; }

    public TagTraits[] Traits { get; private set; }

    /// <summary>The element's own noise verdict (after the wrapper veto).</summary>
    public NoiseKind[] Noise { get; private set; }

    /// <summary>Whether the element or one of its ancestors is noise.</summary>
    public bool[] InNoise { get; private set; }

    public bool[] ContentHint { get; private set; }

    /// <summary>Non-space characters of the inline text this block owns directly (not in nested blocks).</summary>
    public int[] UnitChars { get; private set; }

    /// <summary>The part of <see cref="UnitChars"/> inside links.</summary>
    public int[] UnitLinkChars { get; private set; }

    /// <summary>
    /// The part of <see cref="UnitChars"/> in unbroken strings of <see cref="Thresholds.UnbrokenStringChars"/> or more
    /// ASCII characters without a space: web addresses, hashes, identifiers, encoded data. Words are shorter.
    /// </summary>
    public int[] UnitUnbrokenChars { get; private set; }

    /// <summary>Non-space characters of all visible text in the subtree, noise included.</summary>
    public int[] Chars { get; private set; }

    /// <summary>The part of <see cref="Chars"/> inside links.</summary>
    public int[] LinkChars { get; private set; }

    /// <summary>Characters in the subtree's paragraph-like units that are not noise.</summary>
    public int[] Good { get; private set; }

    /// <summary>Characters in the subtree that are noise, link lists or short fragments.</summary>
    public int[] Bad { get; private set; }

    /// <summary>How many paragraph-like units the subtree holds outside noise.</summary>
    public int[] GoodUnits { get; private set; }

    /// <summary>
    /// Judges element <paramref name="e"/> noise of <paramref name="kind"/> after the index was built (a page kind's
    /// second reading), its whole subtree with it; returns whether that took any text out of a reading.
    /// </summary>
    public bool MarkNoise(int e, NoiseKind kind)
    {
        Noise[e] = kind;
        Array.Fill(InNoise, true, e, SubtreeEnd[e] - e);
        return Chars[e] > 0;
    }

    /// <summary>
    /// Lifts element <paramref name="e"/>'s own noise verdict after the index was built (a page kind's second reading
    /// shows what the first left out); what inside it is noise for its own reasons stays noise. The caller makes sure the
    /// element's parent is not inside noise. Returns whether that brought any text into a reading.
    /// </summary>
    public bool LiftNoise(int e)
    {
        Noise[e] = NoiseKind.None;
        for (var d = e; d < SubtreeEnd[e]; d++)
        {
            InNoise[d] = Noise[d] != NoiseKind.None || (d != e && InNoise[Parent[d]]);
        }

        return Chars[e] > 0;
    }

    /// <summary>The element's ordinal; false for an element outside the index (outside the root, or inside a non-content element).</summary>
    /// <remarks>
    /// Every caller walks the tree in document order, so the element asked for is almost always next to the one
    /// asked for last: the element itself (its exit), the next ordinal (its first child), or, for the last one or
    /// one of its ancestors, that element (an exit) or the first element after its subtree (the next sibling).
    /// Those are tried first, at most a depth's worth of checks; anything else (the start of a walk) is found by a
    /// scan from there, and once scans have covered the index a few times over, by a map built then. A map of every
    /// element built up front cost a tenth of the extraction, mostly in hashing each element once.
    /// </remarks>
    public bool TryGetOrdinal(IElement element, out int ordinal)
    {
        var elements = Elements;
        var n = Count;
        if (n == 0)
        {
            ordinal = -1;
            return false;
        }

        var next = _cursor + 1;
        if (next < n && ReferenceEquals(elements[next], element))
        {
            ordinal = _cursor = next;
            return true;
        }

        for (var k = _cursor; k >= 0; k = Parent[k])
        {
            if (ReferenceEquals(elements[k], element))
            {
                ordinal = _cursor = k;
                return true;
            }

            var after = SubtreeEnd[k];
            if (after < n && ReferenceEquals(elements[after], element))
            {
                ordinal = _cursor = after;
                return true;
            }
        }

        if (_ordinals is null && _scanned < 4L * n)
        {
            // Forward first: a walk starts at or after the last element asked for more often than before it.
            for (var i = 0; i < n; i++)
            {
                var o = (_cursor + 2 + i) % n;
                if (ReferenceEquals(elements[o], element))
                {
                    _scanned += i + 1;
                    ordinal = _cursor = o;
                    return true;
                }
            }

            _scanned += n;
        }

        if (Map().TryGetValue(element, out ordinal))
        {
            _cursor = ordinal;
            return true;
        }

        return false;
    }

    private Dictionary<IElement, int> Map()
    {
        if (_ordinals is null)
        {
            _ordinals = new Dictionary<IElement, int>(Count, ReferenceEqualityComparer.Instance);
            for (var e = 0; e < Count; e++)
            {
                _ordinals[Elements[e]] = e;
            }
        }

        return _ordinals;
    }

    public double LinkDensity(int e) => Chars[e] == 0 ? 0 : (double)LinkChars[e] / Chars[e];

    /// <summary>Builds the index over <paramref name="root"/>'s subtree.</summary>
    /// <param name="root">The subtree's root.</param>
    /// <param name="maxElements">The most elements allowed.</param>
    /// <param name="deadline">The caller's cancellation and the extraction's time budget, checked every 1,024 elements.</param>
    /// <param name="expectedElements">
    /// About how many elements the subtree has (the <see cref="Parsing.NestingGuard"/>'s start-tag count), so the
    /// arrays are allocated once at the right size; 0 when unknown. Only a hint: the arrays still grow past it.
    /// </param>
    /// <exception cref="ExtractionLimitException">The subtree has more elements than <paramref name="maxElements"/>.</exception>
    /// <param name="classWords">Whether class and id words count as noise evidence (off for the article guard's second reading).</param>
    /// <param name="hiddenWords">With <paramref name="classWords"/> off, whether a screen reader's copy ("sr-only") still counts as hidden.</param>
    public static DocumentIndex Build(IElement root, int maxElements, ExtractionDeadline deadline, int expectedElements = 0, bool classWords = true, bool hiddenWords = false)
    {
        // A few more than the start tags: the parser adds the implied html, head, body and tbody elements.
        var capacity = expectedElements > 0 ? expectedElements + 16 : InitialCapacity;
        var index = new DocumentIndex(Math.Max(1, Math.Min(maxElements, capacity)));
        var state = new BuildState
        {
            Index = index,
            Current = -1,
            Deadline = deadline,
            MaxElements = maxElements,
            ClassWords = classWords,
            HiddenWords = hiddenWords,
            Capacity = Math.Min(index.Elements.Length, maxElements),
            // Scratch for the walk only, written before it is read: from the pool, not cleared.
            OwnerBlock = ArrayPool<int>.Shared.Rent(index.Elements.Length),
            InLink = ArrayPool<bool>.Shared.Rent(index.Elements.Length),
        };
        DomWalker.Walk(root, ref state);
        ArrayPool<int>.Shared.Return(state.OwnerBlock);
        ArrayPool<bool>.Shared.Return(state.InLink);
        index.Aggregate();
        return index;
    }

    private struct BuildState : IDomVisitor
    {
        public DocumentIndex Index;
        public int Current;
        public ExtractionDeadline Deadline;
        public int MaxElements;
        public bool ClassWords;
        public bool HiddenWords;

        /// <summary>How many elements fit before the arrays grow (or the limit is reached): the pool's arrays may be longer than the limit.</summary>
        public int Capacity;
        public int[] OwnerBlock;
        public bool[] InLink;

        public bool EnterElement(Element element) => Enter(element, ref this);

        public bool EnterOther(INode node)
        {
            EnterText(node, ref this);
            return false;
        }

        public void Exit(Element element) => DocumentIndex.Exit(ref this);
    }

    private static void Grow(ref BuildState s)
    {
        if (s.Index.Count >= s.MaxElements)
        {
            var max = s.MaxElements;
            throw new ExtractionLimitException(ExtractionLimit.Elements, max, string.Create(CultureInfo.InvariantCulture, $"The page has more than {max:N0} elements (ArticleExtractorOptions.MaxElements)."));
        }

        var index = s.Index;
        var size = (int)Math.Min(s.MaxElements, Math.Max(16L, 2L * index.Elements.Length));
        index.Elements = Regrown(index.Elements, size, clear: true);
        index.Parent = Regrown(index.Parent, size, clear: true);
        index.SubtreeEnd = Regrown(index.SubtreeEnd, size, clear: true);
        index.Traits = Regrown(index.Traits, size, clear: true);
        index.Noise = Regrown(index.Noise, size, clear: true);
        index.InNoise = Regrown(index.InNoise, size, clear: true);
        index.ContentHint = Regrown(index.ContentHint, size, clear: true);
        index.UnitChars = Regrown(index.UnitChars, size, clear: true);
        index.UnitLinkChars = Regrown(index.UnitLinkChars, size, clear: true);
        index.UnitUnbrokenChars = Regrown(index.UnitUnbrokenChars, size, clear: true);
        index.Chars = Regrown(index.Chars, size, clear: true);
        index.LinkChars = Regrown(index.LinkChars, size, clear: true);
        index.Good = Regrown(index.Good, size, clear: true);
        index.Bad = Regrown(index.Bad, size, clear: true);
        index.GoodUnits = Regrown(index.GoodUnits, size, clear: true);
        s.OwnerBlock = Regrown(s.OwnerBlock, size, clear: false);
        s.InLink = Regrown(s.InLink, size, clear: false);
        s.Capacity = Math.Min(index.Elements.Length, s.MaxElements);
    }

    /// <summary>A larger array from the pool holding the first entries of one from the pool, which goes back; the rest cleared or not.</summary>
    private static T[] Regrown<T>(T[] array, int size, bool clear)
    {
        if (array.Length >= size)
        {
            return array;
        }

        var larger = ArrayPool<T>.Shared.Rent(size);
        array.AsSpan().CopyTo(larger);
        if (clear)
        {
            larger.AsSpan(array.Length).Clear();
        }

        ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        return larger;
    }

    private static bool Enter(Element element, ref BuildState s)
    {
        var index = s.Index;
        if (index.Count >= s.Capacity)
        {
            Grow(ref s);
        }

        var e = index.Count++;
        if ((e & 1023) == 0)
        {
            s.Deadline.Check();
        }

        var parent = s.Current;
        // The name read once, through the element class (a direct call): the traits and the classifier both need it.
        var name = element.LocalName;
        var traits = Tags.Of(name);
        // The array is exactly IElement[] (rented as such), so the store needs no covariance check.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(index.Elements), e) = element;
        index.Parent[e] = parent;
        index.Traits[e] = traits;
        index.Noise[e] = NoiseClassifier.Classify(element, name, traits, out index.ContentHint[e], s.ClassWords, s.HiddenWords);
        s.OwnerBlock[e] = (traits & TagTraits.Block) != 0 || parent < 0 ? e : s.OwnerBlock[parent];
        s.InLink[e] = (traits & TagTraits.Link) != 0 || (parent >= 0 && s.InLink[parent]);
        s.Current = e;

        if (index.Noise[e] == NoiseKind.NonContent)
        {
            // Not descended: close it here, since Exit runs only for elements walked into.
            index.SubtreeEnd[e] = e + 1;
            s.Current = parent;
            return false;
        }

        return true;
    }

    private static void EnterText(INode node, ref BuildState s)
    {
        var index = s.Index;
        if (node is IText text && s.Current >= 0)
        {
            var chars = VisibleText.Measure(text.Data, Thresholds.UnbrokenStringChars, out var unbroken);
            if (chars > 0)
            {
                var owner = s.OwnerBlock[s.Current];
                index.UnitChars[owner] += chars;
                index.UnitUnbrokenChars[owner] += unbroken;
                index.Chars[s.Current] += chars;
                if (s.InLink[s.Current])
                {
                    index.UnitLinkChars[owner] += chars;
                    index.LinkChars[s.Current] += chars;
                }
            }
        }
    }

    private static void Exit(ref BuildState s)
    {
        var e = s.Current;
        s.Index.SubtreeEnd[e] = s.Index.Count;
        s.Current = s.Index.Parent[e];
    }

    private void Aggregate()
    {
        // Raw text totals, children before parents (reverse document order).
        for (var e = Count - 1; e > 0; e--)
        {
            var p = Parent[e];
            Chars[p] += Chars[e];
            LinkChars[p] += LinkChars[e];
        }

        var rawGood = RawGood();
        var total = rawGood[0];
        RunningTextChars = total;
        var holdsMain = ArrayPool<bool>.Shared.Rent(Math.Max(1, Count));
        var hintGood = HintGood(rawGood, holdsMain);
        ApplyVetoes(rawGood, hintGood, holdsMain, total);
        ArrayPool<int>.Shared.Return(rawGood);
        ArrayPool<int>.Shared.Return(hintGood);
        ArrayPool<bool>.Shared.Return(holdsMain);
        ScoreUnits();

        for (var e = Count - 1; e > 0; e--)
        {
            var p = Parent[e];
            Good[p] += Good[e];
            Bad[p] += Bad[e];
            GoodUnits[p] += GoodUnits[e];
        }
    }

    /// <summary>
    /// Paragraph text ignoring noise, per subtree, to spot "noise" verdicts on wrappers that hold the article itself
    /// (<c>&lt;div id="page" class="has-sidebar"&gt;</c>): such an element holds most of the page's good text.
    /// </summary>
    private int[] RawGood()
    {
        var n = Count;
        // Scratch for the vetoes only (longer than the count, from the pool), every entry below the count written once
        // before the sums read it: no clearing pass.
        var rawGood = ArrayPool<int>.Shared.Rent(Math.Max(1, n));
        for (var e = 0; e < n; e++)
        {
            rawGood[e] = IsGoodUnit(e) ? UnitChars[e] : 0;
        }

        for (var e = n - 1; e > 0; e--)
        {
            rawGood[Parent[e]] += rawGood[e];
        }

        return rawGood;
    }

    /// <summary>
    /// The running text held by the best self-declared article container below each element (<c>&lt;article&gt;</c>,
    /// <c>&lt;main&gt;</c>, itemprop=articleBody, entry-content…) that is not itself noise; and, in
    /// <paramref name="holdsMain"/>, whether the element is or holds a <c>&lt;main&gt;</c>.
    /// </summary>
    private int[] HintGood(int[] rawGood, bool[] holdsMain)
    {
        var hintGood = ArrayPool<int>.Shared.Rent(Math.Max(1, Count));
        Array.Clear(hintGood, 0, Count);
        Array.Clear(holdsMain, 0, Count);
        for (var e = Count - 1; e >= 0; e--)
        {
            // Article and main are told by their trait, so that only they are read again (each element read back
            // through the interface is a dispatch stub and, on a large page, a cache miss).
            var landmark = (Traits[e] & TagTraits.Landmark) != 0;
            holdsMain[e] |= landmark && NameOf(e) == "main";
            if (e > 0)
            {
                holdsMain[Parent[e]] |= holdsMain[e];
            }

            if (Noise[e] == NoiseKind.None && (ContentHint[e] || landmark))
            {
                hintGood[e] = Math.Max(hintGood[e], rawGood[e]);
            }

            if (e > 0)
            {
                hintGood[Parent[e]] = Math.Max(hintGood[Parent[e]], hintGood[e]);
            }
        }

        return hintGood;
    }

    /// <summary>Each element's own unit of text as evidence for or against the containers around it.</summary>
    private void ScoreUnits()
    {
        for (var e = 0; e < Count; e++)
        {
            var chars = UnitChars[e];
            if (chars == 0 || Noise[e] == NoiseKind.Hidden || (InNoise[e] && HiddenAncestor(e)))
            {
                continue;
            }

            if (InNoise[e])
            {
                // Recognised noise is stepped over when the body is built, so it argues against a container only
                // half as much as unrecognised junk does: a gallery in the middle of the article's own wrapper
                // must not push the choice down to a single paragraph.
                Bad[e] += chars / 2;
            }
            else if ((Traits[e] & (TagTraits.Heading | TagTraits.Preformatted)) != 0 || InsidePre(e) || IsShortCell(e))
            {
                // Headings, code and the short cells of tables neither prove nor disprove a container: they are
                // article text on technical or data pages but read nothing like prose.
            }
            else if (IsGoodUnit(e))
            {
                Good[e] += chars;
                GoodUnits[e]++;
            }
            else
            {
                Bad[e] += chars;
            }
        }
    }

    /// <summary>
    /// Lifts noise verdicts that the evidence around them contradicts (wrappers of the article, content a script
    /// reveals, caption and tooltip words inside prose), then marks every element inside noise.
    /// </summary>
    private void ApplyVetoes(int[] rawGood, int[] hintGood, bool[] holdsMain, int total)
    {
        var n = Count;
        var repeatedHeaders = RepeatedHeaderClasses();
        for (var e = 0; e < n; e++)
        {
            var kind = Noise[e];
            if (kind is not (NoiseKind.None or NoiseKind.NonContent or NoiseKind.Hidden)
                && ((holdsMain[e] && IsLayoutWrapperOfMain(e, kind)) || IsWrapper(e, kind, rawGood, hintGood, total, IsDeclaredDialog(e, kind) || IsDeclaredFooter(e, kind))
                    || (repeatedHeaders is not null && IsRepeatedPartHeader(e, kind, rawGood, repeatedHeaders))
                    || (kind == NoiseKind.Form && IsFormWithoutFields(e))
                    || (kind == NoiseKind.Navigation && IsProseSection(e, rawGood))
                    || (kind == NoiseKind.Footer && IsArticleProseFooter(e, rawGood))))
            {
                Noise[e] = NoiseKind.None;
            }
            else if (kind == NoiseKind.Hidden && IsHiddenRendering(e, rawGood, total))
            {
                Noise[e] = NoiseKind.None;
            }
            else if ((kind is NoiseKind.Caption or NoiseKind.Popup && IsWeakNoiseInProse(e))
                || (kind == NoiseKind.Caption && HoldsBlocks(e) && !HasImageNearby(e))
                || (kind is not (NoiseKind.None or NoiseKind.NonContent or NoiseKind.Hidden or NoiseKind.ArticleMeta) && IsPhraseInSentence(e)))
            {
                Noise[e] = NoiseKind.None;
            }

            InNoise[e] = Noise[e] != NoiseKind.None || (Parent[e] >= 0 && InNoise[Parent[e]]);
        }
    }

    /// <summary>
    /// Whether an element with a noise word is really a wrapper around the article: pages put state and layout
    /// words on wrappers ("ad-portal", "is-showingReadNextSidebar", WordPress's "author-x tag-y" on the article).
    /// It is one when an article container inside it, not itself noise, holds most of its running text and a
    /// large part of the page's; or,
    /// for layout words only, when it holds most of the page's running text. Not a consent manager's: its preference
    /// centre (a paragraph per purpose) can hold most of a short page's running text, and it never wraps the page;
    /// nor a dialog or a footer by its role or tag (<paramref name="declaredLandmark"/>), which wraps the page's text
    /// only around an article container (an article opened in a dialog over its listing).
    /// </summary>
    private static bool IsWrapper(int e, NoiseKind kind, int[] rawGood, int[] hintGood, int total, bool declaredLandmark)
    {
        // The inner container must also be a large part of the page: teaser cards are <article>s too.
        // Comment threads and galleries are left out: their entries call themselves "post-text" too.
        if (kind is not (NoiseKind.Comments or NoiseKind.Caption or NoiseKind.Gallery) && rawGood[e] >= 200 && hintGood[e] >= 0.5 * rawGood[e] && hintGood[e] >= 0.3 * total)
        {
            return true;
        }

        return kind is not (NoiseKind.Comments or NoiseKind.Caption or NoiseKind.Gallery or NoiseKind.Related or NoiseKind.CookieBanner)
            && !declaredLandmark && total > 0 && rawGood[e] >= 0.6 * total && rawGood[e] >= 400;
    }

    /// <summary>
    /// The class values of the elements called a header by their class words only (not a <c>&lt;header&gt;</c> tag or
    /// a banner role) that at least <see cref="Thresholds.RepeatedHeaderCount"/> elements of the page share; null when
    /// none does (most pages: the masthead is one element, or a copy per screen size).
    /// </summary>
    private HashSet<string>? RepeatedHeaderClasses()
    {
        Dictionary<string, int>? counts = null;
        for (var e = 0; e < Count; e++)
        {
            if (IsClassWordHeader(e) && Elements[e].GetAttribute("class") is { Length: > 0 } classes)
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[classes] = counts.GetValueOrDefault(classes) + 1;
            }
        }

        HashSet<string>? repeated = null;
        if (counts is not null)
        {
            foreach (var (classes, count) in counts)
            {
                if (count >= Thresholds.RepeatedHeaderCount)
                {
                    (repeated ??= new HashSet<string>(StringComparer.Ordinal)).Add(classes);
                }
            }
        }

        return repeated;
    }

    /// <summary>
    /// Whether a navigation verdict from class or id words alone (no <c>&lt;nav&gt;</c>, no role) sits on a stretch of
    /// prose: at least <see cref="Thresholds.ProseSectionChars"/> characters of running text with under
    /// <see cref="Thresholds.ProseSectionLinkShare"/> of its text in links. A menu or a table of contents is links; a
    /// section anchored for one ("toc_how-it-works" on the section's wrapper) is the article's text.
    /// </summary>
    private bool IsProseSection(int e, int[] rawGood) =>
        rawGood[e] >= Thresholds.ProseSectionChars && LinkChars[e] < Thresholds.ProseSectionLinkShare * Chars[e]
        && (Traits[e] & TagTraits.Chrome) == 0 && Elements[e].GetAttribute("role") is null;

    /// <summary>
    /// Whether a <c>&lt;footer&gt;</c> inside an <c>&lt;article&gt;</c> holds that article's closing prose (its last
    /// paragraph, an editor's note or a correction): HTML gives a footer the contentinfo role only outside articles and
    /// sections, and this one closes the article (no running text after it inside the article), holds no heading, is
    /// all running text (at least <see cref="Thresholds.ArticleFooterProseShare"/> of its text), and has no role and no
    /// class word of noise but the article's own footer (<see cref="IsArticleFooterClass"/>). An article's footer of tags, share links or a copyright line is links and short lines; one
    /// with headings holds sections of its own (questions and answers, an offer's box).
    /// </summary>
    private bool IsArticleProseFooter(int e, int[] rawGood)
    {
        if (NameOf(e) != "footer" || rawGood[e] == 0 || rawGood[e] < Thresholds.ArticleFooterProseShare * Chars[e] || HoldsHeading(e)
            || Elements[e].GetAttribute("role") is not null || !IsArticleFooterClass(Elements[e].GetAttribute("class")))
        {
            return false;
        }

        for (var a = Parent[e]; a >= 0; a = Parent[a])
        {
            if ((Traits[a] & TagTraits.Landmark) != 0 && NameOf(a) == "article")
            {
                return !RunningTextBetween(SubtreeEnd[e], SubtreeEnd[a]);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a footer's class words say nothing of noise, or call it the article's own footer ("article-footer",
    /// "entry-footer"); a forum post's "message-footer" holds its reactions and its signature.
    /// </summary>
    private static bool IsArticleFooterClass(string? classes) =>
        NoiseClassifier.ClassWordsKind(classes) switch
        {
            NoiseKind.None => true,
            NoiseKind.Footer => NoiseClassifier.NamesArticle(classes),
            _ => false,
        };

    /// <summary>Whether an element from <paramref name="start"/> up to <paramref name="end"/> holds a unit of running text.</summary>
    private bool RunningTextBetween(int start, int end)
    {
        for (var d = start; d < end; d++)
        {
            if (IsGoodUnit(d))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsClassWordHeader(int e) =>
        Noise[e] == NoiseKind.Header && (Traits[e] & TagTraits.Chrome) == 0 && Elements[e].GetAttribute("role") is null;

    /// <summary>
    /// Whether a header verdict names the header of one of a run of like parts (a card's, a section's, an accordion
    /// item's title and lead line, "card-header" on every card), not the page's masthead: the page has one masthead,
    /// and this element's class value recurs on <see cref="Thresholds.RepeatedHeaderCount"/> or more elements called
    /// a header; and it holds the part's title (a heading) and running text, at least
    /// <see cref="Thresholds.RepeatedHeaderRunningShare"/> of its text (a masthead is links, a logo and a search box; a
    /// thread's post headers hold a name and a date).
    /// </summary>
    private bool IsRepeatedPartHeader(int e, NoiseKind kind, int[] rawGood, HashSet<string> repeated) =>
        kind == NoiseKind.Header && rawGood[e] > 0 && rawGood[e] >= Thresholds.RepeatedHeaderRunningShare * Chars[e]
        && IsClassWordHeader(e) && Elements[e].GetAttribute("class") is { } classes && repeated.Contains(classes) && HoldsHeading(e);

    /// <summary>
    /// Whether a form holds most of the page's text (at least <see cref="Thresholds.PageFormShare"/> of it) and no field
    /// to fill in (a text box, a check box, a list to choose from): a list or a table the page wraps in a form to act on
    /// its rows, or a framework's page-wide form. A form one fills in has fields; a search box, a sign-up or a comment
    /// form holds little of the page. Only the few forms that large are searched, up to
    /// <see cref="Thresholds.PageFormScan"/> elements (past it, a field is assumed).
    /// </summary>
    private bool IsFormWithoutFields(int e)
    {
        if (Chars[0] == 0 || Chars[e] < Thresholds.PageFormShare * Chars[0] || SubtreeEnd[e] - e > Thresholds.PageFormScan)
        {
            return false;
        }

        for (var d = e + 1; d < SubtreeEnd[e]; d++)
        {
            if (NameOf(d) is "select" or "textarea" || (NameOf(d) == "input" && IsField(Elements[d].GetAttribute("type"))))
            {
                return false;
            }
        }

        return true;
    }

    // An input one fills in or ticks: not a hidden value nor a button.
    private static bool IsField(string? type) =>
        type is null || !(type.Equals("hidden", StringComparison.OrdinalIgnoreCase) || type.Equals("submit", StringComparison.OrdinalIgnoreCase)
            || type.Equals("button", StringComparison.OrdinalIgnoreCase) || type.Equals("image", StringComparison.OrdinalIgnoreCase)
            || type.Equals("reset", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether an h1–h6 stands inside the element.</summary>
    private bool HoldsHeading(int e)
    {
        for (var d = e + 1; d < SubtreeEnd[e]; d++)
        {
            if ((Traits[d] & TagTraits.Heading) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an element holding the page's <c>&lt;main&gt;</c> was called noise by its class or id words only: a
    /// layout wrapper ("content-sidebar-wrap", a grid with a sidebar beside the main column), since HTML's main element
    /// is the page's main content and no sidebar, header or footer holds it. Needed where the page's text is not
    /// running text (a listing's entries, a shop's cards), which <see cref="IsWrapper"/> weighs. Not a landmark by its
    /// tag or role, nor a consent manager or a pop-up, which lay a page of their own over the page.
    /// </summary>
    private bool IsLayoutWrapperOfMain(int e, NoiseKind kind) =>
        kind is not (NoiseKind.CookieBanner or NoiseKind.Popup) && (Traits[e] & TagTraits.Chrome) == 0
        && Elements[e].GetAttribute("role") is null;

    /// <summary>
    /// Whether the element is a dialog by its ARIA role (<c>role="dialog"</c> or <c>"alertdialog"</c>): a box laid
    /// over the page (a consent manager's preference centre, a sign-up or log-in box), never a wrapper around it. Its
    /// paragraphs can outweigh a short page's own text, most of all when the page's posts sit in noise of their own,
    /// and with class words ignored (the guard's second reading) the role is all that still tells it apart.
    /// </summary>
    private bool IsDeclaredDialog(int e, NoiseKind kind) =>
        kind == NoiseKind.Popup && Elements[e].GetAttribute("role") is { } role
        && (role.Trim().Equals("dialog", StringComparison.OrdinalIgnoreCase) || role.Trim().Equals("alertdialog", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the element is the page's footer by its tag or ARIA role (<c>&lt;footer&gt;</c>, <c>role="contentinfo"</c>),
    /// not by a class word. Its legal fine print (numbered footnotes to every price and claim of a shop's showcase page)
    /// can hold most of the running text of a page whose own copy is headings and short lines; it is still the footer.
    /// </summary>
    private bool IsDeclaredFooter(int e, NoiseKind kind) =>
        kind == NoiseKind.Footer && (Elements[e].LocalName == "footer"
            || (Elements[e].GetAttribute("role") is { } role && role.Trim().Equals("contentinfo", StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Whether a hidden element is the page's content waiting for a script to reveal it (streamed server
    /// rendering parks the whole article in a hidden boundary): it holds most of the page's running text. A
    /// hidden menu or dialog holds little of it.
    /// </summary>
    private static bool IsHiddenRendering(int e, int[] rawGood, int total) =>
        total > 0 && rawGood[e] >= Thresholds.HiddenRenderingShare * total && rawGood[e] >= Thresholds.HiddenRenderingChars;

    /// <summary>
    /// Whether a caption or hover-card class word sits inside a sentence (<c>&lt;span class="tooltip"&gt;</c>
    /// around a term: an inline element whose block goes on around it). Long captions exist, so length alone
    /// proves nothing; a caption wrapper around paragraphs is judged by <see cref="HasImageNearby"/>.
    /// </summary>
    private bool IsWeakNoiseInProse(int e)
    {
        if ((Traits[e] & TagTraits.Block) != 0 || Parent[e] < 0)
        {
            return false;
        }

        var owner = Parent[e];
        while (owner > 0 && (Traits[owner] & TagTraits.Block) == 0)
        {
            owner = Parent[owner];
        }

        // The block's own text is counted without this element's share only after aggregation; its unit holds the
        // text of every inline element in it, this one included.
        return UnitChars[owner] >= 2 * Math.Max(1, Chars[e]) && UnitChars[owner] >= 40;
    }

    /// <summary>
    /// Whether an inline element called noise by its class words is a phrase of the sentence around it
    /// (<c>&lt;span class="share-count"&gt;12,000 shareholders&lt;/span&gt;</c>, a "promo" span around an offer's words):
    /// words stand on both sides of it in its block, and it holds words of its own and nothing a widget is made of
    /// (links, buttons, fields, images, icons without text). Cutting it leaves "The fund now has across the region."
    /// A share button or an ad label set in a paragraph has a link, an icon or no text on one side. Not for the
    /// article's metadata (an "author" or "timestamp" span): a byline or a date is a phrase set in a line of words by
    /// nature ("submitted 17 hours ago by …", "Posted by … on …"), which that line's own filters judge.
    /// </summary>
    private bool IsPhraseInSentence(int e)
    {
        if ((Traits[e] & (TagTraits.Block | TagTraits.Chrome)) != 0 || Parent[e] < 0 || Chars[e] == 0 || LinkChars[e] > 0
            || SubtreeEnd[e] - e > Thresholds.PhraseInSentenceScan)
        {
            return false;
        }

        for (var d = e + 1; d < SubtreeEnd[e]; d++)
        {
            if ((Traits[d] & (TagTraits.Block | TagTraits.NonContent | TagTraits.Image | TagTraits.Link)) != 0 || Chars[d] == 0
                || NameOf(d) is "svg" or "button")
            {
                return false;
            }
        }

        var element = Elements[e];
        var budget = Thresholds.PhraseInSentenceScan;
        return HasLetterWithin(element, ref budget) && WordsBeside(element, before: true) && WordsBeside(element, before: false);
    }

    /// <summary>
    /// Whether words stand before (or after) the inline element in its block: a sibling node on that side, climbing
    /// out of inline ancestors up to the block and stopping at a line break, holds a letter. At most <see cref="Thresholds.PhraseInSentenceScan"/>
    /// nodes are read.
    /// </summary>
    private static bool WordsBeside(IElement element, bool before)
    {
        var budget = Thresholds.PhraseInSentenceScan;
        INode node = element;
        while (budget > 0)
        {
            var sibling = before ? node.PreviousSibling : node.NextSibling;
            while (sibling is not null && budget-- > 0)
            {
                if (sibling is IElement { } other)
                {
                    var traits = Tags.Of(other);
                    if ((traits & (TagTraits.Block | TagTraits.LineBreak)) != 0)
                    {
                        return false;
                    }

                    // Words of the sentence are plain text or plain markup (<em>, <b>); a neighbour with a class or id of
                    // its own, or a link, may be the next button of the same widget ("Share", "Tweet", "Email").
                    if ((traits & TagTraits.Link) == 0 && !other.HasAttribute("class") && !other.HasAttribute("id") && HasLetterWithin(other, ref budget))
                    {
                        return true;
                    }
                }
                else if (sibling is IText text && HasLetter(text.Data))
                {
                    return true;
                }

                sibling = before ? sibling.PreviousSibling : sibling.NextSibling;
            }

            if (node.Parent is not IElement parent || (Tags.Of(parent) & TagTraits.Block) != 0)
            {
                return false;
            }

            node = parent;
        }

        return false;
    }

    /// <summary>
    /// Whether a text node under <paramref name="root"/> holds a letter, reading at most <paramref name="budget"/> nodes
    /// (shared with the caller's scan). <c>TextContent</c> built a string of the whole subtree for each neighbour, so a
    /// long inline neighbour was copied again for every noise span beside it.
    /// </summary>
    private static bool HasLetterWithin(INode root, ref int budget)
    {
        // Document order within the subtree, without recursion or a stack.
        var node = root;
        while (budget-- > 0)
        {
            if (node is IText text && HasLetter(text.Data))
            {
                return true;
            }

            if (node.FirstChild is { } first)
            {
                node = first;
                continue;
            }

            while (node != root && node.NextSibling is null)
            {
                node = node.Parent!;
            }

            if (node == root)
            {
                return false;
            }

            node = node.NextSibling!;
        }

        return false;
    }

    private static bool HasLetter(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the element holds an image or stands right beside one: a caption or credit captions a picture,
    /// and "caption-text" paragraphs with no picture of their own are the page's text. Bounded by the scan limit
    /// (past it, an image is assumed).
    /// </summary>
    private bool HasImageNearby(int e)
    {
        if (SubtreeEnd[e] - e > Thresholds.CaptionImageScan)
        {
            return true;
        }

        for (var d = e; d < SubtreeEnd[e]; d++)
        {
            if (IsPicture(d))
            {
                return true;
            }
        }

        var element = Elements[e];
        return IsPictureElement(element.PreviousElementSibling) || IsPictureElement(element.NextElementSibling);
    }

    private bool IsPicture(int d) =>
        (Traits[d] & (TagTraits.Image | TagTraits.Figure)) != 0 || Elements[d].LocalName is "video" or "iframe" or "svg";

    // A sibling that is a picture, a player, or a wrapper of exactly one image (<a><img></a>). Not any sibling
    // holding an image somewhere: "caption-text" paragraphs often follow a media block of their own.
    private static bool IsPictureElement(IElement? element) =>
        element is not null && ((Tags.Of(element) & (TagTraits.Image | TagTraits.Figure)) != 0 || element.LocalName is "video" or "iframe" or "svg"
            || (element.ChildElementCount == 1 && element.FirstElementChild is { } only && (Tags.Of(only) & TagTraits.Image) != 0));

    /// <summary>Whether the element wraps block elements (a "caption-text" around paragraphs) rather than holding a line of text.</summary>
    private bool HoldsBlocks(int e)
    {
        for (var d = e + 1; d < SubtreeEnd[e]; d++)
        {
            if ((Traits[d] & TagTraits.Block) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsShortCell(int e) =>
        UnitChars[e] < 40 && UnitLinkChars[e] <= 0.5 * UnitChars[e] && NameOf(e) is "td" or "th";

    /// <summary>The element's local name, through AngleSharp's element class (every indexed element is one): a direct call.</summary>
    private string NameOf(int e) => Unsafe.As<Element>(Elements[e]).LocalName;

    private bool InsidePre(int e)
    {
        for (var a = Parent[e]; a >= 0; a = Parent[a])
        {
            if ((Traits[a] & TagTraits.Preformatted) != 0)
            {
                return true;
            }

            if ((Traits[a] & TagTraits.Block) != 0)
            {
                return false;
            }
        }

        return false;
    }

    private bool HiddenAncestor(int e)
    {
        for (var a = e; a >= 0; a = Parent[a])
        {
            if (Noise[a] == NoiseKind.Hidden)
            {
                return true;
            }

            if (!InNoise[a])
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the element's own unit of text reads like running text (see <see cref="Good"/>).</summary>
    public bool IsRunningText(int e) => IsGoodUnit(e);

    /// <summary>
    /// A unit that reads like running text: long enough, mostly not links, and mostly words. A unit that is mostly
    /// web addresses or identifiers is data however long (a shop's hidden table of image addresses and price codes):
    /// it must not prove a hidden element to be the page's content, nor pull the container towards it.
    /// </summary>
    private bool IsGoodUnit(int e)
    {
        var chars = UnitChars[e];
        return chars >= 40 && UnitLinkChars[e] <= 0.35 * chars && (Traits[e] & TagTraits.Heading) == 0
            && UnitUnbrokenChars[e] <= Thresholds.RunningTextMaxUnbrokenShare * chars;
    }
}
