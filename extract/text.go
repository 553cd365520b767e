package extract

import (
	"bytes"
	"io"
	"math/bits"
	"mime/quotedprintable"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/cleantext/clean"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Text splits plain text into a Document. The input may carry a UTF-8 or
// UTF-16 byte-order mark, CRLF or CR line ends and invalid UTF-8 (replaced by
// U+FFFD and counted in Document.Repaired); Document.Text is the decoded text
// that spans point into. Where lines show two columns side by side (text
// converted from PDF with pdftotext -layout, a text browser's dump of a page
// in two columns), Document.Text is that text with each such region
// rewritten as its left column's lines, a blank line and its right column's
// lines (see decolumn), so the spans point into the rewritten text.
//
// Paragraphs are separated by blank lines (lines of only white space). A block
// of several lines is one paragraph when it looks hard-wrapped (prose broken
// at a fixed width) or cut at its links (each element's text on a line of
// its own, see blocks.flush), and one paragraph per line otherwise, since scrapers
// commonly save one block per line. Where the lines of the whole text show
// a fixed width, the lines that continue one another are joined even with
// no blank line between paragraphs (see rewrap). A joined line that ends
// in a hyphen after a letter joins a next line in lower case without a
// space (see foldPara). Paragraph.Text has Unicode spaces folded
// to ASCII spaces, runs collapsed, zero-width characters and soft hyphens
// dropped, and is never empty.
//
// Text keeps src: unless src needs decoding, Document.Text and the paragraph
// texts share its memory, so the caller must not modify src afterwards.
func Text(id string, src []byte) *clean.Document {
	src = dropBOM(src)
	// Most input is valid UTF-8 without CR: split it as it is, in one pass
	// that also checks it, and repair it only when that pass gives up.
	text, repaired := unsafe.String(unsafe.SliceData(src), len(src)), 0
	none := []clean.Paragraph{} // not nil, as it always was
	paras, ok := split(text, none, true)
	if !ok {
		text, repaired = repair(src)
		paras, _ = split(text, none, false)
	}
	if foldedSpaces(paras) >= minColumnRows {
		if t, ok := decolumn(text); ok {
			text = t
			paras, _ = split(text, none, false)
		}
	}
	if t, ok := decodeQuotedPrintable(text); ok {
		text = t
		paras, _ = split(text, none, false)
	}
	return &clean.Document{ID: id, Format: clean.FormatText, Text: text, Paragraphs: paras, Repaired: repaired}
}

// mimeBoundary returns the boundary a message's Content-Type header gives
// its parts (boundary="…" or boundary=…), or "".
func mimeBoundary(head string) string {
	k := strings.Index(head, "boundary=")
	if k < 0 {
		return ""
	}
	v := head[k+len("boundary="):]
	if strings.HasPrefix(v, `"`) {
		if e := strings.IndexByte(v[1:], '"'); e > 0 {
			return v[1 : 1+e]
		}
		return ""
	}
	if e := strings.IndexAny(v, " ;\n"); e >= 0 {
		v = v[:e]
	}
	return v
}

// qpHead is how many leading bytes decodeQuotedPrintable looks at for the
// header of a part in quoted-printable.
const qpHead = 16 << 10

// decodeQuotedPrintable decodes the first part of a raw e-mail saved as
// text whose header says "Content-Transfer-Encoding: quoted-printable"
// (within the first qpHead bytes): from the blank line after that header
// to the part's boundary ("--…") or the end. The message's headers and the
// other parts stay as they are; soft line breaks ("=" at a line's end)
// join the lines they cut, "=20" and "=E2=80=99" become their bytes. It
// reports false, and text is kept, when there is no such part or it does
// not decode. The report's spans then point into the decoded text, as
// they do into a page read in columns (see decolumn).
func decodeQuotedPrintable(text string) (string, bool) {
	head := text[:min(len(text), qpHead)]
	k := strings.Index(head, "quoted-printable")
	if k < 0 {
		return text, false
	}
	line := head[strings.LastIndexByte(head[:k], '\n')+1:]
	if !strings.HasPrefix(strings.ToLower(line), "content-transfer-encoding:") {
		return text, false
	}
	blank := strings.Index(text[k:], "\n\n")
	if blank < 0 {
		return text, false
	}
	start := k + blank + 2
	end := len(text)
	if b := mimeBoundary(head); b != "" {
		if i := strings.Index(text[start:], "\n--"+b); i >= 0 {
			end = start + i + 1
		}
	}
	var out strings.Builder
	if _, err := io.Copy(&out, quotedprintable.NewReader(strings.NewReader(text[start:end]))); err != nil {
		return text, false
	}
	decoded := out.String()
	if !utf8.ValidString(decoded) {
		return text, false
	}
	return text[:start] + decoded + text[end:], true
}

// Decode returns src as valid UTF-8 text with a byte-order mark removed
// (UTF-16 input is transcoded), CRLF and lone CR turned into LF, and invalid
// sequences replaced by U+FFFD; the second result counts the replacements.
func Decode(src []byte) (string, int) {
	src = dropBOM(src)
	// Fast path: valid UTF-8 without CR needs one copy and nothing else.
	if bytes.IndexByte(src, '\r') < 0 && utf8.Valid(src) {
		return string(src), 0
	}
	return repair(src)
}

// dropBOM returns src without a UTF-8 byte-order mark, or transcoded from
// UTF-16 when it starts with a UTF-16 one.
func dropBOM(src []byte) []byte {
	switch {
	case len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF:
		return src[3:]
	case len(src) >= 2 && (src[0] == 0xFF && src[1] == 0xFE || src[0] == 0xFE && src[1] == 0xFF):
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()
		if out, err := dec.Bytes(src); err == nil {
			return out
		}
	}
	return src
}

// repair returns src with CRLF and lone CR turned into LF and invalid
// sequences replaced by U+FFFD, and the number of replacements.
func repair(src []byte) (string, int) {
	var b strings.Builder
	b.Grow(len(src))
	repaired := 0
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				b.WriteByte('\n')
				if i+1 < len(src) && src[i+1] == '\n' {
					i++
				}
			} else {
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			b.WriteRune(utf8.RuneError)
			repaired++
			i++
			continue
		}
		b.Write(src[i : i+n])
		i += n
	}
	return b.String(), repaired
}

