// Package clean holds the document model shared by every stage of the
// cleaner and the Pipeline that wires the stages together.
//
// Data flows one way: an extractor turns input bytes into a Document whose
// Paragraphs carry byte spans into Document.Text; stages (boilerplate
// classification, duplicate detection) only ever mark paragraphs as removed,
// with a Removal that says why; writers decide what to print. A paragraph is
// never deleted or reordered, so every decision stays explainable.
package clean

import (
	"slices"
	"strings"
	"unicode"
)

// Format is the kind of input a Document was extracted from.
type Format string

// Input formats.
const (
	FormatText     Format = "text"
	FormatHTML     Format = "html"
	FormatMarkdown Format = "markdown"
)

// Kind is the block type an extractor saw for a paragraph. Plain-text input
// yields only KindText; HTML input tells headings, list items and so on apart,
// which later stages may use as evidence.
type Kind uint8

// Paragraph kinds.
const (
	KindText     Kind = iota // a prose block or a line of plain text
	KindHeading              // <h1>..<h6>
	KindListItem             // <li>, <dt>, <dd>
	KindQuote                // <blockquote>
	KindPre                  // <pre>
	KindTableRow             // <tr>
	KindCaption              // <figcaption>, <caption>
)

var kindNames = [...]string{"text", "heading", "list-item", "quote", "pre", "table-row", "caption"}

// String returns the kind's lower-case name ("text", "heading", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Stage names used in Removal.Stage.
const (
	StageExtract     = "extract"
	StageBoilerplate = "boilerplate"
	StageDuplicate   = "duplicate"
)

// Ref names one paragraph of one document: Doc is the document's ID and Index
// the paragraph's position in Document.Paragraphs (from 0).
type Ref struct {
	Doc   string `json:"doc"`
	Index int    `json:"index"`
}

// Removal records why a paragraph was removed.
type Removal struct {
	// Stage is StageExtract (the extractor left the text out of the
	// article), StageBoilerplate or StageDuplicate.
	Stage string
	// Rule is a short stable name of the rule that fired, such as
	// "share-label" or "near-duplicate".
	Rule string
	// Detail is an optional human-readable explanation.
	Detail string
	// DupOf is the kept paragraph this one duplicates (duplicates only).
	DupOf *Ref
	// Similarity is the verified Jaccard similarity in [0,1] to DupOf
	// (duplicates only).
	Similarity float64
}

// Paragraph is one block of a document.
type Paragraph struct {
	// Text is the paragraph's text as written to the output: Unicode spaces
	// folded to ASCII spaces, runs of spaces collapsed, trimmed. Never empty.
	Text string
	// Start and End are the paragraph's byte span [Start, End) in
	// Document.Text.
	Start, End int
	// Kind is the block type the extractor saw.
	Kind Kind
	// LinkRunes is how many runes of Text sat inside links (HTML input only;
	// always 0 for plain text).
	LinkRunes int
	// Removal is nil while the paragraph is kept. A Removal is never
	// modified once set, so stages may share one value between paragraphs
	// removed for the same reason.
	Removal *Removal
	// Edits lists parts cut out of a kept paragraph (for example an image
	// file name glued to its first word). Text no longer contains them.
	Edits []Edit
}

// Edit records a part cut out of a paragraph that is otherwise kept. Start
// and End are its byte span [Start, End) in Document.Text.
type Edit struct {
	Rule       string
	Start, End int
	Cut        string // the text that was cut
}

// Kept reports whether no stage has removed the paragraph.
func (p *Paragraph) Kept() bool { return p.Removal == nil }

