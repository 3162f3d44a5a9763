using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;
using ArticleExtract.Metadata;

namespace ArticleExtract.Kinds;

/// <summary>
/// Each post's poster, read with the post. A forum engine heads every post with who wrote it: a short link to the
/// poster's profile, the first thing of the post before its text. Its markup often reads as an article's byline (an
/// "author" or "meta" line, a side column), and as a lone link the wording filter takes it for navigation; on a thread
/// it tells the reader who says what, and a reply that answers "you" is read against it. Found by markup and
/// repetition only, in any language: in a run of posts framed alike (<see cref="PostFields"/>), the first link of each
/// post that names someone (a short text with a letter, leading to another page) and comes before the post's running
/// text, in at least <see cref="Thresholds.KindThreadPostRun"/> posts. Only the link is lifted out of a marked
/// attribution line: the counters, badges and buttons beside it stay out.
/// </summary>
internal static class PostNames
{
    /// <summary>Finds the posters' names of the runs of posts inside <paramref name="content"/> and lifts their noise marks.</summary>
    /// <param name="index">The page's index (its noise marks and <see cref="DocumentIndex.PosterNames"/> are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any name was found.</returns>
    public static bool Mark(DocumentIndex index, int content)
    {
        var running = PostFields.RunningBelow(index, content);
        var found = false;
        var end = index.SubtreeEnd[content];
        for (var parent = content; parent < end; parent++)
        {
            if (index.InNoise[parent])
            {
                parent = index.SubtreeEnd[parent] - 1;
                continue;
            }

            if (PostFields.FirstPost(index, content, running, parent) is >= 0 and var first)
            {
                found |= MarkRun(index, content, running, PostFields.Members(index, parent, first));
                parent = index.SubtreeEnd[parent] - 1;
            }
        }

        return found;
    }

    private static bool MarkRun(DocumentIndex index, int content, int[] running, List<int> posts)
    {
        // Each post's links that could name its poster, and the texts each shape of link takes: a line that differs
        // from post to post only in its numbers ("Post #2 of 7") is a counter and names no one, while a poster who
        // writes again is named again in the same words.
        var candidates = new List<List<(int Link, string Shape)>>(posts.Count);
        var shapes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            var links = Candidates(index, content, running, post);
            candidates.Add(links);
            for (var i = 0; i < links.Count; i++)
            {
                var text = ElementText.Of(index.Elements[links[i].Link]).Trim();
                var shape = ThreadReader.Shape(text);
                links[i] = (links[i].Link, shape);
                if (!shapes.TryGetValue(shape, out var texts))
                {
                    shapes[shape] = texts = new HashSet<string>(StringComparer.Ordinal);
                }

                texts.Add(text);
            }
        }

        var names = new List<int>(posts.Count);
        foreach (var links in candidates)
        {
            foreach (var (link, shape) in links)
            {
                if (shapes[shape].Count < Thresholds.KindThreadPostRun)
                {
                    names.Add(link);
                    break;
                }
            }
        }

        if (names.Count < Thresholds.KindThreadPostRun)
        {
            return false;
        }

        var kept = index.PosterNames ??= [];
        foreach (var name in names)
        {
            Show(index, name);
            if (kept.BinarySearch(name) is < 0 and var at)
            {
                kept.Insert(~at, name);
            }
        }

        return true;
    }

    /// <summary>
    /// The post's links that could name someone, before its running text and outside a quotation: a short text with a
    /// letter leading to another page, not the post's time stamp. Empty when the post shows none (a reply whose poster
    /// is named only in its text).
    /// </summary>
    private static List<(int Link, string Shape)> Candidates(DocumentIndex index, int content, int[] running, int post)
    {
        var links = new List<(int Link, string Shape)>();
        for (var d = post + 1; d < index.SubtreeEnd[post] && links.Count < Thresholds.KindThreadNameCandidates; d++)
        {
            var element = index.Elements[d];
            if ((running[d - content] > 0 && index.IsRunningText(d)) || element.LocalName == "blockquote")
            {
                break;
            }

            if (element.LocalName != "a")
            {
                continue;
            }

            // A picture, the initial an engine draws in place of a missing avatar, or the post's time stamp (its
            // permalink) printed before the name are passed over.
            if (index.Chars[d] >= Thresholds.KindThreadNameMinChars && index.Chars[d] <= Thresholds.KindThreadNameMaxChars
                && element.GetAttribute("href") is { Length: > 0 } href
                && !href.Contains('#', StringComparison.Ordinal) && !href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                && ElementText.Of(element) is var text && HasLetter(text) && Words(text) <= Thresholds.KindThreadNameMaxWords
                && !IsStamp(index, d, text) && !InsideRunningText(index, post, d))
            {
                // The shape is filled in by MarkRun, which compares it across posts.
                links.Add((d, string.Empty));
            }

            d = index.SubtreeEnd[d] - 1;
        }

        return links;
    }

    /// <summary>Whether the link is a time stamp: it holds a <c>&lt;time&gt;</c> or reads as a date.</summary>
    private static bool IsStamp(DocumentIndex index, int d, string text)
    {
        for (var x = d + 1; x < index.SubtreeEnd[d]; x++)
        {
            if (index.Elements[x].LocalName == "time")
            {
                return true;
            }
        }

        return DateParser.LooksLikeDate(text);
    }

    private static bool InsideRunningText(DocumentIndex index, int post, int d)
    {
        for (var a = index.Parent[d]; a > post; a = index.Parent[a])
        {
            if (index.IsRunningText(a))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of the text, counted between spaces without splitting it.</summary>
    private static int Words(string text)
    {
        var (words, inWord) = (0, false);
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Shows the name when an attribution line, a header or the poster's side column inside the post marked it: that
    /// mark is lifted and put instead on what else the line holds (its date, counters and buttons), so only the name
    /// comes back. Inside noise of another kind (a share bar, a hidden copy) the name stays out.
    /// </summary>
    private static void Show(DocumentIndex index, int name)
    {
        if (!index.InNoise[name])
        {
            return;
        }

        // The marked ancestors from the top down: each must be a frame's mark.
        var path = new List<int>();
        for (var a = name; a >= 0 && index.InNoise[a]; a = index.Parent[a])
        {
            path.Add(a);
        }

        foreach (var a in path)
        {
            if (index.Noise[a] is not (NoiseKind.None or NoiseKind.ArticleMeta or NoiseKind.Header or NoiseKind.Sidebar))
            {
                return;
            }
        }

        for (var i = path.Count - 1; i >= 0; i--)
        {
            var a = path[i];
            var kind = index.Noise[a] == NoiseKind.None ? NoiseKind.ArticleMeta : index.Noise[a];
            index.LiftNoise(a);
            if (i == 0)
            {
                break;
            }

            // Every child of a not on the way to the name keeps the mark its line had.
            var next = path[i - 1];
            for (var c = a + 1; c < index.SubtreeEnd[a]; c = index.SubtreeEnd[c])
            {
                if (c != next)
                {
                    index.MarkNoise(c, kind);
                }
            }
        }
    }
}
