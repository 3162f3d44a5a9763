using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Metadata;

/// <summary>
/// A heading's text as a reader sees it: a line break (<c>&lt;br&gt;</c>) or a block (a tag or a utility class's) inside the heading parts two
/// words ("Rebuilding the Legacy&lt;br&gt;of the Craft" reads "Rebuilding the Legacy of the Craft", not "Legacyof"),
/// and what is no text (an icon's SVG <c>&lt;title&gt;</c>, a button's label, a script) is left out. <c>TextContent</c> runs those words
/// together or adds the hidden text.
/// </summary>
internal static class HeadlineText
{
    /// <summary>The heading's visible text, with a space where a line break or a block sets its parts apart; not yet collapsed.</summary>
    public static string Of(IElement heading)
    {
        if (!heading.HasChildNodes)
        {
            return string.Empty;
        }

        if (heading.ChildNodes.Length == 1 && heading.ChildNodes[0] is IText only)
        {
            return only.Data;
        }

        var builder = BuilderCache.Acquire();
        var walk = new Walk(builder);
        DomWalker.Walk(heading, ref walk);
        return BuilderCache.ToStringAndRelease(builder);
    }

    private static readonly string[] BlockClasses = Vocabulary.Words("titles", "headline-block-classes");

    /// <summary>
    /// Whether a utility class shows an inline tag as a block ("&lt;span class="block"&gt;", "md:block"): a sub-headline
    /// set in a span ("Garden Tools&lt;span class="block"&gt;Our Picks&lt;/span&gt;") reads a word apart.
    /// </summary>
    private static bool ShownAsBlock(IElement element)
    {
        if (element.GetAttribute("class") is not { } classValue)
        {
            return false;
        }

        var text = classValue.AsSpan();
        foreach (var part in text.SplitAny(" \t\n\r\f"))
        {
            var token = text[part];
            var bare = token[(token.LastIndexOf(':') + 1)..];
            foreach (var word in BlockClasses)
            {
                if (bare.SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Text only a screen reader gets ("&lt;span class="visually-hidden"&gt;Collection: &lt;/span&gt;Lamps") or that the
    /// markup hides: no part of the heading a reader sees. Not what is only <c>aria-hidden</c>: a count or an icon kept
    /// from screen readers is still on the screen.
    /// </summary>
    private static bool IsHidden(IElement element, TagTraits traits)
    {
        var attributes = NoiseAttributes.Of(element);
        return attributes.AriaHidden is null
            ? Cleaning.NoiseClassifier.Classify(element, traits, out _) == Cleaning.NoiseKind.Hidden
            : Cleaning.NoiseClassifier.IsHidden(attributes with { AriaHidden = null });
    }

    /// <summary>The text with a space at each line break and at each block's edges; no hidden or non-content text.</summary>
    private readonly struct Walk(StringBuilder text) : IDomVisitor
    {
        public bool EnterElement(Element element)
        {
            var traits = Tags.Of(element);
            if ((traits & TagTraits.NonContent) != 0 || IsHidden(element, traits))
            {
                return false;
            }

            if ((traits & (TagTraits.LineBreak | TagTraits.Block)) != 0 || ShownAsBlock(element))
            {
                text.Append(' ');
            }

            return true;
        }

        public bool EnterOther(INode node)
        {
            if (node is IText t)
            {
                text.Append(t.Data);
            }

            return false;
        }

        public void Exit(Element element)
        {
            if ((Tags.Of(element) & TagTraits.Block) != 0 || ShownAsBlock(element))
            {
                text.Append(' ');
            }
        }
    }
}
