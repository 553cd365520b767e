package boilerplate

import "testing"

// TestLabelsRT58 checks red team 58's lines: Welsh share buttons and
// read-more links, Burmese share, copy-link, read-also and tag labels.
func TestLabelsRT58(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {
			{"Rhannu", true}, {"Rhannu ar Facebook", true}, {"Rhannu ar WhatsApp", true}, {"Copïo'r ddolen", true},
			{"Rhannu'r tir yn deg oedd y nod", false},
			{"မျှဝေရန်", true}, {"Facebook တွင် မျှဝေရန်", true}, {"လင့်ခ် ကူးယူရန်", true},
		},
		RuleLinkLabel: {
			{"Darllen mwy: Cynllun i gau tair ysgol wledig yn wynebu her gyfreithiol", true},
			{"Darllen hefyd: Cyngor yn cadarnhau toriadau", true},
			{"ဆက်ဖတ်ရန်", true}, {"ဆက်စပ်သတင်း", true},
			{"ဆက်စပ်သတင်း - ဆီဈေးမြင့်တက်မှုကြောင့် ကုန်စည်ပို့ဆောင်ခ တက်", true},
			{"တဂ်များ - လောင်စာဆီ၊ ဈေးနှုန်း၊ ရန်ကုန်", true},
		},
	}, func(string) bool { return false }, true)
}
