package boilerplate

import "testing"

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
