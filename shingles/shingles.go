package shingles

import (
	"encoding/binary"
	"math/bits"
	"slices"
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
// need folding; texts that NFKC changes are normalised, from the first word
// that NFKC may change, in a pooled buffer, and the hashes of common short
// words are cached in a pooled table.
func AppendWordHashes(dst []uint64, text string) []uint64 {
	c := cachePool.Get().(*wordCache)
	dst = c.appendWordHashes(dst, text)
	cachePool.Put(c)
	return dst
}

func (c *wordCache) appendWordHashes(dst []uint64, text string) []uint64 {
	dst, q := scanWords(dst, text, false, c)
	if q < 0 {
		return dst
	}
	// Only the part from the first word that NFKC may change on needs it.
	withNFKC(text[q:], func(s string, _ bool) { dst, _ = scanWords(dst, s, true, c) })
	return dst
}

// A Shingler computes AppendHashes and AppendWordHashes with a word cache
// of its own (88 KiB, allocated on first use) instead of a pooled one: for
// a caller that hashes many short texts in a row. The zero value is ready
// to use. A Shingler must not be used by several goroutines at once.
type Shingler struct {
	c *wordCache
}

func (s *Shingler) cache() *wordCache {
	if s.c == nil {
		s.c = new(wordCache)
	}
	return s.c
}

// AppendHashes is AppendHashes with s's cache.
func (s *Shingler) AppendHashes(dst []uint64, text string, n int) []uint64 {
	return s.cache().appendHashes(dst, text, n)
}

// AppendWordHashes is AppendWordHashes with s's cache.
func (s *Shingler) AppendWordHashes(dst []uint64, text string) []uint64 {
	return s.cache().appendWordHashes(dst, text)
}

// appendWordsASCII is AppendWordHashes for ASCII s.
func appendWordsASCII(dst []uint64, s string) []uint64 {
	dst, _ = appendWords(dst, s, true)
	return dst
}

// SWAR constants: a byte of ones, a byte of high bits.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// wordBytes returns x, eight bytes of text, with 0x80 in each byte that is
// an ASCII letter or digit and 0 in every other byte.
func wordBytes(x uint64) uint64 {
	a := x &^ highs    // every byte < 0x80, so the sums below never carry
	y := a | 0x20*ones // A-Z to a-z; no other byte lands in a-z
	letter := (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones)
	digit := (a + (0x80-'0')*ones) &^ (a + (0x80-'9'-1)*ones)
	return (letter | digit) &^ x & highs // not the non-ASCII bytes
}

// pack gathers the high bits of the 8 bytes of x into bit 0..7.
func pack(x uint64) uint64 {
	return (x >> 7 & ones) * 0x0102040810204080 >> 56
}

// packWord is pack(wordBytes(x)), which has no bits but the high ones.
func packWord(x uint64) uint64 {
	return wordBytes(x) >> 7 * 0x0102040810204080 >> 56
}

// chunk returns the 8 bytes of s at i, little-endian, with zero bytes past
// the end of s. i <= len(s).
func chunk(s string, i int) uint64 {
	if i+8 <= len(s) {
		return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s), len(s))[i:])
	}
	return chunkTail(s, i)
}

func chunkTail(s string, i int) uint64 {
	var x uint64
	for j := len(s) - 1; j >= i; j-- {
		x = x<<8 | uint64(s[j])
	}
	return x
}

// upperBytes returns x, eight bytes of text, with 0x80 in each byte that
// is an ASCII upper-case letter and 0 in every other byte.
func upperBytes(x uint64) uint64 {
	a := x &^ highs
	return (a + (0x80-'A')*ones) &^ (a + (0x80-'Z'-1)*ones) &^ x & highs
}

