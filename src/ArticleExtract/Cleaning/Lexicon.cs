namespace ArticleExtract.Cleaning;

/// <summary>
/// Every boilerplate word list the extractor uses, kept here as data so that a reader can see, and change, in one
/// place what counts as noise. Markup tokens are matched whole against the words of <c>class</c> and <c>id</c>
/// values (split at <c>-</c>, <c>_</c>, spaces and camelCase), never as substrings: "ad" matches <c>ad-slot</c>
/// but not <c>header</c> or <c>download</c>.
/// </summary>
internal static class Lexicon
{
    /// <summary>Single class/id words that mark an element as noise, with the kind of noise.</summary>
    public static readonly (string Token, NoiseKind Kind)[] NoiseTokens =
    [
        // Advertising slots and the vendors that fill them.
        ("ad", NoiseKind.Advertisement), ("ads", NoiseKind.Advertisement), ("adv", NoiseKind.Advertisement),
        ("advert", NoiseKind.Advertisement), ("adverts", NoiseKind.Advertisement), ("advertisement", NoiseKind.Advertisement),
        ("advertising", NoiseKind.Advertisement), ("adsense", NoiseKind.Advertisement), ("adsbygoogle", NoiseKind.Advertisement),
        ("adslot", NoiseKind.Advertisement), ("adunit", NoiseKind.Advertisement), ("adblock", NoiseKind.Advertisement),
        ("adspot", NoiseKind.Advertisement), ("adwrap", NoiseKind.Advertisement), ("adcontainer", NoiseKind.Advertisement),
        ("dfp", NoiseKind.Advertisement), ("gpt", NoiseKind.Advertisement), ("doubleclick", NoiseKind.Advertisement),
        ("sponsor", NoiseKind.Advertisement), ("sponsored", NoiseKind.Advertisement), ("sponsors", NoiseKind.Advertisement),
        ("promo", NoiseKind.Advertisement), ("promos", NoiseKind.Advertisement), ("promoted", NoiseKind.Advertisement),
        ("taboola", NoiseKind.Advertisement), ("outbrain", NoiseKind.Advertisement), ("revcontent", NoiseKind.Advertisement),
        ("mgid", NoiseKind.Advertisement), ("werbung", NoiseKind.Advertisement), ("publicidad", NoiseKind.Advertisement),
        // Not "pub": it is as often "publication" or "public" ("pub-body", "pub-date") as the French "publicité".
        ("publicite", NoiseKind.Advertisement), ("anzeige", NoiseKind.Advertisement),
        ("reklama", NoiseKind.Advertisement), ("commercial", NoiseKind.Advertisement), ("teads", NoiseKind.Advertisement),

        // Cookie and consent managers: only compound or vendor names, because a bare "cookie" once matched whole pages.
        ("consent", NoiseKind.CookieBanner), ("gdpr", NoiseKind.CookieBanner), ("onetrust", NoiseKind.CookieBanner),
        ("cookiebot", NoiseKind.CookieBanner), ("didomi", NoiseKind.CookieBanner), ("usercentrics", NoiseKind.CookieBanner),
        ("iubenda", NoiseKind.CookieBanner), ("cookielaw", NoiseKind.CookieBanner), ("cookiebanner", NoiseKind.CookieBanner),
        ("cookienotice", NoiseKind.CookieBanner), ("cookiebar", NoiseKind.CookieBanner), ("cookieconsent", NoiseKind.CookieBanner),
        ("cmp", NoiseKind.CookieBanner), ("truste", NoiseKind.CookieBanner), ("quantcast", NoiseKind.CookieBanner),
        ("borlabs", NoiseKind.CookieBanner), ("complianz", NoiseKind.CookieBanner),

        // Comment threads and forms (WordPress "respond", Disqus and friends).
        ("comment", NoiseKind.Comments), ("comments", NoiseKind.Comments), ("commentlist", NoiseKind.Comments),
        ("respond", NoiseKind.Comments), ("disqus", NoiseKind.Comments), ("livefyre", NoiseKind.Comments),
        ("commento", NoiseKind.Comments), ("replies", NoiseKind.Comments), ("kommentare", NoiseKind.Comments),
        ("commentaires", NoiseKind.Comments), ("comentarios", NoiseKind.Comments), ("komentarze", NoiseKind.Comments),

        // Share bars.
        ("share", NoiseKind.Share), ("shares", NoiseKind.Share), ("sharing", NoiseKind.Share), ("social", NoiseKind.Share),
        ("sharebar", NoiseKind.Share), ("addthis", NoiseKind.Share), ("sharethis", NoiseKind.Share), ("shariff", NoiseKind.Share),
        // Class words are split at digits ("a2a" reads as "a 2 a"), so plugin names with digits are listed by
        // their other names.
        ("addtoany", NoiseKind.Share), ("sharedaddy", NoiseKind.Share), ("socials", NoiseKind.Share), ("sociallinks", NoiseKind.Share),

        // Newsletter and subscription prompts.
        ("newsletter", NoiseKind.Newsletter), ("newsletters", NoiseKind.Newsletter), ("subscribe", NoiseKind.Newsletter),
        ("subscription", NoiseKind.Newsletter), ("signup", NoiseKind.Newsletter), ("mailchimp", NoiseKind.Newsletter),
        ("optin", NoiseKind.Newsletter),

        // Lists of other articles.
        ("related", NoiseKind.Related), ("recommended", NoiseKind.Related), ("recommendations", NoiseKind.Related),
        ("trending", NoiseKind.Related), ("popular", NoiseKind.Related), ("mostread", NoiseKind.Related),
        ("mostpopular", NoiseKind.Related), ("morestories", NoiseKind.Related),
        ("relacionados", NoiseKind.Related), ("verwandte", NoiseKind.Related), ("similar", NoiseKind.Related),
        ("relatedposts", NoiseKind.Related), ("yarpp", NoiseKind.Related), ("crp", NoiseKind.Related),

        // Navigation.
        ("nav", NoiseKind.Navigation), ("navbar", NoiseKind.Navigation), ("navigation", NoiseKind.Navigation),
        ("menu", NoiseKind.Navigation), ("breadcrumb", NoiseKind.Navigation), ("breadcrumbs", NoiseKind.Navigation),
        ("pagination", NoiseKind.Navigation), ("pager", NoiseKind.Navigation), ("skiplink", NoiseKind.Navigation),
        ("toolbar", NoiseKind.Navigation), ("topbar", NoiseKind.Navigation),

        // Page header, footer and sidebars.
        ("masthead", NoiseKind.Header), ("header", NoiseKind.Header),
        ("footer", NoiseKind.Footer), ("colophon", NoiseKind.Footer), ("copyright", NoiseKind.Footer),
        // Not a bare "widget": page builders (Elementor, HubSpot) call every block of the page one, the article's
        // text included; a blog's sidebar widgets sit in a "widget-area" or a sidebar.
        ("sidebar", NoiseKind.Sidebar), ("widgets", NoiseKind.Sidebar),
        ("rail", NoiseKind.Sidebar), ("aside", NoiseKind.Sidebar),

        // Article metadata shown next to the body.
        ("byline", NoiseKind.ArticleMeta), ("dateline", NoiseKind.ArticleMeta), ("tags", NoiseKind.ArticleMeta),
        ("taglist", NoiseKind.ArticleMeta), ("tagcloud", NoiseKind.ArticleMeta), ("meta", NoiseKind.ArticleMeta),
        ("timestamp", NoiseKind.ArticleMeta), ("author", NoiseKind.ArticleMeta), ("authors", NoiseKind.ArticleMeta),
        // Not a bare "bio": "bio-section" is a person's page itself; an author's box is "author-bio" (a pair).
        ("postmeta", NoiseKind.ArticleMeta), ("entrymeta", NoiseKind.ArticleMeta),

        // Overlays and hover cards.
        ("modal", NoiseKind.Popup), ("popup", NoiseKind.Popup), ("overlay", NoiseKind.Popup), ("lightbox", NoiseKind.Popup),
        ("rollover", NoiseKind.Popup), ("tooltip", NoiseKind.Popup),

        // Captions and credits written as ordinary elements (figcaption is handled with its figure), and slideshows,
        // whose per-slide captions are not article text.
        ("caption", NoiseKind.Caption), ("captions", NoiseKind.Caption), ("credit", NoiseKind.Caption), ("credits", NoiseKind.Caption),
        ("photocredit", NoiseKind.Caption), ("gallery", NoiseKind.Gallery), ("slideshow", NoiseKind.Gallery), ("carousel", NoiseKind.Gallery),

        // Text only screen readers get, such as WordPress's "Continue reading <title>".
        // Not a bare "hidden": utility-class frameworks write "hidden md:block" on content shown on desktops.
        ("screenreader", NoiseKind.Hidden), ("offscreen", NoiseKind.Hidden), ("visuallyhidden", NoiseKind.Hidden),

        // Account and login chrome.
        ("login", NoiseKind.Navigation), ("signin", NoiseKind.Navigation), ("search", NoiseKind.Navigation),
    ];

