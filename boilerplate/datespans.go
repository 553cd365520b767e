package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dateSpans appends to dst the byte spans [start, end) of the dates and
// times in t, as the regular expression dateExpr would find them with
// FindAllStringIndex(t, -1), and returns dst. dateExpr is
//
//	(?i)\b(
//	  \d{1,2}(st|nd|rd|th|\.)?\s+(de\s+)?((jan|feb|…|dec)[\p{L}]*|<htmlMonths>)\.?(\s+(de\s+)?\d{2,4})?
//	| ((jan|feb|…|dec)[a-z]*|machi|mei|agosti)\.?\s+\d{1,2}(st|nd|rd|th)?(,?\s+\d{4})?
//	| \d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}
//	| \d{4}年\d{1,2}月\d{1,2}
//	| \d{1,2}時\d{1,2}
//	| \d{1,2}:\d{2}(\s*(am|pm|a\.m\.|p\.m\.))?
//	| \d{1,2}h\d{2}
//	| \d{1,2}\.\d{2}\s*uhr
//	| \d{1,2}\.\d{2}\s*(am|pm|a\.m\.|p\.m\.|gmt|bst|utc|cet|est|edt)
//	| \d{4}
//	)\b
//
// The Go regexp package runs that expression, some 1,500 instructions
// long, on its NFA at about a microsecond a byte; this is the same search
// written out, as a backtracking matcher would make it: the leftmost
// match, and among the matches at one place the one the alternatives and
// their greedy repeats prefer, the next search from the end of the last
// match. As in the expression, \d is an ASCII digit, \s an ASCII space
// (tab, newline, form feed, carriage return, space), \b a boundary of
// ASCII word characters, and letters match under Unicode's simple case
// folding ("ſ" matches "s"). TestDateSpansMatchesRegexp and
// FuzzDateSpans hold it to the expression.
func dateSpans(t string, dst [][2]int) [][2]int {
	for pos := 0; pos < len(t); {
		start, end := -1, -1
		for p := pos; p < len(t); {
			c := t[p]
			if dateInitial(t, p) && wordBoundary(t, p) {
				if e := dateAt(t, p); e >= 0 {
					start, end = p, e
					break
				}
			}
			// The next place the expression would try: the next rune
			// (an invalid byte is a rune of one byte).
			if c < utf8.RuneSelf {
				p++
			} else {
				_, w := utf8.DecodeRuneInString(t[p:])
				p += w
			}
		}
		if start < 0 {
			break
		}
		dst = append(dst, [2]int{start, end})
		pos = end
	}
	return dst
}

// dateInitial reports whether a date of dateSpans may start at t[p]: an
// ASCII digit, or the first letter of an English month's name or of
// "machi", "mei" or "agosti", in either case, or "ſ", which folds to "s".
func dateInitial(t string, p int) bool {
	switch c := t[p]; {
	case '0' <= c && c <= '9':
		return true
	case c < utf8.RuneSelf:
		switch c | 0x20 {
		case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd':
			return true
		}
		return false
	default:
		return strings.HasPrefix(t[p:], "ſ")
	}
}

// dateAt returns the end of the date that starts at t[p], where a word
// boundary is, or -1: the first alternative of dateExpr that matches
// there. Only the second starts with a letter.
func dateAt(t string, p int) int {
	if !isDigit(t[p]) {
		return monthFirstDate(t, p)
	}
	if e := dayFirstDate(t, p); e >= 0 {
		return e
	}
	for _, alt := range [...]func(string, int) int{slashDate, cjkDate, cjkClock, colonClock, hClock, dotClock, year4} {
		if e := alt(t, p); e >= 0 {
			return e
		}
	}
	return -1
}

// wordBoundary reports whether t has a boundary of ASCII word characters
// ([0-9A-Za-z_]) at byte i, as \b does.
func wordBoundary(t string, i int) bool {
	before := i > 0 && reWordByte(t[i-1])
	after := i < len(t) && reWordByte(t[i])
	return before != after
}

