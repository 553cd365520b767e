package shingles

import (
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// DefaultN is the default number of words per shingle.
const DefaultN = 5

// ASCII byte classes.
const (
	sep   = 0 // separates words
	lower = 1 // a-z, 0-9: part of a word, already normalised
	upper = 2 // A-Z: part of a word, needs folding
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = lower
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = lower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = upper
	}
	return t
}()

// Fold returns the case-folded form of r used for comparison:
// unicode.ToLower(unicode.ToUpper(r)).
func Fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(unicode.ToUpper(r))
}

// Rune classes, for the BMP in bmpClass and computed by classify elsewhere.
const (
	cSep    = 0 // separates words; NFKC leaves it alone
	cWord   = 1 // letter or number, already folded; NFKC leaves it alone
	cFold   = 2 // letter or number that folding changes; NFKC leaves it alone
	cUnsafe = 3 // NFKC may change it or combine it with its neighbours
)

var (
	bmpOnce  sync.Once
	bmpClass *[1 << 16]uint8
)

// classes returns the class table of the Basic Multilingual Plane, built on
// first use (a few milliseconds).
func classes() *[1 << 16]uint8 {
	bmpOnce.Do(func() {
		t := new([1 << 16]uint8)
		var b [utf8.UTFMax]byte
		for r := rune(0); r < 1<<16; r++ {
			n := utf8.EncodeRune(b[:], r)
			t[r] = classify(r, b[:n])
		}
		bmpClass = t
	})
	return bmpClass
}

// classify returns the class of r, whose UTF-8 encoding is enc. A rune is
// NFKC-safe when it starts a segment that cannot combine with the runes
// before it and either is in NFKC on its own or is a separator that NFKC
// maps to separators only. NFKC strings joined at such boundaries stay in
// NFKC, so NFKC changes no word of a string of safe runes.
func classify(r rune, enc []byte) uint8 {
	if r >= 0xD800 && r < 0xE000 { // surrogates never occur in decoded UTF-8
		return cSep
	}
	p := norm.NFKC.Properties(enc)
	if !p.BoundaryBefore() {
		return cUnsafe
	}
	if norm.NFKC.IsNormal(enc) {
		return wordClass(r)
	}
	// A separator that NFKC turns into separators only (no-break space,
	// ellipsis) changes no word: it is safe too.
	if wordClass(r) != cSep {
		return cUnsafe
	}
	for _, q := range norm.NFKC.String(string(enc)) {
		if wordClass(q) != cSep {
			return cUnsafe
		}
	}
	return cSep
}

// wordClass is the class of r ignoring NFKC.
func wordClass(r rune) uint8 {
	switch {
	case !unicode.IsLetter(r) && !unicode.IsNumber(r):
		return cSep
	case Fold(r) != r:
		return cFold
	}
	return cWord
}

// runeClass decodes the non-ASCII rune at s[i:] and returns its class and
// size. After NFKC (nfkc true) no rune is unsafe.
func runeClass(t *[1 << 16]uint8, s string, i int, nfkc bool) (uint8, int) {
	var r rune
	var size int
	if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2 // two bytes, inline
	} else {
		r, size = utf8.DecodeRuneInString(s[i:])
	}
	var k uint8
	if r < 1<<16 {
		k = t[r]
	} else {
		var b [utf8.UTFMax]byte
		k = classify(r, b[:copy(b[:], s[i:i+size])])
	}
	if k == cUnsafe && nfkc {
		k = wordClass(r)
	}
	return k, size
}

// nfkcScratch is the reusable state for texts that need NFKC: norm.Form's
// Append functions allocate a reorder buffer per call, an Iter does not.
type nfkcScratch struct {
	it  norm.Iter
	buf []byte
}

var nfkcPool = sync.Pool{New: func() any { return &nfkcScratch{buf: make([]byte, 0, 1024)} }}

