package boilerplate

import (
	"slices"
	"strings"
	"unicode"
	"unsafe"

	"github.com/cleantext/clean"
	"unicode/utf8"
)

// The furniture of price, deal and where-to-watch widgets, gallery links,
// betting promos and wire datelines: lines that a shop, a streaming
// service or an agency's layout puts among an article's paragraphs in the
// same shape on every site. Each matcher runs on short lines that are no
// sentence (the deal lines) or behind a byte or prefix test, and each
// needs a price, a shop's name or a fixed phrase, so that an article's
// sentence about prices, bets or videos stays.

// offerLine reports whether p (3 to 20 words, no sentence end, see
// matchLinkLabel) is a line of a price or where-to-watch widget:
//   - a product, a price and a shop button after a dash or a bar:
//     "Arc 7 Pro 256GB — $999 — Buy now at Mercato" (see dashedButton);
//   - a price cut: "Vireo P40: was $699, now $499 at Mercato" (see
//     wasNow);
//   - "Check Mercato prices" (see checkPrices);
//   - a where-to-watch entry: "Rent or buy on Flixmart from $5.99",
//     "Streaming on CineVault from Dec. 4", "In theaters — Find
//     showtimes" (see whereToWatch), or a match's highlights on a
//     channel (see highlightsPromo);
//   - a gallery link with a count of photos: "View the gallery (14
//     photos)", "Pogledajte galeriju (14 fotografija)" (see galleryCount).
func (p *para) offerLine() bool {
	if p.has&hasFigure != 0 {
		if p.has&(hasDollar|hasHigh) != 0 && (dashedButton(p.s, p.low) || wasNow(p.low)) {
			return true
		}
		if p.has&hasParen != 0 && p.words <= galleryLinkWords && galleryCount(p.low) {
			return true
		}
	}
	return p.words <= 6 && checkPrices(p) || whereToWatch(p) || highlightsPromo(p.low)
}

// highlightsPromo reports a promo of a match's highlights on a channel or
// a service ("Match of the Day Live – watch highlights on Kestrel Play
// from 22:30"): "watch highlights" or "watch the highlights" and " on "
// after it, in a line with no sentence end (see offerLine). "Fans can
// watch highlights on the club's site." ends like a sentence.
func highlightsPromo(low string) bool {
	k := strings.Index(low, "highlights")
	if k < 0 {
		return false // the common case: one search
	}
	head := strings.TrimSuffix(low[:k], "the ")
	return strings.HasSuffix(head, "watch ") && strings.Contains(low[k:], " on ")
}

// galleryLinkWords is the most words of a gallery link with a count of
// photos: "PHOTO GALLERY: Millbrook vs. Harlan Falls (24 photos)".
const galleryLinkWords = 10

// offerSeps are the separators before the button of a widget line.
var offerSeps = [...]string{" — ", " – ", " - ", " | "}

// lastOfferSep returns where the last separator of offerSeps in s starts
// and its length, or -1 and 0: one pass from the end.
func lastOfferSep(s string) (int, int) {
	for k := len(s) - 2; k >= 1; k-- {
		if s[k+1] != ' ' {
			continue
		}
		switch c := s[k]; {
		case (c == '-' || c == '|') && s[k-1] == ' ':
			return k - 1, 3
		case (c == 0x94 || c == 0x93) && k >= 3 && s[k-1] == 0x80 && s[k-2] == 0xE2 && s[k-3] == ' ':
			return k - 3, 5 // an em or en dash, three bytes
		}
	}
	return -1, 0
}

// dashedButton reports whether s (low in lower case) is a product's line of a price widget:
// a price somewhere, and after the last dash or bar a shop button, a verb
// of shopVerbs then "at" or "on" and a shop's name (see shopAtName): "Arc
// 7 Pro 512GB — $1,119 — Buy now at Veltro Store". "Prices rose to $999
// — buy now at your own risk" names no shop.
func dashedButton(s, low string) bool {
	k, n := lastOfferSep(s)
	if k < 0 {
		return false
	}
	tail := s[k+n:]
	if !shopVerbs.has(firstWord(low[k+n:])) || !shopAtName(tail) {
		return false
	}
	for rest := s[:k]; rest != ""; {
		w := firstWord(rest)
		rest = strings.TrimLeft(rest[len(w):], " ")
		if isPrice(w) {
			return true
		}
	}
	return false
}

// shopVerbs open the shop button of a widget line.
var shopVerbs = newWordSet(setOf("buy", "shop", "view", "check", "see", "order", "get"))

// wasNow reports whether low (lower case) gives a price cut: "was" and a
// price, opening the line or after a product's name and a colon or a
// dash, then right after it "now" and a price ("Vireo P40: was $699, now
// $499 at Mercato"). With no sentence end (see offerLine) it is a deal's
// line; "Petrol was £1.20 a litre last year — now £1.60" is a headline.
func wasNow(low string) bool {
	i := wordIndex(low, "was ")
	if i < 0 {
		return false
	}
	if head := strings.TrimRight(low[:i], " ("); head != "" {
		if r, _ := utf8.DecodeLastRuneInString(head); !strings.ContainsRune(":-–—|", r) {
			return false
		}
	}
	price := firstWord(low[i+4:])
	if !isPrice(price) {
		return false
	}
	rest := strings.TrimLeft(strings.TrimPrefix(low[i+4+len(price):], ","), " ")
	return strings.HasPrefix(rest, "now ") && isPrice(firstWord(rest[4:]))
}

// wordIndex returns the index of w (which ends with a space) in low where
// it opens a word, or -1.
func wordIndex(low, w string) int {
	for k := 0; ; {
		i := strings.Index(low[k:], w)
		if i < 0 {
			return -1
		}
		if i += k; i == 0 || !isWordByte(low[i-1]) {
			return i
		}
		k = i + 1
	}
}

// checkPrices reports whether p is a price button naming the shop
// between the verb and "prices": "Check Mercato Marketplace prices",
// "Compare Amazon deals". The name is one to three capitalised words:
// "Check your prices" is advice.
func checkPrices(p *para) bool {
	if p.words < 3 {
		return false
	}
	verb := firstWord(p.low)
	if verb != "check" && verb != "compare" {
		return false
	}
	k := strings.LastIndexByte(p.low, ' ')
	switch p.low[k+1:] {
	case "price", "prices", "deals":
	default:
		return false
	}
	name := p.s[len(verb)+1 : k]
	// "Compare Broadband Deals", all capitalised, is a heading.
	return isUpperStart(name) && isCapitalised(name) && p.s[k+1] == p.low[k+1]
}

// watchLeads open an entry of a where-to-watch widget, in lower case;
// rentLeads are those that make it one without a date or a price after
// the service's name.
var (
	watchLeads = [...]string{"rent or buy on ", "buy or rent on ", "rent on ", "stream on ", "streaming on ",
		"now streaming on ", "watch on "}
	rentLeads = 3
)

// watchTails are the buttons after a dash that close a where-to-watch
// entry ("In theaters — Find showtimes"), in lower case.
var watchTails = [...]string{"find showtimes", "get showtimes", "get tickets", "buy tickets", "book tickets",
	"find tickets", "watch now", "stream now", "watch the trailer", "watch trailer"}

