package boilerplate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cleantext/clean/extract"
)

// benchDir holds the noisy scraped pages: one block per line, with per-line
// labels. The tests that use it are skipped when it is absent.
const benchDir = "../testdata/benchtext/dev"

type lineLabel struct {
	ID    string `json:"id"`
	Line  int    `json:"line"`
	Label string `json:"label"`
}

// loadBenchLabels returns labels by document id and line number (from 1).
func loadBenchLabels(t testing.TB) map[string]map[int]string {
	f, err := os.Open(filepath.Join(benchDir, "labels.jsonl"))
	if err != nil {
		t.Skipf("no bench pages: %v", err)
	}
	defer f.Close()
	labels := map[string]map[int]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l lineLabel
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		if labels[l.ID] == nil {
			labels[l.ID] = map[int]string{}
		}
		labels[l.ID][l.Line] = l.Label
	}
	return labels
}

// benchScore runs c on every bench page and counts, per rule, the labelled
// lines it removed.
type benchScore struct {
	content, boiler       int // labelled lines
	lostContent, caughtBP int
	byRule                map[string][2]int // rule -> {content lost, boilerplate caught}
	lost                  []string
}

func scoreBench(t testing.TB, c *Classifier) benchScore {
	labels := loadBenchLabels(t)
	ids := make([]string, 0, len(labels))
	for id := range labels {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	s := benchScore{byRule: map[string][2]int{}}
	for _, id := range ids {
		b, err := os.ReadFile(filepath.Join(benchDir, "input", id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d := extract.Text(id, b)
		c.Mark(d)
		for i := range d.Paragraphs {
			p := &d.Paragraphs[i]
			// A paragraph may span several lines when the splitter joined them.
			first := strings.Count(d.Text[:p.Start], "\n") + 1
			last := first + strings.Count(d.Text[p.Start:p.End], "\n")
			for ln := first; ln <= last; ln++ {
				lab := labels[id][ln]
				switch lab {
				case "content":
					s.content++
				case "boilerplate":
					s.boiler++
				}
				if p.Kept() {
					continue
				}
				r := s.byRule[p.Removal.Rule]
				switch lab {
				case "content":
					s.lostContent++
					r[0]++
					s.lost = append(s.lost, fmt.Sprintf("%s:%d [%s] %.120q", id[:8], ln, p.Removal.Rule, p.Text))
				case "boilerplate":
					s.caughtBP++
					r[1]++
				}
				s.byRule[p.Removal.Rule] = r
			}
		}
	}
	return s
}

func (s benchScore) report(t testing.TB) {
	t.Logf("content lines lost: %d of %d; boilerplate lines caught: %d of %d (%.1f%%)",
		s.lostContent, s.content, s.caughtBP, s.boiler, 100*float64(s.caughtBP)/float64(max(s.boiler, 1)))
	rules := make([]string, 0, len(s.byRule))
	for r := range s.byRule {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	for _, r := range rules {
		t.Logf("  %-18s content lost %4d  boilerplate caught %5d", r, s.byRule[r][0], s.byRule[r][1])
	}
	for _, l := range s.lost {
		t.Log("  lost " + l)
	}
}

// labelDisagreements are rules whose removals the bench labels may call
// content: the labels keep whatever sat inside the article's container, but
// bare URLs, captions, photo credits, author e-mail lines and copyright
// credits are boilerplate by this package's definition.
var labelDisagreements = map[string]bool{
	RuleURL: true, RuleCaption: true, RulePhotoCredit: true, RuleContact: true, RuleCopyright: true,
}

// TestBenchPages checks the rules and context passes on noisy scraped pages:
// they may remove almost no line labelled as article content.
func TestBenchPages(t *testing.T) {
	s := scoreBench(t, &Classifier{Rules: Rules(), Passes: ContextPasses()})
	s.report(t)
	other := 0
	for r, n := range s.byRule {
		if !labelDisagreements[r] {
			other += n[0]
		}
	}
	if limit := s.content / 200; other > limit {
		t.Errorf("rules removed %d content lines (besides URLs, captions and credits), want at most %d (0.5%%)", other, limit)
	}
	// In all, label disagreements included: one page's labels count its
	// two dozen photo credit heads ("Фото:") as content.
	if limit := s.content / 40; s.lostContent > limit {
		t.Errorf("rules removed %d content lines in all, want at most %d (2.5%%)", s.lostContent, limit)
	}
	if s.caughtBP*5 < s.boiler {
		t.Errorf("rules caught %d of %d boilerplate lines, want at least 20%%", s.caughtBP, s.boiler)
	}
}

// TestBenchPagesDefault logs the same figures for Default(), body finder
// included (no assertion: the body finder has its own tests).
func TestBenchPagesDefault(t *testing.T) {
	scoreBench(t, Default()).report(t)
}
