package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// TestKeyPointsKept: a box of the article's key points, labelled so ("Key
// points:", see labels.IsKey), stays in the article, in an <aside> inside
// the article or in a list above its first paragraph, its items ending
// without a full stop; an aside of related links does not, nor a list of
// links under the same label.
func TestKeyPointsKept(t *testing.T) {
	body := `<p>Fruit growers in the valley are facing thousands of dollars in extra costs after biosecurity officers widened an outbreak zone in the middle of the harvest.</p>
<p>The agriculture department confirmed on Monday that larvae had been found at two more properties on the eastern edge of the town, taking the number of detections to eleven.</p>
<p>The outbreak area, which restricts how fruit can be moved and sold, now covers a thirty-kilometre radius around the town and its packing sheds.</p>
<p>Growers said the timing could not have been worse, with pickers in the trees and bins of fruit waiting to be trucked to markets interstate.</p>`
	more := `<p>Packing sheds in the town said they had already turned away several loads of fruit that had not been treated, and would not accept more until the rules were clear.</p>
<p>The department said it would review the boundaries of the zone every two weeks and lift the restrictions once no new larvae had been found for a full season.</p>`
	items := []string{
		"Biosecurity officers have extended the outbreak area by 15 kilometres after new detections",
		"Growers inside the zone must treat or cold-store fruit before it is sold interstate",
		"Orchardists say the extra costs could wipe out their margins this season",
	}
	list := "<ul>"
	for _, it := range items {
		list += "<li><p>" + it + "</p></li>"
	}
	list += "</ul>"
	links := `<ul><li><a href="/a">Apple growers short of pickers as the harvest ramps up across the north</a></li><li><a href="/b">How an outbreak zone works and what it means for backyard growers</a></li></ul>`
	for _, tc := range []struct {
		name, page string
		kept       bool
	}{
		{"aside in article", `<html><body><h1>Outbreak zone widened</h1><article><p class="date">Posted Tue 11 Mar 2025 at 5:43am</p><aside class="key-points"><h2>Key points:</h2>` + list + `</aside>` + body + `</article></body></html>`, true},
		{"list above article", `<html><body><main><h1>Outbreak zone widened</h1><div class="summary-box"><h3>Key points</h3>` + list + `</div><div class="story">` + body + `</div></main></body></html>`, true},
		{"related aside", `<html><body><article><aside><h2>Related stories</h2>` + list + `</aside>` + body + `</article></body></html>`, false},
		{"one item above", `<html><body><main><h1>Outbreak zone widened</h1><div class="summary-box"><h3>Key points</h3><ul><li>` + items[0] + `</li></ul></div><div class="story">` + body + `</div></main></body></html>`, false},
		// Hidden, and less than guardShare of the page's text.
		{"hidden aside", `<html><body><article><aside hidden><h2>Key points:</h2>` + list + `</aside>` + body + more + `</article></body></html>`, false},
		{"label over prose", `<html><body><article>` + body + `<aside><h2>In brief</h2><p>Apple growers short of pickers as the harvest ramps up across the north, where farms are paying more.</p></aside></article></body></html>`, false},
		{"links under label", `<html><body><article><aside><h2>Key points</h2>` + links + `</aside>` + body + `</article></body></html>`, false},
	} {
		d, err := HTML("k.html", []byte(tc.page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range d.Paragraphs {
			if p.Kept() {
				got = append(got, p.Text)
			}
		}
		for _, it := range items {
			if slices.Contains(got, it) != tc.kept {
				t.Errorf("%s: item %q in the article: %v, want %v; article %q", tc.name, it, !tc.kept, tc.kept, got)
			}
		}
		if slices.ContainsFunc(got, func(p string) bool { return strings.HasPrefix(p, "Apple growers short of pickers") }) {
			t.Errorf("%s: a related link is in the article", tc.name)
		}
	}
}

// TestKeyLabelAbove: the label over up to keyItemsMax list items without
// links, found from any of them; none over links, prose or too many items.
func TestKeyLabelAbove(t *testing.T) {
	item := rawPara{text: "Growers inside the zone must treat their fruit", kind: clean.KindListItem}
	label := rawPara{text: "Key points:", kind: clean.KindHeading}
	page := []rawPara{{text: "Outbreak zone widened"}, label, item, item, item}
	for f := 2; f < len(page); f++ {
		if got := keyLabelAbove(page, f); got != 1 {
			t.Errorf("keyLabelAbove(page, %d) = %d, want 1", f, got)
		}
	}
	linked := item
	linked.linkRunes = 10
	for _, tc := range []struct {
		name string
		page []rawPara
	}{
		{"link", []rawPara{label, item, linked}},
		{"prose label", []rawPara{{text: "The officers said:"}, item, item}},
		{"short item", []rawPara{label, item, {text: "Growers must act", kind: clean.KindListItem}}},
		{"too many", append([]rawPara{label}, slices.Repeat([]rawPara{item}, keyItemsMax+1)...)},
	} {
		if got := keyLabelAbove(tc.page, len(tc.page)-1); got >= 0 {
			t.Errorf("%s: keyLabelAbove = %d, want -1", tc.name, got)
		}
	}
	// Too many items: none of them, the first one neither, is the box's.
	long := append([]rawPara{label}, slices.Repeat([]rawPara{item}, keyItemsMax+1)...)
	if got := keyLabelAbove(long, 1); got >= 0 {
		t.Errorf("too many, first item: keyLabelAbove = %d, want -1", got)
	}
	full := append([]rawPara{label}, slices.Repeat([]rawPara{item}, keyItemsMax)...)
	for f := 1; f < len(full); f++ {
		if got := keyLabelAbove(full, f); got != 0 {
			t.Errorf("keyItemsMax items, item %d: keyLabelAbove = %d, want 0", f, got)
		}
	}
}
