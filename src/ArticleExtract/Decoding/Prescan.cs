namespace ArticleExtract.Decoding;

/// <summary>
/// The HTML standard's "prescan a byte stream to determine its encoding"
/// (https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding): comments
/// and other tags are skipped the way the tokenizer would, <c>&lt;meta charset&gt;</c> and
/// <c>&lt;meta http-equiv=content-type content="…charset=…"&gt;</c> are read with the standard's attribute rules,
/// and a UTF-16 declaration means UTF-8 (bytes that spell an ASCII <c>&lt;meta&gt;</c> are not UTF-16). One forward
/// pass over bytes, no recursion, no decoding.
/// </summary>
internal static class Prescan
{
    private enum Step { Attribute, None, EndOfInput }

    private static readonly System.Buffers.SearchValues<byte> TagNameEnd = System.Buffers.SearchValues.Create(" \t\n\f\r>"u8);

    /// <summary>The encoding name the first <paramref name="head"/> bytes declare, or <see langword="null"/> (the standard's "failure").</summary>
    public static string? Find(ReadOnlySpan<byte> head)
    {
        // An XML declaration in UTF-16 ("<?x" with NULs between) says what the rest is.
        if (head.StartsWith("<\0?\0x\0"u8))
        {
            return "UTF-16LE";
        }

        if (head.StartsWith("\0<\0?\0x"u8))
        {
            return "UTF-16BE";
        }

        var position = 0;
        while (position < head.Length)
        {
            var rest = head[position..];
            if (rest.StartsWith("<!--"u8))
            {
                // The first "-->" whose '>' comes after the '<': "<!-->" is a whole comment.
                var end = rest[2..].IndexOf("-->"u8);
                if (end < 0)
                {
                    return null;
                }

                position += 2 + end + 2;
            }
            else if (IsMetaStart(rest))
            {
                position += 6;
                var found = Meta(head, ref position);
                if (found is null && position >= head.Length)
                {
                    return null;
                }

                if (found is not null)
                {
                    return found;
                }
            }
            else if (rest.Length >= 2 && rest[0] == '<' && (IsAsciiLetter(rest[1]) || (rest[1] == '/' && rest.Length >= 3 && IsAsciiLetter(rest[2]))))
            {
                var stop = rest.IndexOfAny(TagNameEnd);
                if (stop < 0)
                {
                    return null;
                }

                position += stop;
                Step step;
                while ((step = GetAttribute(head, ref position, out _, out _)) == Step.Attribute)
                {
                }

                if (step == Step.EndOfInput)
                {
                    return null;
                }
            }
            else if (rest.Length >= 2 && rest[0] == '<' && rest[1] is (byte)'!' or (byte)'/' or (byte)'?')
            {
                var close = rest.IndexOf((byte)'>');
                if (close < 0)
                {
                    return null;
                }

                position += close;
            }

            position++;
        }

        return null;
    }

    private static bool IsMetaStart(ReadOnlySpan<byte> rest) =>
        rest.Length >= 6 && rest[0] == '<' && (rest[1] | 0x20) == 'm' && (rest[2] | 0x20) == 'e' && (rest[3] | 0x20) == 't'
        && (rest[4] | 0x20) == 'a' && rest[5] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r' or (byte)'/';

    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>The attributes of one <c>&lt;meta&gt;</c>; the encoding it declares, or <see langword="null"/>.</summary>
    private static string? Meta(ReadOnlySpan<byte> head, ref int position)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var gotPragma = false;
        bool? needPragma = null;
        string? charset = null;
        Step step;
        while ((step = GetAttribute(head, ref position, out var nameAt, out var valueAt)) == Step.Attribute)
        {
            var name = Lowered(head[nameAt]);
            if (!seen.Add(name))
            {
                continue;
            }

            switch (name)
            {
                case "http-equiv":
                    gotPragma |= Lowered(head[valueAt]) == "content-type";
                    break;
                case "content" when charset is null:
                    if (FromContent(Lowered(head[valueAt])) is { } label && EncodingLabels.TryGetName(label, out var fromContent))
                    {
                        charset = fromContent;
                        needPragma = true;
                    }

                    break;
                case "charset":
                    // "get an encoding" may fail; the attribute still decides that no pragma is needed.
                    charset = EncodingLabels.TryGetName(Lowered(head[valueAt]), out var fromCharset) ? fromCharset : null;
                    needPragma = false;
                    break;
            }
        }

