package boilerplate

import "testing"

// TestLabelsRT34: read-also labels, ad markers and caption credits of
// seven more languages, and an ad's line that ends with a telephone
// number under an ad marker; and the article lines like them that stay.
func TestLabelsRT34(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Лыддьы тшӧтш: Сьӧдъягын выль фельдшерско-акушерскӧй пункт восьтасны", true},
			{"Тыгак лудса: Шернур кундемыште «Пеледыш пайрем» кузе эртен", true},
			{"Бас умштн: Элстд «Цаһан сар» нәәрин белдвр эклв", true},
			{"ГЬЕДИНГО ЦӀАЛЕАЛ: Бакълъулъ цӀияб школа рагьана", true},
			{"Иара убас шәаԥхьа: Гәдоуҭа араион аҿы амҩа ҿыцқәа рыргылара иалагеит", true},
			{"Kenkan nso: Ahenkro Mansin: Akuafoɔ nya nnɔbae aba foforɔ fi aban hɔ", true},
			{"ᐊᓯᖏᑦ ᐅᖃᓕᒫᒐᒃᓴᑦ: ᐃᖃᓗᖕᓂ ᐃᓕᓐᓂᐊᕐᕕᒃ ᓄᑖᖅ", true},
			{"ད་རུང་ ལྷག། ལྷུན་རྩེ་རྫོང་ཁག་ནང་ ལམ་གསརཔ་ ཁ་ཕྱེ་ཡི།", true},
			{"Рекламе", true},
			{"Ареклама", true},
			{"ཁྱབ་བསྒྲགས།", true},
			{"Kenkan nso na ɔkaa sɛ ɔbɛsan aba.", false},
		},
		RulePhotoCredit: {
			{"Ашкол ҿыц аартраан. Асахьа: Алхас Ҷаниа", true},
			{"ЦӀоралъ росулъ цӀияб кран. Сурат: Мурад Гъазиев", true},
		},
	}, func(string) bool { return false }, true)
}

// TestAdPhoneEnd: right under an ad marker, a line that ends with a
// telephone number is the ad's; elsewhere, or with a short number, the
// line stays.
func TestAdPhoneEnd(t *testing.T) {
	ad := "Пластик окна да омса. Ошмарийыште. Тел. 8-927-880-14-22"
	checkMarks(t, []markCase{
		{"under a marker", []string{article, "Реклама", ad, article}, []string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"under no marker", []string{article, article, ad, article}, []string{"", "", "", ""}},
		{"a short number", []string{article, "Реклама", "Пластик окна да омса. Ошмарийыште. Тел. 2-14-22", article},
			[]string{"", RuleLinkLabel, "", ""}},
	})
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Call 0161 555 0100", true}, {"Tel. (0161) 555-0100", true}, {"Since 1946", false},
		{"Рейс 12345", false}, {"Open 9-5", false}, {"Tel. 8-927-880-14-22.", false},
	} {
		if got := phoneEnd(c.s); got != c.want {
			t.Errorf("phoneEnd(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestButtonsCreditsRT34: a photo essay's print buttons and its
// photographer's credit for an outlet, a map placeholder, a link to a
// file with its type, a site's name and address, an advertising link, a
// PDF reader's notice; and the lines like them that stay.
func TestButtonsCreditsRT34(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"Iris Tamvakis for The Coastline Review", true},
			{"Jane Q. Roe for The Ledger", true},
			{"Fight for The Future", false},                                              // one word before
			{"Mayor Calls for Calm", false},                                              // no "The"
			{"Iris Tamvakis writes for The Coastline Review", false},                     // a verb
			{"Iris Tamvakis for The Coastline Review and The Daily Ledger Group", false}, // a long outlet
		},
		RuleLinkLabel: {
			{"Buy a print", true},
			{"Tap to expand radar", true},
			{"View detour map (PDF, 1.2 MB)", true},
			{"Annual report 2025 [PDF]", true},
			{"Agenda (docx, 245 KB)", true},
			{"Advertise with Lakeside Media", true},
			{"The council published its report (PDF, on its website) on Monday", false},
			{"Agenda (docx, two pages)", false}, // no size
			{"Report(pdf)", false},              // no space before the bracket
		},
		RuleURL: {
			{"Dyffryn Weekly · dyffrynweekly.co.uk", true},
			{"The Ledger | ledger.example.com", true},
			{"Read the story at dyffrynweekly.co.uk", false},    // no separator
			{"the weekly paper · dyffrynweekly.co.uk", false},   // no name
			{"Harbour Seals Return dyffrynweekly.co.uk", false}, // no separator
		},
		RuleCaption: {
			{"[Interactive radar map]", true},
		},
		RuleNotice: {
			{"PDFファイルをご覧いただくには、Adobe Acrobat Reader（無償）が必要です。", true},
			{"To view PDF files you need Adobe Acrobat Reader, available free from Adobe's website.", true},
			{"To view PDF files of the budget, residents can visit the town hall.", false}, // no reader
		},
	}, func(rule string) bool { return rule == RuleNotice }, true)
}

