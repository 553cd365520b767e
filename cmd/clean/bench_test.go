package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
	"github.com/cleantext/clean/internal/benchcpu"
	"github.com/cleantext/clean/internal/devset"
	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
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

// BenchmarkPipelineHTMLvsReadability runs the cleaner's whole per-document
// HTML path (charset decoding, parsing, pre-cleaning, readability, the
// paragraph walk, boilerplate and dedup) and, as the reference in the same
// process, go-readability alone (x/net/html parse + readability.FromDocument)
// on the 88 HTML dev pages, one page at a time, and reports pages per second
// of each and their ratio (above 1: the cleaner is faster), and the pages
// per second of extraction alone (extract.HTML).
//
//	go test ./cmd/clean -run '^$' -bench PipelineHTMLvsReadability -benchtime 5x -cpu 1
func BenchmarkPipelineHTMLvsReadability(b *testing.B) {
	_, pages, err := devset.HTMLPages("../../testdata/benchhtml/dev")
	if err != nil {
		b.Skip(err)
	}
	perDoc, _ := stages(&options{threshold: 0.8, ngram: 5, scope: "doc"})
	var ours, extracting, theirs time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, p := range pages {
			te := time.Now()
			d, err := extract.HTML("page.html", p, extract.Options{})
			if err != nil {
				b.Fatal(err)
			}
			extracting += time.Since(te)
			perDoc.Mark(d)
		}
		t1 := time.Now()
		for _, p := range pages {
			doc, err := html.Parse(bytes.NewReader(p))
			if err != nil {
				b.Fatal(err)
			}
			_, _ = readability.FromDocument(doc, nil)
		}
		theirs += time.Since(t1)
		ours += t1.Sub(t0)
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(n/ours.Seconds(), "pages/s")
	b.ReportMetric(n/extracting.Seconds(), "extract-pages/s")
	b.ReportMetric(n/theirs.Seconds(), "readability-pages/s")
	b.ReportMetric(theirs.Seconds()/ours.Seconds(), "speed-ratio")
}
