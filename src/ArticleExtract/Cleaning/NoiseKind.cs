namespace ArticleExtract.Cleaning;

/// <summary>Why an element is not article text. Order does not matter; <see cref="None"/> means "could be content".</summary>
internal enum NoiseKind : byte
{
    None = 0,
    /// <summary>Scripts, styles, form controls, embedded objects: never text a reader sees as the article.</summary>
    NonContent,
    /// <summary>Hidden from readers: <c>hidden</c>, <c>aria-hidden</c>, <c>display:none</c>, screen-reader-only text.</summary>
    Hidden,
    Advertisement,
    CookieBanner,
    Comments,
    Share,
    Newsletter,
    Related,
    Navigation,
    Header,
    Footer,
    Sidebar,
    /// <summary>Bylines, datelines, tag lists and other article metadata shown around the body.</summary>
    ArticleMeta,
    Popup,
    Form,
    /// <summary>Image captions and credits outside <c>figcaption</c>.</summary>
    Caption,
    /// <summary>Galleries, slideshows and carousels: their per-slide text is not the article's.</summary>
    Gallery,
}
