namespace ArticleExtract.Evaluation.Scoring;

/// <summary>
/// ROUGE-LSum as the Web Content Extraction Benchmark (Bevendorff et al. 2023, chatnoir-eu/web-content-extraction-benchmark)
/// scores a page, L3S-GN1 among its datasets: Google's <c>rouge-score</c> with <c>split_summaries=True</c> and a
/// white-space tokenizer. Our own implementation of the published algorithm, for measuring; not a port of its code.
/// </summary>
/// <remarks>
/// <para>
/// Tokens are the runs between white space, compared exactly: case and punctuation count ("said," is not "said"),
/// unlike the <c>\w+</c> tokens of the AEB and WCXB scripts. Each text is split into sentences; for every true
/// sentence the positions of its tokens that lie on a longest common subsequence with any predicted sentence are
/// united, and each such token is a hit while both texts still have an unmatched copy of it. Precision is hits over
/// predicted tokens, recall hits over true tokens. An empty truth scores recall 1, and F1 1 only for an empty output.
/// </para>
/// <para>
/// Sentences: the benchmark uses NLTK's Punkt, which ends a sentence after <c>. ! ?</c> (and closing quotes or
/// brackets) before a word that does not start in lower case, knows abbreviations, and does not treat a line break
/// as an end. This splitter does the same with a short abbreviation list. It also ends an over-long run (a list or a
/// table without full stops) at a line break past <see cref="SoftSentenceCap"/> tokens, and anywhere at
/// <see cref="HardSentenceCap"/>, to bound the LCS tables; the united LCS barely depends on where sentences end,
/// so figures move by a few thousandths at most against Punkt's.
/// </para>
/// </remarks>
internal static class RougeLsumScorer
{
    /// <summary>Past this many tokens a sentence also ends at a line break.</summary>
    public const int SoftSentenceCap = 200;

    /// <summary>No sentence is longer than this many tokens.</summary>
    public const int HardSentenceCap = 1000;

