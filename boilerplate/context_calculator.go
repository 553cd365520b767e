package boilerplate

import "github.com/cleantext/clean"

// Knobs of MarkCalculators.
const (
	// calcReach is the most lines between a calculator's label and its
	// button, and the most lines of its result under the button.
	calcReach = 12
	// calcLabelWords is the most words of the label ("Mortgage
	// calculator", "Calculator: How much will my CD earn?") and
	// calcFieldWords the most words of a line between the label and the
	// button (a field's name or value, "Work out what your monthly
	// repayments could be").
	calcLabelWords, calcFieldWords = 10, 12
	// calcResultWords is the most words of a line of the result ("Total
	// amount repayable: £468,900"), calcNoteWords the most words of its
	// disclaimer.
	calcResultWords, calcNoteWords = 15, 40
)

// detailCalculator is the detail of a calculator's line that
// MarkCalculators removes.
const detailCalculator = "a calculator's fields and result"

// MarkCalculators removes a calculator embedded in an article (a
// mortgage's, a savings account's): its label, which names a calculator
// ("Mortgage calculator", "Calculator: How much will my CD earn?"), its
// fields and their values, its button ("Calculate"), at most calcReach
// lines below the label, and the result under the button: lines with a
// figure ("Estimated monthly payment: $3,538"), a short label over a
// figure ("Your estimated monthly repayment", then "£1,563"), the
// disclaimer ("Figures are for illustration only. ...") and the
// provider's credit ("Powered by ..."). The first other line ends it (the
// article's next subheading: "Frequently asked questions"). A database's
// look-up under the article's prose is one too: a label that asks to
// search or look up ("Search restaurant inspections", see lookupLabel),
// its fields, its button ("Search", see lookupButtons) and the note on its
// data under it ("Data: County Health Department. Updated weekly."). The
// body finder then reads the article on across the widget.
func MarkCalculators(d *clean.Document) {
	ps := d.Paragraphs
	for b := range ps {
		t := ps[b].Text
		if len(t) < len("laske") || len(t) > calcButtonBytes || !calcButtonLead(t) || !foldedIn(calcButtons, t) {
			continue // the first bytes first: most lines, without a lookup
		}
		label, detail, lookup := calculatorLabel, detailCalculator, foldedIn(lookupButtons, t)
		if lookup {
			label, detail = lookupLabel, detailLookup
		}
		top := -1
		for k := b - 1; k >= 0 && k >= b-calcReach; k-- {
			w := wordCount(ps[k].Text)
			if w <= calcLabelWords && label(ps[k].Text) {
				top = k
				break
			}
			if w > calcFieldWords {
				break
			}
		}
		if top < 0 || lookup && (top == b-1 || top == 0 || !isSentenceLike(ps[top-1].Text, contentWords)) {
			// A site's search box has no fields between; a look-up
			// sits under the article's prose (a menu's "Search jobs"
			// over the account's links does not).
			continue
		}
		end := b + 1
		for end < len(ps) && end <= b+calcReach && calcResult(ps, end, lookup) {
			end++
		}
		for k := top; k < end; k++ {
			switch {
			case ps[k].Kept():
				Remove(d, k, Reason{Rule: RuleWidget, Detail: detail})
			case ps[k].Removal.Rule == RuleSponsor:
				// The provider's credit ("Powered by ...") is the
				// calculator's: the body finder reads the widget
				// whole as the article's furniture (see
				// inlineRemoval).
				ps[k].Removal.Rule, ps[k].Removal.Detail = RuleWidget, detail
			}
		}
	}
}