// blockMasks returns bit j set in w where s[base+j] is an ASCII letter or
// digit and in nonASCII where it is >= 0x80, for j < 64, and, when
// nonASCII is not 0, in upper where it is an ASCII upper-case letter
// (else upper is 0); bytes past the end of s count as separators.
func blockMasks(s string, base int) (w, nonASCII, upper uint64) {
	var p *[64]byte
	if base+64 <= len(s) {
		p = (*[64]byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), base))
	} else {
		var tail [64]byte // zero bytes are separators
		copy(tail[:], s[base:])
		p = &tail
	}
	x0 := binary.LittleEndian.Uint64(p[0:])
	x1 := binary.LittleEndian.Uint64(p[8:])
	x2 := binary.LittleEndian.Uint64(p[16:])
	x3 := binary.LittleEndian.Uint64(p[24:])
	x4 := binary.LittleEndian.Uint64(p[32:])
	x5 := binary.LittleEndian.Uint64(p[40:])
	x6 := binary.LittleEndian.Uint64(p[48:])
	x7 := binary.LittleEndian.Uint64(p[56:])
	w = packWord(x0) | packWord(x1)<<8 | packWord(x2)<<16 | packWord(x3)<<24 |
		packWord(x4)<<32 | packWord(x5)<<40 | packWord(x6)<<48 | packWord(x7)<<56
	if (x0|x1|x2|x3|x4|x5|x6|x7)&highs != 0 {
		nonASCII = pack(x0) | pack(x1)<<8 | pack(x2)<<16 | pack(x3)<<24 |
			pack(x4)<<32 | pack(x5)<<40 | pack(x6)<<48 | pack(x7)<<56
		upper = pack(upperBytes(x0)) | pack(upperBytes(x1))<<8 | pack(upperBytes(x2))<<16 |
			pack(upperBytes(x3))<<24 | pack(upperBytes(x4))<<32 | pack(upperBytes(x5))<<40 |
			pack(upperBytes(x6))<<48 | pack(upperBytes(x7))<<56
	}
	return w, nonASCII, upper
}

// appendWords is AppendWordHashes for any s. Unless nfkc is set (s is known
// to be in NFKC), it stops and reports false at the first rune that NFKC
// may change (what it appended then is garbage).
//
// It works on blocks of 64 bytes: SWAR masks give a bitmap of the ASCII
// letters and digits, each non-ASCII rune is classified and added to it,
// and the word boundaries are the bits that differ from their predecessor.
// Only the runs of non-ASCII bytes, the word boundaries and the words cost
// work; there is no branch per byte.
func appendWords(dst []uint64, s string, nfkc bool) ([]uint64, bool) {
	c := cachePool.Get().(*wordCache)
	dst, q := scanWords(dst, s, nfkc, c)
	cachePool.Put(c)
	return dst, q < 0
}

// scanWords is appendWords, but when it meets a rune that NFKC may change
// it returns the start q of a word such that dst holds the hashes of the
// words before q: s[:q] is then in NFKC up to separators that NFKC maps to
// separators, and q is a normalisation boundary after a separator, so the
// words of NFKC(s) are those of s[:q] followed by those of NFKC(s[q:]).
// Otherwise q is -1. c caches the hashes of short ASCII words.
//
// The words that begin and end in a block are hashed by blockWords; a word
// that runs on from one block into the next (start) by hashWord.
func scanWords(dst []uint64, s string, nfkc bool, c *wordCache) (_ []uint64, q int) {
	last := -1 // start of the last word hashed
	var t *[1 << 16]uint8
	var carry uint64         // 1 when the byte before the block is a word byte
	var spill, spillW uint64 // bytes of the block in a rune begun before it, and the word ones
	start := -1              // start of the word open at the block's start, or -1
	for base := 0; base < len(s); base += 64 {
		// fold marks, in blocks with non-ASCII bytes, the runes that
		// folding changes (ASCII upper case included).
		w, na, fold := blockMasks(s, base)
		if na != 0 {
			if t == nil {
				t = classes()
			}
			rw, rf, sp, spW, ok := runeMasks(t, s, base, na&^spill, nfkc)
			if !ok {
				switch {
				case start >= 0:
					return dst, start
				case last >= 0:
					return dst[:len(dst)-1], last
				}
				return dst, 0
			}
			w |= spillW | rw
			fold |= rf
			spill, spillW = sp, spW
		}
		prev := w<<1 | carry
		carry = w >> 63
		// A word starts at each bit of starts and ends before a bit of
		// ends; they alternate.
		starts, ends := w&^prev, prev&^w
		if start >= 0 {
			if ends == 0 {
				continue // the open word fills the block
			}
			b := base + bits.TrailingZeros64(ends)
			ends &= ends - 1
			dst = append(dst, c.hashWord(t, s, start, b, nfkc))
			last, start = start, -1
		}
		if carry != 0 { // the block's last word runs on into the next
			p := 63 - bits.LeadingZeros64(starts)
			start = base + p
			starts &^= 1 << p
		}
		if starts != 0 {
			last = base + 63 - bits.LeadingZeros64(starts)
			dst = c.blockWords(dst, s[base:], starts, ends, na, fold)
		}
	}
	if start >= 0 {
		dst = append(dst, c.hashWord(t, s, start, len(s), nfkc))
	}
	return dst, -1
}

