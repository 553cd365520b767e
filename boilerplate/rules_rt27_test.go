package boilerplate

import "testing"

// TestCreditBeforeCaption: a line that opens with a credit's label is a
// photo credit, though it ends as a caption's credit does ("Name /
// Agency"), so that the body finder sees the caption above it; a caption
// that ends in its credit stays a caption.
func TestCreditBeforeCaption(t *testing.T) {
	all := Rules()[0]
	for _, tc := range []struct{ text, rule string }{
		{"Photo: Tom Ferriday / Harrowmere Courier", RulePhotoCredit},
		{"Photograph: Kirsty Lowe / Northcliffe Gazette", RulePhotoCredit},
		{"The sea wall at Quarry Point after the storm Tom Ferriday / Harrowmere Courier", RuleCaption},
	} {
		d := newDoc(article, tc.text, article)
		if r, ok := all.Match(d, 1); !ok || r.Rule != tc.rule {
			t.Errorf("Match(%q) = %q, %v; want %q", tc.text, r.Rule, ok, tc.rule)
		}
	}
}

// TestLinksToAllAndGroups: a link to the whole of a list ("See all of
// today's birthdays") and a promo of the site's group on Facebook go; a
// sentence that opens the same way, a subheading of more words and
// news of a group on Facebook stay.
func TestLinksToAllAndGroups(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"See all of today's birthdays", true},
			{"View all dealers", true},
			{"Ver todos los resultados", true},
			{"See all the candidates' answers in our guide.", false},
			{"See all sides, the judge said.", false},
			{"Show all the ways the city could pay for the new bridge", false},
		},
		RuleShareLabel: {
			{"Want more nostalgia? Join our Kessford Past Facebook group with more than 22,000 members.", true},
			{"Join the Facebook group Save Our Park, residents were told by the organisers.", false},
			{"The council posted the notice on its Facebook page on Monday.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestLabels27: the labels of Lao, Sindhi, Turkmen, Malagasy, Uyghur and
// Assamese pages: ad markers, tags, shares, read-also links, photo
// credits and bylines.
func TestLabels27(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Mahabat", true},
			{"DOKAM-BAROTRA", true},
			{"اشتهار", true},
			{"ئېلان", true},
			{"ອ່ານຕໍ່: ຂົວຂ້າມເຊໂດນແຫ່ງໃໝ່ ຄາດວ່າຈະສຳເລັດໃນທ້າຍປີ", true},
			{"Teglar: demir ýol, Gökdepe, ulag, gurluşyk", true},
			{"Nastavak teksta ispod reklame", true},
		},
		RuleShareLabel: {
			{"ແບ່ງປັນ", true},
			{"Paýlaş:", true},
			{"Zarao: Facebook | Messenger | WhatsApp", true},
		},
		RulePhotoCredit: {
			{"Surat: Meret Annaýew / Garagum Habarlary", true},
			{"سۈرەت: ئابدۇقادىر نىياز", true},
		},
	}, func(string) bool { return false }, true)
	for _, s := range []string{"ໂດຍ: ສຸລິຍາ ແກ້ວມະນີ | ຂຽນເມື່ອ 08:35", "ໂດຍ ສຸລິຍາ ແກ້ວມະນີ", "رپورٽ: غلام قادر ڀٽو، ٽنڊو سومرو",
		"مۇخبىر: ئابدۇقادىر نىياز | 2026-يىلى 9-سېنتەبىر"} {
		if !byline(s) {
			t.Errorf("byline(%q) = false, want true", s)
		}
	}
}

// TestBodyDatelinePlace: a dateline's place between its date and its time
// is part of the byline block, and the headline above the block is the
// title; a place line under a byline alone, or a longer line between the
// date and the time, is not passed over.
func TestBodyDatelinePlace(t *testing.T) {
	const title = "Press briefing by the council leader on the bridge repairs"
	checkHeads(t, []headCase{
		{"a place between a date and a time", []string{title, "August 21, 2026", "Capitol Press Room, Port Hadley", "2:03 P.M. CDT"}, []int{0}},
		{"a place under a date alone", []string{title, "Capitol Press Room, Port Hadley", "August 21, 2026"}, []int{1}},
		{"no comma", []string{title, "August 21, 2026", "Capitol Press Room Port Hadley", "2:03 P.M. CDT"}, []int{2}},
		{"a line in sentence case", []string{title, "August 21, 2026", "The council meets, the bridge shuts", "2:03 P.M. CDT"}, []int{2}},
		{"seven words", []string{title, "August 21, 2026", "Capitol Press Room, Port Hadley, Calloway State", "2:03 P.M. CDT"}, []int{2}},
	})
}
