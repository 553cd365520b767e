package dedupe

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// doc builds a document from paragraphs; a paragraph starting with "!" is
// marked removed as boilerplate before dedupe runs.
func doc(id string, paras ...string) *clean.Document {
	d := &clean.Document{ID: id, Format: clean.FormatText}
	var b strings.Builder
	for i, p := range paras {
		boiler := strings.HasPrefix(p, "!")
		p = strings.TrimPrefix(p, "!")
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p)
		d.Paragraphs = append(d.Paragraphs, clean.Paragraph{Text: p, Start: start, End: b.Len()})
		if boiler {
			d.Remove(i, clean.Removal{Stage: clean.StageBoilerplate, Rule: "test"})
		}
	}
	d.Text = b.String()
	return d
}

// outcome renders the dedupe removals of d: "i:rule>j" per removed
// paragraph (with "@doc" when j is in another document).
func outcome(d *clean.Document) string {
	var out []string
	for i, p := range d.Paragraphs {
		r := p.Removal
		if r == nil || r.Stage != clean.StageDuplicate {
			continue
		}
		s := fmt.Sprintf("%d:%s>%d", i, r.Rule, r.DupOf.Index)
		if r.DupOf.Doc != d.ID {
			s += "@" + r.DupOf.Doc
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

const (
	p1 = "Another cloud of choking smoke and dust is set to descend upon the 20 million residents of Delhi this week, with forecasters warning that air pollution is likely to reach “severe” levels."
	p2 = "The gray haze led to canceled flights, closed schools, and created a public health emergency across the whole capital region on Monday."
	p3 = "Last week, some air quality index monitors maxed out with ratings of 999 and pollution reached 50 times the level deemed safe by the World Health Organization."
)

// long has 59 words: 55 shingles.
var long = p1 + " " + p3

// replaceWord returns the text's words with word i replaced by repl.
func replaceWord(text string, i int, repl string) string {
	w := strings.Fields(text)
	w[i] = repl
	return strings.Join(w, " ")
}

func TestWithin(t *testing.T) {
	chainA := "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
	chainB := "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen XX twentyone twentytwo"
	chainC := "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen YY eighteen nineteen XX twentyone twentytwo twentythree"
	tests := []struct {
		name  string
		paras []string
		opts  Options
		want  string
	}{
		{"no duplicates", []string{p1, p2, p3}, Options{}, ""},
		{"exact repeat", []string{p1, p2, p1}, Options{}, "2:exact-duplicate>0"},
		{"repeat of a repeat names the first", []string{p1, p1, p1}, Options{}, "1:exact-duplicate>0 2:exact-duplicate>0"},
		{"quote style, case and spacing", []string{p1, p2, strings.ToUpper(strings.NewReplacer("“", `"`, "”", `"`, " ", "   ").Replace(p1))}, Options{}, "2:exact-duplicate>0"},
		// One word inside changes 5 of 55 shingles: J = 50/60 = 0.83.
		{"one word changed", []string{long, p2, replaceWord(long, 14, "reached")}, Options{}, "2:near-duplicate>0"},
		// Two words: J = 45/65 = 0.69.
		{"two words changed is below 0.8", []string{long, replaceWord(replaceWord(long, 5, "x"), 35, "y")}, Options{}, ""},
		{"two words changed at 0.5", []string{long, replaceWord(replaceWord(long, 5, "x"), 35, "y")}, Options{Threshold: 0.5}, "1:near-duplicate>0"},
		{"last word changed in a short paragraph", []string{p2, replaceWord(p2, 21, "Tuesday")}, Options{}, "1:near-duplicate>0"},
		{"short paragraphs match only exactly", []string{"Read more", "Read more.", "Read more now"}, Options{}, "1:exact-duplicate>0"},
		{"no words never match", []string{"***", "***", "—"}, Options{}, ""},
		{"boilerplate does not take part", []string{"!" + p1, p1, p1}, Options{}, "2:exact-duplicate>1"},
		{"removed paragraphs are not targets", []string{chainA, chainB, chainC}, Options{Threshold: 0.7}, "1:near-duplicate>0"},
		// p3 has 27 words, 23 shingles. Word 3 changed: 4 shingles differ;
		// word 23: 4; word 24: 3. J(w3, w24) = 16/30 and J(w3, w23) = 15/31
		// are under 0.6, so both stay; p3 is 19/27 from w3 and w23 (a tie)
		// and 20/26 from w24.
		{"tie goes to the earliest", []string{replaceWord(p3, 3, "q"), replaceWord(p3, 23, "q"), p3}, Options{Threshold: 0.6}, "2:near-duplicate>0"},
		{"best match wins", []string{replaceWord(p3, 3, "q"), replaceWord(p3, 24, "q"), p3}, Options{Threshold: 0.6}, "2:near-duplicate>1"},
		{"exact threshold 1", []string{p3, replaceWord(p3, 20, "q"), p3}, Options{Threshold: 1}, "2:exact-duplicate>0"},
		{"short paragraphs take no part under MinWords", []string{"1", p2, "1", "Pre-workout meal", p3, "Pre-workout meal", p2}, Options{MinWords: 4}, "6:exact-duplicate>1"},
		{"MinWords counts words, not bytes", []string{"Pre-workout meal plan", "Pre-workout meal plan"}, Options{MinWords: 4}, "1:exact-duplicate>0"},
		{"n=1 bag of words", []string{"a b c d e f g h", "h g f e d c b a"}, Options{N: 1}, "1:exact-duplicate>0"},
	}
	for _, tc := range tests {
		for _, exact := range []bool{false, true} {
			opts := tc.opts
			opts.Exact = exact
			t.Run(fmt.Sprintf("%s/exact=%v", tc.name, exact), func(t *testing.T) {
				d := doc("a.txt", tc.paras...)
				Within(opts).Mark(d)
				if got := outcome(d); got != tc.want {
					t.Errorf("got %q, want %q", got, tc.want)
				}
			})
		}
	}
}

func TestRemovalFields(t *testing.T) {
	d := doc("a.txt", long, p2, replaceWord(long, 14, "reached"))
	Within(Options{}).Mark(d)
	r := d.Paragraphs[2].Removal
	if r == nil {
		t.Fatal("paragraph 2 kept")
	}
	want := clean.Removal{Stage: clean.StageDuplicate, Rule: RuleNear,
		Detail: "Jaccard 0.833 of word 5-grams with paragraph 0", DupOf: &clean.Ref{Doc: "a.txt", Index: 0},
		Similarity: 50.0 / 60}
	if r.Stage != want.Stage || r.Rule != want.Rule || r.Detail != want.Detail || *r.DupOf != *want.DupOf || r.Similarity != want.Similarity {
		t.Errorf("removal = %+v, want %+v", r, want)
	}
}

func TestCorpus(t *testing.T) {
	for _, exact := range []bool{false, true} {
		c := NewCorpus(Options{Exact: exact})
		d1 := doc("one.txt", p1, p2)
		d2 := doc("two.txt", p3, p2, p3)
		d0 := doc("zero.txt", long)
		c.Mark(d0)
		d3 := doc("three.txt", "!"+p3, replaceWord(long, 10, "x"))
		for _, d := range []*clean.Document{d1, d2, d3} {
			c.Mark(d)
		}
		got := []string{outcome(d1), outcome(d2), outcome(d3)}
		want := []string{"", "1:exact-duplicate>1@one.txt 2:exact-duplicate>0", "1:near-duplicate>0@zero.txt"}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("exact=%v: got %q, want %q", exact, got, want)
		}
		if c.Kept() != 4 {
			t.Errorf("exact=%v: Kept() = %d, want 4", exact, c.Kept())
		}
	}
}

func TestOptions(t *testing.T) {
	for _, o := range []Options{{Threshold: -0.1}, {Threshold: 1.5}, {N: -1}} {
		if o.Validate() == nil {
			t.Errorf("%+v: no error", o)
		}
	}
	tests := []struct {
		t          float64
		rows, band int
	}{{0.8, 4, 16}, {0.5, 2, 32}, {0.9, 6, 10}, {1, 8, 8}, {0.3, 1, 64}}
	for _, tc := range tests {
		if r, b := banding(tc.t); r != tc.rows || b != tc.band {
			t.Errorf("banding(%v) = %d rows x %d bands, want %d x %d", tc.t, r, b, tc.rows, tc.band)
		}
	}
}

func TestSignature(t *testing.T) {
	var a, b [sigK]uint64
	signature(&a, []uint64{1 << 60, 5, 5, 1<<63 | 7})
	signature(&b, []uint64{1<<63 | 7, 5, 1 << 60})
	if a != b {
		t.Error("signature depends on order or repeats")
	}
	for i, v := range a {
		if v == ^uint64(0) {
			t.Errorf("bin %d left empty", i)
		}
	}
}

// refSignature is signature as it was, densifying one empty bin at a time.
func refSignature(sig *[sigK]uint64, hashes []uint64) {
	var filled uint64
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, h := range hashes {
		b := h >> (64 - 6)
		filled |= 1 << b
		sig[b] = min(sig[b], h)
	}
	for empty := ^filled; empty != 0; empty &= empty - 1 {
		i := bits.TrailingZeros64(empty)
		d := bits.TrailingZeros64(bits.RotateLeft64(filled, -(i+1))) + 1 // bit 0 is bin i+1
		sig[i] = sig[(i+d)%sigK] + uint64(d)*0x9e3779b97f4a7c15
	}
}

// TestSignatureMatchesReference compares signature with refSignature on
// random sets of 1 to 200 hashes, spread over all bins or crowded into a
// few (first, last, neighbouring, one).
func TestSignatureMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for k := range 20000 {
		bins := []uint64{0, 63, uint64(r.IntN(64))}
		h := make([]uint64, 1+r.IntN(200))
		if k%4 == 0 {
			h = h[:1+r.IntN(min(4, len(h)))]
		}
		for i := range h {
			h[i] = r.Uint64()
			if k%3 == 0 { // crowded: a few bins only
				h[i] = bins[r.IntN(len(bins))]<<58 | h[i]>>6
			}
		}
		var got, want [sigK]uint64
		signature(&got, h)
		refSignature(&want, h)
		if got != want {
			t.Fatalf("signature(%x) = %x, want %x", h, got, want)
		}
	}
}
