namespace ArticleExtract.Tests.Content;

/// <summary>
/// Accordions, tabs and FAQ answers: hidden until the reader clicks their control, but part of what the page says.
/// Inside the article they are read; a hidden panel elsewhere, or hidden text that is no panel, stays out.
/// </summary>
public sealed class CollapsedPanelTests
{
    private const string Answer = "Tickets bought for the old network remain valid on the extended lines until the end of the first year of service.";
    private const string Help = "To allow notifications, open the settings of your browser, choose the permissions of this site and switch them on.";

    private static string Body(string inside, string outside = "") =>
        ArticleExtractor.Default.Extract(TestPages.Article(inside, outside), new Uri("https://cityherald.example/news/trams")).Body;

    [Fact]
    public void A_panel_its_control_opens_is_read()
    {
        var body = Body($"<h2>Questions</h2><button aria-expanded=\"false\" aria-controls=\"faq-1\">Are old tickets still valid?</button><div id=\"faq-1\" hidden><p>{Answer}</p></div>");
        Assert.Contains(Answer, body, StringComparison.Ordinal);
        Assert.Contains(TestPages.P3, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_its_control_labels_is_read_before_a_script_sets_the_state()
    {
        var body = Body($"<h2>Steps</h2><div class=\"steps\"><a id=\"step-1-head\" role=\"button\" aria-controls=\"step-1\"><span role=\"heading\" aria-level=\"3\">1. Check your tickets</span></a><div id=\"step-1\" style=\"display:none;\" role=\"region\" aria-labelledby=\"step-1-head\"><p>{Answer}</p></div></div>");
        Assert.Contains(Answer, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_element_a_stateless_control_names_that_is_no_region_stays_out() =>
        Assert.DoesNotContain(Answer, Body($"<a role=\"button\" aria-controls=\"more\">More</a><div id=\"more\" style=\"display:none\"><p>{Answer}</p></div>"), StringComparison.Ordinal);

    [Theory]
    [InlineData("<div class=\"faq__answer\" style=\"display: none;\"><p>{0}</p></div>")]
    [InlineData("<div class=\"accordion-body\" aria-hidden=\"true\"><p>{0}</p></div>")]
    [InlineData("<div role=\"tabpanel\" hidden><p>{0}</p></div>")]
    [InlineData("<div class=\"tab-content\"><div class=\"tab-pane active\"><p>The extension adds nine stops.</p></div><div class=\"tab-pane\" style=\"display:none\"><p>{0}</p></div></div>")]
    [InlineData("<div class=\"tab__content\" id=\"block-7-tab-2\" hidden><p>{0}</p></div>")]
    [InlineData("<div class=\"widgetTabPanel\" aria-hidden=\"true\"><p>{0}</p></div>")]
    public void A_panel_its_markup_names_is_read(string panel) =>
        Assert.Contains(Answer, Body(string.Format(System.Globalization.CultureInfo.InvariantCulture, panel, Answer)), StringComparison.Ordinal);

    [Fact]
    public void A_panel_labelled_by_the_button_that_names_it_is_read()
    {
        // No open/closed state and no region role: the button names the panel and the panel names the button back.
        var body = Body($"<h2>Fares</h2><button id=\"q-0\" type=\"button\" aria-controls=\"a-0\" data-expanded=\"false\">Are old tickets still valid?</button><div id=\"a-0\" aria-labelledby=\"q-0\" aria-hidden=\"true\" hidden><p>{Answer}</p></div>");
        Assert.Contains(Answer, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_panel_labelled_by_another_element_than_its_stateless_control_stays_out() =>
        Assert.DoesNotContain(Answer, Body($"<button id=\"open\" aria-controls=\"more\">More</button><div id=\"more\" aria-labelledby=\"more-title\" hidden><h3 id=\"more-title\">More</h3><p>{Answer}</p></div>"), StringComparison.Ordinal);

    [Theory]
    [InlineData("<details><summary>Are old tickets still valid?</summary><div class=\"content\" aria-hidden=\"true\"><p>{0}</p></div></details>")]
    [InlineData("<h3><button type=\"button\"><span>Are old tickets still valid?</span></button></h3><div hidden tabindex=\"-1\" class=\"css-1k0 e2o\"><p>{0}</p></div>")]
    [InlineData("<div role=\"heading\" aria-level=\"3\"><span role=\"button\">Are old tickets still valid?</span></div><div style=\"display:none\"><p>{0}</p></div>")]
    public void A_panel_where_a_widget_puts_it_is_read(string panel) =>
        Assert.Contains(Answer, Body(string.Format(System.Globalization.CultureInfo.InvariantCulture, panel, Answer)), StringComparison.Ordinal);

    [Theory]
    [InlineData("<h3>Fares</h3><div style=\"display:none\"><p>{0}</p></div>")]
    [InlineData("<h3><button type=\"button\">Share</button></h3><div class=\"share-menu\" hidden><p>{0}</p></div>")]
    [InlineData("<div class=\"tabs\" style=\"display:none\"><p>{0}</p></div>")]
    [InlineData("<div class=\"tab-label\" hidden><p>{0}</p></div>")]
    public void Hidden_text_after_a_heading_without_a_button_or_with_noise_words_stays_out(string panel) =>
        Assert.DoesNotContain(Answer, Body(string.Format(System.Globalization.CultureInfo.InvariantCulture, panel, Answer)), StringComparison.Ordinal);

    [Fact]
    public void An_accordion_whose_class_words_set_its_header_layout_is_read()
    {
        // A block plugin writes its toggles' layout on the widget ("accordion-header-align-start"): the word "header"
        // there names no masthead, and the widget holds the panels.
        var accordion = "<div class=\"faq-block\"><div class=\"faq-accordion faq-accordion-items-2 accordion-header-align-start\">"
            + $"<div class=\"faq-item\"><div class=\"faq-item-toggle\"><button type=\"button\">Are old tickets still valid?</button></div><div class=\"faq-item-body\"><p>{Answer}</p></div></div>"
            + $"<div class=\"faq-item\"><div class=\"faq-item-toggle\"><button type=\"button\">Where do I get help?</button></div><div class=\"faq-item-body\"><ul><li>{Help}</li></ul></div></div>"
            + "</div></div>";
        var body = Body($"<h2>Questions</h2>{accordion}");
        Assert.Contains(Answer, body, StringComparison.Ordinal);
        Assert.Contains(Help, body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accordion_toggle_named_a_header_holding_no_prose_keeps_its_verdict() =>
        Assert.DoesNotContain("Are old tickets still valid?", Body($"<div class=\"accordion-header\"><span>Are old tickets still valid?</span></div><div class=\"accordion-body\"><p>{Answer}</p></div>"), StringComparison.Ordinal);

    [Fact]
    public void Hidden_text_that_is_no_panel_stays_out() =>
        Assert.DoesNotContain(Answer, Body($"<div style=\"display:none\"><p>{Answer}</p></div>"), StringComparison.Ordinal);

    [Fact]
    public void A_panel_outside_the_article_stays_out()
    {
        var dialog = $"<button aria-expanded=\"false\" aria-controls=\"push-help\">Notifications</button><div id=\"push-help\" hidden><h3>Notifications</h3><p>{Help}</p><p>{Help}</p><p>{Help}</p></div>";
        var page = TestPages.Article().Replace("<footer", dialog + "<footer", StringComparison.Ordinal);
        var article = ArticleExtractor.Default.Extract(page, new Uri("https://cityherald.example/news/trams"));
        TestPages.AssertOnlyArticle(article, "notifications");
    }

    [Fact]
    public void Upper_case_attribute_names_and_a_tab_naming_several_panels_are_read()
    {
        // The markup check is case-insensitive (the parser lower-cases names), and aria-controls may list several ids.
        var body = Body($"<div role=\"tablist\"><button ROLE=\"tab\" ARIA-CONTROLS=\"  tab-a tab-b \">Fares</button></div><div id=\"tab-a\" hidden><p>{Answer}</p></div><div id=\"tab-b\" style=\"display:none\"><p>{Help}</p></div>");
        Assert.Contains(Answer, body, StringComparison.Ordinal);
        Assert.Contains(Help, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"faq-item\"><h3><button class=\"faq-item__toggle\" aria-expanded=\"false\">{0}</button></h3><div class=\"faq-item__answer\" hidden><p>{1}</p></div></div>")]
    [InlineData("<div class=\"faq__item\"><button class=\"faq__trigger\"><span>{0}</span></button><div class=\"faq__answer\" style=\"display:none\"><p>{1}</p></div></div>")]
    public void Every_answer_of_an_faq_is_read_the_first_too(string item)
    {
        // With the answers collapsed, an item holds nothing the model keeps, and it is dropped; verdicts inside the
        // reading are worked out again from the first panel opened on, so the first item, which stands before it, kept
        // that drop and lost its answer.
        string Item(string question, string answer) => string.Format(System.Globalization.CultureInfo.InvariantCulture, item, question, answer);
        var body = Body("<h2>Questions</h2>" + Item("Are old tickets still valid?", Answer) + Item("Where can I get help with the new lines?", Help));
        Assert.Contains(Answer, body, StringComparison.Ordinal);
        Assert.Contains(Help, body, StringComparison.Ordinal);
    }
}
