package boilerplate

import "testing"

// TestLabelsCaptionsRT33: a caption whose credit follows its full stop
// after a slash, a feed item's address field with an attribute, related
// links in the singular, "listen to this article" with its length in more
// languages; and the article lines like them that stay.
func TestLabelsCaptionsRT33(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleCaption: {
			{"Fachada del mercado de abastos, en la plaza de San Roque. / E. E.", true},
			{"El alcalde, durante la visita al mercado. / J. M. GARCÍA", true},
			{"Vista da praia do Forte, em Cabo Frio. / Ana Souza", true},
			{"Fachada del mercado de abastos, en la plaza de San Roque. / EFE", true},
			{"Mercado. / E. E.", false}, // no caption before the credit
			{"The vote was close. / It was 6 to 5 in the end, said the clerk.", false}, // a sentence after it
			{"Prices rose sharply this year. / 2024 Figures", false},                   // a figure
			{"The mayor left the hall. / Home | News", false},                          // a row of links
		},
		RuleURL: {
			{"GUID (isPermaLink=false): https://example.org/?p=21874", true},
			{"Link (primary): https://example.org/2024/10/02/story/", true},
			{"GUID (is permalink): https://example.org/?p=21874", false}, // words in the brackets
			{"Reporter (intern): https://example.org/?p=21874", false},   // no label of an address
			{"GUID (isPermaLink=false): pending", false},
		},
		RuleLinkLabel: {
			{"Noticia relacionada: Los placeros piden una ubicación provisional en el centro", true},
			{"Notícia relacionada: Prefeitura anuncia obras no mercado", true},
			{"Articolo correlato: Il sindaco visita il mercato", true},
			{"Una noticia relacionada con el mercado llegó ayer al pleno municipal.", false},
		},
		RuleAudio: {
			{"Mloog tsab xov xwm no (4 feeb)", true},
			{"Nghe bài viết này (5 phút)", true},
			{"기사 듣기", true},
			{"Mloog tsab xov xwm no yog ib qho kev pab rau cov neeg laus, nws hais.", false},
		},
	}, func(string) bool { return false }, true)
}
