package clean

// A Stage marks paragraphs of one document as removed. It never deletes,
// reorders or rewrites paragraphs other than through Document.Remove (an
// extractor-side repair such as stripping a glued file name is the one
// exception, and it must keep Text non-empty). A Stage must be safe to call
// from several goroutines on different documents.
type Stage interface {
	Mark(d *Document)
}

// StageFunc adapts a function to the Stage interface.
type StageFunc func(d *Document)

// Mark calls f(d).
func (f StageFunc) Mark(d *Document) { f(d) }

// Pipeline runs its stages in order on each document. The zero Pipeline does
// nothing.
type Pipeline []Stage

// Mark runs every stage on d, in order.
func (p Pipeline) Mark(d *Document) {
	for _, s := range p {
		s.Mark(d)
	}
}
