package boilerplate

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
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

// A signature has a bit for each anchor pair of the registered substrings
// that a text may have. Pairs are taken of byte classes, not bytes: ASCII
// letters of either case share a class, and so do all the bytes no pattern
// needs apart. A class pair may then stand for pairs no pattern has, which
// only sets bits the text does not need (a search that finds nothing); it
// never leaves out a bit the text needs. The class-pair table is 1 KB and
// stays in the first-level cache.

// sigClass maps a byte to its signature class: 1-26 for the letters, then
// space, '.', ':', and the two bytes of '©'; 0 for every other byte.
var sigClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = uint8(c-'a'+1), uint8(c-'a'+1)
	}
	t[' '], t['.'], t[':'], t[0xC2], t[0xA9] = 27, 28, 29, 30, 31
	return t
}()

// pairBit maps a pair of byte classes (first<<5 | second) to a bit of the
// signature. Only the anchor pairs of registered substrings have bits;
// every other pair maps to bit 0, which every signature has.
var pairBit [32 * 32]uint8

// pairBits counts the bits handed out; bit 0 is the catch-all.
var pairBits = 1

// pairMask is pairBit as masks (1 << pairBit[k]), for the signature loops:
// a load instead of a load and a shift. It is filled in by init, once
// every substring has been registered.
var pairMask [32 * 32]uint64

func init() {
	for k, b := range pairBit {
		pairMask[k] = 1 << b
	}
}

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

// classPair returns the key in pairBit of the bytes a, b.
func classPair(a, b byte) int { return int(sigClass[a])<<5 | int(sigClass[b]) }

// anchorBits returns the signature bits of the two rarest distinct byte
// pairs of pattern (lower case, at least two bytes), handing out a new bit
// to a class pair that has none. A text that has the pattern has both
// pairs, so a search is skipped unless both bits are set; two pairs let
// through far fewer texts than one. A pair no bit is left for is left out
// (bit 0 stands for it): the pattern is then searched more often, never
// missed.
func anchorBits(pattern string) uint64 {
	first := anchorPair(pattern, -1)
	if first < 0 {
		return 1
	}
	bits := pairBitOf(first)
	if second := anchorPair(pattern, first); second >= 0 {
		bits |= pairBitOf(second)
	}
	return bits
}

// anchorPair returns the key in pairBit of the rarest pair of bytes of
// pattern other than the class pair skip, or -1 when there is none.
func anchorPair(pattern string, skip int) int {
	best, bestScore := -1, -1<<30
	for k := 0; k+1 < len(pattern); k++ {
		key := classPair(pattern[k], pattern[k+1])
		if sigClass[pattern[k]] == 0 || sigClass[pattern[k+1]] == 0 || key == skip {
			continue // a class shared by too many bytes
		}
		score := byteRarity[pattern[k]] + byteRarity[pattern[k+1]]
		if pairBit[key] != 0 {
			score += 8 // prefer a pair that already has a bit
		}
		if score > bestScore {
			best, bestScore = key, score
		}
	}
	return best
}

// pairBitOf returns the signature bit of the class pair key, handing out a
// new one when it has none; when no bit is left it returns bit 0, which
// every signature has.
func pairBitOf(key int) uint64 {
	if pairBit[key] == 0 {
		if pairBits == 64 {
			return 1
		}
		pairBit[key] = uint8(pairBits)
		pairBits++
	}
	return 1 << pairBit[key]
}

// substr is a lower-case pattern searched for in a paragraph's lower-case
// copy, with the signature bits of its anchor pairs (see anchorBits).
type substr struct {
	s   string
	bit uint64
}

// sub registers a lower-case pattern of two or more bytes.
func sub(pattern string) substr {
	if len(pattern) < 2 || strings.ToLower(pattern) != pattern {
		panic("boilerplate: bad substring pattern " + pattern)
	}
	x := substr{s: pattern, bit: anchorBits(pattern)}
	registered = append(registered, x)
	return x
}

// registered lists every substring registered, for the tests.
var registered []substr

// subs registers each of patterns.
func subs(patterns ...string) []substr {
	out := make([]substr, len(patterns))
	for k, p := range patterns {
		out[k] = sub(p)
	}
	return out
}

