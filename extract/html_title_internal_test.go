package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHeadlineOf: a page title that joins the headline of an <h1> to the
// site's name gives the headline, on either side of any separator; a
// title no <h1> is a side of stays whole.
func TestHeadlineOf(t *testing.T) {
	heads := []string{"Menu", "Grocery store to close March 29"}
	for _, c := range []struct{ title, want string }{
		{"Grocery store to close March 29 — The Creek Courier", "Grocery store to close March 29"},
		{"The Creek Courier | Grocery store to close March 29", "Grocery store to close March 29"},
		{"GROCERY STORE TO CLOSE MARCH 29 - Courier", "GROCERY STORE TO CLOSE MARCH 29"},
		{"Grocery store to close March 29", "Grocery store to close March 29"},
		{"Grocery store to close — March 29 — The Creek Courier", "Grocery store to close — March 29 — The Creek Courier"},
		{"Bridge reopens — The Creek Courier", "Bridge reopens — The Creek Courier"},
		{"Menu", "Menu"},
	} {
		if got := headlineOf(c.title, heads); got != c.want {
			t.Errorf("headlineOf(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	if got := headlineOf("Bridge reopens — Courier", nil); got != "Bridge reopens — Courier" {
		t.Errorf("without headlines: %q", got)
	}
}

// TestStandfirst: the block under the headline whose text the page's
// metadata gives as its description is the document's standfirst, not one
// of its paragraphs; a description found nowhere on the page, or only in
// a link, gives none.
func TestStandfirst(t *testing.T) {
	const dek = "Three votes flipped between the committee hearing and the floor vote, and here is what changed."
	var body strings.Builder
	for range 6 {
		body.WriteString("<p>The council voted on Tuesday to close the old bridge over the river for repairs, and the work will take most of the year, officials said.</p>")
	}
	page := func(meta, head string) string {
		return `<html><head><title>Bridge vote</title>` + meta + `</head><body><nav><a href="/">Home</a></nav>` +
			`<div class="post-header"><h1>Why the bridge vote failed</h1>` + head + `<div class="byline">Jane Doe</div></div>` +
			`<article><div class="body">` + body.String() + `</div></article><footer>© 2026 Example</footer></body></html>`
	}
	for _, c := range []struct {
		name, meta, head, want string
	}{
		{"description", `<meta name="description" content="` + dek + `">`, `<h3 class="subtitle">` + dek + `</h3>`, dek},
		{"og description", `<meta property="og:description" content="` + dek + `"/>`, `<p class="dek">` + dek + `</p>`, dek},
		{"not on the page", `<meta name="description" content="` + dek + `">`, `<h3 class="subtitle">Another summary of the story, written for the page and not its metadata.</h3>`, ""},
		{"a link", `<meta name="description" content="` + dek + `">`, `<h3><a href="/x">` + dek + `</a></h3>`, ""},
		{"no description", "", `<h3 class="subtitle">` + dek + `</h3>`, ""},
		{"too short", `<meta name="description" content="Why the bridge vote failed today">`, `<h3 class="subtitle">Why the bridge vote failed today</h3>`, ""},
		{"beyond reach", `<meta name="description" content="` + dek + `">`, `<h3 class="subtitle">` + dek + `</h3>` + strings.Repeat(`<div class="meta">Share this story</div>`, standfirstReach), ""},
		{"within reach", `<meta name="description" content="` + dek + `">`, `<h3 class="subtitle">` + dek + `</h3>` + strings.Repeat(`<div class="meta">Share this story</div>`, standfirstReach-2), dek},
		// The description cut short: the standfirst goes on after it.
		{"description cut short", `<meta name="description" content="Three votes flipped between the committee hearing and the floor vote.">`,
			`<h3 class="subtitle">Three votes flipped between the committee hearing and the floor vote — and here is what changed.</h3>`,
			"Three votes flipped between the committee hearing and the floor vote — and here is what changed."},
		{"description cut at a full stop", `<meta name="description" content="Three votes flipped between the committee hearing and the floor vote">`,
			`<h3 class="subtitle">Three votes flipped between the committee hearing and the floor vote. Here is what changed.</h3>`,
			"Three votes flipped between the committee hearing and the floor vote. Here is what changed."},
		{"full stop inside a figure", `<meta name="description" content="Three votes flipped between the committee hearing and the floor vote on 2">`,
			`<h3 class="subtitle">Three votes flipped between the committee hearing and the floor vote on 2.5 million.</h3>`, ""},
		{"not the description's words", `<meta name="description" content="Three votes flipped between the committee hearing and the floor vote.">`,
			`<h3 class="subtitle">Three votes flipped between the committee hearing and the floor votes of last year.</h3>`, ""},
		{"description too short to go on from", `<meta name="description" content="Three votes flipped.">`,
			`<h3 class="subtitle">Three votes flipped between the committee hearing and the floor vote, and here is why.</h3>`, ""},
		// A widget the pre-cleaning removes (an excerpt) holds it word for
		// word; the site's banner holds a tagline, not a standfirst.
		{"pruned excerpt", `<meta name="description" content="` + dek + `">`, `<div class="widget-post-excerpt">` + dek + `</div>`, dek},
		{"site banner", `<meta name="description" content="` + dek + `">`, `<div id="banner">` + dek + `</div>`, ""},
		// An excerpt that goes on after the description; another widget
		// the pre-cleaning removes does not.
		{"pruned excerpt cut short", `<meta name="description" content="Three votes flipped between the committee hearing and the floor vote.">`,
			`<div class="widget-post-excerpt">Three votes flipped between the committee hearing and the floor vote. Here is what changed.</div>`,
			"Three votes flipped between the committee hearing and the floor vote. Here is what changed."},
		{"pruned widget cut short", `<meta name="description" content="Three votes flipped between the committee hearing and the floor vote.">`,
			`<div class="widget-newsletter">Three votes flipped between the committee hearing and the floor vote. Here is what changed.</div>`, ""},
		// The description in other punctuation, a few words more or
		// less; a summary that shares too few of its words is none.
		{"description in other words", `<meta name="description" content="Three votes flipped between the hearing and the vote. The mayor: the bridge will close in May.">`,
			`<p class="summary">Three votes flipped between the hearing and the vote. The mayor: «The bridge, which is unsafe, will close in May»</p>`,
			"Three votes flipped between the hearing and the vote. The mayor: «The bridge, which is unsafe, will close in May»"},
		{"a word of the description missing", `<meta name="description" content="Three votes flipped between the hearing and the vote. The mayor: the bridge will close in May.">`,
			`<p class="summary">Three votes flipped between the hearing and the vote. The mayor: «The bridge will close by May»</p>`, ""},
		{"a summary of other words", `<meta name="description" content="Three votes flipped between the hearing and the vote. The mayor: the bridge will close in May.">`,
			`<p class="summary">The council met on Tuesday evening and argued for hours about the old bridge over the river.</p>`, ""},
		// The description and the standfirst part after a shared
		// first sentence; a first sentence the description does not
		// go on from is no such opening.
		{"description goes on", `<meta name="description" content="Three votes flipped between the committee hearing and the floor vote on the old bridge.">`,
			`<p class="teaser">Three votes flipped between the committee hearing and the floor vote. Here is what changed.</p>`,
			"Three votes flipped between the committee hearing and the floor vote. Here is what changed."},
		{"description goes on in other words", `<meta name="description" content="Three votes flipped between the committee hearing and the floor votes of last year.">`,
			`<p class="teaser">Three votes flipped between the committee hearing and the floor vote. Here is what changed.</p>`, ""},
		{"a short first sentence", `<meta name="description" content="Three votes flipped on Tuesday, and the bridge will close.">`,
			`<p class="teaser">Three votes flipped. Here is what changed between the hearing and the vote.</p>`, ""},
		// A subheading right under the headline, which the metadata
		// does not repeat, is the standfirst too (see subheads).
		{"subheading under the headline", "", `<h2 class="subhead">` + dek + `</h2>`, dek},
		{"short subheading", "", `<h2 class="subhead">Three votes flipped</h2>`, ""},
		{"subheading further down", "", `<div class="byline">Jane Doe</div><h2 class="subhead">` + dek + `</h2>`, ""},
		// A summary's bullets, the first of which the description gives
		// (its full stop aside): all of them, one paragraph each; a
		// bullet the description does not give is none.
		{"summary bullets", `<meta name="description" content="` + dek + `">`,
			`<ul class="summary"><li>` + strings.TrimSuffix(dek, ".") + `</li><li>The mayor says the bridge will close in May whatever the vote</li></ul>`,
			strings.TrimSuffix(dek, ".") + "\n\nThe mayor says the bridge will close in May whatever the vote"},
		{"description in the second bullet", `<meta name="description" content="` + dek + `">`,
			`<ul class="summary"><li>The mayor says the bridge will close in May whatever the vote</li><li>` + dek + `</li></ul>`,
			"The mayor says the bridge will close in May whatever the vote\n\n" + dek},
		{"bullet not the description", `<meta name="description" content="` + dek + `">`,
			`<ul class="summary"><li>The mayor says the bridge will close in May whatever the vote</li></ul>`, ""},
	} {
		d, err := HTML("p.html", []byte(page(c.meta, c.head)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Standfirst != c.want {
			t.Errorf("%s: Standfirst = %q, want %q", c.name, d.Standfirst, c.want)
		}
		for _, p := range d.Paragraphs {
			if p.Text == dek {
				t.Errorf("%s: the standfirst is a paragraph of the article", c.name)
			}
		}
	}
}

// TestSubheadOf: the <h2> under the page's headline is its standfirst;
// the one under the site's name in its banner is a tagline.
func TestSubheadOf(t *testing.T) {
	const tagline = "News, notices and neighbors from the town and the valley around it"
	const dek = "Three votes flipped between the committee hearing and the floor vote, and here is what changed."
	root, err := html.Parse(strings.NewReader(`<html><body><div id="banner"><h1>The Valley Bulletin</h1><h2>` + tagline +
		`</h2></div><article><h1>Why the bridge vote <em>failed</em></h1>` + "\n" + `<h2>` + dek + `</h2><p>Text.</p></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	pairs := subheads(findBody(root))
	if got := subheadOf(pairs, "Why the bridge vote failed"); !slices.Equal(got, []string{dek}) {
		t.Errorf("under the headline: %q, want %q", got, dek)
	}
	if got := subheadOf(pairs, "Another headline"); got != nil {
		t.Errorf("under another headline: %q", got)
	}
}

// TestKickerHeadline: a title that joins a kicker to the headline, as a
// page's og:title does, gives the headline when the page sets the two
// apart in its header; a title whose parts the page does not set apart,
// or whose headline is too short, stays whole.
func TestKickerHeadline(t *testing.T) {
	const title = "Wassermangel in der Lausitz: Wenn die Pumpen verstummen, fehlt der Spree das Wasser"
	page := func(header string) string {
		return `<html><head><meta property="og:title" content="` + title + `"><title>` + title + `</title></head><body>` +
			`<nav><a href="/">Home</a></nav><article>` + header +
			`<p>Jahrzehntelang hat der Braunkohletagebau Grundwasser in die Spree gepumpt, und mit dem Kohleausstieg versiegt diese Quelle nun.</p>` +
			`<p>Die Folgen reichen weit über die Lausitz hinaus, denn die Spree speist viele Brunnen der Hauptstadt mit Uferfiltrat.</p>` +
			`<p>Die Bergbaubetreiber verweisen auf ihre Verpflichtungen aus dem Wasserrecht und auf die Genehmigungen der Länder.</p></article></body></html>`
	}
	for _, c := range []struct {
		name, header, want string
	}{
		{"apart", `<header><h2><span class="kicker">Wassermangel in der Lausitz</span> <span class="title">Wenn die Pumpen verstummen, fehlt der Spree das Wasser</span></h2></header>`,
			"Wenn die Pumpen verstummen, fehlt der Spree das Wasser"},
		{"whole", `<header><h1>` + title + `</h1></header>`, title},
		{"kicker elsewhere", `<header><span class="date">14.03.2026</span><h2><span>Wenn die Pumpen verstummen, fehlt der Spree das Wasser</span></h2></header><p>Wassermangel in der Lausitz</p>`, title},
	} {
		d, err := HTML("k.html", []byte(page(c.header)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != c.want {
			t.Errorf("%s: title %q, want %q", c.name, d.Title, c.want)
		}
	}
	if got := kickerHeadline("Budget: A win", []string{"Budget", "A win"}); got != "" {
		t.Errorf("a two-word headline: %q", got)
	}
}
