namespace ArticleExtract.Tests.Metadata;

// Article.Language: the page's declaration unless the article's text is plainly another language; the text's language
// when nothing is declared. Site templates declare one language for every page, and many pages declare none.
public sealed class LanguageGuessTests
{
    private const string German = """
        <p>Der Stadtrat hat am Dienstag beschlossen, eine neue Brücke über den Fluss zu bauen. Die Arbeiten sollen im kommenden Frühjahr beginnen und etwa drei Jahre dauern. Nach Angaben der Verwaltung werden die Kosten auf rund 120 Millionen Euro geschätzt, von denen ein Teil vom Land übernommen wird.</p>
        <p>Anwohner hatten sich lange für eine zusätzliche Verbindung eingesetzt, weil die alte Brücke zu den Stoßzeiten regelmäßig überlastet ist. Auch die Händler in der Innenstadt hoffen auf mehr Kundschaft, wenn der Verkehr wieder fließt.</p>
        <p>Kritik kommt dagegen von den Umweltverbänden. Sie befürchten, dass durch den Bau ein wertvolles Auengebiet zerstört wird, und fordern eine Prüfung, ob nicht eine Fähre oder ein Ausbau der bestehenden Brücke genügen würde.</p>
        <p>Die Bürgermeisterin sagte, man nehme die Bedenken ernst und werde die Pläne in den nächsten Wochen noch einmal mit allen Beteiligten besprechen. Eine endgültige Entscheidung über die genaue Trasse soll im Sommer fallen.</p>
        <p>Bis dahin bleibt die alte Brücke die einzige Verbindung zwischen den beiden Stadtteilen, und für Pendler ändert sich vorerst nichts. Die Stadtwerke kündigten aber an, in den Stoßzeiten zusätzliche Busse einzusetzen.</p>
        """;

    private const string English = """
        <p>The city council voted on Tuesday to build a new bridge across the river, a project that has been debated for more than a decade. Work is due to begin next spring and should take about three years.</p>
        <p>Residents had long campaigned for a second crossing, because the old bridge is jammed at every rush hour. Shop owners in the town centre also hope that more customers will come once the traffic flows again.</p>
        <p>Environmental groups are less pleased. They fear that the construction will destroy a valuable stretch of wetland, and they have asked for a study of whether a ferry or a wider old bridge would be enough.</p>
        <p>The mayor said that the council takes the concerns seriously and will discuss the plans with all of the groups in the coming weeks. A final decision on the exact route is expected in the summer.</p>
        <p>Until then the old bridge remains the only link between the two districts, and nothing changes for commuters. The transport company has said it will run extra buses at the busiest hours.</p>
        """;

    [Fact]
    public void A_german_story_under_a_template_that_declares_english_is_german()
    {
        Assert.Equal("de", Page(German, " lang=\"en\"").Language);
    }

    [Fact]
    public void A_declaration_the_text_agrees_with_keeps_its_region()
    {
        Assert.Equal("de-AT", Page(German, " lang=\"de-AT\"").Language);
        Assert.Equal("en-GB", Page(English, " lang=\"en-GB\"").Language);
    }

    [Fact]
    public void An_english_story_quoting_a_german_speaker_stays_english()
    {
        var quoted = English + "<blockquote><p>Wir haben lange darauf gewartet, und jetzt ist es endlich so weit, sagte eine Anwohnerin, die seit vierzig Jahren an der Brücke wohnt.</p></blockquote>";

        Assert.Equal("en", Page(quoted, " lang=\"en\"").Language);
    }

    [Fact]
    public void Two_sentences_do_not_overrule_a_declaration()
    {
        const string two = "<p>The city council voted on Tuesday to build a new bridge across the river, a project that has been debated for more than a decade.</p><p>Work is due to begin next spring and should take about three years, and it will cost the city more than it has.</p>";

        Assert.Equal("pt-BR", Page(two, " lang=\"pt-BR\"").Language);
        Assert.Equal("en", Page(two).Language);
    }

    [Fact]
    public void A_declared_language_the_guesser_cannot_tell_is_never_overruled()
    {
        // Basque has no word list; the English text must not replace what the page says it is.
        Assert.Equal("eu", Page(English, " lang=\"eu\"").Language);
    }

    [Fact]
    public void Close_languages_keep_the_declaration()
    {
        // Russian and Ukrainian share many function words; a page that says it is Russian is not overruled by them.
        const string ukrainian = """
            <p>Міська рада у вівторок ухвалила рішення збудувати новий міст через річку. Роботи мають розпочатися наступної весни і триватимуть близько трьох років, а їх вартість оцінюють у сто двадцять мільйонів.</p>
            <p>Мешканці давно вимагали другої переправи, бо старий міст щодня перевантажений. Також власники крамниць у центрі сподіваються, що покупців стане більше, коли рух знову налагодиться.</p>
            <p>Проте екологи незадоволені. Вони побоюються, що будівництво знищить цінну ділянку заплави, і вимагають перевірити, чи не вистачить порома або розширення старого мосту.</p>
            <p>Міська голова сказала, що рада серйозно ставиться до цих побоювань і обговорить плани з усіма сторонами в найближчі тижні. Остаточне рішення щодо траси очікують улітку.</p>
            """;

        Assert.Equal("ru", Page(ukrainian, " lang=\"ru\"").Language);
        Assert.Equal("uk", Page(ukrainian).Language);
    }

