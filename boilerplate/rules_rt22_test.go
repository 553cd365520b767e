package boilerplate

import "testing"

// TestSiteNotes22: the notes of red team 22's pages (the outlets are
// invented), each beside an article's sentence with the same words.
func TestSiteNotes22(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"जाहिरात", true},
			{"ప్రకటన", true},
			{"ಜಾಹೀರಾತು", true},
			{"जाहिरात धोरणाबाबत मंत्र्यांनी सोमवारी निवेदन दिले.", false},
		},
		RulePaywall: {
			{"Sie haben das Ende des kostenlosen Teils erreicht. Lesen Sie weiter mit WL+ – alle Artikel, das E-Paper und exklusive Hintergründe aus Ihrer Region.", true},
			{"You have reached the end of the free preview. Subscribe to keep reading.", true},
			{"Vous avez atteint la fin de la partie gratuite de cet article.", true},
			{"You have a free preview of the new model in the showroom until Friday, the dealer said.", false},
			{"Sie haben den kostenlosen Teil der Anlage am Montag besichtigt, sagte der Bürgermeister.", false},
		},
	}, func(string) bool { return false }, true)
}
