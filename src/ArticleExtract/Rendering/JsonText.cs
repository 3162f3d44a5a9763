using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ArticleExtract.Rendering;

/// <summary>
/// Text values as JSON strings with <see cref="JsonTextEncoder"/>'s escaping, written a run at a time: the runs between
/// the characters it escapes are transcoded to UTF-8 whole, and each escaped character is written as the encoder
/// writes it. The finished string goes to the writer as a raw value, so its bytes are those the writer would have
/// written through the encoder, without the encoder's one-character-at-a-time path after the first escape.
/// </summary>
internal static class JsonText
{
    // Longer strings are written through a rented buffer.
    private const int StackBytes = 512;

    /// <summary>The property and its value, <c>null</c> when the value is null.</summary>
    public static void Write(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WritePropertyName(name);
        WriteValue(w, value);
    }

    /// <summary>The property and its value, or nothing when the value is null.</summary>
    public static void WriteUnlessNull(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WritePropertyName(name);
            WriteValue(w, value);
        }
    }

    private static void WriteValue(Utf8JsonWriter w, string value)
    {
        // At most three UTF-8 bytes per UTF-16 unit, or six for an escape, and the quotes.
        var most = (6 * value.Length) + 2;
        byte[]? rented = null;
        Span<byte> buffer = most <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(most));
        var written = Quote(value, buffer);
        w.WriteRawValue(buffer[..written], skipInputValidation: true);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes <paramref name="value"/> quoted and escaped into <paramref name="destination"/>, which holds
    /// six bytes per character and two; returns the bytes written.</summary>
    internal static int Quote(ReadOnlySpan<char> value, Span<byte> destination)
    {
        var at = 0;
        destination[at++] = (byte)'"';
        while (true)
        {
            var first = JsonTextEncoder.FindFirst(value);
            // A run holds no lone surrogate (FindFirst stops at one), so it transcodes exactly.
            at += Encoding.UTF8.GetBytes(first < 0 ? value : value[..first], destination[at..]);
            if (first < 0)
            {
                break;
            }

            at += Escape(value[first], destination[at..]);
            value = value[(first + 1)..];
        }

        destination[at++] = (byte)'"';
        return at;
    }

    /// <summary>One character <see cref="JsonTextEncoder.FindFirst"/> stopped at, as the encoder writes it: a lone
    /// surrogate as U+FFFD, JSON's short escapes, anything else as <c>\uXXXX</c>.</summary>
    private static int Escape(char c, Span<byte> destination)
    {
        if (char.IsSurrogate(c))
        {
            // U+FFFD in UTF-8.
            destination[0] = 0xEF;
            destination[1] = 0xBF;
            destination[2] = 0xBD;
            return 3;
        }

        var shortForm = JsonTextEncoder.ShortEscape(c);
        destination[0] = (byte)'\\';
        if (shortForm != '\0')
        {
            destination[1] = (byte)shortForm;
            return 2;
        }

        destination[1] = (byte)'u';
        destination[2] = Hex(c >> 12);
        destination[3] = Hex(c >> 8);
        destination[4] = Hex(c >> 4);
        destination[5] = Hex(c);
        return 6;
    }

    private static byte Hex(int nibble) => (byte)"0123456789ABCDEF"[nibble & 0xF];
}
