using System.Buffers;
using System.Text;
using ArticleExtract.Dom;
using System.Text.Json;

namespace ArticleExtract.Rendering;

/// <summary>
/// JSON rendering, written field by field with a <see cref="Utf8JsonWriter"/> (no reflection, trim-safe). The schema is
/// documented in the README: camelCase, the article's own fields always written (null when missing), a block's
/// optional fields left out when null, blocks tagged by <c>type</c>.
/// </summary>
/// <remarks>
/// Why not the serializer (it rendered DTOs through a source-generated context until 2026-12-06): a custom encoder
/// turns the generated fast path off, so every value went through the converters' metadata, and the encoder's
/// escaping ran one character at a time through <see cref="JsonTextEncoder.WillEncode"/> from a string's first
/// escaped character to its end (the article body, with a line feed between paragraphs, almost whole). Text values
/// are now escaped here a run at a time (<see cref="JsonText"/>) and handed to the writer as finished JSON; the bytes
/// are the same.
/// </remarks>
internal static class JsonRenderer
{
    public static string Render(Article article, bool indented) => Encoding.UTF8.GetString(Write(article, indented).WrittenSpan);

    public static byte[] RenderUtf8(Article article, bool indented) => Write(article, indented).WrittenSpan.ToArray();

    // The thread's buffer, reused: an article's JSON is written into it and copied out once. One that grew past this
    // (a huge page's article) is not kept.
    private const int KeptBufferBytes = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? s_buffer;

    private static ArrayBufferWriter<byte> Write(Article article, bool indented)
    {
        var buffer = s_buffer ?? new ArrayBufferWriter<byte>(16 * 1024);
        s_buffer = null;
        buffer.ResetWrittenCount();
        // Nested lists can be as deep as the nesting cap allows; the writer's default depth limit would throw on them.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonTextEncoder.Instance, Indented = indented, MaxDepth = 4096, SkipValidation = true }))
        {
            WriteArticle(writer, article);
        }

        if (buffer.Capacity <= KeptBufferBytes)
        {
            s_buffer = buffer;
        }

        return buffer;
    }

