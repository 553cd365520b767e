package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestMatchesBoilerplateParts: BEM and CSS-module names. The hash of a
// CSS-module name is never read; a place token in the block ("footer")
// names the component's own box, not its parts.
func TestMatchesBoilerplateParts(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"ArticleFooter_root__tH0gR", true},
		{"ArticleFooter_correction__k2ZsV", false},
		{"ArticleFooter_tags__Z3pQa", true},
		{"ArticleFooter_newsletter__mM7bP", true},
		{"SiteFooter_copy__rL3nK", false},
		{"footer", true},
		{"article-footer", true},
		{"article-footer__correction", false},
		{"article-footer__inner", true},
		{"entry-footer__tags", true},
		{"AdSlot_label__3hFfG", true}, // ad is what the component is
		{"Byline_name__a8Xk2", true},
		{"InlineRelated_link__dN2pH", true},
		{"related-cards__title", true},
		{"author-box__bio", true},
		// hashes that read as tokens
		{"ArticleBody_paragraph__xAd9k", false},
		{"ArticleBody_paragraph__Nav12", false},
		{"ArticleBody_paragraph__x7Kd2", false},
		{"KeyPoints_list__gR6sK", false},
		// not module names: all segments count
		{"story__ad", true},
		{"relatedArticles", true},
		{"story__footer", true},
		// a page builder's widgets: of text, their boxes, and the others
		{"elementor-element elementor-element-71c0d3e elementor-widget elementor-widget-text-editor", false},
		{"elementor-element elementor-widget elementor-widget-heading", false},
		{"elementor-widget elementor-widget-theme-post-content", false},
		{"elementor-widget-container", false},
		{"elementor-widget elementor-widget-share-buttons", true},
		{"elementor-widget elementor-widget-posts", true},
		{"widget widget_text", true},
		{"sidebar-widget-container", true},
		{"widget", true},
		// a name of more segments than matchesBoilerplate has room for
		// (SharePoint's control ids)
		{"ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr", false},
		{"ctl00_PlaceHolderMain_ArticleBodyContentField_RichHtmlFieldValue__x", false},
	} {
		if got := matchesBoilerplate(tc.v, false); got != tc.want {
			stem, b, e := nameParts(tc.v)
			t.Errorf("matchesBoilerplate(%q) = %v, want %v (stem %q block %q element %q)", tc.v, got, tc.want, stem, b, e)
		}
	}
}