// Document is one input article.
type Document struct {
	// ID is the document's stable name: its path relative to the input root,
	// with forward slashes.
	ID string
	// Format is the input format the document came from.
	Format Format
	// Text is the decoded UTF-8 text that paragraph spans point into. For
	// plain text it is the input with a BOM dropped, CRLF and CR turned into
	// LF, invalid UTF-8 replaced by U+FFFD, and each region of lines set in
	// two columns side by side (text from PDF) rewritten as the left
	// column's lines, a blank line and the right column's lines: there, the
	// spans do not point into the input's lines. For HTML it is the
	// article's paragraphs joined by blank lines, and once MergePruned ran,
	// every paragraph (the article's and the pruned blocks) in document
	// order.
	Text string
	// Title is the article's title when the extractor found one (HTML). It is
	// metadata: it is not one of the Paragraphs.
	Title string
	// Standfirst is the summary under the headline when the extractor found
	// one outside the article (HTML: a block above the article whose text
	// the page's metadata gives as its description). Like Title it is
	// metadata, written with the title when the title is asked for.
	Standfirst string
	// Paragraphs are the blocks in extraction order.
	Paragraphs []Paragraph
	// Repaired counts invalid UTF-8 sequences replaced by U+FFFD on input.
	Repaired int
	// Pruned holds the blocks an extractor left out of the article (HTML:
	// what the pre-cleaning dropped and what lies outside the article
	// readability chose), each already removed with StageExtract, in
	// document order. They wait here, out of Paragraphs, so that the
	// stages that classify the article see only the article; MergePruned
	// puts them among the Paragraphs. Their Start and End are set by
	// MergePruned.
	Pruned []Pruned

	// slab holds the Removals that Remove hands out, a chunk at a time, so
	// that marking many paragraphs does not allocate once per paragraph.
	slab []Removal
}

// Pruned is a block an extractor left out of the article, waiting in
// Document.Pruned: At is the number of the article's paragraphs that come
// before it in the document.
type Pruned struct {
	At        int
	Paragraph Paragraph
}

// MergePruned moves d.Pruned into d.Paragraphs at their places in document
// order and rebuilds d.Text as every paragraph's text (for a kept one, its
// span as the extractor made it, edits included) joined by blank lines,
// moving the spans and edits to the new text. It must run after the stages
// that classify the article and before any stage that records paragraph
// indexes (duplicate detection), since it renumbers the paragraphs. It does
// nothing when d.Pruned is empty.
func (d *Document) MergePruned() {
	if len(d.Pruned) == 0 {
		return
	}
	// from returns where paragraph p's extracted text begins: an edit cuts
	// from the start of the span.
	from := func(p *Paragraph) int {
		s := p.Start
		for _, e := range p.Edits {
			s = min(s, e.Start)
		}
		return s
	}
	n := 0
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		n += p.End - from(p) + 2
	}
	for i := range d.Pruned {
		n += len(d.Pruned[i].Paragraph.Text) + 2
	}
	text := make([]byte, 0, n)
	ps := make([]Paragraph, 0, len(d.Paragraphs)+len(d.Pruned))
	k := 0
	addPruned := func(at int) {
		for ; k < len(d.Pruned) && d.Pruned[k].At <= at; k++ {
			q := d.Pruned[k].Paragraph
			if len(text) > 0 {
				text = append(text, "\n\n"...)
			}
			q.Start = len(text)
			text = append(text, q.Text...)
			q.End = len(text)
			ps = append(ps, q)
		}
	}
	for i := range d.Paragraphs {
		addPruned(i)
		p := d.Paragraphs[i]
		if len(text) > 0 {
			text = append(text, "\n\n"...)
		}
		f := from(&p)
		delta := len(text) - f
		text = append(text, d.Text[f:p.End]...)
		p.Start += delta
		p.End += delta
		if len(p.Edits) > 0 {
			p.Edits = slices.Clone(p.Edits)
			for j := range p.Edits {
				p.Edits[j].Start += delta
				p.Edits[j].End += delta
			}
		}
		ps = append(ps, p)
	}
	addPruned(len(d.Paragraphs))
	d.Text = string(text)
	d.Paragraphs, d.Pruned = ps, nil
}

// recentRemovals is how many of the latest distinct Removals Remove
// compares a new one with before storing it.
const recentRemovals = 4