// calcResult reports whether ps[i], under a calculator's button, is part
// of its result (see MarkCalculators); under a look-up's (lookup), only
// a line the rules removed or a note on its data is.
func calcResult(ps []clean.Paragraph, i int, lookup bool) bool {
	t := ps[i].Text
	if !ps[i].Kept() {
		return true // a button the rules removed ("See today's rates")
	}
	w := wordCount(t)
	switch {
	case lookup:
		return w <= calcNoteWords && anyFold(t, calcNotes[:])
	case w <= calcResultWords && hasDigit(t):
		return true
	case w <= calcNoteWords && anyFold(t, calcNotes[:]):
		return true
	case w <= calcLabelWords && i+1 < len(ps) && !endsSentence(t) && hasDigit(ps[i+1].Text) && wordCount(ps[i+1].Text) <= 3:
		return true // a label over its figure
	}
	return false
}

// calcNotes mark a calculator's disclaimer and its provider's credit, and
// the note on a look-up's data, in lower case.
var calcNotes = [...]string{"for illustration", "illustrative", "estimates are", "does not include", "not include taxes",
	"powered by", "provided by", "your home may be repossessed", "updated daily", "updated weekly", "updated monthly",
	"not a diagnosis", "not medical advice"}

// detailLookup is the detail of a look-up's line that MarkCalculators
// removes.
const detailLookup = "a database look-up's fields and button"

// lookupButtons are the buttons of a database's look-up, lower case.
var lookupButtons = setOf("search", "search now", "find", "find now")

// lookupLabel reports whether t heads a database's look-up: it asks to
// search or look up ("Search restaurant inspections", "Look up your
// school's scores") or names a database.
func lookupLabel(t string) bool {
	return hasPrefixFold(t, "search ") || hasPrefixFold(t, "look up ") || hasPrefixFold(t, "find your ") ||
		containsFold(t, "database")
}

// calculatorLabel reports whether t names a calculator, in English and the
// big languages of Europe ("Mortgage calculator", "Zinsrechner",
// "Simulador de hipoteca"), or a checker ("Use our symptom checker").
func calculatorLabel(t string) bool {
	return anyFold(t, calcNames[:])
}

// anyFold reports whether s contains one of subs, lower case, ignoring
// ASCII case (see containsFold), without lower-casing s.
func anyFold(s string, subs []string) bool {
	for _, sub := range subs {
		if containsFold(s, sub) {
			return true
		}
	}
	return false
}

var calcNames = [...]string{"calculator", "rechner", "calculadora", "calculateur", "calcolatore", "simulador",
	"simulateur", "kalkulator", "laskuri", "räknare", "calculatrice", "checker"}

// calcButtonBytes is the longest button of calcButtons, in bytes.
const calcButtonBytes = 24

// calcButtonLead reports whether t, of five bytes or more, may be a
// button of calcButtons, by its first three bytes: the lead of its first
// byte (see calcLeads), "che" (a checker's "Check symptoms", beside
// calcLeads' "cal"), or a Cyrillic letter.
func calcButtonLead(t string) bool {
	if t[0] == 0xD1 || t[0] == 0xD0 {
		return true // "рассчитать", "розрахувати"
	}
	l := calcLeads[t[0]|0x20]
	return l != "" && t[1]|0x20 == l[0] && t[2]|0x20 == l[1] || t[0]|0x20 == 'c' && t[1]|0x20 == 'h' && t[2]|0x20 == 'e'
}

// calcLeads holds, by the first byte of each Latin button of calcButtons
// (lower case), its next two bytes.
var calcLeads = [256]string{'c': "al", 'b': "er", 'j': "et", 'o': "bl", 'l': "as", 'h': "es", 's': "ea", 'f': "in"}

// calcButtons are the buttons of a calculator, lower case.
var calcButtons = setOf("calculate", "calculate now", "calculate payment", "calculate my payment", "calculate payments",
	"berechnen", "jetzt berechnen", "calcular", "calculer", "calcola", "oblicz", "laske", "beräkna", "bereken",
	"hesapla", "рассчитать", "розрахувати", "search", "search now", "find", "find now",
	"check symptoms", "check your symptoms", "check eligibility", "check now")
