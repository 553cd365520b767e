package boilerplate

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/cleantext/clean"
)

// Rule names. They are stable: reports and golden files use them.
const (
	RuleCopyright   = "copyright"
	RuleURL         = "url"
	RuleContact     = "contact"
	RuleShareLabel  = "share-label"
	RuleLinkLabel   = "link-label"
	RuleCaption     = "caption"
	RuleBreadcrumb  = "breadcrumb"
	RulePhotoCredit = "photo-credit"
	RuleAltAddress  = "alternate-address"
	RuleCookie      = "cookie-notice"
	RuleLegal       = "privacy-terms"
	RuleAppeal      = "appeal"
	RuleWidget      = "widget-control"
	RuleFeedback    = "feedback"
	RulePaywall     = "paywall"
	RuleNotice      = "browser-notice"
	RuleAffiliate   = "affiliate-disclosure"
	RuleSponsor     = "sponsor"
	RuleAudio       = "audio-player"
	RuleSource      = "source-note"
	RuleDisclaimer  = "disclaimer"
	RuleTruncated   = "truncated"
)

// ruleID numbers the paragraph rules; ruleNames names them.
type ruleID uint8

const (
	idCopyright ruleID = iota
	idURL
	idContact
	idShareLabel
	idLinkLabel
	idCaption
	idBreadcrumb
	idPhotoCredit
	idAltAddress
	idCookie
	idLegal
	idAppeal
	idWidget
	idFeedback
	idPaywall
	idNotice
	idAffiliate
	idSponsor
	idAudio
	idSource
	idDisclaimer
	idReferences
	idTruncated
	numRules
)

var ruleNames = [numRules]string{
	RuleCopyright, RuleURL, RuleContact, RuleShareLabel, RuleLinkLabel, RuleCaption,
	RuleBreadcrumb, RulePhotoCredit, RuleAltAddress, RuleCookie, RuleLegal, RuleAppeal,
	RuleWidget, RuleFeedback, RulePaywall, RuleNotice, RuleAffiliate, RuleSponsor, RuleAudio, RuleSource,
	RuleDisclaimer, RuleReferences,
	RuleTruncated,
}

// Rules returns the paragraph rules. They come as one Rule, a RuleSet that
// works out a paragraph's features once (length, words, lower-case copy,
// end punctuation) and tries the named rules in order; RuleNames lists them
// and NamedRule gives any one of them alone. No rule names a site, an outlet
// or a person: they use structure (length, end punctuation, separators,
// parentheses, e-mail and URL shapes) and vocabulary common across the web
// (link labels, first- and second-person appeal phrases).
//
// Position matters to some boilerplate (app promos at the end, two-part
// breadcrumbs at the start); those are found by ContextPasses, which see
// the whole document at once.
func Rules() []Rule {
	s := &RuleSet{all: true}
	for id := range numRules {
		s.ids = append(s.ids, id)
	}
	return []Rule{s}
}

// RuleNames returns the names of the paragraph rules in the order they are
// tried.
func RuleNames() []string { return append([]string(nil), ruleNames[:]...) }

// NamedRule returns the paragraph rule called name alone, or nil.
func NamedRule(name string) Rule {
	for id, n := range ruleNames {
		if n == name {
			return &RuleSet{ids: []ruleID{ruleID(id)}}
		}
	}
	return nil
}

// RuleSet is a list of paragraph rules tried in order on one paragraph; the
// first that matches names the removal. It is safe for concurrent use.
type RuleSet struct {
	ids        []ruleID
	all        bool // ids are all the rules in order: matchAll tries them
	unfiltered bool // see para.unfiltered
}

// shortLen is the longest paragraph, in bytes, that gets a lower-case copy
// (and one of up to wideLen bytes in a script of three bytes a character,
// see wideShort); every rule but the appeal and cookie rules skips longer
// paragraphs.
const shortLen = 256

// para is what the rules know about one paragraph.
type para struct {
	d        *clean.Document
	i        int
	s        string // Paragraph.Text
	low      string // s in ASCII lower case when s is short (see shortLen), else ""
	words    int
	endSent  bool       // ends like a sentence (. ! ? …)
	endPunct bool       // ends with any sentence or clause punctuation
	has      uint16     // which of the marked bytes occur in low (see hasAt)
	sigSet   bool       // sig is set
	sig      uint64     // the signature of s, once sigSet (see p.signature)
	starts   prefixList // the prefix lists that have a prefix of low
	long     uint8      // longScan(s) when s is not short (see shortLen), else 0
	// low[labelLo:labelHi] is labelText, once labelSet. (Offsets, not a
	// string: storing a string of low in p would move low's buffer to the
	// heap.)
	labelLo, labelHi int
	labelSet         bool
	kind             uint16 // labelKinds.kind(labelText()), once kindSet
	kindSet          bool
	// unfiltered turns off the prefilters that only save time, so that
	// tests can check that they change no answer.
	unfiltered bool
	// detail is the Reason's Detail the rule that matched gives, as an
	// index into details (detailNone for none).
	detail uint8
}

// signature returns the signature of the paragraph (see substr), working it
// out on first use: most one-word lines never need it.
func (p *para) signature() uint64 {
	if !p.sigSet {
		p.sig = signature(p.s)
		p.sigSet = true
	}
	return p.sig
}

// labelText returns low as a link or button label: without trailing dots
// and spaces, then without surrounding decoration. It is inlined; the
// bounds are worked out on first use (see setLabel).
func (p *para) labelText() string {
	if !p.labelSet {
		p.setLabel()
	}
	return p.low[p.labelLo:p.labelHi]
}

// setLabel sets the bounds of labelText.
func (p *para) setLabel() {
	// trimDotsSpaces keeps the start of low: the bounds are in low.
	p.labelLo, p.labelHi = labelCut.bounds(trimDotsSpaces(p.low))
	p.labelSet = true
}

// labelKind returns the kinds of labelText (see labelKinds), looking it up
// on first use (see setKind). It is inlined.
func (p *para) labelKind() uint16 {
	if !p.kindSet {
		p.setKind()
	}
	return p.kind
}

// setKind looks up the kinds of labelText. A label with letters beyond
// ASCII is lower-cased in full first (low is lower-cased only in ASCII).
func (p *para) setKind() {
	t := p.labelText()
	if p.has&hasHigh != 0 && len(t) <= labelFoldMax {
		var buf [2 * labelFoldMax]byte
		if f := foldPrefix(buf[:0], t, len(buf)-utf8.UTFMax); len(f) > 0 {
			t = unsafe.String(&f[0], len(f)) // buf outlives the lookup
		}
	}
	p.kind = labelKinds.kind(t)
	p.kindSet = true
}

// labelFoldMax is the longest label, in bytes, lower-cased beyond ASCII:
// longer than any label of labelKinds.
const labelFoldMax = 64

// longNoteBytes is the longest paragraph, in bytes, that the rules ask
// whether it is a disclaimer beyond shortLen (see longDisclaimer): about
// 80 words of English, noteLength's most.
const longNoteBytes = 640

// longDisclaimer reports whether p, a paragraph longer than shortLen
// bytes (p.low is ""), is a disclaimer (see matchDisclaimer) of at most
// longNoteBytes bytes: "The information in this column is for general
// guidance only and does not constitute financial or legal advice. You
// should seek …". Its opening is looked up among readerNoteLeads first;
// only then is it lower-cased whole, into a buffer on the stack.
func longDisclaimer(p *para) bool {
	if len(p.s) > longNoteBytes || p.words > 80 {
		return false
	}
	var head [32]byte
	if startLists(lowerInto(head[:], p.s[:min(len(p.s), len(head))]))&readerNoteLeads == 0 {
		return false
	}
	var buf [longNoteBytes]byte
	q := *p
	q.has, q.sig, _ = lowerScan(buf[:], p.s)
	q.sigSet = true
	q.low = unsafe.String(&buf[0], len(p.s)) // buf outlives no use of q
	q.starts = startLists(q.low)
	if matchDisclaimer(&q) {
		p.detail = q.detail
		return true
	}
	return false
}

// boldLabel returns s, which opens with "**" or "__", without that mark
// and the one that closes it, as the text before the closing mark and the
// text after it: when the closing mark ends s ("**Read more**") or a
// label before a colon ("**Lesen Sie auch:** <headline>"). Else it
// returns s and "".
func boldLabel(s string) (head, rest string) {
	m := s[:2]
	k := strings.Index(s[2:], m)
	switch {
	case k <= 0:
		return s, ""
	case 2+k+2 == len(s):
		return s[2 : 2+k], ""
	case s[2+k-1] == ':':
		return s[2 : 2+k], s[2+k+2:]
	}
	return s, ""
}

// Match implements Rule.
func (rs *RuleSet) Match(d *clean.Document, i int) (Reason, bool) {
	s := d.Paragraphs[i].Text
	if s != "" && s[0] == '[' {
		// The rules read a line without a text dump's link marker:
		// "[13]Read more: ..." (see linkRef).
		s = s[linkRef(s):]
	}
	if len(s) > 4 && (s[0] == '*' || s[0] == '_') && s[1] == s[0] {
		// Nor without Markdown's strong emphasis around a label that
		// opens the line: "**Lesen Sie auch:** <headline>", "**Read
		// more**" (see boldLabel).
		head, rest := boldLabel(s)
		if rest != "" && len(head)+len(rest) <= shortLen {
			return rs.matchJoined(d, i, head, rest)
		}
		s = head
	}
	return rs.matchText(d, i, s)
}

// matchJoined is matchText of head and rest joined, in a buffer on the
// stack.
func (rs *RuleSet) matchJoined(d *clean.Document, i int, head, rest string) (Reason, bool) {
	var b [shortLen]byte
	n := copy(b[:], head)
	n += copy(b[n:], rest)
	return rs.matchText(d, i, unsafe.String(&b[0], n)) // b outlives every use
}

// matchText is Match of paragraph i of d read as s.
func (rs *RuleSet) matchText(d *clean.Document, i int, s string) (Reason, bool) {
	if len(s) > shortLen && wideShort(s) {
		return rs.matchWide(d, i, s)
	}
	var buf [shortLen]byte
	return rs.matchBuf(d, i, s, buf[:])
}

// matchWide is matchText of a short paragraph in a script of three bytes
// a character (see wideShort), in a buffer of wideLen bytes on the stack.
func (rs *RuleSet) matchWide(d *clean.Document, i int, s string) (Reason, bool) {
	var buf [wideLen]byte
	return rs.matchBuf(d, i, s, buf[:])
}

// wideLen is the most bytes of a paragraph that wideShort takes.
const wideLen = 3 * shortLen

// wideShort reports whether s, longer than shortLen bytes, is as short as
// a paragraph of shortLen bytes in the Latin script: at most shortLen
// characters, most of them of three bytes, and at most wideLen bytes, in
// a script whose letters take three bytes and whose words are about as
// long as Latin ones (Devanagari, Tamil, Thai, Georgian, Burmese,
// Ethiopic: "மேலும் படிக்க: <headline>" is 14 words and 273 bytes). It
// opens with such a letter (its first byte 0xE0 or 0xE1): a line of Latin
// text is left at its first byte, and so is Chinese, Japanese and Korean
// text, whose 85 characters say as much as 256 Latin ones.
func wideShort(s string) bool {
	if len(s) > wideLen || s[0] != 0xE0 && s[0] != 0xE1 {
		return false
	}
	n := utf8.RuneCountInString(s)
	return 2*n < len(s) && n <= shortLen
}

// matchBuf is matchText with buf, of at least len(s) bytes when s is
// short enough to get a lower-case copy, on the caller's stack.
func (rs *RuleSet) matchBuf(d *clean.Document, i int, s string, buf []byte) (Reason, bool) {
	if s != "" && s[0] >= 0xE2 {
		// Nor without the icon a page sets before a label or a promo:
		// "📱 Do you have a story for us? ...", "➡️ Follow us" (see
		// iconLead).
		s = s[iconLead(s):]
	}
	if s != "" && s[len(s)-1] == '>' {
		// Nor without the address a browser's text copy writes after a
		// link: "Back to top <#top>" (see linkTail).
		s = s[:linkTail(s)]
	}
	// Field by field: a composite literal is built aside and copied, and
	// the copy stalls on the stores just made.
	var p para
	p.d, p.i, p.s, p.unfiltered = d, i, s, rs.unfiltered
	p.endSent, p.endPunct = endings(s)
	if len(s) <= len(buf) && s != "" {
		var spaces int
		p.has, p.sig, spaces = lowerScan(buf, s)
		p.sigSet = true
		p.words = spaces + 1
		// buf outlives no use of p.low: p stays in this frame.
		p.low = unsafe.String(&buf[0], len(s))
		p.starts = startLists(p.low)
		if p.has&hasHigh != 0 {
			p.starts |= foldedStarts(s)
		}
	} else {
		p.words = wordCount(s)
	}
	if len(s) > len(buf) {
		p.long = longScan(s)
	}
	if rs.all {
		if id := matchAll(&p); id < numRules {
			return Reason{Rule: ruleNames[id], Detail: details[p.detail]}, true
		}
		return Reason{}, false
	}
	for _, id := range rs.ids {
		if matchRule(id, &p) {
			return Reason{Rule: ruleNames[id], Detail: details[p.detail]}, true
		}
	}
	return Reason{}, false
}

// matchAll tries every rule in order, as matchRule(id, p) for each id
// would, and returns the first that matches, or numRules. Called directly,
// the rules skip the dispatch, and the cheap tests some of them open with
// are made inline.
func matchAll(p *para) ruleID {
	if p.low == "" {
		// Long paragraphs: only appeals and cookie notices run that long.
		if len(p.s) <= 1200 && matchCookie(p) {
			return idCookie
		}
		if matchAppeal(p) {
			return idAppeal
		}
		if p.afterReferences() && matchReferences(p) {
			return idReferences
		}
		if commentNotice(p.s) || longPrivacyNote(p) {
			return idLegal
		}
		if p.long&longForward != 0 && forwardLooking(p.s) || longDisclaimer(p) {
			return idDisclaimer
		}
		return numRules
	}
	switch {
	case matchCopyright(p):
		return idCopyright
	case p.words <= 3 && matchURL(p):
		return idURL
	case p.words <= siteLineWords && p.has&hasDot != 0 && !p.endSent && siteLine(p.s):
		return idURL
	case matchContact(p):
		return idContact
	case p.words <= 16 && matchShareLabel(p):
		return idShareLabel
	case p.words >= 3 && p.words <= channelWords && (channelGate(p) && matchChannel(p) || p.has&hasDot != 0 && channelLinkEnd(p)):
		return idShareLabel
	case p.words >= 5 && matchAppDownload(p):
		return idShareLabel
	case matchLinkLabel(p):
		return idLinkLabel
	case matchCaption(p):
		return idCaption
	case !p.endSent && matchBreadcrumb(p):
		return idBreadcrumb
	case matchPhotoCredit(p):
		return idPhotoCredit
	case p.words >= 4 && matchAltAddress(p):
		return idAltAddress
	case matchCookie(p):
		return idCookie
	case (p.words <= 10 || p.starts&(consentLeads|moderationLeads|legalLines|mailFooterLeads|captchaNotes) != 0) && matchLegal(p):
		return idLegal
	case matchAppeal(p):
		return idAppeal
	}
	// A typo-report notice is a feedback widget (see matchRule); no
	// widget control (the rule before feedback) is one.
	if p.starts&readerNoteLeads != 0 && matchTypoNotice(p) {
		return idFeedback
	}
	if p.words <= 60 {
		if id := matchFurniture(p); id < numRules {
			return id
		}
		if p.words <= 40 && p.adCall() {
			// matchSponsor tries adCopy first.
			if p.adCopy() {
				p.detail = detailAdCopy
			}
			return idSponsor
		}
		if audioLength(p) {
			return idAudio
		}
		if mayPromo(p) {
			if id := matchPromo(p); id < numRules {
				return id
			}
		} else if p.i > 0 && p.d.Paragraphs[p.i-1].Removal != nil && p.adCopy() {
			p.detail = detailAdCopy
			return idSponsor
		} else if podcastLine(p) {
			return idAudio
		} else if subRepublish.maybe(p.sig) && matchSource(p) {
			return idSource
		}
		if p.words <= 8 && p.has&hasParen != 0 && datelineOnly(p.s) {
			p.detail = detailDateline
			return idSource
		}
		if wireCredit(p) {
			return idSource
		}
	}
	if p.starts&(readerNoteLeads|helplineLeads) != 0 && noteLength(p) && matchDisclaimer(p) || externalNote(p) || helplineLine(p) {
		return idDisclaimer
	}
	// p.kind is set: matchLinkLabel looked up the kind of every line of up
	// to six words.
	if (p.words <= 3 && p.kind&labelRefHeader != 0 || p.afterReferences()) &&
		matchReferences(p) {
		return idReferences
	}
	if p.i == len(p.d.Paragraphs)-1 && matchTruncated(p) {
		return idTruncated
	}
	return numRules
}

// matchRule dispatches with a switch, not through function values, so that
// p and its buffer stay on the stack.
func matchRule(id ruleID, p *para) bool {
	if p.low == "" {
		// Long paragraphs: only appeals and cookie notices run that long.
		switch id {
		case idCookie:
			return len(p.s) <= 1200 && matchCookie(p)
		case idAppeal:
			return matchAppeal(p)
		case idReferences:
			return matchReferences(p)
		case idLegal:
			return commentNotice(p.s) || longPrivacyNote(p)
		case idDisclaimer:
			return p.long&longForward != 0 && forwardLooking(p.s) || longDisclaimer(p)
		}
		return false
	}
	switch id {
	case idCopyright:
		return matchCopyright(p)
	case idURL:
		return matchURL(p) || p.words <= siteLineWords && p.has&hasDot != 0 && !p.endSent && siteLine(p.s)
	case idContact:
		return matchContact(p)
	case idShareLabel:
		return matchShareLabel(p) || matchChannel(p) || p.words >= 3 && p.words <= channelWords && p.has&hasDot != 0 && channelLinkEnd(p) || matchAppDownload(p)
	case idLinkLabel:
		return matchLinkLabel(p)
	case idCaption:
		return matchCaption(p)
	case idBreadcrumb:
		return matchBreadcrumb(p)
	case idPhotoCredit:
		return matchPhotoCredit(p)
	case idAltAddress:
		return matchAltAddress(p)
	case idCookie:
		return matchCookie(p)
	case idLegal:
		return matchLegal(p)
	case idAppeal:
		return matchAppeal(p)
	case idAffiliate:
		return matchAffiliate(p)
	case idPaywall:
		return matchPaywall(p)
	case idFeedback:
		return matchFeedback(p) || matchTypoNotice(p)
	case idNotice:
		return matchNotice(p)
	case idWidget:
		return matchWidget(p) || p.words <= 60 && dataWidget(p)
	case idSponsor:
		return p.words <= 60 && matchSponsor(p)
	case idAudio:
		return p.words <= 60 && matchAudio(p)
	case idSource:
		return p.words <= 60 && matchSource(p)
	case idDisclaimer:
		return matchDisclaimer(p) || externalNote(p) || helplineLine(p)
	case idReferences:
		return matchReferences(p)
	case idTruncated:
		return matchTruncated(p)
	}
	return false
}

// anyPrefix reports whether the lower-case text starts with any of prefixes.
func anyPrefix(low string, prefixes ...string) bool {
	for _, pre := range prefixes {
		if strings.HasPrefix(low, pre) {
			return true
		}
	}
	return false
}

// anySuffix reports whether s ends with any of suffixes.
func anySuffix(s string, suffixes ...string) bool {
	for _, suf := range suffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// enterField reports whether low (lower case, at most enterFieldWords+2
// words) is a form's field that asks for "a" or "an" thing a form takes
// ("Enter a barcode or lot number", "Enter an address"; see fieldNouns),
// not a subheading that opens so ("Enter a new era").
func enterField(low string) bool {
	rest, ok := strings.CutPrefix(low, "enter a ")
	if !ok {
		if rest, ok = strings.CutPrefix(low, "enter an "); !ok {
			return false
		}
	}
	// A loop by hand: an iterator over low would move the buffer it lies
	// in to the heap (see TestRulesNoAllocs).
	for rest != "" {
		w, tail, _ := strings.Cut(rest, " ")
		if fieldNouns[strings.TrimRight(w, ".,:")] {
			return true
		}
		rest = tail
	}
	return false
}

// fieldNouns are what a form's field asks for (see enterField).
var fieldNouns = setOf("number", "code", "barcode", "address", "postcode", "zip", "email", "e-mail", "keyword",
	"location", "city", "town", "name", "date", "vin", "username", "password")

// ---- copyright ----------------------------------------------------------

// matchCopyright: "© 2025 X. All rights reserved.", "Copyright 2019 X",
// "(c) X", "Все права защищены".
func matchCopyright(p *para) bool {
	low := p.low
	switch {
	case p.words >= 2 && (subRightsReserved.in(low, p.signature()) || rightsReservedEnd(low) ||
		p.has&hasHigh != 0 && p.words <= 40 && (rightsReservedFirst(low) || rightsOwned(low))):
		return true
	case p.has&hasHigh != 0 && strings.HasPrefix(low, "©"):
		return true
	case strings.HasPrefix(low, "(c) "):
		// "(c) 2026 Name", "(c) Name 2026"; "(c) The company used the
		// ratings to ..." is the third item of a list.
		rest := low[len("(c) "):]
		return rest != "" && '0' <= rest[0] && rest[0] <= '9' || p.words <= 8 && !p.endSent
	case low[0] == 'c' && strings.HasPrefix(low, "copyright"):
		rest := low[len("copyright"):]
		if strings.HasPrefix(rest, " ©") || strings.HasPrefix(rest, "©") {
			return true
		}
		rest = strings.TrimLeft(rest, " :")
		if rest != "" && '0' <= rest[0] && rest[0] <= '9' {
			return true
		}
		return p.words <= 10 && !p.endSent
	}
	if p.has&hasHigh != 0 && p.words <= 16 && subCopyrightSign.in(low, p.signature()) {
		return true
	}
	if p.has&hasWide != 0 && p.words <= cjkNoticeWords && containsAny(low, cjkReuseMarks[:]) {
		return true
	}
	return p.words >= 6 && reuseNotice(p)
}

// cjkNoticeWords is the most words (as the rules count them in Chinese,
// Japanese and Korean) of a copyright notice in those languages.
const cjkNoticeWords = 60

// cjkReuseMarks say in Chinese, Japanese and Korean that the rights are
// reserved or that the page may not be reproduced: "版权所有", "未经授权不得
// 转载", "掲載の記事・写真の無断転載を禁じます", "무단 전재 및 재배포 금지". An
// article's sentence about a copy made without leave ("SNSでの無断転載が問題に
// なっている") forbids nothing.
var cjkReuseMarks = [...]string{"版权所有", "版權所有", "不得转载", "不得轉載", "禁止转载", "禁止轉載", "严禁转载",
	"嚴禁轉載", "無断転載を禁", "無断転載禁止", "無断転載は禁", "無断複製を禁", "無断複製・転載を禁",
	"無断転載・複製を禁", "무단 전재 및 재배포", "무단전재 및 재배포", "재배포 금지", "재배포금지", "전재-재배포",
	"전재·재배포", "저작권자(c)", "저작권자 ©", "저작권자©"}

var subRightsReserved, subCopyrightSign = sub("rights reserved"), sub("©")

// reuseNotice reports whether the short paragraph p forbids reusing the
// page or licenses it: it opens by naming the page ("this document", "the
// material on this site", "this work") or with "no part" (reuseObjects),
// says the page is subject to copyright, may not be reproduced,
// published, republished or redistributed (reuseMarks) or is "licensed
// under" a licence, and reports no speech:
// "This document is subject to copyright. Apart from any fair dealing for
// the purpose of private study or research, no part may be reproduced
// without the written permission.", "This material may not be published,
// broadcast, rewritten or redistributed.", "This work is licensed under a
// Creative Commons Attribution-NoDerivatives 4.0 International License."
// It has a full stop. "The court
// found the photos were subject to copyright and may not be reproduced."
// and "The judge ruled that no part of this report may be reproduced." are
// an article's.
func reuseNotice(p *para) bool {
	low := p.low
	if p.has&hasDot == 0 || low[0] != 't' && low[0] != 'n' && low[0] != 'a' {
		return false
	}
	opens := false
	for _, o := range reuseObjects {
		opens = opens || strings.HasPrefix(low, o)
	}
	return opens && (hasReuseMark(low) || strings.Contains(low, "licensed under ")) && !reported(low)
}

// reuseMarks say that a page is subject to copyright or may not be
// reused, each with the offset of its first "b".
var reuseMarks = [...]struct {
	s string
	b int
}{{"subject to copyright", 2}, {"be reproduced", 0}, {"be republished", 0}, {"be redistributed", 0},
	{"not be published", 4}}

// hasReuseMark reports whether low has one of reuseMarks. Every one has a
// "b", a rare letter: it looks for those first, so that a line costs a
// few calls of strings.IndexByte.
func hasReuseMark(low string) bool {
	for i := 0; ; {
		j := strings.IndexByte(low[i:], 'b')
		if j < 0 {
			return false
		}
		j += i
		// "be " or "bj": the bytes after the "b" of every mark.
		if j+2 < len(low) && (low[j+1] == 'e' && low[j+2] == ' ' || low[j+1] == 'j') {
			for _, m := range reuseMarks {
				if j >= m.b && strings.HasPrefix(low[j-m.b:], m.s) {
					return true
				}
			}
		}
		i = j + 1
	}
}

// reuseObjects open a reuse notice: they name what it forbids reusing.
var reuseObjects = [...]string{"this document", "this material", "this article", "this content", "this page",
	"this story", "this website", "this site", "no part of this", "no part may", "the material", "the content",
	"all material", "all content", "this work"}

// rightsReserved is "all rights reserved" in other languages than English,
// where it ends the line.
var rightsReserved = [...]string{"rechte vorbehalten", "droits réservés", "derechos reservados",
	"direitos reservados", "diritti riservati", "rechten voorbehouden", "prawa zastrzeżone",
	"права защищены", "права захищені", "hakları saklıdır"}

// rightsReservedFirst reports whether the first sentence of low (lower
// case, with a letter beyond ASCII) ends with one of rightsReserved, more
// sentences after it: "Tüm hakları saklıdır. Bu haberin izin alınmadan
// … yasaktır."
func rightsReservedFirst(low string) bool {
	k := strings.Index(low, ". ")
	return k > 0 && rightsReservedEnd(low[:k])
}

// rightsOwned reports whether the first sentence of low (lower case, with
// a letter beyond ASCII) says in Turkish whom all rights belong to: "Bu
// haberin tüm hakları X Medya'ya aittir. Kaynak gösterilmeden …
// kullanılamaz.", "Sitemizde yer alan haberlerin tüm hakları X'ye
// aittir.". The line ends with the verb or with a ban (rightsBans).
func rightsOwned(low string) bool {
	// The line's end first: the notice's verb, or the ban after it.
	if t := strings.TrimRight(low, ". "); !strings.HasSuffix(t, " aittir") && !anySuffix(t, rightsBans[:]...) {
		return false
	}
	k := strings.Index(low, " aittir")
	if k < 0 {
		return false
	}
	if end := k + len(" aittir"); end < len(low) && low[end] != '.' {
		return false // "… aittirmek", or a clause goes on
	}
	return strings.Contains(low[:k], "tüm hakları ") && !strings.Contains(low[:k], ". ")
}

// rightsBans end the sentence after a Turkish rights notice: "… izinsiz
// kullanılamaz.", "… alıntı yapılamaz.", "… yasaktır." (see rightsOwned).
var rightsBans = [...]string{"kullanılamaz", "yapılamaz", "yasaktır", "edilemez"}

// rightsEnds holds the last four bytes of each of rightsReserved, little
// endian, in the slot rightsSlot gives them: most lines are ruled out by
// comparing theirs with the one end in their slot. rightsMul is a
// multiplier that gives distinct ends distinct slots (chosen by init).
var rightsEnds, rightsMul = func() (e [32]uint32, mul uint32) {
	for mul = 0x9E3779B1; ; mul += 2 {
		e = [32]uint32{}
		clash := false
		for _, p := range rightsReserved {
			x := load4(p[len(p)-4:])
			k := x * mul >> 27
			clash = clash || e[k] != 0 && e[k] != x
			e[k] = x
		}
		if !clash {
			return e, mul
		}
	}
}()

// rightsReservedEnd reports whether low (lower case) ends with one of
// rightsReserved, then dots or spaces.
func rightsReservedEnd(low string) bool {
	n := len(low)
	for n > 0 && (low[n-1] == '.' || low[n-1] == ' ') {
		n--
	}
	if n < 12 { // shorter than any phrase
		return false
	}
	if x := load4(low[n-4 : n]); rightsEnds[x*rightsMul>>27] != x {
		return false
	}
	t := low[:n]
	for _, p := range rightsReserved {
		if strings.HasSuffix(t, p) {
			return true
		}
	}
	return false
}

// ---- url ----------------------------------------------------------------

// matchURL: a paragraph that is one bare URL or domain name, or one
// after a label that names it (urlLabels).
func matchURL(p *para) bool {
	if p.words == 2 && p.has&(hasDot|hasColon) == hasDot|hasColon {
		// A field of a feed item or a print view: "Link: https://…",
		// "Comments: https://…#respond".
		label, rest, _ := strings.Cut(p.low, " ")
		return urlLabels[label] && isURL(rest)
	}
	if p.words == 3 && p.has&(hasDot|hasColon) == hasDot|hasColon {
		// With the field's attribute in brackets: "GUID
		// (isPermaLink=false): https://…".
		label, rest, _ := strings.Cut(p.low, " (")
		attr, rest, ok := strings.Cut(rest, "): ")
		// Three words: the attribute has no space.
		return ok && attr != "" && urlLabels[label+":"] && isURL(rest)
	}
	return p.words == 1 && p.has&hasDot != 0 && len(p.s) >= 4 && isURL(p.s)
}

// siteLineWords is the most words of a site's name and address (see
// siteLine).
const siteLineWords = 7

// siteLine reports a site's name and its address on one line, as a
// read-later app or a feed prints an article's source: "Dyffryn Weekly ·
// dyffrynweekly.co.uk", "The Ledger | ledger.example.com". The name has
// at most four words, capitalised; a separator stands between them.
func siteLine(s string) bool {
	sp := strings.LastIndexByte(s, ' ')
	if sp < 0 || !isURL(s[sp+1:]) {
		return false
	}
	head := strings.TrimRight(s[:sp], " ")
	var sep string
	for _, x := range [...]string{" ·", " |", " -", " –", " —"} {
		if strings.HasSuffix(head, x) {
			sep = x
			break
		}
	}
	if sep == "" {
		return false
	}
	name := strings.TrimSpace(head[:len(head)-len(sep)])
	n := wordCount(name)
	return n >= 1 && n <= 4 && allUpperStarts(name)
}

// urlLabels name a link's address on a line of its own, in lower case
// with their colon.
var urlLabels = setOf("link:", "url:", "comments:", "permalink:", "guid:", "source:", "via:", "lien:", "enlace:",
	"quelle:", "fonte:")

// isURL reports whether the token s is a URL (with a scheme or www.) or a
// bare domain name with an optional path.
func isURL(s string) bool {
	if hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") {
		return len(s) > 10
	}
	if hasPrefixFold(s, "www.") {
		return strings.IndexByte(s[4:], '.') > 0
	}
	host := s
	if j := strings.IndexAny(host, "/?#"); j >= 0 {
		host = host[:j]
	}
	return isDomain(host)
}

