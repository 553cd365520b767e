package boilerplate

import (
	"strings"
	"unicode/utf8"
)

// What makes the rules fast: a paragraph is read once up front (lower-case
// copy, byte flags, word count, a signature of its letter pairs), and most
// tests then cost a bit test. A substring test (substr) first looks up a
// letter pair of its pattern in the signature and searches only when the
// pair occurs; a prefix list (prefixList) is matched for all lists at once,
// by the paragraph's first byte. Both give exactly the answers of
// strings.Contains and strings.HasPrefix: the signature only skips searches
// that cannot succeed.

// ---- pair signatures ------------------------------------------------------

// pairBit maps a pair of lower-case bytes (first<<8 | second) to a bit of
// the signature. Only the anchor pairs of registered substrings have bits;
// every other pair maps to bit 0, which every signature has.
var pairBit [1 << 16]uint8

// pairBits counts the bits handed out; bit 0 is the catch-all.
var pairBits = 1

// byteRarity ranks bytes for picking a pattern's anchor pair: the rarer the
// bytes of a pair in text, the fewer the searches it lets through.
var byteRarity = func() (r [256]int) {
	for i := range r {
		r[i] = 20 // punctuation, digits and non-ASCII bytes
	}
	for rank, c := range "etaoinshrdlcumwfgypbvkjxqz" {
		r[c] = rank
	}
	r[' '] = -5
	return r
}()

// anchorPair returns the bit for the rarest pair of bytes of pattern (lower
// case, at least two bytes), handing out a new bit when the pair has none.
// When no bit is left it returns bit 0: the pattern is searched always.
func anchorPair(pattern string) uint64 {
	best, bestScore := -1, -1<<30
	for k := 0; k+1 < len(pattern); k++ {
		key := int(pattern[k])<<8 | int(pattern[k+1])
		score := byteRarity[pattern[k]] + byteRarity[pattern[k+1]]
		if pairBit[key] != 0 {
			score += 8 // prefer a pair that already has a bit
		}
		if score > bestScore {
			best, bestScore = key, score
		}
	}
	if best < 0 {
		return 1
	}
	if pairBit[best] == 0 {
		if pairBits == 64 {
			return 1
		}
		pairBit[best] = uint8(pairBits)
		pairBits++
	}
	return 1 << pairBit[best]
}

// substr is a lower-case pattern searched for in a paragraph's lower-case
// copy, with the signature bit of its anchor pair.
type substr struct {
	s   string
	bit uint64
}

// sub registers a lower-case pattern of two or more bytes.
func sub(pattern string) substr {
	if len(pattern) < 2 || strings.ToLower(pattern) != pattern {
		panic("boilerplate: bad substring pattern " + pattern)
	}
	return substr{s: pattern, bit: anchorPair(pattern)}
}

// subs registers each of patterns.
func subs(patterns ...string) []substr {
	out := make([]substr, len(patterns))
	for k, p := range patterns {
		out[k] = sub(p)
	}
	return out
}

// in reports whether the pattern occurs in low, whose signature is sig
// (see lowerScan).
func (x substr) in(low string, sig uint64) bool {
	return sig&x.bit != 0 && strings.Contains(low, x.s)
}

// anyIn reports whether any of xs occurs in low, whose signature is sig.
func anyIn(xs []substr, low string, sig uint64) bool {
	for _, x := range xs {
		if x.in(low, sig) {
			return true
		}
	}
	return false
}

// Bytes whose presence the rules test before anything costlier.
const (
	hasAt    uint8 = 1 << iota // '@'
	hasSlash                   // '/'
	hasGt                      // '>'
	hasColon                   // ':'
	hasParen                   // '(' or ')'
	hasHigh                    // a byte of a non-ASCII character
	hasDot                     // '.'
	hasBar                     // '|'
)

// lowerTable maps a byte to its ASCII lower case; flagTable to its has bit.
var lowerTable, flagTable = func() (l, f [256]uint8) {
	for i := range l {
		c := byte(i)
		l[i] = lowerByte(c)
		switch {
		case c == '@':
			f[i] = hasAt
		case c == '/':
			f[i] = hasSlash
		case c == '>':
			f[i] = hasGt
		case c == ':':
			f[i] = hasColon
		case c == '(' || c == ')':
			f[i] = hasParen
		case c >= utf8.RuneSelf:
			f[i] = hasHigh
		case c == '.':
			f[i] = hasDot
		case c == '|':
			f[i] = hasBar
		}
	}
	return
}()

