package boilerplate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Page furniture that sits among the article's paragraphs: affiliate
// disclosures, paywall and sign-in prompts, feedback and rating widgets,
// JavaScript and browser notices, and the controls of live blogs and recipe
// cards. Each matcher looks only at short paragraphs (the ones with a
// lower-case copy) and opens with a test that costs a bit test or a label
// lookup made for the link labels anyway, so that article prose pays next
// to nothing for them.

// matchFurniture tries the furniture rules on a paragraph of at most 60
// words, as matchRule would in the order of their ids, and returns the
// first that matches, or numRules. It makes the cheap tests each rule
// opens with (a label kind the link labels have looked up, prefix lists,
// signature bits, byte flags) before calling it, so that most paragraphs
// cost a few comparisons.
func matchFurniture(p *para) ruleID {
	if p.words <= 4 && (p.has&hasFigure != 0 || endMarkLead(p.low[0])) && pageMark(p.low) {
		p.detail = detailPage
		return idWidget
	}
	if p.words <= 6 && p.has&hasFigure != 0 && (isDigit(p.low[0]) || p.low[0] == 's') && rangeCounter(p.low) {
		p.detail = detailPage
		return idWidget
	}
	if p.words <= stampWords && p.has&hasFigure != 0 && (relativeStamp(p.low) || clockStamp(p.low)) {
		p.detail = detailStamp
		return idWidget
	}
	if p.words <= readingTimeWords && p.has&hasFigure != 0 && readingTime(p.low) {
		p.detail = detailReadingTime
		return idWidget
	}
	if p.words <= nutrientWords && p.has&(hasFigure|hasColon) == hasFigure|hasColon && nutrientField(p.low) ||
		p.low[0] == 'n' && p.words <= nutritionNoteWords && nutritionNote(p.low) {
		p.detail = detailRecipe
		return idWidget
	}
	if p.words <= 5 && p.has&hasFigure != 0 && p.low[0] == 'o' && ticketsLeft(p.low) {
		return idWidget
	}
	if p.words <= weatherWords && p.has&hasHigh != 0 && !p.endSent && weatherLine(p.s) {
		return idWidget // "Аски Сьӧдъягын: +2 °С, зэр", "Today 11°C, light showers"
	}
	if p.words <= rateFieldWords && p.has&hasFigure != 0 && rateField(p.low) {
		p.detail = detailMarket
		return idWidget // "5.15% AER variable", "Min. deposit £100"
	}
	if p.words <= quoteMoveWords && p.has&(hasFigure|hasHigh) == hasFigure|hasHigh && !p.endSent && quoteMove(p.s) {
		p.detail = detailMarket
		return idWidget // "ASX 200 8,147.3 ▲ 0.42%", "$3.27 ▼ 0.41 (11.14%)"
	}
	if (p.low[0] == 'r' || p.low[0] == 'o' || p.starts&bankNotices != 0) && rateNote(p) {
		p.detail = detailMarket
		return idWidget // "Rates as of April 21, 2026", "On Brightwell Bank's secure site", "Member FDIC. ..."
	}
	if p.words == 2 && isDigit(p.low[0]) && countdownLine(p) {
		return idWidget // "200 DAYS", "13 HOURS"
	}
	if postedBy(p) {
		p.detail = detailLive // as matchWidget finds it
		return idWidget
	}
	if p.words <= loadingWords && p.low[0] == 'l' && loadingLine(p.low) {
		return idWidget // "Loading radar map..."
	}
	if p.words <= locatorWords && p.low[0] == 'f' && !p.endSent && locatorCall(p.low) {
		return idWidget // "Find a clinic near you"
	}
	if p.words >= 4 && p.words <= dataCreditWords && p.has&hasHigh == 0 && dataCreditGate.in(p.low, p.signature()) && dataCredit(p.low, p.s) {
		return idWidget // "Radar data supplied by SkyTrace Meteorology"
	}
	if p.low[0] == 'c' && p.words <= captionNoteWords && captionNote(p.low) {
		p.detail = detailVideo
		return idWidget // "Closed captioning for this video is provided by the station."
	}
	if p.words <= 6 {
		if p.has&hasFigure != 0 && skipControl(p.low) {
			p.detail = detailVideo
			return idWidget
		}
		k := p.labelKind()
		if (k&(labelWidget|labelWeak) != 0 || p.words == 1 && p.has&hasColon != 0 && clockLead(p.low[0])) && matchWidget(p) {
			return idWidget
		}
		if k&(labelRate|labelAnswer) != 0 && matchFeedback(p) {
			return idFeedback
		}
		if k&labelPaywall != 0 && matchPaywall(p) {
			return idPaywall
		}
		if cancelUnder(p) {
			return idPaywall
		}
		if p.s == "+" && matchPaywall(p) {
			return idPaywall
		}
	}
	if dataWidget(p) {
		return idWidget
	}
	if japanesePaywall(p) {
		return idPaywall
	}
	if p.words < 3 {
		return numRules
	}

	if p.words <= 14 && (p.endSent && p.low[len(p.low)-1] == '?' || p.has&(hasFigure|hasBar|hasSlash) != 0) &&
		matchFeedback(p) {
		return idFeedback
	}
	// Each of the offers has a price: lines without a figure skip the calls.
	if p.has&hasFigure != 0 && (leadOffer(p) || priceOffer(p) || pricedCall(p) || trialPrice(p) || firstMonthPrice(p)) {
		return idPaywall
	}
	if (p.words <= 20 && (p.starts&(paywallLeads|paywallAlready|paywallMeter) != 0 ||
		p.sig&subscriGate == subscriGate) || p.words <= meterWords && (p.starts&paywallMeter != 0 || p.sig&subscriGate == subscriGate) ||
		p.words <= leadOfferWords && p.starts&paywallLeads != 0 || p.words <= deviceNoteWords && p.starts&deviceLeads != 0) &&
		matchPaywall(p) {
		return idPaywall
	}
	if p.words <= 40 && (p.starts&browserLeads != 0 || p.sig&javascriptGate == javascriptGate) && matchNotice(p) {
		return idNotice
	}
	if matchAffiliate(p) {
		return idAffiliate
	}
	return numRules
}

// skipControl reports a player's button that skips a few seconds, alone
// on its line: "Skip back 15 seconds", "Skip forward 30 seconds",
// "Rewind 10 sec", "Jump ahead 30s". low is in lower case (in ASCII).
func skipControl(low string) bool {
	if c := low[len(low)-1]; c != 's' && c != 'c' {
		return false // no "s", "sec", "secs" or "seconds" at its end
	}
	rest, ok := cutAnyPrefix(low, skipLeads[:])
	if !ok {
		return false
	}
	switch unit, ok := afterCount(rest, 2); {
	case !ok:
		return false
	default:
		return unit == "s" || unit == "sec" || unit == "secs" || unit == "seconds"
	}
}

// cutAnyPrefix returns s without the first of prefixes it opens with, and
// whether it opens with one.
func cutAnyPrefix(s string, prefixes []string) (string, bool) {
	for _, l := range prefixes {
		if rest, ok := strings.CutPrefix(s, l); ok {
			return rest, true
		}
	}
	return s, false
}

// afterCount returns what follows the count of one to max digits that
// opens s, spaces trimmed ("15 seconds" → "seconds", "5h" → "h"), and
// false when s opens with no such count.
func afterCount(s string, max int) (string, bool) {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n == 0 || n > max {
		return "", false
	}
	return strings.TrimLeft(s[n:], " "), true
}

// skipLeads open a player's skip button (see skipControl), in lower case.
var skipLeads = [...]string{"skip back ", "skip backward ", "skip forward ", "skip ahead ", "jump back ",
	"jump forward ", "jump ahead ", "rewind ", "fast forward ", "seek back ", "seek forward ", "back ",
	"forward ", "go back "}

// countdownLine reports a countdown widget's field: a count and a unit of
// time alone on its line ("200 DAYS", "13 HOURS", "42 MINS"), with
// another such field right above or below it in another unit. A table's
// cell "3 days" alone has none beside it.
func countdownLine(p *para) bool {
	unit, ok := afterCount(p.low, 3)
	if !ok || !countdownUnits[unit] {
		return false
	}
	for _, j := range [2]int{p.i - 1, p.i + 1} {
		if j < 0 || j >= len(p.d.Paragraphs) {
			continue
		}
		t := strings.TrimSpace(p.d.Paragraphs[j].Text)
		var buf [16]byte
		if len(t) > len(buf) {
			continue
		}
		if u, ok := afterCount(lowerInto(buf[:], t), 3); ok && countdownUnits[u] && u != unit {
			return true
		}
	}
	return false
}

// countdownUnits are the units of a countdown's fields, in lower case.
var countdownUnits = setOf("days", "day", "hours", "hour", "hrs", "mins", "min", "minutes", "secs", "sec", "seconds")

// rateFieldWords is the most words of a field of a rate comparison
// widget (see rateField).
const rateFieldWords = 5

// quoteMoveWords is the most words of a market quote's line (see
// quoteMove).
const quoteMoveWords = 8

// quoteMove reports a market quote's line, the quote and its move: an
// arrow up or down before a figure ("ASX 200 8,147.3 ▲ 0.42%", "GOLD
// US$2,914.60 ▲ 0.3%", "$3.27 ▼ 0.41 (11.14%)"). The caller takes lines
// of at most quoteMoveWords words that end no sentence: prose writes "up
// 0.4 per cent". A ticker of many quotes on one line is tickerLine's.
func quoteMove(s string) bool {
	if !strings.Contains(s, "\xe2\x96") {
		return false // each arrow opens with these two bytes
	}
	for _, arrow := range [...]string{"▲", "▼", "▴", "▾", "△", "▽"} {
		if k := strings.Index(s, arrow); k >= 0 {
			rest := strings.TrimLeft(s[k+len(arrow):], " +-−")
			return rest != "" && isDigit(rest[0])
		}
	}
	return false
}

// rateField reports a field of a rate comparison widget alone on its
// line (low in lower case): a rate with its kind ("5.15% AER variable",
// "6.9% APR representative", "4.10% APY") or an account's minimum
// ("Min. deposit £100", "Minimum deposit: $500", "$0 min. deposit"). "Rates rose 5.15%."
// names no kind.
func rateField(low string) bool {
	if k := strings.IndexByte(low, '%'); k > 0 && isDigit(low[k-1]) {
		for _, w := range [...]string{" aer", " apr", " apy", " aer variable", " aer fixed", " apr representative",
			" apr variable", " apr fixed", " apy variable"} {
			if strings.HasSuffix(low, w) {
				return true
			}
		}
		return false
	}
	if rest, ok := cutAnyPrefix(low, depositLeads[:]); ok {
		return priceIn(rest)
	}
	if c := low[len(low)-1]; c != 't' && c != 'e' {
		return false // every lead ends with "deposit", "investment" or "balance"
	}
	for _, l := range depositLeads {
		// The price first: "$500 min. deposit".
		if k := len(low) - len(l) - 1; k > 0 && low[k] == ' ' && strings.HasSuffix(low, l) {
			return priceIn(low[:k])
		}
	}
	return false
}

// rateStampWords is the most words of a rate widget's time stamp ("Rates
// as of April 21, 2026") and of its note on where an offer's button leads
// (see secureSite).
const rateStampWords = 8

// bankNotices open the regulatory notice of a bank's or a broker's offer
// in a rate widget ("Member FDIC. APYs are accurate as of the date shown
// and subject to change."), of at most bankNoticeWords words.
var bankNotices = prefixes("member fdic", "member sipc", "equal housing lender", "equal housing opportunity",
	"nmls #", "nmls id")

const bankNoticeWords = 40

// rateNote reports a rate widget's note: its time stamp ("Rates as of
// April 21, 2026"), where an offer's button leads (see secureSite) or the
// bank's regulatory notice (see bankNotices).
func rateNote(p *para) bool {
	return p.low != "" && (p.words <= rateStampWords && !p.endSent &&
		(p.low[0] == 'r' && p.has&hasFigure != 0 && strings.HasPrefix(p.low, "rates as of ") || p.low[0] == 'o' && secureSite(p.low)) ||
		p.starts&bankNotices != 0 && p.words <= bankNoticeWords)
}

// secureSite reports whether low is a rate widget's note on where an
// offer's button leads: "on Brightwell Bank's secure site".
func secureSite(low string) bool {
	return strings.HasPrefix(low, "on ") && (strings.HasSuffix(low, " secure site") || strings.HasSuffix(low, " secure website"))
}

// depositLeads open an account's minimum in a comparison widget, in lower
// case.
var depositLeads = [...]string{"min. deposit", "minimum deposit", "min deposit", "max. deposit", "maximum deposit",
	"minimum investment", "min. investment", "minimum balance", "min. balance"}

// weatherWords is the most words of a weather widget's line (see
// weatherLine).
const weatherWords = 8

// weatherLine reports a weather widget's line: a temperature (a figure
// right before a degree sign, with C or F after it, in Latin or
// Cyrillic) and no sentence end: "Аски Сьӧдъягын: +2 °С, зэр", "Millhaven
// today 11°C, light showers". "Temperatures will reach 30°C on Friday."
// ends a sentence.
func weatherLine(s string) bool {
	k := strings.Index(s, "°")
	if k <= 0 {
		return false
	}
	before := strings.TrimRight(s[:k], " ")
	if before == "" || !isDigit(before[len(before)-1]) {
		return false
	}
	after := s[k+len("°"):]
	return strings.HasPrefix(after, "C") || strings.HasPrefix(after, "F") || strings.HasPrefix(after, "С")
}

// ticketsLeft reports a booking widget's count of what is left, alone on
// its line: "Only 14 tickets left", "Only 3 seats left!". low is in lower
// case (in ASCII).
func ticketsLeft(low string) bool {
	rest, ok := strings.CutPrefix(strings.TrimRight(low, "!."), "only ")
	if !ok {
		return false
	}
	if rest, ok = strings.CutSuffix(rest, " left"); !ok {
		return false
	}
	what, ok := afterCount(rest, 4)
	if !ok {
		return false
	}
	switch what {
	case "ticket", "tickets", "seat", "seats", "spot", "spots", "place", "places", "room", "rooms", "table", "tables":
		return true
	}
	return false
}

// stampWords is the most words of a relative time stamp (see
// relativeStamp): "Last updated: 3 min ago".
const stampWords = 6

// relativeStamp reports a time stamp relative to the reader's now, alone
// on its line, as a live story or a teaser prints it: "Updated 3 min
// ago", "2 hours ago", "Published: 5h ago", "hace 3 minutos", "il y a 2
// heures", "vor 10 Minuten", "há 2 horas", "3 часа назад", "2 saat önce",
// "5 menit yang lalu", "3 uur geleden". low is the line in lower case (in
// ASCII), after a label of stampLeads and its colon: a number of at most
// three digits and a unit of stampUnits, glued or not ("5h"), with the
// words that say "ago" before or after them. A sentence that says how
// long ago something happened has more words than the stamp.
func relativeStamp(low string) bool {
	if !stampEnds(low) {
		return false // the common case: a date, a score, a price
	}
	if r, ok := cutAnyPrefix(low, stampLeads[:]); ok {
		low = strings.TrimLeft(r, ": ")
	}
	rest, ok := "", false
	for _, a := range agoAfter {
		if rest, ok = strings.CutSuffix(low, a); ok {
			break
		}
	}
	if !ok {
		if rest, ok = cutAnyPrefix(low, agoBefore[:]); !ok {
			return false
		}
	}
	unit, ok := afterCount(rest, 3)
	return ok && stampUnits[strings.TrimSuffix(unit, ".")]
}