// whereToWatch reports whether p is an entry of a where-to-watch widget:
// a lead of watchLeads, the service's name (one to three capitalised
// words) and, but after "rent", " from " and a price or a date ("Rent or
// buy on Flixmart from $5.99", "Streaming on CineVault from Dec. 4"); or
// at most four words, a dash and a button of watchTails ("In theaters —
// Find showtimes"). "Streaming on Netflix" alone may be a subheading.
func whereToWatch(p *para) bool {
	low := p.low
	if c := low[0]; c == 'r' || c == 'b' || c == 's' || c == 'n' || c == 'w' {
		for i, l := range watchLeads {
			if len(low) < 2 || low[1] != l[1] || !strings.HasPrefix(low, l) {
				continue // the second byte first: most leads differ there
			}
			name, from, ok := strings.Cut(p.s[len(l):], " from ")
			if ok {
				if !hasDigit(from) || wordCount(from) > 3 {
					return false
				}
			} else if i >= rentLeads {
				return false
			}
			n := wordCount(name)
			return n >= 1 && n <= 3 && isUpperStart(name) && isCapitalised(name)
		}
	}
	if p.words > 8 {
		return false
	}
	if c := low[len(low)-1]; c != 's' && c != 'w' && c != 'r' {
		return false // no button of watchTails ends so
	}
	for _, t := range watchTails {
		// The byte before the last first: most tails differ there.
		if len(low) >= len(t) && low[len(low)-2] == t[len(t)-2] && strings.HasSuffix(low, t) {
			head := low[:len(low)-len(t)]
			for _, sep := range offerSeps[:3] {
				if strings.HasSuffix(head, sep) && wordCount(head) <= 5 {
					return true // four words and the dash
				}
			}
		}
	}
	return false
}

// galleryCount reports whether low (lower case, at most seven words) ends
// with a count of photos in brackets, "(14 photos)", "(14 fotografija)":
// the link to a gallery.
func galleryCount(low string) bool {
	if !strings.HasSuffix(low, ")") {
		return false
	}
	k := strings.LastIndexByte(low, '(')
	if k <= 0 {
		return false
	}
	n, noun, ok := strings.Cut(low[k+1:len(low)-1], " ")
	if !ok || n == "" || strings.Trim(n, "0123456789") != "" {
		return false
	}
	return photoNouns.has(noun)
}

// photoNouns count the photos of a gallery, in lower case: English,
// German, French, Spanish, Italian, Portuguese, Dutch, Croatian, Bosnian
// and Serbian, Slovenian, Slovak, Czech, Polish, Danish, Norwegian,
// Swedish, Finnish, Estonian, Latvian, Lithuanian, Hungarian, Romanian,
// Turkish, Russian and Ukrainian.
var photoNouns = newWordSet(setOf("photos", "photo", "pictures", "images", "fotos", "bilder", "fotografías",
	"immagini", "foto", "fotografie", "fotografija", "fotografije", "slika", "slike", "fotografij",
	"fotografií", "fotiek", "fotky", "fotek", "zdjęć", "zdjęcia", "billeder", "kuvaa", "kuvat", "fotot",
	"fotod", "fotogrāfijas", "nuotraukos", "nuotraukų", "kép", "fotografii", "fotoğraf", "фото",
	"фотографий", "фотографии", "фотографій", "снимков"))

// ---- betting promos ------------------------------------------------------------

// bettingPromo reports whether p (at most 40 words) is a betting promo or
// its small print: a sentence that opens with "18+" in a line of three
// words or more ("18+" alone is an age rating) ("T&Cs apply. 18+
// only. Gamble responsibly.", "18+ Spēlē atbildīgi."), a line that opens
// with "T&Cs apply", a plea to gamble responsibly ("Please gamble
// responsibly. BeGambleAware.org") or a line whose last sentence, after
// another, is a call to bet, in a line of six words or more with a
// figure ("... now paying $3.40. Bet now with KiwiPunt"), or a line of a
// betting box with no sentence end: its free-bet offer or its odds (see
// freeBetOffer, oddsLine). None
// of them reports speech: "Gamble responsibly," the regulator told
// operators. is an article's. The patterns are looked for only when the
// signature has their bits.
func bettingPromo(p *para) bool {
	if p.words > 40 || p.low == "" {
		return false
	}
	low, sig := p.low, p.signature()
	tc := low[0] == 't' && (strings.HasPrefix(low, "t&cs apply") || strings.HasPrefix(low, "t&c apply"))
	plus := p.words >= 3 && strings.IndexByte(low, '+') >= 0 && ageNote(low)
	gamble := anyIn(gambleSubs, low, sig) && gamblePlea(low)
	call := false
	if !tc && !plus && !gamble {
		if p.has&hasFigure == 0 {
			return false
		}
		if !p.endSent && p.words <= oddsWords && (oddsLine(low) || p.words <= freeBetWords && currencyMark(p) && freeBetOffer(low)) {
			return !reported(low)
		}
		// The promo names odds.
		if p.words < 6 {
			return false
		}
		k := lastSentenceStart(low)
		if k == 0 {
			return false // a call to bet closes a promo, it is not all of it
		}
		for _, l := range betCalls {
			call = call || strings.HasPrefix(low[k:], l)
		}
		if !call {
			return false
		}
	}
	return tc || !reported(low)
}

// oddsWords is the most words of a line of a betting box's odds (see
// oddsLine); freeBetWords of its free-bet offer (see freeBets).
const oddsWords, freeBetWords = 16, 12

// freeBets name a bookmaker's free bets, in lower case: English, German,
// French, Spanish, Italian, Portuguese, Polish (see freeBetOffer; a
// sentence about the offers ends with a full stop).
var freeBets = [...]string{"free bet", "freebet", "gratiswette", "pari gratuit", "paris gratuits", "apuesta gratis",
	"apuestas gratis", "scommessa gratuita", "scommesse gratuite", "aposta grátis", "apostas grátis", "darmowy zakład"}

// freeBetLeads open a free-bet offer (see freeBetOffer), in lower case,
// in the languages of freeBets.
var freeBetLeads = [...]string{"bet ", "get ", "claim ", "join ", "sign up", "up to ", "wette ", "hol ", "pariez ",
	"obtenez ", "apuesta ", "consigue ", "scommetti ", "ottieni ", "aposte ", "ganhe ", "postaw ", "odbierz "}

// freeBetOffer reports whether low (lower case) is a bookmaker's offer: it
// names free bets (freeBets) and a price, and opens with a call
// (freeBetLeads) or a currency ("Bet £10 Get £30 in free bets", "£20 free
// bet for new customers"). "Free bet clubs fined £2m" names them.
func freeBetOffer(low string) bool {
	return (low[0] == '$' || strings.HasPrefix(low, "£") || strings.HasPrefix(low, "€") || anyPrefix(low, freeBetLeads[:]...)) &&
		containsAny(low, freeBets[:]) && priceIn(low)
}

// betMarkets are the markets of a betting box besides the result, in
// lower case.
var betMarkets = [...]string{"anytime", "to score", "scorer", "to win", "each way", "each-way", "both teams", "btts"}

