package boilerplate

import (
	"math/bits"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Appeal wording is found by one pass over a paragraph's words, looking at
// each word with the two before it. Each cue is a bit; a paragraph's score
// counts the distinct cues it has.

// Strong cues nearly always mean the reader is asked for money, a
// subscription or a membership.
const (
	cueDonate     uint32 = 1 << iota // donate, donation
	cueSupportUs                     // support us / our / independent journalism
	cueYourHelp                      // your support / help / contribution
	cueReaders                       // readers like you, reader-funded
	cueFavor                         // a favor to ask
	cueBecome                        // become a member / subscriber / supporter
	cueActNow                        // subscribe / contribute / donate today / now
	cueContribute                    // make a contribution, chip in, any amount
	cuePaywall                       // paywall, patreon
	numStrong     = iota
)

// Weak cues: words appeals use a lot; news and reviews use them too, so they
// only count next to a strong cue.
const (
	cueJournalism uint32 = 1 << (numStrong + iota)
	cueIndependent
	cueOurWork // our mission / work / reporting
	cueWeNeed  // we need / rely / depend
	cueThankYou
	cueYour
	cueYouCan
	cueNewsroom
	cueKeep
	cueFund
	cueFree
	cueMonthly // monthly, every / per / a month, one-time
	cueMember
	cueSubscribe
	cueReader
	cueLittle // as little as (£3 a month)
	weakEnd
)

// Opener cues start a multi-paragraph appeal ("... we have a small favor to
// ask.", "Before you go ...", "Dear reader, ...").
const (
	cueOpener uint32 = weakEnd << iota
)

const strongMask = 1<<numStrong - 1

func cueCounts(c uint32) (strong, weak int) {
	return bits.OnesCount32(c & strongMask), bits.OnesCount32(c &^ strongMask &^ cueOpener)
}

// mayAppeal reports whether long text has an anchor word of some appeal cue:
// an English one (you, donat, support, subscri, favo: a favour to ask) or, in foreign text, one of
// intlAnchors; text without any is skipped after a few fast scans.
func mayAppeal(s string) bool {
	return strings.Contains(s, "you") || strings.Contains(s, "You") || strings.Contains(s, "onat") ||
		strings.Contains(s, "upport") || strings.Contains(s, "ubscri") || strings.Contains(s, "favo") ||
		foreign(s) && containsAny(s, intlAnchors[:])
}

// foreign reports whether s may be in a language beyond English: whether it
// has a letter beyond ASCII (a byte C3-DF) or Dutch "ij" before a
// consonant or punctuation. Only in such text do the cues beyond English
// count: English text is spared looking for them.
func foreign(s string) bool { return hasLeadByte(s) || hasDutchIJ(s) }

// containsAny reports whether s has any of xs.
func containsAny(s string, xs []string) bool {
	for _, x := range xs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// appealShortAnchors are the English anchors of short paragraphs, strong
// and opener ones, in lower case. A short paragraph is an appeal only with
// one of them or, when foreign, one of intlAnchors or intlOpenerAnchors.
var appealShortAnchors = subs("you", "support", "donat", "favo", "dear", "subscri", "member")

// mayAppealEnglish is the English part of mayAppeal for text with
// signature sig: only the anchors the signature lets through are searched
// for.
func mayAppealEnglish(s string, sig uint64) bool {
	return mayAppealYou.maybe(sig) && (strings.Contains(s, "you") || strings.Contains(s, "You")) ||
		mayAppealOnat.maybe(sig) && strings.Contains(s, "onat") ||
		mayAppealUpport.maybe(sig) && strings.Contains(s, "upport") ||
		mayAppealUbscri.maybe(sig) && strings.Contains(s, "ubscri") ||
		mayAppealFavo.maybe(sig) && strings.Contains(s, "favo")
}

// The anchors of mayAppeal, in lower case.
var mayAppealYou, mayAppealOnat, mayAppealUpport, mayAppealUbscri, mayAppealFavo = sub("you"), sub("onat"),
	sub("upport"), sub("ubscri"), sub("favo")

// Every strong cue of wordCues needs one of strongAnchors in its words, and
// every opener cue one of strongAnchors or openerAnchors, in any ASCII case
// ("becom" for become a member, "give" for give today, "help" for your
// help, ...; "favo" for a favor to ask, "read" for dear readers, you've
// read and thanks for reading, "move on" for before you move on, ...). A paragraph with none of them has no
// such cue: appealCues need not run. TestCueAnchors checks the claim on
// every cue word. The cues beyond English have anchors of their own (see
// intlAnchors).
var (
	strongAnchors = subs("donat", "support", "reader", "favo", "becom", "subscri", "contribut", "give",
		"chip", "amount", "paywall", "patreon", "help", "gift")
	openerAnchors = subs("before", "read", "value", "enjoy", "apprec", "move on")
)

// strongTable finds strongAnchors in a long paragraph, in any ASCII case,
// reading it once (see anchorTable): searching a long text for each anchor
// would cost about as much as appealCues, and its signature lets nearly
// every anchor through. strongAnchorAt is the offset of the three bytes of
// an anchor whose two pairs strongTable looks up (0 when not listed): the
// pairs least frequent in the long paragraphs that ask, in English and
// other languages, of those not used by other anchors.
var strongTable = func() *anchorTable {
	var as []longAnchor
	for _, x := range strongAnchors {
		as = append(as, longAnchor{x.s, strongAnchorAt[x.s], 1})
	}
	return newFoldTable(as)
}()

var strongAnchorAt = map[string]int{"donat": 2, "support": 1, "reader": 1, "favo": 1, "subscri": 1,
	"contribut": 5, "chip": 1, "paywall": 2, "patreon": 1, "help": 1}

// mayHaveCue reports whether a paragraph may have an English strong cue
// or, when openers is set, an English opener cue: whether it may have one
// of their anchors. sig is its signature; low is its lower-case copy,
// searched for the anchors the signature lets through.
func mayHaveCue(low string, sig uint64, openers bool) bool {
	for k, xs := range [2][]substr{strongAnchors, openerAnchors} {
		if k == 1 && !openers {
			break
		}
		for _, x := range xs {
			if x.maybe(sig) && strings.Contains(low, x.s) {
				return true
			}
		}
	}
	return false
}

// appealGate reports whether p may be an appeal by its anchor words and,
// but in unfiltered mode, whether it may have a strong cue or, when short,
// an opener cue: whether appealCues need run. A short paragraph may be an
// appeal when its lower-case copy has one of appealShortAnchors or, when
// foreign or a greetLine, one of intlAnchors or intlOpenerAnchors (see
// intlLow); a longer one when mayAppeal says so. The anchors beyond
// English are looked for only in such text, and only when the English ones
// do not answer.
func (p *para) appealGate(short bool) bool {
	if p.unfiltered && !short {
		return mayAppeal(p.s)
	}
	var en bool // the English anchors say it may be an appeal
	switch {
	case short:
		en = anyIn(appealShortAnchors, p.low, p.signature())
	case p.low == "":
		// Match has run longScan on a long paragraph; strongTable looks
		// for the anchors of strong cues in it.
		if p.long&longAppeal != 0 && strongTable.scan(p.s) != 0 {
			return true
		}
	default:
		en = mayAppealEnglish(p.s, p.signature())
	}
	if en && (p.unfiltered || mayHaveCue(p.low, p.signature(), short)) {
		return true
	}
	// The anchors beyond English: of strong cues in s, or of strong and
	// opener ones in the lower-case copy of a short paragraph.
	if short {
		return p.intlLow() != 0
	}
	return p.foreign() && intlScan(p.s) != 0
}

// foreign returns foreign(p.s): for a short paragraph, its byte flags tell
// whether it has a letter beyond ASCII, and whether it may have "ij".
func (p *para) foreign() bool {
	if p.low == "" {
		return foreign(p.s)
	}
	return p.has&hasLead != 0 || p.has&hasJ != 0 && hasDutchIJ(p.s)
}

// intlLow returns intlStrong when p.low has one of intlAnchors and
// intlOpener when it has one of intlOpenerAnchors, if p is foreign or p.low
// a greetLine.
func (p *para) intlLow() uint8 {
	if !greetLine(p.low) && !p.foreign() {
		return 0
	}
	f := intlScan(p.low)
	if intlOpenerTable.scan(p.low) != 0 {
		f |= intlOpener
	}
	return f
}

// mayGreet reports whether a short line may be a greeting to the audience
// beyond English ("Liebe Leser,", "Chers lecteurs,", "Дорогие читатели!"):
// whether it is a greetLine, starts like one and has an opener anchor.
func (p *para) mayGreet() bool {
	if !greetLine(p.low) {
		return false
	}
	switch p.low[0] {
	case 'l', 'b', 'c', 'g', 'q', 'e', 'p', 'd', 's', 0xD0, 0xD1:
		return intlOpenerTable.scan(p.low) != 0
	}
	return false
}

// isAppealOpener reports whether a short paragraph opens an appeal ("... we
// have a small favor to ask.").
func isAppealOpener(s string) bool {
	return len(s) <= 160 && appealCues(s)&cueOpener != 0
}

// appealCues returns the cue bits of s: its English cues, and its cues
// beyond English when s is foreign or a greetLine. Words are runs of letters (ASCII ones,
// those of two-byte UTF-8 characters: Latin, Greek, Cyrillic, ...),
// digits, '-' and apostrophes (’ read as ', none first), read as cueWord
// reads them; each is looked at with the two before it. Most words can
// have no cue: a table of the first four bytes and the length of the words
// wordCues and intlWordCues know (cueKeys) lets only the others through to
// them, and only those are copied out in lower case.
func appealCues(s string) uint32 { return appealCuesOf(s, foreign(s)) }

// appealCuesOf is appealCues for s whose foreign(s) is known.
func appealCuesOf(s string, foreign bool) uint32 {
	cues := englishCues(s)
	if foreign || greetLine(s) {
		cues |= intlCues(s)
	}
	return cues
}

// englishCues returns the English cues of s (see appealCues).
func englishCues(s string) uint32 {
	var cues uint32
	// The spans of the word before the one before, the word before and the
	// word, in s.
	var a2, e2, a1, e1 int
	for i := 0; i < len(s); {
		// Skip to a letter: apostrophes before a word are dropped.
		c := s[i]
		if cueClass[c] != cueLetter {
			i++
			if c == 0xE2 && i+1 < len(s) && s[i] == 0x80 && s[i+1] == 0x99 {
				i += 2
			}
			continue
		}
		a, curly := i, false
		for i++; i < len(s); i++ {
			// A letter and ' share a bit: one test a byte.
			if k := cueClass[s[i]]; k&cueIn != 0 {
				continue
			} else if k == cueE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
				curly = true
				i += 2
				continue
			}
			break
		}
		var key uint32
		var n int
		if !curly {
			n = min(i-a, 16)
			if n >= 4 {
				// Letters, digits, '-' and '\'' are lower-cased by setting
				// bit 5.
				key = uint32(s[a]) | uint32(s[a+1])<<8 | uint32(s[a+2])<<16 | uint32(s[a+3])<<24 | 0x20202020
			} else {
				for k := 0; k < n; k++ {
					key |= uint32(s[a+k]|0x20) << (8 * k)
				}
			}
		} else {
			var w [16]byte
			n = cueWord(&w, s[a:i])
			key = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
		}
		if cueKeys.may(key, n) {
			var w0, w1, w2 [16]byte
			n2 := cueWord(&w2, s[a2:e2])
			n1 := cueWord(&w1, s[a1:e1])
			n0 := cueWord(&w0, s[a:i])
			// The words live in this frame; wordCues keeps none.
			cues |= wordCues(bytesString(w2[:n2]), bytesString(w1[:n1]), bytesString(w0[:n0]))
		}
		a2, e2, a1, e1 = a1, e1, a, i
	}
	return cues
}

// cueWord writes the word s (a span appealCues found) to w as appealCues
// reads it: lower case, ’ as ', cut to 16 bytes. It returns its length.
func cueWord(w *[16]byte, s string) int {
	n := 0
	for k := 0; k < len(s) && n < len(w); k++ {
		c := s[k]
		if c == 0xE2 {
			c = '\''
			k += 2
		}
		w[n] = c | 0x20
		n++
	}
	return n
}

// intlCues returns the cues beyond English of s (see appealCues).
func intlCues(s string) uint32 {
	var cues uint32
	// The spans of the word before the one before, the word before and the
	// word, in s.
	var a2, e2, a1, e1 int
	for i := 0; i < len(s); {
		// Skip to a letter: apostrophes and stray UTF-8 continuation bytes
		// before a word are dropped.
		if intlClass[s[i]]&intlStart == 0 {
			i++
			continue
		}
		a := i
		var classes uint8
		i, classes = intlWordEnd(s, i)
		var key uint32
		n := min(i-a, intlWordLen)
		if classes&intlCurly == 0 && i-a <= intlWordLen {
			key = wideKey(s[a:i])
		} else {
			var w [intlWordLen]byte
			n, _ = intlWord(&w, s[a:i])
			key = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
		}
		if intlKeys.may(key, n) {
			var w0, w1, w2 [intlWordLen]byte
			n2, c2 := intlWord(&w2, s[a2:e2])
			n1, c1 := intlWord(&w1, s[a1:e1])
			n0, c0 := intlWord(&w0, s[a:i])
			// The words live in this frame; intlWordCues keeps none.
			cues |= intlWordCues(bytesString(w2[:n2]), bytesString(w1[:n1]), bytesString(w0[:n0]), c0, c1, c2)
		}
		a2, e2, a1, e1 = a1, e1, a, i
	}
	return cues
}

// intlWordEnd returns the end of the word that starts at s[i] (see
// intlCues) and the classes of its bytes, with intlCurly when it has ’.
func intlWordEnd(s string, i int) (int, uint8) {
	var classes uint8
	for {
		for i < len(s) {
			k := intlClass[s[i]]
			if k&intlIn == 0 {
				break
			}
			classes |= k
			i++
		}
		if i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x99 {
			classes |= intlCurly
			i += 3
			continue
		}
		return i, classes
	}
}

// wideKey returns the first four bytes of a word of intlWordLen bytes or
// fewer without ’, as intlWord reads them, as a little-endian word: ASCII
// letters in lower case, a first character of two bytes folded by
// foldLead.
func wideKey(w string) uint32 {
	var key uint32
	for k := 0; k < len(w) && k < 4; k++ {
		c := w[k]
		if c < utf8.RuneSelf {
			c |= 0x20
		}
		key |= uint32(c) << (8 * k)
	}
	if len(w) >= 2 && w[0] >= utf8.RuneSelf && w[1]&0xC0 == 0x80 && (len(w) == 2 || w[2]&0xC0 != 0x80) {
		c0, c1 := foldLead(w[0], w[1])
		key = key&^0xFFFF | uint32(c0) | uint32(c1)<<8
	}
	return key
}

// greetLine reports whether s is a line of 40 bytes or fewer that ends like
// a greeting or a call (',', '!', ':'): there the cues beyond English count
// even when s is not foreign ("Liebe Leser,", "Cari lettori,").
func greetLine(s string) bool {
	n := len(s)
	return n > 0 && n <= 40 && (s[n-1] == ',' || s[n-1] == '!' || s[n-1] == ':')
}

// intlWordLen is how many bytes of a word intlCues reads: longer words are
// cut.
const intlWordLen = 24

// intlWord writes the word s (a span intlCues found) to w as intlCues
// reads it: ASCII letters in lower case, ’ as ', the first character in
// lower case when it is one of foldLead's, every other byte as it is; cut
// to intlWordLen bytes, never inside a character. It returns its length,
// and whether an ASCII capital follows the first byte ("iPhone", "SUPPORT"),
// so that the word beyond English is not read the way it is written (see
// wordCues).
func intlWord(w *[intlWordLen]byte, s string) (n int, caps bool) {
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c < utf8.RuneSelf:
			if n == len(w) {
				return n, caps
			}
			if k > 0 && 'A' <= c && c <= 'Z' {
				caps = true
			}
			w[n] = c | 0x20
			n++
			continue
		case c == 0xE2: // ’, the only three-byte character of a word
			if n == len(w) {
				return n, caps
			}
			w[n] = '\''
			n++
			k += 2
			continue
		}
		// A lead byte and its continuation bytes, or a stray continuation
		// byte.
		m := 1
		for k+m < len(s) && s[k+m]&0xC0 == 0x80 && m < 4 {
			m++
		}
		if n+m > len(w) {
			return n, caps
		}
		copy(w[n:], s[k:k+m])
		if k == 0 && m == 2 {
			w[0], w[1] = foldLead(c, s[1])
		}
		n += m
		k += m - 1
	}
	return n, caps
}

