using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Structure;

/// <summary>Finds the real URL of an image, including lazy-loaded ones whose <c>src</c> is a placeholder.</summary>
internal static class ImageSource
{
    // Lazy-loading libraries keep the real URL in a data attribute until a script swaps it in. Read in this order: the
    // srcset attributes (data-srcset, data-lazy-srcset, srcset), then the lazy ones (data-src, data-lazy-src,
    // data-original, data-lazy, data-url, data-hi-res-src, data-full-src), then src: Slot numbers them so.
    private const int Width = 0;
    private const int Height = 1;
    private const int FirstSrcset = 2;
    private const int FirstLazy = FirstSrcset + 3;
    private const int Src = FirstLazy + 7;

    public static string? Find(IElement img, UrlResolver urls)
    {
        var values = Read(img);
        if (IsTiny(values[Width]) || IsTiny(values[Height]) || IsAdvertisingSize(img, values[Width], values[Height]) || IsSiteLogo(img, urls))
        {
            return null;
        }

        for (var i = FirstSrcset; i < FirstLazy; i++)
        {
            if (Largest(values[i]) is { } fromSet && Shown(urls.Resolve(fromSet)) is { } url)
            {
                return url;
            }
        }

        for (var i = FirstLazy; i < Src; i++)
        {
            var v = values[i];
            if (!string.IsNullOrWhiteSpace(v) && !IsPlaceholder(v) && Shown(urls.Resolve(v)) is { } url)
            {
                return url;
            }
        }

        // <picture><source srcset> … <img></picture>
        if (img.ParentElement is { LocalName: "picture" } picture)
        {
            foreach (var child in picture.Children)
            {
                if (child.LocalName == "source" && Largest(child.GetAttribute("srcset")) is { } s && Shown(urls.Resolve(s)) is { } url)
                {
                    return url;
                }
            }
        }

        var src = values[Src];
        return string.IsNullOrWhiteSpace(src) || IsPlaceholder(src) ? null : Shown(urls.Resolve(src));
    }

    /// <summary>
    /// The source when a browser would load it as an image (http(s), or relative without a page URL); otherwise null, so
    /// the next candidate is tried. A <c>javascript:</c> or garbled source used to reach <see cref="ImageBlock.Source"/>,
    /// where only the renderings filtered it: a caller rendering the sections itself met it unfiltered.
    /// </summary>
    private static string? Shown(string? url) => url is not null && UrlSafety.IsSafe(url) ? url : null;

    /// <summary>The values of the attributes <see cref="Find"/> reads, in <see cref="Slot"/>'s numbering.</summary>
    [InlineArray(Src + 1)]
    private struct Values
    {
        private string? _first;
    }

    /// <summary>
    /// The attributes <see cref="Find"/> reads, from one pass over the image's attribute list (as
    /// <see cref="NoiseAttributes.Of"/>: names come from the parser lower-cased, the first of duplicates wins, as with
    /// <c>GetAttribute</c>). Asking for each of the thirteen by name scanned the list thirteen times, each call
    /// lower-casing the name asked for: 40-60 µs a page over the AEB-dev pages' 20 images, against 5-7 µs for the pass.
    /// </summary>
    private static Values Read(IElement img)
    {
        var values = default(Values);
        var attributes = img.Attributes;
        var count = attributes.Length;
        for (var i = 0; i < count; i++)
        {
            if (attributes[i] is Attr attribute && Slot(attribute.Name) is var slot && slot >= 0)
            {
                values[slot] ??= attribute.Value;
            }
        }

        return values;
    }

    private static int Slot(string name) => name switch
    {
        "width" => Width,
        "height" => Height,
        "data-srcset" => FirstSrcset,
        "data-lazy-srcset" => FirstSrcset + 1,
        "srcset" => FirstSrcset + 2,
        "data-src" => FirstLazy,
        "data-lazy-src" => FirstLazy + 1,
        "data-original" => FirstLazy + 2,
        "data-lazy" => FirstLazy + 3,
        "data-url" => FirstLazy + 4,
        "data-hi-res-src" => FirstLazy + 5,
        "data-full-src" => FirstLazy + 6,
        "src" => Src,
        _ => -1,
    };

    /// <summary>
    /// A placeholder's URL: a data URL, or one naming a blank, spacer or pixel image or a lazy loader's placeholder. An
    /// ASCII URL (nearly all) is searched for the five words at once: the five case-blind <c>Contains</c> calls ran the
    /// invariant mode's scalar search five times over every candidate of every <c>srcset</c>, about a tenth of
    /// building the flow (perf, the steady state). For ASCII text the two answer alike; other text keeps the calls.
    /// </summary>
    private static bool IsPlaceholder(ReadOnlySpan<char> value) =>
        value.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        || (Ascii.IsValid(value) ? value.ContainsAny(PlaceholderWords) : NamesPlaceholder(value));