// oddsLine reports whether low (lower case, a line with no sentence end)
// is a line of a betting box: fractional odds ("6/5", "9/4"), three or
// more with the word "draw" ("Harbury City 6/5 | Draw 12/5 | Kestonbridge
// United 9/4"), or at the line's end after a market of betMarkets
// ("Mbeki anytime scorer 2/1"). A date ("6/5/2026") is no odds; a row of
// dates ("Mon 6/5 | Tue 7/5") names no market; a headline's fraction is
// not its last word ("Mayor needs 2/3 majority to win vote").
func oddsLine(low string) bool {
	odds, last := 0, false
	for i := 0; i+1 < len(low); i++ {
		k := strings.IndexByte(low[i:], '/')
		if k < 0 {
			break
		}
		if i += k; i == 0 || i+1 >= len(low) || !isDigit(low[i-1]) || !isDigit(low[i+1]) {
			continue
		}
		a, b := i-1, i+1
		for a > 0 && isDigit(low[a-1]) {
			a--
		}
		for b < len(low) && isDigit(low[b]) {
			b++
		}
		if i-a <= 3 && b-i-1 <= 3 && (a == 0 || low[a-1] == ' ') && (b == len(low) || low[b] == ' ' || low[b] == ')') {
			odds++
			last = b == len(low)
		}
		i = b
	}
	return odds >= 3 && containsWordFold(low, "draw") || last && containsAny(low, betMarkets[:]) || moneyLine(low)
}

// moneyLineWords is the most words of a line of American odds (see
// moneyLine).
const moneyLineWords = 4

// moneyMarketWords is the most words of a line of American odds that
// names its market (see moneyLine).
const moneyMarketWords = 8

// moneyLine reports whether low (lower case) is a line of a betting box's
// American odds: a side's name, or "o"/"u" for over and under, and the
// price last, a sign and three or four digits, bare or in brackets after
// the spread or the total ("buf +120", "kc -2.5 (-110)", "o 47.5 (-108)",
// "kansas city -142"), or, in up to moneyMarketWords words, a market
// before it (betMarkets, or over and under a figure: "pistons to win
// eastern conference +1800", "drayton over 22.5 pts vs. mil -115"). A
// score ("Bills 23, Browns 20") has no sign, a temperature's ("-12")
// fewer digits.
func moneyLine(low string) bool {
	if c := low[len(low)-1]; c != ')' && !isDigit(c) {
		return false
	}
	sp := strings.LastIndexByte(low, ' ')
	if sp <= 0 || isDigit(low[0]) {
		return false
	}
	if n := wordCount(low); n > moneyLineWords && (n > moneyMarketWords ||
		!containsAny(low, betMarkets[:]) && !strings.Contains(low, " over ") && !strings.Contains(low, " under ")) {
		return false
	}
	last := low[sp+1:]
	if len(last) > 2 && last[0] == '(' && last[len(last)-1] == ')' {
		last = last[1 : len(last)-1]
	}
	if len(last) < 4 || len(last) > 5 || last[0] != '+' && last[0] != '-' {
		return false
	}
	for i := 1; i < len(last); i++ {
		if !isDigit(last[i]) {
			return false
		}
	}
	return true
}

// ageNote reports whether low (lower case) holds the age note of a
// betting promo: "18+" (or "19+", "21+", as American and Canadian
// states have it) at the start or after ". " or "| ", and its
// sentence short ("18+ only.", "18+ Spēlē atbildīgi."). "18+ riders
// abandoned the race on the day." is an article's sentence.
func ageNote(low string) bool {
	k := 0
	if !strings.HasPrefix(low, "18+") && !strings.HasPrefix(low, "21+") && !strings.HasPrefix(low, "19+") {
		if k = strings.Index(low, ". 18+"); k < 0 {
			if k = strings.Index(low, "| 18+"); k < 0 {
				return false
			}
		}
		k += 2
	}
	s := low[k:]
	if e := strings.Index(s, ". "); e >= 0 {
		s = s[:e]
	}
	return strings.Contains(s, "|") || wordCount(s) <= ageNoteWords
}

// ageNoteWords is the most words of the sentence of an age note, "18+"
// counted.
const ageNoteWords = 4

// gamblePlea reports whether low (lower case) pleads to gamble
// responsibly or names a helpline ("1-800-GAMBLER") or its address: "gamble responsibly"
// opening a sentence or an item ("Please gamble responsibly.", "18+
// gamble responsibly.", "| Gamble responsibly"), or "begambleaware" or
// "gambleaware.org". "Critics argue that the Gamble Responsibly message
// does little." and "GambleAware, the charity, received £50m." are
// articles' sentences.
func gamblePlea(low string) bool {
	if strings.Contains(low, "begambleaware") || strings.Contains(low, "gambleaware.org") || strings.Contains(low, "1-800-gambler") {
		return true
	}
	for k := 0; ; {
		i := strings.Index(low[k:], "gamble responsibly")
		if i < 0 {
			return false
		}
		i += k
		head := strings.TrimRight(low[:i], " ")
		head = strings.TrimSuffix(head, "please")
		head = strings.TrimRight(head, " ")
		if head == "" || strings.HasSuffix(head, ".") || strings.HasSuffix(head, "|") || strings.HasSuffix(head, "18+") ||
			strings.HasSuffix(head, "!") {
			return true
		}
		k = i + 1
	}
}

// gambleSubs are the patterns of bettingPromo, subFree the gate of
// trialOffer.
var (
	subFree    = sub("free")
	gambleSubs = subs("gamble responsibly", "gambleaware", "1-800-gambler")
)

// lastSentenceStart returns where the last sentence of low opens: after
// the last ". ", "! " or "? " in its last callBytes bytes, or 0. A call to
// bet or to try a service is short.
func lastSentenceStart(low string) int {
	for k := len(low) - 2; k > 0 && k >= len(low)-callBytes; k-- {
		if low[k+1] == ' ' && (low[k] == '.' || low[k] == '!' || low[k] == '?') {
			return k + 2
		}
	}
	return 0
}

// callBytes is the longest last sentence, in bytes, that lastSentenceStart
// finds.
const callBytes = 80

// betCalls open the call to bet that closes a betting promo, in lower
// case: English, Latvian, German, French, Spanish, Italian, Portuguese,
// Polish.
var betCalls = [...]string{"bet now", "place your bet", "place a bet", "veic likmi", "jetzt wetten",
	"wette jetzt", "pariez maintenant", "apuesta ya", "apuesta ahora", "scommetti ora", "aposte já",
	"aposte agora", "postaw zakład", "obstaw teraz"}

// ---- wire datelines ----------------------------------------------------------------

