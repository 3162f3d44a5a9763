namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// A recipe page whose JSON-LD holds a Recipe node and no article node: the recipe's writer and dates are the page's;
/// an Article node beside it still names them first.
/// </summary>
public class RecipeNodeTests
{
    private static Article Extract(string json) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Lemon Drizzle Cake</title>
        <script type="application/ld+json">{json}</script></head><body><article>
        <h1>Lemon Drizzle Cake</h1>
        <p>This lemon drizzle cake is the one I bake for every birthday in the family, soft and moist with a sharp crust.</p>
        <p>Beat the butter and sugar until pale, add the eggs one at a time, then fold in the flour and the zest of two lemons.</p>
        <p>While the cake is still warm, pour over the juice mixed with sugar and leave it to cool completely in the tin.</p>
        </article></body></html>
        """, new Uri("https://bake.example.org/lemon-drizzle-cake/"));

    [Theory]
    [InlineData("""{"@context":"https://schema.org","@type":"Recipe","name":"Lemon Drizzle Cake","author":{"@type":"Person","name":"Helen Ward"},"datePublished":"2018-04-22T09:00:00+01:00"}""")]
    [InlineData("""[{"@context":"https://schema.org","@type":"Recipe","name":"Lemon Drizzle Cake","author":{"@type":"Person","name":"Helen Ward"},"datePublished":"2018-04-22T09:00:00+01:00"}]""")]
    [InlineData("""{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Bake"},{"@type":"Recipe","name":"Lemon Drizzle Cake","author":{"@type":"Person","name":"Helen Ward"},"datePublished":"2018-04-22T09:00:00+01:00"}]}""")]
    public void The_recipe_node_names_the_writer_and_the_date(string json)
    {
        var a = Extract(json);

        Assert.Equal(["Helen Ward"], a.Authors);
        Assert.Equal("2018-04-22T09:00:00+01:00", a.Published?.ToString());
    }

    [Fact]
    public void An_article_node_beside_the_recipe_comes_first()
    {
        var a = Extract("""{"@context":"https://schema.org","@graph":[{"@type":"Recipe","name":"Lemon Drizzle Cake","author":{"@type":"Person","name":"Helen Ward"},"datePublished":"2018-04-22"},{"@type":"BlogPosting","headline":"Lemon Drizzle Cake","author":{"@type":"Person","name":"Tom Baker"},"datePublished":"2019-05-01T10:00:00+01:00"}]}""");

        Assert.Equal(["Tom Baker"], a.Authors);
        Assert.Equal("2019-05-01T10:00:00+01:00", a.Published?.ToString());
    }
}