// runeMasks classifies the non-ASCII runes of s whose lead bytes are
// s[base+j] for the bits j of lead: it returns bit j set in word for every
// byte of a letter or number, in fold at the lead byte of a rune that
// folding changes, in spill for the bytes of the next block in the rune
// that crosses into it, if any, and in spillW for those of them that are
// in a letter or number. It stops and reports false at a rune that NFKC
// may change (unless nfkc is set: s is in NFKC).
func runeMasks(t *[1 << 16]uint8, s string, base int, lead uint64, nfkc bool) (word, fold, spill, spillW uint64, ok bool) {
	for lead != 0 {
		var w, f uint64
		lead, w, f = twoByteRunes(t, s[base:], lead)
		word, fold = word|w, fold|f
		if lead == 0 {
			break
		}
		p := bits.TrailingZeros64(lead)
		k, size := runeClass(t, s, base+p, nfkc)
		if k == cUnsafe {
			return 0, 0, 0, 0, false
		}
		span := uint64(1)<<(uint(size)&7) - 1 // size <= 4
		cover := span << (uint(p) & 63)
		if k != cSep {
			word |= cover
			if k == cFold {
				fold |= 1 << (uint(p) & 63)
			}
		}
		if p+size > 64 {
			spill = span >> (uint(64-p) & 63)
			if k != cSep {
				spillW = spill
			}
		}
		lead &^= cover
	}
	return word, fold, spill, spillW, true
}

// twoByteRunes is runeMasks for the two-byte runes that NFKC leaves alone
// and that end in the block (most non-ASCII text is made of them), with no
// calls: it stops at the first other one and returns lead without the
// lead bytes it took, and their masks. blk is the text from the block on.
func twoByteRunes(t *[1 << 16]uint8, blk string, lead uint64) (_, word, fold uint64) {
	end := min(len(blk), 64)
	for lead != 0 {
		p := bits.TrailingZeros64(lead) & 63
		if p+1 >= end {
			break
		}
		c0, c1 := blk[p], blk[p+1]
		if c0 < 0xC2 || c0 >= 0xE0 || c1&0xC0 != 0x80 {
			break
		}
		k := t[rune(c0&0x1F)<<6|rune(c1&0x3F)] & 3
		if k == cUnsafe {
			break
		}
		cover := uint64(3) << p
		word |= cover & classWord[k]
		fold |= uint64(1) << p & classFold[k]
		lead &^= cover
	}
	return lead, word, fold
}

// classWord is all ones for the classes of letters and numbers (cWord and
// cFold), classFold for cFold; both are 0 for the other classes.
var (
	classWord = [4]uint64{cWord: ^uint64(0), cFold: ^uint64(0)}
	classFold = [4]uint64{cFold: ^uint64(0)}
)

// blockWords appends to dst the hashes of the words of blk, the text from
// the start of a block of 64 bytes on, that start at the bits of starts
// and end before the bits of ends (one each, in pairs, all in the block).
// na marks the non-ASCII bytes of the block and fold the runes that
// folding changes; ASCII words of up to 16 bytes go through c.
func (c *wordCache) blockWords(dst []uint64, blk string, starts, ends, na, fold uint64) []uint64 {
	// p holds the block and 16 bytes more (zeros past the end of blk), so
	// that the word loads need no bounds checks.
	var tmp [80]byte
	p := &tmp
	if len(blk) >= len(tmp) {
		p = (*[80]byte)(unsafe.Pointer(unsafe.StringData(blk)))
	} else {
		copy(tmp[:], blk)
	}
	// The hashes go to out, sized to the words: appending no more, the
	// loop has no call on the path of a short ASCII word.
	m, k := bits.OnesCount64(starts), len(dst)
	dst = slices.Grow(dst, m)[:k+m]
	out := dst[k:]
	for j := 0; j < len(out); j++ {
		a, b := bits.TrailingZeros64(starts)&63, bits.TrailingZeros64(ends)&63 // a < b
		n := uint(b - a)
		if x := binary.LittleEndian.Uint64(p[a:]) & lowBytes(n); n <= 8 && x&highs == 0 {
			// c.hash8, inline: most words are short and cached.
			x = lowerLane(x)
			e := &c.short[x*lenMul>>(64-cacheBits)]
			if e.key != x {
				e.key, e.hash = x, hash8(x, n)
			}
			out[j] = e.hash
		} else {
			out[j] = c.blockWord(p, blk, a, b, na, fold)
		}
		starts &= starts - 1
		ends &= ends - 1
	}
	return dst
}

