using AngleSharp.Dom;
using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Metadata;

namespace ArticleExtract.Kinds;

/// <summary>
/// Reads a forum thread as its posts, each once. A reply that quotes an earlier post repeats that post's text in a
/// block quotation; a reader of the thread has read it already. Only quotations whose text the thread has shown
/// before are dropped, so a post quoting a manual, a law or an article (text that appears nowhere else on the page)
/// keeps its quotation. Likewise the short plain lines every post carries (the poster's join date and post count
/// labels, "share" and "reply" prompts) repeat from post to post, which a post's own words do not; so do the lines that
/// differ only in their numbers (each poster's post count and badges, each post's time stamp), counted by their shape
/// with the numbers left out. Language-independent: no "said:", "wrote:" or "joined" vocabulary, only the repetition.
/// </summary>
internal static class ThreadReader
{
    /// <summary>Class and id words of the signatures forum engines print under every post (<c>Vocabulary/page-kinds.txt</c>).</summary>
    private static readonly MarkupWords Signatures = new("forum-signature-tokens", NoiseKind.ArticleMeta);

    /// <summary>
    /// Marks the posters' signatures as noise, so that a new reading of <paramref name="content"/> leaves them out: a
    /// signature is the poster's standing footer (their setup, their links, a motto), printed under each of their posts,
    /// not part of what they wrote in the thread. Only on a page classified a thread, by the engines' markup.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text of the reading was marked.</returns>
    public static bool MarkSignatures(DocumentIndex index, int content) => Signatures.Mark(index, content);

    /// <summary>
    /// Lifts the sidebar mark of the quotations inside <paramref name="content"/>: several engines frame a quoted post
    /// in an <c>&lt;aside&gt;</c> (the quote's source line over a block quotation), which on an article is a pull quote or
    /// a box beside the text, but inside a post is the passage the reply answers. Quotations that repeat an earlier
    /// post of the thread are dropped with the others (<see cref="WithoutRepeatedQuotes"/>); a passage quoted from
    /// elsewhere (another thread, a document) is read with the reply.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text of the reading was shown.</returns>
    public static bool ShowQuotations(DocumentIndex index, int content)
    {
        var shown = false;
        var end = index.SubtreeEnd[content];
        for (var e = content + 1; e < end; e++)
        {
            if (!index.InNoise[e])
            {
                continue;
            }

            if (index.Noise[e] == NoiseKind.Sidebar && !index.InNoise[index.Parent[e]] && index.Elements[e].LocalName == "aside" && HoldsQuotation(index, e))
            {
                shown |= index.LiftNoise(e);
            }

            e = index.SubtreeEnd[e] - 1;
        }

        return shown;
    }

    /// <summary>Whether the element holds a block quotation of running text, no marked part inside it.</summary>
    private static bool HoldsQuotation(DocumentIndex index, int e)
    {
        var quoted = false;
        for (var d = e + 1; d < index.SubtreeEnd[e]; d++)
        {
            if (index.Noise[d] != NoiseKind.None)
            {
                return false;
            }

            quoted |= index.Elements[d].LocalName == "blockquote" && RunningChars(index, d) > 0;
        }

        return quoted;
    }

    /// <summary>
    /// The reading root that holds the thread's replies too, or -1 when the page shows none apart from the reading. The
    /// markup of many engines and themes calls the replies "comments", a word that on an article marks the readers'
    /// comments below it; on a thread whose reading kept only the opening post they are what its reader came for, so
    /// their comment-thread marks are lifted (other noise inside them, a share bar or a signature, stays) and the root
    /// grows to the nearest element holding both the reading and the replies. Comments inside the reading stay out: a
    /// question-and-answer page's comments under each answer are asides, not answers.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>The new root, or -1.</returns>
    public static int WithReplies(DocumentIndex index, int content)
    {
        var root = content;
        var lifted = false;
        for (var e = 0; e < index.Count; e++)
        {
            var parent = index.Parent[e];
            if (index.Noise[e] != NoiseKind.Comments || (parent >= 0 && index.InNoise[parent]) || (e > content && e < index.SubtreeEnd[content]))
            {
                continue;
            }

            if (RunningChars(index, e) >= Thresholds.KindThreadMinRepliesChars)
            {
                Lift(index, e);
                root = CommonAncestor(index, root, e);
                lifted = true;
            }

            e = index.SubtreeEnd[e] - 1;
        }

        return lifted ? WithFieldsMarked(index, root) : -1;
    }

