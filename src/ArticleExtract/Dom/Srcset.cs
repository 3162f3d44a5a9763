using System.Globalization;

namespace ArticleExtract.Dom;

/// <summary>
/// The HTML standard's "parse a srcset attribute"
/// (https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute): a candidate's URL runs to the
/// next white space, so commas inside it (image-CDN transformations such as <c>w_800,h_600</c>) stay in the URL; a
/// comma ends a candidate only after white space or at the URL's end; descriptors are <c>Nw</c>, <c>Nx</c> and
/// <c>Nh</c>, and a candidate with an invalid or conflicting descriptor is dropped. One pass, no allocation per
/// character beyond the descriptors.
/// </summary>
internal static class Srcset
{
    /// <summary>A candidate: its URL and its width (w) or density (x); a candidate without descriptors is 1x.</summary>
    public readonly record struct Candidate(string Url, int? Width, double Density);

    public static List<Candidate> Parse(string input)
    {
        var candidates = new List<Candidate>();
        var position = 0;
        var descriptors = new List<string>();
        // One builder for every candidate's descriptors (each is emptied before Descriptors returns): a new one per
        // candidate was most of the builders an extraction made, a responsive image listing half a dozen sizes.
        var current = new System.Text.StringBuilder();
        while (true)
        {
            while (position < input.Length && (IsSpace(input[position]) || input[position] == ','))
            {
                position++;
            }

            if (position >= input.Length)
            {
                return candidates;
            }

            var start = position;
            while (position < input.Length && !IsSpace(input[position]))
            {
                position++;
            }

            var url = input[start..position];
            descriptors.Clear();
            if (url.EndsWith(','))
            {
                url = url.TrimEnd(',');
            }
            else
            {
                position = Descriptors(input, position, descriptors, current);
            }

            if (url.Length > 0 && Describe(descriptors) is { } size)
            {
                candidates.Add(new Candidate(url, size.Width, size.Density));
            }
        }
    }

    /// <summary>The candidate a reader wants: the widest, else the densest; <see langword="null"/> when there is none.</summary>
    public static string? Largest(string srcset, Func<string, bool> skip)
    {
        string? best = null;
        var bestWidth = -1;
        var bestDensity = -1.0;
        foreach (var c in Parse(srcset))
        {
            if (skip(c.Url))
            {
                continue;
            }

            // Width candidates say more about size than density ones; among widths the largest, else the densest.
            var better = c.Width is { } w
                ? w > bestWidth
                : bestWidth < 0 && c.Density > bestDensity;
            if (better)
            {
                best = c.Url;
                bestWidth = c.Width ?? bestWidth;
                bestDensity = c.Width is null ? c.Density : bestDensity;
            }
        }

        return best;
    }

    /// <summary>The standard's descriptor tokenizer: white-space separated, a comma ends the list, parentheses group.</summary>
    private static int Descriptors(string input, int position, List<string> descriptors, System.Text.StringBuilder current)
    {
        while (position < input.Length && IsSpace(input[position]))
        {
            position++;
        }

        var inParens = false;
        for (; position < input.Length; position++)
        {
            var c = input[position];
            if (inParens)
            {
                current.Append(c);
                inParens = c != ')';
                continue;
            }

            if (IsSpace(c))
            {
                Flush(current, descriptors);
            }
            else if (c == ',')
            {
                Flush(current, descriptors);
                return position + 1;
            }
            else
            {
                current.Append(c);
                inParens = c == '(';
            }
        }

        Flush(current, descriptors);
        return position;
    }

    private static void Flush(System.Text.StringBuilder current, List<string> descriptors)
    {
        if (current.Length > 0)
        {
            descriptors.Add(current.ToString());
            current.Clear();
        }
    }

    /// <summary>The standard's descriptor parser: null when a descriptor is invalid or conflicts with another.</summary>
    private static (int? Width, double Density)? Describe(List<string> descriptors)
    {
        int? width = null;
        double? density = null;
        int? height = null;
        foreach (var d in descriptors)
        {
            var value = d.AsSpan(0, d.Length - 1);
            switch (d[^1])
            {
                case 'w' when width is null && density is null && IsDigits(value)
                    && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w > 0:
                    width = w;
                    break;
                case 'x' when width is null && density is null && height is null && IsFloat(value)
                    && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x >= 0:
                    density = x;
                    break;
                case 'h' when height is null && density is null && IsDigits(value)
                    && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h > 0:
                    height = h;
                    break;
                default:
                    return null;
            }
        }

        if (height is not null && width is null)
        {
            return null;
        }

        return (width, density ?? 1);
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    // A valid floating-point number: optional '-', digits with an optional fraction, optional exponent (no '+' sign
    // in front, no leading '.', no "Infinity" or "NaN"), which double.TryParse alone would accept.
    private static bool IsFloat(ReadOnlySpan<char> s) =>
        !s.IsEmpty && (char.IsAsciiDigit(s[0]) || (s[0] == '-' && s.Length > 1 && char.IsAsciiDigit(s[1]))) && !s.ContainsAnyExcept(FloatChars);

    private static readonly System.Buffers.SearchValues<char> FloatChars = System.Buffers.SearchValues.Create("0123456789.eE-+");

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
