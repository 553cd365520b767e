package boilerplate

import (
	"strings"
	"unicode"

	"github.com/cleantext/clean"
)

// RuleSeparator names the removal of separator lines.
const RuleSeparator = "separator"

// separatorMarks is the fewest marks of a separator line.
const separatorMarks = 3

// MarkSeparators removes the kept lines of only dashes, equals signs,
// asterisks or tildes ("-----", "=====", "* * *", "———", "───", see
// separatorLine): they divide the sections of a newsletter or a
// plain-text page and are never article text. So are the lines of only a
// few pictographs ("🌊", "📸 📸 📸", see pictographLine) that decorate a
// page the way a rule does (a rule of underscores only at the edges, see
// MarkEdgeRules). It runs with the document
// passes, after the body finder, which takes such a line as a border of
// the article.
func MarkSeparators(d *clean.Document) {
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() || p.Text == "" {
			continue
		}
		switch p.Text[0] {
		case '-', '=', '*', '~', 0xE2: // '—', '–', '─', '━', '═', '◆', '❖' start with 0xE2
			if separatorLine(p.Text) || ornamentLine(p.Text) {
				Remove(d, i, Reason{Rule: RuleSeparator})
			}
		case 0xF0: // the pictographs beyond the BMP
			if pictographLine(p.Text) {
				Remove(d, i, Reason{Rule: RuleSeparator})
			}
		}
	}
}

// MarkEdgeRules removes a rule of underscores (see underscoreLine) that
// opens or closes what is kept. Inside a text such a rule may be a blank
// to fill in; at its edges it closes (or opens) the article. It runs
// last, when the edges are known.
func MarkEdgeRules(d *clean.Document) {
	ps := d.Paragraphs
	last := len(ps) - 1
	for last >= 0 && (!ps[last].Kept() || ps[last].Text == "") {
		last--
	}
	if last >= 0 && underscoreLine(ps[last].Text) {
		Remove(d, last, Reason{Rule: RuleSeparator})
	}
	first := 0
	for first < last && (!ps[first].Kept() || ps[first].Text == "") {
		first++
	}
	if first < last && underscoreLine(ps[first].Text) {
		Remove(d, first, Reason{Rule: RuleSeparator})
	}
}

// underscoreLine reports whether s is at least separatorMarks underscores
// and nothing else.
func underscoreLine(s string) bool {
	return len(s) >= separatorMarks && strings.Trim(s, "_") == ""
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

// ornamentMax is the most ornaments of an ornament line: a rating has
// five ("●●●●○").
const ornamentMax = 3

// ornamentLine reports whether s is one to ornamentMax ornaments, spaces
// between them allowed: the geometric shapes (U+25A0–U+25FF: "◆", "■",
// "●"), the dingbat stars and flowers ("❖", "✦", U+2720–U+2767), the
// asterism "⁂" and the bullet "•" a magazine sets between the sections of
// a feature or after its last word. Stars ("★★★☆") are a rating, not one.
func ornamentLine(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == ' ':
		case 0x25A0 <= r && r <= 0x25FF, 0x2720 <= r && r <= 0x2767, r == '⁂', r == '•':
			n++
		default:
			return false
		}
	}
	return n > 0 && n <= ornamentMax
}

// pictographMax is the most runes of a line of pictographs.
const pictographMax = 12

// pictographLine reports whether s is one to pictographMax runes of
// pictographs beyond the Basic Multilingual Plane (symbols, "So"), with
// their modifiers, joiners and variation selectors and spaces between
// them: "🌊", "👇👇", "🇺🇦" (regional indicators are symbols too).
func pictographLine(s string) bool {
	n, pics := 0, 0
	for _, r := range s {
		n++
		switch {
		case r == ' ' || r == 0x200D || r == 0xFE0F || 0x1F3FB <= r && r <= 0x1F3FF:
		case r > 0xFFFF && unicode.Is(unicode.So, r):
			pics++
		default:
			return false
		}
	}
	return pics > 0 && n <= pictographMax
}
