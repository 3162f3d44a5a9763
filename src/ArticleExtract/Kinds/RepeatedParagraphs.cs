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
        // Sized for every heading and block (images, left out, are few): grown by doubling, a huge page's list was
        // written about twice over.
        var capacity = 0;
        foreach (var section in sections)
        {
            capacity += section.Blocks.Count + 1;
        }

        var sequence = new List<(string? Text, Block? Block)>(capacity);
        foreach (var section in sections)
        {
            if (section.Heading is { } heading)
            {
                sequence.Add((heading, null));
            }

            var blocks = section.Blocks;
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
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
    /// period divides it.
    /// </summary>
    internal static bool IsMarquee(string text)
    {
        if (text.Length < Thresholds.MarqueeMinRepeats * Thresholds.MarqueePhraseMinChars)
        {
            return false;
        }

        // Pooled: every paragraph of a page is asked.
        var letters = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            return IsMarquee(text, letters);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(letters);
        }
    }

    private static bool IsMarquee(string text, char[] letters)
    {
        // A phrase said over and over repeats from its first letters on, so a paragraph whose first letters repeat by no
        // length of a phrase is none; prose shows it within its opening words, and is read no further (the letters of
        // every paragraph, read whole, were most of this test's time).
        const int opening = (2 * Thresholds.MarqueePhraseMaxChars) + 1;
        var at = 0;
        var words = 0;
        var n = Letters(text, ref at, letters, 0, ref words, opening);
        if (at < text.Length && !RepeatsWithin(letters.AsSpan(0, n), Thresholds.MarqueePhraseMaxChars))
        {
            return false;
        }

        n = Letters(text, ref at, letters, n, ref words, text.Length);
        if (n < Thresholds.MarqueeMinRepeats * Thresholds.MarqueePhraseMinChars)
        {
            return false;
        }

        // The letters' shortest period, when it divides them at least MarqueeMinRepeats times and is at most
        // MarqueePhraseMaxChars long, is the first length p of at most that size that divides them and by which they
        // repeat (the letters from p on equal those from 0): a longer such p is a multiple of the shortest period
        // (Fine and Wilf: two periods p and q with p + q <= n make their gcd one, and here p + q <= n / 2), so none
        // divides them when the shortest does not. Each comparison of a paragraph that is no marquee fails within its
        // first characters, where the prefix function this replaces went through all of them.
        var span = letters.AsSpan(0, n);
        var longest = Math.Min(Thresholds.MarqueePhraseMaxChars, n / Thresholds.MarqueeMinRepeats);
        for (var period = 1; period <= longest; period++)
        {
            if (n % period != 0 || !span[period..].SequenceEqual(span[..(n - period)]))
            {
                continue;
            }

            // A sentence said over and over is still a sentence (a chant, a filler), and one word over and over a word:
            // a band's phrase is a call or a slogan of a few words, short and without a sentence's end.
            return period >= Thresholds.MarqueePhraseMinChars && words >= 2 * (n / period)
                && letters[period - 1] is not ('.' or '!' or '?' or '。' or '！' or '？' or '…');
        }

        return false;
    }

    /// <summary>Copies the characters of <paramref name="text"/> from <paramref name="at"/> on that are not white space into
    /// <paramref name="letters"/> after its first <paramref name="n"/>, until it holds <paramref name="limit"/>, counting the
    /// words begun; returns how many it holds, <paramref name="at"/> left where the copy stopped.</summary>
    private static int Letters(string text, ref int at, char[] letters, int n, ref int words, int limit)
    {
        for (; at < text.Length && n < limit; at++)
        {
            if (!char.IsWhiteSpace(text[at]))
            {
                letters[n++] = text[at];
                words += at == 0 || char.IsWhiteSpace(text[at - 1]) ? 1 : 0;
            }
        }

        return n;
    }

    /// <summary>Whether the letters repeat by some length of at most <paramref name="longest"/> (each equals the one that
    /// many before it).</summary>
    private static bool RepeatsWithin(ReadOnlySpan<char> letters, int longest)
    {
        for (var period = 1; period <= longest && period < letters.Length; period++)
        {
            if (letters[period..].SequenceEqual(letters[..^period]))
            {
                return true;
            }
        }

        return false;
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
