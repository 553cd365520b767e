package boilerplate

import "testing"

// TestWidgets17 checks the widgets and offers red team 17 kept: a page's
// tool row (font size, print, close), an ad's legal marking, an offer that
// closes with "cancel anytime", a video player's length and a market-data
// widget, with article lines on the same subjects that stay.
func TestWidgets17(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {
			{"【字号：大 中 小】　【打印】", true},
			{"字号：大 中 小", true},
			{"【打印】【关闭窗口】", true},
			{"Text size: A A A", true},
			{"Font size A- A+", true},
			{"Size matters", false},
			{"A small step", false},
			{"【编者按】", false},
			{"Text size and spacing were changed for readers with dyslexia", false},
			{"Text size", false},
			{"Facebook'ta paylaş", true},
			{"X'te paylaş", true},
			{"WhatsApp’ta paylaş", true},
			{"Auf Facebook teilen", true},
			{"Facebook paylaştı", false},
			{"Bu haberi paylaş", false},
		},
		RuleSponsor: {
			{"Реклама. ООО «Кодуем Вместе», ИНН 7712345678, erid: 2VtzqwXp4bK", true},
			{"Реклама. ИП Иванов И.И., ИНН 770123456789", true},
			{"Реклама ИНН 123", false},
			{"Erid is a village in the province.", false},
			{"The erid: a short word", false},
			{"Meridian: 20260101 is the launch code", false},
			{"Lot NOERID: 2VtzqwXp4bK was recalled", false},
			{"Компания ООО «Ромашка» получила ИНН 7712345678 в 2020 году.", false},
			{"Реклама на телевидении подорожала на 20 процентов.", false},
		},
		RulePaywall: {
			{"Plus-Inhalt: Weiterlesen mit AB Plus – 4 Wochen für 0,99 €. Jederzeit kündbar.", true},
			{"Read on with Plus – 4 weeks for £1. Cancel anytime.", true},
			{"All our journalism for $2 a month | Cancel any time", true},
			{"It costs $5 a month and you can cancel anytime.", false},
			{"Members pay $5 a month. Cancel anytime, the firm says.", false},
			{"Cancel anytime.", false},
			{"Chapter 4 – the café. Cancel anytime.", false},
			{"The ad said \"Read on for £1 a week\" – cancel anytime.", false},
			{"Readers pay €4 a month. Jederzeit kündbar.", false},
		},
		RuleLinkLabel: {
			{"47 yorum", true},
			{"12 комментариев", true},
			{"47 yorum yapıldı", false},
		},
		RuleSource: {
			{"(Reporting by Greg Roumeliotis, Joshua Franklin, with reporting by Herb Lash, editing by Martin Howell.)", true},
			{"(Reporting by Jane Doe; Editing by John Roe)", true},
			{"Reporting by Jane Doe; Editing by John Roe", true},
			{"Reporting by the BBC found that, in 2020, editing by AI was common.", false},
			{"Reporting by the BBC found that the minister lied.", false},
			{"Reporting by Jane Doe", false},
		},
		RuleAudio: {
			{"Lyssna på artikeln 6 min", true},
			{"Listen to this article · 6 min", true},
			{"Listen to this article (12 minutes)", true},
			{"Listen to the mayor 6 min", false},
			{"Listen to this article at 6", false},
		},
		RuleWidget: {
			{"Video duration 2 minutes 14 seconds", true},
			{"Video length: 3:05", true},
			{"Durée de la vidéo : 2 min 14 s", true},
			{"Video duration doubled in 2024", false},
			{"Duration: 2 hours 30 minutes", false}, // a fact box's line: no clock, no seconds
			{"6 min", true},                         // a length alone (see bareDuration)
			{"CFLW.O · Nasdaq", true},
			{"NYSE: ACME", true},
			{"41.22 USD · +8.98 (+27.85%)", true},
			{"FTSE 100 7,512.30 -30.21 (-0.40%)", true},
			{"Dow ▲ 120.5 ▲ 0.36%", true},
			{"Volume 3,114,207 · Market cap 3.78B", true},
			{"LOW | LOWE'S COMPANIES INC. | 113.40 | -1.62 | -1.41%", false},
			{"Revenue +12%", false},
			{"Profit 2024 -3% to 2025 +5%", false},
			{"Nasdaq listing", false},
			{"Nasdaq: the closing bell", false},
			{"Volume 2 of the series", false},
			{"Shares of the company rose +8.98 (+27.85%) in early trade on the news", false},
			{"Doors open 7pm, ask at the box office", false},
			{"Volume rose 12% as the market cap passed $3bn", true},
		},
	}, func(string) bool { return false }, true)
}

// TestUpNext checks that "Up next" goes next to a video player's control
// and stays as an article's subheading.
func TestUpNext(t *testing.T) {
	d := newDoc(article, "Video duration 2 minutes 14 seconds", "Up next", article)
	if r, ok := Rules()[0].Match(d, 1); !ok || r.Rule != RuleWidget {
		t.Fatalf("video length: %v %v", r, ok)
	}
	Remove(d, 1, Reason{Rule: RuleWidget, Detail: "video-player control"})
	if r, ok := Rules()[0].Match(d, 2); !ok || r.Rule != RuleWidget {
		t.Errorf("Up next under a player: %v %v, want %s", r, ok, RuleWidget)
	}
	d = newDoc(article, "Up next", article)
	if r, ok := Rules()[0].Match(d, 1); ok {
		t.Errorf("Up next between paragraphs: removed as %s", r.Rule)
	}
}

// TestPageToolsLead checks that toolLead holds the first byte of every
// label of toolLabels, so that no tool row skips pageTools.
func TestPageToolsLead(t *testing.T) {
	for _, l := range toolLabels {
		if !toolGate(l) {
			t.Errorf("%q: no lead bytes", l)
		}
		s := l + ": a+ a-"
		if !pageTools(s) {
			t.Errorf("%q: no tool row", s)
		}
	}
}
