using System.Buffers;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Finds the collapsed panels of disclosure widgets (accordions, tabs, FAQ answers, "show more" expanders): hidden
/// until the reader clicks their control, but part of what the page says. ARIA names them: a control that has an
/// open/closed state (<c>aria-expanded</c>) or is a tab (<c>role="tab"</c>) points at its panel with
/// <c>aria-controls</c>; so does any control whose panel is a region labelled by a control (<c>role="region"</c>,
/// <c>aria-labelledby</c>), or is labelled by that very control whatever its role (the panel names its button back,
/// the button names the panel), the accordion pattern as rendered before a script sets the state. The panels are marked with <see cref="Marker"/>, and <see cref="NoiseClassifier"/> then
/// judges them by their other markup instead of as hidden. A hidden menu behind a toggle is still navigation by its
/// own words and tags.
/// </summary>
internal static class Disclosures
{
    /// <summary>The attribute set on a hidden element that a disclosure control opens.</summary>
    public const string Marker = "data-ae-disclosure";

    // One vectorized scan for the attribute name in any case: IndexOf with OrdinalIgnoreCase stops at every "a" of
    // the markup, and the check ran over every page.
    private static readonly SearchValues<string> ControlsName = SearchValues.Create(["aria-controls"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A gatherer for the page's first walk (<see cref="Metadata.PageElements.Collect(IDocument, Gatherer?)"/> hands it
    /// every element inside the body), or null when the markup names no controlled element and there is nothing to find.
    /// A walk of its own cost about 1% of an extraction on the pages that have one, most of it reading nodes the next
    /// walk read again.
    /// </summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="html">The markup it was parsed from: pages without <c>aria-controls</c> are passed over.</param>
    public static Gatherer? Start(IDocument document, ReadOnlySpan<char> html) =>
        document.Body is { } body && html.ContainsAny(ControlsName) ? new Gatherer(body) : null;

    /// <summary>
    /// What the walk gathers (the ids stateful controls name, the ids stateless controls name, panels only if they are
    /// labelled regions, and the elements that have an id), and the marking of the panels once it is done.
    /// </summary>
    internal sealed class Gatherer(IElement body)
    {
        private HashSet<string>? _controlled;
        private HashSet<string>? _regions;
        private List<(IElement Element, string Id)>? _named;

        // The stateless controls' (panel id, control id) pairs: a panel labelled by the control that names it is the
        // accordion pattern whatever its role.
        private HashSet<(string Panel, string Control)>? _pairs;

        /// <summary>The element the gathering is confined to: only what is inside it counts.</summary>
        public IElement Body => body;

        /// <summary>
        /// Reads an element inside the body (not the body itself), in document order: its attributes in one pass (four
        /// lookups by name scanned the list four times on every element). Names come from the parser lower-cased; the
        /// first of duplicates wins, as with <c>GetAttribute</c>.
        /// </summary>
        public void Visit(Element element)
        {
            var attributes = NodeAccess.Attributes(element);
            if (attributes.Length == 0)
            {
                return;
            }

            string? targets = null, role = null, id = null;
            var expanded = false;
            for (var i = 0; i < attributes.Length; i++)
            {
                if (attributes[i] is not { } attribute)
                {
                    continue;
                }

                switch (attribute.Name)
                {
                    case "aria-controls":
                        targets ??= attribute.Value;
                        break;
                    case "aria-expanded":
                        expanded = true;
                        break;
                    case "role":
                        role ??= attribute.Value;
                        break;
                    case "id" when attribute.NamespaceUri is null:
                        id ??= attribute.Value;
                        break;
                }
            }

            if (targets is { Length: > 0 })
            {
                // A control without an open/closed state names a disclosure panel only when the panel says it is a
                // region labelled by a control (the accordion pattern, rendered before a script set the state).
                var stateful = expanded || string.Equals(role, "tab", StringComparison.OrdinalIgnoreCase);
                var set = stateful ? (_controlled ??= new HashSet<string>(StringComparer.Ordinal)) : (_regions ??= new HashSet<string>(StringComparer.Ordinal));
                foreach (var target in targets.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    set.Add(target);
                    if (!stateful && id is { Length: > 0 })
                    {
                        (_pairs ??= []).Add((target, id));
                    }
                }
            }

            if (id is { Length: > 0 })
            {
                (_named ??= []).Add((element, id));
            }
        }

        /// <summary>Marks the controlled panels among the elements visited; markers are added in place.</summary>
        public void Mark()
        {
            if ((_controlled is null && _regions is null) || _named is null)
            {
                return;
            }

            // Hidden is judged only for the few elements a control names, not for every element with an id.
            foreach (var (element, id) in _named)
            {
                var panel = _controlled?.Contains(id) == true
                    || (_regions?.Contains(id) == true && element.GetAttribute("aria-labelledby") is { } labels
                        && (string.Equals(element.GetAttribute("role"), "region", StringComparison.OrdinalIgnoreCase) || LabelledByItsControl(id, labels)));
                if (panel && NoiseClassifier.IsHidden(NoiseAttributes.Of(element)))
                {
                    element.SetAttribute(Marker, string.Empty);
                }
            }
        }

        /// <summary>Whether <paramref name="labels"/> (an <c>aria-labelledby</c> value) names a stateless control that names the panel <paramref name="id"/>.</summary>
        private bool LabelledByItsControl(string id, string labels)
        {
            if (_pairs is null)
            {
                return false;
            }

            foreach (var label in labels.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (_pairs.Contains((id, label)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
