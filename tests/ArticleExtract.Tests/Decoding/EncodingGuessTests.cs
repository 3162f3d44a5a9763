using System.Diagnostics;
using System.Text;
using ArticleExtract.Decoding;

namespace ArticleExtract.Tests.Decoding;

/// <summary>
/// Pages that declare no encoding (no byte-order mark, no HTTP charset, no <c>&lt;meta charset&gt;</c>) and are not
/// UTF-8: their encoding is guessed from the bytes as browsers guess it, so that an old Shift_JIS, GBK or windows-1251
/// page is read as its reader saw it and not as windows-1252 mojibake. The prose is ours, written for these tests.
/// </summary>
public sealed class EncodingGuessTests
{
    private static Encoding CodePage(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    // Encoding name (of the Encoding Standard), the code page the test encodes with, a title and two sentences of news.
    public static TheoryData<string, int, string, string, string> Prose => new()
    {
        { "Shift_JIS", 932, "市立図書館が開館時間を延長", "市立図書館は来月から、平日の開館時間を午後九時まで延長すると発表しました。仕事帰りの利用者から要望が多く寄せられていたためです。", "館長は「学生や会社員にも気軽に立ち寄ってほしい」と話しています。新しい閲覧室も秋に完成する予定です。" },
        { "EUC-JP", 51932, "市立図書館が開館時間を延長", "市立図書館は来月から、平日の開館時間を午後九時まで延長すると発表しました。仕事帰りの利用者から要望が多く寄せられていたためです。", "館長は「学生や会社員にも気軽に立ち寄ってほしい」と話しています。新しい閲覧室も秋に完成する予定です。" },
        { "GBK", 936, "城市公园改造工程正式完工", "经过一年多的施工，市中心的人民公园改造工程昨天正式完工，并重新向市民开放。", "公园管理处表示，新建的步行道和儿童游乐区受到了许多家庭的欢迎，周末的游客人数比去年增加了一倍。" },
        { "Big5", 950, "市政府宣布擴建捷運路線", "市政府昨日宣布，將在未來五年內擴建兩條捷運路線，以減輕市區交通的壓力。", "交通局長表示，新路線完成後，從北區到市中心的時間可以縮短一半，預計每天有十萬人次使用。" },
        { "EUC-KR", 949, "시립 도서관, 야간 개관 시간 연장", "시립 도서관은 다음 달부터 평일 개관 시간을 오후 아홉 시까지 연장한다고 밝혔습니다. 퇴근 후에 도서관을 찾는 시민들의 요청이 많았기 때문입니다.", "도서관장은 학생과 직장인 모두가 편하게 이용할 수 있기를 바란다고 말했습니다." },
        { "windows-1251", 1251, "Городской транспорт перейдёт на новое расписание", "С первого числа следующего месяца автобусы и трамваи будут ходить чаще в утренние и вечерние часы.", "В мэрии рассказали, что изменения подготовлены по просьбам жителей окраинных районов." },
        { "KOI8-R", 20866, "Городской транспорт перейдёт на новое расписание", "С первого числа следующего месяца автобусы и трамваи будут ходить чаще в утренние и вечерние часы.", "В мэрии рассказали, что изменения подготовлены по просьбам жителей окраинных районов." },
        // KOI8-R has box-drawing signs where KOI8-U has і, ї, є and ґ: Ukrainian read as KOI8-R loses them.
        { "KOI8-U", 21866, "Міська рада ухвалила новий бюджет", "Депутати міської ради ухвалили бюджет на наступний рік, який передбачає ремонт шкіл і лікарень.", "Їхні виборці давно чекали на ці зміни, зазначила голова комісії з питань освіти та ґрунтових доріг." },
        // The encodings browsers detect that few pages use: Baltic, DOS and ISO Cyrillic. Each was read as another
        // encoding before it was a candidate (Lithuanian as EUC-JP, Latvian as windows-1254, IBM866 Russian as windows-1255).
        { "windows-1257", 1257, "Miestas atnaujins senąjį tiltą", "Savivaldybė pranešė, kad seno tilto per upę remontas prasidės pavasarį ir truks beveik dvejus metus.", "Gyventojai džiaugiasi, kad pėsčiųjų takas bus platesnis ir saugesnis." },
        { "windows-1257", 1257, "Pilsēta atjaunos veco tiltu", "Pašvaldība paziņoja, ka vecā tilta pār upi remonts sāksies pavasarī un ilgs gandrīz divus gadus.", "Iedzīvotāji priecājas, ka gājēju celiņš būs platāks un drošāks." },
        { "IBM866", 866, "Городской транспорт перейдёт на новое расписание", "С первого числа следующего месяца автобусы и трамваи будут ходить чаще в утренние и вечерние часы.", "В мэрии рассказали, что изменения подготовлены по просьбам жителей окраинных районов." },
        { "ISO-8859-5", 28595, "Городской транспорт перейдёт на новое расписание", "С первого числа следующего месяца автобусы и трамваи будут ходить чаще в утренние и вечерние часы.", "В мэрии рассказали, что изменения подготовлены по просьбам жителей окраинных районов." },
        { "windows-1250", 1250, "Město opraví most přes řeku", "Radnice schválila opravu starého mostu přes řeku, která začne na jaře a potrvá přibližně dva roky.", "Během stavby bude doprava vedena po objížďce a chodci mohou využít dočasnou lávku." },
        { "windows-1250", 1250, "Miasto buduje nową ścieżkę rowerową", "Władze miasta ogłosiły, że jeszcze w tym roku powstanie nowa ścieżka rowerowa wzdłuż rzeki.", "Mieszkańcy od dawna prosili o bezpieczną trasę, która połączy osiedla z centrum." },
        { "ISO-8859-2", 28592, "Miasto buduje nową ścieżkę rowerową", "Władze miasta ogłosiły, że jeszcze w tym roku powstanie nowa ścieżka rowerowa wzdłuż rzeki.", "Mieszkańcy od dawna prosili o bezpieczną trasę, która połączy osiedla z centrum." },
        { "windows-1253", 1253, "Ο δήμος ανακαινίζει την κεντρική πλατεία", "Ο δήμος ανακοίνωσε ότι οι εργασίες στην κεντρική πλατεία θα ξεκινήσουν τον επόμενο μήνα.", "Οι κάτοικοι θα μπορούν να χρησιμοποιούν την πλατεία ξανά πριν από το καλοκαίρι." },
        { "windows-1255", 1255, "העירייה תרחיב את הספרייה הציבורית", "העירייה הודיעה כי הספרייה הציבורית תורחב בשנה הבאה ותכלול אולם קריאה חדש.", "תושבי השכונה ביקשו מקום שקט ללמידה, והפרויקט צפוי להסתיים עד סוף הקיץ." },
        { "windows-1256", 1256, "البلدية تفتتح مكتبة جديدة", "أعلنت البلدية أن المكتبة الجديدة ستفتح أبوابها للجمهور في الشهر القادم.", "وقال المدير إن المكتبة ستضم قاعة للقراءة وأخرى للأطفال." },
        { "windows-1254", 1254, "Belediye şehir parkını yeniliyor", "Belediye, şehir merkezindeki büyük parkın gelecek ay yenileneceğini açıkladı.", "Çalışmalar sırasında parkın bir bölümü ziyaretçilere açık kalacak ve yeni oyun alanları inşa edilecek." },
        { "windows-874", 874, "เมืองเปิดสวนสาธารณะแห่งใหม่", "เทศบาลเมืองประกาศว่าสวนสาธารณะแห่งใหม่จะเปิดให้ประชาชนเข้าใช้ได้ในเดือนหน้า", "ชาวบ้านในพื้นที่ต่างดีใจที่จะมีที่ออกกำลังกายและพักผ่อนใกล้บ้าน" },
        { "windows-1252", 1252, "La mairie rénove la place du marché", "Les travaux de rénovation de la place du marché commenceront à la fin du mois, a annoncé la mairie.", "Les commerçants pourront continuer à vendre leurs produits pendant toute la durée du chantier." },
        { "windows-1252", 1252, "Neue Straßenbahn für den Norden", "Die Stadtverwaltung hat am Dienstag beschlossen, das Straßenbahnnetz in die nördlichen Bezirke zu erweitern.", "Die Bürger können die Pläne ab Montag im Rathaus einsehen." },
        // Icelandic's ð, þ and ý sit where windows-1254 has ğ, ş and ı: read as Turkish it keeps á, í, ú and æ, which Turkish never writes.
        { "windows-1252", 1252, "Borgarstjórn samþykkir nýja leið", "Borgarráðið samþykkti á þriðjudag að lengja strætóleiðina til norðurhverfanna, og íbúar þar fagna því.", "Framkvæmdir hefjast í vor og þeim á að ljúka fyrir haustið, segir í tilkynningu frá borginni." },
        // Hungarian's ő and ű read as windows-1252's õ and û: letters of Portuguese and French, which no one language writes beside ö and á.
        { "windows-1250", 1250, "Bővül a városi könyvtár", "A városi könyvtár jövő héttől hosszabb nyitvatartással várja az olvasókat, közölte az önkormányzat.", "Az új olvasóterem ősszel nyílik meg, és a gyerekeknek külön részleget alakítanak ki." },
    };

    private static string ShortPage(string title, string first, string second) =>
        $"<html><head><title>{title}</title></head><body><article><p>{first}</p><p>{second}</p></article></body></html>";

    // Mostly ASCII: a long head of script and style, English navigation, and the prose at the end.
    private static string MixedPage(string title, string first, string second)
    {
        var page = new StringBuilder("<!DOCTYPE html><html><head><title>").Append(title).Append("</title>");
        for (var i = 0; i < 40; i++)
        {
            page.Append("<script>window.dataLayer = window.dataLayer || []; function track").Append(i)
                .Append("(e) { dataLayer.push({ event: 'click', target: e.target.id }); }</script>\n")
                .Append("<style>.nav-item-").Append(i).Append(" { margin: 0 4px; padding: 2px; color: #333; }</style>\n");
        }

        page.Append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/about\">About</a></nav>")
            .Append("<article><p>").Append(first).Append("</p><p>").Append(second).Append("</p></article>")
            .Append("<footer><a href=\"/contact\">Contact</a> | <a href=\"/privacy\">Privacy</a></footer></body></html>");
        return page.ToString();
    }

