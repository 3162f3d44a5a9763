using System.Globalization;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Structure;

/// <summary>Finds the real URL of an image, including lazy-loaded ones whose <c>src</c> is a placeholder.</summary>
internal static class ImageSource
{
    // Lazy-loading libraries keep the real URL in one of these until a script swaps it in.
    private static readonly string[] LazyAttributes = ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src"];
    private static readonly string[] LazySrcsetAttributes = ["data-srcset", "data-lazy-srcset", "srcset"];

    public static string? Find(IElement img, UrlResolver urls)
    {
        if (IsTracker(img))
        {
            return null;
        }

        foreach (var name in LazySrcsetAttributes)
        {
            if (Largest(img.GetAttribute(name)) is { } fromSet)
            {
                return urls.Resolve(fromSet);
            }
        }

        foreach (var name in LazyAttributes)
        {
            var v = img.GetAttribute(name);
            if (!string.IsNullOrWhiteSpace(v) && !IsPlaceholder(v))
            {
                return urls.Resolve(v);
            }
        }

        // <picture><source srcset> … <img></picture>
        if (img.ParentElement is { LocalName: "picture" } picture)
        {
            foreach (var child in picture.Children)
            {
                if (child.LocalName == "source" && Largest(child.GetAttribute("srcset")) is { } s)
                {
                    return urls.Resolve(s);
                }
            }
        }

        var src = img.GetAttribute("src");
        return string.IsNullOrWhiteSpace(src) || IsPlaceholder(src) ? null : urls.Resolve(src);
    }

    private static bool IsPlaceholder(string value) =>
        value.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || value.Contains("blank.gif", StringComparison.OrdinalIgnoreCase)
        || value.Contains("placeholder", StringComparison.OrdinalIgnoreCase) || value.Contains("spacer.gif", StringComparison.OrdinalIgnoreCase)
        || value.Contains("lazy-load", StringComparison.OrdinalIgnoreCase) || value.Contains("pixel.gif", StringComparison.OrdinalIgnoreCase);

    private static bool IsTracker(IElement img) => IsTiny(img.GetAttribute("width")) || IsTiny(img.GetAttribute("height"));

    // Tracking pixels, icons, emoji and avatars declare their small size; none of them is an article image.
    private static bool IsTiny(string? value) =>
        value is not null && int.TryParse(value.AsSpan().Trim().TrimEnd("px"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 0 and < 48;

    /// <summary>The widest (else densest) candidate of a <c>srcset</c>, parsed as the HTML standard says; placeholders skipped.</summary>
    internal static string? Largest(string? srcset) =>
        string.IsNullOrWhiteSpace(srcset) || srcset.Length > 16384 ? null : Srcset.Largest(srcset, IsPlaceholder);
}
