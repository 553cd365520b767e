package dedupe

import (
	"strconv"
	"sync"

	"github.com/cleantext/clean"
)

// removal builds the Removal for a paragraph of document doc that
// duplicates ref.
func removal(doc string, ref clean.Ref, j float64, n int) clean.Removal {
	// Built with strconv: fmt.Sprintf("Jaccard %.3f of word %d-grams with
	// paragraph %d", j, n, ref.Index) and fmt.Sprintf("same words as
	// paragraph %d", ref.Index), at a third of the cost.
	var b []byte
	rule := RuleNear
	if j == 1 {
		rule = RuleExact
		b = append(make([]byte, 0, 48), "same words as paragraph "...)
	} else {
		b = append(make([]byte, 0, 64), "Jaccard "...)
		b = strconv.AppendFloat(b, j, 'f', 3, 64)
		b = append(b, " of word "...)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, "-grams with paragraph "...)
	}
	b = strconv.AppendInt(b, int64(ref.Index), 10)
	detail := string(b)
	if ref.Doc != doc {
		detail += " of " + ref.Doc
	}
	return clean.Removal{Stage: clean.StageDuplicate, Rule: rule, Detail: detail, DupOf: &ref, Similarity: j}
}

// Within returns a Stage that removes paragraphs duplicating an earlier kept
// paragraph of the same document (see the package documentation for the
// decision). It is safe for concurrent use on different documents, and its
// decisions on a document depend on nothing else.
//
// Cost: O(words + 64) per kept paragraph plus verification of candidates;
// scratch memory is pooled and reused, about 8 bytes per shingle plus 200
// bytes per kept paragraph of the largest document seen.
func Within(opts Options) clean.Stage {
	return newWithin(resolve(opts))
}

func newWithin(p params) *within {
	w := &within{p: p, pairMax: pairwiseMax}
	w.pool.New = func() any { return newIndex(p) }
	return w
}

type within struct {
	p       params
	pairMax int // documents of at most this many kept paragraphs use addPairwise
	pool    sync.Pool
}

func (w *within) Mark(d *clean.Document) {
	kept := d.Kept()
	if kept < 2 {
		return
	}
	x := w.pool.Get().(*index)
	add := x.add
	if kept <= w.pairMax {
		x.resetPairwise()
		add = x.addPairwise
	} else {
		x.reset(kept)
	}
	x.docs = append(x.docs, d.ID)
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() || !hasWords(p.Text, w.p.minW) {
			continue
		}
		m := add(0, int32(i), p.Text)
		if m.target >= 0 {
			t := x.targets[m.target]
			d.Remove(i, removal(d.ID, clean.Ref{Doc: d.ID, Index: int(t.para)}, m.j, w.p.n))
		}
	}
	w.pool.Put(x)
}

// Corpus removes paragraphs duplicating a kept paragraph of the same or of
// an earlier document. Documents must be passed to Mark one at a time in
// input order: a paragraph is compared with every paragraph kept before it in
// that order, so the order is part of the result. Mark is safe to call from
// several goroutines (calls are serialised), but only a fixed order gives
// reproducible decisions.
//
// Memory grows with the kept paragraphs (removed ones are not stored): 8
// bytes per shingle (about one per word) in 512 KiB chunks, 28 bytes of
// bookkeeping, and per band (16 at the default threshold, 32 at 0.5) 8 bytes
// of chain plus 16 to 24 bytes of hash table (12-byte slots at load 0.375 to
// 0.75): about 0.6 to 0.9 KiB per kept paragraph of 40 words at the default
// threshold, roughly 4 times the text (TestCorpusMemory measures 0.9 KiB on
// the benchmark's 210-byte paragraphs). In Exact mode the bands are replaced
// by one table entry per distinct shingle, about 1.4 KiB per paragraph there.
// Paragraphs of documents already marked are never revisited.
type Corpus struct {
	mu sync.Mutex
	x  *index
}

// NewCorpus returns an empty corpus index.
func NewCorpus(opts Options) *Corpus {
	return &Corpus{x: newIndex(resolve(opts))}
}

// Mark removes the paragraphs of d that duplicate a kept paragraph of d or
// of a document marked before, and indexes the paragraphs of d that stay
// kept. DupOf.Doc is the ID of the document holding the kept paragraph.
func (c *Corpus) Mark(d *clean.Document) {
	c.mu.Lock()
	defer c.mu.Unlock()
	x := c.x
	doc := int32(len(x.docs))
	x.docs = append(x.docs, d.ID)
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() || !hasWords(p.Text, x.p.minW) {
			continue
		}
		m := x.add(doc, int32(i), p.Text)
		if m.target >= 0 {
			t := x.targets[m.target]
			d.Remove(i, removal(d.ID, clean.Ref{Doc: x.docs[t.doc], Index: int(t.para)}, m.j, x.p.n))
		}
	}
}

// Kept returns the number of paragraphs indexed as targets so far.
func (c *Corpus) Kept() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.x.targets)
}