// foldLead returns the two-byte character c0 c1 in lower case when it is a
// capital of Latin-1, Latin Extended-A or Cyrillic (Ü, Ł, Ż, Д, Ї, Ґ, ...),
// else as it is.
func foldLead(c0, c1 byte) (byte, byte) {
	switch c0 {
	case 0xC3: // U+00C0-U+00FF: capitals to U+00DE, but ×
		if c1 <= 0x9E && c1 != 0x97 {
			return c0, c1 + 0x20
		}
	case 0xC4, 0xC5: // U+0100-U+017F: capital and small alternate
		r := rune(c0&0x1F)<<6 | rune(c1&0x3F)
		switch {
		case r <= 0x137 || 0x14A <= r && r <= 0x177:
			r |= 1
		case 0x139 <= r && r <= 0x148 || 0x179 <= r && r <= 0x17E:
			if r&1 == 1 {
				r++
			}
		}
		return 0xC0 | byte(r>>6), 0x80 | byte(r&0x3F)
	case 0xD0:
		switch {
		case c1 <= 0x8F: // Ѐ-Џ to ѐ-џ
			return 0xD1, c1 + 0x10
		case c1 <= 0x9F: // А-П to а-п
			return 0xD0, c1 + 0x20
		case c1 <= 0xAF: // Р-Я to р-я
			return 0xD1, c1 - 0x20
		}
	case 0xD2:
		if c1 == 0x90 { // Ґ
			return 0xD2, 0x91
		}
	}
	return c0, c1
}