    [Theory]
    [MemberData(nameof(Prose))]
    public void An_undeclared_short_page_is_read_in_its_encoding(string name, int codePage, string title, string first, string second)
    {
        // Before the guess, every one of these but the windows-1252 pages was read as windows-1252: mojibake.
        var bytes = CodePage(codePage).GetBytes(ShortPage(title, first, second));
        Assert.Null(HtmlDecoder.Declared(bytes));
        Assert.Same(EncodingLabels.ForName(name), HtmlDecoder.Detect(bytes, null).Encoding);

        var article = ArticleExtractor.Default.Extract(bytes);
        Assert.Equal(title, article.Title);
        Assert.Equal($"{first}\n\n{second}", article.Body);
    }

    [Theory]
    [MemberData(nameof(Prose))]
    public void An_undeclared_page_of_mostly_ascii_markup_is_read_in_its_encoding(string name, int codePage, string title, string first, string second)
    {
        var bytes = CodePage(codePage).GetBytes(MixedPage(title, first, second));
        Assert.Same(EncodingLabels.ForName(name), HtmlDecoder.Detect(bytes, null).Encoding);
        Assert.Equal($"{first}\n\n{second}", ArticleExtractor.Default.Extract(bytes).Body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("www.example.ru")]
    [InlineData("www.example.jp")]
    public void A_windows_1252_page_with_a_few_accented_words_stays_windows_1252(string? host)
    {
        const string Text = "The caf\u00e9 on Hauptstra\u00dfe serves cr\u00e8me br\u00fbl\u00e9e, and Herr M\u00fcller says the fa\u00e7ade will be repainted this spring by a na\u00efve young artist.";
        var bytes = CodePage(1252).GetBytes(MixedPage("Spring in the old town", Text, "Visitors are welcome every day."));
        Assert.Same(EncodingLabels.Windows1252, HtmlDecoder.Detect(bytes, null, host).Encoding);
    }

    [Fact]
    public void Vietnamese_in_windows_1258_with_combining_tones_is_read_in_its_encoding()
    {
        // As Vietnamese is typed in windows-1258: a precomposed letter where the code page has one (à, â, ơ, đ …), else
        // the letter followed by its tone as a combining mark (phố is "phô" and U+0301), which no other candidate has.
        const string Title = "Thành phô\u0301 sư\u0309a chư\u0303a cây câ\u0300u cu\u0303";
        const string First = "Chính quyê\u0300n thành phô\u0301 cho biê\u0301t viê\u0323c sư\u0309a chư\u0303a cây câ\u0300u cu\u0303 bă\u0301c qua sông se\u0303 bă\u0301t đâ\u0300u vào mùa xuân.";
        const string Second = "Ngươ\u0300i dân râ\u0301t vui vi\u0300 lô\u0301i đi bô\u0323 se\u0303 rô\u0323ng hơn và an toàn hơn.";
        var bytes = CodePage(1258).GetBytes(ShortPage(Title, First, Second));
        Assert.Null(HtmlDecoder.Declared(bytes));
        Assert.Same(EncodingLabels.ForName("windows-1258"), HtmlDecoder.Detect(bytes, null).Encoding);
        Assert.Equal($"{First}\n\n{Second}", ArticleExtractor.Default.Extract(bytes).Body);
    }

    [Fact]
    public void Undeclared_iso_2022_jp_is_told_by_its_escape_sequences()
    {
        // Seven-bit, so valid UTF-8 as well: read as UTF-8 the page was Latin garbage between escape bytes.
        var (_, _, title, first, second) = ProseFor(932);
        var bytes = CodePage(50220).GetBytes(ShortPage(title, first, second));
        Assert.Contains((byte)0x1B, bytes);
        Assert.Same(EncodingLabels.ForName("ISO-2022-JP"), HtmlDecoder.Detect(bytes, null).Encoding);
        Assert.Equal($"{first}\n\n{second}", ArticleExtractor.Default.Extract(bytes).Body);

        // An escape byte that starts no ISO-2022-JP sequence, or one among UTF-8 text, is not it.
        Assert.Same(Encoding.UTF8, HtmlDecoder.Detect("<p>Press \u001B[0m to reset the terminal.</p>"u8.ToArray(), null).Encoding);
        Assert.Same(Encoding.UTF8, HtmlDecoder.Detect([.. bytes, .. "<p>café</p>"u8.ToArray()], null).Encoding);
    }

    [Fact]
    public void A_short_catalan_page_stays_windows_1252()
    {
        // Its only accents, ç and ï, are Latvian ē and ļ in windows-1257: an uncommon encoding needs more than that.
        const string Text = "L'ajuntament va anunciar ahir que les obres de la plaça començaran a la tardor i que els veïns podran opinar sobre el disseny.";
        var bytes = CodePage(1252).GetBytes(ShortPage("Obres", Text, "Bon dia a tothom."));
        Assert.Same(EncodingLabels.Windows1252, HtmlDecoder.Detect(bytes, null).Encoding);
        Assert.Same(EncodingLabels.ForName("windows-1257"), HtmlDecoder.Detect(bytes, null, "www.example.lv").Encoding);
    }

    [Fact]
    public void English_naming_places_abroad_stays_windows_1252()
    {
        // ü, á and ö are Hungarian letters too, but windows-1250 reads them on the same bytes: they cannot make it likelier.
        const string Text = "Visitors to the exhibition in Zürich can see works by Dvořák's contemporaries and Ångström's instruments.";
        var bytes = CodePage(1252).GetBytes(ShortPage("Exhibition", Text, "The museum opens at ten."));
        Assert.Same(EncodingLabels.Windows1252, HtmlDecoder.Detect(bytes, null).Encoding);
    }

    [Theory]
    [InlineData("It\u2019s the town\u2019s oldest shop, and we\u2019re sure you\u2019ll like it.")]
    [InlineData("\u201cDon\u2019t wait,\u201d she said \u2014 the doors close at six\u2026")]
    public void English_with_windows_1252_quotes_and_dashes_stays_windows_1252(string text)
    {
        // Curly quotes are lead bytes of Shift_JIS and GBK; an apostrophe between two letters reads as a kanji there.
        var bytes = CodePage(1252).GetBytes(ShortPage("Opening hours", text, "Everyone is welcome."));
        Assert.Same(EncodingLabels.Windows1252, HtmlDecoder.Detect(bytes, null).Encoding);
    }

    [Fact]
    public void The_top_level_domain_breaks_a_near_tie()
    {
        // Czech whose only accents are á and é, which windows-1252 has on the same bytes: the bytes cannot tell, the domain does.
        var tie = CodePage(1250).GetBytes(ShortPage("Oprava mostu", "Radnice schválila opravu starého mostu.", "Práce budou hotové do léta."));
        Assert.Same(EncodingLabels.Windows1252, HtmlDecoder.Detect(tie, null).Encoding);
        Assert.Same(EncodingLabels.ForName("windows-1250"), HtmlDecoder.Detect(tie, null, "www.example.cz").Encoding);
    }

    [Fact]
    public void Czech_with_a_few_letters_of_its_own_needs_no_domain()
    {
        // Read as windows-1252, ř, ě and ů are ø, ì and ù: letters no one Western language writes together, beside á and é.
        // Before letters were judged by language, this page was windows-1252 without a .cz address.
        const string Text = "Radnice schválila opravu mostu přes řeku. Práce začnou na jaře a ukončeny budou do roka.";
        var bytes = CodePage(1250).GetBytes(ShortPage("Oprava mostu", Text, "Doprava půjde po objízdné trase."));
        Assert.Same(EncodingLabels.ForName("windows-1250"), HtmlDecoder.Detect(bytes, null).Encoding);

        var article = ArticleExtractor.Default.Extract(bytes, new Uri("https://www.example.cz/zpravy/most"));
        Assert.Equal($"{Text}\n\nDoprava půjde po objízdné trase.", article.Body);
    }

    [Theory]
    [InlineData(1251, "www.example.cz")]
    [InlineData(932, "www.example.cn")]
    [InlineData(949, "www.example.jp")]
    public void The_top_level_domain_never_overrides_clear_evidence(int codePage, string host)
    {
        var (name, _, title, first, second) = ProseFor(codePage);
        var bytes = CodePage(codePage).GetBytes(ShortPage(title, first, second));
        Assert.Same(EncodingLabels.ForName(name), HtmlDecoder.Detect(bytes, null, host).Encoding);
    }

    [Fact]
    public void A_declared_or_utf8_page_is_never_guessed()
    {
        var (_, _, title, first, second) = ProseFor(1251);
        var declared = CodePage(1251).GetBytes("<meta charset=\"koi8-r\">" + ShortPage(title, first, second));
        Assert.Equal("KOI8-R", HtmlDecoder.Declared(declared));
        Assert.Same(EncodingLabels.ForName("KOI8-R"), HtmlDecoder.Detect(declared, null).Encoding);
        Assert.Same(EncodingLabels.ForName("KOI8-R"), HtmlDecoder.Detect(CodePage(1251).GetBytes(ShortPage(title, first, second)), "text/html; charset=koi8-r").Encoding);
        Assert.Same(Encoding.UTF8, HtmlDecoder.Detect(Encoding.UTF8.GetBytes(ShortPage(title, first, second)), null, "www.example.cn").Encoding);
    }

    [Fact]
    public void Only_the_first_bytes_are_read()
    {
        // Whatever follows the bounded prefix, the guess is the same: the work does not grow with the page.
        var (_, _, title, first, second) = ProseFor(932);
        var head = CodePage(932).GetBytes(ShortPage(title, first, second) + new string(' ', 70_000));
        var tail = CodePage(1251).GetBytes(string.Concat(Enumerable.Repeat(ProseFor(1251).First + " ", 2000)));
        Assert.Same(EncodingLabels.ForName("Shift_JIS"), HtmlDecoder.Detect([.. head, .. tail], null).Encoding);
    }

    [Fact]
    public void Random_bytes_never_throw_and_take_linear_time()
    {
        var random = new Random(20261207);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            if (i % 3 == 0)
            {
                // Mostly high bytes, where every candidate has something to read.
                for (var j = 0; j < bytes.Length; j++)
                {
                    bytes[j] |= 0x80;
                }
            }

            _ = HtmlDecoder.Decode(bytes, null, i % 2 == 0 ? "example.jp" : null);
        }

        var large = new byte[16 * 1024 * 1024];
        random.NextBytes(large);
        var clock = Stopwatch.StartNew();
        _ = HtmlDecoder.Detect(large, null);
        // 16 MiB is checked for UTF-8 once and guessed from its first 64 KiB: well under a second; a guess over the
        // whole page by every candidate, or worse than linear, would take far longer.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    private static (string Name, int CodePage, string Title, string First, string Second) ProseFor(int codePage)
    {
        foreach (var row in Prose)
        {
            if ((int)row[1] == codePage)
            {
                return ((string)row[0], codePage, (string)row[2], (string)row[3], (string)row[4]);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(codePage));
    }
}
