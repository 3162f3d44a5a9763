using ArticleExtract.Metadata;

namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// <see cref="Article.Authors"/> holds at most 20 names (MetadataThresholds.MaxAuthors) of at most 60 characters. Names
/// whose surname is written in camel case ("Lucia RamaSwamy"), put back among the people after the cap was applied,
/// escaped it: a JSON-LD author list of 30,000 such names gave 30,001 authors, in time quadratic in their number
/// (3.3 s for a 640 KB page).
/// </summary>
public class AuthorListBoundTests
{
    private static Article Extract(string head, string body = "") => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Night trams return</title>{head}</head>
        <body><article><h1>Night trams return</h1>{body}
        <p>Night trams will run again on the northern line from next month, the transport authority said on Monday.</p>
        </article></body></html>
        """);

    /// <summary>"a", "b", … "z", "ba", …: distinct lowercase tails, as a name's letters.</summary>
    private static string Letters(int i)
    {
        var s = "";
        do
        {
            s += (char)('a' + (i % 26));
            i /= 26;
        }
        while (i > 0);
        return s;
    }

    [Fact]
    public void Camel_cased_names_do_not_lift_the_cap()
    {
        const int Count = 30_000;
        var names = string.Join(",", new[] { "\"Jane Doe\"" }.Concat(Enumerable.Range(0, Count).Select(i => $"\"Lucia RamaSwamy{Letters(i)}\"")));
        var before = AuthorCleaner.t_namesCompared;

        var a = Extract($$"""<script type="application/ld+json">{"@type":"Article","author":[{{names}}]}</script>""");

        Assert.Equal(20, a.Authors.Count);
        Assert.Equal(["Jane Doe", "Lucia RamaSwamya", "Lucia RamaSwamyb"], a.Authors.Take(3));
        // The work, counted rather than timed (a clock bound failed on a loaded machine): each name is compared with at
        // most the 20 held and the 20 kept (590 comparisons in all today). Holding every camel-cased name compared each
        // with all held before it, about 450 million.
        var compared = AuthorCleaner.t_namesCompared - before;
        Assert.True(compared <= 2L * MetadataThresholds.MaxAuthors * (Count + 1), $"{compared:N0} names compared for {Count + 1:N0} names");
    }

    [Fact]
    public void A_repeated_camel_cased_name_takes_one_place()
    {
        var names = string.Join(",", Enumerable.Repeat("\"Lucia RamaSwamy\"", 30).Append("\"Jane Doe\"").Append("\"Amir McAllister\""));

        var a = Extract($$"""<script type="application/ld+json">{"@type":"Article","author":[{{names}}]}</script>""");

        Assert.Equal(["Lucia RamaSwamy", "Jane Doe", "Amir McAllister"], a.Authors);
    }

    [Fact]
    public void A_few_camel_cased_names_keep_their_places()
    {
        var a = Extract("""<script type="application/ld+json">{"@type":"Article","author":["Jane Doe","Lucia RamaSwamy","Jonas Berg"]}</script>""");

        Assert.Equal(["Jane Doe", "Lucia RamaSwamy", "Jonas Berg"], a.Authors);
    }

    [Theory]
    [InlineData("ld")]
    [InlineData("meta")]
    [InlineData("byline")]
    public void Ten_thousand_names_give_at_most_twenty_short_ones(string source)
    {
        var names = Enumerable.Range(0, 10_000).Select(i => $"Anna Berg{Letters(i)}").ToList();
        var a = source switch
        {
            "ld" => Extract($$"""<script type="application/ld+json">{"@type":"Article","author":[{{string.Join(",", names.Select(n => $"\"{n}\""))}}]}</script>"""),
            "meta" => Extract(string.Concat(names.Select(n => $"""<meta name="author" content="{n}">"""))),
            _ => Extract("", string.Concat(names.Select(n => $"""<span class="author">By {n}</span>"""))),
        };

        Assert.InRange(a.Authors.Count, 1, 20);
        Assert.All(a.Authors, name => Assert.InRange(name.Length, 2, 60));
    }
}
