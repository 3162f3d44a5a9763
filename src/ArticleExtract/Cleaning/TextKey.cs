using System.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The comparison key of a short text, shared by the wording filters (Structure) and the metadata cleaners
/// (Metadata) so that neither folder depends on the other for it.
/// </summary>
internal static class TextKey
{
    /// <summary>Lower case, punctuation and symbols dropped, white space collapsed: "- Advertisement -" → "advertisement".</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '–' or '—' or '|' or '/' or '·' or '•')
            {
                space = true;
            }
            else if (c is '\'' or '’')
            {
                // Keep contractions whole: "we'll" and "we’ll" both become "well".
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