    /// <summary>
    /// Class prefixes that list the post's taxonomy ("tag-sidebar", "category-ads", "author-jane"), as WordPress and
    /// similar CMSs write them: the words after the dash are the post's topics, not the element's role.
    /// </summary>
    public static readonly string[] TaxonomyClassPrefixes = ["tag", "category", "author", "format", "status", "postid", "type", "cat"];

    /// <summary>
    /// Class prefixes that state what a layout holds or lacks ("has-sidebar", "has-rail-right", "with-comments",
    /// "no-sidebar"): the wrapper around the article and its sidebar says it has one; it is not one.
    /// </summary>
    public static readonly string[] LayoutStateClassPrefixes = ["has", "with", "no", "without"];

    /// <summary>Two consecutive class/id words that mark noise though neither does alone.</summary>
    public static readonly (string First, string Second, NoiseKind Kind)[] NoisePairs =
    [
        ("cookie", "banner", NoiseKind.CookieBanner), ("cookie", "notice", NoiseKind.CookieBanner), ("cookie", "bar", NoiseKind.CookieBanner),
        ("cookie", "consent", NoiseKind.CookieBanner), ("cookie", "law", NoiseKind.CookieBanner), ("cookie", "popup", NoiseKind.CookieBanner),
        ("cookie", "message", NoiseKind.CookieBanner), ("cookie", "warning", NoiseKind.CookieBanner), ("cookie", "info", NoiseKind.CookieBanner),
        ("cookie", "overlay", NoiseKind.CookieBanner), ("cookie", "container", NoiseKind.CookieBanner), ("cookie", "policy", NoiseKind.CookieBanner),
        ("cookies", "banner", NoiseKind.CookieBanner), ("cookies", "notice", NoiseKind.CookieBanner), ("cookies", "eu", NoiseKind.CookieBanner),
        ("cc", "window", NoiseKind.CookieBanner), ("cc", "banner", NoiseKind.CookieBanner), ("privacy", "banner", NoiseKind.CookieBanner),
        ("sign", "up", NoiseKind.Newsletter), ("most", "read", NoiseKind.Related), ("most", "popular", NoiseKind.Related),
        ("most", "viewed", NoiseKind.Related), ("more", "stories", NoiseKind.Related), ("more", "news", NoiseKind.Related),
        // Not "read more": that is the expander holding the rest of the article as often as a teaser link.
        ("read", "next", NoiseKind.Related), ("also", "read", NoiseKind.Related),
        ("you", "may", NoiseKind.Related), ("next", "post", NoiseKind.Navigation), ("prev", "post", NoiseKind.Navigation),
        ("previous", "post", NoiseKind.Navigation), ("post", "navigation", NoiseKind.Navigation), ("next", "prev", NoiseKind.Navigation), ("prev", "next", NoiseKind.Navigation),
        ("next", "previous", NoiseKind.Navigation), ("previous", "next", NoiseKind.Navigation),  ("nav", "links", NoiseKind.Navigation),
        ("side", "bar", NoiseKind.Sidebar), ("widget", "area", NoiseKind.Sidebar), ("screen", "reader", NoiseKind.Hidden), ("visually", "hidden", NoiseKind.Hidden),
        ("sr", "only", NoiseKind.Hidden), ("sp", "message", NoiseKind.CookieBanner), ("post", "tags", NoiseKind.ArticleMeta), ("entry", "meta", NoiseKind.ArticleMeta),
        ("post", "meta", NoiseKind.ArticleMeta), ("article", "meta", NoiseKind.ArticleMeta), ("author", "box", NoiseKind.ArticleMeta),
        ("about", "author", NoiseKind.ArticleMeta), ("author", "bio", NoiseKind.ArticleMeta), ("bio", "box", NoiseKind.ArticleMeta),
        ("breaking", "news", NoiseKind.Related), ("news", "ticker", NoiseKind.Related), ("image", "credit", NoiseKind.Caption),
    ];

