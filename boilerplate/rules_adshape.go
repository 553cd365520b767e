package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- the shape of an ad, in any language ----------------------------------------

// adShapeWords is the most words of a paragraph that adShaped may take:
// an ad under its marker is a line or two; an article's paragraph is
// longer.
const adShapeWords = 24

// adShaped reports whether s, a paragraph right under an ad marker, is
// shaped like an ad rather than like the article's next paragraph, by
// signs that hold across languages:
//   - a brand's name that opens a sentence, glued by a dash, a colon, a
//     middle dot or a bar to a pitch (see brandLead: "Arrasaldeko Kutxa —
//     Zure proiektuak ...", "Talleres Navais do Morrazo · Reparación ...");
//   - a short closing sentence: a last sentence of 2 to 5 words that ends
//     with a full stop, after another sentence ("Kun til og med søndag.");
//   - a button glued to its end: a last sentence of 2 to 4 words with no
//     end mark, after a sentence that has one ("... installed in 5 days.
//     Find out more"); it closes s too;
//   - an exclamation mark ("... Naira 100 kacal!");
//   - a phone number or a web domain (see contactSign: "· 986 000 431",
//     "Küsi pakkumist: kodusoojus.ee");
//   - a price or a percentage (a currency sign or "%", and a digit);
//   - a short call glued to its end by a dash (see dashTail: "... 20% off
//     this month – Call 0803 000 1122").
//
// The exclamation mark and the phone number or domain are strong. It
// takes s when it has a strong sign and another that is not its price (a
// second strong sign, a brand's name, a closing sentence, a call after a
// dash), or a brand's name, a price and a closing sentence, or a price in
// a currency (not a percentage) and a call after a dash; a brand's name
// that is itself an ad marker ("Sponsored: Is your mattress ...") is
// enough. An article's paragraph after an ad slot says a price or a
// percentage with an exclamation or a web address, and has
// no more than two of the weaker signs: "Hornslev Tæpper – the flooring
// chain – said sales fell 40%." has its name in a dashed aside, "KUALA
// LUMPUR – Ringgit naik 0.5% hari ini." a dateline and a percentage,
// "Ticket prices rose 12% this year. Few complained." a percentage and a
// short close, "The crowd cheered as the mayor cut the ribbon. What a
// day!" only its exclamation. The caller has turned away quoted speech.
func adShaped(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	// A list's number is no sentence: "6. Brackwater Abbey", a
	// numbered subheading under an ad slot, has no button after one.
	if k := strings.IndexByte(s, '.'); k > 0 && k <= 2 && k+1 < len(s) && s[k+1] == ' ' && isDigit(s[0]) && isDigit(s[k-1]) {
		s = s[k+2:]
	}
	strong := 0
	if strings.ContainsAny(s, "!¡") {
		strong++
	}
	if contactSign(s) {
		strong++
	}
	// The sentences of s: a brand's name may open any of them, the last
	// may close the ad.
	lead, closing := false, false
	var prev, last string
	for rest := s; rest != ""; {
		k, n := adSentenceEnd(rest)
		sent := rest[:k+n]
		rest = strings.TrimLeft(rest[k+n:], " ")
		if !lead {
			switch brandLead(sent) {
			case leadMarker:
				return true
			case leadBrand:
				lead = true
			}
		}
		prev, last = last, sent
	}
	if prev != "" && !strings.ContainsAny(last, ",;") {
		if w := wordCount(trimSentenceEnd(last)); w >= 2 && w <= 5 {
			switch r, _ := utf8.DecodeLastRuneInString(last); {
			case r == '!':
				// The exclamation mark counts already.
			case closesSentence(r):
				closing = true
			case w <= 4:
				if r, _ := utf8.DecodeLastRuneInString(prev); closesSentence(r) || r == '!' || r == '?' {
					strong++
					closing = true
				}
			}
		}
	}
	tail := dashTail(last)
	if strong > 0 {
		return strong >= 2 || lead || closing || tail
	}
	return lead && closing && priceSign(s) || tail && currencySign(s)
}

