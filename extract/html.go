package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cleantext/clean"
	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// HTML extracts the article of an HTML page.
//
// The steps, each in its own file:
//
//   - decode (this file): the charset comes from a byte-order mark, then a
//     <meta charset> or http-equiv Content-Type declaration (searched in the
//     first 1024 bytes as the HTML standard says, then in the first 64 KiB,
//     since many pages declare it late), then a guess: UTF-8 when the bytes
//     are valid UTF-8, windows-1252 otherwise. Invalid UTF-8 in a UTF-8 page
//     is replaced by U+FFFD and counted in Document.Repaired.
//   - parse with golang.org/x/net/html; a page with more than
//     Options.MaxElements elements fails with ErrTooManyElements, and input
//     without any markup (or binary input) fails with ErrNotHTML. A page
//     whose body is empty yields a Document without paragraphs.
//   - pre-clean (html_clean.go): elements that are boilerplate by tag, ARIA
//     role, class/id token or hidden state are removed, except those that
//     hold a large share of the page's text; embedded posts are taken out
//     before readability and put back after it.
//   - go-readability (Parser.ParseDocument) picks the article node; when
//     its pick looks wrong (html_pick.go) the densest prose container of
//     the page is used instead.
//   - walk (html_walk.go): the article node becomes paragraphs, one per
//     block (heading, p, li, blockquote, pre, table row, figcaption, ...),
//     with inline elements joined as a browser would render them, <br>
//     splitting, and the runes inside links counted in LinkRunes.
//   - set aside (html_pruned.go): the whole page, walked the same way
//     before the pre-cleaning's removals, is aligned with the article's
//     paragraphs; its blocks the article left out go to Document.Pruned,
//     removed with clean.StageExtract: RulePruned (the detail says which
//     tag, role, class or id the pre-cleaning dropped it for) or
//     RuleNotArticle. Document.MergePruned puts them among the paragraphs
//     once the article is classified. Blocks readability left out from
//     between the article's paragraphs that read as the article's (a
//     subheading, a list of sentences) go back into it (see readmit).
//
// Document.Text is the article's paragraphs joined by blank lines;
// Document.Title is the page title (metadata, not a paragraph).
func HTML(id string, src []byte, opts Options) (*clean.Document, error) {
	if int64(len(src)) > opts.maxBytes() {
		return nil, fmt.Errorf("%w: %d bytes > %d", ErrTooLarge, len(src), opts.maxBytes())
	}
	text, repaired := decodeHTML(src)
	if !looksHTML(text) {
		return nil, ErrNotHTML
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil { // x/net/html only fails on reader errors
		return nil, fmt.Errorf("%w: %v", ErrNotHTML, err)
	}
	if n := countElements(root, opts.maxElements()); n > opts.maxElements() {
		return nil, fmt.Errorf("%w: more than %d", ErrTooManyElements, opts.maxElements())
	}
	d := &clean.Document{ID: id, Format: clean.FormatHTML, Repaired: repaired}
	body := findBody(root)
	if body == nil || body.FirstChild == nil {
		d.Title = FoldSpaces(headTitle(root))
		return d, nil
	}

	heads := headings(body, maxHeadlines)
	labels := headLabels(body)
	subs := subheads(body)
	prunes := preClean(root, body)
	// The whole page, walked before the pre-cleaning's removals take
	// effect, gives the blocks that the article leaves out.
	page := walker{prune: make(map[*html.Node]string, len(prunes))}
	for _, p := range prunes {
		page.prune[p.node] = p.why
	}
	page.walk(body)
	page.flush()
	removePruned(prunes)
	collapseBreaks(body)
	embeds := takeEmbeds(body)

	parser := readability.NewParser()
	parser.DisableJSONLD = false
	art, err := parser.ParseDocument(root, nil)
	var article *html.Node
	if err == nil && art.Node != nil {
		article = art.Node
		if article.Parent != nil {
			article = article.Parent // the container of every readability page
		}
	}
	d.Title = FoldSpaces(art.Title)
	if d.Title == "" {
		d.Title = FoldSpaces(headTitle(root))
	}
	d.Title = headlineOf(d.Title, heads)
	if h := kickerHeadline(d.Title, labels); h != "" {
		d.Title = h
	}
	putBackEmbeds(article, embeds)
	article = checkPick(article, body)

	var w walker
	if article != nil {
		w.walk(article)
	}
	w.flush()
	w.paras, d.Pruned, d.Standfirst = setAside(page.paras, w.paras, descriptions(root), subheadOf(subs, d.Title))
	d.Text, d.Paragraphs = w.document()
	return d, nil
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// decodeHTML returns src as UTF-8 text and the number of invalid UTF-8
// sequences replaced (UTF-8 pages only).
func decodeHTML(src []byte) (string, int) {
	enc, name, certain := charset.DetermineEncoding(src, "")
	if !certain && name == "windows-1252" || !certain && name == "utf-8" {
		// The 1024-byte prescan found nothing: look further, then guess.
		head := src
		if len(head) > 64<<10 {
			head = head[:64<<10]
		}
		if m := metaCharset.FindSubmatch(head); m != nil {
			if e, n := charset.Lookup(string(m[1])); e != nil {
				enc, name = e, n
				if strings.HasPrefix(n, "utf-16") {
					// A declaration readable as ASCII is not UTF-16: the HTML
					// standard (and the prescan) read it as UTF-8.
					enc, name = encoding.Nop, "utf-8"
				}
			}
		} else if utf8.Valid(src) {
			enc, name = encoding.Nop, "utf-8"
		}
	}
	if name == "utf-8" || enc == encoding.Nop || strings.HasPrefix(name, "utf-16") && hasBOM(src) {
		return Decode(src)
	}
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return Decode(src)
	}
	return string(out), 0
}

func hasBOM(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF)
}