// isDomain reports whether s looks like a host name: two or more labels of
// letters, digits and hyphens, the last one 2 to 6 letters, and some lower
// case ("U.S.A" is no host).
func isDomain(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 {
		return false
	}
	tld := s[dot+1:]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if c := lowerByte(tld[i]); c < 'a' || c > 'z' {
			return false
		}
	}
	label := 0
	lower := false
	for i := 0; i < dot; i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			lower = true
			label++
		case 'A' <= c && c <= 'Z', c == '-':
			label++
		case c == '.':
			if label == 0 {
				return false
			}
			label = 0
		default:
			return false
		}
	}
	return label > 0 && lower
}

// ---- contact ------------------------------------------------------------

// matchContact: contact-the-author lines, short lines with an e-mail
// address, a social handle alone, and reader call-outs (see
// matchCallOut).
func matchContact(p *para) bool {
	low := p.low
	if p.has&hasAt == 0 {
		switch low[0] {
		case 'c', 'e', 'r', 's', 'g', 'h', 'd', 'l', 't', 'm':
		default:
			return otherContact(p)
		}
	}
	if p.starts&callOutLeads != 0 && matchCallOut(p) {
		return true
	}
	if low[0] == '@' && p.words == 1 && socialHandle(low) {
		return true // the author's handle under the name: "@mihitr_news"
	}
	if p.starts&contactLines != 0 {
		tipDetail(p)
		return true
	}
	if low[0] == 'c' && p.words <= 5 && p.has&hasFigure != 0 && strings.HasPrefix(low, "call or text ") {
		p.detail = detailTip
		return true // a tip line's number: "Call or text 555-0148"
	}
	if p.starts&letterPolicy != 0 && strings.Contains(low, "letter") {
		// "We do not publish anonymous letters, ...", "The editor
		// reserves the right to edit letters for length."
		return true
	}
	if p.starts&letterRules != 0 && strings.Contains(low, " words") && (strings.Contains(low, "your ") || strings.Contains(low, "writer's ")) {
		// "Letters should be no more than 300 words and must include your
		// full name", "Letters policy: ... the writer's full name"
		return true
	}
	if p.has&hasColon != 0 && (low[0] == 's' || low[0] == 'd' || low[0] == 't' || low[0] == 'c') && mailHeader(p) {
		return true
	}
	if p.has&hasAt == 0 || !hasEmail(low) {
		return p.endSent && tipCall(p)
	}
	if p.words <= 12 || strings.Contains(low, "contact") || p.starts&contactLeads != 0 ||
		p.words <= authorNoteWords && reachAuthor(low[lastSentenceStart(low):]) ||
		p.words <= callOutWords && callOutQuestion(low) {
		tipDetail(p)
		return true
	}
	return false
}

// socialHandle reports whether low is a social network's handle alone:
// "@" and 2 to 30 letters, digits, underscores or dots.
func socialHandle(low string) bool {
	if len(low) < 3 || len(low) > 31 {
		return false
	}
	for i := 1; i < len(low); i++ {
		if c := low[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// tipDetail gives a contact line that asks for news tips ("Have a tip?",
// "Email tips@example.com", "Send us a tip confidentially") the detail
// of a tip box, which sits inside an article as well as after it (see
// inlineRemoval).
func tipDetail(p *para) {
	if strings.Contains(p.low, "tip") {
		p.detail = detailTip
	}
}

// authorNoteWords is the most words of an author's note that closes with
// the way to reach them.
const authorNoteWords = 40

// reachAuthor reports whether the sentence s (lower case) tells the reader
// how to reach the author: a verb of contact, then "her", "him" or "them"
// ("Marta Ilić covers rural communities. Reach her at ..."). "Email the
// council at ..." reaches someone else.
func reachAuthor(s string) bool {
	for _, v := range [...]string{"reach ", "email ", "e-mail ", "contact ", "follow ", "write to "} {
		if rest, ok := strings.CutPrefix(s, v); ok {
			return anyPrefix(rest, "her ", "him ", "them ")
		}
	}
	return false
}

// contactLines open a contact-the-author line; contactLeads open a line
// that gives an e-mail address.
var (
	contactLines = prefixes("contact the author", "contact the writer", "contact the reporter",
		"email the author", "e-mail the author", "email the writer", "reach the author",
		"contact us:", "send us a tip", "got a tip", "have a tip", "got a news tip", "write to us",
		"do you have a news tip", "do you have a story", "have a news tip",
		// Korean: "tips by KakaoTalk …", with its box's mark or not
		"제보는 카카오톡", "제보는 카톡", "▶제보는 카카오톡", "▶ 제보는 카카오톡", "<제보는 카카오톡", "[제보는 카카오톡")
	contactLeads = prefixes("email", "e-mail", "write to", "reach", "follow", "send", "tips", "for more information")
	// letterRules open a letters page's rules for writers, which give a
	// word limit and ask for the writer's details.
	letterRules = prefixes("letters should", "letters must", "letters may", "letters policy", "letters to the editor should",
		"letters to the editor must", "letters for publication")
	// letterPolicy open a letters page's policy, with "letter" in it.
	letterPolicy = prefixes("we do not publish", "we don't publish", "we do not print", "the editor reserves the right",
		"we reserve the right to edit", "letters are edited", "letters may be edited", "all letters are")
)

// otherContact is matchContact for a line with no '@' whose first byte
// opens none of its other lines: a tip box's call ("Know something about
// layoffs at a company in the region? Our reporters want to hear from
// you."), a reader call-out ("What's your view? Tell us …", see
// matchCallOut), "Write to us", a letters page's policy ("We do not
// publish anonymous letters", "All letters are ...").
func otherContact(p *para) bool {
	if p.endSent && tipCall(p) {
		return true
	}
	if p.starts&callOutLeads != 0 && matchCallOut(p) {
		return true // "What's your view? Tell us …", "Are you affected? …"
	}
	if p.starts&contactLines != 0 {
		return true
	}
	return p.starts&letterPolicy != 0 && strings.Contains(p.low, "letter")
}

// tipCall reports a tip box's call, p ending a sentence, and gives p the
// tip box's detail: "Got a confidential news tip? We want to hear from
// you."
func tipCall(p *para) bool {
	if p.words <= tipWords && strings.HasSuffix(p.low, "hear from you.") && !reported(p.low) {
		p.detail = detailTip
		return true
	}
	return false
}

// tipWords is the most words of a tip box's call ("... Our reporters want
// to hear from you.").
const tipWords = 30

// hasEmail reports whether s contains something shaped like an e-mail
// address.
func hasEmail(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '@')
		if j < 0 {
			return false
		}
		j += i
		if j > 0 && isEmailByte(s[j-1]) {
			end := j + 1
			for end < len(s) && isEmailByte(s[end]) && s[end] != '+' {
				end++
			}
			if isDomain(strings.TrimRight(s[j+1:end], ".-")) {
				return true
			}
		}
		i = j + 1
	}
}

func isEmailByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == '_' || c == '+'
}

// ---- share and social buttons -------------------------------------------

// socialWords are the names of share and follow targets; a line made only of
// them is a button row.
var socialWords = newWordSet(map[string]bool{
	"facebook": true, "twitter": true, "x": true, "linkedin": true, "whatsapp": true,
	"email": true, "e-mail": true, "mail": true, "telegram": true, "reddit": true,
	"pinterest": true, "instagram": true, "youtube": true, "tiktok": true, "print": true,
	"share": true, "tweet": true, "vk": true, "messenger": true, "flipboard": true,
	"copy": true, "link": true, "tumblr": true, "threads": true, "bluesky": true,
	"sms": true, "pocket": true, "viber": true, "line": true, "wechat": true,
	"weibo": true, "rss": true, "comment": true, "comments": true, "save": true,
	"google+": true, "mastodon": true, "snapchat": true, "podcasts": true, "url": true,
	"pin": true, "rate": true,
})

// shareRow reports whether t (lower case) is a row of share buttons
// separated by bars, each a share button ("share on x", "share via
// email") or a network's or a tool's name ("print"): "Share on Facebook |
// Share on X | Share via email | Print". A row with no bars ("Share on
// Facebook Share on X Share via Email") is given one before each "share".
func shareRow(t string) bool {
	for more := true; more; {
		var part string
		part, t, more = strings.Cut(t, " | ")
		part = strings.TrimSpace(part)
		if socialWords.has(part) {
			continue
		}
		rest, ok := strings.CutPrefix(part, "share ")
		if !ok || strings.Count(rest, " ") > 1 {
			return false
		}
		if w := firstWord(rest); !shareNext.has(w) && !socialWords.has(w) {
			return false
		}
	}
	return true
}

// shareNext are the words that may follow "share" on a share button.
var shareNext = newWordSet(map[string]bool{
	"this": true, "on": true, "via": true, "article": true, "story": true, "page": true,
	"post": true, "to": true, "with": true, "your": true, "it": true, "the": true, "&": true,
	"/": true, "link": true, "now": true, "options": true,
})

// toolLabels name a page's tools, lower case: its font-size switch and its
// print and close buttons; toolValues are the sizes the switch offers.
var (
	toolLabels = [...]string{"字号", "字體", "字体", "打印本页", "打印本文", "打印", "关闭窗口", "关闭本页", "关闭",
		"收藏本文", "收藏", "纠错", "文字サイズ", "文字の大きさ", "印刷する", "印刷", "글자크기", "글자 크기", "글씨크기",
		"인쇄", "text size", "font size", "textgröße", "schriftgröße", "taille du texte",
		"tamaño del texto", "tamaño de letra", "dimensione del testo", "tamanho do texto", "tekstgrootte"}
	toolValues = [...]string{"特大", "标准", "默认", "大", "中", "小", "標準", "拡大", "縮小", "크게", "작게", "보통",
		"a+", "a-", "a−", "a", "+", "-", "−", "small", "medium", "large", "normal", "klein", "mittel", "groß",
		"petit", "moyen", "grand", "pequeño", "mediano", "grande", "piccolo", "medio", "médio", "pequeno"}
)

// toolLead holds the first two bytes of toolLabels, a bit for each pair:
// the cheap half of toolGate.
var toolLead = func() (t [256][4]uint64) {
	for _, l := range toolLabels {
		t[l[0]][l[1]>>6] |= 1 << (l[1] & 63)
	}
	return t
}()

// toolGate reports whether low may open a row of page tools: a bracket,
// or the first two bytes of one of toolLabels (see toolLead) and its first
// four (see toolKeys).
func toolGate(low string) bool {
	if low[0] == '[' || strings.HasPrefix(low, "【") {
		return true
	}
	if len(low) < 4 || toolLead[low[0]][low[1]>>6]&(1<<(low[1]&63)) == 0 {
		return false
	}
	k := uint32(low[0]) | uint32(low[1])<<8 | uint32(low[2])<<16 | uint32(low[3])<<24
	for _, key := range toolKeys {
		if k == key {
			return true
		}
	}
	return false
}

// toolKeys are the first four bytes of each of toolLabels.
var toolKeys = func() (keys []uint32) {
	for _, l := range toolLabels {
		keys = append(keys, uint32(l[0])|uint32(l[1])<<8|uint32(l[2])<<16|uint32(l[3])<<24)
	}
	return keys
}()

// toolSep reports the length of the separator of page tools at the start
// of s, or 0: a space, a bracket, a bar, a colon, a slash.
func toolSep(s string) int {
	switch s[0] {
	case ' ', '[', ']', '|', ':', '/', '(', ')':
		return 1
	}
	for _, sep := range [...]string{"　", "【", "】", "｜", "：", "、", "·"} {
		if strings.HasPrefix(s, sep) {
			return len(sep)
		}
	}
	return 0
}

// pageTools reports whether low (lower case) is a row of a page's tools
// and nothing else: labels of toolLabels and the sizes of toolValues
// between separators, with a label, and a size when the label is not
// CJK ("【字号：大 中 小】【打印】", "Text size: A A A", "【关闭窗口】"). "Size
// matters" and "A small step" have a word of neither.
func pageTools(low string) bool {
	labels, values, cjk := 0, 0, false
next:
	for low != "" {
		if n := toolSep(low); n > 0 {
			low = low[n:]
			continue
		}
		for _, l := range toolLabels {
			if strings.HasPrefix(low, l) {
				labels++
				cjk = cjk || l[0] >= 0x80
				low = low[len(l):]
				continue next
			}
		}
		for _, v := range toolValues {
			if strings.HasPrefix(low, v) && (len(v) == len(low) || v[0] >= 0x80 || toolSep(low[len(v):]) > 0) {
				values++
				low = low[len(v):]
				continue next
			}
		}
		return false
	}
	return labels > 0 && (cjk || values > 0)
}

// matchShareLabel: "SHARE THIS ARTICLE", "Share on Facebook", "Follow us on
// Twitter", "Facebook Twitter Email", a Chinese "share to" row ("字号：大 中
// 小 分享到：微信 微博").
func matchShareLabel(p *para) bool {
	if p.words > 16 {
		return false
	}
	if c := p.s[0]; c >= 0xE3 && c <= 0xE9 && strings.Contains(p.s, "分享到") {
		return true // "分享到：微信 微博", after a font-size widget or not
	}
	if c := p.s[0]; c >= 0xE2 && p.words <= 2*counterMax && p.has&hasFigure != 0 && counterLine(p.low) {
		return true // "↺ 214", "♥ 12 💬 4"
	}
	if !p.endSent && toolGate(p.low) && pageTools(p.low) {
		return true
	}
	if p.words <= 4 && shareLead(p.labelText()) && p.labelKind()&labelShare != 0 {
		return true
	}
	t, starts := p.low, p.starts
	if c := t[0]; c < 'a' || c > 'z' {
		if t = trimLabel(t); t == "" {
			return false
		}
		if len(t) != len(p.low) { // trimmed: the prefixes start further on
			starts = startLists(t)
			if p.has&hasHigh != 0 {
				starts |= foldedStarts(t)
			}
		}
	}
	if starts&appShares != 0 && p.words <= 12 && !p.endSent && anyWord(t, deviceWords[:]) {
		return true
	}
	if t[0] == 's' && strings.HasPrefix(t, "share") && p.words > 8 && !p.endSent && strings.Contains(t, " | ") {
		return shareRow(t)
	}
	if t[0] == 's' && strings.HasPrefix(t, "share ") && p.words >= 4 && !p.endSent && strings.Contains(t[6:], " share ") &&
		!strings.Contains(t, " | ") && shareRow(strings.ReplaceAll(t, " share ", " | share ")) {
		return true // the buttons with no bar between them
	}
	if t[0] == 't' && strings.HasPrefix(t, "tag @") && p.words <= 16 && anySocialWord(t) {
		return true // "Tag @lakeshoretaste and share a photo on Instagram!"
	}
	if t[0] == 's' && (strings.HasPrefix(t, "share all sharing options") ||
		strings.HasPrefix(t, "sharing options") && strings.TrimRight(t, ": ") == "sharing options") {
		return true // a menu of share buttons, named for the headline it shares or not
	}
	if t[0] == 's' && strings.HasPrefix(t, "share") && p.words <= 8 && !p.endSent {
		rest := t[len("share"):]
		if rest == "" {
			return true
		}
		if rest[0] != ' ' && rest[0] != ':' {
			return false // "shares", "shared"
		}
		if w := firstWord(rest[1:]); w != "" && socialCut.trim(w) == "" {
			return true // a row of buttons: "Share · Save · Listen", "Share | Print"
		}
		next := strings.TrimRight(firstWord(strings.TrimLeft(rest, " :")), ":,.")
		return next == "" || shareNext.has(next) || socialWords.has(next)
	}
	if starts&shareButtons != 0 {
		return true
	}
	if starts&followUsIntl != 0 && anySocialWord(t) {
		return true
	}
	// Beyond English, a share verb with the network it shares to
	// ("Compartir en Facebook", "Teilen auf WhatsApp").
	if p.words <= 8 && !p.endSent && shareVerbLead(t) && isShareVerb(firstWord(t), p.has&hasHigh == 0) && anySocialWord(t) {
		return true
	}
	// The verb last, after the network ("Facebook'ta paylaş", "Auf X
	// teilen").
	if p.words >= 2 && p.words <= 4 && !p.endSent && isShareVerb(lastWords(t, 1), p.has&hasHigh == 0) && networkBeforeLast(t) {
		return true
	}
	if t[0] == 'f' && strings.HasPrefix(t, "follow ") && p.words <= 14 && (strings.Contains(t, " on ") || strings.IndexByte(t, '@') >= 0) && anySocialWord(t) {
		return true
	}
	// A row of social network names.
	if p.words >= 2 && p.words <= 12 && !p.endSent && socialWords.has(socialCut.trim(firstWord(t))) {
		return socialRow(t, 0)
	}
	// The same, separated by bars, after a label of one word in any
	// language ("Rhannu: Facebook | X | WhatsApp | E-bost"): one name the
	// list does not know (email, copy link in that language) is let
	// through.
	if p.words >= 3 && p.words <= 12 && !p.endSent && strings.IndexByte(t, '|') > 0 {
		w := firstWord(t)
		if len(w) < 2 || w[len(w)-1] != ':' {
			return false
		}
		return socialRow(strings.TrimPrefix(t[len(w):], " "), 1)
	}
	return false
}

// socialRow reports whether the lower-case s is a row of social network
// names (socialWords) separated by spaces and socialCut, with at least two
// of them and at most unknown other words.
func socialRow(s string, unknown int) bool {
	known := 0
	for rest := s; rest != ""; {
		w := firstWord(rest)
		rest = strings.TrimPrefix(rest[len(w):], " ")
		switch w = socialCut.trim(w); {
		case w == "":
		case socialWords.has(w):
			known++
		case unknown > 0:
			unknown--
		default:
			return false
		}
	}
	return known >= 2
}

// shareButtons open the label of a share or follow button.
var shareButtons = prefixes("follow us", "like us on", "join us on", "find us on", "connect with us",
	"tweet this", "email this", "print this", "pin it", "pin this recipe", "pin this post", "pin this for later",
	"copy link", "click to share", "sharing is caring",
	"folgen sie uns", "folge uns", "volg ons", "suivez-nous", "suivez nous", "seguici su", "síguenos en",
	"siguenos en", "siga-nos", "obserwuj nas", "следите за нами", "подписывайтесь на нас", "стежте за нами")

// followUsIntl open a "follow us" line in languages beyond those of
// shareButtons, in lower case: Hausa, Galician, Portuguese, Basque,
// Maltese, Albanian, Slovenian, Croatian, Bosnian and Serbian in both
// scripts, Macedonian, Bulgarian, Kazakh, Nepali, Amharic, Afrikaans
// and Somali. Such a line is one only when it names a social network
// (anySocialWord): "Pratite nas" also opens a sentence.
var followUsIntl = prefixes("ku biyo mu", "ku bi mu", "séguenos", "seguenos", "siga-nos", "sigam-nos",
	"jarraitu gaitzazu", "jarrai gaitzazu", "segwina", "segwuna", "na ndiqni", "ndiqni", "sledite nam",
	"spremljajte nas", "pratite nas", "пратите нас", "следете не", "следете нѐ", "последвайте ни",
	"следвайте ни", "харесайте", "бізді", "हामीलाई", "ይከተሉን", "volg ons op", "nala soco")

// appShares open the line an app or a phone adds to a page it shares or
// a message it sends ("Shared from the Herald app", "Sent from my iPhone",
// "Compartido desde la app de …", "Von meinem iPhone gesendet"), in lower
// case. Such a line is one only when it names an app or a device (one of
// deviceWords, as a whole word): "Sent from my" also opens a sentence.
var appShares = prefixes("shared from", "shared via", "shared using", "sent from my", "sent via",
	"compartido desde", "compartido vía", "compartido via", "compartido con", "enviado desde mi",
	"compartilhado pelo", "compartilhado via", "compartilhado do", "compartilhado a partir", "enviado do meu",
	"partagé depuis", "partagé via", "partagé avec", "envoyé de mon", "envoyé depuis mon",
	"geteilt über", "geteilt via", "geteilt aus", "gesendet von meinem", "von meinem",
	"condiviso da", "condiviso tramite", "inviato da", "inviato dal mio",
	"gedeeld via", "gedeeld vanuit", "verzonden vanaf mijn", "verstuurd vanaf mijn",
	"udostępnione z", "wysłane z mojego")

// deviceWords name an app or a device a page is shared from (appShares).
var deviceWords = [...]string{"app", "apps", "application", "applicazione", "aplicación", "aplicacion",
	"aplicativo", "appli", "aplikacji", "iphone", "ipad", "android", "smartphone", "phone", "mobile",
	"móvil", "celular", "handy", "galaxy", "tablet", "telefono", "telefoon", "telefonu", "outlook"}

// socialCut is what separates the names in a row of social networks.
var socialCut = newCutSet("|,·•/")

// anySocialWord reports whether the lower-case s names a social network.
// socialNames are the networks of anySocialWord.
var socialNames = newWordSet(setOf("facebook", "twitter", "instagram", "linkedin", "telegram", "youtube",
	"tiktok", "threads", "bluesky", "mastodon", "whatsapp", "x"))

// socialLead holds the first letters of socialNames.
var socialLead = func() (t [256]bool) {
	for _, c := range "ftilyb" + "mwx" {
		t[c] = true
	}
	return t
}()

// networkBeforeLast reports whether a word of the short line t (lower
// case) before its last is a network of socialNames, a suffix after an
// apostrophe aside ("facebook'ta", "x'te").
func networkBeforeLast(t string) bool {
	for rest := t; ; {
		if len(rest) < 2 || !socialLead[rest[0]] {
			// Not a network's first letter: on to the next word.
			k := strings.IndexByte(rest, ' ')
			if k < 0 {
				return false
			}
			rest = rest[k+1:]
			continue
		}
		w := firstWord(rest)
		if len(w) == len(rest) {
			return false // the last word
		}
		rest = rest[len(w)+1:]
		for k := 0; k < len(w); k++ {
			if w[k] == '\'' || w[k] == 0xE2 { // "'" or "’"
				w = w[:k]
				break
			}
		}
		if socialNames.has(w) {
			return true
		}
	}
}

// anySocialWord reports whether s (in lower case) holds the name of a
// social network as a word.
func anySocialWord(s string) bool {
	for _, w := range [...]string{"facebook", "twitter", "instagram", "linkedin", "telegram", "youtube",
		"tiktok", "threads", "bluesky", "mastodon", "whatsapp", "x",
		// the Slavic locative ("Sdílet na Facebooku", "Udostępnij na Twitterze")
		"facebooku", "twitteru", "twitterze", "instagramu", "linkedinu", "telegramu"} {
		if containsWordFold(s, w) {
			return true
		}
	}
	return false
}

// ---- link labels -----------------------------------------------------------

