package boilerplate

import (
	"testing"

	"github.com/cleantext/clean"
)

// TestCrumbUnderReadMoreRT68: a cookie notice's "Read more" over the
// page's breadcrumb trail, an ad marker and the headline: the trail is a
// breadcrumb, not the label's first teaser, and the headline under the
// marker is no later teaser of the label (see teaserItem). A headline
// right under a bare "Read more" is still a teaser.
func TestCrumbUnderReadMoreRT68(t *testing.T) {
	rs := Rules()[0]
	mark := func(lines ...string) *clean.Document {
		d := newDoc(lines...)
		for i := range d.Paragraphs {
			if r, ok := rs.Match(d, i); ok {
				Remove(d, i, r)
			}
		}
		return d
	}
	d := mark("Tovuti hii inatumia vidakuzi ili kuboresha matumizi yako.", "Nakubali", "Soma zaidi",
		"Nyumbani » Biashara » Kilimo", "Tangazo",
		"Bei ya mahindi yapanda maradufu, wananchi walalamikia gharama ya unga", article)
	if r := d.Paragraphs[3].Removal; r == nil || r.Rule != RuleBreadcrumb {
		t.Errorf("trail: removal %+v, want a breadcrumb", r)
	}
	if !d.Paragraphs[5].Kept() {
		t.Errorf("headline removed: %+v", d.Paragraphs[5].Removal)
	}
	d = mark(article, "Read more", "Council approves new budget for the library after a four-hour debate", article)
	if d.Paragraphs[2].Kept() {
		t.Error("a teaser under a bare \"Read more\" kept")
	}
}
