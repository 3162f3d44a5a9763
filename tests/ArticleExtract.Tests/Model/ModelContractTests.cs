using System.Collections;
using System.Text;
using System.Text.Json;

namespace ArticleExtract.Tests.Model;

/// <summary>
/// An article is immutable and safe to share: no list it hands out can be cast back and changed, equal parts hash
/// alike, and every rendering is the same however often and in whatever order it is asked for.
/// </summary>
public sealed class ModelContractTests
{
    private const string Page = """
        <html lang="en"><head><title>Harbour works begin | City Herald</title>
        <meta name="author" content="Ana Ruiz"><meta name="keywords" content="harbour, works, city">
        <meta property="article:published_time" content="2024-03-05T10:00:00+01:00"></head><body><article>
        <h1>Harbour works begin</h1>
        <p>The council began the long-awaited harbour works on Monday, closing the <a href="/quay">north quay</a> to traffic for the next six months while the old sea wall is rebuilt.</p>
        <p>Engineers expect the new wall to protect the old town from the winter storms that flooded its streets twice in the last three years, the council said in a statement.</p>
        <h2>What changes</h2>
        <ul><li>The ferry moves to the <b>south pier</b> from April.<ul><li>Tickets stay valid.</li></ul></li><li>Parking on the quay ends on Friday for good.</li></ul>
        <blockquote><p>We have waited for this wall for twenty years, and the town needs it now.</p><footer>Harbour master</footer></blockquote>
        <table><caption>Timetable</caption><tr><th>Phase</th><th>Months</th></tr><tr><td>Demolition</td><td>2</td></tr><tr><td>Rebuilding</td><td>4</td></tr></table>
        <figure><img src="/wall.jpg" alt="The old wall"><figcaption>The old sea wall before the works.</figcaption></figure>
        <p>Residents can follow the works on the council's site, where a weekly report will show what has been done and what comes next on the quay.</p>
        </article></body></html>
        """;

    private static Article Read() => new ArticleExtractor().Extract(Page, new Uri("https://news.example.com/2024/03/harbour"));

