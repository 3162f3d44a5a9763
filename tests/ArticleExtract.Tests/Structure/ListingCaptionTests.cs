namespace ArticleExtract.Tests.Structure;

/// <summary>
/// Issue 10 (documentation pages): a figure that frames a code listing or a table and no image labels it with its
/// caption ("Listing 3-2: …"), which the text refers to: the caption is read. A photo's caption stays out of the
/// running text.
/// </summary>
public sealed class ListingCaptionTests
{
    private const string Chapter = """
        <!DOCTYPE html><html lang="en"><head><title>Borrowing - The Widget Language Book</title></head><body>
        <nav class="sidebar"><ol><li><a href="ch01.html">Getting started</a></li><li><a href="ch02.html">Borrowing</a></li></ol></nav>
        <main><h1>Borrowing</h1>
        <p>A reference lets a function read a value without taking it over. Listing 3-1 passes a reference to a string into a function that measures it.</p>
        <figure class="listing">
        <pre><code>fn main() {
            let greeting = String::from("hello");
            let size = measure(&amp;greeting);
        }</code></pre>
        <figcaption>Listing 3-1: Passing a reference to a function that measures a string</figcaption>
        </figure>
        <p>The caller still owns the string after the call, so it can use it again. The diagram below shows the reference pointing at the owner.</p>
        <figure><img src="/img/borrow.svg" alt="A reference pointing at its owner"><figcaption>Photo credit: the diagram team</figcaption></figure>
        <p>Mutable references come with one rule: while one exists, no other reference to the same value may be used.</p>
        </main>
        <footer>© Widget Language contributors</footer>
        </body></html>
        """;

    [Fact]
    public void A_code_listings_caption_is_read_and_a_photos_is_not()
    {
        var body = ArticleExtractor.Default.Extract(Chapter, new Uri("https://doc.widget-lang.example/book/ch02.html")).Body;
        Assert.Contains("Listing 3-1: Passing a reference to a function that measures a string", body, StringComparison.Ordinal);
        Assert.Contains("no other reference to the same value may be used", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo credit", body, StringComparison.Ordinal);
    }
}
