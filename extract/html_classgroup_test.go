package extract_test

import (
	"strings"
	"testing"

	"github.com/cleantext/clean/extract"
)

// classedPage is an article whose paragraphs all carry one class that
// names boilerplate (%s), as a site marks each paragraph "paywall" for its
// meter, with a subheading and a list under the same class, and a box of
// the same class elsewhere on the page.
const classedPage = `<html><head><title>Asian stocks fall</title></head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article>
<h1>Asian stocks retreat as traders pare bets on rate cuts</h1>
<div class="body-content">
<p class="%s">Asian stocks fell for a second day as traders pared bets on how quickly the central bank will cut interest rates, while the yen slid to its weakest level in three weeks.</p>
<p class="%s">The regional index dropped as much as 0.8%%, dragged down by technology shares, and bond yields rose across the curve after two officials said they needed more evidence.</p>
<h2 class="%s">Chipmakers lead declines</h2>
<p class="%s">Shares of the largest chipmaker fell 2.6%%, the most in a month, after a report that a major customer was delaying orders for the rest of the year.</p>
<p class="%s">Some of the main moves in markets:</p>
<ul class="%s"><li>The yen fell 0.2%% to 156.08 per dollar</li><li>The yield on 10-year bonds advanced three basis points</li></ul>
</div>
</article>
<div class="sidebar"><p class="%s">Subscribe for unlimited access.</p></div>
<footer><p>© 2026 Example Markets. All rights reserved.</p></footer>
</body></html>`

// TestClassOnEveryParagraph: a class that names boilerplate ("paywall")
// on every paragraph of the article, together more than the guard's share
// of the page's text, prunes none of them, nor the list beside them with
// the same class; one such paragraph alone (a box) is still pruned, and so
// is the same class in another part of the page, and boxes with the
// class (comments) that are no paragraphs, however long together.
func TestClassOnEveryParagraph(t *testing.T) {
	for _, class := range []string{"paywall", "share-text"} {
		page := strings.ReplaceAll(classedPage, "%s", class)
		page = strings.ReplaceAll(page, "%%", "%")
		d, err := extract.HTML("p.html", []byte(page), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Asian stocks fell for a second day", "Shares of the largest chipmaker",
			"Some of the main moves in markets:", "The yen fell 0.2% to 156.08 per dollar"} {
			if !strings.Contains(d.Text, want) {
				t.Errorf("%s: %q missing\n%s", class, want, d.Text)
			}
		}
		if strings.Contains(d.Text, "Subscribe for unlimited access") {
			t.Errorf("%s: the box in the sidebar kept\n%s", class, d.Text)
		}
	}
	// Comments, each a box with the class, longer together than the
	// article: only paragraphs add up, so they go.
	var b strings.Builder
	b.WriteString(`<html><body><article><h1>Bridge reopens after repairs</h1>
<p>The old bridge over the river reopened to cars and buses on Monday morning, two years after engineers closed it for urgent repairs to its steel frame.</p>
</article><section>`)
	for range 6 {
		b.WriteString(`<div class="comment"><span>reader42</span> About time too, the detour through the town centre added twenty minutes to my commute every single day.</div>`)
	}
	b.WriteString(`</section></body></html>`)
	d, err := extract.HTML("p.html", []byte(b.String()), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "About time too") {
		t.Errorf("comments kept\n%s", d.Text)
	}
	// One paragraph with the class, among plain ones: a box, pruned.
	page := `<html><body><article><h1>Bridge reopens after repairs</h1>
<p>The old bridge over the river reopened to cars and buses on Monday morning, two years after engineers closed it for urgent repairs to its steel frame.</p>
<p class="paywall">Read on with Plus. Subscribe now for one euro a month.</p>
<p>Hundreds of residents walked across it before the first cars were let through, and the mayor cut a ribbon at the northern end of the crossing.</p>
</article></body></html>`
	d, err = extract.HTML("p.html", []byte(page), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Text, "Read on with Plus") {
		t.Errorf("a single paywall box kept\n%s", d.Text)
	}
}