    [Theory]
    [InlineData("fr", "<p>Le conseil municipal a voté mardi la construction d'un nouveau pont sur le fleuve, un projet qui est débattu depuis plus de dix ans. Les travaux doivent commencer au printemps et dureront environ trois ans.</p><p>Les habitants réclamaient depuis longtemps un second passage, car le vieux pont est saturé aux heures de pointe. Les commerçants du centre espèrent aussi que les clients reviendront quand la circulation sera plus fluide.</p>")]
    [InlineData("es", "<p>El ayuntamiento aprobó el martes la construcción de un nuevo puente sobre el río, un proyecto que se debate desde hace más de diez años. Las obras deben comenzar en primavera y durarán unos tres años.</p><p>Los vecinos pedían desde hace tiempo un segundo paso, porque el viejo puente está saturado en las horas punta. Los comerciantes del centro esperan también que vuelvan los clientes cuando el tráfico sea más fluido.</p>")]
    [InlineData("it", "<p>Il consiglio comunale ha approvato martedì la costruzione di un nuovo ponte sul fiume, un progetto che è in discussione da più di dieci anni. I lavori dovrebbero cominciare in primavera e durare circa tre anni.</p><p>Gli abitanti chiedevano da tempo un secondo passaggio, perché il vecchio ponte è sempre congestionato nelle ore di punta. Anche i negozianti del centro sperano che i clienti tornino quando il traffico sarà più scorrevole.</p>")]
    [InlineData("pl", "<p>Rada miasta zdecydowała we wtorek o budowie nowego mostu na rzece, o którym dyskutuje się od ponad dziesięciu lat. Prace mają się rozpocząć wiosną i potrwają około trzech lat, a ich koszt jest szacowany na sto milionów.</p><p>Mieszkańcy od dawna domagali się drugiej przeprawy, ponieważ stary most jest zakorkowany w godzinach szczytu. Także kupcy w centrum mają nadzieję, że klientów będzie więcej, kiedy ruch znowu będzie płynny.</p>")]
    [InlineData("ru", "<p>Городской совет во вторник принял решение построить новый мост через реку, о котором спорят уже больше десяти лет. Работы должны начаться весной и продлятся около трёх лет, а их стоимость оценивают в сто миллионов.</p><p>Жители давно требовали второй переправы, так как старый мост в часы пик всегда перегружен. Владельцы магазинов в центре тоже надеются, что покупателей станет больше, когда движение снова наладится.</p>")]
    [InlineData("ja", "<p>市議会は火曜日、川に新しい橋を架けることを決めた。工事は来年の春に始まり、およそ三年かかる見込みだ。朝と夕方のラッシュ時には古い橋がいつも渋滞しているため、住民は長い間二本目の橋を求めてきた。</p><p>中心部の商店主たちも、車の流れがよくなれば客が戻ってくると期待している。一方で、環境団体は工事によって大切な湿地が失われることを心配している。</p>")]
    [InlineData("zh", "<p>市议会星期二决定在河上修建一座新桥，这个项目已经讨论了十多年。工程预计明年春天开工，大约需要三年时间。由于旧桥在上下班高峰时段总是拥堵，居民们多年来一直要求再建一座桥。</p><p>市中心的商户也希望交通顺畅以后顾客会回来。不过环保组织担心施工会破坏一片珍贵的湿地，要求重新评估是否只需拓宽旧桥。</p>")]
    [InlineData("ko", "<p>시의회는 화요일 강 위에 새 다리를 짓기로 결정했다. 공사는 내년 봄에 시작되어 약 삼 년이 걸릴 예정이다. 출퇴근 시간마다 옛 다리가 늘 막히기 때문에 주민들은 오래전부터 두 번째 다리를 요구해 왔다.</p><p>도심의 상인들도 교통이 원활해지면 손님이 다시 올 것이라고 기대하고 있다. 반면 환경 단체들은 공사로 소중한 습지가 사라질까 걱정하고 있다.</p>")]
    [InlineData("el", "<p>Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να χτιστεί μια νέα γέφυρα πάνω από τον ποταμό, ένα έργο που συζητείται εδώ και περισσότερα από δέκα χρόνια. Οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν περίπου τρία χρόνια.</p><p>Οι κάτοικοι ζητούσαν εδώ και καιρό μια δεύτερη διάβαση, γιατί η παλιά γέφυρα είναι πάντα γεμάτη τις ώρες αιχμής.</p>")]
    public void An_undeclared_page_takes_the_language_of_its_text(string expected, string body)
    {
        Assert.Equal(expected, Page(body).Language);
    }

    [Fact]
    public void Too_little_text_gives_no_guess()
    {
        Assert.Null(Page("<p>The bridge opens on Friday.</p>").Language);
    }

    private static Article Page(string body, string htmlAttributes = "") =>
        ArticleExtractor.Default.Extract($"<!DOCTYPE html><html{htmlAttributes}><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{body}</article></body></html>");
}
