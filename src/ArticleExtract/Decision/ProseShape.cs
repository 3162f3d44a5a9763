using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArticleExtract.Decision;

/// <summary>
/// Words, letters, commas, sentence ends, digits and visible characters of a block's text, and whether its first letter
/// or digit is a capital: prose reads differently from labels and menus (<see cref="BlockFeatures"/>' text shape).
/// </summary>
internal struct ProseShape
{
    public int Words;
    public int Letters;
    public int Commas;
    public int Ends;
    public int Digits;
    public int Visible;

    /// <summary>1 when the first letter or digit is upper case, 0 when not, -1 when the text has none.</summary>
    public int FirstUpper;

    private bool _inWord;

    /// <summary>
    /// The shape of <paramref name="text"/>, 16 characters at a time where they are all ASCII (most of every text; a
    /// paragraph of a thousand characters was read a character at a time for each candidate), the rest as
    /// <see cref="OfEachCharacter"/> reads them. The vectors' tests are the table's answers for ASCII (a test checks).
    /// </summary>
    public static ProseShape Of(ReadOnlySpan<char> text)
    {
        var shape = new ProseShape { FirstUpper = -1 };
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)i);
                if ((v & Vector256.Create((ushort)0xFF80)) != Vector256<ushort>.Zero)
                {
                    shape.AddEach(text.Slice(i, Vector256<ushort>.Count));
                    continue;
                }

                shape.AddAscii(v);
            }
        }

        shape.AddEach(text[i..]);
        return shape;
    }

    /// <summary>The shape read a character at a time (the reference <see cref="Of"/> must agree with).</summary>
    public static ProseShape OfEachCharacter(ReadOnlySpan<char> text)
    {
        var shape = new ProseShape { FirstUpper = -1 };
        shape.AddEach(text);
        return shape;
    }

    /// <summary>Sixteen ASCII characters: each test as a bit mask, a word starting where a letter or digit follows anything else.</summary>
    private void AddAscii(Vector256<ushort> v)
    {
        var digit = Bits(Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9)));
        var upper = Bits(Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)25)));
        var lower = Bits(Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25)));
        var comma = Bits(Vector256.Equals(v, Vector256.Create((ushort)',')));
        var end = Bits(Vector256.Equals(v, Vector256.Create((ushort)'.')) | Vector256.Equals(v, Vector256.Create((ushort)'!'))
            | Vector256.Equals(v, Vector256.Create((ushort)'?')));
        var white = Bits(Vector256.Equals(v, Vector256.Create((ushort)' '))
            | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t'))));
        var alphanumeric = digit | upper | lower;
        var starts = alphanumeric & ~((alphanumeric << 1) | (_inWord ? 1u : 0u));
        Words += BitOperations.PopCount(starts & 0xFFFF);
        Letters += BitOperations.PopCount(alphanumeric);
        Digits += BitOperations.PopCount(digit);
        Commas += BitOperations.PopCount(comma);
        Ends += BitOperations.PopCount(end);
        Visible += Vector256<ushort>.Count - BitOperations.PopCount(white);
        if (FirstUpper < 0 && alphanumeric != 0)
        {
            FirstUpper = (int)((upper >> BitOperations.TrailingZeroCount(alphanumeric)) & 1);
        }

        _inWord = (alphanumeric & (1u << (Vector256<ushort>.Count - 1))) != 0;
    }

    private static uint Bits(Vector256<ushort> mask) => mask.ExtractMostSignificantBits();

    private void AddEach(ReadOnlySpan<char> text)
    {
        var ascii = AsciiShapes;
        foreach (var ch in text)
        {
            var shape = ch < (uint)ascii.Length ? ascii[ch] : ShapeOf(ch);
            if ((shape & Shape.LetterOrDigit) != 0)
            {
                if (!_inWord)
                {
                    Words++;
                    _inWord = true;
                }

                Letters++;
                Digits += (shape & Shape.Digit) != 0 ? 1 : 0;
                if (FirstUpper < 0)
                {
                    FirstUpper = (shape & Shape.Upper) != 0 ? 1 : 0;
                }
            }
            else
            {
                _inWord = false;
                Commas += (shape & Shape.Comma) != 0 ? 1 : 0;
                Ends += (shape & Shape.SentenceEnd) != 0 ? 1 : 0;
            }

            Visible += (shape & Shape.WhiteSpace) == 0 ? 1 : 0;
        }
    }

    /// <summary>What the shape asks of a character.</summary>
    [Flags]
    private enum Shape : byte
    {
        None = 0,
        LetterOrDigit = 1,
        Digit = 2,
        Upper = 4,
        WhiteSpace = 8,
        Comma = 16,
        SentenceEnd = 32,
    }

    /// <summary>The answers for ASCII, looked up: <see cref="ShapeOf"/> asked four questions of every character of
    /// every candidate's text, and most text is ASCII. The table holds <see cref="ShapeOf"/>'s own answers.</summary>
    private static readonly Shape[] AsciiShapes = Enumerable.Range(0, 128).Select(c => ShapeOf((char)c)).ToArray();

    private static Shape ShapeOf(char ch)
    {
        var shape = Shape.None;
        if (char.IsLetterOrDigit(ch))
        {
            shape |= Shape.LetterOrDigit | (char.IsDigit(ch) ? Shape.Digit : 0) | (char.IsUpper(ch) ? Shape.Upper : 0);
        }
        else if (ch is ',' or '，' or '、')
        {
            shape |= Shape.Comma;
        }
        else if (ch is '.' or '!' or '?' or '。')
        {
            shape |= Shape.SentenceEnd;
        }

        return shape | (char.IsWhiteSpace(ch) ? Shape.WhiteSpace : 0);
    }
}
