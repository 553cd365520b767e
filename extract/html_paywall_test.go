package extract_test

import (
	"strings"
	"testing"

	"github.com/cleantext/clean/extract"
)

// lockedPage is an article whose second half a paywall hides, as
// schema.org's markup for paywalled content names it: the page's JSON-LD
// gives the part's selector with isAccessibleForFree false. The %s holds
// the JSON-LD.
const lockedPage = `<html><head><title>Bridge reopens</title>%s</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>The old bridge reopens to traffic after two years of repairs</h1>
<div class="text">
<p>The old bridge over the river reopened to cars and buses on Monday morning, two years after engineers closed it for urgent repairs to its steel frame.</p>
<p>Hundreds of residents walked across it before the first cars were let through, and the mayor cut a ribbon at the northern end of the crossing.</p>
</div>
<div class="paywall-box"><p>Read on with Plus. Subscribe now for one euro a month.</p></div>
<div class="locked-text is-closed" aria-hidden="true">
<p>The repairs cost more than twice the first estimate, the city council said, because the engineers found more corrosion than the surveys had shown.</p>
<p>Work on the footpaths and the lighting will go on until the spring, but the road will stay open to all traffic while that work is done.</p>
<p>The council will hold a public meeting next month to explain why the costs rose, and residents can send their questions in writing before it.</p>
</div>
</article>
<footer><p>© 2026 The Daily Example. All rights reserved.</p></footer>
</body></html>`

// TestLockedPart: the part of an article that the page's structured data
// marks as not free, hidden until the reader subscribes, is the article's
// text; without that markup a hidden block stays out, and a selector the
// markup gives as free, or not as a plain class or id, shows nothing.
func TestLockedPart(t *testing.T) {
	const locked = "more corrosion than the surveys had shown"
	for _, c := range []struct {
		name, ld string
		want     bool
	}{
		{"locked part", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".locked-text"}}</script>`, true},
		{"as text, in a list", `<script type="application/ld+json">[{"@type":"NewsArticle","hasPart":[{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".teaser, .locked-text"}]}]</script>`, true},
		{"no markup", "", false},
		{"free", `<script type="application/ld+json">{"@type":"NewsArticle","hasPart":{"@type":"WebPageElement","isAccessibleForFree":true,"cssSelector":".locked-text"}}</script>`, false},
		{"not a plain selector", `<script type="application/ld+json">{"@type":"NewsArticle","hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":"article .locked-text"}}</script>`, false},
		{"broken JSON", `<script type="application/ld+json">{"cssSelector":".locked-text", </script>`, false},
	} {
		d, err := extract.HTML("p.html", []byte(strings.Replace(lockedPage, "%s", c.ld, 1)), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(d.Text, locked); got != c.want {
			t.Errorf("%s: locked text extracted %v, want %v\n%s", c.name, got, c.want, d.Text)
		}
		if !strings.Contains(d.Text, "reopened to cars and buses") {
			t.Errorf("%s: the free part is missing\n%s", c.name, d.Text)
		}
	}
}