// in reports whether the pattern occurs in low, whose signature is sig
// (see signature). It is inlined: only a text the signature lets through
// costs a call (see search).
func (x substr) in(low string, sig uint64) bool {
	return x.maybe(sig) && x.search(low)
}

// search reports whether the pattern occurs in low. It is kept out of line
// so that in, which tests the signature first, is inlined.
//
//go:noinline
func (x substr) search(low string) bool {
	return strings.Contains(low, x.s)
}

// maybe reports whether a text whose signature is sig may have the
// pattern: whether sig has the bits of its anchor pairs.
func (x substr) maybe(sig uint64) bool {
	return sig&x.bit == x.bit
}

// gatedWords are lower-case words searched for behind the signature bits
// that their letter pairs already have: unlike a substr, a gated word
// hands out no bit, so it takes none from the patterns registered (a
// pattern without bits is searched for far more often). gate fills in
// the bits, in init, once every pattern has been registered.
type gatedWords struct {
	words []string
	bits  []uint64
	rare  []byte // each word's rarest byte (see byteRarity), looked for first
}

// newGatedWords returns the gated words ws; their bits are set by init.
func newGatedWords(ws ...string) *gatedWords {
	g := &gatedWords{words: ws}
	allGated = append(allGated, g)
	return g
}

// allGated lists every gatedWords, for init.
var allGated []*gatedWords

func init() {
	for _, g := range allGated {
		g.bits, g.rare = make([]uint64, len(g.words)), make([]byte, len(g.words))
		for k, w := range g.words {
			bits := uint64(1)
			for i := 0; i+1 < len(w); i++ {
				bits |= pairMask[classPair(w[i], w[i+1])]
			}
			g.bits[k] = bits
			g.rare[k] = w[0]
			for i := 1; i < len(w); i++ {
				// Of two bytes beyond ASCII, the later: a continuation
				// byte tells more than a lead byte.
				r, best := byteRarity[w[i]], byteRarity[g.rare[k]]
				if w[i] != ' ' && (r > best || r == best && w[i] >= utf8.RuneSelf) {
					g.rare[k] = w[i]
				}
			}
		}
	}
}

// in reports whether one of the words occurs in low, whose signature is
// sig. A word's rarest byte is looked for before the word: one pass that
// few texts pass, where a gate of one or two common pairs lets most
// through.
func (g *gatedWords) in(low string, sig uint64) bool {
	for k, b := range g.bits {
		if sig&b == b && strings.IndexByte(low, g.rare[k]) >= 0 && strings.Contains(low, g.words[k]) {
			return true
		}
	}
	return false
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

// signature returns the signature of s (in any ASCII case): the bits of
// the anchor pairs it may have, and bit 0.
func signature(s string) uint64 {
	sig := uint64(1)
	if s == "" {
		return sig
	}
	prev := int(sigClass[s[0]]) << 5
	for k := 1; k < len(s); k++ {
		c := int(sigClass[s[k]])
		sig |= pairMask[prev|c]
		prev = c << 5
	}
	return sig
}

// Bytes whose presence the rules test before anything costlier.
const (
	hasAt     uint16 = 1 << iota // '@'
	hasSlash                     // '/'
	hasGt                        // '>'
	hasColon                     // ':'
	hasParen                     // '(' or ')'
	hasHigh                      // a byte of a non-ASCII character
	hasDot                       // '.'
	hasBar                       // '|'
	hasK                         // 'k' or 'K' (the cookie rule's gate)
	hasLead                      // a byte C3-DF: a letter beyond ASCII (see foreign)
	hasJ                         // 'j' or 'J' (the gate of hasDutchIJ)
	hasFigure                    // '0' to '9' (the gate of isRating)
	hasDollar                    // '$' (with hasHigh, the gate of accessOffer)
	hasWide                      // a byte E3-ED: the first of a Han, kana or Hangul character (and more)
)

// loadTail returns the eight bytes of s from k as a little-endian word,
// with zero bytes past the end of s (k < len(s)). It reads no byte outside
// s: a short tail is read as two overlapping loads.
func loadTail(s string, k int) uint64 {
	n := len(s) - k
	if n >= 8 {
		return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[k:]), 8))
	}
	if len(s) >= 8 {
		// The last eight bytes of s, shifted down to the tail.
		x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[len(s)-8:]), 8))
		return x >> (8 * (8 - n))
	}
	if n >= 4 {
		lo := uint64(binary.LittleEndian.Uint32(unsafe.Slice(unsafe.StringData(s[k:]), 4)))
		hi := uint64(binary.LittleEndian.Uint32(unsafe.Slice(unsafe.StringData(s[len(s)-4:]), 4)))
		return lo | hi<<(8*(n-4))
	}
	x := uint64(s[k])
	if n >= 2 {
		x |= uint64(s[k+1]) << 8
	}
	if n == 3 {
		x |= uint64(s[k+2]) << 16
	}
	return x
}

