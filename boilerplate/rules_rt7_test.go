package boilerplate

import "testing"

// The strings below are made up in the styles sites use; none is copied
// from a benchmark or red-team page.

// TestPaywallNordic checks the paywall prompts of Swedish, Norwegian and
// Danish sites (read on, a count of free articles, "already a
// subscriber?", subscribe buttons), and article sentences with the same
// words that stay.
func TestPaywallNordic(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePaywall: {
			{"Prenumerera för att läsa vidare", true},
			{"Logga in för att läsa hela artikeln", true},
			{"Abonner for å lese videre", true},
			{"Bli abonnent for å lese hele saken", true},
			{"Log ind for at læse videre", true},
			{"Du har läst 2 av 4 gratis artiklar den här månaden. Bli prenumerant – 1 kr första månaden.", true},
			{"Du har lest alle dine gratis artikler denne uken.", true},
			{"Redan prenumerant? Logga in", true},
			{"Allerede abonnent? Logg inn her", true},
			{"Er du allerede abonnent? Log ind", true},
			{"Prenumerera på tidningen kostar numera 300 kronor i månaden, enligt ledningen.", false},
			{"Du har läst rapporten, säger ministern till reportern i Umeå.", false},
			{"Redan i fjol varnade kommunen för underskottet i skolan?", false},
			{"Allerede neste år kan kommunen få et nytt kulturhus.", false},
		},
		RuleAppeal: {
			{"Prenumerera nu", true},
			{"Bli abonnent!", true},
			{"Køb abonnement", true},
			{"Quiero suscribirme", true},
			{"Prenumerera nu, uppmanade chefredaktören läsarna i ett brev.", false},
		},
		RuleLinkLabel: {
			{"Annonsen fortsetter under", true},
			{"Artikkelen fortsetter under annonsen", true},
			{"Artikeln fortsätter under annonsen", true},
			{"Artiklen fortsætter under annoncen", true},
			{"Mainos päättyy", true},
			{"Saken fortsetter under høringen i Stortinget neste uke.", false},
		},
	}, func(r string) bool { return r == RulePaywall }, true)
}

// TestAdCopyNordic checks that an ad's text between a Norwegian ad marker
// and "Annonsen fortsetter under" goes with them, while the article's
// paragraphs around it stay.
func TestAdCopyNordic(t *testing.T) {
	checkMarks(t, []markCase{
		{"Norwegian ad", []string{article, "ANNONSE", "Vårsalg på telt og soveposer hos Turbutikken – spar opptil 30 % denne uken.",
			"Annonsen fortsetter under", "Letemannskapene fant de savnede i en snøhule like før klokken ni.", article},
			[]string{"", RuleLinkLabel, RuleSponsor, RuleLinkLabel, "", ""}},
	})
}

