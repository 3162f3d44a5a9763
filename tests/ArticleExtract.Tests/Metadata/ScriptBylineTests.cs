namespace ArticleExtract.Tests.Metadata;

/// <summary>
/// Bylines as Chinese, Japanese, Korean, Arabic and Hebrew pages write them: the label ("記者", "文／", "作者：", "글·사진",
/// "كتب", "מאת") before the name, glued to it where the script has no spaces, and Korean's "기자" (reporter) after it.
/// The author is the name alone, never the label or the reporting place.
/// </summary>
public class ScriptBylineTests
{
    [Theory]
    [InlineData("zh", "記者王小明／台北報導", "王小明")]
    [InlineData("zh", "记者 王小明", "王小明")]
    [InlineData("zh", "文／王小明", "王小明")]
    [InlineData("zh", "作者：王小明", "王小明")]
    [InlineData("zh", "撰文：王小明", "王小明")]
    [InlineData("ja", "著者：山田太郎", "山田太郎")]
    [InlineData("ja", "文：山田太郎", "山田太郎")]
    [InlineData("ko", "글·사진 김철수 기자", "김철수")]
    [InlineData("ko", "김철수 기자", "김철수")]
    [InlineData("ar", "كتب: أحمد علي", "أحمد علي")]
    [InlineData("ar", "بقلم: أحمد علي", "أحمد علي")]
    [InlineData("he", "מאת: דנה כהן", "דנה כהן")]
    public void The_label_of_a_byline_in_another_script_is_no_part_of_the_name(string lang, string byline, string expected)
    {
        var article = DatedPage.Extract(lang, $"<div class=\"author\">{byline}</div>");

        Assert.Equal([expected], article.Authors);
    }

    [Fact]
    public void A_name_that_starts_like_a_label_keeps_its_first_character()
    {
        // "文" (text) opens a byline only before its slash or colon: the surname 文 glued to a given name stays.
        var article = DatedPage.Extract("zh", "<div class=\"author\">文小明</div>");

        Assert.Equal(["文小明"], article.Authors);
    }
}
