using System.Text.RegularExpressions;

namespace ArticleExtract.Metadata;

/// <summary>
/// Turns author candidates (meta values, JSON-LD names, byline text) into clean person names: no "By", no
/// dates or roles, no URLs or handles, no duplicates, not the site name. When in doubt a candidate is dropped:
/// fewer names are better than a wrong one.
/// </summary>
/// <summary>How much a value must look like a person's name to be kept.</summary>
internal enum NameRule
{
    /// <summary>A person's full name (two or more capitalised words), not the site's name.</summary>
    Person,

    /// <summary>Any name-like text (a first name, a handle, a brand) that is neither the site's name nor a role ("Staff").</summary>
    NameLike,

    /// <summary>Any name-like text at all: for a value the page states as its author in two places.</summary>
    Stated,
}

internal static partial class AuthorCleaner
{
    // Longest first, so that "written by" is stripped whole rather than leaving "written".
    private static readonly string[] Prefixes = LongestFirst(MetadataLexicon.BylineOpenings);

    private static readonly HashSet<string> Credentials = new(MetadataLexicon.Credentials, StringComparer.OrdinalIgnoreCase);

    // Pieces naming a role or a desk rather than a person; a piece containing one is dropped.
    private static readonly string[] NotPeople = Vocabulary.Words("authors", "not-people");

    // Lower-case particles inside Latin-script names ("Ludwig van Beethoven", "Michiel de Jong").
    private static readonly string[] Particles = Vocabulary.Words("authors", "particles");

    private static readonly LowerCaseWords NotPeopleWords = new(NotPeople);

    // The not-people words of scripts written without spaces ("報導", reporting): no word of a piece is ever one, so they
    // are looked for inside it.
    private static readonly string[] UnspacedNotPeople = Array.FindAll(NotPeople, w => w.Length > 0 && IsUnspacedScript(w[0]));

    // Titles set after a Korean name ("김철수 기자"): like a credential, never part of the name.
    private static readonly HashSet<string> NameClosings = new(Vocabulary.Words("authors", "name-closings"), StringComparer.Ordinal);

    private static readonly LowerCaseWords ParticleWords = new(Particles);

    private static readonly string[] Separators = Vocabulary.Words("authors", "author-separators");

    /// <summary>
    /// The names in <paramref name="candidates"/> that pass <paramref name="rule"/> (see <see cref="NameRule"/>).
    /// </summary>
    public static List<string> Clean(IEnumerable<string> candidates, IEnumerable<string?> siteNames, NameRule rule = NameRule.Person)
    {
        // The byline finder asks about one line with no site names many times a page: a candidate is read again in each
        // wider scope, and the names it gave are asked about again by rule. Those answers (pure functions of the line
        // and the rule) are kept; the caller gets a list of its own, as before.
        if (candidates is IReadOnlyList<string> { Count: 1 } one && siteNames is IReadOnlyCollection<string?> { Count: 0 }
            && one[0] is { Length: > 0 } line)
        {
            var memos = t_oneLine ??= new Dom.StringMemo<string[]>[CleanOneLine.Length];
            return [.. (memos[(int)rule] ??= new Dom.StringMemo<string[]>()).Get(line, CleanOneLine[(int)rule])];
        }

        return CleanAll(candidates, siteNames, rule);
    }

    /// <summary>
    /// How many held names this thread has compared a name with (each scan counted at the list's length): the work that
    /// grew with the square of the names when the camel-cased ones were not capped. A count, so a test can bound the work
    /// itself (AuthorListBoundTests) where a clock would fail on a loaded machine.
    /// </summary>
    [ThreadStatic]
    internal static long t_namesCompared;

    /// <summary>The names of the last few hundred single lines cleaned without site names, one memo a rule; one set per thread.</summary>
    [ThreadStatic]
    private static Dom.StringMemo<string[]>?[]? t_oneLine;

    /// <summary>A single line cleaned without site names, by each rule (indexed by its value).</summary>
    private static readonly Func<string, string[]>[] CleanOneLine = ByRule();

