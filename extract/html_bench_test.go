package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

const benchDir = "../testdata/benchhtml/dev"

// loadBenchPages returns the decompressed dev pages, sorted by name.
func loadBenchPages(tb testing.TB) (names []string, pages [][]byte) {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(benchDir, "*.html.gz"))
	if err != nil || len(files) == 0 {
		tb.Skipf("no benchmark pages in %s", benchDir)
	}
	sort.Strings(files)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			tb.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			tb.Fatal(err)
		}
		names = append(names, filepath.Base(f))
		pages = append(pages, page)
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
