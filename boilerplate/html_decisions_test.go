package boilerplate

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cleantext/clean/internal/golden"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// htmlDecisionFiles are the pages whose decisions TestHTMLDecisions pins: the
// HTML dev pages and the extractor's HTML fixtures.
func htmlDecisionFiles(t testing.TB) []string {
	return globPages(t, "../testdata/benchhtml/dev/*.html.gz",
		"../extract/testdata/html/*.html", "../extract/testdata/html/*.html.gz")
}

// htmlDocs extracts every page of htmlDecisionFiles (extract.File, default
// options) and returns the documents with their names. Pages the extractor
// rejects are reported in the names as "name: error" with a nil document.
func htmlDocs(t testing.TB) (names []string, docs []*clean.Document) {
	for _, f := range htmlDecisionFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		d, err := extract.File(name, name, data, extract.Options{})
		if err != nil {
			name += ": " + err.Error()
			d = nil
		}
		names = append(names, name)
		docs = append(docs, d)
	}
	return names, docs
}

// htmlDecisions runs Default() on every HTML page. For each page it writes a
// header with the number of paragraphs and a hash of all their texts, then
// a line for each paragraph removed (index and rule, with its detail).
func htmlDecisions(t testing.TB) string {
	var b strings.Builder
	names, docs := htmlDocs(t)
	for k, d := range docs {
		if d == nil {
			fmt.Fprintf(&b, "== %s\n", names[k])
			continue
		}
		Default().Mark(d)
		h := sha256.New()
		for i := range d.Paragraphs {
			fmt.Fprintf(h, "%d %q\n", d.Paragraphs[i].Kind, d.Paragraphs[i].Text)
		}
		fmt.Fprintf(&b, "== %s: %d paragraphs, texts %x\n", names[k], len(d.Paragraphs), h.Sum(nil)[:8])
		for i := range d.Paragraphs {
			r := d.Paragraphs[i].Removal
			if r == nil {
				continue
			}
			rule := r.Rule
			if r.Detail != "" {
				rule += " (" + r.Detail + ")"
			}
			fmt.Fprintf(&b, "%d %s\n", i, rule)
		}
	}
	return b.String()
}

// TestHTMLDecisions pins every decision of Default() on the HTML dev pages
// and the extractor's HTML fixtures (which rule removed each paragraph; the
// others are kept) to testdata/html_decisions.golden, so that work on the
// speed of HTMLPass cannot change what it does unnoticed. Run with -update
// to rewrite the golden after a deliberate change (or a change of the
// extractor's paragraphs or of the text rules), then review its diff.
func TestHTMLDecisions(t *testing.T) {
	got := htmlDecisions(t)
	golden.Check(t, filepath.Join("testdata", "html_decisions.golden"), got)
}
