package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// Rules of the removals Markdown makes itself (Stage clean.StageExtract).
const (
	// RuleMarkdownImage: a block with no text: images and links without
	// text (social icons) only, or a table row of empty cells. An image is
	// no text, as in HTML.
	RuleMarkdownImage = "markdown-image"
	// RuleMarkdownReference: a link reference definition ("[1]: https://…").
	RuleMarkdownReference = "markdown-reference"
	// RuleMarkdownHeader: the metadata a converter puts above the page
	// (YAML front matter, "Title:"/"URL Source:" lines); a title among it
	// becomes Document.Title.
	RuleMarkdownHeader = "markdown-header"
)

// Markdown extracts a document from Markdown, as the services and crawler
// libraries that turn web pages into Markdown for text pipelines save it.
// The text is decoded as Text decodes it and split into Markdown's blocks:
// an ATX ("## …") or setext (a line under "===" or "---") heading is a
// KindHeading paragraph, a list item ("* …", "- …", "1. …", with its
// indented continuation lines) KindListItem, a block quote ("> …")
// KindQuote, a table row KindTableRow (cells joined by " | ", as the HTML
// walker joins them; the "|---|" row is dropped), a line of a fenced code
// block KindPre; runs of other lines are split as Text splits a block
// (joined when hard-wrapped, else a paragraph a line). Thematic breaks and
// setext underlines are markup and give no paragraph.
//
// Paragraph.Text is the block's text without its markup: a link gives its
// text (counted in LinkRunes), an image nothing, emphasis and code marks
// are dropped and backslash escapes resolved. A block left with no text
// (images, icon links with no text) and link reference definitions are
// removed at once with StageExtract (RuleMarkdownImage,
// RuleMarkdownReference), as is a converter's metadata header
// (RuleMarkdownHeader), whose title goes to Document.Title (without the
// site's name where one of the first four headings is the title's other
// part, see headlineOf). Spans point
// into Document.Text, the decoded source, markup included.
func Markdown(id string, src []byte) *clean.Document {
	text, repaired := Decode(src)
	d := &clean.Document{ID: id, Format: clean.FormatMarkdown, Text: text, Repaired: repaired}
	m := mdSplitter{d: d, text: text}
	m.split()
	if d.Title != "" {
		// The header's title without the site's name, when a heading of
		// the page is its other side (see headlineOf).
		var heads [4]string
		n := 0
		for i := 0; i < len(d.Paragraphs) && n < len(heads); i++ {
			if p := &d.Paragraphs[i]; p.Kind == clean.KindHeading && p.Removal == nil {
				heads[n] = p.Text
				n++
			}
		}
		d.Title = headlineOf(d.Title, heads[:n])
	}
	return d
}

// mdSplitter splits a Markdown document into paragraphs.
type mdSplitter struct {
	d    *clean.Document
	text string
	// run is the start of the current run of plain lines, or -1; runEnd is
	// the end of its last line.
	run, runEnd int
	// item is the index of the last list item or quote paragraph while
	// its indented continuation lines may follow, else -1.
	item int
	// fence is the fence ("```" or "~~~") of the open code block, or "".
	fence string
}

func (m *mdSplitter) split() {
	m.run, m.item = -1, -1
	text := m.text
	header := m.header()
	for start := header; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		m.line(start, end)
		start = end + 1
	}
	m.flush()
}

