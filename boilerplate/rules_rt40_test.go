package boilerplate

import (
	"slices"
	"testing"
)

// TestLabelsRT40: a betting box's American odds and its age note, a
// reader call-out of several questions, and the lines like them that
// stay.
func TestLabelsRT40(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleSponsor: {
			{"BUF +120", true},
			{"KC -2.5 (-110)", true},
			{"O 47.5 (-108)", true},
			{"Kansas City -142", true},
			{"21+. Gambling problem? Call 1-800-GAMBLER. Odds subject to change.", true},
			{"Must be 21+ to wager. Gambling problem? Call 1-800-GAMBLER.", true},
			{"19+. Please play responsibly.", true},
			{"21+. Please play responsibly.", true},
			{"Overnight low -12C", false},                         // no price
			{"Temperature -12", false},                            // two digits
			{"Bills 23, Browns 20", false},                        // no sign
			{"The lowest reading was -142", false},                // more words than a row
			{"21+ riders abandoned the race in the heat.", false}, // a sentence
			{"If you have a gambling problem, call 1-800-GAMBLER, the commission said.", false},
		},
		RulePhotoCredit: {
			{"Kuva: Rajavartiolaitos", true},
			{"Kuva: Heikki Nurminen / SRT", true},
			{"Fotó: Kovács Anna", true},
			{"Savupatsas näkyi kymmenien kilometrien päähän. Kuva: Heikki Nurminen", true},
			{"A tüntetők a Kossuth téren. Fotó: Kovács Anna", true},
			{"Kuvataiteilija avasi näyttelyn keskiviikkona.", false},
		},
		RuleContact: {
			{"Do you live in Ashcombe? What do you think of the decision? Let us know in the comments below.", true},
			{"Were you affected by the floods? Tell us at news@example.com", true},
			{"What's your view? Tell us in the comments below.", true},
			{"Are you affected by the strike? Let us know in the comments.", true},
			{"What do you think? Who pays? Where next? Let us know.", true},
			{"Do you live in the area? The council says the road will reopen in March.", false},
			{"What do you think? Who pays? Why now? Where next? Let us know.", false}, // too many questions
		},
	}, func(string) bool { return false }, true)
}

// TestInlineBoxesRT40: two related-article boxes in a row inside the
// article, each a "Read More" button over a "Related Articles" label and
// its teaser, then a subheading: the article goes on under them, its
// paragraphs above them stay.
func TestInlineBoxesRT40(t *testing.T) {
	box := []string{"Read More", "Related Articles", "Ashcombe pub landlord's anger as council refuses beer garden extension",
		"Read More", "Related Articles", "Northam bypass works to start in summer after years of delays"}
	head := []string{"Councillors back 420 homes on Ashcombe Fields despite objections", "By Sophie Hartley"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, []string{"Officers recommended approval"}, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	checkMarkerKept(t, "two inline boxes", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+2+len(box) && i < p+2+len(box)+3
	})
	// Three boxes in a row: the first label's box reaches the article's
	// next paragraph over the two others, and their labels go with it.
	three := slices.Concat(box, []string{"Read More", "Related Articles", "Ashcombe school to expand after record applications"})
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], three, rt37Prose[2:], rt37Foot)
	checkMarkerKept(t, "three inline boxes", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+2+len(three) && i < p+2+len(three)+2
	})
	// Negative: under the article's last paragraph, the same boxes head
	// the page's teasers: no paragraph of the article follows.
	lines = slices.Concat(rt37Menu, head, rt37Prose, box, []string{"Officers recommended approval"}, rt37Foot)
	checkMarkerKept(t, "boxes after the article", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+len(rt37Prose)
	})
}

// rt40Odds is a betting box inside a match report: its rows go for the
// betting rule, its labels between them with the box.
var rt40Odds = []string{"Odds by Example Sportsbook", "Next game: Bills vs. Chiefs", "Sun, Nov. 17, 4:25 PM ET", "Spread",
	"BUF +2.5 (-110)", "KC -2.5 (-110)", "Moneyline", "BUF +120", "KC -142", "Total", "O 47.5 (-108)", "U 47.5 (-112)",
	"Bet now", "21+. Gambling problem? Call 1-800-GAMBLER. Odds subject to change."}

