using System.Buffers;

namespace ArticleExtract.Sniffing;

/// <summary>
/// A page's decoded text in a buffer rented from the shared pool (<see cref="InputSniffer.ToPooledText"/>): the
/// document parsed from it reads its text from it, so <see cref="Dispose"/> returns it only once nothing reads that
/// document any more. Each extraction rents its own.
/// </summary>
internal sealed class PooledText : IDisposable
{
    // Buffers held and not yet returned on this thread (an extraction runs on one thread): lets the tests show that
    // every path out of an extraction, exceptions included, gives its buffer back.
    [ThreadStatic]
    private static int t_outstanding;

    private char[]? _buffer;

    internal PooledText(char[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
        t_outstanding++;
    }

    /// <summary>Buffers held on this thread and not yet returned.</summary>
    internal static int OutstandingOnThisThread => t_outstanding;

    /// <summary>The number of characters of text at the start of the buffer.</summary>
    public int Length { get; private set; }

    /// <summary>The text.</summary>
    public ReadOnlyMemory<char> Memory
    {
        get
        {
            ObjectDisposedException.ThrowIf(_buffer is null, this);
            return _buffer.AsMemory(0, Length);
        }
    }

    /// <summary>The same buffer, its text cut to its first <paramref name="length"/> characters.</summary>
    internal PooledText Cut(int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length);
        Length = length;
        return this;
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            t_outstanding--;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