// Split appends the paragraphs of decoded text to dst and returns it; see
// Text for the rules.
func Split(text string, dst []clean.Paragraph) []clean.Paragraph {
	dst, _ = split(text, dst, false)
	return dst
}

// split is Split: it finds the paragraphs as spans, then appends them to
// dst (growing it once, to the size needed).
func split(text string, dst []clean.Paragraph, strict bool) ([]clean.Paragraph, bool) {
	buf := spanPool.Get().(*[]span)
	at := len(dst)
	spans, ok := scan(text, (*buf)[:0], strict)
	if ok {
		dst = slices.Grow(dst, len(spans))
		folded := false // a span was folded: it may be a row laid out with spaces
		for _, s := range spans {
			folded = folded || s.fold
			if t := text[s.first:s.last]; !s.fold && t[0] != '-' && t[0] != '*' && t[0] != 0xE2 {
				dst = push(dst, t, s.first, s.last) // most lines: their text as it is
			} else {
				dst = pushSpan(dst, text, s)
			}
		}
		dst = rewrap(text, dst, at)
		dropLinkMarks(text, dst, at)
		dropLinkURLs(text, dst, at)
		if folded {
			dst = spaceRows(text, dst, at)
		}
	}
	*buf = spans[:0]
	spanPool.Put(buf)
	return dst, ok
}

// pushSpan appends the paragraph of span s of text to dst: a table's row,
// a list item, or its text folded (see FoldSpaces).
func pushSpan(dst []clean.Paragraph, text string, s span) []clean.Paragraph {
	t := text[s.first:s.last]
	row := false
	if s.fold || t[0] == 0xE2 { // "│" is E2 94 82
		if r, ok := tabRow(boxCells(t)); ok {
			t, row = r, true
		} else if s.fold {
			t = foldPara(t)
		}
	}
	dst = push(dst, t, s.first, s.last)
	if row {
		dst[len(dst)-1].Kind = clean.KindTableRow
	}
	if c := t[0]; !row && (c == '-' || c == '*' || c == 0xE2) {
		listItem(&dst[len(dst)-1]) // a row is no list item: "*\r0\t1" is cells
		if c == 0xE2 && boxBorder(t) {
			dst[len(dst)-1].Kind = clean.KindTableRow
		}
	}
	return dst
}