// datelineOnly reports whether s is a wire service's dateline alone, on
// a line between the paragraphs of a story it updates: a place in
// capitals, a comma, a month and a day, the agency in brackets ("PORT
// NDELA, June 11 (VPA)", "NEW YORK, Nov 21 (Reuters)"), maybe a dash after
// it. The dateline that opens a paragraph has the story after it.
func datelineOnly(s string) bool {
	s = strings.TrimRight(s, " -–—")
	place, rest, ok := strings.Cut(s, ", ")
	if !ok || place == "" || !hasLetter(place) {
		return false
	}
	for i := 0; i < len(place); i++ {
		if c := place[i]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			return false
		}
	}
	month, rest, ok := strings.Cut(rest, " ")
	if !ok || len(month) < 3 || !isUpperStart(month) {
		return false
	}
	var buf [16]byte
	m := strings.TrimSuffix(month, ".")
	if len(m) > len(buf) {
		return false
	}
	for i := 0; i < len(m); i++ {
		buf[i] = lowerByte(m[i])
	}
	if !months.has(string(buf[:len(m)])) {
		return false
	}
	day, agency, ok := strings.Cut(rest, " (")
	if !ok || day == "" || len(day) > 2 || strings.Trim(day, "0123456789") != "" || !strings.HasSuffix(agency, ")") {
		return false
	}
	agency = agency[:len(agency)-1]
	return agency != "" && len(agency) <= 24 && isUpperStart(agency) && !strings.ContainsAny(agency, "()")
}

// months are the English months and their abbreviations, in lower case.
var months = newWordSet(setOf("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec"))

// ---- price-widget notes and trial offers -------------------------------------------

// priceNoteLeads open the note under a price widget, in lower case.
var priceNoteLeads = [...]string{"prices updated", "prices last updated", "price last updated", "prices checked",
	"prices correct at", "prices are correct at", "prices were correct at", "price correct at",
	"prices and availability are subject", "prices and availability may change", "prices and availability may vary",
	"prices and availability are correct", "prices and availability were correct", "prices and availability correct",
	"prices and availability are accurate", "prices accurate at", "prices are accurate at", "prices taken at",
	"prices were taken at", "price taken at",
	// the note under a stock-quote widget
	"delayed at least", "delayed by at least", "delayed 15 minutes", "delayed 20 minutes",
	"delayed by 15 minutes", "delayed by 20 minutes", "quotes delayed", "quotes are delayed",
	"quote delayed", "data delayed", "market data delayed", "stock quotes delayed", "quotes delayed by",
	"market data provided by", "market data is provided by", "market data powered by", "market data by",
	"market data supplied by", "stock data provided by", "quotes provided by", "quotes supplied by",
	// the note under a weather radar's or a map's widget
	"radar data provided by", "radar data by", "radar data from", "map data provided by", "weather data provided by"}

// priceNote reports whether low (lower case) is the note under a price
// or stock-quote widget, or under a weather radar's or a map's: its first
// sentence, of at most eight words, opens with a lead of priceNoteLeads ("Prices updated daily. We check
// over 250 million products.", "Prices correct at time of publication.",
// "Delayed at least 15 minutes. Quotes supplied by X."), or the widget's
// boast of the products it checks (see productsChecked). "Prices updated
// daily by the ministry show that diesel rose again this week." and
// "Delayed at least 15 minutes by fog, the flight landed at noon." are
// an article's sentences.
func priceNote(low string) bool {
	if low == "" || low[0] != 'p' && low[0] != 'd' && low[0] != 'q' && low[0] != 'm' && low[0] != 's' && low[0] != 'w' && low[0] != 'r' {
		return false
	}
	switch firstWord(low) {
	case "we":
		return productsChecked(low)
	case "prices", "price", "delayed", "quotes", "quote", "data", "market", "stock", "radar", "map", "weather":
	default:
		return false // the common case: no lead's first word
	}
	lead := false
	for _, l := range priceNoteLeads {
		if strings.HasPrefix(low, l) {
			lead = true
			break
		}
	}
	if !lead {
		return false
	}
	first := low
	if k := strings.Index(low, ". "); k >= 0 {
		first = low[:k]
	}
	return wordCount(first) <= 8
}

