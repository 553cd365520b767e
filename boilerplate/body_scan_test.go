package boilerplate

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean/extract"
	"github.com/cleantext/clean/internal/benchcpu"
)

// refScan is the reference for scan, one rune at a time: the features of s
// and its tokens, lower-cased. A token is a run of ASCII letters, digits
// and underscores and of other letters, digits and marks, or a single Han
// or kana character, or a stopword found inside a run of an unspaced
// script (see refUnspaced), which counts ceil(onsets / unspacedLen) words.
func refScan(s string) (st lineStats, toks []string) {
	var cur []byte
	in := false
	after, open := -1, int32(0) // the end of the last unspaced run; the words of the Thai and Lao ones
	flush := func() {
		if in {
			st.words++
			toks = append(toks, string(cur))
			cur, in = cur[:0], false
		}
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if r < utf8.RuneSelf {
			c := byte(r)
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '_', 'A' <= c && c <= 'Z':
				if !in && '0' <= c && c <= '9' {
					st.digits++
					st.lead = st.lead || st.words == 0
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				cur, in = append(cur, c), true
			default:
				flush()
				switch {
				case c == '.' || c == '!' || c == '?':
					// Closing quotation marks and brackets may follow.
					rest := strings.TrimLeft(s[i:], "\"')]\u201d\u2019\u00bb")
					ordinal := c == '.' && i >= 2 && s[i-2] >= '0' && s[i-2] <= '9' && len(s) > i+1 &&
						s[i] == ' ' && s[i+1] >= 'a' && s[i+1] <= 'z'
					if (rest == "" || rest[0] == ' ') && !ordinal {
						st.sents++
					}
				case c == ',':
					st.commas++
				case c == ':':
					st.marks |= mColon
				case c == '|':
					st.marks |= mPipe
				case c == '\t':
					st.marks |= mTab
				case c == '=':
					st.marks |= mEquals
				case c == '[':
					st.marks |= mBracket
				case c == '-':
					st.marks |= mDash
				}
			}
			continue
		}
		switch k := runeClass(r); {
		case isUnspaced(r):
			flush()
			if after >= 0 && strings.Trim(s[after:i-w], " ") == "" {
				st.commas++
			}
			j := i - w
			for j < len(s) {
				q, qw := utf8.DecodeRuneInString(s[j:])
				if !isUnspaced(q) {
					break
				}
				j += qw
			}
			n, stops := refUnspaced(s[i-w : j])
			words := int32((2*n + 6) / 7) // ceil(n / 3.5)
			words = max(words, 1)
			st.words += words
			if 0x0E00 <= r && r < 0x0F00 {
				open += words
			}
			toks = append(toks, stops...)
			i, after = j, j
		case k&rCJK != 0:
			flush()
			cur, in = utf8.AppendRune(cur, r), true
			flush()
		case k&rWord != 0:
			if !in && unicode.IsDigit(r) {
				st.digits++
				st.lead = st.lead || st.words == 0
			}
			cur, in = utf8.AppendRune(cur, unicode.ToLower(r)), true
		default:
			flush()
			switch r {
			case '。', '！', '？', '؟', '।', '۔', '๚', '។', '៕', '။', '։', '።', '፧':
				st.sents++
			case '།', '༎': // a Tibetan shad ends a sentence, but not the one that ends the line
				st.sents++
			case '，', '、', '،', '၊', '፣', '՝':
				st.commas++
			case '●', '•', '◆', '▪':
				st.marks |= mBullet
			case '–', '—':
				st.marks |= mDash
			}
		}
	}
	flush()
	st.end = lastRune(s)
	if st.end == '།' || st.end == '༎' {
		st.sents--
	}
	if r := st.end; open > 0 && 2*open >= st.words && st.words >= proseWords && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_') {
		st.sents++
		st.end = impliedStop
	}
	return st, toks
}

// refUnspaced returns the onsets of a run of an unspaced script and the
// stopwords in it: from left to right, at each onset not right after a
// leading vowel and past the last stopword found, the longest stopword
// (or its form with sara am for nikhahit and sara aa) that starts there
// and ends before an onset or the end of the run.
func refUnspaced(run string) (onsets int, stops []string) {
	found, lead := 0, false
	for i, r := range run {
		if isOnset(r) {
			onsets++
			if !lead && i >= found {
				best, form := "", ""
				for _, w := range refStopwords() {
					for _, v := range []string{w, strings.ReplaceAll(w, "\u0e4d\u0e32", "\u0e33")} {
						rest := run[i:]
						if len(v) <= len(form) || !strings.HasPrefix(rest, v) {
							continue
						}
						if next, _ := utf8.DecodeRuneInString(rest[len(v):]); len(rest) == len(v) || isOnset(next) {
							best, form = w, v
						}
					}
				}
				if best != "" {
					stops = append(stops, best)
					found = i + len(form)
				}
			}
		}
		lead = isUnspaced(r) && unicode.Is(unicode.Logical_Order_Exception, r)
	}
	return onsets, stops
}