// linkLabels are whole-line labels of links and buttons that lead away from
// the article, in lower case; beyond the languages listed here, the
// read-also labels, ad markers, tag labels and the like of rules_intl.go.
var linkLabels = withLabels(map[string]bool{
	"read more": true, "also read": true, "read also": true, "see also": true,
	"continue": true, "continue reading": true, "continue reading the main story": true,
	"story continues": true, "article continues": true,
	"keep reading": true, "read full story": true, "read the full story": true, "read full article": true,
	"read the full article": true, "full story": true, "read next": true, "read": true, "more": true,
	"related": true, "related articles": true, "related stories": true, "related news": true,
	"related posts": true, "related content": true, "related topics": true, "related coverage": true,
	"recommended": true, "recommended for you": true, "recommended stories": true, "more news": true,
	"more stories": true, "more on this story": true, "more on this topic": true, "more on this": true, "next": true,
	"why trust us": true, "our editorial standards": true, "editorial standards": true, "how we make money": true,
	"advertiser disclosure": true, "editorial guidelines": true, "our editorial guidelines": true,
	"previous": true, "next article": true, "previous article": true, "next story": true,
	"previous story": true, "next post": true, "previous post": true, "back to top": true,
	"prev": true, "next prev": true, "prev next": true, "previous next": true, "next previous": true,
	"jump to top": true, "go to top": true, "scroll to top": true, "back to the top": true,
	"返回顶部": true, "回到顶部": true, "返回頂部": true, "回到頂部": true, "ページトップへ": true, "맨 위로": true,
	// a list's page: back to the list; a print edition's replica
	"back to list": true, "back to the list": true, "возврат к списку": true,
	"вернуться к списку": true, "назад к списку": true,
	"повернутися до списку": true, "zurück": true, "zurück zur übersicht": true, "zurück zur liste": true, "retour à la liste": true,
	"volver al listado": true, "read the e-edition": true, "e-edition": true, "read the eedition": true,
	"top": true, "load more": true, "show more": true, "view more": true, "see more": true,
	"click here": true, "advertisement": true, "advertisements": true, "ad": true, "sponsored": true,
	"sponsored content": true, "show comments": true, "view comments": true, "leave a comment": true,
	"comments": true, "post a comment": true, "you may also like": true, "you might also like": true,
	"you may be interested in": true, "most popular": true, "most read": true, "most viewed": true,
	"trending": true, "trending now": true, "latest news": true, "top stories": true,
	"watch": true, "watch video": true, "watch now": true, "listen": true, "listen to this article": true,
	"skip to content": true, "skip to main content": true, "skip advertisement": true,
	"view image in fullscreen": true, "view in fullscreen": true,
	"direct naar de inhoud": true, "ga naar de inhoud": true, "zum inhalt": true, "aller au contenu principal": true,
	"saltar al contenido": true, "more videos": true, "more video": true,
	"seguí leyendo": true, "sigue leyendo": true, "follow": true, "unfollow": true, "follow author": true,
	"skip past newsletter promotion": true, "after newsletter promotion": true, "loading": true,
	"video player is loading": true, "the video player is loading": true,
	"article content": true, "go deeper": true, "embedded post": true, "embedded content": true, "embedded tweet": true,
	// an embedded post's widget
	"view this post on instagram": true, "view this post on tiktok": true, "view this post on threads": true,
	"view this post on facebook": true, "view on instagram": true, "view on threads": true, "watch on tiktok": true,
	"view this video on tiktok": true, "view this profile on instagram": true,
	// a photo's label in place of a caption
	"representative image": true, "representational image": true, "image for representation": true,
	// Spanish and French rails, tag labels and the author box's header
	"más información": true, "últimas noticias": true, "archivado en": true, "sobre la firma": true,
	"actualités en continu": true, "l'édition du jour": true, "l’édition du jour": true,
	"lire le journal numérique": true,
	// A wiki's jump links, in the languages of the biggest wikis
	"jump to content": true, "jump to navigation": true, "jump to search": true, "skip to navigation": true,
	"skip to search": true, "zum inhalt springen": true, "zur navigation springen": true,
	"zur suche springen": true, "aller au contenu": true, "aller à la navigation": true,
	"aller à la recherche": true, "ir al contenido": true, "ir a la navegación": true, "ir a la búsqueda": true,
	"saltar a la navegación": true, "saltar a la búsqueda": true, "vai al contenuto": true,
	"vai alla navigazione": true, "vai alla ricerca": true, "ir para o conteúdo": true,
	"ir para a navegação": true, "ir para a pesquisa": true, "naar navigatie springen": true,
	"naar zoeken springen": true, "przejdź do zawartości": true, "przejdź do nawigacji": true,
	"przejdź do wyszukiwania": true, "перейти к содержанию": true, "перейти к навигации": true,
	"перейти к поиску": true, "menu": true, "search": true, "home": true, "close": true, "log in": true, "login": true,
	"sign in": true, "sign up": true, "register": true, "print": true, "print article": true,
	"what to read next": true, "editor's picks": true, "editors' picks": true, "don't miss": true, "don’t miss": true,
	"more from this author": true, "more by this author": true, "view all": true, "see all": true,
	"back": true, "go back": true, "return to top": true, "expand": true, "collapse": true,
	"open in app": true, "tags": true, "topics": true, "hide caption": true, "toggle caption": true,
	"enlarge this image": true, "view gallery": true, "view image": true, "full screen": true,
	"you might be interested in": true, "popular": true, "more in this section": true,
	"in this section": true, "in case you missed it": true, "also on": true, "explore further": true,
	"learn more": true, "read the original article": true, "read the original": true,
	"take the quiz": true, "take our quiz": true, "have your say": true, "join the conversation": true,
	"buy the book": true, "galería de fotos": true, "ver galería completa": true, "view full gallery": true,
	"see full gallery": true, "photo gallery": true,
	// The headers and buttons of a shop widget's product cards (see
	// productCard)
	"shop the look": true, "get the look": true, "shop the story": true, "shop the edit": true,
	"shop this look": true, "shop the post": true, "shop the trend": true, "shop our picks": true,
	"add to bag": true, "add to basket": true, "add to cart": true, "add to wishlist": true,
	"republish this article": true, "republish this story": true, "republish": true,
	"republish this story for free": true, "republish this article for free": true, "republishing guidelines": true,
	// A gift link for a subscriber's article, a quote widget's button, a
	// licence to reprint it, a gallery's reprint shop, a box of earlier
	// stories
	"gift this article": true, "gift article": true, "gift this story": true, "add to watchlist": true,
	"license this article": true, "license this story": true, "licence this article": true,
	"artikel verschenken": true, "offrir l'article": true, "offrir cet article": true, "regalar artículo": true,
	"regala este artículo": true, "regala l'articolo": true, "regala questo articolo": true, "artikel cadeau doen": true,
	"buy photo reprints": true, "buy reprints": true, "order reprints": true, "buy this photo": true,
	"earlier coverage": true, "previous coverage": true, "more coverage": true, "full coverage": true,
	"read this story on our website": true, "read this story on our site": true,
	"rss": true, "rss feed": true,
	// The store buttons of an app promo
	"app store | google play": true, "google play | app store": true, "app store · google play": true,
	"google play · app store": true, "app store google play": true, "google play app store": true,
	// A newsletter's links
	"read past issues": true, "view past issues": true, "past issues": true, "forward to a friend": true,
	"forward this email to a friend": true, "view this email in your browser": true,
	"view this email in a browser": true, "view in browser": true, "view it in your browser": true,
	// Picture controls: "click to enlarge" in the languages of the rules,
	// Chinese, Japanese and Korean
	"click to enlarge": true, "click to expand": true, "click image to enlarge": true,
	"click on image to enlarge": true, "click for larger image": true, "tap to enlarge": true,
	"zum vergrößern klicken": true, "zum vergrössern klicken": true, "klicken zum vergrößern": true,
	"bild vergrößern": true, "cliquez pour agrandir": true, "cliquer pour agrandir": true,
	"cliquez sur l'image pour l'agrandir": true, "haga clic para ampliar": true, "haz clic para ampliar": true,
	"clic para ampliar": true, "pulse para ampliar": true, "clicca per ingrandire": true,
	"clicca sull'immagine per ingrandire": true, "clique para ampliar": true, "clique para aumentar": true,
	"klik om te vergroten": true, "klik voor een grotere afbeelding": true, "点击放大": true,
	"点击查看大图": true, "點擊放大": true, "クリックで拡大": true, "クリックして拡大": true,
	"画像をクリックで拡大": true, "클릭하면 확대됩니다": true, "클릭하시면 확대됩니다": true,
	// Ad placeholders and notices (see also continuesBelow)
	"advertisement - scroll to continue": true, "scroll to continue with content": true,
	"scroll to continue": true, "continue reading below": true, "ad feedback": true,
	"report this ad": true, "advert": true, "adverts": true, "ad blocker detected": true,
	// A correction form's link
	"report an error": true, "report a typo": true, "report a correction": true, "submit a correction": true,
	"suggest a correction": true, "report an error or typo": true, "fehler melden": true,
	"signaler une erreur": true, "reportar un error": true, "segnala un errore": true,
	// Data downloads under a chart or a table
	"download the data": true, "download data": true, "download the full data": true, "get the data": true,
	"download the dataset": true,
	"adblock detected":     true, "adblocker detected": true,
	// Page furniture: sign-up forms, topic lists, reuse and comment
	// links, app and writing promotions, save buttons
	"sign up here": true, "sign up now": true, "sign up today": true, "sign up for free": true,
	"enter your email": true, "enter your email address": true, "type your email": true, "enter your e-mail address": true,
	"your email address": true, "email address": true, "reuse this content": true,
	"explore more on these topics": true, "explore more": true, "discussion about this post": true,
	"restacks": true, "start writing": true, "ready for more?": true, "get the app": true,
	"get our app": true, "download our app": true, "download the app": true, "download our free app": true,
	"download for iphone": true, "download for android": true, "download for ios": true,

	"read in app": true, "read in the app": true, "open in the app": true, "view in app": true,
	"save": true, "save article": true, "save story": true, "save for later": true,
	// German, Dutch
	"weiterlesen": true, "mehr lesen": true, "mehr zum thema": true, "lesen sie auch": true,
	"auch interessant": true, "das könnte sie auch interessieren": true, "kommentare": true, "meistgelesen": true, "lees meer": true,
	"lees ook": true, "lees verder": true, "reacties": true, "anzeige": true, "werbung": true,
	"weiter nach der anzeige": true, "weiterlesen nach der anzeige": true,
	"lesen sie nach der anzeige weiter": true, "advertentie": true,
	// French, Italian
	"lire la suite": true, "lire aussi": true, "à lire aussi": true, "a lire aussi": true,
	"voir plus": true, "en savoir plus": true, "voir aussi": true, "commentaires": true,
	"dans la même rubrique": true, "sur le même sujet": true,
	"les plus lus": true, "leggi anche": true, "leggi tutto": true, "continua a leggere": true,
	"leggi di più": true, "commenti": true, "articoli correlati": true, "publicité": true,
	"la suite après la publicité": true, "la suite après cette publicité": true, "pubblicità": true,
	"continua dopo la pubblicità": true,
	// app store badges: English, French, German, Spanish
	"get it on google play": true, "download on the app store": true, "available on the app store": true,
	"get it on the app store": true, "download on google play": true, "available on google play": true,
	"disponible sur google play": true, "télécharger dans l'app store": true, "jetzt bei google play": true,
	"laden im app store": true, "disponible en google play": true, "disponible en app store": true,
	"descárgala en google play": true,
	// Spanish, Portuguese
	"leer más": true, "lee también": true, "lea también": true, "seguir leyendo": true,
	"mirá también": true, "leé también": true, // the voseo of Argentina and Uruguay
	"ìpolówó ọjà": true, "ìpolówó": true, // Yoruba: advertisement
	"te puede interesar": true, "también te puede interesar": true, "le puede interesar": true,
	"te recomendamos": true, "le recomendamos": true, "te sugerimos": true, "further reading": true,
	"te podría interesar": true, "puede interesarte": true,
	"ver más": true, "noticias relacionadas": true, "comentarios": true, "lo más leído": true,
	"leia mais": true, "leia também": true, "veja também": true, "saiba mais": true,
	"continue lendo": true, "veja mais": true, "comentários": true, "notícias relacionadas": true,
	"publicidad": true, "continúa después de la publicidad": true, "publicidade": true,
	"continua depois da publicidade": true, "continua após a publicidade": true,
	// Polish, Russian, Ukrainian
	"czytaj więcej": true, "czytaj także": true, "czytaj również": true, "czytaj też": true, "zobacz także": true,
	"zobacz też": true, "komentarze": true, "читать далее": true, "читать полностью": true,
	"подробнее": true, "читайте также": true, "смотрите также": true, "комментарии": true,
	"читати далі": true, "читайте також": true, "дивіться також": true, "детальніше": true, "коментарі": true,
	"reklama": true, "dalsza część artykułu pod reklamą": true, "реклама": true,
	"продолжение ниже": true, "теги": true, "тэги": true, "метки": true, "мітки": true,
}, readAlsoIntl, readAlsoMore, adLabelsIntl, adGoesOn, adButtons, tagLabelsIntl, moreLabelsIntl, widgetLinks, aiSummaryLabels,
	formLabels)

// shareLead reports whether label may be one of shareLabels, by its first
// byte (see shareFirst).
func shareLead(label string) bool {
	return label != "" && (shareFirst[label[0]] || label[0] >= utf8.RuneSelf)
}

// shareVerbLead reports whether s may open with a verb of shareLabels
// (see isShareVerb: "Compartir en Facebook", "Teilen auf WhatsApp"), by
// its first byte: the verbs of the whole labels (shareLabels) open with
// fewer letters than the labels ("Artikel teilen", "Opslaan").
func shareVerbLead(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; c {
	case 't', 'd', 'p', 'c', 'u', 'z', 'j', 'l', 'q', 's', 'r':
		return true
	default:
		return c >= utf8.RuneSelf
	}
}

// shareFirst holds the first bytes of shareLabels.
var shareFirst = func() (t [256]bool) {
	for l := range shareLabels {
		t[l[0]] = true
	}
	return t
}()

// isShareVerb reports whether the word w (lower-case in ASCII), without a
// trailing colon, is one of shareLabels. A word of ASCII bytes and no
// capital is looked up as it is: foldPrefix would copy it unchanged.
// lowASCII tells that w is one (a word of a paragraph's lower-case copy
// with no byte beyond ASCII); else w is looked at.
func isShareVerb(w string, lowASCII bool) bool {
	w = strings.TrimSuffix(w, ":")
	if len(w) > labelFoldMax {
		return false
	}
	if lowASCII || isLowerASCII(w) {
		return shareVerbs.has(w)
	}
	var buf [2 * labelFoldMax]byte
	if f := foldPrefix(buf[:0], w, len(buf)-utf8.UTFMax); len(f) > 0 {
		return shareVerbs.has(unsafe.String(&f[0], len(f))) // buf outlives the lookup
	}
	return false
}

// shareVerbs is shareLabels as a word set.
var shareVerbs = newWordSet(shareLabels)

// isLowerASCII reports whether s has only ASCII bytes and no capital.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// shareLabels are whole-line share buttons in other languages than
// English ("Share" is matched with what may follow it by matchShareLabel),
// with shareLabelsIntl.
var shareLabels = withLabels(map[string]bool{
	"teilen": true, "delen": true, "partager": true, "condividi": true, "compartir": true,
	"compartilhar": true, "compartilhe": true, "udostępnij": true, "поделиться": true,
	"поділитися": true,
	// a blog's like button and its loading text
	"like this": true, "like loading": true,
	// a broadcaster's share menu
	"social sharing": true,
}, shareLabelsIntl)

// linkLabelPrefixes introduce a link to another article ("Read more: Title"),
// or a list of tags ("Tags: a, b").
var linkLabelPrefixes = prefixes(append([]string{
	"read more:", "read more >", "also read:", "read also:", "see also:", "related:", "further reading:",
	"zobacz wideo:", "materiał wideo:",
	"related article:", "related story:", "related coverage:", "related content:",
	"more:", "read next:", "recommended:", "watch:", "listen:", "more on this:", "read:",
	// a video's link under a station's headline, a broadcaster's video
	// label before its title ("WATCH | Residents describe leaving")
	"watch |", "listen |", "فيديو |", "watch the full report", "watch the full story", "watch the full interview", "watch the full video",
	"watch the full segment", "watch the full broadcast", "watch full coverage", "watch our full",
	"don't miss:", "also see:", "also:", "read more about", "read more on ", "click here to", "click here for", "quiz:",
	"read the latest news on", "read all the latest news on",
	"join the conversation:", "join the conversation.", "you might also like:", "you may also like:",
	"you might like:", "more like this:", "jump to:", "skip to:", "go deeper:",
	"tags:", "topics:", "categories:", "filed under:", "ẹ tún ka:", "ẹ ka:", "קראו עוד:", "קראו גם:", "עוד בנושא:", "แท็ก:", "อ่านข่าวที่เกี่ยวข้อง:", "ข่าวที่เกี่ยวข้อง:", "more from", "forward this email to a friend |",
	"forward to a friend |", "read past issues |", "[관련기사]", "[관련 기사]", "ასევე წაიკითხეთ:",
	"ད་རུང་ ལྷག།",                    // Dzongkha's read-also, with the shad after it
	"darllen mwy:", "darllen hefyd:", // Welsh: read more, read also
	"တဂ်များ -", "တဂ်များ:", // Burmese: tags
	"advertise with ", "advertise in our ", "want to advertise ", "want to sponsor ", "interested in advertising", "interested in sponsoring",
	"simak video ", "simak juga video", "tonton video ", "open in app to ", "open in the app to ", "read in app", "read in the app",
	"you're viewing a simplified version", "you are viewing a simplified version", "この記事を書いた人",
	// an invitation to report an error, its question first
	"spotted an error?", "found an error?", "spotted a mistake?", "found a mistake?", "see an error?",
	"notice an error?", "spot a mistake?", "haben sie einen fehler entdeckt?", "fehler gefunden?", "fehler entdeckt?",
	"vous avez repéré une erreur ?", "vous avez repéré une erreur?", "¿has visto un error?", "¿viste un error?",
	"hai notato un errore?", "encontrou um erro?",
	// a search form's filters: "Category: All categories", "Published
	// within: Last 7 days"
	"category: all ", "published within:", "sort by:", "sorted by:", "filter by:", "show: all",
	"read |", "also read |", "read more |",
	// Marathi sets a space before the colon as Hindi does
	"हेही वाचा :", "हे पण वाचा :", "हे सुद्धा वाचा :",
}, slices.Concat(withColon(teaserLabels), suffixed(readAlsoMore, ":", " |"), readAlsoDashed[:], suffixed(tagLabelsIntl, ":"),
	suffixed(readAlsoCJK, "："), suffixed(readAlsoEthiopic[:], "፡", "፦"), suffixed(readAlsoKhmer[:], "៖"), suffixed(readAlsoArmenian[:], "՝"))...)...)

// formatKickers open the headline of another story under its kind
// ("Explainer: How preferential voting works"), lower case.
var formatKickers = prefixes("explainer:", "analysis:", "opinion:", "fact check:", "factcheck:", "q&a:",
	"timeline:", "in pictures:", "in photos:", "podcast:", "interactive:", "graphic:")

// inlineKicker reports whether p, which opens with one of formatKickers
// and ends no sentence, stands between two of the article's sentences with
// at least three words after its kicker: a link to another story in the
// article ("Analysis: Vo's campaign promise on housing helped, but rural
// voters weren't convinced"). Above the article it is its headline.
func inlineKicker(p *para) bool {
	k := strings.IndexByte(p.s, ':')
	return p.i > 0 && k > 0 && wordCount(p.s[k+1:]) >= 3 &&
		isSentenceLike(p.d.Paragraphs[p.i-1].Text, contentWords) && p.beforeSentence()
}

// languageRowWords is the most words of a language switcher's row (see
// languageRow).
const languageRowWords = 8

// languageRow reports a language switcher's row: two items or more
// between bars or slashes, each of one or two words, at least half of
// them a language's own name (autonyms: "English | Français",
// "МагӀарулалъ | По-русски", the site's own language being unknown), or
// every one a name or a code ("EN / FR / DE"; "AR/VR" is a topic).
func languageRow(s string) bool {
	items, named, codes := 0, 0, 0
	for s != "" {
		k := strings.IndexAny(s, "|/")
		if k < 0 {
			k = len(s)
		}
		item := strings.TrimSpace(s[:k])
		s = s[min(k+1, len(s)):]
		if item == "" || wordCount(item) > 2 {
			return false
		}
		items++
		var buf [32]byte
		switch f := foldPrefix(buf[:0], item, len(buf)); {
		case len(f) == 2 && languageCodes[string(f)]:
			codes++
		case autonyms[string(f)]:
			named++
		}
	}
	return items >= 2 && (2*named >= items || named+codes == items)
}

// autonyms are languages' own names and codes, in lower case, as a
// language switcher lists them.
var autonyms = setOf("english", "français", "francais", "español", "espanol", "deutsch", "italiano", "português",
	"portugues", "nederlands", "polski", "русский", "по-русски", "українська", "українською", "беларуская",
	"қазақша", "қазақ тілі", "o'zbekcha", "türkçe", "ελληνικά", "magyar", "română", "čeština", "slovenčina",
	"svenska", "norsk", "dansk", "suomi", "eesti", "latviešu", "lietuvių", "中文", "简体中文", "繁體中文", "日本語",
	"한국어", "العربية", "فارسی", "עברית", "हिन्दी", "বাংলা", "tiếng việt", "bahasa indonesia", "bahasa melayu",
	"kiswahili")

// languageCodes are the codes of languages a switcher lists, in lower
// case.
var languageCodes = setOf("en", "fr", "de", "es", "it", "pt", "ru", "uk", "zh", "ja", "ar", "pl", "nl", "tr")

// fileLinkWords is the most words of a link to a file (see fileLink).
const fileLinkWords = 14

// fileLink reports a link to a file with its type (and size) in brackets
// at its end, as an official site lists its documents: "View detour map
// (PDF, 1.2 MB)", "Annual report 2025 [PDF]", "Agenda (docx, 245 KB)".
// low is in lower case (in ASCII).
func fileLink(low string) bool {
	open := strings.LastIndexAny(low, "([")
	if open <= 0 || low[open-1] != ' ' {
		return false
	}
	inner := low[open+1 : len(low)-1]
	kind, size, _ := strings.Cut(inner, ",")
	switch strings.TrimSpace(kind) {
	case "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "rtf", "zip", "csv", "mp3", "jpg":
	default:
		return false
	}
	size = strings.TrimSpace(size)
	return size == "" || (strings.HasSuffix(size, " kb") || strings.HasSuffix(size, " mb") || strings.HasSuffix(size, "kb") ||
		strings.HasSuffix(size, "mb")) && isDigit(size[0])
}

// relatedHeading reports a box's heading of two words, "Related" and a
// plural noun ("Related Cases", "RELATED VIDEOS", "Related searches"):
// the box lists links to them, as "Related articles" does.
func relatedHeading(t string) bool {
	const lead = "related "
	if len(t) <= len(lead)+2 || len(t) > relatedLongest || !strings.EqualFold(t[:len(lead)], lead) {
		return false
	}
	w := t[len(lead):]
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w[len(w)-1]|0x20 == 's'
}

// relatedLongest is the longest line, in bytes, relatedHeading takes.
const relatedLongest = 30

// allLinks open a link to the whole of a list the page shows part of, in
// English, Spanish, Portuguese, French, Italian, Polish and Russian; such
// a line has at most allLinkWords words and ends no sentence.
var allLinks = prefixes("see all ", "view all ", "show all ", "browse all ", "ver todos ", "ver todas ",
	"voir tous ", "voir toutes ", "vedi tutti ", "vedi tutte ", "zobacz wszystkie ", "показать все ",
	"смотреть все ")

// allLinkWords is the most words of a line that opens with one of
// allLinks or trustLinks.
const allLinkWords = 6

// trustLinks open a link to the page's account of its own standards
// ("Why you can trust HMP"); such a line has at most allLinkWords words and
// ends no sentence.
var trustLinks = prefixes("why you can trust ", "why you should trust ")

// tapLinks open a button's call to follow a link ("Tap to see the latest
// on Interactive Radar"); such a line has at most tapLinkWords words and
// ends no sentence.
var tapLinks = prefixes("tap to see ", "tap here to ", "tap here for ", "click to see ")

// tapLinkWords is the most words of a line that opens with one of
// tapLinks.
const tapLinkWords = 10

// linkLabelWords is the most words of a whole-line link label
// ("Continue a ler a seguir à publicidade").
const linkLabelWords = 8

// embedLeads open an embedded post's marker, lower case, followed by its
// author's name and account ("A post shared by Marisol Vance
// (@marisolvance)"), at most embedMarkWords words.
var embedLeads = [...]string{"a post shared by ", "a video shared by ", "a photo shared by "}

// embedMarkWords is the most words of an embedded post's marker.
const embedMarkWords = 12

// authorPages open a link to all the articles of an author, in lower case,
// in English, German, French, Spanish, Italian, Portuguese and Dutch;
// authorPageWords is the most words of such a link.
var authorPages = prefixes("all articles by ", "all stories by ", "all posts by ", "more articles by ",
	"more stories by ", "more posts by ", "alle artikel von ", "alle beiträge von ", "weitere artikel von ",
	"mehr artikel von ", "tous les articles de ", "tous les articles d’", "tous les articles d'",
	"todos los artículos de ", "más artículos de ", "tutti gli articoli di ", "altri articoli di ",
	"todos os artigos de ", "mais artigos de ", "alle artikelen van ", "meer artikelen van ")

const authorPageWords = 10

// authorPage reports whether p, which opens with one of authorPages, is
// such a link: after the lead, a name of one to four capitalised words,
// maybe then a verb to read or see them ("lesen", "anzeigen") or an
// arrow. "All articles by Jane Doe are checked by two editors" goes on.
func authorPage(p *para) bool {
	// The lead ends at its first " by " (" von ", " de ", ...).
	k := -1
	for _, w := range [...]string{" by ", " von ", " de ", " d’", " d'", " di ", " van "} {
		if j := strings.Index(p.low, w); j > 0 && (k < 0 || j+len(w) < k) {
			k = j + len(w)
		}
	}
	if k < 0 {
		return false
	}
	name := p.s[k:]
	for _, v := range [...]string{" lesen", " anzeigen", " ansehen", " →", " »", " >"} {
		name = strings.TrimSuffix(name, v)
	}
	return capitalisedName(name)
}

// teaserLabels open a link to another article before a colon and its
// headline, beyond English: German, Dutch, French, Italian, Spanish,
// Portuguese, Polish, Russian, Ukrainian, and the languages of
// readAlsoIntl.
var teaserLabels = append([]string{
	"lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "weiterlesen",
	"te recomendamos", "le recomendamos", "te sugerimos",
	"das könnte sie auch interessieren", "lees ook", "lees meer", "lees verder",
	"lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "en savoir plus", "leggi anche", "leggi tutto",
	"lee también", "lea también", "leer más", "ver también", "te puede interesar", "mirá también", "leé también",
	"noticias relacionadas", "leia também", "leia mais", "veja também", "saiba mais", "veja mais",
	"noticia relacionada", "nota relacionada", "artículo relacionado", "notícia relacionada",
	"matéria relacionada", "notizia correlata", "articolo correlato", "article lié", "à lire également",
	"czytaj też", "czytaj także", "czytaj również", "czytaj więcej", "zobacz też", "zobacz także",
	"читайте также", "смотрите также", "читать далее", "читайте також", "дивіться також",
}, readAlsoIntl...)

