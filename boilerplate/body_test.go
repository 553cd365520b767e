package boilerplate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// seedBoilerplate lists, per seed, the only paragraphs the body finder may
// remove: none is an article sentence, a title or a subheading.
var seedBoilerplate = map[string][]string{
	"000_2e33b84e8e9adb53.txt": {"Support The Moscow Times!", "Continue", "Read more"},
	"002_fcdfd1e94a9fb575.txt": {"News / Politics", "Press TV’s website can also be accessed at the following alternate addresses:",
		"www.presstv.co.uk", "SHARE THIS ARTICLE", "Press TV News Roku"},
}

// TestBodySeeds checks that the body finder keeps every article sentence,
// title and subheading of the seed articles.
func TestBodySeeds(t *testing.T) {
	names, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		id := filepath.Base(n)
		d := extract.Text(id, b)
		BodyFinder{}.Mark(d)
		for i, p := range d.Paragraphs {
			if !p.Kept() && !slices.Contains(seedBoilerplate[id], p.Text) {
				t.Errorf("%s: paragraph %d removed (%s): %.60q", id, i, p.Removal.Rule, p.Text)
			}
		}
	}
}

func doc(lines ...string) *clean.Document {
	return extract.Text("t.txt", []byte(strings.Join(lines, "\n")))
}
