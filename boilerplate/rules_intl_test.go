package boilerplate

import (
	"testing"
)

// The strings below are made up in the styles sites use; none is copied
// from a benchmark or red-team page.

// TestIntlRules checks the rules of rules_intl.go on one line between two
// article sentences: the furniture they take and article sentences that
// look like it.
func TestIntlRules(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			// Read-also labels alone and glued to their headline.
			{"ये भी पढ़ें: बारिश से कई जिलों में स्कूल बंद", true},
			{"[관련기사] 한파 특보 확대…내일 아침 영하 12도", true},
			{"Baca juga:", true},
			{"Baca juga: Harga beras naik di tiga provinsi", true},
			{"Läs också: Färjan ställs in under helgen", true},
			{"ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", true},
			{"Διαβάστε επίσης: Κλειστά τα σχολεία λόγω χιονιού", true},
			{"Přečtěte si také", true},
			{"SOMA PIA: Bei ya mahindi yashuka sokoni", true},
			{"Xem thêm: Giá vàng tăng mạnh phiên sáng", true},
			{"קראו גם: הרכבת תשבות בסוף השבוע", true},
			{"Читайте також: Як зберегти тепло в оселі", true},
			{"По теме: Курс рубля снова упал", true},
			{"Теги", true},
			// A text dump's link marker before the label.
			{"[13]Read more: Harbour dredging to start in spring", true},
			// Ad markers.
			{"विज्ञापन", true},
			{"Διαφήμιση", true},
			{"TANGAZO", true},
			{"광고", true},
			{"Quảng cáo", true},
			{"פרסומת", true},
			{"Advertisement - Continue Reading Below", true},
			{"ADVERTISEMENT – STORY CONTINUES BELOW", true},
			// Shopping and booking buttons.
			{"Shop now at LeafLine – $18", true},
			{"Check room rates on Stayfinder.com", true},
			{"Book a harbour kayak tour on TripNest", true},
			{"View deal at Voltmart", true},
			{"View at Voltmart", true},
			{"Check on Stayfinder.com", true},
			{"Buy it at Hollin & Co", true},
			{"£45 at Fernhill", true},
			{"Buy now at £699 from Voltmart", true},
			// Article lines that look like them.
			{"Baca juga berita lainnya tentang banjir di sini.", false},
			{"Читайте також інтерв'ю з міністром, яке вийшло вчора.", false},
			{"Advertisement spending fell - analysts blame the slowdown", false},
			{"Ad agencies - the new gatekeepers", false},
			{"Book club at Harrow Library", false},
			{"Book review on Sunday", false},
			{"Check on your elderly neighbours during the cold snap", false},
			{"View at sunset from the pier", false},
			{"View on Tuesday", false},
			{"Shop owners at Main Street say trade is down.", false},
			{"Buy local at Christmas", false},
			{"View from the top at Dawn Point is worth the climb.", false},
			{"Get it on Amazon for $39", false},
			{"$15 off wireless earbuds on Amazon", false},
			{"Check prices", false},
			{"Buy now at £699 from a shop", false},
			{"Shop at £5 from Monday", false},
		},
		RuleCaption: {
			{"Map: Where the new bus lanes will run", true},
			{"Chart: Weekly sales per store, indexed to 2019 = 100", true},
			{"Grafik: Entwicklung der Mieten seit 2015", true},
			{"Map:", false},
			{"Mapping the flood plain took the council three years.", false},
			{"Chart-topping singer returns to her home town", false},
			{"Source: the minister's office", false}, // no chart next to it
		},
		RuleContact: {
			{"Have a question about your pension? Email us at money@example.com.", true},
			{"Got a story to share? Get in touch.", true},
			{"Have an opinion? Send us a letter of no more than 250 words.", true},
			{"Have a question about your bill? The helpline opens at 8am on weekdays.", false},
			{"Have a question? Councils say residents should contact them first.", false},
			{"Got a question wrong, he said later, and lost the round.", false},
		},
		RuleDisclaimer: {
			{"The views expressed in this op-ed are solely those of the writer.", true},
			{"The opinions expressed here do not necessarily reflect those of the Harbour Gazette or its editors.", true},
			{"This article is for informational purposes only and does not constitute financial advice.", true},
			{"Note: This post gives the views of the author, not the position of the institute.", true},
			{"Мнение автора может не совпадать с мнением редакции.", true},
			{"Думка автора може не збігатися з позицією редакції.", true},
			{"Les opinions exprimées dans cette tribune n'engagent que leur auteur.", true},
			{"Las opiniones expresadas en este artículo no reflejan necesariamente la posición del diario.", true},
			{"Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.", true},
			{"The views expressed by residents at the meeting were their own, the mayor said.", false},
			{"The views from the summit are spectacular on a clear day.", false},
			{"The opinions of the two judges differed sharply on the question of intent.", false},
			{"The views of the author of the report do not matter, the minister argued.", false},
			{"This article is for subscribers only.", false},
			// Each condition alone: speech reported, no subject named.
			{"The views expressed in the column are the writer's own, the editor said.", false},
			{"The views expressed at the rally do not necessarily reflect those of most voters.", false},
			{"Die Meinung der Wähler hat sich seit dem Sommer kaum verändert.", false},
			{"Мнение экспертов разделилось: одни ждут снижения ставки, другие нет.", false},
		},
		RuleFeedback: {
			{"Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter.", true},
			{"Если вы заметили ошибку в тексте, выделите её и нажмите Ctrl + Enter.", true},
			{"Нашли опечатку? Выделите фрагмент и нажмите Ctrl+Enter, чтобы сообщить редакции.", true},
			{"Press Ctrl+Enter to run the selected query.", false},
			{"Якщо ви помітили помилку в розкладі, натисніть Ctrl+Enter у програмі.", false},
			{"Если вы заметили ошибку в расчётах, сообщите бухгалтеру.", false},
			{"Если вы заметили дым, нажмите Ctrl+Enter не нужно: звоните 112.", false},
		},
	}, func(string) bool { return false }, false)
}

