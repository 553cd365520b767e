package boilerplate

import (
	"slices"
	"testing"
)

// TestFormsRT48: a form's checkbox in which the reader says they have
// read a privacy or terms notice, a newsletter's question that offers
// more in the inbox and its button, and a live page's controls go; the
// article's own lines that start or end the same way stay.
func TestFormsRT48(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLegal: {
			{"Ho letto e accetto l'informativa sulla privacy", true},
			{"I have read and accept the Terms and Conditions", true},
			{"He leído y acepto la política de privacidad", true},
			{"Ich habe die Datenschutzerklärung gelesen und akzeptiere sie.", true},
			{"I have read the report and I accept its conclusions.", false},
			{"I have read the terms of the deal, and they are fair, the minister said.", false},
			{"By continuing the talks, the two sides kept the terms of the ceasefire alive.", false},
			{"Privacy Notice: Newsletters may contain information about charities, online ads, and content funded by outside parties. " +
				"If you do not have an account, we will create a guest account for you on example.com to send you this newsletter. " +
				"You can complete full registration at any time.", true},
			{"Privacy concerns: Newsletters may contain information about charities, online ads, and content funded by outside parties, " +
				"the regulator said in a report that runs to more than forty pages and was published on Thursday.", false},
		},
		RuleAppeal: {
			{"Want more cycling news in your inbox?", true},
			{"Meer nieuws over wielrennen in je mailbox?", true},
			{"Mehr Radsport-News in Ihrem Postfach?", true},
			{"Inschrijven", true},
			{"The week's most important environment stories, from polluted rivers to the politics of net zero, sent to your inbox every Thursday", true},
			{"Support the Daily Planet from as little as £2 a month. Thank you.", true},
			{"Support the council's plan for new homes, the mayor urged residents on Monday at a meeting in the town hall.", false},
			{"Accepted payment methods: Visa, Mastercard, American Express and PayPal", true},
			{"Thanks for reading. Follow Urban Notebook for more stories about how cities work, and how they could work better.", true},
			{"Thanks for reading the report, the minister told parliament before the vote.", false},
			{"More scam texts in your inbox?", true},
			{"Is a scam text waiting in your inbox?", false},
			{"More people than ever are finding scam texts in their inbox, the regulator said.", false},
		},
		RuleShareLabel: {
			{"Stay updated with the latest Rajnagar news, civic updates and breaking stories from your city on The Ashoka Times.", true},
			{"Stay updated with the latest weather warnings, the council said.", false},
		},
		RulePaywall: {
			{"Tu suscripción se está usando en otro dispositivo", true},
			{"Your subscription is being used on another device. Continue reading here?", true},
			{"Si continúas leyendo en este dispositivo, no se podrá leer en el otro.", true},
			{"Your subscription can be shared with up to four people, the company said of its new family plan.", false},
			{"Your subscription is being used on another device, the message said, and the reader was logged out.", false},
		},
		RuleWidget: {
			{"Auto-refresh on", true},
			{"View full map", true},
		},
		RuleLinkLabel: {
			{"Analysis: Vo's campaign promise on housing helped, but rural voters weren't convinced", true},
			{"Explainer: How preferential voting works and why it takes so long to count", true},
			{"Analysis: Vo's campaign promise helped.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestKickerHeadlineRT48: a headline under its kind's kicker is a link to
// another story between the article's sentences, and the article's own
// headline at the top of the page.
func TestKickerHeadlineRT48(t *testing.T) {
	head := "Analysis: Vo's campaign promise on housing helped, but rural voters weren't convinced"
	d := newDoc("Home", head, article, article)
	if _, ok := NamedRule(RuleLinkLabel).Match(d, 1); ok {
		t.Errorf("the headline %q is a link label", head)
	}
}

// TestLookupRT49: a database's look-up between two parts of a roundup
// (its label, prompt, fields, button and the note on its data) goes, and
// the article reads on across it into a section that a sentence
// introducing a list opens; a menu under a "Search jobs" link and a
// site's search box with no fields stay for the other passes.
func TestLookupRT49(t *testing.T) {
	head := []string{"These restaurants scored lowest on health inspections this week"}
	lookup := []string{"Search restaurant inspections", "Look up any restaurant's inspection history in the county since 2019",
		"Restaurant name", "City", "All cities", "Alderton", "Pell City", "Search",
		"Data: County Health Department. Updated weekly."}
	section := []string{"Perfect scores", "These establishments received a score of 100 with no violations:",
		"Bluebird Bakery, 77 Main St., Alderton", "Riverbend Coffee Co., 9 Mill St., Alderton"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], lookup, section, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	l := lo + len(head) + 2
	checkMarkerKept(t, "look-up", Default(), lines, func(i int) bool {
		return i >= lo && i < l || i >= l+len(lookup) && i < l+len(lookup)+len(section)+2
	})
	for name, lines := range map[string][]string{
		"menu":       {"Home", "Search jobs", "Sign in", "Account details", "Membership", "Search", rt37Prose[0]},
		"search box": {rt37Prose[0], "Search the site", "Search", rt37Prose[1]},
	} {
		d := newDoc(lines...)
		MarkCalculators(d)
		for _, p := range d.Paragraphs {
			if !p.Kept() {
				t.Errorf("%s: %q removed", name, p.Text)
			}
		}
	}
}

// TestCaselessHeadsRT49: a Persian headline over its lead, with the share
// buttons of Persian between the lead and the article, and a Hong Kong
// headline over its lead with the writer's line under it ("撰文：…"),
// keep their headline and lead.
func TestCaselessHeadsRT49(t *testing.T) {
	for _, name := range []string{"撰文：陳嘉欣", "记者：王磊"} {
		if !byline(name) {
			t.Errorf("%q is no byline", name)
		}
	}
	for _, line := range []string{"撰文：房委會最新數字顯示，一般申請者平均輪候時間下跌。", "文：", "記者會今日舉行"} {
		if byline(line) {
			t.Errorf("%q is a byline", line)
		}
	}
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {
			{"اشتراک گذاری", true},
			{"لینک کوتاه", true},
			{"اندازه متن", true},
		},
	}, func(string) bool { return false }, true)
}

// TestHongKongHeadRT49: a Hong Kong portal's headline and lead over the
// writer's line, the dates and the share buttons stay with the article.
func TestHongKongHeadRT49(t *testing.T) {
	menu := []string{"首頁", "港聞", "財經", "地產", "娛樂", "體育", "社會新聞"}
	head := []string{"公屋平均輪候時間降至5.3年　三年來首次回落　劏房戶：仍看不到上樓希望", "房委會最新數字顯示，一般申請者平均輪候時間由5.5年降至5.3年，是三年來首次下跌。不過關注團體指，仍有逾13萬宗一般申請在輪候，不少劏房家庭已等候超過六年。"}
	mid := []string{"撰文：陳嘉欣", "發佈時間：2025/02/12 17:42", "最後更新：2025/02/12 20:15", "分享", "Facebook", "WhatsApp", "Threads", "複製連結", "字體大小", "收藏"}
	body := []string{"房屋委員會今日（12日）公布，截至去年12月底，公屋一般申請者的平均輪候時間為5.3年，較上一季的5.5年縮短0.2年，是2021年以來首次回落。長者一人申請者的平均輪候時間則維持在3.8年。", "房委會發言人表示，輪候時間下降主要因為去年第四季有多個新公屋屋邨落成入伙，包括屯門的翠嶺邨及元朗的朗峰邨，合共提供約9,800個單位。", "發言人又指，預計未來五年將有約七萬個公營房屋單位落成，加上簡約公屋陸續投入服務，輪候時間可望進一步縮短。"}
	lines := slices.Concat(menu, head, mid, body, []string{"延伸閱讀：簡約公屋第三期申請今起接受登記　合資格人士需符合三大條件", "關於我們", "私隱政策"})
	lo := len(menu)
	b := lo + len(head) + len(mid)
	checkMarkerKept(t, "Hong Kong head", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+len(head) || i >= b && i < b+len(body)
	})
}

// TestBadgesRT49: a paywall's "+" alone on its line, a Greek photo credit
// and a Thai read-also label go, and a teaser under a read-also label and
// its paywall badge goes with them.
func TestBadgesRT49(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePaywall:     {{"+", true}, {"+ 3", false}},
		RulePhotoCredit: {{"Φωτ.: Κώστας Λαμπρόπουλος", true}},
		RuleLinkLabel: {{"ข่าวที่เกี่ยวข้อง", true}, {"← Возврат к списку", true}, {"Read the e-Edition", true},
			{"Back to list prices, the dealer said the car would cost $41,000.", false}},
		RuleDisclaimer: {{"(Disclaimer: Recommendations, suggestions, views and opinions given by the experts are their own. " +
			"These do not represent the views of The Commerce Times)", true},
			{"(Disclaimer in hand, the company went ahead with the sale on Monday.)", false}},
	}, func(string) bool { return false }, true)
	d := newDoc(article, "Les også", "+", "Ferjekaos i fjor: Fylket måtte betale millioner i kompensasjon", article)
	(&Classifier{Rules: Rules()}).Mark(d)
	if p := d.Paragraphs[3]; p.Kept() {
		t.Errorf("teaser %q under a badge kept", p.Text)
	}
}
