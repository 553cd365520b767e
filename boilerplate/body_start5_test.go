package boilerplate

import "testing"

// TestBodyKeyPoints checks the box of key points between the title and
// the article (see keyPoints): under a label of key points, in English or
// another language, its short lines are the article's, though a time of
// day or a button sits among them; a list of teasers of the same shape
// under another label, a list with no label, a summary box made by
// machine, a box above the headline and a box of too many lines are not.
func TestBodyKeyPoints(t *testing.T) {
	const title, dek = "Bridge to close for a year of repairs", "The council says the work on the old bridge will take most of next year"
	head := []string{title, dek, "By Jane Doe", "Thursday 19 March 2026 06:00 GMT"}
	items := []string{
		"The old bridge closes to all traffic from the first of May",
		"Buses will run on the ring road every ten minutes from 06:30",
		"The new bridge is due to open at the end of next year",
	}
	box := func(label string, after ...string) []string {
		return append(append(append(append([]string{}, head...), label), items...), after...)
	}
	// The negative cases have no time of day in their lines: a line with
	// one reads as a byline to the title search.
	plain := []string{items[0], "Buses will run on the ring road every ten minutes", items[2]}
	teasers := func(label string, after ...string) []string {
		return append(append(append(append([]string{}, head...), label), plain...), after...)
	}
	keep := []int{0, 1, 4, 5, 6, 7}
	for _, c := range []struct {
		name string
		head []string
		keep []int // indexes in head of the lines kept
	}{
		{"key points", box("Key points"), keep},
		{"label with a colon", box("At a glance:"), keep},
		{"German", box("Das Wichtigste in Kürze"), keep},
		{"French", box("L’essentiel"), keep},
		{"Spanish", box("Puntos clave"), keep},
		// A button under the box is no key point.
		{"button under the box", box("What we know", "Auto-refresh on"), keep},
		{"reading time under the box", box("Summary", "4 min read"), keep},
		// The byline under the box, a dateline in it.
		{"byline under the box", append(append([]string{title, "Key points"}, items...),
			"Staff Reporter, Riverton | Updated: 06 July 2026, 04:15 PM IST"), []int{0, 1, 2, 3, 4}},
		// Negative: the label decides.
		{"most read", teasers("Most read"), []int{0, 1}},
		{"related", teasers("Related stories"), []int{0, 1}},
		{"no label", append(append([]string{}, head...), plain...), []int{0, 1}},
		{"summary by machine", teasers("AI summary"), []int{0, 1}},
		// Negative: a box of news in brief above the headline is the
		// page's.
		{"above the headline", append(append([]string{"In brief"}, plain...), head...), []int{4, 5}},
		// Negative: too many lines for key points.
		{"nine lines", teasers("Key points", "Schools near the bridge will open later",
			"Taxis may use the bus lanes", "Cyclists can cross on foot", "The ferry will run every hour",
			"Parking fees are cut by half", "Shops will get a grant from the council"), []int{0, 1}},
	} {
		checkHead(t, c.name, titleMenu, c.head, titleProse, []string{"Share", "Tweet", "Privacy policy"}, c.keep)
	}
}

// TestBodyKeyLabel checks the labels of a box of key points.
func TestBodyKeyLabel(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Key points", true},
		{"KEY FACTS:", true},
		{"In brief.", true},
		{"Das Wichtigste in Kürze:", true},
		{"Ce qu’il faut retenir", true},
		{"W skrócie", true},
		{"हाइलाइट्स", true},
		{"Главное:", true},
		{"AI summary", false},
		{"Most read", false},
		{"Key points of the council's plan were published on Monday.", false},
	} {
		if got := keyLabel(c.text); got != c.want {
			t.Errorf("keyLabel(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBodyPastBylines checks a run that starts at the standfirst (a
// sentence of prose with the byline block right under it): it starts
// under the bylines, which are removed, and the headline and the
// standfirst stay. The article's first paragraph with a byline under it
// and no headline above stays, and so does a standfirst whose line above
// is no title.
func TestBodyPastBylines(t *testing.T) {
	const title = "Bridge to close for a year of repairs as the council finds cracks"
	const dek = "The council says that the work on the old bridge will take most of the next year, and that the cost will be high."
	for _, c := range []struct {
		name string
		head []string
		keep []int // indexes in head of the lines kept
	}{
		{"byline and dateline", []string{title, dek, "By Jane Doe, Transport Correspondent",
			"Published: 19:30, 12 November 2026 | Updated: 08:15, 13 November 2026"}, []int{0, 1}},
		{"byline, credit and reading time", []string{title, dek, "By Jane Doe", "Illustrations by John Roe",
			"18 January 2026 · 24 minute read"}, []int{0, 1}},
		// A subheading under the bylines is the article's.
		{"subheading under the bylines", []string{title, dek, "By Jane Doe | 12 November 2026", "How it began"}, []int{0, 1, 3}},
		// Negative: with no headline above the first paragraph, the run
		// is left as it is.
		{"first paragraph", []string{dek, "By Jane Doe"}, []int{0, 1}},
	} {
		checkHead(t, c.name, titleMenu, c.head, titleProse, []string{"Share", "Tweet", "Privacy policy"}, c.keep)
	}
}

// TestBodyNameOverEmail checks the author's name over an e-mail address the
// rules removed and the dateline: the name is part of the byline block, and
// the headline and the standfirst above it stay (the whole classifier: the
// body finder alone keeps the address).
func TestBodyNameOverEmail(t *testing.T) {
	head := []string{"Bridge to close for a year of repairs as the council finds cracks",
		"The council says that the work on the old bridge will take most of the next year, and that the cost will be high.",
		"Jane Doe", "jane.doe@heraldnews.co.uk", "13 November 2026, 08:15"}
	lines := append(append(append([]string{}, titleMenu...), head...), titleProse...)
	d := blockDoc(lines...)
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		want := i >= len(titleMenu)+len(head) || i == len(titleMenu) || i == len(titleMenu)+1
		if p.Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", i, p.Text, p.Kept(), want)
		}
	}
}
