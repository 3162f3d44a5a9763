namespace ArticleExtract.Metadata;

/// <summary>Turns author candidates into clean person names: no "By", no dates or roles, no URLs, no duplicates, not the site name.</summary>
internal static class AuthorCleaner
{
    private static readonly string[] Prefixes = ["by ", "von ", "par ", "por ", "di ", "door ", "przez ", "автор ", "written by ", "posted by "];
    private static readonly string[] NotPeople = ["staff", "admin", "editor", "editorial", "redaktion", "rédaction", "redacción", "redazione", "redactie", "redakcja", "редакция", "news desk", "newsdesk", "agencies", "wire"];

    public static List<string> Clean(List<string> candidates, string? siteName)
    {
        var result = new List<string>();
        var site = siteName is null ? null : Key(siteName);
        foreach (var raw in candidates)
        {
            // "Jane Doe and John Roe", "Jane Doe, John Roe"
            foreach (var piece in raw.Split([",", " and ", " & ", " und ", " et ", " y ", " e ", " en ", " i ", " и ", "|", ";"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var name = MetadataReader.Clean(piece);
                if (name is null)
                {
                    continue;
                }

                foreach (var prefix in Prefixes)
                {
                    if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        name = name[prefix.Length..].Trim();
                        break;
                    }
                }

                if (!IsPersonName(name) || (site is not null && Key(name) == site))
                {
                    continue;
                }

                if (!result.Exists(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase)))
                {
                    result.Add(name);
                }
            }
        }

        return result;
    }

    private static bool IsPersonName(string name)
    {
        if (name.Length is < 3 or > 60 || name.Contains("://", StringComparison.Ordinal) || name.StartsWith('@') || name.Contains('@'))
        {
            return false;
        }

        var digits = 0;
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        if (digits > 0 || letters < 3)
        {
            return false;
        }

        var key = Key(name);
        foreach (var word in NotPeople)
        {
            if (key == Key(word))
            {
                return false;
            }
        }

        return name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
    }

    private static string Key(string s) => Structure.BoilerplateFilter.Normalize(s);
}
