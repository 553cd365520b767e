package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/corpus"
	"github.com/cleantext/clean/extract"
	"github.com/cleantext/clean/pipeline"
)

const prunedPage = `<html><head><title>Bridge reopens</title></head><body>
<div class="top"><a href="/">The Daily Example</a></div>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div id="cookie-banner"><p>We use cookies to improve your experience on this site.</p><button>OK</button></div>
<article>
<p class="article-kicker">Transport</p>
<h1>The old bridge reopens to traffic after two years of repairs</h1>
<p class="byline">By Ann Writer, Transport Reporter</p>
<p>The old bridge over the river reopened to cars and buses on Monday morning, two years after engineers closed it for urgent repairs to its steel frame.</p>
<p>Hundreds of residents <span class="visually-hidden">Share on Facebook</span>walked across it before the first cars were let through, and the mayor cut a ribbon at the northern end.</p>
<aside><h3>Related</h3><ul><li><a href="/a">Ferry timetable changes for the winter</a></li></ul></aside>
<p>The repairs cost more than twice the first estimate, the city council said, because the engineers found more corrosion than the surveys had shown.</p>
<div class="pull-quote">"More corrosion than the surveys had shown"</div>
<p>Work on the footpaths and the lighting will go on until the spring, but the road will stay open while it is done.</p>
</article>
<section id="comments"><h3>Comments (2)</h3><p>Finally! It took them long enough.</p><p>x</p></section>
<footer><p>© 2026 The Daily Example. All rights reserved.</p></footer>
</body></html>`

// TestHTMLPruned: the blocks left out of the article wait in
// Document.Pruned with their reasons, in document order; the merge puts
// them among the paragraphs in that order with valid spans, and the output
// does not change.
func TestHTMLPruned(t *testing.T) {
	d, err := extract.HTML("p.html", []byte(prunedPage), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Pruned {
		r := p.Paragraph.Removal
		if r == nil || r.Stage != clean.StageExtract || p.Paragraph.Kept() {
			t.Fatalf("pruned %q: removal %+v", p.Paragraph.Text, r)
		}
		got = append(got, fmt.Sprintf("%d %s %s: %s", p.At, r.Rule, r.Detail, p.Paragraph.Text))
	}
	want := []string{
		"0 html-not-article outside the article readability chose: The Daily Example",
		"0 html-pruned <nav>: News",
		"0 html-pruned <nav>: Sport",
		`0 html-pruned id="cookie-banner": We use cookies to improve your experience on this site.`,
		`0 html-pruned class="article-kicker": Transport`,
		// readability leaves out the headline (the title is metadata).
		"0 html-not-article outside the article readability chose: The old bridge reopens to traffic after two years of repairs",
		`0 html-pruned class="byline": By Ann Writer, Transport Reporter`,
		// Inline: the sentence around it stays one paragraph.
		`1 html-pruned class="visually-hidden": Share on Facebook`,
		"2 html-pruned <aside>: Related",
		"2 html-pruned <aside>: Ferry timetable changes for the winter",
		`3 html-pruned class="pull-quote": "More corrosion than the surveys had shown"`,
		`4 html-pruned id="comments": Comments (2)`,
		`4 html-pruned id="comments": Finally! It took them long enough.`,
		"4 html-pruned <footer>: © 2026 The Daily Example. All rights reserved.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("pruned:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// The article alone, classified as before the merge existed.
	alone, err := extract.HTML("p.html", []byte(prunedPage), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	alone.Pruned = nil
	pipeline.Default().Mark(alone)
	pipeline.Default().Mark(d)
	if d.CleanText() != alone.CleanText() {
		t.Errorf("output changed:\n%s\nwant:\n%s", d.CleanText(), alone.CleanText())
	}
	if len(d.Pruned) != 0 || len(d.Paragraphs) != len(alone.Paragraphs)+len(want) {
		t.Fatalf("%d paragraphs after the merge, want %d", len(d.Paragraphs), len(alone.Paragraphs)+len(want))
	}
	prev := 0
	for i, p := range d.Paragraphs {
		if p.Start < prev || d.Text[p.Start:p.End] != p.Text {
			t.Fatalf("paragraph %d: bad span [%d,%d) for %q", i, p.Start, p.End, p.Text)
		}
		prev = p.End
	}
	// The report lists them in document order, with the article's.
	var lines []string
	for _, l := range corpus.ReportLines(d) {
		lines = append(lines, fmt.Sprintf("%d %s %s", l.Index, l.Reason, l.Excerpt))
	}
	report := strings.Join(lines, "\n")
	for _, w := range []string{"0 extract The Daily Example", "1 extract News", "8 extract Share on Facebook", "17 extract © 2026"} {
		if !strings.Contains(report, w) {
			t.Errorf("report lacks %q:\n%s", w, report)
		}
	}
	if strings.Contains(report, "extract x\n") {
		t.Errorf("a block without two letters is reported:\n%s", report)
	}
}

// TestHTMLPrunedArticleWhole: a page that is all article sets nothing
// aside, and a block the article holds is not reported even when the
// article joins it with other text.
func TestHTMLPrunedArticleWhole(t *testing.T) {
	page := `<html><body><article>
<p>The council approved the new budget on Tuesday evening after a debate that lasted more than four hours in the town hall.</p>
<p>Opponents said the plan cut too deeply into the library service, which has already lost two of its branches.</p>
</article></body></html>`
	d, err := extract.HTML("w.html", []byte(page), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pruned) != 0 {
		t.Errorf("pruned %+v", d.Pruned)
	}
}
