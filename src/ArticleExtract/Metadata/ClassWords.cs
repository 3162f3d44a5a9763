using System.Collections.Frozen;
using AngleSharp.Dom;
using ArticleExtract.Cleaning;
using ArticleExtract.Dom;

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

    /// <summary>A thread's opening post ("original-post", "topic-starter"), even inside a replies container.</summary>
    OpeningPost = 1 << 9,

    /// <summary>A column beside the article ("sidebar"): only a publication date it labels itself is the article's.</summary>
    SidebarDates = 1 << 10,
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

    // Most words of a class value are in no list: their length, first and last letters rule them out before hashing.
    // Bit (length, first, last) is set when a listed word has that shape (ASCII letters folded to 0-31).
    private const int ShapeLengths = 32;
    private static readonly ulong[] Shapes = BuildShapes();

    /// <summary>The flags of every word of <paramref name="value"/> (split as <see cref="ClassTokens"/> splits).</summary>
    public static ClassWordFlags Of(string? value) =>
        string.IsNullOrEmpty(value) ? ClassWordFlags.None : (t_memo ??= new()).Get(value, static v => WordsOf(v));

    // Class strings repeat across a page, and the byline and date walks read each element's: once per string and thread.
    [ThreadStatic]
    private static StringMemo<ClassWordFlags>? t_memo;

    private static ClassWordFlags WordsOf(string value) =>
        value.AsSpan().IndexOfAnyExcept(PlainCharacters) < 0 ? PlainWordsOf(value) : SplitWordsOf(value);

    // ASCII without capitals and without '[': lower-case words, digits and separators ("entry-meta col-md-8 post_date"),
    // as most class and id values are written.
    private static readonly System.Buffers.SearchValues<char> PlainCharacters = System.Buffers.SearchValues.Create(PlainAscii());

    private static string PlainAscii()
    {
        var chars = new System.Text.StringBuilder();
        for (var c = '\0'; c < 128; c++)
        {
            if (!char.IsAsciiLetterUpper(c) && c != '[')
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }

    /// <summary>
    /// <see cref="SplitWordsOf"/> for a value of <see cref="PlainCharacters"/>, read in one pass: without a capital there
    /// is no camelCase split and without '[' no bracket, so the words <see cref="ClassTokens"/> splits it into are its runs
    /// of letters and its runs of digits, and no listed word holds a digit (<see cref="Build"/> checks): the runs of
    /// letters alone are looked up.
    /// </summary>
    private static ClassWordFlags PlainWordsOf(string value)
    {
        var flags = ClassWordFlags.None;
        var skipUntil = -1;
        var i = 0;
        while (i < value.Length)
        {
            if (!char.IsAsciiLetterLower(value[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (++i < value.Length && char.IsAsciiLetterLower(value[i]))
            {
            }

            var word = value.AsSpan(start, i - start);
            if (start < skipUntil)
            {
                continue;
            }

            if (IsLayoutState(word, value, i))
            {
                var space = value.AsSpan(i).IndexOfAny(" \t\n\r\f");
                skipUntil = space < 0 ? int.MaxValue : i + space;
            }
            else if (MayBeListed(word) && Lookup.TryGetValue(word, out var f))
            {
                flags |= f;
            }
        }

        return flags;
    }

    private static ClassWordFlags SplitWordsOf(string value)
    {
        var flags = ClassWordFlags.None;
        var tokens = new ClassTokens(value);
        var skipUntil = -1;
        var brackets = new BracketState();
        // Most class strings hold no '[': then no word stands inside one, and the per-character state is not read.
        var bracketed = value.Contains('[');
        while (tokens.Next(out var word))
        {
            var end = tokens.Position;
            if ((bracketed && brackets.InsideAt(value, end - word.Length)) || end - word.Length < skipUntil)
            {
                continue;
            }

            // "p-body-main--withSidebar", "has-sidebar": the wrapper states what its layout holds; it is not a sidebar.
            if (IsLayoutState(word, value, end))
            {
                var space = value.AsSpan(end).IndexOfAny(" \t\n\r\f");
                skipUntil = space < 0 ? int.MaxValue : end + space;
                continue;
            }

            if (MayBeListed(word) && Lookup.TryGetValue(word, out var f))
            {
                flags |= f;
            }
        }

        return flags;
    }

    /// <summary>
    /// Whether a word stands inside a utility class's arbitrary value ("mr-[--sidebar-width]",
    /// "[--content-width:53rem]"): a CSS length or variable named after a layout part, not a role of the element.
    /// Read forward once over the value, so a long class string costs its length, not its length squared.
    /// </summary>
    private struct BracketState
    {
        private int _scanned;
        private bool _inside;

        /// <summary>Whether <paramref name="start"/> (not before the last position asked) lies between '[' and ']' of one class.</summary>
        public bool InsideAt(string value, int start)
        {
            for (; _scanned < start; _scanned++)
            {
                var c = value[_scanned];
                if (c == '[')
                {
                    _inside = true;
                }
                else if (c == ']' || char.IsWhiteSpace(c))
                {
                    _inside = false;
                }
            }

            return _inside;
        }
    }

    private static readonly string[] LayoutStates = Lexicon.LayoutStateClassPrefixes;

    /// <summary>A layout-state word ("has", "with", "no") run into the next word by a hyphen or a capital.</summary>
    private static bool IsLayoutState(ReadOnlySpan<char> word, string value, int end)
    {
        if (word.Length > 7 || end >= value.Length || !(value[end] == '-' || char.IsUpper(value[end])))
        {
            return false;
        }

        foreach (var state in LayoutStates)
        {
            if (word.Equals(state, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayBeListed(ReadOnlySpan<char> word)
    {
        if (word.Length >= ShapeLengths)
        {
            return false;
        }

        var (first, last) = (word[0], word[^1]);
        if (first >= 128 || last >= 128)
        {
            // Case folding outside ASCII is left to the table.
            return true;
        }

        var bit = Shape(word.Length, first, last);
        return (Shapes[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int Shape(int length, char first, char last) => (length * 32 * 32) + ((first & 31) * 32) + (last & 31);

    private static ulong[] BuildShapes()
    {
        var shapes = new ulong[ShapeLengths * 32 * 32 / 64];
        foreach (var word in Table.Keys)
        {
            if (word.Length < ShapeLengths && word[0] < 128 && word[^1] < 128)
            {
                // Upper and lower case ASCII letters share their low five bits, so one bit serves both.
                var bit = Shape(word.Length, word[0], word[^1]);
                shapes[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        return shapes;
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
        Add(table, MetadataLexicon.OpeningPostWords, ClassWordFlags.OpeningPost);
        Add(table, MetadataLexicon.SidebarDateContainers, ClassWordFlags.SidebarDates);
        foreach (var word in table.Keys)
        {
            if (!word.All(char.IsLetter))
            {
                throw new InvalidOperationException($"Class word '{word}': class values are split into words of letters alone (PlainWordsOf).");
            }
        }

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
internal readonly record struct MarkAttributes(string? Class, string? Id, string? Rel, string? ItemProp, bool HasDateValue, string? Href = null)
{
    /// <summary>An RDFa <c>property</c> ("datePublished", "dcterms:modified"), read where microdata's <c>itemprop</c> would be.</summary>
    public string? Property { get; init; }

    /// <summary>The name of the first <c>data-*</c> attribute that names a date ("data-date", "data-published"), if any.</summary>
    public string? DataDate { get; init; }

    public static MarkAttributes Of(IElement element) =>
        element is Element concrete ? Of(concrete) : Of(NodeAccess.Attributes(element));

    /// <summary>The mark attributes of an element known to be AngleSharp's: its attributes as AngleSharp keeps them,
    /// without an interface call or a type test per attribute.</summary>
    public static MarkAttributes Of(Element element)
    {
        if (!NodeAccess.IsDirect)
        {
            return Of(NodeAccess.Attributes(element));
        }

        var reader = default(Reader);
        foreach (var attribute in NodeAccess.AttributeItems(element))
        {
            reader.Read(attribute);
        }

        return reader.Marks;
    }

    private static MarkAttributes Of(INamedNodeMap attributes)
    {
        var reader = default(Reader);
        // The count read once: each read of it is an interface call, as is each item's.
        var count = attributes.Length;
        for (var i = 0; i < count; i++)
        {
            // AngleSharp's one attribute class: its members are then called directly, not through the interface.
            if (attributes[i] is Attr attribute)
            {
                reader.Read(attribute);
            }
        }

        return reader.Marks;
    }

    /// <summary>The pass over one element's attributes, whichever way its list is read.</summary>
    private struct Reader
    {
        private string? _class, _id, _rel, _itemprop, _href, _property, _dataDate;
        private bool _dateValue;

        public readonly MarkAttributes Marks =>
            new(_class, _id, _rel, _itemprop, _dateValue, _href) { Property = _property, DataDate = _dataDate };

        public void Read(Attr attribute)
        {
            switch (attribute.Name)
            {
                case "class":
                    _class ??= attribute.Value;
                    break;
                case "id":
                    _id ??= attribute.Value;
                    break;
                case "rel":
                    _rel ??= attribute.Value;
                    break;
                case "itemprop":
                    _itemprop ??= attribute.Value;
                    break;
                case "datetime" or "content" or "title":
                    _dateValue = true;
                    break;
                case "href":
                    _href ??= attribute.Value;
                    break;
                case "property":
                    _property ??= attribute.Value;
                    break;
                default:
                    _dataDate ??= IsDataDate(attribute.Name) ? attribute.Name : null;
                    break;
            }
        }
    }

    /// <summary>
    /// Whether a <c>data-*</c> attribute's name says it holds a date ("data-date", "data-publish-date", "data-timestamp",
    /// "data-modified"): scripts that print "3 days ago" keep the date itself there.
    /// </summary>
    /// <remarks>Every attribute outside the switch above comes here (<c>data-src</c>, <c>data-id</c>, <c>aria-*</c>, <c>style</c>), so
    /// the four words are looked for in one pass over the name, at the letters that open them, where four searches ran.</remarks>
    internal static bool IsDataDate(string name)
    {
        if (!name.StartsWith("data-", StringComparison.Ordinal))
        {
            return false;
        }

        // "data-" itself holds none of the words, nor the start of one that runs past it.
        var rest = name.AsSpan(5);
        for (var i = 0; i < rest.Length; i++)
        {
            var word = rest[i] switch
            {
                'd' => "date",
                't' => "time",
                'p' => "publish",
                'm' => "modified",
                _ => null,
            };
            if (word is not null && rest[i..].StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>An element's mark attributes and the class and id words they hold, read once for every reader of the element
/// (the date scanner and the byline candidates share a walk, <see cref="BodyWalk"/>).</summary>
internal readonly record struct ElementMarks(MarkAttributes Attributes, ClassWordFlags ClassWords, ClassWordFlags IdWords)
{
    /// <summary>The element's local name, read once for every reader of the element.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>What the name tells the walk's readers (<see cref="ElementNames"/>), read once for all of them.</summary>
    public NameKinds Kinds { get; init; }

    public static ElementMarks Of(IElement element) =>
        element is Element concrete ? Of(concrete) : Of(MarkAttributes.Of(element), element.LocalName);

    /// <summary>
    /// The marks of an element known to be AngleSharp's (the walks tell elements by that class): its name and attribute
    /// list read by direct calls without a type test each, where the <see cref="IElement"/> overload tests the element's
    /// class first (through <see cref="IElement"/> the name is an interface call that the walks' many element classes
    /// make polymorphic).
    /// </summary>
    public static ElementMarks Of(Element element) => Of(MarkAttributes.Of(element), element.LocalName);

    /// <summary>As <see cref="Of(Element)"/>, for a reader that has looked the name up already.</summary>
    public static ElementMarks Of(Element element, NameKinds kinds) => Of(MarkAttributes.Of(element), element.LocalName, kinds);

    private static ElementMarks Of(in MarkAttributes attributes, string name) => Of(attributes, name, ElementNames.Of(name));

    private static ElementMarks Of(in MarkAttributes attributes, string name, NameKinds kinds) =>
        new(attributes, Metadata.ClassWords.Of(attributes.Class), Metadata.ClassWords.Of(attributes.Id)) { Name = name, Kinds = kinds };
}
