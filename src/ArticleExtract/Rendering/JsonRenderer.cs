using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleExtract.Rendering;

/// <summary>
/// JSON rendering with System.Text.Json's source generator (no reflection, trim-safe). The schema is documented
/// in the README: camelCase, nulls written, blocks tagged by <c>type</c>.
/// </summary>
internal static class JsonRenderer
{
    public static string Render(Article article, bool indented) =>
        JsonSerializer.Serialize(ToDto(article), indented ? ArticleJsonContext.Indented.ArticleDto : ArticleJsonContext.Default.ArticleDto);

    internal static ArticleDto ToDto(Article a)
    {
        var sections = new SectionDto[a.Sections.Count];
        for (var i = 0; i < sections.Length; i++)
        {
            var s = a.Sections[i];
            var blocks = new BlockDto[s.Blocks.Count];
            for (var j = 0; j < blocks.Length; j++)
            {
                blocks[j] = ToDto(s.Blocks[j]);
            }

            sections[i] = new SectionDto(s.Heading, s.Level, blocks);
        }

        return new ArticleDto(
            a.Title, a.Authors, a.Published, a.Modified, a.SiteName, a.Language, a.Excerpt, a.Url, a.LeadImage, a.Tags,
            a.IsAccessibleForFree, sections, a.Body, OutcomeName(a.Outcome), KindName(a.PageKind));
    }

    private static string OutcomeName(ExtractionOutcome outcome) => outcome switch
    {
        ExtractionOutcome.NoArticle => "noArticle",
        ExtractionOutcome.SecondOpinion => "secondOpinion",
        ExtractionOutcome.NotHtml => "notHtml",
        _ => "extracted",
    };

    private static string KindName(PageKind kind) => kind switch
    {
        PageKind.Forum => "forum",
        PageKind.Product => "product",
        PageKind.Listing => "listing",
        PageKind.Documentation => "documentation",
        PageKind.Service => "service",
        _ => "article",
    };

    private static BlockDto ToDto(Block block)
    {
        var dto = new BlockDto { Type = TypeName(block.Type), Text = block.Text };
        switch (block)
        {
            case ParagraphBlock p:
                dto.Links = Links(p.Inlines);
                break;
            case ListBlock l:
                dto.Ordered = l.Ordered;
                dto.Items = Items(l);
                break;
            case QuoteBlock q:
                dto.Citation = q.Citation;
                break;
            case TableBlock t:
                dto.HeaderRows = t.HeaderRowCount;
                dto.Caption = t.Caption;
                var rows = new List<List<CellDto>>(t.Rows.Count);
                foreach (var row in t.Rows)
                {
                    var cells = new List<CellDto>(row.Count);
                    foreach (var c in row)
                    {
                        cells.Add(new CellDto(c.Text, c.IsHeader, c.ColumnSpan));
                    }

                    rows.Add(cells);
                }

                dto.Rows = rows;
                break;
            case CodeBlock c:
                dto.Language = c.Language;
                break;
            case ImageBlock img:
                dto.Src = img.Source;
                dto.Alt = img.Alt;
                dto.Caption = img.Caption;
                break;
        }

        return dto;
    }

    private static List<LinkDto>? Links(IReadOnlyList<Inline> inlines)
    {
        List<LinkDto>? links = null;
        foreach (var inline in inlines)
        {
            if (inline.Href is { Length: > 0 } href)
            {
                (links ??= []).Add(new LinkDto(inline.Text, href));
            }
        }

        return links;
    }

    // Nested lists are turned into nested items with an explicit stack, not recursion.
    private static List<ItemDto> Items(ListBlock root)
    {
        var top = new List<ItemDto>(root.Items.Count);
        var stack = new Stack<(ListBlock List, List<ItemDto> Target)>();
        stack.Push((root, top));
        while (stack.Count > 0)
        {
            var (list, target) = stack.Pop();
            foreach (var item in list.Items)
            {
                var dto = new ItemDto { Text = item.Text, Links = Links(item.Inlines) };
                foreach (var child in item.Children)
                {
                    var childItems = new List<ItemDto>(child.Items.Count);
                    (dto.Lists ??= []).Add(new NestedListDto(child.Ordered, childItems));
                    stack.Push((child, childItems));
                }

                target.Add(dto);
            }
        }

        return top;
    }

    private static string TypeName(BlockType type) => type switch
    {
        BlockType.Paragraph => "paragraph",
        BlockType.List => "list",
        BlockType.Quote => "quote",
        BlockType.Table => "table",
        BlockType.Code => "code",
        _ => "image",
    };
}

internal sealed record ArticleDto(
    string? Title,
    IReadOnlyList<string> Authors,
    DateTimeOffset? Published,
    DateTimeOffset? Modified,
    string? SiteName,
    string? Language,
    string? Excerpt,
    string? Url,
    string? LeadImage,
    IReadOnlyList<string> Tags,
    bool? IsAccessibleForFree,
    IReadOnlyList<SectionDto> Sections,
    string Body,
    string Outcome,
    string PageKind);

internal sealed record SectionDto(string? Heading, int Level, IReadOnlyList<BlockDto> Blocks);

internal sealed class BlockDto
{
    public string Type { get; set; } = "";
    public string Text { get; set; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<LinkDto>? Links { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? Ordered { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<ItemDto>? Items { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Citation { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? HeaderRows { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<List<CellDto>>? Rows { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Language { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Src { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Alt { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Caption { get; set; }
}

internal sealed record LinkDto(string Text, string Href);

internal sealed record CellDto(string Text, bool Header, int ColSpan);

internal sealed class ItemDto
{
    public string Text { get; set; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<LinkDto>? Links { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public List<NestedListDto>? Lists { get; set; }
}

internal sealed record NestedListDto(bool Ordered, List<ItemDto> Items);

// Nested lists can be as deep as the nesting cap allows; the default depth limit of 64 would throw on them.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, MaxDepth = 4096)]
[JsonSerializable(typeof(ArticleDto))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext
{
    public static ArticleJsonContext Indented { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        MaxDepth = 4096,
        WriteIndented = true,
    });
}
