namespace ArticleExtract.Metadata;

/// <summary>
/// Removes site-name decorations from a title (" - Site", " | Site", "Site | "), but only when the removed part
/// is the site's name. A colon sets apart only the site's exact name ("Site Name: Headline"): "Brexit: what happens
/// next" and "Brand Cloud: What it does" stay whole.
/// </summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = Vocabulary.Words("titles", "title-separators");

    /// <summary>The title without a decoration that names one of <paramref name="siteNames"/>, repeatedly ("Title | Section | Site" keeps "Title | Section").</summary>
    public static string? Clean(string? title, IEnumerable<string?> siteNames)
    {
        if (title is null)
        {
            return null;
        }

        var t = title.Trim();
        // Every key compared here is written on the stack (a short text's) rather than made a string: the title is
        // cleaned several times a page against each of the site's names, and the keys of the names and of the
        // title's parts were most of the title choice's garbage.
        Span<char> siteBuffer = stackalloc char[MaxKeyOnStack];

        // Where the separators stand in the title, found once for all the site's names (a page has up to a dozen, the
        // same string searched twenty times for each) and again only when a name took a decoration off.
        Span<int> at = stackalloc int[2 * Separators.Length];
        var bracket = Locate(t, at);
        foreach (var siteName in siteNames)
        {
            if (!string.IsNullOrWhiteSpace(siteName) && KeyOf(siteName, siteBuffer) is { Length: > 0 } site)
            {
                // Never strip down to a stub: "Apple | Apple Newsroom" stays whole.
                var cleaned = Clean(t, site, at, bracket);
                if (cleaned.Length >= 5 && !ReferenceEquals(cleaned, t))
                {
                    t = cleaned;
                    bracket = Locate(t, at);
                }
            }
        }

        return t;
    }

    /// <summary>
    /// Each separator's last and first place in <paramref name="t"/> (at 2i and 2i + 1 of <paramref name="at"/>, -1 where
    /// it is missing), and where a bracketed ending " [Site]" opens (-1 when the title does not end with one).
    /// </summary>
    private static int Locate(string t, Span<int> at)
    {
        for (var i = 0; i < Separators.Length; i++)
        {
            var last = t.LastIndexOf(Separators[i], StringComparison.Ordinal);
            at[2 * i] = last;
            at[(2 * i) + 1] = last < 0 ? -1 : t.IndexOf(Separators[i], StringComparison.Ordinal);
        }

        return t.EndsWith(']') ? t.LastIndexOf(" [", StringComparison.Ordinal) : -1;
    }

    /// <summary>
    /// "Thread / Board / Forum Site", "Page - Section - Site": a title whose parts are chained by one separator and end
    /// with the site's name is a breadcrumb, and its first part is the page's own title. Null when the title is no such
    /// chain (a lone separator, mixed separators, or a last part that names no site).
    /// </summary>
    public static string? FirstOfChain(string? title, IEnumerable<string?> siteNames)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var sep in Separators)
        {
            // Most titles hold one separator or none: no parts made for the others.
            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first < 0 || title.IndexOf(sep, first + sep.Length, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var parts = title.Split(sep);
            if (parts.Length < 3 || parts[0].Trim().Length < MetadataThresholds.MinHeadlineLength)
            {
                continue;
            }

            var last = Key(parts[^1]);
            foreach (var siteName in siteNames)
            {
                if (!string.IsNullOrWhiteSpace(siteName) && Key(siteName) is var site && (Matches(last, site) || ShortNameOpens(parts[^1], site)))
                {
                    return parts[0].Trim();
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Headline | Section", "Headline | Top 19 Companies": a pipe sets a decoration apart (a section, a tagline, a
    /// brand the page names differently from its metadata) and is almost never part of a headline; a Sphinx
    /// heading's "¶" anchor is no part of it either.
    /// </summary>
    public static string? WithoutPipedTail(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var t = title.TrimEnd('¶', ' ');
        var pipe = t.IndexOf(" | ", StringComparison.Ordinal);
        return pipe >= MetadataThresholds.MinTitleBeforePipe ? t[..pipe].TrimEnd() : t;
    }

    /// <summary>
    /// The headline as the <c>&lt;title&gt;</c> spells it when the two are the same words: a template typesets the
    /// heading ("It’s", "…", "—", "and" for "&amp;") while the title keeps what the writer typed ("It's", "...", "-", "&amp;").
    /// </summary>
    public static string SpelledAsTitle(string shown, string? docTitle, IEnumerable<string?> siteNames)
    {
        if (docTitle is null || string.Equals(shown, docTitle, StringComparison.Ordinal))
        {
            return shown;
        }

        var key = Folded(shown);
        var words = Cleaning.TextKey.Normalize(shown);
        string? unhyphenatedKey = null, ampersandKey = null;
        string? previous = null;
        foreach (var candidate in (ReadOnlySpan<string?>)[WithoutPipedTail(Clean(docTitle, siteNames)), docTitle, FirstSegment(docTitle)])
        {
            // The cleaned title is most often the title itself: a candidate asked about already gets the same answer.
            if (candidate is null || string.Equals(candidate, previous, StringComparison.Ordinal))
            {
                continue;
            }

            previous = candidate;
            var folded = Folded(candidate);
            if (string.Equals(folded, key, StringComparison.OrdinalIgnoreCase) || IsUnglued(words, candidate)
                || string.Equals(Unhyphenated(folded), unhyphenatedKey ??= Unhyphenated(key), StringComparison.OrdinalIgnoreCase)
                || string.Equals(Unhyphenated(Ampersands(folded)), ampersandKey ??= Unhyphenated(Ampersands(key)), StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return shown;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is the last part of <paramref name="docTitle"/>: the book or site a
    /// documentation page's <c>&lt;title&gt;</c> ends with ("Pruning - The Orchard Handbook"), set on the
    /// page as a heading — the page's name, not its headline. Not when that part is all the title keeps once the
    /// site's name is gone (<paramref name="cleanedTitle"/>): "Journal - Story" puts the story last.
    /// </summary>
    public static bool IsDecoration(string text, string? docTitle, string? cleanedTitle) =>
        TailAt(text, docTitle) > 0 && (cleanedTitle is null || !string.Equals(Key(cleanedTitle), Key(text), StringComparison.Ordinal));

    /// <summary>Whether <paramref name="text"/> is the part of <paramref name="docTitle"/> before its first separator.</summary>
    public static bool IsLeadSegment(string text, string? docTitle) =>
        docTitle is not null && FirstSegment(docTitle) is { } lead && Cleaning.TextKey.SameKey(lead, text.AsSpan().TrimEnd("¶ "));

    /// <summary>
    /// The <c>&lt;title&gt;</c>'s own part (<paramref name="cleanedTitle"/> before its first separator) when the heading is
    /// that part plus a short label or counter ("Thread: Title", "Blog: Title", "Title (example.com) 87"): the label
    /// belongs to the template, not to the headline. Else the heading as shown.
    /// </summary>
    public static string WithoutLabel(string shown, string? cleanedTitle)
    {
        if (cleanedTitle is null || Cleaning.TextKey.SameKey(shown, cleanedTitle))
        {
            return shown;
        }

        var lead = FirstSegment(cleanedTitle) ?? cleanedTitle;
        if (lead.Length < MetadataThresholds.MinHeadlineLength || lead.Length >= shown.Length || lead.Length < shown.Length * MetadataThresholds.LabelledHeadlineShare)
        {
            return shown;
        }

        // A label before the part ends in a colon ("Thread: "); a counter or source after it opens with a bracket or a separator.
        if (shown.EndsWith(lead, StringComparison.OrdinalIgnoreCase))
        {
            return shown[..^lead.Length].TrimEnd().EndsWith(':') ? lead : shown;
        }

        if (shown.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
        {
            var rest = shown[lead.Length..].TrimStart();
            return rest.StartsWith('(') || rest.StartsWith('[') || StartsWithSeparator(shown[lead.Length..]) ? lead : shown;
        }

        return shown;
    }

    private static bool StartsWithSeparator(string rest)
    {
        foreach (var sep in Separators)
        {
            if (rest.StartsWith(sep, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// On a site's home page, a <c>&lt;title&gt;</c> that opens with the site's name and goes on with a tagline
    /// ("Acme - Open source project planning"): there the brand is the page's subject, not a decoration, and the
    /// title is kept whole (a trailing site decoration still goes). Null when the title does not open with the site's
    /// name, or what follows it is a short page label ("Acme | Home Page") rather than a tagline.
    /// </summary>
    public static string? BrandLedTitle(string? docTitle, IEnumerable<string?> siteNames)
    {
        if (docTitle is null)
        {
            return null;
        }

        var sites = new List<string>();
        foreach (var siteName in siteNames)
        {
            if (!string.IsNullOrWhiteSpace(siteName) && Key(siteName) is { Length: > 0 } site)
            {
                sites.Add(site);
            }
        }

        var t = WithoutSiteTail(docTitle.Trim(), sites);
        var (first, sep) = FirstSeparator(t);
        if (first <= 0 || !sites.Exists(site => Matches(Key(t[..first]), site)))
        {
            return null;
        }

        var rest = t[(first + sep.Length)..];
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MetadataThresholds.MinHomeTaglineWords ? t : null;
    }

    /// <summary>
    /// On a site's home page, the whole "Acme: Open source project planning" when <paramref name="title"/> is what
    /// <see cref="Clean(string?, IEnumerable{string?})"/> left of it by taking the brand before the colon off: there the
    /// brand is the subject. Null otherwise (a heading chosen over the title stands).
    /// </summary>
    public static string? ColonLedTitle(string? docTitle, string? title, IEnumerable<string?> siteNames)
    {
        if (docTitle is null || title is null)
        {
            return null;
        }

        var colon = docTitle.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || !docTitle.AsSpan(colon + 2).StartsWith(title, StringComparison.Ordinal))
        {
            return null;
        }

        var lead = Key(docTitle[..colon]);
        foreach (var siteName in siteNames)
        {
            if (!string.IsNullOrWhiteSpace(siteName) && string.Equals(Key(siteName), lead, StringComparison.Ordinal))
            {
                return docTitle[..(colon + 2 + title.Length)];
            }
        }

        return null;
    }

    private static string WithoutSiteTail(string t, List<string> sites)
    {
        foreach (var sep in Separators)
        {
            var last = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0 && sites.Exists(site => Matches(Key(t[(last + sep.Length)..]), site)))
            {
                return t[..last].TrimEnd();
            }
        }

        return t;
    }

    private static (int At, string Separator) FirstSeparator(string t)
    {
        var (at, separator) = (-1, string.Empty);
        foreach (var sep in Separators)
        {
            var i = t.IndexOf(sep, StringComparison.Ordinal);
            if (i > 0 && (at < 0 || i < at))
            {
                (at, separator) = (i, sep);
            }
        }

        return (at, separator);
    }

    /// <summary><paramref name="docTitle"/> without a trailing part equal to <paramref name="tail"/> ("Page - Book" and "Book" give "Page"), else null.</summary>
    public static string? WithoutTail(string? docTitle, string tail) => TailAt(tail, docTitle) is var at and > 0 ? docTitle![..at].TrimEnd() : null;

    // Where the decoration equal to text starts in docTitle: the last segment, after at least one other; else -1.
    private static int TailAt(string text, string? docTitle)
    {
        if (docTitle is null || text.Length >= docTitle.Length)
        {
            return -1;
        }

        var key = Key(text);
        foreach (var sep in Separators)
        {
            var last = docTitle.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0 && key.Length > 0 && string.Equals(Key(docTitle[(last + sep.Length)..]), key, StringComparison.Ordinal))
            {
                return last;
            }
        }

        return -1;
    }

    // "LateNight Tram Timetables": the heading's parts sat in separate elements and their text ran together; the title
    // has the same letters with the spaces between the words.
    private static bool IsUnglued(string shownWords, string candidate)
    {
        var candidateWords = Cleaning.TextKey.Normalize(candidate);
        return candidateWords.Length > shownWords.Length
            && string.Equals(candidateWords.Replace(" ", string.Empty, StringComparison.Ordinal), shownWords.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string? FirstSegment(string title)
    {
        var cut = -1;
        foreach (var sep in Separators)
        {
            var at = title.IndexOf(sep, StringComparison.Ordinal);
            if (at > 0 && (cut < 0 || at < cut))
            {
                cut = at;
            }
        }

        return cut > 0 ? title[..cut].TrimEnd() : null;
    }

    /// <summary>
    /// The folded text with its hyphens and dashes read as spaces, white space collapsed: "Two-Seat" and "Two Seat",
    /// "Bench - Model 12" and "Bench Model 12" are the same words, hyphenated by the title and set apart by the heading's layout.
    /// </summary>
    private static string Unhyphenated(string folded) =>
        string.Join(' ', folded.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"&amp;" set between words read as "and": "Homeowners &amp; Investors" and "Homeowners and Investors" are the same words, one typeset for a heading.</summary>
    private static string Ampersands(string folded) => folded.Replace(" & ", " and ", StringComparison.Ordinal);

    /// <summary>Typographic quotes, dashes and ellipses as typed on a keyboard, white space collapsed.</summary>
    private static string Folded(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            _ = c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' => sb.Append('\''),
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => sb.Append('"'),
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => sb.Append('-'),
                '\u2026' => sb.Append("..."),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    /// <summary><paramref name="t"/> without the decoration that names <paramref name="site"/>; the separators' places are <see cref="Locate"/>'s.</summary>
    private static string Clean(string t, ReadOnlySpan<char> site, ReadOnlySpan<int> at, int open)
    {
        for (var i = 0; i < Separators.Length; i++)
        {
            var sep = Separators[i];
            var last = at[2 * i];
            if (last > 0 && (PartMatches(t.AsSpan(last + sep.Length), site) || ShortNameOpens(t.AsSpan(last + sep.Length), site)))
            {
                return t[..last].TrimEnd();
            }

            var first = at[(2 * i) + 1];
            if (first > 0 && LeadMatches(t.AsSpan(0, first), site))
            {
                return t[(first + sep.Length)..].TrimStart();
            }
        }

        // "Page [Site]": wikis (DokuWiki's default template) set the site's name apart in brackets.
        if (open > 0 && PartMatches(t.AsSpan(open + 2, t.Length - open - 3), site))
        {
            return t[..open].TrimEnd();
        }

        // "Site Name: Headline", as Blogger and some news templates write the title: the colon sets the site's name
        // apart only when the part before it is that name exactly. "Brand Cloud: what it does", "Brexit: what happens
        // next" name no site and stay whole.
        var colon = t.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && t.Length - colon - 2 >= MetadataThresholds.MinHeadlineLength && LeadIs(t.AsSpan(0, colon), site))
        {
            return t[(colon + 2)..].TrimStart();
        }

        return t;
    }

    private static bool LeadIs(ReadOnlySpan<char> lead, ReadOnlySpan<char> site)
    {
        Span<char> buffer = lead.Length <= MaxKeyOnStack ? stackalloc char[lead.Length] : new char[lead.Length];
        return KeyInto(lead, buffer).SequenceEqual(site);
    }

    // A leading part names the site when it is the name or a short form of it ("Acme" of "Acme News"), or opens with
    // the name set apart by a separator of its own ("Acme • View topic - …"); one that goes on past the name in the
    // same words ("Acme CDN | …", "Acme University Online Tuition …") is the page's product or subject.
    private static bool LeadMatches(ReadOnlySpan<char> lead, ReadOnlySpan<char> site)
    {
        Span<char> buffer = lead.Length <= MaxKeyOnStack ? stackalloc char[lead.Length] : new char[lead.Length];
        var part = KeyInto(lead, buffer);
        return part.Length > 0 && (part.SequenceEqual(site) || (part.Length >= 4 && site.StartsWith(part))
            || (FirstSegment(lead.ToString()) is { } inner && KeyOf(inner, buffer).SequenceEqual(site)));
    }

    /// <summary>
    /// "BBC News" on bbc.co.uk, "CNN Politics" on cnn.com: a site whose name is two or three letters (too short for
    /// <see cref="Matches"/> to take as a prefix) names its desks by that word and one or two more. The part's first word
    /// must be the name, and the part at most <see cref="MetadataThresholds.MaxShortNameDecorationWords"/> words.
    /// </summary>
    private static bool ShortNameOpens(ReadOnlySpan<char> part, ReadOnlySpan<char> site)
    {
        part = part.Trim();
        var space = part.IndexOf(' ');
        if (site.Length is < 2 or > 3 || space <= 0 || part.Count(' ') >= MetadataThresholds.MaxShortNameDecorationWords)
        {
            return false;
        }

        Span<char> buffer = space <= MaxKeyOnStack ? stackalloc char[space] : new char[space];
        return KeyInto(part[..space], buffer).SequenceEqual(site);
    }

    /// <summary>Whether the key of <paramref name="part"/> (a title's part, not yet a key) names the site whose key is <paramref name="site"/>.</summary>
    private static bool PartMatches(ReadOnlySpan<char> part, ReadOnlySpan<char> site)
    {
        Span<char> buffer = part.Length <= MaxKeyOnStack ? stackalloc char[part.Length] : new char[part.Length];
        return Matches(KeyInto(part, buffer), site);
    }

    private static bool Matches(ReadOnlySpan<char> part, ReadOnlySpan<char> site) =>
        part.Length > 0 && (part.SequenceEqual(site) || (part.Length >= 4 && site.Length >= 4 && (site.StartsWith(part) || part.StartsWith(site)))
            || SameWithoutArticle(part, site));

    private static readonly string[] SiteArticles = Vocabulary.Words("titles", "site-name-articles");

    /// <summary>
    /// "The Daily Planet" on dailyplanet.com, or under an og:site_name "Daily Planet": a site's name is written with its
    /// article in one place and without it in another. The same name once an article opening either key is dropped.
    /// </summary>
    private static bool SameWithoutArticle(ReadOnlySpan<char> part, ReadOnlySpan<char> site)
    {
        var p = WithoutArticle(part);
        var s = WithoutArticle(site);
        return (p.Length != part.Length || s.Length != site.Length) && p.Length >= MetadataThresholds.MinSiteNameWithoutArticle && p.SequenceEqual(s);
    }

    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> key)
    {
        foreach (var article in SiteArticles)
        {
            if (key.Length > article.Length && key.StartsWith(article, StringComparison.Ordinal))
            {
                return key[article.Length..];
            }
        }

        return key;
    }

    private static string Key(string s) => Cleaning.TextKey.Normalize(s).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>Texts up to this long have their keys written into a buffer on the stack (a key is never longer than its text).</summary>
    internal const int MaxKeyOnStack = 256;

    /// <summary><see cref="Key"/> of <paramref name="s"/>, in <paramref name="buffer"/> when it fits (a key is never longer than its text), else as a string of its own.</summary>
    private static ReadOnlySpan<char> KeyOf(string s, Span<char> buffer) => s.Length <= buffer.Length ? KeyInto(s, buffer) : Key(s);

    /// <summary><see cref="Key"/> written into <paramref name="buffer"/>, which must be at least as long as <paramref name="text"/>.</summary>
    internal static ReadOnlySpan<char> KeyInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = Cleaning.TextKey.NormalizeInto(text, buffer);
        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c != ' ')
            {
                // "Le Télégramme" is the site at letelegramme.fr: an address spells a name without its accents.
                buffer[kept++] = c is >= FoldedFrom and < FoldedTo ? LatinFolds[c - FoldedFrom] : c;
            }
        }

        return buffer[..kept];
    }

    private const char FoldedFrom = '\u00C0';
    private const char FoldedTo = '\u0250';

    // The lower-case Latin letters with diacritics of U+00C0 to U+024F and their base letters: the first character of each
    // one's canonical decomposition, and by hand those with none ("ł", "ø", "đ", "ħ", "ı"). Written out, because the
    // library runs with invariant globalization, where string.Normalize leaves such letters as they are.
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳ";
    private const string Unaccented = "aaaaaaceeeeiiiinoooooouuuuyyaaaccccddeeeeegggghhiiiiijklllllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooy";

    /// <summary>Each character from <see cref="FoldedFrom"/> to <see cref="FoldedTo"/> as the key writes it: its base letter, or itself.</summary>
    private static readonly char[] LatinFolds = BuildFolds();

    private static char[] BuildFolds()
    {
        var folds = new char[FoldedTo - FoldedFrom];
        for (var i = 0; i < folds.Length; i++)
        {
            folds[i] = (char)(FoldedFrom + i);
        }

        for (var i = 0; i < Accented.Length; i++)
        {
            folds[Accented[i] - FoldedFrom] = Unaccented[i];
        }

        return folds;
    }
}
