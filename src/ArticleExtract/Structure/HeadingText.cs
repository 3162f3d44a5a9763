using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// Takes the permalink and edit anchors out of a heading's text: a wiki's "[edit]" after the words, and a
/// documentation generator's "¶", "#", "§" or "🔗" link to the heading itself. Only marks at the ends go, and
/// a heading that would be left empty stays as it was.
/// </summary>
internal static class HeadingText
{
    private static readonly HashSet<string> EditLinks = new(Lexicon.HeadingEditLinks, StringComparer.OrdinalIgnoreCase);

    // Marks that may also stand before the words. "§" may not: "§ 5 Notice period" is a clause, not a permalink.
    private static readonly string[] LeadingMarks = Vocabulary.Words("boilerplate", "leading-marks");

    public static string Clean(string heading)
    {
        var text = heading.Trim();
        for (var pass = 0; pass < 3; pass++)
        {
            var before = text;
            text = TrimMarks(TrimEditLinks(text));
            if (text.Length == before.Length)
            {
                break;
            }
        }

        return text.Length == 0 ? heading : text;
    }

    /// <summary>"History [edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]": a bracketed group of edit links at the end.</summary>
    private static string TrimEditLinks(string text)
    {
        if (!text.EndsWith(']'))
        {
            return text;
        }

        var open = text.LastIndexOf('[');
        if (open <= 0)
        {
            return text;
        }

        foreach (var part in text[(open + 1)..^1].Split('|'))
        {
            if (!EditLinks.Contains(part.Trim()))
            {
                return text;
            }
        }

        return text[..open].TrimEnd();
    }

    private static string TrimMarks(string text)
    {
        foreach (var mark in Lexicon.HeadingPermalinkMarks)
        {
            // "#" only when set apart by white space: "Learning C#" and "#MeToo" keep theirs.
            var spaced = mark == "#";
            if (text.EndsWith(mark, StringComparison.Ordinal) && text.Length > mark.Length
                && (!spaced || char.IsWhiteSpace(text[^(mark.Length + 1)])))
            {
                return text[..^mark.Length].TrimEnd();
            }

            if (Array.IndexOf(LeadingMarks, mark) >= 0 && text.StartsWith(mark, StringComparison.Ordinal) && text.Length > mark.Length
                && (!spaced || char.IsWhiteSpace(text[mark.Length])))
            {
                return text[mark.Length..].TrimStart();
            }
        }

        return text;
    }
}
