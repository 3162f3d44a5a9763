namespace ArticleExtract.Metadata;

/// <summary>
/// Every word list of the metadata stage, as data, by language (English, German, French, Spanish, Italian,
/// Portuguese, Dutch, Polish, Russian), lower case. Change what the stage recognises here, not in the code.
/// </summary>
internal static class MetadataLexicon
{
    /// <summary>
    /// Month names and abbreviations, one line per language, months separated by <c>|</c>, spellings by spaces.
    /// Genitive forms (Polish "marca", Russian "марта") are what dates use, so they are listed beside the nominative.
    /// </summary>
    public static readonly string[] MonthNames =
    [
        "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sep sept|october oct|november nov|december dec",
        "januar jän jänner|februar|märz mrz maerz|april|mai|juni|juli|august|september|oktober okt|november|dezember dez",
        "janvier janv|février févr fevrier fevr|mars|avril avr|mai|juin|juillet juil|août aout|septembre|octobre|novembre|décembre decembre déc",
        "enero ene|febrero|marzo|abril abr|mayo|junio|julio|agosto ago|septiembre setiembre|octubre|noviembre|diciembre dic",
        "gennaio gen|febbraio|marzo|aprile|maggio mag|giugno giu|luglio lug|agosto|settembre set|ottobre ott|novembre|dicembre",
        "janeiro|fevereiro fev|março marco|abril|maio|junho|julho|agosto|setembro|outubro out|novembro|dezembro",
        "januari|februari|maart mrt|april|mei|juni|juli|augustus|september|oktober|november|december",
        "styczeń stycznia sty|luty lutego lut|marzec marca|kwiecień kwietnia kwi|maj maja|czerwiec czerwca cze|lipiec lipca lip|sierpień sierpnia sie|wrzesień września wrz|październik października paź|listopad listopada lis|grudzień grudnia gru",
        "январь января янв|февраль февраля фев|март марта|апрель апреля апр|май мая|июнь июня|июль июля|август августа авг|сентябрь сентября сен|октябрь октября окт|ноябрь ноября|декабрь декабря дек",
    ];

