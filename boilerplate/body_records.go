package boilerplate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// Repeated records. Reader comments and teaser lists read like prose line by
// line, but they are lists of records of the same shape: a name, a date or a
// time, a text ("Nick A / 2 days ago at 07:52 am / I think ... / Rating: 25
// Votes", or "headline / November 20, 2019 / summary"). An article seldom
// repeats a dated short line between its paragraphs; a record list does it
// for every record. The detector looks for short lines holding a date or a
// time whose shape (the sequence of word classes: number, capitalised word,
// lower-case word, and the punctuation between) comes back at least
// minRecords times, each time after a little text, never far apart. The
// lines from the first such line to the end of the last record are a record
// list: their prose does not count for the body run.
//
// A second, simpler record shape is the truncated teaser: prose cut short
// with an ellipsis ("... the government will restore it as soon as the..."),
// next to another one. A third is the numbered list of headlines ("most
// read"): a line holding only the number 1, a headline, a line holding only
// 2, a headline, and so on.

const (
	// minRecords is the fewest records of one shape that make a list.
	minRecords = 3
	// recordGap is the most lines one record spans.
	recordGap = 12
)

// record kinds stored per line.
const (
	recNone uint8 = iota
	recComment
	recTeaser
	recRanked
	recCaption // not a record: a caption inside the run (see BodyFinder.Mark)
	recCounter // not a record: a photo's number in a gallery (see markCounters)
	recBox     // not a record: a box of links inside the article (see runScorer.bridge)
)

var recordNames = [...]string{recComment: "comment", recTeaser: "teaser", recRanked: "teaser", recCaption: "caption", recCounter: "gallery-counter", recBox: "outside-body"}
var recordDetails = [...]string{
	recComment: "one of a list of dated records (a reader comment)",
	recTeaser:  "one of a list of dated or truncated records (a teaser for another story)",
	recRanked:  "one of a numbered list of headlines (most read, most popular)",
	recCaption: "the line right above a photo credit",
	recCounter: "a photo's number in a gallery (\"3 of 8\")",
	recBox:     "inside the article: a box of links between two parts of it (related stories, a table of contents)",
}

type shapeAt struct {
	key uint64
	i   int
}

// findRecords marks in rec the lines that belong to record lists. shapes is
// scratch space; the grown slice is returned.
func findRecords(d *clean.Document, st []lineStats, prose []bool, rec []uint8, shapes []shapeAt) []shapeAt {
	n := len(d.Paragraphs)
	clear(rec)
	shapes = shapes[:0]
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if prose[i] || st[i].words == 0 || st[i].words > 10 || st[i].digits == 0 || !p.Kept() {
			continue
		}
		if key, ok := dateShape(p.Text); ok {
			shapes = append(shapes, shapeAt{key, i})
		}
	}
	slices.SortFunc(shapes, func(a, b shapeAt) int {
		if a.key != b.key {
			if a.key < b.key {
				return -1
			}
			return 1
		}
		return a.i - b.i
	})
	long := func(i int) bool { return st[i].words >= proseWords }
	for lo := 0; lo < len(shapes); {
		hi := lo + 1
		for hi < len(shapes) && shapes[hi].key == shapes[lo].key {
			hi++
		}
		// Chains of occurrences of one shape, each a record apart.
		for a := lo; a < hi; {
			b := a
			for b+1 < hi {
				p, q := shapes[b].i, shapes[b+1].i
				if q-p < 2 || q-p > recordGap || !anyLine(p+1, q, long) {
					break
				}
				b++
			}
			if b-a+1 >= minRecords {
				markRecords(d, st, rec, shapes[a:b+1], n)
			}
			a = b + 1
		}
		lo = hi
	}
	// Truncated teasers: prose ending in an ellipsis next to another.
	last := -1
	for i := range d.Paragraphs {
		if !prose[i] || !truncated(d.Paragraphs[i].Text) {
			continue
		}
		if last >= 0 && i-last <= 3 {
			for j := last; j <= i; j++ {
				if rec[j] == recNone {
					rec[j] = recTeaser
				}
			}
		}
		last = i
	}
	markRanked(d, st, prose, rec)
	return shapes
}

