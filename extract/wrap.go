package extract

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/cleantext/clean"
)

// Text broken at a fixed width with no blank line between its paragraphs
// (text converted from PDF, wrapped e-mail, a wrapped file saved one line
// per block) cannot be split by blocks: its paragraphs show only in the
// lengths of their lines. rewrap joins such lines when the whole text shows
// a fixed width.
const (
	// maxWrapWidth is the widest fixed width, in runes, rewrap looks for.
	maxWrapWidth = 120
	// minWrapLines is how many lines must fill the width before rewrap
	// believes in it.
	minWrapLines = 8
)

// rewrap joins, in the paragraphs ps[from:] of text, the runs of lines
// that continue one another in text hard-wrapped at a fixed width, and
// returns ps. It acts only when the text shows such a width W (see
// wrapWidth): a line that fills it, W-wrapSlack to W runes, is continued
// by the next line of the same block when it ends open (a letter, a comma
// or a hyphen), when the next starts in lower case, or when the next line's
// first word would not have fitted on it, unless the line ends a sentence
// and the next is shorter and ends none (a heading: see continues); any
// other line of at least W/2 runes that ends open is continued by a next
// line in lower case. Lines already joined with others, lines holding a
// tab or a double space (table rows, aligned columns), lines that open
// with an address and lines that open with a symbol (a box's border) are
// never joined.
func rewrap(text string, ps []clean.Paragraph, from int) []clean.Paragraph {
	w, ok := wrapWidth(text, ps[from:])
	if !ok {
		return ps
	}
	out := from
	for i := from; i < len(ps); {
		j := i
		for j+1 < len(ps) && continues(text, &ps[j], &ps[j+1], w) {
			j++
		}
		p := ps[i]
		if j > i {
			p.End = ps[j].End
			p.Text = foldPara(text[p.Start:p.End])
			if p.Kind == clean.KindListItem {
				p.Text = p.Text[clean.ListMark(p.Text):]
			}
		}
		ps[out] = p
		out++
		i = j + 1
	}
	clear(ps[out:])
	return ps[:out]
}

// wrapWidth returns the width, in runes, at which the single lines among ps
// are hard-wrapped, and whether they are: at least minWrapLines lines and
// two in five of the lines of 30 runes or more fill the width (W-wrapSlack
// to W runes, W at most maxWrapWidth), at most a quarter are longer, and a
// line in lower case follows at least one in three of the full lines. W
// is the narrowest width that the most lines fill.
func wrapWidth(text string, ps []clean.Paragraph) (int, bool) {
	var hist [maxWrapWidth + 1]int32
	long, over := 0, 0
	for k := range ps {
		p := &ps[k]
		if len(p.Text) < 30 {
			continue
		}
		if len(p.Text) > 4*maxWrapWidth || !single(text, p) {
			long++
			over++
			continue
		}
		n := lineWidth(text, p)
		switch {
		case n < 30:
			continue
		case n > maxWrapWidth:
			over++
		default:
			hist[n]++
		}
		long++
	}
	if long-over < minWrapLines {
		return 0, false
	}
	best, fill, sum := 0, 0, 0
	for n := 30; n <= maxWrapWidth; n++ {
		sum += int(hist[n])
		if n-wrapSlack-1 >= 30 {
			sum -= int(hist[n-wrapSlack-1])
		}
		if sum > fill {
			best, fill = n, sum
		}
	}
	if fill < minWrapLines || 5*fill < 2*long || 4*over > long {
		return 0, false
	}
	// Wrapped prose breaks mostly inside sentences, so lines in lower case
	// follow many of the full lines; a list of headlines or of items of
	// alike length has none. Text in capitals (closed captions, wire copy
	// of old) has no lower case: there, sentences that end inside the
	// full lines show the same ("HOME PARK THIS AFTERNOON. MORE"); a
	// headline holds none.
	lower := 0
	for k := 0; k+1 < len(ps); k++ {
		if fills(lineWidth(text, &ps[k]), best) && lowerWord(ps[k+1].Text) {
			lower++
		}
	}
	if 3*lower >= fill || !inCapitals(text, ps, best) {
		return best, 3*lower >= fill
	}
	inside := 0
	for k := range ps {
		if fills(lineWidth(text, &ps[k]), best) && sentenceInside(ps[k].Text) {
			inside++
		}
	}
	return best, 3*inside >= fill
}

