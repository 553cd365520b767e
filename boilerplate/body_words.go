package boilerplate

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// stopwordData is a trimmed copy of stopwords-iso (MIT; see
// stopwords.LICENSE): one line per language, its code then its words.
//
//go:embed stopwords.txt
var stopwordData string

// Stopwords are looked up by a 64-bit hash of the lower-cased word, which
// scan computes while it reads the bytes, in an open-addressing table built
// once from stopwordData. A slot holds the hash with its low maskBits bits
// replaced by 1 + the index of the word's language set in stopSets (a word
// list of 58 languages has a few hundred distinct sets). Building the table
// panics if two stopwords share their stored hash bits, so a lookup never
// confuses two stopwords; a word that is not a stopword matches a slot only
// if 54 bits of its hash agree with one, about once in 10^12 words.
//
// Most words of a page are not stopwords, and their slots are cold in the
// cache: a bit set of 1<<bloomBits bits (16 KB), indexed by other bits of
// the hash, rules most of them out first.
const (
	maskBits   = 10
	tableBits  = 16
	bloomBits  = 17
	bloomShift = 20
)

var (
	stopOnce  sync.Once
	stopLangs []string // language codes, by bit
	stopSets  []uint64 // language bit sets, by index
	stopTable []uint64 // 1<<tableBits slots; 0 is empty
	stopBloom *[1 << bloomBits / 64]uint64
	stopMax   int // longest stopword in bytes
)

func loadStopwords() {
	bmpClass = new([1 << 16]uint8)
	for r := range bmpClass {
		bmpClass[r] = runeClass(rune(r))
	}
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
	setIndex := map[uint64]uint64{}
	stopTable = make([]uint64, 1<<tableBits)
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
		h := wordHash(w) &^ (1<<maskBits - 1)
		if o, dup := seen[h]; dup {
			panic("boilerplate: stopwords " + o + " and " + w + " share a hash")
		}
		seen[h] = w
		b := h >> bloomShift & (1<<bloomBits - 1)
		stopBloom[b>>6] |= 1 << (b & 63)
		for pos := h >> (64 - tableBits); ; pos = (pos + 1) & (1<<tableBits - 1) {
			if stopTable[pos] == 0 {
				stopTable[pos] = h | (k + 1)
				break
			}
		}
	}
}

// numLangs is the number of stopword lists.
func numLangs() int { stopOnce.Do(loadStopwords); return len(stopLangs) }

// Word hashing: bytes are packed eight to a 64-bit chunk, each full chunk
// is mixed into the hash, and the last partial chunk and the length are
// mixed in at the end. scan does the same inline; wordHash is the reference.
const hashMul = 0x9E3779B97F4A7C15

func hashChunk(h, chunk uint64) uint64 {
	h = (h ^ chunk) * hashMul
	return h ^ h>>32
}

func hashEnd(h, chunk uint64, n int) uint64 {
	h ^= chunk ^ uint64(n)<<56
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	return h ^ h>>33
}

func wordHash(w string) uint64 {
	var h, chunk uint64
	for i := 0; i < len(w); i++ {
		chunk |= uint64(w[i]) << (8 * (i & 7))
		if i&7 == 7 {
			h, chunk = hashChunk(h, chunk), 0
		}
	}
	return hashEnd(h, chunk, len(w))
}

// stopSet returns 1 + the index in stopSets of the language set of the
// word with hash h, or 0 when it is not a stopword.
func stopSet(h uint64) uint16 {
	if b := h >> bloomShift & (1<<bloomBits - 1); stopBloom[b>>6]>>(b&63)&1 == 0 {
		return 0
	}
	key := h &^ (1<<maskBits - 1)
	for pos := h >> (64 - tableBits); ; pos = (pos + 1) & (1<<tableBits - 1) {
		e := stopTable[pos]
		if e == 0 {
			return 0
		}
		if e&^(1<<maskBits-1) == key {
			return uint16(e & (1<<maskBits - 1))
		}
	}
}

// lineStats are the cheap features of one paragraph.
type lineStats struct {
	runes  int  // runes of text
	words  int  // word tokens (a Han or kana character is one token)
	upper  int  // words that start with an upper-case letter
	digits int  // words that start with a digit
	lead   bool // the first word starts with a digit
	sents  int  // sentence ends inside or at the end: . ! ? followed by space or end
	commas int
	end    rune // last rune that is not a closing quote or bracket
}

// isCJK reports scripts written without spaces, tokenized per character.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// ASCII byte classes for scan.
const (
	aWord  = 1 << iota // a-z A-Z 0-9 _
	aUpper             // A-Z
	aDigit             // 0-9
)

var asciiClass = func() (t [256]uint8) { // 0 for bytes >= 0x80
	for c := 'a'; c <= 'z'; c++ {
		t[c] = aWord
		t[c-'a'+'A'] = aWord | aUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = aWord | aDigit
	}
	t['_'] = aWord
	return t
}()