    // Words Punkt's English model treats as abbreviations often enough that a full stop after them rarely ends a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "gen", "gov", "sen",
        "rep", "rev", "capt", "col", "lt", "sgt", "no", "vol", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "a.m", "p.m",
    };

    /// <summary>Scores one page.</summary>
    /// <param name="truth">The true text.</param>
    /// <param name="prediction">The extracted text; null counts as empty.</param>
    /// <returns>Precision, recall and F1.</returns>
    public static RougeScore Score(string? truth, string? prediction)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var reference = Sentences(truth, ids);
        var candidate = Sentences(prediction, ids);
        var m = reference.Sum(s => s.Length);
        var n = candidate.Sum(s => s.Length);
        if (m == 0)
        {
            return n == 0 ? new RougeScore(1, 1, 1) : new RougeScore(0, 1, 0);
        }

        if (n == 0)
        {
            return new RougeScore(0, 0, 0);
        }

        var hits = Hits(reference, candidate, ids.Count);
        var precision = (double)hits / n;
        var recall = (double)hits / m;
        return new RougeScore(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }

    /// <summary>The text's sentences as token ids (tokens are interned in <paramref name="ids"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="ids">Token ids shared by the two texts of a page.</param>
    /// <returns>The non-empty sentences in order.</returns>
    public static List<int[]> Sentences(string? text, Dictionary<string, int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var sentences = new List<int[]>();
        var tokens = WhiteSpaceTokens(text ?? string.Empty);
        var current = new List<int>();
        for (var k = 0; k < tokens.Count; k++)
        {
            var (token, lineBreakAfter) = tokens[k];
            if (!ids.TryGetValue(token, out var id))
            {
                id = ids.Count;
                ids.Add(token, id);
            }

            current.Add(id);
            var next = k + 1 < tokens.Count ? tokens[k + 1].Token : null;
            if (next is null || EndsSentence(token, next) || current.Count >= HardSentenceCap || (lineBreakAfter && current.Count >= SoftSentenceCap))
            {
                sentences.Add([.. current]);
                current.Clear();
            }
        }

        return sentences;
    }

    /// <summary>Whether a sentence ends after <paramref name="token"/> when <paramref name="next"/> follows (Punkt's main rule).</summary>
    /// <param name="token">The token.</param>
    /// <param name="next">The following token.</param>
    /// <returns>Whether a new sentence starts at <paramref name="next"/>.</returns>
    public static bool EndsSentence(string token, string next)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(next);
        var end = token.Length;
        while (end > 0 && token[end - 1] is '"' or '\'' or '”' or '’' or ')' or ']' or '»')
        {
            end--;
        }

        if (end == 0 || token[end - 1] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        if (token[end - 1] == '.')
        {
            var word = token.AsSpan(0, end - 1).TrimStart("\"'“‘([«");
            // An initial ("J.") or a known abbreviation ("Dr.") does not end a sentence.
            if ((word.Length == 1 && char.IsLetter(word[0])) || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }
        }

        var first = next.AsSpan().TrimStart("\"'“‘([«");
        return first.IsEmpty || !char.IsLower(first[0]);
    }

    // Python's str.split() on \s+: every white-space character separates; whether a line break follows each token is kept.
    private static List<(string Token, bool LineBreakAfter)> WhiteSpaceTokens(string text)
    {
        var tokens = new List<(string, bool)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || char.IsWhiteSpace(text[i]) || text[i] is '\u001C' or '\u001D' or '\u001E' or '\u001F';
            if (!space)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var j = i;
                while (j < text.Length && char.IsWhiteSpace(text[j]) && text[j] != '\n')
                {
                    j++;
                }

                tokens.Add((text[start..i], j < text.Length && text[j] == '\n'));
                start = -1;
            }
        }

        return tokens;
    }

    private static int Hits(List<int[]> reference, List<int[]> candidate, int vocabulary)
    {
        var referenceLeft = new int[vocabulary];
        var candidateLeft = new int[vocabulary];
        foreach (var sentence in reference)
        {
            foreach (var id in sentence)
            {
                referenceLeft[id]++;
            }
        }

        foreach (var sentence in candidate)
        {
            foreach (var id in sentence)
            {
                candidateLeft[id]++;
            }
        }

        var stamp = new int[vocabulary];
        var table = Array.Empty<int>();
        var hits = 0;
        for (var r = 0; r < reference.Count; r++)
        {
            var sentence = reference[r];
            foreach (var id in sentence)
            {
                stamp[id] = r + 1;
            }

            var united = new bool[sentence.Length];
            foreach (var other in candidate)
            {
                if (Shares(other, stamp, r + 1))
                {
                    MarkLcs(sentence, other, united, ref table);
                }
            }

            for (var i = 0; i < sentence.Length; i++)
            {
                var id = sentence[i];
                if (united[i] && candidateLeft[id] > 0 && referenceLeft[id] > 0)
                {
                    hits++;
                    candidateLeft[id]--;
                    referenceLeft[id]--;
                }
            }
        }

        return hits;
    }

    private static bool Shares(int[] sentence, int[] stamp, int mark)
    {
        foreach (var id in sentence)
        {
            if (stamp[id] == mark)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks in <paramref name="united"/> the positions of <paramref name="reference"/> on one longest common subsequence with <paramref name="candidate"/>, chosen as rouge-score's backtracking chooses it.</summary>
    private static void MarkLcs(int[] reference, int[] candidate, bool[] united, ref int[] table)
    {
        int rows = reference.Length, cols = candidate.Length, width = cols + 1;
        var size = (rows + 1) * width;
        if (table.Length < size)
        {
            table = new int[size];
        }

        Array.Clear(table, 0, width);
        for (var i = 1; i <= rows; i++)
        {
            var row = i * width;
            var above = row - width;
            table[row] = 0;
            var token = reference[i - 1];
            for (var j = 1; j <= cols; j++)
            {
                table[row + j] = token == candidate[j - 1] ? table[above + j - 1] + 1 : Math.Max(table[above + j], table[row + j - 1]);
            }
        }

        int a = rows, b = cols;
        while (a > 0 && b > 0)
        {
            if (reference[a - 1] == candidate[b - 1])
            {
                united[a - 1] = true;
                a--;
                b--;
            }
            else if (table[(a * width) + b - 1] > table[((a - 1) * width) + b])
            {
                b--;
            }
            else
            {
                a--;
            }
        }
    }
}

/// <summary>One page's ROUGE-LSum.</summary>
/// <param name="Precision">Hits over predicted tokens.</param>
/// <param name="Recall">Hits over true tokens.</param>
/// <param name="F1">Their harmonic mean.</param>
internal readonly record struct RougeScore(double Precision, double Recall, double F1);
