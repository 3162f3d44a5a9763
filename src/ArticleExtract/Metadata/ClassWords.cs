using System.Collections.Frozen;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Metadata;

/// <summary>What the words of a <c>class</c> or <c>id</c> value say to the byline and date finders.</summary>
[Flags]
internal enum ClassWordFlags
{
    None = 0,

    /// <summary>A byline or author word ("byline", "author", "autor").</summary>
    Author = 1,

    /// <summary>Beside an author word, the author's picture, biography or statistics rather than the name.</summary>
    NotName = 1 << 1,

    /// <summary>A container whose bylines are not the article's (comments, sidebar, related), "widget" aside.</summary>
    Foreign = 1 << 2,

    /// <summary>"widget": page builders put it on every block, the article's own author box included.</summary>
    Widget = 1 << 3,

    /// <summary>Beside an author word, a box about the writer ("author-box", "about-author").</summary>
    Box = 1 << 4,

    /// <summary>A container whose dates are not the article's.</summary>
    ForeignDates = 1 << 5,

    /// <summary>An element holding the modification date.</summary>
    Updated = 1 << 6,

    /// <summary>An element holding the publication date.</summary>
    Published = 1 << 7,

    /// <summary>An element holding some date.</summary>
    Date = 1 << 8,
}

/// <summary>
/// The words of class and id values, read once per element into <see cref="ClassWordFlags"/>: one table lookup per
/// word instead of a scan of each word list, and no string built per element.
/// </summary>
internal static class ClassWords
{
    private static readonly FrozenDictionary<string, ClassWordFlags> Table = Build();

    private static readonly FrozenDictionary<string, ClassWordFlags>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words of a class value are in no list: their length and first letter rule them out before hashing.
    private static readonly int MinLength = MinMax().Min;
    private static readonly int MaxLength = MinMax().Max;
    private static readonly UInt128 FirstLetters = Initials();

    /// <summary>The flags of every word of <paramref name="value"/> (split as <see cref="ClassTokens"/> splits).</summary>
    public static ClassWordFlags Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ClassWordFlags.None;
        }

        var flags = ClassWordFlags.None;
        var tokens = new ClassTokens(value);
        while (tokens.Next(out var word))
        {
            if (word.Length >= MinLength && word.Length <= MaxLength && MayStart(word[0]) && Lookup.TryGetValue(word, out var f))
            {
                flags |= f;
            }
        }

        return flags;
    }

    private static bool MayStart(char c)
    {
        var lower = c | 0x20;
        return c >= 128 || ((FirstLetters >> lower) & UInt128.One) != UInt128.Zero;
    }

    private static (int Min, int Max) MinMax()
    {
        var (min, max) = (int.MaxValue, 0);
        foreach (var word in Table.Keys)
        {
            (min, max) = (Math.Min(min, word.Length), Math.Max(max, word.Length));
        }

        return (min, max);
    }

    private static UInt128 Initials()
    {
        var mask = UInt128.Zero;
        foreach (var word in Table.Keys)
        {
            // A word opening with a non-ASCII letter is looked up whatever the first letter (MayStart lets those through).
            if (word[0] < 128)
            {
                mask |= UInt128.One << (char.ToLowerInvariant(word[0]) | 0x20);
            }
        }

        return mask;
    }

    private static FrozenDictionary<string, ClassWordFlags> Build()
    {
        var table = new Dictionary<string, ClassWordFlags>(StringComparer.OrdinalIgnoreCase);
        Add(table, MetadataLexicon.BylineClassWords, ClassWordFlags.Author);
        Add(table, MetadataLexicon.BylineNotNameWords, ClassWordFlags.NotName);
        Add(table, MetadataLexicon.BylineForeignWords, ClassWordFlags.Foreign);
        Add(table, ["widget"], ClassWordFlags.Widget);
        Add(table, MetadataLexicon.AuthorBoxWords, ClassWordFlags.Box);
        Add(table, MetadataLexicon.ForeignDateContainers, ClassWordFlags.ForeignDates);
        Add(table, MetadataLexicon.UpdatedClassWords, ClassWordFlags.Updated);
        Add(table, MetadataLexicon.PublishedClassWords, ClassWordFlags.Published);
        Add(table, MetadataLexicon.DateClassWords, ClassWordFlags.Date);
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, ClassWordFlags> table, string[] words, ClassWordFlags flag)
    {
        foreach (var word in words)
        {
            table[word] = table.GetValueOrDefault(word) | flag;
        }
    }
}

/// <summary>
/// The attributes the byline and date finders read, taken in one pass over an element's attribute list rather than
/// one search (and one lower-casing of the name) per attribute.
/// </summary>
internal readonly record struct MarkAttributes(string? Class, string? Id, string? Rel, string? ItemProp, bool HasDateValue)
{
    public static MarkAttributes Of(IElement element)
    {
        string? classValue = null, id = null, rel = null, itemprop = null;
        var dateValue = false;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i];
            switch (attribute?.Name)
            {
                case "class":
                    classValue ??= attribute.Value;
                    break;
                case "id":
                    id ??= attribute.Value;
                    break;
                case "rel":
                    rel ??= attribute.Value;
                    break;
                case "itemprop":
                    itemprop ??= attribute.Value;
                    break;
                case "datetime" or "content" or "title":
                    dateValue = true;
                    break;
            }
        }

        return new MarkAttributes(classValue, id, rel, itemprop, dateValue);
    }
}
