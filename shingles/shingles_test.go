package shingles

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/cespare/xxhash/v2"
	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"only punctuation", " -- ... “” ", ""},
		{"ascii case", "Hello WORLD", "hello world"},
		{"curly quotes", "“Severe” isn’t it", "severe isn t it"},
		{"straight quotes", `"Severe" isn't it`, "severe isn t it"},
		{"dashes", "one—two – three-four", "one two three four"},
		{"spacing", "  a \t b\n\nc\u00a0d  ", "a b c d"},
		{"digits kept", "In 2019, 50 lakh masks", "in 2019 50 lakh masks"},
		{"nfkc ligature", "ﬁnd the ﬂag", "find the flag"},
		{"nfkc full width", "ＡＢＣ１２３", "abc123"},
		{"nfkc superscript", "x² km³", "x2 km3"},
		{"decomposed accent", "cafe\u0301 Café", "café café"},
		{"greek sigma", "ΟΔΥΣΣΕΥΣ οδυσσευς", "οδυσσευσ οδυσσευσ"},
		{"cyrillic", "Москва МОСКВА", "москва москва"},
		{"cjk", "東京、大阪", "東京 大阪"},
		{"emoji separates", "good👍bad", "good bad"},
		{"invalid utf8 separates", "ab\xffcd", "ab cd"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Normalize(tc.in); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestAppendHashes(t *testing.T) {
	tests := []struct {
		name string
		text string
		n    int
		want int // number of shingles
	}{
		{"empty", "", 5, 0},
		{"no words", "— … !!", 5, 0},
		{"one word", "Hello", 5, 1},
		{"four words", "one two three four", 5, 1},
		{"five words", "one two three four five", 5, 1},
		{"six words", "one two three four five six", 5, 2},
		{"twelve words n3", "a b c d e f g h i j k l", 3, 10},
		{"default n", "a b c d e f g", 0, 3},
		{"n1", "a b a", 1, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := AppendHashes(nil, tc.text, tc.n)
			if len(got) != tc.want {
				t.Fatalf("AppendHashes(%q, %d) gave %d shingles, want %d", tc.text, tc.n, len(got), tc.want)
			}
			// Appending keeps what dst held.
			dst := AppendHashes([]uint64{42}, tc.text, tc.n)
			if dst[0] != 42 || !slices.Equal(dst[1:], got) {
				t.Errorf("AppendHashes with a non-empty dst = %v, want [42 %v]", dst, got)
			}
		})
	}
}

