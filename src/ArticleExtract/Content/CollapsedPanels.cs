using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Content;

/// <summary>
/// Reads the collapsed panels of accordions, tabs and expanders that sit inside the chosen container: a reader
/// opens them with a click, and they hold the page's text (a guide's steps, a service page's FAQ, a product's
/// details). They count as hidden while the container is chosen, so that a help dialog or a shop's buying advice
/// elsewhere on the page cannot outweigh the content; inside the content, their hidden verdict is lifted while the
/// article reading is built, and restored for the kind readers, which pick a page's records from the markup alone.
/// </summary>
internal static class CollapsedPanels
{
    /// <summary>Lifts the hidden verdict of the disclosure panels inside <paramref name="content"/>.</summary>
    /// <returns>The panels lifted (outermost first), for <see cref="Restore"/>; null when there were none.</returns>
    public static List<int>? Reveal(DocumentIndex index, int content)
    {
        if (content < 0)
        {
            return null;
        }

        List<int>? lifted = null;
        var end = index.SubtreeEnd[content];
        for (var e = content; e < end; e++)
        {
            if (index.Noise[e] == NoiseKind.Hidden && NoiseClassifier.IsDisclosurePanel(index.Elements[e]))
            {
                Reconsider(index, content, e);
                index.Noise[e] = NoiseKind.None;
                (lifted ??= []).Add(e);
            }

            if (lifted is not null)
            {
                Inherit(index, e);
            }
        }

        return lifted;
    }

    /// <summary>
    /// Undoes the model's drop of the elements around a panel just lifted that hold no text of their own
    /// (an FAQ item, the heading around a panel's toggle): the model judged them while all they held was hidden, so
    /// it kept nothing in them and dropped them, a verdict on nothing. Rule verdicts, and drops of elements with text of
    /// their own, stand. Without it the first item of an FAQ was lost: the verdicts are recomputed from the first
    /// element lifted on, and the item around it comes before it.
    /// </summary>
    private static void Reconsider(DocumentIndex index, int content, int lifted)
    {
        var top = -1;
        for (var a = index.Parent[lifted]; a > content && index.InNoise[a]; a = index.Parent[a])
        {
            if (index.Noise[a] != NoiseKind.None || index.UnitChars[a] > 0)
            {
                return;
            }

            top = a;
        }

        if (top >= 0 && !index.InNoise[index.Parent[top]])
        {
            for (var a = index.Parent[lifted]; a >= top; a = index.Parent[a])
            {
                index.InNoise[a] = false;
            }
        }
    }

    /// <summary>Puts back the hidden verdicts <see cref="Reveal"/> lifted.</summary>
    public static void Restore(DocumentIndex index, List<int>? lifted)
    {
        if (lifted is null)
        {
            return;
        }

        foreach (var panel in lifted)
        {
            index.Noise[panel] = NoiseKind.Hidden;
        }

        var end = index.SubtreeEnd[lifted[0]];
        foreach (var panel in lifted)
        {
            end = Math.Max(end, index.SubtreeEnd[panel]);
        }

        for (var e = lifted[0]; e < end; e++)
        {
            Inherit(index, e);
        }
    }

    // Parents come before their children, so one pass in document order recomputes the inherited verdict.
    private static void Inherit(DocumentIndex index, int e)
    {
        var parent = index.Parent[e];
        index.InNoise[e] = index.Noise[e] != NoiseKind.None || (parent >= 0 && index.InNoise[parent]);
    }
}
