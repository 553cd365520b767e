package boilerplate

import "testing"

// TestProductCard: the lines of a shop widget's product cards go (the
// product's name, its price alone, its button); a table's cells with
// prices, a price with no button under it and a sentence over a price
// stay.
func TestProductCard(t *testing.T) {
	rules := Rules()[0]
	for _, c := range []struct {
		name  string
		lines []string
		want  string // per line: r removed as a link label, . kept
	}{
		{"card", []string{"Harrow & Dean Double-breasted wool suit jacket in tobacco", "£245", "Buy now"}, "rrr"},
		{"card with from", []string{"Casa Varga guesthouse", "From €75", "View at Mercato"}, "rrr"},
		{"button two lines down", []string{"Norell Wide-leg pleated trousers", "$120", "Free delivery", "Add to bag"}, "rr.r"},
		{"no button", []string{"Norell Wide-leg pleated trousers", "£120", "Free delivery"}, "..."},
		{"table cells", []string{"Band A", "£1,257.45", "£1,320.20", "Buy now"}, "...r"},
		{"sentence over a price", []string{"The jacket costs less than you think.", "£245", "Buy now"}, ".rr"},
		{"price with words", []string{"Wide-leg trousers", "£120 in the sale", "Buy now"}, "..r"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(append(append([]string{article}, c.lines...), article)...)
			for i := range c.lines {
				r, ok := rules.Match(d, i+1)
				got := ok && r.Rule == RuleLinkLabel
				if got != (c.want[i] == 'r') {
					t.Errorf("%q: removed as link label %v (%s), want %c", c.lines[i], got, r.Rule, c.want[i])
				}
			}
		})
	}
}

// TestCounterRow: a row of a post's counters goes (an icon before each
// count); a rating with a word, a price and a count with no icon stay.
func TestCounterRow(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {
			{"↺ 214", true},
			{"★ 301", true},
			{"♥ 12 💬 4", true},
			{"💬 4 🔁 12 ❤️ 80", true},
			{"👍1.2k", true},
			{"★ 4.5 Excellent", false},
			{"€ 45", false},
			{"↺ ★", false},
			{"214 ↺", false},
			{"→ 2024 was the warmest year on record", false},
		},
	}, func(string) bool { return false }, true)
}
