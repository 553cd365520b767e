package boilerplate

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cleantext/clean/internal/golden"

	"github.com/cleantext/clean/extract"
)

var (
	snapshot = flag.String("snapshot", "", "also write the decisions with full paragraph texts to this file")
)

// decisionFiles are the pages whose decisions TestRulesDecisions pins: the
// seeds and the noisy bench pages.
func decisionFiles(t testing.TB) []string {
	return globPages(t, "../testdata/seeds/*.txt", "../testdata/benchtext/dev/input/*.txt")
}

// globPages returns the files matching the patterns, in pattern order, and
// fails the test when there are none.
func globPages(t testing.TB, patterns ...string) []string {
	var files []string
	for _, g := range patterns {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no pages")
	}
	return files
}

// ruleDecisions runs Rules() and ContextPasses() on every page. For each page
// it writes a header with the number of paragraphs and a hash of all their
// texts after the passes, then a line for each paragraph removed (index and
// rule) or edited (index, edits). With full it writes a line for every
// paragraph, kept ones too, with its span and whole text.
func ruleDecisions(t testing.TB, full bool) string {
	var b strings.Builder
	c := &Classifier{Rules: Rules(), Passes: ContextPasses()}
	for _, f := range decisionFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		d := extract.Text(name, data)
		c.Mark(d)
		h := sha256.New()
		for i := range d.Paragraphs {
			fmt.Fprintf(h, "%d-%d %q\n", d.Paragraphs[i].Start, d.Paragraphs[i].End, d.Paragraphs[i].Text)
		}
		fmt.Fprintf(&b, "== %s: %d paragraphs, spans and texts %x\n", name, len(d.Paragraphs), h.Sum(nil)[:8])
		for i := range d.Paragraphs {
			p := &d.Paragraphs[i]
			if p.Kept() && len(p.Edits) == 0 && !full {
				continue
			}
			rule := "kept"
			if p.Removal != nil {
				rule = p.Removal.Rule
				if p.Removal.Detail != "" {
					rule += " (" + p.Removal.Detail + ")"
				}
			}
			fmt.Fprintf(&b, "%d %s", i, rule)
			if full {
				fmt.Fprintf(&b, " %d-%d %q", p.Start, p.End, p.Text)
			}
			b.WriteByte('\n')
			for _, e := range p.Edits {
				fmt.Fprintf(&b, "\tedit %s %d-%d %q\n", e.Rule, e.Start, e.End, e.Cut)
			}
		}
	}
	return b.String()
}

// TestRulesDecisions pins every decision of the paragraph rules and the
// context passes on the seeds and the bench pages (which rule removed each
// paragraph, the texts after the passes and the edits) to
// testdata/rules_decisions.golden, so that work on their speed cannot
// change what they do unnoticed. Run with -update to rewrite the golden after
// a deliberate change (or a change of the extractor's paragraphs), then review
// its diff; -snapshot FILE also writes the decisions with whole paragraph
// texts.
func TestRulesDecisions(t *testing.T) {
	got := ruleDecisions(t, false)
	if *snapshot != "" {
		if err := os.WriteFile(*snapshot, []byte(ruleDecisions(t, true)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	golden.Check(t, filepath.Join("testdata", "rules_decisions.golden"), got)
}
