using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Puts streamed server rendering where the browser shows it. React's streaming renderer sends a page's slow parts
/// after the rest, each as a hidden <c>&lt;div hidden id="S:n"&gt;</c> at the end of the body, and a script then
/// moves it into place: into a segment placeholder <c>&lt;template id="P:n"&gt;</c>, or into a Suspense boundary
/// <c>&lt;template id="B:n"&gt;</c>, whose loading fallback (up to the <c>&lt;!--/$--&gt;</c> comment that closes
/// it) it replaces. Read as they arrive, those chunks are hidden (the article lost) or out of place beside their
/// fallbacks (skeleton text read twice); this does the scripts' moves once, on the parsed document, before any
/// stage reads it. The chunk and its slot share the number n (the scripts pair them that way), so the moves need
/// no script to be read. A chunk with no slot is left as it is, hidden.
/// </summary>
internal static class StreamedBoundaries
{
    /// <summary>Moves every streamed chunk of <paramref name="document"/> into its slot.</summary>
    /// <param name="document">The parsed page; changed in place.</param>
    /// <param name="html">The markup it was parsed from: pages without a chunk id are passed over without a walk.</param>
    public static void Apply(IDocument document, ReadOnlySpan<char> html)
    {
        if (document.Body is not { } body || !MayStream(html))
        {
            return;
        }

        List<IElement>? chunks = null;
        Dictionary<string, IElement>? slots = null;
        foreach (var element in DomWalker.Descendants(body))
        {
            var id = element.Id;
            if (id is null || id.Length < 3 || id[1] != ':')
            {
                continue;
            }

            if (id[0] == 'S' && element.LocalName == "div" && element.HasAttribute("hidden"))
            {
                (chunks ??= []).Add(element);
            }
            else if (id[0] is 'B' or 'P' && element.LocalName == "template")
            {
                (slots ??= new Dictionary<string, IElement>(StringComparer.Ordinal)).TryAdd(id[2..], element);
            }
        }

        if (chunks is null || slots is null)
        {
            return;
        }

        // In document order, as the scripts run: a chunk may hold the slot of a later one.
        foreach (var chunk in chunks)
        {
            if (slots.Remove(chunk.Id![2..], out var slot) && slot.Parent is { } parent && !IsInside(slot, chunk))
            {
                Fill(slot, parent, chunk);
            }
        }
    }

    /// <summary>
    /// Whether the markup holds a chunk's id, quoted in any of the three ways (<c>id="S:</c>, <c>id=S:</c>,
    /// <c>id='S:</c>): a search for the rare pair "S:", each one found then looked at from behind. The three strings
    /// searched at once (a vectorised multi-string search) took three times as long, and the scan runs over every page.
    /// </summary>
    internal static bool MayStream(ReadOnlySpan<char> span)
    {
        var from = 0;
        while (span[from..].IndexOf("S:") is var found and >= 0)
        {
            var before = span[..(from + found)];
            if (before.EndsWith("id=") || before.EndsWith("id=\"") || before.EndsWith("id='"))
            {
                return true;
            }

            from += found + 2;
        }

        return false;
    }

    /// <summary>Replaces the slot (and, for a boundary, its fallback) with the chunk's children, and drops the chunk.</summary>
    private static void Fill(IElement slot, INode parent, IElement chunk)
    {
        var end = slot.Id![0] == 'B' ? BoundaryEnd(slot, parent) : null;
        INode before = slot;
        if (end is not null)
        {
            // The fallback: everything from the slot up to the comment that closes the boundary.
            var siblings = parent.ChildNodes;
            var at = IndexOf(siblings, slot);
            while (siblings[at] != end)
            {
                parent.RemoveChild(siblings[at]);
            }

            before = end;
        }

        while (chunk.FirstChild is { } child)
        {
            parent.InsertBefore(child, before);
        }

        chunk.Parent?.RemoveChild(chunk);
        if (end is null)
        {
            parent.RemoveChild(slot);
        }
    }

    /// <summary>
    /// The comment that closes the boundary <paramref name="slot"/> opens (nested boundaries counted), or null when
    /// the parser put it elsewhere: then only the slot is replaced and the fallback stays.
    /// </summary>
    private static INode? BoundaryEnd(IElement slot, INode parent)
    {
        var siblings = parent.ChildNodes;
        var depth = 0;
        for (var i = IndexOf(siblings, slot) + 1; i < siblings.Length; i++)
        {
            if (siblings[i] is not IComment comment)
            {
                continue;
            }

            var data = comment.Data;
            if (data == "/$")
            {
                if (depth == 0)
                {
                    return comment;
                }

                depth--;
            }
            else if (data is "$" or "$?" or "$!")
            {
                depth++;
            }
        }

        return null;
    }

    private static bool IsInside(INode node, IElement ancestor)
    {
        for (var p = node.Parent; p is not null; p = p.Parent)
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(INodeList nodes, INode node)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] == node)
            {
                return i;
            }
        }

        return -1;
    }
}
