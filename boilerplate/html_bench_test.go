package boilerplate

import (
	"testing"

	"github.com/cleantext/clean"
)

// BenchmarkHTMLPass runs HTMLPass on the HTML dev pages and fixtures after
// the paragraph rules, as Default runs it. Each iteration copies the paragraphs
// of every page, so the decisions start from the same state.
//
//	go test ./boilerplate -run '^$' -bench HTMLPass -cpu 1
func BenchmarkHTMLPass(b *testing.B) {
	_, docs := htmlDocs(b)
	rules := &Classifier{Rules: Rules()}
	var pages []*clean.Document
	for _, d := range docs {
		if d != nil {
			rules.Mark(d)
			pages = append(pages, d)
		}
	}
	for _, bc := range []struct {
		name string
		pass clean.Stage
	}{{"gated", HTMLPass()}} {
		b.Run(bc.name, func(b *testing.B) {
			work := make([]clean.Document, len(pages))
			b.ReportAllocs()
			for b.Loop() {
				for k, d := range pages {
					work[k] = *d
					work[k].Paragraphs = append(work[k].Paragraphs[:0], d.Paragraphs...)
					bc.pass.Mark(&work[k])
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pages)), "µs/page")
		})
	}
}
