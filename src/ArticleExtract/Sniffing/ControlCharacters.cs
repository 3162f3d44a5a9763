using System.Buffers;

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

    /// <summary>Whether <paramref name="c"/> is one of the removed control characters.</summary>
    public static bool IsControl(char c) => Controls.Contains(c);

    /// <summary>
    /// The text without control characters, or <see langword="null"/> when they are too many for it to be a page
    /// (more than one in <see cref="TextPerControl"/>). NULs that only pad the end (a file cut or preallocated by a
    /// writer) do not count.
    /// </summary>
    public static string? Clean(string text)
    {
        var span = text.AsSpan().TrimEnd('\0');
        var first = span.IndexOfAny(Controls);
        if (first < 0)
        {
            return span.Length == text.Length ? text : span.ToString();
        }

        if (Unmangled(span, first) is { } repaired)
        {
            return Clean(repaired);
        }

        var count = 0;
        for (var at = first; at >= 0; count++)
        {
            var next = span[(at + 1)..].IndexOfAny(Controls);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if ((long)count * TextPerControl > span.Length)
        {
            return null;
        }

        return Remove(span, first, span.Length - count);
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The text with its UTF-8 characters that were read as Latin-1 decoded again ("Investorâ\u0080\u0099s" is
    /// "Investor’s" whose three bytes became three characters), or null when it has none. Only sequences holding a C1
    /// control are repaired: such a control is never typed, so "â" followed by one is a mangled character, while "Ã©"
    /// may be what the writer meant.
    /// </summary>
    private static string? Unmangled(ReadOnlySpan<char> span, int first)
    {
        System.Text.StringBuilder? builder = null;
        var copied = 0;
        Span<byte> bytes = stackalloc byte[4];
        for (var i = Math.Max(first - 3, 0); i < span.Length - 1; i++)
        {
            var n = span[i] switch { >= '\u00C2' and <= '\u00DF' => 2, >= '\u00E0' and <= '\u00EF' => 3, >= '\u00F0' and <= '\u00F4' => 4, _ => 0 };
            if (n == 0 || i + n > span.Length || !IsMangled(span.Slice(i, n), bytes))
            {
                continue;
            }

            string decoded;
            try
            {
                decoded = StrictUtf8.GetString(bytes[..n]);
            }
            catch (System.Text.DecoderFallbackException)
            {
                continue;
            }

            builder ??= new System.Text.StringBuilder(span.Length);
            builder.Append(span[copied..i]).Append(decoded);
            copied = i + n;
            i += n - 1;
        }

        return builder?.Append(span[copied..]).ToString();
    }

    // Whether the lead character is followed by continuation characters (U+0080–U+00BF), one of them a C1 control.
    private static bool IsMangled(ReadOnlySpan<char> run, Span<byte> bytes)
    {
        var control = false;
        bytes[0] = (byte)run[0];
        for (var k = 1; k < run.Length; k++)
        {
            if (run[k] is < '\u0080' or > '\u00BF')
            {
                return false;
            }

            control |= run[k] <= '\u009F';
            bytes[k] = (byte)run[k];
        }

        return control;
    }

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
            while ((next = rest.IndexOfAny(Controls)) >= 0)
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
