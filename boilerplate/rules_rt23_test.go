package boilerplate

import (
	"slices"
	"strings"
	"testing"
)

// TestAppShareLines: the line an app or a phone adds under a page it
// shares or a message it sends goes, in the languages of appShares; a
// sentence that opens with the same words, or a short line that names no
// app or device, stays.
func TestAppShareLines(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {
			{"Compartido desde la app de Heraldo de Valdemora", true},
			{"Shared from the Daily Courier app", true},
			{"Shared via the Harbour News app for Android", true},
			{"Sent from my iPhone", true},
			{"Von meinem iPhone gesendet", true},
			{"Envoyé de mon smartphone", true},
			{"Enviado do meu celular", true},
			{"Condiviso dall'app", true},
			{"Condiviso da app Gazzetta di Valle", true},
			{"Gedeeld via de app van het Dagblad", true},
			{"Wysłane z mojego telefonu", true},
			{"Sent from my hospital bed, the letter reached the minister.", false},
			{"Sent from my phone at 3am, the message was the last she wrote.", false},
			{"Shared from the archive: the mill in 1958", false},
			{"Compartido desde el primer día con sus vecinos", false},
			{"Von meinem Vater habe ich das gelernt", false},
		},
	}, func(string) bool { return false }, true)
}

// TestPricedCalls guards pricedCall: a subscription's offer made of items,
// a button to subscribe or an offer's label and a call to subscribe, with
// a price; an article's sentences with the same words stay.
func TestPricedCalls(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePaywall: {
			{"Get 3 months of unlimited access for £1 – subscribe now", true},
			{"Special offer — Subscribe to the Herald: £49 a year", true},
			{"Offre spéciale – Abonnez-vous au Courrier : 49 € par an", true},
			{"Jetzt abonnieren: 4 Wochen für 1 €", true},
			{"Abonnez-vous : 1 € le premier mois", true},
			{"Oferta especial | Suscríbete por 1 € al mes", true},
			{"Offre spéciale — Abonnez-vous à Horizons Sciences : 1 an, 11 numéros + l'accès illimité au site pour 49 € au lieu de 79 €", true},
			{"Prices rose to £49 a year. Subscribe now and you lock in the old rate, the paper told readers.", false},
			{"Special offer: the council will pay £500 to households that insulate their lofts.", false},
			{"Special offer ends: the club's season tickets now cost £349 – fans are furious", false},
			{"Subscribers now pay £49 a year – subscribe now, says the publisher", false},
			{"Three months for £1 – readers subscribe in droves", false},
			{"The banner said it plainly: 3 months for £1 – subscribe now", false},
			{"Readers pay £1 for three months: subscribe now", false},
		},
	}, func(string) bool { return false }, true)
}

// TestInboxPromises guards inboxPromise: a newsletter's pitch that closes
// with the inbox set off by a comma or a dash goes; an article's sentence
// about an inbox stays.
func TestInboxPromises(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAppeal: {
			{"The top stories from Harwick and the coast, in your inbox every morning.", true},
			{"Das Wichtigste aus Kerschberg und der Region – jeden Morgen kostenlos in Ihrem Postfach. Jetzt anmelden!", true},
			{"Les informations essentielles de la région, chaque matin dans votre boîte mail.", true},
			{"Lo más importante del día, gratis en tu bandeja de entrada.", true},
			{"Scam texts that land in your inbox every week are up by a third.", false},
			{"The council's bulletin, in your inbox every Friday, was scrapped, the mayor said.", false},
			{"By the time the bill lands, it is already in your inbox.", false},
			{"Every week, in your inbox, a new scam arrives and readers are fooled again by it.", false},
			{"The fraud warnings, in your inbox every day, were sent by the bank, investigators said.", false},
			{"The letters kept coming, every week. Daily in your inbox.", false},
			{"The warnings came in a rush, every hour of the day and of the night in your inbox.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestGatedWords checks the contract of gatedWords: every word is found
// in a text that holds it (its gate bits and its rare byte let it
// through), a text without any of them is not, and the rare byte of a
// word beyond ASCII is a continuation byte.
func TestGatedWords(t *testing.T) {
	for _, g := range []*gatedWords{inboxWords, subscribeStems} {
		for k, w := range g.words {
			text := "xx " + w + " yy"
			if !g.in(text, signature(text)) {
				t.Errorf("%q not found in %q", w, text)
			}
			if strings.IndexByte(w, g.rare[k]) < 0 {
				t.Errorf("rare byte %q of %q is not in it", g.rare[k], w)
			}
		}
		if text := "nothing of the sort here"; g.in(text, signature(text)) {
			t.Errorf("a word of %v found in %q", g.words, text)
		}
	}
	if k := slices.Index(inboxWords.words, "boîte"); k < 0 || inboxWords.rare[k] != "î"[1] {
		t.Errorf("rare byte of boîte: %q, want %q", inboxWords.rare[max(k, 0)], "î"[1])
	}
}

// TestSiteNotes23: the notes of red team 23's pages (the outlets are
// invented), each beside an article's sentence with the same words.
func TestSiteNotes23(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Te puede interesar", true},
			{"Continue reading below ↓", true},
			{"यो पनि पढ्नुहोस् : डेंगुका यी पाँच लक्षण देखिए तुरुन्तै अस्पताल जानुहोस्", true},
			{"Get it on Google Play", true},
			{"Download on the App Store", true},
			{"Te puede interesar saber que el museo abre los lunes, dijo la directora.", false},
		},
		RuleShareLabel: {
			{"Pin this recipe for later!", true},
			{"Like this:", true},
			{"Like Loading...", true},
			{"Pin this to the board, the coach told the players before the final.", false},
		},
		RuleContact: {
			{"Tried this recipe? Leave a star rating and a comment below!", true},
			{"Did you make this? Tag @saltmarshkitchen on Instagram!", true},
			{"Tried this recipe? Most readers said it took twice as long as the card claims.", false},
		},
		RuleSource: {
			{"The post Valsorda theatre reopens after eleven years appeared first on The Valsorda Gazette.", true},
			{"L'articolo Valsorda, il Teatro Sociale riapre dopo undici anni sembra essere il primo su Il Gazzettino di Valsorda.", true},
			{"Der Beitrag Brücke bleibt gesperrt erschien zuerst auf Nordheider Anzeiger.", true},
			{"The post office appeared first on the list of closures, ahead of the library.", false},
		},
		RuleAppeal: {
			{"Abonēt tagad", true},
			{"Apúntate", true},
			{"Je m'inscris", true},
		},
		RulePaywall: {
			{"Šis raksts ir pieejams tikai abonentiem", true},
			{"Jau esi abonents? Ienāc", true},
			{"Šis raksts ir par kokzāģētavām Vidzemē, kur samazina maiņas.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestLabelledURLs: a link's address after a label that names it goes as
// a bare address does; a label with a word, or a sentence, stays.
func TestLabelledURLs(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleURL: {
			{"Link: https://www.gazzettino.example/2025/10/07/teatro-sociale/", true},
			{"Comments: https://www.gazzettino.example/2025/10/07/teatro-sociale/#respond", true},
			{"Permalink: www.gazzettino.example/p/48213", true},
			{"Link: worked", false},
			{"Note: council.example", false},
		},
	}, func(string) bool { return false }, true)
}
