package boilerplate

import "testing"

// TestCreditsRT66 checks red team 66's credits and labels: a caption that
// ends with a name and an agency after a slash, not an agency alone in
// capitals (a wire's signature under its last paragraph) nor a time zone;
// Arabic "شاهد أيضاً:" (see also) before a headline.
func TestCreditsRT66(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"Calanus borealis under a microscope. The copepods store energy as oil, which makes them a rich meal for fish and whales. T. Aguirre/Havenport Institute", true},
			{"On October 18, more than 300 Indians were deported by Mexican immigration authorities for entering the country. PTI", false},
			{"Kickoff: Saturday, 1:30 p.m. MT", false},
			{"The vote split the council. Yes/no questions will go on the ballot in May", false},
		},
		RuleLinkLabel: {{"شاهد أيضاً: بالفيديو.. ازدحام على الشواطئ هرباً من الحر", true}},
	}, func(string) bool { return false }, true)
}