// Remove marks paragraph i as removed for reason r. A paragraph that is
// already removed keeps its first reason; Remove reports whether it changed
// anything.
func (d *Document) Remove(i int, r Removal) bool {
	p := &d.Paragraphs[i]
	if p.Removal != nil {
		return false
	}
	// Neighbouring paragraphs are often removed for the same reason; they
	// share one Removal (it is never modified), which keeps the slab small.
	for k := len(d.slab) - 1; k >= max(len(d.slab)-recentRemovals, 0); k-- {
		if d.slab[k] == r {
			p.Removal = &d.slab[k]
			return true
		}
	}
	if len(d.slab) == cap(d.slab) {
		// A new chunk; earlier chunks stay where they are, so the pointers
		// already handed out stay valid.
		d.slab = make([]Removal, 0, min(max(len(d.Paragraphs)/2, 4), 64))
	}
	d.slab = append(d.slab, r)
	p.Removal = &d.slab[len(d.slab)-1]
	return true
}

// Kept returns the number of paragraphs no stage removed.
func (d *Document) Kept() int {
	n := 0
	for i := range d.Paragraphs {
		if d.Paragraphs[i].Kept() {
			n++
		}
	}
	return n
}

// CleanText returns the kept paragraphs separated by one blank line and
// ending in a newline, or "" when nothing is kept. It is what the cleaner
// writes for the document. A list item (KindListItem) is written after a
// "- " mark, unless it opens with its number ("1. ", "2) "), and so is
// any paragraph that opens with a list mark, in place of its own marks,
// however many (see ListMark: "* * 0" gives "- 0"): cleaned again as
// plain text, the line is read as the same list item.
func (d *Document) CleanText() string {
	return string(d.AppendCleanText(nil))
}

// AppendCleanText appends CleanText to dst and returns the extended slice,
// so a writer can reuse one buffer across documents.
func (d *Document) AppendCleanText(dst []byte) []byte {
	n := 0
	for i := range d.Paragraphs {
		if p := &d.Paragraphs[i]; p.Kept() {
			n += len(p.Text) + 4
		}
	}
	dst = slices.Grow(dst, n)
	start := len(dst)
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() {
			continue
		}
		if len(dst) > start {
			dst = append(dst, "\n\n"...)
		}
		if m := ListMark(p.Text); m > 0 || p.Kind == KindListItem && !numbered(p.Text) {
			// Every mark of a nested item goes: "- * 0", read back, would
			// lose its second.
			t := p.Text[m:]
			for k := ListMark(t); k > 0; k = ListMark(t) {
				t = t[k:]
			}
			dst = append(append(dst, "- "...), t...)
			continue
		}
		dst = append(dst, p.Text...)
	}
	if len(dst) > start {
		dst = append(dst, '\n')
	}
	return dst
}

// ListMark returns the length in bytes of the list mark that opens s: a
// hyphen, an asterisk or a bullet ('•') and the spaces after it, followed
// by text with a letter or a digit ("- Added: …", "• 20 km"); 0 when s
// opens with no such mark ("-5 °C", "* * *").
func ListMark(s string) int {
	n := 0
	switch {
	case s == "":
		return 0
	case s[0] == '-' || s[0] == '*':
		n = 1
	case strings.HasPrefix(s, "•"):
		n = len("•")
	default:
		return 0
	}
	m := n
	for m < len(s) && (s[m] == ' ' || s[m] == '\t') {
		m++
	}
	if m == n || strings.IndexFunc(s[m:], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return 0
	}
	return m
}

// numbered reports whether s opens with an item's number: up to three
// digits, then '.' or ')' and a space ("1. ", "12) ").
func numbered(s string) bool {
	n := 0
	for n < len(s) && n < 4 && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	return n > 0 && n < 4 && n+1 < len(s) && (s[n] == '.' || s[n] == ')') && s[n+1] == ' '
}
