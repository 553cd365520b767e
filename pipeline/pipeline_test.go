package pipeline

import (
	"fmt"
	"testing"

	"github.com/cleantext/clean/dedupe"
	"github.com/cleantext/clean/extract"
	_ "github.com/cleantext/clean/internal/golden"
)

func TestStages(t *testing.T) {
	perDoc, ordered := Stages(dedupe.Options{}, false)
	if len(perDoc) != 3 || len(ordered) != 0 {
		t.Fatalf("doc scope: %d per-document, %d ordered stages", len(perDoc), len(ordered))
	}
	perDoc, ordered = Stages(dedupe.Options{}, true)
	if len(perDoc) != 2 || len(ordered) != 1 {
		t.Fatalf("corpus scope: %d per-document, %d ordered stages", len(perDoc), len(ordered))
	}
}

func Example() {
	d := extract.Text("story.txt", []byte(`SHARE THIS ARTICLE

The minister said on Tuesday that the talks would resume next week in Geneva.

Officials from both sides declined to comment on the details of the plan.

The minister said on Tuesday that the talks would resume next week in Geneva.
`))
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		if !p.Kept() {
			fmt.Println(i, p.Removal.Stage, p.Removal.Rule)
		}
	}
	// Output:
	// 0 boilerplate share-label
	// 3 duplicate exact-duplicate
}
