using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArticleExtract.Sniffing;

/// <summary>
/// Control characters in decoded text: many of them mean the input was never text (binary data decoded as if it
/// were); a few are stray bytes in a real page, which no reader should see and which are removed before parsing.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>
    /// Text with more than one control character in this many is not a page. Random bytes decode to about one in
    /// eight (the 33 C0 and C1 controls a windows-1252 or UTF-8 decoding yields out of 256 byte values); real pages
    /// have none or a handful.
    /// </summary>
    public const int TextPerControl = 20;

    // C0 controls except the white space HTML defines (tab, line feed, form feed, carriage return), DEL, and the C1
    // controls. None is visible text, and the HTML standard calls each a parse error in the input stream.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F");

    // The C0 controls and DEL, for the searches where the vectorised scan does not run.
    private static readonly SearchValues<char> AsciiControls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>Whether <paramref name="c"/> is one of the removed control characters.</summary>
    public static bool IsControl(char c) => Controls.Contains(c);

    /// <summary>
    /// The index of the first removed control character in <paramref name="text"/>, or -1. Every extraction scans the
    /// whole page for them and real pages have none, so the set is tested 32 characters at a time in one pass (.NET's
    /// own searches need two for it: an ASCII set, then the C1 controls as a range; a set reaching beyond ASCII that is
    /// not one range gets a probabilistic map, several times the work a character). Where a block holds one, or
    /// without AVX2, the searches find it.
    /// </summary>
    internal static int IndexOfControl(ReadOnlySpan<char> text)
    {
        if (!Avx2.IsSupported || text.Length < 32)
        {
            return IndexOfControlBySearches(text);
        }

        ref var start = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(text));
        var last = text.Length - 32;
        // The last block ends at the text's end, over characters already tested (none a control).
        for (var k = 0; ; k = Math.Min(k + 32, last))
        {
            if (HasControl(Vector256.LoadUnsafe(ref start, (nuint)k), Vector256.LoadUnsafe(ref start, (nuint)k + 16)))
            {
                return k + IndexOfControlBySearches(text.Slice(k, 32));
            }

            if (k == last)
            {
                return -1;
            }
        }
    }

    /// <summary>
    /// Whether 32 characters (two vectors of 16) hold a removed control. They are narrowed to bytes (those above 0xFF
    /// to 0xFF, no control), and a byte is in the set when the table entry of its low nibble and that of its high
    /// nibble share a bit. Bit 1: high nibble 0, low nibble 0-8, B, E, F (not the white space 9, A, C, D); bit 2: high
    /// nibble 1, 8 or 9, any low nibble; bit 4: 0x7F.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasControl(Vector256<short> a, Vector256<short> b)
    {
        var lowNibbles = Vector256.Create((byte)3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 2, 2, 3, 7, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 2, 2, 3, 7);
        var highNibbles = Vector256.Create((byte)1, 2, 0, 0, 0, 0, 0, 4, 2, 2, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 4, 2, 2, 0, 0, 0, 0, 0, 0);
        var ceiling = Vector256.Create((ushort)0xFF);
        var nibble = Vector256.Create((byte)0x0F);
        // Values up to 0xFF are positive as shorts, so the signed saturation keeps them; the order of the bytes does not matter.
        var bytes = Avx2.PackUnsignedSaturate(Avx2.Min(a.AsUInt16(), ceiling).AsInt16(), Avx2.Min(b.AsUInt16(), ceiling).AsInt16());
        var low = Avx2.Shuffle(lowNibbles, bytes & nibble);
        var high = Avx2.Shuffle(highNibbles, Avx2.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte() & nibble);
        return (low & high) != Vector256<byte>.Zero;
    }

    /// <summary>
    /// As <see cref="IndexOfControl"/>, by .NET's searches: the C0 controls and DEL as an ASCII set, then, up to the
    /// first of those, the C1 controls as one range.
    /// </summary>
    internal static int IndexOfControlBySearches(ReadOnlySpan<char> text)
    {
        var ascii = text.IndexOfAny(AsciiControls);
        var c1 = (ascii < 0 ? text : text[..ascii]).IndexOfAnyInRange('\u0080', '\u009F');
        return c1 >= 0 ? c1 : ascii;
    }

    /// <summary>
    /// The text without control characters, or <see langword="null"/> when they are too many for it to be a page
    /// (more than one in <see cref="TextPerControl"/>). NULs that only pad the end (a file cut or preallocated by a
    /// writer) do not count.
    /// </summary>
    public static string? Clean(string text)
    {
        var span = text.AsSpan().TrimEnd('\0');
        var first = IndexOfControl(span);
        if (first < 0)
        {
            return WithoutControlReferences(span.Length == text.Length ? text : span.ToString());
        }

        var count = 0;
        for (var at = first; at >= 0; count++)
        {
            var next = IndexOfControl(span[(at + 1)..]);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if ((long)count * TextPerControl > span.Length)
        {
            return null;
        }

        return WithoutControlReferences(Remove(span, first, span.Length - count));
    }

    /// <summary>
    /// As <see cref="Clean(string)"/>, in place: the length of the text left at the start of <paramref name="text"/>, or
    /// -1 when it is not a page.
    /// </summary>
    public static int Clean(Span<char> text)
    {
        var span = text.TrimEnd('\0');
        var first = IndexOfControl(span);
        if (first < 0)
        {
            return RemoveControlReferences(span);
        }

        var count = 0;
        for (var at = first; at >= 0; count++)
        {
            var next = IndexOfControl(span[(at + 1)..]);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if ((long)count * TextPerControl > span.Length)
        {
            return -1;
        }

        // Each run between controls moves left over the ones removed (CopyTo handles the overlap).
        var written = first;
        var from = first + 1;
        int run;
        while ((run = IndexOfControl(span[from..])) >= 0)
        {
            span.Slice(from, run).CopyTo(span[written..]);
            written += run;
            from += run + 1;
        }

        span[from..].CopyTo(span[written..]);
        return RemoveControlReferences(span[..(written + span.Length - from)]);
    }

    /// <summary>
    /// <paramref name="text"/> without the numeric character references that the parser would decode to a removed
    /// control (<c>&amp;#1;</c>, <c>&amp;#x7F;</c>, <c>&amp;#x81;</c>): the controls themselves are removed above, but a
    /// reference is only decoded by the parser, after that, and its control reached every rendering (README: "no output
    /// ever holds a control character"). Run after the controls are removed, so that none can hide inside a reference.
    /// </summary>
    private static string WithoutControlReferences(string text)
    {
        if (IndexOfControlReference(text, 0, out _) < 0)
        {
            return text;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(buffer);
            return new string(buffer, 0, RemoveControlReferences(buffer.AsSpan(0, text.Length)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>As <see cref="WithoutControlReferences"/>, in place: the length of the text left at the start of <paramref name="text"/>.</summary>
    private static int RemoveControlReferences(Span<char> text)
    {
        var at = IndexOfControlReference(text, 0, out var end);
        if (at < 0)
        {
            return text.Length;
        }

        var written = WithoutOpenReference(text, at);
        var from = end;
        while ((at = IndexOfControlReference(text, from, out end)) >= 0)
        {
            text[from..at].CopyTo(text[written..]);
            written = WithoutOpenReference(text, written + at - from);
            from = end;
        }

        text[from..].CopyTo(text[written..]);
        return written + text.Length - from;
    }

    /// <summary>
    /// Where writing goes on after a control reference was left out at <paramref name="written"/>. What the text it
    /// joins could continue into a new reference goes too: ampersands and the start of a numeric reference just before
    /// it ("&amp;#x&amp;#29;1;" would become a reference to U+0001, "&amp;&amp;#1;#8217;" one to ’, "&amp;#0&amp;#29;1;"
    /// one to U+0001). They stand against a control character, so no reader misses them, and leaving them out keeps
    /// the work in place.
    /// </summary>
    private static int WithoutOpenReference(ReadOnlySpan<char> text, int written)
    {
        while (true)
        {
            var before = written;
            while (written > 0 && text[written - 1] == '&')
            {
                written--;
            }

            var digits = written;
            while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
            {
                digits--;
            }

            var hexDigits = written;
            while (hexDigits > 0 && char.IsAsciiHexDigit(text[hexDigits - 1]))
            {
                hexDigits--;
            }

            if (digits >= 2 && text[digits - 1] == '#' && text[digits - 2] == '&')
            {
                written = digits - 2;
            }
            else if (hexDigits >= 3 && (text[hexDigits - 1] | 0x20) == 'x' && text[hexDigits - 2] == '#' && text[hexDigits - 3] == '&')
            {
                written = hexDigits - 3;
            }

            if (written == before)
            {
                return written;
            }
        }
    }

    /// <summary>
    /// Where the next numeric character reference at or after <paramref name="from"/> that decodes to a removed control
    /// starts, or -1; <paramref name="end"/> is just past it (its ';' included, which the parser does not require).
    /// </summary>
    private static int IndexOfControlReference(ReadOnlySpan<char> text, int from, out int end)
    {
        end = 0;
        while (true)
        {
            var i = text[from..].IndexOf("&#", StringComparison.Ordinal);
            if (i < 0)
            {
                return -1;
            }

            i += from;
            var k = i + 2;
            var hex = k < text.Length && (text[k] | 0x20) == 'x';
            k += hex ? 1 : 0;
            var digits = k;
            var value = 0;
            // Capped past the last code point, as the parser caps it, so that a long run of digits cannot overflow.
            for (; k < text.Length && (hex ? char.IsAsciiHexDigit(text[k]) : char.IsAsciiDigit(text[k])); k++)
            {
                value = Math.Min((value * (hex ? 16 : 10)) + HexValue(text[k]), 0x110000);
            }

            if (k > digits && IsDecodedControl(value))
            {
                end = k < text.Length && text[k] == ';' ? k + 1 : k;
                return i;
            }

            from = i + 2;
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // What the HTML standard's numeric reference gives for these values: U+0000 becomes U+FFFD, and 0x80-0x9F are
    // read as windows-1252 except the five it leaves undefined, which stay C1 controls.
    private static bool IsDecodedControl(int value) =>
        value is > 0 and < 0xA0 && IsControl((char)value) && (value < 0x80 || value is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D);

    private static string Remove(ReadOnlySpan<char> span, int first, int length)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var target = buffer.AsSpan();
            span[..first].CopyTo(target);
            var written = first;
            var rest = span[(first + 1)..];
            int next;
            while ((next = IndexOfControl(rest)) >= 0)
            {
                rest[..next].CopyTo(target[written..]);
                written += next;
                rest = rest[(next + 1)..];
            }

            rest.CopyTo(target[written..]);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
