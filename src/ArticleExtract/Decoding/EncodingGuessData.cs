namespace ArticleExtract.Decoding;

/// <summary>
/// The data <see cref="EncodingGuess"/> judges undeclared legacy bytes by: which encodings are candidates and the
/// top-level domains that make one likelier (the letters of each language, by frequency class, are in
/// <c>Vocabulary/letters.txt</c>). The order of <see cref="SingleByte"/> and <see cref="MultiByte"/> is the order ties
/// are broken in: the Western encoding first, as it was the only guess before.
/// </summary>
internal static class EncodingGuessData
{
    /// <summary>
    /// A single-byte candidate: an encoding name of <see cref="EncodingLabels"/>, the top-level domains (space-separated)
    /// where pages in it are usual, and whether it is uncommon: seldom met on the web, so that outside its domains it must
    /// win by <see cref="Cleaning.Thresholds.EncodingGuessUncommonMargin"/>.
    /// </summary>
    public readonly record struct SingleByteProfile(string Encoding, string Domains, bool Uncommon = false);

    /// <summary>A multi-byte candidate: an encoding name, the .NET code page that validates it, its kind, and its top-level domains.</summary>
    public readonly record struct MultiByteProfile(string Encoding, int CodePage, CjkKind Kind, string Domains);

    public enum CjkKind
    {
        Japanese,
        Chinese,
        Korean,
    }

    // A reading is judged by the one language it reads best as, never by the letters of several languages at once:
    // Hungarian read as windows-1252 has Portuguese õ and French û, and no language writes both beside ö and á.
    public static readonly SingleByteProfile[] SingleByte =
    [
        new("windows-1252", ""),
        new("windows-1250", "cz sk pl hu hr si ba rs"),
        new("ISO-8859-2", "cz sk pl"),
        new("windows-1254", "tr"),
        new("windows-1251", "ru su by ua kz bg mk rs"),
        new("KOI8-R", "ru su"),
        // Ukrainian's і, ї, є and ґ, which KOI8-R has as box-drawing signs. Russian reads alike in both and stays KOI8-R on the tie.
        new("KOI8-U", "ua"),
        new("windows-1253", "gr cy"),
        new("ISO-8859-7", "gr cy"),
        new("windows-1255", "il"),
        new("windows-1256", "sa eg ae iq jo sy lb kw qa bh om ye ir"),
        new("windows-874", "th"),
        // The encodings below are the ones browsers detect that few pages use. Baltic letters sit on windows-1252's
        // accented bytes (Catalan's ç and ï read as Latvian ē and ļ), so a short Western page could tip over on a letter or two.
        new("windows-1257", "lt lv", Uncommon: true),
        // Vietnamese writes most tones as combining marks after the letter, which no other candidate has.
        new("windows-1258", "vn", Uncommon: true),
        // DOS and ISO Cyrillic: Russian letters on other bytes than windows-1251's and KOI8's.
        new("IBM866", "", Uncommon: true),
        new("ISO-8859-5", "", Uncommon: true),
    ];

    public static readonly MultiByteProfile[] MultiByte =
    [
        new("Shift_JIS", 932, CjkKind.Japanese, "jp"),
        new("EUC-JP", 51932, CjkKind.Japanese, "jp"),
        // GBK is validated as code page 936, without gb18030's four-byte sequences, which would make almost any bytes valid.
        new("GBK", 936, CjkKind.Chinese, "cn"),
        new("Big5", 950, CjkKind.Chinese, "tw hk mo"),
        new("EUC-KR", 949, CjkKind.Korean, "kr"),
    ];

    /// <summary>
    /// The most frequent Chinese characters in simplified form (about the first thousand of the published character
    /// frequency rankings of modern Chinese, such as Jun Da's), then the traditional forms of those that differ, written
    /// out by hand. Japanese shares most of them. A Chinese text read in its own encoding is mostly these; read in
    /// another CJK encoding its bytes land on characters scattered over the whole table, few of them here.
    /// </summary>
    public const string CommonHan =
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵侧圈渡"
        + "這個們國來為時說會對發後過麼學經還進現動樣當沒無關問實種點機體見間兩應與長從頭電業東幾門難義產書認區將題馬條處報張總變華員記邊場車買賣語話讓戰軍論萬達農親觀導運師傳確質團歷際統級結給線紅組織細終約紀繼續絕維網節藥獲營眾價識講計設試該請誰調議讀談證評詞訴譯討許廠廣慶庫壓縣參雙葉號聽園圍圖聖壞塊聲備復奪奮夾寶寧尋爾盡層屬歲島幣帶幫幹並莊異彈強歸錄徹憶懷態惡懸驚懼戶擴掃揚護擔擇擁揮據換損擺數斷舊顯曉術殺楊極構槍標樹橋檢歡氣漢溝澤潔濟濃測滿滅燈靈災煉煙熱愛狀獨環畫暢療蓋盤監著禮離積稱穩窮競筆簡類糧練綜編羅職聯勝腦臉艦藝蘇範榮慮雖補裝規視覽覺訪詳誤謀謂謝貝負責敗貨購貴費資賽趕趙躍踐轉輪軟輕較載輸遠違連遲選遺鄧郵鄭鐘錢鐵銀錯鎮閉聞陽陣階陸隊陰陳險隨隱靜順項須顧預領頻額風飛飯館驗魚鳥黃齊龍樂亂亞優傷偉興養蘭衝準擊劉則剛創別劇辦務勞勢單衛廳嗎響圓堅夠媽孫寬審憲壽帥廢棄戀慣願執擾搶擬撥掛擠擋攜攝敵鬥晉暫雜權檔夢樓歐殘畢匯湯淚淺潤漲漸灣濕濱潛爐煩燒爺牽猶獻豬瑪瘋鹽礙築簽緊納紙紹繞絡績綠緩緣縮罰罷聰膚膽捨艱薦蟲襲觸譽訂訓訊詩詢課誼諸貢財賬貧貿賀賞賴贊贈贏趨軌輔輛輝辭遷適鄰釋裡鑑針鋼銅鋪鏈銷鎖鋒鍵鏡閃閒鬧閣閱頂頓顆顏飲飽驅駛駐駕騎魯鮮雞麥齒";
}
