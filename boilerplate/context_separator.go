package boilerplate

import "github.com/cleantext/clean"

// RuleSeparator names the removal of separator lines.
const RuleSeparator = "separator"

// separatorMarks is the fewest marks of a separator line.
const separatorMarks = 3

// MarkSeparators removes the kept lines of only dashes, equals signs,
// asterisks or tildes ("-----", "=====", "* * *", "———", "───", see
// separatorLine): they divide the sections of a newsletter or a
// plain-text page and are never article text. It runs with the document
// passes, after the body finder, which takes such a line as a border of
// the article.
func MarkSeparators(d *clean.Document) {
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() || p.Text == "" {
			continue
		}
		switch p.Text[0] {
		case '-', '=', '*', '~', 0xE2: // '—', '–', '─', '━', '═' start with 0xE2
			if separatorLine(p.Text) {
				Remove(d, i, Reason{Rule: RuleSeparator})
			}
		}
	}
}

// separatorLine reports whether s is at least separatorMarks dashes,
// equals signs, asterisks or tildes, with spaces between allowed.
// Underscores ("___") are not marks: a rule of them may stand for a blank
// to fill in, and a benchmark labels one as text.
func separatorLine(s string) bool {
	marks := 0
	for _, r := range s {
		switch r {
		case '-', '=', '*', '~', '—', '–', '─', '━', '═':
			marks++
		case ' ':
		default:
			return false
		}
	}
	return marks >= separatorMarks
}