// productsChecked reports a price widget's boast, a sentence of at most
// twelve words: "we check over 250 million products every day for the
// best prices", "We check more than 1,000 retailers daily." A count of
// millions or of retailers follows "we check over" or "we check more
// than".
func productsChecked(low string) bool {
	rest, ok := strings.CutPrefix(low, "we check over ")
	if !ok {
		if rest, ok = strings.CutPrefix(low, "we check more than "); !ok {
			return false
		}
	}
	if rest == "" || !isDigit(rest[0]) || wordCount(low) > 12 || strings.Contains(low, ". ") {
		return false
	}
	for _, w := range [...]string{" million ", " billion ", " retailers", " stores", " shops"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

// trialOffer reports whether p (at most 30 words) is a subscription ad
// that closes with a free trial: its last sentence, or the one before the
// terms (trialTerms: "Cancel anytime."), opens with "try" or "start
// your" and offers a trial ("Stream hundreds of films. Try CineVault free
// for 30 days.", "Start your free trial today."). "Users
// can try the service free for 30 days, the company said." opens with no
// call.
func trialOffer(p *para) bool {
	if p.words > 30 || p.low == "" || !p.endSent || !subFree.in(p.low, p.signature()) {
		return false
	}
	low := p.low
	tail := low[lastSentenceStart(low):]
	if trialTerms[tail] {
		// The terms after the call: "Start your 14-day free trial.
		// Cancel anytime."
		head := strings.TrimRight(low[:len(low)-len(tail)], " ")
		tail = head[lastSentenceStart(head):]
	}
	if !strings.HasPrefix(tail, "try ") && !strings.HasPrefix(tail, "start your ") || reported(low) {
		return false
	}
	return strings.Contains(tail, "free trial") || strings.Contains(tail, " free for ") && strings.Contains(tail, " days")
}

// trialTerms are the terms a trial offer closes with, a sentence of
// their own, in lower case.
var trialTerms = setOf("cancel anytime.", "cancel any time.", "cancel at any time.", "no commitment.",
	"no credit card required.", "no card required.")

// promoCodeWords is the most words of a line that gives a promo code; an
// article's paragraph is longer.
const promoCodeWords = 30

// promoCodeMin is the fewest bytes of a promo code.
const promoCodeMin = 4

// promoCode reports whether p (at most promoCodeWords words, nobody
// reported) is an offer that gives a promo code: "code" as a whole word
// then a token of promoCodeMin or more capitals and digits with a capital
// and a digit ("Get 40% off your first box. Use code AUTUMN40."). "The
// code NHS111 is ..." said by a spokesman is reported; "Morse code SOS"
// has no digit.
func promoCode(p *para) bool {
	if p.words > promoCodeWords || p.low == "" || p.has&hasFigure == 0 || !subCode.maybe(p.signature()) {
		return false
	}
	for i := 0; ; {
		j := strings.Index(p.low[i:], "code ")
		if j < 0 {
			return false
		}
		i += j + len("code ")
		if j := i - len("code ") - 1; j >= 0 && isWordByte(p.low[j]) {
			continue
		}
		if codeToken(p.s[i:]) && !codeKinds[lastWords(strings.TrimRight(p.low[:i-len("code ")], " "), 1)] {
			return !reported(p.low)
		}
	}
}

// codeKinds name codes that are no promo code, the word before "code", in
// lower case: a recall's "lot code KB2101A", "batch code", an "error code
// E104", a phone's "area code".
var codeKinds = setOf("lot", "batch", "product", "item", "error", "area", "zip", "country", "airport",
	"tracking", "stock", "model", "serial", "fault")

// codeToken reports whether s opens with a promo code: promoCodeMin or
// more ASCII capitals and digits, with at least one of each, up to a
// space, the end or punctuation.
func codeToken(s string) bool {
	n, upper, digit := 0, false, false
	for n < len(s) {
		c := s[n]
		switch {
		case 'A' <= c && c <= 'Z':
			upper = true
		case '0' <= c && c <= '9':
			digit = true
		default:
			if isWordByte(c) {
				return false
			}
			return n >= promoCodeMin && upper && digit
		}
		n++
	}
	return n >= promoCodeMin && upper && digit
}

// hashtagAd reports whether s opens with an ad marker as a hashtag, as a
// post on a social network or a messenger's channel marks an ad ("#ad
// Save 20% ...", "#реклама Окна ПВХ от производителя!", "#Anzeige Die
// neue Kollektion ..."): "#" and one of adMarkers (the caller asks for
// the ad's words after it).
func hashtagAd(s string) bool {
	w := firstWord(s[1:])
	var buf [32]byte
	return len(w) < len(buf) && adMarkers[string(foldPrefix(buf[:0], w, len(buf)))]
}

// bracketAds are the ad words in brackets that open an ad's line beyond
// adMarkers, in lower case: Japanese "PR", Chinese "sponsored", Korean
// "sponsorship".
var bracketAds = map[string]bool{"pr": true, "贊助": true, "赞助": true, "협찬": true, "promoted": true, "advertorial": true}

// bracketPairs are the brackets around an ad word at the start of a line.
var bracketPairs = [...][2]string{{"[", "]"}, {"(", ")"}, {"【", "】"}, {"〔", "〕"}, {"［", "］"}, {"（", "）"}}

// bracketAd reports whether s opens with an ad word in brackets (see
// adMarkers, bracketAds) and goes on with the ad: "【PR】ふるさと納税で県産新米を
// 先行予約受付中", "[AD] 내 집 마련의 첫걸음", "(Sponsored) Best savings accounts".
func bracketAd(s string) bool {
	for _, b := range bracketPairs {
		rest, ok := strings.CutPrefix(s, b[0])
		if !ok {
			continue
		}
		k := strings.Index(rest[:min(len(rest), bracketAdBytes)], b[1])
		if k <= 0 || strings.TrimSpace(rest[k+len(b[1]):]) == "" {
			return false
		}
		var buf [bracketAdBytes]byte
		w := foldPrefix(buf[:0], strings.TrimSpace(rest[:k]), len(buf)-utf8.UTFMax)
		return adMarkers[string(w)] || bracketAds[string(w)] // no copy: the conversions are the look-ups'
	}
	return false
}

// bracketAdBytes is the most bytes of an ad word in brackets (see
// bracketAd).
const bracketAdBytes = 24

// eridMin is the fewest bytes of an ad's registration token after "erid".
const eridMin = 8

// adMarking reports whether p is the legal marking of an ad: its
// registration token, "erid" and a colon then eridMin or more letters and
// digits ("Реклама. ООО «Ромашка», ИНН 7712345678, erid: 2VtzqwXp4bK").
// The word alone ("Erid is a village") has no token.
func adMarking(p *para) bool {
	if p.s[0] == 0xD0 && russianAdMark(p.s) {
		return true
	}
	if p.s[0] == '#' && p.words >= 3 && hashtagAd(p.s) {
		return true
	}
	if (p.s[0] == '[' || p.s[0] == '(' || p.s[0] == 0xE3 || p.s[0] == 0xEF) && bracketAd(p.s) {
		return true // "【PR】ふるさと納税で…", "[AD] 내 집 마련의 첫걸음"
	}
	// The loop's first search is the gate's: only the signature is tested
	// before it.
	if p.has&hasColon == 0 || !subErid.maybe(p.signature()) {
		return false
	}
	for i := 0; ; {
		j := strings.Index(p.low[i:], "erid")
		if j < 0 {
			return false
		}
		j += i
		i = j + len("erid")
		if j > 0 && isWordByte(p.low[j-1]) {
			continue
		}
		rest := strings.TrimLeft(p.low[i:], " ")
		if rest == "" || rest[0] != ':' {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " ")
		n := 0
		for n < len(rest) && isWordByte(rest[n]) {
			n++
		}
		if n >= eridMin {
			return true
		}
	}
}

// innMin is the fewest digits of a Russian taxpayer number (ИНН: 10 for a
// company, 12 for a person).
const innMin = 10

// russianAdMark reports the legal marking of an ad in Russian without its
// token: "Реклама" (an ad) first, then the advertiser's taxpayer number,
// "ИНН" and innMin or more digits ("Реклама. ИП Иванов И.И., ИНН
// 770123456789").
func russianAdMark(s string) bool {
	if !strings.HasPrefix(s, "Реклама") && !strings.HasPrefix(s, "РЕКЛАМА") {
		return false
	}
	_, rest, ok := strings.Cut(s, "ИНН")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " :")
	n := 0
	for n < len(rest) && isDigit(rest[n]) {
		n++
	}
	return n >= innMin
}

// subErid gates adMarking.
var subErid = sub("erid")

// adCall reports whether p is a betting promo, a free-trial ad or an
// ad's legal marking (see bettingPromo, trialOffer, adMarking), and sets
// its detail.
func (p *para) adCall() bool {
	switch {
	case bettingPromo(p):
		p.detail = detailBetting
	case trialOffer(p):
		p.detail = detailTrial
	case adMarking(p):
		p.detail = detailAdMarking
	case promoCode(p):
		p.detail = detailPromoCode
	default:
		return false
	}
	return true
}

// ---- market data ------------------------------------------------------------------

// marketWords is the most words of a line of a market-data widget.
const marketWords = 14

// marketLabels are the fields of a market-data widget, lower case, whole
// words; marketExchanges the stock exchanges a ticker symbol is listed on.
var (
	marketLabels = [...]string{"volume", "market cap", "mkt cap", "market value", "p/e", "p/e ratio", "eps",
		"dividend yield", "div yield", "52-week high", "52-week low", "52-week range", "52-wk high",
		"52-wk low", "52-wk range", "day range", "day's range", "prev close", "previous close",
		"day high", "day low", "vol"}
	marketExchanges = [...]string{"nasdaq", "nyse", "nyse american", "amex", "lse", "tsx", "tsxv", "asx",
		"xetra", "euronext", "hkex", "sgx", "jse", "nse", "bse", "otc", "otcqx", "moex", "krx"}
)

// dataWidget reports whether p is a line of a market-data widget or a
// video player's length or countdown (see marketLine, videoLength), and
// sets its detail.
func dataWidget(p *para) bool {
	switch {
	case p.words <= marketWords && !p.endSent && marketLine(p):
		p.detail = detailMarket
	case p.words >= 2 && p.words <= 10 && p.has&hasFigure != 0 &&
		(strings.HasPrefix(p.low, "video") || strings.HasPrefix(p.low, "dur") || strings.HasPrefix(p.low, videoCountdown)) &&
		videoLength(p.low):
		p.detail = detailVideo
	case p.words <= 4 && p.has&hasFigure != 0 && isDigit(p.low[0]) && bareDuration(p.low):
		p.detail = detailVideo
	default:
		return false
	}
	return true
}

// marketLine reports whether p (at most marketWords words, no sentence)
// is a line of a market-data widget:
//   - a quote: two signed figures, one of them a percent ("41.22 USD ·
//     +8.98 (+27.85%)", "FTSE 100 7,512.30 -30.21 (-0.40%)"), and at most
//     four words with letters; an article's key figure ("Revenue +12%")
//     has one, and a table's row (cells between bars) is the article's;
//   - a row of two or more fields of marketLabels with figures, the first
//     or the day's open opening it ("Volume 3,114,207 · Market cap 3.78B",
//     "Open 45.61 · Day High 46.02 · Day Low 45.18");
//   - a ticker symbol and its exchange alone, in at most four words, a
//     colon, a dot or a bracket among them ("CFLW.O · Nasdaq", "NYSE:
//     ACME").
func marketLine(p *para) bool {
	if p.d.Paragraphs[p.i].Kind == clean.KindTableRow {
		return false // a table's row: "LOW | LOWE'S COS. | 113.40 | -1.62 | -1.41%"
	}
	if c := p.low[0]; p.has&hasColon != 0 && p.has&hasFigure != 0 && (marketLead[c] || c == 'c' || c == 'o') && marketFields(p.low) {
		return true
	}
	if p.has&hasBar != 0 {
		return false // a row of a table in text: "LOW | LOWE'S COS. | 113.40 | -1.62 | -1.41%"
	}
	if p.has&hasFigure != 0 {
		if strings.IndexByte(p.low, '%') >= 0 && (quoteChange(p.low) || priceChange(p.low)) && letterWords(p.low) <= 4 {
			return true
		}
		// The row opens with a field, or with the day's open ("Open
		// 45.61 · Day High 46.02 · Day Low 45.18"), which counts for
		// none of the two it needs.
		if !strings.HasPrefix(p.low, "open ") &&
			(!marketLead[p.low[0]] || !marketFirst.has(firstWord(p.low)) || !anyPrefix(p.low, marketLabels[:]...)) {
			return false
		}
		n := 0
		for _, l := range marketLabels {
			if containsWordFold(p.low, l) {
				if n++; n == 2 {
					return true
				}
			}
		}
		return false
	}
	return p.words <= 4 && p.has&(hasColon|hasDot|hasParen) != 0 && tickerSymbol(p.s) &&
		anyWord(p.low, marketExchanges[:])
}

// marketFields reports whether low is nothing but fields of a
// market-data widget, a label, a colon and figures, between bars: "52-wk
// range: $41.12 – $76.05", "Close: $70.26 | Day range: $68.90 – $70.84",
// "Market cap: $21.4B | P/E: 38.6". A field's label is one of
// marketLabels, or "close" or "open" when another field's is; a field
// alone has a label of more than one word ("Volume: 2" is a record's); its
// value holds no word but a figure's unit ("21.4b", "38.6x").
func marketFields(low string) bool {
	known, row := false, strings.IndexByte(low, '|') >= 0
	for rest := low; rest != ""; {
		cell, tail, _ := strings.Cut(rest, "|")
		rest = tail
		label, value, ok := strings.Cut(cell, ":")
		if !ok || !figuresOnly(value) {
			return false
		}
		switch label = strings.TrimSpace(label); {
		case slices.Contains(marketLabels[:], label):
			// A field alone names a widget's field ("market cap", "p/e"),
			// not a word a record uses too ("Volume: 2").
			known = row || strings.ContainsAny(label, " /-")
		case label != "close" && label != "open":
			return false
		}
	}
	return known
}

// figuresOnly reports whether v holds a figure and no word but a
// figure's one-letter unit right after its digits ("$21.4b", "38.6x",
// "$68.90 – $70.84").
func figuresOnly(v string) bool {
	digit := false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digit = true
		case c >= 'a' && c <= 'z':
			if i == 0 || !isDigit(v[i-1]) || i+1 < len(v) && v[i+1] >= 'a' && v[i+1] <= 'z' {
				return false
			}
		}
	}
	return digit
}

