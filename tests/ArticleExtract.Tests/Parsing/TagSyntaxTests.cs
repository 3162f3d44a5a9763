using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Parsing;

/// <summary>
/// <see cref="TagSyntax.FindTagEnd"/> and <see cref="TagSyntax.QuotedValue"/> read a tag's attributes with one set of
/// the tokenizer's attribute states: the tag ends where the parser ends it, and the quoted value found is the value
/// the parser gives the attribute.
/// </summary>
public sealed class TagSyntaxTests
{
    [Theory]
    [InlineData("""<path d="M0 0L1 1">""", "M0 0L1 1")]
    [InlineData("""<path fill='red' d='M1 1'/>""", "M1 1")]
    // A '>' or '/' inside a quoted value, white space around '=', a value glued to the one before.
    [InlineData("""<path title="a > b" d = "M2 2">""", "M2 2")]
    [InlineData("""<path x="1"d="M3 3">""", "M3 3")]
    // A lone slash between attributes, a name that starts with a quote or '=', a longer name ending in d.
    [InlineData("""<path /d="M4 4">""", "M4 4")]
    [InlineData("""<path "a"=b =c dd="x" d="M5 5">""", "M5 5")]
    // Upper case, and the first of two (the parser keeps the first).
    [InlineData("""<path D="M6 6" d="M7 7">""", "M6 6")]
    public void The_tag_ends_and_the_quoted_value_lies_where_the_parser_reads_them(string tag, string value)
    {
        var markup = tag + "after";
        var nameEnd = "<path".Length;

        var (gt, _) = TagSyntax.FindTagEnd(markup, nameEnd);
        var (from, to) = TagSyntax.QuotedValue(markup.AsSpan(nameEnd, gt - nameEnd), "d");

        Assert.Equal("after", markup[(gt + 1)..]);
        Assert.Equal(value, markup.Substring(nameEnd + from, to - from));
        Assert.Equal(value, DocumentParser.Parse($"<svg>{tag}</svg>").QuerySelector("path")!.GetAttribute("d"));
    }

    [Theory]
    // Unquoted (leaving it out would make the next attribute the value), empty of '=', missing, only in another name.
    [InlineData("""<path d=M0,0 fill="red">""")]
    [InlineData("""<path d fill="red">""")]
    [InlineData("""<path fill="red">""")]
    [InlineData("""<path data-d="M0 0">""")]
    public void No_quoted_value_is_found_where_the_attribute_has_none(string tag)
    {
        var nameEnd = "<path".Length;

        var (gt, _) = TagSyntax.FindTagEnd(tag, nameEnd);

        Assert.Equal(tag.Length - 1, gt);
        Assert.Equal(default, TagSyntax.QuotedValue(tag.AsSpan(nameEnd, gt - nameEnd), "d"));
    }

    [Theory]
    [InlineData("<br/>", 4, true)]
    [InlineData("<br / >", 6, false)]
    [InlineData("<a href=x/>", 10, false)]
    [InlineData("<p a=>", 5, false)]
    [InlineData("<p a=\"never closed>", -1, false)]
    [InlineData("<p a", -1, false)]
    public void The_tag_end_and_its_self_closing_slash_are_the_tokenizers(string tag, int gt, bool selfClosing)
    {
        var nameEnd = tag.IndexOfAny([' ', '/', '>'], 1) is var end and >= 0 ? end : tag.Length;

        Assert.Equal((gt, selfClosing), TagSyntax.FindTagEnd(tag, nameEnd));
    }
}