// bytesString returns b as a string without copying; b must not change
// while the string is in use.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Byte classes of appealCues.
const (
	cueSep    = 0
	cueIn     = 1         // a bit of the bytes a word goes on over
	cueLetter = cueIn | 2 // a-z, A-Z, 0-9, '-'
	cueQuote  = cueIn     // '
	cueE2     = 4         // first byte of ’
)

var cueClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = cueLetter, cueLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cueLetter
	}
	t['-'], t['\''], t[0xE2] = cueLetter, cueQuote, cueE2
	return t
}()

// Byte classes of intlCues, as bits: a word starts with a byte of
// intlStart, goes on over those of intlIn (and over ’).
const (
	intlIn    = 1 << iota // a byte of a word
	intlStart             // a byte that starts a word
	intlCurly             // ’ (in no byte's class: see intlWordEnd)
)

var intlClass = func() (t [256]uint8) {
	const letter = intlIn | intlStart
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = letter, letter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = letter
	}
	// The first byte of a two-byte character but U+0080-U+00BF, and
	// continuation bytes.
	for c := 0xC3; c <= 0xDF; c++ {
		t[c] = letter
	}
	for c := 0x80; c <= 0xBF; c++ {
		t[c] = intlIn
	}
	t['-'], t['\''] = letter, intlIn
	return t
}()

