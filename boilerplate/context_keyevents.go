package boilerplate

import (
	"strings"

	"github.com/cleantext/clean"
)

// Knobs of MarkKeyEvents.
const (
	// keyEventReach is the most lines under a key-events label that its
	// list may take (the entries, and the controls the rules removed).
	keyEventReach = 14
	// keyEventWords is the most words of an entry, its clock included.
	keyEventWords = 18
	// keyEventsMin is the fewest entries of a list.
	keyEventsMin = 2
)

// MarkKeyEvents removes a live page's list of its key events: a label
// ("Key events", see keyEventLabels) and under it entries that open with
// a time of day and name a post of the page ("22:14 Exit poll published:
// Labour on 302 seats", "11:49 p.m. Thornbury's speech"), each ending no
// sentence, at least keyEventsMin of them; lines removed between them
// ("Show key events only") are passed over, and the label may have gone
// already (with the page's head). It runs after the body finder, whose run
// may have crossed the list: the list links to the posts below it, which
// stay. A label alone, over the article's paragraphs, is a subheading and
// stays.
func MarkKeyEvents(d *clean.Document) {
	ps := d.Paragraphs
	for i := range ps {
		if t := ps[i].Text; len(t) >= len(keyEventLens) || !keyEventLens[len(t)] || !keyEventFirst[lowerByte(t[0])] ||
			!foldedIn(keyEventLabels, t) {
			continue // the length and the first letter first: most lines, without a lookup
		}
		var entries [keyEventReach]int
		n := 0
		for j := i + 1; j < len(ps) && j <= i+keyEventReach; j++ {
			if !ps[j].Kept() {
				continue
			}
			if !keyEventEntry(ps[j].Text) {
				break
			}
			entries[n] = j
			n++
		}
		if n < keyEventsMin {
			continue
		}
		if ps[i].Kept() {
			Remove(d, i, Reason{Rule: RuleWidget, Detail: "a live page's key events"})
		}
		for _, j := range entries[:n] {
			Remove(d, j, Reason{Rule: RuleWidget, Detail: "a live page's key events"})
		}
	}
}

// keyEventLabels name a live page's list of key events, lower case.
var keyEventLabels = setOf("key events", "key updates", "key moments", "wichtigste ereignisse",
	"les moments clés", "momentos clave")

// keyEventLens marks the lengths in bytes of keyEventLabels.
var keyEventLens = func() (t [32]bool) {
	for l := range keyEventLabels {
		t[len(l)] = true
	}
	return t
}()

// keyEventFirst marks the first bytes of keyEventLabels.
var keyEventFirst = func() (t [256]bool) {
	for l := range keyEventLabels {
		t[l[0]] = true
	}
	return t
}()

// keyEventEntry reports whether t opens with a time of day ("22:14",
// "9.05", "11:49 p.m.") and goes on with a headline of a few words that
// ends no sentence.
func keyEventEntry(t string) bool {
	i := 0
	for i < len(t) && i < 2 && isDigit(t[i]) {
		i++
	}
	if i == 0 || i+3 >= len(t) || t[i] != ':' && t[i] != '.' || !isDigit(t[i+1]) || !isDigit(t[i+2]) || t[i+3] != ' ' {
		return false
	}
	rest := t[i+4:]
	for _, m := range [...]string{"a.m. ", "p.m. ", "am ", "pm ", "AM ", "PM "} {
		rest = strings.TrimPrefix(rest, m)
	}
	return rest != "" && isUpperStart(rest) && wordCount(t) <= keyEventWords && !endsSentence(rest)
}
