package boilerplate

import "testing"

// TestCreditsAndPromptsRT55 checks red team 55's credits and prompts: a
// photographer of the outlet's own staff after a slash ("Dana Whitcomb /
// Courier staff"), a press-release wire's photo credit ("(PRNewsfoto/Acme)"), a form's consent after "By providing", and a paywall's
// prompt followed by its offer, up to meterWords words in all, and the
// Slovenian and Hebrew share, save, copy-link and text-size buttons, and
// Argentina's "read also" in the voseo ("Mirá también") and Hebrew's
// "read more:" before a headline.
func TestCreditsAndPromptsRT55(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleCaption: {
			{"Heat pump production line at the new plant (PRNewsfoto/Corvalis Thermal Systems, Inc.)", true},
			{"The plant's line (Newsfoto/Corvalis)", true},
			{"The plant's line (news/Corvalis)", false},
		},
		RulePhotoCredit: {
			{"Dana Whitcomb / Courier staff", true},
			{"Dana Whitcomb / Courier Staff", true},
			{"Dana Whitcomb / staff", false},
		},
		RuleShareLabel: {
			{"Shrani", true},
			{"Shrani članek", true},
			{"שתפו", true},
			{"העתקת קישור", true},
			{"הגדלת טקסט", true},
		},
		RuleLinkLabel: {
			{"WATCH | Residents describe leaving as flames approached:", true}, // red team 53's leftover
			{"Watch | the river rises", true},
			{"Mirá también", true},
			{"Leé también", true},
			{"Ver ofertas", true},     // an ad's button
			{"Uzzināt vairāk", true},  // Latvian: learn more
			{"לפרטים לחצו כאן", true}, // Hebrew: for details click here
			{"קראו עוד: לקראת עונת השריפות: האם היישובים בצפון מוכנים?", true},
		},
		RuleLegal: {
			{"By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.", true},
			{"By providing shelter to the families, the council said it had kept its promise.", false},
		},
		RulePaywall: {
			{"This story is available exclusively to Ledger Prime subscribers. Unlock 500+ premium stories a month, stock reports and the daily ePaper.", true},
			{"This story is about the subscribers of the local paper and the reporters who cover the council, the schools and the courts for them. It is available to everyone.", false},
			{"This story is available exclusively to Ledger Prime subscribers, who can read it with more than five hundred other premium stories, stock reports and the daily ePaper every month.", false}, // a first sentence of more than 20 words
		},
	}, func(string) bool { return false }, true)
}

// TestLeftoversRT55 checks lines earlier red teams left: a Polish video's
// play button, the credits of a rendering in Slovak and of a photo in
// Tamil, and a Chinese market story's risk warning (no investment
// advice); a line that opens like the warning and gives none stays.
func TestLeftoversRT55(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget:      {{"Odtwórz", true}, {"Odtwórz swoje wspomnienia z dzieciństwa w ogrodzie", false}},
		RulePhotoCredit: {{"Vizualizácia: NDS", true}, {"படம்: சிறப்பு ஏற்பாடு", true}},
		RuleDisclaimer: {
			{"风险提示：本文所提供资讯仅供参考，不构成任何投资建议。投资者据此操作，风险自担。", true},
			{"风险提示：市场有风险，投资需谨慎。", true},
			{"风险提示：气象部门发布暴雨预警，请市民减少外出。", false},
		},
	}, func(string) bool { return false }, true)
}

// TestLabelsRT56 checks red team 56's labels: a broadcaster's image
// source and caption labels in Hausa, Yoruba, Swahili and Somali, Hausa
// and Yoruba share buttons, and
// Yoruba's advertisement label and "read also:".
func TestLabelsRT56(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"Asalin hoton, Getty Images", true},
			{"Bayanan hoto, Layin motoci a wani gidan mai da ke kan titin Zariya", true},
			{"Àkọlé àwòrán, Àwọn oníṣòwò ní ọjà", true},
			{"Chanzo cha picha, Getty Images", true},
			{"Asalin hotonsu da aka dauka a shekarar 1990 ya bace gaba daya a cikin gobarar.", false},
		},
		RuleShareLabel: {{"Raba wannan labarin", true}, {"Pín ìròyìn yìí", true}},
		RuleLinkLabel: {
			{"Ìpolówó ọjà", true},
			{"Ẹ tún ka: Àwọn ọlọ́kadà fẹ̀hónú hàn nítorí owó", true},
		},
	}, func(string) bool { return false }, true)
}

// TestCreditOverNoticeRT56: an editor's credit over the page's notice
// ("责任编辑：陈雨桐", then "声明：本文为…原创稿件，转载请注明出处。") is a
// credit, not an interview's question over its answer (see speakerNext),
// and the notice goes as a disclaimer; a question over an answer stays.
func TestCreditOverNoticeRT56(t *testing.T) {
	all := Rules()[0]
	for _, tc := range []struct {
		lines []string
		at    int
		rule  string // "" when kept
	}{
		{[]string{article, "责任编辑：陈雨桐", "声明：本文为南岭新闻网原创稿件，转载请注明出处。如涉及版权问题，请联系本网处理。"}, 1, RuleSource},
		{[]string{article, "责任编辑：陈雨桐", "声明：本文为南岭新闻网原创稿件，转载请注明出处。如涉及版权问题，请联系本网处理。"}, 2, RuleDisclaimer},
		{[]string{article, "Editor: Dewi Anggraini", "Source: Antara"}, 1, RuleSource},
		{[]string{article, "Reporter: And what happened next?", "Lopez: We drove to the river and waited."}, 1, ""},
	} {
		d := newDoc(tc.lines...)
		r, ok := all.Match(d, tc.at)
		if got := map[bool]string{true: r.Rule}[ok]; got != tc.rule {
			t.Errorf("%q: rule %q, want %q", tc.lines[tc.at], got, tc.rule)
		}
	}
}

// TestBackToTopRT56: "back to top" in Chinese, Japanese and Korean.
func TestBackToTopRT56(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{RuleLinkLabel: {{"返回顶部", true}, {"回到頂部", true}, {"ページトップへ", true}}},
		func(string) bool { return false }, true)
}
