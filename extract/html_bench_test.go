package extract

import (
	"bytes"
	"testing"
	"time"

	"github.com/cleantext/clean/internal/devset"
	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

const benchDir = "../testdata/benchhtml/dev"

// loadBenchPages returns the decompressed dev pages, sorted by name.
func loadBenchPages(tb testing.TB) (names []string, pages [][]byte) {
	tb.Helper()
	names, pages, err := devset.HTMLPages(benchDir)
	if err != nil {
		tb.Skip(err)
	}
	return names, pages
}

// BenchmarkHTMLvsReadability runs the HTML extractor and go-readability
// alone (x/net/html parse + readability.FromDocument, the cheaper way to
// call it: FromReader adds its own charset sniffing) on every dev page, one
// page at a time, and reports pages per second of each and their ratio
// (above 1: the extractor is faster).
//
//	go test ./extract/ -run '^$' -bench HTMLvsReadability -benchtime 5x
func BenchmarkHTMLvsReadability(b *testing.B) {
	_, pages := loadBenchPages(b)
	var ours, theirs time.Duration
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		for _, p := range pages {
			if _, err := HTML("page", p, Options{}); err != nil {
				b.Fatal(err)
			}
		}
		t1 := time.Now()
		for _, p := range pages {
			doc, err := html.Parse(bytes.NewReader(p))
			if err != nil {
				b.Fatal(err)
			}
			_, _ = readability.FromDocument(doc, nil)
		}
		t2 := time.Now()
		ours += t1.Sub(t0)
		theirs += t2.Sub(t1)
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(n/ours.Seconds(), "pages/s")
	b.ReportMetric(n/theirs.Seconds(), "readability-pages/s")
	b.ReportMetric(theirs.Seconds()/ours.Seconds(), "speed-ratio")
}