// maxCellWords is the most words of a cell of a table row saved with
// tabs between its cells (see tabRow).
const maxCellWords = 10

// tabRow returns line s, a table row saved with tabs between its
// cells ("Adult social care\t£142.3m\t£151.6m"), as its cells with their
// spaces folded, empty ones dropped, joined by " | " as the HTML and
// Markdown extractors join a row's cells, and true. It returns s and
// false for a line of several lines, with fewer than two cells, or with
// a cell of more than maxCellWords words: a tab inside a sentence is
// white space, not a cell's end. A line that opens with a list mark
// ("•\tFirst point", see clean.ListMark) is a list item, not a row.
func tabRow(s string) (string, bool) {
	if strings.IndexByte(s, '\t') < 0 || strings.IndexByte(s, '\n') >= 0 || clean.ListMark(s) > 0 {
		return s, false // "•\tFirst point" is a list item
	}
	var b strings.Builder
	cells := 0
	for c := range strings.SplitSeq(s, "\t") {
		c = FoldSpaces(c)
		if c == "" {
			continue
		}
		if cells == 0 && (c == "-" || c == "*" || c == "•") {
			return s, false // a list mark, then odd white space ("*\v\t0")
		}
		if strings.Count(c, " ") >= maxCellWords { // c is folded: words are its spaces + 1
			return s, false
		}
		if cells > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(c)
		cells++
	}
	if cells < 2 {
		return s, false
	}
	return b.String(), true
}

// boxCells returns line s, a table row a text browser drew with box
// characters between its cells ("│ Pos │ Name │ Time │", as w3m, links and
// elinks draw one), with tabs for the box's rules, so that tabRow reads
// it as a row; any other s it returns as it is. A box of one cell (a
// sidebar's frame, "│ Read also │") gives one cell, which is no row.
func boxCells(s string) string {
	t := strings.TrimLeft(s, " ")
	if !strings.HasPrefix(t, "│") && !strings.HasPrefix(t, "┃") && !strings.HasPrefix(t, "║") {
		return s
	}
	return boxRules.Replace(t)
}

// boxBorder reports a line of a box's border between a table's rows, as
// a text browser draws it: box characters alone ("├────┼────┤"), with a
// corner or a junction among them. A rule alone ("────") is a
// separator, not a table's.
func boxBorder(s string) bool {
	junction := false
	for _, r := range s {
		switch {
		case r == ' ':
		case r < 0x2500 || r > 0x257F:
			return false
		case r != '─' && r != '━' && r != '═':
			junction = true
		}
	}
	return junction
}

// boxRules turns the box characters between cells into tabs.
var boxRules = strings.NewReplacer("│", "\t", "┃", "\t", "║", "\t")

// span is a paragraph of the text: text[first:last], which needs
// FoldSpaces if fold is set.
type span struct {
	first, last int
	fold        bool
}

// spanPool holds the span buffers of split.
var spanPool = sync.Pool{New: func() any { return new([]span) }}

// scan appends the paragraphs of text to dst, in one pass over text (see
// lineRest). With strict set it stops at the first CR or invalid UTF-8 and
// reports false: such text has to be repaired first.
func scan(text string, dst []span, strict bool) ([]span, bool) {
	b := blocks{text: text, at: len(dst), wrapped: true}
	for i := 0; ; i++ {
		// A line starts at i.
		start := i
		if i == len(text) || text[i] <= ' ' || text[i] >= utf8.RuneSelf {
			var ok bool
			if i, ok = skipBlank(text, i, strict); !ok {
				return dst, false
			}
			if i == len(text) || text[i] == '\n' {
				dst = b.flush(dst) // a blank line
				if i == len(text) {
					return dst, true
				}
				continue
			}
		}
		first := i
		var dirty, ok bool
		if i, dirty, ok = lineRest(text, i, strict); !ok {
			return dst, false
		}
		last := i
		if c := text[i-1]; c <= ' ' || c >= utf8.RuneSelf {
			last = trimEnd(text, first, i)
		}
		dst = b.line(dst, start, i, first, last, dirty)
		if i == len(text) {
			return b.flush(dst), true
		}
	}
}

