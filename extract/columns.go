package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// Text converted from PDF with pdftotext -layout, and the dump a text
// browser makes of a page set in two columns, prints the columns side by
// side: each line holds a piece of the left column, a gutter of spaces and
// a piece of the right column. Split line by line, the sentences of the two
// columns would interleave. decolumn rewrites such a region as the left
// column's lines, a blank line and the right column's lines, so that the
// splitter and rewrap read each column's wrapped lines as paragraphs.
const (
	// minColumnRows is how many lines with text on both sides of the
	// gutter a region needs before decolumn believes in two columns.
	minColumnRows = 8
	// minMoreRows is how many such lines a further region needs once a
	// region of the text showed two columns split at the same rune column:
	// a figure or a quotation across both columns breaks a page's columns
	// into regions, and the columns go on below it.
	minMoreRows = 3
	// minColumnWidth is the fewest runes of the widest line of each
	// column: prose columns are wide, a menu or a list of labels is not.
	minColumnWidth = 24
	// gutterSlack is how many runes after the column R at which the right
	// column starts a line's right part may start: the first line of a
	// paragraph set in, or a glyph pdftotext placed a rune further on.
	gutterSlack = 4
	// maxColumnTries is how many candidate starts of a right column
	// decolumn tries, the most shared first.
	maxColumnTries = 4
)

// foldedSpaces returns how many bytes folding took out of the paragraphs
// ps (their spans' length less their text's, where that is more): the
// first gate of decolumn. A line with text on both sides of a gutter of
// two spaces or more loses a byte or more to folding, so text that
// decolumn rewrites (minColumnRows such lines at least) gives
// minColumnRows bytes or more; most text gives none, and the test costs
// one step per paragraph, not per byte.
func foldedSpaces(ps []clean.Paragraph) int {
	n := 0
	for i := range ps {
		n += max(0, ps[i].End-ps[i].Start-len(ps[i].Text))
	}
	return n
}

// gapped reports whether text may hold two columns side by side: at least
// minColumnRows lines hold a run of three spaces or more after text (not
// indentation). It is the cheap gate of decolumn: text that is not laid out
// in columns seldom has one such line, and the scan is a substring search.
func gapped(text string) bool {
	n := 0
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "   ")
		if j < 0 {
			return false
		}
		j += i
		// text[j-1] is no space: j is the first match from i, and i is
		// 0 or follows a byte that is no space.
		if j == 0 || text[j-1] == '\n' || text[j-1] == '\f' {
			for j < len(text) && text[j] == ' ' {
				j++ // indentation: go on after it
			}
			i = j
			continue
		}
		if n++; n >= minColumnRows {
			return true
		}
		k := strings.IndexByte(text[j:], '\n')
		if k < 0 {
			return false
		}
		i = j + k + 1
	}
	return false
}

// colLine is a line of text seen by decolumn: its text, without the line
// feed or form feed that ends it, is text[start:end]; its trimmed text is
// text[first:last], in the rune columns [indent, width).
type colLine struct {
	start, end    int
	first, last   int
	indent, width int
	// gaps are the line's runs of two spaces or more after text, in
	// order: an index range into the gaps of decolumn.
	gapFrom, gapTo int
	// page is set on the first line after a form feed (a page break of
	// pdftotext); bad on a line holding a tab or a vertical tab, whose
	// columns cannot be counted.
	page, bad bool
}

// colGap is a run of two spaces or more between text on a line: rune
// columns [from, to), bytes [left, right).
type colGap struct {
	from, to    int
	left, right int
}

// The ways a line fits a right column that starts at a rune column R.
const (
	colClash = iota // text crosses the gutter, or starts far to the right of R
	colBlank
	colLeft  // text on the left only, ending two runes or more before R
	colRight // text from R (or up to gutterSlack runes after it) only
	colBoth  // both: left text, a gap, right text from R
)

// fit returns how line l fits a right column starting at rune column r,
// and for colBoth the gap between the sides.
func (l *colLine) fit(r int, gaps []colGap) (int, colGap) {
	switch {
	case l.bad:
		return colClash, colGap{}
	case l.width == 0:
		return colBlank, colGap{}
	case l.indent >= r-1:
		if l.indent <= r+gutterSlack {
			return colRight, colGap{}
		}
		return colClash, colGap{}
	case l.width <= r-2:
		return colLeft, colGap{}
	}
	for _, g := range gaps[l.gapFrom:l.gapTo] {
		if g.to >= r-1 {
			if g.to <= r+gutterSlack && g.from <= r-2 {
				return colBoth, g
			}
			break
		}
	}
	return colClash, colGap{}
}