    /// <summary>
    /// Class/id words that mark the article body itself. An element carrying one of them together with a body
    /// word is never treated as noise, whatever else its class says (<c>entry-content has-sidebar</c>).
    /// </summary>
    public static readonly string[] ContentSubjectTokens = ["article", "story", "entry", "post", "news", "blog", "main", "page"];

    /// <inheritdoc cref="ContentSubjectTokens"/>
    public static readonly string[] ContentBodyTokens = ["body", "content", "text", "contents", "copy", "main"];

    /// <summary>
    /// Class/id words of embedded posts (tweets, Instagram, YouTube): quoted content that belongs to the article,
    /// so they cancel a share/social verdict (<c>social-media-embed</c> around a <c>twitter-tweet</c>).
    /// </summary>
    public static readonly string[] EmbedTokens = ["embed", "embedded", "embeds", "tweet", "oembed", "instagram", "tiktok"];

    /// <summary>Single class/id words that, alone, say "the article body" (schema.org and common CMS names).</summary>
    public static readonly string[] ContentTokens = ["articlebody", "entrycontent", "postcontent", "storybody", "articletext", "postbody", "articlecontent", "storycontent", "maincontent"];

    /// <summary>
    /// Whole-block texts that are boilerplate labels in any language (compared after lower-casing and trimming
    /// punctuation and spaces). An element whose whole text is one of these is dropped.
    /// </summary>
    public static readonly string[] BoilerplateLines =
    [
        // Ad labels. en, de, fr, es, it, pt, nl, pl, ru.
        "advertisement", "advertisements", "advertising", "advert", "adverts", "ad", "ads", "sponsored", "sponsored content", "paid content",
        "story continues below advertisement", "article continues below advertisement", "continue reading below",
        "continue reading below advertisement", "story continues below", "article continues below", "advertisement continue reading below",
        "scroll to continue with content", "content continues below", "skip advertisement", "remove ads",
        "anzeige", "werbung", "publicité", "publicite", "publicidad", "anuncio", "pubblicità", "pubblicita", "publicidade",
        "advertentie", "reklama", "ogłoszenie", "реклама", "продолжение ниже", "weiter nach der anzeige", "la suite après cette publicité",
        "la suite après la publicité", "continúa después de la publicidad", "continua dopo la pubblicità", "continua após a publicidade",
        "lees verder na de advertentie", "dalsza część artykułu pod reklamą", "материал продолжается ниже",
        // Comment prompts.
        "leave a reply", "leave a comment", "post comment", "post a comment", "add a comment", "comments", "comment", "join the discussion",
        "join the conversation", "cancel reply", "show comments", "view comments", "load comments", "write a comment", "reply",
        "kommentar schreiben", "kommentare", "schreibe einen kommentar", "laisser un commentaire", "commentaires", "laisser une réponse",
        "deja un comentario", "dejar un comentario", "comentarios", "deja una respuesta", "lascia un commento", "commenti",
        "lascia un commento annulla risposta", "deixe um comentário", "deixe uma resposta", "comentários", "laat een reactie achter",
        "reacties", "reageer", "dodaj komentarz", "komentarze", "zostaw komentarz", "оставьте комментарий", "комментарии",
        "добавить комментарий", "оставить комментарий",
        // Share prompts.
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter", "share via email",
        "share this post", "tweet", "email", "print", "copy link", "link copied", "teilen", "artikel teilen", "partager", "partager cet article",
        "compartir", "compartir en facebook", "condividi", "condividi questo articolo", "compartilhar", "compartilhe", "delen", "udostępnij",
        "поделиться", "share article", "share story", "share full article", "save", "save article", "follow us",
        // Newsletter prompts.
        "subscribe", "subscribe now", "sign up", "sign up now", "newsletter", "sign up for our newsletter", "subscribe to our newsletter",
        "get our newsletter", "newsletter abonnieren", "jetzt abonnieren", "s'abonner", "abonnez-vous", "inscrivez-vous à notre newsletter",
        "suscríbete", "suscribirse", "iscriviti", "iscriviti alla newsletter", "assine", "inscreva-se", "abonneer", "schrijf je in",
        "zapisz się", "subskrybuj", "подписаться", "подпишитесь",
        // Related-article headings.
        "related", "related articles", "related posts", "related stories", "related news", "related content", "related coverage",
        "more stories", "more news", "more from", "read more", "read next", "read also", "also read", "you may also like",
        "related searches", "people also search for", "people also ask", "featured", "featured stories", "featured articles",
        "read article", "read full article", "read the full article", "read full story", "you may have missed", "more to explore",
        "you might also like", "recommended", "recommended for you", "most read", "most popular", "most viewed", "trending",
        "trending now", "trending news", "trending stories", "more", "more news", "popular posts", "recent posts", "latest news", "latest stories", "more on this story", "see also", "related topics",
        "das könnte sie auch interessieren", "mehr zum thema", "lesen sie auch", "auch interessant", "meistgelesen", "weitere artikel",
        "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "les plus lus", "vous aimerez aussi", "dans la même rubrique",
        "te puede interesar", "lee también", "más noticias", "noticias relacionadas", "lo más leído", "también te puede interesar",
        "leggi anche", "potrebbe interessarti anche", "articoli correlati", "i più letti", "leia também", "leia mais", "notícias relacionadas",
        "mais lidas", "veja também", "lees ook", "meer nieuws", "meest gelezen", "gerelateerde artikelen", "czytaj też", "czytaj także",
        "zobacz też", "zobacz także", "najczęściej czytane", "podobne artykuły", "читайте также", "читайте также:", "похожие статьи",
        "самое читаемое", "по теме", "другие новости", "новости по теме",
        // zh (traditional and simplified), ja, ko.
        "相關文章", "相关文章", "相關閱讀", "相关阅读", "延伸閱讀", "延伸阅读", "推薦閱讀", "推荐阅读", "熱門文章", "热门文章", "最新文章",
        "關聯文章", "関連記事", "関連ニュース", "人気記事", "おすすめ記事", "관련 기사", "관련기사", "인기 기사", "많이 본 뉴스",
        // Navigation labels and tag lists.
        "don't miss", "dont miss", "must read", "editor's picks", "top stories", "this slideshow requires javascript", "caption", "close",
        "hide caption", "toggle caption", "enlarge this image", "view gallery", "photos", "video", "watch", "watch now", "listen", "loading",
        "click here", "see more", "show more", "load more", "expand", "open in app", "tags", "tags:", "topics", "filed under", "categories", "posted in", "previous post", "next post", "previous article", "next article",
        "previous", "next", "back to top", "skip to content", "skip to main content", "home", "menu", "search",
        "vorheriger artikel", "nächster artikel", "article précédent", "article suivant", "artículo anterior", "artículo siguiente",
        "articolo precedente", "articolo successivo", "artigo anterior", "próximo artigo", "vorig artikel", "volgend artikel",
        "poprzedni artykuł", "następny artykuł", "предыдущая статья", "следующая статья",
    ];

