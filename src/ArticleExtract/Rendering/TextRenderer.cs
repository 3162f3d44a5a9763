using System.Globalization;
using System.Text;

namespace ArticleExtract.Rendering;

/// <summary>Plain-text renderings: <see cref="Article.Body"/> and <see cref="Article.ToText"/>.</summary>
internal static class TextRenderer
{
    /// <summary>Headings and blocks in order, separated by a blank line; images (which carry no words) left out.</summary>
    /// <remarks>
    /// Measured first, then written once into the string: through a builder the text was written twice, its chunks
    /// and then the string, and on a huge page the chunks (every 16 KB a new one, with a builder object of its own)
    /// were 0.6 MB of garbage an extraction made while the page's whole DOM is alive, bringing the next collection
    /// over it nearer. The parts are the ones <see cref="AppendBody"/> writes, separated the same way.
    /// </remarks>
    public static string Body(IReadOnlyList<Section> sections)
    {
        var length = WriteBody(sections, default);
        return length == 0 ? string.Empty : string.Create(length, sections, static (span, s) => WriteBody(s, span));
    }

    /// <summary>Writes the body into <paramref name="into"/>, or only counts its characters when it is empty.</summary>
    private static int WriteBody(IReadOnlyList<Section> sections, Span<char> into)
    {
        var at = 0;
        foreach (var section in sections)
        {
            if (section.Heading is not null)
            {
                Put(into, ref at, section.Heading);
            }

            // By index: the blocks are an interface's list, whose enumerator is an object for every section.
            var blocks = section.Blocks;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is not ImageBlock && blocks[i].Text is { Length: > 0 } text)
                {
                    Put(into, ref at, text);
                }
            }
        }

        return at;
    }

    private static void Put(Span<char> into, ref int at, string part)
    {
        if (at > 0)
        {
            if (!into.IsEmpty)
            {
                "\n\n".CopyTo(into[at..]);
            }

            at += 2;
        }

        if (!into.IsEmpty)
        {
            part.CopyTo(into[at..]);
        }

        at += part.Length;
    }

    public static string Render(Article article, bool header)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(article.Title))
        {
            sb.Append(article.Title).Append('\n');
        }

        if (header)
        {
            AppendHeader(sb, article);
        }

        if (sb.Length > 0)
        {
            sb.Append('\n');
        }

        AppendBody(sb, article.Sections);
        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// The date as JSON writes it, for the front matter and the text header: ISO 8601 (an instant as
    /// <c>2023-07-24T09:15:00+00:00</c>; a date type that formats itself as ISO text is written as it formats);
    /// <see langword="null"/> when there is none. Takes any date type, so the renderers follow the model's.
    /// </summary>
    public static string? DateText(object? date) => date switch
    {
        null => null,
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture).Replace("Z", "+00:00", StringComparison.Ordinal),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => date.ToString(),
    };

    /// <summary>
    /// Counts the words of <paramref name="body"/>: runs of letters or digits joined by apostrophes and hyphens, and
    /// each Chinese or Japanese character on its own (those scripts do not separate words with spaces).
    /// </summary>
    public static (int Words, int Ideographs) CountWords(string body)
    {
        // Word starts added and the word state carried as 0 or 1 rather than by branches: a branch at every word's
        // edge was mispredicted about once a word, most of the count's time on a long body.
        var words = 0;
        var ideographs = 0;
        var inWord = 0;
        var kinds = AsciiWordKinds;
        foreach (var c in body)
        {
            int letter, joiner;
            // ASCII first, told by its own table: the body is mostly ASCII, and it has no ideograph.
            if (c < (uint)kinds.Length)
            {
                letter = kinds[c] & LetterKind;
                joiner = kinds[c] >> 1;
            }
            else if (IsIdeograph(c))
            {
                ideographs++;
                inWord = 0;
                continue;
            }
            else
            {
                letter = char.IsLetterOrDigit(c) ? 1 : 0;
                joiner = c is '’' or '\u00AD' ? 1 : 0;
            }

            // A letter after anything but a word (or its apostrophes and hyphens) starts one; any other character ends it.
            words += letter & (inWord ^ 1);
            inWord = letter | (inWord & joiner);
        }

        return (words, ideographs);
    }

    private const int LetterKind = 1;

    private const int JoinerKind = 2;

    /// <summary>Per ASCII character, <see cref="LetterKind"/> for a letter or digit and <see cref="JoinerKind"/> for an
    /// apostrophe or a hyphen, which keep a word going.</summary>
    private static readonly byte[] AsciiWordKinds = BuildAsciiWordKinds();

    private static byte[] BuildAsciiWordKinds()
    {
        var kinds = new byte[128];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = (byte)(char.IsAsciiLetterOrDigit((char)c) ? LetterKind : c is '\'' or '-' ? JoinerKind : 0);
        }

        return kinds;
    }

    // CJK ideographs, kana; Hangul is written with spaces between words and counts as letters.
    private static bool IsIdeograph(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    // "By A, B · 2023-07-24 · Site" then the URL: what a reader of the plain text needs to cite it.
    private static void AppendHeader(StringBuilder sb, Article a)
    {
        var start = sb.Length;
        if (a.Authors.Count > 0)
        {
            sb.Append("By ").AppendJoin(", ", a.Authors);
        }

        // The day only: the first ten characters of the ISO date.
        if (DateText(a.Published) is { Length: >= 10 } published)
        {
            sb.Append(sb.Length > start ? " · " : string.Empty).Append(published, 0, 10);
        }

        if (!string.IsNullOrEmpty(a.SiteName))
        {
            sb.Append(sb.Length > start ? " · " : string.Empty).Append(a.SiteName);
        }

        if (sb.Length > start)
        {
            sb.Append('\n');
        }

        if (!string.IsNullOrEmpty(a.Url))
        {
            sb.Append(a.Url).Append('\n');
        }
    }

    private static void AppendBody(StringBuilder sb, IReadOnlyList<Section> sections)
    {
        var start = sb.Length;
        foreach (var section in sections)
        {
            if (section.Heading is not null)
            {
                Separate(sb, start);
                sb.Append(section.Heading);
            }

            foreach (var block in section.Blocks)
            {
                if (block is ImageBlock)
                {
                    continue;
                }

                var text = block.Text;
                if (text.Length == 0)
                {
                    continue;
                }

                Separate(sb, start);
                sb.Append(text);
            }
        }
    }

    private static void Separate(StringBuilder sb, int start)
    {
        if (sb.Length > start)
        {
            sb.Append("\n\n");
        }
    }
}