    private static Func<string, string[]>[] ByRule()
    {
        var rules = Enum.GetValues<NameRule>();
        var clean = new Func<string, string[]>[rules.Length];
        foreach (var rule in rules)
        {
            clean[(int)rule] = line => [.. CleanAll([line], [], rule)];
        }

        return clean;
    }

    /// <summary>What <see cref="Clean"/> answers, computed.</summary>
    private static List<string> CleanAll(IEnumerable<string> candidates, IEnumerable<string?> siteNames, NameRule rule)
    {
        var result = new List<string>();

        // The site names' keys, made when a name is first held against them: most calls have no candidate that gets
        // that far (an empty JSON-LD or meta author list), or a rule that never asks.
        var sites = new SiteKeys(siteNames);
        List<(int At, string Name)>? camelCased = null;
        foreach (var raw in candidates)
        {
            var text = MetadataReader.Clean(raw);
            if (text is null || text.Length > 200)
            {
                continue;
            }

            // A profile URL is no name, and split at its slashes it would leave "https" and the host behind.
            if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Before splitting, so that "Jane Doe (with John Roe and Ann Poe)" cannot leave "Ann Poe)" behind.
            text = ReorderSurnameFirst(WithoutParentheses(text).Trim());

            // "Finian Cunningham. Sputnik International": a sentence break, unlike the initial in "Bradley M. Kuhn".
            text = SentenceBreak().Replace(text, "|");

            // "홍길동 기자 hong@example.co.kr", "Jane Doe jane@example.com": Korean papers and many others sign with the
            // writer's address after the name. The address is no name, but it ends the name rather than spoiling it.
            if (text.Contains('@', StringComparison.Ordinal))
            {
                text = EmailAddress().Replace(text, "|");
            }

            var afterName = false;
            var joined = JoinedAmpersand(text);
            var onePair = IsOneNamePair(text);
            foreach (var (split, chunk) in Pieces(onePair ? text : joined ?? text, onePair))
            {
                var piece = joined is null ? split : split.Replace(JoinedMark, '&');
                // "Jane Doe, MD, FOMA": capitals after a name are its credentials, not another author.
                if (afterName && IsCredentialPiece(piece))
                {
                    continue;
                }

                // "Jane Doe, Shipping Expert": a job title after a name is her role, and what follows it ("Head of
                // Marketing and Community Development") the rest of the role.
                if (afterName && (IsRolePiece(piece) || IsRolePiece(chunk)))
                {
                    break;
                }

                var name = Trim(piece);
                name = name is null || ContainsUnspacedNotPerson(name) ? null : WithoutCredentials(name);
                if (name is null || !Accepts(rule, name, ref sites))
                {
                    // Held once each (a repeat would be dropped when put back), so the first MaxAuthors held are all
                    // that can stand among the first MaxAuthors names.
                    if (name is not null && rule == NameRule.Person && (camelCased?.Count ?? 0) < MetadataThresholds.MaxAuthors
                        && !Holds(camelCased, name) && IsCamelCasedPerson(name, ref sites))
                    {
                        (camelCased ??= []).Add((result.Count, name));
                    }

                    continue;
                }

                afterName = true;
                if (!Holds(result, name) && result.Count < MetadataThresholds.MaxAuthors)
                {
                    result.Add(name);
                }
            }
        }

        return camelCased is null || result.Count == 0 ? result : WithCamelCased(result, camelCased);
    }

    /// <summary>
    /// "Lucia RamaSwamy and Jonas Doe": a surname written in camel case looks like a brand ("NBCNews") alone, but listed
    /// among people it is one more person's. The camel-cased names go back into the list where they stood.
    /// </summary>
    /// <remarks>
    /// At most <see cref="MetadataThresholds.MaxAuthors"/> of them are held, and the list is cut to as many once they are
    /// back, the first kept: uncapped, a list of 30,000 such names all came out, in time quadratic in their number.
    /// </remarks>
    private static List<string> WithCamelCased(List<string> people, List<(int At, string Name)> camelCased)
    {
        for (var i = camelCased.Count - 1; i >= 0; i--)
        {
            var (at, name) = camelCased[i];
            if (!Holds(people, name))
            {
                t_namesCompared += people.Count - at;
                people.Insert(at, name);
            }
        }

        if (people.Count > MetadataThresholds.MaxAuthors)
        {
            people.RemoveRange(MetadataThresholds.MaxAuthors, people.Count - MetadataThresholds.MaxAuthors);
        }

        return people;
    }

