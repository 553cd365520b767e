package boilerplate

import (
	"strings"
	"testing"
)

// TestCreditsRT60 checks red team 60's credits and labels: a wire's credit
// in brackets ("(MW Photo/Hector Villanueva)"), a caption closed by a
// credit in brackets, a gallery's headline that opens with "Photos:" (no
// credit), podcast platforms after "Follow on" and "Get the", and a
// transcript's provider and caveat.
func TestCreditsRT60(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"(MW Photo/Hector Villanueva)", true}, {"(AP Photo/Jane Doe, File)", true},
			{"(Click the photo/video tab)", false}, {"(Go to photo/video)", false}, {"(Longagency photo/Jane Doe)", false},
			{"Sophie Amaral, shown in her senior photo, was a cross-country runner at Millbrook High School. (Courtesy of the Amaral family)", true},
			{"The school said the money would go to the team. (Courtesy of the Amaral family, which paid for it, said the principal)", false},
			{"The team won the title in 2019. (It lost in 2020.)", false},
			{"Photos: Jane Doe and John Roe", true},
			{"Courtesy of Federal Product Safety Bureau", true},
			{"Courtesy of the city, residents received free bins.", false},
			{"Courtesy of the city and the county and the state and the federal government too", false},
			{"Photos: Floodwaters swallow river towns as the Calder crests at a record height", false},
			{"Photos: Slate roofs in the village of Cerdeirinha, in the Serra. Eleni Vos", true},
		},
		RuleAudio: {
			{"Follow on Pocket Casts", true}, {"Get the RSS feed", true},
			{"Follow on the footpath to the bridge", false}, {"Get the kids to school early", false},
		},
		RuleLinkLabel: {{"Från våra annonsörer", true}},
		RuleDisclaimer: {
			{"Transcript provided by Verbatim Transcription Services, a contractor. This text may not be in its final form and may be updated or revised in the future.", true},
		},
	}, func(string) bool { return false }, true)
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Sentinel staff", true}, {"Hospital staff were told", false},
	} {
		s := lineStats{words: int32(wordCount(tc.s))}
		if got := jobLine(tc.s, &s); got != tc.want {
			t.Errorf("jobLine(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestWideShortRT61: a line in a script of three bytes a character is as
// short as a Latin line of shortLen bytes up to shortLen characters (see
// wideShort), so the rules read it: a Tamil read-more link of 14 words
// and 273 bytes goes. A Georgian breadcrumb is one though its letters are
// lower case to Unicode (see uncasedStart).
func TestWideShortRT61(t *testing.T) {
	const tamil = "மேலும் படிக்க: கோடை வெயில் 106 டிகிரியைத் தாண்டியது: மதிய நேரத்தில் வெளியே செல்ல வேண்டாம் என எச்சரிக்கை"
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel:   {{tamil, true}, {"Kapcsolódó cikk: Hetvenmilliárdos felújítás jöhet a mellékvonalakon", true}},
		RuleWidget:      {{"(END)", true}, {"(The end)", false}},
		RuleBreadcrumb:  {{"მთავარი / ეკონომიკა / ბიზნესი", true}},
		RulePhotoCredit: {{"Сурет: «Дала тынысы» / Дәурен Омаров", true}, {"ფოტო: ნიუსკარი / გიორგი ლომიძე", true}},
	}, func(string) bool { return false }, true)
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{tamil, true},
		{strings.Repeat("a", shortLen+1), false},
		{strings.Repeat("க", shortLen+1), false},                          // more than shortLen characters
		{strings.Repeat("க", wideLen/3+1), false},                         // more than wideLen bytes
		{"x" + tamil, false},                                              // opens with a Latin letter
		{strings.Repeat("é", 130), false},                                 // two bytes a character
		{"க" + strings.Repeat("é", 100) + strings.Repeat("a", 60), false}, // two bytes a character or fewer
		{strings.Repeat("漢", 100), false},                                 // Chinese
		{"க" + strings.Repeat("😀", 255), false},                           // more than wideLen bytes
		{strings.Repeat("க", 200) + strings.Repeat("a", 100), false},      // more than shortLen characters
	} {
		if got := wideShort(tc.s); got != tc.want {
			t.Errorf("wideShort(%.20q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestButtonsRT62: Serbian share and print buttons in Cyrillic, German
// "Zurück", and captions closed by their credit in Nepali ("तस्बिर:"),
// Khmer (its own colon, "រូបថត៖", after its full stop "។") and Russian
// ("Фото автора").
func TestButtonsRT62(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {{"Подели", true}, {"Штампај", true}, {"Подели чланак", true}},
		RuleLinkLabel:  {{"Zurück", true}},
		RulePhotoCredit: {
			{"पहिरो गएको सिमलटार बस्ती । तस्बिर: रमेश गुरुङ", true},
			{"កសិករកំពុងហាលស្រូវនៅឃុំត្រពាំងឈូក ស្រុកអូរស្វាយ។ រូបថត៖ ណុប សុភា", true},
			{"Бетонные блоки на въезде на мост. Фото автора", true},
			{"Он сказал, что это фото автора.", false},
		},
	}, func(string) bool { return false }, true)
}
