using System.Text;
using ArticleExtract.Decoding;
using Xunit.Abstractions;

namespace ArticleExtract.Tests.Decoding;

/// <summary>
/// Every <c>#encoding</c> case of html5lib-tests' encoding suite (in <c>../shared/html5lib-tests/encoding</c>) run
/// against our byte-order-mark check and prescan. A case whose bytes declare nothing expects windows-1252, the
/// suite's stated default (its first, "control" case); our own fallback for undeclared bytes (UTF-8 when they are
/// valid UTF-8, else a guess from the bytes) is outside the standard's prescan and tested in <see cref="EncodingTests"/>
/// and <see cref="EncodingGuessTests"/>.
/// </summary>
public sealed class Html5libEncodingTests(ITestOutputHelper output)
{
    // Files whose cases are outside what a prescan can know, with the reason.
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["scripted/tests1.dat"] = "its <meta> is written by document.write at run time; a prescan runs before any script",
    };

    private static IEnumerable<(string File, int Index, byte[] Data, string Expected)> Cases(string directory)
    {
        foreach (var path in Directory.EnumerateFiles(directory, "*.dat", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(directory, path).Replace('\\', '/');
            var bytes = File.ReadAllBytes(path);
            var index = 0;
            var at = 0;
            while ((at = IndexOf(bytes, "#data\n"u8, at)) >= 0)
            {
                var start = at + 6;
                var end = IndexOf(bytes, "\n#encoding\n"u8, start);
                var lineEnd = IndexOf(bytes, "\n"u8, end + 11);
                var expected = Encoding.ASCII.GetString(bytes, end + 11, (lineEnd < 0 ? bytes.Length : lineEnd) - end - 11).Trim();
                yield return (file, index++, bytes[start..end], expected);
                at = end;
            }
        }
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> value, int from)
    {
        var i = bytes.AsSpan(from).IndexOf(value);
        return i < 0 ? -1 : from + i;
    }

    [SkippableFact]
    public void Every_html5lib_encoding_case_passes_the_prescan()
    {
        var directory = Fixture.SharedDirectory() is { } shared ? Path.Combine(shared, "html5lib-tests", "encoding") : null;
        Skip.If(directory is null || !Directory.Exists(directory), "../shared/html5lib-tests/encoding is not present");

        int passed = 0, excluded = 0;
        var failures = new List<string>();
        foreach (var (file, index, data, expected) in Cases(directory!))
        {
            if (Excluded.ContainsKey(file))
            {
                excluded++;
                continue;
            }

            Assert.True(EncodingLabels.TryGetName(expected, out var want), $"{file} #{index}: expected label {expected} is not in the Encoding Standard's table");
            var got = HtmlDecoder.Declared(data) ?? "windows-1252";
            if (string.Equals(got, want, StringComparison.OrdinalIgnoreCase))
            {
                passed++;
            }
            else
            {
                failures.Add($"{file} #{index}: expected {want}, got {got}: {Encoding.UTF8.GetString(data[..Math.Min(data.Length, 120)])}");
            }
        }

        output.WriteLine($"html5lib encoding cases: {passed} passed, {failures.Count} failed, {excluded} excluded ({string.Join("; ", Excluded.Select(e => $"{e.Key}: {e.Value}"))})");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The suite has 82 prescan cases; fewer means the files were not read as intended.
        Assert.True(passed >= 82, $"only {passed} cases ran");
    }
}
