using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.Checksum;
using ICSharpCode.SharpZipLib.Zip.Compression;

namespace ArticleExtract.Warc;

/// <summary>
/// A gzip file read member by member (RFC 1952): the members' contents are one byte stream, as ISO 28500 says,
/// and each member's compressed offset is known. A bad member (corrupt header, data, checksum, or cut short) ends
/// the segment; decoding resumes at the next gzip header found after it.
/// </summary>
internal sealed class GzipMemberSource : IByteSource
{
    private const int InputBufferSize = 64 * 1024;
    private const byte Id1 = 0x1f, Id2 = 0x8b, Deflate = 8;
    private const byte FlagHcrc = 2, FlagExtra = 4, FlagName = 8, FlagComment = 16, ReservedFlags = 0xe0;
    private const string EndsInHeader = "the file ends inside a gzip header";

    /// <summary>The most bytes a member header's file name and comment may hold together, terminators included:
    /// RFC 1952 sets no limit, and no writer comes near this one, so a longer run is a corrupt header (reported,
    /// and decoding resumes at the next gzip header) rather than a read without end.</summary>
    internal const int MaxHeaderText = 1024 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Action<long, string> _onError;
    private readonly byte[] _in = new byte[InputBufferSize];
    private readonly Inflater _inflater = new(noHeader: true);
    private readonly Crc32 _crc = new();

    // The (decompressed position, file offset) of recent member starts, oldest first.
    private readonly Queue<(long Position, long Offset)> _members = new();
    private long _inBase;
    private int _inPos, _inLen;
    private bool _eof;
    private State _state = State.Header;
    private long _memberStart, _memberLength, _position;
    private long _checkedMember = -1;
    private bool _segmentEnded;
    private bool _resyncing;

    public GzipMemberSource(Stream stream, long baseOffset, bool leaveOpen, Action<long, string> onError)
    {
        _stream = stream;
        _inBase = baseOffset;
        _leaveOpen = leaveOpen;
        _onError = onError;
    }

    private enum State
    {
        Header,
        Body,
        Trailer,
        End,
    }

    public bool AtEnd => _state == State.End;

    public void NextSegment() => _segmentEnded = false;

    public long FileOffset(long position)
    {
        while (_members.Count > 1)
        {
            // Drop a member once the next one also starts at or before the position: nobody asks about it again.
            using var e = _members.GetEnumerator();
            e.MoveNext();
            e.MoveNext();
            if (e.Current.Position > position)
            {
                break;
            }

            _members.Dequeue();
        }

        return _members.Count > 0 ? _members.Peek().Offset : _memberStart;
    }

    public int Read(byte[] buffer, int offset, int count)
    {
        while (!_segmentEnded)
        {
            switch (_state)
            {
                case State.Header:
                    if (!ReadHeader())
                    {
                        continue;
                    }

                    break;
                case State.Body:
                    var n = Inflate(buffer, offset, count);
                    if (n > 0)
                    {
                        return n;
                    }

                    break;
                case State.Trailer:
                    ReadTrailer();
                    break;
                default:
                    return 0;
            }
        }

        return 0;
    }

    private bool ReadHeader()
    {
        _memberStart = _inBase + _inPos;
        if (!Ensure(1))
        {
            _state = State.End;
            _segmentEnded = true;
            return false;
        }

        if (!Ensure(10))
        {
            return Fail(EndsInHeader, _memberStart + 1);
        }

        if (_in[_inPos] != Id1 || _in[_inPos + 1] != Id2 || _in[_inPos + 2] != Deflate || (_in[_inPos + 3] & ReservedFlags) != 0)
        {
            return Fail("not a gzip member header", _memberStart + 1);
        }

        // The optional fields are skipped as they stream past, not held in the input buffer: RFC 1952 allows an
        // extra field of 65,535 bytes and a name and comment of any length, longer together than the buffer.
        var flags = _in[_inPos + 3];
        _inPos += 10;
        if ((flags & FlagExtra) != 0)
        {
            if (!Ensure(2))
            {
                return Fail(EndsInHeader, _memberStart + 1);
            }

            var extra = _in[_inPos] | (_in[_inPos + 1] << 8);
            _inPos += 2;
            if (!Skip(extra))
            {
                return Fail(EndsInHeader, _memberStart + 1);
            }
        }

        var text = MaxHeaderText;
        if ((flags & FlagName) != 0 && SkipZeroTerminated(ref text) is { } nameError)
        {
            return Fail(nameError, _memberStart + 1);
        }

        if ((flags & FlagComment) != 0 && SkipZeroTerminated(ref text) is { } commentError)
        {
            return Fail(commentError, _memberStart + 1);
        }

        if ((flags & FlagHcrc) != 0 && !Skip(2))
        {
            return Fail(EndsInHeader, _memberStart + 1);
        }

        _inflater.Reset();
        _crc.Reset();
        _memberLength = 0;
        _members.Enqueue((_position, _memberStart));
        _state = State.Body;
        return true;
    }

    /// <summary>Passes over <paramref name="count"/> bytes of the file; false if it ends first.</summary>
    private bool Skip(int count)
    {
        while (count > 0)
        {
            if (_inPos == _inLen && !Refill())
            {
                return false;
            }

            var n = Math.Min(count, _inLen - _inPos);
            _inPos += n;
            count -= n;
        }

        return true;
    }

