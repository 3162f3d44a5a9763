namespace ArticleExtract.Structure;

/// <summary>A caption's text as read, and its runs with links and formatting when it has any.</summary>
internal sealed class CaptionRuns(string text, List<Inline>? runs)
{
    public string Text { get; } = text;

    public List<Inline>? Runs { get; } = runs;

    /// <summary>The image with this caption, its runs kept.</summary>
    public ImageBlock On(ImageBlock image)
    {
        var captioned = image with { Caption = Text };
        return Runs is null ? captioned : captioned with { CaptionInlines = Runs };
    }

    /// <summary>
    /// A credit's runs (a quote's footer or its last line), the dash before the name left out as the credit's text
    /// leaves it out; null when the runs say no more than the text, or do not read as it.
    /// </summary>
    public static IReadOnlyList<Inline>? Credit(string? credit, IReadOnlyList<Inline>? runs)
    {
        if (credit is null || runs is null)
        {
            return null;
        }

        var trimmed = new List<Inline>(runs.Count);
        var leading = true;
        foreach (var run in runs)
        {
            var text = leading ? run.Text.TrimStart('—', '–', '-', ' ') : run.Text;
            leading &= text.Length == 0;
            if (text.Length > 0)
            {
                trimmed.Add(text.Length == run.Text.Length ? run : run with { Text = text });
            }
        }

        var rich = false;
        foreach (var run in trimmed)
        {
            rich |= run.Style != InlineStyle.None || run.Href is not null || run.IsLineBreak;
        }

        return rich && string.Equals(InlineText.Join(trimmed), credit, StringComparison.Ordinal) ? trimmed : null;
    }
}
