package boilerplate

import "testing"

// TestPageMark checks the page furniture of documents converted from print
// or PDF and the end marks of press releases, and that a number alone, a
// sentence about pages and a score stay.
func TestPageMark(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Page 2 of 3", true}, {"page 12", true}, {"Seite 4 von 9", true}, {"Página 2 de 3", true}, {"Page 3 / 7", true},
		{"ENDS", true}, {"- ENDS -", true}, {"-ends-", true}, {"###", true}, {"# # #", true}, {"-30-", true},
		{"30", false}, {"2", false}, {"Page", false}, {"Page 2 of", false}, {"Page two of three", false},
		{"Page 2 of the report", false}, {"The page 2 story ran on Sunday.", false}, {"Ends", true}, {"The end", false},
	} {
		d := doc("A headline for the story", tt.line, "The council said on Monday that the bridge would close for repairs.")
		r, ok := Rules()[0].Match(d, 1)
		if got := ok && r.Rule == RuleWidget && r.Detail == details[detailPage]; got != tt.want {
			t.Errorf("%q: page mark %v (%v, %+v), want %v", tt.line, got, ok, r, tt.want)
		}
	}
}
