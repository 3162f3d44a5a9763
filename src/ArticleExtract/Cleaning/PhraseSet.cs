using System.Buffers;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A fixed list of phrases, looked for in a text in one pass: the same answer as asking <see cref="string.Contains(string, StringComparison)"/>
/// (ordinal) for each phrase in turn, which scanned a short block's text once per phrase (about ninety scans for the
/// cookie, credit and newsletter lists of every candidate block).
/// </summary>
internal sealed class PhraseSet
{
    private readonly SearchValues<string> _phrases;

    // An empty phrase is in every text (as string.Contains has it); the vocabulary never lists one.
    private readonly bool _empty;

    public PhraseSet(string[] phrases)
    {
        _empty = Array.Exists(phrases, p => p.Length == 0);
        _phrases = SearchValues.Create(phrases.Where(p => p.Length > 0).ToArray(), StringComparison.Ordinal);
    }

    /// <summary>Whether one of the phrases stands in <paramref name="text"/> (ordinal: case matters).</summary>
    public bool FoundIn(ReadOnlySpan<char> text) => _empty || text.ContainsAny(_phrases);
}