// nutrientWords is the most words of a recipe card's nutrition field (see
// nutrientField).
const nutrientWords = 5

// nutrientField reports a field of a recipe card's nutrition box: a
// nutrient (nutrients), a colon and an amount, a figure and maybe a unit
// ("Calories: 218kcal", "Saturated Fat: 7g", "Sodium: 61mg", "Serving: 1
// bar"). low is in lower case. "Sugar: the council's new tax" has no
// amount.
func nutrientField(low string) bool {
	k := strings.IndexByte(low, ':')
	if k <= 0 || k+2 >= len(low) || low[k+1] != ' ' || !nutrients[low[:k]] {
		return false
	}
	v := low[k+2:]
	i := 0
	for i < len(v) && (isDigit(v[i]) || v[i] == '.' || v[i] == ',') {
		i++
	}
	if i == 0 {
		return false
	}
	unit := strings.TrimSpace(v[i:])
	return len(unit) <= 12 && !strings.ContainsAny(unit, "0123456789.,;")
}

// nutritionNoteWords is the most words of a nutrition box's note (see
// nutritionNote).
const nutritionNoteWords = 25

// nutritionNote reports a nutrition box's note on its figures: "Nutrition
// information is automatically calculated and should only be used as an
// approximation." low is in lower case.
func nutritionNote(low string) bool {
	return anyPrefix(low, "nutrition information is ", "nutritional information is ", "nutrition facts are ",
		"nutrition information provided ", "nutritional information provided ") &&
		(strings.Contains(low, "approximat") || strings.Contains(low, "estimate") || strings.Contains(low, "calculated"))
}

// nutrients name the fields of a nutrition box, lower case.
var nutrients = setOf("calories", "carbohydrates", "carbs", "protein", "fat", "total fat", "saturated fat",
	"trans fat", "polyunsaturated fat", "monounsaturated fat", "cholesterol", "sodium", "potassium", "fiber",
	"fibre", "sugar", "sugars", "vitamin a", "vitamin c", "calcium", "iron", "serving", "serving size", "energy",
	"kalorien", "kohlenhydrate", "eiweiß", "fett", "calorías", "proteínas", "grasas", "glucides", "protéines",
	"lipides")

// readingTimeWords is the most words of a reading time (see readingTime).
const readingTimeWords = 6

// readingTime reports an article's reading (or listening) time alone on
// its line: a count of one to three digits, a unit of minutes, and a label
// before it or after it: "5 min read", "5-minute read", "Reading time: 4
// minutes", "Lecture 6 min.", "6 min de lecture", "Lesezeit: 3 Minuten".
// low is the line in lower case (in ASCII). "Read 5 minutes a day" has
// no such label.
func readingTime(low string) bool {
	i := 0
	for i < len(low) && !isDigit(low[i]) {
		i++
	}
	j := i
	for j < len(low) && isDigit(low[j]) {
		j++
	}
	if j < len(low) && (low[j] == ' ' || low[j] == '-') {
		j++
	}
	if j == i || j-i > 3 || len(low)-j < 3 || low[j] != 'm' || low[j+1] != 'i' || low[j+2] != 'n' {
		return false // the common case: a date, a score, a price
	}
	before := strings.TrimRight(low[:i], " :")
	unit := low[j:]
	k := strings.IndexByte(unit, ' ')
	if k < 0 {
		k = len(unit)
	}
	if !readingUnits[strings.TrimSuffix(unit[:k], ".")] {
		return false
	}
	after := strings.TrimRight(strings.TrimLeft(unit[k:], " "), ".")
	if before == "" {
		return readingTails[after]
	}
	return after == "" && readingLabels[before]
}

// readingUnits are the words of minutes in a reading time; readingLabels
// the labels before its count and readingTails the words after its unit,
// in lower case.
var (
	readingUnits = setOf("min", "mins", "minute", "minutes", "minuten", "minuti", "minutos", "minut",
		"minuty", "minuter", "minutter", "minuutti", "minuuttia")
	readingLabels = setOf("reading time", "read time", "time to read", "lecture", "temps de lecture",
		"durée de lecture", "lesezeit", "lesedauer", "leestijd", "lettura", "tempo di lettura", "lectura",
		"tiempo de lectura", "leitura", "tempo de leitura", "czas czytania", "lukuaika", "läsetid", "lesetid",
		"læsetid", "listening time", "listen", "estimated length", "estimated reading time", "estimated read time")
	readingTails = setOf("read", "reading", "read time", "reading time", "listen", "de lecture", "de lectura",
		"de leitura", "di lettura", "lesezeit", "lesedauer", "leestijd", "czytania", "läsning", "lesing", "læsning")
)

// clockStamp reports a live page's stamp of a time of day after an entry:
// a label of stampLeads, "at" (or "um", "à", "a las"), a clock ("00.46",
// "22:31", "9:05"), and at most two words after it, a time zone or
// "am"/"pm" ("Updated at 00.46 BST", "Aktualisiert um 14:05 Uhr"). The
// stamp without "at" under a headline is the title search's byline, left
// to the body finder. low is in lower case.
func clockStamp(low string) bool {
	if !stampFirst[low[0]] {
		return false // the first byte first: most lines with a figure are dates and scores
	}
	rest, ok := cutAnyPrefix(low, stampLeads[:])
	if !ok {
		return false
	}
	rest, ok = cutAnyPrefix(strings.TrimLeft(rest, " :"), stampAts)
	if !ok {
		return false // "Updated 7:42 AM" under a byline: the title search reads it as one
	}
	i := 0
	for i < len(rest) && i < 2 && isDigit(rest[i]) {
		i++
	}
	if i == 0 || i+3 > len(rest) || rest[i] != ':' && rest[i] != '.' || !isDigit(rest[i+1]) || !isDigit(rest[i+2]) {
		return false
	}
	tail := strings.TrimSpace(rest[i+3:])
	return strings.Count(tail, " ") < 2 && !strings.ContainsAny(tail, "0123456789,;")
}

// stampFirst marks the first bytes of stampLeads.
var stampFirst = func() (t [256]bool) {
	for _, l := range stampLeads {
		t[l[0]] = true
	}
	return t
}()

// stampAts say "at" before a clock (see clockStamp).
var stampAts = []string{"at ", "um ", "à ", "a las ", "às "}

// stampEnds reports whether low may be a relative time stamp by its
// last byte or its first: the last of a word of agoAfter, or the first of
// one of agoBefore.
func stampEnds(low string) bool {
	switch low[len(low)-1] {
	case 'o', 'e', 'n', 'u', 0xB4: // ago, önce, geleden, lalu, назад
		return true
	}
	switch low[0] {
	case 'h', 'i', 'v':
		return true
	}
	return false
}

// stampLeads label a relative time stamp (see relativeStamp), in lower
// case: English, Spanish, French, German, Portuguese.
var stampLeads = [...]string{"last updated", "updated", "published", "posted", "edited", "actualizado",
	"publicado", "mis à jour", "publié", "aktualisiert", "veröffentlicht", "atualizado"}

// agoAfter and agoBefore say "ago" after the number and its unit or
// before them: English, Russian, Turkish, Indonesian, Dutch; Spanish,
// French, German, Portuguese.
var (
	agoAfter  = [...]string{" ago", " назад", " önce", " yang lalu", " lalu", " geleden"}
	agoBefore = [...]string{"hace ", "il y a ", "vor ", "há "}
)

// stampUnits are the units of a relative time stamp, in lower case, in
// the languages of agoAfter and agoBefore.
var stampUnits = setOf("s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
	"h", "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo", "month",
	"months", "y", "yr", "yrs", "year", "years",
	"segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "dia", "dias", "semana", "semanas",
	"heure", "heures", "jour", "jours", "seconde", "secondes",
	"sekunde", "sekunden", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen",
	"секунду", "секунды", "секунд", "минуту", "минуты", "минут", "мин", "час", "часа", "часов", "ч", "день",
	"дня", "дней", "dakika", "saat", "gün", "saniye", "detik", "menit", "jam", "hari", "minuut", "uur",
	"dag", "dagen")

// endMarkLead reports a byte an end mark opens with: "-", "#", "e" and
// 0xE2, which opens "–" and "—".
func endMarkLead(c byte) bool { return c == '-' || c == '#' || c == 'e' || c == 0xE2 || c == '(' }

// pageNumberWords are the words that number a page ("Page 2 of 3", "Seite 2
// von 5", "Página 2 de 3") in en, de, fr, es, it, pt, nl; pageOf the words
// between its two numbers.
var pageNumberWords, pageOf = []string{"page", "seite", "página", "pagina", "pág.", "blz."}, []string{"of", "von", "de", "di", "sur", "van", "/"}

// pageMark reports the lower-case line low that is page furniture of a
// document converted from print or PDF, or the end mark of a press
// release or a wire's story: "Page 2 of 3", "Seite 4", "- ENDS -", "-30-",
// "###", "(END)". A number
// alone is no page mark: it is as often a table's cell or a list's number.
func pageMark(low string) bool {
	switch c := low[0]; {
	case c == 'p' || c == 's' || c == 'b':
	case endMarkLead(c):
		switch t := strings.Trim(low, "-–— "); t {
		case "ends", "###", "# # #", "(end)", "(ends)":
			return true
		case "30":
			return t != low // "-30-", not "30"
		}
		return false
	default:
		return false
	}
	w, rest, ok := strings.Cut(low, " ")
	if !ok || !slices.Contains(pageNumberWords, w) {
		return false
	}
	n, rest, _ := strings.Cut(rest, " ")
	if n == "" || !allDigits(n) {
		return false
	}
	if rest == "" {
		return true
	}
	of, m, _ := strings.Cut(rest, " ")
	return slices.Contains(pageOf, of) && m != "" && allDigits(m)
}

// rangeCounter reports whether low is a pager's count of the items it
// shows: "1 - 5 of 36", "Showing 11–20 of 1,204 results" (k <= m <= n).
func rangeCounter(low string) bool {
	low = strings.TrimPrefix(low, "showing ")
	k, i := pagerNumber(low, 0)
	for i < len(low) && low[i] == ' ' {
		i++
	}
	switch {
	case strings.HasPrefix(low[i:], "-"):
		i++
	case strings.HasPrefix(low[i:], "–"), strings.HasPrefix(low[i:], "—"):
		i += len("–")
	default:
		return false
	}
	for i < len(low) && low[i] == ' ' {
		i++
	}
	m, i := pagerNumber(low, i)
	rest, ok := strings.CutPrefix(low[i:], " of ")
	if !ok {
		return false
	}
	n, i := pagerNumber(rest, 0)
	switch strings.TrimSpace(rest[i:]) {
	case "", "results", "items", "photos", "images", "articles", "stories", "posts", "comments":
		return k >= 1 && k <= m && m <= n
	}
	return false
}

// pagerNumber reads a count of a pager from s[i:], digits with commas
// between thousands ("1,204"), and returns its value and where it ends;
// 0 when there are none.
func pagerNumber(s string, i int) (int, int) {
	v := 0
	for ; i < len(s) && (isDigit(s[i]) || s[i] == ',' && i+1 < len(s) && isDigit(s[i+1]) && v > 0); i++ {
		if s[i] != ',' && v < 1e9 {
			v = v*10 + int(s[i]-'0')
		}
	}
	return v, i
}

// ---- shared helpers ----------------------------------------------------------

// The details the furniture rules give their removals: para.detail holds
// an index into details, not a string, so that no string of p (whose
// lower-case copy lives on the stack of RuleSet.Match) can reach the
// Reason it returns.
const (
	detailNone uint8 = iota
	detailAffiliate
	detailSubscribersOnly
	detailSignIn
	detailMetered
	detailReadOn
	detailOffer
	detailQuestion
	detailAnswer
	detailRating
	detailJS
	detailBrowser
	detailLive
	detailRecipe
	detailSponsorLabel
	detailSponsor
	detailAudioLabel
	detailPlatform
	detailPlayer
	detailChapters
	detailProvidedBy
	detailJournal
	detailCitation
	detailAdCopy
	detailSyndicated
	detailChannel
	detailCredit
	detailLicence
	detailPodcast
	detailBetting
	detailTrial
	detailVideo
	detailDateline
	detailPage
	detailApp
	detailAdMarking
	detailMarket
	detailPlaceholder
	detailPromoCode
	detailGallery
	detailHelpline
	detailMailFooter
	detailMailAddress
	detailStamp
	detailTip
	detailSignup
	detailPayment
	detailReadingTime
	detailDevice
	detailNarration
	detailHoldings
	numDetails
)

var details = [numDetails]string{"", "affiliate or sponsored links", "for subscribers only", "sign-in prompt",
	"metered paywall", "subscribe or sign in to read on", "subscription offer", "feedback question",
	"answer to a feedback question", "rating by readers", "JavaScript notice", "browser notice",
	"live-blog control", "recipe-card button", "sponsor label", "sponsor's line", "audio label",
	"podcast platforms", "player clock", "chapter list", "provided by", "journal information", "citation",
	"ad copy under an ad marker", "republication notice", "follow-us promo",
	"staff or source credit", "press licence", "podcast promo", "betting promo", "free-trial ad",
	"video-player control", "wire dateline", "page number or end mark", "app promo",
	"ad marking", "market data", "image or control as a text browser prints it", "promo code", "gallery control", "helpline notice",
	"mailing-list footer", "mailing-list postal address", "time stamp", "tip box", "sign-up form message",
	"payment methods", "reading time", "subscription in use on another device", "narration note",
	"the author's holdings"}

// anyWord reports whether any of ws (lower case, each starting with a
// letter) occurs in low as a whole word.
func anyWord(low string, ws []string) bool {
	for _, w := range ws {
		if containsWordFold(low, w) {
			return true
		}
	}
	return false
}

// reported reports whether the lower-case text quotes or reports speech:
// it has a quotation mark or "said", "says", "told". A notice to the
// reader does neither; an article sentence about the same things often
// does ("We earn a commission on every sale," the founder said).
func reported(low string) bool {
	return htmlHasQuote(low) || speechVerb(low)
}

// speechVerb reports whether the lower-case text holds "said", "says" or
// "told": speech reported, where a quotation mark may also set off a name.
func speechVerb(low string) bool {
	return containsWordFold(low, "said") || containsWordFold(low, "says") || containsWordFold(low, "told")
}

// ---- affiliate disclosures -------------------------------------------------------

// holdingsNote reports whether low (lower case) discloses what the author
// holds of what the article is about: "Disclosure:" and, after it, the
// author or a first person and a verb of holding ("Disclosure: The author holds BTC and ETH.", "Disclosure: I
// have no position in any stock mentioned.").
func holdingsNote(low string) bool {
	rest, ok := strings.CutPrefix(low, "disclosure:")
	if !ok {
		return false
	}
	return (strings.Contains(rest, "the author") || containsWordLow(rest, "i") || containsWordLow(rest, "we")) &&
		(containsAny(rest, holdingVerbs[:]) || strings.Contains(rest, " position"))
}

// holdingVerbs say that the author holds something (see holdingsNote).
var holdingVerbs = [...]string{" holds ", " hold ", " owns ", " own ", " has a position", " have a position",
	" has no position", " have no position"}

