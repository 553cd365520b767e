package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/cleantext/clean"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// walker turns an article node into paragraphs: every block element starts
// a new paragraph, inline elements and text nodes are joined as a browser
// renders them (their own white space decides the spacing), <br> splits,
// table cells of a row are joined by " | " (empty cells are dropped), so
// that a row stays a row when the text is read again.
type walker struct {
	buf   strings.Builder // raw text of the open paragraph
	links strings.Builder // raw text of the open paragraph inside links
	kind  clean.Kind      // kind of the open paragraph
	inA   int             // depth of <a> elements
	// layout: the innermost table is a layout table (isLayoutTable): its
	// rows and cells are page columns, not data. inTable: the walk is in a
	// table and not in one of its cells. Readability renames a table it
	// takes as the article's container to a div, leaving its rows: a row
	// group or row met outside a table decides for the table it was in.
	layout, inTable bool
	paras           []rawPara
	// hasText: the open paragraph holds more than white space. sep: a
	// cell of a data table started after text of the same row, and " | "
	// goes before the cell's first text.
	hasText, sep bool
	// prune maps the elements the pre-cleaning removes to why (whole-page
	// walk only; nil for the article): their blocks are walked apart and
	// carry why, so that an inline one does not split the paragraph it
	// sits in. why is the reason of the paragraphs this walker makes.
	prune map[*html.Node]string
	why   string
	// hidden counts the open block elements the page hides (see hidden;
	// whole-page walk only).
	hidden int
	// note: the open paragraph holds a footnote's link back to the text
	// that cites it (see backLink).
	note bool
}

type rawPara struct {
	text      string
	kind      clean.Kind
	linkRunes int
	why       string // pre-cleaning reason (whole-page walk)
	hidden    bool   // inside a block the page hides (whole-page walk)
	note      bool   // a footnote: it links back to where it is cited
}

// skipTags are elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Button: true, atom.Select: true,
	atom.Option: true, atom.Input: true, atom.Textarea: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Img: true, atom.Picture: true, atom.Source: true,
	atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true,
	atom.Label: true, atom.Datalist: true, atom.Dialog: true,
}

// blockTags start and end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Tr: true, atom.Caption: true, atom.Legend: true, atom.Ul: true,
	atom.Html: true,
}

// kindOf returns the paragraph kind an element gives its text, and whether
// it sets one (generic blocks inherit the enclosing kind).
func kindOf(a atom.Atom) (clean.Kind, bool) {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return clean.KindHeading, true
	case atom.Li, atom.Dt, atom.Dd:
		return clean.KindListItem, true
	case atom.Blockquote:
		return clean.KindQuote, true
	case atom.Pre:
		return clean.KindPre, true
	case atom.Tr:
		return clean.KindTableRow, true
	case atom.Figcaption:
		return clean.KindCaption, true
	case atom.Caption:
		// A table's caption is its title, the article's: a heading.
		return clean.KindHeading, true
	}
	return clean.KindText, false
}

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if w.buf.Len() == 0 && blank(n.Data) {
			return // FoldSpaces drops white space that starts a paragraph
		}
		if !w.hasText && !foldsAway(n.Data) {
			w.hasText = true
		} else if w.sep && !foldsAway(n.Data) {
			w.buf.WriteString(" | ")
			w.sep = false
		}
		w.buf.WriteString(n.Data)
		if w.inA > 0 {
			w.links.WriteByte(' ')
			w.links.WriteString(n.Data)
		}
		return
	case html.ElementNode:
	case html.DocumentNode:
		w.children(n)
		return
	default:
		return
	}
	a := tagAtom(n) // readability renames tags without updating DataAtom
	if skipTags[a] {
		return
	}
	if w.prune != nil {
		if why, ok := w.prune[n]; ok {
			w.walkPruned(n, a, why)
			return
		}
	}
	switch {
	case a == atom.Br:
		w.flush()
	case a == atom.A && backLink(n):
		// A footnote's way back to the text ("↩"): no text of the note.
		w.note = true
	case a == atom.A:
		w.inA++
		w.children(n)
		w.inA--
	case (a == atom.Td || a == atom.Th) && !w.layout:
		w.buf.WriteByte(' ')
		w.sep = w.hasText
		w.inTable = false
		w.children(n)
		w.inTable = true
		w.buf.WriteByte(' ')
	case blockTags[a] || n.Data == "readability-embed" || a == atom.Td || a == atom.Th:
		w.flush()
		saved, savedLayout, savedIn := w.kind, w.layout, w.inTable
		switch a {
		case atom.Table:
			w.layout, w.inTable = isLayoutTable(n), true
		case atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr:
			if !w.inTable {
				w.layout, w.inTable = isLayoutTable(n), true
			}
		case atom.Td, atom.Th:
			w.inTable = false
		}
		if k, ok := kindOf(a); ok && !(w.layout && (a == atom.Tr || a == atom.Caption)) {
			w.kind = k
		}
		hid := w.prune != nil && hidden(n)
		if hid {
			w.hidden++
		}
		w.children(n)
		w.flush()
		if hid {
			w.hidden--
		}
		w.kind, w.layout, w.inTable = saved, savedLayout, savedIn
	default:
		w.children(n)
	}
}

