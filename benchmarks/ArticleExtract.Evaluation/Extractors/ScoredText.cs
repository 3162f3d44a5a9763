using System.Text;

namespace ArticleExtract.Evaluation.Extractors;

/// <summary>
/// Which of our article's text a run scores. A harness that runs <c>article-extract batch</c> on a held-out set
/// chooses which fields make "the extracted text"; these variants measure what that choice is worth on the truths
/// we have (see "How the held-out sets score" in the README).
/// </summary>
internal enum ScoredText
{
    /// <summary><see cref="Article.Body"/> as the library writes it (the default, and what <c>batch</c> writes as <c>body</c>).</summary>
    Body,

    /// <summary>The headline (<see cref="Article.Title"/>) on its own line, then the body: L3S-GN1's truth includes the headline.</summary>
    TitleBody,

    /// <summary>The body with image and table captions kept in place: L3S-GN1 counts captions as "supplemental" content.</summary>
    BodyCaptions,

    /// <summary>Both: the headline, then the body with its captions.</summary>
    TitleBodyCaptions,
}

/// <summary>Composes the scored text of an article for a <see cref="ScoredText"/> variant.</summary>
internal static class ScoredTextComposer
{
    /// <summary>The option values of <c>--text</c>, by variant.</summary>
    public static readonly IReadOnlyDictionary<string, ScoredText> Names = new Dictionary<string, ScoredText>(StringComparer.Ordinal)
    {
        ["body"] = ScoredText.Body,
        ["title+body"] = ScoredText.TitleBody,
        ["body+captions"] = ScoredText.BodyCaptions,
        ["title+body+captions"] = ScoredText.TitleBodyCaptions,
    };

    /// <summary>The text of <paramref name="article"/> that the variant scores.</summary>
    /// <param name="article">Our article.</param>
    /// <param name="variant">Which text.</param>
    /// <returns>The text; the headline is added only to a non-empty body (a page without an article stays empty).</returns>
    public static string Compose(Article article, ScoredText variant)
    {
        ArgumentNullException.ThrowIfNull(article);
        var captions = variant is ScoredText.BodyCaptions or ScoredText.TitleBodyCaptions;
        var body = captions ? BodyWithCaptions(article.Sections) : article.Body;
        var title = variant is ScoredText.TitleBody or ScoredText.TitleBodyCaptions ? article.Title : null;
        return string.IsNullOrWhiteSpace(title) || body.Length == 0 ? body : title + "\n\n" + body;
    }

    /// <summary>
    /// The body as <see cref="Article.Body"/> lays it out (headings and blocks, a blank line between them), with each
    /// image's caption and each table's caption (before its rows) where the block stands.
    /// </summary>
    /// <param name="sections">The article's sections.</param>
    /// <returns>The text.</returns>
    public static string BodyWithCaptions(IReadOnlyList<Section> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var sb = new StringBuilder();
        foreach (var section in sections)
        {
            Add(sb, section.Heading);
            foreach (var block in section.Blocks)
            {
                if (block is TableBlock { Caption: { } caption })
                {
                    Add(sb, caption);
                }

                // An image's text is its caption; every other block's is its own text.
                Add(sb, block.Text);
            }
        }

        return sb.ToString();
    }

    private static void Add(StringBuilder sb, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (sb.Length > 0)
        {
            sb.Append("\n\n");
        }

        sb.Append(text);
    }
}
