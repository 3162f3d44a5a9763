using ArticleExtract.Cleaning;

namespace ArticleExtract.Kinds;

/// <summary>
/// On a product page, a block whose words are, run for run, almost all those of one block before it is left out. A shop
/// often prints its description and its selling points twice, and not always alike: a copy for small screens beside
/// the one for large ones, wrapped or punctuated differently; the bar of selling points printed once as one line and
/// again as its separate badges. <see cref="KindReader.WithoutRepeats"/> drops only copies that are the same to the
/// character. Here a block goes when at least <see cref="Thresholds.KindProductRepeatShare"/> of its runs of three
/// words appear in one earlier block or heading: runs of words, not words, so that two paragraphs on the same subject
/// (sharing most of their words in other orders) both stay. Short blocks (a price, a colour, a size) are never weighed:
/// the same few words stand in many places for good reasons. Nor is a sentence that an earlier block many times its
/// length only quotes (<see cref="Thresholds.KindProductRepeatMinPart"/>): a page may say a feature again in another
/// setting (a card under "use cases" after the paragraph that introduced it). Not on other kinds of page, where a
/// sentence said again is more often meant (measured on WCXB-dev tuning pages: on service pages, listings, articles
/// and documentation as many pages lost as gained, or more).
/// </summary>
internal static class RepeatedBlocks
{
    /// <summary>The sections without the blocks that repeat an earlier block or heading almost word for word.</summary>
    /// <param name="sections">The page's sections, in reading order.</param>
    /// <returns>The sections, the same list when nothing repeats.</returns>
    public static IReadOnlyList<Section> Without(IReadOnlyList<Section> sections)
    {
        var seen = new SeenRuns();
        HashSet<Block>? repeats = null;
        foreach (var section in sections)
        {
            if (section.Heading is { } heading)
            {
                seen.Add(Runs(heading, out _));
            }

            foreach (var block in section.Blocks)
            {
                if (block is ImageBlock)
                {
                    continue;
                }

                var runs = Runs(block.Text, out var words);
                if (runs is not null && words >= Thresholds.KindProductRepeatMinWords && seen.Repeats(runs))
                {
                    (repeats ??= new HashSet<Block>(ReferenceEqualityComparer.Instance)).Add(block);
                }

                seen.Add(runs);
            }
        }

        return repeats is null ? sections : SectionFilter.Keep(sections, block => !repeats.Contains(block));
    }

    /// <summary>The distinct hashes of the text's runs of three words, or null when it has fewer than three words.</summary>
    internal static HashSet<int>? Runs(string text, out int words)
    {
        words = 0;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Words compared ignoring case, as the page's reader counts them.
        HashSet<int>? runs = null;
        int first = 0, second = 0;
        var span = text.AsSpan();
        var position = 0;
        while (WordSpans.Next(span, ref position, out var start, out var length))
        {
            var word = string.GetHashCode(span.Slice(start, length), StringComparison.OrdinalIgnoreCase);
            if (++words >= 3)
            {
                (runs ??= []).Add(HashCode.Combine(first, second, word));
            }

            (first, second) = (second, word);
        }

        return runs;
    }

    /// <summary>The runs of the blocks and headings read so far, each with the blocks that hold it.</summary>
    private sealed class SeenRuns
    {
        private readonly Dictionary<int, List<int>> _holders = [];
        // Clear() costs the dictionary's capacity whenever it holds anything, and one block sharing runs with
        // thousands of earlier ones grows that capacity for every later call: past this many entries it is replaced
        // instead, a cost the call that filled it has already paid.
        private const int SharedKeptCapacity = 1024;

        private Dictionary<int, int> _shared = [];
        private readonly List<int> _sizes = [];

        /// <summary>
        /// Whether one earlier block holds enough of <paramref name="runs"/>, and is not so much longer that the runs are
        /// only a sentence of it (<see cref="Thresholds.KindProductRepeatMinPart"/>).
        /// </summary>
        public bool Repeats(HashSet<int> runs)
        {
            if (_shared.Count > SharedKeptCapacity)
            {
                _shared = [];
            }
            else
            {
                _shared.Clear();
            }

            var needed = Thresholds.KindProductRepeatShare * runs.Count;
            var largest = runs.Count / Thresholds.KindProductRepeatMinPart;
            foreach (var run in runs)
            {
                if (!_holders.TryGetValue(run, out var holders))
                {
                    continue;
                }

                foreach (var holder in holders)
                {
                    var shared = (_shared.TryGetValue(holder, out var count) ? count : 0) + 1;
                    if (shared >= needed && _sizes[holder] <= largest)
                    {
                        return true;
                    }

                    _shared[holder] = shared;
                }
            }

            return false;
        }

        /// <summary>Remembers a block's or a heading's runs (none for one of fewer than three words).</summary>
        public void Add(HashSet<int>? runs)
        {
            var block = _sizes.Count;
            _sizes.Add(runs?.Count ?? 0);
            if (runs is null)
            {
                return;
            }

            foreach (var run in runs)
            {
                if (!_holders.TryGetValue(run, out var holders))
                {
                    _holders[run] = [block];
                }
                else if (holders.Count < Thresholds.KindProductRepeatMaxHolders)
                {
                    holders.Add(block);
                }
            }
        }
    }
}
