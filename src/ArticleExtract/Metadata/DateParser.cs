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
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
        "yyyyMMdd", "yyyy/MM/dd", "yyyy/MM/dd HH:mm", "r", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssz", "yyyy-MM-dd'T'HH:mm:sszzz",
    ];

    // Month names and their common abbreviations, lower case, by language; a name maps to its month number.
    // Genitive forms (Polish "marca", Russian "марта") are what dates use, so they are listed beside the nominative.
    private static readonly Dictionary<string, int> Months = BuildMonths(
    [
        "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sep sept|october oct|november nov|december dec",
        "januar jän jänner|februar|märz mrz maerz|april|mai|juni|juli|august|september|oktober okt|november|dezember dez",
        "janvier janv|février févr fevrier fevr|mars|avril avr|mai|juin|juillet juil|août aout|septembre|octobre|novembre|décembre decembre déc",
        "enero ene|febrero|marzo|abril abr|mayo|junio|julio|agosto ago|septiembre setiembre|octubre|noviembre|diciembre dic",
        "gennaio gen|febbraio|marzo|aprile|maggio mag|giugno giu|luglio lug|agosto|settembre set|ottobre ott|novembre|dicembre",
        "janeiro|fevereiro fev|março marco|abril|maio|junho|julho|agosto|setembro|outubro out|novembro|dezembro",
        "januari|februari|maart mrt|april|mei|juni|juli|augustus|september|oktober|november|december",
        "styczeń stycznia sty|luty lutego lut|marzec marca|kwiecień kwietnia kwi|maj maja|czerwiec czerwca cze|lipiec lipca lip|sierpień sierpnia sie|wrzesień września wrz|październik października paź|listopad listopada lis|grudzień grudnia gru",
        "январь января янв|февраль февраля фев|март марта|апрель апреля апр|май мая|июнь июня|июль июля|август августа авг|сентябрь сентября сен|октябрь октября окт|ноябрь ноября|декабрь декабря дек",
    ]);

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì",
        "giovedì", "venerdì", "sabato", "segunda", "terça", "quarta", "quinta", "sexta", "maandag", "dinsdag", "woensdag", "donderdag",
        "vrijdag", "zaterdag", "zondag", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    };

    /// <summary>Parses <paramref name="value"/>; <paramref name="language"/> (the page's BCP 47 tag) settles 03/07/2024.</summary>
    public static DateTimeOffset? Parse(string? value, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
        {
            return null;
        }

        var v = value.Trim();
        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(v, Formats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return Plausible(exact);
        }

        // "+0100" offsets without a colon, which the formats above do not take.
        if (CompactOffset().Match(v) is { Success: true } m
            && DateTimeOffset.TryParseExact(string.Concat(v.AsSpan(0, m.Index), m.Groups[1].Value, ":", m.Groups[2].Value), Formats, CultureInfo.InvariantCulture, styles, out var compact))
        {
            return Plausible(compact);
        }

        // Before the invariant parser, which would read 05.03.2024 month-first.
        if (Plausible(Human(v, MonthFirstSlashes(language))) is { } human)
        {
            return human;
        }

        return DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, styles, out var loose) ? Plausible(loose) : null;
    }

    /// <summary>Whether a short text is nothing but a date or a time ("October 12, 2017", "15:23 2019", "12.03.2024").</summary>
    public static bool LooksLikeDate(string text)
    {
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
                    if (!IsDateWord(t, i))
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

    private static DateTimeOffset? Plausible(DateTimeOffset d) => d.Year is >= 1990 and <= 2100 ? d : null;

    /// <summary>Whether the word starting at <paramref name="start"/> is one dates are written with: a month, a weekday, a clock or ordinal suffix.</summary>
    private static bool IsDateWord(string text, int start)
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
    private static int Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static DateTimeOffset? Human(string text, bool monthFirstSlashes)
    {
        var lower = text.ToLowerInvariant();
        int? day = null, month = null, year = null;
        foreach (Match token in Token().Matches(lower))
        {
            var t = token.Value;
            if (char.IsDigit(t[0]))
            {
                if (t.Contains(':', StringComparison.Ordinal) || t.Contains('h', StringComparison.Ordinal))
                {
                    continue;
                }

                if (NumericDate().Match(t) is { Success: true } n)
                {
                    var first = Number(n.Groups[1].Value);
                    var second = Number(n.Groups[3].Value);
                    var numericYear = Number(n.Groups[4].Value);

                    // 03.07.2024 is day-first everywhere; 03/07/2024 is month-first in US English and day-first in
                    // the other languages, so a slash follows the page's language when neither number exceeds 12.
                    var monthFirst = n.Groups[2].Value == "/" && (second > 12 || (first <= 12 && monthFirstSlashes));
                    return monthFirst ? Build(numericYear, first, second, lower) : Build(numericYear, second, first, lower);
                }

                // A run of digits can be any length ("20191120172746"): too long for a day or a year is no date part.
                if (!int.TryParse(t.AsSpan().TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    continue;
                }

                if (t.Length == 4 && number >= 1990)
                {
                    year ??= number;
                }
                else if (number is >= 1 and <= 31 && day is null)
                {
                    day = number;
                }
            }
            else if (month is null && Months.TryGetValue(t.TrimEnd('.'), out var mo))
            {
                month = mo;
            }
        }

        return day is { } d && month is { } mth && year is { } y ? Build(y, mth, d, lower) : null;
    }

    /// <summary>US English, and pages that do not say their language (the invariant reading), put the month first.</summary>
    private static bool MonthFirstSlashes(string? language) =>
        language is null || language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-US", StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset? Build(int year, int month, int day, string text)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var hour = 0;
        var minute = 0;
        if (Time().Match(text) is { Success: true } time)
        {
            hour = Number(time.Groups[1].Value);
            minute = Number(time.Groups[2].Value);
            var half = time.Groups[3].Value;
            if (half.StartsWith('p') && hour < 12)
            {
                hour += 12;
            }
            else if (half.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }

            if (hour is < 0 or > 23 || minute is < 0 or > 59)
            {
                hour = minute = 0;
            }
        }

        return new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
    }

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

    private static DateTimeOffset? Plausible(DateTimeOffset? d) => d is { Year: >= 1990 and <= 2100 } ? d : null;

    [GeneratedRegex(@"\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}[:h]\d{2}(?::\d{2})?|\d+\.?|\p{L}+\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^(\d{1,2})([./-])(\d{1,2})[./-](\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d.])(\d{1,2})[:h](\d{2})(?:[:.]\d{2})?\s*(a\.?m\.?|p\.?m\.?)?(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactOffset();
}
