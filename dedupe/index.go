package dedupe

import "github.com/cleantext/clean/shingles"

// table maps 64-bit keys (band keys, or shingle hashes in exact mode) to the
// newest entry filed under the key; entries under one key are chained through
// index.next. Open addressing with linear probing; key 0 marks a free slot.
type table struct {
	keys  []uint64
	heads []int32
	n     int // keys in use
}

// reset empties t and sizes it for about want keys.
func (t *table) reset(want int) {
	size := 16
	for size < 2*want {
		size *= 2
	}
	if cap(t.keys) >= size {
		t.keys = t.keys[:size]
		t.heads = t.heads[:size]
		clear(t.keys)
	} else {
		t.keys = make([]uint64, size)
		t.heads = make([]int32, size)
	}
	t.n = 0
}

func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// head returns the newest entry filed under k, or -1.
func (t *table) head(k uint64) int32 {
	k = fixKey(k)
	mask := len(t.keys) - 1
	for i := int(k>>32^k) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.heads[i]
		case 0:
			return -1
		}
	}
}

// push files entry e under k and returns the entry it displaced as the
// chain's head, or -1.
func (t *table) push(k uint64, e int32) int32 {
	if 4*(t.n+1) > 3*len(t.keys) {
		t.grow()
	}
	k = fixKey(k)
	mask := len(t.keys) - 1
	for i := int(k>>32^k) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			old := t.heads[i]
			t.heads[i] = e
			return old
		case 0:
			t.keys[i], t.heads[i] = k, e
			t.n++
			return -1
		}
	}
}

func (t *table) grow() {
	keys, heads := t.keys, t.heads
	t.keys = make([]uint64, 2*len(keys))
	t.heads = make([]int32, 2*len(keys))
	mask := len(t.keys) - 1
	for j, k := range keys {
		if k == 0 {
			continue
		}
		i := int(k>>32^k) & mask
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.heads[i] = k, heads[j]
	}
}

// target is a kept paragraph in the index.
type target struct {
	doc, para int32 // index.docs entry and paragraph index
	chunk     int32 // arena chunk holding its shingle set
	off, n    int32 // the set is arena[chunk][off:off+n]
	sorted    bool  // the set is sorted and without repeats
}

// chunkSize is the arena chunk size in hashes (512 KiB).
const chunkSize = 1 << 16

// index holds the kept paragraphs ("targets") seen so far: their shingle
// sets and their keys.
type index struct {
	p       params
	docs    []string
	targets []target
	arena   [][]uint64 // shingle sets of the targets, by chunk
	tab     table
	next    []int32 // entry -> older entry under the same key, or -1
	owner   []int32 // entry -> target
	stamp   []uint32
	query   uint32

	// Scratch for one paragraph.
	sh        shingles.Shingler
	hashes    []uint64
	setSorted bool // hashes is sorted and without repeats
	keys      []uint64
	cands     []int32
	sig       [sigK]uint64

	// Only for addPairwise: the targets' sketches and their keys, computed
	// on demand.
	sketches  []sketch
	tkeys     []uint64
	tkeySpans []keySpan
}

func newIndex(p params) *index {
	x := &index{p: p}
	x.reset(0)
	return x
}

// reset empties the index, keeping its memory, sized for about paras
// paragraphs.
func (x *index) reset(paras int) {
	x.docs = x.docs[:0]
	x.targets = x.targets[:0]
	if len(x.arena) > 0 {
		x.arena = x.arena[:1]
		x.arena[0] = x.arena[0][:0]
	}
	per := x.p.bands
	if x.p.exact {
		per = 32
	}
	x.tab.reset(paras * per)
	x.next = x.next[:0]
	x.owner = x.owner[:0]
	x.stamp = x.stamp[:0]
	x.query = 0
}

// set returns target i's shingle set, sorted and without repeats.
func (x *index) set(i int32) []uint64 {
	t := &x.targets[i]
	s := x.arena[t.chunk][t.off : t.off+t.n]
	if !t.sorted {
		s = sortSet(s)
		t.n = int32(len(s))
		t.sorted = true
	}
	return s
}