// refStopwords returns every stopword.
var refStopwords = sync.OnceValue(func() []string {
	var words []string
	for _, line := range strings.Split(strings.TrimSpace(stopwordData), "\n") {
		words = append(words, strings.Fields(line)[1:]...)
	}
	return words
})

// refSets maps each stopword to 1 + the index of its language set in
// stopSets.
func refSets(t testing.TB) map[string]uint16 {
	numLangs()
	masks := map[string]uint64{}
	for l, line := range strings.Split(strings.TrimSpace(stopwordData), "\n") {
		for _, w := range strings.Fields(line)[1:] {
			masks[w] |= 1 << l
		}
	}
	index := map[uint64]uint16{}
	for k, m := range stopSets {
		index[m] = uint16(k + 1)
	}
	sets := map[string]uint16{}
	for w, m := range masks {
		if index[m] == 0 {
			t.Fatalf("no language set for %q", w)
		}
		sets[w] = index[m]
	}
	return sets
}

// checkScan checks scan(s) against refScan(s), with keys appended to an
// empty slice (scan grows it in its own loop) and to one with room for
// them all and to one with room for a few (scanASCII appends while there
// is room, then leaves the word to scan).
func checkScan(t *testing.T, sets map[string]uint16, s string) bool {
	t.Helper()
	want, toks := refScan(s)
	var wantHits []uint16
	for _, w := range toks {
		if k := sets[w]; k != 0 {
			wantHits = append(wantHits, k)
		}
	}
	for _, room := range []int{0, len(s) + 1, 3} {
		var st lineStats
		hits := scanHits(s, &st, make([]uint64, 1, 1+room)[1:])
		if st != want || string(utf16ish(hits)) != string(utf16ish(wantHits)) {
			t.Errorf("scan(%q) (room for %d keys) = %+v %v, want %+v %v (tokens %q)", s, room, st, hits, want, wantHits, toks)
			return false
		}
	}
	return true
}

// scanHits returns the stopword sets of the words of s that are
// stopwords, as 1 + indices in stopSets, and fills st; scan appends the
// keys to keys.
func scanHits(s string, st *lineStats, keys []uint64) []uint16 {
	*st = lineStats{}
	keys = scan(s, st, keys)
	sets := make([]uint16, len(keys))
	lookupStopwords(keys, sets, new([2][1 << maskBits]int32))
	var hits []uint16
	for _, k := range sets {
		if k != 0 {
			hits = append(hits, k)
		}
	}
	return hits
}

func utf16ish(h []uint16) []rune {
	r := make([]rune, len(h))
	for i, k := range h {
		r[i] = rune(k)
	}
	return r
}

// TestScanReference checks scan against refScan on every line of the seeds
// and the bench pages and on edge cases: words of every length at the end
// of the line, mixed scripts, invalid UTF-8.
func TestScanReference(t *testing.T) {
	sets := refSets(t)
	lines := []string{"", " ", "a", "A", "1", "_", "The", "THE.", "the,", "x.y", "a!b ? c. ", "don’t", "Zürich", "über", "ÜBER alles",
		"İstanbul", "ΣΊΣΥΦΟΣ", "日本語のテキスト。", "中文，标点、符号", "mixed日本words", "\xff\xfeab\xc3", "abc\xe2\x80", "naïve café",
		"12abc 3rd 2020.", "état-major", "это и то", "Это И То", "a\u0301b", "𝐀𝐁 emoji 😀 word", "x\x00y", "and\tthe\nof", "a|b=c:d", "Type=oneshot", "When: 7:30 p.m.", "é|ü", "[Service]", "[13]Read more"}
	for n := 1; n <= 40; n++ {
		w := strings.Repeat("ab", n)[:n]
		lines = append(lines, w, "x "+w, w+" ", strings.ToUpper(w)+"é", "é"+w, w+"’s")
		// Tokens beyond ASCII across the end of scan's buffer: two- and
		// three-byte letters at either parity, upper case inside.
		for _, r := range []string{"ж", "Ж", "क", "ṁ", "ß"} {
			v := strings.Repeat(r, n)
			lines = append(lines, v, "a"+v, v+"b9", "ы"+v+"Ы", v+"́"+v+".", v+"中", v+"ก")
		}
	}
	for w := range sets {
		lines = append(lines, w, strings.ToUpper(w), "- "+w+".", w+"x")
	}
	lines = append(lines, chunkEdgeLines()...)
	lines = append(lines, pageLines(t)...)
	bad := 0
	for _, s := range lines {
		if !checkScan(t, sets, s) {
			if bad++; bad > 20 {
				t.Fatal("too many")
			}
		}
	}
}