// line takes in the line text[start:end].
func (m *mdSplitter) line(start, end int) {
	raw := m.text[start:end]
	s := strings.TrimLeftFunc(raw, blankRune)
	indent := len(raw) - len(s)
	s = strings.TrimRightFunc(s, blankRune)
	first := start + indent
	last := first + len(s)
	if m.fence != "" {
		if strings.HasPrefix(s, m.fence) && strings.Trim(s, m.fence[:1]) == "" {
			m.fence = ""
		} else if s != "" {
			m.add(first, last, clean.KindPre, s)
		}
		return
	}
	switch {
	case s == "":
		m.flush()
		m.item = -1
		return
	case strings.HasPrefix(s, "```") || strings.HasPrefix(s, "~~~"):
		m.flush()
		m.fence, m.item = s[:3], -1
		return
	case m.run >= 0 && setextUnder(s):
		// The run's last line is a heading.
		h := m.lastLineStart()
		m.runEnd = h - 1
		if h == m.run {
			m.run = -1
		}
		m.flush()
		hs := m.text[h:m.trimmedEnd(h)]
		m.add(h, last, clean.KindHeading, hs)
		return
	case thematicBreak(s) || setextUnder(s) || tableSeparator(s) || divFence(s):
		m.flush()
		m.item = -1
		return
	}
	if m.item >= 0 && indent >= 2 && !blockStart(s) {
		// An indented line continues the list item or quote above it.
		p := &m.d.Paragraphs[m.item]
		p.End = last
		m.setText(m.item, m.text[p.Start:p.End])
		return
	}
	m.item = -1
	if label, text, ok := footnote(s); ok {
		m.flush()
		m.add(first, last, clean.KindText, "["+label+"] "+text)
		return
	}
	kind, body, ok := blockKind(s)
	if !ok {
		if m.run < 0 {
			m.run = first
		}
		m.runEnd = last
		return
	}
	m.flush()
	if kind == clean.KindText { // a link reference definition
		m.d.Paragraphs = append(m.d.Paragraphs, clean.Paragraph{Text: FoldSpaces(s), Start: first, End: last})
		m.d.Remove(len(m.d.Paragraphs)-1, clean.Removal{Stage: clean.StageExtract, Rule: RuleMarkdownReference})
		return
	}
	m.add(first, last, kind, body)
	if kind == clean.KindListItem || kind == clean.KindQuote {
		m.item = len(m.d.Paragraphs) - 1
	}
}

// lastLineStart returns where the last line of the current run starts.
func (m *mdSplitter) lastLineStart() int {
	return max(m.run, strings.LastIndexByte(m.text[:m.runEnd], '\n')+1)
}

// trimmedEnd returns the end of the line that starts at i, trimmed.
func (m *mdSplitter) trimmedEnd(i int) int {
	e := strings.IndexByte(m.text[i:], '\n')
	if e < 0 {
		e = len(m.text) - i
	}
	return i + len(strings.TrimRightFunc(m.text[i:i+e], blankRune))
}

// flush ends the current run of plain lines: it is split as Text splits
// a block, and each paragraph's markup is taken out.
func (m *mdSplitter) flush() {
	if m.run < 0 {
		return
	}
	base := len(m.d.Paragraphs)
	m.d.Paragraphs = Split(m.text[m.run:m.runEnd], m.d.Paragraphs)
	ps := m.d.Paragraphs[base:]
	// A line that leaves a link's text open goes on in the next line: a
	// converter wrapped the text there ("the [ruling of the" over
	// "court](https://…)"), over at most linkLines lines.
	k := 0
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		for j := i; i+1 < len(ps) && i+1 < j+linkLines && openBracket(p.Text); {
			i++
			p.End, p.Text = ps[i].End, p.Text+" "+ps[i].Text
		}
		ps[k] = p
		k++
	}
	m.d.Paragraphs = m.d.Paragraphs[:base+k]
	for i := base; i < len(m.d.Paragraphs); i++ {
		p := &m.d.Paragraphs[i]
		p.Start += m.run
		p.End += m.run
		m.setText(i, p.Text) // already folded and joined by Split
	}
	m.run = -1
	m.item = -1
}

// linkLines is the most lines a link's text is taken to run over.
const linkLines = 4

// openBracket reports whether s opens more square brackets than it
// closes, escaped ones aside.
func openBracket(s string) bool {
	if strings.IndexByte(s, '[') < 0 {
		return false
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '[':
			depth++
		case ']':
			depth--
		}
	}
	return depth > 0
}

// add appends the paragraph of kind spanning text[first:last], whose text
// without the block's own mark ("## ", "* ", "> ") is s.
func (m *mdSplitter) add(first, last int, kind clean.Kind, s string) {
	m.d.Paragraphs = append(m.d.Paragraphs, clean.Paragraph{Start: first, End: last, Kind: kind})
	m.setText(len(m.d.Paragraphs)-1, s)
}

