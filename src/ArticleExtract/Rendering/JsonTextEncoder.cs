using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace ArticleExtract.Rendering;

/// <summary>
/// The escaping policy of every JSON the project writes: text stays text. Letters, ideographs and emoji in any
/// script are written as UTF-8 characters; only what JSON requires, plus a few characters that make JSON unsafe
/// or unreadable where it is commonly pasted, is written as an escape.
/// </summary>
/// <remarks>
/// <para>
/// Why not a built-in encoder: <see cref="JavaScriptEncoder.Default"/> escapes everything outside ASCII (a Russian
/// article grows 2.7 times), and even <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> or
/// <c>JavaScriptEncoder.Create(UnicodeRanges.All)</c> escape every character outside the Basic Multilingual
/// Plane, because the built-in allow-lists only cover the BMP, so every emoji comes out as <c>\uD83D\uDE00</c>.
/// </para>
/// <para>Escaped, and why:</para>
/// <list type="bullet">
/// <item><c>"</c>, <c>\</c> and U+0000–U+001F: JSON requires it (RFC 8259). <c>\b \t \n \f \r \" \\</c> use
/// their short forms.</item>
/// <item><c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C \u003E \u0026</c>, as Go's encoding/json does: the
/// JSON of a news article is often embedded in an HTML page (a <c>&lt;script type="application/ld+json"&gt;</c>
/// block, a reader app's bootstrap data), where a title holding <c>&lt;/script&gt;</c> or <c>&lt;!--</c> would
/// otherwise end the script. Any JSON parser reads the escapes back as the characters; the cost is a few bytes
/// on the rare text that holds them.</item>
/// <item>U+2028 and U+2029: line terminators in JavaScript before ES2019, so JSON holding them raw breaks
/// JSONP and inline scripts in older engines.</item>
/// <item>U+007F and the C1 controls U+0080–U+009F: invisible, and no text needs them raw.</item>
/// <item>A lone surrogate (broken UTF-16 from a broken page): it has no UTF-8 form, so it is written as
/// U+FFFD, the replacement character; a well-formed surrogate pair (an emoji) is written as the character.</item>
/// </list>
/// <para>Everything else, <c>'</c>, <c>+</c> and <c>`</c> included, is written as it is.</para>
/// </remarks>
internal sealed class JsonTextEncoder : JavaScriptEncoder
{
    /// <summary>The one instance; it holds no state.</summary>
    public static JsonTextEncoder Instance { get; } = new();

    // A surrogate is searched for too: a valid pair is skipped over after a look at its partner, a lone one is
    // handed to the base encoder, which replaces it with U+FFFD.
    private static readonly SearchValues<char> Special = SearchValues.Create(BuildSpecial());

    private JsonTextEncoder()
    {
    }

    /// <summary>The longest escape of one UTF-16 unit is <c>\uXXXX</c>.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc/>
    public override bool WillEncode(int unicodeScalar) =>
        !Rune.IsValid(unicodeScalar) || WillEncodeScalar(unicodeScalar);

    /// <inheritdoc/>
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        FindFirst(new ReadOnlySpan<char>(text, textLength));

    /// <inheritdoc/>
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        TryWrite(unicodeScalar, new Span<char>(buffer, bufferLength), out numberOfCharactersWritten);

    internal static int FindFirst(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var i = text[offset..].IndexOfAny(Special);
            if (i < 0)
            {
                return -1;
            }

            i += offset;
            var c = text[i];
            if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return i;
            }

            offset = i + 2;
        }
    }

    private static bool TryWrite(int scalar, Span<char> destination, out int written)
    {
        written = 0;
        if (!WillEncodeScalar(scalar))
        {
            if (!Rune.TryCreate(scalar, out var rune))
            {
                return false;
            }

            return rune.TryEncodeToUtf16(destination, out written);
        }

        var shortForm = ShortEscape(scalar);
        if (shortForm != '\0')
        {
            if (destination.Length < 2)
            {
                return false;
            }

            destination[0] = '\\';
            destination[1] = shortForm;
            written = 2;
            return true;
        }

        // Surrogates never arrive here as scalars (the base encoder turns a lone one into U+FFFD first), so every
        // escaped value fits in four hex digits.
        if (scalar > 0xFFFF || destination.Length < 6)
        {
            return false;
        }

        destination[0] = '\\';
        destination[1] = 'u';
        if (!scalar.TryFormat(destination[2..6], out _, "X4", CultureInfo.InvariantCulture))
        {
            return false;
        }

        written = 6;
        return true;
    }

    private static bool WillEncodeScalar(int scalar) =>
        scalar < 0x20 || scalar is '"' or '\\' or '<' or '>' or '&' || scalar is >= 0x7F and <= 0x9F || scalar is 0x2028 or 0x2029;

    private static string BuildSpecial()
    {
        var chars = new StringBuilder();
        for (var c = 0; c < 0x20; c++)
        {
            chars.Append((char)c);
        }

        chars.Append("\"\\<>&");
        for (var c = 0x7F; c <= 0x9F; c++)
        {
            chars.Append((char)c);
        }

        chars.Append('\u2028').Append('\u2029');
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            chars.Append((char)c);
        }

        return chars.ToString();
    }

    /// <summary>The letter of JSON's two-character escape for <paramref name="c"/> (<c>\n</c> → <c>n</c>), or U+0000 when
    /// it has none and needs <c>\uXXXX</c>; shared with the UTF-8 writer (JsonText) so both escape alike; here
    /// because the Web API compiles this file alone.</summary>
    internal static char ShortEscape(int c) => c switch
    {
        '\b' => 'b',
        '\t' => 't',
        '\n' => 'n',
        '\f' => 'f',
        '\r' => 'r',
        '"' => '"',
        '\\' => '\\',
        _ => '\0',
    };
}
