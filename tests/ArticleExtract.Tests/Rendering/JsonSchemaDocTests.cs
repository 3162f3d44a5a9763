using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleExtract.Tests.Docs;

namespace ArticleExtract.Tests.Rendering;

/// <summary>
/// The README's JSON paragraph is the schema consumers code against: the JSON of an article holding every block kind
/// (every optional field set) must use only the names it documents, each block kind only those documented for it, and
/// every name documented for a block kind must be emitted (as a field, or a value such as a mark).
/// </summary>
public sealed partial class JsonSchemaDocTests
{
    private static readonly string[] Kinds = ["paragraph", "list", "quote", "table", "code", "image"];

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"\b[a-z][A-Za-z]*\b")]
    private static partial Regex Name();

    /// <summary>The README's JSON paragraph: from "JSON (`ToJson()`" to "Text is written as".</summary>
    private static string Paragraph()
    {
        var readme = File.ReadAllText(Path.Combine(DocSnippetTests.RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("JSON (`ToJson()`", StringComparison.Ordinal);
        var end = readme.IndexOf("Text is written as", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README's JSON paragraph not found");
        return readme[start..end].Replace('\n', ' ');
    }

    /// <summary>The lower-camel names inside backticks.</summary>
    private static HashSet<string> Names(string text) =>
        [.. Backticked().Matches(text).SelectMany(m => Name().Matches(m.Groups[1].Value)).Select(m => m.Value)];

    /// <summary>Each block kind's part of the paragraph: from "`kind` (" to the next kind's.</summary>
    private static Dictionary<string, string> KindParts(string paragraph)
    {
        var starts = Kinds.Select(k => (Kind: k, At: paragraph.IndexOf("`" + k + "` (", StringComparison.Ordinal))).OrderBy(t => t.At).ToList();
        Assert.All(starts, s => Assert.True(s.At >= 0, $"README documents no block kind {s.Kind}"));
        var parts = new Dictionary<string, string>();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].At : paragraph.Length;
            parts[starts[i].Kind] = paragraph[starts[i].At..end];
        }

        return parts;
    }

    private static Article EveryBlockKind()
    {
        var link = new Inline("the plan", "https://news.example.com/plan") { Title = "The plan" };
        var nested = new ListBlock(true, [new ListItem([new Inline("inner")], [])]) { Start = 3, Reversed = true };
        var list = new ListBlock(true, [new ListItem([new Inline("See "), link, Inline.LineBreak, new Inline("bold") { Style = InlineStyle.Strong }], [nested]), new ListItem([new Inline("plain")], []) { Value = 9 }])
        {
            Start = 5,
            Reversed = true,
        };
        Inline[] runs = [new Inline("Read "), link, Inline.LineBreak, new Inline("now") { Style = InlineStyle.Strong | InlineStyle.Emphasis | InlineStyle.Code | InlineStyle.Subscript | InlineStyle.Superscript | InlineStyle.Deleted }];
        var metadata = new ArticleMetadata
        {
            Title = "Title", MetaTitle = "Meta title", Authors = ["Ann"], SiteName = "Site", Language = "en", Excerpt = "Excerpt", Url = "https://news.example.com/a",
            LeadImage = "https://news.example.com/i.png", Tags = ["tram"], IsAccessibleForFree = true,
        };
        return new Article(metadata,
        [
            new Section(null, 0, [new ParagraphBlock(runs) { IsTerm = true }, list, new QuoteBlock(["Quoted\nsource"], "Ann") { CitationInlines = [new Inline("Ann", "https://news.example.com/ann")], ParagraphInlines = [[new Inline("Quoted"), Inline.LineBreak, new Inline("source", "https://news.example.com/q") { Title = "Source", Style = InlineStyle.Emphasis }]] }]),
            new Section("Data", 2, [new TableBlock([[new TableCell("h", true)], [new TableCell("c", ColumnSpan: 2), new TableCell("old\nthe plan") { Inlines = [new Inline("old") { Style = InlineStyle.Deleted }, Inline.LineBreak, link] }]], 1, "Caption") { CaptionInlines = [new Inline("Caption") { Style = InlineStyle.Emphasis }] }, new CodeBlock("x = 1", "python"), new ImageBlock("https://news.example.com/i.png", "Alt", "Cap\ntion") { CaptionInlines = [new Inline("Cap", "https://news.example.com/c") { Title = "C", Style = InlineStyle.Emphasis }, Inline.LineBreak, new Inline("tion")] }]),
        ], ExtractionOutcome.Extracted);
    }

    /// <summary>Every property name under <paramref name="element"/>, and every string value of an array (marks).</summary>
    private static (HashSet<string> Properties, HashSet<string> Values) Emitted(JsonElement element)
    {
        var properties = new HashSet<string>();
        var values = new HashSet<string>();
        var stack = new Stack<JsonElement>([element]);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    properties.Add(p.Name);
                    stack.Push(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        values.Add(item.GetString()!);
                    }

                    stack.Push(item);
                }
            }
        }

        return (properties, values);
    }

    [Fact]
    public void Every_field_emitted_is_documented_for_its_place()
    {
        var paragraph = Paragraph();
        var parts = KindParts(paragraph);
        var firstKind = parts.Values.Min(p => paragraph.IndexOf(p, StringComparison.Ordinal));
        var articleNames = Names(paragraph[..firstKind]);
        using var json = JsonDocument.Parse(EveryBlockKind().ToJson());

        foreach (var field in json.RootElement.EnumerateObject())
        {
            Assert.True(articleNames.Contains(field.Name), $"the article's \"{field.Name}\" is not in the README");
        }

        var sections = json.RootElement.GetProperty("sections");
        foreach (var field in sections[0].EnumerateObject())
        {
            Assert.True(articleNames.Contains(field.Name), $"a section's \"{field.Name}\" is not in the README");
        }

        var blocks = sections.EnumerateArray().SelectMany(s => s.GetProperty("blocks").EnumerateArray()).ToList();
        Assert.Equal(Kinds.Order(), blocks.Select(b => b.GetProperty("type").GetString()!).Order());
        foreach (var block in blocks)
        {
            var kind = block.GetProperty("type").GetString()!;
            var documented = Names(parts[kind]);
            var (properties, values) = Emitted(block);
            foreach (var name in properties.Where(n => n is not ("type" or "text")))
            {
                Assert.True(documented.Contains(name), $"a {kind}'s \"{name}\" is not in the README's part for {kind}");
            }

            foreach (var name in documented.Where(n => n != kind))
            {
                Assert.True(properties.Contains(name) || values.Contains(name), $"the README gives a {kind} \"{name}\", which its JSON does not have");
            }
        }
    }
}
