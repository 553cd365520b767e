package boilerplate

import (
	"slices"
	"testing"
)

// TestReadsAsArticleBlocks checks that a clean article is left alone with
// what an article holds between its prose (a headline over two
// standfirsts, a list of four items that end no sentence), and that the
// body finder still runs on a page with a block of menu labels or a
// longer list of teasers. Every line of the page is kept before the body
// finder, as in text cleaned once already.
func TestReadsAsArticleBlocks(t *testing.T) {
	prose := []string{
		"When we bought our house in 2022, the first winter was a shock, and the back bedroom was still cold enough to see our breath in the morning.",
		"Three winters later, our bill is down by a third and the house is warmer. Here is what we did, roughly in the order of what it cost us.",
		"This was by far the best value of all, and we spent about a hundred pounds on it in one weekend in the autumn.",
	}
	after := []string{
		"The difference was obvious within a day, and the draught from the hall was gone by the end of the first week of it.",
		"Our loft had only a thin layer of old insulation, so we topped it up ourselves over two weekends, which cost around four hundred pounds.",
		"We also turned the flow temperature of the boiler down, which cost nothing at all and cut our gas use by roughly eight per cent.",
	}
	page := func(top, middle []string) []string {
		return slices.Concat(top, prose, middle, after)
	}
	head := []string{
		"Bus that comes when you call it marks its first year in the valley",
		"Thirty thousand rides and no more empty buses on the evening routes",
		"Older riders still find booking hard, and the council cannot find drivers",
	}
	list := []string{
		"Brush strips on the front and back doors",
		"Foam tape around all the sash windows",
		"A chimney balloon in the unused fireplace",
		"Covers for the letterbox and the keyholes",
	}
	teasers := []string{
		"Council approves new cycle lanes for the town centre",
		"Local bakery wins national award for its sourdough",
		"Police appeal for witnesses after crash on bypass road",
		"School celebrates a century with a week of events",
		"Rail line to close for three weekends of engineering works",
	}
	menu := []string{"Home", "News", "Sport"}
	for _, tc := range []struct {
		name  string
		lines []string
		alone bool
	}{
		{"headline over two standfirsts", page(head, nil), true},
		{"list without bullets", page(head[:1], list), true},
		{"menu of labels", page(menu, nil), false},
		{"label above a headline and standfirst", page(append([]string{"Politics"}, head[:2]...), nil), false},
		{"list of teasers", page(head[:1], teasers), false},
	} {
		d := blockDoc(tc.lines...)
		sc := new(bodyScratch)
		sc.features(d)
		n := len(tc.lines)
		isProse := make([]bool, n)
		for i, l := range tc.lines {
			isProse[i] = slices.Contains(prose, l) || slices.Contains(after, l)
		}
		got := readsAsArticle(d, sc.stats, isProse, make([]uint8, n), make([]bool, n))
		if got != tc.alone {
			t.Errorf("%s: readsAsArticle = %v, want %v", tc.name, got, tc.alone)
		}
	}
}
