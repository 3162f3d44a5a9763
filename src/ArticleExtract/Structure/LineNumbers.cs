using AngleSharp.Dom;
using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// The line numbers highlighters write beside code (a table cell, Pygments' and Rouge's "linenos" and "rouge-gutter")
/// or before each line inside it (Pygments' inline "linenos" spans). They are no part of the code: read with it,
/// they would stand as a code block of their own ("1\n2\n3") or be glued to each line ("1x = 1").
/// </summary>
internal static class LineNumbers
{
    /// <summary>
    /// Whether the element, or one of its wrappers up to <see cref="Thresholds.LineNumberWrapperLevels"/> above, is
    /// named a line-number gutter, and the element holds nothing but digits and white space.
    /// </summary>
    public static bool IsGutter(IElement element, int wrapperLevels)
    {
        var named = false;
        var at = element;
        for (var up = 0; at is not null && up <= wrapperLevels && !named; up++, at = at.ParentElement)
        {
            named = HasGutterClass(at);
        }

        return named && OnlyDigits(element.TextContent);
    }

    // Called for every element inside code (each highlighted token), so the class is scanned in place, not split.
    private static bool HasGutterClass(IElement element)
    {
        if (element.GetAttribute("class") is not { Length: > 0 } cls)
        {
            return false;
        }

        var rest = cls.AsSpan();
        while (rest.Length > 0)
        {
            var space = rest.IndexOfAny(' ', '\t', '\n');
            var part = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];
            foreach (var name in Lexicon.LineNumberClasses)
            {
                if (part.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool OnlyDigits(string text)
    {
        var digits = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return digits;
    }
}
