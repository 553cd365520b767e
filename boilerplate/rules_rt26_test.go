package boilerplate

import "testing"

// TestCreditAdAuthorLabels26: photo credits after a caption, ad markers
// and authors' labels in Kannada, Malayalam, Punjabi, Pashto, Tajik and
// Kinyarwanda; bylines of a compiler, a producer, a reporter.
func TestCreditAdAuthorLabels26(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Kwamamaza", true},
			{"اعلان", true},
			{"Kwamamaza ibicuruzwa byabo ku isoko rya Kimironko byagabanutse cyane.", false},
		},
		RulePhotoCredit: {
			{"ನಗರದ ಹೊರವಲಯದಲ್ಲಿ ನೀರಿನ ಟ್ಯಾಂಕರ್\u200cಗಳ ಸಾಲು. ಚಿತ್ರ: ರವಿ ಕುಮಾರ್", true},
			{"ചിത്രം: വള്ളംകളിയുടെ ഫൈനൽ മത്സരം", true},
			{"ഫൈനലിൽ കുതിക്കുന്ന ചുണ്ടൻ വള്ളങ്ങൾ. ചിത്രം: ജോസ് മാത്യു", true},
			{"ਮੰਡੀ ਵਿੱਚ ਬੋਰੀਆਂ ਦੇ ਢੇਰ ਕੋਲ ਬੈਠੇ ਕਿਸਾਨ। -ਫੋਟੋ: ਹਰਜੀਤ ਸਿੰਘ", true},
			{"د پولې دروازې ته نږدې ولاړ موټر. انځور: احمد ولي", true},
		},
	}, func(string) bool { return false }, true)
	for _, s := range []string{"لیکوال: نجیب الله احمدزی", "ਲੇਖਕ: ਹਰਜੀਤ ਸਿੰਘ", "Муаллиф: Фарида Раҳимова", "Umwanditsi: Jean Mugisha",
		"Compiled by Sentinel staff", "Reported by Tom Hale"} {
		if !byline(s) {
			t.Errorf("byline(%q) = false, want true", s)
		}
	}
	if s := "Compiled by the county, the figures show a rise"; byline(s) {
		t.Errorf("byline(%q) = true, want false", s)
	}
}