// markCase is a document and the rule that must remove each of its
// paragraphs ("" for one that stays), the paragraph rules alone run on it
// in order, so that each sees what the ones before it removed.
type markCase struct {
	name  string
	texts []string
	want  []string
}

// checkMarks runs the paragraph rules on each case.
func checkMarks(t *testing.T, cases []markCase) {
	t.Helper()
	for _, tc := range cases {
		d := newDoc(tc.texts...)
		(&Classifier{Rules: Rules()}).Mark(d)
		for i, p := range d.Paragraphs {
			got := ""
			if !p.Kept() {
				got = p.Removal.Rule
			}
			if got != tc.want[i] {
				t.Errorf("%s: paragraph %d %q removed by %q, want %q", tc.name, i, tc.texts[i], got, tc.want[i])
			}
		}
	}
}

// TestTeaserItems checks that the headlines under a bare read-also label
// go with it, and that an article's subheading right before its text
// stays.
func TestTeaserItems(t *testing.T) {
	checkMarks(t, []markCase{
		{"one headline", []string{article, "Baca juga:", "Pemkot Siapkan Pompa Tambahan di Pesisir", article},
			[]string{"", RuleLinkLabel, RuleLinkLabel, ""}},
		{"two headlines and a subheading", []string{article, "Lees ook:", "Gemeente sluit twee bruggen voor onderhoud",
			"Nieuwe dienstregeling voor de veerpont", "Kritiek van bewoners", article},
			[]string{"", RuleLinkLabel, RuleLinkLabel, RuleLinkLabel, "", ""}},
		{"through an ad marker", []string{article, "Read also", "Council to vote on the harbour plan", "Advertisement",
			"Ferry fares to rise in April", "Delays expected"},
			[]string{"", RuleLinkLabel, RuleLinkLabel, RuleLinkLabel, RuleLinkLabel, ""}},
		{"two headlines before the text", []string{article, "Read more:", "Rival brewer cuts its forecast as drinkers switch to store labels",
			"Wheat prices fall to a four-year low on a bumper harvest", article},
			[]string{"", RuleLinkLabel, RuleLinkLabel, RuleLinkLabel, ""}},
		{"a subheading after another label", []string{article, "Advertisement", "What the council decided", article},
			[]string{"", RuleLinkLabel, "", ""}},
		{"a subheading alone", []string{article, "What the council decided", article}, []string{"", "", ""}},
		{"a headline beyond reach", []string{article, "See also", "One headline here today", "Two headline here today",
			"Three headline here today", "Four headline here today", "Five headline here today", "Six headline here today", "End"},
			[]string{"", RuleLinkLabel, RuleLinkLabel, RuleLinkLabel, RuleLinkLabel, RuleLinkLabel, RuleLinkLabel, "", ""}},
	})
}

// TestGraphicSource checks that a source line goes with the chart or map
// label next to it, or a numbered figure's, and stays alone.
func TestGraphicSource(t *testing.T) {
	checkMarks(t, []markCase{
		{"below a map", []string{article, "Map: Where the new bus lanes will run", "Source: City transport office", article},
			[]string{"", RuleCaption, RuleCaption, ""}},
		{"above a chart", []string{article, "Source: City transport office", "Chart: Bus journeys per month", article},
			[]string{"", RuleCaption, RuleCaption, ""}},
		{"below a figure", []string{article, "Figure 2: Journeys by mode of transport", "Source: Travel survey 2024", article},
			[]string{"", "", RuleCaption, ""}},
		{"alone", []string{article, "Source: City transport office", article}, []string{"", "", ""}},
	})
}

