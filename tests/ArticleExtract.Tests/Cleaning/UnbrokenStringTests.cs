using ArticleExtract.Analysis;
using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;

namespace ArticleExtract.Tests.Cleaning;

/// <summary>Long strings without a space (addresses, hashes, identifiers) are data, not running text.</summary>
public sealed class UnbrokenStringTests
{
    [Fact]
    public void Only_long_ascii_runs_without_a_space_count()
    {
        const string Address = "https://cdn.example.org/images/2026/stools/oak-stool-front.jpg";
        Assert.Equal(Address.Length, VisibleText.UnbrokenChars($"See {Address} for the photo.", Thresholds.UnbrokenStringChars));
        Assert.Equal(0, VisibleText.UnbrokenChars("The stool folds flat to the width of a paperback and opens in one movement.", Thresholds.UnbrokenStringChars));
        // Chinese and Japanese prose is written without spaces: it is never data for that.
        Assert.Equal(0, VisibleText.UnbrokenChars("这把折叠凳收起来只有一本平装书那么宽，打开后可以稳稳地坐在不平的地面上。", Thresholds.UnbrokenStringChars));
    }

    [Fact]
    public void A_paragraph_of_addresses_is_not_running_text_and_a_paragraph_of_words_is()
    {
        var document = DocumentParser.Parse("<html><body>"
            + "<p id=\"words\">The stool folds flat to the width of a paperback and opens in one movement into a seat.</p>"
            + "<p id=\"data\">https://cdn.example.org/images/2026/stools/oak-stool-front.jpg https://cdn.example.org/images/2026/stools/oak-stool-back.jpg</p>"
            + "</body></html>");
        var index = DocumentIndex.Build(document.Body!, 10_000, CancellationToken.None);

        Assert.True(index.IsRunningText(Ordinal(index, "words")));
        Assert.False(index.IsRunningText(Ordinal(index, "data")));
    }

    private static int Ordinal(DocumentIndex index, string id)
    {
        for (var e = 0; e < index.Count; e++)
        {
            if (index.Elements[e].Id == id)
            {
                return e;
            }
        }

        return -1;
    }
}