// matchAffiliate: a disclosure, of 4 to 60 words, that the site earns
// money from the links or products it shows: it names affiliate links or
// programmes ("This post may contain affiliate links. Please read my
// disclosure policy.", "As an Amazon Associate I earn from qualifying
// purchases.", "Dieser Artikel enthält Affiliate-Links.", "Cet article
// contient des liens affiliés."), a commission the site earns from links
// or purchases ("We may earn commission from links on this page, but we
// only recommend products we back."), or products its editors chose
// independently ("Our editors independently select the products we
// feature."). It speaks for the site or to the reader (first or second
// person, or "this page"; speaksToReader) and reports no speech: "Amazon
// cut the commission it pays affiliates, the company said." and "We earn
// a commission on every sale," he said. are articles' sentences. The note
// under a price widget ("Prices updated daily.", see priceNote) is taken
// from three words.
func matchAffiliate(p *para) bool {
	if p.words < 3 || p.words > 60 {
		return false
	}
	if priceNote(p.low) {
		p.detail = detailAffiliate
		return true
	}
	if p.words < 4 {
		return false
	}
	if p.low[0] == 'd' && holdingsNote(p.low) {
		p.detail = detailHoldings
		return true
	}
	f := affAll
	if !p.unfiltered {
		if f = p.affiliateAnchors(); f == 0 {
			return false
		}
	}
	low := p.low
	switch {
	case f&affLink != 0 && containsAny(low, affiliateLinks[:]):
		// "Affiliate links" alone is a label (a heading on a page about
		// them); with a speaker it is a disclosure.
		if !speaksToReader(low) {
			return false
		}
	case f&affMoney != 0 && (containsAny(low, affiliateMoney[:]) || p.foreign() && strings.Contains(low, "provision")):
		// Money for links or purchases, earned by the site.
		if !containsAny(low, affiliateObjects[:]) || !containsAny(low, affiliateEarns[:]) ||
			!strings.HasPrefix(low, "disclosure") && !speaksToReader(low) {
			return false
		}
	case f&affIndependent != 0 && containsAny(low, independentPicks[:]):
		// "Our editors independently select the products we feature."
		if !containsAny(low, affiliateObjects[:]) || !speaksToReader(low) {
			return false
		}
	default:
		return false
	}
	if reported(low) {
		return false
	}
	p.detail = detailAffiliate
	return true
}

// What affiliateAnchors finds: the anchors of the affiliate lists.
const (
	affLink        uint8 = 1 << iota // of affiliateLinks: "fili", "qualif"
	affMoney                         // of affiliateMoney: "om" before "mis" or "is", "provision"
	affIndependent                   // of independentPicks: "ndepend"
	affAll         = affLink | affMoney | affIndependent
)

// affiliateAnchors returns the flags of the anchors of the affiliate lists
// that p has: "fili" (affiliate, affilié, afiliado), "qualif" (qualifying,
// qualifizierten), "om" before "mis" or "is" (commission, comisión,
// comissão), "provision" in foreign text, "ndepend". Each is
// searched for only when the signature has the bits of letter pairs it
// holds (affiliateGates): most paragraphs need no search. Every phrase of
// a list holds an anchor of its flag (see TestAffiliateAnchors).
func (p *para) affiliateAnchors() (f uint8) {
	sig, low, g := p.signature(), p.low, &affiliateGates
	if sig&g.fi == g.fi && hasAnchor(low, "fili", 0) || sig&g.qualify == g.qualify && hasAnchor(low, "qualif", 0) {
		f |= affLink
	}
	if sig&g.commission == g.commission && hasMoneyAnchor(low) ||
		sig&g.provision == g.provision && p.foreign() && hasAnchor(low, "provision", 3) {
		f |= affMoney
	}
	if sig&g.independ == g.independ && hasAnchor(low, "ndepend", 3) {
		f |= affIndependent
	}
	return f
}

// hasAnchor reports whether s has needle, looking for its byte k first:
// a rare letter ("q", "p", "v", "c") is found with few calls of
// strings.IndexByte, where strings.Contains would stop at every
// occurrence of the first byte.
func hasAnchor(s, needle string, k int) bool {
	c := needle[k]
	for i := k; i < len(s); {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		j += i
		if j-k+len(needle) <= len(s) && s[j-k:j-k+len(needle)] == needle {
			return true
		}
		i = j + 1
	}
	return false
}

// affiliateGates are the signature bits affiliateAnchors asks for before
// each search: the bits of letter pairs of the anchor that other patterns
// have given bits to (see gateBits and TestAffiliateAnchors).
var affiliateGates struct {
	fi, qualify, commission, provision, independ uint64
}

// affiliateGatePairs are the letter pairs of affiliateGates, in order.
var affiliateGatePairs = [...][]string{{"fi"}, {"if"}, {"om", "mi"}, {"io", "on"}, {"nd", "de"}}

func init() {
	// Run by init, once every pattern has been registered and the pair
	// bits handed out.
	g := &affiliateGates
	for k, dst := range [...]*uint64{&g.fi, &g.qualify, &g.commission, &g.provision, &g.independ} {
		*dst = gateBits(affiliateGatePairs[k]...)
	}
}

// gateBits returns the signature bits of the letter pairs (two lower-case
// bytes each) that have one, and bit 0: a pair without a bit adds nothing
// (the gate lets more through, and misses nothing).
func gateBits(pairs ...string) uint64 {
	bits := uint64(1)
	for _, pr := range pairs {
		bits |= 1 << pairBit[classPair(pr[0], pr[1])]
	}
	return bits
}

// hasMoneyAnchor reports whether low has "om" before "mis" or "is":
// "commission", "comisión", "comissão". It looks for the "m" before "is".
func hasMoneyAnchor(low string) bool {
	for i := 1; i < len(low); {
		j := strings.IndexByte(low[i:], 'm')
		if j < 0 {
			return false
		}
		j += i
		if strings.HasPrefix(low[j+1:], "is") && (low[j-1] == 'o' || j >= 2 && low[j-2:j] == "om") {
			return true
		}
		i = j + 1
	}
	return false
}

// speaksToReader reports whether the lower-case text speaks for the site
// or to the reader: it has a word of speakerWords, or a demonstrative
// (pageDemonstratives) before a noun of the page (pageWords): "this
// post", "cet article". It reads the words once.
func speaksToReader(low string) bool {
	prev := ""
	for i := 0; i < len(low); {
		for i < len(low) && !isWordByte(low[i]) && low[i] != '\'' {
			i++
		}
		j := i
		for j < len(low) && (isWordByte(low[j]) || low[j] == '\'') {
			j++
		}
		if j == i {
			break
		}
		w := low[i:j]
		if speakerWords.has(w) || pageWords.has(w) && pageDemonstratives.has(prev) {
			return true
		}
		prev, i = w, j
	}
	return false
}

// speakerWords speak for a site or to its reader: first and second person.
var speakerWords = newWordSet(map[string]bool{"we": true, "i": true, "us": true, "our": true, "my": true,
	"you": true, "your": true, "we're": true, "i'm": true, "we've": true, "wir": true, "uns": true,
	"unsere": true, "unser": true, "ich": true, "mir": true, "du": true, "nous": true, "je": true,
	"j'": true, "nos": true, "notre": true, "vous": true, "nosotros": true, "nuestro": true, "nuestros": true,
	"nuestra": true, "nuestras": true, "podemos": true, "recibimos": true, "noi": true, "nostri": true,
	"nostro": true, "nostra": true, "possiamo": true, "riceviamo": true, "nós": true, "nosso": true,
	"nossos": true, "nossa": true, "recebemos": true, "wij": true, "ons": true, "onze": true, "ik": true})

// pageNames name the page, in lower case: a disclosure (pageWords) and a
// feedback question (pageNounsFeedback) speak of it.
// demonstratives point at the page ("this post", "cette page"), in lower
// case.
var demonstratives = []string{"this", "dieser", "diesem", "diese", "cet", "cette", "ce", "este", "esta",
	"questo", "questa", "dit", "deze"}

var pageNames = []string{"post", "page", "article", "story", "content", "review", "guide", "artikel", "beitrag",
	"seite", "artículo", "página", "articolo", "pagina", "artigo", "contenu", "contenido", "conteúdo"}

// pageDemonstratives and pageWords name the page itself: "this post",
// "dieser Artikel", "cette page", "este artículo", "questo sito", "deze
// pagina"; pageWords are pageNames and the site's. "These links" names
// the page's links ("X may earn a commission from purchases made through
// these links", "… through this link").
var (
	pageDemonstratives = newWordSet(setOf(append(demonstratives[:len(demonstratives):len(demonstratives)], "these")...))
	pageWords          = newWordSet(setOf(append(pageNames[:len(pageNames):len(pageNames)],
		"site", "website", "list", "webseite", "sitio", "sito", "link", "links")...))
)

// affiliateLinks name the links or programmes that pay a site for what its
// readers buy, in lower case.
var affiliateLinks = [...]string{"affiliate link", "affiliate-link", "affiliatelink", "affiliate commission",
	"affiliate partner", "affiliate program", "affiliate advertising", "affiliate and/or referral",
	"affiliate or referral", "qualifying purchases",
	// French, Spanish, Italian, Portuguese, German
	"liens affiliés", "lien affilié", "liens d'affiliation", "liens d’affiliation", "lien d'affiliation",
	"lien d’affiliation", "enlaces de afiliad", "enlace de afiliad", "enlaces afiliad", "link de afiliad",
	"links de afiliad", "links afiliad", "link afiliad", "link affiliat", "link di affiliazione",
	"qualifizierten verkäufen"}

// affiliateMoney name what a site earns from a link; so does "provision"
// in foreign text (German), not in English (a clause of a law).
var affiliateMoney = [...]string{"commission", "comisión", "comision", "comissão", "commissione", "commissie"}

// affiliateEarns say that the site earns it.
var affiliateEarns = [...]string{"may earn", "we earn", "i earn", "earn us", "earns us", "may receive",
	"we receive", "i receive", "may get", "we get", "i get", "may be compensated", "we are compensated",
	"i am compensated", "may collect", "we collect",
	"erhalten wir", "wir erhalten", "bekommen wir", "wir bekommen", "verdienen wir", "wir verdienen",
	"erhalte ich", "bekomme ich", "nous percevons", "nous recevons", "nous touchons", "percevoir",
	"perçoit", "je touche", "je perçois", "recibimos", "podemos recibir", "ganamos", "podemos ganar",
	"obtenemos", "riceviamo", "potremmo ricevere", "possiamo ricevere", "guadagniamo", "percepiamo",
	"recebemos", "podemos receber", "ganhamos", "ontvangen wij", "ontvangen we", "wij ontvangen",
	"we ontvangen", "krijgen wij", "krijgen we", "verdienen wij", "verdienen we", "ontvang ik"}

// affiliateObjects are what the money is for: links, purchases, products.
var affiliateObjects = [...]string{"link", "purchas", "buy", "produ", "retail", "click", "shop", "sale", "booking",
	"item", "kauf", "achat", "achet", "compra", "acquist", "koop", "enlace", "lien"}

// independentPicks say that the site's editors chose the products on
// their own.
var independentPicks = [...]string{"independently select", "independently chosen", "independently curated",
	"independently reviewed", "independently researched", "independently evaluated", "independently vetted",
	"independently tested"}

// ---- paywall and sign-in prompts ---------------------------------------------------

// matchPaywall: a prompt to subscribe or sign in to read on, inside or
// after an article, of at most 20 words (or a first sentence of at most
// 20 and the offer after it, up to meterWords in all) that reports no
// speech:
//   - "Already a subscriber? Sign in", "Déjà abonné ? Se connecter": a
//     question that ends with an account word (accountWords), then at
//     most alreadyTailWords words or a prompt to sign in (signInVerbs);
//   - "You have 2 free articles left this month": the reader's count of
//     free articles, with the offer after it up to meterWords in all;
//   - "Continue reading your article with a subscription", "Subscribe to
//     keep reading", "Sign in to read the full article": reading on and
//     subscribing or signing in, whole words;
//   - "This article is for subscribers only", "Cet article est réservé aux
//     abonnés", and the labels "Subscribers only", "Exclusive to
//     subscribers" (paywallLabels);
//   - "Get unlimited access to award-winning journalism.": an offer of
//     access to the site's journalism;
//   - an offer of access for a price per period, of 6 to
//     accessOfferWords words (see accessOffer).
//
// Each opens like a prompt (paywallLeads, paywallAlready, paywallMeter,
// or a text about "this article" with "subscri" in it): "Premium members
// will pay $15 a month." and "Already a member of NATO? Finland joined in
// 2023." stay.
func matchPaywall(p *para) bool {
	if p.words <= 6 && p.labelKind()&labelPaywall != 0 || p.s == "+" {
		// "+" alone is a paywall's badge (Norway's, over a
		// subscribers' story): an article has no such line.
		p.detail = detailSubscribersOnly
		return true
	}
	if leadOffer(p) || priceOffer(p) || pricedCall(p) || trialPrice(p) || firstMonthPrice(p) {
		return true
	}
	if p.words <= 6 && cancelUnder(p) || japanesePaywall(p) {
		return true
	}
	if p.starts&deviceLeads != 0 && p.words <= deviceNoteWords && containsAny(p.low, devices[:]) && !speechVerb(p.low) {
		p.detail = detailDevice
		return true
	}
	if p.words <= accessNoteWords && (p.low[0] == 'y' || p.low[0] == 'w') && strings.Contains(p.low, " access") &&
		containsAny(p.low, accessChecks[:]) && containsAny(p.low, checkedObjects[:]) {
		return true // "You have a preview view of this article while we are checking your access."
	}
	if p.words <= readOnWithWords && p.starts&paywallLeads != 0 && readOnWith(p.low) {
		p.detail = detailReadOn
		return true
	}
	if p.words > 20 && p.words <= leadOfferWords && p.starts&paywallLeads != 0 && anyIn(unlimitedStems, p.low, p.signature()) &&
		unlimitedOffer(p.low) {
		p.detail = detailOffer // "Assine o Correio e tenha acesso ilimitado a todos os artigos, ..."
		return true
	}
	if p.words < 3 || p.words > meterWords {
		return false
	}
	low := p.low
	if p.words > 20 && p.starts&paywallMeter == 0 {
		// A prompt of at most 20 words and the offer after it, up to
		// meterWords in all: "This story is available exclusively to
		// X subscribers. Unlock 500+ premium stories a month."
		first, _, ok := strings.Cut(low, ". ")
		if !ok || wordCount(first) > 20 {
			return false
		}
		low = first
	}
	switch {
	case p.starts&paywallAlready != 0:
		q, _, ok := strings.Cut(low, "?")
		if !ok {
			return false
		}
		q = strings.TrimRight(q, " ")
		if !accountWords.has(q[strings.LastIndexByte(q, ' ')+1:]) {
			return false
		}
		// What follows the question is a button or a prompt to sign in:
		// "Är du redan kund? Då behöver du inte göra något, ..." goes on
		// with an article's sentence.
		if a := strings.TrimLeft(low[len(q)+1:], " "); wordCount(a) > alreadyTailWords && !anyWord(a, signInVerbs[:]) {
			return false
		}
		p.detail = detailSignIn
	case p.starts&paywallMeter != 0:
		if !containsAny(low, freeArticles[:]) {
			return false
		}
		p.detail = detailMetered
	case p.starts&paywallLeads != 0:
		switch {
		case readMoreAsk(low):
			p.detail = detailReadOn
		case containsAny(low, readOn) && anyWord(low, signInWords):
			p.detail = detailReadOn
		case containsAny(low, onlyWords[:]) && anyWord(low, subscriberNouns[:]) || containsAny(low, paidAccess[:]):
			p.detail = detailSubscribersOnly
		case unlimitedOffer(low):
			p.detail = detailOffer
		default:
			return false
		}
	case (p.unfiltered || p.sig&subscriGate == subscriGate) && strings.Contains(low, "subscri") &&
		anyPrefix(low, restrictedPages[:]...):
		// "This article is for subscribers only."
		if !containsAny(low, onlyWords[:]) || !anyWord(low, subscriberNouns[:]) {
			return false
		}
		p.detail = detailSubscribersOnly
	default:
		return false
	}
	return !reported(low)
}