// scanTable packs, for each byte, all lowerScan needs of it, so that one
// load per byte serves: its ASCII lower case (bits 0-7), its has flag
// (bits 16-31), whether it is a space (bit 48: the entries are summed as
// well as or-ed, and the sum's bits 48-57 count the spaces, the lower
// fields of fewer than 1024 entries summing to less than 1<<42) and its
// signature class (bits 59-63, see sigClass), where one shift extracts it.
var scanTable = func() (t [256]uint64) {
	for i := range t {
		c := byte(i)
		var f uint16
		switch {
		case c == '@':
			f = hasAt
		case c == '/':
			f = hasSlash
		case c == '>':
			f = hasGt
		case c == ':':
			f = hasColon
		case c == '(' || c == ')':
			f = hasParen
		case 0xC3 <= c && c <= 0xDF:
			f = hasHigh | hasLead
		case 0xE3 <= c && c <= 0xED:
			f = hasHigh | hasWide
		case c >= utf8.RuneSelf:
			f = hasHigh
		case c == '.':
			f = hasDot
		case c == '|':
			f = hasBar
		case c == 'k' || c == 'K':
			f = hasK
		case c == 'j' || c == 'J':
			f = hasJ
		case '0' <= c && c <= '9':
			f = hasFigure
		case c == '$':
			f = hasDollar
		}
		t[i] = uint64(lowerByte(c)) | uint64(f)<<16 | uint64(sigClass[c])<<scanClassShift
		if c == ' ' {
			t[i] |= 1 << scanSpaceShift
		}
	}
	return t
}()

// The offsets of the space count and the signature class in scanTable.
const (
	scanSpaceShift = 48
	scanClassShift = 59
)

// scanSumMax is the longest text whose spaces the sum of its scanTable
// entries counts (see scanTable).
const scanSumMax = 1<<(scanClassShift-1-scanSpaceShift) - 1

// lowerScan writes s in ASCII lower case to buf (len(buf) >= len(s)) and
// returns the flags of the bytes it has, its signature (see signature) and
// its number of spaces, reading s once. Its tables (scanTable and the
// class pairs) take 10 KB and stay in the first-level cache.
func lowerScan(buf []byte, s string) (has uint16, sig uint64, spaces int) {
	sig = 1
	buf = buf[:len(s)]
	tbl := &scanTable
	// The class pairs by first and second class: a class is below 32, so
	// that a pair is looked up with no bounds check.
	masks := (*[32][32]uint64)(unsafe.Pointer(&pairMask))
	var acc, sum uint64
	// last is the entry of the byte read last (0 before the first: class
	// 0, no pair with which has a bit but bit 0, which sig has). Its class
	// is taken again, not kept: so it is plainly below 32.
	var last uint64
	k := 0
	for ; k < len(s)-1; k += 2 {
		// Two bytes a turn: half the loop's own instructions.
		e0, e1 := tbl[s[k]], tbl[s[k+1]]
		buf[k], buf[k+1] = byte(e0), byte(e1)
		acc |= e0 | e1
		sum += e0 + e1
		c0 := e0 >> scanClassShift
		sig |= masks[last>>scanClassShift][c0] | masks[c0][e1>>scanClassShift]
		last = e1
	}
	if k < len(s) {
		e := tbl[s[k]]
		buf[k] = byte(e)
		acc |= e
		sum += e
		sig |= masks[last>>scanClassShift][e>>scanClassShift]
	}
	spaces = int(sum >> scanSpaceShift & scanSumMax)
	if len(s) > scanSumMax {
		spaces = strings.Count(s, " ")
	}
	return uint16(acc >> 16), sig, spaces
}

// ---- prefix lists -------------------------------------------------------------

