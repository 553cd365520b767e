package clean_test

import (
	"fmt"
	"strings"

	"github.com/cleantext/clean"
)

// A stage marks paragraphs; CleanText prints what is left.
func Example() {
	d := &clean.Document{ID: "story.txt", Paragraphs: []clean.Paragraph{
		{Text: "Talks resume"}, {Text: "The talks resume on Monday."}, {Text: "SHARE THIS ARTICLE"},
	}}
	shout := clean.StageFunc(func(d *clean.Document) {
		for i, p := range d.Paragraphs {
			if len(p.Text) > 12 && strings.ToUpper(p.Text) == p.Text {
				d.Remove(i, clean.Removal{Stage: clean.StageBoilerplate, Rule: "all-caps"})
			}
		}
	})
	clean.Pipeline{shout}.Mark(d)
	fmt.Print(d.CleanText())
	fmt.Println(d.Kept(), "kept;", d.Paragraphs[2].Removal.Rule)
	// Output:
	// Talks resume
	//
	// The talks resume on Monday.
	// 2 kept; all-caps
}