// chunkEdgeLines returns lines that put words, punctuation and bytes
// beyond ASCII on either side of the eight-byte boundaries scan reads
// across: words of 7, 8, 9, 15, 16 and 17 bytes (the first one a digit,
// or upper-cased) at every offset up to 16, followed by a space, a
// sentence end, a comma or a letter beyond ASCII, or ending the line; and
// a sentence end, a comma or an ë, then a space or the end, at every
// offset up to 24.
func chunkEdgeLines() []string {
	var lines []string
	for _, n := range []int{7, 8, 9, 15, 16, 17} {
		w := strings.Repeat("abcdefgh", 3)[:n]
		for _, v := range []string{w, "9" + w[1:], strings.ToUpper(w)} {
			for off := 0; off <= 16; off++ {
				pre := strings.Repeat("x ", off/2) + strings.Repeat(" ", off%2)
				for _, after := range []string{"", " z", ". z", ".", ", z", "é z", "é"} {
					lines = append(lines, pre+v+after)
				}
			}
		}
	}
	for off := 0; off <= 24; off++ {
		pre := strings.Repeat("ab ", off/3) + "ab"[:off%3]
		for _, p := range []string{".", "!", "?", ",", "ë"} {
			lines = append(lines, pre+p, pre+p+" ", pre+p+"x", pre+p+p+" x")
		}
	}
	return lines
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"The cat, the hat.", "Zürich über alles", "日本語", "\xff a", "ตำรวจระบุว่า ที่และ ๆ การ์ด", "ໄດ້ແຈ້ງ ແລະ", "ទឹក។ ក"} {
		f.Add(s)
	}
	for _, s := range chunkEdgeLines() {
		f.Add(s)
	}
	sets := refSets(f)
	f.Fuzz(func(t *testing.T, s string) { checkScan(t, sets, s) })
}

// refIsWall is the reference for isWall: the whole line lower-cased, its
// trailing separators trimmed, then the line and each prefix ending before
// a space looked up.
func refIsWall(text string, s *lineStats) bool {
	r, _ := utf8.DecodeRuneInString(text)
	cjk := r >= 0x3000 && r < 0xA000 // a first byte from 0xE3 to 0xE9
	if s.words == 0 || s.words > 5 && !(cjk && s.words <= wallCJKWords) || s.sents > 0 || len(text) > 60 {
		return false
	}
	if text != "" && (text[0] == '*' || text[0] == '#') {
		text = strings.TrimLeft(text, "*# ") // a heading's marks
	}
	t := []byte(strings.TrimRight(strings.ToLower(text), " :>|"))
	if wallPhrase(t) {
		return true
	}
	for i, c := range t {
		if c == ' ' && wallPhrase(t[:i]) {
			return true
		}
	}
	return false
}

// TestIsWallReference checks isWall against refIsWall on every line of
// the pages and on header phrases with the endings pages give them.
func TestIsWallReference(t *testing.T) {
	numLangs()
	lines := []string{"Comments", "COMMENTS (12)", "Related articles:", "Related Articles >", "Read more |", "Read More ::",
		"You might also like", "You might also like this", "you might also liked", "See also: the other story", "Popular",
		"Populär", "Trending now", "Most Read Stories", "Leave a Reply Cancel reply", "Also read: x", "more news >>", "More from",
		"Comments: 0", "commentsx", " comments", "Latest News | Sport", "** IN OTHER NEWS", "## Related", "# Comments",
		"In other news", "**Related**", "#1 Comments",
		"Читайте также", "ЧИТАЙТЕ ТАКЖЕ:", "Комментарии (5)", "Комментарий", "À lire aussi", "A LIRE AUSSI",
		"Leia também", "LEIA TAMBÉM", "Artículos relacionados", "Lesen Sie auch", "Más leídas", "más", "Читать",
		"Ähnliche Artikel", "Das könnte Sie auch interessieren", "Kommentare (3)", "Commentaires",
		"アクセスランキング", "アクセスランキング：", "アクセスランキングの集計方法を変更", "関連記事", "관련기사"}
	lines = append(lines, pageLines(t)...)
	walls := 0
	for _, s := range lines {
		var st lineStats
		scan(s, &st, nil)
		got, want := isWall(s, &st), refIsWall(s, &st)
		if got != want {
			t.Errorf("isWall(%q) = %v, want %v", s, got, want)
		}
		if got {
			walls++
		}
	}
	if walls < 10 {
		t.Errorf("only %d walls", walls)
	}
	// Headers in other languages, in the case pages give them, are walls.
	for _, s := range []string{"ЧИТАЙТЕ ТАКЖЕ:", "Комментарии (5)", "À lire aussi", "LEIA TAMBÉM",
		"Artículos relacionados", "Lesen Sie auch", "Das könnte Sie auch interessieren",
		"Още по темата", "Διαβάστε επίσης", "Läs också:", "Související články", "Baca juga",
		"Xem thêm", "Habari zaidi", "** IN OTHER NEWS", "اقرأ أيضا", "כתבות נוספות", "यह भी पढ़ें", "相关阅读", "많이 본 뉴스"} {
		var st lineStats
		scan(s, &st, nil)
		if !isWall(s, &st) {
			t.Errorf("isWall(%q) = false", s)
		}
	}
}