        if (step == Step.EndOfInput || needPragma is null || (needPragma == true && !gotPragma) || charset is null)
        {
            return null;
        }

        return charset switch
        {
            "UTF-16BE" or "UTF-16LE" => "UTF-8",
            EncodingLabels.XUserDefined => "windows-1252",
            _ => charset,
        };
    }

    /// <summary>
    /// The standard's "get an attribute", over bytes: where the name and the value lie (each a run of bytes, read as
    /// Latin-1 and lowercased by <see cref="Lowered"/>). Only a meta's attributes are read as strings: the other tags'
    /// were about 44 KB a page of strings and builders on pages whose head declares no charset early.
    /// </summary>
    private static Step GetAttribute(ReadOnlySpan<byte> head, ref int position, out Range name, out Range value)
    {
        name = value = default;
        while (position < head.Length && (IsSpace(head[position]) || head[position] == '/'))
        {
            position++;
        }

        if (position >= head.Length)
        {
            return Step.EndOfInput;
        }

        if (head[position] == '>')
        {
            return Step.None;
        }

        var start = position;
        while (true)
        {
            if (position >= head.Length)
            {
                return Step.EndOfInput;
            }

            var b = head[position];
            if (b == '=' && position > start)
            {
                name = start..position;
                position++;
                break;
            }

            if (IsSpace(b))
            {
                name = start..position;
                while (position < head.Length && IsSpace(head[position]))
                {
                    position++;
                }

                if (position >= head.Length)
                {
                    return Step.EndOfInput;
                }

                if (head[position] != '=')
                {
                    return Step.Attribute;
                }

                position++;
                break;
            }

            if (b is (byte)'/' or (byte)'>')
            {
                name = start..position;
                return Step.Attribute;
            }

            position++;
        }

        return Value(head, ref position, out value);
    }

    private static Step Value(ReadOnlySpan<byte> head, ref int position, out Range value)
    {
        value = default;
        while (position < head.Length && IsSpace(head[position]))
        {
            position++;
        }

        if (position >= head.Length)
        {
            return Step.EndOfInput;
        }

        var first = head[position];
        if (first is (byte)'"' or (byte)'\'')
        {
            var close = head[(position + 1)..].IndexOf(first);
            if (close < 0)
            {
                return Step.EndOfInput;
            }

            value = (position + 1)..(position + 1 + close);
            position += close + 2;
            return Step.Attribute;
        }

        if (first == '>')
        {
            return Step.Attribute;
        }

        var start = position;
        while (true)
        {
            if (position >= head.Length)
            {
                return Step.EndOfInput;
            }

            var b = head[position];
            if (IsSpace(b) || b == '>')
            {
                value = start..position;
                return Step.Attribute;
            }

            position++;
        }
    }

    /// <summary>Bytes as Latin-1 characters, ASCII letters lowercased.</summary>
    private static string Lowered(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = Lower(bytes[i]);
        }

        return new string(chars);
    }

    private static char Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (char)(b | 0x20) : (char)b;

    /// <summary>The standard's "extract a character encoding from a meta element", on a <c>content</c> value.</summary>
    public static string? FromContent(string content)
    {
        var position = 0;
        while (true)
        {
            var at = content.IndexOf("charset", position, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            position = at + 7;
            while (position < content.Length && IsSpace(content[position]))
            {
                position++;
            }

            if (position >= content.Length || content[position] != '=')
            {
                // Search again from just before the character that was not '='.
                continue;
            }

            position++;
            while (position < content.Length && IsSpace(content[position]))
            {
                position++;
            }

            if (position >= content.Length)
            {
                return null;
            }

            var c = content[position];
            if (c is '"' or '\'')
            {
                var close = content.IndexOf(c, position + 1);
                return close < 0 ? null : content[(position + 1)..close];
            }

            var end = position;
            while (end < content.Length && !IsSpace(content[end]) && content[end] != ';')
            {
                end++;
            }

            return content[position..end];
        }
    }
}