    /// <summary>
    /// Boilerplate lines that are labels of the page's chrome, not the title of a section of other content: as a
    /// heading, only the heading itself is dropped ("Video" above the article's own clip and its text, "Home" of a
    /// breadcrumb); what follows it is judged on its own.
    /// </summary>
    public static readonly string[] LabelLines =
    [
        "home", "menu", "search", "video", "videos", "photos", "watch", "watch now", "listen", "loading", "close", "expand", "caption",
        "hide caption", "toggle caption", "enlarge this image", "view gallery", "trending", "trending now", "print", "email", "save",
        "share", "tweet", "copy link", "link copied", "click here", "see more", "show more", "load more", "open in app", "back to top",
        "skip to content", "skip to main content", "previous", "next", "tags", "topics", "categories", "more",
    ];

    /// <summary>
    /// Openings of labels that introduce links to other articles ("Related post: …", "More in Amsterdam",
    /// "Lesen Sie auch: …"). A heading, or a link-heavy short paragraph, that starts with one is dropped (only
    /// itself: what follows may be the article again). Compared after normalisation, like
    /// <see cref="BoilerplateLines"/>.
    /// </summary>
    public static readonly string[] BoilerplatePrefixes =
    [
        "related", "more from", "more in", "more on", "more about", "read more", "read also", "also read", "see also", "recommended",
        "trending", "most read", "most popular", "you may also like", "you might also like", "don't miss", "dont miss",
        "lesen sie auch", "mehr zum thema", "mehr aus", "auch interessant", "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet",
        "lee también", "te puede interesar", "más noticias", "leggi anche", "potrebbe interessarti", "leia também", "leia mais", "veja também",
        "lees ook", "meer over", "czytaj też", "czytaj także", "zobacz też", "zobacz także", "читайте также", "по теме", "смотрите также",
    ];