// inCapitals reports whether the lines of ps that fill width w (see
// wrapWidth) are written in capitals: of their cased letters, fewer than
// one in capsLower is in lower case. A headline or a credit in lower case
// may stand among them.
func inCapitals(text string, ps []clean.Paragraph, w int) bool {
	upper, lower := 0, 0
	for k := range ps {
		if len(ps[k].Text) < w-wrapSlack {
			continue // too short, whatever its runes
		}
		if !fills(lineWidth(text, &ps[k]), w) {
			continue
		}
		t := ps[k].Text
		for i := 0; i < len(t); i++ {
			switch c := t[i]; {
			case 'A' <= c && c <= 'Z':
				upper++
			case 'a' <= c && c <= 'z':
				lower++
			}
		}
		if lower >= capsSample && capsLower*lower >= upper {
			return false // lower case, as most text is: known early
		}
	}
	return upper > 0 && capsLower*lower < upper
}

// capsSample is how many letters in lower case inCapitals reads before it
// may decide that the text is not in capitals.
const capsSample = 64

// capsLower: in text written in capitals, fewer than one cased letter in
// capsLower is in lower case (see inCapitals).
const capsLower = 10

// fills reports whether a line of n runes fills width w of hard-wrapped
// text: w-wrapSlack to w runes.
func fills(n, w int) bool { return n >= w-wrapSlack && n <= w }

// sentenceInside reports whether a sentence ends inside line s, not at its
// end: a full stop, a question or an exclamation mark before a space.
func sentenceInside(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i+1] == ' ' && (s[i] == '.' || s[i] == '?' || s[i] == '!') {
			return true
		}
	}
	return false
}

// single reports whether p is one line of text holding no tab and no
// double space, or one justified (see justified). A paragraph whose text
// is its span itself (split folded nothing) is one.
func single(text string, p *clean.Paragraph) bool {
	s := text[p.Start:p.End]
	if unsafe.StringData(s) == unsafe.StringData(p.Text) && len(s) == len(p.Text) {
		return true
	}
	return strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\t') < 0 && (!strings.Contains(s, "  ") || justified(s))
}

// lineWidth returns the runes of p's line as wrapping measured it: its
// span's when it is justified (the spaces justification added fill the
// width), its text's otherwise.
func lineWidth(text string, p *clean.Paragraph) int {
	if s := text[p.Start:p.End]; len(s) != len(p.Text) && justified(s) {
		return runeCount(s)
	}
	return runeCount(p.Text)
}

// justified reports whether line s (no line break, no tab) was justified:
// set to the full width by widening its gaps between words evenly, so
// that its gaps are of two widths one space apart ("July  1  after the
// county board" from a column of pdftotext -layout: gaps of 2 and 1), or
// of one width, in minEvenGaps gaps or more, with a word in lower case
// ("the  typical  household's  monthly  bill"). Cells laid out with spaces
// (a table's row, a label and its value) are fewer, or have gaps wider
// than maxJustifyGap; a menu's entries are capitalised.
func justified(s string) bool {
	lo, hi, run, gaps := maxJustifyGap+1, 0, 0, 0
	s = strings.Trim(s, " ")
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			run++
			continue
		}
		if run > 0 {
			gaps++
			lo, hi = min(lo, run), max(hi, run)
			if hi > maxJustifyGap || hi-lo > 1 {
				return false
			}
			run = 0
		}
	}
	// Gaps of one width are a row of a menu's entries as well ("News
	// Sport   Business   Culture"): those of prose have a word in lower
	// case.
	return hi == lo+1 || hi == lo && gaps >= minEvenGaps && lowerAfterSpace(s)
}

// lowerAfterSpace reports whether a word of s after a space opens with an
// ASCII lower-case letter.
func lowerAfterSpace(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] == ' ' && 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// minEvenGaps is the fewest gaps of a justified line whose gaps all have
// one width (see justified).
const minEvenGaps = 4

// maxJustifyGap is the widest gap between two words of a justified line:
// a narrow column's line of a few long words may need three spaces and
// more per gap.
const maxJustifyGap = 4