// decolumn returns text with every region laid out in two columns side by
// side rewritten as the left column's lines, a blank line and the right
// column's lines, and whether it found one. A line's two sides are split
// at the rune column R where the right column starts: the columns at
// which minColumnRows lines or more have text after a gap of two spaces or
// more, the most shared first (up to maxColumnTries of them). A region is
// a run of lines that each fit R: blank, text on the left that ends two
// runes or more before R, text from R or a few runes after it, or both; a
// line whose text crosses the gutter or starts far to the right of R (a
// page's header or footer), and a form feed, end it (see columnRegion for
// its ends). decolumn rewrites a region only when it holds minColumnRows
// lines with text on both sides (minMoreRows once another region split at
// the same column did) and both columns read as wrapped prose (see
// proseColumn), so aligned tables, lists, key and value pairs, code with
// comments, indented text and poetry stay as they are. Lines keep their
// order within a column; only spaces and line feeds are dropped or added,
// so the other runes of text stay, each once. Text without minColumnRows
// lines holding three spaces after text returns at once (see gapped).
func decolumn(text string) (string, bool) {
	if !gapped(text) {
		return text, false
	}
	var lines []colLine
	var gaps []colGap
	var hist []int32
	page := false
	for start := 0; start <= len(text); {
		l, next := scanColLine(text, start, &gaps)
		l.page, page = page, next > 0 && text[next-1] == '\f'
		for _, g := range gaps[l.gapFrom:l.gapTo] {
			if g.to >= len(hist) {
				hist = append(hist, make([]int32, g.to+1-len(hist))...)
			}
			hist[g.to]++
		}
		lines = append(lines, l)
		if next < 0 {
			break
		}
		start = next
	}
	// The candidate starts of the right column, the most shared first.
	var cands []int
	for c, n := range hist {
		if n >= minColumnRows && c >= minColumnWidth+2 {
			cands = append(cands, c)
		}
	}
	slices.SortStableFunc(cands, func(a, b int) int { return int(hist[b] - hist[a]) })
	if len(cands) > maxColumnTries {
		cands = cands[:maxColumnTries]
	}
	// Regions found, as line ranges with their R; taken lines are not
	// tried again for another R.
	type region struct{ from, to, r int }
	var regions []region
	taken := make([]bool, len(lines))
	for _, r := range cands {
		found := false
		for pass := range 2 {
			rows := minColumnRows
			if pass == 1 {
				if !found {
					break
				}
				rows = minMoreRows
			}
			for i := 0; i < len(lines); {
				j := i
				for j < len(lines) && !taken[j] && (j == i || !lines[j].page) {
					if k, _ := lines[j].fit(r, gaps); k == colClash {
						break
					}
					j++
				}
				if j == i {
					i++
					continue
				}
				if from, to, ok := columnRegion(text, lines[i:j], r, gaps, rows); ok {
					regions = append(regions, region{i + from, i + to, r})
					for k := i + from; k < i+to; k++ {
						taken[k] = true
					}
					found = true
				}
				i = j
			}
		}
	}
	if len(regions) == 0 {
		return text, false
	}
	slices.SortFunc(regions, func(a, b region) int { return a.from - b.from })
	var b strings.Builder
	b.Grow(len(text) + 2*len(regions))
	at := 0
	for _, g := range regions {
		ls := lines[g.from:g.to]
		b.WriteString(text[at:ls[0].start])
		var right []string
		lastLeft := -1
		for k := range ls {
			if left, _ := sides(text, &ls[k], g.r, gaps); left != "" {
				lastLeft = k
			}
		}
		for k := range ls {
			left, rt := sides(text, &ls[k], g.r, gaps)
			if k <= lastLeft {
				if k > 0 {
					b.WriteByte('\n')
				}
				b.WriteString(left)
			}
			if rt != "" || len(right) > 0 {
				right = append(right, rt)
			}
		}
		for len(right) > 0 && right[len(right)-1] == "" {
			right = right[:len(right)-1]
		}
		if lastLeft >= 0 && len(right) > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(strings.Join(right, "\n"))
		at = ls[len(ls)-1].end
	}
	b.WriteString(text[at:])
	return b.String(), true
}

// scanColLine reads the line of text that starts at byte start, appending
// its gaps to *gaps, and returns it and the start of the next line, or -1
// at the end of text. A line ends at a line feed or a form feed.
func scanColLine(text string, start int, gaps *[]colGap) (colLine, int) {
	l := colLine{start: start, first: -1, gapFrom: len(*gaps)}
	col, spaceFrom, spaceAt := 0, -1, 0
	i := start
	for i < len(text) {
		c := text[i]
		if c == '\n' || c == '\f' {
			break
		}
		n := 1
		if c >= utf8.RuneSelf {
			_, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == ' ':
			if spaceFrom < 0 {
				spaceFrom, spaceAt = col, i
			}
		case c == '\t' || c == '\v' || c == '\r':
			l.bad = true
			spaceFrom = -1
		default:
			if l.first < 0 {
				l.first, l.indent = i, col
			} else if spaceFrom >= 0 && col-spaceFrom >= 2 {
				*gaps = append(*gaps, colGap{from: spaceFrom, to: col, left: spaceAt, right: i})
			}
			spaceFrom = -1
			l.last, l.width = i+n, col+1
		}
		col++
		i += n
	}
	l.end, l.gapTo = i, len(*gaps)
	if l.first < 0 {
		l.first, l.last = i, i
	}
	if i == len(text) {
		return l, -1
	}
	return l, i + 1
}

