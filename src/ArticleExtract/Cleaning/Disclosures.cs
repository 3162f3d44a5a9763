using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Finds the collapsed panels of disclosure widgets (accordions, tabs, FAQ answers, "show more" expanders): hidden
/// until the reader clicks their control, but part of what the page says. ARIA names them: a control that has an
/// open/closed state (<c>aria-expanded</c>) or is a tab (<c>role="tab"</c>) points at its panel with
/// <c>aria-controls</c>; so does any control whose panel is a region labelled by a control (<c>role="region"</c>,
/// <c>aria-labelledby</c>), the accordion pattern as rendered before a script sets the state. The panels are marked with <see cref="Marker"/>, and <see cref="NoiseClassifier"/> then
/// judges them by their other markup instead of as hidden. A hidden menu behind a toggle is still navigation by its
/// own words and tags.
/// </summary>
internal static class Disclosures
{
    /// <summary>The attribute set on a hidden element that a disclosure control opens.</summary>
    public const string Marker = "data-ae-disclosure";

    /// <summary>Marks the controlled panels of <paramref name="document"/>.</summary>
    /// <param name="document">The parsed page; marker attributes are added in place.</param>
    /// <param name="html">The markup it was parsed from: pages without <c>aria-controls</c> are passed over without a walk.</param>
    public static void Mark(IDocument document, string html)
    {
        if (document.Body is not { } body || !html.Contains("aria-controls", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        HashSet<string>? controlled = null;
        HashSet<string>? regions = null;
        List<IElement>? named = null;
        foreach (var element in DomWalker.Descendants(body))
        {
            if (element.GetAttribute("aria-controls") is { Length: > 0 } targets)
            {
                // A control without an open/closed state names a disclosure panel only when the panel says it is a
                // region labelled by a control (the accordion pattern, rendered before a script set the state).
                var stateful = element.HasAttribute("aria-expanded") || string.Equals(element.GetAttribute("role"), "tab", StringComparison.OrdinalIgnoreCase);
                var set = stateful ? (controlled ??= new HashSet<string>(StringComparer.Ordinal)) : (regions ??= new HashSet<string>(StringComparer.Ordinal));
                foreach (var target in targets.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    set.Add(target);
                }
            }

            if (element.Id is { Length: > 0 })
            {
                (named ??= []).Add(element);
            }
        }

        if ((controlled is null && regions is null) || named is null)
        {
            return;
        }

        // Hidden is judged only for the few elements a control names, not for every element with an id.
        foreach (var element in named)
        {
            var panel = controlled?.Contains(element.Id!) == true
                || (regions?.Contains(element.Id!) == true && string.Equals(element.GetAttribute("role"), "region", StringComparison.OrdinalIgnoreCase)
                    && element.HasAttribute("aria-labelledby"));
            if (panel && NoiseClassifier.IsHidden(NoiseAttributes.Of(element)))
            {
                element.SetAttribute(Marker, string.Empty);
            }
        }
    }
}