// blockWord is the hash of the word blk[a:b] of blockWords (p, na and fold
// are its), but for the short ASCII ones.
func (c *wordCache) blockWord(p *[80]byte, blk string, a, b int, na, fold uint64) uint64 {
	in := (uint64(1)<<(uint(b)&63) - 1) &^ (uint64(1)<<(uint(a)&63) - 1) // a < b < 64
	switch n := uint(b - a); {
	case na&in != 0 && fold&in == 0:
		return wordHash(blk[a:b], false)
	case na&in != 0:
		var tmp [64]byte
		return wordHash(appendFolded(tmp[:0], blk[a:b]), false)
	case n <= 8:
		return c.hash8(lowerLane(binary.LittleEndian.Uint64(p[a&63:])&lowBytes(n)), n)
	case n <= 16:
		x := lowerLane(binary.LittleEndian.Uint64(p[a&63:]))
		y := lowerLane(binary.LittleEndian.Uint64(p[a&63+8:]) & lowBytes(n-8))
		return c.hash16(x, y, n)
	}
	return wordHashASCII(blk[a:b])
}

// hashWord returns the hash of the word s[a:b], through c when it is ASCII
// and of up to 16 bytes.
func (c *wordCache) hashWord(t *[1 << 16]uint8, s string, a, b int, nfkc bool) uint64 {
	if n := uint(b - a); n <= 8 {
		if x := chunk(s, a) & lowBytes(n); x&highs == 0 {
			return c.hash8(lowerLane(x), n)
		}
	} else if n <= 16 {
		x, y := chunk(s, a), chunk(s, a+8)&lowBytes(n-8)
		if (x|y)&highs == 0 {
			return c.hash16(lowerLane(x), lowerLane(y), n)
		}
	}
	return hashWordSlow(t, s[a:b], nfkc)
}

// lowBytes returns the mask of the n low bytes of a uint64, 1 <= n <= 8.
func lowBytes(n uint) uint64 {
	return ^uint64(0) >> ((64 - 8*n) & 63)
}

// hash8 returns hash8(x, n) of the lower-cased ASCII word x, through c.
func (c *wordCache) hash8(x uint64, n uint) uint64 {
	e := &c.short[x*lenMul>>(64-cacheBits)]
	if e.key != x {
		e.key, e.hash = x, hash8(x, n)
	}
	return e.hash
}

// hash16 returns hash16(x, y, n) of the lower-cased ASCII word x, y,
// through c.
func (c *wordCache) hash16(x, y uint64, n uint) uint64 {
	e := &c.long[(x*lenMul^y*prime2)>>(64-cacheBits2)]
	if e.key[0] != x || e.key[1] != y {
		e.key, e.hash = [2]uint64{x, y}, hash16(x, y, n)
	}
	return e.hash
}

// wordHashASCII returns the hash of w, an ASCII word.
func wordHashASCII(w string) uint64 {
	return wordHash(w, len(w) < 32 || hasUpper(w))
}

// A wordCache maps lower-cased ASCII words to their hashes: words of up to
// 8 bytes in short, as little-endian integers (zero-padded, so distinct and
// never 0), words of 9 to 16 bytes in long, as two. Text repeats its common
// words so often that a look-up beats hashing them.
type wordCache struct {
	short [1 << cacheBits]struct{ key, hash uint64 }
	long  [1 << cacheBits2]struct {
		key  [2]uint64
		hash uint64
	}
}

const (
	cacheBits  = 12
	cacheBits2 = 10
)

var cachePool = sync.Pool{New: func() any { return new(wordCache) }}

// hashWordSlow hashes any word of s: it serves the words that the fast
// paths of scanWords do not (long, non-ASCII or begun in the block before).
func hashWordSlow(t *[1 << 16]uint8, w string, nfkc bool) uint64 {
	if isASCII(w) {
		return wordHash(w, hasUpper(w))
	}
	if t == nil {
		t = classes()
	}
	dirty := false
	for i := 0; i < len(w) && !dirty; {
		if c := w[i]; c < utf8.RuneSelf {
			dirty = 'A' <= c && c <= 'Z'
			i++
			continue
		}
		k, size := runeClass(t, w, i, nfkc)
		dirty = k == cFold
		i += size
	}
	if dirty {
		var tmp [64]byte
		return wordHash(appendFolded(tmp[:0], w), false)
	}
	return wordHash(w, false)
}