    [Fact]
    public void No_list_of_the_model_can_be_cast_back_and_changed()
    {
        var article = Read();
        Assert.Contains(article.Sections.SelectMany(s => s.Blocks), b => b is ListBlock);
        Assert.Contains(article.Sections.SelectMany(s => s.Blocks), b => b is TableBlock);
        Assert.Contains(article.Sections.SelectMany(s => s.Blocks), b => b is QuoteBlock);
        Assert.NotEmpty(article.Authors);
        Assert.NotEmpty(article.Tags);
        var lists = new List<(string Where, IEnumerable List)>
        {
            ("Authors", article.Authors), ("Tags", article.Tags), ("Sections", article.Sections),
        };
        foreach (var section in article.Sections)
        {
            lists.Add(("Section.Blocks", section.Blocks));
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p:
                        lists.Add(("ParagraphBlock.Inlines", p.Inlines));
                        break;
                    case QuoteBlock q:
                        lists.Add(("QuoteBlock.Paragraphs", q.Paragraphs));
                        break;
                    case TableBlock t:
                        lists.Add(("TableBlock.Rows", t.Rows));
                        lists.AddRange(t.Rows.Select(r => ("TableBlock.Rows[i]", (IEnumerable)r)));
                        break;
                    case ListBlock l:
                        var stack = new Stack<ListBlock>([l]);
                        while (stack.Count > 0)
                        {
                            var list = stack.Pop();
                            lists.Add(("ListBlock.Items", list.Items));
                            foreach (var item in list.Items)
                            {
                                lists.Add(("ListItem.Inlines", item.Inlines));
                                lists.Add(("ListItem.Children", item.Children));
                                foreach (var child in item.Children)
                                {
                                    stack.Push(child);
                                }
                            }
                        }

                        break;
                }
            }
        }

        foreach (var (where, list) in lists)
        {
            var changeable = list is Array array ? array.Length > 0 : list is IList { IsReadOnly: false };
            Assert.False(changeable, $"{where} is a {list.GetType().Name} a caller can change");
        }
    }

    [Fact]
    public void A_list_given_to_a_model_record_is_not_handed_out_to_be_changed()
    {
        var inlines = new List<Inline> { new("one") };
        var paragraph = new ParagraphBlock(inlines);
        Assert.False(paragraph.Inlines is List<Inline>);
        var section = new Section("Heading", 2, new List<Block> { paragraph });
        Assert.False(section.Blocks is List<Block>);
        Assert.False((section with { Blocks = new List<Block>() }).Blocks is List<Block>);
        var table = new TableBlock(new List<IReadOnlyList<TableCell>> { new List<TableCell> { new("a") } }, 0);
        Assert.False(table.Rows is List<IReadOnlyList<TableCell>>);
        Assert.False(table.Rows[0] is List<TableCell>);
        Assert.Equal("a", table.Text);
    }

    [Fact]
    public void Two_readings_of_a_page_are_equal_and_hash_alike()
    {
        var (a, b) = (Read(), Read());
        Assert.NotSame(a.Sections, b.Sections);
        for (var i = 0; i < a.Sections.Count; i++)
        {
            Assert.Equal(a.Sections[i], b.Sections[i]);
            Assert.Equal(a.Sections[i].GetHashCode(), b.Sections[i].GetHashCode());
            for (var j = 0; j < a.Sections[i].Blocks.Count; j++)
            {
                Assert.Equal(a.Sections[i].Blocks[j], b.Sections[i].Blocks[j]);
                Assert.Equal(a.Sections[i].Blocks[j].GetHashCode(), b.Sections[i].Blocks[j].GetHashCode());
            }
        }

        Assert.Equal(a.Published, b.Published);
        Assert.Equal(a.Published.GetHashCode(), b.Published.GetHashCode());
    }

    [Fact]
    public void Renderings_are_pure_and_repeatable()
    {
        var article = Read();
        var first = (article.ToJson(), article.ToJson(indented: true), article.ToMarkdown(), article.ToMarkdown(frontMatter: true), article.ToHtml(), article.ToText(), article.ToText(header: true));
        var body = article.Body;
        var second = (article.ToText(header: true), article.ToText(), article.ToHtml(), article.ToMarkdown(frontMatter: true), article.ToMarkdown(), article.ToJson(indented: true), article.ToJson());
        Assert.Equal(first, (second.Item7, second.Item6, second.Item5, second.Item4, second.Item3, second.Item2, second.Item1));
        Assert.Equal(body, article.Body);
        Assert.Equal(Encoding.UTF8.GetBytes(article.ToJson()), article.ToJsonUtf8());
        Assert.Equal(Encoding.UTF8.GetBytes(article.ToJson(indented: true)), article.ToJsonUtf8(indented: true));
    }

    [Fact]
    public void Json_parses_with_System_Text_Json_under_the_documented_names()
    {
        var article = Read();
        using var json = JsonDocument.Parse(article.ToJson());
        var root = json.RootElement;
        Assert.Equal(article.Title, root.GetProperty("title").GetString());
        Assert.Equal(article.Url, root.GetProperty("url").GetString());
        Assert.Equal(article.Authors, root.GetProperty("authors").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(article.Tags, root.GetProperty("tags").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(article.WordCount, root.GetProperty("wordCount").GetInt32());
        Assert.Equal(article.Sections.Count, root.GetProperty("sections").GetArrayLength());
        Assert.Equal(article.Body, root.GetProperty("body").GetString());
        using var indented = JsonDocument.Parse(article.ToJson(indented: true));
        Assert.Equal(JsonSerializer.Serialize(root), JsonSerializer.Serialize(indented.RootElement));
    }
    public static TheoryData<string, Func<object>> NullParts() => new()
    {
        { "inlines", () => new ParagraphBlock(null!) },
        { "items", () => new ListBlock(true, null!) },
        { "Inlines", () => new ListItem(null!, []) },
        { "Children", () => new ListItem([], null!) },
        { "Children", () => new ListItem([], []) with { Children = null! } },
        { "Paragraphs", () => new QuoteBlock(null!) },
        { "Rows", () => new TableBlock(null!, 0) },
        { "Rows", () => new TableBlock([[new TableCell("a")], null!], 0) },
        { "Text", () => new TableCell(null!) },
        { "Code", () => new CodeBlock(null!) },
        { "Code", () => new CodeBlock("x = 1") with { Code = null! } },
        { "Source", () => new ImageBlock(null!) },
        { "Text", () => new Inline(null!) },
        { "Text", () => new Inline("a") with { Text = null! } },
        { "Blocks", () => new Section(null, 0, null!) },
        { "sections", () => new Article(ArticleMetadata.Empty, null!, ExtractionOutcome.Extracted) },
    };

    [Theory]
    [MemberData(nameof(NullParts))]
    public void A_model_part_made_with_null_for_a_required_value_throws_at_once_naming_it(string name, Func<object> make)
    {
        // Some of these were taken and failed later, in Text or a rendering, with a NullReferenceException; some threw
        // that exception from the constructor itself.
        var thrown = Assert.ThrowsAny<ArgumentException>(make);
        Assert.Equal(name, thrown.ParamName);
    }
}
