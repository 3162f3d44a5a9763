using System.IO.Compression;

namespace ArticleExtract.Evaluation.Corpora;

/// <summary>The corpora's pages are stored gzipped (<c>html/&lt;id&gt;.html.gz</c>).</summary>
internal static class GzipFile
{
    /// <summary>Reads and decompresses a gzipped file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The decompressed bytes.</returns>
    public static byte[] Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}
