using System.Text;
using ArticleExtract.Analysis;
using ArticleExtract.Content;
using ArticleExtract.Decision;
using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Decision;

/// <summary>
/// What the learned decision may not do, whatever its trees say: make an article of a page the rules call none, drop
/// running text among running text, or leave its verdicts behind for the page-kind readers.
/// </summary>
public sealed class DecisionGuardTests
{
    private const string Chrome = "<header><a href=\"/\">Northfield Allotment Society</a><nav><ul><li><a href=\"/plots\">Plots</a></li><li><a href=\"/shop\">Seed shop</a></li><li><a href=\"/contact\">Contact</a></li></ul></nav></header>";

    private const string Footer = "<footer><p>© 2025 Northfield Allotment Society. All rights reserved.</p></footer>";

    [Fact]
    public void The_model_makes_no_article_of_a_page_the_rules_call_none()
    {
        // A site map: nothing but links. The rules find no container; the trees, asked, would pick one.
        var links = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/plots/{i}\">Plot {i}, north field, row {(i % 5) + 1}</a></li>"));
        var index = Index($"<body>{Chrome}<div class=\"sitemap\"><ul>{links}</ul></div><footer><a href=\"/privacy\">Privacy</a></footer></body>");
        var rulesRoot = ContentLocator.Locate(index, ExtractionFavor.Balanced);

        var decided = BlockDecision.Apply(index, rulesRoot, ExtractionFavor.Balanced, BlockDecision.On);

        Assert.Equal(-1, rulesRoot);
        Assert.Equal(-1, decided.Root);
        Assert.Null(decided.RulesNoise);
    }

    [Fact]
    public void Running_text_among_running_text_is_never_dropped_however_long_the_page()
    {
        // Thousands of paragraphs are a shape no training page had; the trees read the last ones as a page's tail.
        const string Repeated = "The committee walked the plots on Saturday and marked the paths that flood after heavy rain, so that the drains can be dug before winter.";
        const string Last = "Members who want to help with the digging should bring a spade and meet at the gate at nine on the first Sunday of November.";
        var body = new StringBuilder("<body>").Append(Chrome).Append("<main><article><h1>Drains for the lower field</h1><div class=\"entry\">");
        for (var i = 0; i < 6000; i++)
        {
            body.Append("<p>").Append(Repeated).Append("</p>");
        }

        var index = Index(body.Append("<p>").Append(Last).Append("</p></div></article></main>").Append(Footer).Append("</body>").ToString());
        var rulesRoot = ContentLocator.Locate(index, ExtractionFavor.Balanced);

        var decided = BlockDecision.Apply(index, rulesRoot, ExtractionFavor.Balanced, BlockDecision.On);

        for (var e = 0; e < index.Count; e++)
        {
            if (index.Elements[e].LocalName == "p" && index.Elements[e].TextContent is Repeated or Last)
            {
                Assert.True(e >= decided.Root && e < index.SubtreeEnd[decided.Root] && !index.InNoise[e], $"paragraph {e} dropped");
            }
        }
    }

    [Fact]
    public void The_rules_noise_verdicts_are_restored_for_the_page_kind_readers()
    {
        string[] plots = ["Full plot", "Half plot", "Raised bed", "Polytunnel share", "Orchard tree"];
        string[] terms = ["Two hundred and fifty square metres.", "For beginners and busy families.", "Waist high, near the gate.", "A bench in the shared tunnel.", "Adopt one of the old apple trees."];
        var cards = string.Concat(plots.Select((t, i) => $"<div class=\"card\"><h3>{t}</h3><p>{terms[i]}</p><div class=\"more\"><a href=\"/plots/{i}\">Apply now</a></div></div>"));
        var index = Index($"<body>{Chrome}<main><section><h1>Rent a plot</h1><p>Plots are let each spring to anyone living in the parish, with a waiting list for the larger ones.</p></section><section><div class=\"grid\">{cards}</div></section></main>{Footer}</body>");
        var rules = (bool[])index.InNoise.Clone();
        var rulesRoot = ContentLocator.Locate(index, ExtractionFavor.Balanced);

        var decided = BlockDecision.Apply(index, rulesRoot, ExtractionFavor.Balanced, BlockDecision.On);
        var rewritten = !rules.AsSpan().SequenceEqual(index.InNoise.AsSpan(0, rules.Length));
        decided.RestoreRules(index);

        Assert.True(rewritten, "the model dropped nothing on this page, so the test shows nothing");
        Assert.Equal(rules, index.InNoise.AsSpan(0, rules.Length).ToArray());
    }

    private static DocumentIndex Index(string body)
    {
        var document = DocumentParser.Parse($"<!DOCTYPE html><html><head><title>Northfield Allotment Society</title></head>{body}</html>");
        return DocumentIndex.Build(document.Body!, 100_000, CancellationToken.None);
    }
}
