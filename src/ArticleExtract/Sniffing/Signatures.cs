namespace ArticleExtract.Sniffing;

/// <summary>
/// The leading bytes ("magic numbers") of file formats that are never a web page. Data, not logic: add a format
/// here. Patterns are written as strings of byte values (<c>\u00XX</c>), with <c>?</c> standing for any byte; each
/// is long enough that no text page starts with it.
/// </summary>
internal static class Signatures
{
    private const char AnyByte = '?';

    private static readonly (string Kind, string Pattern)[] Table =
    [
        ("ELF executable", "\u007FELF"),
        ("Mach-O executable", "\u00FE\u00ED\u00FA\u00CE"),
        ("Mach-O executable", "\u00FE\u00ED\u00FA\u00CF"),
        ("Mach-O executable", "\u00CE\u00FA\u00ED\u00FE"),
        ("Mach-O executable", "\u00CF\u00FA\u00ED\u00FE"),
        ("Mach-O universal binary or Java class", "\u00CA\u00FE\u00BA\u00BE"),
        ("Windows executable", "MZ\u0090\u0000"),
        ("WebAssembly module", "\u0000asm"),
        ("Android DEX", "dex\n0"),
        ("PDF document", "%PDF-"),
        ("PostScript document", "%!PS-Adobe"),
        ("PNG image", "\u0089PNG\r\n\u001A\n"),
        ("JPEG image", "\u00FF\u00D8\u00FF"),
        ("GIF image", "GIF87a"),
        ("GIF image", "GIF89a"),
        ("RIFF media (WebP, WAV, AVI)", "RIFF????"),
        ("TIFF image", "II*\u0000"),
        ("TIFF image", "MM\u0000*"),
        ("ICO image", "\u0000\u0000\u0001\u0000"),
        ("JPEG XL image", "\u00FF\n"),
        ("JPEG XL image", "\u0000\u0000\u0000\u000CJXL "),
        ("Photoshop image", "8BPS\u0000\u0001"),
        ("ISO media (MP4, MOV, HEIC, AVIF)", "????ftyp"),
        ("Matroska or WebM video", "\u001A\u0045\u00DF\u00A3"),
        ("Ogg media", "OggS\u0000"),
        ("FLAC audio", "fLaC\u0000"),
        ("MP3 audio", "ID3\u0002"),
        ("MP3 audio", "ID3\u0003"),
        ("MP3 audio", "ID3\u0004"),
        ("MIDI audio", "MThd\u0000"),
        ("WOFF font", "wOFF"),
        ("WOFF2 font", "wOF2"),
        ("OpenType font", "OTTO\u0000"),
        ("TrueType font", "\u0000\u0001\u0000\u0000"),
        ("zip archive (also docx, xlsx, epub, jar, apk)", "PK\u0003\u0004"),
        ("zip archive", "PK\u0005\u0006"),
        ("zip archive", "PK\u0007\u0008"),
        ("gzip data that does not decompress", "\u001F\u008B"),
        ("bzip2 archive", "BZh?1AY&SY"),
        ("xz archive", "\u00FD7zXZ\u0000"),
        ("Zstandard data", "\u0028\u00B5\u002F\u00FD"),
        ("7-Zip archive", "7z\u00BC\u00AF\u0027\u001C"),
        ("RAR archive", "Rar!\u001A\u0007"),
        ("Unix ar archive (also .deb)", "!<arch>\n"),
        ("OLE2 compound document (doc, xls, msi)", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1"),
        ("SQLite database", "SQLite format 3\u0000"),
    ];

    // The characters windows-1252 decodes 0x80-0x9F to, so that a binary file already decoded into a string (as
    // windows-1252 or Latin-1) is still recognized.
    private static readonly string Windows1252High = Decoding.EncodingLabels.Windows1252.GetString(Enumerable.Range(0x80, 32).Select(b => (byte)b).ToArray());

    /// <summary>The kind of binary file the bytes start like, or <see langword="null"/>.</summary>
    public static string? Match(ReadOnlySpan<byte> bytes)
    {
        foreach (var (kind, pattern) in Table)
        {
            if (Matches(bytes, pattern))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The kind of binary file a string starts like when its characters stand for bytes (Latin-1 or windows-1252), or <see langword="null"/>.</summary>
    public static string? Match(ReadOnlySpan<char> text)
    {
        foreach (var (kind, pattern) in Table)
        {
            if (Matches(text, pattern))
            {
                return kind;
            }
        }

        return null;
    }

    private static bool Matches(ReadOnlySpan<byte> bytes, string pattern)
    {
        if (bytes.Length < pattern.Length)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != AnyByte && bytes[i] != pattern[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(ReadOnlySpan<char> text, string pattern)
    {
        if (text.Length < pattern.Length)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var p = pattern[i];
            var c = text[i];
            if (p != AnyByte && c != p && !(p is >= '\u0080' and <= '\u009F' && c == Windows1252High[p - 0x80]))
            {
                return false;
            }
        }

        return true;
    }
}