// TestLastRuneReference checks lastRune, which reads an ASCII last byte
// without decoding, against decoding every rune from the end, on every
// line of the pages and on edge cases; and that no ASCII rune is a mark
// (dateShape asks unicode.IsMark only beyond ASCII).
func TestLastRuneReference(t *testing.T) {
	ref := func(s string) rune {
		for len(s) > 0 {
			r, w := utf8.DecodeLastRuneInString(s)
			if !isCloser(r) {
				return r
			}
			s = s[:len(s)-w]
		}
		return 0
	}
	lines := []string{"", " ", "a", "a.", "a.)", "“a”", "a ’", "x\xff", "\xe2\x80", "日本。」", "ok\"'", ")]", "é)"}
	lines = append(lines, pageLines(t)...)
	for _, s := range lines {
		if got, want := lastRune(s), ref(s); got != want {
			t.Errorf("lastRune(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if unicode.IsMark(r) {
			t.Errorf("%q is a mark", r)
		}
	}
}

// pageLines returns the text of every paragraph of the seeds and the bench
// pages.
func pageLines(t testing.TB) []string {
	var lines []string
	for _, g := range []string{"../testdata/seeds/*.txt", "../testdata/benchtext/dev/input/*.txt"} {
		names, _ := filepath.Glob(g)
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range extract.Text("p.txt", b).Paragraphs {
				lines = append(lines, p.Text)
			}
		}
	}
	return lines
}

// BenchmarkScan measures scan alone on the paragraphs of the seeds and
// the bench pages: all of them, and those that are ASCII only (MB of text
// per second, and per CPU-second).
func BenchmarkScan(b *testing.B) {
	numLangs()
	all := pageLines(b)
	var ascii []string
	for _, s := range all {
		if !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) {
			ascii = append(ascii, s)
		}
	}
	for _, c := range []struct {
		name  string
		lines []string
	}{{"all", all}, {"ascii", ascii}} {
		b.Run(c.name, func(b *testing.B) {
			size := 0
			for _, s := range c.lines {
				size += len(s)
			}
			b.SetBytes(int64(size))
			var keys []uint64
			var st lineStats
			cpu := benchcpu.Start()
			defer func() { cpu.Report(b, int64(size)) }()
			for b.Loop() {
				keys = keys[:0]
				for _, s := range c.lines {
					keys = scan(s, &st, keys)
				}
			}
		})
	}
}

// TestScanSentenceEnds checks the sentence ends scan counts: a full stop,
// question or exclamation mark before a space or the end, closing
// quotation marks and brackets between them or not.
func TestScanSentenceEnds(t *testing.T) {
	for _, c := range []struct {
		text  string
		sents int32
	}{
		{`He said: "Say no and ask a friend first."`, 1},
		{"He said: \u201cSay no.\u201d Then he left.", 2},
		{"It was over (they said.) It was not.", 2},
		{"\u00abC'est fini.\u00bb", 1},
		{"She said 'no.' He said 'yes!'", 2},
		{"Version 2.0 of the law", 0},
		// An ordinal's full stop before a word in lower case ends no
		// sentence; before a capital it may.
		{"Dla osób do 45. roku życia, a limity dochodowe.", 1},
		{"Am 3. März beginnt der Streik.", 2},
		{"It rose in 2019. Then it fell.", 2},
		{`A "quoted.word" inside`, 0},
		// Tibetan closes a headline with a shad too: only one inside the
		// line ends a sentence.
		{"ཀླུ་མཚོ་སྒང་དགོན་པའི་སློབ་གྲྭར་སློབ་ཁང་གསར་པ་བཞི་སྒོ་ཕྱེ།", 0},
		{"ལོ་འདིར་སློབ་ཕྲུག་གསར་པ་བརྒྱད་ཅུ་ལྷག་ཙམ་ཞུགས་ཤིང་། དེའི་ནང་བུ་མོ་སོ་དྲུག་ཡོད།", 1},
		{"སློབ་ཚན་གསར་པ༎ ཞུགས་ཤིང་༎", 1},
		{"ལོ་འདིར་སློབ་ཕྲུག། \"དེའི་ནང་བུ་མོ།\"", 1}, // the shad that ends the line, in quotes
	} {
		stopOnce.Do(loadStopwords) // scan reads the rune classes it loads
		var st lineStats
		scan(c.text, &st, nil)
		if st.sents != c.sents {
			t.Errorf("scan(%q): %d sentence ends, want %d", c.text, st.sents, c.sents)
		}
	}
}