// lowerScan writes s in ASCII lower case to buf (len(buf) >= len(s)) and
// returns the flags of the bytes it has, its signature (the bits of the
// anchor pairs it has, and bit 0) and its number of spaces.
func lowerScan(buf []byte, s string) (has uint8, sig uint64, spaces int) {
	buf = buf[:len(s)]
	sig = 1
	prev := 0
	for k := 0; k < len(s); k++ {
		c := s[k]
		l := lowerTable[c]
		buf[k] = l
		has |= flagTable[c]
		if c == ' ' {
			spaces++
		}
		sig |= 1 << pairBit[prev|int(l)]
		prev = int(l) << 8
	}
	return has, sig, spaces
}

// signature returns the signature of the lower-case text low.
func signature(low string) uint64 {
	sig := uint64(1)
	prev := 0
	for k := 0; k < len(low); k++ {
		l := int(low[k])
		sig |= 1 << pairBit[prev|l]
		prev = l << 8
	}
	return sig
}

// ---- prefix lists -------------------------------------------------------------

// A prefixList is a bit naming a list of lower-case prefixes; lowerPrefixes
// matches a text against all the lists at once.
type prefixList uint32

// prefixEntry is one prefix and the lists it is in.
type prefixEntry struct {
	s     string
	lists prefixList
}

// prefixesByFirst holds every registered prefix, by its first byte.
var prefixesByFirst [256][]prefixEntry

// prefixPairs marks the first two bytes (first<<8 | second) of every
// registered prefix of two or more bytes; startLists rejects most texts by
// it.
var prefixPairs [1 << 16 / 64]uint64

// numPrefixLists counts the lists registered.
var numPrefixLists = 0

// prefixes registers a list of lower-case prefixes.
func prefixes(ps ...string) prefixList {
	if numPrefixLists == 32 {
		panic("boilerplate: too many prefix lists")
	}
	l := prefixList(1) << numPrefixLists
	numPrefixLists++
	for _, p := range ps {
		if p == "" || strings.ToLower(p) != p {
			panic("boilerplate: bad prefix " + p)
		}
		es := prefixesByFirst[p[0]]
		found := false
		for k := range es {
			if es[k].s == p {
				es[k].lists |= l
				found = true
			}
		}
		if !found {
			es = append(es, prefixEntry{s: p, lists: l})
		}
		if len(p) == 1 {
			panic("boilerplate: one-byte prefix " + p)
		}
		k := int(p[0])<<8 | int(p[1])
		prefixPairs[k/64] |= 1 << (k % 64)
		prefixesByFirst[p[0]] = es
	}
	return l
}

// startLists returns the lists that have a prefix of the lower-case text
// low.
func startLists(low string) prefixList {
	if len(low) < 2 {
		return 0 // every prefix has two bytes or more
	}
	if k := int(low[0])<<8 | int(low[1]); prefixPairs[k/64]&(1<<(k%64)) == 0 {
		return 0
	}
	var l prefixList
	for _, e := range prefixesByFirst[low[0]] {
		if strings.HasPrefix(low, e.s) {
			l |= e.lists
		}
	}
	return l
}

// ---- trimming ----------------------------------------------------------------

// A cutSet is the cut set of strings.Trim, looked up by table for ASCII.
type cutSet struct {
	ascii [utf8.RuneSelf]bool
	runes []rune
}

func newCutSet(cut string) *cutSet {
	c := &cutSet{}
	for _, r := range cut {
		if r < utf8.RuneSelf {
			c.ascii[r] = true
		} else {
			c.runes = append(c.runes, r)
		}
	}
	return c
}

func (c *cutSet) has(r rune) bool {
	if r < utf8.RuneSelf {
		return c.ascii[r]
	}
	for _, x := range c.runes {
		if x == r {
			return true
		}
	}
	return false
}