// isASCII reports whether s is pure ASCII, eight bytes at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if x&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// needsNFKC reports whether s holds a rune that NFKC may change.
func needsNFKC(s string) bool {
	t := classes()
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		k, size := runeClass(t, s, i, false)
		if k == cUnsafe {
			return true
		}
		i += size
	}
	return false
}

// withNFKC calls f(nfkc, s) with s the NFKC form of text and nfkc true, or
// with text and false. The string passed to f is only valid during the call.
func withNFKC(text string, f func(s string, nfkc bool)) {
	sc := nfkcPool.Get().(*nfkcScratch)
	b := sc.buf[:0]
	sc.it.InitString(norm.NFKC, text)
	for !sc.it.Done() {
		b = append(b, sc.it.Next()...)
	}
	if len(b) > 0 {
		// b is not modified while f runs and is not retained afterwards.
		f(unsafe.String(&b[0], len(b)), true)
	}
	if cap(b) <= 1<<20 { // do not pin huge buffers in the pool
		sc.buf = b[:0]
		sc.it.InitString(norm.NFKC, "")
		nfkcPool.Put(sc)
	}
}

// AppendWordHashes appends the xxhash64 of every normalised word of text to
// dst, in text order, repeats included, and returns the extended slice. It
// allocates only when dst must grow and for words longer than 64 bytes that
// need folding; texts that NFKC changes are normalised in a pooled buffer.
func AppendWordHashes(dst []uint64, text string) []uint64 {
	if isASCII(text) {
		return appendWordsASCII(dst, text)
	}
	start := len(dst)
	dst, ok := appendWords(dst, text, false)
	if ok {
		return dst
	}
	dst = dst[:start]
	withNFKC(text, func(s string, _ bool) { dst, _ = appendWords(dst, s, true) })
	return dst
}

// appendWordsASCII is AppendWordHashes for ASCII s.
func appendWordsASCII(dst []uint64, s string) []uint64 {
	i, n := 0, len(s)
	for {
		for i < n && asciiClass[s[i]] == sep {
			i++
		}
		if i == n {
			return dst
		}
		start := i
		var cls uint8
		for i < n {
			k := asciiClass[s[i]]
			if k == sep {
				break
			}
			cls |= k
			i++
		}
		dst = append(dst, wordHash(s[start:i], cls&upper != 0))
	}
}

// appendWords is AppendWordHashes for any s. Unless nfkc is set (s is known
// to be in NFKC), it stops and reports false at the first rune that NFKC
// may change.
func appendWords(dst []uint64, s string, nfkc bool) ([]uint64, bool) {
	var tmp [64]byte
	t := classes()
	i, n := 0, len(s)
	for {
		// Skip separators; stop on the first rune of a word.
		var k uint8
		size := 1
		for i < n {
			if c := s[i]; c < utf8.RuneSelf {
				if k = asciiClass[c]; k != sep {
					size = 1
					break
				}
				i++
				continue
			}
			if k, size = runeClass(t, s, i, nfkc); k != cSep {
				break
			}
			i += size
		}
		if i == n {
			return dst, true
		}
		if k == cUnsafe {
			return dst, false
		}
		start, dirty := i, k == cFold
		i += size
		for i < n {
			if c := s[i]; c < utf8.RuneSelf {
				k = asciiClass[c]
				if k == sep {
					break
				}
				dirty = dirty || k == cFold
				i++
				continue
			}
			k, size = runeClass(t, s, i, nfkc)
			if k == cSep {
				break
			}
			if k == cUnsafe {
				return dst, false
			}
			dirty = dirty || k == cFold
			i += size
		}
		if w := s[start:i]; dirty {
			dst = append(dst, wordHash(appendFolded(tmp[:0], w), false))
		} else {
			dst = append(dst, wordHash(w, false))
		}
	}
}

// appendFolded appends w, a run of letters and numbers, case-folded.
func appendFolded(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] == upper {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r < rune(len(fold2)) {
			r = rune(fold2[r])
		} else {
			r = Fold(r)
		}
		b = utf8.AppendRune(b, r)
		i += size
	}
	return b
}

