// Package dedupe marks near-duplicate paragraphs, within one document or
// across a corpus.
//
// # Decision
//
// Paragraphs are compared by the Jaccard similarity of their sets of word
// n-gram hashes (package shingles: NFKC, case folding, punctuation and
// spacing ignored; a paragraph under n words is one shingle, so it only
// matches a paragraph with exactly its words; a paragraph without words never
// matches). Paragraphs are visited in order. Paragraph j is removed when some
// earlier paragraph i that is still kept has J(i, j) >= Threshold; DupOf names
// the kept i with the highest J, the earliest one on ties, and Similarity is
// that J. Otherwise j is kept and becomes a target for later paragraphs. So
// the first occurrence always stays, a removed paragraph is never a target
// (A~B~C with A and C dissimilar keeps C even though B was removed for A), and
// only paragraphs that are kept when the stage runs (Paragraph.Kept) take
// part. Rule is "exact-duplicate" when the sets are equal (J = 1: the same
// words in the same order, up to repeats, case, quotes, dashes and spacing)
// and "near-duplicate" otherwise.
//
// # Finding candidates
//
// Each paragraph gets a K=64-value one-permutation MinHash signature (each
// shingle hash falls into one of 64 bins by its top 6 bits and the bin keeps
// its minimum; empty bins borrow from the next non-empty bin to their right
// with a distance-dependent offset), computed in O(shingles + 64). The
// signature is cut into bands of R rows; two paragraphs that agree on a whole
// band are candidates. R is chosen from the threshold so that a pair with
// J = Threshold is a candidate with probability >= 0.999 under the MinHash
// model (R=4, 16 bands at 0.8; R=2, 32 bands at 0.5): banding is set well
// below the threshold and every candidate is then verified by the exact
// Jaccard of the two shingle sets, so nothing is removed on an estimate.
// With Options.Exact the candidates are instead every kept paragraph that
// shares at least one shingle (an inverted index): the reference, exact but
// slower on large inputs.
//
// Every hash is seeded with fixed constants and ties are broken by order, so
// decisions depend only on the documents and the order in which Corpus.Mark
// sees them, never on parallelism.
package dedupe

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean/shingles"
)

// DefaultThreshold is the default Jaccard similarity at or above which a
// paragraph is a duplicate.
const DefaultThreshold = 0.8

// Removal rules.
const (
	RuleExact = "exact-duplicate" // equal shingle sets (J = 1)
	RuleNear  = "near-duplicate"  // Threshold <= J < 1
)

// Options tune duplicate detection. The zero value means the defaults.
type Options struct {
	// Threshold is the Jaccard similarity, in (0, 1], at or above which a
	// paragraph is a duplicate of an earlier kept one. 0 means
	// DefaultThreshold.
	Threshold float64
	// N is the number of words per shingle; 0 means shingles.DefaultN (5).
	N int
	// MinWords excludes paragraphs of fewer than MinWords words (runs of
	// letters and digits) from dedup: they are never removed and never
	// targets. Table cells, list labels and interview questions repeat by
	// design inside an article. 0 means every paragraph with a word takes
	// part, as in the benchmark's definition.
	MinWords int
	// Exact replaces MinHash banding by an inverted index of shingles, so
	// every pair with J >= Threshold is found: the reference for tests and
	// benchmarks. Decisions are the same whenever banding finds the pair.
	Exact bool
}

// Validate reports whether the options are usable.
func (o Options) Validate() error {
	if math.IsNaN(o.Threshold) || o.Threshold < 0 || o.Threshold > 1 {
		return fmt.Errorf("dedupe: threshold %v is not a Jaccard similarity in (0, 1]", o.Threshold)
	}
	if o.N < 0 {
		return errors.New("dedupe: shingle size must be positive")
	}
	if o.MinWords < 0 {
		return errors.New("dedupe: MinWords must not be negative")
	}
	return nil
}

// params are Options resolved to the values the index uses.
type params struct {
	t     float64
	n     int
	minW  int
	exact bool
	rows  int // rows per band
	bands int // bands used: bands*rows <= sigK
	small int // sets of at most this many shingles can only match equal sets
}

// sigK is the number of one-permutation MinHash bins.
const sigK = 64

func resolve(o Options) params {
	if err := o.Validate(); err != nil {
		panic(err)
	}
	p := params{t: o.Threshold, n: o.N, exact: o.Exact, minW: o.MinWords}
	if p.t == 0 {
		p.t = DefaultThreshold
	}
	if p.n == 0 {
		p.n = shingles.DefaultN
	}
	p.rows, p.bands = banding(p.t)
	p.small = smallSets(p.t)
	return p
}

