using AngleSharp.Dom;
using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Parsing;

/// <summary>
/// The guard finds the end of each tag with the tokenizer's attribute states: a '&gt;' or a tag inside a quoted value
/// is not markup, a quote that does not follow '=' is part of a name, a '/' counts as self-closing only right before the
/// '&gt;'. Each page's start tags, as the guard counts them, must be the elements the parser builds from it.
/// </summary>
public sealed class NestingGuardAttributeTests
{
    [Theory]
    [InlineData("<div a=\"x>y\"><span></span></div>")]
    [InlineData("<div a='<span>'></div>")]
    [InlineData("<div a = \"<span>\" ></div>")]
    [InlineData("<div a=\"x\"b=\"<span>\"></div>")]
    [InlineData("<div a=\"x\"/b='<span>'></div>")]
    [InlineData("<div a=b\"<span>c></div>")]
    [InlineData("<div a= ><span></span></div>")]
    [InlineData("<div =\"a><span>b\"></span></div>")]
    [InlineData("<div a/=\"<span>\"></div>")]
    [InlineData("<div/ a=\"<span>\"></div>")]
    [InlineData("<div a\"b=\"<span>\"></div>")]
    [InlineData("<div\ta\n=\r\"<span>\"\f></div>")]
    [InlineData("<DIV CLASS=\"<span>\"><SPAN></SPAN></DIV>")]
    [InlineData("<svg><path d=\"M0 0\"/><circle r=1/><g></g></svg>")]
    [InlineData("<svg><path d=a/ ><circle/></svg>")]
    [InlineData("<div a=/x/><span></span></div>")]
    public void The_guard_counts_the_tags_the_parser_reads(string body)
    {
        var html = $"<html><body>{body}</body></html>";
        var guarded = NestingGuard.Apply(html, 256);
        var parsed = DocumentParser.Parse(html).Body!.QuerySelectorAll("*").Length;

        Assert.Equal(NestingGuardConformanceTests.TreeWithoutCode(DocumentParser.Parse(html)), NestingGuardConformanceTests.TreeWithoutCode(DocumentParser.Parse(guarded.Html)));
        // The html and body tags are start tags too; the parser's head is not.
        Assert.Equal(parsed + 2, guarded.StartTags);
    }

    [Fact]
    public void A_page_the_guard_leaves_alone_is_the_callers_string()
    {
        var html = "<html><head><title>t</title></head><body><p>One <b>two</b> three.</p></body></html>";
        Assert.Same(html, NestingGuard.Apply(html, 256).Html);
    }
}
