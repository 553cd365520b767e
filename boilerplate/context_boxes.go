package boilerplate

import (
	"slices"
	"strings"
	"unicode"

	"github.com/cleantext/clean"
)

// Knobs of MarkBoxLabels.
const (
	// boxRows is the fewest lines one rule removed that make a box.
	boxRows = 3
	// boxLabelWords is the most words of a box's label the rules left.
	boxLabelWords = 6
)

// detailBoxLabel is the detail of a box's label that MarkBoxLabels
// removes.
const detailBoxLabel = "a label inside a box"

// MarkBoxLabels removes the labels the rules left inside a box that sits
// between two paragraphs of the article: a betting box's or a widget's
// rows went for their rule, its headings between them stayed ("Odds by
// X", "Next game: Bills vs. Chiefs", "Spread", then "BUF +2.5 (-110)",
// "KC -2.5 (-110)", "Moneyline", …). The lines between the two paragraphs
// are a box when at least boxRows of them, and half of those removed,
// went for one rule of boxRules, as many as were kept or more (a kept
// line without a letter is a value of the box, "+1400", and counts as one
// of its rows); every kept line is a label, of at most boxLabelWords
// words and ending no sentence; and one of them stands between two rows
// of the box. The labels above the box's last row go; a subheading under
// it, over the article's next section, stays.
func MarkBoxLabels(d *clean.Document) {
	ps := d.Paragraphs
	rows := 0
	for k := range ps {
		if r := ps[k].Removal; r != nil && slices.Contains(boxRules[:], r.Rule) {
			rows++
		}
	}
	if rows < boxRows {
		return // no box on the page: most pages
	}
	betweenProse(d, boxRows, boxLabels)
}

// betweenProse calls box on each run of more than most lines between two
// kept paragraphs of prose (see isContent): ps[lo:hi], the two aside.
func betweenProse(d *clean.Document, most int, box func(d *clean.Document, lo, hi int)) {
	prev := -1 // the last kept paragraph of prose
	for j := range d.Paragraphs {
		if !isContent(&d.Paragraphs[j]) {
			continue
		}
		if prev >= 0 && j-prev > most {
			box(d, prev+1, j)
		}
		prev = j
	}
}

// boxRules name the rules whose lines make a box (see MarkBoxLabels).
var boxRules = [...]string{RuleSponsor, RuleWidget}