// lineRest returns the end of the line that goes on at text[i] (its line
// feed or the end of text) and whether FoldSpaces may change it (dirty).
// With strict set it stops at the first CR or invalid UTF-8 and reports
// false. Words of 8 bytes of printable ASCII are classified at once, and
// so are the printable bytes of a word before its first other byte; any
// other byte (non-ASCII, control, or one of the last 7 bytes of text) is
// taken one rune at a time.
func lineRest(text string, i int, strict bool) (_ int, dirty, ok bool) {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	// The rest of the line, up to its line feed. The top bits of dirtyBits
	// are set at white space but ' ', at double spaces and at invisible
	// runes: where FoldSpaces may change the line. Masks mark bytes by
	// their top bit, and their other bits do not count; prevSp marks a ' '
	// just before i.
	var dirtyBits, prevSp uint64
line:
	for i < len(text) {
		for i+8 <= len(text) {
			x := load64(text, i)
			// stop marks the bytes that are not printable ASCII (below
			// 0x20 or from 0x80), exactly up to the first of them: below
			// it nothing borrows. sp marks the spaces among the bytes
			// before it, where nothing carries either.
			stop, sp := ((x-0x20*lo)|x)&hi, ^(x + 0x5F*lo)
			if stop == 0 {
				dirtyBits |= sp & (sp<<8 | prevSp)
				prevSp = sp >> 56
				i += 8
				continue
			}
			sp &= stop&-stop - 1
			dirtyBits |= sp & (sp<<8 | prevSp)
			// The byte at stop is no space: a space before it starts
			// no double space.
			prevSp = 0
			i += bits.TrailingZeros64(stop) >> 3
			break
		}
		if i == len(text) {
			break
		}
		// One rune that the word scan does not take.
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				break line
			case c == ' ':
				dirtyBits |= prevSp
				prevSp = 0x80
			case c == '\r' && strict:
				return i, false, false
			case special[c]:
				dirtyBits = hi
			default:
				prevSp = 0
			}
			i++
			continue
		}
		// Non-ASCII runes, up to the next ASCII byte.
		prevSp = 0
		for i < len(text) && text[i] >= utf8.RuneSelf {
			c := text[i]
			if c >= 0xC3 && c <= 0xDF {
				// Runs of two-byte letters (Cyrillic, Greek, accented
				// Latin) are skipped eight bytes at a time.
				for i+8 <= len(text) && fourPlainPairs(load64(text, i)) {
					i += 8
				}
				if i+1 < len(text) && text[i]-0xC3 <= 0xDF-0xC3 && text[i+1]&0xC0 == 0x80 {
					i += 2 // as plainRuneLen, inline
					continue
				}
				if i == len(text) || text[i] < utf8.RuneSelf {
					break
				}
			}
			if c = text[i]; c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2]-0x90 <= 0xA7-0x90 {
				i += 3 // U+2010-U+2027, quotes and dashes: as plainRuneLen, inline
				continue
			}
			if n := plainRuneLen(text, i); n > 0 {
				i += n
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == utf8.RuneError && n == 1 && strict:
				return i, false, false
			case isSpace(r) || isInvisible(r):
				dirtyBits = hi
			}
			i += n
		}
	}
	return i, dirtyBits&hi != 0, true
}

