package boilerplate

import "testing"

// TestLabelsRT57 checks red team 57's lines: a photographer and an
// outlet joined by a slash in brackets ("(Dana Whitlock / The Bellhaven
// Dispatch)"), Vietnamese "related news", and a nonprofit newsroom's
// grant to republish its story.
func TestLabelsRT57(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"(Dana Whitlock / The Bellhaven Dispatch)", true},
			{"(Reed Saxon / Associated Press)", true},
			{"(see page 4 / section B)", false},
		},
		RuleLinkLabel: {{"TIN LIÊN QUAN", true}, {"Tin liên quan", true}},
		RuleSource: {
			{"You are free to republish this story online or in print, as long as you credit The Prairie Record, do not edit the text and include the tracking pixel.", true},
			{"Other papers were free to republish the letter, the council said.", false},
		},
	}, func(string) bool { return false }, true)
}