// setText sets paragraph i's text to s without its inline markup, and
// removes the paragraph when no text is left.
func (m *mdSplitter) setText(i int, s string) {
	p := &m.d.Paragraphs[i]
	if p.Kind == clean.KindListItem || p.Kind == clean.KindQuote {
		// Continuation lines carry their own indent and quote marks.
		var b strings.Builder
		for l := range strings.Lines(s) {
			l = strings.TrimLeft(l, " \t")
			if p.Kind == clean.KindQuote {
				l = strings.TrimLeft(l, "> ")
			}
			b.WriteString(l)
		}
		if b.Len() < len(s) {
			s = b.String()
		}
	}
	if p.Kind == clean.KindTableRow {
		s = tableCells(s)
	}
	t, links := inlineText(s)
	t = foldPara(t)
	if t == "" {
		p.Text = FoldSpaces(m.text[p.Start:p.End])
		if p.Kept() {
			m.d.Remove(i, clean.Removal{Stage: clean.StageExtract, Rule: RuleMarkdownImage})
		}
		return
	}
	p.Text, p.LinkRunes = t, min(links, utf8.RuneCountInString(t))
}

// headerLines is the most lines of a metadata header (see header).
const headerLines = 60

// header reads a converter's metadata above the page and returns where the
// page starts: YAML front matter ("---", "key: value" lines, a list's
// "- item" lines and indented lines under a key, "---") or "Key: value"
// lines that a "Markdown Content:" line ends, at most headerLines lines.
// Its lines are removed paragraphs; a "title" value becomes
// Document.Title.
func (m *mdSplitter) header() int {
	text := m.text
	var lines [][2]int
	end := -1
	yaml := strings.HasPrefix(text, "---\n")
	for start, n := 0, 0; start < len(text) && n < headerLines; n++ {
		e := strings.IndexByte(text[start:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += start
		}
		s := strings.TrimSpace(text[start:e])
		switch {
		case yaml && n > 0 && s == "---", !yaml && s == "Markdown Content:":
			end = e + 1
		case yaml && n == 0, s == "":
		case yaml && (strings.HasPrefix(s, "- ") || len(s) < e-start && blankRune(rune(text[start]))):
			// A YAML list's items and a value's indented lines.
		case !metaLine(s):
			return 0
		}
		if s != "" {
			lines = append(lines, [2]int{start, start + len(strings.TrimRightFunc(text[start:e], blankRune))})
		}
		if end >= 0 {
			break
		}
		start = e + 1
	}
	if end < 0 {
		return 0
	}
	for _, l := range lines {
		s := text[l[0]:l[1]]
		if k, v, ok := strings.Cut(s, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "title") && m.d.Title == "" {
			m.d.Title = FoldSpaces(strings.Trim(strings.TrimSpace(v), `"'`))
		}
		m.d.Paragraphs = append(m.d.Paragraphs, clean.Paragraph{Text: FoldSpaces(s), Start: l[0] + len(s) - len(strings.TrimLeftFunc(s, blankRune)), End: l[1]})
		m.d.Remove(len(m.d.Paragraphs)-1, clean.Removal{Stage: clean.StageExtract, Rule: RuleMarkdownHeader})
	}
	return min(end, len(text))
}

// metaLine reports whether s is a metadata line: a key of letters, digits,
// spaces, "_" and "-" (at most 30 bytes) and a colon.
func metaLine(s string) bool {
	k, _, ok := strings.Cut(s, ":")
	if !ok || k == "" || len(k) > 30 {
		return false
	}
	for _, r := range k {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != '_' && r != '-' {
			return false
		}
	}
	return true
}

// footnote parses a footnote's definition, "[^label]: text", and returns
// its label and text: a note of the article, kept as "[label] text", as
// a reference to it in the text is written "[label]" (see inline).
func footnote(s string) (label, text string, ok bool) {
	if !strings.HasPrefix(s, "[^") {
		return "", "", false
	}
	k := strings.Index(s, "]:")
	if k <= 2 || strings.ContainsAny(s[2:k], " []") {
		return "", "", false
	}
	text = strings.TrimSpace(s[k+2:])
	return s[2:k], text, text != ""
}

// blockKind tells the block a line s (trimmed) opens: a heading, list
// item, quote or table row with its text without the block's mark, or a
// link reference definition as KindText. It reports false for a plain
// line.
func blockKind(s string) (clean.Kind, string, bool) {
	switch c := s[0]; {
	case c == '#':
		n := len(s) - len(strings.TrimLeft(s, "#"))
		if n <= 6 && (n == len(s) || s[n] == ' ' || s[n] == '\t') {
			h := strings.TrimSpace(s[n:])
			// Attributes at the end go ("{#id .class}"), and so does a
			// closing sequence of #s.
			if k := strings.LastIndex(h, " {"); k >= 0 && attrEnd(h, k+1) == len(h) {
				h = strings.TrimSpace(h[:k])
			}
			if t := strings.TrimRight(h, "#"); t != h && (t == "" || t[len(t)-1] == ' ') {
				h = strings.TrimSpace(t)
			}
			return clean.KindHeading, h, true
		}
	case c == '*' || c == '-' || c == '+':
		if len(s) > 1 && (s[1] == ' ' || s[1] == '\t') {
			return clean.KindListItem, strings.TrimSpace(s[1:]), true
		}
	case c == '>':
		return clean.KindQuote, strings.TrimSpace(strings.TrimLeft(s, "> ")), true
	case c == '|':
		return clean.KindTableRow, s, true
	case c >= '0' && c <= '9':
		n := len(s) - len(strings.TrimLeft(s, "0123456789"))
		if n <= 9 && n+1 < len(s) && (s[n] == '.' || s[n] == ')') && (s[n+1] == ' ' || s[n+1] == '\t') {
			return clean.KindListItem, s, true // the number stays: it is read
		}
	case c == '[':
		if i := strings.Index(s, "]:"); i > 1 && !strings.ContainsAny(s[1:i], "[]") && i+2 < len(s) && (s[i+2] == ' ' || s[i+2] == '\t') {
			return clean.KindText, s, true
		}
	}
	return 0, "", false
}

// blockStart reports whether line s (trimmed) opens a block of its own.
func blockStart(s string) bool {
	_, _, ok := blockKind(s)
	return ok || thematicBreak(s) || tableSeparator(s)
}

// divFence reports a line that opens or closes a fenced div of pandoc's
// Markdown: three colons or more, maybe with the div's attributes
// ("::: {.infobox}", ":::").
func divFence(s string) bool {
	rest := strings.TrimLeft(s, ": ")
	return strings.HasPrefix(s, ":::") && (strings.HasPrefix(rest, "{") || !strings.Contains(rest, " "))
}

// attrEnd returns the index after the attributes that open s[i:] ("{#id
// .class key=value}", as pandoc, kramdown and other converters write after
// a heading, a link, an image or a span), or i when there are none: a
// brace, then an identifier, a class or a key=value pair first, and no
// brace or line break before the closing brace.
func attrEnd(s string, i int) int {
	if i >= len(s) || s[i] != '{' {
		return i
	}
	k := strings.IndexByte(s[i:], '}')
	if k < 0 {
		return i
	}
	in := strings.TrimSpace(strings.TrimPrefix(s[i+1:i+k], ":")) // kramdown's "{: .class}"
	if in == "" || strings.ContainsAny(in, "{\n") {
		return i
	}
	key, _, eq := strings.Cut(strings.Fields(in)[0], "=")
	if in[0] != '#' && in[0] != '.' && !(eq && key != "" && strings.Trim(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") == "") {
		return i
	}
	return i + k + 1
}

// setextUnder reports a setext heading's underline: "=" or "-" only.
func setextUnder(s string) bool {
	return len(s) >= 2 && (strings.Trim(s, "=") == "" || strings.Trim(s, "-") == "")
}

// thematicBreak reports a line of three or more "*", "-" or "_" (spaces
// between them allowed) and nothing else.
func thematicBreak(s string) bool {
	for _, c := range "*-_" {
		if t := strings.ReplaceAll(s, " ", ""); len(t) >= 3 && strings.Trim(t, string(c)) == "" {
			return true
		}
	}
	return false
}

// tableSeparator reports a table's delimiter row ("|---|:--:|").
func tableSeparator(s string) bool {
	return strings.Contains(s, "-") && strings.Contains(s, "|") && strings.Trim(s, "|-: \t") == ""
}

// tableCells returns a table row's cells joined by " | ", the empty ones
// left out. An escaped "\|" is no cell border.
func tableCells(s string) string {
	var cells []string
	cell := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && (s[i] != '|' || i > 0 && s[i-1] == '\\') {
			continue
		}
		if c := strings.TrimSpace(s[cell:i]); c != "" {
			cells = append(cells, c)
		}
		cell = i + 1
	}
	return strings.Join(cells, " | ")
}

// blankRune reports white space and invisible runes.
func blankRune(r rune) bool { return isSpace(r) || isInvisible(r) }

// inlineText returns s without its inline Markdown: links give their text,
// images nothing, emphasis ("*", "**", "_", "__", "~~") and code ("`")
// marks go, backslash escapes are resolved. It also returns the runes of
// link text.
func inlineText(s string) (string, int) {
	if !strings.ContainsAny(s, "[]!*_`~\\<") {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s))
	links := inline(&b, s)
	return b.String(), links
}