// paidAccess say that the article is paid for, after a paywall's lead
// ("Dostęp do tego artykułu jest płatny."), in lower case.
var paidAccess = [...]string{"jest płatny", "jest płatna", "jest płatne"}

// leadOffer reports whether p is a subscription's price line that opens
// with one of offerLeads ("Abo ab 9,90 €/Monat"), of at most offerWords
// words, and sets the detail. matchFurniture tries it on every short line,
// matchPaywall when it runs alone.
func leadOffer(p *para) bool {
	if p.words > offerWords || p.starts&offerLeads == 0 || !priceIn(p.low) {
		return false
	}
	p.detail = detailOffer
	return true
}

// offerWords is the most words of a subscription offer's price line
// ("Abo ab 9,90 €/Monat", "Predplatné od 1 €").
const offerWords = 6

// offerLeads open a subscription offer with its price, in lower case, in
// German, Czech and Slovak, Polish, French, Spanish, Portuguese, Italian,
// Dutch, Swedish and Danish (English offers are appeals: "Subscribe from
// $1 a week").
var offerLeads = prefixes("abo ab", "abo für", "abo für nur", "digital-abo ab", "predplatné od", "predplatné za",
	"předplatné od", "předplatné za", "prenumerata od", "prenumerata za", "abonnement dès", "abonnement à",
	"abonnez-vous pour", "abonnez-vous dès", "suscríbete por", "suscríbete desde", "suscripción por",
	"suscripción desde", "assine por", "assine a partir", "assinatura por", "assinatura a partir",
	"abbonati a", "abbonati da", "abbonamento a", "abbonamento da", "abonnement vanaf", "abonneer vanaf",
	"prenumerera för", "prenumerera från", "abonnement fra", "subskrypcja od", "subskrypcja cyfrowa od",
	"dostęp cyfrowy od")

// accessOfferWords is the most words of a subscription's offer of access
// (see accessOffer).
const accessOfferWords = 30

// accessOffer reports whether low (lower case) offers a subscription: a
// price (priceIn) for a period (offerPeriods, within periodReach bytes of
// the figure) and access to all of the
// site's articles (offerAccess), or unlimited access to them
// (unlimitedAccess, then one of accessObjects): "Por $2.500 por mes accedé a todas las
// notas, sin publicidad", "For £1 a week, read every article ad-free",
// "Für 9,99 € im Monat alle Artikel lesen". It addresses the reader (one
// of offerAddress: an imperative or a second person) and names no other
// reader (offerThirdParties), and no speech is reported: "Readers pay €5
// a month for all articles, the publisher said.", "Readers now pay $5 a
// month for access to all articles" and "Seit Januar kostet das
// Digitalabo 14,99 € im Monat, dafür können Leser alle Artikel lesen."
// are an article's.
func accessOffer(low string) bool {
	for k := priceEnd(low, 0); ; k = priceEnd(low, k) {
		if k < 0 {
			return false
		}
		if containsAny(low[k:min(len(low), k+periodReach)], offerPeriods[:]) {
			break
		}
	}
	return (containsAny(low, offerAccess[:]) || containsAny(low, unlimitedAccess[:]) &&
		anyWord(low, accessObjects[:])) && anyWord(low, offerAddress[:]) && !thirdParty(low) && !reported(low)
}

// priceOffer reports whether p (at most accessOfferWords words, with a
// figure and a currency's mark) offers a subscription at a price: access
// for a period (see accessOffer, 6 words or more) or an offer that closes
// with the right to cancel (see cancelOffer); it sets the detail.
// matchFurniture tries it on every short line, matchPaywall when it runs
// alone.
func priceOffer(p *para) bool {
	if p.words > accessOfferWords || p.has&hasFigure == 0 || !currencyMark(p) ||
		!(p.words >= 6 && accessOffer(p.low) || cancelOffer(p.low)) {
		return false
	}
	p.detail = detailOffer
	return true
}

// pricedCallWords is the most words of a priced call to subscribe (see
// pricedCall).
const pricedCallWords = 30

// pricedCall reports whether p (at most pricedCallWords words, with a
// price) is a subscription's offer made of items, and sets the detail: an
// item that is a button to subscribe ("Get 3 months of unlimited access
// for £1 – subscribe now", "Jetzt abonnieren: 4 Wochen für 1 €"), or an
// offer's label and then an item that opens with a call to subscribe
// ("Special offer — Subscribe to the Herald: £49 a year", "Offre spéciale
// – Abonnez-vous au Courrier : 49 € par an"). Items are cut at a dash, a
// bar, a colon or a sentence's end. Reported speech and other readers are
// an article's ("Subscribe now, the firm urged readers: £1 a week").
// matchFurniture tries it on every short line, matchPaywall when it runs
// alone.
func pricedCall(p *para) bool {
	if p.words > pricedCallWords || p.low == "" || p.has&hasFigure == 0 || !currencyMark(p) ||
		!subscribeStems.in(p.low, p.signature()) || !priceIn(p.low) {
		return false
	}
	low := p.low
	called, first := false, true
	for rest := low; rest != "" && !called; first = false {
		item, next := cutItem(rest)
		item = strings.Trim(item, " .!")
		switch {
		case subscribeButtons[item] || labelKinds.kind(item)&labelAppeal != 0:
			called = true
		case first && offerLabels[item] && next != "" && anyPrefix(strings.TrimLeft(next, " "), subscribeVerbs[:]...):
			called = true
		}
		rest = next
	}
	if !called || reported(low) || thirdParty(low) {
		return false
	}
	p.detail = detailOffer
	return true
}

// cutItem returns the first item of s, up to a dash, a bar, a colon or a
// sentence's end between words, and the rest after the separator.
func cutItem(s string) (item, rest string) {
	for i := 1; i+1 < len(s); i++ {
		switch c := s[i]; {
		case (c == '.' || c == '!' || c == ':') && s[i+1] == ' ':
			return s[:i], s[i+2:]
		case s[i-1] == ' ' && (c == '-' || c == '|' || c == ':') && s[i+1] == ' ':
			return s[:i-1], s[i+2:]
		case s[i-1] == ' ' && c == 0xE2 && i+3 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) && s[i+3] == ' ':
			return s[:i-1], s[i+4:] // an en or em dash
		}
	}
	return s, ""
}

var (
	// subscribeStems are in every call to subscribe of pricedCall.
	subscribeStems = newGatedWords("subscri", "abon", "abbon", "suscr", "assin", "prenumer", "subskry")
	// subscribeButtons are English buttons to subscribe, a whole item, in
	// lower case; beyond English, the appeal labels (appealLabels).
	subscribeButtons = setOf("subscribe", "subscribe now", "subscribe today", "subscribe here",
		"start your subscription", "start my subscription", "get a subscription")
	// offerLabels name an offer as the first item of a line, in lower case.
	offerLabels = setOf("special offer", "limited offer", "limited-time offer", "exclusive offer",
		"subscriber offer", "offre spéciale", "offre exclusive", "offre limitée", "oferta especial",
		"oferta exclusiva", "oferta limitada", "sonderangebot", "exklusives angebot", "angebot",
		"offerta speciale", "offerta esclusiva", "speciale aanbieding", "oferta specjalna")
	// subscribeVerbs open a call to subscribe, in lower case.
	subscribeVerbs = [...]string{"subscribe", "abonnez-vous", "abonne-toi", "abonnieren sie", "jetzt abonnieren",
		"suscríbete", "suscribite", "suscríbase", "assine", "abbonati", "abbonatevi", "abonneer",
		"prenumerera", "subskrybuj", "wykup"}
)

// cancelPhrases close a subscription's offer, lower case: the reader may
// cancel at any time, in en, de, fr, es, pt, it, nl, sv, da, pl, cs.
var cancelPhrases = [...]string{"cancel anytime", "cancel any time", "cancel at any time",
	"jederzeit kündbar", "jederzeit kündigen", "monatlich kündbar", "jederzeit online kündbar",
	"résiliable à tout moment", "résiliable en ligne à tout moment", "cancela cuando quieras",
	"cancela en cualquier momento", "cancelá cuando quieras", "cancele quando quiser",
	"cancele a qualquer momento", "disdici quando vuoi", "disdici in qualsiasi momento",
	"altijd opzegbaar", "maandelijks opzegbaar", "dagelijks opzegbaar", "säg upp när du vill",
	"avsluta när du vill", "opsig når som helst", "anuluj w dowolnym momencie", "zrušit můžete kdykoli"}

// cancelEnds are the last words of cancelPhrases.
var cancelEnds = func() *wordSet {
	m := map[string]bool{}
	for _, c := range cancelPhrases {
		m[c[strings.LastIndexByte(c, ' ')+1:]] = true
	}
	return newWordSet(m)
}()

// cancelOffer reports whether low (lower case, a short line) is a
// subscription's offer that closes with the reader's right to cancel, a
// sentence or an item of its own (see cancelPhrases) after a price: "Read
// on with Plus – 4 weeks for £1. Cancel anytime.", "Weiterlesen mit Plus –
// 4 Wochen für 0,99 €. Jederzeit kündbar." The same words inside an
// article's sentence ("It costs $5 a month and you can cancel anytime.")
// are no item of their own, and reported speech or other readers ("Members
// pay $5 a month. Cancel anytime, the firm says.") are an article's.
func cancelOffer(low string) bool {
	t := strings.TrimRight(low, ".! ")
	if !cancelEnds.has(t[strings.LastIndexByte(t, ' ')+1:]) {
		return false
	}
	for _, c := range cancelPhrases {
		if !strings.HasSuffix(t, c) {
			continue
		}
		head := strings.TrimRight(t[:len(t)-len(c)], " ")
		if head == "" || !itemEnd(head) {
			return false
		}
		return priceIn(head) && !reported(low) && !thirdParty(low)
	}
	return false
}

// cancelUnder reports a subscription's right to cancel alone (one of
// cancelPhrases: "Jederzeit kündbar", "Cancel anytime") right under a
// line removed as a paywall's offer, and sets the detail. Alone
// elsewhere, it may be an article's sentence.
func cancelUnder(p *para) bool {
	if p.i == 0 {
		return false
	}
	if r := p.d.Paragraphs[p.i-1].Removal; r == nil || r.Rule != RulePaywall ||
		!slices.Contains(cancelPhrases[:], p.labelText()) {
		return false
	}
	p.detail = detailOffer
	return true
}

// itemEnd reports whether s ends a sentence or an item of a widget: a full
// stop, "!", a dash, a bar or a middle dot.
func itemEnd(s string) bool {
	return anySuffix(s, ".", "!", " -", "–", "—", "|", "·", "•")
}

// thirdParty reports whether low (lower case) names other readers
// (offerThirdParties) but for whom a thing is ("für Leser", "para
// assinantes": see forWords), as the subject of an article's sentence
// does: "Readers now pay $5 a month".
func thirdParty(low string) bool {
	return anyAt(low, offerThirdParties[:], func(j, end int) bool {
		if j > 0 && isWordByte(low[j-1]) || end < len(low) && isWordByte(low[end]) {
			return false
		}
		before := strings.TrimRight(low[:j], " ")
		return !forWords.has(before[strings.LastIndexByte(before, ' ')+1:])
	})
}

// anyAt reports whether one of the occurrences in s of one of ws, from
// byte start to byte end, is one that ok takes.
func anyAt(s string, ws []string, ok func(start, end int) bool) bool {
	for _, w := range ws {
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			j += i
			i = j + len(w)
			if ok(j, i) {
				return true
			}
		}
	}
	return false
}

// forWords are the prepositions that say for whom a thing is, lower case.
var forWords = newWordSet(setOf("for", "to", "für", "pour", "aux", "para", "a", "per", "ai", "voor", "för",
	"til", "dla", "pro"))

// offerAddress address the reader of an offer, lower case, whole words:
// the imperatives of reading, getting and enjoying, and the second
// person, in the languages of offerPeriods ("accedé", "read", "lesen",
// "you", "votre", "subscribe"), but none that is also a word of another of them
// (French "les", "je") or a third person ("sie", "ihr", "seu"). offerThirdParties are the other readers an article's
// sentence about a price names ("readers", "Leser", "abonnés").
var (
	offerAddress = [...]string{"you", "your", "read", "get", "enjoy", "unlock", "try", "join", "subscribe",
		"sign up", "suscríbete", "suscribite", "assine", "abonneer", "prenumerera", "accedé",
		"accede", "acceda", "leé", "lee", "lea", "disfrutá", "disfruta", "recibí", "recibe", "obtené", "obtén",
		"tu", "tus", "lesen sie", "erhalten sie", "du", "dein", "deine", "lesen", "genießen", "sichern",
		"vous", "votre", "vos", "lisez", "accédez", "profitez", "leggi", "accedi", "tuo", "tua", "tuoi", "leia",
		"acesse", "aceda", "você", "tenha", "lees", "jouw", "uw", "krijg", "läs", "din", "dina", "få", "les alle",
		"les hele", "læs", "dine", "czytaj", "przeczytaj", "zyskaj", "čtěte", "přečtěte", "získejte"}
	offerThirdParties = [...]string{"readers", "subscribers", "members", "users", "customers", "leser",
		"leserinnen", "abonnenten", "nutzer", "kunden", "lecteurs", "abonnés", "lectores", "suscriptores",
		"usuarios", "lettori", "utenti", "leitores", "assinantes", "lezers", "abonnees", "läsare",
		"prenumeranter", "lesere", "abonnenter", "læsere", "czytelnicy", "čtenáři"}
)

// periodReach is how many bytes after a price's figure its period may end
// ("2.500 por mes", "9,99 € im monat").
const periodReach = 20

// currencyMark reports whether the short paragraph p may hold the price
// of an offer of access by its byte flags: a "$", a byte beyond ASCII
// ("£", "€", "zł", "kč"), or a "k" ("kr"); priceIn says whether it is
// one. An offer priced in a code alone ("9.99 EUR") is not taken, so that
// most lines with figures skip accessOffer.
func currencyMark(p *para) bool {
	return p.has&(hasDollar|hasHigh|hasK) != 0
}

// offerPeriods are the periods a subscription's price is for, lower case;
// offerAccess what it gives: all the site's articles ("ad-free" alone
// names a product: "Sign up for an ad-free account for $11.99 a month" is
// a deals list's item).
var (
	offerPeriods = [...]string{"a month", "a week", "a year", "per month", "per week", "per year", "/month",
		"/week", "por mes", "al mes", "por semana", "al año", "por año", "/mes", "im monat", "pro monat",
		"/monat", "par mois", "/mois", "al mese", "/mese", "por mês", "ao mês", "per maand", "i månaden",
		"per månad", "i måneden", "per måned", "miesięcznie", "za měsíc"}
	offerAccess = [...]string{"all articles", "every article", "all our journalism", "all our articles",
		"all our content", "todas las notas",
		"todas las noticias", "todos los artículos", "todo el contenido", "alle artikel", "alle inhalte",
		"tous les articles", "tous nos articles", "tous nos contenus", "todos nuestros contenidos",
		"tutti i nostri contenuti", "todos os nossos conteúdos", "tutti gli articoli", "todas as notícias", "todos os artigos",
		"alle artikelen", "alla artiklar", "alle artikler"}
)

// currencies mark a price, in lower case.
var currencies = [...]string{"€", "$", "£", "kč", "zł", "kr", "eur", "chf", "ft"}

// currencyEdges marks the first bytes (currencyFirst) and the last bytes
// (currencyLast) of currencies: a text that opens (ends) with another byte
// opens (ends) with none of them.
var currencyEdges = func() (t [256]uint8) {
	for _, c := range currencies {
		t[c[0]] |= currencyFirst
		t[c[len(c)-1]] |= currencyLast
	}
	return t
}()