// A prefixList is a bit naming a list of lower-case prefixes; lowerPrefixes
// matches a text against all the lists at once.
type prefixList uint64

// prefixEntry is one prefix and the lists it is in. head and mask hold its
// first eight bytes (fewer when it is shorter) as a little-endian word, so
// that most prefixes are ruled out by one comparison of words.
type prefixEntry struct {
	s          string
	head, mask uint64
	lists      prefixList
}

// prefixesByPair holds every registered prefix, by its first two bytes
// (first<<8 | second).
var prefixesByPair = map[int][]prefixEntry{}

// pairSlots index prefixesByPair for startLists: open-addressed by
// pairSlotHash, the slot of a pair holds the bounds of its prefixes in
// pairEntries. A text is compared with the prefixes of its own first two
// bytes only, not with every prefix of its first byte ("In", "Re", "Su"
// open many lines and a few prefixes each).
var (
	pairSlots   [1024]pairSlot
	pairEntries []prefixEntry
)

// pairSlot is a slot of pairSlots: key is the pair + 1, 0 for an empty
// slot; longest is the length of the pair's longest prefix; short has the
// lists of its prefixes of two bytes. Its longer prefixes are
// pairEntries[lo:hi], sorted by their third byte, so that a text is
// compared only with those of its own third byte (there are 90 prefixes
// of "le", "co" has 62).
type pairSlot struct {
	key             uint32
	lo, hi, longest uint16
	short           prefixList
}

func pairSlotHash(k uint32) uint32 { return k * 0x9E3779B1 >> 22 }

// prefixPairs marks the first two bytes (first<<8 | second) of every
// registered prefix of two or more bytes; startLists rejects most texts by
// it.
var prefixPairs [1 << 16 / 64]uint64

// numPrefixLists counts the lists registered.
var numPrefixLists = 0

// maxPrefixLen is the length in bytes of the longest registered prefix.
var maxPrefixLen = 0

// prefixes registers a list of lower-case prefixes.
func prefixes(ps ...string) prefixList {
	if numPrefixLists == 64 {
		panic("boilerplate: too many prefix lists")
	}
	l := prefixList(1) << numPrefixLists
	numPrefixLists++
	for _, p := range ps {
		if p == "" || strings.ToLower(p) != p {
			panic("boilerplate: bad prefix " + p)
		}
		if len(p) == 1 {
			panic("boilerplate: one-byte prefix " + p)
		}
		if len(p) > foldedHead-utf8.UTFMax {
			panic("boilerplate: prefix too long for foldedStarts: " + p)
		}
		k := int(p[0])<<8 | int(p[1])
		es := prefixesByPair[k]
		found := false
		for j := range es {
			if es[j].s == p {
				es[j].lists |= l
				found = true
			}
		}
		if !found {
			e := prefixEntry{s: p, lists: l}
			for j := 0; j < len(p) && j < 8; j++ {
				e.head |= uint64(p[j]) << (8 * j)
				e.mask |= 0xff << (8 * j)
			}
			// Kept sorted by the third byte (see pairSlot), here, where
			// one pair changes, not in indexPairs, which rebuilds them all.
			at := len(es)
			for at > 0 && third(es[at-1].s) > third(p) {
				at--
			}
			es = slices.Insert(es, at, e)
		}
		maxPrefixLen = max(maxPrefixLen, len(p))
		prefixPairs[k/64] |= 1 << (k % 64)
		prefixesByPair[k] = es
	}
	indexPairs()
	return l
}

// indexPairs rebuilds pairSlots and pairEntries from prefixesByPair.
func indexPairs() {
	if 2*len(prefixesByPair) > len(pairSlots) {
		panic("boilerplate: too many prefix pairs")
	}
	pairSlots = [len(pairSlots)]pairSlot{}
	pairEntries = pairEntries[:0]
	for k, es := range prefixesByPair {
		key := uint32(k)
		h := pairSlotHash(key)
		for pairSlots[h].key != 0 {
			h = (h + 1) % uint32(len(pairSlots))
		}
		sl := pairSlot{key: key + 1, lo: uint16(len(pairEntries))}
		for _, e := range es {
			sl.longest = max(sl.longest, uint16(len(e.s)))
			if len(e.s) == 2 {
				sl.short |= e.lists
			} else {
				pairEntries = append(pairEntries, e)
			}
		}
		sl.hi = uint16(len(pairEntries))
		pairSlots[h] = sl
	}
}