    /// <summary>
    /// Edit links that wikis put inside headings, written "[edit]" or "[edit | edit source]" after the words.
    /// Matched whole (lower case) between the brackets; only a bracketed group at the end of a heading is removed.
    /// </summary>
    public static readonly string[] HeadingEditLinks =
    [
        "edit", "edit source", "edit section", "bearbeiten", "quelltext bearbeiten", "modifier", "modifier le code", "modifier la section",
        "editar", "editar código", "editar código-fonte", "editar código fuente", "modifica", "modifica wikitesto", "bewerken",
        "brontekst bewerken", "edytuj", "edytuj kod", "edytuj sekcję", "править", "править код", "编辑", "編輯", "编辑源代码", "編集", "ソースを編集", "편집", "원본 편집",
    ];

    /// <summary>
    /// Permalink marks that documentation and blog generators put inside headings (a link to the heading itself).
    /// Removed at either end of a heading; "#" only when set apart by a space, so "C#" and "#MeToo" stay.
    /// </summary>
    public static readonly string[] HeadingPermalinkMarks = ["¶", "§", "🔗", "🔗\uFE0E", "🔗\uFE0F", "⚓", "⚓\uFE0F", "⁋", "#"];

    /// <summary>
    /// Openings of short partner lines ("Powered by …", "In partnership with …"): a sponsor's credit, not the
    /// article. Compared with a block's normalised text; only blocks shorter than a sentence of prose are dropped.
    /// </summary>
    public static readonly string[] PartnerLineOpenings =
    [
        "powered by", "in partnership with", "in association with", "presented by", "brought to you by", "sponsored by",
        "produced in partnership with", "paid for by", "supported by",
        "präsentiert von", "in zusammenarbeit mit", "unterstützt von", "gesponsert von", "bereitgestellt von",
        "propulsé par", "en partenariat avec", "présenté par", "sponsorisé par", "avec le soutien de",
        "patrocinado por", "en colaboración con", "presentado por", "con la colaborazione di", "in collaborazione con", "offerto da",
        "em parceria com", "oferecido por", "mogelijk gemaakt door", "in samenwerking met", "gesponsord door",
        "we współpracy z", "partnerem jest", "sponsorem jest", "при поддержке", "в партнёрстве с", "спонсор",
    ];

