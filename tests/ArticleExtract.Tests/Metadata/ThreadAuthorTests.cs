namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// The author of a question-and-answer page or a forum thread is whoever opened it: the asker named in the QAPage's
/// JSON-LD, or the poster over the first post; and a job title after a byline's name is a role, not another author.
/// </summary>
public class ThreadAuthorTests
{
    private const string Post = "<p>I have an old lawn mower that will not start after the winter, even with fresh fuel and a new spark plug fitted last week.</p>"
        + "<p>The carburettor looks clean from the outside and the primer bulb fills, but the engine only coughs once and stops.</p>";

    private static Article Extract(string html) => ArticleExtractor.Default.Extract(html, new Uri("https://answers.example.org/q/1234"));

    [Fact]
    public void The_asker_of_a_question_page_is_its_author()
    {
        const string Json = """
            {"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"Mower will not start after winter",
            "dateCreated":"2023-04-02T10:15:00Z","author":{"@type":"Person","name":"lawnfixer"},
            "acceptedAnswer":{"@type":"Answer","text":"Drain the bowl.","author":{"@type":"Person","name":"enginedoc"}},
            "suggestedAnswer":[{"@type":"Answer","text":"Check the choke.","author":{"@type":"Person","name":"greenthumb"}}]}}
            """;
        var html = $"<html><head><title>Mower will not start after winter</title><script type=\"application/ld+json\">{Json}</script></head>"
            + $"<body><h1>Mower will not start after winter</h1><div class=\"question\">{Post}</div></body></html>";

        var article = Extract(html);

        Assert.Equal(["lawnfixer"], article.Authors);
        Assert.Equal(new DateOnly(2023, 4, 2), article.Published?.Date);
    }

    [Theory]
    [InlineData("<a class=\"bigusername\" href=\"member.php?u=17\">lawnfixer</a>")]
    [InlineData("<div class=\"PostUser\"><h3 class=\"PostUser-name\">lawnfixer</h3></div>")]
    public void The_poster_over_a_threads_first_post_is_its_author(string poster)
    {
        var html = "<html><head><title>Mower will not start after winter</title></head><body><h1>Mower will not start after winter</h1>"
            + $"<div class=\"post\">{poster}{Post}</div>"
            + "<div class=\"post\">" + poster.Replace("lawnfixer", "enginedoc", StringComparison.Ordinal)
            + "<p>Drain the float bowl: old fuel leaves a varnish in the jet that a new plug will not fix.</p></div></body></html>";

        Assert.Equal(["lawnfixer"], Extract(html).Authors);
    }

    [Theory]
    [InlineData("By Jane Doe, Shipping Expert")]
    [InlineData("By Jane Doe, Senior Product Designer")]
    [InlineData("By Jane Doe, Founder and CEO")]
    public void A_job_title_after_a_comma_is_the_bylines_role(string byline)
    {
        var html = "<html><head><title>How to pack a moving box</title></head><body><article><h1>How to pack a moving box</h1>"
            + $"<p class=\"byline\">{byline}</p>{Post}</article></body></html>";

        Assert.Equal(["Jane Doe"], Extract(html).Authors);
    }

    [Fact]
    public void Two_names_after_a_comma_are_still_two_authors()
    {
        var html = "<html><head><title>How to pack a moving box</title></head><body><article><h1>How to pack a moving box</h1>"
            + $"<p class=\"byline\">By Jane Doe, John Roe and Ann Poe</p>{Post}</article></body></html>";

        Assert.Equal(["Jane Doe", "John Roe", "Ann Poe"], Extract(html).Authors);
    }
}
