package boilerplate

import (
	"slices"
	"strings"

	"github.com/cleantext/clean"
)

// RuleRunningHead names the removal of a page's running head or foot.
const RuleRunningHead = "running-head"

// Knobs of MarkRunningHeads.
const (
	// runningHeadWords is the most words of a running head.
	runningHeadWords = 12
	// runningHeadRepeats is the fewest times a running head comes back.
	runningHeadRepeats = 3
	// runningHeadCandidates is how many lines of the shape are gathered
	// without an allocation.
	runningHeadCandidates = 64
)

// MarkRunningHeads removes every copy of a running head or foot: the line
// a converted book, PDF or printed page repeats on each of its pages
// ("Le Courrier des Deux-Rives | mardi 14 mai 2024", "Chapitre 2 —
// Région", "Page 4 | The Harbor Gazette"). Such a line comes back at least
// runningHeadRepeats times word for word (its copies the other stages
// removed count too), is no table's row, has at most runningHeadWords
// words, ends no sentence, and holds a figure (a date, a page or chapter
// number) and a bar or a spaced dash between its parts. The first copy
// goes too, unlike a duplicate's (see the dedupe stage): it is none of
// the article's. A subheading an article repeats ("Eat 60–90 minutes
// before your workout") or a teaser's headline has no bar or dash
// between parts, a table's header no figure.
func MarkRunningHeads(d *clean.Document) {
	var buf [runningHeadCandidates]int // most documents need no more
	cand := buf[:0]
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.Kind != clean.KindTableRow && runningHeadShape(p.Text) {
			cand = append(cand, i)
		}
	}
	if len(cand) < runningHeadRepeats {
		return
	}
	// The copies of a line side by side, in the document's order.
	ps := d.Paragraphs
	slices.SortStableFunc(cand, func(a, b int) int { return strings.Compare(ps[a].Text, ps[b].Text) })
	for lo := 0; lo < len(cand); {
		hi := lo + 1
		for hi < len(cand) && ps[cand[hi]].Text == ps[cand[lo]].Text {
			hi++
		}
		if hi-lo >= runningHeadRepeats {
			for _, i := range cand[lo:hi] {
				if ps[i].Kept() {
					Remove(d, i, Reason{Rule: RuleRunningHead})
				}
			}
		}
		lo = hi
	}
}

// runningHeadShape reports whether s has the shape of a running head (see
// MarkRunningHeads): at most runningHeadWords words, no sentence's end,
// and a digit and a bar or a spaced dash between words.
func runningHeadShape(s string) bool {
	if len(s) < len("a | 1") || len(s) > 16*runningHeadWords {
		return false
	}
	if c := s[len(s)-1]; c == '.' || c == '!' || c == '?' {
		return false
	}
	// The bar or the dash first: most lines have neither ("—" and "–"
	// are E2 80 94 and E2 80 93).
	if i := strings.IndexByte(s, '|'); i < 1 || i+1 >= len(s) || s[i-1] != ' ' || s[i+1] != ' ' {
		i := strings.IndexByte(s, 0xE2)
		if i < 1 || i+3 >= len(s) || s[i-1] != ' ' || s[i+1] != 0x80 || s[i+2] != 0x94 && s[i+2] != 0x93 || s[i+3] != ' ' {
			return false
		}
	}
	return strings.ContainsAny(s, "0123456789") && strings.Count(s, " ") < runningHeadWords
}
