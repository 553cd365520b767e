package boilerplate

import "testing"

// TestAskRT43: a public broadcaster's "Support public radio" button, a
// subscriber's badge ("Abonnent"), a
// question whether the reader wants to read more (of the site or not) and
// a subscription pitch of more than twenty words that opens with the
// paywall's verb; and the lines like them that stay.
func TestAskRT43(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAppeal: {
			{"Support public radio", true},
			{"Support Public Media.", true},
			{"Support public transit", false},
			{"Voters support public broadcasting by wide margins.", false},
		},
		RulePaywall: {
			{"Abonnent", true},
			{"Kun for abonnenter", true},
			{"Abonnentene klaget.", false},
			{"Want to read more?", true},
			{"Want to read more from the Herald?", true},
			{"Vil du lese mer fra Riksposten?", true},
			{"Möchten Sie weiterlesen?", true},
			{"Want to keep reading? ", true},
			{"Want to read more about how the council decided?", false},
			{"Want to read more from the Herald? The council said, in a long statement.", false},
			{"Want to read more from the council's long report on the bridge repairs?", false},
			{"Want to read more from the Herald, Sun or Post?", false},
			{"Want to read more.", false},
			{"Assine o Correio de Lisboa e tenha acesso ilimitado a todos os artigos, à edição em papel digital e às newsletters exclusivas.", true},
			{"Subscribe to the Herald today and enjoy unlimited access to every article, our archive since 1890 and the puzzles, for less than a coffee.", true},
			{"Subscribers to the county's broadband plan will have unlimited access to the new fibre lines and faster upload speeds from the end of June.", false},
			{"Subscribe to the Herald today and you will find the crossword, the archive since 1890, recipes, puzzles and our weekly newsletter there.", false},
			{"Assine o Correio de Lisboa e tenha acesso ilimitado a todos os artigos, à edição em papel digital, às newsletters exclusivas e a muito mais conteúdo dos nossos jornalistas todos os dias.", false},
		},
	}, func(string) bool { return false }, true)
}