// smallSets returns the largest a <= 8 such that a set of a shingles has a
// Jaccard similarity below t with every set but itself, or 0. For A != B with
// |A| = a, J(A, B) <= a/(a+1) (B = A plus one shingle is the closest), so a
// qualifies when a/(a+1) < t, computed as jaccard computes it: float
// division is monotonic, so no other pair rounds to a J at or above t. At
// the default threshold 0.8 small sets are those of 1 to 3 shingles
// (paragraphs of up to 7 words); at t <= 0.5 there are none.
func smallSets(t float64) int {
	a := 0
	for a < 8 && float64(a+1)/float64(a+2) < t {
		a++
	}
	return a
}

// distinctUpTo returns the number of distinct values of h, or k+1 when there
// are more than k (k <= 8). It stops reading there: for a paragraph of
// distinct shingles it reads k+1 values.
func distinctUpTo(h []uint64, k int) int {
	var seen [9]uint64
	n := 0
next:
	for _, v := range h {
		for _, s := range seen[:n] {
			if s == v {
				continue next
			}
		}
		if n == k {
			return k + 1
		}
		seen[n] = v
		n++
	}
	return n
}

// setKey returns the key of a small set, sorted and without repeats: a hash
// of all its values, seeded apart from the band keys.
func setKey(set []uint64) uint64 {
	h := uint64(0x13198a2e03707344) // more pi
	for _, v := range set {
		h = bits.RotateLeft64((h^v)*0x9fb21c651e98df25, 29)
	}
	h ^= h >> 32
	h *= 0xd6e8feb86659fd93
	h ^= h >> 32
	return h
}

// banding returns the most rows per band (at most 8) such that a pair with
// Jaccard t shares at least one of the sigK/rows bands with probability >=
// 0.999 under the MinHash model: 1-(1-t^r)^b >= 0.999.
func banding(t float64) (rows, bands int) {
	rows = 1
	for r := 2; r <= 8; r++ {
		b := sigK / r
		if 1-math.Pow(1-math.Pow(t, float64(r)), float64(b)) >= 0.999 {
			rows = r
		}
	}
	return rows, sigK / rows
}

// signature computes the one-permutation MinHash signature of a non-empty
// multiset of shingle hashes into sig.
func signature(sig *[sigK]uint64, hashes []uint64) {
	var filled uint64
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, h := range hashes {
		b := h >> (64 - 6) // sigK = 64 bins
		filled |= 1 << b
		sig[b] = min(sig[b], h)
	}
	// Densify: an empty bin i takes the value of the first non-empty bin j
	// to its right (circularly), at distance d, plus d times an odd
	// constant, so that borrowed values differ from the lender's own. The
	// empty bins are filled a run at a time, from each lender leftwards.
	const step = 0x9e3779b97f4a7c15
	lo := bits.TrailingZeros64(filled) // the lowest non-empty bin
	prev := lo
	for rest := filled & (filled - 1); rest != 0; rest &= rest - 1 {
		j := bits.TrailingZeros64(rest)
		v := sig[j]
		for i := j - 1; i > prev; i-- {
			v += step
			sig[i] = v
		}
		prev = j
	}
	// The bins below the lowest non-empty one and above the highest
	// (prev) borrow from the lowest.
	v := sig[lo]
	for i := lo - 1; i >= 0; i-- {
		v += step
		sig[i] = v
	}
	for i := sigK - 1; i > prev; i-- {
		v += step
		sig[i] = v
	}
}

// bandSeeds are the fixed seeds of the band keys.
var bandSeeds = func() (s [sigK]uint64) {
	x := uint64(0x243f6a8885a308d3) // pi
	for i := range s {
		x += 0x9e3779b97f4a7c15
		z := (x ^ x>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		s[i] = z ^ z>>31
	}
	return s
}()

// appendBandKeys appends one key per band of sig.
func appendBandKeys(dst []uint64, sig *[sigK]uint64, rows, bands int) []uint64 {
	for b := 0; b < bands; b++ {
		h := bandSeeds[b]
		for _, v := range sig[b*rows : (b+1)*rows] {
			h = bits.RotateLeft64((h^v)*0x9fb21c651e98df25, 29)
		}
		h ^= h >> 32
		h *= 0xd6e8feb86659fd93
		h ^= h >> 32
		dst = append(dst, h)
	}
	return dst
}

// jaccard returns |a∩b| / |a∪b| of two sorted sets without repeats, or 0
// for two empty sets.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	i, j, in := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch x, y := a[i], b[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			in++
			i++
			j++
		}
	}
	return float64(in) / float64(len(a)+len(b)-in)
}

// sortSet sorts s and drops repeats in place.
func sortSet(s []uint64) []uint64 {
	slices.Sort(s)
	return slices.Compact(s)
}

// hasWords reports whether text has at least n words (maximal runs of
// letters and digits), reading only as far as it needs.
func hasWords(text string, n int) bool {
	if n <= 1 {
		return true // a paragraph without words never takes part anyway
	}
	words, in := 0, false
	for _, r := range text {
		w := r < utf8.RuneSelf && ('a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if w && !in {
			words++
			if words >= n {
				return true
			}
		}
		in = w
	}
	return false
}
