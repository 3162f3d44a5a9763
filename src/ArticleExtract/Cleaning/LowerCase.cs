using System.Buffers;
using System.Text;

namespace ArticleExtract.Cleaning;

/// <summary>Invariant lower-casing of short spans, by the vectorised ASCII routine when the text is ASCII.</summary>
internal static class LowerCase
{
    /// <summary>
    /// Writes <paramref name="source"/> lower-cased into <paramref name="destination"/> and returns its length (-1 when it
    /// does not fit), exactly as <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/> does:
    /// the invariant culture maps only A–Z among ASCII characters, which is all <see cref="Ascii.ToLower(ReadOnlySpan{char}, Span{char}, out int)"/>
    /// does; text with other characters goes to the culture's routine (which took a character at a time, also for ASCII).
    /// </summary>
    public static int Invariant(ReadOnlySpan<char> source, Span<char> destination) =>
        Ascii.ToLower(source, destination, out var written) == OperationStatus.Done ? written : source.ToLowerInvariant(destination);
}
