using System.Text.Json;
using AngleSharp.Dom;
using ArticleExtract.Metadata;

namespace ArticleExtract.Training;

/// <summary>One heading of a page as the title chooser sees it.</summary>
/// <param name="Text">Its visible text, white space collapsed.</param>
/// <param name="InArticle">Inside an <c>&lt;article&gt;</c>, <c>&lt;main&gt;</c> or role=main.</param>
/// <param name="Foreign">Inside navigation, a sidebar or comments (<see cref="HeadlineFinder.IsForeign"/>).</param>
internal sealed record TitleHeading(string? Text, bool InArticle, bool Foreign);

/// <summary>
/// The raw title material of one page: the library's answer (after and before the page kind is known) and every source
/// a chooser could pick from. Only ever built for the tuned split (WCXB ids ending 0–7).
/// </summary>
internal sealed record TitleMaterial(
    string Id, string Kind, string Url, string PageKind, string? Title, string? MetaTitle, string? BeforeTitle, string? BeforeMeta,
    string? BeforeShown, string? DocTitle, string? Og, string? Twitter, string? LdHeadline, string? LdName, string?[] SiteNames,
    IReadOnlyList<TitleHeading> H1s, IReadOnlyList<TitleHeading> Subheadings)
{
    /// <summary>The page's material, read with the library's own code. A validation page's only for an aggregate score (<paramref name="scoredOnly"/>).</summary>
    public static TitleMaterial Of(TrainingPage page, bool scoredOnly = false)
    {
        if (page.IsValidation && !scoredOnly)
        {
            throw new InvalidOperationException("Validation pages are only measured, never inspected.");
        }

        var bytes = page.Load();
        var article = ToolDecision.Extractor().Extract(bytes, page.Url);
        var html = ArticleExtract.Sniffing.InputSniffer.ToText(bytes, null, int.MaxValue, default) ?? string.Empty;
        var document = ArticleExtract.Parsing.DocumentParser.Parse(ArticleExtract.Parsing.NestingGuard.Apply(html, 256).Html);
        var elements = PageElements.Collect(document);
        var meta = new MetaTags(elements.Metas);
        var ld = JsonLdReader.Read(elements.Scripts, elements.Metas);
        var before = MetadataReader.Read(document, new ArticleExtract.Dom.UrlResolver(elements.BaseUrl(page.Url)), elements);
        static string? C(string? s) => MetadataReader.Clean(s);
        static TitleHeading Heading(IElement h) => new(C(HeadlineText.Of(h)), h.Closest("article, main, [role=main]") is not null, HeadlineFinder.IsForeign(h));
        string?[] siteNames = [C(meta.First("og:site_name")), C(ld.PublisherName), C(ld.WebsiteName), C(meta.First("application-name")), HostNames.SiteLabel(page.Url.AbsoluteUri)];
        return new TitleMaterial(page.Id, page.Kind, page.Url.AbsoluteUri, article.PageKind.ToString(), article.Title, article.MetaTitle,
            before.Title, before.MetaTitle, before.ShownTitle, C(document.Title), C(meta.First("og:title")), C(meta.First("twitter:title")),
            C(ld.Headline), C(ld.Name), siteNames, [.. elements.H1s.Take(10).Select(Heading)], [.. elements.Subheadings.Take(8).Select(Heading)]);
    }

    /// <summary>The material as one JSON line.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);
}
