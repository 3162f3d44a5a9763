using System.Globalization;

namespace ArticleExtract.Dom;

/// <summary>
/// The HTML standard's "parse a srcset attribute"
/// (https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute): a candidate's URL runs to the
/// next white space, so commas inside it (image-CDN transformations such as <c>w_800,h_600</c>) stay in the URL; a
/// comma ends a candidate only after white space or at the URL's end; descriptors are <c>Nw</c>, <c>Nx</c> and
/// <c>Nh</c>, and a candidate with an invalid or conflicting descriptor is dropped. One pass, no allocation per
/// character: the candidates are read in place.
/// </summary>
internal static class Srcset
{
    /// <summary>A candidate: its URL and its width (w) or density (x); a candidate without descriptors is 1x.</summary>
    public readonly record struct Candidate(string Url, int? Width, double Density);

    /// <summary>A test of a candidate's URL, read where it stands in the attribute.</summary>
    public delegate bool UrlTest(ReadOnlySpan<char> url);

    public static List<Candidate> Parse(string input)
    {
        var candidates = new List<Candidate>();
        var position = 0;
        while (Next(input, ref position, out var url, out var width, out var density))
        {
            candidates.Add(new Candidate(input[url], width, density));
        }

        return candidates;
    }

    /// <summary>The candidate a reader wants: the widest, else the densest; <see langword="null"/> when there is none.</summary>
    /// <remarks>
    /// Only the chosen URL is made a string: the candidates are read in place. A list of every candidate, each URL
    /// and descriptor a string of its own, was about 0.6 MB of garbage an extraction on the 100× scaling page (a
    /// responsive image lists half a dozen sizes), made while the page's whole DOM is alive.
    /// </remarks>
    public static string? Largest(string srcset, UrlTest skip)
    {
        Range? best = null;
        var bestWidth = -1;
        var bestDensity = -1.0;
        var position = 0;
        while (Next(srcset, ref position, out var url, out var width, out var density))
        {
            if (skip(srcset.AsSpan()[url]))
            {
                continue;
            }

            // Width candidates say more about size than density ones; among widths the largest, else the densest.
            var better = width is { } w
                ? w > bestWidth
                : bestWidth < 0 && density > bestDensity;
            if (better)
            {
                best = url;
                bestWidth = width ?? bestWidth;
                bestDensity = width is null ? density : bestDensity;
            }
        }

        return best is { } chosen ? srcset[chosen] : null;
    }

    /// <summary>
    /// The next candidate from <paramref name="position"/> (its URL as a range of the input, its width or density),
    /// or false when none is left; a candidate with an invalid or conflicting descriptor is passed over.
    /// </summary>
    private static bool Next(string input, ref int position, out Range url, out int? width, out double density)
    {
        while (true)
        {
            while (position < input.Length && (IsSpace(input[position]) || input[position] == ','))
            {
                position++;
            }

            if (position >= input.Length)
            {
                (url, width, density) = (default, null, 0);
                return false;
            }

            // A URL is tens to hundreds of characters: a vectorised search for its end, where a character at a time
            // cost a comparison chain each.
            var start = position;
            var urlEnd = input.AsSpan(position).IndexOfAny(Spaces);
            position = urlEnd < 0 ? input.Length : position + urlEnd;

            var end = position;
            var size = default(Size);
            if (input[end - 1] == ',')
            {
                // A URL ending in commas ends its candidate: they are not part of it, and it has no descriptors.
                while (end > start && input[end - 1] == ',')
                {
                    end--;
                }
            }
            else
            {
                position = Descriptors(input, position, ref size);
            }

            if (end > start && size.IsValid)
            {
                (url, width, density) = (start..end, size.Width, size.Density ?? 1);
                return true;
            }
        }
    }

    /// <summary>
    /// The standard's descriptor tokenizer: white-space separated, a comma ends the list, parentheses group. A
    /// descriptor is a stretch of the input (what splits two is never part of either), read as it ends.
    /// </summary>
    private static int Descriptors(string input, int position, ref Size size)
    {
        while (position < input.Length && IsSpace(input[position]))
        {
            position++;
        }

        var inParens = false;
        var token = -1;
        for (; position < input.Length; position++)
        {
            var c = input[position];
            if (inParens)
            {
                inParens = c != ')';
                continue;
            }

            if (IsSpace(c))
            {
                Flush(input, ref token, position, ref size);
            }
            else if (c == ',')
            {
                Flush(input, ref token, position, ref size);
                return position + 1;
            }
            else
            {
                token = token < 0 ? position : token;
                inParens = c == '(';
            }
        }

        Flush(input, ref token, position, ref size);
        return position;
    }

    private static void Flush(string input, ref int token, int end, ref Size size)
    {
        if (token >= 0)
        {
            size.Add(input.AsSpan(token, end - token));
            token = -1;
        }
    }

    /// <summary>The standard's descriptor parser, a descriptor at a time: invalid when one is, or conflicts with another.</summary>
    private struct Size
    {
        public int? Width;
        public double? Density;
        public int? Height;
        private bool _invalid;

        public readonly bool IsValid => !_invalid && !(Height is not null && Width is null);

        public void Add(ReadOnlySpan<char> d)
        {
            if (_invalid)
            {
                return;
            }

            var value = d[..^1];
            switch (d[^1])
            {
                case 'w' when Width is null && Density is null && IsDigits(value)
                    && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w > 0:
                    Width = w;
                    break;
                case 'x' when Width is null && Density is null && Height is null && IsFloat(value)
                    && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x >= 0:
                    Density = x;
                    break;
                case 'h' when Height is null && Density is null && IsDigits(value)
                    && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h > 0:
                    Height = h;
                    break;
                default:
                    _invalid = true;
                    break;
            }
        }
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    // A valid floating-point number: optional '-', digits with an optional fraction, optional exponent (no '+' sign
    // in front, no leading '.', no "Infinity" or "NaN"), which double.TryParse alone would accept.
    private static bool IsFloat(ReadOnlySpan<char> s) =>
        !s.IsEmpty && (char.IsAsciiDigit(s[0]) || (s[0] == '-' && s.Length > 1 && char.IsAsciiDigit(s[1]))) && !s.ContainsAnyExcept(FloatChars);

    private static readonly System.Buffers.SearchValues<char> FloatChars = System.Buffers.SearchValues.Create("0123456789.eE-+");

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" \t\n\f\r");
}
