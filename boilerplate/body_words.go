package boilerplate

import (
	"cmp"
	_ "embed"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// stopwordData is a trimmed copy of stopwords-iso (MIT; see
// stopwords.LICENSE) and five lists of our own: one line per language, its
// code then its words. At most 64 languages (a word's languages are a
// 64-bit set).
//
//go:embed stopwords.txt
var stopwordData string

// Stopwords are looked up by a 64-bit key of the lower-cased word (see
// wordKey: the word's bytes themselves when it has at most eight, a hash of
// them otherwise), which scan computes from the bytes it has just
// classified, in an open-addressing table built once from stopwordData.
// The key is multiplied by an odd constant (a bijection), the top bits of
// the product are the word's home slot, and a slot holds the product with
// its low maskBits bits replaced by 1 + the index of the word's language
// set in stopSets (a word list of 63 languages has a few hundred distinct
// sets). Building the table panics if two stopwords share their stored
// bits, so a lookup never confuses two stopwords; a word that is not a
// stopword matches a slot only if 54 bits of its product agree with one,
// about once in 10^12 words.
//
// Most words of a page are not stopwords, and their slots are cold in the
// cache: a bit set of 1<<bloomBits bits (16 KB), indexed by the top bits
// of the product, rules most of them out first; they read two empty slots
// past the table's end instead, always in the cache. Half the words of
// running text are stopwords, so a branch on either test would be
// mispredicted half the time: a lookup chooses its slot and compares the
// key with it and the next one without branching; only a word whose two
// slots both hold other words goes on probing.
const (
	maskBits  = 10
	tableBits = 16
	bloomBits = 17
	keyMul    = 0x9E3779B97F4A7C15
	// tablePad is the room past the last home slot for the words that do
	// not find a slot before it (the table does not wrap around).
	tablePad = 64
	// noSlot is where a word the filter rules out looks: two empty slots.
	noSlot = 1<<tableBits + tablePad
	// wordBuf is the longest word scan copies while it reads it (a word
	// with letters beyond ASCII); longer words are not stopwords.
	wordBuf = 32
)

var (
	stopOnce sync.Once
	// stopReady is set once loadStopwords has filled the tables (for
	// those who must not load them, see digitRune).
	stopReady atomic.Bool
	stopLangs []string // language codes, by bit
	stopSets  []uint64 // language bit sets, by index
	stopTable []uint64 // noSlot+2 slots; 0 is empty
	stopBloom *[1 << bloomBits / 64]uint64
	stopMax   int // longest stopword in bytes
	// stopInLang[l][k] is 1 if language set k-1 (see stopSet) holds
	// language l, else 0 (a count, to add without branching).
	stopInLang [][1 << maskBits]uint8
)

func loadStopwords() {
	bmpClass = bmpClasses()
	masks := make(map[string]uint64, 20000)
	var words []string
	for _, line := range strings.Split(strings.TrimSpace(stopwordData), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || len(stopLangs) == 64 {
			continue
		}
		bit := uint64(1) << len(stopLangs)
		stopLangs = append(stopLangs, f[0])
		for _, w := range f[1:] {
			if masks[w] == 0 {
				words = append(words, w)
			}
			masks[w] |= bit
			stopMax = max(stopMax, len(w))
		}
	}
	if 2*len(words) > 1<<tableBits {
		panic("boilerplate: too many stopwords for the table")
	}
	if stopMax > wordBuf {
		panic("boilerplate: a stopword is longer than wordBuf")
	}
	loadUnspacedStops(words)
	setIndex := map[uint64]uint64{}
	stopTable = make([]uint64, noSlot+2)
	stopBloom = new([1 << bloomBits / 64]uint64)
	seen := make(map[uint64]string, len(words))
	for _, w := range words {
		m := masks[w]
		k, ok := setIndex[m]
		if !ok {
			k = uint64(len(stopSets))
			if k+1 >= 1<<maskBits {
				panic("boilerplate: too many stopword language sets")
			}
			setIndex[m] = k
			stopSets = append(stopSets, m)
		}
		h := wordKey(w) * keyMul &^ (1<<maskBits - 1)
		if o, dup := seen[h]; dup {
			panic("boilerplate: stopwords " + o + " and " + w + " share a hash")
		}
		seen[h] = w
		b := h >> (64 - bloomBits)
		stopBloom[b>>6] |= 1 << (b & 63)
		for pos := h >> (64 - tableBits); ; pos++ {
			if pos == noSlot {
				panic("boilerplate: stopword table overflows its padding")
			}
			if stopTable[pos] == 0 {
				stopTable[pos] = h | (k + 1)
				break
			}
		}
	}
	stopInLang = make([][1 << maskBits]uint8, len(stopLangs))
	for k, m := range stopSets {
		for l := range stopInLang {
			stopInLang[l][k+1] = uint8(m >> l & 1)
		}
	}
	stopReady.Store(true)
}

// numLangs is the number of stopword lists.
func numLangs() int { stopOnce.Do(loadStopwords); return len(stopLangs) }

// wordKey is the key of a lower-cased word: its bytes, little-endian, when
// it has at most eight (a word holds no zero byte, so the key tells its
// length), else a hash of its length and of its bytes eight at a time (the
// last eight overlapping the ones before). scan computes the same key from
// the bytes it reads.
func wordKey[T string | []byte](w T) uint64 {
	if len(w) <= 8 {
		var x uint64
		for i := len(w) - 1; i >= 0; i-- {
			x = x<<8 | uint64(w[i])
		}
		return x
	}
	h := uint64(len(w))
	for i := 0; i+8 < len(w); i += 8 {
		h = hashChunk(h, load64(w, i))
	}
	return hashEnd(h, load64(w, len(w)-8))
}

func hashChunk(h, chunk uint64) uint64 {
	h = (h ^ chunk) * keyMul
	return h ^ h>>32
}

func hashEnd(h, chunk uint64) uint64 {
	h ^= chunk
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	return h ^ h>>33
}

// stopSet returns 1 + the index in stopSets of the language set of the
// word with key k, or 0 when it is not a stopword.
func stopSet(k uint64) uint16 {
	h := k * keyMul
	key := h &^ (1<<maskBits - 1)
	b := h >> (64 - bloomBits)
	pass := stopBloom[b>>6] >> (b & 63) & 1
	pos := noSlot ^ (noSlot^h>>(64-tableBits))&-pass // home or noSlot
	e0, e1 := stopTable[pos], stopTable[pos+1]
	var e uint64
	if e0&^(1<<maskBits-1) == key {
		e = e0
	}
	if e1&^(1<<maskBits-1) == key {
		e = e1
	}
	// Probe on only if both slots hold other words (conditional moves,
	// not branches, for the common cases).
	done := e
	if e0 == 0 {
		done = 1
	}
	if e1 == 0 {
		done = 1
	}
	if done == 0 {
		return probe(pos+2, key)
	}
	return uint16(e & (1<<maskBits - 1))
}

// probe goes on looking for key from slot pos.
func probe(pos, key uint64) uint16 {
	for ; ; pos++ {
		e := stopTable[pos]
		if e == 0 {
			return 0
		}
		if e&^(1<<maskBits-1) == key {
			return uint16(e & (1<<maskBits - 1))
		}
	}
}

// lookupStopwords sets sets[i] to stopSet(keys[i]) for every key, and
// counts the keys of each set in perSet: those of the even keys in
// perSet[0], of the odd ones in perSet[1] (most keys are not stopwords,
// set 0: with one histogram, each count of them would wait for the one
// before). The lookups of a whole document run in one loop whose only
// branch on the words is the rare probe, so the reads of many words are
// in flight at once and no misprediction throws them away (a lookup
// interleaved with the scanning, behind a branch on the filter, cost
// three times as much). (stopSet written inline in the loop took fewer
// instructions, but the compiler made branches of its conditional
// moves.)
func lookupStopwords(keys []uint64, sets []uint16, perSet *[2][1 << maskBits]int32) {
	sets = sets[:len(keys)]
	for i, k := range keys {
		set := stopSet(k)
		sets[i] = set
		perSet[i&1][set&(1<<maskBits-1)]++ // set < 1<<maskBits: the mask spares a bounds check
	}
}

// lineStats are the cheap features of one paragraph.
// They are int32 (a paragraph is far shorter than 2^31 bytes), so that
// the stats of a whole document stay small.
//
// Thai, Lao, Khmer and Myanmar write no space between words, only between
// phrases and sentences (see scanUnspaced): a run of their letters counts
// one word per unspacedLen onsets, a space between two such runs is a
// comma, and a line of Thai or Lao, which mark no sentence end, ends a
// sentence at its end when it has at least proseWords words (see
// impliedStop).
type lineStats struct {
	words  int32 // word tokens (a Han or kana character is one token; see unspacedLen)
	digits int32 // words that start with a decimal digit, of any script
	sents  int32 // sentence ends inside or at the end: . ! ? followed by space or end (see sentenceEnds)
	commas int32
	end    rune  // last rune that is not a closing quote or bracket, or impliedStop
	lead   bool  // the first word starts with a decimal digit
	marks  uint8 // the marks of structure the line holds (mColon, mPipe, mTab, mEquals, mBracket, mBullet, mDash)
	byline int8  // the answer of bodyScratch.isByline: 0 not asked yet, 1 no, 2 yes
}

// Marks of structure in lineStats.marks: the bytes a field, a table row
// or a setting needs (see markStructure).
const (
	mColon   = 1 << iota // ':'
	mPipe                // '|'
	mTab                 // '\t'
	mEquals              // '='
	mBracket             // '['
	mBullet              // '●', '•', '◆' or '▪' (see tickerLine)
	mDash                // '-', '–' or '—' (see statusLine)
)

// markOf holds the mark of each ASCII byte of aMark.
var markOf = [256]uint8{':': mColon, '|': mPipe, '\t': mTab, '=': mEquals, '[': mBracket, '-': mDash}

// isCJK reports scripts written without spaces, tokenized per character.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// ASCII byte classes for scan.
const (
	aWord  = 1 << iota // a-z A-Z 0-9 _
	aUpper             // A-Z
	aDigit             // 0-9
	aSent              // . ! ?
	aComma             // ,
	aHigh              // a byte >= 0x80, part of a longer UTF-8 sequence
	aMark              // : | = [ and tab (see markOf)
)

var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = aWord
		t[c-'a'+'A'] = aWord | aUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = aWord | aDigit
	}
	t['_'] = aWord
	t['.'], t['!'], t['?'] = aSent, aSent, aSent
	t[','] = aComma
	t[':'], t['|'], t['='], t['['], t['\t'], t['-'] = aMark, aMark, aMark, aMark, aMark, aMark
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = aHigh
	}
	return t
}()

