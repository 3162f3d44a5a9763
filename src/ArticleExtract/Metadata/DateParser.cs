using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleExtract.Metadata;

/// <summary>
/// Parses the dates pages write: ISO 8601 and RFC 1123 first, then numeric forms, then dates with month names in
/// English, German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian ("3. März 2024",
/// "le 3 mars 2024 à 10h15", "3 de marzo de 2024", "March 3, 2024 at 6:01 am", "3 марта 2024 г.").
/// </summary>
internal static partial class DateParser
{
    // RFC 1123 and its relatives always carry a zone, so the parsed offset is the page's own.
    private static readonly string[] RfcFormats = ["r", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'UTC'", "d MMM yyyy HH:mm:ss zzz"];

    private static readonly Dictionary<string, int> Months = BuildMonths(MetadataLexicon.MonthNames);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Weekdays = new(MetadataLexicon.Weekdays, StringComparer.Ordinal);

    /// <summary>Every month name and abbreviation, by month number, for the date-phrase finder.</summary>
    internal static IReadOnlyDictionary<string, int> MonthNames => Months;

    /// <summary>
    /// Parses <paramref name="value"/> into what it states and nothing more: a date alone stays a date, a time
    /// without a zone stays local. <paramref name="language"/> (the page's BCP 47 tag) settles 03/07/2024. A text
    /// without a day, month and year (a bare "16:45", "yesterday") is no date: nothing here reads the clock.
    /// </summary>
    public static ArticleDate? Parse(string? value, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
        {
            return null;
        }

        var v = DottedTime(CjkAsIso(AsciiDigits(value.Trim())));
        // "09:12 UTC", "3:45 p.m. ET": the zone is read and taken out first, so that every reading below sees the
        // date and time it knows, and given to what they read only when it has a time of its own.
        var zone = Zone(v);
        return zone.Length == 0 ? Unzoned(v, language) : Zoned(Unzoned(v.Remove(zone.At, zone.Length), language), zone);
    }

    private static ArticleDate? Unzoned(string v, string? language)
    {
        if (Iso().Match(v) is { Success: true } iso)
        {
            return Plausible(FromIso(iso));
        }

        if (char.IsAsciiLetter(v[0]) && DateTimeOffset.TryParseExact(v, RfcFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
        {
            return Plausible(ArticleDate.FromDateTimeOffset(rfc));
        }

        // Before any other reading, which would take 05.03.2024 month-first.
        return Plausible(Human(v, MonthFirstSlashes(language)));
    }

    /// <summary>
    /// "09.12 GMT" as "09:12 GMT": British papers write the time with a dot. Only before a zone word, which tells the
    /// time from a figure or a numeric date ("4.03.2024").
    /// </summary>
    private static string DottedTime(string v) =>
        v.Contains('.', StringComparison.Ordinal) && HasCapitalPair(v) ? DottedTimePattern.Replace(v, "${h}:${m}", 1) : v;

    private static readonly Dictionary<string, TimeSpan> ZoneOffsets = Offsets("zone-offsets");

    private static readonly Dictionary<string, TimeSpan> UsZones = Offsets("us-zones");

    private static readonly HashSet<string> OffsetZones = new(Vocabulary.Words("dates", "offset-zones"), StringComparer.Ordinal);

    /// <summary>Every zone word dates are read with (upper case), longest first, for the date-phrase finder's pattern.</summary>
    internal static readonly string[] ZoneNames = ZoneWords();

    // A zone word right after a time (its seconds, "a.m." or "Uhr" between), in capitals, with an offset after UTC or
    // GMT: "3:45 p.m. ET", "14:30 Uhr MEZ", "14:30 GMT+2", "09:12 (UTC)". Built from the lists, so not generated.
    private static readonly Regex ZonePattern = new(
        @"(?<=\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s*[Uu]hr)?)\s*\(?(?<name>" + string.Join('|', ZoneNames) + @")(?:\s?(?<sign>[+\-\u2212])\s?(?<h>\d{1,2})(?::?(?<m>\d{2}))?)?\)?(?![\p{L}\d])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex DottedTimePattern = new(
        @"(?<![\d.:])(?<h>[01]?\d|2[0-3])\.(?<m>[0-5]\d)(?=\s*\(?(?:" + string.Join('|', ZoneNames) + @")(?![\p{L}\d]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A zone read after a time: its offset (the standard one for a US zone), whether US daylight saving applies, and where its text stands.</summary>
    private readonly record struct StatedZone(TimeSpan Offset, bool UsDaylight, int At, int Length);

    /// <summary>
    /// The zone written after the time in <paramref name="v"/>; its <see cref="StatedZone.Length"/> is 0 when no zone word
    /// follows a time, or the one that does names no single offset ("EST+1", "UTC+15").
    /// </summary>
    private static StatedZone Zone(string v)
    {
        // Zone words are capitals, two or more: most dates have none, and the pattern is not run on them.
        if (!HasCapitalPair(v) || ZonePattern.Match(v) is not { Success: true } m)
        {
            return default;
        }

        var name = m.Groups["name"].Value;
        if (!m.Groups["sign"].Success)
        {
            return ZoneOffsets.TryGetValue(name, out var offset) ? new StatedZone(offset, false, m.Index, m.Length)
                : new StatedZone(UsZones[name], true, m.Index, m.Length);
        }

        var hours = Number(m.Groups["h"].ValueSpan);
        var minutes = m.Groups["m"].Success ? Number(m.Groups["m"].ValueSpan) : 0;
        if (!OffsetZones.Contains(name) || minutes is < 0 or > 59 || hours is < 0 or > 14 || (hours == 14 && minutes > 0))
        {
            return default;
        }

        var stated = new TimeSpan(hours, minutes, 0);
        return new StatedZone(m.Groups["sign"].Value == "+" ? stated : -stated, false, m.Index, m.Length);
    }

    /// <summary><paramref name="date"/> at the zone's offset when it has a time and no offset of its own; else as it is.</summary>
    private static ArticleDate? Zoned(ArticleDate? date, StatedZone zone)
    {
        if (date is not { Time: { } time, Offset: null } d)
        {
            return date;
        }

        var offset = zone.UsDaylight && UsDaylight(d.Date, time) ? zone.Offset + TimeSpan.FromHours(1) : zone.Offset;
        return new ArticleDate(d.Date, time, offset);
    }

    /// <summary>
    /// Whether US daylight saving time was in force at this local date and time: from the second Sunday of March to the
    /// first of November since 2007, from the first Sunday of April to the last of October before; it starts at 2:00
    /// and ends at 2:00 (the repeated hour read as the first, daylight one).
    /// </summary>
    private static bool UsDaylight(DateOnly date, TimeOnly time)
    {
        var y = date.Year;
        var (start, end) = y >= 2007
            ? (NthSunday(y, 3, 2), NthSunday(y, 11, 1))
            : (NthSunday(y, 4, 1), NthSunday(y, 11, 1).AddDays(-7));
        return (date > start && date < end) || (date == start && time.Hour >= 2) || (date == end && time.Hour < 2);
    }

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((7 - (int)first.DayOfWeek) % 7) + (7 * (n - 1)));
    }

    private static bool HasCapitalPair(string v)
    {
        for (var i = 1; i < v.Length; i++)
        {
            if (char.IsAsciiLetterUpper(v[i]) && char.IsAsciiLetterUpper(v[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, TimeSpan> Offsets(string section)
    {
        var map = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var entry in Vocabulary.Words("dates", section))
        {
            var space = entry.IndexOf(' ', StringComparison.Ordinal);
            var offset = TimeSpan.ParseExact(entry.AsSpan(space + 2), @"hh\:mm", CultureInfo.InvariantCulture);
            map.Add(entry[..space], entry[space + 1] == '-' ? -offset : offset);
        }

        return map;
    }

    private static string[] ZoneWords()
    {
        var words = new List<string>(ZoneOffsets.Keys);
        words.AddRange(UsZones.Keys);
        words.Sort((a, b) => b.Length.CompareTo(a.Length));
        return [.. words];
    }

    /// <summary>
    /// "2024年5月21日 10:30" (Chinese, Japanese) or "2024년 5월 21일" (Korean) as "2024-5-21 10:30": each part is
    /// followed by its sign, year first, so the date reads as ISO once the signs are dashes.
    /// </summary>
    private static string CjkAsIso(string v)
    {
        var year = v.IndexOfAny(['年', '년']);
        if (year < 4)
        {
            return v;
        }

        var month = v.IndexOfAny(['月', '월'], year);
        var day = month < 0 ? -1 : v.IndexOfAny(['日', '일'], month);
        if (day < 0)
        {
            return v;
        }

        var rest = v.AsSpan(day + 1).Trim();
        return string.Create(CultureInfo.InvariantCulture, $"{v.AsSpan(0, year).Trim()}-{v.AsSpan(year + 1, month - year - 1).Trim()}-{v.AsSpan(month + 1, day - month - 1).Trim()}{(rest.IsEmpty ? "" : " ")}{rest}");
    }

    private static ArticleDate? FromIso(Match m)
    {
        var year = Number(m.Groups["y"].ValueSpan);
        var month = Number(m.Groups["mo"].ValueSpan);
        var day = Number(m.Groups["d"].ValueSpan);

        // Plausible's years already here: on 0001-01-01 or 9999-12-31 an offset can put the instant outside the
        // calendar, which ArticleDate refuses.
        if (year is < MetadataThresholds.EarliestYear or > MetadataThresholds.LatestYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        if (!m.Groups["h"].Success)
        {
            return new ArticleDate(date);
        }

        var hour = Number(m.Groups["h"].ValueSpan);
        var minute = Number(m.Groups["mi"].ValueSpan);
        var second = m.Groups["s"].Success ? Number(m.Groups["s"].ValueSpan) : 0;
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return new ArticleDate(date);
        }

        // The fraction to the microsecond (JSON-LD often writes six digits): finer is kept no further.
        var fraction = m.Groups["f"].Success ? Number(m.Groups["f"].Value.PadRight(6, '0').AsSpan(0, 6)) : 0;
        var time = new TimeOnly(hour, minute, second, Math.Max(0, fraction) / 1000, Math.Max(0, fraction) % 1000);
        var zone = m.Groups["z"].Value;
        if (zone.Length == 0)
        {
            return new ArticleDate(date, time);
        }

        if (zone is "Z" or "z")
        {
            return new ArticleDate(date, time, TimeSpan.Zero);
        }

        var digits = zone.AsSpan(1).ToString().Replace(":", "", StringComparison.Ordinal);
        var offsetHours = Number(digits.AsSpan(0, 2));
        var offsetMinutes = digits.Length >= 4 ? Number(digits.AsSpan(2, 2)) : 0;
        // ±14:00 is the widest offset a zone has (and ArticleDate's bound): "+14:30" is no offset, like "+15:00".
        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        if (offsetHours < 0 || offsetMinutes is < 0 or > 59 || offset > TimeSpan.FromHours(14))
        {
            return new ArticleDate(date, time);
        }

        return new ArticleDate(date, time, zone[0] == '-' ? -offset : offset);
    }

    /// <summary>Whether a short text is nothing but a date or a time ("October 12, 2017", "15:23 2019", "12.03.2024").</summary>
    public static bool LooksLikeDate(string text)
    {
        // Every reading below needs two decimal digits (a day and a year, or the fallback's count), and \d is
        // char.IsDigit: most short blocks (menu items, labels) have none and are turned away before any regex runs.
        if (!HasTwoDigits(text))
        {
            return false;
        }

        var t = text.Trim().TrimEnd('.', ',');
        if (t.Length is 0 or > 40)
        {
            return false;
        }

        if (Parse(t) is not null)
        {
            return true;
        }

        // Digits, separators and at most one word (a month name or "am"/"pm"): a dateline or a clock time.
        var words = 0;
        var digits = 0;
        var inWord = false;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (char.IsLetter(c))
            {
                if (!inWord)
                {
                    words++;
                    if (!IsDateWordAt(t, i))
                    {
                        // "Final score: 3-2" has digits and separators too: a word that no date uses makes it text.
                        return false;
                    }
                }

                inWord = true;
                continue;
            }

            inWord = false;
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (!(char.IsWhiteSpace(c) || c is ':' or '/' or '.' or '-' or ','))
            {
                return false;
            }
        }

        return digits >= 2 && words <= 2;
    }

    private static bool HasTwoDigits(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (first >= 0 && text.AsSpan(first + 1).IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        // Digits of other scripts ("٢٠٢٤") count too: Parse reads them as ASCII.
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c) && ++digits == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word starting at <paramref name="start"/> is one dates are written with: a month, a weekday, a clock or ordinal suffix.</summary>
    private static bool IsDateWordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text[start..end].ToLowerInvariant();
        return Months.ContainsKey(word) || Weekdays.Contains(word)
            || word is "am" or "pm" or "a" or "p" or "m" or "st" or "nd" or "rd" or "th" or "utc" or "gmt" or "h" or "uhr" or "at" or "um" or "de" or "of";
    }

    /// <summary>Dates written for people: a day, a month name or number, a year, and maybe a time.</summary>
    // Regex \d also matches non-ASCII digits, which int.Parse refuses: such a token is simply no date part.
    // Spans: a group's digits are read where they stand, not copied into a string of their own first.
    private static int Number(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static ArticleDate? Human(string text, bool monthFirstSlashes)
    {
        var lower = text.ToLowerInvariant();
        int? day = null, month = null, year = null;
        // ValueMatch and spans: no Match object or string per token (a date has half a dozen).
        foreach (var token in Token().EnumerateMatches(lower))
        {
            var t = lower.AsSpan(token.Index, token.Length);
            if (char.IsDigit(t[0]))
            {
                if (t.Contains(':') || t.Contains('h'))
                {
                    continue;
                }

                // NumericDate needs its first separator after one or two digits: other numbers are not made strings for it.
                if (t.IndexOfAny('.', '/', '-') is 1 or 2 && NumericDate().Match(t.ToString()) is { Success: true } n)
                {
                    var first = Number(n.Groups[1].ValueSpan);
                    var second = Number(n.Groups[3].ValueSpan);
                    var numericYear = n.Groups[4].Success ? Number(n.Groups[4].ValueSpan) : FullYear(Number(n.Groups[5].ValueSpan));

                    // 03.07.2024 is day-first everywhere; 03/07/2024 is month-first in US English and day-first in
                    // the other languages, so a slash follows the page's language when neither number exceeds 12.
                    // A second number over 12 can only be the day, whatever the separator ("11-29-2024").
                    var monthFirst = first <= 12 && (second > 12 || (n.Groups[2].Value == "/" && monthFirstSlashes));
                    return monthFirst ? Build(numericYear, first, second, lower) : Build(numericYear, second, first, lower);
                }

                // A run of digits can be any length ("20191120172746"): too long for a day or a year is no date part.
                if (!int.TryParse(t.TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    continue;
                }

                if (t.Length == 4 && number >= MetadataThresholds.EarliestYear)
                {
                    year ??= number;
                }
                else if (number is >= 1 and <= 31 && day is null)
                {
                    day = number;
                }
            }
            else if (month is null && MonthLookup.TryGetValue(t.TrimEnd('.'), out var mo))
            {
                month = mo;
            }
        }

        return day is { } d && month is { } mth && year is { } y ? Build(y, mth, d, lower) : null;
    }

    /// <summary>
    /// "7/9/05": a two-digit year in a numeric date is this century's up to <see cref="MetadataThresholds.TwoDigitYearPivot"/>,
    /// the last one's after it (which <see cref="Plausible"/> then refuses unless it is a web-era year).
    /// </summary>
    private static int FullYear(int twoDigits) =>
        twoDigits < 0 ? -1 : twoDigits <= MetadataThresholds.TwoDigitYearPivot ? 2000 + twoDigits : 1900 + twoDigits;

    /// <summary>US English, and pages that do not say their language (the invariant reading), put the month first.</summary>
    private static bool MonthFirstSlashes(string? language) =>
        language is null || language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-US", StringComparison.OrdinalIgnoreCase);

    private static ArticleDate? Build(int year, int month, int day, string text)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        if (Time().Match(text) is not { Success: true } time)
        {
            return new ArticleDate(date);
        }

        var hour = Number(time.Groups["h"].ValueSpan);
        var minute = time.Groups["m"].Success ? Number(time.Groups["m"].ValueSpan) : 0;
        var half = time.Groups["half"].Value;
        if (half.StartsWith('p') && hour is >= 1 and < 12)
        {
            hour += 12;
        }
        else if (half.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        return hour is < 0 or > 23 || minute is < 0 or > 59 ? new ArticleDate(date) : new ArticleDate(date, new TimeOnly(hour, minute));
    }

    /// <summary>Whether a word is a month or weekday name in one of our languages.</summary>
    internal static bool IsDateWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return Months.ContainsKey(lower) || Weekdays.Contains(lower);
    }

    /// <summary>Whether a word is a weekday name or abbreviation in one of our languages.</summary>
    internal static bool IsWeekday(string word) => Weekdays.Contains(word.ToLowerInvariant());

    /// <summary>Drops month and weekday words left at the end of a byline once its digits were cut ("Jane Doe March").</summary>
    internal static string TrimTrailingDateWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0)
        {
            var w = words[^1].Trim(',', '.').ToLowerInvariant();
            if (w.Length == 0 || Weekdays.Contains(w) || (Months.ContainsKey(w) && words.Count > 2))
            {
                words.RemoveAt(words.Count - 1);
                continue;
            }

            break;
        }

        return string.Join(' ', words);
    }

    private static Dictionary<string, int> BuildMonths(string[] languages)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var months = language.Split('|');
            for (var i = 0; i < months.Length; i++)
            {
                foreach (var name in months[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    map.TryAdd(name, i + 1);
                }
            }
        }

        return map;
    }

    /// <summary>Web articles begin in the 1990s; earlier years in a page are history, not its date.</summary>
    private static ArticleDate? Plausible(ArticleDate? d) => d is { } x && x.Date.Year is >= MetadataThresholds.EarliestYear and <= MetadataThresholds.LatestYear ? d : null;

    [GeneratedRegex(@"\d{1,2}[./-]\d{1,2}[./-]\d{4}|(?<![\d.,/])\d{1,2}([./])\d{1,2}\1\d{2}(?![\d./])|\d{1,2}[:h]\d{2}(?::\d{2})?|\d{1,2}h(?!\p{L})|\d+\.?|\p{L}+\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(\d{1,2})([./-])(\d{1,2})(?:[./-](\d{4})|\2(\d{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    // "10:15", "10h15", "14h", "6:01 pm", and French typography's "14 h 30"; a lone "14h" needs the h to be the end of the word.
    [GeneratedRegex(@"(?<![\d.:])(?<h>\d{1,2})(?::(?<m>\d{2})|h(?<m>\d{2})?(?!\p{L})|\s+h\s+(?<m>\d{2})(?!\d))(?::\d{2})?\s*(?<half>a\.?m\.?|p\.?m\.?)?(?![\d])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Time();

    // ISO 8601 as pages write it: a T or a space, optional seconds and fraction, Z or an offset with or without colon;
    // and the year-first forms with slashes ("2019/06/29") and dots ("2019.06.29", with its time as Korean papers stamp
    // it: "2024.03.04 09:12").
    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d+))?)?\s*(?<z>Z|z|[+-]\d{2}(?::?\d{2})?)?)?$|^(?<y>\d{4})(?<mo>\d{2})(?<d>\d{2})$|^(?<y>\d{4})/(?<mo>\d{1,2})/(?<d>\d{1,2})(?: (?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?)?$|^(?<y>\d{4})\.(?<mo>\d{2})\.(?<d>\d{2})\.?(?:\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Iso();

    /// <summary>Decimal digits of any script ("٢٠٢٤", "२०२४") as ASCII digits, which every format below expects.</summary>
    private static string AsciiDigits(string value)
    {
        var first = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] > '\u007F' && char.IsDigit(value[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return value;
        }

        var chars = value.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (chars[i] > '\u007F' && char.IsDigit(chars[i]))
            {
                chars[i] = (char)('0' + (int)char.GetNumericValue(chars[i]));
            }
        }

        return new string(chars);
    }
}
