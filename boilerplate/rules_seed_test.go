package boilerplate

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// seedWant is what each seed must lose (paragraph index -> rule) and what it
// must keep (titles and subheadings).
var seedWant = map[string]struct {
	removed map[int]string
	kept    []string
}{
	"000_2e33b84e8e9adb53.txt": {
		removed: map[int]string{
			0: RuleAppeal, 2: RuleCaption, 12: RuleContact, 13: RuleAppeal, 14: RuleAppeal,
			15: RuleAppeal, 16: RuleAppeal, 17: RuleLinkLabel, 18: RuleLinkLabel,
		},
		kept: []string{"Putin Slams U.S. Refusal to Meet With Russian Delegation"},
	},
	"001_4cba9a6c70aeb34e.txt": {
		removed: map[int]string{15: RuleTruncated},
		kept:    []string{"Putin accuses Washington of refusing dialogue on Syria"},
	},
	"002_fcdfd1e94a9fb575.txt": {
		removed: map[int]string{
			0: RuleBreadcrumb, 2: RuleCaption, 15: RuleAltAddress, 16: RuleURL, 17: RuleShareLabel,
			18: RuleAppPromo,
		},
		kept: []string{"US rejects Russia’s offer, saying it was made out of Putin’s ‘desperation’", "Video link-up"},
	},
	"003_c3facd2985c7d00d.txt": {
		removed: map[int]string{12: RuleLinkLabel},
	},
	"004_7e97bcadb9a9e7f5.txt": {
		removed: map[int]string{12: RuleCopyright},
		kept:    []string{"Military Links", "Russian ‘Isolation’"},
	},
}

func loadSeed(t testing.TB, name string) *clean.Document {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return extract.Text(name, b)
}

// TestSeeds checks the rules and context passes on the five seed articles:
// each loses exactly the listed paragraphs, for the listed rules, and keeps
// its title and subheadings.
func TestSeeds(t *testing.T) {
	for name, want := range seedWant {
		t.Run(name, func(t *testing.T) {
			d := loadSeed(t, name)
			(&Classifier{Rules: Rules(), Passes: ContextPasses()}).Mark(d)
			got := map[int]string{}
			for i := range d.Paragraphs {
				if r := d.Paragraphs[i].Removal; r != nil {
					got[i] = r.Rule
				}
			}
			if !reflect.DeepEqual(got, want.removed) {
				for i, p := range d.Paragraphs {
					t.Logf("%2d %-18q %.70q", i, got[i], p.Text)
				}
				t.Errorf("removed %v, want %v", got, want.removed)
			}
			checkKept(t, d, want.kept)
		})
	}
}

// TestSeedsDefault checks that Default(), body finder included, removes at
// least what the rules do and keeps the titles, subheadings and prose.
func TestSeedsDefault(t *testing.T) {
	for name, want := range seedWant {
		t.Run(name, func(t *testing.T) {
			d := loadSeed(t, name)
			Default().Mark(d)
			for i := range want.removed {
				if d.Paragraphs[i].Kept() {
					t.Errorf("paragraph %d kept: %q", i, d.Paragraphs[i].Text)
				}
			}
			checkKept(t, d, want.kept)
			for i := range d.Paragraphs {
				p := &d.Paragraphs[i]
				if _, ok := want.removed[i]; !ok && !p.Kept() {
					t.Errorf("paragraph %d removed by %s: %.70q", i, p.Removal.Rule, p.Text)
				}
			}
		})
	}
}

func checkKept(t *testing.T, d *clean.Document, kept []string) {
	t.Helper()
	for _, k := range kept {
		found := false
		for i := range d.Paragraphs {
			if p := &d.Paragraphs[i]; p.Text == k {
				found = true
				if !p.Kept() {
					t.Errorf("%q removed by %s", k, p.Removal.Rule)
				}
			}
		}
		if !found {
			t.Errorf("no paragraph %q", k)
		}
	}
}

// TestSeedGluedFileName checks the one rewrite: the image-file name glued
// to the first word of seed 001's second paragraph is cut and recorded.
func TestSeedGluedFileName(t *testing.T) {
	d := loadSeed(t, "001_4cba9a6c70aeb34e.txt")
	before := d.Paragraphs[1]
	(&Classifier{Rules: Rules(), Passes: ContextPasses()}).Mark(d)
	p := d.Paragraphs[1]
	const cut = "president-russe-vladimir-poutine"
	want := []clean.Edit{{Rule: RuleGluedFileName, Start: before.Start, End: before.Start + len(cut), Cut: cut}}
	if !reflect.DeepEqual(p.Edits, want) {
		t.Fatalf("edits %+v, want %+v", p.Edits, want)
	}
	if p.Start != before.Start+len(cut) || p.End != before.End || p.Text != before.Text[len(cut):] {
		t.Errorf("paragraph now [%d,%d) %.40q", p.Start, p.End, p.Text)
	}
	if d.Text[p.Start:p.Start+len("Vladimir Putin")] != "Vladimir Putin" {
		t.Errorf("span does not start at the first word: %.20q", d.Text[p.Start:])
	}
}
