package boilerplate

import (
	"slices"
	"testing"

	"github.com/cleantext/clean"
)

// TestLiveStampsRT57: a live blog's entries under times with "pm" glued
// to the minutes ("6:58pm", see timeStamp) are the article's entries, not
// a list of dated records, so the body run keeps them, each under its
// time and over its "Share" button.
func TestLiveStampsRT57(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"6:58pm", true}, {"11:05AM", true}, {"6:58 pm", true}, {"6:58pmt", false}, {"6:5pm", false}, {"6:58xm", false},
	} {
		if got := timeStamp(tc.s); got != tc.want {
			t.Errorf("timeStamp(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	head := []string{"Bushfires live: homes lost near Yarrandale as emergency warnings remain for three fires",
		"Fire crews are battling three blazes in the north-east after a day of extreme heat and erratic winds."}
	var body []string
	var entry []int // the lines of the entries, not their times and buttons
	for _, e := range [][]string{
		{"6:58pm", "What we know so far", "At least fourteen homes have been destroyed on the outskirts of the town, fire authorities have confirmed this evening."},
		{"5:40pm", "A blow for this community", "The premier has spoken to reporters at the control centre, confirming that at least fourteen homes have been lost near the town."},
		{"4:15pm", "Change is coming", "The senior forecaster says the southerly change should reach the area some time after nine o'clock tonight, with strong winds first."},
		{"2:52pm", "Relief centre opens", "A relief centre has opened at the showgrounds for anyone who has left the fire areas, and there is room for caravans and pets."},
	} {
		for k, l := range e {
			if k > 0 {
				entry = append(entry, len(body))
			}
			body = append(body, l)
		}
		body = append(body, "Share")
	}
	lines := slices.Concat(rt37Menu, head, body, rt37Foot)
	lo := len(rt37Menu) + len(head)
	d := blockDoc(lines...)
	Default().Mark(d)
	for _, k := range entry {
		if p := d.Paragraphs[lo+k]; !p.Kept() {
			t.Errorf("entry line %q removed by %s", p.Text, p.Removal.Rule)
		}
	}
}

// TestStoppedHeadingRT57: a headline of two sentences, a heading the
// extractor saw ("# ..." in Markdown), is the headline over its byline
// block (see stoppedHeading, headingTitle), with its standfirst.
func TestStoppedHeadingRT57(t *testing.T) {
	head := []string{"Nursing homes kept getting cited for understaffing. The state almost never collected the fines.",
		"Regulators assessed more than $9 million in penalties against nursing homes over five years, an analysis found.",
		"by Danielle Okoro and Luis Barrientos", "June 17, 2025", "Share on Facebook", "Email", "Print"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu)
	d := blockDoc(lines...)
	d.Format = clean.FormatMarkdown
	d.Paragraphs[lo].Kind = clean.KindHeading
	Default().Mark(d)
	for i := range d.Paragraphs {
		want := i == lo || i == lo+1 || i >= lo+len(head) && i < lo+len(head)+len(rt37Prose)
		if (i <= lo+1 || i >= lo+len(head)) && d.Paragraphs[i].Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", i, d.Paragraphs[i].Text, d.Paragraphs[i].Kept(), want)
		}
	}
}
