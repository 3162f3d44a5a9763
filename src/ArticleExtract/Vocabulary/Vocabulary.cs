using System.Globalization;
using System.Text;

namespace ArticleExtract;

/// <summary>
/// The word lists of the library, read once from the data files embedded beside this class (see README.md in this
/// folder for the format). Lists keep the order of their file, because some callers take the first match.
/// Parsing is done on first use by the type initializer (thread-safe by the runtime's guarantee) and reads only
/// manifest resources: no reflection, nothing the trimmer or Native AOT must keep alive.
/// </summary>
internal static class Vocabulary
{
    private const string ResourcePrefix = "ArticleExtract.Vocabulary.";

    private static readonly VocabularyData Data = VocabularyData.FromAssembly(typeof(Vocabulary).Assembly, ResourcePrefix);

    /// <summary>The words of list <paramref name="section"/> of data file <paramref name="file"/>, in file order.</summary>
    /// <exception cref="KeyNotFoundException">No such list: a renamed or deleted section fails at start-up, not later.</exception>
    public static string[] Words(string file, string section) => Data.Words(file, section);

    /// <summary>The words of a tagged list (<c>@Tag</c> lines) with the enum value each tag names.</summary>
    public static (string Word, TEnum Tag)[] Tagged<TEnum>(string file, string section)
        where TEnum : struct, Enum
    {
        var entries = Data.Section(file, section).Entries;
        var result = new (string, TEnum)[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            result[i] = (entries[i].Word, ParseTag<TEnum>(file, section, entries[i].Tag));
        }

        return result;
    }

    /// <summary>The entries of a tagged list whose words are two words apart ("cookie banner"), split at the space.</summary>
    public static (string First, string Second, TEnum Tag)[] TaggedPairs<TEnum>(string file, string section)
        where TEnum : struct, Enum
    {
        var tagged = Tagged<TEnum>(file, section);
        var result = new (string, string, TEnum)[tagged.Length];
        for (var i = 0; i < tagged.Length; i++)
        {
            var space = tagged[i].Word.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || tagged[i].Word.IndexOf(' ', space + 1) >= 0)
            {
                throw new InvalidDataException($"Vocabulary {file}/{section}: \"{tagged[i].Word}\" is not two words.");
            }

            result[i] = (tagged[i].Word[..space], tagged[i].Word[(space + 1)..], tagged[i].Tag);
        }

        return result;
    }

    /// <summary>Everything loaded, for tests and tools.</summary>
    internal static VocabularyData All => Data;

    private static TEnum ParseTag<TEnum>(string file, string section, string? tag)
        where TEnum : struct, Enum
        => tag is not null && Enum.TryParse<TEnum>(tag, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidDataException($"Vocabulary {file}/{section}: tag \"{tag}\" is not a {typeof(TEnum).Name}.");
}

/// <summary>One word of a list: the word, its language (<c>*</c> for language-neutral) and its tag, if any.</summary>
internal readonly record struct VocabularyEntry(string Word, string Language, string? Tag, int Line);

/// <summary>One named list of a data file.</summary>
internal sealed class VocabularySection(string file, string name)
{
    /// <summary>The data file's name, without extension.</summary>
    public string File { get; } = file;

    /// <summary>The list's name, kebab-case.</summary>
    public string Name { get; } = name;

    /// <summary>The words in file order.</summary>
    public List<VocabularyEntry> Entries { get; } = [];

    /// <summary>The distinct words so far, for reporting duplicates while parsing.</summary>
    internal HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
}

/// <summary>The parsed data files, and the parser of their format.</summary>
internal sealed class VocabularyData
{
    private readonly Dictionary<string, VocabularySection> _sections = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Every list, in the order of the files and of the sections in them.</summary>
    public List<VocabularySection> Sections { get; } = [];

    /// <summary>Words listed twice in one list (<c>file/section: word</c>): kept, because lists keep their contents, but reported.</summary>
    public List<string> Duplicates { get; } = [];

    /// <summary>Parses every embedded resource whose name starts with <paramref name="prefix"/> and ends in <c>.txt</c>.</summary>
    public static VocabularyData FromAssembly(System.Reflection.Assembly assembly, string prefix)
    {
        var data = new VocabularyData();
        var names = assembly.GetManifestResourceNames();
        Array.Sort(names, StringComparer.Ordinal);
        foreach (var resource in names)
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            data.Add(resource[prefix.Length..^4], reader.ReadToEnd());
        }

