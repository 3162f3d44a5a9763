using AngleSharp.Html.Parser;
using ArticleExtract.Dom;
using ArticleExtract.Structure;

namespace ArticleExtract.Tests.Structure;

/// <summary>
/// The image source is read from one pass over the image's attributes: the order in which the candidates are tried
/// (srcset attributes, then lazy-loading attributes, then src), the tracker test on declared sizes and the placeholder
/// test must stay what they were when each attribute was asked for by name.
/// </summary>
public sealed class ImageSourceTests
{
    private static string? Find(string img)
    {
        var document = new HtmlParser().ParseDocument($"<body><p>{img}</p></body>");
        return ImageSource.Find(document.QuerySelector("img")!, new UrlResolver(new Uri("https://news.example/story/")));
    }

    [Fact]
    public void Src_alone_is_resolved()
    {
        Assert.Equal("https://news.example/story/bridge.jpg", Find("<img src=\"bridge.jpg\" alt=\"\">"));
    }

    [Fact]
    public void A_lazy_attribute_wins_over_a_placeholder_src_whatever_the_attribute_order()
    {
        Assert.Equal("https://news.example/img/bridge.jpg", Find("<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/img/bridge.jpg\">"));
        Assert.Equal("https://news.example/img/bridge.jpg", Find("<img data-src=\"/img/bridge.jpg\" src=\"/img/blank.gif\">"));
    }

    [Fact]
    public void The_lazy_attributes_are_tried_in_their_order_not_the_markup_order()
    {
        Assert.Equal("https://news.example/a.jpg", Find("<img data-original=\"/b.jpg\" data-lazy-src=\"/a.jpg\">"));
    }

    [Fact]
    public void A_srcset_wins_over_every_single_url()
    {
        Assert.Equal("https://news.example/big.jpg", Find("<img src=\"/small.jpg\" data-src=\"/lazy.jpg\" srcset=\"/small.jpg 400w, /big.jpg 1200w\">"));
        Assert.Equal("https://news.example/lazy-big.jpg", Find("<img srcset=\"/big.jpg 1200w\" data-srcset=\"/lazy-big.jpg 1600w\">"));
    }

    [Fact]
    public void The_first_of_duplicate_attributes_counts()
    {
        Assert.Equal("https://news.example/first.jpg", Find("<img src=\"/first.jpg\" src=\"/second.jpg\">"));
    }

    [Fact]
    public void A_tracker_pixel_or_a_placeholder_only_has_no_source()
    {
        Assert.Null(Find("<img src=\"/pixel.png\" width=\"1\" height=\"1\">"));
        Assert.Null(Find("<img src=\"/photo.jpg\" height=\"20px\">"));
        Assert.Null(Find("<img src=\"/img/placeholder.png\">"));
        Assert.Equal("https://news.example/photo.jpg", Find("<img src=\"/photo.jpg\" width=\"800\" height=\"450\">"));
    }

    [Theory]
    [InlineData("/img/Blank.GIF")]
    [InlineData("/img/PlaceHolder-photo.jpg")]
    [InlineData("/SPACER.gif?v=2")]
    [InlineData("/js/lazy-LOAD/grey.png")]
    [InlineData("/t/Pixel.Gif")]
    [InlineData("DATA:image/png;base64,iVBOR")]
    [InlineData("/bilder/straße/placeholder.png")]
    [InlineData("/bilder/straße/BLANK.gif")]
    public void A_placeholder_word_in_any_case_is_no_source_whether_the_url_is_ascii_or_not(string src)
    {
        Assert.Null(Find($"<img src=\"{src}\">"));
        Assert.Null(Find($"<img srcset=\"{src} 800w\">"));
    }

    [Theory]
    [InlineData("/img/blank-gif.jpg")]
    [InlineData("/img/place-holder.jpg")]
    [InlineData("/bilder/straße/spacer.png")]
    public void A_url_that_only_resembles_a_placeholder_word_is_a_source(string src)
    {
        Assert.NotNull(Find($"<img src=\"{src}\">"));
    }
}
