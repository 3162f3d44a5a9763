using System.Text;

namespace ArticleExtract.Decoding;

/// <summary>
/// What the Encoding Standard's multi-byte decoders (Shift_JIS, EUC-JP, EUC-KR, Big5, gb18030) give for bytes that
/// are no character: one U+FFFD, and when a lead byte is followed by an ASCII byte that does not complete it, the
/// ASCII byte is put back and decoded as itself ("restore byte to ioQueue"). .NET's code pages give a best-fit
/// '・' or '?' for the pair instead, the ASCII byte swallowed: a title or link text cut by bytes in the middle of a
/// character lost the '&lt;' of its end tag, and the parser made the rest of the page the title.
/// </summary>
internal sealed class WebDecoderFallback : DecoderFallback
{
    public static readonly WebDecoderFallback Instance = new(lone80: '\uFFFD');

    /// <summary>
    /// The same for gb18030 (and GBK, which the standard decodes with it): a lone byte 0x80 is the euro sign, as in
    /// code page 936, where .NET's gb18030 has no character for it.
    /// </summary>
    public static readonly WebDecoderFallback Gb18030 = new(lone80: '\u20AC');

    private readonly char _lone80;

    private WebDecoderFallback(char lone80) => _lone80 = lone80;

    /// <summary>U+FFFD and the restored ASCII character.</summary>
    public override int MaxCharCount => 2;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(_lone80);

    private sealed class Buffer(char lone80) : DecoderFallbackBuffer
    {
        private char _first;
        private char _restored;
        private int _count;
        private int _position;

        public override int Remaining => _count - _position;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            // .NET hands over a lead byte with the byte after it when the two are no character; only a non-ASCII lead
            // starts a sequence (ISO-2022-JP's unknown bytes are all 7-bit and are not put back).
            var restore = bytesUnknown.Length == 2 && bytesUnknown[0] >= 0x80 && bytesUnknown[1] < 0x80;
            _first = bytesUnknown is [0x80] ? lone80 : '\uFFFD';
            _restored = restore ? (char)bytesUnknown[1] : '\0';
            _count = restore ? 2 : 1;
            _position = 0;
            return true;
        }

        public override char GetNextChar() =>
            _position >= _count ? '\0' : _position++ == 0 ? _first : _restored;

        public override bool MovePrevious()
        {
            if (_position == 0)
            {
                return false;
            }

            _position--;
            return true;
        }

        public override void Reset() => _count = _position = 0;
    }
}
