package main

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
	"github.com/cleantext/clean/internal/benchcpu"
)

// benchInputs loads the seeds and the noisy text pages into memory.
func benchInputs(b *testing.B) (names []string, data [][]byte, total int64) {
	for _, pat := range []string{seeds + "/*", "../../testdata/benchtext/dev/input/*"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			d, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			names = append(names, filepath.Base(f))
			data = append(data, d)
			total += int64(len(d))
		}
	}
	if len(data) == 0 {
		b.Skip("no bench inputs")
	}
	return names, data, total
}

// BenchmarkPipelineText measures the whole per-document text path (decode,
// split, boilerplate, dedup within the document) on one goroutine, against
// extraction alone as the reference in the same run. It reports MB/s of wall
// time, MB per CPU-second (steadier on a busy machine) and allocations per
// document.
func BenchmarkPipelineText(b *testing.B) {
	names, data, total := benchInputs(b)
	perDoc, _ := stages(&options{threshold: 0.8, ngram: 5, scope: "doc"})
	for _, bc := range []struct {
		name   string
		stages clean.Pipeline
	}{{"extract-only", nil}, {"full", perDoc}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(total)
			var ms0, ms1 runtime.MemStats
			runtime.ReadMemStats(&ms0)
			cpu := benchcpu.Start()
			for b.Loop() {
				for i, d := range data {
					doc := extract.Text(names[i], d)
					bc.stages.Mark(doc)
				}
			}
			runtime.ReadMemStats(&ms1)
			docs := float64(b.N * len(data))
			b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/docs, "allocs/doc")
			cpu.Report(b, total)
		})
	}
}
