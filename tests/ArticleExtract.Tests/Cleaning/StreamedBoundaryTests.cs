using AngleSharp.Html.Parser;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// Streamed server rendering: the article's later parts arrive as hidden chunks at the end of the body, and the
/// browser's scripts move them into their slots. They must be read, in the slots' order, once, without the
/// loading fallbacks they replace.
/// </summary>
public sealed class StreamedBoundaryTests
{
    private const string P4 = "Council members who voted against the plan said they would ask the regional auditor to review the cost estimates before the first contracts are signed.";

    private static string StreamedPage(string chunks) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Council approves tram extension | City Herald</title></head>
        <body>
        <header class="site-header"><a href="/">City Herald</a><nav><a href="/weather">Weather</a> <a href="/culture">Culture</a></nav></header>
        <main>
        <article>
        <h1>Council approves tram extension</h1>
        <!--$?--><template id="B:0"></template><div class="animate-pulse"><p>Loading article text…</p></div><!--/$-->
        <p>{{TestPages.P3}}</p>
        <template id="P:1"></template>
        </article>
        </main>
        <footer class="site-footer"><p>© 2024 City Herald. All rights reserved.</p></footer>
        {{chunks}}
        </body></html>
        """;

    private const string BoundaryChunk = $"<div hidden id=\"S:0\"><p>{TestPages.P1}</p><p>{TestPages.P2}</p></div><script>$RC(\"B:0\",\"S:0\")</script>";

    private const string SegmentChunk = $"<div hidden id=\"S:1\"><p>{P4}</p></div><script>$RS(\"S:1\",\"P:1\")</script>";

    [Fact]
    public void Chunks_are_read_in_their_slots_once_without_the_fallback()
    {
        var article = ArticleExtractor.Default.Extract(StreamedPage(BoundaryChunk + SegmentChunk), new Uri("https://cityherald.example/news/trams"));
        Assert.Equal($"{TestPages.P1}\n\n{TestPages.P2}\n\n{TestPages.P3}\n\n{P4}", article.Body);
    }

    [Fact]
    public void The_moves_do_not_depend_on_the_scripts()
    {
        var html = StreamedPage(BoundaryChunk.Replace("<script>$RC(\"B:0\",\"S:0\")</script>", "", StringComparison.Ordinal) + SegmentChunk);
        var document = new HtmlParser().ParseDocument(html);
        StreamedBoundaries.Apply(document, html);
        var article = document.QuerySelector("article")!;
        Assert.Null(document.QuerySelector("[hidden]"));
        Assert.Null(document.QuerySelector("template"));
        Assert.DoesNotContain("Loading", article.TextContent, StringComparison.Ordinal);
        Assert.True(article.TextContent.IndexOf(TestPages.P1, StringComparison.Ordinal) < article.TextContent.IndexOf(TestPages.P3, StringComparison.Ordinal));
        Assert.True(article.TextContent.IndexOf(TestPages.P3, StringComparison.Ordinal) < article.TextContent.IndexOf(P4, StringComparison.Ordinal));
    }

    [Fact]
    public void A_hidden_div_without_a_slot_stays_hidden()
    {
        var html = StreamedPage($"<div hidden id=\"S:7\"><p>{P4}</p></div>");
        var document = new HtmlParser().ParseDocument(html);
        StreamedBoundaries.Apply(document, html);
        Assert.NotNull(document.QuerySelector("div[hidden]"));
        Assert.DoesNotContain(P4, ArticleExtractor.Default.Extract(html, new Uri("https://cityherald.example/news/trams")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_boundary_whose_closing_comment_is_missing_keeps_what_follows()
    {
        var html = StreamedPage(BoundaryChunk).Replace("<!--/$-->", "", StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        StreamedBoundaries.Apply(document, html);
        Assert.Contains(TestPages.P3, document.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(TestPages.P1, document.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chunk_id_check_finds_what_a_search_for_the_three_quotings_finds()
    {
        // Markup made of the pieces around a chunk id, in random order: the pair search must answer as a search for
        // the three ways of writing the id does, wherever the pieces fall (the start, the end, next to each other).
        string[] pieces = ["id=", "\"", "'", "S:", "S", ":", "i", "d", "=", " ", "<div ", "ID=", "s:", "x"];
        var quotings = System.Buffers.SearchValues.Create(["id=\"S:", "id=S:", "id='S:"], StringComparison.Ordinal);
        var random = new Random(16);
        var found = 0;
        for (var trial = 0; trial < 20_000; trial++)
        {
            var markup = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = markup.AsSpan().ContainsAny(quotings);
            Assert.True(expected == StreamedBoundaries.MayStream(markup), markup);
            found += expected ? 1 : 0;
        }

        Assert.InRange(found, 100, 19_900);
    }
}
