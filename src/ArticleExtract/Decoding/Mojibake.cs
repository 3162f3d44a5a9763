using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Decoding;

/// <summary>
/// Text encoded twice: a site's software read UTF-8 bytes as windows-1252 (or Latin-1) and saved the result as UTF-8
/// again, so the page itself holds "â€™" for ’, "Ã©" for é and "Â" before each no-break space. Browsers show the
/// garbage; readers want the text. A run of characters that each stand for one windows-1252 byte (Latin-1 for the
/// C1 controls and the five bytes windows-1252 leaves undefined) and whose bytes form one valid multi-byte UTF-8
/// sequence — a lead character Â…ô (bytes C2–F4) followed by the right number of characters for bytes 80–BF — is
/// replaced by the character those bytes encode. Real text almost never holds such a run; the guards for what it
/// does hold: the sequence must decode to a character mojibake is made of in practice (Latin letters, punctuation,
/// symbols, emoji; never CJK, IPA, Hebrew or Braille, which brand names such as "MONTAGNÉ®", "3 ×\u00A0" or French
/// "é\u00A0»" would give), and the text must hold at least <see cref="Thresholds.MojibakeMinSequences"/> of them.
/// Text doubly encoded more than once is repaired in up to <see cref="Thresholds.MojibakeMaxPasses"/> passes.
/// Text with no lead character at all (most pages) is returned as it is, without allocating.
/// </summary>
internal static class Mojibake
{
    private const ushort FirstLead = 0xC2;
    private const ushort LastLead = 0xF4;

    /// <summary>The text with its double-encoded UTF-8 sequences decoded, or the same instance when it has too few.</summary>
    public static string Repair(string text)
    {
        for (var pass = 0; pass < Thresholds.MojibakeMaxPasses; pass++)
        {
            if (Count(text, Thresholds.MojibakeMinSequences) < Thresholds.MojibakeMinSequences)
            {
                return text;
            }

            text = Rewrite(text);
        }

        return text;
    }

    /// <summary>How many repairable sequences the text holds, counting up to <paramref name="enough"/>.</summary>
    private static int Count(string text, int enough)
    {
        var span = text.AsSpan();
        var count = 0;
        var at = 0;
        while (count < enough)
        {
            var next = NextLead(span[at..]);
            if (next < 0)
            {
                break;
            }

            at += next;
            var length = Match(span, at, out _);
            count += length > 0 ? 1 : 0;
            at += Math.Max(length, 1);
        }

        return count;
    }

    /// <summary>
    /// The index of the next lead character (Â…ô), vectorised; searched as UTF-16 code units because
    /// <c>IndexOfAnyInRange</c> over <see langword="char"/> allocates on every call in .NET 10 (measured: 96 bytes).
    /// </summary>
    private static int NextLead(ReadOnlySpan<char> text) =>
        MemoryMarshal.Cast<char, ushort>(text).IndexOfAnyInRange(FirstLead, LastLead);

    private static string Rewrite(string text)
    {
        var span = text.AsSpan();
        var buffer = ArrayPool<char>.Shared.Rent(span.Length);
        try
        {
            int written = 0, copied = 0, at = 0;
            int next;
            while ((next = NextLead(span[at..])) >= 0)
            {
                at += next;
                var length = Match(span, at, out var scalar);
                if (length == 0)
                {
                    at++;
                    continue;
                }

                span[copied..at].CopyTo(buffer.AsSpan(written));
                written += at - copied;
                written += new Rune(scalar).EncodeToUtf16(buffer.AsSpan(written));
                at += length;
                copied = at;
            }

            span[copied..].CopyTo(buffer.AsSpan(written));
            written += span.Length - copied;
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The length in characters of the double-encoded sequence whose lead character is at <paramref name="at"/>, and
    /// the character it stands for; 0 when the characters there are no valid UTF-8 sequence of a plausible character.
    /// </summary>
    private static int Match(ReadOnlySpan<char> text, int at, out int scalar)
    {
        scalar = 0;
        int lead = text[at];
        var continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        if (at + continuations >= text.Length)
        {
            return 0;
        }

        var value = lead & (continuations == 1 ? 0x1F : continuations == 2 ? 0x0F : 0x07);
        for (var k = 1; k <= continuations; k++)
        {
            var b = ByteOf(text[at + k]);
            if (b is < 0x80 or > 0xBF)
            {
                return 0;
            }

            value = (value << 6) | (b & 0x3F);
        }

        // Overlong forms, surrogates and values past U+10FFFF are invalid UTF-8.
        var least = continuations == 1 ? 0x80 : continuations == 2 ? 0x800 : 0x10000;
        if (value < least || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF || !Plausible(value))
        {
            return 0;
        }

        scalar = value;
        return continuations + 1;
    }

    /// <summary>
    /// Whether a decoded sequence is a character double encoding is made of in practice: windows-1252's own letters
    /// and signs, Latin Extended-A, Romanian ș ț, the punctuation, currency, letter-like, arrow, mathematical,
    /// technical and symbol blocks (not Braille), variation selectors, the byte-order mark and emoji.
    /// </summary>
    private static bool Plausible(int value) =>
        value is (>= 0xA0 and <= 0x17F) or 0x192 or (>= 0x218 and <= 0x21B) or 0x2C6 or 0x2DC or (>= 0x2000 and <= 0x27FF)
            or (>= 0x2900 and <= 0x2BFF) or (>= 0xFE00 and <= 0xFE0F) or 0xFEFF or (>= 0x1F000 and <= 0x1FAFF);

    /// <summary>The windows-1252 byte a character stands for (Latin-1's for U+0080–U+009F), or -1.</summary>
    private static int ByteOf(char c) => c < '\u0100' ? c : c switch
    {
        '\u20AC' => 0x80, '\u201A' => 0x82, '\u0192' => 0x83, '\u201E' => 0x84, '\u2026' => 0x85, '\u2020' => 0x86,
        '\u2021' => 0x87, '\u02C6' => 0x88, '\u2030' => 0x89, '\u0160' => 0x8A, '\u2039' => 0x8B, '\u0152' => 0x8C,
        '\u017D' => 0x8E, '\u2018' => 0x91, '\u2019' => 0x92, '\u201C' => 0x93, '\u201D' => 0x94, '\u2022' => 0x95,
        '\u2013' => 0x96, '\u2014' => 0x97, '\u02DC' => 0x98, '\u2122' => 0x99, '\u0161' => 0x9A, '\u203A' => 0x9B,
        '\u0153' => 0x9C, '\u017E' => 0x9E, '\u0178' => 0x9F,
        _ => -1,
    };
}