// walkPruned walks element n (atom a), which the pre-cleaning removes for
// why, into paragraphs of its own that carry why. A block element ends the
// open paragraph first; an inline one leaves it open, so the text around it
// joins as it does in the article (its paragraphs come before that one).
func (w *walker) walkPruned(n *html.Node, a atom.Atom, why string) {
	if blockTags[a] || a == atom.Td || a == atom.Th {
		w.flush()
	}
	sub := walker{kind: w.kind, inA: w.inA, layout: w.layout, inTable: w.inTable, why: why}
	sub.walk(n)
	sub.flush()
	w.paras = append(w.paras, sub.paras...)
}

// layoutBlocks are the elements that a data table's cell does not hold but
// a page laid out with a table does (a column of the page in each cell).
var layoutBlocks = map[atom.Atom]bool{
	atom.Div: true, atom.Table: true, atom.Section: true, atom.Article: true,
	atom.Main: true, atom.Header: true, atom.Footer: true, atom.Nav: true,
	atom.Aside: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true,
}

// isLayoutTable reports a table (or a row group or row of one) used for
// page layout rather than data: one of its own cells (not those of tables
// nested in it) holds a block of layoutBlocks or two or more paragraphs. Its rows are then not table rows:
// the text in its cells is the page's prose, headings and lists, and its
// cells are blocks of their own, not parts of one line.
func isLayoutTable(table *html.Node) bool {
	var inCell func(n *html.Node, ps *int) bool
	inCell = func(n *html.Node, ps *int) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			a := tagAtom(c)
			if layoutBlocks[a] {
				return true
			}
			if a == atom.P {
				if *ps++; *ps >= 2 {
					return true
				}
			}
			if inCell(c, ps) {
				return true
			}
		}
		return false
	}
	var rows func(n *html.Node) bool
	rows = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch tagAtom(c) {
			case atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr:
				if rows(c) {
					return true
				}
			case atom.Td, atom.Th:
				ps := 0
				if inCell(c, &ps) {
					return true
				}
			}
		}
		return false
	}
	return rows(table)
}

// tagAtom is n's atom, looked up again when readability renamed the tag
// without updating DataAtom.
func tagAtom(n *html.Node) atom.Atom {
	a := n.DataAtom
	if a == 0 || a.String() != n.Data {
		a = atom.Lookup([]byte(n.Data))
	}
	return a
}