// dashTail reports whether the sentence s ends with a short call glued by
// one dash, as an ad's button or slogan is ("... this month – Call 0803
// 000 1122", "... ₹499 – ಈಗಲೇ ಬುಕ್ ಮಾಡಿ", "... 7% ku mwaka!"): after the
// last spaced dash ("–", "—" or "-"), which is the sentence's only one, 2
// to dashTailWords words with no comma and no end mark but "!". A
// sentence of the article ends with a full stop, and a dashed aside
// ("Hornslev Tæpper – the flooring chain – said sales fell 40%.") has
// two dashes.
func dashTail(s string) bool { return dashTailAt(s) >= 0 }

// dashTailAt returns the offset in s of the call dashTail finds, or -1.
func dashTailAt(s string) int {
	k, n := -1, 0
	for _, d := range [...]string{" – ", " — ", " - "} {
		if i := strings.Index(s, d); i >= 0 {
			k, n = i, n+strings.Count(s, d)
		}
	}
	if n != 1 {
		return -1 // no dash, or an aside between two
	}
	t := strings.TrimRight(s, " ")
	at := strings.IndexByte(t[k+1:], ' ') + k + 2
	t = t[at:]
	r, _ := utf8.DecodeLastRuneInString(t)
	w := wordCount(strings.TrimRight(t, "!"))
	if w >= 2 && w <= dashTailWords && r != '?' && !closesSentence(r) && !strings.ContainsAny(t, ",;:") {
		return at
	}
	return -1
}

// callTail reports whether s, a line right under an ad marker, ends with
// an offer or a button glued by a dash (see dashTailAt): a price or a
// percentage in the call ("… at Marlow Plaza - 30% off storewide"), a
// call that is a link's or an ad's label ("… at 17/2 - Bet now"), or one
// that says the offer is free (see freeWords). A subheading under an ad
// slot has its figure before the dash ("Rents up 12% – what tenants can
// do").
func callTail(s string) bool {
	k := dashTailAt(s)
	if k < 0 {
		return false
	}
	t := strings.TrimRight(s[k:], " !")
	if priceSign(t) || labelKindOf(t)&(labelLink|labelAdEnd) != 0 {
		return true
	}
	for ; t != ""; t = strings.TrimLeft(t, " ") {
		w := firstWord(t)
		t = t[len(w):]
		for _, f := range freeWords {
			if strings.EqualFold(w, f) {
				return true // "Jetzt Immobilie bewerten lassen – kostenlos und unverbindlich"
			}
		}
	}
	return false
}

// freeWords say that an offer costs nothing (see callTail).
var freeWords = [...]string{"free", "kostenlos", "gratis", "gratuit", "gratuite", "gratuito", "gratuita", "grátis",
	"bezpłatnie", "darmowy", "zdarma", "бесплатно", "ilmainen", "ücretsiz"}

// dashTailWords is the most words of an ad's call after a dash (see
// dashTail).
const dashTailWords = 6

// adSentenceEnd returns the offset k of the first sentence end of s (a
// full stop, "!", "?" or the danda, the Ethiopic and the ideographic full
// stops, followed by a space or the end of s) and the length n of its
// mark; k is len(s) and n 0 when s has none.
func adSentenceEnd(s string) (k, n int) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if fullStop(r) && (i+size == len(s) || s[i+size] == ' ') {
			return i, size
		}
		i += size
	}
	return len(s), 0
}

// closesSentence reports whether r is a full stop: ".", the danda "।",
// the Ethiopic "።" or the ideographic "。".
func closesSentence(r rune) bool {
	return r == '.' || r == '।' || r == '።' || r == '。'
}

// trimSentenceEnd drops the end marks and spaces from the end of s.
func trimSentenceEnd(s string) string {
	return strings.TrimRight(s, ".!?;:؟।።。 ")
}

// Kinds of a sentence's lead (see brandLead).
const (
	leadNone = iota
	leadBrand
	leadMarker
)