// startLists returns the lists that have a prefix of the lower-case text
// low.
func startLists(low string) prefixList {
	if len(low) < 2 {
		return 0 // every prefix has two bytes or more
	}
	k := uint32(low[0])<<8 | uint32(low[1])
	if prefixPairs[k/64]&(1<<(k%64)) == 0 {
		return 0
	}
	h := pairSlotHash(k)
	for pairSlots[h].key != k+1 {
		h = (h + 1) % uint32(len(pairSlots)) // the pair is marked: it has a slot
	}
	return slotLists(low, &pairSlots[h])
}

// slotLists returns the lists that have a prefix of low among the
// prefixes of the pair slot sl, the slot of low's first two bytes.
func slotLists(low string, sl *pairSlot) prefixList {
	l := sl.short // low opens with the pair
	if len(low) < 3 {
		return l
	}
	// The prefixes of low's third byte (byte 2 of their heads): a binary
	// search in the long lists, a scan in the short ones.
	es := pairEntries[sl.lo:sl.hi]
	c := uint64(low[2])
	i, j := 0, len(es)
	for j-i > 4 {
		if m := int(uint(i+j) >> 1); es[m].head>>16&0xff < c {
			i = m + 1
		} else {
			j = m
		}
	}
	// loadTail(low, 0), its common case written out: loadTail is no
	// inlined call.
	var head uint64
	if len(low) >= 8 {
		head = binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(low), 8))
	} else {
		head = loadTail(low, 0)
	}
	// By index, not by value: an entry is not copied.
	for k := i; k < len(es); k++ {
		e := &es[k]
		if t := e.head >> 16 & 0xff; t != c {
			if t > c {
				break
			}
			continue
		}
		if (head^e.head)&e.mask == 0 && len(low) >= len(e.s) && (len(e.s) <= 8 || low[8:len(e.s)] == e.s[8:]) {
			l |= e.lists
		}
	}
	return l
}

// third is the third byte of a prefix, -1 for a prefix of two bytes.
func third(p string) int {
	if len(p) < 3 {
		return -1
	}
	return int(p[2])
}

// foldedStarts is startLists for a text s with letters beyond ASCII, which
// lowerScan lower-cases only in ASCII: it lower-cases the head of s in full
// ("LEIA TAMBÉM:", "Читайте также:", "Фото:"), when the first two bytes of
// the result may open a prefix, as far as the longest prefix they open.
func foldedStarts(s string) prefixList {
	var buf [foldedHead]byte
	f := foldPrefix(buf[:0], s, 2)
	if len(f) < 2 {
		return 0
	}
	k := uint32(f[0])<<8 | uint32(f[1])
	if prefixPairs[k/64]&(1<<(k%64)) == 0 {
		return 0
	}
	h := pairSlotHash(k)
	for pairSlots[h].key != k+1 {
		h = (h + 1) % uint32(len(pairSlots)) // the pair is marked: it has a slot
	}
	sl := &pairSlots[h]
	f = foldPrefix(buf[:0], s, int(sl.longest))
	return slotLists(unsafe.String(&f[0], len(f)), sl) // buf outlives the call
}

// foldedHead is the room foldedStarts has for the head of a text: the
// longest prefix and one rune beyond it (foldPrefix stops once it has
// maxPrefixLen bytes).
const foldedHead = 64 + utf8.UTFMax

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
// in the set meet an empty slot at once. A probe reads a tag of four bytes
// (the string's full hash, 0 for an empty slot), not the string: the tags
// of a set of 500 strings take 8 KB, and a string is compared only when its
// tag matches.
type wordSet struct {
	tags  []uint32 // wordSetTag of the string in each slot; 0 for an empty slot
	slots []string
	mask  uint32
}

// newWordSet returns the set of the keys of m whose value is true.
func newWordSet(m map[string]bool) *wordSet {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	w := &wordSet{tags: make([]uint32, size), slots: make([]string, size), mask: uint32(size - 1)}
	for s, in := range m {
		if !in {
			continue
		}
		if s == "" {
			panic("boilerplate: empty word in a word set")
		}
		tag := wordSetTag(s)
		h := tag >> 16 & w.mask
		for w.tags[h] != 0 {
			h = (h + 1) & w.mask
		}
		w.tags[h], w.slots[h] = tag, s
	}
	return w
}