// withColon returns each label followed by a colon, with and without the
// space French sets before it, and followed by a bar ("Lire aussi |
// <headline>").
func withColon(labels []string) []string {
	out := make([]string, 0, 3*len(labels))
	for _, l := range labels {
		out = append(out, l+":", l+" :", l+" |")
	}
	return out
}

// jumpWords is the most words of a line that links within its page (a
// table of contents' entry, "Jump to: Notes <#notes>"): the address a
// browser's text copy writes after it is a fragment ("<#notes>").
const jumpWords = 12

// shortLabel reports whether a label is short enough to be a link alone:
// at most 40 bytes; with letters beyond ASCII, at most 48 characters of
// one or two bytes (Latin, Greek, Cyrillic: "dalsza część artykułu pod
// materiałem wideo", 42), or 40 of three bytes ("ఇది కూడా చదవండి", also
// read, in Telugu; "പരസ്യം - വായന തുടരാൻ സ്ക്രോൾ ചെയ്യുക", an ad and
// scroll to go on reading, in Malayalam, 37).
func shortLabel(t string) bool {
	if len(t) <= 40 {
		return true
	}
	n := utf8.RuneCountInString(t)
	return n < len(t) && n <= 48 && len(t) <= 2*n || n <= 40 && len(t) <= 120
}

// cutTeaserWords is the most words of a teaser cut short before its link
// label (see ellipsisLabel); ellipsisReach is the most bytes of the label
// and the ellipsis before it, a space on each side.
const (
	cutTeaserWords = 40
	ellipsisReach  = 56 + 3 + 2
)

// ellipsisLabel reports whether low, a line in lower case, is a teaser
// cut short by an ellipsis and followed by its link's label: "best gifts
// for co-workers under $50 on a... see full gallery", "the council
// voted … read more".
func ellipsisLabel(low string) bool {
	// The label is short (see shortLabel): the ellipsis is among the
	// last bytes.
	end := -1
	for tail := low[max(0, len(low)-ellipsisReach):]; ; {
		i := strings.Index(tail, "...")
		if k := strings.Index(tail, "…"); k >= 0 && (i < 0 || k < i) {
			i = k
		}
		if i < 0 {
			break
		}
		tail = tail[i+3:] // "…" has three bytes too
		end = len(low) - len(tail)
	}
	if end <= len("...") {
		return false // no ellipsis, or nothing before it
	}
	// A label of one short word is as often the next sentence's first
	// ("He paused... Next"): only "more" of them.
	t := strings.TrimSpace(low[end:])
	return (strings.IndexByte(t, ' ') > 0 || len(t) >= 8 || t == "more") && shortLabel(t) && labelKindOf(t)&labelLink != 0
}

// enterFieldWords is the most words of a form's field that asks for
// something ("Enter your 17-character VIN", see matchLinkLabel).
const enterFieldWords = 5

// linkedTeaserWords is the most words of a link label before a link (see
// linkedTeaser).
const linkedTeaserWords = 4

// linkedTeaser reports whether low, a line in lower case with links
// runes of link text, is a link label of at most linkedTeaserWords words
// (see labelKindOf) followed by a link and nothing else: a teaser as a
// Markdown page writes it, its label in bold and without a colon
// ("**LEGGI ANCHE** [<headline>](<url>)", "**+ Leia mais:** [...]").
func linkedTeaser(low string, links int) bool {
	for i, k := 0, 0; k < linkedTeaserWords; k++ {
		j := strings.IndexByte(low[i:], ' ')
		if j < 0 {
			return false
		}
		i += j
		if labelKindOf(low[:i])&labelLink != 0 {
			return utf8.RuneCountInString(low[i+1:]) <= links
		}
		i++
	}
	return false
}

// hashtagRow reports whether every word of s is a hashtag ("#" and a
// word), as the tags under a post are: "#Zarechinsk #bridge #roadworks".
// A Markdown heading ("## Results") has a word after its marks.
func hashtagRow(s string) bool {
	for s != "" {
		w := firstWord(s)
		if len(w) < 2 || w[0] != '#' {
			return false
		}
		s = strings.TrimLeft(s[len(w):], " ")
	}
	return true
}

// relatedKind reports whether low (lower case) opens with "related", one
// word naming what it links to and a colon, a headline after it (no
// sentence: the caller asks):
// "related fact-check: …", "related story: …", "related video: …".
func relatedKind(low string) bool {
	rest, ok := strings.CutPrefix(low, "related ")
	if !ok {
		return false
	}
	k := strings.IndexByte(rest, ':')
	return k > 0 && strings.IndexByte(rest[:k], ' ') < 0 && k+2 < len(rest) && rest[k+1] == ' '
}

// readKind reports whether low (lower case) opens with "read", at most
// four more words that end with a kind of piece (readKinds) and a colon,
// then a headline: "read owen castellanos's reporting: …", "read the full
// investigation: …", "read our coverage: …". "Read the report: it is
// damning." is no link ("report" names a document as often as a piece):
// the kinds are few.
func readKind(low string) bool {
	rest, ok := strings.CutPrefix(low, "read ")
	if !ok {
		return false
	}
	k := strings.IndexByte(rest, ':')
	if k <= 0 || k+2 >= len(rest) || rest[k+1] != ' ' || strings.Count(rest[:k], " ") > 3 {
		return false
	}
	switch rest[strings.LastIndexByte(rest[:k], ' ')+1 : k] {
	case "reporting", "coverage", "investigation", "story", "series":
		return true // a teaser's headline may report speech: no test for it
	}
	return false
}

// namedReadAlso reports a French read-also link that names the kind of
// piece it links to between the label and the bar or colon: "lire aussi
// le décryptage | …", "lire aussi l’entretien : …", "lire aussi notre
// enquête : …" (at most three words between). low is in lower case. "Lire
// aussi cette analyse, publiée hier, qui …" has no bar nor colon after
// the kind.
func namedReadAlso(low string) bool {
	rest, ok := strings.CutPrefix(low, "lire aussi ")
	if !ok {
		if rest, ok = strings.CutPrefix(low, "lire également "); !ok {
			return false
		}
	}
	for n, i := 0, 0; n < 3 && i < len(rest); n++ {
		j := strings.IndexByte(rest[i:], ' ')
		if j < 0 {
			return false
		}
		i += j + 1
		if strings.HasPrefix(rest[i:], "| ") || strings.HasPrefix(rest[i:], ": ") {
			return i+2 < len(rest)
		}
	}
	return false
}

// matchLinkLabel: "Read more", "Also Read", "Continue", "Related",
// "Story continues below advertisement", "Read more: <headline>", the
// headlines under a bare read-also label (see para.teaserItem; in Chinese
// and Japanese of at most two words and cjkHeadlineBytes bytes), an ad
// marker glued to a link label ("Advertisement - Continue Reading Below",
// see adGlued), shopping buttons ("Shop now at X", see shopButton), the
// lines of price, where-to-watch and gallery widgets (see para.offerLine)
// and ads that open with "Book now:" and a figure (see nowOffer).
// A line of at most jumpWords words that links within its page goes too.
func matchLinkLabel(p *para) bool {
	if t := p.d.Paragraphs[p.i].Text; t[len(t)-1] == '>' && p.words <= jumpWords && !p.endSent && inPageLink(t) {
		return true // "3. Old ice <#old-ice>"
	}
	if p.s[0] == '>' && !p.endSent && p.words >= 3 && p.words <= 25 && arrowedLink(p.s) {
		return true // ">> Mức phạt nồng độ cồn với xe máy, ô tô từ năm 2025"
	}
	if p.words <= linkLabelWords && p.labelKind()&labelLink != 0 && shortLabel(p.labelText()) {
		return true
	}
	if p.low[0] == 'a' && p.words <= embedMarkWords && strings.Contains(p.low, "(@") && anyPrefix(p.low, embedLeads[:]...) {
		return true // "A post shared by Marisol Vance (@marisolvance)"
	}
	if p.words <= 6 {
		if p.words == 2 && isDigit(p.low[len(p.low)-1]) && numberedAd(p.low) {
			return true // "Advertisement 2"
		}
	}
	// p has its signature: it is short.
	if p.words >= 3 && p.words <= adLoadingWords && p.sig&subBelow.bit == subBelow.bit &&
		(p.words <= 6 && continuesBelow(p) || adLoading(p.low)) {
		// "Story continues below", "This advertisement has not loaded
		// yet, but your article continues below."
		return true
	}
	if p.words >= 2 && p.words <= labelRowWords && rowSeparated(p) && labelRow(p.s) {
		return true
	}
	if p.words <= 25 && p.starts&linkLabelPrefixes != 0 {
		return true
	}
	if p.low[0] == 'e' && p.words <= enterFieldWords+2 && (p.words <= enterFieldWords && strings.HasPrefix(p.low, "enter your ") || enterField(p.low)) {
		return true // a form's field: "Enter your 17-character VIN", "Enter a barcode or lot number"
	}
	if p.words <= 25 && p.d.Paragraphs[p.i].LinkRunes != 0 && !p.endSent && linkedTeaser(p.low, p.d.Paragraphs[p.i].LinkRunes) {
		return true // "LEGGI ANCHE <link>", "+ Leia mais: <link>"
	}
	if p.starts&formatKickers != 0 && p.words <= 25 && !p.endSent && inlineKicker(p) {
		return true
	}
	if p.words <= cutTeaserWords && !p.endSent && p.has&(hasDot|hasHigh) != 0 && ellipsisLabel(p.low) {
		return true // "Best gifts for co-workers under $50 on A... SEE FULL GALLERY"
	}
	if p.words == 2 && p.low[0] == 'r' && relatedHeading(p.s) {
		return true // "Related Cases", "Related Videos"
	}
	if p.low[0] == 'r' && p.has&hasColon != 0 && p.words >= 4 && p.words <= 30 &&
		(p.words <= 25 && !p.endSent && relatedKind(p.low) || readKind(p.low)) {
		// "Related fact-check: No, the county is not fining residents",
		// "Read Owen Castellanos's reporting: In Cask Hollow, the tap ran
		// dry."
		return true
	}
	if p.low[0] == 'l' && p.words <= 30 && namedReadAlso(p.low) {
		return true // "Lire aussi le décryptage | Les retraites, un casse-tête"
	}
	if p.words <= allLinkWords && !p.endSent && p.starts&(allLinks|trustLinks) != 0 ||
		p.words <= tapLinkWords && !p.endSent && p.starts&tapLinks != 0 {
		return true // "See all of today's birthdays", "View all dealers", "Why you can trust HMP"
	}
	if p.words <= authorPageWords && !p.endSent && p.starts&authorPages != 0 && authorPage(p) {
		return true // "All articles by Jane Doe", "Alle Artikel von Max Muster lesen"
	}
	if c := p.low[0]; p.words <= 8 && ('0' <= c && c <= '9' && countLine(p.low) ||
		c == 'n' && strings.HasPrefix(p.low, "new, ") && countLine(p.low[len("new, "):])) { // "New, 6 comments"
		return true
	}
	if p.low[0] == '#' && p.words >= 2 && hashtagRow(p.s) {
		return true // "#Zarechinsk #bridge #roadworks"
	}
	if last := p.low[len(p.low)-1]; last == ')' || last == ']' {
		if last == ')' && p.words <= 5 && countedLabel(p.low) {
			return true
		}
		if p.words <= fileLinkWords && fileLink(p.low) {
			return true // "View detour map (PDF, 1.2 MB)"
		}
	}
	if p.words <= languageRowWords && p.has&(hasBar|hasSlash) != 0 && p.has&hasDot == 0 && languageRow(p.s) {
		return true // "English | Français", "МагӀарулалъ | По-русски"
	}
	if p.has&hasBar != 0 && p.words <= 30 && !p.endSent && pricedList(p.s) {
		return true
	}
	if p.words < 3 && !p.endSent && p.low[0] >= 0xE3 && hereLink(p.s) {
		return true // "天気・防災の最新ニュースはこちら"
	}
	if p.words < 3 && !p.endSent && p.low[0] >= 0xE3 && len(p.s) >= cjkHeadlineBytes {
		// A headline of Chinese or Japanese, written without spaces.
		return p.i > 0 && p.d.Paragraphs[p.i-1].Removal != nil && p.teaserItem()
	}
	if p.words <= 40 && p.has&hasColon != 0 && p.starts&shopLeads != 0 && nowOffer(p) {
		return true
	}
	if p.words <= cardNameWords && !p.endSent && productCard(p) {
		return true
	}
	if p.words >= 4 && p.words <= taglineWords && !p.endSent && wikiTagline(p.low) {
		return true
	}
	if p.words < 3 || p.words > 20 {
		return false // no teaser headline, ad marker or shop button
	}
	if p.endSent {
		// A teaser's headline may ask, right under the label that
		// announces it ("Related", then "How did the wage rise change
		// inflation expectations?").
		// A later one may too, with a kicker before a colon
		// ("Deutschlandticket: Lohnt sich das Abo noch?"; see
		// teaserItem).
		return p.s[len(p.s)-1] == '?' && p.i > 0 && (announcedBy(&p.d.Paragraphs[p.i-1]) ||
			p.d.Paragraphs[p.i-1].Removal != nil && p.teaserItem())
	}
	if p.offerLine() {
		return true
	}
	// A price opens with '$' or the first byte of '£', '¥' (C2) or '€',
	// '₹' (E2).
	if c := p.low[0]; (p.starts&(shopLeads|adLeads) != 0 || c == '$' || c == 0xC2 || c == 0xE2) && p.button() {
		return true
	}
	return p.i > 0 && p.d.Paragraphs[p.i-1].Removal != nil && p.teaserItem()
}

// hereLink reports a link of Japanese that points "here" at its end ("最新
// ニュースはこちら", "詳しくはコチラ", "お申し込みはこちらから"), an arrow after it
// aside. A sentence of an article ends with "。".
func hereLink(s string) bool {
	return anySuffix(strings.TrimRight(s, " →▶>＞》»"), "はこちら", "はコチラ", "はこちらから", "はコチラから")
}

// labelRowWords is the most words of a labelRow.
const labelRowWords = 8

// labelRow reports a row of two labels or more between separators ('·',
// '•', '|'), each of them a link, share, widget or ad label (see
// labelKinds): "Advertisement · Scroll to continue". A row of privacy
// and terms links is the legal rule's.
func labelRow(s string) bool {
	n := 0
	for {
		k := rowSeparator(s)
		part := s
		if k >= 0 {
			part = s[:k]
		}
		if strings.TrimSpace(part) != "" {
			if labelKindOf(part)&rowLabels == 0 {
				return false
			}
			n++
		}
		if k < 0 {
			return n >= 2
		}
		_, size := utf8.DecodeRuneInString(s[k:])
		s = s[k+size:]
	}
}

// rowSeparator returns the index of the first '·', '•' or '|' in s, or
// -1: strings.IndexAny(s, "·•|"), a byte at a time (IndexAny decodes s a
// rune at a time when a separator is beyond ASCII). The first bytes of
// '·' (C2) and '•' (E2) are never a continuation byte, so that they open
// a rune wherever they occur.
func rowSeparator(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|':
			return i
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0xB7 {
				return i
			}
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xA2 {
				return i
			}
		}
	}
	return -1
}

// rowSeparated reports whether p may hold a separator of labelRow: a '|',
// or the last byte of '·' (B7) or of '•' (A2) in a line beyond ASCII.
func rowSeparated(p *para) bool {
	return p.has&hasBar != 0 || p.has&hasHigh != 0 &&
		(strings.IndexByte(p.s, 0xB7) >= 0 || strings.IndexByte(p.s, 0xA2) >= 0)
}

// rowLabels are the kinds of label a labelRow holds.
const rowLabels = labelLink | labelShare | labelWidget | labelAd | labelAdEnd

// cjkHeadlineBytes is the fewest bytes of a teaser headline of Chinese or
// Japanese (a line of at most two words that opens with a character of
// theirs): five characters.
const cjkHeadlineBytes = 15

// arrowedLink reports a link to another article behind two or three
// angle brackets (">> Fines for drink-driving rise from January"), in
// letters of both cases: a speaker's turn in a broadcast's captions
// (">> THE FIRE STARTED AT NIGHT") is in capitals.
func arrowedLink(s string) bool {
	rest, ok := strings.CutPrefix(s, ">> ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, ">>> "); !ok {
			return false
		}
	}
	return strings.IndexFunc(rest, unicode.IsLower) >= 0
}

// pageNouns name the article on a page, before "continues below".
var pageNouns = newWordSet(map[string]bool{"story": true, "article": true, "content": true, "text": true,
	"post": true, "page": true, "report": true, "reading": true, "news": true})

// continuesBelow reports whether the label of p is the marker of an ad
// inside an article: "Story continues below", "Article continues below
// advertisement", "Advertisement - Story continues below": a noun of the
// page (pageNouns) after at most two words, "continues below", and at most
// three words after it, six words in all. "Flooding continues below the
// dam" is not one.
func continuesBelow(p *para) bool { return continuesBelowLabel(p.labelText()) }

// continuesBelowLabel is continuesBelow for a label t in lower case.
func continuesBelowLabel(t string) bool {
	before, after, ok := strings.Cut(t, subBelow.s)
	if !ok || wordCount(before) > 3 || wordCount(after) > 4 {
		return false
	}
	return pageNouns.has(before[strings.LastIndexByte(before, ' ')+1:])
}

// ---- breadcrumbs -------------------------------------------------------------

// crumbSeps separate the parts of a breadcrumb trail; each has a space at
// both ends (see containsSpaced).
var crumbSeps = [...]string{" / ", " > ", " » ", " › ", " → ", " >> "}

// containsSpaced reports whether s has core with a space on each side,
// as strings.Contains(s, " "+core+" ") does, looking for core: far rarer
// than the spaces a search for the whole would stop at.
func containsSpaced(s, core string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], core)
		if j < 0 {
			return false
		}
		j += i
		if j > 0 && s[j-1] == ' ' && j+len(core) < len(s) && s[j+len(core)] == ' ' {
			return true
		}
		i = j + 1
	}
}

// crumbSepNeeds is, for each of crumbSeps, the byte flag (see hasAt) a text
// needs to hold it.
var crumbSepNeeds = [len(crumbSeps)]uint16{hasSlash, hasGt, hasHigh, hasHigh, hasHigh, hasGt}

// crumbPartsHas returns how many parts s has when it is a breadcrumb trail
// ("News / Politics", "Home > World > Europe", "新华网 > 财经"): two or more
// parts of one to four capitalised words (or in a script without
// capitals) without end punctuation, or three or more where some are in
// sentence case with no figure, as many languages write their sections
// ("Trang chủ > Xã hội > Thiên tai"); 0 otherwise. has holds
// the byte flags of s: only the separators whose bytes may occur are
// searched for.
func crumbPartsHas(s string, has uint16) int {
	sep := ""
	for k, c := range crumbSeps {
		if has&crumbSepNeeds[k] != 0 && containsSpaced(s, c[1:len(c)-1]) {
			sep = c
			break
		}
	}
	if sep == "" {
		return 0
	}
	parts, cased := 0, true
	for rest, more := s, true; more; {
		var part string
		part, rest, more = strings.Cut(rest, sep)
		part = strings.TrimSpace(part)
		n := wordCount(part)
		if n == 0 || n > 4 || endsPunct(part) {
			return 0
		}
		if !isCapitalised(part) && !uncasedStart(part) && !hasPrefixFold(part, "home") {
			if !isUpperStart(part) || hasDigit(part) {
				return 0 // a part with a figure is a date's
			}
			cased = false
		}
		parts++
	}
	if !cased && parts < 3 {
		return 0
	}
	return parts
}

// matchBreadcrumb: a trail of three or more parts anywhere (two-part trails
// are left to the leading-cluster pass, as they can be titles elsewhere).
func matchBreadcrumb(p *para) bool {
	if p.endSent || p.words > 16 {
		return false
	}
	if p.starts&crumbLeads != 0 {
		return true
	}
	if p.has&(hasSlash|hasGt|hasHigh) == 0 {
		return false
	}
	return crumbPartsHas(p.s, p.has) >= 3
}

// crumbLeads open a breadcrumb trail whatever separates its parts ("You
// are here: Home News Business").
var crumbLeads = prefixes("you are here:", "you are here >", "sie sind hier:", "u bent hier:",
	"vous êtes ici:", "vous êtes ici :", "sei qui:", "usted está aquí:", "está aquí:", "você está aqui:",
	"jesteś tutaj:", "вы здесь:", "ви тут:", "ви тут :")

// ---- captions ------------------------------------------------------------------

// matchCaption: a photo caption ending in its credit, "President X Y
// Photographer Name / Agency", a caption sentence followed by a
// parenthesised credit, "... on June 5, 2015. (AGENCY)", or the label of
// a chart or a map and its source line (see matchGraphic).
func matchCaption(p *para) bool {
	if p.starts&(graphicLeads|chartSourceLeads) != 0 && matchGraphic(p) {
		return true
	}
	s := p.s
	if p.has&hasFigure != 0 && (p.low[0] == 'p' || p.low[0] == 'i' || p.low[0] == 's' || p.low[0] == '[') && galleryCounter(p.low, p.s) {
		return true
	}
	if p.has&hasHigh != 0 && (cjkCloser(s[len(s)-1]) && cjkCaption(s) || cjkMarkedCaption(s) || jaCaption(s) || zhReporterPhoto(s)) {
		return true
	}
	if s[0] == '[' && s[len(s)-1] == ']' && p.words <= placeholderWords && p.d.Format != clean.FormatHTML && placeholders(s, p.words) ||
		s[0] == '[' && p.has&hasColon != 0 && p.d.Format != clean.FormatHTML && linkedImage(s) {
		p.detail = detailPlaceholder
		return true
	}
	if s[len(s)-1] == ')' {
		open := strings.LastIndexByte(s, '(')
		if open <= 0 {
			return false
		}
		inner := strings.TrimSpace(s[open+1 : len(s)-1])
		before := strings.TrimSpace(s[:open])
		if inner == "" || before == "" {
			return false
		}
		if anyPrefix(p.low[open+1:], "photo", "image", "picture", "credit", "file photo", "illustration", "pictured", "foto",
			"picha ", "picha:", // Swahili
			"chithunzi:", "tawlaft:", "itaba:", "setšoantšo:", "tā:", "ifoto:", "duab:",
			"kuha ni ", "kuha mula ", "larawan:", "larawan ni ", // Filipino (taken by, picture)
			// Marathi, Hindi, Bengali, Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi
			// (a file photo too)
			"छायाचित्र", "फोटो", "फ़ोटो", "ছবি", "படம்", "ఫోటో", "ಚಿತ್ರ", "ಫೋಟೋ", "ചിത്രം", "ફોટો", "તસવીર", "ਫੋਟੋ",
			"फाइल", "फ़ाइल", "संग्रहित", "ફાઇલ", "ফাইল") ||
			outletPhoto(p.low[open+1:len(s)-1]) || outletOwnPhoto(inner) {
			return true
		}
		return endsSentence(before) && (wordCount(inner) <= 4 && isCapitalised(inner) && !hasDigit(inner) || nameSlash(inner) ||
			outletColonName(inner))
	}
	if p.has&hasSlash == 0 || p.starts&creditLines != 0 {
		// "Photo: Name / Agency" is a credit alone (see matchPhotoCredit).
		return false
	}
	if stopCredit(s) {
		return true
	}
	if p.endPunct {
		return false
	}
	slash := strings.LastIndex(s, " / ")
	if slash < 0 || strings.Contains(s, " | ") { // the cells of a table row
		return false
	}
	credit, subject := s[slash+3:], s[:slash]
	if n := wordCount(credit); n == 0 || n > 4 || !isCapitalised(credit) || wordCount(subject) < 3 {
		return false
	}
	// The word before the slash ends a photographer's name.
	lw := subject[strings.LastIndexByte(subject, ' ')+1:]
	return isUpperStart(lw) && !endsPunct(lw)
}

// outletColonName reports an outlet's name, a colon and a
// photographer's, each of at most four capitalised words without a
// figure ("Wallaby Coast News: Kayla Moorcroft"), as a caption's credit
// in brackets.
func outletColonName(inner string) bool {
	outlet, name, ok := strings.Cut(inner, ": ")
	return ok && wordCount(outlet) <= 4 && wordCount(name) <= 4 && isCapitalised(outlet) && isCapitalised(name) &&
		!hasDigit(inner) && !strings.ContainsAny(name, ":.")
}

// stopCredit reports a caption whose credit follows its full stop after a
// slash, as Spanish and Portuguese papers set it: "Fachada del mercado, en
// la plaza de San Roque. / E. E.", "El alcalde, durante la visita. / J. M.
// GARCÍA". The credit has at most four words, capitalised, and no figure;
// the caption before it at least three words. A sentence of the article
// does not go on after its full stop with a slash.
func stopCredit(s string) bool {
	k := strings.LastIndex(s, ". / ")
	if k < 0 {
		return false
	}
	credit, subject := s[k+len(". / "):], s[:k]
	n := wordCount(credit)
	return n > 0 && n <= 4 && wordCount(subject) >= 3 && isCapitalised(credit) && !hasDigit(credit) &&
		!strings.Contains(s, " | ")
}

// outletPhoto reports whether inner, the lower-case text inside a
// caption's closing brackets, credits a photo to an outlet and a
// photographer by a slash after "photo": "(Ledger photo/Sam Whitcomb)",
// "(AP Photo/Jane Roe)", "(Staff photo / Jane Roe)". The outlet's name
// has at most three words. A press-release wire's credit glues its name
// to the word, in one word before the slash: "(PRNewsfoto/Acme Corp)".
func outletPhoto(inner string) bool {
	if j := strings.IndexByte(inner, '/'); j > 0 && j+1 < len(inner) && strings.IndexByte(inner[:j], ' ') < 0 &&
		(strings.HasSuffix(inner[:j], "newsfoto") || strings.HasSuffix(inner[:j], "newsphoto")) {
		return true
	}
	k := strings.Index(inner, "photo")
	if k <= 0 || inner[k-1] != ' ' || strings.Count(inner[:k], " ") > 3 {
		return false
	}
	rest := strings.TrimPrefix(inner[k+len("photo"):], "s")
	rest = strings.TrimPrefix(rest, " ")
	return len(rest) > 1 && rest[0] == '/' && rest[1] != '/'
}

// outletOwnPhoto reports whether inner, the text inside a caption's
// closing brackets, credits the photo to an outlet by its name alone:
// "(Courier-Post photo)", "(Ledger file photo)", "(Tribune staff
// photos)". One to three words come before "photo", each capitalised or
// "file" or "staff"; "(see photo)", "(the best photo)" and "(24 photos)"
// credit nothing.
func outletOwnPhoto(inner string) bool {
	k := strings.LastIndexByte(inner, ' ')
	if k <= 0 {
		return false
	}
	switch inner[k+1:] {
	case "photo", "photos", "Photo", "Photos":
	default:
		return false
	}
	words := 0
	for i := 0; i < k; i++ {
		if i > 0 && inner[i-1] != ' ' || inner[i] == ' ' {
			continue
		}
		words++
		if c := inner[i]; c < 'A' || c > 'Z' && c < utf8.RuneSelf {
			w := inner[i:k]
			if j := strings.IndexByte(w, ' '); j >= 0 {
				w = w[:j]
			}
			if w != "file" && w != "staff" {
				return false // "(see photo)", "(24 photos)"
			}
		}
	}
	return words <= 3
}