    /// <summary>
    /// Phrases that, inside a short block, show it is a cookie or consent notice. Lower case; matched as substrings
    /// of the block's lower-cased text.
    /// </summary>
    public static readonly string[] CookiePhrases =
    [
        "uses cookies", "use cookies", "using cookies", "use of cookies", "accept cookies", "cookie policy", "cookie settings",
        "we use cookies", "this site uses cookies", "by continuing to use this site", "by continuing to browse", "you consent to our use of cookies",
        "you're ok with this", "you are ok with this", "opt-out if you wish",
        "verwendet cookies", "nutzt cookies", "verwenden cookies", "cookie-einstellungen", "datenschutzerklärung zu",
        "utilise des cookies", "utilisons des cookies", "utilisation de cookies", "utilisation des cookies", "accepter les cookies",
        "utiliza cookies", "utilizamos cookies", "uso de cookies", "aceptar cookies", "política de cookies",
        "utilizza cookie", "utilizziamo cookie", "uso dei cookie", "accetta i cookie", "utiliza cookies", "usamos cookies",
        "aceitar cookies", "gebruikt cookies", "maakt gebruik van cookies", "cookies accepteren", "używa plików cookie",
        "korzysta z plików cookie", "plików cookies", "использует файлы cookie", "использует cookie", "файлы cookie",
    ];