// Rune classes for scan, beyond ASCII.
const (
	rWord     = 1 << iota // a letter, a digit or a mark
	rUpper                // upper case
	rCased                // unicode.ToLower changes it
	rCJK                  // Han, Hiragana or Katakana: one token per rune
	rUnspaced             // a letter, digit or mark of a script written without spaces between words (see isUnspaced)
	rOnset                // such a rune that may begin a syllable: not a mark, a vowel written after its consonant or a repetition or abbreviation sign
	rLead                 // a vowel written before its consonant (Thai, Lao: unicode.Logical_Order_Exception)
	rDigit                // a decimal digit (unicode.IsDigit: "۸۹", "٤٥", "४२")
)

// isUnspaced reports the letters, digits and marks of the scripts that
// write no space between words but between phrases and sentences: Thai,
// Lao, Khmer and Myanmar.
func isUnspaced(r rune) bool {
	if r < 0x0E00 || r > 0x17FF { // the blocks of Thai to Khmer, Myanmar among them
		return false
	}
	return unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) &&
		(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// isOnset reports an unspaced-script rune (see isUnspaced) that may begin
// a syllable: a letter or a digit, but for the vowels written after their
// consonant that are letters in Unicode (Thai ะ า ำ ๅ, Lao ະ າ ຳ ຽ) and
// the signs of repetition and abbreviation (ๆ ฯ ໆ ຯ). Marks (the
// vowel signs above and below, the tone marks, the Khmer and Myanmar
// dependent vowels) never begin one.
func isOnset(r rune) bool {
	if !isUnspaced(r) {
		return false
	}
	switch r {
	case 'ะ', 'า', 'ำ', 'ๅ', 'ๆ', 'ฯ', 'ະ', 'າ', 'ຳ', 'ຽ', 'ໆ', 'ຯ':
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func runeClass(r rune) uint8 {
	var k uint8
	if isCJK(r) {
		k |= rCJK
	}
	// (loadStopwords asks about every rune of the Basic Multilingual
	// Plane: the range is tested here, before any call.)
	if 0x0E00 <= r && r <= 0x17FF && isUnspaced(r) {
		k |= rUnspaced
		if isOnset(r) {
			k |= rOnset
		}
		if unicode.Is(unicode.Logical_Order_Exception, r) {
			k |= rLead
		}
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		k |= rWord
	}
	if unicode.IsDigit(r) {
		k |= rDigit
	}
	if unicode.IsUpper(r) {
		k |= rUpper
	}
	if unicode.ToLower(r) != r {
		k |= rCased
	}
	return k
}

// bmpClass holds runeClass of the runes of the Basic Multilingual Plane;
// loadStopwords fills it (see bmpClasses).
var bmpClass *[1 << 16]uint8

// bmpClasses returns runeClass of every rune of the Basic Multilingual
// Plane, read off Unicode's range tables: asked rune by rune, the 65536
// runes cost 60 million instructions (some 15 ms) before the first
// document. The predicates of package unicode read the runes of Latin-1
// off a table of their own, and the unspaced scripts have classes of
// their own: those runes are asked one by one. TestBMPClasses compares
// the table with runeClass.
func bmpClasses() *[1 << 16]uint8 {
	t := new([1 << 16]uint8)
	set := func(k uint8, tabs ...*unicode.RangeTable) {
		for _, tab := range tabs {
			for _, g := range tab.R16 {
				for r := uint32(g.Lo); r <= uint32(g.Hi); r += uint32(g.Stride) {
					t[r] |= k
				}
			}
		}
	}
	set(rCJK, unicode.Han, unicode.Hiragana, unicode.Katakana)
	set(rWord, unicode.Letter, unicode.Digit, unicode.Mark)
	set(rDigit, unicode.Digit)
	set(rUpper, unicode.Upper)
	// Only the runes of the case ranges may change in lower case.
	for _, c := range unicode.CaseRanges {
		for r := rune(c.Lo); r <= rune(c.Hi) && r < 1<<16; r++ {
			if unicode.ToLower(r) != r {
				t[r] |= rCased
			}
		}
	}
	for r := range rune(0x100) {
		t[r] = runeClass(r)
	}
	for r := rune(0x0E00); r <= 0x17FF; r++ {
		t[r] = runeClass(r)
	}
	return t
}

// load64 returns the eight bytes of s from i, little-endian.
func load64[T string | []byte](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// SWAR constants: a byte of ones, and the high bit of every byte.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// lowerASCII lower-cases the letters A-Z among eight bytes below 0x80.
func lowerASCII(x uint64) uint64 {
	geA := x + (0x80-'A')*ones     // high bit set where the byte >= 'A'
	gtZ := x + (0x80-'Z'-1)*ones   // high bit set where the byte > 'Z'
	return x | (geA&^gtZ)&highs>>2 // 0x80>>2 == 'a'-'A'
}

// nonWord returns the high bit of each of the eight bytes of x that is not
// an ASCII word byte (a-z A-Z 0-9 _), bytes >= 0x80 included. Each test
// works on the low seven bits, so no sum carries into the next byte.
func nonWord(x uint64) uint64 {
	y := x &^ highs
	l := y | 0x20*ones // a-z for the letters of either case
	letter := (l + (0x80-'a')*ones) &^ (l + (0x80-'z'-1)*ones)
	digit := (y + (0x80-'0')*ones) &^ (y + (0x80-'9'-1)*ones)
	u := y ^ '_'*ones
	under := ^(u + 0x7f*ones | u) // high bit set where u is zero
	return ^(letter|digit|under)&highs | x&highs
}

// nonLetter returns the high bit of each of the eight bytes of x that is
// not an ASCII letter (a-z A-Z), bytes >= 0x80 included (see nonWord).
func nonLetter(x uint64) uint64 {
	l := x&^highs | 0x20*ones // a-z for the letters of either case
	letter := (l + (0x80-'a')*ones) &^ (l + (0x80-'z'-1)*ones)
	return (^letter | x) & highs
}

// asciiWordEnd returns the end of the run of ASCII word bytes from s[i].
func asciiWordEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := nonWord(load64(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(s) && asciiClass[s[i]]&aWord != 0 {
		i++
	}
	return i
}

// asciiKey returns wordKey of s[i:j], ASCII word bytes, lower-cased.
func asciiKey(s string, i, j int) uint64 {
	n := j - i
	if n > 8 {
		h := uint64(n)
		for ; i+8 < j; i += 8 {
			h = hashChunk(h, lowerASCII(load64(s, i)))
		}
		return hashEnd(h, lowerASCII(load64(s, j-8)))
	}
	var x uint64
	if j >= 8 {
		x = load64(s, j-8) >> (64 - 8*n)
	} else {
		for q := j - 1; q >= i; q-- {
			x = x<<8 | uint64(s[q])
		}
	}
	return lowerASCII(x)
}

// scan tokenizes s, fills st and appends to keys the key (see wordKey) of
// each token that may be a stopword (of at most stopMax bytes); it returns
// the grown keys. A token is a run of word bytes and runes (ASCII letters,
// digits and underscores, other letters, digits and marks), or a single
// Han or kana character; it is lower-cased and keyed as it is read, and
// nothing is allocated but keys. A run of a script written without spaces
// between words (Thai, Lao, Khmer, Myanmar) is no token: it counts words
// by its onsets and gives the keys of the stopwords inside it (see
// scanUnspaced and lineStats). numLangs must have been called.
//
// Most tokens are ASCII words followed by ASCII: scanASCII reads them and
// the ASCII bytes between them in a loop of its own, and leaves the rest
// to scan's loop, which reads anything. A token holding other letters is
// copied, lower-cased, into a small buffer: its first rune by scan's loop,
// most of the others by scanWord's.
func scan(s string, st *lineStats, keys []uint64) []uint64 {
	// words stays in a register; the rarer counts are kept in *st.
	*st = lineStats{}
	var words int32
	var buf [wordBuf]byte // the current token beyond ASCII, lower-cased
	n := 0                // bytes of the token in buf; 0 outside such a token
	// The runs of unspaced scripts; u stays in memory, out of the
	// registers of the common path.
	var u unspacedRuns
	for i := 0; i < len(s); {
		if n == 0 {
			if i, words, keys = scanASCII(s, i, st, words, keys); i == len(s) {
				break
			}
		}
		c := s[i]
		k := asciiClass[c]
		if k&aWord != 0 {
			if n == 0 {
				if k&aDigit != 0 {
					st.digits++
					st.lead = st.lead || words == 0
				}
				// x holds the eight bytes from i, or those up to the end
				// of s followed by zero bytes (not word bytes).
				x := loadTail(s, i)
				// A word of fewer than eight bytes followed by an ASCII
				// byte or the end of s: the common case.
				if m := nonWord(x); m != 0 {
					l := bits.TrailingZeros64(m) &^ 7 // 8 × the word's length
					if x>>l&0x80 == 0 {
						words++
						keys = append(keys, lowerASCII(x<<(64-l)>>(64-l)))
						i += l >> 3
						if i < len(s) && s[i] == ' ' {
							i++
						}
						continue
					}
				} else if j := asciiWordEnd(s, i+8); j == len(s) || s[j] < utf8.RuneSelf {
					words++
					if j-i <= stopMax {
						keys = append(keys, asciiKey(s, i, j))
					}
					i = j
					continue
				}
			}
			// The token goes on, or may go on, beyond ASCII.
			i, n = scanWord(s, i, &buf, n)
			continue
		}
		if k&aHigh == 0 {
			i++
			if n > 0 {
				words++
				keys, n = appendBufKey(keys, &buf, n), 0
			}
			switch {
			case k == 0: // a space, a hyphen, a bracket, …
			case k&aSent != 0:
				if sentenceEnds(s, i) {
					st.sents++
				}
			case k&aComma != 0:
				st.commas++
			default:
				st.marks |= markOf[c]
			}
			continue
		}
		r, w := decodeRune(s, i)
		var rk uint8
		if r < 1<<16 {
			rk = bmpClass[r]
		} else {
			rk = runeClass(r)
		}
		switch {
		case rk&(rCJK|rUnspaced) != 0:
			if n > 0 {
				words++
				keys, n = appendBufKey(keys, &buf, n), 0
			}
			if rk&rUnspaced != 0 {
				i, keys, words = u.run(s, i, keys, words)
				continue
			}
			words++
			keys = appendBufKey(keys, &buf, copy(buf[:], s[i:i+w]))
		case rk&rWord != 0:
			if n == 0 && rk&rDigit != 0 {
				st.digits++
				st.lead = st.lead || words == 0
			}
			if rk&rCased != 0 {
				var b [utf8.UTFMax]byte
				for _, x := range utf8.AppendRune(b[:0], unicode.ToLower(r)) {
					if n < len(buf) {
						buf[n] = x
					}
					n++
				}
			} else {
				for q := i; q < i+w; q++ {
					if n < len(buf) {
						buf[n] = s[q]
					}
					n++
				}
			}
			i, n = scanWord(s, i+w, &buf, n)
			continue
		default:
			if n > 0 {
				words++
				keys, n = appendBufKey(keys, &buf, n), 0
			}
			switch {
			case fullStop(r):
				st.sents++
			case r == '，' || r == '、' || r == '،' || r == '၊' || r == '፣' || r == '՝':
				st.commas++
			case r == '●' || r == '•' || r == '◆' || r == '▪':
				st.marks |= mBullet
			case r == '–' || r == '—':
				st.marks |= mDash
			}
		}
		i += w
	}
	if n > 0 {
		words++
		keys = appendBufKey(keys, &buf, n)
	}
	end := lastRune(s)
	if end == '།' || end == '༎' {
		// Tibetan closes every phrase with a shad, a headline or a
		// menu's entry too: the one that ends the line is no sign of a
		// sentence. (Asked once here, not in the loop.)
		st.sents--
	}
	if u.after != 0 {
		st.commas += u.commas
		if u.open > 0 && 2*u.open >= words && words >= proseWords && wordRune(end) {
			st.sents++
			end = impliedStop
		}
	}
	st.words, st.end = words, end
	return keys
}

// scanASCII is scan's loop outside a token beyond ASCII: from s[i] it
// reads, as scan would, the ASCII words followed by an ASCII byte or the
// end of s, and the ASCII bytes between them, and returns where it stops,
// words with the words it read added and keys with their keys appended.
// It stops at the end of s or at what it leaves to scan: a byte beyond
// ASCII, a sentence mark followed by neither a space, a word byte nor the
// end of s (a closing quote or bracket may follow it, see sentenceEnds),
// a word that goes on beyond ASCII, or a word whose key finds no room in
// keys. It makes no call, even to grow keys, so that its loop keeps its
// state in registers: in scan's loop, which calls, the state went to
// memory and back at every token.
func scanASCII(s string, i int, st *lineStats, words int32, keys []uint64) (int, int32, []uint64) {
	for i < len(s) {
		c := s[i]
		k := asciiClass[c]
		if k&aWord == 0 {
			switch {
			case k == 0: // a space, a hyphen, a bracket, …
			case k&aHigh != 0:
				return i, words, keys
			case k&aSent != 0:
				// sentenceEnds(s, i+1) when a space, a word byte or the
				// end of s follows.
				if j := i + 1; j == len(s) || s[j] == ' ' {
					if !ordinalStop(s, j) {
						st.sents++
					}
				} else if asciiClass[s[j]]&aWord == 0 {
					return i, words, keys
				}
			case k&aComma != 0:
				st.commas++
			default:
				st.marks |= markOf[c]
			}
			i++
			continue
		}
		// x holds the eight bytes from i, or those up to the end of s
		// followed by zero bytes (not word bytes), as loadTail gives them,
		// written out: a call would cost this loop its registers.
		var x uint64
		switch {
		case i+8 <= len(s):
			x = load64(s, i)
		case len(s) >= 8:
			x = load64(s, len(s)-8) >> (8 * (i + 8 - len(s)))
		default:
			for q := len(s) - 1; q >= i; q-- {
				x = x<<8 | uint64(s[q])
			}
		}
		if m := nonLetter(x); m != 0 {
			// Fewer than eight letters followed by an ASCII byte that
			// is no word byte, or by the end of s: the common case.
			j := i + bits.TrailingZeros64(m)>>3 // the end of the letters
			if j >= len(s) || asciiClass[s[j]]&(aWord|aHigh) == 0 {
				if len(keys) == cap(keys) {
					return i, words, keys
				}
				words++
				// There is room: no call to grow keys. The lowest bit
				// of m is the high bit of byte j-i, so that m^(m-1)>>8
				// keeps the bytes before it; | 0x20 lower-cases a
				// letter.
				keys = keys[:len(keys)+1]
				keys[len(keys)-1] = (x | 0x20*ones) & ((m ^ (m - 1)) >> 8)
				i = j
				if i < len(s) && s[i] == ' ' {
					i++
				}
				continue
			}
		}
		var j int      // the word's end
		var key uint64 // its key, if j-i <= stopMax
		if m := nonWord(x); m != 0 {
			// Fewer than eight bytes, with a figure or an underscore,
			// or followed by a byte beyond ASCII.
			l := bits.TrailingZeros64(m) &^ 7 // 8 × the word's length, 8 to 56
			if x>>l&0x80 != 0 || len(keys) == cap(keys) {
				return i, words, keys
			}
			j, key = i+l>>3, lowerASCII(x&(1<<(l&63)-1))
		} else {
			// asciiWordEnd and asciiKey, inline.
			for j = i + 8; j+8 <= len(s); j += 8 {
				if m := nonWord(load64(s, j)); m != 0 {
					j += bits.TrailingZeros64(m) >> 3
					break
				}
			}
			for j < len(s) && asciiClass[s[j]]&aWord != 0 {
				j++
			}
			if j < len(s) && s[j] >= utf8.RuneSelf || len(keys) == cap(keys) {
				return i, words, keys
			}
			if j-i == 8 {
				key = lowerASCII(x)
			} else if j-i <= stopMax {
				h := uint64(j - i)
				for q := i; q+8 < j; q += 8 {
					h = hashChunk(h, lowerASCII(load64(s, q)))
				}
				key = hashEnd(h, lowerASCII(load64(s, j-8)))
			}
		}
		if isDigit(byte(x)) { // k&aDigit, which is no longer in a register
			st.digits++
			st.lead = st.lead || words == 0
		}
		words++
		if j-i <= stopMax {
			keys = keys[:len(keys)+1] // there is room: no call to grow it
			keys[len(keys)-1] = key
		}
		i = j
		if i < len(s) && s[i] == ' ' {
			i++
		}
	}
	return i, words, keys
}

// scanWord reads on the token of n bytes in buf from s[i], as scan's loop
// would, and returns where it stops and the token's new length: it copies
// the ASCII word bytes, lower-cased, and the letters, digits and marks
// beyond ASCII that are not upper case (see rCased), of two or three bytes
// (those decodeRune decodes inline), and stops at any other byte or rune,
// which it leaves to scan: one that ends the token, an upper-case letter,
// a Han or kana character, a rune of an unspaced script. Its loop makes
// no call, so that its state stays in registers (in scan's loop, which
// calls, it went to memory and back at every rune). As in scan, the
// bytes past the end of buf are counted, not copied.
func scanWord(s string, i int, buf *[wordBuf]byte, n int) (int, int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			k := asciiClass[c]
			if k&aWord == 0 {
				break
			}
			if n < len(buf) {
				buf[n] = c | (k&aUpper)<<4 // 'A'|0x20 == 'a'
			}
			n++
			i++
			continue
		}
		// decodeRune's inline cases.
		var r rune
		w := 2
		switch {
		case 0xC2 <= c && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
		case 0xE1 <= c && c < 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, w = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
		default:
			return i, n
		}
		if bmpClass[r]&(rWord|rCased|rCJK|rUnspaced) != rWord {
			return i, n
		}
		if n+w <= len(buf) {
			buf[n], buf[n+1] = c, s[i+1]
			if w == 3 {
				buf[n+2] = s[i+2]
			}
			n += w
		} else {
			for q := i; q < i+w; q++ {
				if n < len(buf) {
					buf[n] = s[q]
				}
				n++
			}
		}
		i += w
	}
	return i, n
}

// unspacedRuns holds what scan counts in the runs of a line in scripts
// written without spaces between words (see scanUnspaced).
type unspacedRuns struct {
	after  int   // 1 + the end of the last run, or 0 before the first
	open   int32 // the words of the Thai and Lao runs (see impliedStop)
	commas int32 // the spaces between two runs
}

// run reads the run at s[i] (see scanUnspaced), counts it in u and
// returns its end, keys with the keys of its stopwords appended, and
// words with its words added: ceil(onsets / unspacedLen), at least one.
// It is not inlined, so that u stays out of the registers of scan's
// common path (inlined, or with u's counts in scan's own variables, scan
// took 1 to 1.5% more instructions on the bench pages, which hold no such
// run).
//
//go:noinline
func (u *unspacedRuns) run(s string, i int, keys []uint64, words int32) (int, []uint64, int32) {
	if u.after > 0 && u.after <= i && strings.Trim(s[u.after-1:i], " ") == "" {
		u.commas++ // a space between two phrases
	}
	r, _ := decodeRune(s, i)
	j, onsets, keys := scanUnspaced(s, i, keys)
	w := max(1, int32(math.Ceil(float64(onsets)/unspacedLen)))
	if r < 0x0F00 { // Thai or Lao
		u.open += w
	}
	u.after = j + 1
	return j, keys, words + w
}

// unspacedLen is the number of onsets (see isOnset) that count one word
// in a run of an unspaced script: about the letters of a word of running
// Thai, leading vowels and consonants, without the vowels written after
// them and the marks. A name or a term of a menu has more ("หน้าแรก",
// home, 5: two words), running text fewer (a sentence of 20 words by a
// dictionary has about 55 onsets: 16 words).
const unspacedLen = 3.5

// impliedStop is lineStats.end of a line in Thai or Lao, which mark no
// sentence end but a space or the end of the paragraph, when it has at
// least proseWords words, half of them in Thai or Lao, and ends in a
// letter or a digit: running text. It is the Thai sign of a paragraph's
// end (angkhankhu), seldom written today. A shorter line is taken as a
// headline, a menu item or a label is in other scripts: unpunctuated.
const impliedStop = '๚'

// wordRune reports a letter, a digit or a mark.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&aWord != 0
	}
	if r < 1<<16 {
		return bmpClass[r]&rWord != 0
	}
	return runeClass(r)&rWord != 0
}

// unspacedStop is a stopword of an unspaced script (see scanUnspaced): its
// text as it may be written and the key of the stopword.
type unspacedStop struct {
	text string
	key  uint64
}

// unspacedStops holds, by their first rune, the stopwords that begin with
// an onset of an unspaced script (see isOnset), longest first. A Thai
// stopword written with nikhahit and sara aa ("ทํา") is also held as
// written with sara am ("ทำ"), the form of running text.
var unspacedStops map[rune][]unspacedStop

// loadUnspacedStops fills unspacedStops from the stopwords.
func loadUnspacedStops(words []string) {
	unspacedStops = map[rune][]unspacedStop{}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !isOnset(r) {
			continue
		}
		k := wordKey(w)
		unspacedStops[r] = append(unspacedStops[r], unspacedStop{w, k})
		if v := strings.ReplaceAll(w, "\u0e4d\u0e32", "\u0e33"); v != w {
			unspacedStops[r] = append(unspacedStops[r], unspacedStop{v, k})
		}
	}
	for _, c := range unspacedStops {
		slices.SortStableFunc(c, func(a, b unspacedStop) int { return cmp.Compare(len(b.text), len(a.text)) })
	}
}

