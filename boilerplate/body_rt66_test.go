package boilerplate

import "testing"

// TestAskRuneRT66: a subheading that asks under a read-also box ends with
// "?", or with Greek's ";", Arabic's "؟" or the full-width "？" (see
// askRune, inlineWalls).
func TestAskRuneRT66(t *testing.T) {
	for _, r := range []rune{'?', ';', '؟', '？'} {
		if !askRune(r) {
			t.Errorf("askRune(%q) = false", r)
		}
	}
	if askRune('.') || askRune(':') {
		t.Error("askRune of a full stop or a colon")
	}
}