// boxLabels removes the kept lines of ps[lo:hi] when they are the labels
// of a box (see MarkBoxLabels).
func boxLabels(d *clean.Document, lo, hi int) {
	ps := d.Paragraphs[lo:hi]
	var rows [len(boxRules)]int
	removed, kept, values := 0, 0, 0
	for k := range ps {
		p := &ps[k]
		if p.Kept() {
			if wordCount(p.Text) > boxLabelWords || endsSentence(p.Text) {
				return
			}
			if !hasLetter(p.Text) {
				values++ // a value of the box ("+1400", "-150"): a row of it
				continue
			}
			kept++
			continue
		}
		removed++
		for r, name := range boxRules {
			if p.Removal.Rule == name {
				rows[r]++
			}
		}
	}
	box := -1
	for r, n := range rows {
		if n += values; n >= boxRows && 2*n >= removed+values && n >= kept {
			box = r
		}
	}
	if box < 0 || kept == 0 {
		return
	}
	// A label between two rows.
	first, last := -1, -1
	for k := range ps {
		if !ps[k].Kept() && ps[k].Removal.Rule == boxRules[box] {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	inside := false
	for k := first + 1; k < last && !inside; k++ {
		inside = ps[k].Kept()
	}
	if !inside {
		return
	}
	for k := range ps[:last] {
		if ps[k].Kept() {
			Remove(d, lo+k, Reason{Rule: boxRules[box], Detail: detailBoxLabel})
		}
	}
}

// Knobs of MarkPriceBoxes.
const (
	// priceBoxPrices is the fewest prices that make a shopping box.
	priceBoxPrices = 2
	// priceLetters is the most letters of a price alone: a currency's
	// code ("US$", "Rs", "CHF").
	priceLetters = 3
	// storeWords is the most words of a store's name after a price ("at
	// Best Buy", "bei Otto").
	storeWords = 3
	// priceLineBytes is the longest line that gives a price, alone or
	// with its store ("$1,299.99 at Nordline Electronics"), in bytes.
	priceLineBytes = 64
)

// detailPriceBox is the detail of a shopping box's line.
const detailPriceBox = "a shopping box's products and prices"

// MarkPriceBoxes removes a shopping box between two paragraphs of the
// article: a deals widget's products, each with its prices and the store
// that sells at them, on lines of their own ("Deals", "Sony WF-1000XM5",
// "$228.00", "$299.99", "at Best Buy"). The lines between the two
// paragraphs are a shopping box when every kept one is a label of at most
// boxLabelWords words that ends no sentence; at least priceBoxPrices of
// them give a price (see priceAlone and priceAt), at least half as many
// as the other kept lines; and one names a store (see storeLine and
// priceAt) or is a shop's button ("Buy now"; see shopCall). A table's
// cells ("Band A", "£1,257.45", "£1,320.20") name no store. The box runs
// from its first line to its last price, store or line a rule removed
// ("See all audio deals"): a subheading under the box, over the article's
// next section, stays.
func MarkPriceBoxes(d *clean.Document) {
	ps := d.Paragraphs
	prices := 0
	for k := range ps {
		if t := ps[k].Text; len(t) <= priceLineBytes && priceStart(t) && (priceAlone(t) || priceAt(t)) {
			prices++
		}
	}
	if prices < priceBoxPrices {
		return // no shopping box on the page: most pages
	}
	betweenProse(d, priceBoxPrices, priceBox)
}

// priceBox removes the lines of ps[lo:hi] when they are a shopping box
// (see MarkPriceBoxes).
func priceBox(d *clean.Document, lo, hi int) {
	ps := d.Paragraphs[lo:hi]
	prices, stores, labels, end := 0, 0, 0, -1
	for k := range ps {
		p := &ps[k]
		s := p.Text
		if p.Kept() && (wordCount(s) > boxLabelWords || endsSentence(s)) {
			return
		}
		switch {
		case priceAlone(s):
			prices++
		case priceAt(s): // a rule may have taken it as a deal's button
			prices++
			stores++
		case k > 0 && priceAlone(ps[k-1].Text) && storeLine(s) || shopCall(s):
			stores++
		case p.Kept():
			labels++
			continue
		}
		end = k
	}
	if prices < priceBoxPrices || 2*prices < labels || stores == 0 {
		return
	}
	for k := range ps[:end+1] {
		if ps[k].Kept() {
			Remove(d, lo+k, Reason{Rule: RuleSponsor, Detail: detailPriceBox})
		}
	}
}

// priceAlone reports whether s is a price and nothing else: a currency's
// sign and a figure, and at most priceLetters letters of a currency's
// code ("$129.99", "49,99 €", "US$ 199").
func priceAlone(s string) bool {
	if len(s) > priceBytes {
		return false
	}
	// A loop of bytes first: most lines have no figure or no byte that
	// opens a currency's sign ('$', or a byte beyond ASCII).
	digit, sign := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case c == '$' || c >= 0xC2:
			sign = true
		}
	}
	if !digit || !sign || !currencySign(s) {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= priceLetters
}

// priceStart reports whether s may open with a price: a figure, a
// currency's sign ("$", "£", "¥", "€" and the other signs from U+20A0)
// or a currency's code before "$" ("US$ 199").
func priceStart(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch c := s[0]; {
	case '0' <= c && c <= '9', c == '$':
		return true
	case c == 0xC2:
		return s[1] == 0xA3 || s[1] == 0xA5 // "£", "¥"
	case c == 0xE2:
		return s[1] == 0x82 // the currency signs from U+20A0
	case 'A' <= c && c <= 'Z':
		return strings.IndexByte(s[:min(len(s), 4)], '$') > 0
	}
	return false
}

// priceAt reports whether s is a price and the store that sells at it
// ("$228 at Amazon", "49,99 € bei Otto"; see storeLine).
func priceAt(s string) bool {
	w := firstWord(s)
	if w == s || !priceAlone(w) {
		return false
	}
	rest := s[len(w)+1:]
	if v := firstWord(rest); v != rest && priceAlone(v) { // "49,99 €"
		rest = rest[len(v)+1:]
	}
	return storeLine(rest)
}

// storeLine reports whether s, under or after a price, names the store
// that sells at it: at most storeWords words, the first of storePreps
// ("at Amazon", "bei Otto", "chez Fnac"). A donation bar's "raised" under
// "$1,840" names none.
func storeLine(s string) bool {
	n := wordCount(s)
	return n >= 2 && n <= storeWords && storePreps[firstWord(s)]
}

// storePreps are the words before a store's name in storeLine, in lower
// case: the store's own name opens with a capital.
var storePreps = setOf("at", "from", "via", "on", "bei", "von", "chez", "sur", "en", "em", "na",
	"da", "su", "op", "bij", "på", "hos", "w", "u", "в", "на")
