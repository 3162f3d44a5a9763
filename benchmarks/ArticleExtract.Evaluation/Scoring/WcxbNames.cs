using System.Text;

namespace ArticleExtract.Evaluation.Scoring;

/// <summary>
/// Metadata matching that reads WCXB's truth the way a person would: an author field is a list of names with
/// credentials after them ("Jane Doe, MD, and John Roe"), and a title typed with straight quotes is the same title
/// as the page's curly ones. Reported beside the exact matches, never instead of them.
/// </summary>
internal static class WcxbNames
{
    private static readonly string[] Separators = [",", ";", " and ", " & ", " und ", " et ", " y ", " e "];

    private static readonly HashSet<string> Credentials = new(StringComparer.OrdinalIgnoreCase)
    {
        "md", "m.d.", "rd", "rdn", "ld", "ldn", "phd", "ph.d.", "ms", "msc", "ma", "mba", "mph", "rn", "bsn", "msn", "np", "do", "dds",
        "cpt", "cscs", "cfp", "cpa", "jd", "esq", "faap", "facp", "fand", "cde", "cdces", "ibclc", "lmft", "lcsw", "lpc", "psyd", "dnp",
        "pharmd", "dvm", "bs", "ba", "mfa", "edd", "cfa", "mbbs", "e-ryt",
    };

    /// <summary>Whether the authors name exactly the people of the truth (order, case, credentials and quotes aside).</summary>
    /// <param name="truth">WCXB's author field.</param>
    /// <param name="authors">Our authors, or the baseline's byline as one item.</param>
    /// <returns>Whether the sets of names are equal.</returns>
    public static bool SameAuthors(string? truth, IReadOnlyList<string> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        var expected = Names(truth);
        var actual = new HashSet<string>(StringComparer.Ordinal);
        foreach (var author in authors)
        {
            actual.UnionWith(Names(author));
        }

        return expected.Count > 0 && expected.SetEquals(actual);
    }

    /// <summary>Whether two titles are equal once quotes and dashes are folded to ASCII, white space collapsed and case ignored.</summary>
    /// <param name="truth">WCXB's title.</param>
    /// <param name="actual">The extracted title.</param>
    /// <returns>Whether they match.</returns>
    public static bool SameTitle(string? truth, string? actual) =>
        truth is not null && actual is not null && string.Equals(Fold(truth), Fold(actual), StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> Names(string? field)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(field))
        {
            return names;
        }

        foreach (var piece in Fold(field).Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = piece.Trim('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 0 && IsCredential(words[^1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            if (words.Count > 0 && !(words.Count == 1 && words[0].Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                names.Add(string.Join(' ', words).ToLowerInvariant());
            }
        }

        return names;
    }

    private static bool IsCredential(string word)
    {
        var bare = word.Trim(',', '.');
        return Credentials.Contains(word) || Credentials.Contains(bare) || bare.All(char.IsAsciiDigit)
            || (bare.Length is >= 2 and <= 6 && bare.All(c => char.IsUpper(c) || c is '-' or '.'));
    }

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            var folded = c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00A0' => ' ',
                _ => c,
            };
            if (char.IsWhiteSpace(folded))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(folded);
        }

        return sb.ToString();
    }
}
