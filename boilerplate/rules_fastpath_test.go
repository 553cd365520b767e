package boilerplate

import (
	"math/rand"
	"strings"
	"testing"
)

// fastPathTexts returns texts for comparing a fast path with the plain
// code it stands for: the reference texts, every string of up to four
// pieces of pieces, and random strings of pieces of every length to 40
// bytes (so that 0-9 and 15-17 are covered), with bytes beyond ASCII and
// invalid UTF-8.
func fastPathTexts(t *testing.T, pieces ...string) []string {
	texts := refTexts(t)
	var grow func(s string, n int)
	grow = func(s string, n int) {
		texts = append(texts, s)
		if n == 0 {
			return
		}
		for _, p := range pieces {
			grow(s+p, n-1)
		}
	}
	grow("", 4)
	r := rand.New(rand.NewSource(1))
	for n := 0; n <= 40; n++ {
		for k := 0; k < 200; k++ {
			var b strings.Builder
			for b.Len() < n {
				b.WriteString(pieces[r.Intn(len(pieces))])
			}
			texts = append(texts, b.String()[:n])
		}
	}
	return texts
}

// TestRowSeparator checks rowSeparator against strings.IndexAny.
func TestRowSeparator(t *testing.T) {
	for _, s := range fastPathTexts(t, "|", "·", "•", "\xc2", "\xb7", "\xe2", "\x80", "\xa2", "\xe2\x80", "a", " ", "é") {
		if got, want := rowSeparator(s), strings.IndexAny(s, "·•|"); got != want {
			t.Fatalf("rowSeparator(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestAppealCuesEdges checks appealCues against appealCuesRef on short
// texts of cue words and their pieces, words that end the text among them.
func TestAppealCuesEdges(t *testing.T) {
	for _, s := range fastPathTexts(t, "you", "YOU", " ", "’", "'", "donate", "a", "-", "é", "\xe2\x80", "support", "us.", "dear") {
		if got, want := appealCues(s), appealCuesRef(s); got != want {
			t.Fatalf("appealCues(%q) = %b, want %b", s, got, want)
		}
	}
}

// TestLongScanEdges checks longScan and the anchor tables (checkLongScan)
// on texts of anchors, their pieces and other bytes, so that anchors fall
// at every offset of the eight-byte words, several in one word, and across
// words.
func TestLongScanEdges(t *testing.T) {
	for _, s := range fastPathTexts(t, "you", "ookie", "onat", "favo", "ard-looking", "pende", "оддерж", "yo", "u", "o", " ", "é", "\xd0") {
		checkLongScan(t, s)
	}
}
