package boilerplate

import (
	"slices"

	"github.com/cleantext/clean"
)

// Knobs of MarkBoxLabels.
const (
	// boxRows is the fewest lines one rule removed that make a box.
	boxRows = 3
	// boxLabelWords is the most words of a box's label the rules left.
	boxLabelWords = 6
)

// detailBoxLabel is the detail of a box's label that MarkBoxLabels
// removes.
const detailBoxLabel = "a label inside a box"

// MarkBoxLabels removes the labels the rules left inside a box that sits
// between two paragraphs of the article: a betting box's or a widget's
// rows went for their rule, its headings between them stayed ("Odds by
// X", "Next game: Bills vs. Chiefs", "Spread", then "BUF +2.5 (-110)",
// "KC -2.5 (-110)", "Moneyline", …). The lines between the two paragraphs
// are a box when at least boxRows of them, and half of those removed,
// went for one rule of boxRules, as many as were kept or more (a kept
// line without a letter is a value of the box, "+1400", and counts as one
// of its rows); every kept line is a label, of at most boxLabelWords
// words and ending no sentence; and one of them stands between two rows
// of the box. The labels above the box's last row go; a subheading under
// it, over the article's next section, stays.
func MarkBoxLabels(d *clean.Document) {
	ps := d.Paragraphs
	rows := 0
	for k := range ps {
		if r := ps[k].Removal; r != nil && slices.Contains(boxRules[:], r.Rule) {
			rows++
		}
	}
	if rows < boxRows {
		return // no box on the page: most pages
	}
	prev := -1 // the last kept paragraph of prose
	for j := range ps {
		if !isContent(&ps[j]) {
			continue
		}
		if prev >= 0 && j-prev > boxRows {
			boxLabels(d, prev+1, j)
		}
		prev = j
	}
}

// boxRules name the rules whose lines make a box (see MarkBoxLabels).
var boxRules = [...]string{RuleSponsor, RuleWidget}

// boxLabels removes the kept lines of ps[lo:hi] when they are the labels
// of a box (see MarkBoxLabels).
func boxLabels(d *clean.Document, lo, hi int) {
	ps := d.Paragraphs[lo:hi]
	var rows [len(boxRules)]int
	removed, kept, values := 0, 0, 0
	for k := range ps {
		p := &ps[k]
		if p.Kept() {
			if wordCount(p.Text) > boxLabelWords || endsSentence(p.Text) {
				return
			}
			if !hasLetter(p.Text) {
				values++ // a value of the box ("+1400", "-150"): a row of it
				continue
			}
			kept++
			continue
		}
		removed++
		for r, name := range boxRules {
			if p.Removal.Rule == name {
				rows[r]++
			}
		}
	}
	box := -1
	for r, n := range rows {
		if n += values; n >= boxRows && 2*n >= removed+values && n >= kept {
			box = r
		}
	}
	if box < 0 || kept == 0 {
		return
	}
	// A label between two rows.
	first, last := -1, -1
	for k := range ps {
		if !ps[k].Kept() && ps[k].Removal.Rule == boxRules[box] {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	inside := false
	for k := first + 1; k < last && !inside; k++ {
		inside = ps[k].Kept()
	}
	if !inside {
		return
	}
	for k := range ps[:last] {
		if ps[k].Kept() {
			Remove(d, lo+k, Reason{Rule: boxRules[box], Detail: detailBoxLabel})
		}
	}
}