// inline writes the text of s to b (see inlineText) and returns the runes
// of link text it wrote.
func inline(b *strings.Builder, s string) int {
	links := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && asciiPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if _, next, ok := link(s, i+1); ok {
				i = next // an image: no text
				continue
			}
		case c == '[' && i+2 < len(s) && s[i+1] == '^':
			// A footnote reference, "[^2]", is written "[2]".
			if k := strings.IndexByte(s[i+2:], ']'); k > 0 && !strings.ContainsAny(s[i+2:i+2+k], " [") {
				b.WriteByte('[')
				b.WriteString(s[i+2 : i+3+k])
				i += 3 + k
				continue
			}
		case c == '[':
			if label, next, ok := link(s, i); ok {
				n := b.Len()
				inline(b, label)
				if s[i+len(label)+2] != '{' { // a span's text is no link's
					links += utf8.RuneCountInString(b.String()[n:])
				}
				i = next
				continue
			}
		case c == '<':
			// An autolink "<https://…>" or "<a@b>" keeps its address.
			if j := strings.IndexByte(s[i:], '>'); j > 1 && !strings.ContainsAny(s[i+1:i+j], " <") && strings.ContainsAny(s[i+1:i+j], ":@") {
				b.WriteString(s[i+1 : i+j])
				links += utf8.RuneCountInString(s[i+1 : i+j])
				i += j + 1
				continue
			}
		case c == '`':
			n := len(s[i:]) - len(strings.TrimLeft(s[i:], "`"))
			if j := strings.Index(s[i+n:], s[i:i+n]); j >= 0 {
				b.WriteString(strings.TrimSpace(s[i+n : i+n+j]))
				i += n + j + n
				continue
			}
		case c == '*' || c == '_' || c == '~':
			n := len(s[i:]) - len(strings.TrimLeft(s[i:], string(c)))
			if c == '~' && n < 2 || !emphasis(s, i, n) {
				b.WriteString(s[i : i+n])
			}
			i += n
			continue
		}
		b.WriteByte(c)
		i++
	}
	return links
}

