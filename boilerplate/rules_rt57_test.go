package boilerplate

import "testing"

// TestLabelsRT57 checks red team 57's lines: a photographer and an
// outlet joined by a slash in brackets ("(Dana Whitlock / The Bellhaven
// Dispatch)"), and Vietnamese "related news".
func TestLabelsRT57(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"(Dana Whitlock / The Bellhaven Dispatch)", true},
			{"(Reed Saxon / Associated Press)", true},
			{"(see page 4 / section B)", false},
		},
		RuleLinkLabel: {{"TIN LIÊN QUAN", true}, {"Tin liên quan", true}},
	}, func(string) bool { return false }, true)
}
