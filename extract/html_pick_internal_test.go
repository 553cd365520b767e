package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestCheckPickCards: beside the story readability picked, teaser cards
// (a linked headline first) and a box of metadata (no prose) go; a live
// blog's posts (time, heading, prose; a permalink within the page) stay
// even though each holds less than a third of the story's text.
func TestCheckPickCards(t *testing.T) {
	story := strings.Repeat("The council voted on Tuesday to close the old bridge for repairs. ", 12)
	post := func(time, head, prose string) string {
		return `<article><time>` + time + `</time><h3><a href="#post-` + time + `">` + head + `</a></h3><p>` + prose + `</p></article>`
	}
	card := func(head, summary string) string {
		return `<article><span>Kicker</span><h3><a href="/news/` + head + `">` + head + `</a></h3><p>` + summary + `</p></article>`
	}
	page := `<html><body><div id="pick"><article><h1>Bridge closes</h1><p>` + story + `</p></article>` +
		`<article><span>Reporter Kim</span> <span>Comments 3</span></article>` +
		post("18h42", "Power returns to half the homes", "The power company said on Friday evening that supply had been restored to about 21,000 homes across the north of the city.") +
		post("17h10", "Ring road closed", "The ring road remains closed in both directions between the old bridge and the bus station, and drivers are told to avoid it.") +
		card("Storm-season-tips", "Five things to keep in your car this winter, from blankets to a charged phone and a torch that works.") +
		card("Drainage-works-late", "Drainage works on the riverside are forty per cent behind schedule, the audit office says in its report.") +
		`</div></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	body := findBody(root)
	var pick *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if attr(n, "id") == "pick" {
			pick = n
		}
		for c := n.FirstChild; c != nil && pick == nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	got := checkPick(pick, body)
	var b strings.Builder
	if err := html.Render(&b, got); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, s := range []string{"Bridge closes", "Power returns to half the homes", "The ring road remains closed"} {
		if !strings.Contains(out, s) {
			t.Errorf("lost %q:\n%s", s, out)
		}
	}
	for _, s := range []string{"Reporter Kim", "Storm-season-tips", "Drainage works on the riverside"} {
		if strings.Contains(out, s) {
			t.Errorf("kept %q:\n%s", s, out)
		}
	}
}
