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
