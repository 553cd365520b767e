package extract

import (
	"strings"
	"unsafe"

	"github.com/cleantext/clean"
)

// Tables a text browser or a converter laid out with spaces: a dump of a
// page (links -dump, lynx, w3m) or of a PDF sets a table's cells in
// columns, with runs of spaces between them ("Building and canopy
// £2.6m    £4.8m    +£2.2m"). Folded, such a row reads as a line of
// words and figures; spaceRows reads it as a row again.
const (
	// minSpaceCells is the fewest cells of a row laid out with spaces:
	// two cells are a label and its value, or a line justified.
	minSpaceCells = 3
	// columnSlack is how far apart, in runes, the starts or the ends of
	// two rows' last cells may be for the rows to be one table's: figures
	// aligned on their right edge start where their widths let them.
	columnSlack = 2
)

// spaceRows makes table rows (clean.KindTableRow, cells joined by " | "
// as tabRow joins them) of the paragraphs ps[from:] of text that are
// rows laid out with spaces: lines of one line each, next to each other
// in text, each split by runs of two spaces or more into the same number
// of cells, at least minSpaceCells, none of more than maxCellWords words,
// with their last cells in one column (starts or ends at most
// columnSlack runes apart). A menu set in one line with spaces between
// its entries has no such neighbour; two lines of a menu have their last
// entries in different columns. It returns ps.
func spaceRows(text string, ps []clean.Paragraph, from int) []clean.Paragraph {
	type row struct {
		cells      int
		start, end int // the last cell's columns, in runes from the line's start
	}
	var prev row // of ps[i-1], cells 0 when it is no row
	prevRow := false
	for i := from; i < len(ps); i++ {
		p := &ps[i]
		var cur row
		if p.Kind == clean.KindText && spaced(text, p) {
			cur.cells, cur.start, cur.end = spaceCells(lineOf(text, p.Start, p.End))
		}
		same := cur.cells >= minSpaceCells && i > from && prev.cells == cur.cells &&
			ps[i-1].End < p.Start && strings.IndexByte(text[ps[i-1].End:p.Start], '\n') == strings.LastIndexByte(text[ps[i-1].End:p.Start], '\n') &&
			(abs(prev.start-cur.start) <= columnSlack || abs(prev.end-cur.end) <= columnSlack)
		if same {
			if !prevRow {
				setSpaceRow(text, &ps[i-1])
			}
			setSpaceRow(text, p)
		}
		prev, prevRow = cur, same
	}
	return ps
}

// spaced reports whether p is one line of text whose span holds a double
// space: its text was folded from a span that is no line of several.
func spaced(text string, p *clean.Paragraph) bool {
	span := text[p.Start:p.End]
	if len(p.Text) == len(span) && unsafe.StringData(p.Text) == unsafe.StringData(span) {
		return false // not folded: the common case
	}
	return strings.IndexByte(span, '\n') < 0 && strings.IndexByte(span, '\t') < 0 && strings.Contains(span, "  ")
}

// lineOf returns the line of text that holds [start, end), from its start.
func lineOf(text string, start, end int) string {
	return text[strings.LastIndexByte(text[:start], '\n')+1 : end]
}

// spaceCells splits line, a row laid out with spaces (its indent
// included), into cells at runs of two spaces or more, and returns how
// many there are, 0 when one holds more than maxCellWords words, and the
// columns (in runes) where the last one starts and ends.
func spaceCells(line string) (cells, start, end int) {
	col, spaces, words := 0, 0, 0
	for _, r := range line {
		if r == ' ' {
			spaces++
		} else {
			if spaces >= 2 || cells == 0 {
				cells++
				start, words = col, 1
			} else if spaces == 1 {
				words++
			}
			if words > maxCellWords {
				return 0, 0, 0
			}
			spaces = 0
			end = col + 1
		}
		col++
	}
	return cells, start, end
}

// setSpaceRow makes p a table row of its cells.
func setSpaceRow(text string, p *clean.Paragraph) {
	span := text[p.Start:p.End]
	var b strings.Builder
	for c := range strings.SplitSeq(span, "  ") {
		if c = FoldSpaces(c); c != "" {
			if b.Len() > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(c)
		}
	}
	p.Text, p.Kind = b.String(), clean.KindTableRow
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