// marketFirst holds the first words of marketLabels.
var marketFirst = func() *wordSet {
	m := map[string]bool{}
	for _, l := range marketLabels {
		m[firstWord(l)] = true
	}
	return newWordSet(m)
}()

// marketLead holds the first bytes of marketLabels.
var marketLead = func() (t [256]bool) {
	for _, l := range marketLabels {
		t[l[0]] = true
	}
	return t
}()

// quoteChange reports whether low holds a quote's change: a signed figure
// (see signedAt) and right after it, a separator or a bracket aside, a
// signed percent ("+8.98 (+27.85%)", "-30.21 -0.40%", "▲ 1.20 ▲ 0.9%").
func quoteChange(low string) bool {
	for i := 0; i < len(low); i++ {
		n := signedAt(low, i)
		if n == 0 {
			continue
		}
		j := i + n
		for j < len(low) && isDigit(low[j]) || j < len(low) && (low[j] == '.' || low[j] == ',') {
			j++
		}
		for j < len(low) && (low[j] == ' ' || low[j] == '(' || low[j] == '/' || low[j] == '|') {
			j++
		}
		if k := signedAt(low, j); k > 0 {
			j += k
			for j < len(low) && (isDigit(low[j]) || low[j] == '.' || low[j] == ',') {
				j++
			}
			if j < len(low) && low[j] == '%' {
				return true
			}
		}
		i = j - 1
	}
	return false
}

// priceChange reports whether low ends with a price and its change: a
// figure with two decimals, a space, a signed percent with decimals ("kaveri
// pharma 1,842.60 +2.10%"). An article's key figure has no price before
// its change ("revenue +12%").
func priceChange(low string) bool {
	if !strings.HasSuffix(low, "%") {
		return false
	}
	sp := strings.LastIndexByte(low, ' ')
	if sp < 4 {
		return false
	}
	chg := low[sp+1 : len(low)-1]
	n := signedAt(low, sp+1)
	if n == 0 || !isFigure(chg[n:]) || strings.IndexByte(chg[n:], '.') < 0 {
		return false
	}
	price := low[strings.LastIndexByte(low[:sp], ' ')+1 : sp]
	d := strings.IndexByte(price, '.')
	return d > 0 && len(price)-d == 3 && isFigure(price)
}

// signedAt returns the length of the sign (a plus, a minus, an arrow)
// at low[i] when a figure follows it, a space aside, and nothing of a
// word comes before it; 0 otherwise.
func signedAt(low string, i int) int {
	if i >= len(low) || i > 0 && isWordByte(low[i-1]) {
		return 0
	}
	w := 0
	switch {
	case low[i] == '+' || low[i] == '-':
		w = 1
	case strings.HasPrefix(low[i:], "−") || strings.HasPrefix(low[i:], "▲") || strings.HasPrefix(low[i:], "▼"):
		w = 3
	default:
		return 0
	}
	if j := i + w; j < len(low) && low[j] == ' ' && w == 3 {
		w++ // "▲ 1.20"
	}
	if j := i + w; j < len(low) && isDigit(low[j]) {
		return w
	}
	return 0
}