// sides returns the left and the right text of line l, whose right column
// starts at rune column r, trimmed.
func sides(text string, l *colLine, r int, gaps []colGap) (left, right string) {
	switch k, g := l.fit(r, gaps); k {
	case colLeft:
		return text[l.first:l.last], ""
	case colRight:
		return "", text[l.first:l.last]
	case colBoth:
		return text[l.first:g.left], text[g.right:l.last]
	}
	return "", ""
}

// columnRegion returns the lines [from, to) of ls, a run of lines that
// each fit a right column starting at rune column r, to rewrite as two
// columns, and whether there are such. The region runs from the first
// line with words on the right (see wordy) to the last one, and on over
// the lines after it with text on the left only (and blank lines between
// them) up to a line with text on the right: a table or a list aligned at
// the same column over or under the columns stays out. It needs
// rows lines with text on both sides, and both columns must read as prose
// (see proseColumn).
func columnRegion(text string, ls []colLine, r int, gaps []colGap, rows int) (int, int, bool) {
	from, to := -1, 0
	for k := range ls {
		if _, rt := sides(text, &ls[k], r, gaps); rt != "" && wordy(rt) {
			if from < 0 {
				from = k
			}
			to = k + 1
		}
	}
	if from < 0 {
		return 0, 0, false
	}
	for k := to; k < len(ls); k++ {
		kind, _ := ls[k].fit(r, gaps)
		if kind == colLeft {
			to = k + 1
		} else if kind != colBlank {
			break
		}
	}
	both := 0
	left := make([]string, 0, to-from)
	right := make([]string, 0, to-from)
	for k := from; k < to; k++ {
		l, rt := sides(text, &ls[k], r, gaps)
		left, right = append(left, l), append(right, rt)
		if l != "" && rt != "" {
			both++
		}
	}
	if both < rows {
		return 0, 0, false
	}
	return from, to, proseColumn(left, rows) && proseColumn(right, rows)
}

// wordy reports whether at least half the runes of s but spaces are
// letters (see isLetter): a line of prose, not a figure, a date or a price.
func wordy(s string) bool {
	letters, other := 0, 0
	for _, c := range s {
		switch {
		case isLetter(c):
			letters++
		case c != ' ':
			other++
		}
	}
	return letters >= other
}

// isLetter reports a letter or a mark that goes with one: the vowel signs
// of Devanagari, Thai or Bengali are marks, but words are made of them.
func isLetter(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsMark(c)
}

// proseColumn reports whether col, the lines of one column ("" where it
// has none) of a region with rows lines or more with text on both sides,
// reads as wrapped prose: its widest line holds minColumnWidth runes or
// more; at least half its lines, and rows/2, fill three quarters of that
// width; at least one in three of those is continued by the next row in
// lower case (or, in a script without case, ends in a letter or a comma
// and is followed by a letter); and seven in ten of its runes but spaces
// are letters (see isLetter). A menu, a list of headlines, a column of
// labels, figures or comments fails.
func proseColumn(col []string, rows int) bool {
	width, lines := 0, 0
	for _, s := range col {
		if s != "" {
			width = max(width, utf8.RuneCountInString(s))
			lines++
		}
	}
	if width < minColumnWidth {
		return false
	}
	filled, cont, letters, marks := 0, 0, 0, 0
	for k, s := range col {
		if s == "" {
			continue
		}
		for _, c := range s {
			switch {
			case isLetter(c):
				letters++
			case c != ' ':
				marks++
			}
		}
		if 4*utf8.RuneCountInString(s) < 3*width {
			continue
		}
		filled++
		if k+1 < len(col) && col[k+1] != "" {
			next, _ := utf8.DecodeRuneInString(col[k+1])
			last, _ := utf8.DecodeLastRuneInString(s)
			switch {
			case unicode.IsLower(next):
				cont++
			case unicode.IsLetter(next) && !unicode.IsUpper(next) && !unicode.IsTitle(next) && (isLetter(last) || last == ',' || last == '、' || last == '，'):
				cont++ // a script without case
			}
		}
	}
	return 2*filled >= lines && 2*filled >= rows && 3*cont >= filled && 10*letters >= 7*(letters+marks)
}