// runeCount returns the runes of s, valid UTF-8: its bytes but the
// continuation bytes (10xxxxxx), counted eight bytes at a time; 32 bytes
// of ASCII at a time cost one test.
func runeCount(s string) int {
	const hi = 0x8080808080808080
	n := len(s)
	i := 0
	for ; i+32 <= len(s); i += 32 {
		x0, x1, x2, x3 := le64(s[i:i+8]), le64(s[i+8:i+16]), le64(s[i+16:i+24]), le64(s[i+24:i+32])
		if (x0|x1|x2|x3)&hi == 0 {
			continue // ASCII
		}
		// The continuation bytes of each word, at bit 7, 6, 5 and 4 of
		// each byte: one count for the four.
		c := x0&hi&^(x0<<1) | (x1&hi&^(x1<<1))>>1 | (x2&hi&^(x2<<1))>>2 | (x3&hi&^(x3<<1))>>3
		n -= bits.OnesCount64(c)
	}
	for ; i+8 <= len(s); i += 8 {
		x := le64(s[i : i+8])
		n -= bits.OnesCount64(x & hi &^ (x << 1))
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// continues reports whether line b continues line a in text wrapped at
// width w; see rewrap.
func continues(text string, a, b *clean.Paragraph, w int) bool {
	if strings.IndexByte(text[a.End:b.Start], '\n') != strings.LastIndexByte(text[a.End:b.Start], '\n') {
		return false // a blank line between
	}
	if b.Kind == clean.KindListItem || !single(text, a) || !single(text, b) || len(a.Text) > 4*maxWrapWidth || !word(b.Text) {
		return false
	}
	if d := indent(text, a) - indent(text, b); d > maxIndentShift || d < -maxIndentShift {
		return false // a centred headline over its text, a block set in
	}
	if first, _ := utf8.DecodeRuneInString(b.Text); unicode.Is(unicode.So, first) {
		return false // a box's border or a symbol's row: "┌──┬──┐", "★ 4.5"
	}
	if strings.HasPrefix(b.Text, ">>") || b.Text[0] == '[' && b.Text[len(b.Text)-1] == ']' {
		return false // a new speaker in captions, a sound: "[MUSIC]", "[IMG]"
	}
	n := lineWidth(text, a)
	last, _ := utf8.DecodeLastRuneInString(a.Text)
	open := unicode.IsLetter(last) || last == ',' || last == '-'
	lower := lowerWord(b.Text)
	if !fills(n, w) {
		return 2*n >= w && open && lower
	}
	if lower {
		return true
	}
	if closes(a.Text) && !closes(b.Text) && runeCount(b.Text) < w-wrapSlack {
		// A paragraph's last line ends it with a full stop, a question or
		// a quote; a short line with no such end, in capitals, after a
		// sentence's end is a heading or a label: "Next steps".
		return false
	}
	if open {
		return true
	}
	first, _, _ := strings.Cut(b.Text, " ")
	return n+1+utf8.RuneCountInString(first) > w
}

// closes reports whether s ends as a paragraph of prose does: with a
// sentence's end or a quotation mark.
func closes(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？\"'’”“»«", r)
}

// maxIndentShift is the most bytes of indent by which two lines of one
// wrapped paragraph may differ: a first line indented as in a book. A
// headline that a text browser centred over the article, or a quotation
// set in, moves further.
const maxIndentShift = 4

// indent returns the bytes of white space before paragraph p on its line
// of text.
func indent(text string, p *clean.Paragraph) int {
	return p.Start - (strings.LastIndexByte(text[:p.Start], '\n') + 1)
}

// lowerWord reports whether s starts with a word (see word) in lower case.
func lowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) && word(s)
}

// word reports whether the first word of s is no address: it holds no
// mark of one (/ : @ . _ = #) before its end ("http://…", "name@host").
func word(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return !strings.ContainsAny(strings.TrimRight(w, ".,;:!?)\"'’”"), "/:@._=#")
}

// foldPara returns the text of a paragraph's span s, which may run over
// several lines: FoldSpaces(s), except that a line that ends in a hyphen
// after a letter joins the next line without a space when that starts in
// lower case ("infra-" and "structure" give "infra-structure"; the hyphen
// stays, since a word may be written with it).
func foldPara(s string) string {
	if strings.IndexByte(s, '\n') < 0 {
		return FoldSpaces(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.Lines(s) {
		line = FoldSpaces(line)
		if line == "" {
			continue
		}
		if t := b.String(); t != "" {
			prev, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(t, "-"))
			next, _ := utf8.DecodeRuneInString(line)
			if !(strings.HasSuffix(t, "-") && unicode.IsLetter(prev) && unicode.IsLower(next)) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(line)
	}
	return b.String()
}