func (w *walker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// flush ends the open paragraph, keeping it unless it is blank.
func (w *walker) flush() {
	w.hasText, w.sep = false, false
	if w.buf.Len() == 0 {
		return // a footnote's number alone in its block: the note is the next one
	}
	note := w.note
	w.note = false
	t := FoldSpaces(w.buf.String())
	w.buf.Reset()
	lr := 0
	if w.links.Len() > 0 {
		lr = utf8.RuneCountInString(FoldSpaces(w.links.String()))
		w.links.Reset()
	}
	if t == "" {
		return
	}
	if lr > 0 {
		if n := utf8.RuneCountInString(t); lr > n {
			lr = n
		}
	}
	w.paras = append(w.paras, rawPara{text: t, kind: w.kind, linkRunes: lr, why: w.why, note: note, hidden: w.hidden > 0})
}

// blank reports whether s is only ASCII white space, which FoldSpaces
// folds away.
func blank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			return false
		}
	}
	return true
}

// foldsAway reports whether FoldSpaces turns s into nothing: s holds only
// white space and invisible characters.
func foldsAway(s string) bool {
	for _, r := range s {
		if !isSpace(r) && !isInvisible(r) {
			return false
		}
	}
	return true
}

// document joins the paragraphs by blank lines and returns the text with
// the paragraphs spanning it.
func (w *walker) document() (string, []clean.Paragraph) {
	if len(w.paras) == 0 {
		return "", nil
	}
	n := 0
	for _, p := range w.paras {
		n += len(p.text) + 2
	}
	var b strings.Builder
	b.Grow(n)
	ps := make([]clean.Paragraph, 0, len(w.paras))
	for i, p := range w.paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p.text)
		ps = append(ps, clean.Paragraph{Start: start, End: b.Len(), Kind: p.kind, LinkRunes: p.linkRunes})
	}
	text := b.String()
	for i := range ps {
		ps[i].Text = text[ps[i].Start:ps[i].End]
	}
	return text, ps
}

// backLinks are the texts of a footnote's link back to where it is cited.
var backLinks = [...]string{"↩", "↩\ufe0e", "↩\ufe0f", "↑", "^", "⤴", "⤴\ufe0f"}

// backLink reports a link within the page ("#fnref-1") whose only text
// is an arrow or a caret (see backLinks), in any elements: a footnote's
// link back to the text that cites it, which a reader of the clean text
// cannot follow. A link to another page keeps its text.
func backLink(n *html.Node) bool {
	if !strings.HasPrefix(attr(n, "href"), "#") {
		return false
	}
	var b [backLinkBytes]byte
	t, ok := shortText(n, b[:0])
	if !ok {
		return false
	}
	for _, l := range backLinks {
		if strings.TrimSpace(string(t)) == l {
			return true
		}
	}
	return numberedBackLink(attr(n, "href"), strings.TrimSpace(string(t)))
}

// numberedBackLink reports a footnote's number that links back to where
// the article cites it, as Substack sets it before the note ("1" to
// "#footnote-anchor-1"): a number of one to three digits, maybe in
// brackets, and a link to the citation's anchor ("#footnote-anchor-1",
// "#fnref1"). The citation's own number links the other way
// ("#footnote-1") and stays in its paragraph.
func numberedBackLink(href, t string) bool {
	t = strings.TrimSuffix(strings.TrimPrefix(t, "["), "]")
	if t == "" || len(t) > 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	h := strings.ToLower(href)
	return strings.Contains(h, "fnref") || strings.Contains(h, "fn-ref") ||
		strings.Contains(h, "footnote") && (strings.Contains(h, "anchor") || strings.Contains(h, "ref"))
}

// backLinkBytes is the most bytes of text of a backLink.
const backLinkBytes = 16

// shortText appends the text of n's descendants to dst, and reports
// whether it fits in dst's capacity.
func shortText(n *html.Node, dst []byte) ([]byte, bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if len(dst)+len(c.Data) > cap(dst) {
				return dst, false
			}
			dst = append(dst, c.Data...)
		case html.ElementNode:
			var ok bool
			if dst, ok = shortText(c, dst); !ok {
				return dst, false
			}
		}
	}
	return dst, true
}
