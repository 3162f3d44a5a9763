using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// Lifts, inside the reading of a business's page, two verdicts that are right beside an article and wrong here.
/// A "carousel", "slider" or "gallery" class makes an element a gallery, noise beside an article (its slides are
/// pictures and their captions); on a service page the carousel is the page's own text set to slide: the customers'
/// quotes, the features one after the other, the instructors. A carousel holding text of its own (not only images,
/// not only links) is read. An "author", "meta" or "byline" class makes an element the article's byline; a service
/// page has no byline, and the "author" there is a quote's (a testimonial's name and role, a review's reviewer) or a
/// card's (the authors of a research paper shown on the page): read with the quote or the card.
/// </summary>
internal static class ServiceVerdicts
{
    /// <summary>Lifts the gallery and byline verdicts inside <paramref name="content"/> over elements that hold text.</summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any verdict was lifted.</returns>
    public static bool Lift(DocumentIndex index, int content)
    {
        if (content < 0 || index.InNoise[content])
        {
            return false;
        }

        var lifted = false;
        var end = index.SubtreeEnd[content];
        for (var e = content + 1; e < end; e++)
        {
            var text = index.Chars[e] - index.LinkChars[e];
            if ((index.Noise[e] == NoiseKind.Gallery && text >= Thresholds.ServiceCarouselMinTextChars)
                || (index.Noise[e] == NoiseKind.ArticleMeta && text > 0))
            {
                index.Noise[e] = NoiseKind.None;
                lifted = true;
            }
        }

        if (lifted)
        {
            // Parents come before their children: one pass in document order recomputes the inherited verdict.
            for (var e = content + 1; e < end; e++)
            {
                index.InNoise[e] = index.Noise[e] != NoiseKind.None || index.InNoise[index.Parent[e]];
            }
        }

        return lifted;
    }
}