// looksHTML reports whether decoded text has markup: a tag, a comment or a
// doctype in its first 64 KiB, and no NUL bytes (binary data).
func looksHTML(s string) bool {
	head := s
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	if strings.IndexByte(head, 0) >= 0 {
		return false
	}
	for i := 0; i+1 < len(head); i++ {
		if head[i] != '<' {
			continue
		}
		c := head[i+1]
		if c == '!' || c == '/' || c == '?' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// countElements counts the element nodes under n, stopping early past max.
func countElements(n *html.Node, max int) int {
	count := 0
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count <= max; c = c.NextSibling {
			if c.Type == html.ElementNode {
				count++
			}
			rec(c)
		}
	}
	rec(n)
	return count
}

func findBody(root *html.Node) *html.Node {
	return findFirst(root, atom.Body)
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

// maxHeadlines is the most <h1> texts of a page that headlineOf compares
// with its title.
const maxHeadlines = 4

// headings returns the texts of the first max <h1> elements under n, in
// document order, their spaces folded.
func headings(n *html.Node, max int) []string {
	return collect(n, atom.H1, max, func(c *html.Node, _ []string) (string, bool) {
		var b strings.Builder
		appendText(&b, c)
		return FoldSpaces(b.String()), true
	})
}

// subheads returns the texts of the <h1> headlines of the page (the
// first maxHeadlines of them) that an <h2> follows, each with the <h2>'s
// text, when that has standfirstWords words or more: the standfirst a
// page sets as a subheading under its headline, which its metadata may
// not repeat (see subheadOf).
func subheads(body *html.Node) [][2]string {
	var out [][2]string
	collect(body, atom.H1, maxHeadlines, func(c *html.Node, _ []string) (string, bool) {
		n := c.NextSibling
		for n != nil && n.Type != html.ElementNode {
			n = n.NextSibling
		}
		if n == nil || n.DataAtom != atom.H2 {
			return "", true
		}
		var b strings.Builder
		appendText(&b, n)
		sub := FoldSpaces(b.String())
		if len(strings.Fields(sub)) < standfirstWords {
			return "", true
		}
		b.Reset()
		appendText(&b, c)
		out = append(out, [2]string{FoldSpaces(b.String()), sub})
		return "", true
	})
	return out
}

// subheadOf returns the subheadings of subheads under the headline title:
// the <h2> under a site's name in its banner is its tagline.
func subheadOf(pairs [][2]string, title string) []string {
	var out []string
	for _, p := range pairs {
		if p[0] == title {
			out = append(out, p[1])
		}
	}
	return out
}

// collect returns what get gives for the elements a under n, in document
// order, up to max of them, without looking inside them; get sees what is
// collected so far, and an element it refuses (false) is left out.
func collect(n *html.Node, a atom.Atom, max int, get func(c *html.Node, out []string) (string, bool)) []string {
	var out []string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && len(out) < max; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == a {
				if t, ok := get(c, out); ok {
					out = append(out, t)
				}
				continue
			}
			visit(c)
		}
	}
	visit(n)
	return out
}