// scanUnspaced reads the run of runes of an unspaced script (see
// isUnspaced) that starts at s[i], appends to keys the key of each
// stopword it finds in the run, and returns the run's end, its onsets
// (see isOnset) and keys. These scripts write whole phrases without a
// space, so the stopwords are looked for inside the run: from left to
// right, the longest stopword (see unspacedStops) that starts at an onset
// not right after a leading vowel (Thai เ แ โ ใ ไ) and ends before an
// onset or the end of the run ("การ" is not found in "การ์ด", card). Some
// are found inside longer words ("ต้อง", must, in "ผู้ต้องหา", suspect),
// in headlines as in running text.
func scanUnspaced(s string, i int, keys []uint64) (int, int, []uint64) {
	onsets := 0
	found := i // the end of the last stopword found
	lead := false
	for i < len(s) {
		r, w := decodeRune(s, i)
		if r >= 1<<16 {
			break
		}
		k := bmpClass[r]
		if k&rUnspaced == 0 {
			break
		}
		if k&rOnset != 0 {
			onsets++
			if !lead && i >= found {
				for _, c := range unspacedStops[r] {
					if strings.HasPrefix(s[i:], c.text) && onsetAt(s, i+len(c.text)) {
						keys = append(keys, c.key)
						found = i + len(c.text)
						break
					}
				}
			}
		}
		lead = k&rLead != 0
		i += w
	}
	return i, onsets, keys
}

