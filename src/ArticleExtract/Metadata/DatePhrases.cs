using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Metadata;

/// <summary>
/// Finds full dates inside a line of visible text ("Posted on March 30, 2011 by Jane", "Letzte Aktualisierung:
/// 18.01.2018", "Publié le 29 juin 2019", "12/03/2020 às 14h") and the label written before each. Only a day, a
/// month and a year together make a date; a time alone, or a month and year, never do.
/// </summary>
internal static class DatePhrases
{
    // The date pattern's forms, each a regex of its own: the pattern as one regex compiled to a method so large
    // (190 KB of machine code) that the JIT left it unoptimised, and a form alone is about 1/7 as large and optimised.
    // PhraseMatches finds what the one regex would (leftmost match, then the first form matching there).
    private static readonly Regex[] Forms = Build();
    private static readonly Regex WireDateline = BuildDateline();

    // "29.06.19", "06/29/19": a numeric date with a two-digit year, read only after a label (ShortYearDates).
    private static readonly Regex ShortYear = new(@"(?<![\d./-])(?:[12]\d|3[01]|0?[1-9])([./])(?:1[0-2]|0?[1-9]|[12]\d|3[01])\1\d{2}(?![\d./])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// Each full date in <paramref name="text"/> with its role, as read from the words before it and <paramref name="before"/>
    /// (the text just ahead of this line), whether its month is written as a name (then day and month cannot be swapped),
    /// and whether its label stands as a label ("Published: …" opening the line, or a "Last updated" element just before
    /// it) rather than inside a sentence ("…, which was released on 2019-04-29").
    /// </summary>
    public static void Find(string text, string before, string? language, List<(ArticleDate Date, DateRole Role, bool Named, bool Stated)> found) =>
        Label(text, before, language, Dates(text, language), found);

    /// <summary>A full date the date pattern finds in a line and the parser reads: where it stands and what it says.</summary>
    internal readonly record struct Dated(int Index, int Length, ArticleDate Date);

    /// <summary>
    /// The full dates of <paramref name="text"/> in order, the part of <see cref="Find"/>
    /// that the text before the line does not change: a caller that reads one line after several texts (a date line
    /// read whole, then as its <c>&lt;time&gt;</c>) runs the regex and the parser on it once.
    /// </summary>
    internal static Dated[] Dates(string text, string? language)
    {
        // The pre-check of MayMatch in its two parts: a form that names a month cannot match a line without a month
        // name, a numeric form none without a joined year, and a form that cannot match is not run.
        var named = HasMonthName(text);
        var joined = HasJoinedYear(text);
        if (!named && !joined)
        {
            return [];
        }

        List<Dated>? dates = null;
        // ValueMatch: no Match objects; the date's text is made a string for the parser only.
        foreach (var m in new PhraseMatches(text, named, joined))
        {
            if (DateParser.Parse(text.Substring(m.Index, m.Length), language) is { } date)
            {
                (dates ??= []).Add(date.Time is null && WithLeadingTime(text, m.Index, m.Length, language) is { } timed ? timed : new Dated(m.Index, m.Length, date));
            }
        }

        return dates is null ? [] : dates.ToArray();
    }

    /// <summary>
    /// The date with the time written just before it ("10:00 AM EST, Mon March 4, 2024", as US wire stamps put it), or
    /// null when no time stands there. Only before a date whose month is a name: a time before a numeric date would
    /// make it look named to <see cref="NamesMonth"/>.
    /// </summary>
    private static Dated? WithLeadingTime(string text, int index, int length, string? language)
    {
        if (index < 4 || !NamesMonth(text.AsSpan(index, length)))
        {
            return null;
        }

        var from = Math.Max(0, index - MetadataThresholds.LeadingTimeReach);
        // The window's first character may sit inside a longer number ("11:00" cut to "1:00"): a match there is no time.
        if (LeadingTime.Match(text, from, index - from) is not { Success: true } t || (t.Index == from && from > 0 && char.IsAsciiDigit(text[from - 1]))
            || (t.Groups["word"].Success && !DateParser.IsWeekday(t.Groups["word"].Value)))
        {
            return null;
        }

        var date = DateParser.Parse(text.Substring(t.Index, index + length - t.Index), language);
        return date?.Time is null ? null : new Dated(t.Index, index + length - t.Index, date.Value);
    }

    // A clock time, its half-day, zone word and a weekday, ending where the date begins: "10:00 AM EST, Mon ".
    private static readonly Regex LeadingTime = new(
        @"(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s*\(?(?:" + string.Join('|', DateParser.ZoneNames)
        + @")\)?)?\s*[,|·]?\s*(?:(?<word>\p{L}{2,12})\.?,?\s*)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>As <see cref="Find"/>, given the line's <see cref="Dates"/>: each date with the role its label gives.</summary>
    internal static void Label(string text, string before, string? language, Dated[] dates, List<(ArticleDate Date, DateRole Role, bool Named, bool Stated)> found)
    {
        var previousEnd = 0;
        foreach (var (index, length, date) in dates)
        {
            var lead = text.AsSpan(previousEnd, index - previousEnd);
            if (AfterMemberLabel(lead) || (previousEnd == 0 && !HasLetters(lead) && AfterMemberLabel(before.AsSpan())))
            {
                // "Joined: 4 Jul 2012": a member's join date in a post's profile, not a date of the page.
                previousEnd = index + length;
                continue;
            }

            var role = RoleOf(lead, out var labelStart, out _);
            var stated = role != DateRole.Unknown && !HasLetters(lead[..labelStart]);
            if (role == DateRole.Unknown && previousEnd == 0 && !HasLetters(lead))
            {
                role = RoleOf(before.AsSpan(), out _, out var labelEnd);
                stated = role != DateRole.Unknown && EndsWithLabel(before.AsSpan(), labelEnd);
            }

            found.Add((date, role, NamesMonth(text.AsSpan(index, length)), stated));
            previousEnd = index + length;
        }

        // No full date: a labelled two-digit-year date ("Stand: 14.09.21") still may stand in the line.
        if (previousEnd == 0 && MayHoldShortDate(text))
        {
            ShortYearDates(text, before, language, found);
        }
    }

    /// <summary>
    /// Numeric dates with a two-digit year ("Stand: 29.06.19", "Posted 06/29/19"), taken only when a label stands right
    /// before them, in the line or just ahead of it: alone, "1.2.19" is as often a version or a score as a date.
    /// </summary>
    private static void ShortYearDates(string text, string before, string? language, List<(ArticleDate Date, DateRole Role, bool Named, bool Stated)> found)
    {
        foreach (var m in ShortYear.EnumerateMatches(text))
        {
            var lead = text.AsSpan(0, m.Index);
            if (AfterMemberLabel(lead))
            {
                continue;
            }

            var role = RoleOf(lead, out _, out var labelEnd);
            var labelled = role != DateRole.Unknown && LabelJustBefore(lead, labelEnd);
            if (!labelled && !HasLetters(lead))
            {
                role = RoleOf(before.AsSpan(), out _, out labelEnd);
                labelled = role != DateRole.Unknown && EndsWithLabel(before.AsSpan(), labelEnd);
            }

            if (labelled && DateParser.Parse(text.Substring(m.Index, m.Length), language) is { } date)
            {
                found.Add((date, role, false, true));
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="lead"/>, the text just before a date, ends with a member's join label ("Joined:",
    /// "Member since", "Mitglied seit"), with at most a short word or a weekday after it ("Joined: Sun Dec 17, 2023").
    /// </summary>
    internal static bool AfterMemberLabel(ReadOnlySpan<char> lead)
    {
        if (!HoldsAny(lead, MemberLabelSearch))
        {
            return false;
        }

        foreach (var label in MetadataLexicon.MemberLabels)
        {
            var at = lead.LastIndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (at > 0 && char.IsLetter(lead[at - 1])) || (at + label.Length < lead.Length && char.IsLetter(lead[at + label.Length])))
            {
                continue;
            }

            var rest = lead[(at + label.Length)..].Trim(" \u00A0:,-–|".AsSpan());
            if (!HasLetters(rest) || IsWeekday(rest) || LabelJustBefore(lead, at + label.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only punctuation and at most one short word ("am", "le", "on") stand between a label's end and the date.</summary>
    private static bool LabelJustBefore(ReadOnlySpan<char> lead, int labelEnd)
    {
        var rest = lead[labelEnd..].Trim(" \u00A0:,-–|".AsSpan());
        if (rest.Length > 3)
        {
            return false;
        }

        foreach (var c in rest)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the text may hold a numeric date with a two-digit year (<see cref="ShortYear"/>): a digit on both sides of
    /// a full stop or slash, then the pattern itself. Checked for lines <see cref="MayHoldDate"/> turns away.
    /// </summary>
    public static bool MayHoldShortDate(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '.' or '/' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                return ShortYear.IsMatch(text);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text may hold a date at all: four ASCII digits in a row, and a year as the pattern's <c>Year</c>
    /// reads one ("19" or "20", two digits, then no digit: every alternative ends the year with <c>(?!\d)</c>, '-' or
    /// '/'). Cheap, checked before the regex: prices, counts and phone numbers fail it. Keep it in step with
    /// <see cref="DateForms"/>.
    /// </summary>
    public static bool MayHoldDate(ReadOnlySpan<char> text) => HasFourDigits(text) && HasYear(text);

    /// <summary>
    /// Whether a line may hold a full date or a two-digit-year one (<see cref="MayHoldDate"/> or <see cref="MayHoldShortDate"/>).
    /// Both need an ASCII digit, and most short lines of a page hold none (a menu entry, a heading, a name): one vectorised
    /// search turns those away where each check read the line character by character.
    /// </summary>
    public static bool MayHoldAnyDate(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('0', '9') && (MayHoldDate(text) || MayHoldShortDate(text));

    private static bool HasFourDigits(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny('1', '2'); at >= 0 && at + 4 <= text.Length; at = NextYearStart(text, at))
        {
            if (IsYearAt(text, at) && (at + 4 == text.Length || !char.IsDigit(text[at + 4])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the date pattern (<see cref="Forms"/>) can match <paramref name="text"/> at all, checked before it runs: each of the
    /// pattern's forms either names a month (a whole word of letters, <c>(?&lt;!\p{L})</c> and <c>(?!\p{L})</c>) or
    /// writes its year against a separator (<c>2019-04-29</c>, <c>29.04.2019</c>, <c>2019/4/29</c>). Most lines that
    /// hold a year hold neither (a copyright, a count), and on them the regex tried its month names, ignoring case, at
    /// every position. Exact, never a guess: a word is compared with the month names after <see cref="Fold"/>, which
    /// maps every pair of characters the pattern's case-insensitivity equates to one character (a test checks this
    /// over all characters). Keep it in step with <see cref="DateForms"/>.
    /// </summary>
    internal static bool MayMatch(ReadOnlySpan<char> text) => HasJoinedYear(text) || HasMonthName(text);

    /// <summary>
    /// A year (as <see cref="HasYear"/> reads one) followed by '-', '/' or '.' ("2019.06.29") or by '年' or '년', with
    /// or without white space between ("2024年5月21日", "2024 年 5 月 21 日", "2024년 5월 21일"), or following '.', '/' or '-'.
    /// </summary>
    private static bool HasJoinedYear(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny('1', '2'); at >= 0 && at + 4 <= text.Length; at = NextYearStart(text, at))
        {
            if (IsYearAt(text, at) && (JoinedAfter(text, at + 4) || (at > 0 && text[at - 1] is '.' or '/' or '-')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool JoinedAfter(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        if (text[end] is '-' or '/' or '.' or '年' or '년')
        {
            return true;
        }

        // The East Asian form reads white space before the year's sign: without this the line never reached it.
        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var rest = text[end..].TrimStart();
        return rest.Length > 0 && rest[0] is '年' or '년';
    }

    private static bool HasMonthName(ReadOnlySpan<char> text)
    {
        Span<char> folded = stackalloc char[LongestMonthName];
        foreach (var run in new LetterRuns(text))
        {
            var letters = text[run];
            if (letters.Length <= folded.Length)
            {
                var word = folded[..letters.Length];
                for (var k = 0; k < word.Length; k++)
                {
                    word[k] = Fold(letters[k]);
                }

                if (FoldedMonthNames.Contains(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A character's case folded both ways: letters the regex's case-insensitivity equates fold alike ('K', 'k', the Kelvin sign; 'ı', 'i').</summary>
    internal static char Fold(char c) => char.ToLowerInvariant(char.ToUpperInvariant(c));

    private const int LongestMonthName = 16;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FoldedMonthNames = BuildFoldedMonthNames();

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildFoldedMonthNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in DateParser.MonthNames.Keys)
        {
            if (name.Length > LongestMonthName || !name.All(char.IsLetter))
            {
                throw new InvalidOperationException($"Month name '{name}': the date pre-check reads words of letters up to {LongestMonthName} long.");
            }

            names.Add(string.Concat(name.Select(Fold)));
        }

        return names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The regex's \d is any Unicode decimal digit, so char.IsDigit, not IsAsciiDigit, for the digits it reads.
    private static bool IsYearAt(ReadOnlySpan<char> text, int at) =>
        (text[at] == '1' ? text[at + 1] == '9' : text[at + 1] == '0') && char.IsDigit(text[at + 2]) && char.IsDigit(text[at + 3]);

    private static int NextYearStart(ReadOnlySpan<char> text, int at)
    {
        var rel = text[(at + 1)..].IndexOfAny('1', '2');
        return rel < 0 ? -1 : at + 1 + rel;
    }

    /// <summary>
    /// The date of a wire dateline opening a paragraph: a place (its name in capitals, or followed by the agency in
    /// brackets), the full date and a dash before the report's first sentence ("CITY, Mon D, YYYY (AGENCY) – …",
    /// "CITY (AGENCY) Mon D, YYYY – …", "CITY, Mon D, YYYY /AGENCY/ -- …"). The place may stand in an element of its
    /// own, so a line may also open with the comma after it. A date inside the sentence is never a dateline.
    /// </summary>
    public static ArticleDate? Dateline(ReadOnlySpan<char> text, string? language)
    {
        var head = text.Length <= MetadataThresholds.MaxDatelinePrefix ? text : text[..MetadataThresholds.MaxDatelinePrefix];
        if (!MayOpenDateline(head))
        {
            return null;
        }

        var m = WireDateline.Match(head.ToString());
        if (!m.Success || (!m.Groups["caps"].Success && !m.Groups["agency"].Success))
        {
            return null;
        }

        return DateParser.Parse(m.Groups["date"].Value, language);
    }

    /// <summary>
    /// What <see cref="BuildDateline"/>'s pattern needs, checked before it runs (it backtracks through the place and the
    /// date at the start of the page's first paragraph, which is rarely a dateline): a capital letter (<c>\p{Lu}</c>) or a
    /// comma first, a dash (<c>--</c>, <c>-</c>, <c>–</c> or <c>—</c>) followed by white space, and a year. Keep it in step
    /// with the pattern.
    /// </summary>
    private static bool MayOpenDateline(ReadOnlySpan<char> head)
    {
        if (head.IsEmpty || !(head[0] == ',' || char.IsUpper(head[0])))
        {
            return false;
        }

        var dash = false;
        for (var i = head.IndexOfAny('-', '–', '—'); i >= 0 && i + 1 < head.Length && !dash; i = NextDash(head, i))
        {
            dash = char.IsWhiteSpace(head[i + 1]);
        }

        return dash && MayHoldDate(head);

        static int NextDash(ReadOnlySpan<char> head, int at)
        {
            var rel = head[(at + 1)..].IndexOfAny('-', '–', '—');
            return rel < 0 ? -1 : at + 1 + rel;
        }
    }

    /// <summary>Whether the date pattern finds anything in <paramref name="text"/>, asked without the pre-check (for the tests).</summary>
    internal static bool PatternFinds(string text) => new PhraseMatches(text).MoveNext();

    /// <summary>The date pattern's options, for the tests that hold <see cref="Fold"/> to its case-insensitivity.</summary>
    internal const RegexOptions PatternOptions = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>
    /// Whether a line is a sentence of prose: at least <see cref="MetadataThresholds.MinSentenceWords"/> words, ending with
    /// a full stop, a question or an exclamation mark. A date nothing labels in one is an event the text tells of
    /// ("The law takes effect on January 1, 2022, officials said."), not the page's.
    /// </summary>
    public static bool IsSentence(string text)
    {
        var t = text.AsSpan().TrimEnd(" \u00A0\"”’)".AsSpan());
        if (t.IsEmpty || t[^1] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var words = 0;
        var inWord = false;
        foreach (var c in t)
        {
            var letter = char.IsLetter(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }

        return words >= MetadataThresholds.MinSentenceWords;
    }

    /// <summary>Whether a line is one date and nothing else but punctuation and a weekday ("April 8, 2024", "Fri, 19.12.2025").</summary>
    public static bool StandsAlone(string text)
    {
        var matches = new PhraseMatches(text);
        if (!matches.MoveNext())
        {
            return false;
        }

        var m = matches.Current;
        var rest = (text[..m.Index] + " " + text[(m.Index + m.Length)..]).AsSpan();
        foreach (var word in rest.Split(' '))
        {
            var w = rest[word].Trim(" ,.;:|-–—()".AsSpan());
            if (HasLetters(w) && !IsWeekday(w))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWeekday(ReadOnlySpan<char> word)
    {
        foreach (var name in MetadataLexicon.Weekdays)
        {
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Each list of labels as one search. Most texts a label is looked for in hold none of the list (a date opens its line,
    // the text before it is a name or a count), and there one search answers for all of them where each label's own
    // case-insensitive LastIndexOf ran (the labels that are not ASCII take its slow path): 3% of the metadata stage.
    // Both compare ignoring case ordinally, so the search finds a label exactly where some LastIndexOf would (a test checks).
    private static readonly LabelSearch PublishedLabelSearch = new(MetadataLexicon.PublishedLabels);

    private static readonly LabelSearch UpdatedLabelSearch = new(MetadataLexicon.UpdatedLabels);

    private static readonly LabelSearch MemberLabelSearch = new(MetadataLexicon.MemberLabels);

    /// <summary>Whether any of the labels <paramref name="labels"/> searches for stands anywhere in <paramref name="text"/>.</summary>
    internal static bool HoldsAny(ReadOnlySpan<char> text, LabelSearch labels) => !text.IsEmpty && labels.FoundIn(text);

    /// <summary>
    /// A list of labels searched for ignoring case ordinally, as two searches: its ASCII labels and the others. Why: one
    /// search of a list with labels outside ASCII ("veröffentlicht", "опубликовано") is .NET's Aho-Corasick, a table read
    /// per character (1.7% of the metadata stage), where ASCII labels alone get its vectorised search; and a label outside
    /// ASCII cannot stand in a text of ASCII alone, whose every character ignoring case equals only ASCII ones (checked
    /// when built), so the other labels are searched for only in a text that has a character outside ASCII.
    /// </summary>
    internal sealed class LabelSearch
    {
        private readonly SearchValues<string> _ascii;
        private readonly SearchValues<string>? _other;

        public LabelSearch(string[] labels)
        {
            var ascii = new List<string>();
            var other = new List<string>();
            foreach (var label in labels)
            {
                (Ascii.IsValid(label) ? ascii : other).Add(label);
                foreach (var c in label)
                {
                    if (!char.IsAscii(c) && EqualsAsciiIgnoringCase(c))
                    {
                        throw new InvalidOperationException($"Label '{label}': U+{(int)c:X4} equals an ASCII character ignoring case, and a text of ASCII alone would be searched for the ASCII labels only.");
                    }
                }
            }

            _ascii = SearchValues.Create(ascii.ToArray(), StringComparison.OrdinalIgnoreCase);
            _other = other.Count == 0 ? null : SearchValues.Create(other.ToArray(), StringComparison.OrdinalIgnoreCase);
        }

        public bool FoundIn(ReadOnlySpan<char> text) =>
            text.IndexOfAny(_ascii) >= 0 || (_other is not null && !Ascii.IsValid(text) && text.IndexOfAny(_other) >= 0);

        private static bool EqualsAsciiIgnoringCase(char c)
        {
            ReadOnlySpan<char> one = [c];
            for (var a = '\0'; a < 128; a++)
            {
                if (one.Equals([a], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The role the label closest to the end of <paramref name="lead"/> gives ("Published …", "Updated …").</summary>
    internal static DateRole RoleOf(ReadOnlySpan<char> lead) => RoleOf(lead, out _, out _);

    /// <summary>The role the label closest to the end of <paramref name="lead"/> gives, and where that label starts and ends.</summary>
    internal static DateRole RoleOf(ReadOnlySpan<char> lead, out int start, out int end)
    {
        var best = -1;
        start = 0;
        var role = DateRole.Unknown;
        Scan(lead, MetadataLexicon.PublishedLabels, DateRole.Published, ref best, ref start, ref role);
        Scan(lead, MetadataLexicon.UpdatedLabels, DateRole.Modified, ref best, ref start, ref role);
        end = Math.Max(best, 0);
        return role;
    }

    private static void Scan(ReadOnlySpan<char> lead, string[] labels, DateRole labelRole, ref int best, ref int start, ref DateRole role)
    {
        if (!HoldsAny(lead, labelRole == DateRole.Published ? PublishedLabelSearch : UpdatedLabelSearch))
        {
            return;
        }

        foreach (var label in labels)
        {
            var at = lead.LastIndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (at > 0 && char.IsLetter(lead[at - 1])) || (at + label.Length < lead.Length && char.IsLetter(lead[at + label.Length])))
            {
                continue;
            }

            // The later label is the one that names the date; on a tie ("last updated" ends where "updated" does), the longer.
            var end = at + label.Length;
            if (end > best)
            {
                best = end;
                start = at;
                role = labelRole;
            }
            else if (end == best)
            {
                start = Math.Min(start, at);
                role = labelRole == DateRole.Modified ? labelRole : role;
            }
        }
    }

    /// <summary>
    /// Whether a matched date writes its month as a word: a letter before its four-digit year. Letters after the year
    /// are a time's ("às 14h", "T10:00", "pm"), not a month's.
    /// </summary>
    private static bool NamesMonth(ReadOnlySpan<char> date)
    {
        var run = 0;
        foreach (var c in date)
        {
            if (char.IsLetter(c))
            {
                return true;
            }

            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the text ahead of a date ends with its label ("Last updated:"), not with words after it ("Date First Available").</summary>
    internal static bool EndsWithLabel(ReadOnlySpan<char> before, int labelEnd) => !HasLetters(before[labelEnd..]);

    private static bool HasLetters(ReadOnlySpan<char> text)
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

    private static Regex BuildDateline()
    {
        var date = string.Join('|', DateForms());
        const string Agency = @"(?:\((?<agency>\p{Lu}[^()]{0,40})\)|/(?<agency>\p{Lu}[^/]{0,40})/)";
        const string Place = @"(?:(?<caps>\p{Lu}[\p{Lu}.'’ -]{1,40}?)|\p{Lu}[\p{L}.'’ -]{1,40}?)(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?";
        var pattern = $@"^(?:{Place}|(?=,))(?:\s*{Agency})?,?\s*(?<date>(?i:{date}))\s*{Agency}?\s*(?:--|[-–—])\s";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);
    }

    private static Regex[] Build()
    {
        var forms = DateForms();
        if (forms.Length != FormCount)
        {
            throw new InvalidOperationException($"{nameof(FormCount)} must be the number of date forms, {forms.Length}.");
        }

        return Array.ConvertAll(forms, form => new Regex(form, PatternOptions | RegexOptions.Compiled));
    }

    /// <summary>The forms a date is written in; the date pattern is their alternation, in this order.</summary>
    internal static string[] DateForms()
    {
        var names = new List<string>(DateParser.MonthNames.Keys);
        names.Sort((a, b) => b.Length.CompareTo(a.Length));
        var months = new StringBuilder();
        foreach (var name in names)
        {
            months.Append(months.Length == 0 ? "" : "|").Append(Regex.Escape(name));
        }

        const string Day = @"(?:[12]\d|3[01]|0?[1-9])";
        const string Year = @"(?:19|20)\d{2}";
        var month = $@"(?<!\p{{L}})(?:{months})\.?(?!\p{{L}})";
        // A zone word after the time ("14:30 GMT+2", "3:45 p.m. ET") is part of the date, in capitals only (DateParser.ZoneNames).
        var zoneWord = $@"\s*\(?(?-i:{string.Join('|', DateParser.ZoneNames)})(?:\s?[+\-\u2212]\s?\d{{1,2}}(?::?\d{{2}})?)?\)?(?![\p{{L}}\d])";
        var zone = $"(?:{zoneWord})?";
        // British papers write the time with a dot ("4 March 2024 09.12 GMT"): taken only with its zone word, since
        // "2024 09.12" alone may as well be a figure.
        var time = @"(?:\s*(?:,|at|à|às|a las|alle|um|om|o|в|-|–|\||@)?\s*(?:(?:[01]?\d|2[0-3])(?::[0-5]\d|h(?:[0-5]\d)?|\s+h\s+[0-5]\d)(?::[0-5]\d)?\s*(?:[ap]\.?m\.?|uhr)?" + zone
            + @"|(?:[01]?\d|2[0-3])\.[0-5]\d" + zoneWord + "))?";
        return
        [
            // An ordinal day: "5th", French "1er", Spanish and Portuguese "1º", Italian "1°" (the degree sign pages type for it).
            $@"(?<!\d){Day}(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|of\s+)?{month},?\s*(?:del?\s+)?{Year}(?!\d)(?:\s*г\.?)?{time}",
            $@"{month}\s*{Day}(?:st|nd|rd|th)?,?\s*{Year}(?!\d){time}",
            // "04-Aug-2021", "04-ago-2021": day, month name and year joined by hyphens, as many templates print them.
            $@"(?<![\d./-]){Day}-{month}-{Year}(?!\d){time}",
            $@"(?<!\d){Year}-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?{zone})?(?!\d)",
            $@"(?<![\d./-]){Day}[./-](?:1[0-2]|0?[1-9]|[12]\d|3[01])[./-]{Year}(?!\d){time}",
            $@"(?<!\d){Year}/[01]?\d/[0-3]?\d(?![\d/])",
            // "2019.06.29": year first with dots, month and day of two digits each (a version number seldom pads them).
            // Korean papers stamp it with the time ("입력 2024.03.04 09:12").
            $@"(?<![\d.]){Year}\.[01]\d\.[0-3]\d(?![\d]|\.\d)(?:\.?\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d))?",
            // "2024年5月21日" (Chinese, Japanese), "2024년 5월 21일" (Korean): year, month and day each followed by its sign, and the time often right after it ("2024年5月21日07:17").
            $@"(?<!\d){Year}\s*[年년]\s*(?:1[0-2]|0?[1-9])\s*[月월]\s*{Day}\s*[日일]{time}",
        ];
    }

    /// <summary>
    /// The matches of the date pattern (the alternation of <see cref="Forms"/>) in a text, as that one regex enumerates
    /// them: the leftmost position where some form matches, the first form in order that matches there, then on from
    /// the match's end. A form's next match found from an earlier start stays its next one until the scan passes it
    /// (no match of it lies between), so each form is searched again only then. Lookbehinds see the whole text.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="named">False when the text names no month (<see cref="HasMonthName"/>): the forms that need one are not run.</param>
    /// <param name="joined">False when the text has no joined year (<see cref="HasJoinedYear"/>): the numeric forms are not run.</param>
    internal struct PhraseMatches(string text, bool named = true, bool joined = true)
    {
        // Each form's next match, its index -1 while not yet searched and int.MaxValue when the form has no more.
        private FormMatches _next = Unsearched(named, joined);
        private int _at;

        public (int Index, int Length) Current { get; private set; }

        public readonly PhraseMatches GetEnumerator() => this;

        public bool MoveNext()
        {
            var best = -1;
            for (var f = 0; f < FormCount; f++)
            {
                if (_next[f].Index < _at)
                {
                    _next[f] = (int.MaxValue, 0);
                    foreach (var m in Forms[f].EnumerateMatches(text, _at))
                    {
                        _next[f] = (m.Index, m.Length);
                        break;
                    }
                }

                if (_next[f].Index != int.MaxValue && (best < 0 || _next[f].Index < _next[best].Index))
                {
                    best = f;
                }
            }

            if (best < 0)
            {
                return false;
            }

            Current = _next[best];
            _at = Current.Index + Current.Length;
            return true;
        }

        private static FormMatches Unsearched(bool named, bool joined)
        {
            var next = default(FormMatches);
            for (var f = 0; f < FormCount; f++)
            {
                next[f] = (f < NamedForms ? named : joined) ? (-1, 0) : (int.MaxValue, 0);
            }

            return next;
        }
    }

    private const int FormCount = 8;

    /// <summary>The first forms of <see cref="DateForms"/>, those that write the month as a name.</summary>
    private const int NamedForms = 3;

    [System.Runtime.CompilerServices.InlineArray(FormCount)]
    private struct FormMatches
    {
        private (int Index, int Length) _first;
    }
}
