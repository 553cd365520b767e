package boilerplate

import (
	"testing"

	"github.com/cleantext/clean"
)

// TestHTMLLinkedItemsRT55: two list items inside the article that are
// links through and through are a block of links to other stories (a
// broadcaster's "links-block"), removed as teasers; one such item, items
// with text beside their links, and a shopping list whose items end with
// a price stay.
func TestHTMLLinkedItemsRT55(t *testing.T) {
	item := func(s string) htmlPara { return htmlPara{text: s, kind: clean.KindListItem, links: htmlAllLinks} }
	const rule = "html-link-teaser"
	runHTMLPassCases(t, []htmlPassCase{
		{name: "two linked items", doc: []htmlPara{htmlText(htmlProseA),
			item("Why is the valley running out of water?"), item("Water firm fined £4m over sewage spills"),
			htmlText(htmlProseB)}, at: 1, want: rule},
		{name: "one linked item", doc: []htmlPara{htmlText(htmlProseA),
			item("Why is the valley running out of water?"), htmlText(htmlProseB)}, at: 1},
		{name: "items half linked", doc: []htmlPara{htmlText(htmlProseA),
			{text: "Why is the valley running out of water?", kind: clean.KindListItem, links: 30},
			{text: "Water firm fined £4m over sewage spills", kind: clean.KindListItem, links: 30},
			htmlText(htmlProseB)}, at: 1},
		{name: "shopping links", doc: []htmlPara{htmlText(htmlProseA),
			item("Get it on Amazon for $169.99"), item("Also at Walmart"), htmlText(htmlProseB)}, at: 2},
	})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Get it on Amazon for $169.99", true}, {"Buy it for € 49", true}, {"Water firm fined £4m over spills", false},
		{"Top 10", false}, {"", false},
	} {
		if got := endsWithPrice(tc.s); got != tc.want {
			t.Errorf("endsWithPrice(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
