using ArticleExtract.Cleaning;

namespace ArticleExtract.Structure;

/// <summary>
/// A printable page, and many a table-layout page, ends on a footer cell of line-broken lines: a copyright notice,
/// then the publisher's address, telephone and e-mail. Read as one paragraph it is too long for the wording filter,
/// which drops a copyright notice standing alone, and a side table of the page's text that the learned decision keeps.
/// A paragraph whose first line is such a notice and whose other lines follow it is that footer, whatever its length
/// up to <see cref="Thresholds.FooterNoticeMaxChars"/>.
/// </summary>
internal static class FooterNotice
{
    /// <summary>Whether the paragraph is a copyright notice over two to <see cref="Thresholds.FooterNoticeMaxLines"/> short lines.</summary>
    public static bool IsFooter(List<Inline> inlines)
    {
        var (lines, chars, firstEnd) = (1, 0, -1);
        for (var k = 0; k < inlines.Count; k++)
        {
            if (inlines[k].IsLineBreak)
            {
                lines++;
                firstEnd = firstEnd < 0 ? k : firstEnd;
            }
            else
            {
                chars += inlines[k].Text.Length;
            }
        }

        return lines >= 2 && lines <= Thresholds.FooterNoticeMaxLines && chars <= Thresholds.FooterNoticeMaxChars
            && IsNotice(InlineText.Join(inlines.GetRange(0, firstEnd)).Trim());
    }

    /// <summary>
    /// A line that opens with the copyright sign or the word followed by a sign or a year ("Copyright 2008 …",
    /// "Copyright © …", "(c) 2008 …"), or that reserves all rights.
    /// </summary>
    internal static bool IsNotice(string line)
    {
        if (line.StartsWith('©') || line.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var rest = line.StartsWith("copyright", StringComparison.OrdinalIgnoreCase) ? line.AsSpan(9).TrimStart()
            : line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase) ? line.AsSpan(3).TrimStart()
            : [];
        return rest.Length > 0 && (rest[0] == '©' || char.IsAsciiDigit(rest[0]) || rest.StartsWith("(c)", StringComparison.OrdinalIgnoreCase));
    }
}
