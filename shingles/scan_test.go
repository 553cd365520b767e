package shingles

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cespare/xxhash/v2"
)

// diffCheck compares the scanners with the reference byte-at-a-time ones
// on s and on every suffix of its first 9 bytes and prefix of its last 9
// (chunk boundaries and string ends fall everywhere).
func diffCheck(t *testing.T, s string) {
	t.Helper()
	check := func(s string) {
		t.Helper()
		if got, want := AppendWordHashes(nil, s), refAppendWordHashes(nil, s); !slices.Equal(got, want) {
			t.Fatalf("AppendWordHashes(%q) = %x, reference %x", s, got, want)
		}
		for _, nfkc := range []bool{false, true} {
			got, gok := appendWords(nil, s, nfkc)
			want, wok := refAppendWords(nil, s, nfkc)
			// After false the output is unspecified.
			if gok != wok || gok && !slices.Equal(got, want) {
				t.Fatalf("appendWords(%q, %v) = %x, %v, reference %x, %v", s, nfkc, got, gok, want, wok)
			}
		}
		if isASCII(s) {
			if got, want := appendWordsASCII(nil, s), refAppendWordsASCII(nil, s); !slices.Equal(got, want) {
				t.Fatalf("appendWordsASCII(%q) = %x, reference %x", s, got, want)
			}
		}
	}
	check(s)
	for k := 1; k <= 9 && k <= len(s); k++ {
		check(s[k:])
		check(s[:len(s)-k])
	}
}

// TestScannerMatchesReference checks the SWAR scanner against the
// reference one on the dev paragraphs.
func TestScannerMatchesReference(t *testing.T) {
	for _, p := range loadCorpus(t) {
		diffCheck(t, p)
	}
}

// TestScannerRandom checks the SWAR scanner against the reference one on
// random texts built from ASCII bytes, letters and separators of several
// scripts, runes that NFKC changes, combining marks and invalid UTF-8.
func TestScannerRandom(t *testing.T) {
	pieces := []string{
		"a", "Z", "q", "0", "9", " ", " ", "  ", ".", ",", "@", "[", "`", "{", "/", ":", "\x00", "\x7f", "\t\n",
		"word", "Word", "WORD", "longerwordhere", "UPPERCASELONGWORDWITHMORETHAN32BYTES", strings.Repeat("x", 70),
		strings.Repeat("AbC", 50), "’", "“", "”", "—", "\u00a0", "…", "é", "É", "ß", "ς", "Σ", "ж", "Ж", "東", "、",
		"ﬁ", "Ａ", "²", "½", "\u0301", "\u0308", "\u0338", "<", "👍", "𝐀", "\xff", "\xc3", "\xe2\x80", "\xf0\x9f",
	}
	r := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() || raceEnabled {
		n = 2000
	}
	var b strings.Builder
	for range n {
		b.Reset()
		for k := r.IntN(40); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		diffCheck(t, b.String())
	}
	// Random bytes, mostly ASCII.
	for range n {
		buf := make([]byte, r.IntN(80))
		for j := range buf {
			buf[j] = byte(r.IntN(128))
			if r.IntN(8) == 0 {
				buf[j] = byte(r.IntN(256))
			}
		}
		diffCheck(t, string(buf))
	}
}

func TestHash8And16(t *testing.T) {
	for n := 1; n <= 16; n++ {
		w := "abcdefghijklmnop"[:n]
		var got uint64
		if n <= 8 {
			got = hash8(chunk(w, 0), uint(n))
		} else {
			got = hash16(chunk(w, 0), chunk(w, 8), uint(n))
		}
		if want := xxhash.Sum64String(w); got != want {
			t.Errorf("hash of %q = %x, want %x", w, got, want)
		}
	}
}

// FuzzScanner checks the SWAR scanner against the reference one.
func FuzzScanner(f *testing.F) {
	f.Add("The quick brown Fox, jumps! over 12 lazy DOGS at 9am")
	f.Add("It’s the “latest” wave — of severe air; ﬁve ＡＢＣ x² cafe\u0301 Москва")
	f.Fuzz(func(t *testing.T, s string) { diffCheck(t, s) })
}
