using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// Reads the carousels of a business's page. A "carousel", "slider" or "gallery" class makes an element a gallery, noise
/// beside an article (its slides are pictures and their captions); on a service page the carousel is the page's own
/// text set to slide: the customers' quotes with their names and roles, the features one after the other, the
/// instructors. Inside the reading, a carousel holding text of its own (not only images, not only links) is read. Only
/// on a page that is a service page by more than its short address and comes with its address: an article at a short
/// address, or one given without an address, can be read as a service page by its shape, and its gallery stays out.
/// On a site's home page, the byline verdict ("author", "meta" class words) is lifted as well: a home page has no byline,
/// and its "authors" are its quotes' and cards'. Elsewhere it stays: it also marks the tags, time stamps and author
/// boxes of short articles read as service pages by their shape.
/// </summary>
internal static class ServiceCarousels
{
    /// <summary>Lifts the gallery verdicts inside <paramref name="content"/> over carousels that hold text, and on a home page the byline verdicts over text.</summary>
    /// <param name="index">The page's index (its noise marks are changed).</param>
    /// <param name="content">The reading root.</param>
    /// <returns>Whether any verdict was lifted.</returns>
    /// <param name="homePage">Whether the page is a site's home page: it has no byline, and its "author" lines are its
    /// quotes' and cards' (a testimonial's name and role, a review's reviewer, a paper's authors), read with them.</param>
    public static bool Lift(DocumentIndex index, int content, bool homePage)
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
                || (homePage && index.Noise[e] == NoiseKind.ArticleMeta && text > 0))
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