// TestPhraseFirst: a headline that names a date is no dateline, and the
// title search takes it; datelines stay datelines.
func TestPhraseFirst(t *testing.T) {
	numLangs()
	for _, c := range []struct {
		s    string
		want bool // byline
	}{
		{"Weekend service changes for Saturday, May 18 and Sunday, May 19", false},
		{"Your weekly horoscope: April 7 to April 13", false},
		{"Posted Thursday, May 16, 2024", true},
		{"Last updated on March 3, 2026", true},
		{"Published: 18 May 2024 | Updated: 19 May 2024", true},
		{"May 18, 2024 | Staff report", true},
		{"Staff report, May 18, 2024", true}, // two words first
	} {
		if got := byline(c.s); got != c.want {
			t.Errorf("byline(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestSwitchersWeatherRT34: a language switcher's row and a weather
// widget's line; and the lines like them that stay.
func TestSwitchersWeatherRT34(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"English | Français", true},
			{"EN / FR / DE", true},
			{"МагӀарулалъ | По-русски", true},
			{"English | Maths | Science", false},              // one in three
			{"AR/VR", false},                                  // a code and a word: a topic
			{"EN | Sport", false},                             // a code and a word
			{"English | The council's report in full", false}, // a long item
		},
		RuleWidget: {
			{"Аски Сьӧдъягын: +2 °С, зэр", true},
			{"Millhaven today 11°C, light showers", true},
			{"Tomorrow 54 °F", true},
			{"Temperatures will reach 30°C on Friday.", false}, // a sentence
			{"The pipe bends at 90° here", false},              // no scale
			{"Heat the oven to °C", false},                     // no figure
		},
	}, func(rule string) bool { return false }, true)
}

// TestJapaneseContact: an official Japanese page's contact block after
// its last sentence goes, a sentence of Chinese or Japanese counting as
// one by its characters; a short Japanese line is no sentence.
func TestJapaneseContact(t *testing.T) {
	body := []string{
		"東浦見市は、2021年3月に閉校した旧北小学校の校舎を改修し、地域の交流拠点として4月1日に開所すると発表しました。",
		"参加は無料で、申し込みは不要です。当日は午前10時から記念式典を行います。",
	}
	contact := []string{"このページに関するお問い合わせ：", "企画部 地域振興課 地域づくり係", "〒289-0391 東浦見市本町一丁目1番1号 市役所本庁舎3階"}
	d := doc(append(append([]string{}, body...), contact...)...)
	MarkReleaseTrailers(d)
	for i, p := range d.Paragraphs {
		if want := i >= len(body); p.Kept() == want {
			t.Errorf("%q kept %v, want %v", p.Text, p.Kept(), !want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{body[1], true},
		{"開館時間：午前9時から午後9時まで。", false}, // too short
		{"施設情報", false},
	} {
		if got := isSentenceLike(c.s, contentWords); got != c.want {
			t.Errorf("isSentenceLike(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestTrialTermsRT34: a free trial's call before its terms, and the
// buttons of a trial and a membership; a sentence that reports a trial
// stays.
func TestTrialTermsRT34(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleSponsor: {
			{"Start your 14-day free trial. Cancel anytime.", true},
			{"Try it free for 14 days. No credit card required.", true},
			{"Cancel anytime.", false}, // the terms alone
			{"Users can start your free trial on the site, the company said. Cancel anytime.", false},
		},
		RuleLinkLabel: {
			{"Start your free trial", true},
			{"Join now", true},
		},
	}, func(rule string) bool { return rule == RuleSponsor }, true)
}

// TestRateWidgetRT35: a rate comparison widget's fields and buttons; a
// sentence with a rate stays.
func TestRateWidgetRT35(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"5.15% AER variable", true},
			{"6.9% APR representative", true},
			{"Min. deposit £100", true},
			{"Minimum deposit: $500", true},
			{"Rates rose 5.15%.", false},      // no kind
			{"Min. deposit rules", false},     // no sum
			{"Inflation 4% APR", true},        // the rule's limit: a rate with its kind
			{"About 5.15 percent AER", false}, // no sign
			{"Top 5 at % AER", false},         // no figure before the sign
		},
		RuleLinkLabel: {
			{"Go to site", true},
			{"View larger map", true},
			{"Report a map error", true},
			{"Compare rates", true},
		},
	}, func(rule string) bool { return rule == RuleWidget }, true)
}

// TestCountdownRT35: a countdown widget's fields, each beside another in
// another unit; a count of days alone stays.
func TestCountdownRT35(t *testing.T) {
	checkMarks(t, []markCase{
		{"countdown", []string{article, "Countdown to Saltmarsh 2025", "200 DAYS", "13 HOURS", "42 MINS", "09 SECS", article},
			[]string{"", "", RuleWidget, RuleWidget, RuleWidget, RuleWidget, ""}},
		{"a cell alone", []string{article, "Duration", "3 days", article}, []string{"", "", "", ""}},
		{"two of one unit", []string{article, "3 days", "4 days", article}, []string{"", "", "", ""}},
	})
}

// TestSearchFormRT35: a search form's fields and filters.
func TestSearchFormRT35(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Keyword", true},
			{"Clear filters", true},
			{"Category: All categories", true},
			{"Published within: Last 7 days", true},
			{"Sorted by: Rate (highest first)", true},
			{"Keywords matter less than links, the study found.", false},
		},
	}, func(string) bool { return false }, true)
}
