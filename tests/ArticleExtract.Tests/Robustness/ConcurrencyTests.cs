namespace ArticleExtract.Tests.Robustness;

/// <summary>
/// One extractor instance shared by many threads gives exactly the sequential results, from strings and from bytes (the
/// decoded text and the guard's shorter markup are in buffers from the shared pool, which no two extractions share).
/// </summary>
[Collection(Hostile.Collection)]
public sealed class ConcurrencyTests
{
    [Fact]
    public void Sixteen_threads_on_one_instance_match_sequential_results()
    {
        var pages = Hostile.SeedPages(32).ToList();
        pages.Add(Hostile.Repeat("<div></x>", 5_000));
        pages.Add(TestPages.Article(insideArticle: "<ul><li>one<li>two</ul><table><tr><td>a<td>b</table>"));
        var extractor = new ArticleExtractor();
        var url = new Uri("https://news.example.com/a/b");
        var sequential = pages.Select(p => extractor.Extract(p, url).ToJson()).ToArray();
        var bytes = pages.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        var sequentialFromBytes = bytes.Select(b => extractor.Extract(b, url).ToJson()).ToArray();

        var concurrent = new string[16][];
        Hostile.WithinLimit(() =>
        {
            using var start = new Barrier(16);
            var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                var results = new string[pages.Count];
                // Each thread walks the pages from a different offset, so different pages run at the same time.
                for (var k = 0; k < pages.Count; k++)
                {
                    var i = (k + t * 3) % pages.Count;
                    results[i] = t % 2 == 0 ? extractor.Extract(pages[i], url).ToJson() : extractor.Extract(bytes[i], url).ToJson();
                }

                concurrent[t] = results;
            })).ToList();
            threads.ForEach(th => th.Start());
            threads.ForEach(th => th.Join());
            return 0;
        }, TimeSpan.FromSeconds(120));

        for (var t = 0; t < 16; t++)
        {
            Assert.Equal(t % 2 == 0 ? sequential : sequentialFromBytes, concurrent[t]);
        }
    }
}
