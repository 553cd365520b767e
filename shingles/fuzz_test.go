package shingles

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// variant rewrites s in ways the normalisation must ignore: ASCII letters
// change case, straight quotes become curly ones, hyphens become dashes and
// spaces become runs of other whitespace.
func variant(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case 'a' <= r && r <= 'z' && i%2 == 0:
			b.WriteRune(r - 'a' + 'A')
		case 'A' <= r && r <= 'Z' && i%3 == 0:
			b.WriteRune(r - 'A' + 'a')
		case r == '\'':
			b.WriteString("’")
		case r == '"':
			b.WriteString("“")
		case r == '-':
			b.WriteString(" — ")
		case r == ' ':
			b.WriteString(" \t\u00a0\n ")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fuzzShingler is shared by the calls of FuzzShingles, which run one at a
// time in a process.
var fuzzShingler Shingler

func FuzzShingles(f *testing.F) {
	f.Add("The quick brown fox jumps over the lazy dog.", 5)
	f.Add("It’s the “latest” wave — of severe air", 5)
	f.Add("", 5)
	f.Add("Read more", 3)
	f.Add("ﬁve ＡＢＣ x² cafe\u0301", 2)
	f.Fuzz(func(t *testing.T, text string, n int) {
		n = n%8 + 1
		if n < 1 {
			n = -n + 1
		}
		h1 := AppendHashes(nil, text, n)
		h2 := AppendHashes(make([]uint64, 3, 8), text, n)[3:]
		if !slices.Equal(h1, h2) {
			t.Fatalf("not deterministic: %x vs %x", h1, h2)
		}
		// A Shingler's own cache, warm with earlier inputs, changes nothing.
		if h3 := fuzzShingler.AppendHashes(nil, text, n); !slices.Equal(h1, h3) {
			t.Fatalf("Shingler %x, AppendHashes %x", h3, h1)
		}
		if w1, w2 := AppendWordHashes(nil, text), fuzzShingler.AppendWordHashes(nil, text); !slices.Equal(w1, w2) {
			t.Fatalf("Shingler word hashes %x, AppendWordHashes %x", w2, w1)
		}
		words := strings.Fields(Normalize(text))
		switch m := len(words); {
		case m == 0 && len(h1) != 0:
			t.Fatalf("no words but %d shingles", len(h1))
		case m > 0 && m < n && len(h1) != 1:
			t.Fatalf("%d words < n=%d but %d shingles, want 1", m, n, len(h1))
		case m >= n && len(h1) != m-n+1:
			t.Fatalf("%d words, n=%d: %d shingles, want %d", m, n, len(h1), m-n+1)
		}
		if len(AppendWordHashes(nil, text)) != len(words) {
			t.Fatalf("word hashes and normalised words disagree")
		}
		if !utf8.ValidString(text) {
			return
		}
		// Case, quote, dash and spacing variants of ASCII text hash the
		// same. Outside ASCII, folding and NFKC interact with the rewritten
		// neighbours, so only ASCII inputs are checked.
		if isASCII(text) {
			if v := AppendHashes(nil, variant(text), n); !slices.Equal(h1, v) {
				t.Fatalf("variant %q of %q hashes differently", variant(text), text)
			}
		}
		// The normalised text is a fixed point and hashes the same.
		norm := Normalize(text)
		if Normalize(norm) != norm {
			t.Fatalf("Normalize is not idempotent on %q: %q then %q", text, norm, Normalize(norm))
		}
		if v := AppendHashes(nil, norm, n); !slices.Equal(h1, v) {
			t.Fatalf("normalised text %q hashes differently from %q", norm, text)
		}
	})
}

// FuzzASCIIPath checks the ASCII fast path against the general one.
func FuzzASCIIPath(f *testing.F) {
	f.Add("The quick brown Fox, jumps! over 12 lazy DOGS at 9am")
	f.Add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA@[`{/:")
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		want, _ := appendWords(nil, s, true)
		if got := appendWordsASCII(nil, s); !slices.Equal(got, want) {
			t.Fatalf("ASCII path %x, general path %x", got, want)
		}
	})
}