// TestChannelPromo checks the follow-us promos of messaging and news
// platforms in several languages, and article sentences about the same
// platforms that stay.
func TestChannelPromo(t *testing.T) {
	cases := []ruleCase{
		{"Join our Telegram channel for the latest updates on local markets.", true},
		{"📲 Follow The Riverside Echo on WhatsApp for breaking news from the valley — click here to join our channel.", true},
		{"Want the latest sports news from Dunmore? Join our WhatsApp community", true},
		{"The Daily Sun is on WhatsApp!", true},
		{"Dapatkan update berita pilihan setiap hari dari Warta.id. Yuk, gabung di saluran WhatsApp kami.", true},
		{"Simak berita dan artikel lainnya di Google News", true},
		{"Recibe las noticias más importantes en tu WhatsApp. ¡Únete a nuestro canal!", true},
		{"Suivez-nous sur WhatsApp pour ne rien manquer de l'actualité.", true},
		{"Підписуйтесь на «Вісник Полісся» у Telegram", true},
		{"Подписывайтесь на наш Телеграм-канал", true},
		{"ताज़ा खबरों के लिए हमें Google News पर फॉलो करें", true},
		{"Haberlerimizin WhatsApp kanalına katılın", true},
		{"Ακολουθήστε την Πρωινή στο Google News", true},
		{"The governor wrote on his Telegram channel that the roads would stay closed until Monday.", false},
		{"Follow the instructions sent by WhatsApp to every household, the police urged residents on Friday evening.", false},
		{"Join the Telegram channel, he said, and you will see the plans for yourself.", false},
		{"“Follow our WhatsApp channel,” the mayor told the crowd.", false},
		{"A viral WhatsApp message claims the government has withdrawn kale from markets nationwide.", false},
		{"Губернатор написал в своём Telegram-канале, что дороги закрыты.", false},
		{"WhatsApp चैनल पर फैली अफवाह के बाद पुलिस ने जांच शुरू की।", false},
		// The review's counter-examples: words that call to follow in a
		// promo and open ordinary sentences too (channelWeakCalls), and a
		// call inside a word ("must-follow").
		{"Entre os grupos de WhatsApp analisados, as notícias falsas sobre as urnas eletrônicas foram as mais compartilhadas.", false},
		{"Entre los usuarios de WhatsApp, las noticias falsas circulan más rápido que en otras redes sociales, según el estudio.", false},
		{"Sigue la polémica por el nuevo canal de WhatsApp del Gobierno, que la oposición considera propaganda electoral.", false},
		{"Theo kênh Telegram của Bộ Quốc phòng Nga, lực lượng Nga đã giành quyền kiểm soát ngôi làng vào sáng thứ Bảy.", false},
		{"Folgen hat die Entscheidung vor allem für Nutzer von WhatsApp, die über den Dienst Nachrichten an große Gruppen verschicken.", false},
		{"Takip eden günlerde gönüllüler, Telegram kanalında yayılan yardım çağrılarını tek tek doğrulayarak haberleri bölge koordinatörlerine iletti.", false},
		{"Stay away from any WhatsApp group that offers cheap tickets, police warned fans ahead of Saturday's final at Wembley.", false},
		{"Analysts now regard a dozen of them as must-follow Telegram channels for anyone tracking the war.", false},
		{"Следите за мошенниками: они создают фальшивые Телеграм-каналы банков.", false},
		{"Stay up to date with our WhatsApp channel", true},
		{"Следите за новостями в нашем Телеграм-канале", true},
	}
	checkRuleCases(t, map[string][]ruleCase{RuleShareLabel: cases}, func(string) bool { return false }, true)
}

// TestCreditLines checks the staff and source credits an article ends
// with and the press licence of a site's imprint, and article lines that
// open with the same labels but go on with a sentence.
func TestCreditLines(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleSource: {
			{"Editor: Dewi Lestari", true},
			{"Reporter : Agus Salim", true},
			{"Penulis: Rizky Pratama", true},
			{"Source: Reuters", true},
			{"Edição: Carla Mendes", true},
			{"Tổng biên tập: Nguyễn Văn An", true},
			{"Главный редактор: Петров Иван Сергеевич", true},
			{"责任编辑：王芳", true},
			{"来源：新华社", true},
			{"記者：陳志明", true},
			{"Giấy phép hoạt động báo điện tử số 12/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.", true},
			{"Свидетельство о регистрации СМИ Эл № ФС77-12345", true},
			{"Editor's note: This story has been updated with comments from the council.", false},
			{"Reporter: The flood came at night and took everything we had.", false},
			{"Source: the ministry's own figures, which were revised twice this year.", false},
			{"Editor Jane Roe said the paper would appeal the ruling.", false},
			{"来源：记者从市教育局获悉，今年全市共有三万名考生报名。", false},
			{"记者从市教育局获悉，今年全市共有三万名考生报名。", false},
			{"Giấy phép xây dựng được cấp năm 2020 cho dự án này.", false},
		},
	}, func(string) bool { return true }, true)
}

// TestDisclaimerChinese checks a Chinese disclaimer that the piece gives
// its author's views only, written without spaces, and Chinese article
// lines that open alike.
func TestDisclaimerChinese(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleDisclaimer: {
			{"【免责声明】本文仅代表作者本人观点，与本网无关。", true},
			{"免责声明：本文仅代表作者个人观点，不代表本网立场。", true},
			{"（本文仅代表作者观点，不代表本站立场）", true},
			{"声明：市政府表示，新规将于明年一月一日起施行。", false},
			{"本文观点引发热议，多位专家表示支持这一改革方向。", false},
		},
	}, func(string) bool { return false }, true)
}

