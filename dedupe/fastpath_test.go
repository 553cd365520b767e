package dedupe

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// randomDocs returns documents of short paragraphs over a small vocabulary,
// so that small shingle sets repeat, nest and overlap often.
func randomDocs(seed uint64, n int) []*clean.Document {
	rng := rand.New(rand.NewPCG(seed, 1))
	vocab := []string{"a", "b", "C", "d", "e", "“f”", "g—h", "i", "j", "k"}
	var docs []*clean.Document
	for k := 0; k < n; k++ {
		var paras []string
		for range 2 + rng.IntN(30) {
			var w []string
			for range rng.IntN(12) {
				w = append(w, vocab[rng.IntN(3+rng.IntN(len(vocab)-2))])
			}
			paras = append(paras, strings.Join(w, " "))
		}
		docs = append(docs, doc(fmt.Sprintf("r%d", k), paras...))
	}
	return docs
}

// removals renders every removal of docs, details included.
func removals(docs []*clean.Document) []string {
	var out []string
	for _, d := range docs {
		for i, p := range d.Paragraphs {
			if r := p.Removal; r != nil && r.Stage == clean.StageDuplicate {
				out = append(out, fmt.Sprintf("%s/%d %s %s %s/%d %v", d.ID, i, r.Rule, r.Detail, r.DupOf.Doc, r.DupOf.Index, r.Similarity))
			}
		}
	}
	return out
}

// TestSmallSetPath checks that looking small sets up by one key for the
// whole set takes the decisions of the MinHash bands (and of the exact
// reference) on the benchmark's paragraphs, on the pipeline's input and on
// random documents of short paragraphs, at several thresholds.
func TestSmallSetPath(t *testing.T) {
	paras, _ := loadBench(t)
	bench, _ := benchDocs(paras)
	sets := map[string][]*clean.Document{"benchdev": bench, "random": randomDocs(1, 300)}
	if !testing.Short() {
		pipe, _, _ := pipelineDocs(t)
		sets["pipeline"] = pipe
	}
	for name, docs := range sets {
		for _, th := range []float64{0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 1} {
			p := resolve(Options{Threshold: th})
			ref := p
			ref.small = 0
			var got [3][]string
			for k, q := range []params{p, ref, resolve(Options{Threshold: th, Exact: true})} {
				snap := snapshot(docs)
				newWithin(q).markAll(docs)
				got[k] = removals(docs)
				snap.restore(docs)
				c := &Corpus{x: newIndex(q)}
				for _, d := range docs {
					c.Mark(d)
				}
				got[k] = append(got[k], removals(docs)...)
				snap.restore(docs)
			}
			for k, what := range []string{"bands", "exact reference"}[:map[bool]int{false: 1, true: 2}[name == "random"]] {
				if strings.Join(got[0], "\n") != strings.Join(got[k+1], "\n") {
					t.Errorf("%s t=%v: small-set path and %s differ:\n%s\nvs\n%s", name, th, what,
						strings.Join(got[0], "\n"), strings.Join(got[k+1], "\n"))
				}
			}
			if th == 0.8 {
				t.Logf("%s t=0.8: %d removals", name, len(got[0]))
			}
			if th == 0.8 && p.small != 3 {
				t.Errorf("t=0.8: small sets up to %d shingles, want 3", p.small)
			}
		}
	}
}

func (w *within) markAll(docs []*clean.Document) {
	for _, d := range docs {
		w.Mark(d)
	}
}

type removalSnapshot [][]*clean.Removal

func snapshot(docs []*clean.Document) removalSnapshot {
	var s removalSnapshot
	for _, d := range docs {
		r := make([]*clean.Removal, len(d.Paragraphs))
		for i, p := range d.Paragraphs {
			r[i] = p.Removal
		}
		s = append(s, r)
	}
	return s
}

func (s removalSnapshot) restore(docs []*clean.Document) { restoreDocs(docs, s) }

// TestRemovalDetail checks the details built with strconv against fmt.
func TestRemovalDetail(t *testing.T) {
	for _, j := range []float64{1, 0.8, 0.8004999, 0.8005, 0.9999, 0.123456} {
		for _, idx := range []int{0, 7, 1234} {
			r := removal("a", clean.Ref{Doc: "b", Index: idx}, j, 5)
			want := fmt.Sprintf("Jaccard %.3f of word %d-grams with paragraph %d of b", j, 5, idx)
			if j == 1 {
				want = fmt.Sprintf("same words as paragraph %d of b", idx)
			}
			if r.Detail != want {
				t.Errorf("detail %q, want %q", r.Detail, want)
			}
		}
	}
}

// TestPairwisePath checks that comparing sketches pairwise takes the
// decisions of the MinHash bands (every document through one path, then
// through the other), on the benchmark's paragraphs, the pipeline's input
// and random documents of short paragraphs, at several thresholds and
// shingle sizes, in both modes.
func TestPairwisePath(t *testing.T) {
	paras, _ := loadBench(t)
	bench, _ := benchDocs(paras)
	sets := map[string][]*clean.Document{"benchdev": bench, "random": randomDocs(2, 300),
		"near": nearDocs(3, 200)}
	if !testing.Short() {
		pipe, _, _ := pipelineDocs(t)
		sets["pipeline"] = pipe
	}
	for name, docs := range sets {
		for _, th := range []float64{0.3, 0.5, 0.7, 0.8, 0.9, 1} {
			for _, n := range []int{0, 1, 3} {
				for _, exact := range []bool{false, true} {
					var got [2]string
					for k, pairMax := range []int{0, 1 << 30} {
						w := newWithin(resolve(Options{Threshold: th, N: n, Exact: exact}))
						w.pairMax = pairMax
						snap := snapshot(docs)
						w.markAll(docs)
						got[k] = strings.Join(removals(docs), "\n")
						snap.restore(docs)
					}
					if got[0] != got[1] {
						t.Errorf("%s t=%v n=%d exact=%v: bands and pairwise differ:\n%s\nvs\n%s", name, th, n, exact, got[0], got[1])
					}
				}
			}
		}
	}
}

// nearDocs returns documents whose paragraphs are edits of a few base
// paragraphs (words replaced, dropped, repeated or case-changed), so that
// many pairs are near the threshold.
func nearDocs(seed uint64, n int) []*clean.Document {
	rng := rand.New(rand.NewPCG(seed, 3))
	var docs []*clean.Document
	for k := 0; k < n; k++ {
		var base [][]string
		for range 1 + rng.IntN(3) {
			var w []string
			for range 1 + rng.IntN(40) {
				w = append(w, fmt.Sprint("w", rng.IntN(60)))
			}
			base = append(base, w)
		}
		var paras []string
		for range 2 + rng.IntN(20) {
			w := slices.Clone(base[rng.IntN(len(base))])
			for range rng.IntN(4) {
				i := rng.IntN(len(w))
				switch rng.IntN(4) {
				case 0:
					w[i] = fmt.Sprint("x", rng.IntN(9))
				case 1:
					w = slices.Delete(w, i, i+1)
				case 2:
					w = slices.Insert(w, i, w[i])
				default:
					w[i] = strings.ToUpper(w[i])
				}
				if len(w) == 0 {
					break
				}
			}
			paras = append(paras, strings.Join(w, " "))
		}
		docs = append(docs, doc(fmt.Sprintf("n%d", k), paras...))
	}
	return docs
}