// galleryCounter reports whether low, a caption in lower case, opens with
// a gallery's counter and goes on: "photo 3 of 24: ...", "image 2 of 9
// ...", "slide 4 of 12 - ...", "item 1 of 2 ..." (the caption in
// capitals then), "[1/2]..." (the numbers read as photoNumber reads
// them, see readNumber); s is low in its own case.
func galleryCounter(low, s string) bool {
	if low[0] == '[' {
		// "[1/2]Trucks at a depot": the counter in brackets.
		k, i := readNumber(low, 1)
		if i >= len(low) || low[i] != '/' {
			return false
		}
		n, j := readNumber(low, i+1)
		return k > 0 && k <= n && j < len(low)-1 && low[j] == ']'
	}
	for _, w := range [...]string{"photo ", "image ", "slide ", "picture ", "item "} {
		rest, ok := strings.CutPrefix(low, w)
		if !ok {
			continue
		}
		k, i := readNumber(rest, 0)
		if rest, ok = strings.CutPrefix(rest[i:], " of "); k == 0 || !ok {
			return false
		}
		n, i := readNumber(rest, 0)
		// The counter alone is a gallery's control, which the body
		// finder knows (see photoNumber).
		caption := strings.TrimLeft(rest[i:], " :.-–|")
		if w == "item " {
			// "Item 1 of 2 Trucks at a depot": the caption opens
			// with a capital ("Item 3 of 5 on the agenda" does not).
			caption = s[len(s)-len(caption):]
			return k <= n && isUpperStart(caption)
		}
		return k <= n && len(caption) > 0
	}
	return false
}

// placeholderWords is the most words of a line of placeholders (see
// placeholders).
const placeholderWords = 12

// placeholders reports whether s, which opens with '[' and ends with ']',
// is only bracketed groups, as text browsers print an image, its alt text
// or an icon ("[IMG]", "[logo]", "[share] [tweet] [email]", "[Crowds at
// the finish line]") and e-mail programs an image ("[image: Crowds at the
// finish line]"): no group has a colon (an editor's note: "[Update: …]")
// but after one of placeholderNames, or ends a sentence inside it. A line of one group
// of fewer than four words (words counts them) must be one of
// placeholderNames: "[Service]" heads a section of a configuration file,
// "[Tom's Guide]" names the source of a quote above it. HTML has no such
// lines: there a bracketed paragraph is the page's own text.
func placeholders(s string, words int) bool {
	if words < 4 && strings.IndexByte(s[1:], '[') < 0 && strings.IndexByte(s, ':') < 0 {
		return foldedIn(placeholderNames, s[1:len(s)-1])
	}
	for len(s) > 0 {
		if s[0] != '[' {
			return false
		}
		end := strings.IndexByte(s, ']')
		g := s[1:end]
		if c := strings.IndexByte(g, ':'); c > 0 && c < len(g)-1 && foldedIn(placeholderNames, g[:c]) {
			g = g[c+1:] // an e-mail program's image and its alt text: "[image: Crowds at the finish]"
		}
		if g == "" || strings.IndexByte(g, ':') >= 0 || strings.Contains(g, ". ") || g[len(g)-1] == '.' {
			return false
		}
		s = strings.TrimLeft(s[end+1:], " ")
	}
	return true
}

// linkedImage reports whether s is an image as a feed reader, an e-mail
// program or a site's text prints it, a named placeholder of any length
// and maybe its address: "[image: A yellow school bus at the depot]
// https://example.org/bus.jpg", "[Photo: A packed council chamber on
// Tuesday. Photo by Jane Roe]".
func linkedImage(s string) bool {
	name, rest, ok := strings.Cut(s[1:], ":")
	if !ok || !placeholderNames[strings.ToLower(name)] {
		return false
	}
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return false
	}
	if end == len(rest)-1 {
		return true
	}
	u, ok := strings.CutPrefix(rest[end+1:], " ")
	return ok && strings.IndexByte(u, ' ') < 0 && (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://"))
}

// placeholderNames are the words text browsers print, bracketed, for an
// image, an embed or a control, in lower case.
var placeholderNames = map[string]bool{
	"img": true, "image": true, "inline": true, "logo": true, "icon": true, "photo": true, "picture": true,
	"video": true, "embed": true, "iframe": true, "button": true, "link": true, "ad": true, "advertisement": true,
	"map": true, "chart": true, "graphic": true, "gallery": true, "audio": true, "banner": true, "…": true,
	"interactive map": true, "interactive radar map": true, "interactive graphic": true, "interactive chart": true,
	"interactive": true, "embedded video": true, "video player": true, "radar map": true,
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// cjkCaption reports whether s is a caption that ends with a bracketed
// mark of a picture in Chinese, Japanese or Korean (cjkPhotoMark): "保育所で
// 遊ぶ子どもたち（資料写真）", "공원을 산책하는 시민들 (사진=연합뉴스)",
// "[연합뉴스 자료사진]" after a caption. The mark alone is a credit (see
// creditLines).
func cjkCaption(s string) bool {
	for _, b := range cjkBrackets {
		if body, ok := strings.CutSuffix(s, b[1]); ok {
			k := strings.LastIndex(body, b[0])
			return k > 0 && cjkPhotoMark(body[k+len(b[0]):])
		}
	}
	return false
}

// zhReporterPhoto reports a Chinese caption that closes with its
// credit: after its last full stop (or alone), at most zhCreditRunes
// runes that name a reporter or a correspondent and end with "摄" (taken
// by): "3月13日，列车驶出云溪南站。新华社记者 周雨桐 摄".
func zhReporterPhoto(s string) bool {
	if !strings.HasSuffix(s, "摄") && !strings.HasSuffix(s, "攝") {
		return false
	}
	tail := s
	if k := strings.LastIndex(s, "。"); k >= 0 {
		tail = s[k+len("。"):]
	}
	if utf8.RuneCountInString(tail) > zhCreditRunes {
		return false
	}
	return strings.Contains(tail, "记者") || strings.Contains(tail, "記者") || strings.Contains(tail, "通讯员") ||
		strings.Contains(tail, "通訊員")
}

// zhCreditRunes is the most runes of a Chinese caption's credit (see
// zhReporterPhoto).
const zhCreditRunes = 24

// jaCaption reports a Japanese paper's caption: what the picture shows,
// a full-width equals sign, then the day ("記者会見する首相＝20日午前、首相
// 官邸", "崩れた塀＝19日午後9時40分、北浜市、田中宏撮影"), with no full stop at
// its end (the article's sentences end with "。").
func jaCaption(s string) bool {
	k := strings.Index(s, "＝")
	if k <= 0 || strings.HasSuffix(s, "。") {
		return false
	}
	rest := s[k+len("＝"):]
	n := 0
	for n < len(rest) && '0' <= rest[n] && rest[n] <= '9' {
		n++
	}
	return n > 0 && n <= 2 && strings.HasPrefix(rest[n:], "日")
}

// cjkBrackets are the brackets (opening, closing) around a mark of a
// picture (see cjkPhotoMark).
var cjkBrackets = [...][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}, {"［", "］"}}

// cjkMarkedCaption reports whether s is a caption that opens with a
// bracketed mark of a picture (cjkPhotoMark) and goes on: "【写真】川面を流れる
// 灯籠＝15日、南浜市", "[사진] 공원을 산책하는 시민들".
func cjkMarkedCaption(s string) bool {
	for _, b := range cjkBrackets {
		if rest, ok := strings.CutPrefix(s, b[0]); ok {
			mark, after, ok := strings.Cut(rest, b[1])
			return ok && strings.TrimSpace(after) != "" && cjkPhotoMark(mark)
		}
	}
	return false
}

// cjkCloser reports whether c may be the last byte of a closing bracket
// cjkCaption looks at: ")", "）", "]", "】", "］".
func cjkCloser(c byte) bool { return c == ')' || c == 0x89 || c == ']' || c == 0x91 || c == 0xBD }

// cjkPhotoMark reports whether s marks a picture or its source: it opens
// with a word for a photo or a picture ("사진=연합뉴스", "資料写真", "图片来源：
// 新华社", "圖／取自臉書") or ends with one for a file photo ("연합뉴스 자료사진")
// or with "photographed" after the name ("記者陳怡如攝").
func cjkPhotoMark(s string) bool {
	for _, w := range cjkPhotoWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	for _, w := range [...]string{"사진", "写真", "资料图", "資料圖", "资料图片", "資料照", "资料照", "攝", "摄"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// cjkCreditTail reports a Chinese or Japanese caption whose credit
// follows its last full stop: a mark of a picture's source (see
// cjkPhotoMark) and a colon, a slash or an equals sign before the source
// ("…亮相。图片来源：驰远汽车官方微博", "…市内。写真＝共同").
func cjkCreditTail(s string) bool {
	k := strings.LastIndex(s, "。")
	if k < 0 {
		return false
	}
	tail := s[k+len("。"):]
	return tail != "" && len(tail) <= cjkCreditBytes && cjkPhotoMark(tail) && strings.ContainsAny(tail, ":：/／=＝")
}

// cjkCreditBytes is the longest credit after a caption's full stop that
// cjkCreditTail takes, in bytes (twenty Han characters).
const cjkCreditBytes = 60

// cjkPhotoWords are words for a photo, a picture, a file photo or a
// picture's source in Korean, Japanese and Chinese.
var cjkPhotoWords = [...]string{"사진", "자료사진", "写真", "資料写真", "图片", "圖片", "照片", "资料图", "資料圖",
	"图源", "圖源", "撮影", "資料照", "资料照", "圖／", "图／", "圖/", "图/"}

// ---- photo credits -----------------------------------------------------------

// matchPhotoCredit: "Photo: ...", "Image by ...", "...Credit...Name",
// "AGENCY/Name Surname", "Name / Stock Images" style lines.
func matchPhotoCredit(p *para) bool {
	low := p.low
	if p.starts&creditLines != 0 && !galleryHeadline(p) || p.starts&imageLabels != 0 && isImageLabel(p) {
		return true
	}
	if c := low[len(low)-1]; (c == '.' || c == 'r') && p.words < 40 && creditBeforeMark(low, p.s) {
		return true
	}
	if p.has&hasBar != 0 && p.words < 40 && barCredit(low, p.s) {
		return true
	}
	if p.has&hasWide != 0 && !p.endSent && cjkCreditTail(p.s) {
		return true // "驰远S9在车展上亮相。图片来源：驰远汽车官方微博"
	}
	if p.has&(hasColon|hasDot) != 0 && p.words < 40 && (anyIn(creditMarks, low, p.signature()) || p.has&hasColon != 0 && imageMark(low)) && creditAfterCaption(low, p.s) {
		return true
	}
	if p.has&hasHigh != 0 && p.words < 40 && (p.has&hasColon != 0 || strings.IndexByte(low, '=') >= 0) &&
		intlCreditAfterCaption(low, p.s) {
		return true
	}
	if p.has&hasColon != 0 && p.words < 40 && moreCreditAfterCaption(low, p.s) {
		return true
	}
	if p.has&hasHigh != 0 && !p.endSent && p.words < 40 && scriptColon(p.s) && creditMarkBefore(low, p.s, scriptColons, &scriptCreditMarks, true) {
		return true // "… ክትቐድሕ። ስእሊ፦ ድምጺ ዓድና", "… մոտ։ Լուսանկարը՝ Գայանե Մկրտչյանի"
	}
	if p.words >= 4 && p.words <= 8 && !p.endSent && outletCredit(p.s) {
		return true // "Iris Tamvakis for The Coastline Review"
	}
	if !p.endSent && p.has&hasDot != 0 && p.words >= 5 && p.words < 40 && low[0] != '[' && (creditTail(low, p.s) || agencyTail(p.s)) {
		// A bracketed line is a placeholder's, which the text of an HTML
		// page keeps (see placeholders).
		return true
	}
	if p.words <= creditSuffixWords && (low[len(low)-1] == 'o' || low[len(low)-1] == '.') && ownCredit(low, p.s) {
		return true
	}
	if p.words >= 2 && p.words <= 5 && (low[0] == 'b' || low[0] == 'f') && bareMarkCredit(low, p.s) {
		return true // "Beeld Joost Verhagen", "Foto ANP"
	}
	if p.endSent {
		return false
	}
	// An agency in capitals glued to a photographer's name near the end:
	// "... on Thursday. AGENCY/Name Surname".
	if p.has&hasSlash != 0 && (hasAgencySlash(lastWords(p.s, 4)) || p.words <= capsCreditWords && capsCredit(p.s) ||
		p.words <= nameSlashWords && nameSlash(p.s) || p.words < 40 && nameSlashTail(p.s)) {
		return true
	}
	if low[0] == 'c' && p.words <= courtesyWords && !p.endSent && strings.HasPrefix(low, "courtesy of ") {
		return true // "Courtesy of Federal Product Safety Bureau"
	}
	if p.has&hasHigh != 0 && p.words < 40 && (strings.HasSuffix(p.s, ". Фото автора") || strings.HasSuffix(p.s, ". Фото автора.")) {
		return true // a caption and "photo by the author", in Russian
	}
	if low[len(low)-1] == ')' && p.words < 40 && bracketCreditTail(low) {
		return true // "... was a cross-country runner at Millbrook High School. (Courtesy of the Amaral family)"
	}
	if p.has&hasSlash != 0 && low[0] == '(' && p.words <= wirePhotoWords && wirePhotoCredit(low) {
		return true // "(MW Photo/Hector Villanueva)"
	}
	if p.words < 40 && low[len(low)-1] == 'd' && suppliedTail(p.s) {
		return true // "The Wandoo Creek operation in the Pilbara. Supplied"
	}
	if p.words <= agencyCreditWords && (p.has&hasSlash != 0 || strings.IndexByte(p.s, ',') > 0) && agencyCredit(p.s) {
		return true // "NASA, ESA, CSA, Jane Roe (STScI)", "NASA/JPL-Caltech"
	}
	if low[len(low)-1] == 's' && strings.HasSuffix(low, " images") || strings.HasSuffix(low, " images)") {
		pre := strings.TrimSuffix(strings.TrimSuffix(low, ")"), " images")
		if j := strings.LastIndexByte(pre, ' '); j >= 0 {
			pre = pre[:j]
		} else {
			pre = ""
		}
		// A bare "X Images" line may be a subheading; the edge pass takes
		// it when it sits in boilerplate.
		return strings.IndexByte(low, '/') >= 0 || containsWordFold(low, "via") || strings.Contains(low, "photo") ||
			low[0] == '(' || endsSentence(pre)
	}
	return false
}

// courtesyWords is the most words of a credit alone on its line that
// opens with "Courtesy of".
const courtesyWords = 8

// bracketCreditTail reports whether low (lower case), a caption, closes
// after its full stop with a credit in brackets that opens with one of
// bracketCredits: "... at Millbrook High School. (Courtesy of the Amaral
// family)", "... in 2019. (File photo)".
func bracketCreditTail(low string) bool {
	k := strings.LastIndex(low, ". (")
	if k < 0 {
		return false
	}
	in := low[k+3 : len(low)-1]
	return wordCount(in) <= creditTailWords && anyPrefix(in, bracketCredits[:]...)
}

// bracketCredits open a credit in brackets after a caption, lower case.
var bracketCredits = [...]string{"courtesy of ", "courtesy ", "photo courtesy", "photo by ", "photos by ", "file photo",
	"staff photo", "submitted photo", "contributed photo"}

// galleryHeadline reports whether p, which opens with "Photos:" or
// "Pictures:", is a gallery's headline ("Photos: Floodwaters swallow
// river towns as the Calder crests at a record height"), not a credit: at
// least galleryHeadWords words, no slash, no full stop (a caption's
// sentence and its photographer).
func galleryHeadline(p *para) bool {
	return p.words >= galleryHeadWords && p.has&(hasSlash|hasDot) == 0 && !p.endSent &&
		anyPrefix(p.low, "photos: ", "pictures: ", "in pictures: ")
}

// galleryHeadWords is the fewest words of a gallery's headline (see
// galleryHeadline); a credit has fewer.
const galleryHeadWords = 10

// wirePhotoCredit reports whether low (lower case) is a wire's credit in
// brackets: an agency's initials, "photo/" and the photographer ("(AP
// Photo/Jane Doe)", "(MW Photo/Hector Villanueva, File)").
func wirePhotoCredit(low string) bool {
	in, ok := strings.CutPrefix(low, "(")
	if !ok || !strings.HasSuffix(in, ")") {
		return false
	}
	agency, rest, ok := strings.Cut(in, " photo/")
	return ok && rest != "" && agency != "" && len(agency) <= wireAgencyBytes && !strings.Contains(agency, " ")
}

// wirePhotoWords is the most words of a wire's credit (see
// wirePhotoCredit); wireAgencyBytes the most bytes of the agency's
// initials.
const (
	wirePhotoWords  = 6
	wireAgencyBytes = 6
)

// ownCredit reports whether low, a short line s in lower case, credits a
// photo to the outlet itself or to its reader by its last words, after
// words in capitals (a name): "Courier file photo", "Tribune staff
// photo.", "Submitted photo"; not "He took a staff photo".
func ownCredit(low, s string) bool {
	low = strings.TrimSuffix(low, ".")
	if low == "" || low[len(low)-1] != 'o' {
		return false
	}
	for _, x := range [...]string{"file photo", "staff photo", "courtesy photo", "submitted photo", "contributed photo"} {
		n := len(low) - len(x)
		if !strings.HasSuffix(low, x) || n > 0 && low[n-1] != ' ' && low[n-1] != '/' {
			continue
		}
		// Every word before it opens with no lower-case letter (a loop
		// of bytes: an iterator over s would move the rules' lower-case
		// copy of every paragraph to the heap).
		for i := 0; i < n; i++ {
			if c := s[i]; 'a' <= c && c <= 'z' && (i == 0 || s[i-1] == ' ' || s[i-1] == '/') {
				return false
			}
		}
		return true
	}
	return false
}

// creditSuffixWords is the most words of a line that ownCredit finds a
// credit in: an outlet's name and "file photo".
const creditSuffixWords = 5

// creditLines open a photo credit; creditMarks introduce one anywhere.
var (
	creditLines = prefixes("photo:", "photos:", "photo by", "photos by", "photo credit", "photograph:",
		"photograph by", "photography:", "image:", "images:", "image by", "image credit", "image source:",
		"picture:", "pictures:", "pic:", "credit:", "credits:", "illustration:", "illustration by",
		"illustrations:", "illustrations by",
		"file photo", "(photo", "(image", "photo/", "video:", "caption:", "featured image", "main image",
		"mynd/", "mynd:", "ljósmynd:", "ljósmynd/", "kuva:",
		"top image:", "header image:", "cover image:", "photo courtesy", "photos courtesy", "image courtesy",
		"courtesy photo",
		// German, Dutch, French, Italian, Spanish, Portuguese, Polish,
		// Russian, Ukrainian
		"foto:", "fotos:", "foto :", "photo :", "photos :", "bild:", "bild :", "foto von ", "foto di ",
		"foto de ", "fotografía:", "fotografia:", "crédit photo", "crédits photo", "crédito:", "créditos:",
		"fot.", "zdjęcie:", "фото:", "фото :", "beeld:", "beeld :", "wideo:", "vídeo:", "vidéo:", "vidéo :",
		"видео:", "відео:",
		// a rendering's credit in Slovak, Czech, Slovenian and Croatian
		"vizualizácia:", "vizualizace:", "vizualizacija:",
		// Bengali, Persian, Arabic, Thai, Yoruba, Zulu, Central
		// Kurdish, Odia, Kannada, Malayalam, Punjabi, Pashto, Turkmen,
		// Uyghur, Tamil
		"ছবি:", "عکس:", "صورة:", "ภาพ:", "fọ́tò:", "isithombe:", "وێنە:", "ଫଟୋ:", "ಚಿತ್ರ:", "ಫೋಟೋ:", "ചിത്രം:",
		"ਫੋਟੋ:", "ਤਸਵੀਰ:", "انځور:", "surat:", "سۈرەت:", "படம்:",
		// Kazakh, Georgian
		"сурет:", "ფოტო:",
		// Korean, Japanese, Chinese
		"사진=", "사진 =", "사진:", "[사진", "(사진", "사진 출처", "사진출처", "사진 제공", "사진제공", "写真：",
		"写真:", "写真=", "写真＝", "（写真", "(写真", "（資料写真", "(資料写真", "撮影：", "撮影=", "图片来源",
		"（图片来源", "(图片来源", "图片：", "图片:", "图源：", "图为", "圖為", "图片由", "（资料图", "资料图片",
		"圖片來源", "（圖片來源", "照片来源")
	creditMarks = subs(creditMarkTexts[:]...)
)

// creditMarkTexts introduce a photo credit after a caption (see
// creditAfterCaption).
var creditMarkTexts = [...]string{"credit...", "credit:", "photo:", "photographer:", "photograph:", "foto:",
	"picture:", "picha:", "isithombe:", "kuva:"}

// imageMark reports whether low (lower case) holds "image:", a credit
// mark after a caption like creditMarkTexts ("... where the robbery
// happened. Image: Google Street View"), looking at each colon:
// creditMarks took the last signature bits.
func imageMark(low string) bool {
	for i := 0; ; {
		j := strings.IndexByte(low[i:], ':')
		if j < 0 {
			return false
		}
		i += j + 1
		if i >= len("image:") && low[i-len("image:"):i] == "image:" {
			return true
		}
	}
}

// creditAfterMarks are the marks creditAfterCaption looks for:
// creditMarkTexts and "image:" (see imageMark).
var creditAfterMarks = append(creditMarkTexts[:len(creditMarkTexts):len(creditMarkTexts)], "image:")

// intlCreditMarks are the credit marks of languages written beyond ASCII
// (see intlCreditAfterCaption); each ends with ':' or '=', and has a
// byte beyond ASCII among the four before it. They have no signature bits:
// creditMarks took the last ones.
var intlCreditMarks = newMarkSet("zdjęcie:", "фото:", "фото :", "снимка:", "снимка :",
	"φωτογραφία:", "φωτογραφία αρχείου:", "φωτο:", "φωτ.:", "φωτ:", "फोटो:", "फोटो :", "ảnh:", "đồ họa:", "đồ hoạ:", "사진=", "사진 =", "צילום:",
	"ছবি:", "ছবি :", "عکس:", "عکس :", "صورة:", "تصویر:", "fotoğraf:", "fọ́tò:", "وێنە:", "ଫଟୋ:",
	"ಚಿತ್ರ:", "ಫೋಟೋ:", "ചിത്രം:", "ਫੋਟੋ:", "ਤਸਵੀਰ:", "انځور:", "setšoantšo:", "tā:", "сӑнӳкерчӗкӗ:",
	"хуызист:", "хаартыска:", "чуруктуң автору:", "гэрэл зураг:", "суред:", "асахьа:", "сурат:", "ඡායාරූපය:",
	"ພາບ:", "fotó:", "तस्बिर:", "الصورة:", "ภาพ:")

// creditAfterCaption reports whether a credit mark of low (lower case; s
// is the text) introduces a photo credit: the mark opens the text or
// follows a caption's sentence (a full stop, a closing quote or bracket),
// an opening bracket, a bar or a dash, a label word such as "Image"
// aside ("... at dawn. Photograph: Jane Roe/Agency", "... last
// week.Credit...Jane Roe", "(Image credit: Agency)"), and a credit of at
// most creditMarkWords words that opens with a capital follows it (see
// creditMarkAt). "The photograph: a grainy picture of the harbour, taken
// by a fisherman, changed the inquiry." is an article's.
func creditAfterCaption(low, s string) bool {
	for _, m := range creditAfterMarks {
		for i := 0; ; {
			j := strings.Index(low[i:], m)
			if j < 0 {
				break
			}
			k := i + j
			i = k + 1
			if creditMarkAt(low, s, k, k+len(m), false) {
				return true
			}
		}
	}
	return false
}

// creditMarkWords is the most words of a credit after its mark.
const creditMarkWords = 12

// creditMarkAt reports whether the credit mark low[start:end] (s is the
// text, low its lower-case copy) introduces a photo credit: what precedes
// it may precede a credit (see creditPrecedes), and a credit of at most
// creditMarkWords words follows it that opens with a capital, or, if
// uncased, with a letter of a script without capitals.
func creditMarkAt(low, s string, start, end int, uncased bool) bool {
	after := strings.TrimLeft(s[end:], " .")
	for _, q := range [...]string{"«", "\"", "“", "„"} {
		after = strings.TrimPrefix(after, q) // an outlet in quotes: "Фото: «Нӕ Хъӕу»"
	}
	return (isUpperStart(after) || uncased && uncasedStart(after)) &&
		wordCount(after) <= creditMarkWords && (creditPrecedes(low[:start]) || outletInitials(low, s, start))
}

// outletInitials reports whether the word right before a credit mark at
// start is an outlet's initials, two to four capitals, after what may
// precede a credit (see creditPrecedes): "… on March 11. ST PHOTO: JANE
// DOE". s is the text, low its lower-case copy.
func outletInitials(low, s string, start int) bool {
	before := strings.TrimRight(s[:start], " ")
	sp := strings.LastIndexByte(before, ' ') + 1
	w := before[sp:]
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return creditPrecedes(low[:sp])
}

// intlCreditAfterCaption is creditAfterCaption for the marks of
// intlCreditMarks ("... у Львові. Фото: Міська рада", "... 있다.
// 사진=김민준 기자", "(फोटो: राहुल शर्मा)"), where the credit may also open
// with a letter of a script without capitals. It looks for the marks only
// where one may end, so that it costs little on running text.
func intlCreditAfterCaption(low, s string) bool {
	return creditMarkBefore(low, s, ":=", &intlCreditMarks, true)
}

// creditMarkBefore reports whether one of marks (lower case, each ending
// with a character of ends) introduces a photo credit in s (see creditMarkAt;
// low is s in lower case in ASCII). It looks for the marks only where one
// may end, and there only for those the byte before the end lets through
// (see markSet). Marks beyond ASCII (intl) are not looked for before a
// byte of ends with only ASCII in the five bytes before it ("said:",
// "10:30"), and they may open a credit of a script without capitals.
func creditMarkBefore(low, s, ends string, set *markSet, intl bool) bool {
	for i := 0; ; {
		j := strings.IndexAny(low[i:], ends)
		if j < 0 {
			return false
		}
		w := 1
		if low[i+j] >= utf8.RuneSelf {
			_, w = utf8.DecodeRuneInString(low[i+j:])
		}
		k := i + j + w // where a mark ends
		i = k
		if intl && isASCII(s[max(0, k-6):k-1]) || k == w {
			continue // k == w: no character before the end
		}
		for cand := set.before[s[k-w-1]]; cand != 0; cand &= cand - 1 {
			m := set.marks[bits.TrailingZeros64(cand)]
			// low is lower case in ASCII only: "Фото:" is folded here;
			// marks in ASCII are compared with low.
			if k >= len(m) && (intl && strings.EqualFold(s[k-len(m):k], m) || !intl && low[k-len(m):k] == m) &&
				creditMarkAt(low, s, k-len(m), k, intl) {
				return true
			}
		}
	}
}

// A markSet holds credit marks (see creditMarkBefore) and, for each byte,
// the marks (a bit each, by index) that may end right after it and one
// character (the end): those whose character before the end, in one of its
// cases (its orbit under unicode.SimpleFold, as strings.EqualFold folds),
// has that byte last in UTF-8. A text where a mark ends, whole or folded,
// has one of that character's cases there; its last byte is the byte
// before the end, as the end is one character no other folds to (':',
// '=', a script's colon) and UTF-8 decodes no character across the end's
// first byte, which continues none.
type markSet struct {
	marks  []string
	before [256]uint64
}

// newMarkSet returns the set of marks (at most 64, each of two characters
// or more).
func newMarkSet(marks ...string) markSet {
	if len(marks) > 64 {
		panic("boilerplate: more than 64 credit marks in a set")
	}
	set := markSet{marks: marks}
	for k, m := range marks {
		_, w := utf8.DecodeLastRuneInString(m)
		c, _ := utf8.DecodeLastRuneInString(m[:len(m)-w])
		if c == utf8.RuneError || w == len(m) {
			panic("boilerplate: bad credit mark " + m)
		}
		for r := c; ; {
			var b [utf8.UTFMax]byte
			set.before[b[utf8.EncodeRune(b[:], r)-1]] |= 1 << k
			if r = unicode.SimpleFold(r); r == c {
				break
			}
		}
	}
	return set
}

// scriptCreditMarks are credit marks that end with a script's own colon
// (see scriptColons): Tigrinya's and Amharic's "፦", Armenian's "՝",
// Khmer's "៖".
var scriptCreditMarks = newMarkSet("ስእሊ፦", "ፎቶ፦", "ፎቶ፡", "լուսանկարը՝", "լուսանկարում՝", "ֆոտոն՝", "រូបថត៖")

// scriptColons are the colons of scripts that write their own: the
// Ethiopic preface colon and colon, the Armenian comma that sets off a
// label, the Khmer colon.
const scriptColons = "፦፡՝៖"

// scriptColon reports whether s holds one of scriptColons: their first
// bytes, rare elsewhere, are looked for first.
func scriptColon(s string) bool {
	if strings.IndexByte(s, 0xE1) >= 0 && (strings.Contains(s, "፦") || strings.Contains(s, "፡") || strings.Contains(s, "៖")) {
		return true
	}
	return strings.IndexByte(s, 0xD5) >= 0 && strings.Contains(s, "՝")
}

// barCredit reports a caption whose credit follows a mark and a bar, as
// East African papers set it: "... jijini Nairobi. PICHA | MAKTABA",
// "PHOTO | AFP": the mark (barMarks) opens the line or follows the
// caption's full stop, and a credit of one to four capitalised words ends
// the line. Or the bar comes first, after the caption's full stop, then
// the mark and the credit, its parts maybe set apart by a dash ("... deux
// ans. | Photo Le Courrier – Loïc Kervella"). low is s in lower case.
func barCredit(low, s string) bool {
	k := strings.LastIndex(low, " | ")
	if k <= 0 {
		return false
	}
	before := low[:k]
	for _, m := range barMarks {
		if strings.HasSuffix(before, m) && (len(before) == len(m) || strings.HasSuffix(before[:len(before)-len(m)], ". ")) {
			return capitalisedName(s[k+3:])
		}
	}
	// The mark after the bar, and the credit after it: "... deux ans.
	// | Photo Le Courrier – Loïc Kervella".
	if !strings.HasSuffix(before, ".") {
		return false
	}
	after := low[k+3:]
	for _, m := range barMarks {
		if rest, ok := strings.CutPrefix(after, m); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ": ")) {
			// strings.Cut, not SplitSeq: the iterator would move the
			// rules' lower-case buffer to the heap.
			for credit, more := strings.TrimLeft(s[len(s)-len(rest):], ": "), true; more; {
				var part string
				part, credit, more = strings.Cut(credit, " – ")
				if !capitalisedName(part) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// barMarks are the credit marks of barCredit, lower case.
var barMarks = [...]string{"picha", "photo", "foto", "picture"}

// creditBeforeMark reports a caption whose credit comes before the mark,
// as Lithuanian sets it: "... šoktelėti labiausiai. Shutterstock nuotr.",
// "BNS nuotr.": the mark (" nuotr.", photo) ends the line, after a credit
// of one to four capitalised words (a name, an agency) that follows the
// caption's full stop or opens the line; "Jis parodė seną nuotr." (he
// showed an old photo) is a sentence. low is s in lower case.
func creditBeforeMark(low, s string) bool {
	rest, ok := strings.CutSuffix(low, " nuotr.")
	if !ok {
		if rest, ok = strings.CutSuffix(low, " nuotr"); !ok {
			return false
		}
	}
	k := strings.LastIndex(rest, ". ") + 1
	if k > 0 {
		k++
	}
	return capitalisedName(s[k:len(rest)])
}

// capitalisedName reports whether s is a name as a credit or a byline
// gives it: one to four capitalised words (a person's, an agency's, an
// outlet's).
func capitalisedName(s string) bool {
	n := wordCount(s)
	return n >= 1 && n <= 4 && isCapitalised(s)
}

// moreCreditMarks are credit marks in ASCII beyond creditMarkTexts, whose
// signature bits are all taken: Tok Pisin's, Greenlandic's and Faroese's
// ("... long Mande. Piksa: Jacinta Kewa", "... siulliit. Assi: Qaqqap
// Nipaa", "... út. Tekning: Arkitektar Heyggur & Dahl").
var moreCreditMarks = newMarkSet("piksa:", "assi:", "mynd:", "tekning:")

// moreCreditAfterCaption is creditAfterCaption for moreCreditMarks: it
// looks for them only before a colon.
func moreCreditAfterCaption(low, s string) bool {
	return creditMarkBefore(low, s, ":", &moreCreditMarks, false)
}

// outletCredit reports a photographer's credit for an outlet, alone on
// its line (of at most eight words, its caller's bound): "Iris Tamvakis
// for The Coastline Review". The name has two words or more,
// capitalised; "for The" and the outlet's name, capitalised, follow it.
// "Fight for The Future" has one word before.
func outletCredit(s string) bool {
	k := strings.Index(s, " for The ")
	if k < 0 {
		return false
	}
	name, outlet := s[:k], s[k+len(" for The "):]
	return wordCount(name) >= 2 && allUpperStarts(name) && allUpperStarts(outlet)
}

// creditTail reports a caption whose credit closes it after its full stop
// with a phrase of creditTails and no colon: "... opened in 2020 at the
// height of the boom. COURTESY OF HALVARD LOGISTICS", "... at the Mill
// Street station. Courier photo by Dale Pruitt", "... a daily walk. ©
// Getty Images"). The credit has at most
// creditTailWords words, capitalised; between the full stop and the
// phrase stand at most three words, capitalised (the outlet's name).
// low is s in lower case (in ASCII).
func creditTail(low, s string) bool {
	// The full stop is near the end: only the tail after it is searched.
	from := max(0, len(low)-creditTailBytes)
	stop := strings.LastIndex(low[from:], ". ")
	if stop < 0 {
		return false
	}
	stop += from
	tail := low[stop+1:] // from the space, as creditTails open
	for _, m := range creditTails {
		k := strings.Index(tail, m)
		if k < 0 {
			continue
		}
		credit := s[stop+1+k+len(m):]
		// A photographer's name and an agency's after a slash: "Kyle
		// Renner /Port Alder Sentinel", "Jo Roe/Reuters".
		name, agency, _ := strings.Cut(credit, "/")
		if n := wordCount(credit); n == 0 || n > creditTailWords || !isCapitalised(name) ||
			agency != "" && !isCapitalised(agency) {
			return false
		}
		outlet := s[stop+2 : stop+1+k+1]
		return wordCount(outlet) <= 3 && (strings.TrimSpace(outlet) == "" || isCapitalised(outlet))
	}
	return false
}

// agencyTailWords is the most words of a credit after a caption's last
// full stop (see agencyTail).
const agencyTailWords = 5

// agencyTail reports a caption whose last full stop is followed by its
// credit alone, no mark after it: a name of two words or more and an
// agency after a slash ("… a rich meal for fish and whales. T.
// Aguirre/Havenport Institute"; "The vote was close. Democrats/Republicans"
// names no one). Three words of caption at least come before it. An
// agency alone in capitals ("… into the US. PTI") signs a wire's last
// paragraph as often, and "1:30 p.m. MT" ends a line too: neither is
// taken.
func agencyTail(s string) bool {
	if strings.IndexByte(s, '/') < 0 {
		return false // the slash first: most lines have none
	}
	k := strings.LastIndex(s, ". ")
	for k > 1 && s[k-2] == ' ' && 'A' <= s[k-1] && s[k-1] <= 'Z' {
		k = strings.LastIndex(s[:k-1], ". ") // an initial's full stop: "T. Aguirre"
	}
	if k < 0 || wordCount(s[:k]) < 3 {
		return false
	}
	tail := s[k+2:]
	if n := wordCount(tail); n == 0 || n > agencyTailWords {
		return false
	}
	name, agency, ok := strings.Cut(tail, "/")
	return ok && wordCount(name) >= 2 && isCapitalised(name) && isCapitalised(agency)
}

// creditTailBytes is the longest tail after a caption's full stop that
// creditTail reads: three words of an outlet's name, the phrase and
// creditTailWords words.
const creditTailBytes = 120

// creditTails introduce a credit at a caption's end (see creditTail), in
// lower case, each with a space before and after it.
var creditTails = [...]string{" courtesy of ", " photo by ", " photos by ", " photograph by ", " © "}

// creditTailWords is the most words of a credit after one of creditTails.
const creditTailWords = 5

// isASCII reports whether s has no byte beyond ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// uncasedStart reports whether s opens with a letter of a script without
// capitals (Korean, Hindi, Hebrew, Chinese; Georgian's Mkhedruli, whose
// letters Unicode files as lower case though a text never capitalises
// them), where a name cannot show itself by one.
func uncasedStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= utf8.RuneSelf && unicode.IsLetter(r) && (!unicode.IsUpper(r) && !unicode.IsLower(r) || mkhedruli(r))
}

// mkhedruli reports whether r is a letter of Georgian's Mkhedruli script.
func mkhedruli(r rune) bool { return r >= 0x10D0 && r <= 0x10FF }

// creditPrecedes reports whether before (lower case) may precede a credit
// mark: it is empty or ends with a caption's sentence end (a danda, the
// Arabic semicolon, the Ethiopic, Armenian and Khmer full stops among
// them; a space after Thai or Lao), a closing quote or bracket, an
// opening bracket, a bar, a slash or a dash, once spaces and a label word
// ("image", "photo", "main image") are trimmed.
func creditPrecedes(before string) bool {
	spaced := strings.HasSuffix(before, " ")
	before = strings.TrimRight(before, " ")
	for _, w := range [...]string{"image", "photo", "picture", "video", "file", "cover", "main"} {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !isWordByte(before[len(before)-len(w)-1])) {
			before = strings.TrimRight(before[:len(before)-len(w)], " ")
			if strings.HasSuffix(before, "main") || strings.HasSuffix(before, "file") {
				before = strings.TrimRight(before[:len(before)-4], " ")
			}
			break
		}
	}
	if before == "" {
		return true
	}
	switch before[len(before)-1] {
	case '.', '!', '?', '"', '\'', ')', '(', '|', '-', ']', '/':
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	switch r {
	case '”', '’', '»', '–', '—', '…', '。', '।', '؛', '؟', '۔', '።', '։', '។':
		return true
	}
	// Thai and Lao end a sentence with a space: "… จนมองไม่เห็นดอยหลวง
	// ภาพ: ธนพล แก้วมูล".
	return spaced && r >= 0x0E00 && r <= 0x0EFF
}

// imageSources and imageCaptions open the labels a page sets before a
// picture's source or caption ("Image source, Agency", "Image caption, The
// vents ...", "Image copyright Getty Images", "Media caption,"), in
// English and in the Hausa, Yoruba, Swahili and Somali of the same
// pages; imageLabels holds them all, and isImageLabel takes them.
var (
	imageSources  = [...]string{"image source", "image copyright", "asalin hoton", "oríṣun àwòrán", "chanzo cha picha", "xigashada sawirka"}
	imageCaptions = [...]string{"image caption", "media caption", "picture caption", "video caption", "bayanan hoto",
		"àkọlé àwòrán", "maelezo ya picha", "qoraalka sawirka"}
	imageLabels = prefixes(slices.Concat(imageSources[:], imageCaptions[:])...)
)

// isImageLabel reports whether p, which starts with one of imageLabels, is
// such a label: the phrase as a whole word, and for a source or copyright
// eight words at most that do not end like a sentence ("Image captioning
// tools", "Image copyright law has changed ..." and "Image source code was
// published." are not; a caption may run long).
func isImageLabel(p *para) bool {
	for _, l := range imageCaptions {
		if k := labelPrefix(p.s, l); k > 0 {
			return k == len(p.s) || !isWordByte(p.s[k])
		}
	}
	for _, l := range imageSources {
		if k := labelPrefix(p.s, l); k > 0 {
			return (k == len(p.s) || !isWordByte(p.s[k])) && p.words <= 8 && !p.endSent
		}
	}
	return false
}

// labelPrefix returns the length of prefix l (lower case) at the start of
// s, case aside (a capital beyond ASCII has as many bytes as its small
// letter in these labels: "Àkọlé àwòrán"), or 0.
func labelPrefix(s, l string) int {
	if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) {
		return len(l)
	}
	return 0
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	j := len(s)
	for k := 0; k < n; k++ {
		j = strings.LastIndexByte(s[:j], ' ')
		if j < 0 {
			return s
		}
	}
	return s[j+1:]
}

// capsCreditWords is the most words of a credit in capitals (see
// capsCredit).
const capsCreditWords = 6

// capsCredit reports whether s is a photographer's name and the outlet in
// capitals, as a printed page sets them under a photo: two or three words
// of letters, a slash and one to three words ("DANA KOWALCZYK/GAZETTE",
// "JANE ROE/THE DAILY HERALD"). No letter is in lower case and no word
// has a figure, and a letter there is; "NEWS/POLITICS" has one word
// before its slash.
func capsCredit(s string) bool {
	name, outlet, ok := strings.Cut(s, "/")
	if !ok || strings.IndexByte(outlet, '/') >= 0 {
		return false
	}
	if n := wordCount(name); n < 2 || n > 3 || name[len(name)-1] == ' ' {
		return false
	}
	if n := wordCount(outlet); n < 1 || n > 3 || outlet[0] == ' ' {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r) || unicode.IsDigit(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters > 0
}

// suppliedTail reports a caption whose credit says the picture was
// supplied, after its full stop and alone ("The Wandoo Creek operation in
// the Pilbara. Supplied"), or that credit alone ("Supplied").
func suppliedTail(s string) bool {
	return s == "Supplied" || s == "SUPPLIED" || strings.HasSuffix(s, ". Supplied") || strings.HasSuffix(s, ". SUPPLIED")
}

// agencyCreditWords is the most words of an agencies' credit (see
// agencyCredit).
const agencyCreditWords = 8

// agencyCredit reports whether s credits a picture to agencies by their
// initials, as a science page credits an image or a chart: items parted
// by commas, slashes or semicolons, each agency's initials ("NASA",
// "STScI", "ApJL 2025") or a capitalised name ("Jane Roe (STScI)", "T.
// Roe et al"), and at least two of them initials. Three items or more
// ("NASA, ESA, CSA, Jane Roe (STScI)"), more than half of them initials,
// or two parted by a slash, initials of at least three letters first and
// a name after them (see creditName: "NASA/JPL-Caltech", "ESO/L.
// Calçada"). "AI/ML" is no credit, nor is a teaser's "Why Jane Roe, MS,
// RDN, Loves Tea", nor a sentence's clause, whose words are not all
// capitalised.
func agencyCredit(s string) bool {
	if !twoCapitals(s) {
		return false // no initials: most lines with a comma or a slash
	}
	items, initials := 0, 0
	first, second := "", ""
	for rest := s; rest != ""; {
		k := strings.IndexAny(rest, ",/;")
		item := rest
		if k >= 0 {
			item, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		item = strings.TrimSpace(item)
		if item == "" {
			return false
		}
		items++
		switch items {
		case 1:
			first = item
		case 2:
			second = item
		}
		switch {
		case isInitials(strings.TrimSuffix(item, yearSuffix(item))):
			initials++
		case !isCapitalised(strings.TrimSuffix(item, " et al")) || hasDigit(item):
			return false
		}
	}
	if items >= 3 {
		return initials >= 2 && 2*initials > items
	}
	return items == 2 && s[len(first)] == '/' && len(first) >= 3 && isInitials(first) && creditName(second)
}

// bareCreditMarks open a credit with no colon after them, as Dutch
// papers print it under a photo: "Beeld Joost Verhagen", "Foto ANP".
var bareCreditMarks = [...]string{"beeld ", "foto "}

// bareMarkCredit reports whether low (s in lower case) is a credit by one
// of bareCreditMarks: the mark, then a name of two to four words, each
// capitalised or a particle (see particlesCapitalised: "Marieke van den
// Akker", "Getty Images"), or an agency's initials ("ANP", "EPA"), with no
// figure or mark of punctuation. "Foto Finish" names no one; "Beeld van
// de week" is a label.
func bareMarkCredit(low, s string) bool {
	for _, m := range bareCreditMarks {
		if !strings.HasPrefix(low, m) {
			continue
		}
		name := s[len(m):]
		if strings.IndexFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' && r != '-' }) >= 0 {
			return false
		}
		n := wordCount(name)
		return n >= 2 && n <= 4 && particlesCapitalised(name) || n == 1 && isInitials(name)
	}
	return false
}

// creditName reports whether s names a person or a lab in a credit after
// an agency's initials: one to three words, each an initial ("L.") or a
// capitalised word with small letters ("Calçada", "JPL-Caltech"). "NBC
// News Poll" opens with an outlet's initials.
func creditName(s string) bool {
	n := 0
	for rest := s; rest != ""; n++ {
		w, r, _ := strings.Cut(rest, " ")
		initial := len(w) == 2 && w[1] == '.' && isUpperStart(w)
		if n == 3 || !initial && (!isUpperStart(w) || strings.IndexFunc(w, unicode.IsLower) < 0) {
			return false
		}
		rest = r
	}
	return n > 0
}

// twoCapitals reports whether s has two ASCII capitals in a row, as
// initials have ("NASA", "ApJL").
func twoCapitals(s string) bool {
	for i := 1; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' && 'A' <= s[i-1] && s[i-1] <= 'Z' {
			return true
		}
	}
	return false
}

// isInitials reports whether w is one word of an agency's initials: at
// most eight letters, two or more of them capitals, upper case first
// ("NASA", "STScI", "ApJL"), maybe with a hyphen ("JPL-Caltech" is no
// initials: most of its letters are small).
func isInitials(w string) bool {
	if len(w) < 2 || len(w) > 8 || !isUpperStart(w) {
		return false
	}
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		default:
			return false
		}
	}
	return upper >= 2 && upper > lower
}