// TestBoxLabelsRT40: a betting box between two paragraphs of the
// article goes whole with the labels between its rows, and the run of
// the article crosses it; a subheading under the box, over the
// article's next section, stays.
func TestBoxLabelsRT40(t *testing.T) {
	head := []string{"Vance's overtime field goal lifts Bills past Browns", "By Caleb Marchetti"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], rt40Odds, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	after := p + 2 + len(rt40Odds)
	checkMarkerKept(t, "betting box", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= after && i < after+2
	})
	d := blockDoc(lines...)
	Default().Mark(d)
	if r := d.Paragraphs[p+2+3].Removal; r == nil || r.Rule != RuleSponsor || r.Detail != detailBoxLabel {
		t.Errorf("the label %q: removal %+v, want %s (%s)", d.Paragraphs[p+2+3].Text, r, RuleSponsor, detailBoxLabel)
	}
	// Negative: the box's rows, then a subheading and the article's next
	// paragraphs: the subheading has no row under it.
	rows := rt40Odds[4:]
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], rows, []string{"Where the Bills go from here"}, rt37Prose[2:], rt37Foot)
	after = p + 2 + len(rows)
	checkMarkerKept(t, "subheading under the box", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= after && i < after+3
	})
	// Negatives: a label above the rows only (no label between two
	// rows), a short sentence between the rows, a box of two rows: the
	// kept lines stay.
	for name, box := range map[string][]string{
		"label above the rows": {"The Bills' next test", "BUF +120", "KC -142", "O 47.5 (-108)", "U 47.5 (-112)"},
		"sentence inside":      {"BUF +120", "KC -142", "He was fined.", "O 47.5 (-108)", "U 47.5 (-112)"},
		"two rows":             {"Spread", "BUF +2.5 (-110)", "Moneyline", "BUF +120"},
	} {
		lines = slices.Concat(rt37Menu, head, rt37Prose[:2], box, rt37Prose[2:], rt37Foot)
		d := blockDoc(lines...)
		(&Classifier{Rules: Rules(), Passes: ContextPasses()}).Mark(d)
		for k, text := range box {
			if r := d.Paragraphs[p+2+k].Removal; r != nil && r.Detail == detailBoxLabel {
				t.Errorf("%s: %q removed as a box's label", name, text)
			}
		}
	}
}

// TestFieldsInRunRT40: a match report's closing record of fields whose
// first lines read as prose (so the run took them) goes on to its last
// field, which alone is no prose.
func TestFieldsInRunRT40(t *testing.T) {
	head := []string{"Vance's overtime field goal lifts Bills past Browns", "By Caleb Marchetti"}
	record := []string{"By the numbers",
		"Buffalo: 361 total yards, 22 first downs, 1 turnover, 5 of 14 on third down.",
		"Cleveland: 338 total yards, 19 first downs, 0 turnovers, 1 of 4 in the red zone.",
		"Andre Pruitt: 7 catches, 88 yards, 1 TD.",
		"Terrell Banks: 2 sacks, 3 QB hits, 1 forced fumble."}
	lines := slices.Concat(rt37Menu, head, rt37Prose, record, rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	checkMarkerKept(t, "record in the run", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+len(rt37Prose)+len(record)
	})
}

// TestCaptionInHeadRT40: a photo's caption over its credit between the
// standfirst and the byline block costs the title search no reach, and
// the standfirst above it stays.
func TestCaptionInHeadRT40(t *testing.T) {
	checkRT37Page(t, "caption under the standfirst", rt37Menu, []string{
		"Wildfire near the lake still burning as residents are told to stay indoors",
		"The fire has spread over 300 hectares. Rescue officials say it is not yet under control.",
		"Smoke could be seen tens of kilometres away on Wednesday morning.",
		"Photo: Heikki Nurminen / Example News",
		"Minna Karjalainen", "17.7.2024 11:24", "Updated 17.7.2024 15:08", "Share", "Listen", "4 min"}, 0, 1)
}