// load64 returns the 8 bytes of s at i as a little-endian number (see
// le64), with no bounds check: i+8 <= len(s).
func load64(s string, i int) uint64 {
	w := (*[8]byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i))
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// le64 returns the first 8 bytes of w as a little-endian number, so that
// byte j of w is bits 8j to 8j+7 of it.
func le64(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// printable sets the top bit of each byte of x that is printable ASCII or
// ' ' (0x20-0x7F) where all bytes are; the result is the constant with the
// top bit of every byte set iff all are. It is exact for that test: a carry
// comes only out of a byte that fails.
func printable(x uint64) uint64 {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	return (x + 0x60*lo) &^ x & hi
}

// skipBlank returns the index of the first byte from i on that is neither
// white space but '\n' nor part of an invisible rune. With strict set, it
// reports false if it passes a CR or invalid UTF-8 on the way.
func skipBlank(text string, i int, strict bool) (int, bool) {
	for i < len(text) {
		c := text[i]
		n := 1
		if c < utf8.RuneSelf {
			if c == '\r' && strict {
				return i, false
			}
			if c == '\n' || c != ' ' && !special[c] {
				break
			}
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && n == 1 && strict {
				return i, false
			}
			if !isSpace(r) && !isInvisible(r) {
				break
			}
		}
		i += n
	}
	return i, true
}

// trimEnd returns end moved back over the white space and invisible runes
// that end text[first:end].
func trimEnd(text string, first, end int) int {
	for end > first {
		n := 1
		if c := text[end-1]; c < utf8.RuneSelf {
			if c != ' ' && !special[c] {
				break
			}
		} else {
			var r rune
			r, n = utf8.DecodeLastRuneInString(text[first:end])
			if !isSpace(r) && !isInvisible(r) {
				break
			}
		}
		end -= n
	}
	return end
}

// blocks gathers the lines of the current block of text (the lines since
// the last blank one) as paragraphs of dst[at:], one a line, and joins them
// into one when the block ends if it looks hard-wrapped. Its methods take
// dst and return it appended to.
type blocks struct {
	text  string
	at    int // index in dst of the block's first paragraph
	lines int // lines in the block
	// prevStart and prevEnd span the block's last line.
	prevStart, prevEnd int
	// wrapped reports whether every line of the block but the last is 30 to
	// 100 runes long; open counts those that do not end a sentence, and
	// longest is the runes of the longest of them. reach is the least, over
	// those lines, of a line's runes with the next line's first word on it
	// (see fitSlack).
	wrapped bool
	open    int
	longest int
	reach   int
	// inline: a line after the first opens as the rest of the sentence
	// above it, as the text after a link does where a parser put each
	// element's text on a line of its own (see inlineLine); stop: a line
	// but the last ends other than in the middle of a phrase.
	inline, stop bool
	lead         int // bytes of white space before the block's first line
}

// line takes in the line text[start:end] that is not blank: trimmed, it
// is text[first:last]; unless dirty, it folds to itself.
func (b *blocks) line(dst []span, start, end, first, last int, dirty bool) []span {
	if b.lines == 0 {
		b.lead = first - start
	} else if b.lines < inlineLines && !b.stop {
		// Only a short block may be one cut at its links: a text saved
		// a line per block is one long block.
		b.stop = !midPhrase(b.text[b.prevStart:b.prevEnd])
		b.inline = b.inline || !b.stop && inlineLine(b.text[start:last], first-start, b.lead)
	}
	if b.lines > 0 && b.wrapped {
		n, open := wrapLine(b.text[b.prevStart:b.prevEnd])
		b.wrapped = n > 0
		b.longest = max(b.longest, n)
		if r := n + 1 + firstWord(b.text[first:last]); b.lines == 1 || r < b.reach {
			b.reach = r
		}
		if open {
			b.open++
		}
	}
	b.lines++
	b.prevStart, b.prevEnd = start, end
	return append(dst, span{first, last, dirty})
}

// flush ends the block: its lines become one paragraph when there are
// several (but for a heading's underline, see underline), all but the last 30 to 100 runes long, at least half of those
// do not end a sentence, the last is no longer than the longest of them by
// more than wrapSlack runes (see lastFits), each of them broke where
// the next line's first word would not have fitted (see fitSlack), and,
// of two lines, the first is wideLine runes long or the second may end a
// paragraph (see wrapEnd).
//
// The lines of a block of at most inlineLines lines are one paragraph
// too when a line after the first opens as the rest of the sentence above
// it (see inlineLine), every line but the last ends in the middle of a
// phrase (see midPhrase), and the last ends a sentence: a parser that puts
// each element's text on a line of its own ("get text" with a newline
// between elements) cuts a paragraph at each of its links ("sagte sie in
// einer", "Pressekonferenz", " im Rathaus.").
func (b *blocks) flush(dst []span) []span {
	switch {
	case b.lines > 1 && underline(b.text[b.prevStart:b.prevEnd]):
		// A heading's underline ("Title\n=====", as pandoc and Markdown
		// write one) is markup, no paragraph, as in Markdown (see
		// setextUnder); the lines above it stay lines.
		dst = dst[:len(dst)-1]
	case b.lines > 1 && b.wrapped && 2*b.open >= b.lines-1 && lastFits(b.text[b.prevStart:b.prevEnd], b.longest) && b.reach+fitSlack > b.longest &&
		(b.lines > 2 || b.longest >= wideLine || wrapEnd(b.text[b.prevStart:b.prevEnd])) && !sameLabel(b.text, dst[b.at:]),
		b.lines > 1 && b.lines <= inlineLines && b.inline && !b.stop && endsSentence(b.text[b.prevStart:b.prevEnd]):
		dst = append(dst[:b.at], span{dst[b.at].first, dst[len(dst)-1].last, true})
	}
	b.at, b.lines, b.wrapped, b.open, b.longest = len(dst), 0, true, 0, 0
	b.inline, b.stop = false, false
	return dst
}

// sameLabel reports whether the lines ls of text open with the same label
// before a colon ("អានបន្ថែម៖ <headline>" twice, "Read more: <headline>"
// twice): they are items of a list, not a paragraph wrapped over lines.
// In a script written without spaces between words (Khmer, Thai) the fit
// of a line's first word shows no width, and a label alone sets such
// lines apart.
func sameLabel(text string, ls []span) bool {
	label := func(s span) string {
		t := strings.TrimLeftFunc(text[s.first:s.last], func(r rune) bool { return isSpace(r) || isInvisible(r) })
		if k := strings.IndexAny(t[:min(len(t), maxLabelBytes)], ":：៖"); k > 0 {
			return t[:k]
		}
		return ""
	}
	first := label(ls[0])
	if first == "" {
		return false
	}
	for _, s := range ls[1:] {
		if label(s) != first {
			return false
		}
	}
	return true
}

// maxLabelBytes is the longest label before a colon that sameLabel reads.
const maxLabelBytes = 48

// wrapEnd reports whether line s, the second and last of a block whose
// first line is shorter than wideLine runes, can end a paragraph wrapped
// over two lines: it ends a sentence or opens in lower case. One line
// shows no width: "Jane Doe in Paris and John Roe in London" over
// "Updated 7:52 p.m. ET" are two lines.
func wrapEnd(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	return endsSentence(s) || unicode.IsLower(r)
}

// wideLine is the fewest runes of a line that fills the width of text
// hard-wrapped as most tools wrap it (60 to 80 columns; see wrapEnd).
const wideLine = 60

// underline reports whether line s is a heading's underline: at least
// three '=' or three '-' and nothing else but white space around them.
func underline(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 3 && setextUnder(s)
}

// inlineLines is the most lines of a block that a parser cut at its
// inline elements (see flush).
const inlineLines = 6

// inlineLine reports whether line s (from its start, with lead bytes of
// white space) opens as the rest of a sentence: with a comma, a full
// stop, a semicolon or a colon, or after more white space than the block's first line has (top
// bytes) with a letter in lower case or a closing mark (" im Rathaus.",
// ". Ein Sprecher sagte"). White space that every line has is the block's
// indent (a teletext page's first column).
func inlineLine(s string, lead, top int) bool {
	t := s[lead:]
	if t == "" {
		return false
	}
	switch t[0] {
	case ',', '.', ';', ':':
		return true
	}
	if lead <= top {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r) || r == ')' || r == '»' || r == '“' || r == '”'
}

// midPhrase reports whether line s ends in the middle of a phrase: with a
// letter, a figure or a comma.
func midPhrase(s string) bool {
	s = strings.TrimRight(s, " \t")
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ','
}

// endsSentence reports whether line s ends a sentence: with a full stop,
// a question or exclamation mark or an ellipsis, maybe inside closing
// quotation marks or a bracket.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'“”‘’»«)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？", r)
}