// yearSuffix returns the " 2025" that ends item, or "".
func yearSuffix(item string) string {
	if n := len(item); n > 5 && item[n-5] == ' ' && allDigits(item[n-4:]) {
		return item[n-5:]
	}
	return ""
}

// nameSlash reports a photographer's name and an outlet's joined by a
// slash, the whole line: two or three words of a name (capitalised, each
// with a letter in lower case after the first, no figure) before it and
// one to nameSlashOutlet capitalised words after it ("Jane Roe/Reuters",
// "Dana Roe / Springfield Courier"), maybe with "staff" after
// them ("Dana Roe / Courier staff"), maybe in brackets. A breadcrumb of two words a side
// ("Stock Market/Economy") reads the same: in the menu it goes anyway.
func nameSlash(s string) bool {
	if len(s) > 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1] // "(Dana Roe / Springfield Courier)"
	}
	name, outlet, ok := strings.Cut(s, "/")
	if !ok || strings.IndexByte(outlet, '/') >= 0 || hasDigit(s) {
		return false
	}
	name, outlet = strings.TrimSuffix(name, " "), strings.TrimPrefix(outlet, " ")
	// "Dana Roe / Courier staff": the outlet's own photographer.
	outlet = strings.TrimSuffix(outlet, " staff")
	n := 0
	for rest := name; rest != ""; n++ {
		w, r, _ := strings.Cut(rest, " ")
		if n == 3 || !isUpperStart(w) || strings.IndexFunc(w, unicode.IsLower) < 0 {
			return false
		}
		rest = r
	}
	return n >= 2 && outlet != "" && wordCount(outlet) <= nameSlashOutlet && isUpperStart(outlet) && isCapitalised(outlet)
}

// nameSlashTail reports a caption that ends with a photographer's name
// and an outlet's after its last full stop and maybe a dash (see
// nameSlash: "Residents wait at the shelter on Tuesday. Ray
// Roe/Courier-Ledger"), or with a stock agency's credit (see stockSlash).
func nameSlashTail(s string) bool {
	k := strings.LastIndex(s, ". ")
	if k <= 0 {
		return false
	}
	tail := s[k+2:]
	for _, dash := range [...]string{"- ", "– ", "— "} {
		tail = strings.TrimPrefix(tail, dash) // "... Tebing Jaya. - Foto Harian Semasa/Ahmad Rizal"
	}
	return nameSlash(tail) || stockSlash(tail)
}

// stockSlash reports a stock agency's credit with its contributor's
// handle after a slash: one to three capitalised words that end with
// one of stockWords, then one word with no space ("Getty
// Images/skynesher", "Alamy Stock Photo/jdoe").
func stockSlash(s string) bool {
	agency, handle, ok := strings.Cut(s, "/")
	if !ok || handle == "" || strings.ContainsAny(handle, " /") || wordCount(agency) > 3 || !isCapitalised(agency) {
		return false
	}
	last := agency[strings.LastIndexByte(agency, ' ')+1:]
	return last == "Images" || last == "Photo" || last == "Photos" || last == "Stock"
}

// nameSlashWords is the most words of a nameSlash line, nameSlashOutlet
// the most of its outlet's name.
const nameSlashWords, nameSlashOutlet = 8, 5

// hasAgencySlash reports whether s holds a word of two or more capitals
// glued by a slash to a capitalised name ("AGENCY/Name").
func hasAgencySlash(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '/')
		if j < 0 {
			return false
		}
		j += i
		caps := 0
		for k := j - 1; k >= 0 && 'A' <= s[k] && s[k] <= 'Z'; k-- {
			caps++
		}
		if caps >= 2 && (j-caps == 0 || s[j-caps-1] == ' ' || s[j-caps-1] == '(') &&
			j+2 < len(s) && 'A' <= s[j+1] && s[j+1] <= 'Z' && 'a' <= s[j+2] && s[j+2] <= 'z' {
			// A name of two or more words follows: "AGENCY/Name Surname".
			if sp := strings.IndexByte(s[j:], ' '); sp > 0 && isUpperStart(s[j+sp+1:]) {
				return true
			}
		}
		i = j + 1
	}
}

// ---- alternate addresses ------------------------------------------------------------

// matchAltAddress: "X's website can also be accessed at the following
// alternate addresses:".
func matchAltAddress(p *para) bool {
	if p.words < 4 {
		return false
	}
	var found bool
	if subAlternat.in(p.low, p.signature()) {
		found = anyIn(altAddressAlternat, p.low, p.signature())
	} else {
		found = anyIn(altAddressOther, p.low, p.signature())
	}
	// Mostly found is false: the test for an "a" comes last.
	return found && strings.IndexByte(p.low, 'a') >= 0
}

var (
	subAlternat        = sub("alternat")
	altAddressAlternat = subs("alternate address", "alternative address", "alternate domain", "alternative domain")
	altAddressOther    = subs("can also be accessed at", "mirror site", "also available at the following")
)

// ---- cookie, privacy and terms ----------------------------------------------------

// matchCookie: cookie consent notices.
func matchCookie(p *para) bool {
	s := p.s
	// "ookie" in s is in low too: a short paragraph without its anchor
	// pair is skipped; longScan has looked for it in a long one.
	if p.low == "" {
		if p.long&longOokie == 0 {
			return false
		}
	} else if p.has&hasK == 0 || !subOokie.maybe(p.signature()) || !strings.Contains(s, "ookie") {
		return p.has&hasHigh != 0 && p.endSent && p.words >= 5 && intlCookie(p.low)
	}
	if low := p.low; low != "" {
		// The same tests as below, on the lower-case copy: the plain
		// searches find what the folding ones find in s.
		for _, w := range cookieCues {
			if strings.Contains(low, w) {
				return !containsWordLow(low, "said") && !containsWordLow(low, "says") && !containsWordLow(low, "told")
			}
		}
		return false
	}
	for _, w := range cookieCues {
		if containsFold(s, w) {
			// A notice tells the reader; a paragraph that reports what
			// someone said about cookie notices is the article's.
			return !containsWordFold(s, "said") && !containsWordFold(s, "says") && !containsWordFold(s, "told")
		}
	}
	return false
}

// intlCookie reports a consent notice in a language that does not call
// cookies "cookies" (low is the paragraph in lower case): it names them
// (intlCookieStems) and the site, its use of them or the reader's consent
// (intlCookieCues), since some of the words also name biscuits ("Božićni
// kolačići", "galetes de mantega"). The stems are looked for in one
// reading of low (see intlCookieTable).
func intlCookie(low string) bool {
	return intlCookieTable.scan(low) != 0 && containsAny(low, intlCookieCues[:])
}

// intlCookieStems name cookies in Icelandic, Finnish, Croatian, Bosnian
// and Serbian (both scripts), Slovenian, Lithuanian, Latvian, Estonian,
// Hungarian, Turkish and Catalan, in lower case, each with the offset of
// the three bytes whose two pairs intlCookieTable looks up: bytes beyond
// ASCII where the stem has some (rarer in text than letters).
var intlCookieStems = [...]longAnchor{{"vafrakök", 6, 1}, {"evästei", 2, 1}, {"evästee", 2, 1},
	{"kolačić", 4, 1}, {"колачић", 8, 1}, {"piškotk", 2, 1}, {"slapuk", 2, 1}, {"sīkdatn", 1, 1},
	{"küpsis", 1, 1}, {"sütik", 1, 1}, {"sütit", 1, 1}, {"çerez", 0, 1}, {"galetes", 0, 1}}

// intlCookieTable finds intlCookieStems: its scan gives the answer of
// strings.Contains for any of them.
var intlCookieTable = newAnchorTable(intlCookieStems[:])

// intlCookieCues name the site or the reader's consent, in the languages
// of intlCookieStems, in lower case: words that name a web site or a
// consent, not ones that also tell of biscuits ("kabul etti", "el lloc és
// ple", "használ").
var intlCookieCues = [...]string{"samþykk", "vefur", "vefsíð", "hyväksy", "sivusto", "käytämme", "prihvać",
	"prihvat", "stranic", "прихват", "сајт", "sprejm", "spletn", "sutink", "svetain", "piekrīt", "vietn",
	"nõustu", "veebi", "elfogad", "weboldal", "honlap", "sitemiz", "sitede", "sitesinde", "web sitesi",
	"lloc web", "web site", "website"}

// cookieCues are the words that make a paragraph naming cookies a consent
// notice, lower-case (containsFold folds ASCII only, so the words beyond
// English are taken from inside the sentence, past its capital).
var cookieCues = [...]string{"we use", "this site", "this website", "our site", "our website", "accept",
	"consent", "by continuing", "browsing", "privacy", "preferences", "you agree", "uses cookies",
	"cookie policy", "cookie settings", "manage cookies",
	// German, Dutch, French, Italian, Spanish, Portuguese, Polish, Russian
	"verwend", "akzeptier", "zustimm", "datenschutz", "gebruik", "accepteren",
	"utilis", "accepter", "consentement", "confidentialité", "utilizz", "accett",
	"utiliza", "usamos", "aceptar", "aceitar", "privacidad", "privacidade", "navega", "używa",
	"akceptuj", "prywatności", "использу", "соглас", "соглаш", "конфиденциальн"}

