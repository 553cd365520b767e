// Package eval scores extracted article text against a ground truth with the
// metric of the article-extraction benchmark: each text becomes a bag
// (multiset) of 4-token shingles of lower-cased word tokens; per page,
// precision and recall are computed from the bags; precision and recall are
// averaged over pages and F1 is the harmonic mean of the two averages.
package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// N is the shingle length in tokens used by the benchmark.
const N = 4

// Tokens returns the lower-cased word tokens of s: maximal runs of letters,
// marks and digits.
func Tokens(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_')
	})
	for i, t := range f {
		f[i] = strings.ToLower(t)
	}
	return f
}

// Bag returns the multiset of n-token shingles of s. A text with fewer than n
// tokens (but at least one) is a single shingle of all its tokens.
func Bag(s string, n int) map[string]int {
	toks := Tokens(s)
	bag := make(map[string]int)
	if len(toks) == 0 {
		return bag
	}
	if len(toks) < n {
		bag[strings.Join(toks, " ")]++
		return bag
	}
	for i := 0; i+n <= len(toks); i++ {
		bag[strings.Join(toks[i:i+n], " ")]++
	}
	return bag
}

// Page is the score of one page.
type Page struct {
	ID        string
	Precision float64
	Recall    float64
	// Extra and Missing are the shingles predicted but not true, and true
	// but not predicted, most frequent first (at most 5 each).
	Extra, Missing []string
}

// F1 is the harmonic mean of the page's precision and recall.
func (p Page) F1() float64 { return f1(p.Precision, p.Recall) }

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ScorePage compares one prediction with its truth. An empty prediction has
// precision 1 (it claims nothing) and an empty truth recall 1.
func ScorePage(id, pred, truth string) Page {
	pb, tb := Bag(pred, N), Bag(truth, N)
	tp, np, nt := 0, 0, 0
	for k, c := range pb {
		np += c
		tp += min(c, tb[k])
	}
	for _, c := range tb {
		nt += c
	}
	pg := Page{ID: id, Precision: 1, Recall: 1}
	if np > 0 {
		pg.Precision = float64(tp) / float64(np)
	}
	if nt > 0 {
		pg.Recall = float64(tp) / float64(nt)
	}
	pg.Extra = diff(pb, tb)
	pg.Missing = diff(tb, pb)
	return pg
}

// diff returns up to 5 shingles of a that b lacks, by excess count then
// lexically.
func diff(a, b map[string]int) []string {
	type kc struct {
		k string
		c int
	}
	var d []kc
	for k, c := range a {
		if x := c - b[k]; x > 0 {
			d = append(d, kc{k, x})
		}
	}
	sort.Slice(d, func(i, j int) bool {
		if d[i].c != d[j].c {
			return d[i].c > d[j].c
		}
		return d[i].k < d[j].k
	})
	var out []string
	for i := 0; i < len(d) && i < 5; i++ {
		out = append(out, d[i].k)
	}
	return out
}

// Result is the score of a set of pages.
type Result struct {
	Pages     []Page // sorted by ID
	Precision float64
	Recall    float64
}

// F1 is the harmonic mean of the averaged precision and recall.
func (r Result) F1() float64 { return f1(r.Precision, r.Recall) }

// Score scores every page of truth (ID -> true text) against pred (ID ->
// predicted text; a missing ID counts as an empty prediction).
func Score(pred, truth map[string]string) Result {
	var r Result
	for id, t := range truth {
		r.Pages = append(r.Pages, ScorePage(id, pred[id], t))
	}
	sort.Slice(r.Pages, func(i, j int) bool { return r.Pages[i].ID < r.Pages[j].ID })
	for _, p := range r.Pages {
		r.Precision += p.Precision
		r.Recall += p.Recall
	}
	if n := float64(len(r.Pages)); n > 0 {
		r.Precision /= n
		r.Recall /= n
	}
	return r
}

// Worst returns the k pages with the lowest F1, worst first (ties by ID).
func (r Result) Worst(k int) []Page {
	ps := append([]Page(nil), r.Pages...)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].F1() < ps[j].F1() })
	if k < len(ps) {
		ps = ps[:k]
	}
	return ps
}

// Print writes the summary line and the worst k pages with what was extra
// and what was missing.
func (r Result) Print(w io.Writer, k int) {
	fmt.Fprintf(w, "pages %d  F1 %.4f  P %.4f  R %.4f\n", len(r.Pages), r.F1(), r.Precision, r.Recall)
	for _, p := range r.Worst(k) {
		fmt.Fprintf(w, "  %.3f (P %.3f R %.3f) %s\n", p.F1(), p.Precision, p.Recall, p.ID)
		if len(p.Extra) > 0 {
			fmt.Fprintf(w, "      extra:   %q\n", p.Extra)
		}
		if len(p.Missing) > 0 {
			fmt.Fprintf(w, "      missing: %q\n", p.Missing)
		}
	}
}