// TestAdCallAfterDash: an ad under its marker whose call is glued to it
// by a dash, with a phone number, an exclamation or a price, or that names
// its brand in guillemets, goes; a subheading with a dash, an aside and
// quoted speech stay.
func TestAdCallAfterDash(t *testing.T) {
	ad, stays := adUnderMarker, articleUnderMarker
	checkMarks(t, []markCase{
		ad("a phone", "ADVERTISEMENT", "Get 20% off solar panels this month – Call 0803 000 1122"),
		ad("an exclamation", "Kwamamaza", "Fungura konti y'ubwizigame muri Banki y'Umurenge – inyungu ya 7% ku mwaka!"),
		ad("a price", "ಜಾಹೀರಾತು", "ಕೇವಲ ₹499ಕ್ಕೆ ಮನೆಗೆ ವಾಟರ್ ಪ್ಯೂರಿಫೈಯರ್ ಸರ್ವಿಸ್ – ಈಗಲೇ ಬುಕ್ ಮಾಡಿ"),
		ad("a brand in guillemets", "Реклама", "Кредити истеъмолӣ аз 18% – «Бонки Ҳисор». Муфассал дар сомона"),
		stays("a subheading", "Advertisement", "Budget 2027 – what changes"),
		stays("a price in a subheading", "Advertisement", "Rents up 12% – what tenants can do"),
		stays("a full stop", "Advertisement", "Sales rose to £20m in the quarter – a record."),
		stays("two dashes", "Advertisement", "Fernhill Bikes – the cycle chain – cut prices to £20 – book now"),
		stays("quoted speech", "Реклама", "«Мы победили!» – сказала тренер 18 раз подряд"),
		stays("a long tail", "Advertisement", "Prices from £20 – what the new tariff means for households in the north"),
		stays("a list after a dash", "Advertisement", "Rents from £900 – Leeds, York, Hull"),
		stays("a series' part", "Advertisement", "Rents from £900 – a guide – part two"),
		stays("a question after a dash", "Advertisement", "Rents from £900 – can you afford it?"),
		stays("one word after a dash", "Advertisement", "Rents from £900 – why"),
	})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"«Бонки Ҳисор» ва «Ориёнбонк»", true},
		{"Shop at “Green Acre Stores” now", true},
		{"“We won!” she shouted.", false},
		{"“Yes, We Can” was the slogan", false},
		{"Shop at “The Best Little Shop Ever” now", false},
		{"«the best in town» they say", false},
		{"an open “quote", false},
	} {
		if got := quotedNames(tc.s); got != tc.want {
			t.Errorf("quotedNames(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestBodyBridgeBoxEnd guards boxEnd: a box below the article's first
// part whose header, headline and ad the rules removed is bridged, and the
// subheading and the sentence of figures under it, which the prose test
// misses, stay with the article as its next part; the box's lines go.
func TestBodyBridgeBoxEnd(t *testing.T) {
	lines := removedBoxPage(4, "Read more:", "Rival snack maker cuts its forecast as shoppers switch to store labels",
		"Advertisement", "Harrowgate Garden Centre – Spring bulbs from £2 a bag. Open every day.",
		"The quarter in figures",
		"Snacks sales $412m, up 7%; frozen sales $198m, down 3%; gross margin 31.5%, up 2 points.")
	first, last := lineAt(lines, "Halden Foods raised"), lineAt(lines, "The stock had fallen")
	box, ad := lineAt(lines, "Read more:"), lineAt(lines, "Harrowgate")
	checkMarkerKept(t, "box end", Default(), lines, func(i int) bool {
		return i == 3 || first <= i && i <= last && (i < box || i > ad)
	})
	// A headline the rules kept after the removed lines is the box's.
	lines = removedBoxPage(4, "Read more:", "Advertisement",
		"Harrowgate Garden Centre – Spring bulbs from £2 a bag. Open every day.",
		"Rival snack maker cuts its forecast as shoppers switch to store labels")
	first, last = lineAt(lines, "Halden Foods raised"), lineAt(lines, "The stock had fallen")
	box, head := lineAt(lines, "Read more:"), lineAt(lines, "Rival snack")
	checkMarkerKept(t, "headline after the box", Default(), lines, func(i int) bool {
		return i == 3 || first <= i && i <= last && (i < box || i > head)
	})
}

// TestSponsorHeadsAndHashtags: a heading that ends with a sponsor verb
// and the sponsor's copy under it go, as do a row of hashtags, an ad
// marked by a hashtag and a messenger's row of reactions; a sentence that
// ends with "by" after a full stop, a heading and a hashtag in a sentence
// stay.
func TestSponsorHeadsAndHashtags(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleSponsor: {
			{"** TODAY'S MORNING LINE IS SUPPORTED BY", true},
			{"This week's briefing is brought to you by", true},
			{"Diese Folge wird präsentiert von", true},
			{"Unser Newsletter wird unterstützt von", true},
			{"Nuestro boletín es patrocinado por", true},
			{"The new ferry service between the two islands is fully supported by", false},
			{"#реклама Окна ПВХ от производителя! Замер бесплатно, монтаж за 1 день.", true},
			{"#Anzeige Die neue Kollektion ist da", true},
			{"The plan, the mayor said, was backed by.", false},
			{"Supported by a grant, the study ran for two years and followed 4,000 children", false},
			{"#MeToo changed how the company handles complaints", false},
		},
		RuleLinkLabel: {
			{"#Заречинск #мост #ремонт #транспорт", true},
			{"#climate #COP31", true},
			{"#ad", true},
			{"## Results", false},
			{"#1 seed", false},
		},
		RuleShareLabel: {
			{"👍 208  😢 96  🤬 74  🔥 11  🤔 9", true},
			{"👍 1 😢 2 🤬 3 🔥 4 🤔 5 😱 6 🙏 7 ❤ 8 👎 9", false},
		},
	}, func(string) bool { return false }, true)
	checkMarks(t, []markCase{
		{"a sponsor's copy", []string{article, "** TODAY'S NEWSLETTER IS SUPPORTED BY",
			"Harbourside Credit Union - Savings that stay local. Open an account in 10 minutes. Find out more", article},
			[]string{"", RuleSponsor, RuleSponsor, ""}},
		{"the article under a sponsor head", []string{article, "Sponsored by",
			"The council approved the budget on Monday after a long debate that ran past midnight, the mayor said.", article},
			[]string{"", RuleSponsor, "", ""}},
	})
}