func TestHashEquivalence(t *testing.T) {
	same := [][2]string{
		{"It’s the “latest” wave — of severe air", `it's the "latest" wave - of severe air`},
		{"The quick brown fox jumps", "THE  QUICK\tbrown\n\nfox, jumps!"},
		{"ﬁve ﬁngers on one hand", "five fingers on one hand"},
		{"naïve café owners", "nai\u0308ve cafe\u0301 owners"},
		{"short one", "Short, one."},
	}
	for _, p := range same {
		a, b := Hashes(p[0], 5), Hashes(p[1], 5)
		if !slices.Equal(a, b) {
			t.Errorf("Hashes(%q) = %x, Hashes(%q) = %x, want equal", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{
		{"one two three four five", "one two three four six"},
		{"one two three four five", "five four three two one"},
		{"one two three", "one two three four"},
		{"ab cd", "abc d"},
		{"a", "b"},
	}
	for _, p := range differ {
		a, b := Hashes(p[0], 5), Hashes(p[1], 5)
		if slices.Equal(a, b) {
			t.Errorf("Hashes(%q) = Hashes(%q) = %x, want different", p[0], p[1], a)
		}
	}
}

// TestShingleStructure checks that a shingle's hash is Combine of the word
// hashes of its words, and that a shingle hash depends only on its words.
func TestShingleStructure(t *testing.T) {
	text := "Alpha beta GAMMA delta epsilon zeta eta"
	words := AppendWordHashes(nil, text)
	if len(words) != 7 {
		t.Fatalf("got %d words, want 7", len(words))
	}
	for _, n := range []int{1, 2, 5, 7, 8} {
		got := Hashes(text, n)
		var want []uint64
		if n > len(words) {
			want = []uint64{Combine(words)}
		}
		for i := 0; i+n <= len(words); i++ {
			want = append(want, Combine(words[i:i+n]))
		}
		if !slices.Equal(got, want) {
			t.Errorf("n=%d: Hashes = %x, want %x", n, got, want)
		}
	}
	// The window of DefaultN words slides over texts of every length.
	long := strings.Repeat(text+" theta IOTA kappa lambda ", 4)
	all := AppendWordHashes(nil, long)
	for m := DefaultN; m <= len(all); m++ {
		got := Hashes(strings.Join(strings.Fields(long)[:m], " "), DefaultN)
		for i := range got {
			if want := Combine(all[i : i+DefaultN]); got[i] != want {
				t.Fatalf("%d words: shingle %d = %x, want %x", m, i, got[i], want)
			}
		}
	}
	// The same 5-gram inside two different texts hashes the same.
	a := Hashes("x y beta gamma delta epsilon zeta", 5)
	b := Hashes("beta gamma delta epsilon zeta q", 5)
	if a[2] != b[0] {
		t.Errorf("shared 5-gram hashed differently: %x vs %x", a[2], b[0])
	}
}

// benchNormalize is the benchmark's definition of the normalised text:
// lower-case, every run of characters that are not letters or numbers
// becomes one space.
func benchNormalize(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			if !in && b.Len() > 0 {
				b.WriteByte(' ')
			}
			in = true
			b.WriteRune(unicode.ToLower(r))
		} else {
			in = false
		}
	}
	return b.String()
}

// TestAgreesWithBenchmark checks Normalize against the benchmark's shingle
// definition on the dedup benchmark's paragraphs.
func TestAgreesWithBenchmark(t *testing.T) {
	paras := loadCorpus(t)
	nfkc := 0
	for _, p := range paras {
		got := Normalize(p)
		if want := benchNormalize(p); got == want {
			continue
		}
		// NFKC is the one intended difference ("½" becomes "1⁄2", two words).
		nfkc++
		if want := benchNormalize(norm.NFKC.String(p)); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", p, got, want)
		}
	}
	t.Logf("%d of %d paragraphs differ from the benchmark's words only through NFKC", nfkc, len(paras))
}

func loadCorpus(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open("../dedupe/testdata/benchdev/corpus.tsv")
	if err != nil {
		tb.Skip("benchmark corpus not available:", err)
	}
	defer f.Close()
	var paras []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		x := strings.SplitN(sc.Text(), "\t", 3)
		if len(x) == 3 {
			paras = append(paras, x[2])
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return paras
}

func TestNoAllocs(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("allocation counts are not stable in -short or -race runs")
	}
	texts := []string{
		"The quick brown Fox jumps over the lazy dog, again and again.",
		"It’s the “latest” wave — of severe air pollution in Delhi’s streets.",
		"ﬁve ﬁngers on one hand, ＡＢＣ", // needs NFKC: pooled buffer
	}
	dst := make([]uint64, 0, 64)
	for _, s := range texts {
		AppendHashes(dst[:0], s, 5) // warm the pool
		if n := testing.AllocsPerRun(100, func() { dst = AppendHashes(dst[:0], s, 5) }); n != 0 {
			t.Errorf("AppendHashes(%q) allocates %.1f times per call, want 0", s, n)
		}
	}
}

func TestWordHashIsXXHash(t *testing.T) {
	for n := 0; n <= 70; n++ {
		w := strings.Repeat("aB9zZ", 15)[:n]
		if got, want := wordHash(w, false), xxhash.Sum64String(w); got != want {
			t.Errorf("wordHash(%q) = %x, want xxhash %x", w, got, want)
		}
		if got, want := wordHash([]byte(w), true), xxhash.Sum64String(strings.ToLower(w)); got != want {
			t.Errorf("wordHash(%q, lower) = %x, want xxhash %x", w, got, want)
		}
	}
	for c := 0; c < 128; c++ {
		w := strings.Repeat(string(rune(c)), 9)
		if got, want := wordHash(w, true), xxhash.Sum64String(strings.ToLower(w)); got != want {
			t.Errorf("wordHash(%q, lower) = %x, want %x", w, got, want)
		}
	}
}
