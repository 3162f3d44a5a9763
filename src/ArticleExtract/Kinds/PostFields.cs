using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// The poster's card a forum engine prints beside every post: their rank, join date, post count, location, the
/// answers to the engine's profile fields. Each is a short element of the same class in post after post of a run of
/// posts framed alike, never inside a post's running text, never a link naming something (the poster's name, which
/// leads to their profile, stays) and never a time stamp. A class that ever occurs inside a post's text (a bold run,
/// an inline code span) or around a long text is the post's, however short it is elsewhere. By markup and repetition
/// only, in every language: no "Joined" or "Posts" vocabulary.
/// </summary>
internal static class PostFields
{
    /// <summary>Marks the posters' card fields inside the runs of posts in <paramref name="content"/> as noise.</summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any text of the reading was marked.</returns>
    public static bool Mark(DocumentIndex index, int content)
    {
        var running = RunningBelow(index, content);
        var marked = false;
        var end = index.SubtreeEnd[content];
        for (var parent = content; parent < end; parent++)
        {
            if (index.InNoise[parent])
            {
                parent = index.SubtreeEnd[parent] - 1;
                continue;
            }

            if (FirstPost(index, content, running, parent) is >= 0 and var first)
            {
                marked |= MarkRun(index, content, running, Members(index, parent, first));
            }
        }

        return marked;
    }