    /// <summary>
    /// The reading root again, with the comment-thread marks inside it lifted, when the replies marked up as comments
    /// inside the reading hold at least as much running text as the rest of the reading: a thread whose reading root
    /// is the page's column (a link post above its comments, an opening post above the replies) kept almost nothing
    /// of what its reader came for. Not when the reading outweighs them: a question-and-answer page's comments under
    /// each answer are asides. A form framing the posts or a post's text (an engine's multi-quote, moderation or
    /// in-place editing form) is lifted with them when it holds running text; a reply form holds none. -1 when
    /// nothing is lifted.
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>The reading root, or -1.</returns>
    public static int WithInnerReplies(DocumentIndex index, int content)
    {
        var (own, replies) = (0, 0);
        var end = index.SubtreeEnd[content];
        for (var e = content; e < end; e++)
        {
            if (index.Noise[e] == NoiseKind.Comments && e != content && !index.InNoise[index.Parent[e]])
            {
                replies += RunningChars(index, e);
                e = index.SubtreeEnd[e] - 1;
                continue;
            }

            own += !index.InNoise[e] && index.IsRunningText(e) ? index.UnitChars[e] : 0;
        }

        if (replies < Thresholds.KindThreadMinRepliesChars || replies < own)
        {
            return -1;
        }

        for (var e = content + 1; e < end; e++)
        {
            if (index.Noise[e] == NoiseKind.Comments && !index.InNoise[index.Parent[e]])
            {
                Lift(index, e, liftForms: true);
                e = index.SubtreeEnd[e] - 1;
            }
        }

        return WithFieldsMarked(index, content);
    }

