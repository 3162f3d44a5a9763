using System.Buffers;

namespace ArticleExtract.Parsing;

/// <summary>
/// What the <see cref="NestingGuard"/> gives the extraction: the page itself when nothing was left out, else the
/// shorter markup in a buffer rented from the shared pool. The document parsed from a rented buffer reads its text
/// from it (AngleSharp keeps the source, and its tokens are slices of it), so the buffer is returned only by
/// <see cref="Dispose"/>, once nothing reads that document any more; each extraction rents its own.
/// </summary>
internal sealed class GuardedMarkup : IDisposable
{
    // Buffers rented and not yet returned on this thread (an extraction runs on one thread): lets the tests show that
    // every path out of an extraction, exceptions included, gives its buffer back.
    [ThreadStatic]
    private static int t_outstanding;

    private readonly ReadOnlyMemory<char> _page;
    private readonly bool _rewritten;
    private char[]? _rented;

    internal GuardedMarkup(ReadOnlyMemory<char> page, char[]? rented, int length, int startTags, int droppedTags)
    {
        _page = page;
        _rented = rented;
        _rewritten = rented is not null;
        t_outstanding += _rewritten ? 1 : 0;
        Length = length;
        StartTags = startTags;
        DroppedTags = droppedTags;
    }

    /// <summary>The start tags the parser will see (over the caller's limit when the guard stopped counting).</summary>
    public int StartTags { get; }

    /// <summary>The start tags dropped for being nested deeper than the cap.</summary>
    public int DroppedTags { get; }

    /// <summary>The length of the markup the parser gets.</summary>
    public int Length { get; }

    /// <summary>The buffer holding the shorter markup (its first <see cref="Length"/> characters), or null when the parser gets the page as it is.</summary>
    public char[]? Rented
    {
        get
        {
            ObjectDisposedException.ThrowIf(_rewritten && _rented is null, this);
            return _rented;
        }
    }

    /// <summary>The markup the parser gets: the page, or the start of the rented buffer.</summary>
    public ReadOnlyMemory<char> Markup => Rented is { } rented ? rented.AsMemory(0, Length) : _page;

    /// <summary>Buffers rented by the guard on this thread and not yet returned.</summary>
    internal static int OutstandingOnThisThread => t_outstanding;

    public void Dispose()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            t_outstanding--;
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
