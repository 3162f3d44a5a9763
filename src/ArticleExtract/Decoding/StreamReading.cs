using System.Globalization;

namespace ArticleExtract.Decoding;

/// <summary>Reads a whole stream into memory, refusing more than the input limit before it is all buffered.</summary>
internal static class StreamReading
{
    public static byte[] ReadAll(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Append(buffer, chunk, read, limit);
        }

        return buffer.ToArray();
    }

    public static async Task<byte[]> ReadAllAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, limit);
        }

        return buffer.ToArray();
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