    private static bool Holds(List<string> names, string name)
    {
        t_namesCompared += names.Count;
        return names.Exists(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Holds(List<(int At, string Name)>? names, string name)
    {
        t_namesCompared += names?.Count ?? 0;
        return names?.Exists(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) ?? false;
    }

    /// <summary>A person's name but for a word in camel case ("RamaSwamy"), and not the site's.</summary>
    private static bool IsCamelCasedPerson(string name, ref SiteKeys sites) => IsPersonName(name, allowCamelCase: true) && !sites.Holds(name);

    /// <summary>The keys of the site's names, made at the first question.</summary>
    private struct SiteKeys(IEnumerable<string?> siteNames)
    {
        private List<string>? _keys;

        /// <summary>Whether <paramref name="name"/>'s key is one of the site names' keys.</summary>
        public bool Holds(string name)
        {
            if (_keys is null)
            {
                _keys = [];
                foreach (var s in siteNames)
                {
                    if (s is not null && Key(s) is { Length: > 0 } k)
                    {
                        _keys.Add(k);
                    }
                }
            }

            return _keys.Count > 0 && _keys.Contains(Key(name));
        }
    }

    private static readonly HashSet<string> SeparatorWords = new(Array.ConvertAll(Separators, s => s.Trim()), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the text holds nothing but list marks and joining words (", ", " and ", " &amp; "), or nothing at all.</summary>
    internal static bool IsOnlySeparators(string text)
    {
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!SeparatorWords.Contains(word) && !SeparatorWords.Contains(word.Trim(',', ';')) && word.Trim(',', ';', '&', '|', '/') is { Length: > 0 })
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] ListMarks = Array.FindAll(Separators, s => !IsConjunction(s));

    private static readonly string[] Conjunctions = Array.FindAll(Separators, IsConjunction);

    /// <summary>
    /// The names of a list, each with the stretch between two list marks (commas, bars, slashes) it stands in:
    /// "Jane Doe, Privacy and Security Expert" is a name and a role, the role's words joined by "and".
    /// </summary>
    private static IEnumerable<(string Piece, string Chunk)> Pieces(string text, bool whole)
    {
        const StringSplitOptions Options = StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries;
        if (whole)
        {
            yield return (text, text);
            yield break;
        }

        foreach (var chunk in text.Split(ListMarks, Options))
        {
            foreach (var piece in chunk.Split(Conjunctions, Options))
            {
                yield return (piece, chunk);
            }
        }
    }

    /// <summary>
    /// "Linny and Peter", "Center for Drug Evaluation and Research": a conjunction with a single word on one side
    /// joins two first names signing together, or is part of an office's name; split, it would leave a lone word
    /// standing for an author. Only a text with no other separator qualifies.
    /// </summary>
    private static bool IsOneNamePair(string text)
    {
        var found = -1;
        var length = 0;
        foreach (var sep in Separators)
        {
            var at = text.IndexOf(sep, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // A second separator of any kind, or a punctuation one: a list of several authors.
            if (found >= 0 || !IsConjunction(sep) || text.IndexOf(sep, at + sep.Length, StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            (found, length) = (at, sep.Length);
        }

        return found > 0 && (IsOneWord(text.AsSpan(0, found)) || IsOneWord(text.AsSpan(found + length)));
    }

    // " and ", " & ", " und ": a word joining two names, unlike a comma, a bar or a slash that lists them.
    private static bool IsConjunction(string separator)
    {
        var word = separator.Trim();
        return word == "&" || (word.Length > 0 && char.IsLetter(word[0]));
    }

    private static bool IsOneWord(ReadOnlySpan<char> part)
    {
        part = part.Trim();
        return part.Length > 0 && !part.Contains(' ');
    }

    private const char JoinedMark = '\u0001';

    /// <summary>
    /// "Mac &amp; i", "AT &amp; T": an ampersand beside a single letter joins the words of one name; the text with such
    /// ampersands masked, null when it has none.
    /// </summary>
    private static string? JoinedAmpersand(string text)
    {
        var at = text.IndexOf(" & ", StringComparison.Ordinal);
        char[]? chars = null;
        while (at > 0)
        {
            var after = at + 3;
            var singleBefore = at == 1 || (at >= 2 && text[at - 2] == ' ');
            var singleAfter = after < text.Length && (after + 1 == text.Length || !char.IsLetterOrDigit(text[after + 1]));
            if (singleBefore || singleAfter)
            {
                chars ??= text.ToCharArray();
                chars[at + 1] = JoinedMark;
            }

            at = text.IndexOf(" & ", after - 1, StringComparison.Ordinal);
        }

        return chars is null ? null : new string(chars);
    }

    /// <summary>Strips a leading "By" (in any of our languages), parentheses and trailing punctuation.</summary>
    internal static string? Trim(string piece)
    {
        var name = WithoutParentheses(piece);
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var prefix in Prefixes)
            {
                if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                    && (!char.IsLetterOrDigit(name[prefix.Length]) || GluedBy(name, prefix) || GluedLabel(name, prefix)))
                {
                    name = name[prefix.Length..].TrimStart(' ', ':', '-', '–', '—', '／', '：');
                    stripped = true;
                    break;
                }
            }
        }

        name = name.Trim(' ', '-', '–', '—', '·', '•', '|', ':', ',', '.', '"', '\'', '“', '”', '«', '»');
        return name.Length == 0 ? null : name;
    }

    /// <summary>"Written ByJane Doe": a "by" run into the name by markup that put them in separate elements.</summary>
    private static bool GluedBy(string name, string prefix) =>
        prefix.EndsWith("by", StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[prefix.Length]) && char.IsLower(name[prefix.Length - 1]);

    /// <summary>
    /// "記者王小明": Chinese and Japanese write no space between a label and the name, so a label of two or more Han
    /// characters followed by a letter of the same kind is still a label. A one-character one ("文") is not: it is a
    /// surname as often.
    /// </summary>
    private static bool GluedLabel(string name, string prefix) =>
        prefix.Length >= 2 && IsUnspacedScript(prefix[^1]) && IsUnspacedScript(name[prefix.Length]);

    /// <summary>Han ideographs and Japanese kana, the scripts that run words together without spaces.</summary>
    private static bool IsUnspacedScript(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    private static bool ContainsUnspacedNotPerson(string name)
    {
        foreach (var word in UnspacedNotPeople)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Jong, Michiel de" (library and citation style) → "Michiel de Jong". Only a single surname word before
    /// the one comma qualifies: "Jane Doe, Reuters" and "Doe, Roe and Poe" are left to the splitter.
    /// </summary>
    private static string ReorderSurnameFirst(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || text.IndexOf(',', comma + 1) >= 0)
        {
            return text;
        }

        var surname = text[..comma].Trim();
        var given = text[(comma + 1)..].Trim();
        var givenWords = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (surname.Contains(' ', StringComparison.Ordinal) || givenWords.Length is 0 or > 3 || !char.IsUpper(surname[0]) || !char.IsUpper(given[0]))
        {
            return text;
        }

        foreach (var separator in Separators)
        {
            if (separator != "," && given.Contains(separator, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        // A credential or role after the comma ("Doe, MA", "Doe, Staff") is not a given name.
        if (givenWords.Length == 1 && (given.Length <= 3 || given.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        {
            return text;
        }

        return given + " " + surname;
    }

    private static bool Accepts(NameRule rule, string name, ref SiteKeys sites) => rule switch
    {
        NameRule.Person => IsPersonName(name) && !sites.Holds(name),
        NameRule.NameLike => IsNameLike(name) && !sites.Holds(name) && !HasRoleWord(name),
        _ => IsNameLike(name),
    };

    private static bool HasRoleWord(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (NotPeopleWords.Contains(word.AsSpan().Trim(".,'’")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Jane Doe MD", "MD", "Ph.D.", "E-RYT 200": credentials after a name are not part of it, and alone are no name.</summary>
    private static string? WithoutCredentials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keep = words.Length;
        while (keep > 0 && (IsCredential(words[keep - 1], words) || NameClosings.Contains(words[keep - 1])))
        {
            keep--;
        }

        return keep == 0 ? null : keep == words.Length ? name : string.Join(' ', words, 0, keep).TrimEnd(',', ' ');
    }

    private static bool IsCredential(string word, string[] words)
    {
        // Written as credentials are (MD, PhD, M.D.), not as a name is ("Rui Ma").
        var bare = word.Trim(',', ';');
        var styled = bare.Contains('.', StringComparison.Ordinal) || bare.Skip(1).Any(char.IsUpper);
        if (styled && (Credentials.Contains(bare) || Credentials.Contains(bare.Trim('.')) || Credentials.Contains(bare.Replace(".", "", StringComparison.Ordinal))))
        {
            return true;
        }

        // Numbers after a credential ("E-RYT 200") and all-capital abbreviations after a mixed-case name ("FAND", "DABOM").
        if (bare.Length > 0 && bare.All(char.IsAsciiDigit))
        {
            return true;
        }

        return bare.Length is >= 2 and <= 6 && bare.All(c => char.IsUpper(c) || c is '-' or '.') && Array.Exists(words, w => w.Any(char.IsLower));
    }

    private static readonly LowerCaseWords JobTitleWords = new(MetadataLexicon.JobTitles);

    /// <summary>"Senior Editor", "Shipping Expert", "CEO of Acme": a piece that holds a job title names a role, not a second author.</summary>
    private static bool IsRolePiece(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (JobTitleWords.Contains(w.AsSpan().Trim(".,:;&")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCredentialPiece(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var w in words)
        {
            var bare = w.Trim('.', ',');
            if (!Credentials.Contains(bare) && !Credentials.Contains(bare.Replace(".", "", StringComparison.Ordinal))
                && !(bare.Length is >= 2 and <= 6 && bare.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '.')) && !bare.All(char.IsDigit))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Name-like text of any kind: a first name, a handle, a desk, a brand; never a URL, an e-mail, a date or a link label.</summary>
    internal static bool IsNameLike(string name)
    {
        if (name.Length is < 2 or > 60 || name.Contains("://", StringComparison.Ordinal) || name.Contains('@') || name.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6 || DateParser.LooksLikeDate(name))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is '<' or '>' or '=' or '{' or '}' or '#' or '?' or '!' or '*')
            {
                return false;
            }
        }

        return letters >= 2 && Array.IndexOf(MetadataLexicon.NotAuthorLabels, name.ToLowerInvariant()) < 0 && !OnlyDateWords(name);
    }

    /// <summary>"Dec", "Sun Dec", "August": what is left of a date line cut before its digits.</summary>
    private static bool OnlyDateWords(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DateParser.IsDateWord(word.Trim('.', ',')))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] LongestFirst(string[] words)
    {
        var sorted = (string[])words.Clone();
        Array.Sort(sorted, (a, b) => b.Length.CompareTo(a.Length));
        return sorted;
    }

    /// <summary>Drops every "( … )" aside, and anything after an unclosed "(".</summary>
    private static string WithoutParentheses(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf(')', open);
            text = close > open ? string.Concat(text.AsSpan(0, open), " ", text.AsSpan(close + 1)) : text[..open];
            open = text.IndexOf('(', StringComparison.Ordinal);
        }

        return text.Replace(")", " ", StringComparison.Ordinal);
    }

    internal static bool IsPersonName(string name) => IsPersonName(name, allowCamelCase: false);

    private static bool IsPersonName(string name, bool allowCamelCase)
    {
        if (name.Length is < 2 or > 60 || name.Contains("://", StringComparison.Ordinal) || name.Contains('@') || name.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || !CountLetters(name, out var letters, out var latin) || letters < 2)
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (NotPeopleWords.Contains(word.AsSpan().Trim(".,'’")))
            {
                return false;
            }
        }

        // Scripts without letter case or spaces (Chinese, Japanese, Korean) write a whole name as one word.
        if (latin * 2 < letters)
        {
            return true;
        }

        // A Latin-script single word is a handle or a brand ("mcupdate", "NBCNews") far more often than a person.
        // "Michiel de" is half a name: a particle comes before the surname, never last.
        return words.Length >= 2 && !ParticleWords.Contains(words[^1]) && IsCapitalised(words, allowCamelCase);
    }

    /// <summary>The letters of a name and how many are Latin; false when it holds a digit or a symbol no name has.</summary>
    private static bool CountLetters(string name, out int letters, out int latin)
    {
        (letters, latin) = (0, 0);
        foreach (var c in name)
        {
            if (char.IsDigit(c) || c is '_' or '#' or '=' or '?' or '!' or '*' or '+' or '<' or '>')
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
                if (c < 'ʰ')
                {
                    latin++;
                }
            }
        }

        return true;
    }

    /// <summary>Every word but a particle starts with a capital, and none is a brand written in camel case.</summary>
    private static bool IsCapitalised(string[] words, bool allowCamelCase)
    {
        foreach (var word in words)
        {
            if (ParticleWords.Contains(word))
            {
                continue;
            }

            var first = word[0];
            if (!char.IsUpper(first) && !(first is '\'' or '’' && word.Length > 1 && char.IsUpper(word[1])))
            {
                return false;
            }

            // "NBCNews", "McDonaldsCorp": an upper-case letter after a run of lower-case ones inside one word is a
            // brand, except for Mc/Mac/O' names.
            for (var i = 2; i < word.Length && !allowCamelCase; i++)
            {
                if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && !IsNamePrefix(word.AsSpan(0, i)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsNamePrefix(ReadOnlySpan<char> start) =>
        start is "Mc" or "Mac" or "De" or "Di" or "Le" or "La" or "Van" or "Von" || start.EndsWith("-", StringComparison.Ordinal);

    /// <summary>Whether two spellings name the same thing: "Haki Benita", "hakibenita", "HAKI-BENITA".</summary>
    internal static bool SameName(string a, string b)
    {
        if (a.Length > TitleCleaner.MaxKeyOnStack || b.Length > TitleCleaner.MaxKeyOnStack)
        {
            return Key(a) == Key(b);
        }

        // The keys written on the stack (the title cleaner's, the same as Key): names are compared pairwise, site names
        // against people and a list's names against each other's, and each comparison made four strings.
        Span<char> bufferA = stackalloc char[a.Length];
        Span<char> bufferB = stackalloc char[b.Length];
        return TitleCleaner.KeyInto(a, bufferA).SequenceEqual(TitleCleaner.KeyInto(b, bufferB));
    }

    /// <summary>"Dr Jane Doe" and "Jane Doe": the same person, a title before the name aside.</summary>
    internal static bool SamePerson(string a, string b) => SameName(WithoutHonorific(a), WithoutHonorific(b));

    private static string WithoutHonorific(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Credentials.Contains(name[..space].TrimEnd('.')) ? name[(space + 1)..] : name;
    }

    private static string Key(string s) => Cleaning.TextKey.Normalize(s).Replace(" ", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"(?<=\p{Ll}{3})\.\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\p{L}\d._%+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}

/// <summary>
/// A set of lower-case words asked about a word in any case: the word is lower-cased (invariant culture, as
/// <see cref="string.ToLowerInvariant()"/> does) into a buffer and looked up, with no string made for it.
/// </summary>
internal sealed class LowerCaseWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LowerCaseWords(IEnumerable<string> words)
    {
        _lookup = new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var length = word.ToLowerInvariant(buffer);
        return length >= 0 && _lookup.Contains(buffer[..length]);
    }
}
