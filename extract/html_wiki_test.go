package extract_test

import (
	"strings"
	"testing"

	"github.com/cleantext/clean/extract"
)

// TestHTMLWikiHeadings: a wiki's section headings come out with the
// article, without the "[edit | edit source]" links after them, which made
// a heading's box mostly links.
func TestHTMLWikiHeadings(t *testing.T) {
	para := "<p>The regional court overturned the permit for the seven turbines on Tuesday, ruling that the office had not weighed the noise studies the residents sent.</p>\n"
	heading := func(h string) string {
		return `<div class="mw-heading mw-heading2"><h2 id="x">` + h + `</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
			`<a href="/w/index.php?action=edit&amp;section=1"><span>edit</span></a><span class="mw-editsection-divider"> | </span>` +
			`<a href="/w/index.php?action=edit&amp;section=1"><span>edit source</span></a><span class="mw-editsection-bracket">]</span></span></div>` + "\n"
	}
	page := `<html><body><div id="mw-content-text"><div class="mw-parser-output">` + para + para +
		heading("Six years of dispute") + para + para + heading("What the court found") + para + para +
		`</div></div></body></html>`
	d, err := extract.HTML("w.html", []byte(page), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, p := range d.Paragraphs {
		if p.Kept() {
			kept = append(kept, p.Text)
		}
	}
	text := strings.Join(kept, "\n")
	for _, h := range []string{"Six years of dispute", "What the court found"} {
		if !strings.Contains(text, h) {
			t.Errorf("heading %q lost:\n%s", h, text)
		}
	}
	if strings.Contains(text, "edit source") {
		t.Errorf("edit links kept:\n%s", text)
	}
}
