package boilerplate

import (
	"slices"
	"testing"
)

// TestPriceBoxesRT52 checks MarkPriceBoxes: a deals box between two
// paragraphs goes, the subheading under it stays, and a table's prices and
// a donation bar's figures, which name no store, are no shopping box.
func TestPriceBoxesRT52(t *testing.T) {
	head := []string{"Nimbus Buds Pro 2 bring hearing-aid mode and a 40-hour case", "By Kevin Tanaka"}
	sub := "Better noise canceling, much bigger battery"
	for _, box := range [][]string{
		{"Deals", "Nimbus Buds Pro (1st gen)", "$129.99", "$179.99", "at Amazon", "Sony WF-1000XM5", "$228.00",
			"$299.99", "at Best Buy", "See all audio deals"},
		{"Deals", "Sony WF-1000XM5", "$228 at Amazon", "Bose QuietComfort Ultra", "$299 at Best Buy"},
		{"Angebote", "Sony WF-1000XM5", "229,00 €", "299,99 €", "bei Otto"},
		{"Deals", "Sony WF-1000XM5", "US$ 228", "US$ 299", "at Amazon"},
	} {
		lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, []string{sub}, rt37Prose[2:], rt37Foot)
		lo := len(rt37Menu)
		p := lo + len(head)
		s := p + 2 + len(box)
		checkMarkerKept(t, box[2], Default(), lines, func(i int) bool {
			return i == lo || i >= p && i < p+2 || i >= s && i < s+1+len(rt37Prose)-2
		})
		d := blockDoc(lines...)
		Default().Mark(d)
		if r := d.Paragraphs[p+3].Removal; r == nil || r.Detail != detailPriceBox {
			t.Errorf("%q: removal %+v, want a shopping box's", box[1], r)
		}
	}
	for _, box := range [][]string{
		{"Band A", "£1,257.45", "£1,320.20", "Band B", "£1,466.86", "£1,540.24"},
		{"$1,840", "raised", "$5,000", "Goal"},
		{"Prices", "$129.99", "$179.99"},
	} {
		lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, rt37Prose[2:], rt37Foot)
		d := blockDoc(lines...)
		MarkPriceBoxes(d)
		for i, p := range d.Paragraphs {
			if !p.Kept() {
				t.Errorf("%q: line %d %q removed as %+v", box[0], i, p.Text, p.Removal)
			}
		}
	}
}

// TestAgencyCreditRT52 checks agencyCredit: a science page's credit by
// agencies' initials goes, and lines that only look like one stay.
func TestAgencyCreditRT52(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{RulePhotoCredit: {
		{"NASA, ESA, CSA, Marisol Quint (STScI)", true},
		{"T. Echeverría et al/ApJL 2025; NASA/ESA/CSA", true},
		{"NASA/ESA/CSA", true},
		{"NASA, ESA, CSA, STScI", true},
		{"NASA/JPL-Caltech", true},
		{"ESO/L. Calçada", true},
		{"AI/ML", false},             // two initials alone
		{"WSJ/NBC News Poll", false}, // an outlet's initials after the slash
		{"NASA, ESA and the Hubble team", false},
		{"NASA, ESA sign new Moon deal", false},
		{"Why Jane Roe, MS, RDN, Loves Green Tea", false}, // half of the items initials
		{"Paris, Berlin, Rome", false},
		{"Marisol Quint (STScI)", false},
	}}, func(string) bool { return false }, true)
}

// TestLongCaptionRT52 checks captionCue: a caption of more than
// captionWords words over a credit goes when it says what the picture
// shows, and a paragraph of as many words over a credit stays.
func TestLongCaptionRT52(t *testing.T) {
	head := []string{"Webb finds signs of water on a nearby rocky planet", "By Priya Venkataraman"}
	cred := "NASA, ESA, CSA, Marisol Quint (STScI)"
	for _, tc := range []struct {
		caption string
		kept    bool
	}{
		{"An illustration depicts the super-Earth LHS 3917 b passing in front of its small red host star. Observations with the James Webb Space Telescope suggest the planet may have an atmosphere rich in water vapor.", false},
		{"The spectrum of LHS 3917 b, shown here, reveals dips in starlight at wavelengths where water molecules absorb infrared light. The gray line shows what astronomers would expect from a bare rock.", false},
		{"The astronomers then spent three more nights on the planet, and the second set of observations, taken in a different band of the infrared, showed the same dips in the starlight as the first one had.", true},
	} {
		if n := wordCount(tc.caption); n <= captionWords || n > longCaptionWords {
			t.Fatalf("%d words, want captionWords < n <= longCaptionWords", n)
		}
		lines := slices.Concat(rt37Menu, head, rt37Prose[:2], []string{tc.caption, cred}, rt37Prose[2:], rt37Foot)
		d := blockDoc(lines...)
		Default().Mark(d)
		c := len(rt37Menu) + len(head) + 2
		if d.Paragraphs[c].Kept() != tc.kept {
			t.Errorf("%.40q: kept %v, want %v", tc.caption, d.Paragraphs[c].Kept(), tc.kept)
		}
		if d.Paragraphs[c+1].Kept() {
			t.Errorf("%q kept", cred)
		}
		for k := range rt37Prose {
			if i := c + 2 + k - 2; k >= 2 && !d.Paragraphs[i].Kept() {
				t.Errorf("%q removed", d.Paragraphs[i].Text)
			}
		}
	}
}