// The bits of currencyEdges.
const (
	currencyFirst uint8 = 1 << iota
	currencyLast
)

// priceIn reports a price in low: a figure with a currency right before
// or after it, a space aside ("9,90 €", "€9.90", "1 eur"). A currency
// inside a word ("teurer", "für 2 hefte") is none.
func priceIn(low string) bool { return priceEnd(low, 0) >= 0 }

// priceEnd returns the end of the figure of the first price (see priceIn)
// in low from offset from on, or -1 when there is none.
func priceEnd(low string, from int) int {
	for i := from; i < len(low); i++ {
		if !isDigit(low[i]) {
			continue
		}
		j := i
		for j < len(low) && (isDigit(low[j]) || low[j] == ',' || low[j] == '.') {
			j++
		}
		if currencyAt(low[j:], true) || currencyAt(low[:i], false) {
			return j
		}
		i = j
	}
	return -1
}

// currencyAt reports whether s opens (after) or ends (!after) with one of
// currencies, a space aside; a code ("eur", "kr") must be no part of a
// longer word. The byte s opens or ends with is looked up first (see
// currencyEdges): most texts next to a figure rule out every currency by it.
func currencyAt(s string, after bool) bool {
	if after {
		for s != "" && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" || currencyEdges[s[0]]&currencyFirst == 0 {
			return false
		}
	} else {
		for s != "" && s[len(s)-1] == ' ' {
			s = s[:len(s)-1]
		}
		if s == "" || currencyEdges[s[len(s)-1]]&currencyLast == 0 {
			return false
		}
	}
	for _, c := range currencies {
		sign := !isWordByte(c[0]) // "€", "$": no word to be part of
		if after && strings.HasPrefix(s, c) && (sign || len(s) == len(c) || !isWordByte(s[len(c)])) ||
			!after && strings.HasSuffix(s, c) && (sign || len(s) == len(c) || !isWordByte(s[len(s)-len(c)-1])) {
			return true
		}
	}
	return false
}

// meterWords is the most words of a metered paywall's count with the
// offer after it ("You have read 2 of 3 free articles this month. Get
// unlimited access for $1 a week, cancel any time."); other prompts have
// at most 20.
const meterWords = 40

// subscriGate is the signature bits of "subscri" that other patterns have
// given bits to ("ub", "cr").
var subscriGate uint64

func init() { subscriGate = gateBits("ub", "cr") }

// restrictedPages open a restriction of the page to subscribers, beyond
// the leads: "This article is for subscribers only".
var restrictedPages = [...]string{"this article", "this story", "this content", "this post", "this page",
	"this feature", "the rest of this", "the full article", "this is a subscriber", "this is subscriber",
	"only subscribers", "only available", "available only", "available exclusively", "exclusive to",
	"exclusive for", "exclusively for", "subscriber exclusive", "subscriber-only", "for subscribers"}

// deviceLeads open a subscription's notice that it is read on another
// device ("Your subscription is being used on another device", "Si
// continúas leyendo en este dispositivo, no se podrá leer en el otro."),
// lower case, in English, Spanish, French, Portuguese, German and Italian;
// devices name the device. deviceNoteWords is the most words of the notice.
var deviceLeads = prefixes("your subscription", "tu suscripción", "su suscripción", "votre abonnement",
	"ton abonnement", "sua assinatura", "a sua assinatura", "a tua assinatura", "ihr abo", "dein abo",
	"il tuo abbonamento", "if you continue reading on this", "si continúas leyendo en este", "si sigues leyendo en este",
	"si vous continuez à lire sur cet", "se continuar lendo neste", "wenn sie auf diesem gerät",
	"se continui a leggere su questo")

var devices = [...]string{"device", "dispositivo", "appareil", "gerät", "screen", "pantalla", "écran"}

const deviceNoteWords = 40

// paywallLeads open a prompt to read on, a restriction to subscribers or
// an offer; paywallAlready an "Already a subscriber?" question;
// paywallMeter the reader's count of free articles. They start with
// letters that open few lines of prose, so that most paragraphs are not
// compared with them (see startLists).
var (
	paywallLeads = prefixes(append(append(readOnLeads[:len(readOnLeads):len(readOnLeads)],
		"when we have confirmed", "we are checking your", "we are verifying your",
		"to continue reading", "to keep reading", "to read the", "to read this", "to read more", "subscribe",
		"sign in", "sign up", "log in", "login", "register", "create a free", "create an account", "unlock",
		"want to read", "get unlimited", "get full access", "unlimited access", "unlimited digital",
		// German
		"jetzt weiterlesen", "lesen sie weiter", "um weiterzulesen", "nur für abonnenten",
		"jetzt anmelden", "jetzt registrieren", "jetzt abo", "registrieren",
		// French
		"cet article est", "ce contenu est", "contenu réservé", "réservé aux", "abonnez-vous pour",
		"connectez-vous",
		// Spanish
		"este artículo es", "este contenido es", "contenido exclusivo", "suscríbete para", "regístrate para",
		"inicia sesión",
		// Italian
		"questo articolo è", "questo contenuto è", "contenuto riservato", "abbonati per", "registrati per",
		// Portuguese
		"este artigo é", "este conteúdo é", "conteúdo exclusivo", "assine para", "entre para", "assine o ",
		"assine a ", "subscreva o ", "subscreva a ",
		// Dutch
		"deze inhoud is", "alleen voor abonnees", "log in om",
		// Swedish, Norwegian, Danish
		"prenumerera", "bli prenumerant", "logga in för", "abonner for", "abonnér for", "bli abonnent",
		"bliv abonnent", "logg inn for", "log ind for", "kjøp abonnement", "køb abonnement",
		// Polish
		"ten artykuł jest", "ten materiał jest", "artykuł dostępny", "treść dostępna", "wykup dostęp",
		"wykup subskrypcję", "zaloguj się, aby", "dostęp do tego artykułu",
		// Latvian
		"šis raksts", "šis saturs", "lai turpinātu lasīt"), readMoreAsks...)...)
	// readMoreAsks ask whether the reader wants to read more or read on
	// (see readMoreAsk); they are paywallLeads too.
	readMoreAsks = []string{"want to read more", "want to keep reading", "want to continue reading",
		"want to read on", "would you like to read more", "would you like to keep reading",
		"wollen sie mehr lesen", "möchten sie mehr lesen", "wollen sie weiterlesen", "möchten sie weiterlesen",
		"willst du weiterlesen", "möchtest du weiterlesen", "envie de lire la suite", "vous voulez lire la suite",
		"¿quieres seguir leyendo", "¿quiere seguir leyendo", "¿quieres leer más", "quer continuar lendo",
		"quer continuar a ler", "quer ler mais", "vuoi continuare a leggere", "vuoi leggere di più",
		"wil je meer lezen", "wil je verder lezen", "wilt u verder lezen", "vill du läsa mer", "vill du läsa vidare",
		"vil du lese mer", "vil du lese videre", "vil du læse mere", "vil du læse videre", "chcesz czytać dalej",
		"chcesz przeczytać więcej"}
	paywallAlready = prefixes("already", "bereits", "schon abonnent", "sie haben bereits", "du hast bereits",
		"sie sind bereits", "du bist bereits",
		"déjà", "vous êtes déjà", "vous avez déjà", "¿ya", "ya eres", "ya tienes", "sei già", "hai già",
		"já é", "já tem", "já possui", "al abonnee", "ben je al", "bent u al", "heb je al", "heeft u al",
		"redan", "är du redan", "allerede", "er du allerede", "masz już", "czy masz już", "jau esi", "vai jau esi",
		"že naročnik", "ste že naročnik", "već ste pretplatnik", "već si pretplatnik", "už ste predplatiteľ",
		"už jste předplatitel", "již jste předplatitel", "jau esate prenumeratorius", "már előfizető",
		"ești deja abonat", "sunteți deja abonat")
	paywallMeter = prefixes("you have", "you've", "you’ve", "sie haben", "du hast", "vous avez",
		"il vous reste", "il ne vous reste", "te quedan", "te queda", "has alcanzado", "ti restano", "ti resta",
		"hai raggiunto", "você tem", "você atingiu", "je hebt", "u heeft",
		"du har läst", "du har lest", "du har læst", "du har brukt", "du har använt", "du har nått",
		"pozostało", "zostało ci", "subscribers can gift", "subscribers can share")
)

// accountNouns name the reader's subscription or account, one word each:
// an "Already a subscriber?" question ends with one (accountWords), and
// they are words of subscribing or signing in (signInWords).
var accountNouns = []string{"subscriber", "subscribed", "subscription", "abonnent", "konto", "abo", "abonné",
	"compte", "suscriptor", "cuenta", "abbonato", "assinante", "abonnee", "prenumerant", "prenumeration"}

// accountWords end the question of an "Already a subscriber?" prompt:
// accountNouns and more.
var accountWords = newWordSet(setOf(append(accountNouns[:len(accountNouns):len(accountNouns)],
	"member", "account", "registered", "customer", "user", "reader", "abonnentin", "registriert",
	"kundenkonto", "mitglied", "kunde", "abonniert", "abonnée", "abonné·e", "inscrit", "inscrite", "client",
	"suscriptora", "registrado", "registrada", "miembro", "abbonata", "registrato", "registrata", "iscritto",
	"subskrypcję", "subskrypcji", "prenumeratę", "abonament",
	"iscritta", "conta", "cadastrado", "cadastrada", "lid", "klant", "geregistreerd", "kund", "medlem",
	"abonnement", "abonents", "abonente", "naročnik", "naročnica", "pretplatnik", "pretplatnica", "predplatiteľ",
	"předplatitel", "prenumeratorius", "előfizető", "abonat", "abonată")...))

// alreadyTailWords is the most words after the question of an "Already
// a subscriber?" prompt without one of signInVerbs ("Klikk her", "Sign
// in").
const alreadyTailWords = 4

// signInVerbs are the words of signing in, registering or subscribing
// after the question of an "Already a subscriber?" prompt, lower case,
// whole words.
var signInVerbs = [...]string{"sign in", "log in", "login", "signin", "subscribe", "register", "anmelden",
	"einloggen", "registrieren", "se connecter", "connectez-vous", "identifiez-vous", "inicia sesión",
	"iniciar sesión", "ingresa", "accedi", "entra", "faça login", "entre", "inloggen", "log hier in",
	"logga in", "logg inn", "log ind", "log på", "logge inn", "logge ind", "zaloguj się", "zaloguj", "ienāc",
	"pieslēdzies", "pieslēgties", "prijavite se", "prijavi se", "prihlásiť", "prihláste sa", "přihlásit",
	"přihlaste se", "prisijunkite", "jelentkezz be", "bejelentkezés", "autentifică-te", "conectează-te"}

// freeArticles count the articles a metered paywall lets through, or a
// subscriber may give ("You have 10 gift articles to share"), or mark the
// end of the free part of one ("You have reached the end of the free
// preview", "Sie haben das Ende des kostenlosen Teils erreicht").
var freeArticles = [...]string{"free article", "free stories", "free story", "free read", "article limit",
	"gift article", "gift up to", "articles to gift", "articles to share",
	"free preview", "free part of", "kostenlosen teils", "kostenfreien teils", "partie gratuite",
	"aperçu gratuit", "parte gratuita", "parte gratis", "gratis deel", "gratis del",
	"% of this article", "% of the article", "% artykułu", "% des artikels", "% de l'article", "% del artículo",
	"kostenlose artikel", "kostenlosen artikel", "freie artikel", "articles gratuits", "article gratuit",
	"articles offerts", "artículos gratuitos", "artículo gratuito", "articoli gratuiti",
	"articolo gratuito", "artigos gratuitos", "artigo gratuito", "gratis artikel", "gratis artiklar",
	"gratisartiklar", "gratis artikler", "gratisartikler", "gratis artikkel", "gratis saker"}

// japanesePaywallRunes is the most characters of a Japanese paywall's
// notice (see japanesePaywall).
const japanesePaywallRunes = 60

// japanesePaywalls say that an article is for paying members, or that the
// rest of it is (Japanese): "この記事は有料記事" (this article is a paid
// one), "有料会員になると" (when you become a paying member), "有料会員限定"
// and "会員限定記事" (for members only), "続きをお読みいただけます" (you can
// read the rest). "有料会員数は100万人を突破した。" (paying members passed a
// million) is news.
var japanesePaywalls = [...]string{"この記事は有料記事", "有料会員になると", "有料会員限定", "会員限定記事",
	"続きをお読みいただけます"}

// japanesePaywall reports a Japanese paywall's notice (a line of at
// most three words that opens with a kana or a kanji, of at most
// japanesePaywallRunes characters): one of japanesePaywalls ("この記事は有料
// 記事です。", "有料会員になると続きをお読みいただけます。"), or the count of
// the characters left ("残り682文字"); it sets the detail.
func japanesePaywall(p *para) bool {
	return p.words <= 3 && p.low[0] >= 0xE3 && p.low[0] <= 0xE9 && japaneseNotice(p)
}

// japaneseNotice is japanesePaywall past its gate, which is small enough
// to be inlined: most lines pay a few tests and no call.
func japaneseNotice(p *para) bool {
	s := p.s
	if utf8.RuneCountInString(s) > japanesePaywallRunes {
		return false
	}
	left := false
	if rest, ok := strings.CutPrefix(s, "残り"); ok {
		n := 0
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		left = n > 0 && strings.TrimSpace(rest[n:]) == "文字"
	}
	if !left && !containsAny(s, japanesePaywalls[:]) {
		return false
	}
	p.detail = detailSubscribersOnly
	return true
}

// readOnWithWords is the most words of a button to read on with a
// subscription (see readOnWith).
const readOnWithWords = 6

// readOnWith reports a button to read on with a subscription, whose name
// follows ("Jetzt weiterlesen mit WZ+", "Continue reading with Plus"): one
// of readOnLeads, after "jetzt" (now) or not, then "with" and at most
// three words.
func readOnWith(low string) bool {
	low = strings.TrimPrefix(low, "jetzt ")
	for _, l := range readOnLeads {
		if rest, ok := strings.CutPrefix(low, l); ok {
			return nameAfter(rest, withJoiners)
		}
	}
	return false
}

// leadOfferWords is the most words of an offer of unlimited access that
// opens with a paywall lead (see unlimitedOffer); other paywall prompts
// have at most 20.
const leadOfferWords = 30

// unlimitedOffer reports whether low, a paywall lead's line in lower case,
// offers unlimited access (unlimitedAccess) to the news (accessObjects), or
// to the reader at a price ("Get unlimited access to The Standard for $1 a
// week."; "Unlimited access to the park costs $50 a year" offers nothing).
func unlimitedOffer(low string) bool {
	return containsAny(low, unlimitedAccess[:]) && (anyWord(low, accessObjects[:]) || strings.HasPrefix(low, "get ") && priceIn(low))
}

// unlimitedStems are stems of every phrase of unlimitedAccess: a line
// with none of them, which its signature mostly tells, offers no
// unlimited access.
var unlimitedStems = subs("unlimit", "illimit", "ilimit", "unbegrenz", "onbeperk", "full acc")

// readMoreAsk reports a question, the whole line, whether the reader wants
// to read more or read on (readMoreAsks), of the site or not: "Want to read
// more?", "Vil du lese mer fra Riksposten?", "Möchten Sie weiterlesen?".
// What comes between the ask and the question mark is "from", or its
// word in the asks' languages, and at most three words: the line has at
// most a dozen. low is in lower case.
func readMoreAsk(low string) bool {
	q := strings.TrimRight(low, " ")
	if len(q) == 0 || q[len(q)-1] != '?' {
		return false
	}
	rest, ok := cutAnyPrefix(q[:len(q)-1], readMoreAsks)
	if !ok {
		return false
	}
	rest = strings.TrimRight(rest, " ")
	if rest == "" {
		return true
	}
	return nameAfter(rest, fromJoiners)
}

