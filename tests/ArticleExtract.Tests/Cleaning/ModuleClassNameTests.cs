using ArticleExtract.Cleaning;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>
/// CSS modules write a component's name, the part's and a hash into each class ("RelatedArticles_container__Ntihs"):
/// the component's PascalCase name is read word by word, as camelCase is, so its noise words count.
/// </summary>
public sealed class ModuleClassNameTests
{
    private static List<string> Words(string value)
    {
        var words = new List<string>();
        var tokens = new ClassTokens(value);
        while (tokens.Next(out var word))
        {
            words.Add(word.ToString());
        }

        return words;
    }

    [Fact]
    public void A_module_class_splits_its_component_name()
    {
        Assert.Equal(["Related", "Articles", "container", "Ntihs"], Words("RelatedArticles_container__Ntihs"));
        Assert.Equal(["Call", "To", "Action", "Box", "root"], Words("CallToActionBox_root__x8Fq2")[..5]);
    }

    [Theory]
    [InlineData("MathJax_Display", "MathJax")]
    [InlineData("CtxtMenu_Menu", "CtxtMenu")]
    [InlineData("SiteCard__title", "SiteCard")]
    [InlineData("RelatedArticles", "RelatedArticles")]
    public void Other_capitalised_names_stay_whole(string value, string first)
    {
        Assert.Equal(first, Words(value)[0]);
    }

    [Fact]
    public void A_related_list_named_by_its_component_is_dropped()
    {
        const string related = """
            <div class="RelatedArticles_container__Ntihs"><div class="Slider_slider__be3el">
            <div class="Teaser_articleTeaser__iPtkR"><h3 class="Teaser_title___M7t4">Night buses return to the river line</h3><p>The council brings back the late services after a year of complaints from shift workers.</p></div>
            <div class="Teaser_articleTeaser__iPtkR"><h3 class="Teaser_title___M7t4">A new bridge for cyclists opens in May</h3><p>The crossing links the two halves of the park and shortens the ride to the station.</p></div>
            </div></div>
            """;
        var article = ArticleExtractor.Default.Extract(TestPages.Article(outsideArticle: related), new Uri("https://news.example.com/2024/tram"));
        TestPages.AssertOnlyArticle(article, "Night buses", "bridge for cyclists");
    }
}
