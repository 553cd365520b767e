package boilerplate

import "testing"

// TestLabelsRT59 checks red team 59's lines: an embedded post's widget
// ("View this post on Instagram", "A post shared by ..."), a column's
// advice disclaimer, go-on-after-the-ad lines in European Portuguese and
// Finnish, an Arabic video label, Japanese "recommended" labels.
func TestLabelsRT59(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"View this post on Instagram", true}, {"A post shared by Marisol Vance (@marisolvance)", true},
			{"Watch on TikTok", true}, {"A post shared by the mayor angered residents.", false},
			{"A post shared by thousands of fans on Tuesday night called for the tour to go on, and the promoter agreed within hours.", false},
			{"Continue a ler a seguir à publicidade", true}, {"Teksti jatkuu alla", true},
			{"فيديو | غواصون يثبّتون قطع المرجان في مشتل تحت الماء", true}, {"おすすめ情報", true}, {"おすすめ記事", true},
		},
		RuleDisclaimer: {
			{"This column is for general information only and is not a substitute for medical advice from your own doctor.", true},
			{"This column is the last I will write for the paper after 30 years, and I want to thank you.", false},
		},
	}, func(string) bool { return false }, true)
}