// withJoiners say "with" before a subscription's name, fromJoiners "from"
// before a site's, with a space on each side.
var (
	withJoiners = []string{" with ", " mit ", " avec ", " con ", " com ", " met ", " med "}
	fromJoiners = []string{" from ", " von ", " de ", " da ", " di ", " van ", " fra ", " från ", " z "}
)

// nameAfter reports whether rest is one of joiners (" with ", " from ", a
// space on each side) and a name of one to three words with no
// punctuation: what follows a button's lead ("Continue reading with Plus",
// "Vil du lese mer fra Riksposten?").
func nameAfter(rest string, joiners []string) bool {
	for _, w := range joiners {
		if r, ok := strings.CutPrefix(rest, w); ok {
			return r != "" && strings.Count(r, " ") < 3 && !strings.ContainsAny(r, ".,;:!?")
		}
	}
	return false
}

// trialWords is the most words of a trial price (see trialPrice).
const trialWords = 14

// trialThen say "then" in a trial offer, lower case, with the spaces
// around them (see trialPrice).
var trialThen = [...]string{" then ", " danach ", " dann ", " puis ", " ensuite ", " luego ", " después ",
	" poi ", " depois ", " daarna ", " därefter ", " derefter ", " deretter ", " potem "}

// trialPrice reports a subscription's trial offer: a figure first, a
// price, "then" (trialThen), a second price and what the subscription
// costs by (offerPeriods or a word of "monthly"), at most trialWords
// words: "1 Monat für 0,99 €, danach 9,99 € monatlich", "3 months for $1,
// then $9.99 a month". "Tickets cost $5, then $7 after June." opens with
// no figure and names no period.
func trialPrice(p *para) bool {
	if p.words > trialWords || p.words < 5 || !isDigit(p.low[0]) || p.has&hasFigure == 0 || !currencyMark(p) {
		return false
	}
	low := p.low
	for _, t := range trialThen {
		k := strings.Index(low, t)
		if k < 0 {
			continue
		}
		head, tail := low[:k], low[k+len(t):]
		if priceIn(head) && priceIn(tail) && (containsAny(tail, offerPeriods[:]) || containsAny(tail, monthlyWords[:])) &&
			!reported(low) {
			p.detail = detailOffer
			return true
		}
		return false
	}
	return false
}

// firstMonths name a subscription's first month, lower case.
// They are gated words: most lines with a figure and a currency's mark
// (any letter beyond ASCII) are let through by none.
var firstMonths = newGatedWords("first month", "første måned", "första månaden", "primeiro mês",
	"primer mes", "premier mois", "ersten monat", "eerste maand", "primo mese", "pierwszy miesiąc",
	"první měsíc", "ensimmäinen kuukausi", "prvi mesec", "prvi mjesec", "prvý mesiac", "első hónap",
	"prima lună", "pirmą mėnesį", "pirmo mēnesi", "esimene kuu")

// firstMonthOffers are the stems of what a first month's offer sells
// besides a subscription (subscribeStems), lower case: access, reading
// on, a trial, the outlet's digital or premium edition. "Rents rose by
// $100 in the first month" sells nothing.
var firstMonthOffers = [...]string{"předplat", "tilgang", "adgang", "access", "acesso", "acceso", "accès",
	"zugang", "zugriff", "prova", "try ", "testen", "probeer", "read", "lees", "les ", "läs", "lee ", "lire",
	"digital", "premium", "berite", "čitajte", "čítajte", "olvass", "citește", "skaitykite", "lasiet", "loe ",
	"omejitev", "neomejen"}

// firstMonthWords is the most words of a first month's offer.
const firstMonthWords = 25

// firstMonthPrice reports a subscription's offer for its first month: a
// price, the first month (firstMonths) and what it sells
// (subscribeStems, firstMonthOffers), at most firstMonthWords words, no speech reported ("Assine já por 1€ no primeiro mês", "Få
// tilgang til alle abonnentsaker for 1 kr den første måneden.", "1 € el
// primer mes."). "The app costs $1 for the first month, the company said"
// reports it.
func firstMonthPrice(p *para) bool {
	// A price has a figure (see priceIn).
	if p.words > firstMonthWords || p.has&hasFigure == 0 || !currencyMark(p) || !firstMonths.in(p.low, p.signature()) ||
		!priceIn(p.low) || !subscribeStems.in(p.low, p.signature()) && !containsAny(p.low, firstMonthOffers[:]) ||
		reported(p.low) {
		return false
	}
	p.detail = detailOffer
	return true
}

// monthlyWords say "monthly", "yearly", "weekly", lower case.
var monthlyWords = [...]string{"monthly", "yearly", "weekly", "monatlich", "jährlich", "wöchentlich",
	"mensuel", "par an", "mensual", "anual", "mensile", "mensal", "maandelijks", "månadsvis", "månedlig",
	"miesięcznie"}

// readOnLeads read on, at the start of a prompt as inside it ("Continue
// reading", "Weiterlesen"): they open a paywall prompt (paywallLeads) and
// are words of reading on (readOn).
var readOnLeads = []string{"continue reading", "keep reading", "read the full", "read the rest",
	"weiterlesen", "weiter lesen", "continuer à lire", "continuez à lire", "seguir leyendo", "sigue leyendo",
	"continúa leyendo", "continua a leggere", "continue lendo", "continuar lendo", "lees verder",
	"läs vidare", "läsa vidare", "les videre", "lese videre", "læs videre", "læse videre", "czytaj dalej"}

// readOn are the words of reading on: readOnLeads and more; signInWords,
// whole words, of subscribing or signing in: accountNouns and more.
var (
	readOn = append(readOnLeads[:len(readOnLeads):len(readOnLeads)],
		"read this article", "read this story", "read the article", "read the story", "to read",
		"reading your", "access this article", "access the full", "lesen sie", "zu lesen", "vollständig lesen",
		"lire la suite", "lire cet", "lire l'article", "lire l’article", "continuer la lecture", "la suite de",
		"continuar leyendo", "leer el artículo", "leer este", "continuare a leggere", "leggere l'articolo",
		"leggere l’articolo", "leggere questo", "continuar a ler", "ler a matéria", "ler este", "ler o artigo",
		"verder lezen", "dit artikel lezen", "het artikel lezen", "läsa hela", "läs hela", "lese hele",
		"les hele", "læse hele", "læs hele")
	signInWords = append(accountNouns[:len(accountNouns):len(accountNouns)],
		"subscribe", "subscribers", "sign in", "sign up", "log in", "login", "register", "free account",
		"an account", "your account", "membership", "abonnement", "abonnieren", "anmelden", "registrieren",
		"einloggen", "abonnez-vous", "abonnés", "connectez-vous", "se connecter", "inscrivez-vous",
		"suscríbete", "suscripción", "suscriptores", "regístrate", "inicia sesión", "iniciar sesión",
		"abbonati", "abbonamento", "accedi", "registrati", "assine", "assinatura", "assinantes",
		"cadastre-se", "faça login", "inloggen", "registreer", "prenumerera", "logga in", "abonner", "abonnér",
		"logg inn", "log ind")
)

// subscriberNouns and onlyWords, together, restrict a text to subscribers
// or members.
var (
	subscriberNouns = [...]string{"subscriber", "subscribers", "members", "abonnenten",
		"abonnentinnen", "mitglieder", "abonnés", "abonné", "membres", "suscriptores", "socios", "miembros",
		"abbonati", "membri", "assinantes", "membros", "abonnees", "leden", "subskrybentów", "prenumeratorów",
		"abonentów", "abonentiem"}
	onlyWords = [...]string{"only", "exclusive", "reserved", "nur ", "exklusiv", "réservé", "exclusivo",
		"exclusiva", "riservat", "esclusiv", "alleen", "uitsluitend", "tylko dla", "wyłącznie dla", "tikai"}
)

// accessNoteWords is the most words of a paywall's note that it checks
// the reader's access (see accessChecks) before it shows the article
// (see checkedObjects).
const accessNoteWords = 20

// accessChecks say that a paywall checks the reader's access while the
// page shows a preview, in lower case.
var accessChecks = [...]string{"checking your access", "verifying your access", "have confirmed access",
	"have confirmed your access"}

// checkedObjects name what an access check holds back (see accessChecks).
var checkedObjects = [...]string{"article", "content", "story", "page"}

// paywallLabels are whole-line restrictions to subscribers, in lower case.
var paywallLabels = map[string]bool{
	"subscribers only": true, "subscriber only": true, "subscriber-only": true, "subscriber-only content": true,
	"subscriber exclusive": true, "exclusive to subscribers": true, "for subscribers only": true,
	"for subscribers": true, "members only": true, "members-only": true, "members-only content": true,
	"premium content": true, "premium article": true, "subscriber content": true, "premium": true,
	"nur für abonnenten": true, "exklusiv für abonnenten": true, "abo-artikel": true, "plus-artikel": true,
	"réservé aux abonnés": true, "article réservé aux abonnés": true, "contenu réservé aux abonnés": true,
	"réservé à nos abonnés": true, "article réservé à nos abonnés": true, "contenu réservé à nos abonnés": true,
	"exclusivo para suscriptores": true, "contenido exclusivo para suscriptores": true,
	"solo para suscriptores": true, "riservato agli abbonati": true, "contenuto riservato agli abbonati": true,
	"esclusiva per gli abbonati": true, "exclusivo para assinantes": true,
	"conteúdo exclusivo para assinantes": true, "alleen voor abonnees": true,
	"有料記事": true, "会員限定記事": true, "会員限定": true, "유료기사": true, "付费内容": true,
	"member-only story": true, "members-only story": true, "member-only": true, "member only": true,
	"subscriber-only story": true, "abonnés": true, "abonnenten": true, "für abonnenten": true,
	"pour les abonnés": true, "tilaajille": true, "vain tilaajille": true, "för prenumeranter": true,
	"for abonnenter": true, "pro předplatitele": true, "dla prenumeratorów": true, "előfizetőknek": true,
	"abonnent": true, "subscriber": true, "kun for abonnenter": true, "bare for abonnenter": true,
	"endast för prenumeranter": true, "kun for abonnentar": true,
}

// unlimitedAccess offer a subscription's access; accessObjects, whole
// words, are what it opens.
var (
	unlimitedAccess = [...]string{"unlimited access", "unlimited digital access", "full access",
		"unbegrenzten zugriff", "unbegrenzter zugang", "accès illimité", "acceso ilimitado",
		"accesso illimitato", "acesso ilimitado", "onbeperkt toegang", "onbeperkte toegang"}
	accessObjects = [...]string{"journalism", "article", "articles", "digital", "subscription", "news",
		"reporting", "stories", "content", "newsroom", "artikel", "artikeln", "journalismus", "inhalte",
		"journalisme", "contenus", "contenu", "artículos", "contenidos", "periodismo",
		"articoli", "giornalismo", "contenuti", "artigos", "conteúdos", "jornalismo", "nieuws", "artikelen"}
)

// ---- feedback and rating widgets -------------------------------------------------------

// matchFeedback: a widget that asks the reader about the page, its
// answer buttons, and ratings by readers:
//   - a question about the page, at most 14 words ending with "?", that
//     opens like one (feedbackLeads) and asks whether it helped: "Was this
//     article helpful?", "Did you find this useful?", "War dieser Artikel
//     hilfreich?", "Cet article vous a-t-il été utile ?"; one that names
//     no page ("Was this helpful?") only above an answer button; "Was the
//     therapy helpful?" asks about something else;
//   - a prompt to rate the page, a whole line (ratePrompts): "Rate this
//     article", "Rate this recipe", "Artikel bewerten";
//   - an answer button ("Yes", "No", "Thanks for your feedback!") only
//     right after such a question or prompt, over other answer buttons:
//     the "Yes." of an interview stays;
//   - a rating by readers: a score and a count of raters ("4.85 from 212
//     votes", "★★★★☆ (1,204 reviews)", "Rated 4.5 out of 5 by 300
//     readers"); a critic's "Score 4.5 out of 5" stays.
func matchFeedback(p *para) bool {
	if p.words <= 6 {
		k := p.labelKind()
		if k&labelRate != 0 {
			p.detail = detailQuestion
			return true
		}
		if k&labelAnswer != 0 && p.words <= answerWords {
			if p.afterFeedbackQuestion() {
				p.detail = detailAnswer
				return true
			}
			return false
		}
	}
	if p.words > 14 {
		return false
	}
	if p.endSent && p.low[len(p.low)-1] == '?' {
		switch feedbackQuestion(p.low) {
		case questionPage:
			p.detail = detailQuestion
			return true
		case questionBare:
			if p.i+1 < len(p.d.Paragraphs) && isAnswer(p.d.Paragraphs[p.i+1].Text) {
				p.detail = detailQuestion
				return true
			}
		}
		return false
	}
	// The question and its buttons on one line: "Was this briefing
	// useful? Yes | No".
	if k := strings.IndexByte(p.low, '?'); k > 0 && k+2 < len(p.low) && p.low[k+1] == ' ' &&
		answerRow(p.low[k+2:]) && feedbackQuestion(p.low[:k+1]) != questionNone {
		p.detail = detailQuestion
		return true
	}
	// A rating has a figure (its count of raters) and a word more.
	if p.words >= 3 && p.has&hasFigure != 0 && isRating(p.low) {
		p.detail = detailRating
		return true
	}
	return false
}

// answerRow reports a row of answer buttons (see isAnswer) between bars
// or slashes: "yes | no", "yes / no".
func answerRow(s string) bool {
	n := 0
	for s != "" {
		k := strings.IndexAny(s, "|/")
		if k < 0 {
			k = len(s)
		}
		if f := strings.TrimSpace(s[:k]); f == "" || !isAnswer(f) {
			return false
		}
		n++
		s = s[min(k+1, len(s)):]
	}
	return n >= 2
}

// What feedbackQuestion finds.
const (
	questionNone = iota
	questionBare // a question about "this", naming no page
	questionPage // a question about the page
)

// feedbackQuestion tells whether low (lower case, ending with "?") opens
// with one of feedbackLeads and asks the reader whether the page helped.
func feedbackQuestion(low string) int {
	if !anyPrefix(low, feedbackLeads[:]...) || !containsAny(low, helpfulWords[:]) {
		return questionNone
	}
	if anyWord(low, pageNounsFeedback) { // whole words: "compost" is no post
		return questionPage
	}
	// "Was this helpful?", "Did you find this useful?": about "this", in
	// six words or fewer, ending with the word that asks.
	q := strings.TrimRight(low, "? ")
	if wordCount(q) <= 6 && containsWordFold(q, "this") && containsAny(q[strings.LastIndexByte(q, ' ')+1:], helpfulWords[:]) {
		return questionBare
	}
	return questionNone
}

// afterFeedbackQuestion reports whether the paragraphs before p, passing
// over up to three other answer buttons, end with a feedback question or
// a rating prompt.
func (p *para) afterFeedbackQuestion() bool {
	for j, n := p.i-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		t := p.d.Paragraphs[j].Text
		if r := p.d.Paragraphs[j].Removal; r != nil && r.Rule == RuleFeedback {
			if r.Detail == details[detailQuestion] {
				return true
			}
			continue // an answer already taken
		}
		if isAnswer(t) {
			continue
		}
		return isFeedbackQuestion(t)
	}
	return false
}