// cueWords are the words wordCues gives cues for; cuePrefixes the
// prefixes it gives cues for (the words and prefixes beyond English are
// in intlCueSpecs and intlPrefixes).
var (
	cueWords = [...]string{"us", "our", "independent", "quality", "journalism", "local",
		"support", "help", "contribution", "contributions", "donation", "donations", "gift",
		"like", "reader-funded", "reader-supported", "listener-supported", "member-supported",
		"funded", "supported", "ask", "member", "subscriber", "supporter", "patron", "donor",
		"today", "now", "in", "amount", "paywall", "patreon", "mission", "work", "reporting",
		"newsroom", "need", "rely", "depend", "you", "your", "can", "keep", "free", "monthly",
		"one-time", "month", "go", "continue", "reader", "readers", "read", "reading", "value",
		"enjoy", "enjoyed", "appreciate", "as", "on", "give"}
	cuePrefixes = [...]string{"donat", "journalis", "independen", "newsroom", "fund", "member",
		"subscri", "reader"}
)

// cueTable is an open-addressing table from the first four bytes of a
// word (see appealCues) to the lengths, as bits, of the cue words and
// prefixed words that start so. Its size is a power of two, at least twice
// the keys it holds.
type cueTable struct {
	slots []struct{ key, lens uint32 }
	shift uint32 // 32 - log2(len(slots))
}

// newCueTable returns an empty table of 1<<logSize slots.
func newCueTable(logSize uint) cueTable {
	return cueTable{slots: make([]struct{ key, lens uint32 }, 1<<logSize), shift: 32 - uint32(logSize)}
}

// addWord adds a cue word of at most 31 bytes.
func (t *cueTable) addWord(w string) { t.add(w, 1<<len(w)) }

// addPrefix adds a cue prefix: every word that starts with p.
func (t *cueTable) addPrefix(p string) { t.add(p, ^uint32(0)<<len(p)) }

func (t *cueTable) add(w string, lens uint32) {
	var key uint32
	for n := 0; n < len(w) && n < 4; n++ {
		key |= uint32(w[n]) << (8 * n)
	}
	mask := uint32(len(t.slots) - 1)
	for h := key * 0x9E3779B1 >> t.shift; ; h = (h + 1) & mask {
		if e := &t.slots[h]; e.lens == 0 || e.key == key {
			e.key = key
			e.lens |= lens
			return
		}
	}
}

// may reports whether a word of n bytes whose first four bytes are key
// may have a cue: whether it may be a cue word or start with a cue prefix.
func (t *cueTable) may(key uint32, n int) bool {
	mask := uint32(len(t.slots) - 1)
	for h := key * 0x9E3779B1 >> t.shift; ; h = (h + 1) & mask {
		e := &t.slots[h]
		if e.lens == 0 {
			return false
		}
		if e.key == key {
			return e.lens&(1<<n) != 0
		}
	}
}

// cueKeys holds the English cue words and prefixes.
var cueKeys = func() cueTable {
	t := newCueTable(8)
	for _, w := range cueWords {
		if len(w) <= 16 { // longer words are cut and never match
			t.addWord(w)
		}
	}
	for _, p := range cuePrefixes {
		t.addPrefix(p)
	}
	return t
}()

// intlKeys holds the cue words and prefixes beyond English.
var intlKeys = func() cueTable {
	t := newCueTable(9)
	for w := range intlCueWords {
		t.addWord(w)
	}
	for _, ps := range intlPrefixes {
		for _, p := range ps {
			t.addPrefix(p.s)
		}
	}
	return t
}()