// onsetAt reports whether a run of an unspaced script may have a syllable
// boundary right before s[i]: the end of s, a rune of no such script or
// an onset.
func onsetAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := decodeRune(s, i)
	if r >= 1<<16 {
		return true
	}
	k := bmpClass[r]
	return k&rUnspaced == 0 || k&rOnset != 0
}

// appendBufKey appends to keys the key of the token of n bytes in buf,
// if it may be a stopword.
func appendBufKey(keys []uint64, buf *[wordBuf]byte, n int) []uint64 {
	if n > stopMax {
		return keys
	}
	return append(keys, wordKey(buf[:n]))
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the two- and
// three-byte sequences of the alphabets and of punctuation decoded inline.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if i+1 < len(s) {
		c1 := s[i+1]
		if 0xC2 <= c && c < 0xE0 && c1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
		}
		if 0xE1 <= c && c < 0xED && i+2 < len(s) && c1&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// ordinalStop reports a full stop right before s[i] that ends an ordinal
// number (see sentenceEnds): after a figure, with a space and a letter in
// lower case after it.
func ordinalStop(s string, i int) bool {
	return i >= 2 && i+1 < len(s) && s[i-1] == '.' && isDigit(s[i-2]) && s[i] == ' ' && s[i+1] >= 'a' && s[i+1] <= 'z'
}