    private static readonly SearchValues<string> PlaceholderWords =
        SearchValues.Create(["blank.gif", "placeholder", "spacer.gif", "lazy-load", "pixel.gif"], StringComparison.OrdinalIgnoreCase);

    private static bool NamesPlaceholder(ReadOnlySpan<char> value) =>
        value.Contains("blank.gif", StringComparison.OrdinalIgnoreCase) || value.Contains("placeholder", StringComparison.OrdinalIgnoreCase)
        || value.Contains("spacer.gif", StringComparison.OrdinalIgnoreCase) || value.Contains("lazy-load", StringComparison.OrdinalIgnoreCase)
        || value.Contains("pixel.gif", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The banner units of display advertising (the IAB's leaderboards, banners and skyscrapers), as width and height:
    /// an image that declares one of them is an advertisement (old pages set the banner's <c>&lt;img&gt;</c> straight
    /// into the story's cell or a side column, with no ad markup around it). No photograph is cut to these shapes.
    /// </summary>
    private static readonly (int Width, int Height)[] BannerSizes =
        [(728, 90), (970, 90), (468, 60), (234, 60), (120, 600), (160, 600), (320, 50)];

    /// <summary>
    /// The rectangle units (300×250, 336×280, …): a publishing tool's medium-sized photo can have these shapes too
    /// (WordPress scales a 6:5 photo to 300×250), so they mark an advertisement only inside a link that leads to a page,
    /// as a clickable ad does, not to the image's own larger file.
    /// </summary>
    private static readonly (int Width, int Height)[] RectangleSizes = [(300, 250), (336, 280), (300, 600), (970, 250), (120, 240)];

    /// <summary>How many ancestors of an image are asked whether it sits in a link (an ad's <c>&lt;a&gt;</c> wraps it closely).</summary>
    private const int LinkAncestors = 3;

    private static bool IsAdvertisingSize(IElement img, string? width, string? height)
    {
        if (Pixels(width) is not { } w || Pixels(height) is not { } h)
        {
            return false;
        }

        return Declares(BannerSizes, w, h) || (Declares(RectangleSizes, w, h) && InPageLink(img));
    }

    private static bool Declares((int Width, int Height)[] sizes, int w, int h)
    {
        foreach (var size in sizes)
        {
            if (size.Width == w && size.Height == h)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InPageLink(IElement img)
    {
        var e = img.ParentElement;
        for (var i = 0; i < LinkAncestors && e is not null; i++, e = e.ParentElement)
        {
            if (e.LocalName == "a")
            {
                return e.GetAttribute("href") is { } href && !LinksToImageFile(href);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the image sits in a link to the site's home page: the masthead's logo, which table-layout pages set in the
    /// same table as the story, with no header markup around it.
    /// </summary>
    private static bool IsSiteLogo(IElement img, UrlResolver urls)
    {
        var e = img.ParentElement;
        for (var i = 0; i < LinkAncestors && e is not null; i++, e = e.ParentElement)
        {
            if (e.LocalName == "a")
            {
                return e.GetAttribute("href") is { } href && IsHomePage(href, urls.Base);
            }
        }

        return false;
    }

    private static bool IsHomePage(string href, Uri? page)
    {
        href = href.Trim();
        if (href is "/" or "./")
        {
            return true;
        }

        if (page is null || !Uri.TryCreate(page, href, out var target) || target.Query.Length > 0
            || !string.Equals(target.Host, page.Host, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var path = target.AbsolutePath;
        return path == "/" || (path.LastIndexOf('/') == 0 && path.StartsWith("/index.", StringComparison.OrdinalIgnoreCase));
    }

    private static bool LinksToImageFile(string href)
    {
        var path = href.AsSpan();
        var end = path.IndexOfAny('?', '#');
        path = (end >= 0 ? path[..end] : path).TrimEnd();
        return path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".gif", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".webp", StringComparison.OrdinalIgnoreCase);
    }

    private static int? Pixels(string? value) =>
        value is not null && int.TryParse(value.AsSpan().Trim().TrimEnd("px"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    // Tracking pixels, icons, emoji and avatars declare their small size; none of them is an article image.
    private static bool IsTiny(string? value) =>
        value is not null && int.TryParse(value.AsSpan().Trim().TrimEnd("px"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 0 and < 48;

    /// <summary>The widest (else densest) candidate of a <c>srcset</c>, parsed as the HTML standard says; placeholders skipped.</summary>
    internal static string? Largest(string? srcset) =>
        string.IsNullOrWhiteSpace(srcset) || srcset.Length > 16384 ? null : Srcset.Largest(srcset, IsPlaceholder);
}