// wordCues returns the English cues of word w after the words p1 and p2
// (p1 is the one just before w), as cueWord reads them.
func wordCues(p2, p1, w string) uint32 {
	var c uint32
	switch w {
	case "us", "our", "independent", "quality", "journalism", "local":
		if p1 == "support" || p1 == "supporting" {
			c |= cueSupportUs
		}
	case "support", "help", "contribution", "contributions", "donation", "donations", "gift":
		if p1 == "your" {
			c |= cueYourHelp
		}
		if p2 == "make" && p1 == "a" || p1 == "every" {
			c |= cueContribute // "every contribution, however big or small", "every gift"
		}
	case "like":
		if p1 == "readers" {
			c |= cueReaders
		}
	case "reader-funded", "reader-supported", "listener-supported", "member-supported":
		c |= cueReaders
	case "funded", "supported":
		if p1 == "reader" {
			c |= cueReaders
		}
	case "give":
		if p1 == "who" && (p2 == "listeners" || p2 == "readers" || p2 == "viewers" || p2 == "members") {
			c |= cueReaders // "possible because of listeners who give"
		}
	case "ask":
		if p1 == "to" && (p2 == "favor" || p2 == "favour") {
			c |= cueFavor | cueOpener // "a favour to ask", not "not a favour to them"
		}
	case "member", "subscriber", "supporter", "patron", "donor":
		if p1 == "a" && (p2 == "become" || p2 == "becoming") {
			c |= cueBecome
		}
	case "today", "now":
		switch p1 {
		case "subscribe", "contribute", "donate", "give":
			c |= cueActNow
		}
		if (p2 == "give" || p2 == "donate" || p2 == "contribute") && p1 != "" && isDigit(p1[0]) {
			c |= cueActNow // "Give $5 today"
		}
	case "in":
		if p1 == "chip" {
			c |= cueContribute
		}
	case "amount":
		if p1 == "any" {
			c |= cueContribute
		}
	case "as":
		if p1 == "little" && p2 == "as" {
			c |= cueLittle // "a contribution of as little as £3", "for as little as $1 a week"
		}
	case "paywall", "patreon":
		c |= cuePaywall
	case "mission", "work", "reporting", "newsroom":
		if p1 == "our" {
			c |= cueOurWork
		}
	case "need", "rely", "depend":
		if p1 == "we" {
			c |= cueWeNeed
		}
	case "you":
		if p1 == "thank" {
			c |= cueThankYou
		}
	case "your":
		c |= cueYour
	case "can":
		if p1 == "you" {
			c |= cueYouCan
		}
	case "keep":
		c |= cueKeep
	case "free":
		c |= cueFree
	case "monthly", "one-time":
		c |= cueMonthly
	case "month":
		if p1 == "every" || p1 == "per" || p1 == "a" {
			c |= cueMonthly
		}
	case "go", "continue":
		if p2 == "before" && p1 == "you" {
			c |= cueOpener
		}
	case "on":
		if p2 == "you" && p1 == "move" {
			c |= cueOpener // "Before you move on …"
		}
	case "reader", "readers":
		if p1 == "dear" || p1 == "to" && p2 == "note" {
			c |= cueOpener
		}
	case "read":
		if p1 == "you've" || p1 == "have" && p2 == "you" {
			c |= cueOpener
		}
	case "reading":
		if p1 == "for" && (p2 == "thank" || p2 == "thanks") {
			c |= cueOpener
		}
	case "value", "enjoy", "enjoyed", "appreciate":
		if p1 == "you" && p2 == "if" {
			c |= cueOpener
		}
	}
	switch {
	case strings.HasPrefix(w, "donat"):
		c |= cueDonate
	case strings.HasPrefix(w, "journalis"):
		c |= cueJournalism
	case strings.HasPrefix(w, "independen"):
		c |= cueIndependent
	case strings.HasPrefix(w, "newsroom"):
		c |= cueNewsroom
	case strings.HasPrefix(w, "fund"):
		c |= cueFund
	case strings.HasPrefix(w, "member"):
		c |= cueMember
	case strings.HasPrefix(w, "subscri"):
		c |= cueSubscribe
	case strings.HasPrefix(w, "reader"):
		c |= cueReader
	}
	return c
}

// intlWordCues returns the cues beyond English of word w after the words p1
// and p2, as cueWord reads them. caps0, caps1 and caps2 tell whether w, p1
// and p2 have an ASCII capital past their first byte: such a word has no
// cue beyond English, nor is it the word before one.
func intlWordCues(p2, p1, w string, caps0, caps1, caps2 bool) uint32 {
	if caps0 || w == "" {
		return 0
	}
	if caps1 {
		p1 = ""
	}
	if caps2 {
		p2 = ""
	}
	var c uint32
	for _, r := range intlCueWords[w] {
		if r.p1.has(p1) && r.p2.has(p2) {
			c |= r.cue
		}
	}
	for _, p := range intlPrefixes[w[0]] {
		if strings.HasPrefix(w, p.s) {
			c |= p.cue
		}
	}
	return c
}

// ---- cues beyond English ------------------------------------------------------

// Appeals in German, Dutch, French, Italian, Spanish, Portuguese, Polish,
// Russian, Ukrainian, Maltese, Occitan and Esperanto have cues of the same kinds as English ones, as
// strict: "Unterstützen Sie uns" and "Поддержите" are support-us cues,
// "Werden Sie Mitglied" and "Hazte socio" become-a-member ones, a word
// starting "spende", "donazion" or "пожертв" a donate one, and so on; "im
// Monat", "votre", "unabhängig" are weak ones. Possessives that also mean
// his, her or their (German "Ihre", Portuguese "seu") give no cue. Each
// cue is a word after given words; the words are read as cueWord reads
// them, and one with a capital past its first letter has no such cue.

// intlCueSpec gives the cue to each of the words ws (separated by spaces)
// after one of p1s just before it and one of p2s before that; an empty list
// takes any word.
type intlCueSpec struct {
	ws, p1s, p2s string
	cue          uint32
}

