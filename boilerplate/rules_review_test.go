package boilerplate

import "testing"

// The strings below are made up in the styles sites and articles use;
// none is copied from a benchmark or red-team page. Each test holds
// article lines that rules written for boilerplate took, next to the
// boilerplate those rules must still take.

// TestAdCopyReview checks that an article's paragraph under an ad marker
// stays when it only mentions a free trial or a saving, while an ad's
// pitch to the reader goes.
func TestAdCopyReview(t *testing.T) {
	checkMarks(t, []markCase{
		{"free trial", []string{article, "Advertisement",
			"The app offers a seven-day free trial, after which it costs £9.99 a month or £60 a year.", article},
			[]string{"", RuleLinkLabel, "", ""}},
		{"could save", []string{article, "Advertisement",
			"Customers on standard variable tariffs will see the change automatically, but analysts say switching to a fixed deal is still worth it: you could save more than £200 a year.",
			article}, []string{"", RuleLinkLabel, "", ""}},
		{"book now", []string{article, "Advertisement",
			"Tour operators said the message to families was simple: book now or pay far more in August.", article},
			[]string{"", RuleLinkLabel, "", ""}},
		{"inside a clause", []string{article, "Advertisement", "Analysts say households should see how much they pay for standing charges each year.",
			article}, []string{"", RuleLinkLabel, "", ""}},
		{"quote pitch", []string{article, "Advertisement", "Thinking of going solar? Get a quote from local installers in minutes.",
			article}, []string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"find-out pitch", []string{article, "Advertisement", "Find out how much you could borrow. Compare mortgage deals from over 90 lenders.",
			article}, []string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"claim pitch", []string{article, "Advertisement", "Claim your free welcome pack when you open an account before Friday.",
			article}, []string{"", RuleLinkLabel, RuleSponsor, ""}},
	})
}

// TestAccessOfferReview checks that an article's sentence about the price
// of a subscription stays when its subject is the readers, while an offer
// addressed to the reader goes.
func TestAccessOfferReview(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePaywall: {
			{"Seit Januar kostet das Digitalabo 14,99 € im Monat, dafür können Leser alle Artikel der Zeitung und das E-Paper lesen.", false},
			{"Readers now pay $5 a month for access to all articles on the website and a daily newsletter, and about 4,000 have signed up so far.", false},
			{"Subscribers get every article for £2 a week under the new plan, which starts in March.", false},
			{"Für 9,99 € im Monat lesen Sie alle Artikel und das E-Paper.", true},
			{"Get all articles for $1 a week for your first year.", true},
			{"Leia todos os artigos do site por 4,99 € por mês, com vantagens exclusivas para assinantes.", true},
			{"Or subscribe for all our journalism and the digital edition from £9.99 a month.", true},
		},
	}, func(r string) bool { return r == RulePaywall }, true)
}

// TestPaywallAlreadyReview checks that a Nordic article sentence opening
// with an "already a customer?" question stays, while the sign-in prompt
// goes.
func TestPaywallAlreadyReview(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePaywall: {
			{"Är du redan kund? Då behöver du inte göra något, eftersom alla konton flyttas automatiskt till det nya systemet.", false},
			{"Allerede medlem? Da får du rabatten automatisk på neste faktura fra strømselskapet ditt, uten å søke.", false},
			{"Redan prenumerant? Logga in här för att läsa vidare.", true},
			{"Allerede abonnent? Klikk her", true},
			{"Already a subscriber? Sign in to keep reading this story.", true},
		},
	}, func(r string) bool { return r == RulePaywall }, true)
}

// TestCreditReview checks that an interviewer's questions in a Chinese
// Q&A, written without a question mark, and an English one in title case
// stay, while the credits go.
func TestCreditReview(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleSource: {
			{"记者：今年全市老旧小区改造进展如何", false},
			{"记者：居民最关心哪些问题", false},
			{"Reporter: Where Did You Go", false},
			{"Reporter: How Did It Start", false},
			{"记者：欧阳明远", true},
			{"来源：人民日报客户端", true},
			{"Reporter: Andrew Wells", true},
		},
	}, func(string) bool { return true }, true)
}

// TestPodcastReview checks that an article's paragraph about a podcast
// that ends with where to listen stays, while an episode's promo goes.
func TestPodcastReview(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAudio: {
			{"The genre's biggest hit of the year, a podcast about a cold case in rural Ohio, has been downloaded more than 40 million times. Listen on Spotify, Apple Podcasts and YouTube.", false},
			{"The podcast grew out of a newsroom project. It now has a team of six and a weekly audience of two million. Listen on Spotify or Apple Podcasts.", false},
			{"New podcast episode out today. Listen on Spotify and Apple Podcasts.", true},
			{"Our new podcast is out now. Listen on Spotify and Apple Podcasts.", true},
			{"This week on the podcast, our health editor asks whether the new weight-loss drugs are worth the hype. Listen on Spotify, Apple Podcasts or wherever you get your podcasts.", true},
		},
	}, func(string) bool { return true }, true)
}

// TestCreditInInterview checks that a question of an interview that
// looks like a credit ("Reporter: And Now", a name-like phrase after a
// staff label) stays when the next paragraph is the answer, opened by a
// speaker's label, and that a credit at the article's end goes.
func TestCreditInInterview(t *testing.T) {
	lines := []string{
		"Maria Lopez, 54, lost her home when the river burst its banks in March. She spoke to our reporter about the night the water came.",
		"Reporter: And Now",
		"Lopez: Now we are back, but the house still smells of mud, and the council says the new flood wall will be finished next year.",
		"The council said the wall would cost four million pounds and would protect two hundred homes on the lower road.",
		"Reporter: Jane Doe",
	}
	d := blockDoc(lines...)
	Default().Mark(d)
	if p := d.Paragraphs[1]; !p.Kept() {
		t.Errorf("question %q removed (%s)", p.Text, p.Removal.Rule)
	}
	if p := d.Paragraphs[4]; p.Kept() {
		t.Errorf("credit %q kept", p.Text)
	}
}