// hash8 returns xxhash.Sum64 of the n <= 8 bytes of x, little-endian.
func hash8(x uint64, n uint) uint64 {
	return xxTail(prime5+uint64(n), x, n)
}

// hash16 returns xxhash.Sum64 of the 8 < n <= 16 bytes of x and y,
// little-endian.
func hash16(x, y uint64, n uint) uint64 {
	h := prime5 + uint64(n)
	h ^= bits.RotateLeft64(x*prime2, 31) * prime1
	h = bits.RotateLeft64(h, 27)*prime1 + prime4
	return xxTail(h, y, n-8)
}

// xxTail hashes the last n <= 8 bytes of a string of less than 32 bytes,
// those of x, into the xxhash64 state h and returns the final hash. It has
// no branches: the steps that n does not take are computed and discarded.
func xxTail(h, x uint64, n uint) uint64 {
	// One lane when n == 8.
	big := -uint64(n >> 3)
	hl := h ^ bits.RotateLeft64(x*prime2, 31)*prime1
	hl = bits.RotateLeft64(hl, 27)*prime1 + prime4
	h = hl&big | h&^big
	r := n & 7
	// Four bytes when r >= 4.
	sel := -uint64(r >> 2)
	h4 := bits.RotateLeft64(h^(x&0xffffffff)*prime1, 23)*prime2 + prime3
	h = h4&sel | h&^sel
	x >>= 32 & sel
	r &= 3
	// Then r single bytes.
	sel = -uint64((r + 3) >> 2)
	h1 := bits.RotateLeft64(h^(x&0xff)*prime5, 11) * prime1
	h = h1&sel | h&^sel
	sel = -uint64((r + 2) >> 2)
	h1 = bits.RotateLeft64(h^(x>>8&0xff)*prime5, 11) * prime1
	h = h1&sel | h&^sel
	sel = -uint64((r + 1) >> 2)
	h1 = bits.RotateLeft64(h^(x>>16&0xff)*prime5, 11) * prime1
	h = h1&sel | h&^sel
	h ^= h >> 33
	h *= prime2
	h ^= h >> 29
	h *= prime3
	h ^= h >> 32
	return h
}

// hasUpper reports whether w holds an ASCII upper-case letter.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
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
	c := cachePool.Get().(*wordCache)
	dst = c.appendHashes(dst, text, n)
	cachePool.Put(c)
	return dst
}

func (c *wordCache) appendHashes(dst []uint64, text string, n int) []uint64 {
	if n <= 0 {
		n = DefaultN
	}
	start := len(dst)
	dst = c.appendWordHashes(dst, text)
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
		shingle5(w)
	} else {
		for i := 0; i+n <= m; i++ {
			w[i] = Combine(w[i : i+n])
		}
	}
	return dst[:start+m-n+1]
}

// shingle5 writes over w[i] the hash of the shingle of DefaultN words
// w[i:i+DefaultN], for every such shingle: what Combine returns, with the
// window's words in registers (a function of its own, so that nothing else
// competes for them). Two shingles a turn share the loads of the
// multipliers. len(w) >= DefaultN.
func shingle5(w []uint64) {
	a, b, c, d := w[0], w[1], w[2], w[3]
	for len(w) > DefaultN {
		e, f := w[4], w[5]
		w[0] = fmix(lenN + a*mul0 + b*mul1 + c*mul2 + d*mul3 + e*mul4)
		w[1] = fmix(lenN + b*mul0 + c*mul1 + d*mul2 + e*mul3 + f*mul4)
		a, b, c, d = c, d, e, f
		w = w[2:]
	}
	if len(w) == DefaultN {
		w[0] = fmix(lenN + a*mul0 + b*mul1 + c*mul2 + d*mul3 + w[4]*mul4)
	}
}

// Hashes returns the shingle hashes of text (see AppendHashes).
func Hashes(text string, n int) []uint64 { return AppendHashes(nil, text, n) }

// lenMul and mul are the fixed odd multipliers of Combine.
const (
	lenMul = 0x9e3779b97f4a7c15
	lenN   = DefaultN * lenMul & (1<<64 - 1) // uint64(DefaultN) * lenMul
)

// mul0 to mul4 are mul[0] to mul[4], as constants for the loop of
// appendHashes at DefaultN.
const (
	mul0 = 0x910a2dec89025cc1
	mul1 = 0x975835de1c9756cf
	mul2 = 0x1d0b14e4db018fed
	mul3 = 0x6e73e372e2338acb
	mul4 = 0x63033b0ca389c35b
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