    /// <summary>
    /// The first child of <paramref name="parent"/> whose siblings of its tag and class make a run of posts: at least
    /// <see cref="Thresholds.KindThreadPostRun"/> of them, holding running text and most of their parent's text. -1
    /// when there is none among the first few classes of the first children.
    /// </summary>
    private static int FirstPost(DocumentIndex index, int content, int[] running, int parent)
    {
        var (tried, children) = (0, 0);
        for (var c = parent + 1; c < index.SubtreeEnd[parent] && tried < Thresholds.KindThreadPostFieldsClassesTried
            && children++ < Thresholds.KindThreadPostFieldsChildren; c = index.SubtreeEnd[c])
        {
            var className = index.Elements[c].GetAttribute("class");
            if (index.InNoise[c] || string.IsNullOrWhiteSpace(className) || IsEarlierClass(index, parent, c, className))
            {
                continue;
            }

            tried++;
            var (members, chars, text) = (0, 0, 0);
            foreach (var member in Members(index, parent, c))
            {
                (members, chars, text) = (members + 1, chars + index.Chars[member], text + running[member - content]);
            }

            if (members >= Thresholds.KindThreadPostRun && text >= Thresholds.KindThreadMinRepliesChars
                && chars >= Thresholds.KindThreadPostRunShare * index.Chars[parent])
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Whether a child before <paramref name="c"/> has its tag and class (its run was tried then).</summary>
    private static bool IsEarlierClass(DocumentIndex index, int parent, int c, string className)
    {
        for (var b = parent + 1; b < c; b = index.SubtreeEnd[b])
        {
            if (index.Elements[b].LocalName == index.Elements[c].LocalName && string.Equals(index.Elements[b].GetAttribute("class"), className, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The children of <paramref name="parent"/> of <paramref name="first"/>'s tag and class, outside noise.</summary>
    private static List<int> Members(DocumentIndex index, int parent, int first)
    {
        var tag = index.Elements[first].LocalName;
        var className = index.Elements[first].GetAttribute("class");
        var members = new List<int>();
        for (var c = first; c < index.SubtreeEnd[parent]; c = index.SubtreeEnd[c])
        {
            var element = index.Elements[c];
            if (!index.InNoise[c] && element.LocalName == tag && string.Equals(element.GetAttribute("class"), className, StringComparison.Ordinal))
            {
                members.Add(c);
            }
        }

        return members;
    }

    /// <summary>Marks the classes of short linkless elements outside the text found in enough of the posts.</summary>
    private static bool MarkRun(DocumentIndex index, int content, int[] running, List<int> posts)
    {
        // Per class (with its tag): in how many posts it occurs, and whether any occurrence belongs to a post's text.
        var classes = new Dictionary<(string Tag, string Class), (int Posts, int LastPost, bool Text)>();
        for (var p = 0; p < posts.Count; p++)
        {
            var post = posts[p];
            for (var d = post + 1; d < index.SubtreeEnd[post]; d++)
            {
                if (Key(index, d) is not { } key)
                {
                    continue;
                }

                var seen = classes.GetValueOrDefault(key, (Posts: 0, LastPost: -1, Text: false));
                var text = seen.Text || IsText(index, content, running, post, d);
                classes[key] = (seen.LastPost == p ? seen.Posts : seen.Posts + 1, p, seen.Text || text);
            }
        }

        var marked = false;
        foreach (var post in posts)
        {
            for (var d = post + 1; d < index.SubtreeEnd[post]; d++)
            {
                if (!index.InNoise[d] && index.Chars[d] > 0 && Key(index, d) is { } key
                    && classes[key] is { Text: false } fields && fields.Posts >= Thresholds.KindThreadPostRun)
                {
                    marked |= index.MarkNoise(d, NoiseKind.ArticleMeta);
                    d = index.SubtreeEnd[d] - 1;
                }
            }
        }

        return marked;
    }

    /// <summary>The element's tag and class, a pair of the strings the parser holds: no key string built per element.</summary>
    private static (string Tag, string Class)? Key(DocumentIndex index, int d)
    {
        var className = index.Elements[d].GetAttribute("class");
        return string.IsNullOrWhiteSpace(className) ? null : (index.Elements[d].LocalName, className);
    }

    /// <summary>
    /// Whether the element belongs to a post's text rather than to its frame: it holds running text, more than a short
    /// line, a link with a letter in it (not a count linking to the poster's posts) or a time stamp (a time element, a time of day), sits inside a link or a quotation (a quoted post's
    /// source line), is a name in microdata (the poster's), or its words are part of a running text's unit (a bold run in a
    /// paragraph).
    /// </summary>
    private static bool IsText(DocumentIndex index, int content, int[] running, int post, int d)
    {
        if (running[d - content] > 0 || index.Chars[d] > Thresholds.KindThreadLineMaxChars)
        {
            return true;
        }

        if (index.Elements[d].GetAttribute("itemprop") == "name")
        {
            return true;
        }

        for (var a = d; a >= post; a = index.Parent[a])
        {
            if (index.IsRunningText(a) || index.Elements[a].LocalName is "a" or "blockquote")
            {
                return true;
            }
        }

        for (var x = d; x < index.SubtreeEnd[d]; x++)
        {
            if (index.Elements[x].LocalName == "time" || (index.Elements[x].LocalName == "a" && HasLetter(index.Elements[x].TextContent)))
            {
                return true;
            }
        }

        return HasTimeOfDay(index.Elements[d].TextContent);
    }

    /// <summary>Whether the text holds a letter: a link of digits alone (a post count leading to the poster's posts) names no one.</summary>
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

    /// <summary>Whether the text holds a time of day ("9:03", "21:40"): the post's own time stamp, not its poster's card.</summary>
    private static bool HasTimeOfDay(string text)
    {
        for (var i = text.IndexOf(':', StringComparison.Ordinal); i > 0 && i + 2 < text.Length; i = text.IndexOf(':', i + 1))
        {
            if (char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The running-text characters in each element's subtree under <paramref name="content"/> (indexed from it).</summary>
    private static int[] RunningBelow(DocumentIndex index, int content)
    {
        var end = index.SubtreeEnd[content];
        var running = new int[end - content];
        for (var e = end - 1; e >= content; e--)
        {
            running[e - content] += index.IsRunningText(e) ? index.UnitChars[e] : 0;
            if (e > content)
            {
                running[index.Parent[e] - content] += running[e - content];
            }
        }

        return running;
    }
}
