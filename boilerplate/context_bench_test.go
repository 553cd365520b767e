package boilerplate

import (
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
	"github.com/cleantext/clean/internal/benchcpu"
)

// BenchmarkDocumentPasses measures the document passes alone (contents
// lists, author bios) on the dev pages as the rest of Default leaves them:
// the pages are classified once and the passes' removals undone before
// each run. It reports MB per CPU-second (cpu-MB/s) of the pages' bytes,
// to set against BenchmarkTextDefault.
func BenchmarkDocumentPasses(b *testing.B) {
	ins := benchInputs(b)
	c := Default()
	c.Passes = c.Passes[:len(c.Passes)-len(DocumentPasses())]
	var docs []*clean.Document
	var saved [][]*clean.Removal
	size := 0
	for _, in := range ins {
		d := extract.Text("p.txt", in)
		c.Mark(d)
		r := make([]*clean.Removal, len(d.Paragraphs))
		for i := range d.Paragraphs {
			r[i] = d.Paragraphs[i].Removal
		}
		docs = append(docs, d)
		saved = append(saved, r)
		size += len(in)
	}
	passes := DocumentPasses()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := benchcpu.Start()
	defer func() { cpu.Report(b, int64(size)) }()
	for b.Loop() {
		for k, d := range docs {
			for i := range d.Paragraphs {
				d.Paragraphs[i].Removal = saved[k][i]
			}
			for _, p := range passes {
				p.Mark(d)
			}
		}
	}
}