// letterWords counts the words of low that hold an ASCII letter or a byte
// beyond ASCII.
func letterWords(low string) int {
	n := 0
	for rest := low; rest != ""; {
		w := firstWord(rest)
		rest = strings.TrimLeft(rest[len(w):], " ")
		for k := 0; k < len(w); k++ {
			if c := w[k]; c >= 'a' && c <= 'z' || c >= 0x80 {
				n++
				break
			}
		}
	}
	return n
}

// tickerSymbol reports whether s holds a ticker symbol: two to six
// upper-case ASCII letters, with an exchange's suffix after a dot or not
// ("ACME", "CFLW.O", "BRK.B").
func tickerSymbol(s string) bool {
	for rest := s; rest != ""; {
		w := firstWord(rest)
		rest = strings.TrimLeft(rest[len(w):], " ")
		w = strings.Trim(w, "():,;·")
		if sym, _, _ := strings.Cut(w, "."); len(sym) >= 2 && len(sym) <= 6 && allUpper(sym) {
			return true
		}
	}
	return false
}

// allUpper reports whether s is upper-case ASCII letters only.
func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// ---- video players ------------------------------------------------------------------

// videoLengthLeads open a video player's length, lower case.
var videoLengthLeads = [...]string{"video duration", "video length", "videolänge", "videodauer", "durée de la vidéo",
	"duración del video", "duración del vídeo", "durata del video", "duração do vídeo", durationLead, videoCountdown}

// durationLead leads a length of time (see videoLength).
const durationLead = "duration"

// videoCountdown opens a player's countdown to its next video ("The video
// will start in 8 Cancel"), lower case.
const videoCountdown = "the video will start in"

// timeUnits are the words of a length of time, lower case.
var timeUnits = newWordSet(setOf("h", "hr", "hrs", "hour", "hours", "m", "min", "mins", "minute", "minutes",
	"s", "sec", "secs", "second", "seconds", "and", "stunde", "stunden", "minuten", "sekunde", "sekunden",
	"und", "heure", "heures", "seconde", "secondes", "et", "hora", "horas", "minuto", "minutos", "segundo",
	"segundos", "y", "e", "ora", "ore", "minuti", "secondi", "minuter", "minutter", "minuut", "minuten",
	"minut", "minuty", "minuutti", "dakika", "dk", "phút", "мин", "минут", "minuts", "feeb", "분", "دقائق", "دقيقة", "minutong"))

// videoLength reports a video player's length alone: a lead of
// videoLengthLeads, then figures, clocks and units of time only ("Video
// duration 2 minutes 14 seconds", "Video length: 3:05"), or its countdown
// and the button that cancels it ("The video will start in 8 Cancel").
func videoLength(low string) bool {
	if strings.HasPrefix(low, videoCountdown) {
		low = strings.TrimSuffix(low, " cancel")
	}
	for _, l := range videoLengthLeads {
		if !strings.HasPrefix(low, l) {
			continue
		}
		rest := strings.TrimLeft(low[len(l):], " :")
		if rest == "" {
			return false
		}
		// "Duration" alone leads a fact box's line too ("Duration: 2
		// hours 30 minutes"): a player's length has a clock or seconds.
		d, ok := readDuration(rest)
		return ok && (l != durationLead || strings.IndexByte(rest, ':') >= 0 || d.seconds)
	}
	return false
}

// durationShape is what readDuration finds in a length of time.
type durationShape struct {
	units   int  // units of time, conjunctions aside
	short   bool // one of them is abbreviated (shortUnits)
	seconds bool // one of them counts seconds (secondUnits)
	joined  bool // a conjunction joins two parts ("1 hour and 5 minutes")
}

// readDuration reads low, not empty, as a length of time: figures, clocks
// and units of time (timeUnits) only, each maybe followed by a full stop
// or a comma; ok is false when another word stands in it.
func readDuration(low string) (d durationShape, ok bool) {
	for rest := low; rest != ""; {
		w := firstWord(rest)
		rest = strings.TrimLeft(rest[len(w):], " ")
		w = strings.TrimRight(w, ".,")
		switch {
		case w == "":
			return d, false
		case isDigit(w[0]):
		case !timeUnits.has(w):
			return d, false
		case conjunctionUnits[w]:
			d.joined = true
		default:
			d.units++
			d.short = d.short || shortUnits[w]
			d.seconds = d.seconds || secondUnits[w]
		}
	}
	return d, true
}

// bareDuration reports a length of time alone, as a player or a reading
// time shows it under a headline or a video ("4 min", "1 hr 20 min",
// "2 minutes 14 seconds"; see readDuration): no conjunction, an
// abbreviated unit (shortUnits) or two units. One
// unit written out may name a show ("60 Minutes", "48 Hours") or a
// subheading.
func bareDuration(low string) bool {
	d, ok := readDuration(low)
	return ok && !d.joined && (d.short || d.units >= 2)
}

// conjunctionUnits are the words of timeUnits that join two units
// ("1 hour and 5 minutes"), no unit themselves; shortUnits are its
// abbreviated units.
var (
	conjunctionUnits = setOf("and", "und", "et", "y", "e")
	shortUnits       = setOf("h", "hr", "hrs", "m", "min", "mins", "s", "sec", "secs", "dk", "мин")
	secondUnits      = setOf("s", "sec", "secs", "second", "seconds")
)

// videoLabels are the controls of a video player, in lower case: widget
// labels (see widgetLabels) whose removals say so.
var videoLabels = []string{"play video", "play animation", "pause animation", "replay video", "show full transcript", "show transcript",
	"hide transcript", "view transcript", "read transcript", "read full transcript", "view full transcript",
	"see full transcript", "tap to unmute", "click to unmute", "video abspielen", "transkript anzeigen",
	"lire la vidéo", "afficher la transcription", "reproducir vídeo", "reproducir video",
	"ver transcripción", "riproduci video", "reproduzir vídeo", "ver transcrição", "video afspelen",
	"odtwórz wideo", "odtwórz", "přehrát video", "prehrať video", "video loading", "click to play", "tap to play",
	"click to play tap to play", "click to play, tap to play"}

// videoLabelSet holds videoLabels.
var videoLabelSet = setOf(videoLabels...)

// clockNext reports whether the line after p holds a time stamp alone
// ("01:48").
func clockNext(p *para) bool {
	if j := p.i + 1; j < len(p.d.Paragraphs) {
		t := strings.TrimSpace(p.d.Paragraphs[j].Text)
		_, n := clockAt(t)
		return n > 0 && n == len(t)
	}
	return false
}

// videoClock reports whether p is the running time of a video alone
// ("2:36") next to a control of its player: the line after it is one of
// videoLabels, or the line before it was removed as one.
func videoClock(p *para) bool {
	if _, n := clockAt(p.s); n == 0 || n != len(p.s) {
		return false
	}
	if j := p.i + 1; j < len(p.d.Paragraphs) && videoLabelSet[strings.ToLower(strings.TrimSpace(p.d.Paragraphs[j].Text))] {
		return true
	}
	if j := p.i - 1; j >= 0 {
		r := p.d.Paragraphs[j].Removal
		return r != nil && r.Rule == RuleWidget && r.Detail == details[detailVideo]
	}
	return false
}