// brandLead reports whether the sentence s opens with a brand's name glued
// to a pitch: at most six words, without a comma, glued by " – ", " — ",
// ": ", " · " or " | " to the rest ("Spiżerija San Pawl – Offerti
// speċjali ...", "Talleres Navais do Morrazo · Reparación ..."). In a
// cased script (not Georgian, whose running text has none) most of the
// name's words are capitalised ("Le bilan : 12 % de ventes en moins" is a
// sentence), and it is
// not in capitals throughout (a dateline: "KUALA LUMPUR – ..."). A dash
// that comes again later in the sentence sets off an aside, not a pitch:
// "Hornslev Tæpper – the flooring chain – said ...". It returns
// leadMarker when the name is an ad or sponsor marker ("Sponsored: ...").
func brandLead(s string) int {
	k, sep := -1, ""
	for _, c := range [...]string{" – ", " — ", ": ", " · ", " | "} {
		if j := strings.Index(s, c); j > 0 && (k < 0 || j < k) {
			k, sep = j, c
		}
	}
	if k < 0 {
		return leadNone
	}
	name := s[:k]
	if strings.IndexByte(name, ',') >= 0 || wordCount(name) > 6 {
		return leadNone
	}
	if sep[1] != ':' && sep[1] != '|' && sep != " · " &&
		(strings.Contains(s[k+len(sep):], " – ") || strings.Contains(s[k+len(sep):], " — ")) {
		return leadNone
	}
	if labelKindOf(name)&(labelAd|labelSponsor) != 0 {
		return leadMarker
	}
	// The first letters of the name's words, by hand: strings.FieldsSeq
	// would leak s, and with it the paragraph's buffer in RuleSet.Match.
	words, upper, lower := 0, 0, 0
	for i := 0; i < len(name); i++ {
		if name[i] == ' ' || i > 0 && name[i-1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(name[i:])
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.Is(unicode.Georgian, r) {
			continue // Georgian has no capitals in running text
		}
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	if upper+lower > 0 && 2*upper <= upper+lower || upper > 0 && strings.ToUpper(name) == name {
		return leadNone
	}
	if words == 0 {
		return leadNone
	}
	return leadBrand
}

// priceSign reports whether s has a digit and a percent or currency sign.
func priceSign(s string) bool {
	return strings.ContainsAny(s, "%"+currencySigns) && strings.ContainsFunc(s, unicode.IsDigit)
}

// currencySign is priceSign without the percentage: a subheading says
// "Rents up 12% – what tenants can do" under an ad slot too.
func currencySign(s string) bool {
	return strings.ContainsAny(s, currencySigns) && strings.ContainsFunc(s, unicode.IsDigit)
}

// currencySigns are the currency signs of priceSign.
const currencySigns = "€$£¥₹₦₺₽₩₱฿₴₸₾₼₫₪৳₨"

// contactSign reports whether s gives a phone number or a web domain: a
// run of at least seven digits, spaces, dashes and brackets that
// has a bracket, opens with "+" or "0", or ends s ("(555) 014-2290",
// "0911 00 00 00", "... · 986 000 431"); or a word of letters, a dot and a
// top-level domain of two to six lower-case letters ("kodusoojus.ee",
// "LatBet.lv"). "1 500 000 €" and "2020-2024" are not phone numbers, nor
// "e.g." or "1.72" domains.
func contactSign(s string) bool {
	end := len(strings.TrimRight(s, ". "))
	for i := 0; i < end; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsDigit(r) && r != '(' && r != '+' {
			i += size
			continue
		}
		start, digits, bracket := i, 0, false
		for i < end {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsDigit(r) {
				digits++
			} else if r == '(' || r == ')' {
				bracket = true
			} else if r != ' ' && r != '-' && r != '+' {
				break
			}
			i += size
		}
		if digits >= 7 && (bracket || s[start] == '+' || s[start] == '0' || i == end) {
			return true
		}
	}
	return domainSign(s)
}

// domainSign reports whether s has a web domain or address (see contactSign
// and isURL), closing punctuation aside.
func domainSign(s string) bool {
	// Only a dot followed by a letter can be a domain's: the words around
	// such dots are the only ones asked (most dots end sentences).
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '.')
		if k < 0 {
			return false
		}
		k += i
		i = k + 1
		if k == 0 || i == len(s) || !isWordByte(s[i]) {
			continue
		}
		from := strings.LastIndexByte(s[:k], ' ') + 1
		to := strings.IndexByte(s[i:], ' ')
		if to < 0 {
			to = len(s)
		} else {
			to += i
		}
		if isURL(strings.TrimRight(s[from:to], ".,;)!")) {
			return true
		}
		i = to
	}
}