// fold2 is Fold for the runes of one or two UTF-8 bytes.
var fold2 = func() (t [0x800]uint16) {
	for r := range t {
		t[r] = uint16(Fold(rune(r)))
	}
	return t
}()

// AppendNormalized appends the normalised form of text to dst: its words,
// NFKC-normalised and case-folded, separated by single ASCII spaces, with no
// leading or trailing space. Its words are exactly the words that
// AppendWordHashes hashes.
func AppendNormalized(dst []byte, text string) []byte {
	if isASCII(text) || !needsNFKC(text) {
		return appendNormalized(dst, text, false)
	}
	withNFKC(text, func(s string, nfkc bool) { dst = appendNormalized(dst, s, nfkc) })
	return dst
}

func appendNormalized(dst []byte, s string, nfkc bool) []byte {
	t := classes()
	first := true
	start := -1
	for i := 0; i <= len(s); {
		var k uint8
		size := 1
		if i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				k = asciiClass[c]
			} else {
				k, size = runeClass(t, s, i, nfkc)
			}
		}
		switch {
		case k == cSep && start >= 0:
			if !first {
				dst = append(dst, ' ')
			}
			first = false
			dst = appendFolded(dst, s[start:i])
			start = -1
		case k != cSep && start < 0:
			start = i
		}
		i += size
	}
	return dst
}

// Normalize returns the normalised form of text (see AppendNormalized).
func Normalize(text string) string { return string(AppendNormalized(nil, text)) }

// AppendHashes appends the hashes of the word n-grams of text to dst and
// returns the extended slice: m-n+1 hashes for a text of m >= n words, one
// hash for a text of 1..n-1 words (a shingle of all its words), none for a
// text without words. Repeated shingles are repeated. n <= 0 means DefaultN.
// Besides growing dst it allocates only as AppendWordHashes does: the word
// hashes are written into dst and combined in place.
func AppendHashes(dst []uint64, text string, n int) []uint64 {
	if n <= 0 {
		n = DefaultN
	}
	start := len(dst)
	dst = AppendWordHashes(dst, text)
	m := len(dst) - start
	if m == 0 {
		return dst
	}
	w := dst[start:]
	if m < n {
		dst[start] = Combine(w)
		return dst[:start+1]
	}
	// Shingle i reads words i..i+n-1 and is written over word i, which no
	// later shingle reads.
	if n == DefaultN {
		for i := 0; i+DefaultN <= m; i++ {
			v := w[i : i+DefaultN : i+DefaultN]
			w[i] = fmix(lenN + v[0]*mul[0] + v[1]*mul[1] + v[2]*mul[2] + v[3]*mul[3] + v[4]*mul[4])
		}
	} else {
		for i := 0; i+n <= m; i++ {
			w[i] = Combine(w[i : i+n])
		}
	}
	return dst[:start+m-n+1]
}

// Hashes returns the shingle hashes of text (see AppendHashes).
func Hashes(text string, n int) []uint64 { return AppendHashes(nil, text, n) }

// lenMul and mul are the fixed odd multipliers of Combine.
const (
	lenMul = 0x9e3779b97f4a7c15
	lenN   = DefaultN * lenMul & (1<<64 - 1) // uint64(DefaultN) * lenMul
)

var mul = func() (m [64]uint64) {
	for i := range m {
		m[i] = splitmix(uint64(i)+1) | 1
	}
	return m
}()

func multiplier(i int) uint64 {
	if i < len(mul) {
		return mul[i]
	}
	return splitmix(uint64(i)+1) | 1
}

// Combine returns the hash of the shingle whose word hashes are words, in
// order: a fixed mix of len(words) and of each word hash times a
// position-dependent odd constant. It is what AppendHashes stores.
func Combine(words []uint64) uint64 {
	h := uint64(len(words)) * lenMul
	for i, w := range words {
		h += w * multiplier(i)
	}
	return fmix(h)
}

// fmix is the 64-bit finaliser of MurmurHash3.
func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// splitmix is one step of SplitMix64 on x.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}