    /// <summary>
    /// The parent of the thread's posts, when the reading kept one post (or a part of one) of a run of posts marked up
    /// alike: the reading root, or one of its nearest ancestors, has siblings of its tag and class that hold running
    /// text and, together with it, most of their parent's text. Forum engines print each post in the same frame; a
    /// reading that chose the opening post's text (the longest, often) leaves the replies beside it, which on a thread
    /// are what its reader came for. -1 when the reading holds the run already or no such run is found.
    /// </summary>
    /// <param name="index">The page's index.</param>
    /// <param name="content">The reading root.</param>
    /// <returns>The new root, or -1.</returns>
    public static int WithSiblingPosts(DocumentIndex index, int content)
    {
        var post = content;
        for (var level = 0; level <= Thresholds.KindThreadPostLevels && post > 0; level++, post = index.Parent[post])
        {
            var parent = index.Parent[post];
            if (parent < 0 || index.InNoise[parent])
            {
                return -1;
            }

            var className = index.Elements[post].GetAttribute("class");
            if (!string.IsNullOrWhiteSpace(className) && IsPostRun(index, post, parent, className))
            {
                return index.Chars[parent] >= Thresholds.KindThreadPostRunGrowth * index.Chars[content] ? WithFieldsMarked(index, parent) : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="post"/>'s siblings of its tag and class make a run of posts with it.</summary>
    private static bool IsPostRun(DocumentIndex index, int post, int parent, string className)
    {
        var tag = index.Elements[post].LocalName;
        var (members, chars, otherRunning) = (0, 0, 0);
        for (var c = parent + 1; c < index.SubtreeEnd[parent]; c = index.SubtreeEnd[c])
        {
            var element = index.Elements[c];
            if (index.InNoise[c] || element.LocalName != tag || !string.Equals(element.GetAttribute("class"), className, StringComparison.Ordinal))
            {
                continue;
            }

            members++;
            chars += index.Chars[c];
            otherRunning += c == post ? 0 : RunningChars(index, c);
        }

        return members >= Thresholds.KindThreadPostRun && otherRunning >= Thresholds.KindThreadMinRepliesChars
            && chars >= Thresholds.KindThreadPostRunShare * index.Chars[parent];
    }

    /// <summary>The grown root, the posters' card fields of its posts marked (<see cref="PostFields"/>) and their time stamps lifted (<see cref="PostStamps"/>), as the first reading's were.</summary>
    private static int WithFieldsMarked(DocumentIndex index, int root)
    {
        PostFields.Mark(index, root);
        PostStamps.Lift(index, root);
        ShowQuotations(index, root);
        return root;
    }

    private static int RunningChars(DocumentIndex index, int e)
    {
        var chars = 0;
        for (var d = e; d < index.SubtreeEnd[e]; d++)
        {
            chars += index.IsRunningText(d) ? index.UnitChars[d] : 0;
        }

        return chars;
    }

    /// <summary>
    /// Lifts the comment-thread marks in the subtree of <paramref name="e"/> (whose parent is not noise), and with
    /// <paramref name="liftForms"/> the marks of forms holding running text, and recomputes which elements lie inside noise.
    /// </summary>
    private static void Lift(DocumentIndex index, int e, bool liftForms = false)
    {
        for (var d = e; d < index.SubtreeEnd[e]; d++)
        {
            if (index.Noise[d] == NoiseKind.Comments
                || (liftForms && index.Noise[d] == NoiseKind.Form && RunningChars(index, d) > 0))
            {
                index.Noise[d] = NoiseKind.None;
            }

            var parent = index.Parent[d];
            index.InNoise[d] = index.Noise[d] != NoiseKind.None || (d != e && index.InNoise[parent]);
        }
    }

    private static int CommonAncestor(DocumentIndex index, int a, int b)
    {
        while (a > 0 && !(b >= a && b < index.SubtreeEnd[a]))
        {
            a = index.Parent[a];
        }

        return a;
    }

    /// <summary>
    /// What a thread page shows of its thread when the reading found none of its posts' text: a link post, whose whole
    /// post is its headline and the link, its replies loaded by script and not in the page, is read as that headline
    /// (the page's <c>&lt;h1&gt;</c>, in its main region when it marks one). Not the page's description: a script shell whose
    /// posts are all drawn in the browser holds no post to read, and its description is a cut of the opening post
    /// (measured on WCXB-dev tuning: three such shells gained less than a fourth, whose truth is empty, lost).
    /// </summary>
    /// <param name="page">The page's elements by name.</param>
    /// <returns>The sections; empty when the page shows no headline.</returns>
    public static IReadOnlyList<Section> LinkPost(PageElements page)
    {
        var headline = Collapsed(Headline(page));
        return headline.Length == 0 ? [] : [new Section(null, 0, [new ParagraphBlock([new Inline(headline)])])];
    }

    /// <summary>The first <c>&lt;h1&gt;</c> with text inside the page's main region, or anywhere in the body when it marks none.</summary>
    private static string? Headline(PageElements page)
    {
        foreach (var h1 in page.H1s)
        {
            if (page.Mains.Count > 0 && !InAny(h1, page.Mains))
            {
                continue;
            }

            var text = HeadlineText.Of(h1);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return null;
    }

    private static bool InAny(IElement element, List<IElement> regions)
    {
        foreach (var region in regions)
        {
            if (region.Contains(element))
            {
                return true;
            }
        }

        return false;
    }

    private static string Collapsed(string? text) =>
        string.IsNullOrWhiteSpace(text) ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The thread's posts: repeated quotations and the lines repeated around every post left out.</summary>
    /// <param name="sections">The thread's sections, in reading order.</param>
    /// <returns>The sections, the same list when nothing is repeated.</returns>
    public static IReadOnlyList<Section> Read(IReadOnlyList<Section> sections) =>
        SectionFilter.Map(WithoutRepeatedLines(WithoutRepeatedQuotes(sections)), block => block is CodeBlock code ? WithoutRepeatedEntries(code) : block);

    /// <summary>
    /// The code block without the runs of lines it printed before: a log pasted into a post repeats the same error and
    /// its stack trace entry after entry, which its reader reads once. Only runs of at least
    /// <see cref="Thresholds.KindThreadLogRunLines"/> lines and <see cref="Thresholds.KindThreadLogRunChars"/> characters,
    /// each line printed word for word earlier in the block, are dropped; a program's recurring short lines (a closing
    /// brace, a counter's output) and the lines differing in a number (each entry's time stamp) stay.
    /// </summary>
    /// <param name="code">A code block of a post.</param>
    /// <returns>The block, the same instance when no run repeats.</returns>
    internal static CodeBlock WithoutRepeatedEntries(CodeBlock code)
    {
        var lines = code.Code.Split('\n');
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            repeated[i] = line.Length > 0 && !seen.Add(line);
        }

        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length;)
        {
            var (run, chars) = (i, 0);
            while (run < lines.Length && repeated[run])
            {
                chars += lines[run++].Length;
            }

            if (run - i >= Thresholds.KindThreadLogRunLines && chars >= Thresholds.KindThreadLogRunChars)
            {
                i = run;
                continue;
            }

            kept.Add(lines[i]);
            i++;
        }

        return kept.Count == lines.Length ? code : code with { Code = string.Join('\n', kept) };
    }

    /// <summary>
    /// The sections without the short plain paragraphs that recur around the posts. A paragraph that is a link (the
    /// poster's name) stays: a reader wants to know who wrote each post.
    /// </summary>
    /// <param name="sections">The thread's sections.</param>
    /// <returns>The sections, the same list when no line recurs.</returns>
    public static IReadOnlyList<Section> WithoutRepeatedLines(IReadOnlyList<Section> sections)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            foreach (var block in section.Blocks)
            {
                if (IsChromeCandidate(block))
                {
                    var shape = Shape(block.Text);
                    counts[shape] = counts.GetValueOrDefault(shape) + 1;
                }
            }
        }

        return SectionFilter.Keep(sections, block => !IsChromeCandidate(block) || counts[Shape(block.Text)] < Thresholds.KindThreadLineRepeats);
    }