// cardNameWords is the most words of a product's name on a product card
// (see productCard).
const cardNameWords = 12

// productCard reports whether p (at most cardNameWords words, no sentence
// end) is a line of a shop widget's product card: a price alone ("£245",
// "From €75") with a shop button in the two lines under it ("Buy now",
// "View at Mercato"; see shopCall) or right above it, or the product's
// name right above such a price. A price next to another figure alone is
// a table's cell ("Band A", "£1,257.45", "£1,320.20"), and a price with
// no button near it is left to the body finder.
func productCard(p *para) bool {
	if p.words <= 2 && p.has&hasFigure != 0 && priceCard(p.d, p.i) {
		return true
	}
	if j := p.i + 1; j < len(p.d.Paragraphs) {
		// A price opens with '$', the first byte of '£' or '¥' (C2), of
		// '€' or '₹' (E2), or "from".
		if t := p.d.Paragraphs[j].Text; t != "" && len(t) <= priceBytes && (t[0] == '$' || t[0] == 0xC2 || t[0] == 0xE2 || t[0]|0x20 == 'f') {
			return priceCard(p.d, j)
		}
	}
	return false
}

// priceBytes is the longest price alone, in bytes ("From €1,299.99" has
// 16).
const priceBytes = 24

// priceCard reports whether line i of d is a product card's price (see
// productCard).
func priceCard(d *clean.Document, i int) bool {
	ps := d.Paragraphs
	if len(ps[i].Text) > priceBytes || !barePrice(ps[i].Text) || i > 0 && figureAlone(ps[i-1].Text) || i+1 < len(ps) && figureAlone(ps[i+1].Text) {
		return false
	}
	for j := i + 1; j < len(ps) && j <= i+2; j++ {
		if shopCall(ps[j].Text) {
			return true
		}
	}
	// The button right above it: a card of shops, each one's button over
	// its price ("Buy now at ShopRidge", "$1,149").
	return i > 0 && shopCall(ps[i-1].Text)
}

// barePrice reports whether s is a price alone, maybe after "from" ("£245",
// "From €75").
func barePrice(s string) bool {
	if len(s) > 5 && s[0]|0x20 == 'f' && strings.EqualFold(s[:5], "from ") {
		s = s[5:]
	}
	return !strings.Contains(s, " ") && isPrice(s)
}

// figureAlone reports whether s is one word holding a digit: a table's
// cell.
func figureAlone(s string) bool {
	return s != "" && !strings.Contains(s, " ") && hasDigit(s)
}

// shopCall reports whether s is a shop's button on a product card: at
// most buttonWords words opening with a verb of shopVerbs or "add", no
// sentence end ("Buy now", "View at Mercato", "Add to bag"). shopButton
// is the line of a deal that names the shop.
func shopCall(s string) bool {
	if s == "" || len(s) > 40 || strings.Count(s, " ") >= buttonWords || stopRune(lastRune(s)) {
		return false
	}
	var buf [8]byte
	w := firstWord(s)
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte(w[i])
	}
	w = unsafe.String(&buf[0], len(w)) // buf outlives no use of w
	return w == "add" || shopVerbs.has(w)
}

// taglineWords is the most words of a wiki's tagline (see wikiTagline).
const taglineWords = 8

// wikiTagline reports whether low (lower case) is the tagline a wiki sets
// under a page's title: "from" and the wiki's name, then after a comma
// "the free" and what it is ("From Wikipedia, the free encyclopedia",
// "Aus OffeneNachrichten, der freien Nachrichtenquelle"), a kind of work
// of wikiKinds last. "From London, the free ferry" is a headline.
func wikiTagline(low string) bool {
	// Each of taglineFroms opens with one of these bytes ("из" with D0).
	switch low[0] {
	case 'f', 'a', 'd', 'v', 'z', 0xD0:
	default:
		return false
	}
	if !taglineFroms.has(firstWord(low)) {
		return false
	}
	k := strings.LastIndex(low, ", ")
	return k > 0 && anyPrefix(low[k+2:], freeTails[:]...) && wikiKinds.has(lastWords(low, 1))
}

// taglineFroms open a wiki's tagline; freeTails open what follows its
// name and wikiKinds end it, in English, German, Spanish, French, Italian, Portuguese, Dutch,
// Polish, Russian and Swedish.
var (
	taglineFroms = newWordSet(setOf("from", "aus", "de", "da", "van", "z", "из", "från", "fra"))
	wikiKinds    = newWordSet(setOf("encyclopedia", "encyclopaedia", "dictionary", "wiki", "source", "library",
		"enzyklopädie", "nachrichtenquelle", "wörterbuch", "enciclopedia", "diccionario", "encyclopédie",
		"dictionnaire", "enciclopédia", "encyclopedie", "encyklopedii", "энциклопедии", "encyklopedin",
		"wikipedia", "wikinews"))
	freeTails = [...]string{"the free ", "der freien ", "die freie ", "la enciclopedia libre", "l'encyclopédie libre",
		"l'enciclopedia libera", "a enciclopédia livre", "de vrije ", "wolnej ", "свободной ", "den fria "}
)

// counterMax is the most counts on a row of counters (see counterLine):
// a messenger's post may show that many reactions.
const counterMax = 8

// counterLine reports whether low (lower case) is a row of a post's
// counters: one to counterMax counts (see countFigure: "214", "1.4k"),
// each behind an icon, a symbol out of ASCII that is no currency sign
// ("↺ 214", "★ 301", "♥ 12 💬 4", "👍1.2k"). A line of an article with a
// figure holds a word.
func counterLine(low string) bool {
	counts, icon := 0, false
	for rest := low; rest != ""; {
		f := firstWord(rest)
		rest = strings.TrimLeft(rest[len(f):], " ")
		k := 0
		for k < len(f) {
			r, n := utf8.DecodeRuneInString(f[k:])
			if r < utf8.RuneSelf || !unicode.In(r, unicode.So, unicode.Sm, unicode.Mn) && r != '\u200d' {
				break
			}
			k += n
		}
		if k > 0 {
			icon = true
		}
		if f = f[k:]; f == "" {
			continue
		}
		if !icon || !countFigure(f) {
			return false
		}
		counts++
		icon = false
	}
	return counts > 0 && counts <= counterMax && !icon
}

// nowOffer reports whether p is an ad that opens with "Book now:", "Shop
// now:" or "Buy now:" and names a price: "BOOK NOW: Island-hopping, 9
// days from S$3,890 per person. Limited departures." "Buy now: house
// prices will rise 10% next year, agents warn." names none.
func nowOffer(p *para) bool {
	verb := firstWord(p.low)
	return (verb == "book" || verb == "shop" || verb == "buy") && strings.HasPrefix(p.low[len(verb):], " now: ") &&
		hasDigit(p.low) && strings.ContainsAny(p.low, "$£€¥₹")
}