// appendText writes the text under n to b.
func appendText(b *strings.Builder, n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			appendText(b, c)
		}
	}
}

// headlineSeparators part a headline from the site's name in a page
// title: "Headline — Site", "Site | Headline".
var headlineSeparators = [...]string{" — ", " – ", " | ", " - ", " · ", " :: ", " » "}

// headlineOf returns the side of the page title t that one of the page's
// headlines (heads, the texts of its <h1> elements) is, case aside, when
// t joins it to the site's name by one of headlineSeparators
// ("Grocery store to close — The Creek Courier" and an <h1> "Grocery store
// to close"); else t. Readability takes a title's part only at some of
// these separators.
func headlineOf(t string, heads []string) string {
	for _, sep := range headlineSeparators {
		i := strings.Index(t, sep)
		if i < 0 {
			continue
		}
		j := strings.LastIndex(t, sep)
		for _, h := range heads {
			if h == "" {
				continue
			}
			if strings.EqualFold(t[:j], h) {
				return t[:j]
			}
			if strings.EqualFold(t[i+len(sep):], h) {
				return t[i+len(sep):]
			}
		}
	}
	return t
}

// kickerHeadline returns the headline of a title that joins a kicker to
// it ("Wassermangel in der Lausitz: Wenn die Pumpen verstummen, fehlt der
// Spree das Wasser", as og:title gives it) when the page sets the two
// apart, each alone in an element of its own in its header or headings
// (labels, see headLabels: a kicker's span over the headline's); else "".
// A headline of fewer than three words is kept whole.
func kickerHeadline(t string, labels []string) string {
	k := strings.Index(t, ": ")
	if k <= 0 || len(labels) < 2 || len(strings.Fields(t[k+2:])) < 3 {
		return ""
	}
	if slices.Contains(labels, t[:k]) && slices.Contains(labels, t[k+2:]) {
		return t[k+2:]
	}
	return ""
}

// maxHeadLabels is the most texts headLabels collects.
const maxHeadLabels = 32

// headLabels returns the texts, spaces folded, of the elements that hold
// one text alone inside the page's <header> elements and its <h1> and <h2>
// headings, at most maxHeadLabels of them: where a page sets a kicker
// apart from its headline.
func headLabels(body *html.Node) []string {
	var out []string
	var visit func(n *html.Node, in bool)
	visit = func(n *html.Node, in bool) {
		for c := n.FirstChild; c != nil && len(out) < maxHeadLabels; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTags[c.DataAtom] {
				continue
			}
			inside := in || c.DataAtom == atom.Header || c.DataAtom == atom.H1 || c.DataAtom == atom.H2
			if inside && c.FirstChild != nil && c.FirstChild == c.LastChild && c.FirstChild.Type == html.TextNode {
				out = append(out, FoldSpaces(c.FirstChild.Data))
				continue
			}
			visit(c, inside)
		}
	}
	visit(body, false)
	return out
}

// maxDescriptions is the most descriptions of a page that descriptions
// returns.
const maxDescriptions = 4

// descriptions returns the page's descriptions in its metadata (<meta
// name="description">, property="og:description", name="twitter:description"),
// spaces folded, without repeats: what a page gives as its standfirst.
func descriptions(root *html.Node) []string {
	head := findFirst(root, atom.Head)
	if head == nil {
		return nil
	}
	return collect(head, atom.Meta, maxDescriptions, func(c *html.Node, out []string) (string, bool) {
		var key, content string
		for _, a := range c.Attr {
			switch a.Key {
			case "name", "property":
				key = strings.ToLower(a.Val)
			case "content":
				content = a.Val
			}
		}
		if key != "description" && key != "og:description" && key != "twitter:description" {
			return "", false
		}
		t := FoldSpaces(content)
		return t, t != "" && !slices.Contains(out, t)
	})
}

func headTitle(root *html.Node) string {
	t := findFirst(root, atom.Title)
	if t == nil {
		return ""
	}
	var b strings.Builder
	appendText(&b, t)
	return b.String()
}