var subOokie = sub("ookie")

// legalLabels are privacy and terms links, in lower case.
var legalLabels = map[string]bool{"privacy": true, "privacy policy": true, "privacy notice": true,
	"see our privacy notice": true, "see our privacy policy": true, "read our privacy notice": true,
	"read our privacy policy": true, "privacy statement": true, "privacy settings": true, "privacy center": true,
	"privacy & cookies": true, "privacy and cookies": true, "terms": true, "terms of use": true, "terms of service": true,
	"terms and conditions": true, "terms & conditions": true, "terms of sale": true,
	"terms of use and privacy policy": true, "privacy policy and terms of use": true,
	"do not sell my personal information": true, "do not sell or share my personal information": true,
	"your privacy choices": true, "your ad choices": true, "ad choices": true, "adchoices": true,
	"accessibility statement": true, "disclaimer": true, "forward-looking statements": true,
	"forward-looking statement": true, "safe harbor statement": true, "cautionary statement": true, "legal": true, "legal notice": true,
	"imprint": true, "impressum": true, "cookie policy": true, "cookies": true, "cookie settings": true,
	"datenschutz": true, "datenschutzerklärung": true, "nutzungsbedingungen": true, "agb": true,
	"mentions légales": true, "politique de confidentialité": true, "conditions générales d'utilisation": true,
	"informativa sulla privacy": true, "note legali": true, "política de privacidad": true,
	"aviso legal": true, "política de privacidade": true, "termos de uso": true,
	"polityka prywatności": true, "политика конфиденциальности": true,
	"пользовательское соглашение": true}

// Kinds of labels: the sets of labels (linkLabels, legalLabels,
// shareLabels, appealLabels, and the furniture of rules_furniture.go) one
// is in, looked up once per paragraph (see para.labelKind).
const (
	labelLink uint16 = 1 << iota
	labelLegal
	labelShare
	labelAppeal
	labelWidget    // widgetLabels
	labelWeak      // weakWidgetLabels
	labelAnswer    // answerLabels
	labelPaywall   // paywallLabels
	labelRate      // ratePrompts
	labelSponsor   // sponsorLabels
	labelAudio     // audioLabels
	labelReadAlso  // readAlsoLabels
	labelRefHeader // referenceHeaders
	labelAd        // adMarkers
	labelAdEnd     // adEnds
)

var labelKinds = newKindSet(linkLabels, legalLabels, shareLabels, appealLabels, widgetLabels,
	weakWidgetLabels, answerLabels, paywallLabels, ratePrompts, sponsorLabels, audioLabels,
	readAlsoLabels, referenceHeaders, adMarkers, adEnds)

// matchLegal: privacy and terms links ("Privacy Policy", "Terms of Use |
// Cookie Policy"), the consent notice of a form (see consentNotice) and
// the moderation notice of a comment section (see moderationNotice).
func matchLegal(p *para) bool {
	if p.starts&mailFooterLeads != 0 && mailFooter(p) {
		p.detail = detailMailFooter
		return true
	}
	if p.i > 0 {
		if r := p.d.Paragraphs[p.i-1].Removal; r != nil && r.Rule == RuleLegal && mailAddress(p) {
			p.detail = detailMailAddress
			return true
		}
	}
	if p.starts&consentLeads != 0 && consentNotice(p) {
		return true
	}
	if p.starts&moderationLeads != 0 && (moderationNotice(p) || commentNotice(p.s) || commentWindow(p) || commentRight(p)) {
		return true
	}
	if p.starts&captchaNotes != 0 && p.words <= privacyNoteWords {
		return true // "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."
	}
	if p.low[0] == 'p' && p.words <= privacyNoteWords && p.has&hasColon != 0 && privacyNote(p.low) {
		return true
	}
	if p.words > 10 {
		return false
	}
	switch p.low[0] {
	case 'p', 't', 'c', 'd', 'y', 'a', 'l', 'i', 'g', 'm', 'n', 'f', 's':
	default:
		if p.low[0] < utf8.RuneSelf && p.low[0] >= 'a' {
			return false
		}
	}
	if p.labelKind()&labelLegal != 0 {
		return true
	}
	return !p.endSent && p.starts&legalLines != 0
}

// privacyNoteWords is the most words of a privacy note under a form.
const privacyNoteWords = 60

// privacyNote reports whether low (lower case, opening with "p") is a
// privacy note: a privacy label of legalLabels, a colon and the note
// ("Privacy notice: newsletters may contain info about charities ...").
// "Terms: the deal runs for five years" is not about privacy.
func privacyNote(low string) bool {
	c := strings.IndexByte(low, ':')
	return c > 0 && strings.HasPrefix(low, "privacy") && legalLabels[low[:c]]
}

// longPrivacyNote reports a privacyNote of at most privacyNoteWords words
// too long to have p.low.
func longPrivacyNote(p *para) bool {
	if p.s[0]|0x20 != 'p' || p.words > privacyNoteWords {
		return false
	}
	var buf [32]byte
	f := foldPrefix(buf[:0], p.s, len(buf)-utf8.UTFMax)
	return privacyNote(unsafe.String(unsafe.SliceData(f), len(f)))
}

// moderationLeads open the notice that a site's comments are moderated,
// in lower case: English, German, French, Italian, Spanish, Galician,
// Portuguese, Catalan, Basque, Dutch, Afrikaans, Maltese, Slovenian,
// Croatian, Bosnian and Serbian, Macedonian, Bulgarian, Albanian, Polish.
var moderationLeads = prefixes(slices.Concat(moderationNotices[:], commentNotices[:], commentWindows[:], commentRights[:])...)

// commentRights open the notice that only some readers may comment (the
// site's subscribers, its registered users), in lower case: English,
// German, French, Spanish, Portuguese, Italian, Polish, Russian and
// Ukrainian.
var commentRights = [...]string{"only registered users can comment", "only registered users may comment",
	"only logged-in users can comment", "only subscribers can comment", "only subscribers may comment",
	"you must be logged in to post a comment", "you must be logged in to comment",
	"you need to be logged in to comment", "log in to comment", "please log in to comment", "sign in to comment",
	"please sign in to comment", "die diskussion zu diesem artikel ist für", "kommentieren können nur",
	"nur registrierte nutzer können", "nur abonnenten können", "seuls les abonnés peuvent commenter",
	"vous devez être connecté pour commenter", "solo los suscriptores pueden comentar",
	"debes iniciar sesión para comentar", "apenas assinantes podem comentar", "somente assinantes podem comentar",
	"solo gli abbonati possono commentare", "komentować mogą tylko", "оставлять комментарии могут",
	"комментировать могут только", "комментарии могут оставлять", "залишати коментарі можуть лише",
	"коментувати можуть лише"}

// commentRightWords is the most words of a notice of commentRights.
const commentRightWords = 30

// commentRight reports whether p, of at most commentRightWords words,
// opens with one of commentRights ("Only registered users can comment.
// Log in", "Die Diskussion zu diesem Artikel ist für Abonnenten
// geöffnet."). Reported speech is no notice.
func commentRight(p *para) bool {
	if p.words > commentRightWords {
		return false
	}
	for _, r := range commentRights {
		// p.low is lower case in ASCII only: "Оставлять" keeps its
		// capital, which labelPrefix folds.
		if labelPrefix(p.s, r) > 0 {
			return !reported(p.low)
		}
	}
	return false
}

var moderationNotices = [...]string{"comments are moderated", "all comments are moderated",
	"comments are subject to moderation", "kommentare werden moderiert", "les commentaires sont modérés",
	"i commenti sono moderati", "los comentarios son moderados", "los comentarios están moderados",
	"os comentarios están moderados", "os comentarios son moderados", "os comentários são moderados",
	"els comentaris són moderats", "els comentaris estan moderats", "iruzkinak moderatuak dira",
	"reacties worden gemodereerd", "kommentaar word gemodereer", "kommentare word gemodereer",
	"il-kummenti huma moderati", "il-kummenti jiġu moderati", "komentarji so moderirani",
	"komentari su moderirani", "komentari se moderiraju", "коментарите се модерирани",
	"коментарите се модерират", "komentet moderohen", "komentet janë të moderuara",
	"komentarze są moderowane",
	// a comment or tip form's note that it will not publish the address
	// (WordPress's wording and its translations)
	"your email address will not be published", "your e-mail address will not be published",
	"your email will not be published", "your contact details will not be published",
	"your details will not be published", "ihre e-mail-adresse wird nicht veröffentlicht",
	"deine e-mail-adresse wird nicht veröffentlicht", "votre adresse e-mail ne sera pas publiée",
	"votre adresse de messagerie ne sera pas publiée", "tu dirección de correo electrónico no será publicada",
	"il tuo indirizzo email non sarà pubblicato", "o seu endereço de email não será publicado",
	"o seu endereço de e-mail não será publicado", "seu endereço de e-mail não será publicado",
	"je e-mailadres wordt niet gepubliceerd"}

// moderationNotice reports whether p, of at most 40 words, is the notice
// that a site's comments are moderated, or a form's that it will not
// publish the writer's address: one of moderationNotices, then
// the end of the line, of a sentence or of a clause ("Comments are
// moderated.", "Comments are moderated and will appear after approval.",
// "Il-kummenti huma moderati. Kummenti offensivi ma jiġux ippubblikati.").
// "Comments are moderated on most news sites, a study found." goes on
// with the sentence, and reported speech is no notice.
func moderationNotice(p *para) bool {
	if p.low == "" || p.words > 40 {
		return false
	}
	for _, m := range moderationNotices {
		if !strings.HasPrefix(p.low, m) {
			continue
		}
		rest := p.low[len(m):]
		return (rest == "" || rest[0] == '.' || rest[0] == ',' || rest[0] == ';' || rest[0] == '!' ||
			strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " u ") || strings.HasPrefix(rest, " in ") ||
			strings.HasPrefix(rest, " i ") || strings.HasPrefix(rest, " y ") || strings.HasPrefix(rest, " e ") ||
			strings.HasPrefix(rest, " et ") || strings.HasPrefix(rest, " und ") || strings.HasPrefix(rest, " en ")) &&
			!reported(p.low)
	}
	return false
}

// commentNotices open the notice that a story's comments are closed or
// restricted, in lower case (English).
var commentNotices = [...]string{"comments are closed", "comments are now closed", "comments have been closed",
	"comments are disabled", "comments have been disabled", "comments are turned off",
	"comments have been turned off", "commenting is closed", "commenting is disabled",
	"commenting has been disabled", "comments on this article", "comments on this story",
	"comments for this article", "comments for this story", "anyone who comments", "we have closed comments",
	"we have disabled comments"}

// commentStates say what became of a story's comments, or why, in lower
// case.
var commentStates = [...]string{"closed", "disabled", "restricted", "turned off", "switched off", "suspended",
	"contempt", "legal reasons", "moderat"}

// commentNotice reports whether s, of at most 80 words, is the notice
// that a story's comments are closed or restricted: it opens with one of
// commentNotices and says what became of them or why (commentStates):
// "Comments are closed.", "Comments on this article have been disabled
// for legal reasons.", "Anyone who comments on this story should be aware
// of the laws of contempt. ... Comments on this article have been
// restricted." Reported speech is no notice ("Comments on this story are
// closed after a week, the editor said.").
func commentNotice(s string) bool {
	if s == "" || s[0]|0x20 != 'c' && s[0]|0x20 != 'a' && s[0]|0x20 != 'w' {
		return false
	}
	lead := false
	for _, l := range commentNotices {
		if hasPrefixFold(s, l) {
			lead = true
			break
		}
	}
	if !lead || wordCount(s) > 80 {
		return false
	}
	for _, w := range commentStates {
		if containsFold(s, w) {
			return !reported(strings.ToLower(s))
		}
	}
	return false
}

// commentWindows open the notice of how long a story's comments stay
// open, in lower case: English, Finnish, Swedish, Norwegian, Danish,
// German.
var commentWindows = [...]string{"you can comment", "you can leave a comment", "comments are open", "comments will close",
	"comments close at", "comments close on", "commenting is open", "commenting will close", "voit keskustella",
	"voit kommentoida", "keskustelu on avoinna", "kommentointi on avoinna", "du kan kommentera",
	"kommentarsfältet är öppet", "du kan kommentere", "kommentarfeltet er åpent", "kommentarfeltet er åbent",
	"sie können diesen artikel bis", "die kommentarfunktion ist bis"}

// windowEnds say until when, in lower case (see commentWindow).
var windowEnds = [...]string{"until", "till", "close at", "close on", "saakka", "asti", "fram till", "frem til",
	"indtil", "bis "}

// commentWindowWords is the most words of a notice of commentWindows.
const commentWindowWords = 20

// commentWindow reports whether p is the notice of how long a story's
// comments stay open: one of commentWindows, a time or a date (a figure)
// and until when (windowEnds), at most commentWindowWords words: "You can
// comment on this article until 11pm on 18 July.", "Voit keskustella
// aiheesta 18.7. kello 23:een saakka." Reported speech is no notice.
func commentWindow(p *para) bool {
	return p.words <= commentWindowWords && p.has&hasFigure != 0 && anyPrefix(p.low, commentWindows[:]...) &&
		containsAny(p.low, windowEnds[:]) && !reported(p.low)
}

// consentLeads open the consent notice of a form, in lower case, in
// English, German, French, Spanish, Portuguese, Slovak, Czech, Croatian,
// Polish, Italian, Dutch, Slovenian, Macedonian, Bulgarian, Albanian,
// Galician, Catalan, Afrikaans, Maltese.
var consentLeads = prefixes(append(readLeads[:], "by submitting", "by providing", "by signing up", "by clicking", "by subscribing", "by registering",
	"by entering your", "by creating an account", "by continuing", "vos données sont", "vos données personnelles sont",
	"mit ihrer anmeldung", "mit der anmeldung",
	"mit dem absenden", "en vous inscrivant", "en cliquant", "al suscribirte", "al registrarte",
	"al hacer clic", "ao se cadastrar", "ao clicar", "ao assinar", "prihlásením", "odoslaním",
	"registráciou", "přihlášením", "odesláním", "registrací", "prijavom", "prijavljivanjem",
	"zapisując się", "rejestrując się", "iscrivendoti", "registrandoti", "door je aan te melden",
	"s prijavo", "z oddajo", "z registracijo", "s klikom", "со пријавувањето", "со регистрацијата",
	"с абонирането", "с регистрацията", "duke u regjistruar", "duke u abonuar", "ao subscribirte",
	"ao rexistrarte", "en subscriure't", "deur in te teken", "billi tirreġistra", "billi tabbona",
	"door u aan te melden", "contact me with", "send me ", "email me ", "e-mail me ", "keep me updated",
	"i would like to receive", "i'd like to receive", "i agree to receive", "i agree that ", "yes, i'd like", "yes, i would like",
	"yes, send me", "sign me up", "we use your sign-up", "we use your sign up", "we use your email",
	"we use your e-mail", "we'll use your email", "we will use your email", "we will only use your",
	"we'll only use your")...)

// readLeads open a form's checkbox in which the reader says they have read
// or accept a notice ("I have read and accept the privacy policy"), in
// lower case, in English, Italian, Spanish, French, Portuguese, German,
// Dutch and Polish; they are consentLeads too.
var readLeads = [...]string{"i have read ", "i've read ", "i accept the ", "ho letto ", "ho preso visione",
	"he leído ", "he leido ", "j'ai lu ", "li e aceito", "li e concordo", "ich habe die ", "ich habe den ",
	"ik heb de ", "przeczytałem ", "przeczytałam ", "akceptuję "}

// consentObjects are what a form's checkbox says the reader has read or
// accepts: its privacy and terms notices, in lower case.
var consentObjects = [...]string{"privacy", "terms", "conditions", "informativa", "privacidad",
	"confidentialité", "termos", "datenschutz", "agb", "nutzungsbedingungen", "voorwaarden", "privacybeleid",
	"regulamin", "prywatności", "termini", "condizioni", "política de"}

// consentAgrees say that the reader agrees, in lower case; firstAgrees
// say it in the first person, as a form speaks for the reader after a
// lead of what the reader does ("By signing up, I accept the Terms").
var firstAgrees = [...]string{"i agree", "i accept", "i consent", "i acknowledge"}

var consentAgrees = [...]string{"you agree", "you accept", "you consent", "you acknowledge", "you confirm",
	"stimmen sie", "akzeptieren sie", "vous acceptez", "aceptas", "acepta ", "você concorda", "você aceita",
	"súhlasíte", "souhlasíte", "prihvaćate", "pristajete", "akceptujesz", "wyrażasz zgodę", "accetti",
	"acconsenti", "ga je akkoord", "gaat u akkoord", "se strinjate", "се согласувате", "се съгласявате",
	"pajtoheni", "acceptes", "stem jy in", "qed taqbel", "you've consented", "you have consented",
	"our privacy notice", "our privacy policy", "notre politique de confidentialité"}

// checkboxOffers are what the first-person checkbox of a form asks for
// ("Contact me with news and offers from other brands", "Send me
// updates", "I agree that X can send me the newsletter"), in lower case.
var checkboxOffers = [...]string{"news", "offers", "updates", "newsletter", "promotions", "special offers"}

// consentNotice reports whether p, which opens with one of consentLeads,
// is the consent notice of a form of at most 50 words: the reader is told
// that they agree ("By submitting your information you agree to the
// Terms & Conditions", "By signing up, you accept our privacy policy"), or
// after a lead of "by" the form agrees for the reader (firstAgrees: "By
// signing up, I accept X's Terms & Conditions"). "By submitting the bid late, the company agreed to pay a penalty."
// tells no reader. A checkbox in the first person of at most 20 words
// asking for news or offers ("Contact me with news and offers from other
// brands", see firstPersonLead) is one too, quotation marks and all (a
// newsletter's name: "I agree that X can send me the "Daily" newsletter."),
// unless it reports speech.
func consentNotice(p *para) bool {
	if p.low == "" || p.words > 50 {
		return false
	}
	if containsAny(p.low, consentAgrees[:]) || strings.HasPrefix(p.low, "by ") && containsAny(p.low, firstAgrees[:]) {
		return true
	}
	return p.words <= 20 && (firstPersonLead(p.low) && containsAny(p.low, checkboxOffers[:]) || readConsent(p.low)) &&
		!speechVerb(p.low)
}

// readConsent reports whether low opens with one of readLeads and names
// a privacy or terms notice: a form's checkbox ("Ho letto e
// accetto l'informativa sulla privacy").
func readConsent(low string) bool {
	return anyPrefix(low, readLeads[:]...) && containsAny(low, consentObjects[:])
}

// firstPersonLead reports whether low opens with a consent lead in the
// first person ("contact me with", "send me", "sign me up", "i would
// like to receive"): the label of a form's checkbox.
func firstPersonLead(low string) bool {
	return anyPrefix(low, "contact me with", "send me ", "email me ", "e-mail me ", "keep me updated",
		"i would like to receive", "i'd like to receive", "i agree to receive", "i agree that ", "yes, i'd like",
		"yes, i would like", "yes, send me", "sign me up")
}

// captchaNotes open the notice a form protected by reCAPTCHA must show.
var captchaNotes = prefixes("this site is protected by recaptcha", "this form is protected by recaptcha",
	"this page is protected by recaptcha", "protected by recaptcha", "this site is protected by hcaptcha")

// legalLines open a line of privacy and terms links.
var legalLines = prefixes("privacy policy", "terms of use", "terms of service",
	"terms and conditions", "terms & conditions", "cookie policy", "privacy notice", "correction policy",
	"corrections policy", "report an error")

// ---- appeals ---------------------------------------------------------------------

// appealVerbs open a short call to action ("Support X!", "Donate now").
var appealVerbs = [...]string{"support", "donate", "subscribe", "contribute", "become a member",
	"become a subscriber", "become a supporter", "become a patron", "join us", "join our", "give now",
	"give today", "make a donation", "make a contribution", "sign up for our", "sign up to our",
	"sign up for the", "subscribe to", "get our newsletter", "unlock", "upgrade to"}

// appealVerbList is appealVerbs as a prefix list.
var appealVerbList = prefixes(appealVerbs[:]...)

// supportNext are the words after "Support" that make a call to action.
var supportNext = newWordSet(map[string]bool{"us": true, "our": true, "independent": true, "quality": true,
	"journalism": true, "local": true, "free": true, "reader-funded": true})

// verbAppeal reports whether low, a short line in lower case of words
// words, opens with a verb of appealVerbs and calls to act: the verb alone,
// the line ending with "!" (bang), or at most ten words ("Subscribe from
// as little as $1 a week"; "Support" only before supportNext or public
// media: "Support local journalism", "Support public radio"), or at most
// pricedAppealWords with a price "as little as" ("Support the Daily
// Planet from as little as £2 a month. Thank you.").
func verbAppeal(low string, bang bool, words int) bool {
	const pricedAppealWords = 20
	for _, v := range appealVerbs {
		if v[0] != low[0] || !strings.HasPrefix(low, v) {
			continue
		}
		if len(low) > len(v) && isWordByte(low[len(v)]) {
			continue // "supporters", "donated"
		}
		rest := strings.TrimLeft(low[len(v):], " :")
		if rest == "" || bang {
			return true
		}
		little := strings.Contains(rest, "as little as")
		if v != "support" || supportNext.has(firstWord(rest)) || publicMedia(rest) || little {
			// A longer line is an appeal by its cues, or by its price.
			return words <= 10 || little && words <= pricedAppealWords
		}
	}
	return false
}

// readerGetsLeads are the first words of a sentence that says what the reader
// gets before a call to subscribe or give (see matchAppeal), lower case;
// pitchLeadWords is the most words of that sentence.
var readerGetsLeads = newWordSet(map[string]bool{"read": true, "get": true, "enjoy": true, "access": true,
	"stay": true, "never": true, "want": true, "keep": true, "unlock": true, "discover": true})

const pitchLeadWords = 12

// publicMedia reports whether s, lower case, opens with public radio, media,
// broadcasting or television: what "Support" asks for on a public
// broadcaster's page ("Support public radio"; "Support public transit" asks
// for nothing of the reader).
func publicMedia(s string) bool {
	rest, ok := strings.CutPrefix(s, "public ")
	if !ok {
		return false
	}
	switch strings.TrimRight(firstWord(rest), ".") {
	case "radio", "media", "broadcasting", "television":
		return true
	}
	return false
}

// matchAppeal: donation, membership and subscription appeals. A short line
// is an appeal when it opens one or is a call to action; any paragraph is
// when its wording adds up: two strong cues, or one and three weak ones (see
// rules_appeal.go).
func matchAppeal(p *para) bool {
	if p.low != "" && matchAppealLine(p) {
		return true
	}
	short := len(p.s) <= 160
	if short {
		if p.starts&appealVerbList != 0 && verbAppeal(p.low, strings.HasSuffix(p.s, "!"), p.words) {
			return true
		}
		if p.has&hasDot != 0 && readerGetsLeads.has(firstWord(p.low)) {
			// The call after a sentence that says what the reader gets:
			// "Read the Daily Sentinel e-Paper on your phone, tablet or
			// computer. Subscribe from as little as Sh20 a day."
			if k := strings.Index(p.low, ". "); k > 0 && wordCount(p.low[:k]) <= pitchLeadWords &&
				startLists(p.low[k+2:])&appealVerbList != 0 &&
				verbAppeal(p.low[k+2:], strings.HasSuffix(p.s, "!"), wordCount(p.low[k+2:])) && !reported(p.low) {
				return true
			}
		}
		// Lines of three words or fewer are too short to be an appeal,
		// but for a greeting to the audience ("Dear readers,", "Liebe
		// Leser,"), which opens one.
		if p.words <= 3 && !strings.HasPrefix(p.low, "dear ") && !(greetLine(p.low) && p.mayGreet()) {
			return false
		}
	}
	// Only a short paragraph opens an appeal; a long one is an appeal only
	// by its strong cues.
	if !p.appealGate(short) {
		return false
	}
	c := appealCuesOf(p.s, p.foreign())
	if short && c&cueOpener != 0 {
		return true
	}
	strong, weak := cueCounts(c)
	return strong >= 2 || strong == 1 && weak >= 3
}

// matchAppealLine: the short appeals the cues do not add up to: a call to
// act beyond English that is the whole line (appealLabels: "Jetzt
// spenden", "Faire un don", "Подписаться"), a sign-up line (isSignUp) and
// a request to turn an ad blocker off (isAdBlockRequest). p is short (it
// has p.low). The cheap tests are made here, so that most lines need no
// call: a sign-up line has three words or more ("Sign up here"), an
// ad-blocker request four.
func matchAppealLine(p *para) bool {
	if p.words <= 4 && p.labelKind()&labelAppeal != 0 || p.words <= 8 && appealToName(p.low) {
		return true
	}
	if p.words < 3 {
		return false
	}
	if p.words <= signupWords && signupLeads[p.low[0]] && signupMessage(p.low, p.words) {
		p.detail = detailSignup
		return true
	}
	if p.low[0] == 'o' && p.words <= ourNewsletterWords && strings.HasPrefix(p.low, "our ") && ourNewsletter(p.low) {
		return true
	}
	// The first byte first: most lines, without a comparison.
	if c := p.low[0]; (c == 'w' || c == 'a' || c == 'p') && p.words <= paymentWords &&
		anyPrefix(p.low, "we accept ", "accepted payment methods", "payment methods:") && paymentMethods(p.low) {
		p.detail = detailPayment
		return true
	}
	sig := p.signature()
	if (subSignUp.maybe(sig) || subSubscribe.maybe(sig) || subRegister.maybe(sig) ||
		p.starts&(newsletterLeads|intlSignUpLeads) != 0) && isSignUp(p) {
		return true
	}
	// A sign-up sentence, or a button-like line that is one with no full
	// stop ("Teken in op ons gratis nuusbrief").
	if (p.endSent || p.words <= signUpButtonWords) && p.words >= 4 && p.words <= 40 && newsletterSentence(p) {
		return true
	}
	if p.words >= 4 && newsletterPitch(p) {
		return true
	}
	return p.words >= 4 && (subBlo.maybe(sig) || p.low[0] == 0xD0 || p.low[0] == 0xD1) && isAdBlockRequest(p)
}

// paymentWords is the most words of a donation form's line of payment
// methods.
const paymentWords = 16

// paymentBrands are card schemes and wallets a payment form names, in
// lower case.
var paymentBrands = [...]string{"visa", "mastercard", "american express", "amex", "paypal", "apple pay",
	"google pay", "discover", "maestro", "diners club"}

// paymentMethods reports whether low, a line that opens "we accept" or
// "payment methods", names two payment brands or more ("We accept Visa,
// Mastercard, American Express and PayPal"): a donation or subscription
// form's line.
func paymentMethods(low string) bool {
	n := 0
	for _, b := range paymentBrands {
		if strings.Contains(low, b) {
			n++
		}
	}
	return n >= 2
}

// signUpButtonWords is the most words of a sign-up line beyond English
// that does not end like a sentence (see newsletterSentence).
const signUpButtonWords = 10