// emphasis reports whether the run of n delimiter bytes at s[i] marks
// emphasis rather than being text: it touches a non-space on at least one
// side, and inside a word only "*" and "~" do ("**bold**text"), since an
// "_" there is part of the word (snake_case). A "*" between spaces
// ("2 * 3") is text.
func emphasis(s string, i, n int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+n:])
	space := func(r rune) bool { return r == utf8.RuneError || unicode.IsSpace(r) }
	edge := func(r rune) bool { return space(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) }
	bSpace, aSpace := i == 0 || space(before), i+n == len(s) || space(after)
	if bSpace && aSpace {
		return false
	}
	if i == 0 || i+n == len(s) || edge(before) || edge(after) {
		return true
	}
	return s[i] != '_'
}

// asciiPunct reports ASCII punctuation, which a backslash escapes.
func asciiPunct(c byte) bool {
	return c > ' ' && c < 0x7F && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// link parses a link at s[i] == '[': "[label](destination)",
// "[label][ref]" or "[label][]", or a span with attributes,
// "[label]{.class}" (see attrEnd). It returns the label and the index
// after the link and its attributes.
func link(s string, i int) (label string, next int, ok bool) {
	depth := 0
	j := i
	for ; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
			continue
		case '[':
			depth++
		case ']':
			depth--
		}
		if depth == 0 {
			break
		}
	}
	if j >= len(s)-1 {
		return "", 0, false
	}
	label = s[i+1 : j]
	switch s[j+1] {
	case '(':
		depth := 0
		for k := j + 1; k < len(s); k++ {
			switch s[k] {
			case '\\':
				k++
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return label, attrEnd(s, k+1), true // with its attributes, if any
				}
			}
		}
	case '[':
		if k := strings.IndexByte(s[j+2:], ']'); k >= 0 && !strings.ContainsAny(s[j+2:j+2+k], "[ ") {
			return label, j + 2 + k + 1, true
		}
	case '{':
		if k := attrEnd(s, j+1); k > j+1 {
			return label, k, true // a span: "[text]{.class}"
		}
	}
	return "", 0, false
}