        return data;
    }

    /// <summary>Parses one file's text and adds its lists.</summary>
    /// <exception cref="InvalidDataException">A malformed line, named with file and line number.</exception>
    public void Add(string file, string text)
    {
        VocabularySection? section = null;
        string? tag = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = StartSection(file, line, lineNumber);
                tag = null;
            }
            else if (line[0] == '@')
            {
                tag = line[1..].Trim();
                if (section is null || tag.Length == 0)
                {
                    throw Error(file, lineNumber, "a tag needs a name and a section above it");
                }
            }
            else
            {
                AddWords(file, section ?? throw Error(file, lineNumber, "words before any [section]"), line, tag, lineNumber);
            }
        }
    }

    /// <summary>The list <paramref name="section"/> of <paramref name="file"/>, marked as used.</summary>
    public VocabularySection Section(string file, string section)
    {
        var key = file + "/" + section;
        if (!_sections.TryGetValue(key, out var found))
        {
            throw new KeyNotFoundException($"Vocabulary list \"{section}\" is not in the embedded data file \"{file}.txt\" (src/ArticleExtract/Vocabulary).");
        }

        lock (_gate)
        {
            _used.Add(key);
        }

        return found;
    }

    /// <summary>The words of a list, in file order.</summary>
    public string[] Words(string file, string section)
    {
        var entries = Section(file, section).Entries;
        var words = new string[entries.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = entries[i].Word;
        }

        return words;
    }

    /// <summary>Whether a list has been read since loading (<c>file/section</c>).</summary>
    public bool IsUsed(VocabularySection section)
    {
        lock (_gate)
        {
            return _used.Contains(section.File + "/" + section.Name);
        }
    }

    private VocabularySection StartSection(string file, string line, int lineNumber)
    {
        var end = line.IndexOf(']', StringComparison.Ordinal);
        var name = end > 1 ? line[1..end] : string.Empty;
        if (end != line.TrimEnd().Length - 1 || !IsKebab(name))
        {
            throw Error(file, lineNumber, "a section header is [kebab-case-name] alone on its line");
        }

        var section = new VocabularySection(file, name);
        if (!_sections.TryAdd(file + "/" + name, section))
        {
            throw Error(file, lineNumber, $"section [{name}] is defined twice");
        }

        Sections.Add(section);
        return section;
    }

    private void AddWords(string file, VocabularySection section, string line, string? tag, int lineNumber)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var language = colon > 0 ? line[..colon] : string.Empty;
        if (!IsLanguage(language))
        {
            throw Error(file, lineNumber, "a line of words starts with a language (en:, de:, … or *:)");
        }

        var seen = section.Seen;
        var position = colon + 1;
        while (position < line.Length)
        {
            var word = ReadWord(line, ref position, file, lineNumber);
            if (!seen.Add(word))
            {
                Duplicates.Add($"{file}/{section.Name}: {word}");
            }

            section.Entries.Add(new VocabularyEntry(word, language, tag, lineNumber));
        }
    }

    // A word runs to the next comma and is trimmed; a quoted word keeps its spaces and commas and may use \" \\ \uXXXX.
    private static string ReadWord(string line, ref int position, string file, int lineNumber)
    {
        while (position < line.Length && line[position] == ' ')
        {
            position++;
        }

        string word;
        int end;
        if (position < line.Length && line[position] == '"')
        {
            (word, position) = ReadQuoted(line, position + 1, file, lineNumber);
            end = line.IndexOf(',', position);
            end = end < 0 ? line.Length : end;
            if (line.AsSpan(position, end - position).Trim().Length > 0)
            {
                throw Error(file, lineNumber, "a quoted word is followed by a comma or the end of the line");
            }
        }
        else
        {
            end = line.IndexOf(',', position);
            end = end < 0 ? line.Length : end;
            word = line[position..end].Trim();
            if (word.Length == 0 || word.Contains('"', StringComparison.Ordinal))
            {
                throw Error(file, lineNumber, "an empty word (two commas in a row, or one at the end), or a word with a \" that is not quoted");
            }
        }

        // Past the comma; a comma that ends the line leaves nothing after it, which the next read reports as empty.
        position = end < line.Length && end == line.Length - 1 ? end : end + 1;
        return word;
    }

    private static (string Word, int Position) ReadQuoted(string line, int position, string file, int lineNumber)
    {
        var builder = new StringBuilder();
        while (true)
        {
            if (position >= line.Length)
            {
                throw Error(file, lineNumber, "a quoted word is not closed");
            }

            var c = line[position++];
            if (c == '"')
            {
                return (builder.ToString(), position);
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escaped = position < line.Length ? line[position++] : '\0';
            if (escaped == 'u' && position + 4 <= line.Length
                && int.TryParse(line.AsSpan(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                position += 4;
            }
            else if (escaped is '"' or '\\')
            {
                builder.Append(escaped);
            }
            else
            {
                throw Error(file, lineNumber, "a quoted word knows only the escapes \\\" \\\\ and \\uXXXX");
            }
        }
    }

    private static bool IsKebab(string name)
    {
        if (name.Length == 0 || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLanguage(string code)
    {
        if (code == "*")
        {
            return true;
        }

        if (code.Length is < 2 or > 3)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static InvalidDataException Error(string file, int line, string message) =>
        new($"Vocabulary {file}.txt line {line}: {message}.");
}
