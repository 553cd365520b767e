package dedupe

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/boilerplate"
	"github.com/cleantext/clean/extract"
	"github.com/cleantext/clean/internal/benchcpu"
)

// pipelineDocs returns the documents that Within sees in the cmd/clean
// PipelineText benchmark (the seeds and the noisy text pages, extracted and
// marked by the default boilerplate stage), with the removals boilerplate
// made, and the bytes of their kept paragraphs.
func pipelineDocs(tb testing.TB) ([]*clean.Document, [][]*clean.Removal, int64) {
	tb.Helper()
	var docs []*clean.Document
	var before [][]*clean.Removal
	var n int64
	bp := boilerplate.Default()
	for _, pat := range []string{"../testdata/seeds/*", "../testdata/benchtext/dev/input/*"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			d := extract.Text(filepath.Base(f), data)
			bp.Mark(d)
			r := make([]*clean.Removal, len(d.Paragraphs))
			for i, p := range d.Paragraphs {
				r[i] = p.Removal
				if p.Kept() {
					n += int64(len(p.Text))
				}
			}
			docs = append(docs, d)
			before = append(before, r)
		}
	}
	if len(docs) == 0 {
		tb.Skip("no pipeline inputs")
	}
	return docs, before, n
}

// restoreDocs puts back the removals recorded by pipelineDocs.
func restoreDocs(docs []*clean.Document, before [][]*clean.Removal) {
	for k, d := range docs {
		for i := range d.Paragraphs {
			d.Paragraphs[i].Removal = before[k][i]
		}
	}
}

// BenchmarkWithinPipeline measures the within-document stage alone on the
// input of the cmd/clean PipelineText benchmark (after boilerplate); MB are
// of the kept paragraphs it reads.
func BenchmarkWithinPipeline(b *testing.B) {
	docs, before, n := pipelineDocs(b)
	stage := Within(Options{Threshold: 0.8, N: 5})
	b.SetBytes(n)
	b.ReportAllocs()
	cpu := benchcpu.Start()
	for b.Loop() {
		restoreDocs(docs, before)
		for _, d := range docs {
			stage.Mark(d)
		}
	}
	cpu.Report(b, n)
}
