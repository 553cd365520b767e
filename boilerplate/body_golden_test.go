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

// bodyDecisions runs the body finder on every page of decisionFiles, once
// after the rules and context passes (boilerplate.Default(), as the cleaner
// runs it) and once alone. For each page and run it writes a header with
// the number of paragraphs and a hash of their texts, then one line per
// removed paragraph (index, rule and detail), or per run of consecutive
// paragraphs removed for the same reason (first-last index).
func bodyDecisions(t testing.TB) string {
	var b strings.Builder
	for _, f := range decisionFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		for _, c := range []struct {
			name string
			m    clean.Stage
		}{{"default", Default()}, {"body-only", BodyFinder{}}} {
			d := extract.Text(name, data)
			c.m.Mark(d)
			h := sha256.New()
			for i := range d.Paragraphs {
				fmt.Fprintf(h, "%q\n", d.Paragraphs[i].Text)
			}
			fmt.Fprintf(&b, "== %s %s: %d paragraphs, texts %x\n", name, c.name, len(d.Paragraphs), h.Sum(nil)[:8])
			reason := func(i int) string {
				if r := d.Paragraphs[i].Removal; r != nil {
					return r.Rule + " (" + r.Detail + ")"
				}
				return ""
			}
			for i := 0; i < len(d.Paragraphs); {
				r, j := reason(i), i+1
				for j < len(d.Paragraphs) && reason(j) == r {
					j++
				}
				switch {
				case r == "":
				case j == i+1:
					fmt.Fprintf(&b, "%d %s\n", i, r)
				default:
					fmt.Fprintf(&b, "%d-%d %s\n", i, j-1, r)
				}
				i = j
			}
		}
	}
	return b.String()
}

// TestBodyDecisions pins every decision of the body finder on the seeds
// and the bench pages, after the rules and alone, to
// testdata/body_decisions.golden, so that work on its speed cannot change
// what it does unnoticed. Run with -update to rewrite the golden after a
// deliberate change, then review its diff.
func TestBodyDecisions(t *testing.T) {
	got := bodyDecisions(t)
	golden.Check(t, filepath.Join("testdata", "body_decisions.golden"), got)
}
