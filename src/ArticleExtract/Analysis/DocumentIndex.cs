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
    private readonly Dictionary<IElement, int> _ordinals;

    private DocumentIndex(int capacity)
    {
        _ordinals = new Dictionary<IElement, int>(capacity, ReferenceEqualityComparer.Instance);
        Elements = new IElement[capacity];
        Parent = new int[capacity];
        SubtreeEnd = new int[capacity];
        Traits = new TagTraits[capacity];
        Noise = new NoiseKind[capacity];
        InNoise = new bool[capacity];
        ContentHint = new bool[capacity];
        UnitChars = new int[capacity];
        UnitLinkChars = new int[capacity];
        Chars = new int[capacity];
        LinkChars = new int[capacity];
        Good = new int[capacity];
        Bad = new int[capacity];
        GoodUnits = new int[capacity];
    }

    public int Count { get; private set; }

    public IElement[] Elements { get; }

    public int[] Parent { get; }

    /// <summary>One past the last ordinal of the element's subtree: the subtree of <c>e</c> is <c>[e, SubtreeEnd[e])</c>.</summary>
    public int[] SubtreeEnd { get; }

    public TagTraits[] Traits { get; }

    /// <summary>The element's own noise verdict (after the wrapper veto).</summary>
    public NoiseKind[] Noise { get; }

    /// <summary>Whether the element or one of its ancestors is noise.</summary>
    public bool[] InNoise { get; }

    public bool[] ContentHint { get; }

    /// <summary>Non-space characters of the inline text this block owns directly (not in nested blocks).</summary>
    public int[] UnitChars { get; }

    /// <summary>The part of <see cref="UnitChars"/> inside links.</summary>
    public int[] UnitLinkChars { get; }

    /// <summary>Non-space characters of all visible text in the subtree, noise included.</summary>
    public int[] Chars { get; }

    /// <summary>The part of <see cref="Chars"/> inside links.</summary>
    public int[] LinkChars { get; }

    /// <summary>Characters in the subtree's paragraph-like units that are not noise.</summary>
    public int[] Good { get; }

    /// <summary>Characters in the subtree that are noise, link lists or short fragments.</summary>
    public int[] Bad { get; }

    /// <summary>How many paragraph-like units the subtree holds outside noise.</summary>
    public int[] GoodUnits { get; }

    public bool TryGetOrdinal(IElement element, out int ordinal) => _ordinals.TryGetValue(element, out ordinal);

    public double LinkDensity(int e) => Chars[e] == 0 ? 0 : (double)LinkChars[e] / Chars[e];

    /// <summary>Builds the index over <paramref name="root"/>'s subtree.</summary>
    /// <exception cref="ExtractionLimitException">The subtree has more elements than <paramref name="maxElements"/>.</exception>
    public static DocumentIndex Build(IElement root, int maxElements, CancellationToken cancellationToken)
    {
        var index = new DocumentIndex(Math.Min(maxElements, CountElements(root, maxElements)));
        var state = new BuildState { Index = index, Current = -1, Token = cancellationToken };
        DomWalker.Walk(root, ref state, Enter, Exit);
        index.Aggregate();
        return index;
    }

    private static int CountElements(IElement root, int max)
    {
        // Sizing the arrays exactly avoids growth copies; the count is cheap next to everything else.
        var count = 0;
        foreach (var _ in root.GetDescendantsAndSelf().OfType<IElement>())
        {
            if (++count > max)
            {
                throw new ExtractionLimitException(ExtractionLimit.Elements, max, $"The page has more than {max:N0} elements (ArticleExtractorOptions.MaxElements).");
            }
        }

        return count;
    }

    private struct BuildState
    {
        public DocumentIndex Index;
        public int Current;
        public CancellationToken Token;
        public int[]? OwnerBlock;
        public bool[]? InLink;
    }

    private static bool Enter(INode node, ref BuildState s)
    {
        var index = s.Index;
        if (node is IElement element)
        {
            var e = index.Count++;
            if ((e & 1023) == 0)
            {
                s.Token.ThrowIfCancellationRequested();
            }

            s.OwnerBlock ??= new int[index.Elements.Length];
            s.InLink ??= new bool[index.Elements.Length];
            var parent = s.Current;
            var traits = Tags.Of(element);
            index.Elements[e] = element;
            index._ordinals[element] = e;
            index.Parent[e] = parent;
            index.Traits[e] = traits;
            index.Noise[e] = NoiseClassifier.Classify(element, traits, out index.ContentHint[e]);
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

        if (node is IText text && s.Current >= 0)
        {
            var chars = CountVisible(text.Data);
            if (chars > 0)
            {
                var owner = s.OwnerBlock![s.Current];
                index.UnitChars[owner] += chars;
                index.Chars[s.Current] += chars;
                if (s.InLink![s.Current])
                {
                    index.UnitLinkChars[owner] += chars;
                    index.LinkChars[s.Current] += chars;
                }
            }
        }

        return false;
    }

    private static void Exit(INode node, ref BuildState s)
    {
        var e = s.Current;
        s.Index.SubtreeEnd[e] = s.Index.Count;
        s.Current = s.Index.Parent[e];
    }

    private void Aggregate()
    {
        var n = Count;

        // Raw text totals, children before parents (reverse document order).
        for (var e = n - 1; e > 0; e--)
        {
            var p = Parent[e];
            Chars[p] += Chars[e];
            LinkChars[p] += LinkChars[e];
        }

        // Paragraph text ignoring noise, to spot "noise" verdicts on wrappers that hold the article itself
        // (<div id="page" class="has-sidebar">): such an element holds most of the page's good text.
        var rawGood = new int[n];
        for (var e = 0; e < n; e++)
        {
            if (IsGoodUnit(e))
            {
                rawGood[e] = UnitChars[e];
            }
        }

        for (var e = n - 1; e > 0; e--)
        {
            rawGood[Parent[e]] += rawGood[e];
        }

        // The running text held by the best self-declared article container below each element (<article>,
        // <main>, itemprop=articleBody, entry-content…) that is not itself noise.
        var hintGood = new int[n];
        for (var e = n - 1; e >= 0; e--)
        {
            if (Noise[e] == NoiseKind.None && (ContentHint[e] || Elements[e].LocalName is "article" or "main"))
            {
                hintGood[e] = Math.Max(hintGood[e], rawGood[e]);
            }

            if (e > 0)
            {
                hintGood[Parent[e]] = Math.Max(hintGood[Parent[e]], hintGood[e]);
            }
        }

        var total = rawGood[0];
        for (var e = 0; e < n; e++)
        {
            var kind = Noise[e];
            if (kind is not (NoiseKind.None or NoiseKind.NonContent or NoiseKind.Hidden) && IsWrapper(e, kind, rawGood, hintGood, total))
            {
                Noise[e] = NoiseKind.None;
            }

            InNoise[e] = Noise[e] != NoiseKind.None || (Parent[e] >= 0 && InNoise[Parent[e]]);
        }

        for (var e = 0; e < n; e++)
        {
            var chars = UnitChars[e];
            if (chars == 0 || Noise[e] == NoiseKind.Hidden || (InNoise[e] && HiddenAncestor(e)))
            {
                continue;
            }

            if (InNoise[e])
            {
                Bad[e] += chars;
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

        for (var e = n - 1; e > 0; e--)
        {
            var p = Parent[e];
            Good[p] += Good[e];
            Bad[p] += Bad[e];
            GoodUnits[p] += GoodUnits[e];
        }
    }

    /// <summary>
    /// Whether an element with a noise word is really a wrapper around the article: pages put state and layout
    /// words on wrappers ("ad-portal", "is-showingReadNextSidebar", WordPress's "author-x tag-y" on the article).
    /// It is one when an article container inside it, not itself noise, holds most of its running text and a
    /// large part of the page's; or,
    /// for layout words only, when it holds most of the page's running text.
    /// </summary>
    private static bool IsWrapper(int e, NoiseKind kind, int[] rawGood, int[] hintGood, int total)
    {
        // The inner container must also be a large part of the page: teaser cards are <article>s too.
        // Comment threads and galleries are left out: their entries call themselves "post-text" too.
        if (kind is not (NoiseKind.Comments or NoiseKind.Caption) && rawGood[e] >= 200 && hintGood[e] >= 0.5 * rawGood[e] && hintGood[e] >= 0.3 * total)
        {
            return true;
        }

        return kind is not (NoiseKind.Comments or NoiseKind.Caption or NoiseKind.Related)
            && total > 0 && rawGood[e] >= 0.6 * total && rawGood[e] >= 400;
    }

    private bool IsShortCell(int e) =>
        Elements[e].LocalName is "td" or "th" && UnitChars[e] < 40 && UnitLinkChars[e] <= 0.5 * UnitChars[e];

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

    /// <summary>A unit that reads like running text: long enough and mostly not links.</summary>
    private bool IsGoodUnit(int e)
    {
        var chars = UnitChars[e];
        return chars >= 40 && UnitLinkChars[e] <= 0.35 * chars && (Traits[e] & TagTraits.Heading) == 0;
    }

    /// <summary>
    /// Counts characters that are not white space, weighting ideographic and syllabic scripts (Han, Kana, Hangul)
    /// three times: one such character carries about as much text as a short word and its space do in alphabetic
    /// scripts, so the same length thresholds work for Chinese, Japanese and Korean pages.
    /// </summary>
    public static int CountVisible(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c <= '\u2E7F')
            {
                if (!char.IsWhiteSpace(c))
                {
                    count++;
                }
            }
            else if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF'))
            {
                count += 3;
            }
            else if (c != '\u3000')
            {
                count++;
            }
        }

        return count;
    }
}