// wordSetTag hashes the length, first, middle and last bytes of s (not
// ""): the table index is its high 16 bits; it is never 0.
func wordSetTag(s string) uint32 {
	n := len(s)
	x := uint32(n) | uint32(s[0])<<8 | uint32(s[n/2])<<16 | uint32(s[n-1])<<24
	return x*0x9E3779B1 | 1
}

// has reports whether s is in the set.
func (w *wordSet) has(s string) bool { return w.slot(s) >= 0 }

// slot returns the slot of s in the set, or -1 when s is not in it.
func (w *wordSet) slot(s string) int {
	if s == "" {
		return -1
	}
	tag := wordSetTag(s)
	for h := tag >> 16 & w.mask; ; h = (h + 1) & w.mask {
		switch w.tags[h] {
		case tag:
			if w.slots[h] == s {
				return int(h)
			}
		case 0:
			return -1
		}
	}
}

// A kindSet is a set of words each with kind bits: several word sets
// looked up at once.
type kindSet struct {
	words *wordSet
	kinds []uint16 // by slot of words
}

// newKindSet returns the union of sets, a word having bit k of its kinds
// when it is in sets[k].
func newKindSet(sets ...map[string]bool) *kindSet {
	all := map[string]bool{}
	for _, m := range sets {
		for w, in := range m {
			all[w] = all[w] || in
		}
	}
	ks := &kindSet{words: newWordSet(all)}
	ks.kinds = make([]uint16, len(ks.words.slots))
	for k, m := range sets {
		for w, in := range m {
			if in {
				ks.kinds[ks.words.slot(w)] |= 1 << k
			}
		}
	}
	return ks
}

// kind returns the kind bits of s, 0 when s is in no set.
func (ks *kindSet) kind(s string) uint16 {
	if j := ks.words.slot(s); j >= 0 {
		return ks.kinds[j]
	}
	return 0
}

// ---- long paragraphs ---------------------------------------------------------

// What longScan finds in a long paragraph.
const (
	longOokie   uint8 = 1 << iota // "ookie" (the cookie rule's anchor)
	longAppeal                    // an anchor of mayAppeal in English
	longForward                   // "ard-looking" or "ard-Looking" (see forwardLooking)
)

// longAnchor is a case-sensitive pattern longScan looks for, found by its
// two pairs of bytes at offsets at and at+1.
type longAnchor struct {
	s    string
	at   int
	flag uint8
}

// longAnchors are the anchors longScan finds; at picks two pairs rarer in
// text than the others (all anchors have three bytes or more).
var longAnchors = [...]longAnchor{
	{"ookie", 1, longOokie}, {"you", 0, longAppeal}, {"You", 0, longAppeal},
	{"onat", 1, longAppeal}, {"upport", 1, longAppeal}, {"ubscri", 1, longAppeal}, {"favo", 0, longAppeal},
	{"ard-looking", 2, longForward}, {"ard-Looking", 2, longForward},
}

// longTable finds longAnchors.
var longTable = newAnchorTable(longAnchors[:])

// longScan returns the flags of the anchors that occur in s, reading s
// once (see anchorTable). It gives the answers of strings.Contains.
func longScan(s string) uint8 { return longTable.scan(s) }

// anchorTable finds many anchors in a text, reading it once, two bytes at
// a time: the pair at each even offset is looked up in a table of the
// pairs of all tables' anchors (anchorPairs), and the anchors are
// compared only where their pair occurs. An anchor at j holds the pair at j+at or the one at
// j+at+1, whichever offset is even, so none is missed. Eight bytes are
// loaded at once and their four pairs tested together: most words of text
// have no marked pair, and in the others only the marked pairs are looked
// at. The anchors of a pair are found by a hash of the pair. It gives the
// answers of strings.Contains, case-sensitive; a folding table (see
// newFoldTable) gives those of strings.Contains on the text in ASCII lower
// case.
type anchorTable struct {
	anchors []longAnchor
	all     uint8 // the flags of all anchors
	// fold has 0x20 in every byte for a folding table, and is 0 for
	// others: or-ed into the text's bytes, it puts ASCII capitals in lower
	// case (see newFoldTable).
	fold uint64
	// bit is the table's bit in anchorPairs.
	bit uint8
	// slots index the marked pairs, open-addressed by pairHash: the
	// entries of a pair are hits[lo:hi].
	slots [1024]struct {
		key    uint32 // pair key + 1; 0 for an empty slot
		lo, hi uint16
	}
	hits []pairHit
}

