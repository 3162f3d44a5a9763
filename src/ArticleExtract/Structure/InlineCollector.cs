using System.Text;

namespace ArticleExtract.Structure;

/// <summary>
/// Accumulates the inline content of one paragraph (or list item, cell, caption) as the tree walk meets it:
/// collapses white space the way a browser renders it, keeps links as separate runs, turns <c>&lt;br&gt;</c> into
/// a line break, and tracks how much of the text is bold (to spot bold pseudo-headings).
/// </summary>
internal sealed class InlineCollector
{
    private readonly List<Inline> _inlines = [];
    private readonly StringBuilder _run = new();
    private string? _href;
    private bool _pendingSpace;
    private int _visible;

    /// <summary>Characters (not white space) collected so far.</summary>
    public int VisibleChars => _visible;

    /// <summary>Visible characters that were not inside bold markup.</summary>
    public int PlainChars { get; private set; }

    /// <summary>Visible characters inside links.</summary>
    public int LinkChars { get; private set; }

    /// <summary>Whether the last thing collected was a line break with nothing after it.</summary>
    public bool EndsWithLineBreak => _run.Length > 0 && _run[^1] == '\n';

    public bool IsEmpty => _visible == 0;

    public void Append(string text, bool bold)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF' || c == '\u00AD')
            {
                // Zero-width spaces and soft hyphens are invisible; NBSP and the rest are ordinary spaces.
                if (c is '\u200B' or '\uFEFF' or '\u00AD')
                {
                    continue;
                }

                if (_visible > 0)
                {
                    _pendingSpace = true;
                }

                continue;
            }

            if (_pendingSpace)
            {
                AppendSpace();
            }

            _run.Append(c);
            _visible++;
            if (!bold)
            {
                PlainChars++;
            }

            if (_href is not null)
            {
                LinkChars++;
            }
        }
    }

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

        if (_href is not null)
        {
            Flush();
        }

        TrimRunEnd();
        _run.Append('\n');
        _pendingSpace = false;
    }

    public void StartLink(string href)
    {
        if (_pendingSpace)
        {
            AppendSpace();
        }

        Flush();
        _href = href;
    }

    public void EndLink()
    {
        Flush();
        _href = null;
    }

    /// <summary>Returns the runs collected and resets the collector.</summary>
    public List<Inline> Take()
    {
        Flush();
        _href = null;
        // Trim the paragraph's edges: a trailing line break or space carries nothing.
        while (_inlines.Count > 0)
        {
            var last = _inlines[^1];
            var trimmed = last.Text.TrimEnd();
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

        var result = new List<Inline>(_inlines);
        _inlines.Clear();
        _visible = 0;
        PlainChars = 0;
        LinkChars = 0;
        _pendingSpace = false;
        return result;
    }

    /// <summary>The collected text as one string, and a reset.</summary>
    public string TakeText() => InlineText.Join(Take());

    private void AppendSpace()
    {
        _pendingSpace = false;
        if (_run.Length > 0)
        {
            if (_run[^1] != '\n')
            {
                _run.Append(' ');
            }

            return;
        }

        // The space belongs before a link's text, not inside it.
        if (_href is not null)
        {
            AddInline(" ", null);
        }
        else
        {
            _run.Append(' ');
        }
    }

    private void TrimRunEnd()
    {
        while (_run.Length > 0 && _run[^1] == ' ')
        {
            _run.Length--;
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
        AddInline(text, _href);
    }

    private void AddInline(string text, string? href)
    {
        if (href is null && _inlines.Count > 0 && _inlines[^1].Href is null)
        {
            _inlines[^1] = new Inline(_inlines[^1].Text + text);
            return;
        }

        if (_inlines.Count == 0 && href is null)
        {
            text = text.TrimStart();
            if (text.Length == 0)
            {
                return;
            }
        }

        _inlines.Add(new Inline(text, href));
    }
}
