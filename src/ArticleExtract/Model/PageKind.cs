namespace ArticleExtract;

/// <summary>What kind of page the article was extracted from: what a reader of it wants differs by kind.</summary>
public enum PageKind
{
    /// <summary>A news story, blog post, essay or guide: running text under a headline.</summary>
    Article = 0,

    /// <summary>A discussion thread or question page: the posts of the thread.</summary>
    Forum = 1,

    /// <summary>A product page: the description and the specifications.</summary>
    Product = 2,

    /// <summary>A listing or collection (index, category, search results, shelf of products): the items' titles and summaries.</summary>
    Listing = 3,

    /// <summary>Documentation, a reference or a manual: the text with its code.</summary>
    Documentation = 4,

    /// <summary>A service, product-marketing or landing page of a business.</summary>
    Service = 5,
}
