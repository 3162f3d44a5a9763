using AngleSharp.Dom;

namespace ArticleExtract.Dom;

/// <summary>
/// The attributes the noise verdict reads, taken from one pass over an element's attribute list. Asking for each
/// by name (seven <c>GetAttribute</c> calls per element, each a scan of the list that lower-cases the name asked
/// for) cost several percent of an extraction. Attribute names come from the parser already lower-cased; the first
/// of duplicates wins, as with <c>GetAttribute</c>.
/// </summary>
internal readonly record struct NoiseAttributes(string? Class, string? Id, string? Role, string? ItemProp, string? Style, string? AriaHidden, bool Hidden)
{
    public static NoiseAttributes Of(IElement element)
    {
        string? cls = null, id = null, role = null, itemprop = null, style = null, aria = null;
        var hidden = false;
        // Each attribute through Attr, AngleSharp's only (sealed) attribute class: a direct call for its name and value
        // where the interface's were dispatch stubs.
        var attributes = NodeAccess.Attributes(element);
        var count = attributes.Length;
        for (var i = 0; i < count; i++)
        {
            if (attributes[i] is not Attr attribute)
            {
                continue;
            }

            switch (attribute.Name)
            {
                case "class":
                    cls ??= attribute.Value;
                    break;
                case "id":
                    id ??= attribute.Value;
                    break;
                case "role":
                    role ??= attribute.Value;
                    break;
                case "itemprop":
                    itemprop ??= attribute.Value;
                    break;
                case "style":
                    style ??= attribute.Value;
                    break;
                case "aria-hidden":
                    aria ??= attribute.Value;
                    break;
                case "hidden":
                    hidden = true;
                    break;
            }
        }

        return new NoiseAttributes(cls, id, role, itemprop, style, aria, hidden);
    }
}
