package boilerplate

import "testing"

// TestLabelsRT58 checks red team 58's lines: Welsh share buttons and
// read-more links, Burmese share, copy-link, read-also and tag labels,
// Malayalam read-also, scroll-to-read-on lines of Punjabi, Malayalam and
// Burmese, a button's call ("Tap to see ..."), the author's holdings, a
// call to the outlet's live blog after "Want more ...?".
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
			{"ഇതുകൂടി വായിക്കൂ: സംസ്ഥാനത്ത് അടുത്ത അഞ്ച് ദിവസം കൂടി മഴ തുടരും", true},
			{"ਸਕ੍ਰੋਲ ਕਰਕੇ ਖ਼ਬਰ ਜਾਰੀ ਰੱਖੋ", true}, {"പരസ്യം - വായന തുടരാൻ സ്ക്രോൾ ചെയ്യുക", true},
			{"ဆက်လက်ဖတ်ရှုရန် အောက်သို့ ဆွဲချပါ", true},
			{"Tap to see the latest on Interactive Radar", true}, {"Tap here to get our newsletter", true},
			{"Tap to see the list of apps, then pick the one you want to clear.", false},
			{"Tap to see the list of apps.", false},
			{"Tap here to see the full list of the county's shelters and their opening hours tonight", false},
		},
		RuleAffiliate: {
			{"Disclosure: The author holds BTC and ETH. ChainLedger Daily's editorial team adheres to a strict set of editorial policies.", true},
			{"Disclosure: I have no position in any stock mentioned.", true},
			{"Disclosure: the fund holds no shares in the company, its manager said in a filing.", false},
			{"Disclosure of the author's holdings is required by the new rules, the regulator said.", false},
		},
		RuleAppeal: {
			{"Want more transfer news? Follow our live Transfer Centre blog for updates throughout the day", true},
			{"Want more proof? Follow the money, the prosecutor told the jury.", false},
			{"Want more from your garden this year? Follow these five steps to better soil", false},
			{"Want more space? Get rid of the old sofa first.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestEstimatedLengthRT58: "Estimated length: 5 minutes" is a reading
// time.
func TestEstimatedLengthRT58(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"estimated length: 5 minutes", true}, {"estimated reading time: 4 min", true},
		{"estimated length: 5 miles", false},
	} {
		if got := readingTime(tc.s); got != tc.want {
			t.Errorf("readingTime(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