var intlCueSpecs = [...]intlCueSpec{
	// German
	{"uns unsere unseren unserer unabhängigen unabhängige journalismus qualitätsjournalismus", "unterstütze", "", cueSupportUs},
	{"uns unsere unseren unserer unabhängigen unabhängige journalismus qualitätsjournalismus", "sie", "unterstützen", cueSupportUs},
	{"unterstützung spende", "deine deiner", "", cueYourHelp},
	{"mitglied fördermitglied abonnent abonnentin unterstützer unterstützerin", "werde", "", cueBecome},
	{"mitglied fördermitglied abonnent abonnentin unterstützer unterstützerin", "sie", "werden", cueBecome},
	{"mitglied fördermitglied abonnent abonnentin unterstützer unterstützerin", "jetzt", "sie werde", cueBecome},
	{"werden", "mitglied fördermitglied abonnent abonnentin unterstützer unterstützerin", "jetzt", cueBecome},
	{"spenden unterstützen abonnieren", "jetzt", "", cueActNow},
	{"arbeit recherchen berichterstattung redaktion journalismus", "unsere unserer unseren unser", "", cueOurWork},
	{"brauchen", "wir", "", cueWeNeed},
	{"angewiesen", "unterstützung spenden", "", cueWeNeed},
	{"dank", "vielen herzlichen", "", cueThankYou},
	{"danke", "", "", cueThankYou},
	{"dein deine deinen deiner", "", "", cueYour},
	{"kannst", "", "", cueYouCan},
	{"frei freie freien gratis", "", "", cueFree},
	{"monat", "im pro", "", cueMonthly},
	{"einmalig einmalige einmaligen", "", "", cueMonthly},
	{"abo abos", "", "", cueSubscribe},
	{"leser leserin leserinnen", "liebe lieber", "", cueOpener},
	// Dutch
	{"ons onze onafhankelijke journalistiek", "steun", "", cueSupportUs},
	{"steun bijdrage donatie", "jouw uw", "", cueYourHelp},
	{"abonnee donateur", "word", "", cueBecome},
	{"abonnee donateur", "nu", "word", cueBecome},
	{"nu", "doneer steun abonneer", "", cueActNow},
	{"doneer doneert doneren", "", "", cueDonate},
	{"werk journalistiek redactie onderzoek", "ons onze", "", cueOurWork},
	{"nodig", "steun hulp bijdrage", "", cueWeNeed},
	{"bedankt dankjewel dankuwel", "", "", cueThankYou},
	{"jouw uw", "", "", cueYour},
	{"kunt", "je u", "", cueYouCan},
	{"gratis vrij vrije", "", "", cueFree},
	{"maand", "per elke", "", cueMonthly},
	{"lezer lezers", "beste", "", cueOpener},
	// French
	{"soutenez-nous soutiens-nous", "", "", cueSupportUs},
	{"nous notre nos", "soutenez soutiens", "", cueSupportUs},
	{"soutenir", "nous", "", cueSupportUs},
	{"soutien", "votre ton", "", cueYourHelp},
	{"membre abonné abonnée donateur donatrice", "devenez", "", cueBecome},
	{"abonnez-vous abonne-toi", "", "", cueActNow},
	{"m'abonne", "je", "", cueActNow},
	{"don", "un", "faites", cueContribute},
	{"travail journalisme rédaction indépendance enquêtes", "notre nos", "", cueOurWork},
	{"besoin", "avons", "", cueWeNeed},
	{"merci", "", "", cueThankYou},
	{"votre vos", "", "", cueYour},
	{"pouvez", "vous", "", cueYouCan},
	{"libre libres", "", "", cueFree},
	{"mois", "par", "", cueMonthly},
	{"membre membres", "", "", cueMember},
	{"lecteurs lecteur lectrice lectrices", "cher chers chère chères", "", cueOpener},
	// Italian
	{"sostienici sostieni", "", "", cueSupportUs},
	{"sostegno contributo", "tuo vostro", "", cueYourHelp},
	{"socio socia abbonato abbonata sostenitore sostenitrice", "diventa", "", cueBecome},
	{"ora subito", "abbonati sostienici sostieni", "", cueActNow},
	{"donazione", "una", "fai fare", cueContribute},
	{"lavoro giornalismo redazione informazione", "nostro nostra", "", cueOurWork},
	{"bisogno", "abbiamo", "", cueWeNeed},
	{"grazie", "", "", cueThankYou},
	{"tuo tua tuoi", "", "", cueYour},
	{"puoi", "", "", cueYouCan},
	{"gratis libero libera", "", "", cueFree},
	{"mese", "al ogni", "", cueMonthly},
	{"socio soci membro membri", "", "", cueMember},
	{"lettori lettrici lettore lettrice", "cari care caro cara gentili", "", cueOpener},
	// Spanish
	{"apóyanos apoyanos", "", "", cueSupportUs},
	{"periodismo", "el", "apoya apoye apoyar", cueSupportUs},
	{"apoyo donación contribución", "tu", "", cueYourHelp},
	{"socio socia suscriptor suscriptora miembro mecenas", "hazte", "", cueBecome},
	{"suscríbete suscribete", "", "", cueActNow},
	{"ahora hoy ya", "suscríbete suscribete apóyanos apoyanos", "", cueActNow},
	{"donación contribución", "una", "haz haga hacer", cueContribute},
	{"trabajo periodismo redacción labor misión", "nuestro nuestra", "", cueOurWork},
	{"necesitamos dependemos", "", "", cueWeNeed},
	{"gracias", "", "", cueThankYou},
	{"tu tus", "", "", cueYour},
	{"puedes", "", "", cueYouCan},
	{"gratis libre", "", "", cueFree},
	{"mes", "al cada por", "", cueMonthly},
	{"socio socios socia socias miembro miembros", "", "", cueMember},
	{"lectores lectoras lector lectora", "querido queridos querida queridas estimado estimados estimada estimadas", "", cueOpener},
	// Portuguese
	{"apoie-nos apoia-nos", "", "", cueSupportUs},
	{"nosso nossa jornalismo", "apoie", "", cueSupportUs},
	{"jornalismo", "o", "apoie", cueSupportUs},
	{"apoio contribuição doação", "teu tua", "", cueYourHelp},
	{"assinante membro apoiador apoiadora doador doadora", "torne-se", "", cueBecome},
	{"assinante apoiador apoiadora doador doadora", "seja", "", cueBecome},
	{"agora já hoje", "assine apoie contribua", "", cueActNow},
	{"doação contribuição", "uma", "faça fazer", cueContribute},
	{"trabalho jornalismo redação missão", "nosso nossa", "", cueOurWork},
	{"precisamos", "", "", cueWeNeed},
	{"obrigado obrigada", "", "", cueThankYou},
	{"teu tua teus tuas", "", "", cueYour},
	{"pode", "você", "", cueYouCan},
	{"podes", "", "", cueYouCan},
	{"grátis livre", "", "", cueFree},
	{"mês", "por ao cada", "", cueMonthly},
	{"membro membros sócio sócios", "", "", cueMember},
	{"leitor leitora leitores leitoras", "caro cara caros caras querido querida queridos queridas prezado prezada prezados prezadas", "", cueOpener},
	// Polish
	{"wesprzyj wesprzyjcie", "", "", cueSupportUs},
	{"nas niezależne niezależnego dziennikarstwo", "wspieraj wspierajcie", "", cueSupportUs},
	{"wsparcie wsparciu wsparcia", "twoje twojemu twojego twojej wasze waszemu waszego", "", cueYourHelp},
	{"darowizna darowiznę wpłata wpłatę", "twoja twoją wasza waszą", "", cueYourHelp},
	{"patronem patronką darczyńcą subskrybentem subskrybentką członkiem członkinią prenumeratorem", "zostań zostańcie", "", cueBecome},
	{"zaprenumeruj zasubskrybuj subskrybuj wpłać", "", "", cueActNow},
	{"prenumeratę subskrypcję", "kup wykup", "", cueActNow},
	{"pracę praca pracy dziennikarstwo redakcję misję", "naszą nasza naszej nasze naszego", "", cueOurWork},
	{"potrzebujemy", "", "", cueWeNeed},
	{"dziękujemy dziękuję", "", "", cueThankYou},
	{"twoje twojej twojemu twoja twoją twój twoim twojego", "", "", cueYour},
	{"możesz", "", "", cueYouCan},
	{"miesiąc", "na co", "", cueMonthly},
	{"czytelnicy czytelniczki czytelniku czytelniczko", "drodzy droga drogi szanowni", "", cueOpener},
	// Russian
	{"поддержите", "", "", cueSupportUs},
	{"нас независимую независимые независимых журналистику", "поддержите поддержи поддержать", "", cueSupportUs},
	{"поддержка поддержку пожертвование пожертвования", "ваша вашу ваше ваши твоя твою", "", cueYourHelp},
	{"подписчиком спонсором донором патроном меценатом", "станьте стань", "", cueBecome},
	{"подпишитесь подпишись", "", "", cueActNow},
	{"подписку", "оформите оформить купите", "", cueActNow},
	{"пожертвование", "сделайте сделать сделай", "", cueContribute},
	{"работу работа журналистику редакцию", "нашу наша нашей", "", cueOurWork},
	{"нужна нужен нужно", "нам", "", cueWeNeed},
	{"зависим", "мы", "", cueWeNeed},
	{"спасибо", "", "", cueThankYou},
	{"ваша вашу ваше ваш вашей", "", "", cueYour},
	{"можете", "вы", "", cueYouCan},
	{"месяц", "в", "", cueMonthly},
	{"читатели читательницы читатель", "дорогие дорогой уважаемые уважаемый", "", cueOpener},
	// Maltese
	{"l-ġurnaliżmu", "appoġġja appoġġjaw", "", cueSupportUs},
	{"appoġġjana", "", "", cueSupportUs},
	{"għal", "abbona abbonaw", "", cueActNow},
	{"issa illum", "abbona abbonaw", "", cueActNow},
	{"fix-xahar kull-xahar", "", "", cueMonthly},
	// Ukrainian
	{"підтримайте", "", "", cueSupportUs},
	{"нас незалежну незалежні незалежних журналістику", "підтримайте підтримай підтримати", "", cueSupportUs},
	{"підтримка підтримку внесок пожертва пожертву", "ваша вашу ваш твоя твою твій", "", cueYourHelp},
	{"членом підписником патроном донором меценатом", "станьте стань", "", cueBecome},
	{"підпишіться підпишись", "", "", cueActNow},
	{"підписку передплату", "оформіть оформити", "", cueActNow},
	{"внесок", "зробіть зробити", "", cueContribute},
	{"внеском внесок внеску", "невеликим невеликий будь-яким будь-який щомісячним щомісячний разовим разовий", "", cueContribute},
	{"роботу робота журналістику редакцію", "нашу наша нашої", "", cueOurWork},
	{"потрібна потрібен потрібно", "нам", "", cueWeNeed},
	{"дякуємо дякую", "", "", cueThankYou},
	{"ваша вашу ваш ваше вашої твоя", "", "", cueYour},
	{"можете", "ви", "", cueYouCan},
	{"місяць", "на", "", cueMonthly},
	{"читачі читачки читачу", "дорогі шановні любі", "", cueOpener},
	// Occitan, Esperanto
	{"sostenètz-nos sostenètz", "", "", cueSupportUs},
	{"independenta", "", "", cueIndependent},
	{"gratuit gratuita", "", "", cueFree},
	{"subtenu", "", "", cueSupportUs},
	{"senpaga senpagaj", "", "", cueFree},
	{"monate", "", "", cueMonthly},
	{"sendependa sendependaj", "", "", cueIndependent},
}