// wrapSlack is how many runes the last line of hard-wrapped prose may be
// longer than the longest line above it: a line breaks where the next
// word would not fit, so a line may fall short of the width by a word.
const wrapSlack = 15

// fitSlack is how many runes short of the widest line of a block a line
// with the next line's first word on it may still fall: a line of
// hard-wrapped prose broke because that word would not fit the width, but
// a proportional font (text from PDF) fits more narrow letters on some
// lines than on others. A headline over a byline and a date ("Authors:
// …", "Publish date: …") falls further short: the date's first word would
// have fitted after the byline.
const fitSlack = 6

// firstWord returns the runes of the first word of line s, which opens
// with no white space: up to its first white space (see isSpace).
func firstWord(s string) int {
	if i := strings.IndexFunc(s, isSpace); i >= 0 {
		s = s[:i]
	}
	return utf8.RuneCountInString(s)
}

// lastFits reports whether the last line of a block fits the width of
// the lines above it, the longest of which has longest runes: a headline
// over a standfirst, or a label over a sentence, is no wrapped paragraph,
// since the longer line after it would have taken its first word.
func lastFits(last string, longest int) bool {
	return utf8.RuneCountInString(strings.TrimSpace(last)) <= longest+wrapSlack
}

// wrapLine returns the runes of a line of a block (without the white
// space around) when it may belong to hard-wrapped prose (30 to 100
// runes), else 0, and whether it does not end a sentence.
func wrapLine(s string) (n int, open bool) {
	s = strings.TrimSpace(s)
	if strings.IndexByte(s, '\t') >= 0 {
		return 0, false // a table's row (see tabRow)
	}
	if n = utf8.RuneCountInString(s); n < 30 || n > 100 {
		return 0, false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return n, !strings.ContainsRune(".!?:;\"”'’)", r)
}

// push appends the paragraph {Text: t, Start: start, End: end} to dst, like
// append but storing only the fields it sets.
func push(dst []clean.Paragraph, t string, start, end int) []clean.Paragraph {
	n := len(dst)
	if n < cap(dst) {
		dst = dst[:n+1]
		if p := &dst[n]; p.Kind != 0 || p.LinkRunes != 0 || p.Removal != nil || p.Edits != nil {
			*p = clean.Paragraph{}
		}
	} else {
		dst = append(dst, clean.Paragraph{})
	}
	p := &dst[n]
	p.Text, p.Start, p.End = t, start, end
	return dst
}

// listItem makes p a list item (clean.KindListItem) when its text opens
// with a list mark (see clean.ListMark), which its text then goes without,
// as in Markdown; the span keeps it. The cleaner writes a kept list item
// after such a mark, so a list it keeps is read as a list when its output
// is cleaned again.
func listItem(p *clean.Paragraph) {
	if n := clean.ListMark(p.Text); n > 0 {
		p.Kind, p.Text = clean.KindListItem, p.Text[n:]
	}
}

// isSpace reports white space, including no-break and other Unicode spaces.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
	}
	switch {
	case r == 0x85 || r == 0xA0 || r == 0x1680 || r == 0x3000:
		return true
	case r < 0x2000 || r > 0x205F:
		return false
	}
	// U+2000-200A spaces, U+200B zero-width space, line and paragraph
	// separators, narrow no-break and medium mathematical spaces.
	return r <= 0x200B || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F
}

