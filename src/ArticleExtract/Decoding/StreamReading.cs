using System.Globalization;

namespace ArticleExtract.Decoding;

/// <summary>Reads a whole stream into memory, refusing more than the input limit before it is all buffered.</summary>
internal static class StreamReading
{
    public static byte[] ReadAll(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = stream.Read(chunk, 0, chunk.Length);
            if (read <= 0)
            {
                break;
            }

            Append(buffer, chunk, read, limit);
        }

        return buffer.ToArray();
    }

    public static async Task<byte[]> ReadAllAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            // Checked here too: a stream may answer at once and never look at the token it is given.
            cancellationToken.ThrowIfCancellationRequested();
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read <= 0)
            {
                break;
            }

            Append(buffer, chunk, read, limit);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Refuses a stream that cannot be read as the bad argument it is, as <see cref="StreamReader"/> does: reading it
    /// would throw whatever the stream throws (a compressing stream's <see cref="InvalidOperationException"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is write-only or disposed.</exception>
    public static void ThrowIfUnreadable(Stream stream, string paramName)
    {
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read: it is write-only or disposed.", paramName);
        }
    }

    private static void Append(MemoryStream buffer, byte[] chunk, int read, int limit)
    {
        if (buffer.Length + read > limit)
        {
            throw new ExtractionLimitException(ExtractionLimit.InputLength, limit,
                string.Create(CultureInfo.InvariantCulture, $"The stream holds more than {limit:N0} bytes (ArticleExtractorOptions.MaxInputLength)."));
        }

        buffer.Write(chunk, 0, read);
    }
}