// trim returns s without its leading and trailing runes in c, as
// strings.Trim(s, cut) does.
func (c *cutSet) trim(s string) string {
	lo, hi := c.bounds(s)
	return s[lo:hi]
}

// bounds returns the bounds of c.trim(s) in s.
func (c *cutSet) bounds(s string) (lo, hi int) {
	hi = len(s)
	for lo < hi {
		if b := s[lo]; b < utf8.RuneSelf {
			if !c.ascii[b] {
				break
			}
			lo++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[lo:hi])
		if !c.has(r) {
			break
		}
		lo += n
	}
	for lo < hi {
		if b := s[hi-1]; b < utf8.RuneSelf {
			if !c.ascii[b] {
				break
			}
			hi--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[lo:hi])
		if !c.has(r) {
			break
		}
		hi -= n
	}
	return lo, hi
}

// trimDotsSpaces returns s without trailing dots and spaces
// (strings.TrimRight(s, ". ")).
func trimDotsSpaces(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '.' || s[len(s)-1] == ' ') {
		s = s[:len(s)-1]
	}
	return s
}

// ---- word sets -------------------------------------------------------------------

// A wordSet is a set of short strings, looked up faster than a map: an
// open-addressing table hashed on the length and three bytes of a string,
// with no more than a quarter of its slots in use, so that most strings not
// in the set meet an empty slot at once.
type wordSet struct {
	slots []string // "" is an empty slot
	mask  uint32
}

// newWordSet returns the set of the keys of m whose value is true.
func newWordSet(m map[string]bool) *wordSet {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	w := &wordSet{slots: make([]string, size), mask: uint32(size - 1)}
	for s, in := range m {
		if !in {
			continue
		}
		if s == "" {
			panic("boilerplate: empty word in a word set")
		}
		h := wordSetHash(s) & w.mask
		for w.slots[h] != "" {
			h = (h + 1) & w.mask
		}
		w.slots[h] = s
	}
	return w
}

// wordSetHash hashes the length, first, middle and last bytes of s (not "").
func wordSetHash(s string) uint32 {
	n := len(s)
	x := uint32(n) | uint32(s[0])<<8 | uint32(s[n/2])<<16 | uint32(s[n-1])<<24
	return (x * 0x9E3779B1) >> 16
}

// has reports whether s is in the set.
func (w *wordSet) has(s string) bool {
	if s == "" {
		return false
	}
	for h := wordSetHash(s) & w.mask; ; h = (h + 1) & w.mask {
		switch w.slots[h] {
		case s:
			return true
		case "":
			return false
		}
	}
}

// ---- long paragraphs ---------------------------------------------------------

// What longScan finds in a long paragraph.
const (
	longOokie  uint8 = 1 << iota // "ookie" (the cookie rule's anchor)
	longAppeal                   // an anchor of mayAppeal
)

// longAnchor is a case-sensitive pattern longScan looks for, found by a
// pair of its bytes at offset at.
type longAnchor struct {
	s    string
	at   int
	flag uint8
}

var longAnchors = [...]longAnchor{
	{"ookie", 2, longOokie}, {"you", 0, longAppeal}, {"You", 0, longAppeal},
	{"onat", 1, longAppeal}, {"upport", 1, longAppeal}, {"ubscri", 1, longAppeal},
}

// longPairs marks the anchor pairs of longAnchors (first<<8 | second).
var longPairs = func() (t [1 << 16 / 64]uint64) {
	for _, a := range longAnchors {
		k := int(a.s[a.at])<<8 | int(a.s[a.at+1])
		t[k/64] |= 1 << (k % 64)
	}
	return t
}()

// longScan returns the flags of the anchors that occur in s, reading s
// once: each pair of bytes is looked up in a bit table that fits in the
// first-level cache, and the anchors are compared only where their pair
// occurs. It gives the answers of strings.Contains.
func longScan(s string) (found uint8) {
	const all = longOokie | longAppeal
	for i := 0; i+1 < len(s); i++ {
		k := int(s[i])<<8 | int(s[i+1])
		if longPairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, a := range &longAnchors {
			if found&a.flag == 0 && i >= a.at && strings.HasPrefix(s[i-a.at:], a.s) {
				found |= a.flag
			}
		}
		if found == all {
			break
		}
	}
	return found
}
