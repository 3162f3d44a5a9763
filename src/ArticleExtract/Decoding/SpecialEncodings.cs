using System.Text;

namespace ArticleExtract.Decoding;

/// <summary>
/// The Encoding Standard's x-user-defined: ASCII bytes stay, bytes 0x80-0xFF become U+F780-U+F7FF. Only the
/// transport can select it (a <c>&lt;meta&gt;</c> naming it means windows-1252).
/// </summary>
internal sealed class XUserDefinedEncoding : Encoding
{
    public static readonly XUserDefinedEncoding Instance = new();

    public override string WebName => EncodingLabels.XUserDefined;

    public override int GetByteCount(char[] chars, int index, int count) => count;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (var i = 0; i < charCount; i++)
        {
            var c = chars[charIndex + i];
            bytes[byteIndex + i] = c < 0x80 ? (byte)c : c is >= '\uF780' and <= '\uF7FF' ? (byte)(c - 0xF700) : (byte)'?';
        }

        return charCount;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++)
        {
            var b = bytes[byteIndex + i];
            chars[charIndex + i] = b < 0x80 ? (char)b : (char)(0xF700 + b);
        }

        return byteCount;
    }

    public override int GetMaxByteCount(int charCount) => charCount;

    public override int GetMaxCharCount(int byteCount) => byteCount;
}

/// <summary>
/// The Encoding Standard's "replacement" encoding, named by labels such as iso-2022-kr and hz-gb-2312 whose real
/// decoders enabled script injection: any non-empty input decodes to a single U+FFFD.
/// </summary>
internal sealed class ReplacementEncoding : Encoding
{
    public static readonly ReplacementEncoding Instance = new();

    public override string WebName => EncodingLabels.Replacement;

    public override int GetByteCount(char[] chars, int index, int count) => 0;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => 0;

    public override int GetCharCount(byte[] bytes, int index, int count) => count == 0 ? 0 : 1;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        if (byteCount == 0)
        {
            return 0;
        }

        chars[charIndex] = '\uFFFD';
        return 1;
    }

    public override int GetMaxByteCount(int charCount) => 0;

    public override int GetMaxCharCount(int byteCount) => Math.Min(byteCount, 1);
}