// appealToName reports a button that asks to support or subscribe to a
// name in quotation marks: an appeal label (see appealLabels), then the
// name ("Підтримати «Вісник»", "Jetzt „Tagesblatt“ unterstützen" is no
// such line). low is the line in lower case in ASCII.
func appealToName(low string) bool {
	// The closing quotation mark first: few lines end with one.
	if last, _ := utf8.DecodeLastRuneInString(low); last != '»' && last != '"' && last != '”' && last != '“' {
		return false
	}
	q := strings.IndexAny(low, "«\"“„")
	if q <= 0 {
		return false
	}
	label := strings.TrimSpace(low[:q])
	if len(label) > labelFoldMax {
		return false
	}
	var buf [2 * labelFoldMax]byte
	return labelKinds.kind(string(foldPrefix(buf[:0], label, len(buf)-utf8.UTFMax)))&labelAppeal != 0
}

// appealLabels are calls to donate, subscribe or support beyond English,
// the buttons of a donation banner and a newsletter box's name in
// English, that are a whole line:
// buttons. In lower case, each also with a closing
// "!" (labelText trims no "!"). A word that is also a name or a heading
// ("Doe", "Spenden", "Donar") is not one alone.
var appealLabels = withBang(
	// English: a newsletter box's name
	"free newsletter", "free weekly newsletter", "free daily newsletter", "free email newsletter",
	// German, Dutch
	"jetzt spenden", "spenden sie jetzt", "jetzt unterstützen", "unterstützen sie uns", "unterstütze uns",
	"jetzt abonnieren", "abonnieren", "abo abschließen", "jetzt abo abschließen", "jetzt mitglied werden",
	"mitglied werden", "newsletter abonnieren", "jetzt newsletter abonnieren", "doneer", "doneer nu",
	"jetzt testen", "jetzt gratis testen", "jetzt kostenlos testen",
	"steun ons", "word lid", "word abonnee", "abonneer", "abonneer nu", "abonneren", "inschrijven",
	"schrijf je in", "schrijf je nu in",
	// French, Italian
	"faire un don", "faites un don", "je fais un don", "soutenez-nous", "nous soutenir", "abonnez-vous",
	"découvrir les offres", "voir les offres",
	"je m'abonne", "je m’abonne", "s'abonner", "s’abonner", "devenez membre", "dona ora",
	"fai una donazione", "sostienici", "abbonati", "abbonati ora", "abbonati subito", "iscriviti",
	"iscriviti ora",
	// Spanish, Portuguese
	"dona ahora", "haz una donación", "suscríbete", "suscríbete ahora", "suscribirse", "apóyanos",
	"hazte socio", "hazte socia", "hazte miembro", "assine", "assine já", "assine agora", "assinar",
	"apoie", "apoie-nos", "doe agora", "faça uma doação", "inscreva-se", "seja assinante", "seja membro",
	"suscribite", "suscribite ahora", "quiero suscribirme", "suscribirme", "apoyanos", "apúntate",
	"apúntate gratis", "je m'inscris", "je m’inscris", "inscrivez-vous",
	// Afrikaans
	"teken in", "teken nou in", "skryf in", "ondersteun ons",
	// West Frisian, Occitan, Esperanto
	"oanmelde", "stipe ús", "far un don", "fasètz un don", "sostenètz-nos", "abonatz-vos", "subteni nun",
	"subtenu nin", "donaci", "donacu", "aboni",
	// English: the buttons of a donation banner
	"before you read on", "remind me later", "remind me in january", "remind me in february", "remind me in march",
	"remind me in april", "remind me in may", "remind me in june", "remind me in july",
	"remind me in august", "remind me in september", "remind me in october", "remind me in november",
	"remind me in december",
	// Swedish, Norwegian, Danish, Finnish
	"prenumerera", "prenumerera nu", "prenumerera här", "bli prenumerant", "teckna prenumeration",
	"stöd oss", "abonner", "abonner nå", "abonner her", "bli abonnent", "kjøp abonnement", "støtt oss",
	"abonnér", "abonner nu", "abonnér nu", "bliv abonnent", "køb abonnement", "støt os", "tilaa",
	"tilaa nyt", "tue meitä",
	// Turkish, Indonesian, Malay
	"abone ol", "abone olun",
	"langganan sekarang", "berlangganan", "berlangganan sekarang", "dukung kami", "langgan sekarang",
	// Latvian
	"abonēt", "abonēt tagad", "abonē tagad", "kļūsti par abonentu",
	// Polish, Russian, Ukrainian
	"wesprzyj nas", "wesprzyj", "wpłać", "wpłać teraz", "zostań patronem", "subskrybuj", "zasubskrybuj",
	"zaprenumeruj", "wspieraj nas", "przekaż darowiznę", "поддержать", "поддержать нас",
	"поддержите нас", "поддержи нас", "подписаться", "подпишитесь", "пожертвовать", "оформить подписку",
	"підтримати", "підтримайте нас", "підписатися", "підпишіться", "передплатити", "оформити передплату")

// withBang returns the set of labels, each also followed by "!".
func withBang(labels ...string) map[string]bool {
	m := make(map[string]bool, 2*len(labels))
	for _, l := range labels {
		m[l], m[l+"!"] = true, true
	}
	return m
}

// alertsCallWords is the most words of a call to sign up for alerts
// without a sentence's end ("Get breaking news alerts", see isSignUp).
const alertsCallWords = 8

// isSignUp reports whether the short paragraph p asks the reader to sign up
// for a newsletter or alerts: a sentence opening with "Sign up",
// "Subscribe" or "Register" that names what it offers (signUpSentence), a
// line opening with "Get", "Join", "Receive" that names a newsletter or an
// inbox ("Get our daily newsletter", "Receive the latest local updates in
// your inbox"), "Sign up for" and a name of capitalised words ("Sign up
// for Gearwise Weekly"), or beyond English a line opening with a sign-up verb that
// names a newsletter or "our" (htmlIntlSignUp: "Inscrivez-vous à notre
// newsletter", "Jetzt Newsletter abonnieren"). "Readers signed up for the
// newsletter in droves" is none of these.
func isSignUp(p *para) bool {
	if signUpSentence(p.low) {
		return true
	}
	if p.starts&newsletterLeads != 0 && p.words <= 40 && (strings.Contains(p.low, "newsletter") || strings.Contains(p.low, "inbox") ||
		p.words <= alertsCallWords && !p.endSent && strings.Contains(p.low, " alerts")) {
		return true // "Get weather alerts for your area"
	}
	if rest, ok := cutSignUpFor(p.s); ok && p.words <= 7 && !p.endPunct && isCapitalised(rest) {
		return true // a newsletter's name: "Sign up for Gearwise Weekly", "Sign up to Kitchen Notes"
	}
	return p.starts&intlSignUpLeads != 0 && intlSignUp(p)
}

// newsletterPitch reports the short paragraph p (it has p.low) when it
// promises the inbox in at most 25 words (see inboxPitches, and
// inboxPromise in a sentence) or offers more of the same there in a
// question of at most ten words (see moreLeads), thanks the reader and
// asks for a subscription, a share or a follow ("Thanks for reading X!
// This post is public so feel free to share it."), or names a newsletter
// in at most 40 words
// and closes with "Sign up here." (see signUpHere).
func newsletterPitch(p *para) bool {
	if p.low[0] == 't' && strings.HasPrefix(p.low, "thanks for reading") {
		return strings.Contains(p.low, "subscribe") || strings.Contains(p.low, "share") || strings.Contains(p.low, "follow")
	}
	// signUpHere all end with "e." or "e!": one byte rules most lines out.
	if p.words <= 40 && p.endSent && len(p.low) > len(signUpHere[0]) && p.low[len(p.low)-2] == 'e' && anySuffix(p.low, signUpHere[:]...) {
		return strings.Contains(p.low, "newsletter")
	}
	if p.words > 25 {
		return false
	}
	// The rare 'x' first: most lines have none.
	if strings.IndexByte(p.low, 'x') >= 0 && strings.Contains(p.low, "r inbox") && containsAny(p.low, inboxPitches[:]) {
		return true
	}
	if p.low[0] == 'e' && strings.HasPrefix(p.low, "enter your ") && containsAny(p.low, sendYou[:]) {
		return true // "Enter your postcode and we'll send you an email when a warning is issued."
	}
	if p.words <= 10 && p.low[len(p.low)-1] == '?' && anyPrefix(p.low, moreLeads[:]...) &&
		inboxWords.in(p.low, p.signature()) && containsAny(p.low, inboxPhrases[:]) {
		return true // "Want more cycling news in your inbox?"
	}
	if p.low[0] == 'w' && moreCall(p.low) {
		return true // "Want more transfer news? Follow our live blog for updates."
	}
	return p.endSent && inboxWords.in(p.low, p.signature()) && inboxPromise(p.low)
}

// moreCall reports whether low (lower case) asks whether the reader wants
// more in a question of at most moreQuestionWords words and then calls
// the reader to one of the outlet's own pages or channels: "Want more
// transfer news? Follow our live Transfer Centre blog for updates
// throughout the day".
func moreCall(low string) bool {
	q, rest, ok := strings.Cut(low, "? ")
	if !ok || !strings.HasPrefix(q, "want more ") || wordCount(q) > moreQuestionWords {
		return false
	}
	return anyPrefix(rest, moreCallVerbs[:]...) && (containsWordLow(rest, "our") || containsWordLow(rest, "us"))
}

// moreQuestionWords is the most words of moreCall's question.
const moreQuestionWords = 6

// moreCallVerbs open moreCall's call, lower case.
var moreCallVerbs = [...]string{"follow ", "sign up", "subscribe", "read ", "visit ", "check out ", "head to ",
	"download ", "join ", "get ", "listen to ", "watch ", "bookmark "}

// signUpHere close a newsletter's pitch ("The Daily Briefing newsletter
// brings you the top stories every morning. Sign up here."), lower case.
var signUpHere = [...]string{". sign up here.", ". subscribe here.", ". sign up here!", ". subscribe here!"}

// inboxPromise reports whether low (lower case) closes a sentence with a
// promise of the inbox set off from what goes there: the last item of
// a sentence, after a comma or a dash, of at most inboxItemWords words,
// holds an inbox phrase (inboxPhrases) and opens with it or with when it
// comes or what it costs (pitchLeads): "The top stories from the coast,
// in your inbox every morning.", "Das Wichtigste aus der Region – jeden
// Morgen kostenlos in Ihrem Postfach. Jetzt anmelden!". "Scam texts
// that land in your inbox every week are up by a third." sets nothing
// off, "By the time the bill lands, it is already in your inbox." has a
// subject and a verb in the item, and reported speech is an article's.
func inboxPromise(low string) bool {
	for _, ph := range inboxPhrases {
		i := strings.Index(low, ph)
		if i < 0 {
			continue
		}
		end := i + len(ph)
		for end < len(low) && low[end] != '.' && low[end] != '!' && low[end] != ',' {
			end++
		}
		if end < len(low) && low[end] == ',' {
			return false // the item goes on: not the sentence's last
		}
		lo := max(strings.LastIndexByte(low[:i], ','), strings.LastIndex(low[:i], " – "),
			strings.LastIndex(low[:i], " — "), strings.LastIndex(low[:i], " - "))
		if lo < 0 || strings.ContainsAny(low[lo:i], ".!?") {
			return false
		}
		item := strings.TrimLeft(low[lo:end], " ,–—-")
		return wordCount(item) <= inboxItemWords && (strings.HasPrefix(item, ph) || anyPrefix(item, pitchLeads[:]...)) &&
			!reported(low)
	}
	return false
}

// pitchLeads open the item of a newsletter's pitch that promises the
// inbox, before the inbox phrase: when it comes and what it costs, in
// lower case ("every morning", "jeden Morgen kostenlos", "gratis").
var pitchLeads = [...]string{"every ", "each ", "daily ", "weekly ", "free ", "straight ", "direct", "delivered ",
	"jeden ", "jede ", "jeweils ", "täglich ", "wöchentlich ", "kostenlos ", "gratis ", "chaque ", "tous les ",
	"gratuitement ", "cada ", "todos los ", "todas las ", "ogni ", "tutti i ", "elke ", "iedere ", "dagelijks ",
	"wekelijks "}

// inboxItemWords is the most words of the item that promises the inbox
// (see inboxPromise).
const inboxItemWords = 7

var (
	// inboxWords gate newsletterPitch: one is in every inbox phrase.
	inboxWords = newGatedWords("box", "postfach", "boîte", "bandeja", "caixa", "casella")
	// inboxPhrases name the reader's inbox, in lower case.
	inboxPhrases = [...]string{"in your inbox", "to your inbox", "into your inbox", "in ihr postfach",
		"in ihrem postfach", "in dein postfach", "in deinem postfach", "dans votre boîte", "dans ta boîte",
		"en tu bandeja", "en su bandeja", "na sua caixa de entrada", "na tua caixa de entrada",
		"nella tua casella", "in je inbox", "in uw inbox", "in je mailbox", "in uw mailbox"}
)

// moreLeads open a newsletter's question that offers more of the same
// ("Want more cycling news in your inbox?"), lower case, in English,
// Dutch, German, French, Spanish, Portuguese and Italian.
var moreLeads = [...]string{"want more ", "more ", "meer ", "mehr ", "plus d", "envie de plus", "más ", "quieres más",
	"mais ", "quer mais", "più ", "vuoi più", "vuoi altre"}

// inboxPitches are what a newsletter promises ("The best deals, straight to
// your inbox every Friday"); "in your inbox" is also an article's.
var inboxPitches = [...]string{"straight to your inbox", "delivered to your inbox", "direct to your inbox",
	"directly to your inbox", "right to your inbox", "sent to your inbox"}

// sendYou promise what a sign-up form sends, after "Enter your …".
var sendYou = [...]string{"we'll send you", "we’ll send you", "we will send you"}

// newsletterLeads open a line that offers a newsletter when it names one
// ("Have you signed up for X? ... in your inbox every morning").
var newsletterLeads = prefixes("get ", "join ", "receive ", "don't miss", "don’t miss", "never miss",
	"have you signed up")

// cutSignUpFor returns what follows "Sign up for " or "Sign up to " at the
// start of s.
func cutSignUpFor(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "Sign up ")
	if !ok {
		return "", false
	}
	if r, ok := strings.CutPrefix(rest, "for "); ok {
		return r, true
	}
	return strings.CutPrefix(rest, "to ")
}

// ourNewsletterWords is the most words of a newsletter's blurb.
const ourNewsletterWords = 30

// ourNewsletter reports whether low (lower case, opening with "our ")
// describes a newsletter of the site: "newsletter" is one of its first
// three words after "Our" ("Our weekly newsletter with the best new
// recipes ..."). "Our reporters read the council's newsletter" names it
// later.
func ourNewsletter(low string) bool {
	w := low[len("our "):]
	for range 3 {
		if strings.HasPrefix(w, "newsletter") {
			return true
		}
		k := strings.IndexByte(w, ' ')
		if k < 0 {
			return false
		}
		w = w[k+1:]
	}
	return false
}

// signUpObjects are what a sign-up sentence offers: after "Sign up" or
// "Subscribe", any of them; after "Register", one of the first four. A
// product or an account is none ("Sign up for the bundle using the same
// email as your account" is an article's advice).
var signUpObjects = [...]string{"newsletter", "mailing list", "email list", "e-mail list", "inbox", "alerts",
	"updates", " our ", " here "}

// signUpSentence reports whether a sentence of low (lower case) opens with
// "sign up", "subscribe" or "register" as a whole word and names one of
// signUpObjects before it ends, within 80 bytes, or goes on with "for
// free" ("Subscribe for free to receive new posts"). A sentence opens low
// or follows one of ".!?:" and a space; those bytes are rare, and found
// faster than the verbs.
func signUpSentence(low string) bool {
	if signUpAt(low) {
		return true
	}
	for _, c := range [...]byte{'.', '!', '?', ':'} {
		for i := 0; ; {
			j := strings.IndexByte(low[i:], c)
			if j < 0 {
				break
			}
			i += j + 1
			if i+1 < len(low) && low[i] == ' ' && signUpAt(low[i+1:]) {
				return true
			}
		}
	}
	return false
}

// signUpAt reports whether the sentence s opens as signUpSentence asks.
func signUpAt(s string) bool {
	if s == "" || s[0] != 's' && s[0] != 'r' {
		return false
	}
	var v string
	switch {
	case strings.HasPrefix(s, "sign up"):
		v = "sign up"
	case strings.HasPrefix(s, "subscribe"):
		v = "subscribe"
	case strings.HasPrefix(s, "register"):
		v = "register"
	default:
		return false
	}
	if len(s) > len(v) && isWordByte(s[len(v)]) {
		return false // "subscribers", "registered"
	}
	objects := signUpObjects[:]
	if v == "register" {
		objects = objects[:4]
	}
	rest := s[len(v):min(len(s), len(v)+80)]
	if k := sentenceEnd(rest); k >= 0 {
		rest = rest[:k]
	}
	var buf [82]byte // rest with a space after it: " here" ends a sentence
	padded := append(append(buf[:0], rest...), ' ')
	return containsAny(bytesString(padded), objects) || v != "register" && strings.HasPrefix(rest, " for free")
}

// sentenceEnd returns the index of the first ". ", "! " or "? " in s, or -1.
func sentenceEnd(s string) int {
	for k := 0; k+1 < len(s); k++ {
		if s[k+1] == ' ' && (s[k] == '.' || s[k] == '!' || s[k] == '?') {
			return k
		}
	}
	return -1
}

// intlSignUpVerbs open the sign-up lines htmlIntlSignUp matches (but
// "registrati", which opens English "registration"); intlSignUpLeads is
// them as a prefix list.
var intlSignUpVerbs = [...]string{"melden sie sich", "melde dich", "registrieren sie sich", "abonnieren sie",
	"meld je", "schrijf je", "abonneer je", "inscrivez-vous", "abonnez-vous", "iscriviti", "abbonati",
	"suscríbete", "suscríbase", "regístrate", "regístrese", "inscríbete", "assine", "inscreva-se",
	"cadastre-se", "zapisz się", "zarejestruj się", "subskrybuj", "zasubskrybuj", "подпишитесь",
	"подписывайтесь", "зарегистрируйтесь", "підпишіться", "підписуйтесь", "підписуйтеся",
	"зареєструйтеся", "jetzt newsletter", "den newsletter", "unseren newsletter", "zum newsletter"}

var intlSignUpLeads = prefixes(intlSignUpVerbs[:]...)

// intlSignUp reports whether the short paragraph p, which starts with one
// of intlSignUpLeads, is a sign-up line beyond English: the lead a whole
// word or words, then what htmlIntlSignUp matches on p lower-cased in
// full.
func intlSignUp(p *para) bool {
	var buf [2*shortLen + utf8.UTFMax]byte
	f := foldPrefix(buf[:0], p.s, len(buf)-utf8.UTFMax)
	for _, v := range intlSignUpVerbs {
		if len(f) > len(v) && string(f[:len(v)]) == v && !isWordByte(f[len(v)]) {
			return htmlIntlSignUp.Match(f)
		}
	}
	return false
}

// newsletterVerbs open a sentence that asks the reader to sign up, in
// lower case, in Danish, Norwegian, Swedish, Finnish, Hungarian,
// Portuguese, Spanish, French, Italian, German, Dutch, Romanian, Czech,
// Polish, Malay and Indonesian, Croatian, Bosnian and Serbian, Slovak,
// Slovenian (also "Vsak četrtek", "every Thursday", before "v vaš
// e-predal"), Catalan, Estonian, Icelandic, Galician, Basque, Maltese,
// Albanian, Afrikaans; newsletterVerbLeads is them as
// a prefix list. Each opens with an ASCII letter: the sentence is read in
// low, lower case in ASCII only.
var newsletterVerbs = [...]string{"tilmeld dig", "meld deg på", "meld dig", "anmäl dig", "prenumerera på",
	"tilaa", "iratkozzon fel", "iratkozz fel", "cadastre-se", "inscreva-se", "assine", "suscríbete",
	"suscríbase", "inscríbete", "inscrivez-vous", "abonnez-vous", "iscriviti", "abbonati", "melden sie sich",
	"abonnieren sie", "meld je", "schrijf je", "abonează-te", "abonați-vă", "přihlaste se", "zapisz się",
	"langgan", "daftar", "prijavite se", "pretplatite se", "prihláste sa", "naročite se", "subscriu-te",
	"subscriviu-vos", "rep la nostra", "rep el nostre", "rep cada", "telli", "liitu", "skráðu þig",
	"subscríbete", "subscribe-te", "subscreva", "apúntate", "recibe cada", "recibe as", "recibe os",
	"vsak ponedeljek", "vsak torek", "vsako sredo", "vsak četrtek", "vsak petek", "vsak dan", "vsako jutro",
	"harpidetu", "abbona", "irreġistra", "abonohu", "regjistrohu", "teken in", "skryf in"}

var newsletterVerbLeads = prefixes(newsletterVerbs[:]...)

// newsletterNouns name a newsletter or the reader's inbox in the languages
// of newsletterVerbs, lower case.
var newsletterNouns = [...]string{"newsletter", "nyhedsbrev", "nyhetsbrev", "uutiskirje", "hírlevel",
	"boletim", "boletín", "infolettre", "lettre d'information", "nieuwsbrief", "buletin", "zpravodaj",
	"indbakke", "innboks", "inkorg", "e-mail", "email", "inbox", "peti masuk", "bilten", "e-novice",
	"butlletí", "uudiskir", "fréttabréf", "póstlista", "e-predal", "novičnik", "buletina", "nuusbrief",
	"buletini", "teu correo", "tu correo", "seu correo"}

// newsletterSentence reports whether a sentence of p, its first or its
// last (after ". ", "? " or "! "), opens with a sign-up verb (newsletterVerbs, a whole word) and names a
// newsletter or an inbox (newsletterNouns) within 80 bytes: "Tetszett a
// cikk? Iratkozzon fel ingyenes hírlevelünkre!", "Få nyhederne i din
// indbakke. Tilmeld dig vores gratis nyhedsbrev." "Daftar pemilih ditutup
// minggu lalu." names no newsletter.
func newsletterSentence(p *para) bool {
	low := p.low
	if p.starts&newsletterVerbLeads != 0 && newsletterAt(low) {
		return true
	}
	last := -1 // where the last sentence starts
	for _, c := range [...]byte{'.', '?', '!'} {
		for i := 0; ; {
			j := strings.IndexByte(low[i:], c)
			if j < 0 {
				break
			}
			k := i + j
			if k+2 < len(low) && low[k+1] == ' ' {
				last = max(last, k+2)
			}
			i = k + 1
		}
	}
	return last > 0 && startLists(low[last:])&newsletterVerbLeads != 0 && newsletterAt(low[last:])
}

// newsletterAt reports whether the sentence s opens as newsletterSentence
// asks.
func newsletterAt(s string) bool {
	for _, v := range newsletterVerbs {
		if len(s) <= len(v) || s[:len(v)] != v || isWordByte(s[len(v)]) {
			continue
		}
		rest := s[len(v):min(len(s), len(v)+80)]
		if k := sentenceEnd(rest); k >= 0 {
			rest = rest[:k]
		}
		return containsAny(rest, newsletterNouns[:])
	}
	return false
}

// isAdBlockRequest reports whether the short paragraph p asks the reader
// to turn an ad blocker off or to let the site through it: it names an ad
// blocker (adBlockers) and speaks to the reader (adBlockAsks: "please",
// "you're using", "disable your", "bitte", "vous utilisez", "wyłącz",
// "отключите"). "We noticed you're using an ad blocker.", "Bitte
// deaktivieren Sie Ihren Adblocker." are; "Millions of people now use ad
// blockers, the study found." is not.
func isAdBlockRequest(p *para) bool {
	// Every one of adBlockers has "bloc", "blok" or "bloq" but the
	// Cyrillic ones, which have "лок" and are looked for in lines that
	// start with a Cyrillic letter.
	low := p.low
	if !hasBlock(low) && (low[0] != 0xD0 && low[0] != 0xD1 || !strings.Contains(low, "лок")) {
		return false
	}
	return containsAny(low, adBlockers[:]) && containsAny(low, adBlockAsks[:])
}

// hasBlock reports whether s has "bloc", "blok" or "bloq" ("global",
// "blog" and "blood" have none).
func hasBlock(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], "blo")
		if j < 0 {
			return false
		}
		i += j + 3
		if i < len(s) && (s[i] == 'c' || s[i] == 'k' || s[i] == 'q') {
			return true
		}
	}
}

// adBlockers name an ad blocker, in ASCII lower case (Cyrillic words
// without their first letter, which may be a capital).
var adBlockers = [...]string{"ad block", "adblock", "ad-block", "ads block", "werbeblock", "bloqueur",
	"bloqueador", "blocco annunci", "blocco degli annunci", "blocco della pubblicità", "blocco pubblicità",
	"blokker", "blokad", "blokowani", "bloker", "локировщик", "локувальник"}

// adBlockAsks speak to the reader about their ad blocker, in ASCII lower
// case (Cyrillic words without their first letter).
var adBlockAsks = [...]string{
	"please", "disable your", "disabling your", "disabling it", "turn off your", "turning off your",
	"turn it off", "switch off your", "pause your", "deactivate your", "whitelist", "allowlist",
	"white-list", "allow-list", "white list", "you're using", "you’re using", "you are using", "you use",
	"you have", "you seem", "you appear", "you're running", "you are running", "we noticed",
	"we've noticed", "we have noticed", "detected", "support us", "to continue",
	// German, Dutch
	"bitte", "deaktivieren sie", "deaktiviere", "schalten sie", "sie nutzen", "sie verwenden",
	"sie benutzen", "du nutzt", "du verwendest", "ihren adblocker", "ihren werbeblocker",
	"deinen adblocker", "deinen werbeblocker", "schakel je", "schakel uw", "je gebruikt", "u gebruikt",
	"gebruik je", "gebruikt u", "alsjeblieft", "alstublieft",
	// French, Italian
	"vous utilisez", "désactivez", "désactiver votre", "veuillez", "merci de", "votre bloqueur",
	"tu utilises", "désactive ton", "per favore", "stai usando", "stai utilizzando", "utilizzi un",
	"usi un", "disattiva il tuo", "disattiva l'", "disabilita l'", "disabilita il tuo",
	// Spanish, Portuguese
	"desactiva tu", "desactive su", "por favor", "estás usando", "está usando", "estás utilizando",
	"está utilizando", "usas un", "utilizas un", "tu bloqueador", "su bloqueador", "desative",
	"está a usar", "seu bloqueador", "desabilite",
	// Polish, Russian, Ukrainian
	"wyłącz", "używasz", "prosimy", "proszę", "тключите", "спользуете", "ожалуйста", "имкніть",
	"икористовуєте", "удь ласка",
}

// ---- truncated trailing fragments -------------------------------------------------

// matchTruncated: the document's last paragraph is a few words without end
// punctuation after prose, as when a scrape breaks off ("The Stopru").
func matchTruncated(p *para) bool {
	i := p.i
	if i != len(p.d.Paragraphs)-1 || i == 0 || p.words > 6 || p.endPunct || !isUpperStart(p.s) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p.s)
	if r == ')' || r == '"' || r == '”' || r == '’' || isAppPromo(p.s) {
		return false // an app promo is named as such by the edge pass
	}
	return isSentenceLike(p.d.Paragraphs[i-1].Text, contentWords)
}