    /// <summary>Weekday names and abbreviations, all languages.</summary>
    public static readonly string[] Weekdays =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì",
        "giovedì", "venerdì", "sabato", "segunda", "terça", "quarta", "quinta", "sexta", "maandag", "dinsdag", "woensdag", "donderdag",
        "vrijdag", "zaterdag", "zondag", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    ];

    /// <summary>Words written before a publication date ("Published on", "Publié le", "Veröffentlicht am").</summary>
    public static readonly string[] PublishedLabels =
    [
        "published", "posted", "first published", "originally published", "released", "written", "date",
        "veröffentlicht", "erschienen", "erstellt", "datum", "publié", "posté", "paru", "publicado", "publicada", "fecha",
        "pubblicato", "pubblicata", "data", "postado", "gepubliceerd", "geplaatst", "opublikowano", "opublikowany", "dodano",
        "опубликовано", "опубликован", "дата публикации",
    ];

    /// <summary>Words written before a modification date ("Last updated", "Mis à jour le", "Aktualisiert am").</summary>
    public static readonly string[] UpdatedLabels =
    [
        "updated", "last updated", "last modified", "modified", "revised", "last reviewed", "reviewed", "edited", "refreshed",
        "aktualisiert", "letzte aktualisierung", "zuletzt aktualisiert", "geändert", "stand", "mis à jour", "actualisé", "modifié",
        "actualizado", "actualizada", "última actualización", "aggiornato", "aggiornata", "ultimo aggiornamento", "atualizado",
        "atualizada", "última atualização", "bijgewerkt", "laatst bijgewerkt", "gewijzigd", "zaktualizowano", "aktualizacja",
        "обновлено", "обновлён", "изменено",
    ];

    /// <summary>Class and id words that mark a byline or the author's name ("username" and "poster" on forum threads).</summary>
    public static readonly string[] BylineClassWords = ["byline", "author", "authors", "writtenby", "byl", "creator", "autor", "auteur", "autore", "username", "postauthor", "poster"];

    /// <summary>Words that, beside an author word, mark the author's picture, biography or statistics rather than the name.</summary>
    public static readonly string[] BylineNotNameWords =
    [
        "views", "count", "avatar", "bio", "biography", "image", "img", "photo", "pic", "picture", "thumb", "thumbnail", "follow",
        "social", "box", "description", "desc", "about", "more", "label", "icon", "posts", "archive",
    ];

    /// <summary>Class and id words of containers whose bylines are not the article's: comment threads, author boxes of other posts, sidebars.</summary>
    public static readonly string[] BylineForeignWords =
    [
        "comment", "comments", "reply", "replies", "respond", "disqus", "sidebar", "related", "recommended", "footer", "nav",
        "menu", "more", "popular", "trending", "teaser", "promo", "newsletter", "share", "social",
    ];

    /// <summary>Beside an author word, these mark a box about the writer ("author-box", "about-author").</summary>
    public static readonly string[] AuthorBoxWords = ["box", "bio", "about", "card", "info", "profile", "details"];

    /// <summary>Class and id words that mark an element holding the publication date.</summary>
    public static readonly string[] PublishedClassWords = ["published", "pubdate", "publishdate"];

    /// <summary>Class and id words that mark an element holding a date.</summary>
    public static readonly string[] DateClassWords = ["date", "dateline", "published", "pubdate", "publishdate", "timestamp", "datum", "fecha", "datetime", "posted", "time", "postdate", "entrydate", "meta"];

    /// <summary>Class and id words that mark an element holding the modification date.</summary>
    public static readonly string[] UpdatedClassWords = ["updated", "modified", "update", "aktualisiert", "lastmod", "revised"];

    /// <summary>Words that open a byline and are not part of the name, longest first.</summary>
    public static readonly string[] BylineOpenings =
    [
        "written and reviewed by", "medically reviewed by", "fact checked by", "reporting by", "written by", "posted by", "published by",
        "authored by", "words by", "story by", "text by", "article by", "reviewed by", "created by", "compiled by", "by",
        "geschrieben von", "verfasst von", "text von", "autor", "autorin", "von", "écrit par", "rédigé par", "publié par", "auteur",
        "par", "escrito por", "publicado por", "redactado por", "autora", "por", "scritto da", "pubblicato da", "autore", "di",
        "escrito por", "publicado por", "geschreven door", "door", "napisane przez", "autorka", "przez", "автор", "текст",
        "text", "texto", "texte", "testo", "tekst", "author", "written and edited by", "post by", "recipe by", "via", "started by", "asked by", "submitted by",
    ];

    /// <summary>Openings that name a reviewer or checker, who is not the author when an author is named too.</summary>
    public static readonly string[] ReviewerOpenings =
    [
        "medically reviewed by", "reviewed by", "fact checked by", "fact-checked by", "edited by", "geprüft von", "relu par", "revisado por",
        "revisionato da", "gecontroleerd door", "sprawdzone przez", "проверено",
    ];

    /// <summary>Credentials and post-nominals written after a name ("Jane Doe, MD, RD"): never part of the name.</summary>
    public static readonly string[] Credentials =
    [
        "md", "rd", "rdn", "ld", "ldn", "phd", "ph.d", "ph.d.", "ms", "msc", "ma", "mba", "mph", "mph.", "rn", "bsn", "msn", "np", "pa",
        "pa-c", "do", "dds", "dmd", "cpt", "cscs", "cfp", "cpa", "jd", "esq", "faap", "facp", "facc", "fand", "cde", "cdces", "ibclc",
        "lmft", "lcsw", "lpc", "psyd", "dnp", "pharmd", "dvm", "bs", "ba", "bsc", "mfa", "med", "edd", "cfa", "frcp", "mrcp", "mbbs",
        "dr", "prof", "jr", "sr", "ii", "iii", "e-ryt", "ryt", "nasm", "ace", "cnc", "cissp", "pmp",
    ];

    /// <summary>
    /// Class and id words of containers whose dates are not the article's: comment threads, sidebars, related and
    /// popular lists, navigation. Narrower than the byline finder's list: page builders put "widget" on every block.
    /// </summary>
    public static readonly string[] ForeignDateContainers =
    [
        "comment", "comments", "reply", "replies", "respond", "disqus", "sidebar", "related", "recommended", "footer", "nav", "menu",
        "popular", "trending", "teaser", "teasers", "newsletter", "breadcrumb", "breadcrumbs", "recent", "latest", "carousel",
    ];

    /// <summary>Link and label texts found where a name is expected ("Full Bio", "View all posts"): never an author.</summary>
    public static readonly string[] NotAuthorLabels =
    [
        "full bio", "bio", "author", "authors", "about the author", "about", "view all posts", "view profile", "read more", "more",
        "follow", "contact", "share", "posts", "see all", "profile", "by", "written by", "unknown", "anonymous", "guest", "none", "null",
        "autor", "auteur", "autore", "undefined", "cancel", "name", "your name", "login", "log in", "sign in", "menu", "search", "home",
    ];

    /// <summary>Openings of a line that names the article's writer (or reviewer), for finding bylines in the page.</summary>
    public static readonly string[] BylineLineOpenings =
    [
        "by", "written by", "posted by", "words by", "story by", "article by", "authored by", "reporting by", "text:", "text by",
        "reviewed by", "medically reviewed by", "fact checked by", "von", "text von", "geschrieben von", "verfasst von", "autor:", "autorin:",
        "par", "écrit par", "rédigé par", "por", "escrito por", "texto:", "di", "scritto da", "testo di", "door", "geschreven door",
        "tekst:", "przez", "autor", "napisane przez", "автор", "автор:", "текст:", "started by", "asked by", "submitted by",
    ];

    /// <summary>What ends the names in a byline line: separators, then the date, place or role words that follow them.</summary>
    public static readonly string[] BylineStops =
    [
        " | ", " • ", " · ", " ⋅ ", " — ", " – ", " - ", " on ", " am ", " le ", " el ", " il ", " op ", " em ", " dnia ", " at ", "Updated", "Published",
        "Aktualisiert", "Mis à jour", "\u00A0|", " Edited by", " edited by", "Reviewed by", "Reviewed", " Reviewed by", " reviewed by",
        " Medically reviewed by", " Fact checked by", " fact checked by", " Photos by", " Photography by", " Illustrations by",
        " Illustration by", " Additional reporting", " Posted", " Sponsored", " in ", "Last updated", "Last Updated", "Last modified",
    ];

    /// <summary>Job titles a byline runs into the end of a name ("Jane Doe Founder", "Jane Doe, Senior Editor"); lower case.</summary>
    public static readonly string[] JobTitles =
    [
        "founder", "co-founder", "cofounder", "ceo", "cto", "cmo", "coo", "president", "director", "manager", "head", "lead", "senior", "chief",
        "editor", "editor-in-chief", "writer", "author", "reviewer", "contributor", "columnist", "correspondent", "reporter", "journalist",
        "expert", "specialist", "consultant", "analyst", "researcher", "strategist", "owner", "partner", "gründer", "fondateur", "fondatrice",
        "fundador", "fundadora", "redakteur", "redakteurin", "rédacteur", "rédactrice", "redactor", "redactora",
    ];
}