// isInvisible reports characters dropped from paragraph text: zero-width
// no-break space (a stray BOM), word joiner and soft hyphen.
func isInvisible(r rune) bool {
	return r == '\uFEFF' || r == '\u2060' || r == '\u00AD'
}

// FoldSpaces returns s with every run of white space (Unicode spaces, tabs,
// line breaks) turned into one ASCII space, zero-width characters and soft
// hyphens dropped, and the ends trimmed. It returns s itself when nothing
// changes.
func FoldSpaces(s string) string {
	if foldable(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isSpace(r):
			pending = b.Len() > 0
		case isInvisible(r):
		default:
			if pending {
				b.WriteByte(' ')
				pending = false
			}
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// special marks the ASCII bytes that FoldSpaces may have to change: white
// space other than ' '. Bytes of multi-byte runes are checked rune by rune.
var special = func() (t [256]bool) {
	for _, c := range "\t\n\v\f\r" {
		t[c] = true
	}
	return t
}()

// foldable reports whether FoldSpaces(s) == s, cheaply: no ASCII white
// space but ' ', no Unicode space or invisible rune, no double spaces, no
// space at either end. Plain printable ASCII is checked 8 bytes at a time.
func foldable(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	const lo, hi, low7 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	prevSpace := false
	i := 0
	for i < len(s) {
		if i+8 <= len(s) {
			_ = s[i+7]
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			// No byte below 0x20 and none at or above 0x80.
			if (x-0x20*lo)&^x&hi == 0 && x&hi == 0 {
				// sp has the high bit of every byte that is ' ' (exact).
				y := x ^ 0x20*lo
				sp := ^((y&low7 + low7) | y | low7)
				if sp&(sp<<8) != 0 || prevSpace && sp&0x80 != 0 {
					return false
				}
				prevSpace = sp>>63 != 0
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if special[c] || c == ' ' && prevSpace {
				return false
			}
			prevSpace = c == ' '
			i++
			continue
		}
		if n := plainRuneLen(s, i); n > 0 {
			prevSpace = false
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) || isInvisible(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return true
}

// fourPlainPairs reports whether the 8 bytes of x (little-endian) are four
// two-byte runes that plainRuneLen skips: each a lead byte 0xC3-0xDF
// followed by a continuation byte.
func fourPlainPairs(x uint64) bool {
	const lead, cont = 0x00ff00ff00ff00ff, 0xff00ff00ff00ff00
	const lo = 0x0101010101010101
	// Leads are 110xxxxx, continuations 10xxxxxx.
	if (x^0xc0c0c0c0c0c0c0c0)&(0xe0e0e0e0e0e0e0e0&lead) != 0 || (x^0x8080808080808080)&(0xc0c0c0c0c0c0c0c0&cont) != 0 {
		return false
	}
	// And the low five bits of each lead are 3 or more (no carry crosses a
	// byte: 0x1f + 0x7d < 0x100).
	return (x&(0x1f*lo&lead)+0x7d*lo&lead)&(0x80*lo&lead) == 0x80*lo&lead
}

// plainRuneLen returns the length of the multi-byte rune at s[i] when its
// bytes alone show that it is valid UTF-8 and neither a space nor invisible
// (so callers can skip it without decoding), or 0 when it has to be
// decoded: Latin letters, Cyrillic, Greek, Hebrew, Arabic and the like
// (lead bytes 0xC3-0xDF), the quotes, dashes and ellipsis of
// U+2010-U+2027, and most 3- and 4-byte runes. The spaces and invisible
// runes isSpace and isInvisible know sit at U+0085, U+00A0, U+00AD, U+1680,
// U+2000-U+200B, U+2028-U+202F, U+205F-U+2060, U+3000 and U+FEFF, which all
// take the slow path, as do surrogates and overlong or out-of-range forms.
func plainRuneLen(s string, i int) int {
	c := s[i]
	cont := func(k int) bool { return i+k < len(s) && s[i+k]&0xC0 == 0x80 }
	switch {
	case c >= 0xC3 && c <= 0xDF:
		if cont(1) {
			return 2
		}
	case c == 0xE2:
		if cont(1) && cont(2) && s[i+1] == 0x80 {
			if b := s[i+2] & 0x3F; b >= 0x10 && b <= 0x27 { // U+2010-U+2027
				return 3
			}
		}
	case c >= 0xE4 && c <= 0xEE: // U+4000-U+EFFF
		if cont(1) && cont(2) && (c != 0xED || s[i+1] < 0xA0) {
			return 3
		}
	case c >= 0xF0 && c <= 0xF4:
		if cont(1) && cont(2) && cont(3) && (c != 0xF0 || s[i+1] >= 0x90) && (c != 0xF4 || s[i+1] < 0x90) {
			return 4
		}
	}
	return 0
}