// isFeedbackQuestion reports whether the paragraph text s is a feedback
// question or a rating prompt (see matchFeedback).
func isFeedbackQuestion(s string) bool {
	if len(s) > 160 || wordCount(s) > 14 {
		return false
	}
	var buf [2*160 + utf8.UTFMax]byte
	f := foldPrefix(buf[:0], s, len(buf)-utf8.UTFMax)
	low := unsafe.String(unsafe.SliceData(f), len(f)) // buf outlives the calls
	if labelKindOf(s)&labelRate != 0 {
		return true
	}
	return strings.HasSuffix(low, "?") && feedbackQuestion(low) != questionNone
}

// answerWords is the most words of an answer button or of what a
// feedback widget says once pressed ("Thank you for your feedback").
const answerWords = 6

// isAnswer reports whether the paragraph text s is a lone answer button
// (see answerLabels).
func isAnswer(s string) bool {
	return wordCount(s) <= answerWords && labelKindOf(s)&labelAnswer != 0
}

// feedbackLeads open a feedback question.
var feedbackLeads = [...]string{"was this", "was the", "did you find", "did this", "did the", "is this",
	"how helpful", "how useful", "found this", "find this",
	// German
	"war dieser", "war diese", "war dies", "war das", "fanden sie", "fandest du", "hat ihnen", "hat dir",
	"ist dieser", "ist diese", "wie hilfreich", "wie nützlich",
	// French
	"cet article", "cette page", "cette information", "cette réponse", "ce contenu", "avez-vous trouvé",
	"as-tu trouvé",
	// Spanish
	"¿te ha", "¿te resultó", "¿le ha", "¿le resultó", "¿fue útil", "¿te fue", "¿le fue", "¿es útil",
	"¿te sirvió", "¿le sirvió", "¿este artículo", "¿esta página", "¿esta información", "¿ha sido",
	// Italian
	"questo articolo", "questa pagina", "queste informazioni", "ti è stato", "ti è stata", "ti sono state",
	"è stato utile", "hai trovato",
	// Portuguese
	"este artigo", "esta página", "esta informação", "este conteúdo", "isso foi", "isto foi", "foi útil",
	"achou",
	// Dutch
	"was dit", "was deze", "vond je", "vond u", "heeft dit", "heb je", "hebt u"}

// helpfulWords ask whether the page helped.
var helpfulWords = [...]string{"helpful", "useful", "answer your question", "hilfreich", "nützlich", "utile",
	"útil", "util", "nuttig", "behulpzaam", "sirvió", "servido", "ajudou"}

// pageNounsFeedback name the page a feedback widget asks about: pageNames
// and what a page may hold.
var pageNounsFeedback = append(pageNames[:len(pageNames):len(pageNames)], "recipe", "answer", "information",
	"tip", "video", "faq", "tutorial", "explainer", "briefing", "newsletter", "email", "summary", "rezept", "antwort", "informationen", "inhalt", "recette",
	"réponse", "receta", "respuesta", "información", "ricetta", "risposta", "informazioni", "contenuto",
	"receita", "resposta", "informação", "recept", "antwoord", "informatie", "inhoud")

// ratePrompts are whole-line prompts to rate the page, in lower case.
var ratePrompts = withBang(
	"rate this article", "rate this recipe", "rate this post", "rate this story", "rate this page",
	"rate this guide", "rate this review", "rate this product", "rate this", "please rate this article",
	"please rate this recipe", "rate the article", "rate the recipe", "how would you rate this article?",
	"how would you rate this recipe?", "how would you rate this page?", "your rating", "rate it", "give it a rating",
	"artikel bewerten", "beitrag bewerten", "rezept bewerten", "bewerten sie diesen artikel",
	"bewerten sie dieses rezept", "wie gefällt ihnen dieser artikel?", "noter cet article",
	"notez cet article", "noter la recette", "notez la recette", "notez cette recette",
	"évaluez cet article", "valora este artículo", "valora esta receta", "califica este artículo",
	"puntúa este artículo", "valuta questo articolo", "vota questo articolo", "valuta la ricetta",
	"avalie este artigo", "avalie esta receita", "beoordeel dit artikel", "beoordeel dit recept")

// answerLabels are the buttons of a feedback widget and what it says once
// pressed, in lower case. Each is an answer only next to a question (see
// matchFeedback).
var answerLabels = withBang(
	"yes", "no", "yes no", "yes / no", "yes | no", "thumbs up", "thumbs down", "👍", "👎", "👍 👎",
	"helpful", "not helpful", "very helpful", "somewhat helpful", "not really",
	"thanks for your feedback", "thank you for your feedback", "thanks for the feedback",
	"thank you for the feedback", "thanks for letting us know", "thank you for letting us know",
	"send feedback", "give feedback", "leave feedback", "submit feedback", "feedback", "submit",
	"★", "★★", "★★★", "★★★★", "★★★★★", "☆☆☆☆☆", "⭐⭐⭐⭐⭐",
	// German, French, Spanish, Italian, Portuguese, Dutch
	"ja", "nein", "ja nein", "danke für ihr feedback", "danke für dein feedback", "vielen dank für ihr feedback",
	"vielen dank für ihre bewertung", "oui", "non", "oui non", "merci pour votre retour",
	"merci pour votre avis", "merci de votre retour", "merci pour votre vote", "sí", "si", "sí no",
	"gracias por tus comentarios", "gracias por tu opinión", "gracias por tu valoración",
	"gracias por su opinión", "sì", "sì no", "grazie per il tuo feedback", "grazie per il feedback",
	"grazie per la tua valutazione", "sim", "não", "sim não", "obrigado pelo seu feedback",
	"obrigado pela sua avaliação", "obrigado pelo feedback", "nee", "ja nee", "bedankt voor je feedback",
	"bedankt voor uw feedback", "bedankt voor je beoordeling")

// isRating reports whether low (lower case, at most 14 words) is a rating
// by readers: made only of figures, stars and rating words (ratingWords),
// ending with a count of raters (a figure before one of raterWords), with
// another figure or a star.
func isRating(low string) bool {
	// Most lines are ruled out by the last letter of their last word,
	// which names the raters, then by the word.
	e := len(low) - 1
	for e > 0 && (low[e] == '.' || low[e] == ')' || low[e] == ']') {
		e--
	}
	if !raterEnd(low[e]) {
		return false
	}
	if !raterWords.has(ratingCut.trim(low[strings.LastIndexByte(low, ' ')+1:])) {
		return false
	}
	count, other := false, false
	prevNum := false
	for rest := low; rest != ""; {
		w := firstWord(rest)
		rest = strings.TrimPrefix(rest[len(w):], " ")
		w = ratingCut.trim(w)
		switch {
		case w == "":
			prevNum = false
			continue
		case isFigure(w):
			if prevNum {
				other = true
			}
			prevNum = true
			other = other || strings.ContainsAny(w, ".,/")
			continue
		case isStars(w):
			other = true
		case raterWords.has(w):
			if prevNum {
				count = true
			} else if !ratingWords.has(w) {
				return false
			}
		case ratingWords.has(w):
			if prevNum {
				other = true // "4.5 out of 5", "4 stars"
			}
		default:
			return false
		}
		prevNum = false
	}
	return count && other
}

// raterEnd reports whether c may end one of raterWords (see
// TestRaterEnds).
func raterEnd(c byte) bool {
	switch c {
	case 's', 'n', 'i', 'e', 'r', 'g', 'o', 'w':
		return true
	}
	return false
}

// ratingCut is what surrounds the words of a rating line.
var ratingCut = newCutSet("()[],;:|·•-–—.!")

// isFigure reports whether w is a figure: digits with "." "," "/" between
// them ("4.85", "1,204", "4/5"), no "%".
func isFigure(w string) bool {
	digits := 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' || c == ',' || c == '/':
		default:
			return false
		}
	}
	return digits > 0
}

// isStars reports whether w is made of rating stars (★ ☆ ⭐ ½).
func isStars(w string) bool {
	for _, r := range w {
		switch r {
		case '★', '☆', '⭐', '✩', '✭', '✮', '½':
		default:
			return false
		}
	}
	return w != ""
}

// raterWords count the raters; ratingWords may stand between the figures.
var (
	raterWords = newWordSet(map[string]bool{"votes": true, "vote": true, "ratings": true, "rating": true,
		"reviews": true, "review": true, "readers": true, "reader": true, "customers": true, "users": true,
		"people": true, "stimmen": true, "bewertungen": true, "bewertung": true, "rezensionen": true,
		"avis": true, "évaluations": true, "votos": true, "voto": true, "valoraciones": true, "reseñas": true,
		"opiniones": true, "voti": true, "recensioni": true, "valutazioni": true, "avaliações": true,
		"stemmen": true, "beoordelingen": true, "recensies": true})
	ratingWords = newWordSet(map[string]bool{"from": true, "of": true, "out": true, "by": true, "based": true,
		"on": true, "average": true, "avg": true, "rating": true, "rated": true, "stars": true, "star": true,
		"von": true, "aus": true, "basierend": true, "auf": true, "bei": true, "sterne": true, "sternen": true,
		"durchschnitt": true, "bewertung": true, "sur": true, "de": true, "étoiles": true, "moyenne": true,
		"score": true,
		"note":  true, "noté": true, "sobre": true, "en": true, "estrellas": true, "promedio": true,
		"valoración": true, "su": true, "di": true, "stelle": true, "media": true, "valutazione": true,
		"em": true, "estrelas": true, "média": true, "avaliação": true, "nota": true, "van": true, "op": true,
		"sterren": true, "gemiddeld": true, "beoordeling": true, "x": true, "/": true})
)

// ---- JavaScript and browser notices ----------------------------------------------

// matchNotice: a notice that the reader's browser cannot show part of the
// page, of at most 40 words that reports no speech: "Please turn on
// JavaScript to use this feature", "You need to enable JavaScript to run
// this app.", "This slideshow requires JavaScript.", "Your browser does
// not support the video tag.", "Bitte aktivieren Sie JavaScript, um
// dieses Video zu sehen". A JavaScript notice opens like one
// (noticeLeads), asks for JavaScript (jsNeeds) and says what the reader
// cannot see or where (noticeObjects); a browser notice opens with the
// reader's browser (browserLeads), says it cannot show something
// (unsupported) and what (mediaObjects). "You can enable JavaScript source
// maps in the debugger." and "Your browser does not support WebGPU yet, so
// the demo falls back to WebGL." are a tech article's sentences.
func matchNotice(p *para) bool {
	if p.words > 40 || p.words < 3 {
		return false
	}
	low := p.low
	switch {
	case p.starts&browserLeads != 0:
		if !containsAny(low, unsupported[:]) || !containsAny(low, mediaObjects[:]) {
			if !pdfReaderNote(p) {
				return false
			}
		}
		p.detail = detailBrowser
	case (p.unfiltered || p.sig&javascriptGate == javascriptGate) && strings.Contains(low, "javascript"):
		if !anyPrefix(low, noticeLeads[:]...) || !containsAny(low, jsNeeds[:]) || !containsAny(low, noticeObjects[:]) {
			return false
		}
		p.detail = detailJS
	default:
		return false
	}
	return !reported(low)
}

// javascriptGate is the signature bits of "javascript" that other patterns
// have given bits to ("av", "va", "cr", "ip").
var javascriptGate uint64

func init() { javascriptGate = gateBits("av", "va", "cr", "ip") }

// noticeLeads open a JavaScript notice.
var noticeLeads = [...]string{"please", "you need", "you must", "you have to", "you'll need", "you will need",
	"you don't have", "you do not have", "you have disabled", "you seem", "your", "javascript", "this ", "to view", "to use", "to watch",
	"to see", "to play", "to display", "to access", "to experience", "to get the", "to enjoy", "enable",
	"turn on", "we've detected", "we have detected", "it looks like", "it seems", "sorry", "oops",
	"unfortunately", "note:", "warning:", "for the best", "for full", "the video", "the audio",
	"bitte", "sie müssen", "um ", "für ", "ihr browser", "dein browser", "leider", "dieser inhalt",
	"veuillez", "vous devez", "pour ", "activez", "votre navigateur", "ce contenu", "désolé", "merci d'activer",
	"por favor", "para ", "activa", "habilita", "tu navegador", "su navegador", "este contenido", "lo sentimos",
	"per ", "attiva", "abilita", "il tuo browser", "questo contenuto", "ci dispiace",
	"ative", "habilite", "seu navegador", "este conteúdo", "o seu navegador",
	"schakel", "om ", "je browser", "uw browser", "deze inhoud", "helaas"}

// browserLeads open a notice about the reader's browser.
var browserLeads = prefixes("your browser", "your web browser", "your current browser",
	"ihr browser", "dein browser", "votre navigateur", "su navegador", "il tuo browser",
	"seu navegador", "o seu navegador", "o teu navegador", "je browser", "uw browser",
	// the PDF reader's notice (see pdfReaderNote)
	"to view pdf", "to view the pdf", "to view this pdf", "to open pdf", "to read pdf", "you need adobe",
	"you will need adobe", "get adobe", "download adobe", "adobe reader", "adobe acrobat", "pdfファイル",
	"pdf形式", "pdfの")

// pdfReaderNote reports the notice a site sets under its PDF links, that
// reading them needs a reader ("To view PDF files you need Adobe Acrobat
// Reader, available free from Adobe's website", "PDFファイルをご覧いただく
// には、Adobe Acrobat Reader（無償）が必要です"): it names Adobe's reader.
func pdfReaderNote(p *para) bool {
	return strings.Contains(p.low, "adobe") || strings.Contains(p.low, "acrobat") || strings.Contains(p.low, "reader")
}

// jsNeeds ask for JavaScript, or say it is off.
var jsNeeds = [...]string{"enable javascript", "javascript enabled", "javascript-enabled",
	"turn on javascript", "switch on javascript", "activate javascript", "allow javascript",
	"enable your javascript", "javascript is disabled", "javascript is turned off", "javascript is off",
	"javascript is not enabled", "javascript must be enabled", "javascript is required",
	"javascript required", "requires javascript", "require javascript", "need javascript",
	"needs javascript", "javascript disabled", "javascript turned off", "javascript support",
	"javascript to be enabled", "javascript aktivieren", "aktivieren sie javascript", "aktiviere javascript",
	"javascript einschalten", "javascript ist deaktiviert", "javascript deaktiviert", "javascript aktiviert",
	"activer javascript", "activez javascript", "activer le javascript", "activez le javascript",
	"javascript est désactivé", "javascript désactivé", "javascript activé", "activa javascript",
	"habilita javascript", "habilitar javascript", "activar javascript", "javascript está desactivado",
	"javascript deshabilitado", "javascript habilitado", "attiva javascript", "abilita javascript",
	"abilitare javascript", "attivare javascript", "javascript è disabilitato", "javascript disattivato",
	"javascript abilitato", "ative o javascript", "ativar o javascript", "habilite o javascript",
	"habilitar o javascript", "javascript está desativado", "javascript desativado", "javascript ativado",
	"javascript inschakelen", "schakel javascript in", "javascript is uitgeschakeld",
	"javascript ingeschakeld"}

// noticeObjects say what the reader cannot see, or where.
var noticeObjects = [...]string{"to use this", "to view", "to see", "to watch", "to play", "to run this",
	"to display", "to access this", "to experience", "to load", "to read", "to comment", "this feature",
	"this site", "this website", "this page", "this app", "this content", "this video", "this slideshow",
	"this form", "this map", "this chart", "this interactive", "this gallery", "this player", "the comments",
	"comments powered", "full functionality", "best experience", "better experience", "user experience",
	"properly", "correctly", "browser", "navigateur", "navegador", "diese seite", "diese funktion",
	"dieser inhalt", "dieses video", "cette page", "ce contenu", "cette fonctionnalité",
	"esta página", "este contenido", "questa pagina", "questo contenuto", "este conteúdo",
	"deze pagina", "deze inhoud"}

