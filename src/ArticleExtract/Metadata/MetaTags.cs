using AngleSharp.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> values by lower-cased <c>property</c>, <c>name</c>, <c>itemprop</c> or
/// <c>http-equiv</c>, first value first, read in one pass over the meta elements.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public MetaTags(IDocument document)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            Add(meta.GetAttribute("property"), content);
            Add(meta.GetAttribute("name"), content);
            Add(meta.GetAttribute("itemprop"), content);
            Add(meta.GetAttribute("http-equiv"), content);
        }
    }

    private void Add(string? key, string content)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 100)
        {
            return;
        }

        // One attribute may list several names: property="og:title twitter:title".
        foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = k.ToLowerInvariant();
            if (!_values.TryGetValue(lower, out var list))
            {
                _values[lower] = list = [];
            }

            if (list.Count < 64)
            {
                list.Add(content.Trim());
            }
        }
    }

    /// <summary>The first value of the first key that has one.</summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var list) && list.Count > 0)
            {
                return list[0];
            }
        }

        return null;
    }

    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out var list) ? list : [];
}
