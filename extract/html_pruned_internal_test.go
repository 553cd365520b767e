package extract

import (
	"fmt"
	"strings"
	"testing"
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
		for _, p := range setAside(tc.page, tc.art) {
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
