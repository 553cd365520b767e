package boilerplate

import (
	"slices"
	"testing"
)

// TestPriceBoxesRT52 checks MarkPriceBoxes: a deals box between two
// paragraphs goes, the subheading under it stays, and a table's prices and
// a donation bar's figures, which name no store, are no shopping box.
func TestPriceBoxesRT52(t *testing.T) {
	head := []string{"Nimbus Buds Pro 2 bring hearing-aid mode and a 40-hour case", "By Kevin Tanaka"}
	sub := "Better noise canceling, much bigger battery"
	for _, box := range [][]string{
		{"Deals", "Nimbus Buds Pro (1st gen)", "$129.99", "$179.99", "at Amazon", "Sony WF-1000XM5", "$228.00",
			"$299.99", "at Best Buy", "See all audio deals"},
		{"Deals", "Sony WF-1000XM5", "$228 at Amazon", "Bose QuietComfort Ultra", "$299 at Best Buy"},
		{"Angebote", "Sony WF-1000XM5", "229,00 €", "299,99 €", "bei Otto"},
	} {
		lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, []string{sub}, rt37Prose[2:], rt37Foot)
		lo := len(rt37Menu)
		p := lo + len(head)
		s := p + 2 + len(box)
		checkMarkerKept(t, box[2], Default(), lines, func(i int) bool {
			return i == lo || i >= p && i < p+2 || i >= s && i < s+1+len(rt37Prose)-2
		})
		d := blockDoc(lines...)
		Default().Mark(d)
		if r := d.Paragraphs[p+3].Removal; r == nil || r.Detail != detailPriceBox {
			t.Errorf("%q: removal %+v, want a shopping box's", box[1], r)
		}
	}
	for _, box := range [][]string{
		{"Band A", "£1,257.45", "£1,320.20", "Band B", "£1,466.86", "£1,540.24"},
		{"$1,840", "raised", "$5,000", "Goal"},
		{"Prices", "$129.99", "$179.99"},
	} {
		lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, rt37Prose[2:], rt37Foot)
		d := blockDoc(lines...)
		MarkPriceBoxes(d)
		for i, p := range d.Paragraphs {
			if !p.Kept() {
				t.Errorf("%q: line %d %q removed as %+v", box[0], i, p.Text, p.Removal)
			}
		}
	}
}
