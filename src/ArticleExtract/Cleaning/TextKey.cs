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
    /// Whether the two texts have the same key (<see cref="Normalize"/>), the keys written into buffers and compared
    /// there: a title is compared with another a few times a page, and each comparison made two strings.
    /// </summary>
    public static bool SameKey(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        char[]? rentedA = null, rentedB = null;
        var bufferA = a.Length <= 256 ? stackalloc char[a.Length] : (rentedA = ArrayPool<char>.Shared.Rent(a.Length));
        var bufferB = b.Length <= 256 ? stackalloc char[b.Length] : (rentedB = ArrayPool<char>.Shared.Rent(b.Length));
        try
        {
            return bufferA[..NormalizeInto(a, bufferA)].SequenceEqual(bufferB[..NormalizeInto(b, bufferB)]);
        }
        finally
        {
            if (rentedA is not null)
            {
                ArrayPool<char>.Shared.Return(rentedA);
            }

            if (rentedB is not null)
            {
                ArrayPool<char>.Shared.Return(rentedB);
            }
        }
    }

    /// <summary>
    /// Writes the key of <paramref name="text"/> (see <see cref="Normalize"/>) into <paramref name="destination"/>,
    /// which must be at least as long as the text, and returns its length: for a caller that only compares it.
    /// </summary>
    public static int NormalizeInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        // The state as 0 or 1 and the writes made unconditionally, a character's own taking its place only when it is
        // kept: a branch at every word's edge (is this character kept, is a space owed) was mispredicted about once a
        // word. Both writes stay inside the destination: before character i the key holds at most i characters, and
        // one less while a space is owed.
        var length = 0;
        var space = 0;
        var started = 0;
        var ascii = AsciiKeys;
        var flags = AsciiFlags;
        foreach (var c in text)
        {
            if (c < (uint)ascii.Length)
            {
                var keep = flags[c] & KeepFlag;
                destination[length] = ' ';
                length += keep & space & started;
                destination[length] = ascii[c];
                length += keep;
                started |= keep;
                space = (space | (flags[c] >> 1)) & (keep ^ 1);
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (space != 0 && length > 0)
                {
                    destination[length++] = ' ';
                }

                space = 0;
                started = 1;
                destination[length++] = char.ToLowerInvariant(c);
            }
            else if (c is '\'' or '’')
            {
                // Keep contractions whole: "we'll" and "we’ll" both become "well".
            }
            else
            {
                // White space, dashes, bars, slashes, dots and every other character beyond ASCII separate words.
                space = 1;
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

    private const int KeepFlag = 1;
    private const int SeparatorFlag = 2;

    /// <summary>Per ASCII character, <see cref="KeepFlag"/> when the key writes it (its <see cref="AsciiKeys"/> entry) and
    /// <see cref="SeparatorFlag"/> when it separates words; an apostrophe has neither.</summary>
    private static readonly byte[] AsciiFlags = AsciiKeys.Select(k => (byte)(k > Kept ? KeepFlag : k == Separator ? SeparatorFlag : 0)).ToArray();
}
