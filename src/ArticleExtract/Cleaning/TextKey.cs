using System.Buffers;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The comparison key of a short text, shared by the wording filters (Structure) and the metadata cleaners
/// (Metadata) so that neither folder depends on the other for it.
/// </summary>
internal static class TextKey
{
    /// <summary>Lower case, punctuation and symbols dropped, white space collapsed: "- Advertisement -" → "advertisement".</summary>
    public static string Normalize(string text)
    {
        // The key is never longer than the text (a space stands for at least one dropped character), so it is
        // written into a buffer of the text's length; a key equal to the text is the text itself. Keys are made for
        // every candidate block, and a builder and its chunks per key were a large part of the extraction's garbage.
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var key = buffer[..NormalizeInto(text, buffer)];
        var result = key.SequenceEqual(text) ? text : key.ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// Writes the key of <paramref name="text"/> (see <see cref="Normalize"/>) into <paramref name="destination"/>,
    /// which must be at least as long as the text, and returns its length: for a caller that only compares it.
    /// </summary>
    public static int NormalizeInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var space = false;
        var ascii = AsciiKeys;
        foreach (var c in text)
        {
            if (c < (uint)ascii.Length)
            {
                // ASCII by the table the branches below filled: the character in the key, or what else it is.
                var k = ascii[c];
                if (k > Kept)
                {
                    if (space && length > 0)
                    {
                        destination[length++] = ' ';
                    }

                    space = false;
                    destination[length++] = k;
                }
                else
                {
                    space |= k == Separator;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (space && length > 0)
                {
                    destination[length++] = ' ';
                }

                space = false;
                destination[length++] = char.ToLowerInvariant(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '–' or '—' or '|' or '/' or '·' or '•')
            {
                space = true;
            }
            else if (c is '\'' or '’')
            {
                // Keep contractions whole: "we'll" and "we’ll" both become "well".
            }
            else
            {
                space = true;
            }
        }

        return length;
    }

    // AsciiKeys' marks for characters that write nothing: a separator (white space, punctuation) and a kept-out
    // apostrophe; every other entry is the character as the key writes it.
    private const char Separator = '\0';
    private const char Kept = '\u0001';

    /// <summary>What <see cref="NormalizeInto"/> does with each ASCII character, from its own rules (letters and digits
    /// lower-cased by <see cref="char.ToLowerInvariant"/>): blocks' texts are mostly ASCII, and the branches asked up to
    /// three character-class questions per character.</summary>
    private static readonly char[] AsciiKeys = Enumerable.Range(0, 128).Select(c => (char)c)
        .Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c == '\'' ? Kept : Separator).ToArray();
}
