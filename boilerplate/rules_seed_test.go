package boilerplate

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// seedWant is what each seed must lose (paragraph index -> rule) and the
// indexes of the titles and subheadings it must keep. (Indexes, not texts:
// the tests name no outlet or person.)
var seedWant = map[string]struct {
	removed map[int]string
	kept    []int
}{
	"000_2e33b84e8e9adb53.txt": {
		removed: map[int]string{
			0: RuleAppeal, 2: RuleCaption, 12: RuleContact, 13: RuleAppeal, 14: RuleAppeal,
			15: RuleAppeal, 16: RuleAppeal, 17: RuleLinkLabel, 18: RuleLinkLabel,
		},
		kept: []int{1},
	},
	"001_4cba9a6c70aeb34e.txt": {
		removed: map[int]string{15: RuleTruncated},
		kept:    []int{0},
	},
	"002_fcdfd1e94a9fb575.txt": {
		removed: map[int]string{
			0: RuleBreadcrumb, 2: RuleCaption, 15: RuleAltAddress, 16: RuleURL, 17: RuleShareLabel,
			18: RuleAppPromo,
		},
		kept: []int{1, 10},
	},
	"003_c3facd2985c7d00d.txt": {
		removed: map[int]string{12: RuleLinkLabel},
	},
	"004_7e97bcadb9a9e7f5.txt": {
		removed: map[int]string{12: RuleCopyright},
		kept:    []int{4, 8},
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

func checkKept(t *testing.T, d *clean.Document, kept []int) {
	t.Helper()
	for _, i := range kept {
		p := &d.Paragraphs[i]
		if wordCount(p.Text) > 12 || endsSentence(p.Text) {
			t.Errorf("paragraph %d is no title or subheading: %.60q", i, p.Text)
		}
		if !p.Kept() {
			t.Errorf("title or subheading %d %q removed by %s", i, p.Text, p.Removal.Rule)
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
	// The glued name is the lower-case slug before the first capital.
	k := strings.IndexFunc(before.Text, unicode.IsUpper)
	cut := before.Text[:k]
	if strings.Count(cut, "-") < 2 {
		t.Fatalf("unexpected seed paragraph %.40q", before.Text)
	}
	want := []clean.Edit{{Rule: RuleGluedFileName, Start: before.Start, End: before.Start + len(cut), Cut: cut}}
	if !reflect.DeepEqual(p.Edits, want) {
		t.Fatalf("edits %+v, want %+v", p.Edits, want)
	}
	if p.Start != before.Start+len(cut) || p.End != before.End || p.Text != before.Text[len(cut):] {
		t.Errorf("paragraph now [%d,%d) %.40q", p.Start, p.End, p.Text)
	}
	if !strings.HasPrefix(d.Text[p.Start:], p.Text[:20]) {
		t.Errorf("span does not start at the first word: %.20q", d.Text[p.Start:])
	}
}
