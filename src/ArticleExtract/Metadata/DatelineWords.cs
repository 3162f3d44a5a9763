using AngleSharp.Dom;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Metadata;

/// <summary>Which elements hold the publication date as text, and the labels written before it, in our nine languages.</summary>
internal static class DatelineWords
{
    private static readonly string[] DateWords = Vocabulary.Words("dates", "date-words");

    // A block marked "updated" holds the modification date; a published date must not be read from it.
    private static readonly string[] NotPublished = Vocabulary.Words("dates", "not-published");

    // Longest first, so that "published on" is stripped whole.
    private static readonly string[] Labels = Vocabulary.Words("dates", "dateline-labels");

    public static bool Marks(IElement element)
    {
        var words = (element.GetAttribute("class") ?? string.Empty) + " " + (element.Id ?? string.Empty);
        var marked = false;
        var tokens = new ClassTokens(words);
        while (tokens.Next(out var word))
        {
            if (Contains(NotPublished, word))
            {
                return false;
            }

            marked |= Contains(DateWords, word);
        }

        return marked;
    }

    /// <summary>"Veröffentlicht am 5. März 2024" → "5. März 2024".</summary>
    public static string? StripLabel(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var label in Labels)
        {
            if (text.Length > label.Length && text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && !char.IsLetter(text[label.Length]))
            {
                return text[label.Length..].TrimStart(' ', ':');
            }
        }

        return text;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
