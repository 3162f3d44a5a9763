namespace ArticleExtract.Tests.Structure;

/// <summary>
/// Pages lay inline elements out apart (a flex row, a card's lines) with no white space between them in the markup:
/// a word in lower case meeting one that starts with a capital across an element's edge is two words to a reader.
/// Letters inside one element, and a drop cap before the rest of its word, stay joined.
/// </summary>
public class ElementEdgeTests
{
    private static Article Extract(string inside) => ArticleExtractor.Default.Extract(TestPages.Article(insideArticle: inside));

    [Fact]
    public void Words_meeting_at_inline_edges_in_a_paragraph_are_parted()
    {
        var article = Extract($"<p>{TestPages.P1}</p><p><span class=\"brand\">Northwind</span><span class=\"name\">Waxed cotton field jacket</span> is back in stock for the season, in three colours and six sizes.</p><p>{TestPages.P2}</p>");
        Assert.Contains("Northwind Waxed cotton field jacket is back", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_meeting_at_inline_edges_in_a_list_item_and_a_heading_are_parted()
    {
        var article = Extract($"<p>{TestPages.P1}</p><h2><span>Spring</span><span>Collection</span></h2><ul><li><span>Northwind</span><span>Waxed cotton field jacket</span></li><li><span>Fernhill</span><span>Linen shirt</span></li></ul><p>{TestPages.P2}</p>");
        Assert.Contains("Northwind Waxed cotton field jacket", article.Body, StringComparison.Ordinal);
        Assert.Contains("Fernhill Linen shirt", article.Body, StringComparison.Ordinal);
        Assert.Contains("Spring Collection", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drop_cap_and_camel_case_inside_one_element_stay_joined()
    {
        var article = Extract($"<p><span class=\"dropcap\">T</span>he council met on Tuesday, and the JavaScript map on its site showed the new iPhone app's routes.</p><p>{TestPages.P1}</p><p>{TestPages.P2}</p>");
        Assert.Contains("The council met on Tuesday, and the JavaScript map", article.Body, StringComparison.Ordinal);
        Assert.Contains("iPhone", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Letters_and_digits_meeting_at_inline_edges_are_parted()
    {
        var article = Extract($"<p>{TestPages.P1}</p><ul><li><span class=\"facet\">Batteries</span><span class=\"count\">214</span></li><li><span class=\"facet\">Cables</span><span class=\"count\">88</span></li></ul>"
            + $"<p>Now <span class=\"price\">$108</span><span class=\"list\">MSRP $120</span>, from <span class=\"brand\">NORTHWIND</span><span class=\"name\">Trail runner</span> in two widths.</p><p>{TestPages.P2}</p>");
        Assert.Contains("Batteries 214", article.Body, StringComparison.Ordinal);
        Assert.Contains("Cables 88", article.Body, StringComparison.Ordinal);
        Assert.Contains("$108 MSRP $120", article.Body, StringComparison.Ordinal);
        Assert.Contains("NORTHWIND Trail runner", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Formulas_ordinals_and_units_stay_joined()
    {
        var article = Extract($"<p>Emissions of CO<sub>2</sub> fell on the 21<span class=\"ord\">st</span> of May, when the 10<span>km</span> route opened in the city.</p><p>{TestPages.P1}</p><p>{TestPages.P2}</p>");
        Assert.Contains("CO2 fell on the 21st of May, when the 10km route", article.Body, StringComparison.Ordinal);
    }
}