// unsupported say that the browser cannot show something; mediaObjects
// are what it cannot show.
var (
	unsupported = [...]string{"does not support", "doesn't support", "doesn’t support", "do not support",
		"not supported", "cannot play", "can't play", "can’t play", "unable to play", "is out of date",
		"is outdated", "unsupported", "no longer supported", "unterstützt", "ne prend pas en charge",
		"ne supporte pas", "n'est pas compatible", "n’est pas compatible", "no admite", "no es compatible",
		"no soporta", "non supporta", "non è supportato", "não suporta", "não é compatível",
		"ondersteunt", "niet ondersteund"}
	mediaObjects = [...]string{"video", "audio", "html5", "html 5", "iframe", "the <", "element", "tag",
		"this feature", "this content", "this page", "this site", "javascript", "playback", "player",
		"media", "embedded", "vidéo", "vídeo", "contenu", "contenido", "conteúdo", "inhalt", "inhoud",
		"contenuto", "out of date", "outdated", "upgrade", "update", "aktualisier", "mettre à jour",
		"actualiza", "aggiorna", "atualiz", "bijwerken", "updaten"}
)

// ---- widget controls -------------------------------------------------------------

// matchWidget: the controls of a live blog ("Show key events only", "Load
// more updates", "Newest first") and of a recipe card ("Jump to Recipe",
// "Print Recipe", "Pin Recipe"), whole lines (widgetLabels). A word that
// is also a heading or a label of many things ("Refresh", "Live", "Live
// feed", "Oldest", "Key events", "Transcript") is taken only next to
// another control or a JavaScript notice: the line before removed as one,
// or the line after one of these labels. The controls of a video player
// (videoLabels) and its length next to them (see videoClock) go too, but
// for a button right over the length, left to the body finder.
func matchWidget(p *para) bool {
	if p.words <= 4 && p.low != "" && pageMark(p.low) || p.words <= 6 && p.low != "" && rangeCounter(p.low) {
		p.detail = detailPage // as matchFurniture tries them first
		return true
	}
	if p.words == 1 && p.low != "" && clockLead(p.low[0]) && videoClock(p) {
		p.detail = detailVideo
		return true
	}
	// As matchFurniture tries them first.
	if p.words <= stampWords && p.low != "" && (relativeStamp(p.low) || clockStamp(p.low)) {
		p.detail = detailStamp
		return true
	}
	if p.words <= readingTimeWords && p.low != "" && readingTime(p.low) {
		p.detail = detailReadingTime // as matchFurniture tries it
		return true
	}
	if p.words <= nutrientWords && p.low != "" && nutrientField(p.low) ||
		p.low != "" && p.low[0] == 'n' && p.words <= nutritionNoteWords && nutritionNote(p.low) {
		p.detail = detailRecipe
		return true
	}
	if p.words <= 5 && p.low != "" && ticketsLeft(p.low) {
		return true
	}
	if p.words <= weatherWords && p.low != "" && !p.endSent && weatherLine(p.s) {
		return true
	}
	if p.words <= quoteMoveWords && !p.endSent && quoteMove(p.s) || p.words <= rateFieldWords && p.low != "" && rateField(p.low) || rateNote(p) {
		p.detail = detailMarket // as matchFurniture tries them
		return true
	}
	if p.words == 2 && p.low != "" && isDigit(p.low[0]) && countdownLine(p) {
		return true
	}
	if p.words <= 6 && p.low != "" && skipControl(p.low) {
		p.detail = detailVideo
		return true
	}
	if postedBy(p) {
		p.detail = detailLive
		return true
	}
	if p.words <= loadingWords && p.low != "" && p.low[0] == 'l' && loadingLine(p.low) ||
		p.words <= locatorWords && p.low != "" && p.low[0] == 'f' && !p.endSent && locatorCall(p.low) ||
		p.words >= 4 && p.words <= dataCreditWords && p.low != "" && p.has&hasHigh == 0 && dataCreditGate.in(p.low, p.signature()) && dataCredit(p.low, p.s) {
		return true // as matchFurniture finds them
	}
	if p.low != "" && p.low[0] == 'c' && p.words <= captionNoteWords && captionNote(p.low) {
		p.detail = detailVideo // as matchFurniture finds it
		return true
	}
	k := p.labelKind()
	if k&labelWidget != 0 {
		p.detail = widgetDetail(p.labelText())
		// A video's button over its length is left to the body finder,
		// which takes the video's title under them too (see player).
		return p.detail != detailVideo || !clockNext(p)
	}
	if k&labelWeak == 0 {
		return false
	}
	if j := p.i - 1; j >= 0 {
		if r := p.d.Paragraphs[j].Removal; r != nil && (r.Rule == RuleWidget || r.Rule == RuleNotice) {
			p.detail = detailLive
			if r.Detail == details[detailVideo] {
				p.detail = detailVideo
			}
			return true
		}
	}
	if j := p.i + 1; j < len(p.d.Paragraphs) && labelKindOf(p.d.Paragraphs[j].Text)&(labelWidget|labelWeak) != 0 {
		p.detail = detailLive
		return true
	}
	return false
}

// captionNote reports a video player's note on its closed captions
// ("Closed captioning for this video is provided by the station and may
// contain errors."): the line opens with "closed caption" and speaks of
// this video, program or broadcast.
func captionNote(low string) bool {
	return strings.HasPrefix(low, "closed caption") &&
		(strings.Contains(low, "this video") || strings.Contains(low, "this program") || strings.Contains(low, "this broadcast"))
}

// captionNoteWords is the most words of a captionNote.
const captionNoteWords = 25

// postedBy reports the byline of a post or of a live blog's entry:
// "Posted by" and names as a byline gives them (see htmlIsByline: "Posted
// by Jenna Ruiz", "Posted by Jenna Ruiz and Luis Ortega") or a user's
// name ("Posted by admin"), no sentence.
func postedBy(p *para) bool {
	if p.words > postedByWords || p.low == "" || p.low[0] != 'p' {
		return false // the common case, in the caller's frame
	}
	return postedByLine(p)
}

// postedByLine is postedBy past its cheap tests.
func postedByLine(p *para) bool {
	const lead = "posted by "
	if p.endSent || !strings.HasPrefix(p.low, lead) {
		return false
	}
	rest := p.s[len(lead):]
	// A copy for htmlIsByline, which lets its text escape: p's would move
	// the rules' lower-case copy of every paragraph to the heap.
	return p.words == 3 && strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' }) < 0 ||
		htmlIsByline(strings.Clone(p.s[len(lead)-len("by "):])) > 0
}

// postedByWords is the most words of a line postedBy takes: "Posted by",
// two names of up to four words and "and".
const postedByWords = 11

// widgetDetail names the widget a control belongs to.
func widgetDetail(label string) uint8 {
	if containsAny(label, recipeWords[:]) {
		return detailRecipe
	}
	if videoLabelSet[label] {
		return detailVideo
	}
	if galleryLabelSet[label] {
		return detailGallery
	}
	return detailLive
}

// recipeWords are "recipe" in the languages of widgetLabels, and the
// words of a recipe card's toggles and nutrition box.
var recipeWords = [...]string{"recipe", "rezept", "recette", "receta", "ricetta", "receita", "recept", "cook mode",
	"nutrition", "customary"}

// loadingWords is the most words of a widget's placeholder (see
// loadingLine).
const loadingWords = 5

// loadingLine reports whether low (lower case) is a widget's placeholder
// while it loads: "loading" and at most loadingWords words in all, an
// ellipsis last ("Loading radar map...", "Loading…").
func loadingLine(low string) bool {
	return strings.HasPrefix(low, "loading") && (strings.HasSuffix(low, "...") || strings.HasSuffix(low, "…"))
}

// locatorWords is the most words of a locator's call (see locatorCall).
const locatorWords = 7

// locatorCall reports whether low (lower case) is the call of a widget
// that finds a place near the reader: "find" and what, "near you" last
// ("Find a clinic near you", "Find a polling place near you"), or "find
// your nearest" and what.
func locatorCall(low string) bool {
	return strings.HasPrefix(low, "find ") && strings.HasSuffix(strings.TrimRight(low, " ›»>"), " near you") ||
		strings.HasPrefix(low, "find your nearest ")
}

// dataCreditWords is the most words of a widget's data credit (see
// dataCredit).
const dataCreditWords = 8

// dataCredits say who supplied a widget's data, after "data ", in lower
// case, a capitalised name after them.
var dataCredits = [...]string{"supplied by ", "provided by ", "courtesy of ", "powered by "}

// dataCreditGate holds "data " and each of dataCredits: a line's
// signature rules out most lines before dataCredit looks (see
// gatedWords).
var dataCreditGate = newGatedWords("data supplied by ", "data provided by ", "data courtesy of ", "data powered by ")

// dataCreditReach is the most bytes before "data " in a data credit: two
// words (see dataCredit).
const dataCreditReach = 32

// dataCredit reports whether low (lower case; s is the text) credits a
// map's, a chart's or a radar's data: at most two words, "data", one of
// dataCredits and a capitalised name ("Radar data supplied by SkyTrace
// Meteorology", "Map data provided by OpenMaps"). "The data provided by
// the council showed a rise." goes on as a sentence in lower case.
func dataCredit(low, s string) bool {
	k := strings.Index(low[:min(len(low), dataCreditReach)], "data ")
	if k < 0 || wordCount(low[:k]) > 2 {
		return false
	}
	rest := low[k+len("data "):]
	for _, c := range dataCredits {
		if strings.HasPrefix(rest, c) {
			return isCapitalised(strings.TrimRight(s[len(low)-len(rest)+len(c):], "."))
		}
	}
	return false
}

// labelKindOf returns the label kinds of the paragraph text s (see
// para.labelKind).
func labelKindOf(s string) uint16 {
	if len(s) > labelFoldMax {
		return 0
	}
	var buf [2 * labelFoldMax]byte
	f := foldPrefix(buf[:0], s, len(buf)-utf8.UTFMax)
	lo, hi := labelCut.bounds(trimDotsSpaces(unsafe.String(unsafe.SliceData(f), len(f))))
	if lo >= hi {
		return 0
	}
	return labelKinds.kind(unsafe.String(&f[lo], hi-lo))
}

// widgetLabels are the controls of live blogs, recipe cards and video
// players (videoLabels), in lower case.
var widgetLabels = withLabels(map[string]bool{
	"show key events only": true, "key events only": true,
	// a code block's button
	"copy code": true, "copy to clipboard": true, "show all posts": true, "show all updates": true,
	// an embedded document viewer's controls
	"zoom in": true, "zoom out": true, "previous page": true, "next page": true, "fullscreen": true,
	"exit fullscreen": true, "view fullscreen": true, "view document": true, "view document or read text": true,
	"read text": true, "download document": true, "download pdf": true,
	// an event listing's buttons
	"add to calendar": true, "add to my calendar": true, "add to google calendar": true, "get directions": true,
	"directions": true, "view on map": true, "show on map": true, "view full map": true, "view larger map": true,
	"view interactive map": true, "open full map": true,
	"load more updates": true, "load more posts": true, "load more entries": true, "show more updates": true,
	"see more updates": true, "view more updates": true, "newest first": true, "oldest first": true,
	"latest first": true, "sort by newest": true, "sort by oldest": true, "sort by latest": true,
	"oldest / newest": true, "newest / oldest": true, "oldest | newest": true, "newest | oldest": true,
	"oldest newest": true, "newest oldest": true, "auto-update on": true, "auto-update off": true,
	"auto-update": true, "auto update": true, "auto-refresh": true, "auto-refresh on": true,
	"auto-refresh off": true, "auto refresh on": true, "auto refresh off": true, "turn on auto-updates": true,
	"turn off auto-updates": true, "pause live updates": true, "pause updates": true, "new updates": true,
	"view new updates": true, "show new updates": true, "show new posts": true, "jump to latest": true,
	"jump to latest update": true, "skip to latest": true, "back to latest": true,
	"jump to recipe": true, "skip to recipe": true, "go to recipe": true, "jump to video": true,
	"print recipe": true, "pin recipe": true, "save recipe": true, "share recipe": true, "email recipe": true,
	"rate recipe": true, "review recipe": true, "recipe card": true, "cook mode": true,
	"jump to recipe print recipe": true, "jump to recipe · print recipe": true,
	"jump to recipe | print recipe": true, "print recipe pin recipe": true,
	// a recipe card's unit and scale toggles and its call ("Nutrition" or
	// "Metric" alone may head a section or a table's column of the
	// article)
	"us customary": true, "1x": true, "2x": true, "3x": true, "did you make this recipe?": true,
	"tried this recipe?": true, "made this recipe?": true,
	// German, French, Spanish, Italian, Portuguese, Dutch
	"zum rezept": true, "zum rezept springen": true, "direkt zum rezept": true, "rezept drucken": true,
	"rezept speichern": true, "rezept merken": true, "rezept pinnen": true, "neueste zuerst": true,
	"älteste zuerst": true, "weitere updates laden": true, "nur wichtige ereignisse": true,
	"aller à la recette": true, "imprimer la recette": true, "épingler la recette": true,
	"enregistrer la recette": true, "sauvegarder la recette": true, "les plus récents d'abord": true,
	"plus récents d'abord": true, "plus anciens d'abord": true, "ir a la receta": true,
	"saltar a la receta": true, "imprimir receta": true, "imprimir la receta": true, "guardar receta": true,
	"más recientes primero": true, "más antiguos primero": true, "vai alla ricetta": true,
	"salta alla ricetta": true, "stampa la ricetta": true, "stampa ricetta": true, "salva ricetta": true,
	"salva la ricetta": true, "più recenti prima": true, "ir para a receita": true,
	"pular para a receita": true, "imprimir receita": true, "imprimir a receita": true,
	"salvar receita": true, "mais recentes primeiro": true, "mais antigos primeiro": true,
	"naar het recept": true, "ga naar recept": true, "direct naar recept": true,
	"recept afdrukken": true, "print recept": true, "recept opslaan": true, "nieuwste eerst": true,
	"oudste eerst": true,
}, videoLabels, galleryLabels)

// galleryLabels are the controls of a photo gallery or an image, lower
// case (widgetLabels).
var galleryLabels = []string{"next image", "previous image", "prev image", "next photo", "previous photo",
	"next slide", "previous slide", "view gallery", "open gallery", "view all photos", "see all photos",
	"enlarge image", "expand image", "show caption", "hide caption", "swipe for more", "scroll for more",
	"swipe to see more", "swipe for more products"}

// galleryLabelSet is galleryLabels as a set.
var galleryLabelSet = setOf(galleryLabels...)

// weakWidgetLabels are controls of a live blog that are also headings or
// labels of other things: taken only next to another control (see
// matchWidget).
var weakWidgetLabels = map[string]bool{
	"refresh": true, "live": true, "live feed": true, "live updates": true, "key events": true,
	"oldest": true, "newest": true, "latest": true, "pause": true, "play": true, "autoplay": true,
	"aktualisieren": true, "liveticker": true, "actualiser": true, "en direct": true, "actualizar": true,
	"en vivo": true, "en directo": true, "aggiorna": true, "diretta": true, "atualizar": true,
	"ao vivo": true, "live update": true, "vernieuwen": true, "transcript": true, "mute": true, "unmute": true, "up next": true, "play now": true,
	// a player's speed, download and chapter buttons
	"1x": true, "1.0x": true, "1.5x": true, "2x": true, "0.5x": true, "playback speed": true, "download": true,
	"episode chapters": true, "chapters": true,
}
