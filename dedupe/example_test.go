package dedupe_test

import (
	"fmt"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/dedupe"
)

func Example() {
	texts := []string{
		"Another cloud of choking smoke and dust is set to descend upon Delhi this week.",
		"The gray haze led to canceled flights and closed schools.",
		`ANOTHER cloud of choking smoke and dust is set to descend upon "Delhi" this week!`,
		"Another cloud of choking smoke and dust is set to descend upon Delhi this weekend.",
	}
	d := &clean.Document{ID: "delhi.txt"}
	for _, t := range texts {
		d.Paragraphs = append(d.Paragraphs, clean.Paragraph{Text: t})
	}

	dedupe.Within(dedupe.Options{Threshold: 0.8}).Mark(d)

	for i, p := range d.Paragraphs {
		if r := p.Removal; r != nil {
			fmt.Printf("%d: %s of %d (J=%.2f)\n", i, r.Rule, r.DupOf.Index, r.Similarity)
		} else {
			fmt.Printf("%d: kept\n", i)
		}
	}
	// Output:
	// 0: kept
	// 1: kept
	// 2: exact-duplicate of 0 (J=1.00)
	// 3: near-duplicate of 0 (J=0.83)
}

func ExampleCorpus() {
	c := dedupe.NewCorpus(dedupe.Options{})
	a := &clean.Document{ID: "a.txt", Paragraphs: []clean.Paragraph{
		{Text: "Subscribe to our newsletter for the latest news from the region."},
		{Text: "The council approved the new budget on Tuesday after a long debate."},
	}}
	b := &clean.Document{ID: "b.txt", Paragraphs: []clean.Paragraph{
		{Text: "Residents protested outside the town hall on Wednesday morning."},
		{Text: "Subscribe to our newsletter for the latest news from the region!"},
	}}
	for _, d := range []*clean.Document{a, b} { // in input order
		c.Mark(d)
	}
	r := b.Paragraphs[1].Removal
	fmt.Println(r.Rule, r.DupOf.Doc, r.DupOf.Index)
	// Output:
	// exact-duplicate a.txt 0
}
