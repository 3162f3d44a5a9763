using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

namespace ArticleExtract.Kinds;

/// <summary>
/// The small headings a forum engine prints in every post's frame: the poster's rank ("Member", "Well-known member"),
/// the post's subject that repeats the thread's ("Re: ..."), a "Share on other sites" label. They recur from post to
/// post (by their shape, numbers left out: <see cref="ThreadReader.Shape"/>), which the thread's own headings do not.
/// A heading that links to another page stays: the poster's name, which leads to their profile, tells a reader who
/// wrote each post (a link to a post, an address with a fragment such as a post's permalink, is no such lead). A short
/// label set wholly in bold on its own line counts as a heading, as the reading shows it as one.
/// </summary>
internal static class PostHeadings
{
    /// <summary>
    /// Marks the recurring post headings inside <paramref name="content"/> as noise, so that a new reading leaves them
    /// out, and the posters' card fields beside each post (<see cref="PostFields"/>).
    /// </summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text of the reading was marked.</returns>
    public static bool Mark(DocumentIndex index, int content)
    {
        // Each candidate's shape is read once (its text, its links and bold runs), then counted and marked.
        var candidates = new List<(int Element, string Shape)>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var end = index.SubtreeEnd[content];
        for (var e = content + 1; e < end; e++)
        {
            if (Candidate(index, e) is { } shape)
            {
                candidates.Add((e, shape));
                counts[shape] = counts.GetValueOrDefault(shape) + 1;
                e = index.SubtreeEnd[e] - 1;
            }
        }

        var marked = false;
        foreach (var (e, shape) in candidates)
        {
            if (counts[shape] >= Thresholds.KindThreadLineRepeats)
            {
                marked |= index.MarkNoise(e, NoiseKind.ArticleMeta);
            }
        }

        return marked | PostFields.Mark(index, content);
    }

    /// <summary>
    /// The shape of a short heading, or a short label set wholly in bold (read as a heading: "Member", "Original
    /// poster"), outside noise and leading nowhere else; null for any other element.
    /// </summary>
    private static string? Candidate(DocumentIndex index, int e)
    {
        if (index.InNoise[e] || index.Chars[e] == 0 || index.Chars[e] > Thresholds.KindThreadHeadingMaxChars
            || (Tags.HeadingLevel(index.Elements[e]) == 0 && !IsBoldLabel(index, e)) || LeadsElsewhere(index, e))
        {
            return null;
        }

        var text = string.Join(' ', index.Elements[e].TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : ThreadReader.Shape(text);
    }

    /// <summary>A block (not inline) whose whole text is one bold run: a label standing on its own line.</summary>
    private static bool IsBoldLabel(DocumentIndex index, int e)
    {
        if (index.Elements[e].LocalName is not ("div" or "p" or "dd" or "dt" or "li"))
        {
            return false;
        }

        for (var d = e + 1; d < index.SubtreeEnd[e]; d++)
        {
            if (index.Elements[d].LocalName is "b" or "strong")
            {
                return index.Chars[d] == index.Chars[e];
            }
        }

        return false;
    }

    /// <summary>Whether a link inside leads to another page: a link to a post (an address with a fragment, the post's anchor) does not.</summary>
    private static bool LeadsElsewhere(DocumentIndex index, int e)
    {
        for (var d = e; d < index.SubtreeEnd[e]; d++)
        {
            if (index.Elements[d].LocalName == "a" && index.Elements[d].GetAttribute("href") is { Length: > 0 } href && !href.Contains('#', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
