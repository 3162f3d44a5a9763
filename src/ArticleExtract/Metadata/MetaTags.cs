using System.Runtime.InteropServices;
using AngleSharp.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> values by lower-cased <c>property</c>, <c>name</c>, <c>itemprop</c> or
/// <c>http-equiv</c>, read in one pass over the meta elements. Dublin Core keys are normalised so that
/// <c>DC.title</c>, <c>dc:title</c> and <c>dcterms.title</c> meet under <c>dc:title</c> and <c>dcterms:title</c>.
/// </summary>
internal sealed class MetaTags
{
    // A key's values: the first inline, the list made only when a second comes (most keys have one value, and a list
    // per key was most of this class's allocation); and the first value a property attribute gave it, all that First
    // reads of those (in the same entry, so that First looks each key up once).
    private readonly Dictionary<string, (string First, List<string>? All, string? FromProperty)> _values;

    public MetaTags(IDocument document)
        : this(document.GetElementsByTagName("meta"))
    {
    }

    /// <summary>Reads the given <c>&lt;meta&gt;</c> elements (the page's, gathered by one walk).</summary>
    public MetaTags(IEnumerable<IElement> metas)
    {
        // Sized for a key per tag, as most tags have: grown from empty, the tables were copied four or five times over
        // on a page of a few dozen tags (a tenth of the stage's allocation). Enumeration stays in insertion order
        // (nothing is removed), which FirstEndingWith reads as page order.
        var count = metas.TryGetNonEnumeratedCount(out var n) ? n : 0;
        _values = new(count, StringComparer.Ordinal);
        foreach (var meta in metas)
        {
            var (content, property, name, itemprop, httpEquiv) = Attributes(meta);
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            Add(property, content, fromProperty: true);
            Add(name, content, fromProperty: false);
            Add(itemprop, content, fromProperty: false);
            Add(httpEquiv, content, fromProperty: false);
        }
    }

    /// <summary>
    /// The attributes a meta tag is read by, as <c>GetAttribute</c> gives them (the first of each name; the parser stores
    /// names lower-cased), in one pass over its attributes: <c>GetAttribute</c> lower-cased the name asked for and searched
    /// the list once per name.
    /// </summary>
    private static (string? Content, string? Property, string? Name, string? ItemProp, string? HttpEquiv) Attributes(IElement meta)
    {
        string? content = null, property = null, name = null, itemprop = null, httpEquiv = null;
        var attributes = meta.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            // AngleSharp's one attribute class: its members are then called directly, not through the interface.
            if (attributes[i] is not Attr attribute)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "content":
                    content ??= attribute.Value;
                    break;
                case "property":
                    property ??= attribute.Value;
                    break;
                case "name":
                    name ??= attribute.Value;
                    break;
                case "itemprop":
                    itemprop ??= attribute.Value;
                    break;
                case "http-equiv":
                    httpEquiv ??= attribute.Value;
                    break;
            }
        }

        return (content, property, name, itemprop, httpEquiv);
    }

    private void Add(string? key, string content, bool fromProperty)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 100)
        {
            return;
        }

        // One attribute may list several names: property="og:title twitter:title".
        if (!key.Contains(' ', StringComparison.Ordinal))
        {
            AddKey(key, content, fromProperty);
            return;
        }

        foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            AddKey(k, content, fromProperty);
        }
    }

    private void AddKey(string k, string content, bool fromProperty)
    {
        var lower = Normalize(k.ToLowerInvariant());
        var trimmed = content.Trim();
        ref var values = ref CollectionsMarshal.GetValueRefOrAddDefault(_values, lower, out var exists);
        if (!exists)
        {
            values.First = trimmed;
        }
        else if (values.All is null)
        {
            values.All = [values.First, trimmed];
        }
        else if (values.All.Count < 64)
        {
            values.All.Add(trimmed);
        }

        if (fromProperty)
        {
            values.FromProperty ??= trimmed;
        }
    }

    private static string Normalize(string key)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["dc.", "dcterms.", "dc-", "dcterms-"])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return string.Concat(prefix.AsSpan(0, prefix.Length - 1), ":", key.AsSpan(prefix.Length));
            }
        }

        return key;
    }

    /// <summary>
    /// The first value of the first key that has one. A key written as a <c>property</c> (RDFa, the form
    /// OpenGraph and Dublin Core define) wins over the same key written as a <c>name</c>, which templates fill
    /// with leftovers more often.
    /// </summary>
    public string? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var values))
            {
                return values.FromProperty ?? values.First;
            }
        }

        return null;
    }

    /// <summary>The first value of the first key (in page order) that is one of <paramref name="endings"/> or ends with one after a prefix mark.</summary>
    public string? FirstEndingWith(string[] endings)
    {
        foreach (var (key, values) in _values)
        {
            foreach (var ending in endings)
            {
                // The last characters first: most keys end otherwise, and the test is inline where EndsWith is a call.
                if (key[^1] == ending[^1] && key.EndsWith(ending, StringComparison.Ordinal)
                    && (key.Length == ending.Length || key[key.Length - ending.Length - 1] is '-' or ':' or '.' or '_'))
                {
                    return values.First;
                }
            }
        }

        return null;
    }

    public IReadOnlyList<string> All(string key) => !_values.TryGetValue(key, out var values) ? [] : values.All ?? (IReadOnlyList<string>)[values.First];
}
