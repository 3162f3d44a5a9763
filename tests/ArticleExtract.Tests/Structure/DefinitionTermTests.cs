namespace ArticleExtract.Tests.Structure;

/// <summary>
/// A reference page lists an interface's members as a definition list whose terms are links to each member's own
/// page: the linked term is the name of what its definition describes, not a line of navigation, and stays with it.
/// </summary>
public sealed class DefinitionTermTests
{
    private static readonly ArticleExtractor Extractor = new(new ArticleExtractorOptions { UseSecondOpinion = false });

    private static readonly Uri Url = new("https://docs.example/en/api/Gadget");

    private static readonly (string Name, string Definition)[] Members =
    [
        ("Gadget.binaryType", "The kind of binary data the connection delivers."),
        ("Gadget.bufferedAmount", "The number of bytes of data queued and not yet sent."),
        ("Gadget.protocol", "The sub-protocol the server selected."),
        ("Gadget.close()", "Closes the connection."),
        ("Gadget.send()", "Queues data to be sent to the server."),
    ];

    private static string Page(string terms) => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Gadget - Web APIs</title></head>
        <body><header><nav><a href="/">Docs</a> <a href="/en/api">Web APIs</a></nav></header>
        <main><h1>Gadget</h1>
        <p>The Gadget object provides the interface for opening and managing a gadget connection to a server, and for sending and receiving data on it.</p>
        <p>To make a Gadget, call the Gadget() constructor with the address of the server and an optional list of sub-protocols.</p>
        <section><h2>Members</h2><dl>{{terms}}</dl></section>
        </main><footer><p>Docs by volunteers.</p></footer></body></html>
        """;

    [Fact]
    public void A_linked_term_followed_by_its_definition_is_kept()
    {
        var terms = string.Concat(Members.Select(m =>
            $"<dt><a href=\"/en/api/Gadget/{m.Name}\"><code>{m.Name}</code></a></dt><dd><p>{m.Definition}</p></dd>"));
        var body = Extractor.Extract(Page(terms), Url).Body;
        foreach (var (name, definition) in Members)
        {
            Assert.Contains(name, body, StringComparison.Ordinal);
            Assert.Contains(definition, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Linked_terms_whose_definitions_are_links_stay_out()
    {
        // A site map written as a definition list: each term heads a list of links, none of it described in words.
        var terms = string.Concat(Members.Select(m =>
            $"<dt><a href=\"/en/api/Gadget/{m.Name}\">{m.Name}</a></dt><dd><a href=\"/en/api/Gadget/{m.Name}/a\">Overview of the member</a> <a href=\"/en/api/Gadget/{m.Name}/b\">Examples</a></dd>"));
        var body = Extractor.Extract(Page(terms), Url).Body;
        Assert.DoesNotContain("Gadget.binaryType", body, StringComparison.Ordinal);
        Assert.Contains("Gadget() constructor", body, StringComparison.Ordinal);
    }
}
