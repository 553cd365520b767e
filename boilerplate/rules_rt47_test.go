package boilerplate

import (
	"slices"
	"testing"

	"github.com/cleantext/clean"
)

// TestFactBoxRT47: a fact box of fields between two parts of a recall
// story, most of its values longer than a short field's, is the
// article's: the run reads across it.
func TestFactBoxRT47(t *testing.T) {
	head := []string{"Automaker recalls 312,000 SUVs over rear seat belts that may not latch"}
	box := []string{"Recall details", "Vehicles affected: 2021–2024 Pardell Summit and Summit XL", "Number of vehicles: 312,406",
		"Problem: Rear outboard seat belt buckle may not fully latch", "Remedy: Dealers will inspect and replace buckles free of charge",
		"Owner notification letters: Expected to be mailed April 21, 2025", "Manufacturer recall number: 25V-117"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], []string{"ADVERTISEMENT"}, box, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	b := lo + len(head) + 2
	checkMarkerKept(t, "fact box", Default(), lines, func(i int) bool {
		return i >= lo && i < b || i > b && i <= b+len(box)+2
	})
}

// TestPrizeTableRT47: a short table of fields with figures under its
// heading, between a paragraph and the rest of the article, is an inset
// of the article; a list of headlines that open with a count is not.
func TestPrizeTableRT47(t *testing.T) {
	head := []string{"Single ticket sold in Millbrook wins $412 million jackpot"}
	table := []string{"Prize breakdown", "Match 5 + Stack Ball: Jackpot, 1 winner", "Match 5: $1,000,000, 4 winners",
		"Match 4 + Stack Ball: $50,000, 38 winners", "Match 4: $100, 1,206 winners", "Match 3: $7, 71,380 winners"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:1], []string{"Saturday's winning numbers",
		"The winning numbers drawn Saturday were 7, 19, 23, 41, 56 and Stack Ball 12."}, table, rt37Prose[1:], rt37Foot)
	lo := len(rt37Menu)
	end := lo + len(head) + 3 + len(table) + 3
	checkMarkerKept(t, "prize table", Default(), lines, func(i int) bool { return i >= lo && i < end })
	teasers := []string{"15 Amazing Images of Stars", "11 Fascinating Facts About Our Milky Way Galaxy",
		"12 Strange Objects Found in Deep Space", "9 Ideas About Black Holes That Will Blow Your Mind"}
	d := blockDoc(slices.Concat(rt37Prose[:1], teasers, rt37Prose[1:2])...)
	sc := new(bodyScratch)
	sc.features(d)
	if sc.figureTable(d, 1, 1+len(teasers)) {
		t.Error("a list of counted headlines is a figure table")
	}
}

// TestAISummaryRT47: the box of points a machine wrote over the article
// goes with its label, its feedback question and its note, and the
// headline over it is found; a summary box with no such close stays, and
// so does a line that names AI in the article.
func TestAISummaryRT47(t *testing.T) {
	head := []string{"City Council delays vote on $48 million transit hub after marathon hearing",
		"Council members said they needed more time to study a revised cost estimate that arrived late.",
		"By Renata Olmsted", "Updated Tue, March 11, 2025 at 11:42 p.m."}
	box := []string{"AI-generated summary", "The council postponed a vote on the Eastgate transit hub until April 8.",
		"A revised estimate raised the project's cost by $9 million.",
		"More than 60 residents spoke during public comment, most in favor of the hub.",
		"Was this summary helpful?", "Yes", "No",
		"This summary was generated with AI and reviewed by an editor. Read our AI policy"}
	lines := slices.Concat(rt37Menu, head, box, rt37Prose, rt37Foot)
	lo := len(rt37Menu)
	b := lo + len(head)
	checkMarkerKept(t, "ai summary", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+2 || i >= b+len(box) && i < b+len(box)+len(rt37Prose)
	})
	d := newDoc(slices.Concat(rt37Prose[:1], box[:4], rt37Prose[1:])...)
	(&Classifier{Rules: Rules(), Passes: []clean.Stage{clean.StageFunc(MarkAISummaries)}}).Mark(d)
	if d.Paragraphs[1].Kept() || !d.Paragraphs[2].Kept() {
		t.Error("a summary with no close: the label must go as a link label, the points stay")
	}
	d = newDoc(slices.Concat(rt37Prose[:1], box, rt37Prose[1:])...)
	(&Classifier{Rules: Rules(), Passes: []clean.Stage{clean.StageFunc(MarkAISummaries)}}).Mark(d)
	if d.Paragraphs[2].Kept() || d.Paragraphs[len(box)].Kept() {
		t.Error("a summary box with its close kept")
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"AI-generated summary", true}, {"Key points (AI)", true}, {"Summary", false},
		{"PAINT summary", false}, {"The AI summary tool was launched in May by the company", false},
	} {
		if got := aiLabel(tc.s); got != tc.want {
			t.Errorf("aiLabel(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestReviewStarsRT47: a review's stars between its standfirst and the
// byline block cost the title search nothing: the headline and the
// standfirst are found.
func TestReviewStarsRT47(t *testing.T) {
	head := []string{"Ghost Orchard review – Lila Banerjee's third album is her quietest and best yet",
		"Stripped of the synths that crowded her last record, the Bristol songwriter lets her voice and a battered upright piano carry a set of songs about leaving home",
		"★★★★☆", "Lila Banerjee performing at the Marlow Rooms in January. Photograph: Kit Harlow/Redferns",
		"Tess Okafor", "Fri 14 Feb 2025 08.00 GMT", "Share", "Gift article", "Save for later"}
	lines := slices.Concat(rt37Menu, []string{"Culture › Music › Album reviews"}, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu) + 1
	checkMarkerKept(t, "stars", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+2 || i >= lo+len(head) && i < lo+len(head)+len(rt37Prose)
	})
}

// TestMetaLineNoAllocs: a reading time or an age with capitals, and a
// team's byline, are read without lower-casing copies (they ran for every
// byline the title search asks about: 3 allocations per document).
func TestMetaLineNoAllocs(t *testing.T) {
	for _, tc := range []struct {
		f    func(string) bool
		s    string
		want bool
	}{
		{metaLine, "Updated 2 Hours Ago", true},
		{metaLine, "Lesezeit: 3 Minuten", true},
		{metaLine, "Chapter 2 Hours Later", false},
		{teamLine, "By Our Newsroom Staff", true},
		{teamLine, "By The Valley News Staff", false},
	} {
		if got := tc.f(tc.s); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.s, got, tc.want)
		}
		if n := testing.AllocsPerRun(50, func() { tc.f(tc.s) }); n != 0 {
			t.Errorf("%q: %v allocations per run, want 0", tc.s, n)
		}
	}
}

