using System.Buffers;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Decision;

/// <summary>
/// The candidates of the keep/drop decision and what the model knows about each. A candidate is a block that
/// owns visible text (a paragraph, list item, cell, heading, or a div with loose text); its features come from the
/// <see cref="DocumentIndex"/> already built, plus the wording of short blocks. Everything is computed in a few
/// linear passes over the index.
/// </summary>
/// <remarks>
/// The rows and the per-element context are rented from the shared pool: allocated afresh, they were the largest
/// arrays the decision made on every page. <see cref="Dispose"/> gives the rows back; a caller that never disposes
/// leaves them to the collector, as before.
/// </remarks>
internal sealed class BlockFeatures : IDisposable
{
    /// <summary>The feature names, in the order of each row; the model file lists the same names.</summary>
    public static readonly string[] Names =
    [
        "unit_chars_log", "unit_link_density", "subtree_chars_log", "subtree_link_density", "tag", "heading_level",
        "own_noise", "rules_in_noise", "noisy_ancestor_kind", "noisy_ancestor_distance", "noisy_ancestor_count",
        "in_article_container", "in_chrome_tag", "in_rules_root", "depth", "position_elements", "position_text",
        "running_text", "parent_good_share", "parent_good_units", "parent_link_density", "parent_children_log",
        "prev_chars_log", "prev_link_density", "next_chars_log", "next_link_density",
        "heading_above_boilerplate", "units_since_heading",
        "w_boilerplate_line", "w_boilerplate_prefix", "w_cookie", "w_newsletter", "w_credit", "w_date", "w_byline",
        "w_dateline", "w_copyright", "w_agency_credit",
        "page_chars_log", "page_good_share", "root_share_of_page", "unit_share_of_root", "root_good_share", "content_hint",
        "ends_with_punctuation", "all_short_neighbours",
        "up1_chars_log", "up1_link_density", "up1_good_share", "up2_chars_log", "up2_link_density", "up2_good_share",
        "up3_chars_log", "up3_link_density", "up3_good_share", "parent_tag",
        "words_log", "mean_word_length", "commas_per_word", "sentence_ends_per_word", "digit_share", "starts_upper",
        "page_units_log", "page_link_density", "page_article_elements_log", "page_headings_log", "page_list_item_share",
    ];

    public static int Count => Names.Length;

    /// <summary>
    /// The columns every row of a page holds the same value in (the page's own figures and its rules' container's):
    /// the model reads them once a page (<see cref="TreeEnsemble.Narrow"/>). They are 888 of the trees' 2,280 nodes.
    /// </summary>
    public static readonly int[] PageColumns = Columns(
        "page_chars_log", "page_good_share", "root_share_of_page", "root_good_share", "page_units_log", "page_link_density",
        "page_article_elements_log", "page_headings_log", "page_list_item_share");

    /// <summary>
    /// The columns that are figures of the candidate's parent and the two elements above it, and its depth (its
    /// parent's plus one): the same for siblings.
    /// </summary>
    public static readonly int[] ParentColumns = Columns(
        "depth", "parent_good_share", "parent_good_units", "parent_link_density", "parent_children_log", "parent_tag",
        "up1_chars_log", "up1_link_density", "up1_good_share", "up2_chars_log", "up2_link_density", "up2_good_share",
        "up3_chars_log", "up3_link_density", "up3_good_share");

    /// <summary>The other columns, which the model reads for each row.</summary>
    public static readonly int[] OwnColumns = Columns([.. PageColumns, .. ParentColumns], except: true);

    private static int[] Columns(params string[] names) => Columns([.. names.Select(n => Array.IndexOf(Names, n))], except: false);

    private static int[] Columns(int[] listed, bool except)
    {
        if (Array.IndexOf(listed, -1) >= 0)
        {
            throw new InvalidOperationException("A column list names a feature the rows do not have.");
        }

        return [.. Enumerable.Range(0, Names.Length).Where(f => Array.IndexOf(listed, f) >= 0 != except)];
    }

    private BlockFeatures(int[] units, int[] slots, float[] rows)
    {
        Units = units;
        _slots = slots;
        _rows = rows;
    }

    private int[] _slots;
    private float[] _rows;

    /// <summary>The candidates' ordinals, in document order.</summary>
    public int[] Units { get; }

    /// <summary>Whether the <paramref name="i"/>th candidate was described (not skipped).</summary>
    public bool Has(int i) => _slots[i] >= 0;

    /// <summary>The features of the <paramref name="i"/>th candidate of <see cref="Units"/>, in the order of <see cref="Names"/>.</summary>
    public ReadOnlySpan<float> Row(int i) => _rows.AsSpan(_slots[i] * Count, Count);

