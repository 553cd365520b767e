package dedupe

import "math/bits"

// pairwiseMax is the most kept paragraphs of a document that Within
// compares pairwise (addPairwise) rather than through the MinHash bands:
// below it, comparing sketches with every earlier target costs less than a
// signature, its band keys and the table.
const pairwiseMax = 64

// A sketch bounds the Jaccard similarity of two shingle sets from above
// without reading them: bits has bit h%256 set for every hash h of the set,
// ones is its population count, a lower bound on the set's size, and n is
// an upper bound on it (the number of hashes, repeats included, until the
// set is sorted; then its size).
type sketch struct {
	bits    [4]uint64
	n, ones int
}

func newSketch(h []uint64) sketch {
	var s sketch
	for _, v := range h {
		s.bits[v>>6&3] |= 1 << (v & 63)
	}
	s.n = len(h)
	for _, w := range s.bits {
		s.ones += bits.OnesCount64(w)
	}
	return s
}

// mayReach reports whether two sets with sketches a and b can have a
// Jaccard similarity of t or more: when it returns false, jaccard of the
// two sets is below t.
//
// Each bit set in a and not in b stands for at least one element of A that
// is not in B, so |A∩B| <= a.n - |a&^b|, and likewise for B. And |A∪B| >=
// |a|b| = a.ones + |b&^a|, and |A∪B| = |A| + |B| - |A∩B| >= a.ones + b.ones
// - inter. So J <= inter/union as real numbers, and float division is
// correctly rounded and monotonic: jaccard's float64(|A∩B|)/float64(|A∪B|)
// is at most float64(inter)/float64(union), which is below t.
func mayReach(a, b *sketch, t float64) bool {
	var onlyA, onlyB int
	for i := range a.bits {
		onlyA += bits.OnesCount64(a.bits[i] &^ b.bits[i])
		onlyB += bits.OnesCount64(b.bits[i] &^ a.bits[i])
	}
	inter := min(a.n-onlyA, b.n-onlyB)
	if inter <= 0 {
		return false // J = 0 < t
	}
	union := max(a.ones+onlyB, a.ones+b.ones-inter)
	return float64(inter)/float64(union) >= t
}

// sizesReach is the part of mayReach that needs only the sizes: |A∩B| is
// at most min(a.n, b.n) and |A∪B| at least max(a.ones, b.ones). Most pairs
// of paragraphs differ in length enough for it to rule them out.
func sizesReach(a, b *sketch, t float64) bool {
	return float64(min(a.n, b.n))/float64(max(a.ones, b.ones)) >= t
}

// nextReach returns the first i' >= i such that the sets with sketches sk
// and sketches[i'] may reach t (sizesReach and mayReach), or
// len(sketches): the loop that rules out most targets, with nothing else
// in it.
func nextReach(sk *sketch, sketches []sketch, i int, t float64) int {
	for ; i < len(sketches); i++ {
		if ts := &sketches[i]; sizesReach(sk, ts, t) && mayReach(sk, ts, t) {
			return i
		}
	}
	return len(sketches)
}

// resetPairwise empties the index for addPairwise.
func (x *index) resetPairwise() {
	x.reset(0)
	x.sketches = x.sketches[:0]
	x.tkeys = x.tkeys[:0]
	x.tkeySpans = x.tkeySpans[:0]
}

// keySpan locates a target's keys in index.tkeys; n < 0 until they are
// computed.
type keySpan struct{ off, n int32 }

// addPairwise is add for an index that addPairwise alone fills: it takes
// the same decision without band keys and table. add's candidates are the
// targets that share a key with the paragraph; its decision is the best
// candidate with J >= t. addPairwise visits every target, skips those whose
// sketch shows J < t, computes J for the others, and computes and compares
// keys (both sides' keys, as add files and looks them up) only for a target
// that would improve the best match, which is rare. In Exact mode the
// candidates are the targets sharing a shingle, which every target with J
// >= t does, so no keys are needed.
func (x *index) addPairwise(doc, para int32, text string) match {
	x.hashes = x.sh.AppendHashes(x.hashes[:0], text, x.p.n)
	if len(x.hashes) == 0 {
		return match{target: -1}
	}
	x.setSorted = false
	sk := newSketch(x.hashes)
	best := match{target: -1}
	haveKeys := false
	for i := nextReach(&sk, x.sketches, 0, x.p.t); i < len(x.sketches); i = nextReach(&sk, x.sketches, i+1, x.p.t) {
		t := int32(i)
		ts := &x.sketches[i]
		if !x.setSorted {
			x.hashes = sortSet(x.hashes)
			x.setSorted = true
			sk.n = len(x.hashes)
		}
		s := x.set(t)
		ts.n = len(s)
		j := jaccard(x.hashes, s)
		if j < x.p.t || j <= best.j {
			continue
		}
		if !x.p.exact {
			if !haveKeys {
				x.keys, x.hashes, x.setSorted = x.appendKeys(x.keys[:0], x.hashes, true)
				haveKeys = true
			}
			if !x.sharesKey(t) {
				continue
			}
		}
		best = match{target: t, j: j}
	}
	if best.target >= 0 {
		return best
	}
	x.file(doc, para)
	x.sketches = append(x.sketches, sk)
	x.tkeySpans = append(x.tkeySpans, keySpan{n: -1})
	return best
}

// sharesKey reports whether target t has a key in x.keys, as the table
// compares them (fixKey).
func (x *index) sharesKey(t int32) bool {
	sp := &x.tkeySpans[t]
	if sp.n < 0 {
		off := len(x.tkeys)
		x.tkeys, _, _ = x.appendKeys(x.tkeys, x.set(t), true)
		*sp = keySpan{off: int32(off), n: int32(len(x.tkeys) - off)}
	}
	for _, a := range x.tkeys[sp.off : sp.off+sp.n] {
		for _, b := range x.keys {
			if fixKey(a) == fixKey(b) {
				return true
			}
		}
	}
	return false
}