// TestAdviceHeadRT47: an advice column's head: a headline after the
// column's name, longer than its standfirst; the columnist's name, her
// job with a small word in it and a "Follow" button over the dateline.
func TestAdviceHeadRT47(t *testing.T) {
	head := []string{"Ask the Doctor: Why do I wake up at 3am every night and can't get back to sleep?",
		"Dr Helen Marr answers a reader's question about broken sleep in midlife",
		"Dr Helen Marr", "Ask the Doctor columnist", "Follow", "6 March 2025 • 7:00am", "Save article", "Comment", "Share"}
	lines := slices.Concat(rt37Menu, []string{"Health", "Ask the Doctor"}, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu) + 2
	checkMarkerKept(t, "advice head", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+2 || i >= lo+len(head) && i < lo+len(head)+len(rt37Prose)
	})
	for _, tc := range []struct {
		s    string
		want int
	}{{"Ask the Doctor: Why do I wake up?", 3}, {"Flood: Roads closed", 1}, {"The council said on Monday: no", 0}, {"No kicker here", 0}} {
		if got := kickerWords(tc.s); got != tc.want {
			t.Errorf("kickerWords(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

// TestShortListRT47: a line under the article's prose introduces a list
// of names, however short its line and its items, when the article goes
// on for three paragraphs under the list; a box of tags under the last
// paragraph, with one paragraph of an appeal under it, is no list of the
// article's.
func TestShortListRT47(t *testing.T) {
	head := []string{"Signal failure brings rush-hour chaos to county rail lines"}
	list := []string{"Stations affected include:", "Kingsmere Central", "Kingsmere Parkway", "Hollins Cross", "Ashby Vale",
		"Ashby Vale Road", "Fenwick Halt", "Long Marston", "Whitstow"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:1], list, rt37Prose[1:], rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, "list of stations", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+len(head)+len(rt37Prose)+len(list)
	})
	tags := []string{"Nā Lepili:", "loko iʻa", "Kaʻōpūlua", "Waiʻaleʻa", "hoʻonaʻauao",
		"ʻAʻohe uku e heluhelu ai i Ke Kukui Nūhou, a ua kākoʻo ʻia kā mākou hana e nā mea heluhelu e like me ʻoe i kēia makahiki.",
		"Hāʻawi i kēia lā"}
	lines = slices.Concat(rt37Menu, head, rt37Prose, tags, rt37Foot)
	checkMarkerKept(t, "box of tags", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+len(head)+len(rt37Prose)
	})
}

// TestShortListUnderBoxRT47: a line that introduces a long list of short
// items but sits under a line that is no prose (a box's label) introduces
// nothing of the article's, though prose follows the list.
func TestShortListUnderBoxRT47(t *testing.T) {
	head := []string{"Council approves new bridge repairs after a long debate"}
	box := []string{"Community corner", "With thanks to all of our partners:", "Acme Bank", "Northwind Energy", "Contoso Motors", "Fabrikam Foods",
		"Tailspin Travel", "Litware Insurance", "Proseware Homes",
		"Acme Bank has supported the community pages of the paper since 2019, and we thank them.",
		"Northwind Energy sponsors the weekly weather page and the science fair of the schools.",
		"Contoso Motors funds the new kits of the youth league and the prizes of the cup."}
	checkBlockUnder(t, "partners", head, box)
}

// checkBlockUnder cleans a page of rt37Menu, head, rt37Prose, block and
// rt37Foot with the default classifier, and checks that exactly the head
// and the prose stay: block goes.
func checkBlockUnder(t *testing.T, name string, head, block []string) {
	t.Helper()
	lines := slices.Concat(rt37Menu, head, rt37Prose, block, rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, name, Default(), lines, func(i int) bool {
		return i >= lo && i < lo+len(head)+len(rt37Prose)
	})
}