    /// <summary>Gives the rented rows back; the features must not be read after.</summary>
    public void Dispose()
    {
        if (_rows.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_slots);
            ArrayPool<float>.Shared.Return(_rows);
            (_slots, _rows) = ([], []);
        }
    }

    /// <summary>Describes the candidates of the page.</summary>
    /// <param name="index">The page's index.</param>
    /// <param name="rulesRoot">The container the hand-written rules chose (-1 for none).</param>
    /// <param name="skip">
    /// Per element, true when its row is not wanted (its row stays zero): the decision never asks about blocks the
    /// rules already call noise, and reading a block's own text is most of the features' cost. Null describes all.
    /// </param>
    /// <param name="reader">
    /// The model the rows are for, or null for complete rows (the training tool, the digest). Given, a feature that none
    /// of its trees reads may be left 0 when it is costly to compute: the scores are the same, since no node reads it.
    /// Only <c>w_date</c> is left so (the date reading's regexes were a tenth of the decision; the model of
    /// 3 December 2026 never reads it).
    /// </param>
    public static BlockFeatures Compute(DocumentIndex index, int rulesRoot, bool[]? skip = null, TreeEnsemble? reader = null)
    {
        var context = Context.Build(index, rulesRoot);
        try
        {
            return DescribeAll(index, context, skip, reader is null || reader.Reads(DateColumn));
        }
        finally
        {
            context.Return();
        }
    }

    /// <summary>The row's column of the feature the date reading gives (see <see cref="Compute"/>).</summary>
    private static readonly int DateColumn = Array.IndexOf(Names, "w_date");

    private static BlockFeatures DescribeAll(DocumentIndex index, Context context, bool[]? skip, bool dates)
    {
        var units = context.Units;
        var slots = ArrayPool<int>.Shared.Rent(Math.Max(1, units.Length));
        var described = 0;
        for (var i = 0; i < units.Length; i++)
        {
            slots[i] = skip is not null && skip[units[i]] ? -1 : described++;
        }

        // Every field of a described row is written below; cleared all the same, so no row can read another page's.
        var rows = ArrayPool<float>.Shared.Rent(Math.Max(1, described * Count));
        Array.Clear(rows, 0, described * Count);
        var lastHeadingBoilerplate = 0f;
        var sinceHeading = 0;
        for (var i = 0; i < units.Length; i++)
        {
            var e = units[i];
            var heading = (index.Traits[e] & TagTraits.Heading) != 0;
            if (skip is not null && skip[e])
            {
                // Skipped, but a heading still tells the blocks below it whether it is a boilerplate heading.
                if (heading)
                {
                    lastHeadingBoilerplate = WordingEvidence.IsBoilerplateLine(UnitText.Of(index, e).AsSpan().Trim()) ? 1 : 0;
                    sinceHeading = 0;
                }
                else
                {
                    sinceHeading++;
                }

                continue;
            }

            var row = rows.AsSpan(slots[i] * Count, Count);
            var text = UnitText.Of(index, e);
            var wording = WordingEvidence.OfTrimmed(text, dates);
            Shape(text, row);
            Describe(index, context, i, row);
            row[26] = lastHeadingBoilerplate;
            row[27] = Math.Min(sinceHeading, 50);
            for (var bit = 0; bit < 10; bit++)
            {
                row[28 + bit] = ((int)wording & (1 << bit)) != 0 ? 1 : 0;
            }

            var trimmed = text.AsSpan().TrimEnd();
            row[44] = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '。' or ':' ? 1 : 0;
            if (heading)
            {
                lastHeadingBoilerplate = (wording & Wording.BoilerplateLine) != 0 ? 1 : 0;
                sinceHeading = 0;
            }
            else
            {
                sinceHeading++;
            }
        }

        return new BlockFeatures(units, slots, rows);
    }

    private static void Describe(DocumentIndex index, Context c, int i, Span<float> row)
    {
        var e = c.Units[i];
        var parent = Math.Max(0, index.Parent[e]);
        row[0] = Log(index.UnitChars[e]);
        row[1] = Ratio(index.UnitLinkChars[e], index.UnitChars[e]);
        row[2] = Log(index.Chars[e]);
        row[3] = Ratio(index.LinkChars[e], index.Chars[e]);
        // Names read through the element class (a direct call; the interface's is a dispatch stub).
        var name = Unsafe.As<Element>(index.Elements[e]).LocalName;
        row[4] = TagCode(name);
        row[5] = Tags.HeadingLevel(name);
        row[6] = (float)index.Noise[e];
        row[7] = index.InNoise[e] ? 1 : 0;
        ref readonly var facts = ref c.Facts[e];
        row[8] = facts.NoisyKind;
        row[9] = Math.Min(facts.NoisyDistance, 30);
        row[10] = facts.NoisyCount;
        row[11] = facts.InArticle ? 1 : 0;
        row[12] = facts.InChrome ? 1 : 0;
        row[13] = c.RulesRoot >= 0 && e >= c.RulesRoot && e < index.SubtreeEnd[c.RulesRoot] ? 1 : 0;
        row[14] = Math.Min(facts.Depth, 60);
        row[15] = Ratio(e, index.Count);
        row[16] = Ratio(c.TextBefore[i], c.TotalUnitChars);
        row[17] = index.IsRunningText(e) ? 1 : 0;
        row[18] = Ratio(index.Good[parent], index.Good[parent] + index.Bad[parent]);
        row[19] = Math.Min(index.GoodUnits[parent], 200);
        row[20] = Ratio(index.LinkChars[parent], index.Chars[parent]);
        row[21] = Log(c.Facts[parent].Children);
        Neighbour(index, c, i - 1, row, 22);
        Neighbour(index, c, i + 1, row, 24);
        row[38] = Log(index.Chars[0]);
        row[39] = Ratio(index.Good[0], index.Good[0] + index.Bad[0]);
        row[40] = c.RulesRoot >= 0 ? Ratio(index.Chars[c.RulesRoot], index.Chars[0]) : 0;
        row[41] = c.RulesRoot >= 0 ? Ratio(index.UnitChars[e], index.Chars[c.RulesRoot]) : 0;
        row[42] = c.RulesRoot >= 0 ? Ratio(index.Good[c.RulesRoot], index.Good[c.RulesRoot] + index.Bad[c.RulesRoot]) : 0;
        row[43] = index.ContentHint[e] ? 1 : 0;
        row[45] = ShortNeighbours(index, c, i);
        var up = e;
        for (var k = 0; k < 3; k++)
        {
            up = Math.Max(0, index.Parent[up]);
            row[46 + (3 * k)] = Log(index.Chars[up]);
            row[47 + (3 * k)] = Ratio(index.LinkChars[up], index.Chars[up]);
            row[48 + (3 * k)] = Ratio(index.Good[up], index.Good[up] + index.Bad[up]);
        }

        row[55] = TagCode(Unsafe.As<Element>(index.Elements[parent]).LocalName);
        row[62] = Log(c.Units.Length);
        row[63] = Ratio(index.LinkChars[0], index.Chars[0]);
        row[64] = Log(c.ArticleElements);
        row[65] = Log(c.Headings);
        row[66] = Ratio(c.ListItems, c.Units.Length);
    }

    /// <summary>Words, their length, commas and sentence ends: prose reads differently from labels and menus.</summary>
    private static void Shape(string text, Span<float> row)
    {
        var shape = ProseShape.Of(text);
        row[56] = Log(shape.Words);
        row[57] = shape.Words == 0 ? 0 : (float)shape.Letters / shape.Words;
        row[58] = Ratio(shape.Commas, shape.Words);
        row[59] = Ratio(shape.Ends, shape.Words);
        row[60] = Ratio(shape.Digits, shape.Visible);
        row[61] = Math.Max(0, shape.FirstUpper);
    }

    private static void Neighbour(DocumentIndex index, Context c, int j, Span<float> row, int at)
    {
        if (j < 0 || j >= c.Units.Length)
        {
            row[at] = 0;
            row[at + 1] = 0;
            return;
        }

        var n = c.Units[j];
        row[at] = Log(index.UnitChars[n]);
        row[at + 1] = Ratio(index.UnitLinkChars[n], index.UnitChars[n]);
    }

    /// <summary>How many of the two units on each side are short (under 40 characters): menus and tag clouds come in runs.</summary>
    private static float ShortNeighbours(DocumentIndex index, Context c, int i)
    {
        var count = 0;
        for (var j = i - 2; j <= i + 2; j++)
        {
            if (j != i && j >= 0 && j < c.Units.Length && index.UnitChars[c.Units[j]] < 40)
            {
                count++;
            }
        }

        return count;
    }

    private static byte TagCode(string name) => name switch
    {
        "p" => 1,
        "li" => 2,
        "td" or "th" => 3,
        "div" => 4,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => 5,
        "blockquote" => 6,
        "pre" => 7,
        "dd" or "dt" => 8,
        "section" or "article" or "main" => 9,
        "figcaption" => 10,
        "span" or "a" or "font" => 11,
        "body" => 12,
        "header" or "footer" or "nav" or "aside" => 13,
        "center" => 14,
        _ => 0,
    };

    private static float Log(int value) => MathF.Log(1 + Math.Max(0, value));

    private static float Ratio(long part, long whole) => whole <= 0 ? 0 : (float)part / whole;

    /// <summary>
    /// What the context knows of one element, read from its parent's: depth, the nearest noisy ancestor's kind and
    /// distance, how many noisy ancestors, inside an article container or a chrome tag, hidden, and its child count.
    /// One record an element, so that reading a parent's facts reads one cache line, not seven arrays.
    /// </summary>
    private struct Facts
    {
        public int Depth;
        public float NoisyKind;
        public int NoisyDistance;
        public int NoisyCount;
        public int Children;
        public bool InArticle;
        public bool InChrome;
        public bool Hidden;
    }

    /// <summary>Per-element facts gathered in one pass in document order (parents before children).</summary>
    private sealed class Context
    {
        public required int[] Units { get; init; }
        public required int RulesRoot { get; init; }
        public required Facts[] Facts { get; init; }
        public required long[] TextBefore { get; init; }
        public required long TotalUnitChars { get; init; }
        public required int ArticleElements { get; init; }
        public required int Headings { get; init; }
        public required int ListItems { get; init; }

        public static Context Build(DocumentIndex index, int rulesRoot)
        {
            var n = index.Count;
            // Each element's facts are written whole before its children count themselves into them (a parent comes
            // before its children): not cleared.
            var facts = ArrayPool<Facts>.Shared.Rent(Math.Max(1, n));
            // The candidates, gathered in a rented buffer and copied out at their count: a growing list copied itself
            // over and over on pages of thousands of blocks.
            var units = ArrayPool<int>.Shared.Rent(Math.Max(1, n));
            var unitCount = 0;
            int articles = 0, headings = 0, items = 0;
            for (var e = 0; e < n; e++)
            {
                facts[e] = FactsOf(index, e, facts);
                // The tag's traits tell article and main from the rest: the element itself is read only for those. Reading
                // every element's name here touched each element object again after the index's walk.
                if ((index.Traits[e] & TagTraits.Landmark) != 0 && Unsafe.As<Element>(index.Elements[e]).LocalName == "article")
                {
                    articles++;
                }

                if (index.UnitChars[e] > 0 && !facts[e].Hidden)
                {
                    units[unitCount++] = e;
                    headings += (index.Traits[e] & TagTraits.Heading) != 0 ? 1 : 0;
                    items += (index.Traits[e] & TagTraits.ListItem) != 0 ? 1 : 0;
                }
            }

            var before = ArrayPool<long>.Shared.Rent(Math.Max(1, unitCount));
            long total = 0;
            for (var i = 0; i < unitCount; i++)
            {
                before[i] = total;
                total += index.UnitChars[units[i]];
            }

            var exact = units.AsSpan(0, unitCount).ToArray();
            ArrayPool<int>.Shared.Return(units);
            return new Context
            {
                Units = exact, RulesRoot = rulesRoot, Facts = facts, TextBefore = before, TotalUnitChars = total,
                ArticleElements = articles, Headings = headings, ListItems = items,
            };
        }

        /// <summary>The element's facts from its own verdicts and its parent's facts, counting it among the parent's children.</summary>
        private static Facts FactsOf(DocumentIndex index, int e, Facts[] facts)
        {
            var noise = index.Noise[e];
            var own = noise is not (NoiseKind.None or NoiseKind.NonContent or NoiseKind.Hidden);
            var traits = index.Traits[e];
            var article = index.ContentHint[e] || (traits & TagTraits.Landmark) != 0;
            var chrome = (traits & TagTraits.Chrome) != 0;
            var p = index.Parent[e];
            if (p < 0)
            {
                return new Facts
                {
                    NoisyKind = own ? (float)noise : 0, NoisyCount = own ? 1 : 0, InArticle = article, InChrome = chrome, Hidden = noise == NoiseKind.Hidden,
                };
            }

            ref var up = ref facts[p];
            up.Children++;
            return new Facts
            {
                Depth = up.Depth + 1,
                NoisyKind = own ? (float)noise : up.NoisyKind,
                NoisyDistance = own ? 0 : up.NoisyKind != 0 ? up.NoisyDistance + 1 : 0,
                NoisyCount = (own ? 1 : 0) + up.NoisyCount,
                InArticle = article || up.InArticle,
                InChrome = chrome || up.InChrome,
                Hidden = noise == NoiseKind.Hidden || up.Hidden,
            };
        }

        /// <summary>Gives the per-element arrays back to the pool.</summary>
        public void Return()
        {
            ArrayPool<Facts>.Shared.Return(Facts);
            ArrayPool<long>.Shared.Return(TextBefore);
        }
    }
}