// TestBMPClasses checks the rune classes loadStopwords reads off the
// Unicode tables against runeClass, rune by rune.
func TestBMPClasses(t *testing.T) {
	numLangs()
	for r := range rune(1 << 16) {
		if got, want := bmpClass[r], runeClass(r); got != want {
			t.Fatalf("bmpClass[%U] = %08b, runeClass = %08b", r, got, want)
		}
	}
}

// TestWordBytes checks the eight-byte tests of scan (nonWord, nonLetter,
// lowerASCII) against asciiClass, byte by byte: every byte value at every
// position, among bytes of every class.
func TestWordBytes(t *testing.T) {
	fill := []byte{'a', 'Z', '5', '_', ' ', '.', 0x80, 0xC3, 0xFF, 0, '@', '[', '`', '{', 0x7F, '/', ':'}
	for p := range 8 {
		for b := range 256 {
			for _, f := range fill {
				var w [8]byte
				for q := range w {
					w[q] = f + byte(q)*uint8(b&1) // the fill, or a run of bytes from it
				}
				w[p] = byte(b)
				x := load64(string(w[:]), 0)
				nw, nl, low := nonWord(x), nonLetter(x), lowerASCII(x&^highs)
				for q, c := range w {
					k := asciiClass[c]
					letter := c|0x20 >= 'a' && c|0x20 <= 'z'
					if got, want := nw>>(8*q)&0xFF == 0x80, k&aWord == 0; got != want {
						t.Fatalf("nonWord(% x): byte %d: %v, want %v", w, q, got, want)
					}
					if got, want := nl>>(8*q)&0xFF == 0x80, !letter; got != want {
						t.Fatalf("nonLetter(% x): byte %d: %v, want %v", w, q, got, want)
					}
					if nw>>(8*q)&0x7F != 0 || nl>>(8*q)&0x7F != 0 {
						t.Fatalf("nonWord or nonLetter(% x): byte %d: low bits set", w, q)
					}
					want := c & 0x7F // lowerASCII takes bytes below 0x80
					if asciiClass[want]&aUpper != 0 {
						want += 'a' - 'A'
					}
					if got := byte(low >> (8 * q)); got != want {
						t.Fatalf("lowerASCII(% x): byte %d: %#x, want %#x", w, q, got, want)
					}
				}
			}
		}
	}
}

// TestLookupStopwords checks the sets lookupStopwords finds and counts
// against stopSet: on the key of every stopword, of its upper-case form,
// of the stopword with a letter added, and on keys of every bit pattern
// near the table's slots.
func TestLookupStopwords(t *testing.T) {
	numLangs()
	var keys []uint64
	for _, w := range refStopwords() {
		keys = append(keys, wordKey(w), wordKey(strings.ToUpper(w)), wordKey(w+"s"), wordKey("x"+w))
	}
	for k := range uint64(1 << 16) {
		keys = append(keys, k, k<<48, ^k, k*0x9E3779B97F4A7C15)
	}
	sets := make([]uint16, len(keys))
	var perSet, want [2][1 << maskBits]int32
	lookupStopwords(keys, sets, &perSet)
	hits := 0
	for i, k := range keys {
		if want := stopSet(k); sets[i] != want {
			t.Fatalf("lookupStopwords: key %#x: set %d, stopSet %d", k, sets[i], want)
		}
		want[i%2][sets[i]]++
		if sets[i] != 0 {
			hits++
		}
	}
	if perSet != want {
		t.Error("lookupStopwords: wrong counts of the sets")
	}
	if hits < len(refStopwords()) {
		t.Errorf("%d stopwords found, want at least %d", hits, len(refStopwords()))
	}
}