    /// <summary>
    /// The line with each number (digits, and the separators between them: "4,032", "26.3", "2021-04-08T04:06") as one
    /// mark: the lines around posts that differ only in their counts and times share a shape. The text itself when it
    /// holds no digit.
    /// </summary>
    internal static string Shape(string text)
    {
        var digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            return text;
        }

        var shape = new System.Text.StringBuilder(text.Length);
        shape.Append(text.AsSpan(0, digit));
        for (var i = digit; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                shape.Append(text[i]);
                continue;
            }

            shape.Append('#');
            while (i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1])
                || (text[i + 1] is '.' or ',' or ':' or '-' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]))))
            {
                i++;
            }
        }

        return shape.ToString();
    }

    private static bool IsChromeCandidate(Block block)
    {
        if (block is not ParagraphBlock paragraph || paragraph.Text.Length > Thresholds.KindThreadLineMaxChars)
        {
            return false;
        }

        foreach (var inline in paragraph.Inlines)
        {
            if (inline.IsLink)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sections without block quotations that repeat earlier text of the thread.</summary>
    /// <param name="sections">The thread's sections, in reading order.</param>
    /// <returns>The sections, the same list when nothing is repeated.</returns>
    public static IReadOnlyList<Section> WithoutRepeatedQuotes(IReadOnlyList<Section> sections)
    {
        var earlier = new EarlierText();
        return SectionFilter.Keep(sections, block =>
        {
            if (block is QuoteBlock quote)
            {
                return !Repeats(quote, earlier);
            }

            earlier.Add(block.Text);
            return true;
        });
    }

    /// <summary>Whether most of the quotation's text (by characters) appears earlier in the thread, paragraph by paragraph.</summary>
    private static bool Repeats(QuoteBlock quote, EarlierText earlier)
    {
        var total = 0;
        var repeated = 0;
        foreach (var paragraph in quote.Paragraphs)
        {
            var trimmed = paragraph.AsSpan().Trim();
            total += trimmed.Length;
            repeated += trimmed.Length > 0 && earlier.Holds(trimmed) ? trimmed.Length : 0;
        }

        return total > 0 && repeated >= total * Thresholds.KindRepeatedQuoteShare;
    }

    /// <summary>
    /// The thread's text before the current block, searched for quoted paragraphs. Each search looks through every
    /// earlier block, so a page of many quotations after a long text cost their product (a 14 MB thread of 10,000
    /// quotations after its first post: 8 s against 2 s for as many plain lines). The characters looked through are
    /// bounded by <see cref="Thresholds.KindQuoteSearchFloorChars"/> plus <see cref="Thresholds.KindQuoteSearchPerChar"/>
    /// per character of the thread read so far; past it a quotation is read as new, the lesser harm than dropping it.
    /// </summary>
    private sealed class EarlierText
    {
        private readonly List<string> _texts = [];
        private long _read;
        private long _searched;

        public void Add(string text)
        {
            _texts.Add(text);
            _read += text.Length;
        }

        public bool Holds(ReadOnlySpan<char> text)
        {
            _read += text.Length;
            foreach (var earlier in _texts)
            {
                // A shorter text cannot hold it, and costs no search.
                if (earlier.Length < text.Length)
                {
                    continue;
                }

                _searched += earlier.Length;
                if (_searched > Thresholds.KindQuoteSearchFloorChars + (Thresholds.KindQuoteSearchPerChar * _read))
                {
                    return false;
                }

                if (earlier.AsSpan().Contains(text, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
