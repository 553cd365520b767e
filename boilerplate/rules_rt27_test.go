package boilerplate

import "testing"

// TestCreditBeforeCaption: a line that opens with a credit's label is a
// photo credit, though it ends as a caption's credit does ("Name /
// Agency"), so that the body finder sees the caption above it; a caption
// that ends in its credit stays a caption.
func TestCreditBeforeCaption(t *testing.T) {
	all := Rules()[0]
	for _, tc := range []struct{ text, rule string }{
		{"Photo: Tom Ferriday / Harrowmere Courier", RulePhotoCredit},
		{"Photograph: Kirsty Lowe / Northcliffe Gazette", RulePhotoCredit},
		{"The sea wall at Quarry Point after the storm Tom Ferriday / Harrowmere Courier", RuleCaption},
	} {
		d := newDoc(article, tc.text, article)
		if r, ok := all.Match(d, 1); !ok || r.Rule != tc.rule {
			t.Errorf("Match(%q) = %q, %v; want %q", tc.text, r.Rule, ok, tc.rule)
		}
	}
}