    /// <summary>Passes over a zero-terminated header field of at most <paramref name="budget"/> bytes (terminator
    /// included), taking its length from the budget; the reason when the field is cut short or too long.</summary>
    private string? SkipZeroTerminated(ref int budget)
    {
        while (true)
        {
            if (_inPos == _inLen && !Refill())
            {
                return EndsInHeader;
            }

            var available = _in.AsSpan(_inPos, Math.Min(_inLen - _inPos, budget));
            var zero = available.IndexOf((byte)0);
            var n = zero < 0 ? available.Length : zero + 1;
            _inPos += n;
            budget -= n;
            if (zero >= 0)
            {
                return null;
            }

            if (budget == 0)
            {
                return "gzip header name and comment longer than " + (MaxHeaderText / 1024 / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MiB";
            }
        }
    }

    private int Inflate(byte[] buffer, int offset, int count)
    {
        if (_inflater.IsNeedingInput)
        {
            if (_inPos == _inLen && !Refill())
            {
                Fail("the file ends inside a gzip member", _inBase + _inLen);
                return 0;
            }

            _inflater.SetInput(_in, _inPos, _inLen - _inPos);
            _inPos = _inLen;
        }

        int n;
        try
        {
            n = _inflater.Inflate(buffer, offset, count);
        }
        catch (SharpZipBaseException ex)
        {
            Fail("corrupt gzip data: " + ex.Message, _memberStart + 1);
            return 0;
        }

        if (_inflater.IsFinished)
        {
            _inPos = _inLen - _inflater.RemainingInput;
            _state = State.Trailer;
        }
        else if (n == 0 && !_inflater.IsNeedingInput)
        {
            Fail("corrupt gzip data: a preset dictionary is not allowed", _memberStart + 1);
            return 0;
        }

        if (n > 0)
        {
            _crc.Update(new ArraySegment<byte>(buffer, offset, n));
            _memberLength += n;
            _position += n;
            _resyncing = false;
        }

        return n;
    }

    private void ReadTrailer()
    {
        if (!Ensure(8))
        {
            Fail("the file ends inside a gzip trailer", _inBase + _inLen);
            return;
        }

        var crc = BitConverter.ToUInt32(_in, _inPos);
        var size = BitConverter.ToUInt32(_in, _inPos + 4);
        _inPos += 8;
        if (crc != (uint)_crc.Value || size != (uint)_memberLength)
        {
            Fail("gzip checksum or length mismatch", _inBase + _inPos);
            return;
        }

        _resyncing = false;
        _checkedMember = _memberStart;
        _state = State.Header;
    }

    public bool Checked(long offset) => _checkedMember >= offset;

    /// <summary>Reports the bad member (once per run of bad input), ends the segment and moves to the next gzip
    /// header at or after <paramref name="resumeAt"/>.</summary>
    private bool Fail(string message, long resumeAt)
    {
        if (!_resyncing)
        {
            _onError(_memberStart, message);
        }

        _resyncing = true;
        _segmentEnded = true;
        // Within the buffer the resume point needs no seek. A non-seekable stream must move there too: staying on
        // the bad header would find the same magic again and fail on it forever.
        if (resumeAt >= _inBase && resumeAt - _inBase <= _inLen)
        {
            _inPos = (int)(resumeAt - _inBase);
        }
        else if (_stream.CanSeek)
        {
            _stream.Position = resumeAt;
            (_inBase, _inPos, _inLen, _eof) = (resumeAt, 0, 0, false);
        }

        _state = FindMagic() ? State.Header : State.End;
        return false;
    }

    private bool FindMagic()
    {
        while (true)
        {
            var i = _in.AsSpan(_inPos, _inLen - _inPos).IndexOf(Id1);
            if (i < 0)
            {
                _inPos = _inLen;
                if (!Refill())
                {
                    return false;
                }

                continue;
            }

            _inPos += i;
            if (!Ensure(3))
            {
                return false;
            }

            if (_in[_inPos + 1] == Id2 && _in[_inPos + 2] == Deflate)
            {
                return true;
            }

            _inPos++;
        }
    }

    /// <summary>Makes <paramref name="count"/> unread bytes available in the input buffer, if the file has them.</summary>
    private bool Ensure(int count)
    {
        while (_inLen - _inPos < count)
        {
            if (count > InputBufferSize)
            {
                return false;
            }

            if (_inPos > 0)
            {
                Buffer.BlockCopy(_in, _inPos, _in, 0, _inLen - _inPos);
                _inBase += _inPos;
                _inLen -= _inPos;
                _inPos = 0;
            }

            if (!ReadMore())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Replaces the fully consumed input buffer with the next block of the file.</summary>
    private bool Refill()
    {
        _inBase += _inLen;
        _inPos = _inLen = 0;
        return ReadMore();
    }

    private bool ReadMore()
    {
        if (_eof)
        {
            return false;
        }

        var n = _stream.Read(_in, _inLen, InputBufferSize - _inLen);
        if (n == 0)
        {
            _eof = true;
            return false;
        }

        _inLen += n;
        return true;
    }

    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