// store copies set into the arena and returns its place.
func (x *index) store(set []uint64) (chunk, off int32) {
	last := len(x.arena) - 1
	if last < 0 || len(x.arena[last])+len(set) > cap(x.arena[last]) {
		x.arena = append(x.arena, make([]uint64, 0, max(chunkSize, len(set))))
		last++
	}
	a := x.arena[last]
	off = int32(len(a))
	x.arena[last] = append(a, set...)
	return int32(last), off
}

// match is the outcome of looking a paragraph up.
type match struct {
	target int32 // -1 when no kept paragraph is similar enough
	j      float64
}

// add looks up the paragraph text (paragraph para of document doc, an index
// into x.docs) among the targets and, unless it duplicates one, files it as a
// new target.
func (x *index) add(doc, para int32, text string) match {
	x.hashes = x.sh.AppendHashes(x.hashes[:0], text, x.p.n)
	if len(x.hashes) == 0 {
		return match{target: -1} // no words: never a duplicate, never a target
	}
	x.setSorted = false
	if x.p.exact {
		// Keys are the shingles themselves; sorting now also serves the
		// verification.
		x.hashes = sortSet(x.hashes)
		x.setSorted = true
		x.keys = append(x.keys[:0], x.hashes...)
	} else {
		x.keys, x.hashes, x.setSorted = x.appendKeys(x.keys[:0], x.hashes, false)
	}
	m := x.lookup()
	if m.target >= 0 {
		return m
	}
	// Keep: file it as a target.
	id := x.file(doc, para)
	for _, k := range x.keys {
		e := int32(len(x.next))
		x.next = append(x.next, x.tab.push(k, e))
		x.owner = append(x.owner, id)
	}
	return m
}

// appendKeys appends the MinHash keys of the shingle multiset h (not
// empty) to dst. The keys depend only on the set of values of h. The
// small-set key needs h sorted without repeats: unless sorted says it is,
// appendKeys sorts it in place when it takes that path, and it returns h as
// it leaves it and whether it is now sorted.
func (x *index) appendKeys(dst, h []uint64, sorted bool) (keys, set []uint64, nowSorted bool) {
	if x.p.small > 0 && distinctUpTo(h, x.p.small) <= x.p.small {
		// A small set can only match an equal set (see smallSets), and
		// only small sets are equal to it: one key for the whole set finds
		// every such pair, as the bands do, without a signature. Large sets
		// never need to find small ones.
		if !sorted {
			h = sortSet(h)
		}
		return append(dst, setKey(h)), h, true
	}
	signature(&x.sig, h)
	return appendBandKeys(dst, &x.sig, x.p.rows, x.p.bands), h, sorted
}

// file stores the current paragraph (x.hashes) as a new target and returns
// its id.
func (x *index) file(doc, para int32) int32 {
	id := int32(len(x.targets))
	chunk, off := x.store(x.hashes)
	x.targets = append(x.targets, target{doc: doc, para: para, chunk: chunk, off: off,
		n: int32(len(x.hashes)), sorted: x.setSorted})
	x.stamp = append(x.stamp, 0)
	return id
}

// lookup verifies every target that shares a key with the current
// paragraph and returns the best one at or above the threshold.
func (x *index) lookup() match {
	x.query++
	if x.query == 0 { // wrapped: old stamps could match again
		clear(x.stamp)
		x.query = 1
	}
	x.cands = x.cands[:0]
	for _, k := range x.keys {
		for e := x.tab.head(k); e >= 0; e = x.next[e] {
			t := x.owner[e]
			if x.stamp[t] != x.query {
				x.stamp[t] = x.query
				x.cands = append(x.cands, t)
			}
		}
	}
	best := match{target: -1}
	if len(x.cands) == 0 {
		return best
	}
	if !x.setSorted {
		x.hashes = sortSet(x.hashes)
		x.setSorted = true
	}
	q := x.hashes
	for _, t := range x.cands {
		s := x.set(t)
		// J <= min/max of the sizes: skip pairs that cannot reach t.
		lo, hi := len(q), len(s)
		if lo > hi {
			lo, hi = hi, lo
		}
		if float64(lo)/float64(hi) < x.p.t {
			continue
		}
		j := jaccard(q, s)
		if j >= x.p.t && (j > best.j || j == best.j && t < best.target) {
			best = match{target: t, j: j}
		}
	}
	return best
}