func TestCorrectionNote(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Correction, Nov. 18: An earlier version of this article misstated the number of households.", true},
		{"CORRECTION: The council meets on Thursday, not Tuesday.", true},
		{"Clarification (May 2): The report was published by the ministry.", true},
		{"This story was updated to correct the spelling of a name. An earlier version of this story misspelled it.", true},
		{"Berichtigung: In einer früheren Fassung hieß es, der Rat tage am Dienstag.", true},
		{"Поправка: в первоначальной версии статьи была указана неверная дата.", true},
		{"Sprostowanie - w poprzedniej wersji artykułu podaliśmy błędną datę.", true},
		// article sentences that look alike
		{"Correctional officers at the prison said the riot lasted two hours.", false},
		{"Correction of the error will take the agency several months.", false},
		{"Corrections", false},
		{"The ministry issued a correction: the figure was 290,000.", false},
		{"Errata were printed in the next edition.", false},
	} {
		if got := correctionNote(tc.text); got != tc.want {
			t.Errorf("correctionNote(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCorrectionKept: a correction printed in a container the pre-cleaning
// removes (an article footer by class or tag, an aside after the article)
// stays in the article; the footer's other parts do not.
func TestCorrectionKept(t *testing.T) {
	body := `<p>The council approved the new budget on Tuesday evening after a debate that lasted more than four hours in the town hall.</p>
<p>Opponents said the plan cut too deeply into the library service, which has already lost two of its branches since 2019.</p>
<p>The mayor said the library would keep its opening hours on weekdays, and that the council would review the plan next year.</p>`
	for _, tc := range []struct{ name, page, note string }{
		{"footer class", `<html><body><article>` + body + `<div class="article-footer"><p><strong>Correction:</strong> An earlier version of this article misstated the day of the vote.</p><ul class="tags"><li><a href="/t/budget">Budget</a></li></ul></div></article></body></html>`,
			"Correction: An earlier version of this article misstated the day of the vote."},
		{"footer tag", `<html><body><article>` + body + `<footer><p><em>Correction, May 3: The vote was on Tuesday, not Monday.</em></p><div class="share">Share this</div></footer></article></body></html>`,
			"Correction, May 3: The vote was on Tuesday, not Monday."},
		{"aside after", `<html><body><main><article>` + body + `</article><aside class="correction"><p>Clarification: the plan was drafted by the finance committee.</p></aside></main></body></html>`,
			"Clarification: the plan was drafted by the finance committee."},
	} {
		d, err := HTML("c.html", []byte(tc.page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range d.Paragraphs {
			found = found || p.Text == tc.note
			if p.Text == "Budget" || p.Text == "Share this" {
				t.Errorf("%s: %q is in the article", tc.name, p.Text)
			}
		}
		if !found {
			var got []string
			for _, p := range d.Paragraphs {
				got = append(got, p.Text)
			}
			t.Errorf("%s: correction not in the article: %q", tc.name, got)
		}
	}
}

// TestPreCleanBoxes: live-region status lines, calls to action, boxes
// built around a form to fill in and lists of links within the page are
// removed; the article's text next to them, a form around the whole page,
// a headline next to a search box, footnotes and in-text links to a
// section are not.
func TestPreCleanBoxes(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The council approved the new budget on Tuesday evening after a debate that lasted more than four hours in the town hall.</p>"
	}
	article := para("One.") + para("Two.") + para("Three.")
	for _, tc := range []struct {
		name, body string
		gone, kept []string
	}{
		{"status", `<article>` + article + `<div role="status" aria-live="polite">This page is updating automatically.</div></article>`,
			[]string{"This page is updating automatically."}, nil},
		{"aria-live feed", `<article><div aria-live="polite">` + article + `</div></article>`,
			nil, []string{"One. The council"}},
		{"cta", `<article>` + article + `<div class="letters-cta"><p>Have your say. Send a letter to the editor at letters@example.com.</p></div></article>`,
			[]string{"Have your say. Send a letter to the editor at letters@example.com."}, nil},
		{"bookmark card", `<article>` + para("One.") + `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://example.org/rain"><div class="kg-bookmark-content"><div class="kg-bookmark-title">What the rain does to the sound</div><div class="kg-bookmark-description">Heavy spring storms are washing more fresh water into the shallows than at any time on record.</div></div></a></figure>` + para("Two.") + para("Three.") + `</article>`,
			[]string{"What the rain does to the sound", "Heavy spring storms"}, []string{"Two. The council"}},
		{"link preview", `<article>` + para("One.") + `<div class="entry-link-preview"><a href="https://example.org/tides"><p>Spring tides flood the harbour road twice in a week</p><p>The council says the sea wall needs raising before next winter's storms.</p></a></div>` + para("Two.") + para("Three.") + `</article>`,
			[]string{"Spring tides flood the harbour road twice in a week"}, []string{"Two. The council"}},
		{"form callout", `<article>` + article + `<div class="callout"><h2>Share your pictures</h2><p>Are you affected? You can get in touch by filling in the form below.</p><form><label>Your name<input type="text" name="n"></label><button>Send</button></form></div></article>`,
			[]string{"Share your pictures", "Are you affected? You can get in touch by filling in the form below."}, []string{"Three. The council"}},
		{"form around the page", `<form id="aspnetForm"><input type="hidden" name="vs"><article>` + article + `</article><input type="text" name="email"></form>`,
			nil, []string{"One. The council", "Two. The council"}},
		{"search by the headline", `<div class="top"><h1>Council approves the budget after a four-hour debate</h1><form><input type="text" name="search"></form></div><article>` + article + `</article>`,
			nil, []string{"Two. The council"}},
		{"key events", `<article><div class="key-events"><h2>Key events</h2><ul><li><a href="#b1">4:31pm Power cuts pass 90,000</a></li><li><a href="#b2">2:55pm Two fishermen rescued</a></li></ul><button>Show all</button></div>` + article + `</article>`,
			[]string{"Key events", "4:31pm Power cuts pass 90,000"}, []string{"One. The council"}},
		{"contents with a label", `<article>` + para("One.") + `<div class="toc"><p>Table of Contents</p><ol><li><a href="#a">1. Draughts</a></li><li><a href="#b">2. Loft</a></li></ol></div>` + para("Two.") + para("Three.") + `</article>`,
			[]string{"Table of Contents", "1. Draughts"}, []string{"Two. The council"}},
		{"footnotes", `<article>` + article + `<ol><li>The budget papers, page 212, published on the council's website in October. <a href="#r1">↩</a></li><li>Minutes of the finance committee, which met on 3 November to review the plan. <a href="#r2"><span class="arrow">↑</span></a></li><li>Our <a href="https://example.org/prices">^</a> marks a price index.</li></ol></article>`,
			// The link back to the text goes (see backLink), the note stays.
			[]string{"The budget papers, page 212, published on the council's website in October. ↩",
				"Minutes of the finance committee, which met on 3 November to review the plan. ↑"},
			[]string{"The budget papers, page 212, published on the council's website in October.",
				"Minutes of the finance committee, which met on 3 November to review the plan.", "Our ^ marks a price index."}},
		{"in-text links", `<article>` + para(`See <a href="#loft">the loft</a> and <a href="#boiler">the boiler</a>.`) + para("Two.") + `</article>`,
			nil, []string{"See the loft and the boiler. The council"}},
	} {
		d, err := HTML("b.html", []byte("<html><body>"+tc.body+"</body></html>"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		has := func(s string) bool {
			for _, p := range d.Paragraphs {
				if strings.HasPrefix(p.Text, s) {
					return true
				}
			}
			return false
		}
		for _, s := range tc.gone {
			if has(s) {
				t.Errorf("%s: %q is in the article", tc.name, s)
			}
		}
		for _, s := range tc.kept {
			if !has(s) {
				t.Errorf("%s: %q is not in the article", tc.name, s)
			}
		}
		for _, p := range d.Pruned {
			if strings.HasPrefix(p.Paragraph.Text, "Council approves") && p.Paragraph.Removal.Rule == RulePruned {
				t.Errorf("%s: the headline is pruned (%s)", tc.name, p.Paragraph.Removal.Detail)
			}
		}
	}
}

// TestShortText checks that shortText gathers the text of nested elements
// and gives up on text longer than its buffer.
func TestShortText(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<a href="#x"><span>↩</span> <b>1</b></a><a href="#y">Back to the top of the page</a>`))
	if err != nil {
		t.Fatal(err)
	}
	var links []*html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			links = append(links, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	var b [backLinkBytes]byte
	if got, ok := shortText(links[0], b[:0]); !ok || string(got) != "↩ 1" {
		t.Errorf("shortText(first) = %q, %v; want \"↩ 1\", true", got, ok)
	}
	if _, ok := shortText(links[1], b[:0]); ok {
		t.Errorf("shortText(second) fits %d bytes", backLinkBytes)
	}
}

// TestFootnotesKept: the footnotes of a post, in a container readability
// scores down ("footnotes"), come back after the article, without their
// back links; the page's footer after them does not.
func TestFootnotesKept(t *testing.T) {
	body := `<p>The council approved the new budget on Tuesday evening after a debate that lasted more than four hours.<sup id="fnref:1"><a href="#fn:1" class="footnote">1</a></sup></p>
<p>Opponents said the plan cut too deeply into the library service, which has already lost two of its branches since 2019.</p>
<p>The mayor said the library would keep its opening hours on weekdays, and that the council would review the plan next year.<sup id="fnref:2"><a href="#fn:2" class="footnote">2</a></sup></p>`
	more := `<p>Library users collected more than 2,000 signatures against the cuts in the weeks before the meeting, the petition's organisers said.</p>
<p>The finance committee will publish a first review of the spending in the autumn, before the council sets next year's tax rate.</p>
<p>Two councillors abstained, saying they had not been given enough time to read the final version of the plan.</p>`
	notes := `<div class="footnotes" role="doc-endnotes"><ol>
<li id="fn:1"><p>The debate was streamed on the council's website and watched by about 300 people. <a href="#fnref:1" class="reversefootnote">&#8617;</a></p></li>
<li id="fn:2"><p>Figures from the <a href="https://example.org/report">county's annual report</a>, published in March. <a href="#fnref:2" class="reversefootnote">&#8617;</a></p></li>
</ol></div>`
	page := `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article class="post"><h1>Budget passes</h1><div class="post-content">` +
		body + more + notes + `</div></article></main><footer><p>Copyright 2026 The Example Post. All rights reserved.</p></footer></body></html>`
	d, err := HTML("f.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(texts(d.Paragraphs), "\n")
	for _, want := range []string{
		"The debate was streamed on the council's website and watched by about 300 people.",
		"Figures from the county's annual report, published in March.",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("footnote %q not in the article:\n%s", want, all)
		}
	}
	if strings.Contains(all, "↩") || strings.Contains(all, "All rights reserved") {
		t.Errorf("back link or footer in the article:\n%s", all)
	}
}

// TestNumberedFootnotes: Substack sets a footnote's number before the
// note, a link back to the citation ("#footnote-anchor-1"), in a block of
// its own: the note after it is a footnote, put back after the article;
// the citation's own number, which links to the note ("#footnote-1"),
// marks no paragraph as a note.
func TestNumberedFootnotes(t *testing.T) {
	body := `<p>The council approved the new budget on Tuesday evening after a debate that lasted more than four hours.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a></p>
<p>Opponents said the plan cut too deeply into the library service, which has already lost two of its branches since 2019.</p>
<p>Library users collected more than 2,000 signatures against the cuts in the weeks before the meeting, the petition's organisers said.</p>
<p>The finance committee will publish a first review of the spending in the autumn, before the council sets next year's tax rate.</p>`
	notes := `<div class="subscription-widget"><p>Subscribe to get new posts.</p></div>
<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a>
<div class="footnote-content"><p>The debate was streamed on the council's website and watched by about 300 people.</p></div></div>`
	page := `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="post"><h1>Budget passes</h1><div class="body markup">` +
		body + `</div>` + notes + `</div><footer><p>Copyright 2026 The Example Post. All rights reserved.</p></footer></body></html>`
	d, err := HTML("f.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(texts(d.Paragraphs), "\n")
	if !strings.Contains(all, "The debate was streamed on the council's website and watched by about 300 people.") {
		t.Errorf("footnote not in the article:\n%s", all)
	}
	for _, c := range []struct {
		href, text string
		want       bool
	}{
		{"#footnote-anchor-1", "1", true},
		{"#fnref2", "[2]", true},
		{"#footnote-1", "1", false}, // the citation's number
		{"#footnote-anchor-1", "1a", false},
		{"#footnote-anchor-1", "2024", false},
		{"https://example.org/footnote-anchor-1", "1", false},
	} {
		if got := numberedBackLink(c.href, c.text) && strings.HasPrefix(c.href, "#"); got != c.want {
			t.Errorf("numbered back link %q %q = %v, want %v", c.href, c.text, got, c.want)
		}
	}
}

// TestHeaderLabel: the section's label in an article's header goes by its
// CSS-module or BEM name; a header's box of that name that holds the
// headline stays, and so do other parts of the header and other blocks'
// sections.
func TestHeaderLabel(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"ArticleHeader_section__oP4sK", true},
		{"article-header__category", true},
		{"story-header__topic--big", true},
		{"ArticleHeader_title__k2ZsV", false},
		{"ArticleHeader_dek__x7Kd2", false},
		{"ArticleBody_section__xAd9k", false},
		{"header", false},
	} {
		if got := headerLabel(tc.v); got != tc.want {
			t.Errorf("headerLabel(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
	// Readability leaves the header out of the article either way (the
	// headline is its title): what tells is the reason.
	prose := strings.Repeat("The regulators voted three to two to close the plant, which burns coal from the basin. ", 3)
	for _, tc := range []struct {
		header string
		pruned bool // the label pruned by its class
	}{
		{`<a class="ArticleHeader_section__oP4sK" href="/environment">Environment</a><h1>Regulators approve plan to retire the coal plant</h1>`, true},
		{`<div class="ArticleHeader_section__oP4sK"><a href="/environment">Environment</a><h1>Coal plant to close</h1></div>`, false},
		{`<div class="ArticleHeader_section__oP4sK"><a href="/environment">Environment, climate and the energy transition</a></div><h1>Regulators approve plan to retire the coal plant</h1>`, false},
	} {
		page := `<html><head><title>t</title></head><body><article><header>` + tc.header + `</header><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
		d, err := HTML("p.html", []byte(page), Options{})
		if err != nil {
			t.Fatal(err)
		}
		byClass := false
		for _, p := range d.Pruned {
			r := p.Paragraph.Removal
			if strings.Contains(r.Detail, "ArticleHeader") {
				byClass = true
				if !strings.HasPrefix(p.Paragraph.Text, "Environment") {
					t.Errorf("%s: %q pruned by its class", tc.header, p.Paragraph.Text)
				}
			}
		}
		if byClass != tc.pruned {
			t.Errorf("%s: the label pruned by its class %v, want %v", tc.header, byClass, tc.pruned)
		}
	}
}