// pairHit is an anchor (its index in anchors) holding a pair at offset
// off. head is the anchor's first eight bytes (fewer when it is shorter)
// as a little-endian word, mask the bytes of head: a place where the pair
// occurs is ruled out by one comparison of words, mostly.
type pairHit struct {
	head, mask  uint64
	anchor, off uint8
}

func pairHash(k uint32) uint32 { return k * 0x9E3779B1 >> 22 }

// anchorPairs marks the pairs at offsets at and at+1 of the anchors of
// every anchorTable, keyed as little-endian words (first | second<<8): bit
// b of a pair's byte stands for the table whose bit is 1<<b. A pair is
// tested by one load, for any table. Of the 64 KB, a text reads only the
// bytes of its pairs: a few KB of ASCII letters, or of one other script.
var anchorPairs [1 << 16]uint8

// numAnchorTables counts the tables built; anchorPairs has room for eight.
var numAnchorTables = 0

// newAnchorTable builds the table of anchors (of three bytes or more, no
// zero byte), case-sensitive.
func newAnchorTable(anchors []longAnchor) *anchorTable {
	if numAnchorTables == 8 {
		panic("boilerplate: too many anchor tables")
	}
	t := &anchorTable{anchors: anchors, bit: 1 << numAnchorTables}
	numAnchorTables++
	byPair := map[uint32][]pairHit{}
	var keys []uint32
	for i, a := range anchors {
		if len(a.s) < 3 || a.at+2 >= len(a.s) || i > 255 || strings.IndexByte(a.s, 0) >= 0 {
			panic("boilerplate: bad anchor " + a.s)
		}
		t.all |= a.flag
		n := min(len(a.s), 8)
		head := loadTail(a.s[:n], 0)
		mask := uint64(1)<<(8*n) - 1
		if n == 8 {
			mask = ^uint64(0)
		}
		for k := a.at; k <= a.at+1; k++ {
			key := uint32(a.s[k]) | uint32(a.s[k+1])<<8
			anchorPairs[key] |= t.bit
			if byPair[key] == nil {
				keys = append(keys, key)
			}
			byPair[key] = append(byPair[key], pairHit{head, mask, uint8(i), uint8(k)})
		}
	}
	for _, key := range keys {
		h := pairHash(key)
		for t.slots[h].key != 0 {
			h = (h + 1) % uint32(len(t.slots))
		}
		t.slots[h].key, t.slots[h].lo = key+1, uint16(len(t.hits))
		t.hits = append(t.hits, byPair[key]...)
		t.slots[h].hi = uint16(len(t.hits))
	}
	return t
}

// newFoldTable builds the table of anchors in ASCII small letters only,
// found in any ASCII case: the text's bytes are read with bit 5 set, which
// makes a byte one of the small letters only when it is that letter, small
// or capital.
func newFoldTable(anchors []longAnchor) *anchorTable {
	for _, a := range anchors {
		for k := 0; k < len(a.s); k++ {
			if a.s[k] < 'a' || a.s[k] > 'z' {
				panic("boilerplate: bad folded anchor " + a.s)
			}
		}
	}
	t := newAnchorTable(anchors)
	t.fold = 0x2020202020202020
	return t
}

// scan returns the flags of the anchors that occur in s.
func (t *anchorTable) scan(s string) (found uint8) {
	pairs, bit, fold := &anchorPairs, t.bit, t.fold
	p := unsafe.Pointer(unsafe.StringData(s))
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(p, i))[:]) | fold
		if (pairs[uint16(w)]|pairs[uint16(w>>16)]|pairs[uint16(w>>32)]|pairs[uint16(w>>48)])&bit == 0 {
			continue
		}
		// Only the marked pairs are looked at.
		for j := 0; j < 8; j += 2 {
			if pairs[uint16(w>>(8*j))]&bit != 0 {
				found |= t.anchorsAt(s, i+j, found)
			}
		}
		if found == t.all {
			return found
		}
	}
	for ; i+1 < len(s); i += 2 {
		if pairs[uint16(uint64(s[i])|uint64(s[i+1])<<8|fold)]&bit != 0 {
			found |= t.anchorsAt(s, i, found)
		}
	}
	return found
}

