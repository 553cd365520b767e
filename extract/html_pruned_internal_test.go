package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// TestSetAside: the alignment of the page's blocks with the article's
// paragraphs, with repeated texts, a block the article joined with other
// text, and a paragraph readability rewrote.
func TestSetAside(t *testing.T) {
	raw := func(ts ...string) []rawPara {
		var ps []rawPara
		for _, s := range ts {
			text, why, _ := strings.Cut(s, "|")
			ps = append(ps, rawPara{text: text, why: why})
		}
		return ps
	}
	for _, tc := range []struct {
		name      string
		page, art []rawPara
		want      string
	}{
		{"all in", raw("One.", "Two."), raw("One.", "Two."), ""},
		{"pruned and outside",
			raw("Menu|<nav>", "Site name", "One.", "Share", "Two.", "Footer text|<footer>"),
			raw("One.", "Two."),
			"0 html-pruned Menu; 0 html-not-article Site name; 1 html-not-article Share; 2 html-pruned Footer text"},
		// "Share" twice on the page, once in the article: the one between
		// the article's paragraphs is matched, the one before it is not.
		{"repeated",
			raw("Share", "One.", "Share", "Two."),
			raw("One.", "Share", "Two."),
			"0 html-not-article Share"},
		// The article joined two blocks into one paragraph: both are
		// covered.
		{"joined",
			raw("Top", "One.", "Part a", "Part b", "Two."),
			raw("One.", "Part a Part b", "Two."),
			"0 html-not-article Top"},
		{"tiny", raw("x", "© 1", "One."), raw("One."), ""},
	} {
		var got []string
		_, pruned, _ := setAside(tc.page, tc.art, nil, nil)
		for _, p := range pruned {
			got = append(got, fmt.Sprintf("%d %s %s", p.At, p.Paragraph.Removal.Rule, p.Paragraph.Text))
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, g, tc.want)
		}
	}
}

func TestLongestRun(t *testing.T) {
	got := longestRun([]int{3, 1, 4, 1, 5, 9, 2, 6}, func(i int) int { return i })
	if fmt.Sprint(got) != "[1 4 5 6]" && fmt.Sprint(got) != "[3 4 5 6]" && fmt.Sprint(got) != "[1 4 5 9]" && fmt.Sprint(got) != "[3 4 5 9]" {
		t.Errorf("longestRun = %v", got)
	}
	if got := longestRun([]int{}, func(i int) int { return i }); got != nil {
		t.Errorf("empty: %v", got)
	}
}

