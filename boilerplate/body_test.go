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

// TestBodyRecords checks that a comment thread (name, dated line, text,
// again and again) does not outscore a short article, and that its lines
// are removed as "comment".
func TestBodyRecords(t *testing.T) {
	lines := []string{"Home", "News", "Sports", "Contact us",
		"A short title for the story here",
		"The council said on Monday that the bridge would close for repairs, and that the work would take most of the year.",
		"Drivers will have to use the ring road, which the council said it would widen before the bridge closes in the spring.",
		"Share", "Tweet"}
	for k := 0; k < 5; k++ {
		lines = append(lines, "Reader Name", "2 days ago at 07:5"+string(rune('0'+k))+" am",
			"I think this is the right decision, but they should have done it years ago when it was much cheaper for all of us.",
			"And the ring road is already full at rush hour, so I wonder how they think it will cope with all the extra traffic.")
	}
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	for i, p := range d.Paragraphs {
		switch {
		case i == 5 || i == 6:
			if !p.Kept() {
				t.Errorf("article line %d removed: %s", i, p.Removal.Rule)
			}
		case i >= 11 && strings.HasPrefix(p.Text, "I think"):
			if p.Kept() || p.Removal.Rule != "comment" {
				t.Errorf("comment line %d: %+v", i, p.Removal)
			}
		}
	}
}