// intlPrefixSpecs give the cue to every word starting with one of the
// prefixes.
var intlPrefixSpecs = [...]struct {
	ps  string
	cue uint32
}{
	{"spende donazion donaci donativ doaç darowizn darczyń пожертв донат задонат", cueDonate},
	{"giornalis periodis jornalis dziennikar журналис журналіс", cueJournalism},
	{"unabhängig onafhankelijk indépend indipenden independi niezależn независим незалежн", cueIndependent},
	{"redaktion redactie rédaction redazion redacci redaç redakcj редакци редакці", cueNewsroom},
	{"finanzier financé financement finanzia financiad finansow финансир фінансу", cueFund},
	{"kostenlos gratuit bezpłatn darmow бесплатн безкоштовн", cueFree},
	{"monatlich maandelijks mensuel mensil mensual mensal miesięczn ежемесячн щомісячн", cueMonthly},
	{"mitglied lidmaatschap członk", cueMember},
	{"abonn abbona suscr assin subskry prenumer подписк подписч підписк передплат", cueSubscribe},
	{"leser lezer lecteur lectrice lectorat lettor lettric lector leitor czytelni читател читач", cueReader},
}

// wordList is a short list of words; the empty list takes any word.
type wordList []string

func (l wordList) has(w string) bool {
	if len(l) == 0 {
		return true
	}
	for _, x := range l {
		if x == w {
			return true
		}
	}
	return false
}