// TestReadmit: blocks readability left out from inside the article go
// back into it when they read as the article's (a subheading above its
// text, a list of sentences); blocks outside the article's span, with
// links, pruned by the pre-cleaning, or not sentences stay out.
func TestReadmit(t *testing.T) {
	type blk struct {
		text string
		kind clean.Kind
		why  string
		lr   int
		note bool
		hid  bool
	}
	h := func(s string) blk { return blk{text: s, kind: clean.KindHeading} }
	li := func(s string) blk { return blk{text: s, kind: clean.KindListItem} }
	p := func(s string) blk { return blk{text: s} }
	one, two := "The council voted on Tuesday.", "The vote was close."
	long1 := "These arguments do not convince the members of the valley's councils, who speak of a heavy blow for the region."
	long2 := "A member of the cantonal parliament said she would put an urgent question to the government at its May session."
	long3 := "The hospital network says the measure will be reviewed after a year, and the doctors' line stays open all night."
	appeal := "The Courier is a nonprofit newsroom. We don't have a paywall, and we depend on readers like you to keep reporting."
	for _, tc := range []struct {
		name string
		page []blk
		art  []string
		want string // the returned paragraphs
	}{
		{"subheading", []blk{h("Headline"), p(one), h("A false economy"), p(two)}, []string{one, two},
			one + " | A false economy | " + two},
		{"key points", []blk{p(one), h("Key points"), li("Brightwell says 2.3 million meters stopped sending readings."),
			li("Customers received estimated bills for months;"), p(two)}, []string{one, two},
			one + " | Key points | Brightwell says 2.3 million meters stopped sending readings. | Customers received estimated bills for months; | " + two},
		{"headline before the article", []blk{h("Headline"), li("A sentence that stands above the article."), p(one), p(two)}, []string{one, two},
			one + " | " + two},
		{"after the article", []blk{p(one), p(two), h("More"), li("A sentence that stands below the article.")}, []string{one, two},
			one + " | " + two},
		{"heading above pruned links", []blk{p(one), h("Related"), {text: "Other story", kind: clean.KindListItem, why: "<aside>"}, p(two)}, []string{one, two},
			one + " | " + two},
		{"linked items", []blk{p(one), {text: "Read the full report on our site now.", kind: clean.KindListItem, lr: 10}, p(two)}, []string{one, two},
			one + " | " + two},
		{"items not sentences", []blk{p(one), h("Topics"), li("Utilities and power companies"), li("Smart meters"), p(two)}, []string{one, two},
			one + " | " + two},
		// Footnotes go back, also after the article, with a link to their
		// source; a block of links with a back link does not, nor one the
		// pre-cleaning removed.
		{"footnotes", []blk{p(one), p(two), h("Notes"), {text: "The survey ran from May to June.", kind: clean.KindText, note: true},
			{text: "Figures from the county's annual report.", kind: clean.KindText, note: true, lr: 13}}, []string{one, two},
			one + " | " + two + " | The survey ran from May to June. | Figures from the county's annual report."},
		{"footnote of links", []blk{p(one), p(two), {text: "County annual report 2025", kind: clean.KindText, note: true, lr: 13}}, []string{one, two},
			one + " | " + two},
		{"pruned footnote", []blk{p(one), p(two), {text: "The survey ran from May to June.", kind: clean.KindText, note: true, why: "class"}}, []string{one, two},
			one + " | " + two},
		{"pruned heading", []blk{p(one), {text: "Newsletter", kind: clean.KindHeading, why: "class"}, p(two)}, []string{one, two},
			one + " | " + two},
		{"short paragraph", []blk{p(one), p("Share this"), p(two)}, []string{one, two},
			one + " | " + two},
		// The article's text split into two containers, readability
		// taking the first and the signature: the prose between goes
		// back, over the read-also box and an ad slot; two paragraphs,
		// or paragraphs with links, are no such run.
		{"split article", []blk{p(one), p("Read also"), {text: "Another story", lr: 13}, p(long1), p("A petition was launched."),
			{text: "Advertisement", why: "class"}, h("The council acts"), p(long2), p(long3), p("Jane Doe")}, []string{one, "Jane Doe"},
			one + " | " + long1 + " | A petition was launched. | The council acts | " + long2 + " | " + long3 + " | Jane Doe"},
		{"two paragraphs", []blk{p(one), p(long1), p(long2), p("Jane Doe")}, []string{one, "Jane Doe"},
			one + " | Jane Doe"},
		{"linked paragraphs", []blk{p(one), p(long1), {text: long2, lr: 20}, p(long3), p("Jane Doe")}, []string{one, "Jane Doe"},
			one + " | Jane Doe"},
		// A site builder's text blocks around a donation box: the prose
		// after the box goes back over a photo's caption and a
		// subheading; the box stays out, its paragraph too. Another
		// story's headline over the prose, or too many blocks between,
		// and nothing goes back.
		{"split around a box", []blk{p(one), p(two), h("Support local journalism"), p(appeal), p("Make a donation"),
			p(long1), p(long2), {text: "Poll workers count ballots. Photo by Sam Lee", kind: clean.KindCaption, why: "class"},
			h("Construction timeline"), p(long3), p("Newsletter")}, []string{one, two},
			one + " | " + two + " | " + long1 + " | " + long2 + " | Construction timeline | " + long3},
		{"another story after", []blk{p(one), p(two), h("The county opens a new school in the valley after years of delays"),
			p(long1), p(long2), p(long3)}, []string{one, two},
			one + " | " + two},
		{"hidden after", []blk{p(one), p(two), p("Subscribe to read on"), {text: long1, hid: true}, {text: long2, hid: true},
			{text: long3, hid: true}}, []string{one, two},
			one + " | " + two},
		{"far after", []blk{p(one), p(two), p("More"), p("Sport"), p("Weather"), p("Opinion"), p("Travel"),
			p(long1), p(long2), p(long3)}, []string{one, two},
			one + " | " + two},
		// No page block matches the article: nothing is put back beside it,
		// not even a correction somewhere on the page.
		{"no match", []blk{p("Correction: an earlier version misspelled a name."), p("Menu")}, []string{"An article the page does not hold."},
			"An article the page does not hold."},
	} {
		var page, art []rawPara
		for _, b := range tc.page {
			page = append(page, rawPara{text: b.text, kind: b.kind, why: b.why, linkRunes: b.lr, note: b.note, hidden: b.hid})
		}
		for _, s := range tc.art {
			art = append(art, rawPara{text: s})
		}
		paras, pruned, _ := setAside(page, art, nil, nil)
		var got []string
		for _, p := range paras {
			got = append(got, p.text)
		}
		if g := strings.Join(got, " | "); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, g, tc.want)
		}
		// Every page block is in the article or set aside, in order.
		// (An article paragraph the page does not hold counts on no side.)
		offPage := 0
		for _, a := range tc.art {
			if !slices.ContainsFunc(tc.page, func(b blk) bool { return b.text == a }) {
				offPage++
			}
		}
		if n := len(paras) + len(pruned); n != len(page)+offPage {
			t.Errorf("%s: %d paragraphs and %d set aside, page has %d blocks", tc.name, len(paras), len(pruned), len(page))
		}
		for i, pr := range pruned {
			if pr.At < 0 || pr.At > len(paras) || i > 0 && pr.At < pruned[i-1].At {
				t.Errorf("%s: set-aside %q at %d", tc.name, pr.Paragraph.Text, pr.At)
			}
		}
	}
}
