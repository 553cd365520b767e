package boilerplate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
	"github.com/cleantext/clean/internal/benchcpu"
)

func benchInputs(b *testing.B) [][]byte {
	names, err := filepath.Glob("../testdata/benchtext/dev/input/*.txt")
	if err != nil || len(names) == 0 {
		b.Skip("no bench pages")
	}
	var ins [][]byte
	for _, n := range names {
		in, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, in)
	}
	return ins
}

func benchRun(b *testing.B, mark func(*extractDoc)) {
	ins := benchInputs(b)
	size := 0
	for _, in := range ins {
		size += len(in)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			mark(extract.Text("p.txt", in))
		}
	}
}

type extractDoc = clean.Document

// BenchmarkBodyFinder measures extract.Text plus the body finder alone on the
// dev pages (MB/s per core).
func BenchmarkBodyFinder(b *testing.B) {
	benchRun(b, func(d *extractDoc) { BodyFinder{}.Mark(d) })
}

// BenchmarkTextDefault measures extract.Text plus boilerplate.Default(), the
// whole text path of the cleaner but reading and writing.
func BenchmarkTextDefault(b *testing.B) {
	c := Default()
	benchRun(b, func(d *extractDoc) { c.Mark(d) })
}

// BenchmarkExtractTextOnly is the baseline: extract.Text alone.
func BenchmarkExtractTextOnly(b *testing.B) {
	benchRun(b, func(d *extractDoc) {})
}

// BenchmarkBodyPass measures the body finder alone, without extract.Text:
// the pages are split once and their removals cleared before each pass. It
// also reports MB per CPU-second (cpu-MB/s), steadier on a shared machine.
func BenchmarkBodyPass(b *testing.B) {
	ins := benchInputs(b)
	var docs []*clean.Document
	size := 0
	for _, in := range ins {
		docs = append(docs, extract.Text("p.txt", in))
		size += len(in)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := benchcpu.Start()
	defer func() { cpu.Report(b, int64(size)) }()
	for b.Loop() {
		for _, d := range docs {
			for i := range d.Paragraphs {
				d.Paragraphs[i].Removal = nil
			}
			BodyFinder{}.Mark(d)
		}
	}
}
