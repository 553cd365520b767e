package boilerplate

import (
	"strings"

	"github.com/cleantext/clean"
)

// RuleRepublish names the removal of a republishing box's terms.
const RuleRepublish = "republish-terms"

// Knobs of MarkRepublishBoxes.
const (
	// republishReach is the most lines of a republishing box after its
	// label, the licence or the copy button that closes it included.
	republishReach = 10
	// republishLabelWords is the most words of the box's label
	// ("Republish this story for free").
	republishLabelWords = 6
)

// MarkRepublishBoxes removes the terms of a nonprofit newsroom's
// republishing box: under a label that opens with "Republish" ("Republish
// this story for free", "Republish This Story"), a sentence that grants
// republishing ("Thank you for your interest in republishing this story.
// You are free to republish it so long as you do the following:"), the
// terms ("You have to credit us.", "You can't edit our material, ..."),
// up to the Creative Commons licence or a "Copy to clipboard" button,
// within republishReach lines. The label, the licence and the button go
// by the rules; the terms are sentences no rule knows, and the body
// finder may keep them as the article's last paragraphs.
func MarkRepublishBoxes(d *clean.Document) {
	ps := d.Paragraphs
	for i := range ps {
		t := ps[i].Text
		if len(t) < len("republish") || t[0]|0x20 != 'r' || !republishLabel(t) {
			continue // the first byte first: most lines, without a lookup
		}
		grant, end := false, -1
		for j := i + 1; j < len(ps) && j <= i+republishReach; j++ {
			t := ps[j].Text
			if containsFold(t, "creative commons") || strings.EqualFold(t, "copy to clipboard") {
				end = j
				break
			}
			grant = grant || containsFold(t, "free to republish") || containsFold(t, "republishing this")
		}
		if !grant || end < 0 {
			continue
		}
		for j := i; j <= end; j++ {
			if ps[j].Kept() {
				Remove(d, j, Reason{Rule: RuleRepublish, Detail: "a republishing box's terms"})
			}
		}
	}
}

// republishLabel reports whether t is the label of a republishing box: at
// most republishLabelWords words that open with "Republish" and end no
// sentence.
func republishLabel(t string) bool {
	return len(t) <= 64 && hasPrefixFold(t, "republish") &&
		wordCount(t) <= republishLabelWords && !strings.HasSuffix(t, ".")
}