// markRanked marks numbered lists of headlines: lines holding only the
// numbers 1, 2, 3, ... (at least minRecords of them), each followed by one
// line that is mostly not prose (a headline).
func markRanked(d *clean.Document, st []lineStats, prose []bool, rec []uint8) {
	n := len(d.Paragraphs)
	for i := 0; i < n; i++ {
		v, ok := bareNumber(d.Paragraphs[i].Text)
		if !ok {
			continue
		}
		items, heads, j := 1, 0, i
		if i+1 < n && !prose[i+1] {
			heads++
		}
		for j+2 < n {
			w, ok := bareNumber(d.Paragraphs[j+2].Text)
			if !ok || w != v+items {
				break
			}
			j += 2
			items++
			if j+1 < n && !prose[j+1] {
				heads++
			}
		}
		if items >= minRecords && 2*heads >= items {
			for k := i; k <= min(j+1, n-1); k++ {
				if rec[k] == recNone {
					rec[k] = recRanked
				}
			}
		}
		i = j
	}
}

// bareNumber returns the value of a line that holds only a small number
// (up to three digits, maybe followed by a full stop).
func bareNumber(s string) (int, bool) {
	if len(s) > 0 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	if len(s) == 0 || len(s) > 3 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = 10*v + int(s[i]-'0')
	}
	return v, true
}

func anyLine(lo, hi int, f func(int) bool) bool {
	for i := lo; i < hi; i++ {
		if f(i) {
			return true
		}
	}
	return false
}

// markRecords marks the lines of one chain of records: from the first dated
// line to the end of the last record (as long as the one before it). A
// chain whose dated lines follow a short line (the author's name) and
// precede prose is a comment thread; other chains are teaser lists.
func markRecords(d *clean.Document, st []lineStats, rec []uint8, occ []shapeAt, n int) {
	first, last := occ[0].i, occ[len(occ)-1].i
	end := min(n-1, last+(last-occ[len(occ)-2].i)-1)
	named := 0
	for _, o := range occ {
		if o.i > 0 && st[o.i-1].words > 0 && st[o.i-1].words <= 4 && st[o.i-1].sents == 0 {
			named++
		}
	}
	kind := recTeaser
	if 2*named > len(occ) {
		kind = recComment
	}
	for j := first; j <= end; j++ {
		if isWall(d.Paragraphs[j].Text, &st[j]) {
			break
		}
		if rec[j] == recNone {
			rec[j] = kind
		}
	}
}

// truncated reports text that ends in an ellipsis: "…" or "...".
func truncated(s string) bool {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == ']' || s[len(s)-1] == ')') {
		s = s[:len(s)-1]
	}
	return len(s) >= 3 && s[len(s)-3:] == "..." || len(s) >= 3 && s[len(s)-3:] == "…"
}

// dateShape returns the shape key of a short line that holds a date or a
// time: a number with a colon inside (07:52) or a year (1900-2099). The key
// is a hash of the sequence of word classes and punctuation; it is 0 when
// the line holds no date.
func dateShape(s string) (uint64, bool) {
	if !mayBeDated(s) {
		return 0, false
	}
	return shapeOf(s)
}

// mayBeDated reports whether s holds a colon, "19" or "20": a line
// without any holds no time and no year, and most lines with a figure
// are ruled out here, before their shape is worked out.
func mayBeDated(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "19") || strings.Contains(s, "20")
}

// shapeOf is dateShape without the quick test of mayBeDated.
func shapeOf(s string) (uint64, bool) {
	h := uint64(14695981039346656037)
	add := func(c byte) { h = (h ^ uint64(c)) * 1099511628211 }
	dated := false
	cls := byte(0) // class of the current word: '0', 'A', 'a'; 0 outside
	num, numLen := false, 0
	prevNum := false // the word before the current separator was a number
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		i += w
		switch {
		case '0' <= r && r <= '9':
			if cls == 0 {
				cls, num, numLen = '0', true, 0
				add('0')
			}
			numLen++
		case unicode.IsLetter(r) || r >= utf8.RuneSelf && unicode.IsMark(r): // no ASCII rune is a mark
			if cls == 0 {
				cls, num = 'a', false
				if unicode.IsUpper(r) {
					cls = 'A'
				}
				add(cls)
			} else if num {
				num = false // 1st, 15h: a number glued to letters
			}
		default:
			if cls != 0 {
				if num && numLen == 4 {
					if y := yearAt(s, i-w); y {
						dated = true
					}
				}
				prevNum = num
			}
			cls = 0
			if r == ' ' {
				continue
			}
			if r == ':' && prevNum && i < len(s) && '0' <= s[i] && s[i] <= '9' {
				dated = true
			}
			if r < utf8.RuneSelf {
				add(byte(r))
			} else {
				add('~')
			}
		}
	}
	if cls != 0 && num && numLen == 4 && yearAt(s, len(s)) {
		dated = true
	}
	return h, dated
}

