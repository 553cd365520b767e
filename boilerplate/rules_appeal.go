package boilerplate

import (
	"math/bits"
	"strings"
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

// mayAppeal reports whether long text has an anchor word of some appeal cue;
// text without any is skipped after a few fast scans.
func mayAppeal(s string) bool {
	return strings.Contains(s, "you") || strings.Contains(s, "You") || strings.Contains(s, "onat") ||
		strings.Contains(s, "upport") || strings.Contains(s, "ubscri")
}

// mayAppealShort is mayAppeal for short lower-case text with signature sig,
// with the anchors of the opener cues too.
func mayAppealShort(low string, sig uint64) bool {
	return anyIn(appealShortAnchors, low, sig)
}

var appealShortAnchors = subs("you", "support", "donat", "favo", "dear", "subscri", "member")

// mayAppealSig is mayAppeal for text with signature sig: only the anchors
// the signature lets through are searched for.
func mayAppealSig(s string, sig uint64) bool {
	return mayAppealYou.maybe(sig) && (strings.Contains(s, "you") || strings.Contains(s, "You")) ||
		mayAppealOnat.maybe(sig) && strings.Contains(s, "onat") ||
		mayAppealUpport.maybe(sig) && strings.Contains(s, "upport") ||
		mayAppealUbscri.maybe(sig) && strings.Contains(s, "ubscri")
}

// The anchors of mayAppeal, in lower case.
var mayAppealYou, mayAppealOnat, mayAppealUpport, mayAppealUbscri = sub("you"), sub("onat"), sub("upport"), sub("ubscri")

// Every strong cue of wordCues needs one of strongAnchors in its words, and
// every opener cue one of strongAnchors or openerAnchors, in any ASCII case
// ("becom" for become a member, "give" for give today, "help" for your
// help, ...; "favo" for a favor to ask, "read" for dear readers, you've
// read and thanks for reading, ...). A paragraph with none of them has no
// such cue: appealCues need not run. TestCueAnchors checks the claim on
// every cue word.
var (
	strongAnchors = subs("donat", "support", "reader", "favo", "becom", "subscri", "contribut", "give",
		"chip", "amount", "paywall", "patreon", "help", "gift")
	openerAnchors = subs("before", "read", "value", "enjoy", "apprec")
)

// mayHaveCue reports whether a paragraph may have a strong cue or, when
// openers is set, an opener cue: whether it may have one of their anchors.
// sig is its signature; low is its lower-case copy, searched for the
// anchors the signature lets through, or "" for a long paragraph: then the
// signature alone answers, as searching a long text for each anchor would
// cost about as much as appealCues.
func mayHaveCue(low string, sig uint64, openers bool) bool {
	for k, xs := range [2][]substr{strongAnchors, openerAnchors} {
		if k == 1 && !openers {
			break
		}
		for _, x := range xs {
			if x.maybe(sig) && (low == "" || strings.Contains(low, x.s)) {
				return true
			}
		}
	}
	return false
}

// isAppealOpener reports whether a short paragraph opens an appeal ("... we
// have a small favor to ask.").
func isAppealOpener(s string) bool {
	return len(s) <= 160 && appealCues(s)&cueOpener != 0
}

// appealCues returns the cue bits of s. Words are runs of ASCII letters,
// digits, '-' and apostrophes (’ read as ', none first), lower-cased and cut
// to 16 bytes; each is looked at with the two before it. Most words can
// have no cue: a table of the first four bytes and the length of the words
// wordCues knows (mayCue) lets only the others through to it, and only
// those are copied out in lower case.
func appealCues(s string) uint32 {
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
			switch cueClass[s[i]] {
			case cueLetter, cueQuote:
				continue
			case cueE2:
				if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
					curly = true
					i += 2
					continue
				}
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
		if mayCue(key, n) {
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
	cueSep    = iota
	cueLetter // a-z, A-Z, 0-9, '-'
	cueQuote  // '
	cueE2     // first byte of ’
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

// cueWords are the words wordCues gives cues for; cuePrefixes the
// prefixes it gives cues for.
var (
	cueWords = [...]string{"us", "our", "independent", "quality", "journalism", "local",
		"support", "help", "contribution", "contributions", "donation", "donations", "gift",
		"like", "reader-funded", "reader-supported", "listener-supported", "member-supported",
		"funded", "supported", "to", "member", "subscriber", "supporter", "patron", "donor",
		"today", "now", "in", "amount", "paywall", "patreon", "mission", "work", "reporting",
		"newsroom", "need", "rely", "depend", "you", "your", "can", "keep", "free", "monthly",
		"one-time", "month", "go", "continue", "reader", "readers", "read", "reading", "value",
		"enjoy", "enjoyed", "appreciate"}
	cuePrefixes = [...]string{"donat", "journalis", "independen", "newsroom", "fund", "member",
		"subscri", "reader"}
)

// cueKeys is an open-addressing table from the first four bytes of a word
// (see appealCues) to the lengths, as bits, of the cue words and prefixed
// words that start so.
var cueKeys = func() (t [256]struct{ key, lens uint32 }) {
	add := func(w string, lens uint32) {
		var key uint32
		for n := 0; n < len(w) && n < 4; n++ {
			key |= uint32(w[n]) << (8 * n)
		}
		for h := cueHash(key); ; h = (h + 1) % uint32(len(t)) {
			if t[h].lens == 0 || t[h].key == key {
				t[h].key = key
				t[h].lens |= lens
				return
			}
		}
	}
	for _, w := range cueWords {
		if len(w) <= 16 { // longer words are cut and never match
			add(w, 1<<len(w))
		}
	}
	for _, p := range cuePrefixes {
		add(p, ^uint32(0)<<len(p))
	}
	return t
}()

func cueHash(key uint32) uint32 { return key * 0x9E3779B1 >> 24 }

// mayCue reports whether a word of n bytes whose first four bytes are key
// may have a cue: whether it may be a cue word or start with a cue prefix.
func mayCue(key uint32, n int) bool {
	for h := cueHash(key); ; h = (h + 1) % uint32(len(cueKeys)) {
		e := &cueKeys[h]
		if e.lens == 0 {
			return false
		}
		if e.key == key {
			return e.lens&(1<<n) != 0
		}
	}
}

// wordCues returns the cues of word w after the words p1 and p2 (p1 is the
// one just before w). All are lower case.
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
		if p2 == "make" && p1 == "a" {
			c |= cueContribute
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
	case "to":
		if p1 == "favor" || p1 == "favour" {
			c |= cueFavor | cueOpener
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
	case "in":
		if p1 == "chip" {
			c |= cueContribute
		}
	case "amount":
		if p1 == "any" {
			c |= cueContribute
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