// intlCue is a cue of intlCueSpecs, keyed by its word in intlCueWords.
type intlCue struct {
	p1, p2 wordList
	cue    uint32
}

// prefixCue is a cue of intlPrefixSpecs, listed under its first byte in
// intlPrefixes.
type prefixCue struct {
	s   string
	cue uint32
}

var intlCueWords, intlPrefixes = func() (m map[string][]intlCue, ps [256][]prefixCue) {
	m = map[string][]intlCue{}
	for _, x := range intlCueSpecs {
		p1s, p2s := cutWords(x.p1s), cutWords(x.p2s)
		for _, w := range cutWords(x.ws) {
			m[w] = append(m[w], intlCue{p1s, p2s, x.cue})
		}
	}
	for _, x := range intlPrefixSpecs {
		for _, p := range strings.Fields(x.ps) {
			ps[p[0]] = append(ps[p[0]], prefixCue{p, x.cue})
		}
	}
	return m, ps
}()

// cutWords returns the words of s (separated by spaces) as intlWord reads
// them: a word longer than intlWordLen bytes is cut.
func cutWords(s string) wordList {
	var ws wordList
	for _, w := range strings.Fields(s) {
		var b [intlWordLen]byte
		n, _ := intlWord(&b, w)
		ws = append(ws, string(b[:n]))
	}
	return ws
}

// What intlLow finds.
const (
	intlStrong uint8 = 1 << iota // one of intlAnchors
	intlOpener                   // one of intlOpenerAnchors
)

// intlTable finds intlAnchors, intlOpenerTable intlOpenerAnchors.
var intlTable, intlOpenerTable = func() (*anchorTable, *anchorTable) {
	var ts [2]*anchorTable
	for k, xs := range [2][]string{intlAnchors[:], intlOpenerAnchors[:]} {
		var as []longAnchor
		for _, x := range xs {
			as = append(as, longAnchor{x, intlAnchorAt[x], intlStrong})
		}
		ts[k] = newAnchorTable(as)
	}
	return ts[0], ts[1]
}()

// intlScan returns intlStrong when s has one of intlAnchors, else 0.
func intlScan(s string) uint8 { return intlTable.scan(s) }

// intlAnchorAt is the offset of the three bytes of an anchor beyond
// English whose two pairs intlTable (or intlOpenerTable) looks up (0 when
// not listed), chosen together on the paragraphs the tables read in the
// bench and red-team pages: the choice at which the pairs of all anchors
// occur least often at even offsets, so that a scan compares anchors at
// few places. In Cyrillic one of the two pairs is a whole letter; a pair
// several anchors share is looked up once.
var intlAnchorAt = map[string]int{
	"pende": 2, "terstütz": 6, "itglied": 1, "teun": 1, "onee": 1, "onazion": 2, "póy": 1, "poye": 1,
	"poyo": 1, "ontribu": 4, "uscr": 1, "orne-se": 1, "esprzyj": 4, "sparci": 3, "arowizn": 4, "ostań": 3,
	"renumer": 2, "arczyń": 4, "оддерж": 2, "ожертв": 2, "онат": 2, "тань": 4, "одпиш": 2, "одписк": 2,
	"ередплат": 6, "ppoġġ": 3, "ostenèt": 5,
	"lezer": 1, "lecteu": 1, "lectrice": 1, "estimad": 3, "prezad": 2, "итател": 1, "итач": 1,
}

// intlAnchors are the anchors of the strong cues beyond English: every
// such cue has one in its words, past the word's first letter (so that a
// capital does not hide it: "Spende" has "pende"), and none spans two words.
// They are found by intlScan, as written (see cueWord), and are anchors of
// mayAppeal too. intlOpenerAnchors are those of the opener cues beyond
// English, found in short paragraphs' lower-case copies only (so they may
// start with a word's first letter when it is an ASCII one).
var (
	intlAnchors = [...]string{
		"pende", "terstütz", "itglied", "bonn", // de
		"teun", "onee", "oneren", "ijdrag", "onat", // nl
		"outen", "outien", "evenez", "aites", // fr
		"ostien", "osteg", "iventa", "bbona", "onazion", // it
		"póy", "poya", "poye", "poyo", "onaci", "onativ", "ontribu", "azte", "uscr", // es
		"poie", "poia", "poio", "oaç", "orne-se", "ssine", "ssinan", "oador", // pt
		"esprzyj", "spieraj", "sparci", "arowizn", "płat", "ostań", "renumer", "ubskry", "płać", "arczyń", // pl
		"оддерж", "ожертв", "онат", "тань", "одпиш", "одписк", // ru
		"ідтрим", "несок", "неск", "ідпиш", "ідписк", "ередплат", // uk
		"ppoġġ",   // mt ("bbona" above serves it too)
		"ostenèt", // oc
		"ubtenu",  // eo
	}
	intlOpenerAnchors = [...]string{"leser", "lezer", "lecteu", "lectrice", "lettor", "lettric", "querid",
		"estimad", "prezad", "leitor", "zytelni", "итател", "итач"}
)
