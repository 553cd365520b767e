package boilerplate

import "testing"

// TestAuthorName checks the author's name that the title search passes
// over above a dateline: two or three capitalised words, no figure, no
// full stop, no separator, not in capitals.
func TestAuthorName(t *testing.T) {
	numLangs()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Harvey Dunmore", true}, {"Anna Maria Kovač", true},
		{"NEWS RELEASE", false}, {"Harvey", false}, {"Jane Doe 2", false}, {"Jane Doe.", false},
		{"News · Sport", false}, {"Sport: Cricket", false}, {"The new bridge", false},
	} {
		var st lineStats
		scan(c.text, &st, nil)
		if got := authorName(c.text, &st); got != c.want {
			t.Errorf("authorName(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOpensDocument checks the headline that opens a text cleaned before:
// the first kept line, or the second under a kicker of at most
// buttonWords words that is no prose.
func TestOpensDocument(t *testing.T) {
	const head = "Bridge to close for a year of repairs"
	prose := "The council said on Monday that the bridge would close for repairs, and that the work would take most of the year."
	for _, c := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"first line", []string{head, prose}, true},
		{"under a kicker", []string{"Transport · Report", head, prose}, true},
		{"under a longer line", []string{"Transport news from the city and the county", head, prose}, false},
		{"under prose", []string{prose, head, prose}, false},
		{"third line", []string{"Transport", "Report", head, prose}, false},
	} {
		d := blockDoc(c.lines...)
		sc := new(bodyScratch)
		sc.features(d)
		sc.prose = make([]bool, len(c.lines))
		for i, l := range c.lines {
			sc.prose[i] = l == prose
		}
		i := len(c.lines) - 2
		if got := sc.opensDocument(d, i); got != c.want {
			t.Errorf("%s: opensDocument(%d) = %v, want %v", c.name, i, got, c.want)
		}
	}
}