// lastRune returns the last rune of s that is not a closing quote or
// bracket (or a space), or 0.
func lastRune(s string) rune {
	for len(s) > 0 {
		r, w := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRuneInString(s)
		}
		if !isCloser(r) {
			return r
		}
		s = s[:len(s)-w]
	}
	return 0
}

// isCloser reports closing quotes and brackets, and the spaces between
// them, skipped when looking for the rune that ends a line.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '」', '』', '）', ' ', '\u00a0', '\u202f',
		'“', '‘', '«': // German and Czech „…“ and ‚…‘, Danish »…«
		return true
	}
	return false
}

// sentenceEnds reports whether a full stop, question or exclamation mark
// right before s[i] ends a sentence: the end of s or a space follows it,
// after closing quotation marks or brackets if any ("… first.\"",
// "… (he said.)", German "… am Ende.“"). A full stop right after a figure with a word in lower
// case after the space ends an ordinal number, no sentence ("do 45. roku
// życia", "am 3. März" aside: a capital follows).
func sentenceEnds(s string, i int) bool {
	if ordinalStop(s, i) {
		return false
	}
	for i < len(s) {
		switch {
		case s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']':
			i++
		case strings.HasPrefix(s[i:], "\u201d") || strings.HasPrefix(s[i:], "\u2019") ||
			strings.HasPrefix(s[i:], "\u201c") || strings.HasPrefix(s[i:], "\u2018"): // „…“, ‚…‘
			i += 3
		case strings.HasPrefix(s[i:], "\u00bb") || strings.HasPrefix(s[i:], "\u00ab"): // »…«
			i += 2
		default:
			return s[i] == ' '
		}
	}
	return true
}
