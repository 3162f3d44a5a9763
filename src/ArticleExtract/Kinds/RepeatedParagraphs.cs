using System.Buffers;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// A page that prints a stretch of its text twice in a row: a responsive layout writes a desktop and a mobile copy of
/// the same introduction, or of the same questions and answers, one after the other and shows only one. A stretch of
/// different lines that repeats the stretch just before it, word for word and in order, with at least three paragraphs
/// of running length, is read once. A paragraph that is one phrase printed over and over ("Book now * Book now * …",
/// a scrolling band's track copied to loop without a seam) is decoration, not text, and is left out. Lists, tables
/// and code are never left out, and lines repeated among others stay:
/// a meal plan repeats its pairs of lines day after day and a pricing page its plans' features, on purpose. Not for
/// documentation (a tutorial repeats its commands), nor products, listings and threads (they read each block once).
/// </summary>
internal static class RepeatedParagraphs
{
    /// <summary>The sections without second copies of a stretch of paragraphs; the same list when nothing repeats.</summary>
    /// <param name="sections">The sections, in reading order.</param>
    /// <returns>The sections; a section whose blocks were all a copy goes with its heading.</returns>
    public static IReadOnlyList<Section> Without(IReadOnlyList<Section> sections)
    {
        var drop = Repeats(sections);
        if (drop.Count == 0)
        {
            return sections;
        }

        var result = new List<Section>(sections.Count);
        foreach (var section in sections)
        {
            var kept = section.Blocks.Where(block => !drop.Contains(block)).ToList();
            if (kept.Count == 0 && section.Blocks.Count > 0)
            {
                continue;
            }

            result.Add(kept.Count == section.Blocks.Count ? section : section with { Blocks = kept });
        }

        return result;
    }

    // The paragraphs of second copies. The page is read as one sequence of lines (headings and paragraphs; images
    // step aside, and a list, a table, a quote or code breaks it). A stretch of different lines that repeats, word for
    // word and in order, the stretch just before it (at most Thresholds.RepeatedCopyMaxGap lines between them) is a
    // second copy when at least Thresholds.RepeatedRunMinParagraphs of its lines are paragraphs of running length. A
    // meal plan or a price list repeats some lines among others, not a whole stretch right after itself.
    private static HashSet<Block> Repeats(IReadOnlyList<Section> sections)
    {
        var sequence = Sequence(sections);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Count; i++)
        {
            if (sequence[i].Text is { } text)
            {
                first.TryAdd(text, i);
            }
        }

        var drop = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        foreach (var (text, block) in sequence)
        {
            if (block is not null && IsMarquee(text!))
            {
                drop.Add(block);
            }
        }

        for (var j = 0; j < sequence.Count;)
        {
            var (text, block) = sequence[j];
            var original = block is not null && text is not null ? first[text] : j;
            var length = original < j ? CopyLength(sequence, original, j) : 0;
            if (length == 0 || j - (original + length) > Thresholds.RepeatedCopyMaxGap || RunningParagraphs(sequence, j, length) < Thresholds.RepeatedRunMinParagraphs)
            {
                // A rejected stretch is passed whole: a stretch starting inside it repeats the same lines further from
                // their first copy and holds fewer paragraphs, so it fails too, and looking again at each of its lines
                // made the walk quadratic (two copies of 20,000 short lines, 2 s became 19 s).
                j += Math.Max(1, length);
                continue;
            }

            for (var k = j; k < j + length; k++)
            {
                if (sequence[k].Block is { } copied)
                {
                    drop.Add(copied);
                }
            }

            j += length;
        }

        return drop;
    }

    // Headings (without a block) and paragraphs (with theirs) by their text; a list, table, quote or code as no text.
    private static List<(string? Text, Block? Block)> Sequence(IReadOnlyList<Section> sections)
    {
        var sequence = new List<(string? Text, Block? Block)>();
        foreach (var section in sections)
        {
            if (section.Heading is { } heading)
            {
                sequence.Add((heading, null));
            }

            foreach (var block in section.Blocks)
            {
                if (block is ParagraphBlock)
                {
                    sequence.Add((block.Text, block));
                }
                else if (block is not ImageBlock)
                {
                    sequence.Add((null, null));
                }
            }
        }

        return sequence;
    }

    // How many lines from copy on repeat those from original, in order, each different from the others.
    private static int CopyLength(List<(string? Text, Block? Block)> sequence, int original, int copy)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var k = 0;
        while (copy + k < sequence.Count && original + k < copy && sequence[original + k].Text is { } a
            && string.Equals(a, sequence[copy + k].Text, StringComparison.Ordinal) && texts.Add(a))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// Whether the text, white space aside, is one phrase of <see cref="Thresholds.MarqueePhraseMinChars"/> to
    /// <see cref="Thresholds.MarqueePhraseMaxChars"/> characters and two words or more, not ending as a sentence does, repeated <see cref="Thresholds.MarqueeMinRepeats"/> times or more and nothing else: its shortest
    /// period (the prefix function's) divides it.
    /// </summary>
    internal static bool IsMarquee(string text)
    {
        if (text.Length < Thresholds.MarqueeMinRepeats * Thresholds.MarqueePhraseMinChars)
        {
            return false;
        }

        // Pooled: every paragraph of a page is asked.
        var letters = ArrayPool<char>.Shared.Rent(text.Length);
        var border = ArrayPool<int>.Shared.Rent(text.Length);
        try
        {
            return IsMarquee(text, letters, border);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(letters);
            ArrayPool<int>.Shared.Return(border);
        }
    }

    private static bool IsMarquee(string text, char[] letters, int[] border)
    {
        var n = 0;
        var words = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                letters[n++] = text[i];
                words += i == 0 || char.IsWhiteSpace(text[i - 1]) ? 1 : 0;
            }
        }

        if (n < Thresholds.MarqueeMinRepeats * Thresholds.MarqueePhraseMinChars)
        {
            return false;
        }

        // The prefix function: border[i] is the length of the longest proper prefix of letters[..(i + 1)] that is also its suffix.
        border[0] = 0;
        for (var i = 1; i < n; i++)
        {
            var k = border[i - 1];
            while (k > 0 && letters[i] != letters[k])
            {
                k = border[k - 1];
            }

            border[i] = letters[i] == letters[k] ? k + 1 : k;
        }

        // A sentence said over and over is still a sentence (a chant, a filler), and one word over and over a word: a
        // band's phrase is a call or a slogan of a few words, short and without a sentence's end.
        var period = n - border[n - 1];
        var repeats = n / period;
        return n % period == 0 && period >= Thresholds.MarqueePhraseMinChars && period <= Thresholds.MarqueePhraseMaxChars
            && repeats >= Thresholds.MarqueeMinRepeats && words >= 2 * repeats
            && letters[period - 1] is not ('.' or '!' or '?' or '。' or '！' or '？' or '…');
    }

    private static int RunningParagraphs(List<(string? Text, Block? Block)> sequence, int start, int length)
    {
        var count = 0;
        for (var k = start; k < start + length; k++)
        {
            if (sequence[k].Block is not null && sequence[k].Text!.Length >= Thresholds.RepeatedParagraphMinChars)
            {
                count++;
            }
        }

        return count;
    }
}