// TestFormAddressNoteRT52 checks that a comment or tip form's note that it
// will not publish the writer's address goes, in English and in
// WordPress's translations, and that a sentence about a register that
// will not be published stays.
func TestFormAddressNoteRT52(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{RuleLegal: {
		{"Your contact details will not be published.", true},
		{"Your email address will not be published. Required fields are marked *", true},
		{"Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", true},
		{"Votre adresse e-mail ne sera pas publiée.", true},
		{"O seu endereço de email não será publicado.", true},
		{"Your details will not be published in the register, the council said.", false},
		{"The names of the donors will not be published.", false},
	}}, func(string) bool { return false }, true)
}

// TestQuoteLinesRT52 checks a market quote's line with its move (see
// quoteMove), a caption credited "Supplied" (see suppliedTail) and a
// licence button.
func TestQuoteLinesRT52(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"ASX 200 8,147.3 ▲ 0.42%", true},
			{"$3.27 ▼ 0.41 (11.14%)", true},
			{"GOLD US$2,914.60 ▲ 0.3%", true},
			{"Shares ▲ rose after the results", false}, // no figure after the arrow
			{"The index rose 0.42 per cent to 8,147.3 points.", false},
		},
		RulePhotoCredit: {
			{"The Wandoo Creek operation in Western Australia's Pilbara region. Supplied", true},
			{"Supplied", true},
			{"The company said the water was supplied", false},
			{"Power and water are supplied", false},
			{"Goods and Services Supplied", false}, // a heading, no caption
		},
		RuleLinkLabel: {
			{"License this article", true},
		},
	}, func(string) bool { return false }, true)
}

// TestShareRunsRT52 checks MarkShareRuns: a share bar one button a line
// goes; network names between two paragraphs, with no tool of a share
// bar among them, are a list and stay.
func TestShareRunsRT52(t *testing.T) {
	head := []string{"Bridge to close for a year of repairs", "By Jane Doe"}
	for _, tc := range []struct {
		run  []string
		head bool // the run under the byline, not between paragraphs
		gone bool
	}{
		{[]string{"Facebook", "WhatsApp", "Telegram"}, true, true},
		{[]string{"Facebook", "X", "Email"}, false, true},
		{[]string{"TikTok", "WeChat", "Telegram"}, false, false},
		{[]string{"Facebook", "Email"}, false, false}, // two
	} {
		var lines []string
		at := 0
		if tc.head {
			lines = slices.Concat(rt37Menu, head, tc.run, rt37Prose, rt37Foot)
			at = len(rt37Menu) + len(head)
		} else {
			lines = slices.Concat(rt37Menu, head, rt37Prose[:2], tc.run, rt37Prose[2:], rt37Foot)
			at = len(rt37Menu) + len(head) + 2
		}
		d := blockDoc(lines...)
		MarkShareRuns(d)
		for k := range tc.run {
			p := d.Paragraphs[at+k]
			if gone := !p.Kept() && p.Removal.Detail == detailShareRun; gone != tc.gone {
				t.Errorf("%q: %q removed %v, want %v", tc.run, p.Text, gone, tc.gone)
			}
		}
	}
}

// TestAudioHeadRT52 checks the title search over an audio player's three
// removed lines (see removedReach) and a share bar one button a line: the
// headline and its standfirst stay.
func TestAudioHeadRT52(t *testing.T) {
	head := []string{"Resale flat prices rise for 20th straight quarter, but pace of increase slows",
		"Analysts expect growth to moderate further as a record number of flats reach their minimum occupation period this year.",
		"Listen to this article", "4 min", "Powered by AI voice", "Jan 4, 2025, 03:15 PM", "Updated Jan 4, 2025, 06:40 PM",
		"Melissa Tan Wei Ling", "Housing Correspondent", "Facebook", "WhatsApp", "Telegram", "Gift this article"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, "audio head", Default(), lines, func(i int) bool {
		return i == lo || i == lo+1 || i >= lo+len(head) && i < lo+len(head)+len(rt37Prose)
	})
}