// Rune classes for scan, beyond ASCII.
const (
	rWord  = 1 << iota // a letter, a digit or a mark
	rUpper             // upper case
	rCased             // unicode.ToLower changes it
	rCJK               // Han, Hiragana or Katakana: one token per rune
)

func runeClass(r rune) uint8 {
	var k uint8
	if isCJK(r) {
		k |= rCJK
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		k |= rWord
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
// loadStopwords fills it (a few milliseconds, so not at program start).
var bmpClass *[1 << 16]uint8

// load64 returns the eight bytes of s from i, little-endian.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lowerASCII lower-cases the letters A-Z among eight bytes below 0x80.
func lowerASCII(x uint64) uint64 {
	const ones = 0x0101010101010101
	geA := x + (0x80-'A')*ones           // high bit set where the byte >= 'A'
	gtZ := x + (0x80-'Z'-1)*ones         // high bit set where the byte > 'Z'
	return x | (geA&^gtZ)&(0x80*ones)>>2 // 0x80>>2 == 'a'-'A'
}

// scan tokenizes s, fills st and appends to hits, for each token that is a
// stopword, 1 + the index of its language set in stopSets (see stopSet). It
// returns the grown hits. Words are lower-cased and hashed as they are read;
// nothing is allocated. numLangs must have been called.
func scan(s string, st *lineStats, hits []uint16) []uint16 {
	var h, chunk uint64 // hash of the current word so far (see wordHash)
	n := 0              // bytes of the current word; 0 outside a word
	add := func(b byte) {
		chunk |= uint64(b) << (8 * (n & 7))
		n++
		if n&7 == 0 {
			h, chunk = hashChunk(h, chunk), 0
		}
	}
	flush := func() {
		st.words++
		if n <= stopMax {
			if k := stopSet(hashEnd(h, chunk, n)); k != 0 {
				hits = append(hits, k)
			}
		}
		h, chunk, n = 0, 0, 0
	}
	runes := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			runes++
			if k := asciiClass[c]; k != 0 {
				// The rest of the run of ASCII word bytes, hashed eight
				// at a time when the word starts here.
				j := i
				for j < len(s) && asciiClass[s[j]] != 0 {
					j++
				}
				runes += j - i
				if n != 0 {
					for q := i - 1; q < j; q++ {
						add(s[q] | (asciiClass[s[q]]&aUpper)<<4) // 'A'|0x20 == 'a'
					}
					i = j
					continue
				}
				if k&aUpper != 0 {
					st.upper++
				} else if k&aDigit != 0 {
					st.digits++
					st.lead = st.lead || st.words == 0
				}
				w := s[i-1 : j]
				for len(w) >= 8 {
					h = hashChunk(h, lowerASCII(load64(w, 0)))
					w = w[8:]
				}
				if len(w) > 0 {
					var x uint64
					if j+8-len(w) <= len(s) {
						x = load64(s, j-len(w)) & (1<<(8*len(w)) - 1)
					} else {
						for q := len(w) - 1; q >= 0; q-- {
							x = x<<8 | uint64(w[q])
						}
					}
					chunk = lowerASCII(x)
				}
				n = j - i + 1
				i = j
				continue
			}
			if n > 0 {
				flush()
			}
			switch c {
			case '.', '!', '?':
				if i == len(s) || s[i] == ' ' {
					st.sents++
				}
			case ',':
				st.commas++
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		runes++
		var k uint8
		if r < 1<<16 {
			k = bmpClass[r]
		} else {
			k = runeClass(r)
		}
		switch {
		case k&rCJK != 0:
			if n > 0 {
				flush()
			}
			var b [utf8.UTFMax]byte
			for _, x := range utf8.AppendRune(b[:0], r) {
				add(x)
			}
			flush()
		case k&rWord != 0:
			if n == 0 && k&rUpper != 0 {
				st.upper++
			}
			if k&rCased != 0 {
				r = unicode.ToLower(r)
			}
			var b [utf8.UTFMax]byte
			for _, x := range utf8.AppendRune(b[:0], r) {
				add(x)
			}
		default:
			if n > 0 {
				flush()
			}
			switch r {
			case '。', '！', '？', '؟', '।':
				st.sents++
			case '，', '、', '،':
				st.commas++
			}
		}
	}
	if n > 0 {
		flush()
	}
	st.runes = runes
	st.end = lastRune(s)
	return hits
}

// lastRune returns the last rune of s that is not a closing quote or
// bracket (or a space), or 0.
func lastRune(s string) rune {
	for len(s) > 0 {
		r, w := utf8.DecodeLastRuneInString(s)
		if !isCloser(r) {
			return r
		}
		s = s[:len(s)-w]
	}
	return 0
}

// isCloser reports closing quotes and brackets, skipped when looking for
// the rune that ends a line.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '」', '』', '）', ' ':
		return true
	}
	return false
}
