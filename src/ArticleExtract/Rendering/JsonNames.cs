using System.Text.Json;

namespace ArticleExtract.Rendering;

/// <summary>The JSON's property names and fixed values, encoded once: the writer then copies their bytes as they are.</summary>
internal static class Names
{
    // Property names.
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText MetaTitle = JsonEncodedText.Encode("metaTitle");
    public static readonly JsonEncodedText Authors = JsonEncodedText.Encode("authors");
    public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
    public static readonly JsonEncodedText Modified = JsonEncodedText.Encode("modified");
    public static readonly JsonEncodedText SiteName = JsonEncodedText.Encode("siteName");
    public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    public static readonly JsonEncodedText Excerpt = JsonEncodedText.Encode("excerpt");
    public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
    public static readonly JsonEncodedText LeadImage = JsonEncodedText.Encode("leadImage");
    public static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");
    public static readonly JsonEncodedText IsAccessibleForFree = JsonEncodedText.Encode("isAccessibleForFree");
    public static readonly JsonEncodedText Sections = JsonEncodedText.Encode("sections");
    public static readonly JsonEncodedText Heading = JsonEncodedText.Encode("heading");
    public static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    public static readonly JsonEncodedText Blocks = JsonEncodedText.Encode("blocks");
    public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
    public static readonly JsonEncodedText WordCount = JsonEncodedText.Encode("wordCount");
    public static readonly JsonEncodedText ReadingTimeMinutes = JsonEncodedText.Encode("readingTimeMinutes");
    public static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
    public static readonly JsonEncodedText PageKind = JsonEncodedText.Encode("pageKind");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    public static readonly JsonEncodedText Ordered = JsonEncodedText.Encode("ordered");
    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    public static readonly JsonEncodedText Reversed = JsonEncodedText.Encode("reversed");
    public static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    public static readonly JsonEncodedText Lists = JsonEncodedText.Encode("lists");
    public static readonly JsonEncodedText Citation = JsonEncodedText.Encode("citation");
    public static readonly JsonEncodedText CitationInlines = JsonEncodedText.Encode("citationInlines");
    public static readonly JsonEncodedText Paragraphs = JsonEncodedText.Encode("paragraphs");
    public static readonly JsonEncodedText HeaderRows = JsonEncodedText.Encode("headerRows");
    public static readonly JsonEncodedText Rows = JsonEncodedText.Encode("rows");
    public static readonly JsonEncodedText Header = JsonEncodedText.Encode("header");
    public static readonly JsonEncodedText ColSpan = JsonEncodedText.Encode("colSpan");
    public static readonly JsonEncodedText Src = JsonEncodedText.Encode("src");
    public static readonly JsonEncodedText Alt = JsonEncodedText.Encode("alt");
    public static readonly JsonEncodedText Caption = JsonEncodedText.Encode("caption");
    public static readonly JsonEncodedText CaptionInlines = JsonEncodedText.Encode("captionInlines");
    public static readonly JsonEncodedText Links = JsonEncodedText.Encode("links");
    public static readonly JsonEncodedText Href = JsonEncodedText.Encode("href");
    public static readonly JsonEncodedText Inlines = JsonEncodedText.Encode("inlines");
    public static readonly JsonEncodedText LineBreak = JsonEncodedText.Encode("lineBreak");
    public static readonly JsonEncodedText Marks = JsonEncodedText.Encode("marks");
    public static readonly JsonEncodedText Term = JsonEncodedText.Encode("term");

    // Values: outcomes, page kinds, block types and inline marks.
    public static readonly JsonEncodedText NoArticle = JsonEncodedText.Encode("noArticle");
    public static readonly JsonEncodedText SecondOpinion = JsonEncodedText.Encode("secondOpinion");
    public static readonly JsonEncodedText NotHtml = JsonEncodedText.Encode("notHtml");
    public static readonly JsonEncodedText Extracted = JsonEncodedText.Encode("extracted");
    public static readonly JsonEncodedText Forum = JsonEncodedText.Encode("forum");
    public static readonly JsonEncodedText Product = JsonEncodedText.Encode("product");
    public static readonly JsonEncodedText Listing = JsonEncodedText.Encode("listing");
    public static readonly JsonEncodedText Documentation = JsonEncodedText.Encode("documentation");
    public static readonly JsonEncodedText Service = JsonEncodedText.Encode("service");
    public static readonly JsonEncodedText ArticleKind = JsonEncodedText.Encode("article");
    public static readonly JsonEncodedText Paragraph = JsonEncodedText.Encode("paragraph");
    public static readonly JsonEncodedText List = JsonEncodedText.Encode("list");
    public static readonly JsonEncodedText Quote = JsonEncodedText.Encode("quote");
    public static readonly JsonEncodedText Table = JsonEncodedText.Encode("table");
    public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    public static readonly JsonEncodedText Image = JsonEncodedText.Encode("image");
    public static readonly JsonEncodedText Strong = JsonEncodedText.Encode("strong");
    public static readonly JsonEncodedText Emphasis = JsonEncodedText.Encode("emphasis");
    public static readonly JsonEncodedText Subscript = JsonEncodedText.Encode("subscript");
    public static readonly JsonEncodedText Superscript = JsonEncodedText.Encode("superscript");
    public static readonly JsonEncodedText Deleted = JsonEncodedText.Encode("deleted");
}