    private static void WriteArticle(Utf8JsonWriter w, Article a)
    {
        w.WriteStartObject();
        JsonText.Write(w, Names.Title, a.Title);
        JsonText.Write(w, Names.MetaTitle, a.MetaTitle);
        WriteStrings(w, Names.Authors, a.Authors);
        JsonText.Write(w, Names.Published, a.Published?.ToString());
        JsonText.Write(w, Names.Modified, a.Modified?.ToString());
        JsonText.Write(w, Names.SiteName, a.SiteName);
        JsonText.Write(w, Names.Language, a.Language);
        JsonText.Write(w, Names.Excerpt, a.Excerpt);
        JsonText.Write(w, Names.Url, a.Url);
        JsonText.Write(w, Names.LeadImage, a.LeadImage);
        WriteStrings(w, Names.Tags, a.Tags);
        if (a.IsAccessibleForFree is { } free)
        {
            w.WriteBoolean(Names.IsAccessibleForFree, free);
        }
        else
        {
            w.WriteNull(Names.IsAccessibleForFree);
        }

        w.WriteStartArray(Names.Sections);
        foreach (var section in a.Sections)
        {
            w.WriteStartObject();
            JsonText.Write(w, Names.Heading, section.Heading);
            w.WriteNumber(Names.Level, section.Level);
            w.WriteStartArray(Names.Blocks);
            foreach (var block in section.Blocks)
            {
                WriteBlock(w, block);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonText.Write(w, Names.Body, a.Body);
        w.WriteNumber(Names.WordCount, a.WordCount);
        w.WriteNumber(Names.ReadingTimeMinutes, a.ReadingTimeMinutes);
        w.WriteString(Names.Outcome, OutcomeName(a.Outcome));
        w.WriteString(Names.PageKind, KindName(a.PageKind));
        w.WriteEndObject();
    }

    /// <summary>A list of short strings (authors, tags) through the writer's own escaping, which indents array items.</summary>
    private static void WriteStrings(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static JsonEncodedText OutcomeName(ExtractionOutcome outcome) => outcome switch
    {
        ExtractionOutcome.NoArticle => Names.NoArticle,
        ExtractionOutcome.SecondOpinion => Names.SecondOpinion,
        ExtractionOutcome.NotHtml => Names.NotHtml,
        _ => Names.Extracted,
    };

    private static JsonEncodedText KindName(PageKind kind) => kind switch
    {
        PageKind.Forum => Names.Forum,
        PageKind.Product => Names.Product,
        PageKind.Listing => Names.Listing,
        PageKind.Documentation => Names.Documentation,
        PageKind.Service => Names.Service,
        _ => Names.ArticleKind,
    };

    /// <summary>A block: its type and text, then its kind's fields in the schema's order (null ones left out).</summary>
    private static void WriteBlock(Utf8JsonWriter w, Block block)
    {
        w.WriteStartObject();
        w.WriteString(Names.Type, TypeName(block.Type));
        JsonText.Write(w, Names.Text, block.Text);
        switch (block)
        {
            case ParagraphBlock p:
                if (p.IsTerm)
                {
                    w.WriteBoolean(Names.Term, true);
                }

                WriteRuns(w, p.Inlines);
                break;
            case ListBlock l:
                ListWriter.WriteKind(w, l);
                ListWriter.WriteItems(w, l);
                break;
            case QuoteBlock q:
                JsonText.WriteUnlessNull(w, Names.Citation, q.Citation);
                WriteRich(w, Names.CitationInlines, q.CitationInlines);
                WriteQuoteParagraphs(w, q);
                break;
            case TableBlock t:
                WriteTable(w, t);
                break;
            case CodeBlock c:
                JsonText.WriteUnlessNull(w, Names.Language, c.Language);
                break;
            case ImageBlock img:
                JsonText.WriteUnlessNull(w, Names.Src, Followable(img.Source));
                JsonText.WriteUnlessNull(w, Names.Alt, img.Alt);
                JsonText.WriteUnlessNull(w, Names.Caption, img.Caption);
                WriteRich(w, Names.CaptionInlines, img.CaptionInlines);
                break;
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// A quote's <c>paragraphs</c>, each <c>{ text, links, inlines }</c> as a paragraph block's: written only when one
    /// of them has a link or formatting, since <c>text</c> already says a plain quote in full.
    /// </summary>
    private static void WriteQuoteParagraphs(Utf8JsonWriter w, QuoteBlock q)
    {
        var runs = q.ParagraphInlines;
        var rich = false;
        for (var i = 0; i < runs.Count && !rich; i++)
        {
            foreach (var inline in runs[i])
            {
                rich |= inline.Style != InlineStyle.None || inline.Href is not null;
            }
        }

        if (!rich)
        {
            return;
        }

        w.WriteStartArray(Names.Paragraphs);
        for (var i = 0; i < runs.Count; i++)
        {
            w.WriteStartObject();
            JsonText.Write(w, Names.Text, q.Paragraphs[i]);
            WriteRuns(w, runs[i]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTable(Utf8JsonWriter w, TableBlock t)
    {
        w.WriteNumber(Names.HeaderRows, t.HeaderRowCount);
        w.WriteStartArray(Names.Rows);
        foreach (var row in t.Rows)
        {
            w.WriteStartArray();
            foreach (var cell in row)
            {
                w.WriteStartObject();
                JsonText.Write(w, Names.Text, cell.Text);
                w.WriteBoolean(Names.Header, cell.IsHeader);
                w.WriteNumber(Names.ColSpan, cell.ColumnSpan);
                WriteRuns(w, cell.Inlines);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        JsonText.WriteUnlessNull(w, Names.Caption, t.Caption);
        WriteRich(w, Names.CaptionInlines, t.CaptionInlines);
    }

    /// <summary>
    /// A link target or image source the JSON may carry: as the HTML and Markdown renderings, only an http(s) or
    /// relative address. The model keeps what the page wrote (a <c>javascript:</c> link still reads as a link to the
    /// stages that judge link lines), but a consumer showing the JSON's links must not be handed a script URL.
    /// </summary>
    private static string? Followable(string? url) => url is { Length: > 0 } && UrlSafety.IsSafe(url) ? url : null;

    /// <summary>
    /// A paragraph's, list item's or table cell's <c>links</c> (left out when it has none) and <c>inlines</c>: the runs with their
    /// formatting, left out when the text is one plain run, which <c>text</c> already says in full, so plain paragraphs
    /// do not carry their words twice.
    /// </summary>
    internal static void WriteRuns(Utf8JsonWriter w, IReadOnlyList<Inline> inlines)
    {
        var linked = false;
        foreach (var inline in inlines)
        {
            if (Followable(inline.Href) is { } href)
            {
                if (!linked)
                {
                    w.WriteStartArray(Names.Links);
                    linked = true;
                }

                w.WriteStartObject();
                JsonText.Write(w, Names.Text, inline.Text);
                JsonText.Write(w, Names.Href, href);
                JsonText.WriteUnlessNull(w, Names.Title, inline.Title);
                w.WriteEndObject();
            }
        }

        if (linked)
        {
            w.WriteEndArray();
        }

        WriteRich(w, Names.Inlines, inlines);
    }

    /// <summary>
    /// Runs under <paramref name="name"/> (a paragraph's <c>inlines</c>, a caption's <c>captionInlines</c>), left out when
    /// they are none or one plain run, which the text already says in full.
    /// </summary>
    private static void WriteRich(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<Inline> inlines)
    {
        if (inlines.Count == 0 || (inlines.Count == 1 && inlines[0] is { Style: InlineStyle.None, Href: null }))
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var inline in inlines)
        {
            w.WriteStartObject();
            JsonText.Write(w, Names.Text, inline.Text);
            if (inline.IsLineBreak)
            {
                w.WriteBoolean(Names.LineBreak, true);
            }
            else
            {
                if (Followable(inline.Href) is { } href)
                {
                    JsonText.Write(w, Names.Href, href);
                    JsonText.WriteUnlessNull(w, Names.Title, inline.Title);
                }

                WriteMarks(w, inline.Style);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteMarks(Utf8JsonWriter w, InlineStyle style)
    {
        if (style == InlineStyle.None)
        {
            return;
        }

        w.WriteStartArray(Names.Marks);
        if ((style & InlineStyle.Strong) != 0)
        {
            w.WriteStringValue(Names.Strong);
        }

        if ((style & InlineStyle.Emphasis) != 0)
        {
            w.WriteStringValue(Names.Emphasis);
        }

        if ((style & InlineStyle.Code) != 0)
        {
            w.WriteStringValue(Names.Code);
        }

        if ((style & InlineStyle.Subscript) != 0)
        {
            w.WriteStringValue(Names.Subscript);
        }

        if ((style & InlineStyle.Superscript) != 0)
        {
            w.WriteStringValue(Names.Superscript);
        }

        if ((style & InlineStyle.Deleted) != 0)
        {
            w.WriteStringValue(Names.Deleted);
        }

        w.WriteEndArray();
    }

    private static JsonEncodedText TypeName(BlockType type) => type switch
    {
        BlockType.Paragraph => Names.Paragraph,
        BlockType.List => Names.List,
        BlockType.Quote => Names.Quote,
        BlockType.Table => Names.Table,
        BlockType.Code => Names.Code,
        _ => Names.Image,
    };
}
