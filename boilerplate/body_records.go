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
	recPlayer  // not a record: an embedded video player inside the run (see player)
	recStamp   // not a record: a live blog entry's time stamp inside the run (see liveChain)
	recBox     // not a record: a box of links inside the article (see runScorer.bridge)
)

var recordNames = [...]string{recComment: "comment", recTeaser: "teaser", recRanked: "teaser", recCaption: "caption", recCounter: "gallery-counter", recPlayer: RuleWidget, recStamp: "live-stamp", recBox: ruleOutsideBody}
var recordDetails = [...]string{
	recComment: "one of a list of dated records (a reader comment)",
	recTeaser:  "one of a list of dated or truncated records (a teaser for another story)",
	recRanked:  "one of a numbered list of headlines (most read, most popular)",
	recCaption: "a photo's caption, next to its credit",
	recCounter: "a photo's number in a gallery (\"3 of 8\")",
	recPlayer:  "inside the article: an embedded video player (its button, length and title)",
	recStamp:   "inside the article: a live blog entry's time of day alone",
	recBox:     "inside the article: a box of links between two parts of it (related stories, a table of contents)",
}

type shapeAt struct {
	key uint64
	i   int
}

// findRecords marks in rec the lines that belong to record lists, and in
// stamp the time stamps of a live blog's entries (see liveChain), which
// are no records. shapes is scratch space; the grown slice is returned.
func findRecords(d *clean.Document, st []lineStats, prose []bool, rec []uint8, stamp []bool, shapes []shapeAt) []shapeAt {
	n := len(d.Paragraphs)
	clear(rec)
	clear(stamp)
	shapes = shapes[:0]
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if prose[i] || st[i].words == 0 || st[i].words > 10 || st[i].digits == 0 || !p.Kept() {
			continue
		}
		if i > 0 && d.Paragraphs[i-1].Text == p.Text && d.Paragraphs[i-1].Kept() {
			continue // a twin: a time stamp printed as a heading and again under it
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
				if occ := shapes[a : b+1]; entryChain(d, st, prose, occ) {
					// The article's own dated entries: no records.
				} else if liveChain(d, st, occ) {
					for _, o := range occ {
						stamp[o.i] = true
						if j := o.i + 1; j < n && d.Paragraphs[j].Text == d.Paragraphs[o.i].Text {
							stamp[j] = true // its twin
						}
					}
				} else {
					markRecords(d, st, rec, occ, n)
				}
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

// liveChain reports a chain of dated lines that are a live blog's
// entries, not records: each dated line a time alone (see timeStamp: "16:40
// IST"), at most half under a kept short line (a commenter's name; an
// embedded post's date), and at least
// half the entries holding a paragraph of prose in sentences before the
// next time. A comment thread names its commenters; a list of teasers
// with times holds headlines.
func liveChain(d *clean.Document, st []lineStats, occ []shapeAt) bool {
	full, named := 0, 0
	for k, o := range occ {
		if !timeStamp(d.Paragraphs[o.i].Text) {
			return false
		}
		if j := o.i - 1; j >= 0 && d.Paragraphs[j].Kept() && st[j].words <= 4 && st[j].sents == 0 {
			named++
		}
		end := len(st)
		if k+1 < len(occ) {
			end = occ[k+1].i
		}
		for j := o.i + 1; j < end && j <= o.i+recordGap; j++ {
			if s := &st[j]; d.Paragraphs[j].Kept() && s.words >= proseWords && s.sents > 0 && stopRune(s.end) {
				full++
				break
			}
		}
	}
	return 2*named <= len(occ) && 2*full >= len(occ)
}

// entryChain reports a chain of dated lines that head the article's own
// entries, not records ("On this day" columns, a timeline, a diary): each
// dated line holds no time of day (a comment's stamp has one: "14 May
// 2026 at 09:12"), at least three in four stand between prose
// paragraphs (a teaser's headline or a commenter's name stands next to
// its date), and at least half the entries hold two sentences of prose
// or more before the next date (a teaser's summary has one).
func entryChain(d *clean.Document, st []lineStats, prose []bool, occ []shapeAt) bool {
	ps := d.Paragraphs
	framed, full := 0, 0
	for k, o := range occ {
		if strings.IndexByte(ps[o.i].Text, ':') >= 0 {
			return false
		}
		if p, q := prevKept(ps, o.i), nextKept(ps, o.i); p >= 0 && prose[p] && q >= 0 && prose[q] {
			framed++
		}
		end := len(st)
		if k+1 < len(occ) {
			end = occ[k+1].i
		}
		sents := 0
		for j := o.i + 1; j < end && j <= o.i+recordGap; j++ {
			if prose[j] && ps[j].Kept() {
				sents += int(st[j].sents)
			}
		}
		if sents >= 2 {
			full++
		}
	}
	return 4*framed >= 3*len(occ) && 2*full >= len(occ)
}

// timeStamp reports a time of day alone: hours (up to 24) and minutes
// between a colon or a full stop, maybe with one or two short words after
// it (a zone, "am", "Uhr"), or "am" or "pm" glued to the minutes:
// "16:40", "16:40 IST", "12.04 GMT", "9:05 a.m.", "7:52 p.m. ET", "6:58pm".
func timeStamp(text string) bool {
	hm, rest, _ := strings.Cut(text, " ")
	h, m, ok := strings.Cut(hm, ":")
	if !ok {
		h, m, ok = strings.Cut(hm, ".")
	}
	if len(m) == 4 && (strings.EqualFold(m[2:], "am") || strings.EqualFold(m[2:], "pm")) {
		m = m[:2]
	}
	if !ok || len(h) == 0 || len(h) > 2 || len(m) != 2 || !allDigits(h) || !allDigits(m) || h > "24" && len(h) == 2 || m[0] > '5' {
		return false
	}
	w1, w2, _ := strings.Cut(rest, " ")
	return utf8.RuneCountInString(w1) <= 4 && !strings.Contains(w2, " ") && utf8.RuneCountInString(w2) <= 4
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
// time: a number with a colon inside (07:52), a year (1900-2099) or a time
// of day alone with a full stop ("12.47 GMT", see timeStamp). The key
// is a hash of the sequence of word classes and punctuation; it is 0 when
// the line holds no date.
func dateShape(s string) (uint64, bool) {
	if s == "" || !mayBeDated(s) && !isDigit(s[0]) {
		return 0, false
	}
	h, dated := shapeOf(s)
	// A time of day with a full stop ("12.47 GMT") is dated too.
	return h, dated || isDigit(s[0]) && timeStamp(s)
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

// Article structure. Between an article's paragraphs sit blocks that are
// no prose but are the article's own: the commands and settings of a
// how-to, the fields of an event listing or a spec sheet ("When: 7:30
// p.m.", "Price: $279"), the rows of a table, the line-ups of a match
// report. Line by line they look like a menu (few words, few stopwords),
// and a run of prose that had to pay for each of them would stop at the
// first. Their shapes are few, and menus, teasers and boxes of links do
// not take them.

const (
	// labelWords is the most words of the label of a field ("Where",
	// "Subs not used").
	labelWords = 3
	// fieldWords is the most words of a field's value that makes it a
	// short one ("7:30 p.m.", "Haldane Hall"); a headline after a kicker
	// ("BREAKING: …") is longer.
	fieldWords = 5
	// labelBytes is the most bytes of a field's label.
	labelBytes = 40
	// fieldLong is the most words of any value of a record of fields
	// ("Cost: $15 adults, $8 kids, free for under 4"); a reference or a
	// summary after a label is longer.
	fieldLong = 10
	// fieldBox is the fewest fields of a record of which a third may be
	// short, the others up to fieldLong words: a fact box ("Problem:
	// Rear outboard seat belt buckle may not fully latch", "Number of
	// vehicles: 312,406"); a shorter record has half of them short.
	fieldBox = 4
	// listLines is the most items of introWords words or more that a
	// sentence introduces (see markStructure: a list of closures, of
	// candidates, of routes).
	listLines = 30
	// scoreWords is the most words of a match's result, a note in
	// brackets at its end aside ("Priory Academy Year 10 31 St Anselm's
	// Year 10 18").
	scoreWords = 12
	// scoreDigits is the most digits of a score (a year has four).
	scoreDigits = 3
)

// markStructure sets free[i] for the kept lines, neither prose, a section
// header nor a record, that are part of an article's structure:
//   - the lines a sentence introduces: after a kept line that introduces
//     them (see introLine: "Check the version to make sure it worked:"),
//     the kept lines up to
//     the next line that is prose or ends with a colon, at most
//     bridgeLines of them, or at most listLines when each has at least
//     introWords words ("Confederation College: classes cancelled"; a
//     menu's or a row of buttons' lines are shorter), and no section header, record, removed line or
//     byline by name among them (see byName: a notice that introduces
//     badges above the headline introduces no list of the article's), and
//     the introducing line itself when it is no prose; a line of two
//     words or more right under prose introduces any list, of any length
//     up to listLines, when the article goes on under it (see goesOnUnder: "Stations
//     affected include:", then the stations' names); so does a
//     sentence that ends with a colon under a subheading ("Closed
//     Wednesday", then "The following districts are closed:");
//   - a record of fields: at least two lines in a row that are fields
//     (see field) with values of at most fieldLong words, no two
//     neighbours with the same label ("BREAKING:" heads a list of
//     headlines), at least half of them with a value of at most
//     fieldWords words;
//   - the rows of a table: at least two lines in a row that hold two cell
//     separators ('|') or a tab, half of them with a digit;
//   - settings: at least two lines in a row that each hold a setting
//     (see setting: "Type=oneshot", "[Service]");
//   - an embedded video player between two paragraphs (see player);
//   - the results of a round-up of matches, alone or in a row (see
//     scoreLine: "Kelvedon RFC 27 Marshfield 24"), between the
//     competitions' names and the reports of the matches;
//   - a labelled list (see listLabel: "You'll need") of at least two
//     kept lines, up to listItems, with prose at most listReach kept
//     lines above and the article going on after it (see goesOn), not a
//     team sheet's fields (see sheetBelow: endRoster takes a sheet);
//   - a review's pros and cons (see verdictSection) but under its
//     verdict (see underVerdict);
//   - a list the extractor saw (HTML, Markdown) between the article's
//     paragraphs: at least two list items in a row that are no links
//     (see listItem), with a prose paragraph at most listReach kept lines
//     above and one at most listReach kept lines below, no section header
//     between (a changelog under its subheading, then a closing section);
//   - the kept lines under a widget that says the article goes on below
//     it, down to the next prose paragraph (see continuesAt: a match's
//     box score under "Story continues below gallery").
//
// The body run crosses them for nothing (see runScorer.step): where
// prose goes on after them they are the article's, and where it does not
// the run ends at the last prose before them.
func markStructure(d *clean.Document, st []lineStats, sc *bodyScratch, prose, wall []bool, rec []uint8, free []bool) {
	clear(free)
	n := len(st)
	part := func(i int) bool {
		return !prose[i] && st[i].words > 0 && !wall[i] && rec[i] == recNone && d.Paragraphs[i].Kept()
	}
	for _, j := range sc.below {
		for j := int(j); !prose[j]; j++ {
			free[j] = true
		}
	}
	for i := 0; i < n; i++ {
		if st[i].end != ':' || !d.Paragraphs[i].Kept() || wall[i] || rec[i] != recNone {
			continue
		}
		intro := sc.introLine(i)
		if !intro && st[i].words < 2 {
			continue
		}
		j, short := i+1, false
		for j < n && j <= i+listLines && part(j) && st[j].end != ':' && !byName(d.Paragraphs[j].Text) {
			short = short || st[j].words < introWords
			j++
		}
		if j == i+1 || j == n || !goesOn(d, st, prose, wall, rec, j) {
			continue // nothing introduced, or no prose after it
		}
		// A short line between the article's paragraphs introduces a
		// list however short its items are ("Stations affected
		// include:", then the stations' names) when the article goes on
		// under it for goOnProse paragraphs (a box of tags or buttons
		// has an appeal under it, or a footer's notices).
		if (!intro || j-i-1 > bridgeLines && short) &&
			!((prose[i] || proseAbove(d, prose, wall, i)) && goesOnUnder(d, prose, wall, j)) {
			continue
		}
		markRange(free, i+1, j)
		if !prose[i] {
			free[i] = true
		}
	}
	// Lists between the article's paragraphs.
	for i := 0; i < n; {
		if !listItem(&d.Paragraphs[i]) || !part(i) { // the item first: most lines are none
			i++
			continue
		}
		j := i
		for j < n && listItem(&d.Paragraphs[j]) && part(j) {
			j++
		}
		if j-i >= 2 && proseWithin(d, prose, wall, i-1, -1) && proseWithin(d, prose, wall, j, 1) {
			markRange(free, i, j)
		}
		i = j
	}
	// A labelled list between the article's paragraphs (a guide's
	// "You'll need"), and a review's pros and cons there; a box under the
	// review's verdict is left to verdictBox, which takes it above the run
	// with the deals widget around it. Both labels are looked up only
	// with prose at most listReach kept lines above (since counts them).
	since := listReach
	for i := 0; i < n; i++ {
		switch {
		case wall[i]:
			since = listReach
			continue
		case prose[i]:
			since = 0
			continue
		case !d.Paragraphs[i].Kept():
			continue
		}
		if since >= listReach || st[i].words > keyLabelWords {
			since++
			continue
		}
		if j := sc.verdictSection(d, i); j > i+1 {
			verdict := sc.underVerdict(d, i)
			for ; j > i+1; i, j = j, sc.verdictSection(d, j) {
				if !verdict {
					markRange(free, i, j)
				}
			}
			i-- // the line after the box is looked at again
			since = 0
			continue
		}
		if st[i].words <= 3 && part(i) && listLabel(d.Paragraphs[i].Text) {
			j := i + 1
			for j < n && j <= i+listItems && part(j) {
				j++
			}
			if j-i > 2 && j < n && goesOn(d, st, prose, wall, rec, j) && !sheetBelow(d, j) {
				markRange(free, i, j)
				i, since = j-1, 0
				continue
			}
		}
		since++
	}
	// Blocks of lines of one shape in a row.
	for i := 0; i < n; {
		if st[i].digits > 0 && len(d.Paragraphs[i].Text) <= 8 && d.Paragraphs[i].Kept() {
			if from, to := player(d, st, prose, wall, i); from < to {
				markRange(free, from, to)
				i = to
				continue
			}
		}
		if st[i].digits > 0 && st[i].words <= 2*scoreWords && part(i) && scoreLine(d.Paragraphs[i].Text) {
			free[i] = true // a result, alone or in a row
			i++
			continue
		}
		m := st[i].marks
		if m == 0 || !part(i) {
			i++
			continue
		}
		t := d.Paragraphs[i].Text
		switch {
		case m&(mPipe|mTab) != 0 && tableRow(t):
			j, figures := i, 0
			for ; j < n && part(j) && st[j].marks&(mPipe|mTab) != 0 && tableRow(d.Paragraphs[j].Text); j++ {
				if st[j].digits > 0 || strings.ContainsAny(d.Paragraphs[j].Text, "0123456789") {
					figures++
				}
			}
			if j-i >= 2 && 2*figures >= j-i {
				markRange(free, i, j)
			}
			i = j // part(i): the row at i is counted
		case m&(mEquals|mBracket) != 0 && setting(t):
			j := i
			for j < n && part(j) && st[j].marks&(mEquals|mBracket) != 0 && setting(d.Paragraphs[j].Text) {
				j++
			}
			if j-i >= 2 {
				markRange(free, i, j)
			}
			i = j
		case m&mColon == 0:
			i++
		default:
			label, value, ok := field(t)
			w := wordCount(value)
			if !ok || w > fieldLong {
				i++
				continue
			}
			j, short := i+1, 0
			if w <= fieldWords {
				short++
			}
			for ; j < n && part(j) && st[j].marks&mColon != 0; j++ {
				l, v, ok := field(d.Paragraphs[j].Text)
				w := wordCount(v)
				if !ok || strings.EqualFold(l, label) || w > fieldLong {
					break
				}
				if w <= fieldWords {
					short++
				}
				label = l
			}
			if j-i >= 2 && 2*short >= j-i || j-i >= fieldBox && 3*short >= j-i {
				markRange(free, i, j)
			}
			i = j
		}
	}
	// Lists of statuses: lines of a name, a dash and its status in a row,
	// mostly not links, and the label over them when it is short and no
	// sentence.
	status := func(i int) bool {
		p := &d.Paragraphs[i]
		return st[i].words <= statusWords && part(i) && statusLine(p.Text) &&
			(p.LinkRunes == 0 || 2*p.LinkRunes < utf8.RuneCountInString(p.Text)) // a teaser is a link
	}
	for i := 0; i < n; {
		if st[i].marks&mDash == 0 || !status(i) {
			i++ // the mark first: most lines have no dash
			continue
		}
		j := i + 1
		for j < n && st[j].marks&mDash != 0 && status(j) {
			j++
		}
		if j-i >= statusLines {
			markRange(free, i, j)
			// The list's label for its group ("Upper valley").
			if k := i - 1; k >= 0 && part(k) && st[k].words <= statusName && st[k].sents == 0 && !stopRune(st[k].end) {
				free[k] = true
			}
		}
		i = j
	}
	markListicle(d, st, prose, wall, free)
}

const (
	// listicleItems is the fewest items of a listicle (see markListicle),
	// listicleWords the most words of an item's heading after its number,
	// listicleProse the fewest words of the prose under each heading (a
	// numbered list of teasers has shorter summaries, or none), and
	// itemGap the most lines between an item's prose and the next
	// heading.
	listicleItems, listicleWords, listicleProse, itemGap = 3, 10, 30, 5
)

// markListicle sets free[i] for the numbered headings of a listicle ("1.
// Ardoa", "2. Little Hen Noodle Bar", or counting down from "10.") and
// for the lines between one item's prose and the next heading (the
// item's address and hours, a "Book a table" button): at least
// listicleItems headings numbered in a row, each over listicleProse
// words of prose or more, at most itemGap lines apart, no section header
// between them.
func markListicle(d *clean.Document, st []lineStats, prose, wall, free []bool) {
	n := len(st)
	// item returns the number of the heading at i and the line after
	// its prose (lines the rules removed may stand between them), or 0.
	item := func(i int) (num, end int) {
		p := &d.Paragraphs[i]
		if len(p.Text) < 4 || !isDigit(p.Text[0]) || prose[i] || wall[i] || !p.Kept() ||
			st[i].words > listicleWords+1 || stopRune(st[i].end) {
			return 0, 0
		}
		if num = listNumber(p.Text); num == 0 {
			return 0, 0
		}
		j := i + 1
		for j < n && j <= i+2 && !d.Paragraphs[j].Kept() {
			j++
		}
		words := 0
		for ; j < n && prose[j]; j++ {
			words += int(st[j].words)
		}
		if words < listicleProse {
			return 0, 0
		}
		return num, j
	}
	// next returns the heading numbered num within itemGap lines from k,
	// the item's prose going on over lines the rules removed, and the
	// line after its prose, or -1.
	next := func(k, num int) (int, int) {
		for j, gap := k, 0; j < n && gap <= itemGap && !wall[j]; j++ {
			if prose[j] {
				gap = 0
				continue
			}
			if m, end := item(j); m == num {
				return j, end
			}
			gap++
		}
		return -1, 0
	}
	for i := 0; i < n; i++ {
		if t := d.Paragraphs[i].Text; t == "" || !isDigit(t[0]) {
			continue // the first byte first: most lines, without a call
		}
		num, end := item(i)
		if num == 0 {
			continue
		}
		step := 0
		var h, e int
		if h, e = next(end, num+1); h >= 0 {
			step = 1
		} else if num > 1 {
			if h, e = next(end, num-1); h >= 0 {
				step = -1
			}
		}
		if step == 0 {
			continue
		}
		items := 2
		for k, m := e, num+2*step; m > 0; m += step {
			h2, e2 := next(k, m)
			if h2 < 0 {
				break
			}
			k, h, e = e2, h2, e2
			items++
		}
		if items >= listicleItems {
			for j := i; j <= h; j++ {
				if !prose[j] {
					free[j] = true
				}
			}
		}
		i = e - 1
	}
}

const (
	// statusLines is the fewest lines of a list of statuses (see
	// statusLine) in a row that markStructure takes as the article's.
	statusLines = 3
	// statusWords is the most words of a line of such a list, and
	// statusName the most words of its name.
	statusWords, statusName = 20, 8
)

// statusDash returns where the first dash between spaces (" – ", " — ",
// " - ") is in text and its length with the spaces, or -1. The dash and
// the space after it are looked for, not the space before: a line holds
// many spaces and few dashes.
func statusDash(text string) (int, int) {
	best, width := -1, 0
	for _, d := range [...]string{" – ", " — ", " - "} {
		for i := 1; i < len(text); {
			j := strings.Index(text[i:], d[1:])
			if j < 0 {
				break
			}
			if j += i; text[j-1] == ' ' {
				if best < 0 || j-1 < best {
					best, width = j-1, len(d)
				}
				break
			}
			i = j + 1
		}
	}
	return best, width
}

// statusLine reports a line of a list of statuses, "Name – status": a
// name of at most statusName words that starts with a capital letter or
// a digit and holds no sentence end, a dash with a space on each side
// (en, em or hyphen), and a status of at most fieldLong words that
// starts in lower case, one sentence at most, not cut short
// ("Aldbrook Primary School – closed", "Line 4 – delays of up to 20
// minutes"): a list of closures or of services that the article gives.
// A teaser's headline before its site's name, or a menu's entry, has a
// capital after the dash.
func statusLine(text string) bool {
	k, w := statusDash(text)
	if k < 0 {
		return false
	}
	name, status := text[:k], text[k+w:]
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) || strings.Count(name, " ") >= statusName || strings.ContainsAny(name, ".!?") {
		return false
	}
	r, _ = utf8.DecodeRuneInString(status)
	return unicode.IsLower(r) && wordCount(status) <= fieldLong && !twoSentences(status) && !truncated(status)
}

// verdictSection returns the end of a section of a review's box of pros
// and cons that starts at line i (see verdictBox), or i when none does:
// a kept label of verdictLabels ("Pros", "Cons") and under it one to
// keyMax kept lines of at most keyWords words and two sentences, neither
// prose, a section header, a record nor a label. A shopping guide gives
// each product such a box between its paragraphs.
func (sc *bodyScratch) verdictSection(d *clean.Document, i int) int {
	if i >= len(sc.stats) {
		return i
	}
	if st := &sc.stats[i]; st.words == 0 || st.words > keyLabelWords || st.sents > 0 || !d.Paragraphs[i].Kept() ||
		!labelIn(verdictLabels, d.Paragraphs[i].Text) {
		return i
	}
	j := i + 1
	for ; j < len(sc.stats) && j-i <= keyMax; j++ {
		p, s := &d.Paragraphs[j], &sc.stats[j]
		if !p.Kept() || sc.prose[j] || sc.wall[j] || sc.rec[j] != recNone || s.words == 0 || s.words > keyWords ||
			s.sents > 2 || s.words <= keyLabelWords && labelIn(verdictLabels, p.Text) {
			break
		}
	}
	return j
}

// underVerdict reports whether line i is right under a review's verdict:
// one or two prose paragraphs and a critic's score (see criticScore),
// under a label of verdictHeads ("Our verdict").
func (sc *bodyScratch) underVerdict(d *clean.Document, i int) bool {
	paras := 0
	for j := i - 1; j >= 0 && paras <= 2; j-- {
		switch {
		case !d.Paragraphs[j].Kept() || sc.criticScore(d, j):
		case sc.prose[j]:
			paras++
		default:
			return paras > 0 && sc.stats[j].words <= keyLabelWords && labelIn(verdictHeads, d.Paragraphs[j].Text)
		}
	}
	return false
}

// goesOn reports whether the article goes on at line j, right after the
// lines a sentence introduced (see markStructure): past the lines the
// rules removed there (a map's credit, an ad), the next line is prose, a
// line that ends with a colon, or a subheading right over prose (a kept
// line of fewer than proseWords words, no section header, no record and
// no byline: "Which areas have been evacuated?").
func goesOn(d *clean.Document, st []lineStats, prose, wall []bool, rec []uint8, j int) bool {
	n := len(st)
	for j < n && !d.Paragraphs[j].Kept() && !wall[j] {
		j++
	}
	switch {
	case j == n:
		return false
	case prose[j] || st[j].end == ':':
		return true
	case wall[j] || rec[j] != recNone || st[j].words >= proseWords || byName(d.Paragraphs[j].Text):
		return false
	}
	k := nextKept(d.Paragraphs, j)
	return k >= 0 && prose[k]
}

// sheetBelow reports whether the next kept line from j is a field of a
// team sheet (see sheetField: "Subs not used: Carr, Iqbal.", "Booked:
// Holt.").
func sheetBelow(d *clean.Document, j int) bool {
	if !d.Paragraphs[j].Kept() {
		if j = nextKept(d.Paragraphs, j); j < 0 {
			return false
		}
	}
	return sheetField(d.Paragraphs[j].Text)
}

// listReach is the most kept lines between a list and the article's
// prose around it (see markStructure): a subheading, a closing line.
const listReach = 3

// proseAbove reports whether the nearest kept line above i is prose (not
// across a wall).
func proseAbove(d *clean.Document, prose, wall []bool, i int) bool {
	k := prevKept(d.Paragraphs, i)
	return k >= 0 && prose[k] && !slices.Contains(wall[k:i], true)
}

// goOnProse is how many prose paragraphs the article has among the
// goOnLines kept lines under a list that a short line introduces (see
// markStructure), the first of them prose: the article goes on, a
// subheading and the line that introduces its part aside.
const (
	goOnProse = 3
	goOnLines = 5
)

// goesOnUnder reports whether the kept line from j is prose and goOnProse of
// the goOnLines kept lines from j are, with no wall among them.
func goesOnUnder(d *clean.Document, prose, wall []bool, j int) bool {
	seen, found := 0, 0
	for ; j < len(prose) && seen < goOnLines && !wall[j]; j++ {
		if !d.Paragraphs[j].Kept() {
			continue
		}
		if prose[j] {
			found++
		} else if seen == 0 {
			return false
		}
		if seen++; found == goOnProse {
			return true
		}
	}
	return false
}

// proseWithin reports a prose paragraph among the listReach kept lines
// from i in direction dir (1 down, -1 up), no section header before it.
func proseWithin(d *clean.Document, prose, wall []bool, i, dir int) bool {
	for seen := 0; i >= 0 && i < len(prose) && seen < listReach; i += dir {
		switch {
		case !d.Paragraphs[i].Kept():
		case wall[i]:
			return false
		case prose[i]:
			return true
		default:
			seen++
		}
	}
	return false
}

func markRange(b []bool, from, to int) {
	for k := from; k < to; k++ {
		b[k] = true
	}
}

// field splits a line that is a field of a record, "Label: value": a
// label of at most labelWords words that starts with a capital letter, a
// digit or a letter of a script without case and holds no sentence end,
// then a colon, a space and a value of one sentence at most, not cut
// short ("When: 5-10 p.m. Friday-Sunday", "Booked: Varga, Fenwick.").
// A reader's comment after its author's name, or a teaser after its
// kicker, is often longer than one sentence or cut short; a speaker's
// turn in a transcript (see speakerTurn) is said, not a field. More
// fields may follow on the line (see fieldChain).
func field(text string) (label, value string, ok bool) {
	c := labelColon(text)
	if c < 0 {
		return "", "", false
	}
	label, value = text[:c], strings.TrimLeft(text[c+2:], " ")
	if !fieldLabel(label) || value == "" || truncated(value) {
		return "", "", false
	}
	return label, value, (!twoSentences(value) || fieldChain(value)) && !speakerTurn(text)
}

// labelColon returns where the colon that ends a label of at most
// labelBytes bytes opening text is, a space after it, or -1.
func labelColon(text string) int {
	c := strings.IndexByte(text[:min(len(text), labelBytes+1)], ':')
	if c <= 0 || c+1 >= len(text) || text[c+1] != ' ' {
		return -1
	}
	return c
}

// fieldLabel reports the label of a field (see field): at most labelWords
// words that start with a capital letter, a digit or a letter of a script
// without case, and no sentence end; a full stop may end an
// abbreviation ("Sq. ft.", "No. of rooms").
func fieldLabel(label string) bool {
	r, _ := utf8.DecodeRuneInString(label)
	return (unicode.IsDigit(r) || unicode.IsLetter(r) && !unicode.IsLower(r)) &&
		strings.Count(label, " ") < labelWords && !strings.ContainsAny(label, "!?") && abbrevDots(label)
}

// abbrevMax is the most bytes of an abbreviation a full stop ends.
const abbrevMax = 3

// abbrevDots reports whether each full stop of s ends a word of at most
// abbrevMax bytes, and s or a word in lower case follows it: an
// abbreviation ("Sq. ft.", "No. of rooms"), not a sentence ("Done. Next")
// nor a title before a name ("Dr. Ruiz").
func abbrevDots(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		word := i - (strings.LastIndexByte(s[:i], ' ') + 1)
		next := s[i+1:] // the label's end, or " " and a word in lower case
		if word == 0 || word > abbrevMax || next != "" && (len(next) < 2 || next[0] != ' ' || next[1] < 'a' || next[1] > 'z') {
			return false
		}
	}
	return true
}

// tagLabels label a page's list of tags or topics, lower case, besides
// those of tagLabelsIntl.
var tagLabels = []string{"tag", "tags", "topic", "topics", "keywords", "category", "categories", "filed under",
	"schlagworte", "themen", "temas", "tagi", "tematy", "теги", "темы", "мітки", "теми", "từ khóa", "etiket",
	"kata kunci", "ট্যাগ", "टैग्स", "وسوم", "الوسوم", "태그", "タグ", "标签", "標籤"}

// siteField reports a field whose label is the site's, not a record's: a
// credit of the staff or the source (see creditLabels: "Editor: Ann
// Lee") or a list of tags ("Tags: Football, Transfers").
func siteField(label string) bool {
	for _, ls := range [...][]string{creditLabels, tagLabels, tagLabelsIntl} {
		for _, l := range ls {
			if len(l) == len(label) && strings.EqualFold(l, label) {
				return true
			}
		}
	}
	return false
}

// fieldChain reports a value of a field followed by more fields on the
// same line, each sentence after the first a label and its value
// ("Shots: 33:35. Penalties: 10:6 min. Attendance: 2 318."): a match's
// figures, not a comment's sentences.
func fieldChain(value string) bool {
	if strings.ContainsAny(value, "!?") {
		return false // a comment's exclamation, a question
	}
	for {
		i := strings.Index(value, ". ")
		if i < 0 {
			return true
		}
		value = value[i+2:]
		c := strings.IndexByte(value[:min(len(value), labelBytes+1)], ':')
		if c <= 0 || c+1 >= len(value) || value[c+1] != ' ' {
			return false
		}
		label := value[:c]
		if r, _ := utf8.DecodeRuneInString(label); !unicode.IsUpper(r) || strings.Count(label, " ") >= labelWords ||
			strings.ContainsAny(label, ".!?") {
			return false
		}
	}
}

// twoSentences reports a sentence end inside s followed by another
// sentence: a '!' or a '?', or a full stop after two lower-case letters
// ("cancellation."; not "p.m." or "Dr."), then a space and a capital
// letter.
func twoSentences(s string) bool {
	for i := 2; i+2 < len(s); i++ {
		if s[i+1] != ' ' {
			continue
		}
		switch s[i] {
		case '!', '?':
		case '.':
			if !('a' <= s[i-1] && s[i-1] <= 'z' && 'a' <= s[i-2] && s[i-2] <= 'z') {
				continue
			}
		default:
			continue
		}
		if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// tableRow reports a line that holds at least two cell separators ('|')
// or a tab: a row of a table saved as text.
func tableRow(text string) bool {
	if i := strings.IndexByte(text, '|'); i >= 0 && strings.IndexByte(text[i+1:], '|') >= 0 {
		return true
	}
	return strings.IndexByte(text, '\t') >= 0
}

// setting reports a line of configuration: a section name in brackets
// alone ("[Service]"), or a word followed by '=' and a value with no
// space between ("Type=oneshot", "export PATH=/usr/bin").
func setting(text string) bool {
	if len(text) > 2 && text[0] == '[' && text[len(text)-1] == ']' && !strings.ContainsRune(text, ' ') {
		return true
	}
	for i := 0; ; i++ {
		k := strings.IndexByte(text[i:], '=')
		if k < 0 {
			return false
		}
		i += k
		if i > 0 && i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '=' && keyByte(text[i-1]) {
			return true
		}
	}
}

// keyByte reports an ASCII letter, digit or underscore, as ends the
// name of a setting.
func keyByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || isDigit(c) || c == '_'
}

// scoreLine reports the result of a match, a line with no sentence end
// and at most scoreWords words before a note in brackets ("(aet)",
// "(0–2, 2–0, 1–1, 1–0)"), in one of two shapes:
//   - two sides, each a name and its score, the first name starting with
//     a capital: "Kinsey Rovers 3 Hallam Park 2", "Kelvedon Men 2s 1
//     Sandbury Men 3s 2";
//   - two names without figures joined by a dash, then both scores
//     joined by a dash or a colon, and at most one short mark after them
//     ("ja.", "OT"): "Saukot–Haukat 4–3 ja.", "Bayern – Dortmund 2:1"
//     (a dateline's time after a dash follows a day's number).
//
// A score has at most scoreDigits digits; a headline or a menu item seldom
// ends with a number after a name that follows another number, and a
// date's year has four digits.
func scoreLine(text string) bool {
	t := strings.TrimRight(text, " ")
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndexByte(t, '('); k > 0 {
			t = strings.TrimRight(t[:k], " ")
		}
	}
	if !scoreEnd(t) {
		return false
	}
	var w [scoreWords + 1]string
	n := 0
	for f := range strings.FieldsSeq(t) {
		if n == len(w) {
			return false
		}
		w[n] = f
		n++
	}
	if n < 2 || !nameWord(w[0]) {
		return false
	}
	if n >= 3 && score(w[n-1]) {
		for k := n - 3; k >= 1; k-- {
			if score(w[k]) && nameWord(w[k+1]) {
				return true
			}
		}
		return false
	}
	k := n - 1
	if len(w[k]) <= 4 && !strings.ContainsFunc(w[k], unicode.IsDigit) {
		k-- // "ja.", "OT": after the scores
	}
	if k < 1 || !pairedScore(w[k]) {
		return false
	}
	dash := false
	for _, f := range w[:k] {
		if strings.ContainsFunc(f, unicode.IsDigit) {
			return false // a date and a time: "Updated 12 Nov – 14:05"
		}
		dash = dash || f == "-" || f == "–" || f == "—" || strings.ContainsAny(f, "-–—") && nameWord(f)
	}
	return dash
}

// scoreEnd reports whether t may end like a result, before its words are
// looked at: with a score after a space (a side's score), a dash or a
// colon (both scores), maybe followed by a short mark ("ja.").
func scoreEnd(t string) bool {
	e := len(t)
	if e > 0 && !isDigit(t[e-1]) {
		k := strings.LastIndexByte(t, ' ')
		if k < 0 || e-k-1 > 4 {
			return false
		}
		e = k
	}
	j := e
	for j > 0 && isDigit(t[j-1]) {
		j--
	}
	if j == e || e-j > scoreDigits || j == 0 {
		return false
	}
	switch t[j-1] {
	case ' ', '-', ':', 0x93, 0x94: // the last bytes of "–" and "—"
		return true
	}
	return false
}

// nameWord reports a word that starts with a letter that is not lower
// case (a capital, or a letter of a script without case).
func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && !unicode.IsLower(r)
}

// score reports a word of 1 to scoreDigits digits.
func score(w string) bool {
	if len(w) == 0 || len(w) > scoreDigits {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// pairedScore reports two scores joined by a dash or a colon: "4–3",
// "2-1", "2:1".
func pairedScore(w string) bool {
	i := 0
	for i < len(w) && isDigit(w[i]) {
		i++
	}
	if i == 0 || i > scoreDigits || i == len(w) {
		return false
	}
	_, sz := utf8.DecodeRuneInString(w[i:])
	switch {
	case strings.HasPrefix(w[i:], "–"), strings.HasPrefix(w[i:], "—"), w[i] == '-', w[i] == ':':
	default:
		return false
	}
	return score(w[i+sz:])
}

// playerGap is how many lines the rules removed (the video's title, its
// credit) may stand between a player's button and its length;
// playerTitles how many kept lines of a title may.
const (
	playerGap    = 2
	playerTitles = 1
)

// playerLabels are the labels of an embedded player, lower case, that
// show a title over a length to be a clip's (see player).
var playerLabels = map[string]bool{"audio": true, "video": true, "listen": true, "watch": true, "podcast": true,
	"play": true, "vídeo": true, "vidéo": true, "áudio": true}

// player returns the lines of an embedded video player around line i
// when i holds only the video's length ("00:52", "1:02:15"; see
// duration): the line above it (past at most playerGap lines the rules
// removed), a button of at most buttonWords
// words with no figure and no sentence end ("Reproducir vídeo", "Play
// video"), and the line right below it when it is the video's title, a
// kept line of at most captionWords words, no prose, that ends no
// sentence. The title may stand above the length instead, under the
// button, when the button or a line right over it is one of playerLabels
// ("Audio", "Morning North", "What happens when ...", "7:42"). It
// returns an empty range when i is no player's.
func player(d *clean.Document, st []lineStats, prose, wall []bool, i int) (from, to int) {
	if i == 0 || !duration(d.Paragraphs[i].Text) {
		return 0, 0
	}
	b := i - 1
	for k := 0; k < playerGap && b > 0 && !d.Paragraphs[b].Kept(); k++ {
		b--
	}
	button := func(b int) bool {
		s := &st[b]
		return d.Paragraphs[b].Kept() && s.words > 0 && s.words <= buttonWords && s.digits == 0 && !stopRune(s.end) && !wall[b]
	}
	// The clip's title may stand between the button (the show's name)
	// and the length ("Audio", "Morning North", "What happens when ...",
	// "7:42").
	titled := false // the clip's title is above its length
	for k := 0; k < playerTitles && b > 0 && !button(b) && d.Paragraphs[b].Kept() && !prose[b] && !wall[b] &&
		st[b].words <= captionWords && !stopRune(st[b].end) && d.Paragraphs[b-1].Kept(); k++ {
		b--
		titled = true
	}
	if !button(b) {
		return 0, 0
	}
	if titled {
		// Only a player's label says that a title over a length is a
		// clip's, not a section's over a time of day.
		switch {
		case b > 0 && button(b-1) && playerLabels[strings.ToLower(d.Paragraphs[b-1].Text)]:
			b-- // the label over the show's name
		case !playerLabels[strings.ToLower(d.Paragraphs[b].Text)]:
			return 0, 0
		}
	}
	from, to = b, i+1
	if t := i + 1; !titled && t < len(st) && d.Paragraphs[t].Kept() && !prose[t] && !wall[t] && st[t].words > 0 &&
		st[t].words <= captionWords && !stopRune(st[t].end) {
		to++
	}
	return from, to
}

// duration reports a line that holds only a length of time in minutes
// and seconds, maybe hours first: "00:52", "1:48", "1:02:15".
func duration(text string) bool {
	parts := 0
	for p := range strings.SplitSeq(text, ":") {
		if parts > 0 && len(p) != 2 || len(p) == 0 || len(p) > 2 || !score(p) {
			return false
		}
		parts++
	}
	return parts == 2 || parts == 3
}
