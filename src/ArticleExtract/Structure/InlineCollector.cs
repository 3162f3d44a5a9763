using System.Text;

namespace ArticleExtract.Structure;

/// <summary>
/// Accumulates the inline content of one paragraph (or list item, cell, caption) as the tree walk meets it:
/// collapses white space the way a browser renders it, keeps links and formatting (strong, emphasis, code, sub,
/// sup, struck) as separate runs, turns <c>&lt;br&gt;</c> into a line-break run, and tracks how much of the text is bold
/// (to spot bold pseudo-headings).
/// </summary>
internal sealed class InlineCollector
{
    private const int StyleCount = 6;

    private readonly List<Inline> _inlines = [];
    private readonly StringBuilder _run;
    private readonly int[] _styleDepth = new int[StyleCount];
    private string? _href;
    private string? _title;
    private InlineStyle _style;
    private bool _pendingSpace;
    private int _visible;

    // An element's edge was passed since the last visible character, and that character; whether one of the edges was
    // a subscript's or superscript's (a formula's "CO2", an ordinal's "21st": one word however it meets).
    private bool _edge;
    private bool _scriptEdge;
    private char _last;

    public InlineCollector()
        : this(new StringBuilder())
    {
    }

    private InlineCollector(StringBuilder run) => _run = run;

    /// <summary>
    /// A collector for a reading nested in this one's (a quote's own blocks), writing its runs in this one's builder:
    /// a builder of its own, grown chunk by chunk from 16 characters for every quote, was about 0.3 MB of garbage an
    /// extraction on the 100× scaling page. Shared only while this collector holds no run (so after a flush), and
    /// the nested reading flushes its last paragraph before this one goes on.
    /// </summary>
    public InlineCollector ForNested() => _run.Length == 0 ? new InlineCollector(_run) : new InlineCollector();

    /// <summary>Characters (not white space) collected so far.</summary>
    public int VisibleChars => _visible;

    /// <summary>Visible characters that were not inside bold markup.</summary>
    public int PlainChars { get; private set; }

    /// <summary>Visible characters inside links.</summary>
    public int LinkChars { get; private set; }

    /// <summary>Whether the last thing collected was a line break with nothing after it.</summary>
    public bool EndsWithLineBreak => _run.Length == 0 && _inlines.Count > 0 && _inlines[^1].IsLineBreak;

    public bool IsEmpty => _visible == 0;

    /// <summary>The last visible character collected (meaningful only when something was).</summary>
    public char LastChar => _last;

    /// <summary>The formatting an element's tag gives its text; <see cref="InlineStyle.None"/> for any other tag.</summary>
    public static InlineStyle StyleOf(string localName) => localName switch
    {
        "strong" or "b" => InlineStyle.Strong,
        "em" or "i" => InlineStyle.Emphasis,
        "code" or "kbd" or "samp" or "tt" => InlineStyle.Code,
        "sub" => InlineStyle.Subscript,
        "sup" => InlineStyle.Superscript,
        // <ins>, <mark> and <u> stay plain: inserted text is the current text, a highlight (often a site search's
        // hits) changes no meaning, and an underline is presentation that a reader would take for a link.
        "del" or "s" or "strike" => InlineStyle.Deleted,
        _ => InlineStyle.None,
    };

