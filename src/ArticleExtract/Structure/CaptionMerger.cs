using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// Captions written as ordinary markup right after their image (a one-item list, an italic line, a line with a
/// photo credit) instead of a <c>figcaption</c>: the block becomes the image's caption, so it neither reads as
/// body text nor is lost.
/// </summary>
internal static class CaptionMerger
{
    /// <summary>Longer than this, a block after an image is prose, not its caption.</summary>
    private const int MaxCaptionLength = 250;

    /// <summary>A caption list holds the caption and perhaps a credit line; more items make it a real list.</summary>
    private const int MaxCaptionListItems = 2;

    public static List<FlowItem> Apply(List<FlowItem> items)
    {
        for (var i = 0; i + 1 < items.Count; i++)
        {
            if (items[i].Block is not ImageBlock { Caption: null } image || items[i + 1].IsHeading || items[i + 1].Block is not { } next)
            {
                continue;
            }

            if (CaptionText(next, items[i + 1].LinkChars) is { } caption)
            {
                items[i] = FlowItem.ForBlock(image with { Caption = caption }, 0, 0);
                items.RemoveAt(i + 1);
            }
        }

        return items;
    }

    private static string? CaptionText(Block block, int linkChars)
    {
        var text = block.Text;
        if (text.Length == 0 || text.Length > MaxCaptionLength || linkChars > 0)
        {
            return null;
        }

        return block switch
        {
            ListBlock { Items.Count: <= MaxCaptionListItems } list when HasNoNestedLists(list) => text.Replace('\n', ' '),
            ParagraphBlock p when IsAllEmphasis(p) || HasCreditPhrase(text) => text.Replace('\n', ' '),
            _ => null,
        };
    }

    private static bool HasNoNestedLists(ListBlock list)
    {
        foreach (var item in list.Items)
        {
            if (item.Children.Count > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllEmphasis(ParagraphBlock p)
    {
        foreach (var inline in p.Inlines)
        {
            if (!inline.IsLineBreak && (inline.Style & InlineStyle.Emphasis) == 0 && inline.Text.Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCreditPhrase(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var phrase in Lexicon.CreditPhrases)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
