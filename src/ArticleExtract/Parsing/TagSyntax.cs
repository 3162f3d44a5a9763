using System.Runtime.CompilerServices;

namespace ArticleExtract.Parsing;

/// <summary>
/// The tokenizer's view of markup that the <see cref="NestingGuard"/> needs: where tag names, tags, comments and raw
/// text end, read as AngleSharp's HTML5 tokenizer reads them, so that the guard and the parser agree on where every
/// tag starts and ends (a stray quote or '=' must not hide tags from the guard).
/// </summary>
internal static class TagSyntax
{
    /// <summary>
    /// Where a run of name characters ends: a tag name at white space, '/' or '&gt;'; an attribute name also at '='; an
    /// unquoted value at white space or '&gt;' only. Names and unquoted values are a few characters long, too short for
    /// a vectorised search to pay for its set-up; one table lookup per character replaces the eight comparisons.
    /// </summary>
    private static int RunEnd(ReadOnlySpan<char> span, int from, bool slash, bool equals)
    {
        var stops = RunStop.Always | (slash ? RunStop.Slash : 0) | (equals ? RunStop.Equals : 0);
        var table = RunStops;
        for (var k = from; k < span.Length; k++)
        {
            var c = span[k];
            if (c < (uint)table.Length && (table[c] & stops) != 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Where a tag name that starts at <paramref name="from"/> ends (white space, '/', '&gt;' or the end of the
    /// markup), read in one pass with its lower-case characters packed into <paramref name="key"/> as
    /// <see cref="TagNames.Pack"/> packs them (the last eight when it is longer) and whether it holds an ASCII capital
    /// (<see cref="RunStop.Upper"/>) or a character outside ASCII (<see cref="RunStop.Wide"/>).</summary>
    internal static int TagNameEnd(ReadOnlySpan<char> span, int from, out ulong key, out RunStop seen)
    {
        const RunStop stops = RunStop.Always | RunStop.Slash;
        var table = RunStops;
        seen = RunStop.None;
        key = 0;
        var k = from;
        for (; k < span.Length; k++)
        {
            var c = span[k];
            if (c >= (uint)table.Length)
            {
                seen |= RunStop.Wide;
                continue;
            }

            var kind = table[c];
            if ((kind & stops) != 0)
            {
                break;
            }

            seen |= kind;
            key = (key << 8) | ((kind & RunStop.Upper) != 0 ? c | 0x20u : c);
        }

        return k;
    }

    [Flags]
    internal enum RunStop : byte
    {
        None = 0,
        /// <summary>White space and '&gt;' end every run.</summary>
        Always = 1,
        Slash = 2,
        Equals = 4,
        /// <summary>An ASCII capital: ends no run, but a tag name holding one is lower-cased.</summary>
        Upper = 8,
        /// <summary>Not in the table: a character outside ASCII (seen in a tag name, which then has no packed key).</summary>
        Wide = 16,
    }

    private static readonly RunStop[] RunStops = BuildRunStops();

    private static RunStop[] BuildRunStops()
    {
        var table = new RunStop[128];
        foreach (var c in " \t\n\r\f>")
        {
            table[c] = RunStop.Always;
        }

        table['/'] = RunStop.Slash;
        table['='] = RunStop.Equals;
        for (var c = 'A'; c <= 'Z'; c++)
        {
            table[c] = RunStop.Upper;
        }

        return table;
    }

    /// <summary>Where <see cref="NextAttribute"/> stopped.</summary>
    private enum AttributeStop : byte
    {
        /// <summary>After an attribute: the next one, or the tag's end, follows.</summary>
        Attribute,
        /// <summary>At the tag's '&gt;'.</summary>
        TagEnd,
        /// <summary>At the '&gt;' of a "/&gt;".</summary>
        SelfClosingEnd,
        /// <summary>The markup ended inside the tag.</summary>
        MarkupEnd,
    }

    /// <summary>An attribute's name and value as <see cref="NextAttribute"/> found them; the value is empty (-1, -1)
    /// when there is no '=', and <see cref="Quoted"/> when the value was written in quotes (the quotes left out).</summary>
    private readonly record struct AttributeSpan(int NameStart, int NameEnd, int ValueStart, int ValueEnd, bool Quoted);

    /// <summary>
    /// The '&gt;' that ends a tag, found as the tokenizer's attribute states find it, so that the guard and the parser
    /// agree on where quoted values start and end (a stray quote or '=' must not hide tags from the guard): the
    /// attributes from <paramref name="from"/> (just after the tag name) are read one by one until the tag ends.
    /// </summary>
    internal static (int Gt, bool SelfClosing) FindTagEnd(ReadOnlySpan<char> span, int from)
    {
        var k = from;
        AttributeStop stop;
        while ((stop = NextAttribute(span, ref k, out _)) == AttributeStop.Attribute)
        {
        }

        // Tested one by one rather than by a switch, which the JIT made an indirect jump after every attribute.
        return stop == AttributeStop.TagEnd ? (k, false) : stop == AttributeStop.SelfClosingEnd ? (k, true) : (-1, false);
    }

    /// <summary>
    /// Where the quoted value of the attribute <paramref name="name"/> (ASCII, lower case) lies in a tag's attributes (the
    /// markup between its name and its '&gt;'), read with the same attribute states as <see cref="FindTagEnd"/>; empty
    /// when the tag has no such attribute or its value is not quoted (an unquoted value left out would let the next
    /// attribute become the value).
    /// </summary>
    internal static (int From, int To) QuotedValue(ReadOnlySpan<char> attributes, ReadOnlySpan<char> name)
    {
        var k = 0;
        while (NextAttribute(attributes, ref k, out var attribute) == AttributeStop.Attribute)
        {
            if (attribute.Quoted && attributes[attribute.NameStart..attribute.NameEnd].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return (attribute.ValueStart, attribute.ValueEnd);
            }
        }

        return default;
    }

    /// <summary>
    /// Reads one attribute from <paramref name="k"/> as the tokenizer's attribute states read it, and leaves
    /// <paramref name="k"/> after it, or at the '&gt;' that ends the tag (the length of the markup when it ends first).
    /// The states are written as the method's structure rather than a state variable: white space, the name, white
    /// space, '=' and the value; the states that treat every character alike (before a name, after a quoted value,
    /// after a '/' that no '&gt;' follows) all lead back to the top. Names and unquoted values end at a table's stop
    /// characters; quoted values are skipped with a vectorised search.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static AttributeStop NextAttribute(ReadOnlySpan<char> span, ref int k, out AttributeSpan attribute)
    {
        attribute = default;
        while (true)
        {
            // Before an attribute name (also after a quoted value, an unquoted one or a lone '/').
            k = SkipSpace(span, k);
            if (k >= span.Length)
            {
                return AttributeStop.MarkupEnd;
            }

            var c = span[k];
            if (c == '>')
            {
                return AttributeStop.TagEnd;
            }

            if (c != '/')
            {
                break;
            }

            // Self-closing start tag state: only a '>' right after the slash counts; anything else is read again
            // before an attribute name.
            if (++k < span.Length && span[k] == '>')
            {
                return AttributeStop.SelfClosingEnd;
            }
        }

        // An attribute name: its first character whatever it is ('=' and quotes included), then up to white space,
        // '/', '>' or '='. After it, white space; then anything but '=' is read again before a new name.
        var nameStart = k;
        var nameEnd = RunEnd(span, k + 1, slash: true, equals: true);
        if (nameEnd < 0)
        {
            k = span.Length;
            return AttributeStop.MarkupEnd;
        }

        k = SkipSpace(span, nameEnd);
        if (k >= span.Length || span[k] != '=')
        {
            attribute = new AttributeSpan(nameStart, nameEnd, -1, -1, false);
            return k >= span.Length ? AttributeStop.MarkupEnd : AttributeStop.Attribute;
        }

        k = SkipSpace(span, k + 1);
        if (k >= span.Length)
        {
            return AttributeStop.MarkupEnd;
        }

        // No value before the '>': the tag ends. A quoted value ends at its quote; an unquoted one at white space or
        // '>' ('/' and quotes are its own).
        var quote = span[k];
        if (quote == '>')
        {
            return AttributeStop.TagEnd;
        }

        var quoted = quote is '"' or '\'';
        var valueEnd = quoted ? IndexFrom(span, k + 1, quote) : RunEnd(span, k + 1, slash: false, equals: false);
        if (valueEnd < 0)
        {
            k = span.Length;
            return AttributeStop.MarkupEnd;
        }

        attribute = new AttributeSpan(nameStart, nameEnd, quoted ? k + 1 : k, valueEnd, quoted);
        k = quoted ? valueEnd + 1 : valueEnd;
        return AttributeStop.Attribute;
    }

    /// <summary>The first character from <paramref name="from"/> on that is not the tokenizer's white space (the length
    /// of the span when there is none; <paramref name="from"/> itself when it is negative, a run that found no end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipSpace(ReadOnlySpan<char> span, int from)
    {
        var k = from;
        while ((uint)k < (uint)span.Length && IsSpace(span[k]))
        {
            k++;
        }

        return k;
    }

    // The tokenizer's white space (tab, line feed, form feed, carriage return, space) as bits: most characters tested
    // are not white space, and leave at the first comparison.
    private const ulong SpaceBits = (1UL << '\t') | (1UL << '\n') | (1UL << '\f') | (1UL << '\r') | (1UL << ' ');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c <= ' ' && ((SpaceBits >> c) & 1) != 0;

    /// <summary>Where a markup declaration (a comment, a CDATA section in SVG or MathML, a doctype or a bogus comment)
    /// that starts at <paramref name="lt"/> ends, and for a comment closed by "--&gt;" or "--!&gt;" where the two
    /// dashes that close it start (<paramref name="textEnd"/>: its text runs from <c>lt + 4</c> up to there, save the
    /// extra dashes of "---&gt;", which the tokenizer keeps in the text); -1 for anything else.</summary>
    internal static int SkipMarkupDeclaration(ReadOnlySpan<char> span, int lt, bool foreign, out int textEnd)
    {
        textEnd = -1;
        if (span[lt..].StartsWith("<!--", StringComparison.Ordinal))
        {
            // "<!-->" and "<!--->" are whole (empty) comments, and "--!>" also ends one: skipping further would
            // hide from the guard tags that the parser sees.
            var body = span[(lt + 4)..];
            if (body.StartsWith(">"))
            {
                return lt + 5;
            }

            if (body.StartsWith("->"))
            {
                return lt + 6;
            }

            // The comment ends at "--" followed by any further dashes (the tokenizer's comment-end state keeps
            // "---" in the comment) and then '>' or "!>": "<!----->" is a whole comment.
            var end = body.IndexOf("--", StringComparison.Ordinal);
            while (end >= 0)
            {
                var k = end + 2;
                while (k < body.Length && body[k] == '-')
                {
                    k++;
                }

                var after = body[k..];
                if (after.StartsWith(">"))
                {
                    textEnd = lt + 4 + k - 2;
                    return lt + 4 + k + 1;
                }

                if (after.StartsWith("!>"))
                {
                    textEnd = lt + 4 + k - 2;
                    return lt + 4 + k + 2;
                }

                var again = after.IndexOf("--", StringComparison.Ordinal);
                end = again < 0 ? -1 : k + again;
            }

            return span.Length;
        }

        // CDATA sections exist only in SVG and MathML; in HTML "<![CDATA[" opens a bogus comment that ends at '>'.
        if (foreign && span[lt..].StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            var end = span[(lt + 9)..].IndexOf("]]>", StringComparison.Ordinal);
            return end < 0 ? span.Length : lt + 9 + end + 3;
        }

        return SkipTo(span, lt + 2, '>');
    }

    private static int IndexFrom(ReadOnlySpan<char> span, int from, char c)
    {
        var rel = span[from..].IndexOf(c);
        return rel < 0 ? -1 : from + rel;
    }

    internal static int SkipTo(ReadOnlySpan<char> span, int from, char c)
    {
        var rel = span[from..].IndexOf(c);
        return rel < 0 ? span.Length : from + rel + 1;
    }

    /// <summary>Where the raw text from <paramref name="from"/> ends: at the first "&lt;/" followed by
    /// <paramref name="name"/> (case-blind), or at the end of the markup; <paramref name="commentOpen"/> tells whether
    /// the text up to there holds "&lt;!--", read at the '&lt;'s the search stops at anyway instead of in a second pass
    /// over the text.</summary>
    internal static int SkipRawText(ReadOnlySpan<char> span, int from, ReadOnlySpan<char> name, out bool commentOpen)
    {
        // The first "</" followed by the name: a search for '<' alone (the packed single-character search reads twice
        // the characters of a two-character one per step; '<' is rare in code and style sheets), then a look behind it.
        commentOpen = false;
        var k = from;
        while (k < span.Length)
        {
            var rel = span[k..].IndexOf('<');
            if (rel < 0)
            {
                return span.Length;
            }

            var lt = k + rel;
            var at = lt + 2;
            if (at + name.Length <= span.Length && span[lt + 1] == '/' && span.Slice(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                // The end tag is scanned as a tag of its own.
                return lt;
            }

            commentOpen = commentOpen || span[(lt + 1)..].StartsWith("!--", StringComparison.Ordinal);
            k = lt + 1;
        }

        return span.Length;
    }
}