    public void Append(string text, bool bold)
    {
        // A word at a time: the characters between two spaces are appended as one span, and only the first of them
        // can need a space before it (the pending one, or a glued edge's).
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var stop = WordEnd(rest);
            if (stop > 0)
            {
                AppendWord(rest[..stop], bold);
            }

            if (stop == rest.Length)
            {
                return;
            }

            // Zero-width spaces and soft hyphens are invisible; NBSP and the rest are ordinary spaces.
            if (rest[stop] is not ('\u200B' or '\uFEFF' or '\u00AD') && _visible > 0)
            {
                _pendingSpace = true;
            }

            rest = rest[(stop + 1)..];
        }
    }

    /// <summary>Where the first white space or invisible character (zero-width space, BOM, soft hyphen) is, or the length.</summary>
    private static int WordEnd(ReadOnlySpan<char> text)
    {
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            // Printable ASCII is never white space; the test below is for the rest.
            if ((uint)(c - '!') > '~' - '!' && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD'))
            {
                return k;
            }
        }

        return text.Length;
    }

    private void AppendWord(ReadOnlySpan<char> word, bool bold)
    {
        if (_pendingSpace || (_edge && GluedAtEdge(_last, word, _scriptEdge)))
        {
            AppendSpace();
        }

        _run.Append(word);
        _visible += word.Length;
        _edge = false;
        _scriptEdge = false;
        _last = word[^1];
        if (!bold)
        {
            PlainChars += word.Length;
        }

        if (_href is not null)
        {
            LinkChars += word.Length;
        }
    }

    /// <summary>
    /// Passes the start or end of an inline element. Where a word in lower case meets one starting in capitals across it
    /// ("Acme" "Faux leather jacket"), the page lays the two out apart (a flex row, a card's lines): a reader sees two
    /// words. So where a letter meets a digit ("Batteries" "1791": a category and its count, "Windproof" "6": a
    /// rating's label and its score), a number meets a word in capitals ("$108" "MSRP", a part number and "MFR"), or a
    /// word in capitals meets a capitalised word ("ACME" "Trail runner": a shop card's brand and product name): each is
    /// an element of its own because the card sets them apart. Within one element, lower case after a capital (a drop
    /// cap), a digit before lower case (an ordinal's "st", a unit) and a subscript's or superscript's edge (a formula, a
    /// footnote mark), letters stay joined.
    /// </summary>
    /// <param name="style">The formatting of the element whose edge is passed (<see cref="StyleOf"/>).</param>
    public void Edge(InlineStyle style = InlineStyle.None)
    {
        if (_visible > 0)
        {
            _edge = true;
            _scriptEdge |= style is InlineStyle.Subscript or InlineStyle.Superscript;
        }
    }

    private static bool GluedAtEdge(char last, ReadOnlySpan<char> next, bool script)
    {
        var first = next[0];
        if (char.IsLower(last) && char.IsUpper(first))
        {
            return true;
        }

        return !script && IsLatinLetter(last) ? char.IsAsciiDigit(first) || (char.IsUpper(last) && char.IsUpper(first) && next.Length > 1 && char.IsLower(next[1]))
            : !script && char.IsAsciiDigit(last) && char.IsUpper(first) && IsLatinLetter(first);
    }

    // Scripts written without spaces (Chinese, Japanese) put a number inside a word: "第3章" is one token, as a reader has it.
    private static bool IsLatinLetter(char c) => c < '\u0250' && char.IsLetter(c);

    /// <summary>A boundary between blocks inside an inline context (a <c>div</c> inside a list item): a space.</summary>
    public void SoftBreak()
    {
        if (_visible > 0)
        {
            _pendingSpace = true;
        }
    }

    public void LineBreak()
    {
        if (_visible == 0)
        {
            return;
        }

        Flush();
        TrimLastRunEnd();
        _inlines.Add(Inline.LineBreak);
        _pendingSpace = false;
    }

    /// <summary>Enters an element whose tag formats its text (see <see cref="StyleOf"/>); pair with <see cref="EndStyle"/>.</summary>
    public void StartStyle(InlineStyle style)
    {
        if (style == InlineStyle.None)
        {
            return;
        }

        _styleDepth[Bit(style)]++;
        SetStyle();
    }

    public void EndStyle(InlineStyle style)
    {
        if (style == InlineStyle.None || _styleDepth[Bit(style)] == 0)
        {
            return;
        }

        _styleDepth[Bit(style)]--;
        SetStyle();
    }

    public void StartLink(string href, string? title = null)
    {
        if (_pendingSpace)
        {
            AppendSpace();
        }

        Flush();
        _href = href;
        _title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }

    public void EndLink()
    {
        Flush();
        _href = null;
        _title = null;
    }

    /// <summary>Returns the runs collected and resets the collector.</summary>
    public List<Inline> Take()
    {
        FlushAndTrim();
        var result = new List<Inline>(_inlines);
        Reset();
        return result;
    }

    /// <summary>The collected text as one string, and a reset (no list of the runs is made for it).</summary>
    public string TakeText()
    {
        FlushAndTrim();
        var text = InlineText.Join(_inlines);
        Reset();
        return text;
    }

    /// <summary>
    /// The collected text as one string, and its runs when they say more than the string (a link, a format, a line
    /// break); <see langword="null"/> runs for plain text, so a plain cell or caption makes no list. Resets.
    /// </summary>
    public string TakeText(out List<Inline>? runs)
    {
        FlushAndTrim();
        var text = InlineText.Join(_inlines);
        runs = _inlines.Count > 1 || (_inlines.Count == 1 && (_inlines[0].Style != InlineStyle.None || _inlines[0].Href is not null))
            ? new List<Inline>(_inlines)
            : null;
        Reset();
        return text;
    }

    /// <summary>Forgets what was collected, as <see cref="Take"/> would without making the list nobody reads.</summary>
    public void Discard()
    {
        Flush();
        _href = null;
        _title = null;
        Reset();
    }

    private void FlushAndTrim()
    {
        Flush();
        _href = null;
        _title = null;
        // Trim the paragraph's edges: a trailing line break or space carries nothing.
        while (_inlines.Count > 0)
        {
            var last = _inlines[^1];
            var trimmed = last.IsLineBreak ? string.Empty : last.Text.TrimEnd();
            if (trimmed.Length == last.Text.Length)
            {
                break;
            }

            if (trimmed.Length == 0)
            {
                _inlines.RemoveAt(_inlines.Count - 1);
            }
            else
            {
                _inlines[^1] = last with { Text = trimmed };
                break;
            }
        }
    }

    private void Reset()
    {
        _inlines.Clear();
        _visible = 0;
        PlainChars = 0;
        LinkChars = 0;
        _pendingSpace = false;
        _edge = false;
        _scriptEdge = false;
    }

    private static int Bit(InlineStyle style) => System.Numerics.BitOperations.TrailingZeroCount((int)style);

    private void SetStyle()
    {
        var style = InlineStyle.None;
        for (var i = 0; i < StyleCount; i++)
        {
            if (_styleDepth[i] > 0)
            {
                style |= (InlineStyle)(1 << i);
            }
        }

        if (style == _style)
        {
            return;
        }

        // A pending space stays pending: AppendSpace puts it outside the formatted words on either side
        // ("a <b> bold </b> b" is "a ", "bold", " b"), where Markdown's delimiters need it.
        Flush();
        _style = style;
    }

    private void AppendSpace()
    {
        _pendingSpace = false;
        // The space now ends the text: a word after it is not glued to the one before (see GluedAtEdge).
        _last = ' ';
        if (_run.Length > 0)
        {
            if (_run[^1] != ' ')
            {
                _run.Append(' ');
            }

            return;
        }

        // One space between two words, never two: a space already closes the last run (a space placed before a link,
        // then a glued edge inside it; or a space before a link and one inside it).
        if (_inlines.Count > 0 && (_inlines[^1].IsLineBreak || _inlines[^1].Text.EndsWith(' ')))
        {
            return;
        }

        // The space belongs before a link's or a format's text, not inside it.
        if (_href is not null || _style != InlineStyle.None)
        {
            AddInline(" ", null, null, InlineStyle.None);
        }
        else
        {
            _run.Append(' ');
        }
    }

    private void TrimLastRunEnd()
    {
        if (_inlines.Count == 0 || _inlines[^1].IsLineBreak)
        {
            return;
        }

        var last = _inlines[^1];
        var trimmed = last.Text.TrimEnd(' ');
        if (trimmed.Length == 0)
        {
            _inlines.RemoveAt(_inlines.Count - 1);
        }
        else if (trimmed.Length != last.Text.Length)
        {
            _inlines[^1] = last with { Text = trimmed };
        }
    }

    private void Flush()
    {
        if (_run.Length == 0)
        {
            return;
        }

        var text = _run.ToString();
        _run.Clear();
        AddInline(text, _href, _title, _style);
    }

    private void AddInline(string text, string? href, string? title, InlineStyle style)
    {
        if (_inlines.Count > 0)
        {
            var last = _inlines[^1];
            // Plain text, or the same formatting with no link, joins the run before it.
            if (href is null && last.Href is null && last.Style == style && !last.IsLineBreak)
            {
                _inlines[^1] = last with { Text = last.Text + text };
                return;
            }
        }

        if (_inlines.Count == 0 || _inlines[^1].IsLineBreak)
        {
            text = text.TrimStart();
            if (text.Length == 0)
            {
                return;
            }
        }

        _inlines.Add(new Inline(text, href) { Style = style, Title = href is null ? null : title });
    }
}