// anchorsAt returns the flags, other than found, of the anchors that occur
// in s with their pair at offset at or at+1 on the pair at i, a marked
// pair.
func (t *anchorTable) anchorsAt(s string, i int, found uint8) (flags uint8) {
	key := (uint32(s[i]) | uint32(s[i+1])<<8) | uint32(t.fold&0xffff)
	h := pairHash(key)
	for t.slots[h].key != key+1 {
		h = (h + 1) % uint32(len(t.slots)) // the pair is marked: it has a slot
	}
	e := &t.slots[h]
	for _, x := range t.hits[e.lo:e.hi] {
		j := i - int(x.off)
		if j < 0 {
			continue
		}
		// The bytes of s from j, with zero bytes past its end: no anchor
		// has a zero byte, nor (read with t.fold) a space.
		var w uint64
		if j+8 <= len(s) {
			w = binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[j:]), 8))
		} else {
			w = loadTail(s, j)
		}
		if (w|t.fold)&x.mask != x.head {
			continue
		}
		if a := &t.anchors[x.anchor]; found&a.flag == 0 && t.restAt(s[j:], a.s) {
			flags |= a.flag
		}
	}
	return flags
}

// restAt reports whether s, which opens with the first eight bytes of the
// anchor a (all of them when it is shorter), goes on with the rest of a.
func (t *anchorTable) restAt(s, a string) bool {
	if len(a) <= 8 {
		return true
	}
	if len(s) < len(a) {
		return false
	}
	fold := byte(t.fold)
	for k := 8; k < len(a); k++ {
		if s[k]|fold != a[k] {
			return false
		}
	}
	return true
}

// hasLeadByte reports whether s has a byte C3-DF, the first byte of a
// letter of Latin-1, Latin Extended, Greek, Cyrillic, ... It reads 32 bytes
// at a time, then eight: only a word of eight bytes with a byte of the form
// 110xxxxx (C0-DF) is looked at byte by byte, so that the other bytes
// beyond ASCII (’, “, —: E2 ...) cost little.
func hasLeadByte(s string) bool {
	const high = 0x8080808080808080
	// lead has bit 7 of the bytes 110xxxxx of w.
	lead := func(w uint64) uint64 { return w & (w << 1) &^ (w << 2) & high }
	i := 0
	for ; i+32 <= len(s); i += 32 {
		b := unsafe.Slice(unsafe.StringData(s[i:]), 32)
		w0, w1, w2, w3 := binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:]),
			binary.LittleEndian.Uint64(b[16:]), binary.LittleEndian.Uint64(b[24:])
		if (w0|w1|w2|w3)&high != 0 && lead(w0)|lead(w1)|lead(w2)|lead(w3) != 0 && leadIn(s[i:i+32]) {
			return true
		}
	}
	for ; i < len(s); i += 8 {
		if lead(loadTail(s, i)) != 0 && leadIn(s[i:min(i+8, len(s))]) {
			return true
		}
	}
	return false
}

// leadIn reports whether s has a byte C3-DF, reading it byte by byte.
func leadIn(s string) bool {
	for k := 0; k < len(s); k++ {
		if 0xC3 <= s[k] && s[k] <= 0xDF {
			return true
		}
	}
	return false
}

// hasDutchIJ reports whether s has Dutch "ij" before a byte other than a
// small vowel or y ("wij ", "bijdrage"; not "Beijing", "Fiji", "hijack").
// It looks for the rare 'j' first.
func hasDutchIJ(s string) bool {
	for k := 0; ; {
		j := strings.IndexByte(s[k:], 'j')
		if j < 0 {
			return false
		}
		k += j + 1
		if k >= 2 && s[k-2] == 'i' && k < len(s) && !ijVowel(s[k]) {
			return true
		}
	}
}

// ijVowel reports whether c, after "ij", leaves it out of foreign text: a
// small vowel or y ("Beijing", "Fiji", "hijack").
func ijVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