// reWordByte reports an ASCII word character of regular expressions:
// [0-9A-Za-z_].
func reWordByte(c byte) bool { return isDigit(c) || isASCIILetter(c) || c == '_' }

// digitsAt returns how many ASCII digits, at most max, t holds from i.
func digitsAt(t string, i, max int) int {
	n := 0
	for n < max && i+n < len(t) && isDigit(t[i+n]) {
		n++
	}
	return n
}

// spacesAt returns how many ASCII spaces (\s) t holds from i.
func spacesAt(t string, i int) int {
	n := 0
	for i+n < len(t) {
		switch t[i+n] {
		case ' ', '\t', '\n', '\f', '\r':
			n++
			continue
		}
		break
	}
	return n
}

// foldAt reports whether t holds lit at i, rune by rune under Unicode's
// simple case folding, and returns the end of it in t.
func foldAt(t string, i int, lit string) (int, bool) {
	for _, l := range lit {
		if i >= len(t) {
			return 0, false
		}
		c := t[i]
		if c < utf8.RuneSelf && l < utf8.RuneSelf {
			if rune(c) != l && !(isASCIILetter(c) && rune(c|0x20) == l|0x20) {
				return 0, false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		if r == utf8.RuneError && w == 1 || !foldEqual(r, l) {
			return 0, false
		}
		i += w
	}
	return i, true
}

// foldEqual reports whether r and l are one rune under Unicode's simple
// case folding.
func foldEqual(r, l rune) bool {
	if r == l {
		return true
	}
	for f := unicode.SimpleFold(l); f != l; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// englishMonths are the three letters of dateExpr's month names, in its
// order.
var englishMonths = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// englishMonthAt returns the end of the English month's three letters at
// t[i]. No two of them start alike for three letters, so at most one
// matches.
func englishMonthAt(t string, i int) (int, bool) {
	for _, m := range englishMonths {
		if e, ok := foldAt(t, i, m); ok {
			return e, true
		}
	}
	return 0, false
}

// ordinalAt returns the end of "st", "nd", "rd" or "th" at t[i], or of a
// full stop when dot is set. They start with different runes, so at most
// one matches.
func ordinalAt(t string, i int, dot bool) (int, bool) {
	if dot && i < len(t) && t[i] == '.' {
		return i + 1, true
	}
	for _, o := range [...]string{"st", "nd", "rd", "th"} {
		if e, ok := foldAt(t, i, o); ok {
			return e, true
		}
	}
	return 0, false
}

// digitsThenBoundary returns the end of \d{min,max}\b at t[i], or -1.
func digitsThenBoundary(t string, i, min, max int) int {
	for k := digitsAt(t, i, max); k >= min; k-- {
		if wordBoundary(t, i+k) {
			return i + k
		}
	}
	return -1
}

// htmlMonthList is htmlMonths split once, in its order.
var htmlMonthList = strings.Split(htmlMonths, "|")

// dayFirstDate is dateExpr's first alternative at t[p]:
// \d{1,2}(st|nd|rd|th|\.)?\s+(de\s+)?MONTH\.?(\s+(de\s+)?\d{2,4})?\b.
func dayFirstDate(t string, p int) int {
	for a := p + digitsAt(t, p, 2); a > p; a-- {
		if b, ok := ordinalAt(t, a, true); ok {
			if e := dayFirstSpace(t, b); e >= 0 {
				return e
			}
		}
		if e := dayFirstSpace(t, a); e >= 0 {
			return e
		}
	}
	return -1
}

// dayFirstSpace goes on from \s+(de\s+)?.
func dayFirstSpace(t string, b int) int {
	for c := b + spacesAt(t, b); c > b; c-- {
		if d, ok := foldAt(t, c, "de"); ok {
			for x := d + spacesAt(t, d); x > d; x-- {
				if e := dayFirstMonth(t, x); e >= 0 {
					return e
				}
			}
		}
		if e := dayFirstMonth(t, c); e >= 0 {
			return e
		}
	}
	return -1
}

// dayFirstMonth goes on from the month: (jan|…|dec)[\p{L}]* with every
// shorter run of letters after the first one tried, then htmlMonths in
// order.
func dayFirstMonth(t string, d int) int {
	if m, ok := englishMonthAt(t, d); ok {
		x := m
		for x < len(t) {
			r, w := utf8.DecodeRuneInString(t[x:])
			if !foldedLetter(r) {
				break
			}
			x += w
		}
		for {
			if e := dayFirstYear(t, x); e >= 0 {
				return e
			}
			if x == m {
				break
			}
			_, w := utf8.DecodeLastRuneInString(t[m:x])
			x -= w
		}
	}
	for _, lit := range htmlMonthList {
		if x, ok := foldAt(t, d, lit); ok {
			if e := dayFirstYear(t, x); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// dayFirstYear goes on from \.?(\s+(de\s+)?\d{2,4})?\b.
func dayFirstYear(t string, x int) int {
	if x < len(t) && t[x] == '.' {
		if e := yearAfter(t, x+1); e >= 0 {
			return e
		}
	}
	return yearAfter(t, x)
}

// yearAfter is (\s+(de\s+)?\d{2,4})?\b at t[f].
func yearAfter(t string, f int) int {
	for h := f + spacesAt(t, f); h > f; h-- {
		if d, ok := foldAt(t, h, "de"); ok {
			for y := d + spacesAt(t, d); y > d; y-- {
				if e := digitsThenBoundary(t, y, 2, 4); e >= 0 {
					return e
				}
			}
		}
		if e := digitsThenBoundary(t, h, 2, 4); e >= 0 {
			return e
		}
	}
	if wordBoundary(t, f) {
		return f
	}
	return -1
}

// foldedLetter reports a rune of [\p{L}] under case folding: a letter,
// or a rune that folds to one (unicode.FoldCategory["L"]: the Greek iota
// subscript).
func foldedLetter(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.FoldCategory["L"], r)
}

// foldedAZ reports a rune of [a-z] under case folding: an ASCII letter,
// "ſ" (which folds to "s") or the Kelvin sign (to "k").
func foldedAZ(r rune) bool {
	return r < utf8.RuneSelf && isASCIILetter(byte(r)) || r == '\u017F' || r == '\u212A'
}

// monthFirstDate is dateExpr's second alternative at t[p]:
// ((jan|…|dec)[a-z]*|machi|mei|agosti)\.?\s+\d{1,2}(st|nd|rd|th)?(,?\s+\d{4})?\b.
// Under case folding [a-z] also takes "ſ" and the Kelvin sign.
func monthFirstDate(t string, p int) int {
	if m, ok := englishMonthAt(t, p); ok {
		x := m
		for x < len(t) {
			r, w := utf8.DecodeRuneInString(t[x:])
			if !foldedAZ(r) {
				break
			}
			x += w
		}
		for {
			if e := monthFirstDay(t, x); e >= 0 {
				return e
			}
			if x == m {
				break
			}
			_, w := utf8.DecodeLastRuneInString(t[m:x])
			x -= w
		}
	}
	for _, lit := range [...]string{"machi", "mei", "agosti"} {
		if x, ok := foldAt(t, p, lit); ok {
			if e := monthFirstDay(t, x); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// monthFirstDay goes on from \.?\s+\d{1,2}(st|nd|rd|th)?(,?\s+\d{4})?\b.
func monthFirstDay(t string, x int) int {
	if x < len(t) && t[x] == '.' {
		if e := monthFirstSpace(t, x+1); e >= 0 {
			return e
		}
	}
	return monthFirstSpace(t, x)
}

func monthFirstSpace(t string, x int) int {
	for c := x + spacesAt(t, x); c > x; c-- {
		for d := c + digitsAt(t, c, 2); d > c; d-- {
			if o, ok := ordinalAt(t, d, false); ok {
				if e := commaYear(t, o); e >= 0 {
					return e
				}
			}
			if e := commaYear(t, d); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// commaYear is (,?\s+\d{4})?\b at t[o]. The comma, when t has one, is
// taken: without it the spaces could not start at o.
func commaYear(t string, o int) int {
	s := o
	if s < len(t) && t[s] == ',' {
		s++
	}
	for h := s + spacesAt(t, s); h > s; h-- {
		if digitsAt(t, h, 4) == 4 && wordBoundary(t, h+4) {
			return h + 4
		}
	}
	if wordBoundary(t, o) {
		return o
	}
	return -1
}

// dateSep reports [/.-].
func dateSep(t string, i int) bool {
	return i < len(t) && (t[i] == '/' || t[i] == '.' || t[i] == '-')
}

// slashDate is \d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b.
func slashDate(t string, p int) int {
	for a := p + digitsAt(t, p, 4); a > p; a-- {
		if !dateSep(t, a) {
			continue
		}
		for b := a + 1 + digitsAt(t, a+1, 2); b > a+1; b-- {
			if !dateSep(t, b) {
				continue
			}
			if e := digitsThenBoundary(t, b+1, 2, 4); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// cjkDate is \d{4}年\d{1,2}月\d{1,2}\b.
func cjkDate(t string, p int) int {
	if digitsAt(t, p, 4) != 4 || !strings.HasPrefix(t[p+4:], "年") {
		return -1
	}
	b := p + 4 + len("年")
	for c := b + digitsAt(t, b, 2); c > b; c-- {
		if strings.HasPrefix(t[c:], "月") {
			if e := digitsThenBoundary(t, c+len("月"), 1, 2); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// cjkClock is \d{1,2}時\d{1,2}\b.
func cjkClock(t string, p int) int {
	for a := p + digitsAt(t, p, 2); a > p; a-- {
		if strings.HasPrefix(t[a:], "時") {
			if e := digitsThenBoundary(t, a+len("時"), 1, 2); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// colonClock is \d{1,2}:\d{2}(\s*(am|pm|a\.m\.|p\.m\.))?\b.
func colonClock(t string, p int) int {
	for a := p + digitsAt(t, p, 2); a > p; a-- {
		if a >= len(t) || t[a] != ':' || digitsAt(t, a+1, 2) != 2 {
			continue
		}
		if e := clockSuffix(t, a+3, meridiems[:]); e >= 0 {
			return e
		}
	}
	return -1
}

var (
	meridiems = [...]string{"am", "pm", "a.m.", "p.m."} // dateExpr's, and a live blog's (see postTime)
	dotZones  = [...]string{"am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "cet", "est", "edt"}
)

// clockSuffix is (\s*(words))?\b at t[b], the words in order.
func clockSuffix(t string, b int, words []string) int {
	for c := b + spacesAt(t, b); c >= b; c-- {
		for _, w := range words {
			if x, ok := foldAt(t, c, w); ok && wordBoundary(t, x) {
				return x
			}
		}
	}
	if wordBoundary(t, b) {
		return b
	}
	return -1
}

// hClock is \d{1,2}h\d{2}\b.
func hClock(t string, p int) int {
	for a := p + digitsAt(t, p, 2); a > p; a-- {
		if a < len(t) && t[a]|0x20 == 'h' && digitsAt(t, a+1, 2) == 2 && wordBoundary(t, a+3) {
			return a + 3
		}
	}
	return -1
}

// dotClock is \d{1,2}\.\d{2}\s*uhr\b, then
// \d{1,2}\.\d{2}\s*(am|pm|a\.m\.|p\.m\.|gmt|bst|utc|cet|est|edt)\b.
func dotClock(t string, p int) int {
	for _, words := range [...][]string{{"uhr"}, dotZones[:]} {
		for a := p + digitsAt(t, p, 2); a > p; a-- {
			if a >= len(t) || t[a] != '.' || digitsAt(t, a+1, 2) != 2 {
				continue
			}
			b := a + 3
			for c := b + spacesAt(t, b); c >= b; c-- {
				for _, w := range words {
					if x, ok := foldAt(t, c, w); ok && wordBoundary(t, x) {
						return x
					}
				}
			}
		}
	}
	return -1
}

// year4 is \d{4}\b.
func year4(t string, p int) int {
	if digitsAt(t, p, 4) == 4 && wordBoundary(t, p+4) {
		return p + 4
	}
	return -1
}
