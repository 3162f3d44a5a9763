using System.Text;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// Stage 6b: drops, from the reading flow, the noise that markup did not give away and only wording does: ad
/// labels ("- Advertisement -"), cookie notices, comment prompts ("Leave a Reply"), share and newsletter
/// prompts, related-article headings and everything under them, bylines and datelines, link lists, and the
/// article's own title repeated as a heading.
/// </summary>
internal static class BoilerplateFilter
{
    private static readonly HashSet<string> Lines = new(Lexicon.BoilerplateLines.Select(Normalize), StringComparer.Ordinal);

    public static List<FlowItem> Apply(List<FlowItem> items, string? title, IReadOnlyList<string>? authors, ExtractionFavor favor)
    {
        var result = new List<FlowItem>(items.Count);
        var titleKey = title is null ? null : Normalize(title);
        var skipUntilLevel = 0;
        var maxLinkDensity = favor switch
        {
            ExtractionFavor.Precision => 0.4,
            ExtractionFavor.Recall => 0.8,
            _ => 0.55,
        };

        foreach (var item in items)
        {
            if (item.IsHeading)
            {
                if (skipUntilLevel > 0 && item.Level > skipUntilLevel)
                {
                    continue;
                }

                skipUntilLevel = 0;
                var key = Normalize(item.Heading!);
                if (key.Length == 0 || (titleKey is not null && IsTitle(key, titleKey)))
                {
                    continue;
                }

                if (IsBoilerplateLine(key))
                {
                    // "Related posts", "Leave a Reply": the heading and everything under it, up to the next heading
                    // of the same or a higher rank.
                    skipUntilLevel = item.Level;
                    continue;
                }

                result.Add(item);
                continue;
            }

            if (skipUntilLevel > 0)
            {
                continue;
            }

            if (IsNoise(item, titleKey, authors, maxLinkDensity))
            {
                continue;
            }

            result.Add(item);
        }

        return result;
    }

    private static bool IsNoise(FlowItem item, string? titleKey, IReadOnlyList<string>? authors, double maxLinkDensity)
    {
        var block = item.Block!;
        if (block is ImageBlock or CodeBlock or TableBlock)
        {
            return false;
        }

        var text = block.Text;
        if (text.Length == 0)
        {
            return true;
        }

        var key = Normalize(text);
        if (key.Length == 0 || IsBoilerplateLine(key))
        {
            return true;
        }

        if (titleKey is not null && key == titleKey)
        {
            return true;
        }

        if (text.Length < 400 && ContainsCookiePhrase(text))
        {
            return true;
        }

        if (block is ListBlock && item.LinkDensity > maxLinkDensity)
        {
            return true;
        }

        if (block is ParagraphBlock && item.LinkDensity > maxLinkDensity && text.Length < 300)
        {
            return true;
        }

        if (text.Length < 120 && (IsByline(key, authors) || IsDateline(key)))
        {
            return true;
        }

        return text.Length < 200 && (text.Contains('©') || key.Contains("all rights reserved", StringComparison.Ordinal));
    }

    private static bool IsTitle(string key, string titleKey) =>
        key == titleKey || (key.Length >= 20 && titleKey.StartsWith(key, StringComparison.Ordinal) && key.Length >= 0.8 * titleKey.Length);

    private static bool IsBoilerplateLine(string key)
    {
        if (Lines.Contains(key))
        {
            return true;
        }

        // "More from <site>", "Read more: …" and similar labels followed by a short name.
        return key.Length < 40 && (key.StartsWith("more from ", StringComparison.Ordinal) || key.StartsWith("read more ", StringComparison.Ordinal));
    }

    private static bool ContainsCookiePhrase(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var phrase in Lexicon.CookiePhrases)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsByline(string key, IReadOnlyList<string>? authors)
    {
        foreach (var prefix in Lexicon.BylinePrefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length && key[prefix.Length] == ' '
                && key.Length - prefix.Length < 60)
            {
                return true;
            }
        }

        if (authors is not null)
        {
            foreach (var author in authors)
            {
                if (Normalize(author) == key)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsDateline(string key)
    {
        foreach (var prefix in Lexicon.DatelinePrefixes)
        {
            if (key.StartsWith(prefix.TrimEnd(':'), StringComparison.Ordinal) && HasDigit(key))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(string s)
    {
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, punctuation and symbols dropped, white space collapsed: "- Advertisement -" → "advertisement".</summary>
    internal static string Normalize(string text)
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
