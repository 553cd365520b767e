package boilerplate

import "testing"

// TestCreditsRT67 checks red team 67's credits: a caption whose credit
// mark follows a slash ("… / Foto: Name/Outlet", Korean "… /사진=Outlet";
// see creditPrecedes), not a line whose slash joins two words before a
// word that is no mark.
func TestCreditsRT67(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"Marina u Pelješcu prošle je godine imala rekordnih 800 tisuća noćenja / Foto: Ivo Radić/Jadranski list", true},
			{"The harbour at Kelso Point last summer / Photo: Ivan Peric/Coast Today", true},
			{"21일 해솔시 중앙시장의 한 점포 앞에 ‘임대 문의’ 안내문이 붙어 있다. /사진=한빛경제 DB", true},
			{"Readers can choose print/photo subscriptions at the same price from next month", false},
		},
	}, func(string) bool { return false }, true)
}