// TestCJKHeadlineRT52 checks that a Japanese headline, whose parts are set
// apart by ideographic spaces and which ends with no stop, is no
// standfirst under the breadcrumb's last item; a standfirst that ends
// with "。" still is one.
func TestCJKHeadlineRT52(t *testing.T) {
	prose := []string{
		"美波瀬市本町の春の伝統行事「本町曳山まつり」が11、12の両日開かれ、担い手不足で５年間休止していた子ども曳山が復活した。市内の大学生ら約20人が引き手に加わった。",
		"まつりは江戸時代中期に始まったとされ、本町の５町内がそれぞれ曳山を出す。子どもの数が減り、引き手が足りなくなっていた。",
		"復活のきっかけは、昨年秋に大学の地域連携サークルが保存会に協力を申し出たことだった。学生たちは春から練習に参加してきた。",
		"保存会の会長は「若い人が来てくれて本当にありがたい。来年も続けたい」と話していた。祭りは来年も同じ時期に開かれる予定だ。",
	}
	menu := []string{"ホーム", "ニュース", "地域", "政治・行政", "経済", "スポーツ", "ホーム", "地域", "美波瀬・西部"}
	title := "子ども曳山、５年ぶり本町練る　美波瀬・曳山まつり　大学生が引き手に加勢"
	lines := slices.Concat(menu, []string{title, "2024年5月13日 06:00", "シェア", "LINEで送る"}, prose)
	lo := len(menu)
	checkMarkerKept(t, "headline", Default(), lines, func(i int) bool {
		return i == lo || i >= lo+4
	})
	dek := "担い手不足で休止していた子ども曳山が５年ぶりに復活し、大学生が引き手に加わった。"
	lines = slices.Concat(menu[:6], []string{"子ども曳山が５年ぶり復活", dek, "2024年5月13日 06:00", "シェア", "LINEで送る"}, prose)
	lo = 6
	checkMarkerKept(t, "standfirst", Default(), lines, func(i int) bool {
		return i == lo || i == lo+1 || i >= lo+5
	})
}

// TestClockDekRT52 checks clockProse: a standfirst that names a time of
// day is no dateline, and stays under its headline; a dateline with a
// time is still one.
func TestClockDekRT52(t *testing.T) {
	dek := "La alerta sonó a las 10:30 en los celulares de toda la región. Las autoridades valoraron la participación, pero detectaron problemas en edificios residenciales."
	for _, tc := range []struct {
		text string
		want bool
	}{
		{dek, false},
		{"14 MAR 2024 01:52 PM", true},
		{"Actualizado el 14 de marzo de 2024 a las 13:52 horas, tras el balance entregado por el gobierno regional de Santiago", true}, // one sentence
	} {
		if got := byline(tc.text); got != tc.want {
			t.Errorf("byline(%.40q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	head := []string{"Simulacro de terremoto en la RM: más de 900 mil personas evacuaron colegios y oficinas", dek,
		"Por Camila Fuenzalida", "14 MAR 2024 01:52 PM", "Compartir"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, "clock dek", Default(), lines, func(i int) bool {
		return i == lo || i == lo+1 || i >= lo+len(head) && i < lo+len(head)+len(rt37Prose)
	})
}

// TestCreditsAndPromosRT52 checks red team 52's credits, tags and promos:
// a credit after a caption's bar, a Chinese caption's source after its
// full stop, a Filipino credit in brackets, an Indonesian editors' tag,
// app buttons, a free app's offer, a Google News call and the gift
// buttons of other languages.
func TestCreditsAndPromosRT52(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"La halle à marée, mardi matin. Sur la chaîne, moins de caisses. | Photo Le Courrier Atlantique – Loïc Kervella", true},
			{"Sur la chaîne. | Photo Loïc Kervella", true},
			{"La halle à marée, mardi matin. | Photo du jour: la halle à marée vue du ciel", false},
			{"驰远S9在车展上亮相。图片来源：驰远汽车官方微博", true},
			{"驰远S9在车展上亮相。写真を撮った記者が語る", false}, // no source mark after the word
		},
		RuleCaption: {
			{"Pumipila ang mga residente para sa family food packs nitong Martes. (Kuha ni Jonel Aquino / Ulat Pinoy)", true},
		},
		RuleSource: {
			{"(dwi/wls)", true},
			{"(ant/rdk/hns)", true},
			{"(AFP)", false},
			{"(video)", false},
		},
		RuleLinkLabel: {
			{"Download our app", true},
			{"Download for iPhone", true},
			{"Artikel verschenken", true},
			{"Offrir l'article", true},
		},
		RuleShareLabel: {
			{"Get breaking news and weather alerts on your phone with the free WKTV 6 app.", true},
			{"Add Orbitra News to your Google News feed.", true},
			{"Get the free app, the mayor told residents, and report potholes.", false},
			{"Add the flour and stir until the dough comes together.", false},
			{"Get a second opinion before you download any health app.", false}, // offers nothing free
		},
	}, func(string) bool { return false }, true)
}