// TestPodcastPromo checks the promos of a podcast episode, and article
// sentences about podcasts that stay.
func TestPodcastPromo(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAudio: {
			{"Listen: On this week's Politics Hour podcast, our reporters look back on a turbulent month at the council and ask what comes next for the budget. Available on Spotify and Apple Podcasts.", true},
			{"In this episode of our business podcast, two founders explain why they sold the company. Listen on Apple Podcasts, Spotify or wherever you get your podcasts.", true},
			{"The podcast, which is available on Spotify, drew more than a million listeners in its first month.", false},
			{"Her podcast about the trial topped the charts. Available on Spotify, it was downloaded two million times, the network said.", false},
		},
	}, func(string) bool { return true }, true)
}

// TestAdPitch checks an ad's pitch to the reader under an ad marker, and
// an article's paragraph under a marker that stays.
func TestAdPitch(t *testing.T) {
	checkMarks(t, []markCase{
		{"pitch", []string{article, "Sponsored", "Homeowners in Leinster are switching to heat pumps — see how much you could save with a free quote",
			article}, []string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"article", []string{article, "Advertisement", "Residents could save up to £300 a year under the new scheme, the council said on Monday.",
			article}, []string{"", RuleLinkLabel, "", ""}},
	})
}

// TestBookNowLabel checks an affiliate booking line after a "Book now:"
// label, and article lines that open alike.
func TestBookNowLabel(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Book now: Guided coastal walking tours from £45 per person", true},
			{"Shop now: Merino base layers from $39", true},
			{"Book now: the festival sells out every year, organisers warn.", false},
			{"Book now and pay later schemes are growing fast", false},
		},
	}, func(string) bool { return false }, true)
}

// TestAccessOffer checks a subscription's offer of access for a price
// per period, and article sentences with prices that stay.
func TestAccessOffer(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePaywall: {
			{"Por $3.000 por mes accedé a todas las notas, sin publicidad, y recibí el boletín del lunes.", true},
			{"For just £1 a week, read every article ad-free and get our morning briefing.", true},
			{"Für 9,99 € im Monat alle Artikel lesen – jederzeit kündbar.", true},
			{"Readers pay €5 a month for all articles, the publisher said on Tuesday.", false},
			{"The gym charges $40 a month, and members get unlimited classes at three sites.", false},
			{"Rents rose by $200 a month in the city last year, the agency found.", false},
		},
	}, func(string) bool { return true }, true)
}

// TestTeaserItemsCJK checks the headlines under a bare Chinese or
// Japanese read-also label, written without spaces, and the article's
// subheading and text after them, which stay.
func TestTeaserItemsCJK(t *testing.T) {
	checkMarks(t, []markCase{
		{"Chinese", []string{article, "相关阅读", "教育部：今年高考报名人数再创新高", "多所高校扩大招生范围",
			"考试怎么安排？", "按照安排，综合测试将于六月下旬在学校内进行，包括笔试和面试两个部分。"},
			[]string{"", RuleLinkLabel, RuleLinkLabel, RuleLinkLabel, "", ""}},
		{"Chinese subheading", []string{article, "延伸阅读", "市区新开三条公交线路", "家长意见不一",
			"对于这一变化，不少家长表示欢迎，但也有人担心面试环节的公平性和透明度。"},
			[]string{"", RuleLinkLabel, RuleLinkLabel, "", ""}},
		{"Japanese", []string{article, "関連記事", "鉄道の存廃、協議会が初会合", "駅前の再開発が始まる",
			"北野町観光協会の事務局長は、列車が桜の中を走る景色は町の宝だと話す。"},
			[]string{"", RuleLinkLabel, RuleLinkLabel, "", ""}},
		{"Chinese label and headline", []string{article, "相关阅读：市区新开三条公交线路", article},
			[]string{"", RuleLinkLabel, ""}},
	})
}