    /// <summary>
    /// Photo-credit markers: a short block containing one is an image credit, not article text ("Natalie Naccache |
    /// Bloomberg | Getty Images", "(Image: GETTY)", "Foto: dpa").
    /// </summary>
    public static readonly string[] CreditPhrases =
    [
        "getty images", "ap photo", "(photo:", "photo:", "photograph:", "(image:", "image:", "picture:", "credit:", "photo credit",
        "shutterstock", "afp via getty", "reuters/", "/reuters", "/ap", "ap/", "epa/", "/epa", "foto:", "bild:", "imago", "photo :", "crédit photo",
        "фото:", "zdjęcie:", "fot.", "(foto", "(bild",
    ];

    /// <summary>
    /// Newsletter calls to action inside the body: a short block with one verb from the first list and one noun
    /// from the second ("Sign up for The Water Coolest ... newsletter", "Get the latest updates in your inbox").
    /// </summary>
    public static readonly string[] NewsletterVerbs =
    [
        "sign up", "subscribe", "get the latest", "delivered to your inbox", "abonnieren", "melden sie sich", "inscrivez", "abonnez",
        "suscríbete", "suscribirse", "iscriviti", "inscreva", "assine", "abonneer", "schrijf je in", "zapisz się", "subskrybuj", "подпишитесь",
    ];

    /// <inheritdoc cref="NewsletterVerbs"/>
    public static readonly string[] NewsletterNouns = ["newsletter", "inbox", "e-mail", "email", "posteingang", "boîte mail", "correo", "casella", "caixa de entrada", "nieuwsbrief", "skrzynk", "рассылк"];

    /// <summary>Words that open a byline ("By Jane Doe"), per language; the line must be short to count.</summary>
    public static readonly string[] BylinePrefixes = ["by", "von", "par", "por", "di", "door", "przez", "автор", "written by", "posted by", "text:", "text von", "reporting by"];

    /// <summary>
    /// Openings of the credit line wire agencies put under a story ("Reporting by …; Editing by …"), normalised
    /// (lower case, no punctuation). A block up to a few hundred characters that starts with one is dropped.
    /// </summary>
    public static readonly string[] CreditLineOpenings =
    [
        "reporting by", "additional reporting by", "writing by", "editing by", "compiled by", "mit material von", "avec afp",
        "reportaje de", "redacción de", "a cura di", "reportagem de", "met medewerking van", "opracowanie",
    ];

    /// <summary>Words that open a date line ("Published 3 May 2024"), per language.</summary>
    public static readonly string[] DatelinePrefixes =
    [
        "published", "updated", "posted", "last updated", "first published", "modified", "veröffentlicht", "aktualisiert", "stand:",
        "publié", "mis à jour", "publicado", "actualizado", "pubblicato", "aggiornato", "atualizado", "gepubliceerd", "bijgewerkt",
        "opublikowano", "aktualizacja", "опубликовано", "обновлено",
    ];
}
