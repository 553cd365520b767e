package boilerplate

import (
	"slices"
	"strings"
	"testing"
)

// TestMarkPullQuotes checks that a quote a layout repeats from a nearby
// paragraph goes, with the paragraph it repeats in its detail, and that
// quotes the article gives once, quoted subheadings, attributed quotes,
// short and long quotes, a paragraph repeated whole (dedup's) and
// repeats beyond pullReach stay, as does a quote whose source the rules
// removed.
func TestMarkPullQuotes(t *testing.T) {
	const source = `"I had to ask for it," she says. "Nobody was going to send me that script. I heard about it from a friend, and I called the director."`
	long := strings.TrimSpace(strings.Repeat("the council will close the library ", 7)) // 42 words
	filler := "The film opens in cinemas across the country next month, and its trailer has been watched millions of times."
	for _, c := range []struct {
		name  string
		paras []string
		want  []int // removed
	}{
		{"after its source", []string{source, filler, `"Nobody was going to send me that script. I heard about it from a friend."`}, []int{2}},
		{"before its source, curly quotes", []string{filler, `“Nobody was going to send me that script. I heard about it from a friend.”`, filler,
			strings.ReplaceAll(source, `"`, "“")}, []int{1}},
		{"a quoted subheading", []string{filler, `"Nobody was going to send me that script"`, source}, nil},
		{"attributed", []string{source, `"Nobody was going to send me that script. I heard about it from a friend," she says.`}, nil},
		{"repeated whole (a duplicate)", []string{source, filler, source}, nil},
		{"long", []string{`She told us: "` + long + ` and more besides."`, filler, `"` + long + `."`}, nil},
		{"said once", []string{source, filler, `"Nobody will ever send me a script like that one again, I am quite sure of it."`}, nil},
		{"short", []string{source, `"I heard about it from a friend."`}, nil},
		{"beyond reach", append(append([]string{source}, slices.Repeat([]string{filler}, pullReach)...),
			`"Nobody was going to send me that script. I heard about it from a friend."`), nil},
		{"beyond reach, before", append(append([]string{`"Nobody was going to send me that script. I heard about it from a friend."`},
			slices.Repeat([]string{filler}, pullReach)...), source), nil},
	} {
		checkPullQuotes(t, c.name, c.paras, c.want)
	}
	// A source the rules removed is no source.
	d := newDoc(source, filler, `"Nobody was going to send me that script. I heard about it from a friend."`)
	Remove(d, 0, Reason{Rule: RuleCaption})
	MarkPullQuotes(d)
	if !d.Paragraphs[2].Kept() {
		t.Errorf("quote of a removed paragraph removed")
	}
	// The detail names the source.
	d = newDoc(source, filler, `"Nobody was going to send me that script. I heard about it from a friend."`)
	MarkPullQuotes(d)
	if r := d.Paragraphs[2].Removal; r == nil || r.Detail != "repeats paragraph 0" {
		t.Errorf("detail: %+v", r)
	}
}

// checkPullQuotes runs MarkPullQuotes on a document of paras and checks
// that it removes exactly the paragraphs want, each as a pull quote that
// names the paragraph it repeats.
func checkPullQuotes(t *testing.T, name string, paras []string, want []int) {
	t.Helper()
	d := newDoc(paras...)
	MarkPullQuotes(d)
	var got []int
	for i, p := range d.Paragraphs {
		if !p.Kept() {
			got = append(got, i)
			if p.Removal.Rule != RulePullQuote || !strings.HasPrefix(p.Removal.Detail, "repeats paragraph ") {
				t.Errorf("%s: removal %+v", name, *p.Removal)
			}
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: removed %v, want %v", name, got, want)
	}
}
