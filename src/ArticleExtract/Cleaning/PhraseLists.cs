namespace ArticleExtract.Cleaning;

/// <summary>
/// Up to 32 fixed lists of phrases, looked for in a text in one pass: for each list, whether one of its phrases stands
/// in the text (or opens it) (ordinal, as <see cref="string.Contains(string, StringComparison)"/> with
/// <see cref="StringComparison.Ordinal"/> tells). Asking each phrase in turn scanned a short block once per phrase
/// (about 150 scans for the cookie, credit and newsletter lists of every candidate block), and .NET's multi-string
/// search falls back to a dictionary per character for lists holding other scripts than Latin.
/// </summary>
/// <remarks>
/// Phrases are filed by a hash of their first two characters, and a bit per hash of their first four (of all three for
/// a phrase of three) tells whether any phrase may start at a position: only those few positions are compared. Two
/// characters let many positions through (common pairs such as "co" or "in" open phrases), each a branch the processor
/// could not foresee; three let about one position in 27 through on AEB-dev's text ("con", "you", "new", and the other
/// languages' "ter", "al ", "en "), four about one in 93.
/// </remarks>
internal sealed class PhraseLists
{
    private const int Slots = 4096;

    private readonly Entry[]?[] _byStart = new Entry[]?[Slots];

    // One bit per slot, set when the slot holds phrases: 512 bytes, read at every position of the text, where the
    // slots' references (32 KB) missed the first-level cache on most reads.
    private readonly ulong[] _filled = new ulong[Slots / 64];

    // Phrases of one character, which have no pair to be filed by.
    private readonly Entry[] _single;

    // One bit per hash of a phrase's first four characters (4 KB), and one per hash of a three-character phrase (as
    // "/ap"); with a phrase of two characters, every position is read through the pairs' bits instead.
    private const int Grams = 1 << 15;
    private readonly ulong[] _quadgrams = new ulong[Grams / 64];
    private readonly ulong[] _trigrams = new ulong[Grams / 64];
    private readonly bool _pairPhrases;
    private readonly bool _triplePhrases;

    private readonly record struct Entry(string Phrase, int Lists);

    /// <summary>Files the phrases of each list; list <c>k</c> answers in bit <c>k</c> of <see cref="FoundIn"/>.</summary>
    public PhraseLists(params string[][] lists)
    {
        if (lists.Length > 32)
        {
            throw new ArgumentException("At most 32 lists.", nameof(lists));
        }

        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < lists.Length; k++)
        {
            foreach (var phrase in lists[k])
            {
                bits[phrase] = bits.GetValueOrDefault(phrase) | (1 << k);
            }
        }

        var single = new List<Entry>();
        var slots = new List<Entry>?[Slots];
        foreach (var (phrase, listBits) in bits)
        {
            if (phrase.Length < 2)
            {
                single.Add(new Entry(phrase, listBits));
                continue;
            }

            (slots[Slot(phrase[0], phrase[1])] ??= []).Add(new Entry(phrase, listBits));
            if (phrase.Length == 2)
            {
                _pairPhrases = true;
            }
            else if (phrase.Length == 3)
            {
                _triplePhrases = true;
                var trigram = Trigram(phrase[0], phrase[1], phrase[2]);
                _trigrams[trigram >> 6] |= 1UL << trigram;
            }
            else
            {
                var quadgram = Quadgram(phrase[0], phrase[1], phrase[2], phrase[3]);
                _quadgrams[quadgram >> 6] |= 1UL << quadgram;
            }
        }

        for (var s = 0; s < Slots; s++)
        {
            _byStart[s] = slots[s]?.ToArray();
            _filled[s >> 6] |= slots[s] is null ? 0 : 1UL << s;
        }

        _single = [.. single];
    }

    /// <summary>Bit <c>k</c> set when a phrase of list <c>k</c> stands in <paramref name="text"/>.</summary>
    public int FoundIn(ReadOnlySpan<char> text)
    {
        var found = 0;
        if (_pairPhrases)
        {
            var filled = _filled;
            for (var i = 0; i + 1 < text.Length; i++)
            {
                var slot = Slot(text[i], text[i + 1]);
                if ((filled[slot >> 6] & (1UL << slot)) != 0)
                {
                    found = StartingAt(text[i..], slot, found);
                }
            }
        }
        else
        {
            // Every phrase here is three characters or longer: none starts in the last two positions, and only one of
            // three in the third last.
            var (quadgrams, trigrams, triples) = (_quadgrams, _trigrams, _triplePhrases);
            for (var i = 0; i + 2 < text.Length; i++)
            {
                var trigram = Trigram(text[i], text[i + 1], text[i + 2]);
                var quadgram = i + 3 < text.Length ? Quadgram(text[i], text[i + 1], text[i + 2], text[i + 3]) : -1;
                if ((quadgram >= 0 && (quadgrams[quadgram >> 6] & (1UL << quadgram)) != 0)
                    || (triples && (trigrams[trigram >> 6] & (1UL << trigram)) != 0))
                {
                    found = StartingAt(text[i..], Slot(text[i], text[i + 1]), found);
                }
            }
        }

        foreach (var entry in _single)
        {
            // An empty phrase stands in every text, as string.Contains has it (the vocabulary lists none).
            if (entry.Phrase.Length == 0 || text.Contains(entry.Phrase[0]))
            {
                found |= entry.Lists;
            }
        }

        return found;
    }

    /// <summary><paramref name="found"/> with the lists of the phrases filed in <paramref name="slot"/> that <paramref name="rest"/> opens with.</summary>
    private int StartingAt(ReadOnlySpan<char> rest, int slot, int found)
    {
        if (_byStart[slot] is { } entries)
        {
            foreach (var entry in entries)
            {
                if ((found & entry.Lists) != entry.Lists && rest.StartsWith(entry.Phrase, StringComparison.Ordinal))
                {
                    found |= entry.Lists;
                }
            }
        }

        return found;
    }

    /// <summary>Bit <c>k</c> set when <paramref name="text"/> opens with a phrase of list <c>k</c>.</summary>
    public int OpeningOf(ReadOnlySpan<char> text)
    {
        var found = 0;
        if (text.Length >= 2 && _byStart[Slot(text[0], text[1])] is { } entries)
        {
            foreach (var entry in entries)
            {
                if (text.StartsWith(entry.Phrase, StringComparison.Ordinal))
                {
                    found |= entry.Lists;
                }
            }
        }

        foreach (var entry in _single)
        {
            if (entry.Phrase.Length == 0 || (text.Length > 0 && text[0] == entry.Phrase[0]))
            {
                found |= entry.Lists;
            }
        }

        return found;
    }

    private static int Slot(char first, char second) => ((first * 31) + second) & (Slots - 1);

    private static int Trigram(char first, char second, char third) => ((((first * 31) + second) * 31) + third) & (Grams - 1);

    private static int Quadgram(char first, char second, char third, char fourth) =>
        ((((((first * 31) + second) * 31) + third) * 31) + fourth) & (Grams - 1);
}
