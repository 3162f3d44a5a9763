namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Utility-class frameworks write arbitrary values into class names ("mr-[--sidebar-width]"): a CSS variable named
/// after a layout part is no role of the element, and the byline inside is the article's.
/// </summary>
public class UtilityClassTests
{
    private static Article Extract(string wrapperClass) => ArticleExtractor.Default.Extract(
        $"""
        <!DOCTYPE html><html lang="en"><head><title>Choosing a private cloud</title></head><body><main>
        <h1>Choosing a private cloud</h1>
        <div class="{wrapperClass}"><a href="https://hosting.example.com/blog/authors/ines-calloway">Ines Calloway</a></div>
        <p>A private cloud gives a team its own hardware, and with it the duty to plan capacity a year ahead.</p>
        <p>We compare what the main providers include, from networking to backups, and what each one charges for it.</p>
        </main></body></html>
        """, new Uri("https://hosting.example.com/blog/private-cloud"));

    [Fact]
    public void A_layout_variable_in_an_arbitrary_value_is_no_sidebar()
    {
        Assert.Equal(["Ines Calloway"], Extract("w-full lg:max-2xl:mr-[--sidebar-container-width] [--sidebar-width:18rem]").Authors);
    }

    [Fact]
    public void A_sidebar_class_still_keeps_its_byline_out()
    {
        Assert.Empty(Extract("sidebar w-full").Authors);
    }
}