// yearAt reports whether the four digits before s[end] are a year from 1900
// to 2099.
func yearAt(s string, end int) bool {
	if end < 4 {
		return false
	}
	y := s[end-4 : end]
	return y[:2] == "19" || y[:2] == "20"
}

// Galleries. A photo gallery numbers its photos ("1 of 8", "Foto 2 di 8",
// "3/8"), each number above or below the photo's caption: the captions
// are the article. counterLines is the fewest numbers in a row that make
// a gallery (a single "1 of 3" above a box of teasers makes none).
const counterLines = 3

// markCounters sets counter[i] for the lines that number the photos of a
// gallery: lines of at most four words holding two numbers, k and n,
// with at most one word before them and one between them (see
// photoNumber), where at least counterLines of them in document order
// count k, k+1, k+2, … up to n with the same n. It reports whether it
// found any.
func markCounters(d *clean.Document, st []lineStats, counter []bool) bool {
	found := false
	first, count, lastK, lastN := -1, 0, 0, 0
	flush := func() {
		if count >= counterLines {
			found = true
			for j, k := first, 0; k < count; j++ {
				if st[j].digits == 2 && st[j].words <= 4 && d.Paragraphs[j].Kept() {
					if _, _, ok := photoNumber(d.Paragraphs[j].Text); ok {
						counter[j] = true
						k++
					}
				}
			}
		}
		first, count = -1, 0
	}
	for i := range d.Paragraphs {
		if st[i].digits != 2 || st[i].words > 4 || !d.Paragraphs[i].Kept() {
			continue
		}
		k, n, ok := photoNumber(d.Paragraphs[i].Text)
		if !ok {
			continue
		}
		if count > 0 && n == lastN && k == lastK+1 {
			count++
		} else {
			flush()
			first, count = i, 1
		}
		lastK, lastN = k, n
	}
	flush()
	return found
}

// photoNumber reads a photo's number in a gallery: "3 of 8", "Photo 3 of
// 8", "3/8", "3 / 8", "Bild 3 von 8": at most one word before the first
// number, one word or a slash between the numbers, nothing after the
// second, and 1 <= k <= n (see readNumber).
func photoNumber(text string) (k, n int, ok bool) {
	i := 0
	if !isDigit(text[0]) { // a word, then a space
		sp := strings.IndexByte(text, ' ')
		if sp < 0 {
			return 0, 0, false
		}
		i = sp + 1
	}
	k, i = readNumber(text, i)
	if k == 0 {
		return 0, 0, false
	}
	rest := strings.TrimSpace(text[i:])
	if r, w := utf8.DecodeRuneInString(rest); r == '/' {
		rest = rest[w:]
	} else {
		sp := strings.IndexByte(rest, ' ')
		if sp < 0 || !strings.ContainsFunc(rest[:sp], unicode.IsLetter) {
			return 0, 0, false
		}
		rest = rest[sp:]
	}
	rest = strings.TrimLeft(rest, " ")
	n, i = readNumber(rest, 0)
	return k, n, k <= n && i == len(rest)
}

// readNumber reads the digits of s from i on (at most three: no gallery
// has a thousand photos, and "Top 10 in 2026" is no photo number) and
// returns their value and where they end; 0 when there are none or too
// many.
func readNumber(s string, i int) (int, int) {
	v, j := 0, i
	for j < len(s) && isDigit(s[j]) {
		v = v*10 + int(s[j]-'0')
		j++
	}
	if j == i || j-i > 3 {
		return 0, j
	}
	return v, j
}
