package boilerplate

import (
	"math/bits"
	"strings"
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

// appealScore counts the distinct strong and weak appeal cues of s.
func appealScore(s string) (strong, weak int) {
	return cueCounts(appealCues(s))
}

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

// isAppealOpener reports whether a short paragraph opens an appeal ("... we
// have a small favor to ask.").
func isAppealOpener(s string) bool {
	return len(s) <= 160 && appealCues(s)&cueOpener != 0
}

// appealCues returns the cue bits of s.
func appealCues(s string) uint32 {
	var cues uint32
	var b0, b1, b2 [16]byte
	cur, p1, p2 := b0[:0], b1[:0], b2[:0]
	for i := 0; i <= len(s); i++ {
		var c byte = ' '
		if i < len(s) {
			c = s[i]
		}
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-':
			if len(cur) < cap(cur) {
				cur = append(cur, c)
			}
			continue
		case 'A' <= c && c <= 'Z':
			if len(cur) < cap(cur) {
				cur = append(cur, c+'a'-'A')
			}
			continue
		case c == '\'':
			if len(cur) > 0 && len(cur) < cap(cur) {
				cur = append(cur, c)
			}
			continue
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99: // ’
			if len(cur) > 0 && len(cur) < cap(cur) {
				cur = append(cur, '\'')
			}
			i += 2
			continue
		}
		if len(cur) == 0 {
			continue
		}
		cues |= wordCues(string(p2), string(p1), string(cur))
		p2, p1, cur = p1, cur, p2[:0]
	}
	return cues
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