// TestReferences checks the reference list at the end of an article: its
// header and citations go, a numbered entry that follows the one before
// it too; a list followed by the article's text, a header over no
// citation and a citation without a header stay.
func TestReferences(t *testing.T) {
	long := "The researchers said that more work was needed before doctors could recommend the treatment, " +
		"and that the next trial would include far more patients from several countries over a longer period of time."
	refs := []string{
		"References",
		"1. Smith AB, Jones C. A trial of widgets in older adults. J Made Up Med. 2019;12(3):45-9.",
		"2. Doe J, et al. Widgets and sleep: a review. Fake Rev Sci. 2021;4:101.",
		"3. Office of Widget Standards. Widgets: fact sheet for consumers.",
	}
	checkMarks(t, []markCase{
		{"at the end", append(append([]string{article, article}, refs...), "Was this helpful?", "© 2026 Example Health"),
			[]string{"", "", RuleReferences, RuleReferences, RuleReferences, RuleReferences, "", RuleCopyright}},
		{"lynx links", []string{article, article, "References", "1. https://news.example.com/a", "2. https://news.example.com/"},
			[]string{"", "", RuleReferences, RuleReferences, RuleReferences}},
		{"before the text", append(append([]string{article}, refs...), long),
			[]string{"", "", "", "", "", ""}},
		{"a header over prose", []string{article, "Sources", "Officials said the plan would be published in 2025.", article},
			[]string{"", "", "", ""}},
		{"numbers in brackets", []string{article, article, "References",
			"[1] Smith AB, Jones C. A trial of widgets in older adults. J Made Up Med. 2019;12(3):45-9.",
			"[2] Doe J, et al. Widgets and sleep: a review. Fake Rev Sci. 2021;4:101.",
			"[3] Office of Widget Standards. Widgets: fact sheet for consumers."},
			[]string{"", "", RuleReferences, RuleReferences, RuleReferences, RuleReferences}},
		{"no header", []string{article, "1. Smith AB, Jones C. A trial of widgets. J Made Up Med. 2019;12(3):45-9."},
			[]string{"", ""}},
	})
}

// TestCitation checks the shapes citation takes and some it does not.
func TestCitation(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Smith AB, Jones C. A trial of widgets. J Made Up Med. 2019;12(3):45-9.", true},
		{"[4] Doe, J. (2020). Widgets at scale. Journal of Things, 8, 12-30. doi:10.1000/xyz123", true},
		{"Roe, R., Poe, P. and Moe, M. (2018) 'On widgets', Widget Quarterly.", true},
		{"2. Lee K et al. Widget use in schools. 2017.", true},
		{"The study was published in 2019 in a leading journal.", false},
		{"Officials met at 10:30 on 12 May 2021.", true}, // a time reads as volume:pages: only a header lets it count
		{"A short line", false},
	} {
		if got := citation(tc.s); got != tc.want {
			t.Errorf("citation(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestReadAlsoLabels checks that every bare read-also label is a link
// label, whole-line, as readAlsoLabels documents.
func TestReadAlsoLabels(t *testing.T) {
	for l := range readAlsoLabels {
		if labelKindOf(l)&labelLink == 0 {
			t.Errorf("%q is not one of linkLabels", l)
		}
	}
}

// TestLinkRef checks the link markers of text dumps.
func TestLinkRef(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"[13]Read more", 4}, {"[7] Share", 4}, {"[12345]Word", 0}, {"[a]Word", 0}, {"[3]", 0}, {"[3] ", 0},
		{"[Note] text", 0},
	} {
		if got := linkRef(tc.s); got != tc.want {
			t.Errorf("linkRef(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
	d := newDoc(article, "[12]Share", article)
	if r, ok := Rules()[0].Match(d, 1); !ok || r.Rule != RuleShareLabel {
		t.Errorf("[12]Share: %v %v, want a share label", r, ok)
	}
}

// TestThaiLabels: Thai read-also, ad and tag labels go; a Thai sentence
// that mentions an advertisement or related news stays.
func TestThaiLabels(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"อ่านข่าวที่เกี่ยวข้อง: เตือนภัย! มิจฉาชีพส่ง SMS ปลอมอ้างคืนเงินภาษี", true},
		{"อ่านเพิ่มเติม", true},
		{"ข่าวที่เกี่ยวข้อง: ฝนตกหนักหลายพื้นที่", true},
		{"โฆษณา", true},
		{"แท็ก: แก๊งคอลเซ็นเตอร์ มิจฉาชีพ ฉ้อโกง", true},
		{"ตำรวจเปิดเผยว่าแก๊งนี้ใช้โฆษณาปลอมบนสื่อสังคมออนไลน์เพื่อหลอกลวงผู้เสียหายกว่าสามร้อยราย", false},
	} {
		d := blockDoc("หน้าแรก", c.text, "ตำรวจภูธรจังหวัดสุวรรณเขตเปิดเผยว่าได้จับกุมผู้ต้องหาทั้งหมดสิบสองคน")
		if _, got := Rules()[0].Match(d, 1); got != c.want {
			t.Errorf("%q: removed %v, want %v", c.text, got, c.want)
		}
	}
}
