package boilerplate

import "testing"

// The strings below are made up in the styles sites use; none is copied
// from a benchmark or red-team page.

// TestRulesMoreLanguages checks the labels, marks and sentence ends added
// for more languages: read-also and ad labels, photo credits after a
// caption that ends with a danda or an Arabic semicolon, and article
// sentences that look like them.
func TestRulesMoreLanguages(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Kapcsolódó: Drágul a buszjegy januártól", true},
			{"Прочитајте још: Нова линија аутобуса до центра", true},
			{"Pročitajte još: Nova linija autobusa do centra", true},
			{"আরও পড়ুন", true},
			{"بیشتر بخوانید: افزایش قیمت نان در پایتخت", true},
			{"اقرأ أيضا: افتتاح جسر جديد في المدينة", true},
			{"Lire aussi | Les bus gratuits le dimanche", true},
			{"Leggi anche | Chiude il ponte per lavori", true},
			{"বিজ্ঞাপন", true},
			{"تبلیغات", true},
			{"A cikk a hirdetés után folytatódik", true},
			{"Artiklen fortsætter efter annoncen", true},
			{"Kapcsolódó szabályok szerint a pékségeknek is jár a támogatás.", false},
			{"Lire aussi le rapport de la Cour des comptes, conseille le ministre.", false},
			{"A cikk a hirdetésről szól, amelyet a cég tavaly tett közzé.", false},
		},
		RulePhotoCredit: {
			{"মেলার মাঠে বাউলশিল্পীরা। ছবি: রফিক আহমেদ", true},
			{"بستر خشک رودخانه؛ عکس: مریم احمدی / خبرگزاری", true},
			{"ছবি: সংগৃহীত", true},
			{"Illustrations by Jo Bloggs", true},
			{"ছবি তোলার সময় তিনি বলেন: আমরা খুশি।", false},
			{"او گفت عکس\u200cها را دیروز گرفته است.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestTeaserItemsMoreLabels checks the headlines under a bare "Mehr zum
// Thema" and under a Bengali read-also label, whose subheading stays
// before a sentence that ends with a danda.
func TestTeaserItemsMoreLabels(t *testing.T) {
	checkMarks(t, []markCase{
		{"German", []string{article, "Mehr zum Thema", "Brücken in der Region: Die Prüfliste",
			"Tempolimit nach Brückenprüfung", "Zwei Jahre Umleitung",
			"Die Pendler müssen sich auf zwei Jahre Umleitung einstellen, sagte der Sprecher am Donnerstag."},
			[]string{"", RuleLinkLabel, RuleLinkLabel, RuleLinkLabel, "", ""}},
		{"Bengali", []string{article, "আরও পড়ুন", "জেলা শহরে নাট্য উৎসব শুরু শনিবার", "তিন প্রজন্মের মঞ্চ",
			"এবারের মেলার বিশেষ দিক ছিল তরুণ শিল্পীদের অংশগ্রহণ এবং তারা সারা রাত গান গেয়েছেন।"},
			[]string{"", RuleLinkLabel, RuleLinkLabel, "", ""}},
	})
}

// TestAdCopy checks the text of an ad under an ad marker: it goes when the
// line after it ends the ad, when a short slogan or a proviso ends it, or
// when an ad word is glued to it; an article's paragraph under the marker
// stays, and so does one that quotes speech or ends with a long
// exclamation.
func TestAdCopy(t *testing.T) {
	checkMarks(t, []markCase{
		{"before a notice", []string{article, "ADVERTISEMENT", "Switch to a green tariff and save on your bills",
			"Story continues below advertisement", article},
			[]string{"", RuleLinkLabel, RuleSponsor, RuleLinkLabel, ""}},
		{"before a Hungarian notice", []string{article, "Hirdetés", "Téli gumi akár 30% kedvezménnyel – Gumi Pont",
			"A cikk a hirdetés után folytatódik", article},
			[]string{"", RuleLinkLabel, RuleSponsor, RuleLinkLabel, ""}},
		{"before a button", []string{article, "Sponsored", "Find out how much you could borrow with Acme Loans.",
			"Compare now", article},
			[]string{"", RuleLinkLabel, RuleSponsor, RuleLinkLabel, ""}},
		{"two lines", []string{article, "Advertisement", "Fast broadband for less", "Fibre from £20 a month, no contract.",
			"Story continues below", article},
			[]string{"", RuleLinkLabel, RuleSponsor, RuleSponsor, RuleLinkLabel, ""}},
		{"a slogan", []string{article, "IKLAN", "Dapatkan internet rumah laju pada harga RM89 sebulan. Langgan sekarang!", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"a proviso", []string{article, "Advertisement", "Switch today and save up to $200 a year. Conditions apply.", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"an ad word", []string{article, "Advertisement", "Compare car insurance quotes in minutes – ad", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		// Article text under the marker.
		{"a paragraph", []string{article, "Advertisement", "The council said it would decide on the plan in March.", article},
			[]string{"", RuleLinkLabel, "", ""}},
		{"a subheading", []string{article, "Anzeige", "Pendler rechnen mit längeren Wegen", article},
			[]string{"", RuleLinkLabel, "", ""}},
		{"a long exclamation", []string{article, "Advertisement", "It was, the mayor said, a great day for the whole town!", article},
			[]string{"", RuleLinkLabel, "", ""}},
		{"quoted speech", []string{article, "Advertisement", "“We won! Thank you all!” she shouted.", article},
			[]string{"", RuleLinkLabel, "", ""}},
		{"before a read-more line", []string{article, "Advertisement", "Residents were told the road would reopen in May.",
			"Read more: Bridge repairs delayed again", article},
			[]string{"", RuleLinkLabel, "", RuleLinkLabel, ""}},
		{"beyond reach", []string{article, "Advertisement", "The road will reopen in May, officials said.",
			"Residents were told to use the ferry.", "Drivers face long delays.", "Story continues below", article},
			[]string{"", RuleLinkLabel, "", "", "", RuleLinkLabel, ""}},
		{"no marker", []string{article, "Compare car insurance quotes in minutes – ad", "Story continues below", article},
			[]string{"", "", RuleLinkLabel, ""}},
		{"terms in prose", []string{article, "Advertisement",
			"Critics said the deal's terms applied only to new customers, and conditions apply unevenly.", article},
			[]string{"", RuleLinkLabel, "", ""}},
	})
}

// TestNewsletterSentence checks sign-up requests beyond English in any
// sentence of a short paragraph, and article sentences with the same
// verbs or nouns.
func TestNewsletterSentence(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAppeal: {
			{"Tetszett a cikk? Iratkozzon fel ingyenes hírlevelünkre, és reggelente elküldjük a híreket!", true},
			{"Få de vigtigste nyheder direkte i din indbakke. Tilmeld dig vores gratis nyhedsbrev.", true},
			{"Receba as notícias no seu e-mail. Cadastre-se na nossa newsletter gratuita.", true},
			{"Tilaa uutiskirje ja saat päivän tärkeimmät uutiset aamulla.", true},
			{"Hvad skete der i dag? Her er overblikket. Tilmeld dig vores gratis nyhedsbrev.", true},
			{"Dapatkan berita terkini setiap hari. Langgan buletin kami secara percuma.", true},
			{"Daftar pemilih ditutup minggu lalu, kata pegawai itu.", false},
			{"Tilmeld dig holdet inden fredag, siger træneren.", false},
			{"Han har skrevet et nyhedsbrev til forældrene. Tilmeld dig kurset, skrev han.", false},
			{"A hírlevél szerint a pékségek fele bezár. Iratkozzon fel, mondta nevetve.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestPaywallMeterWithOffer checks a metered paywall's count followed by
// its offer, longer than the other prompts.
func TestPaywallMeterWithOffer(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePaywall: {
			{"Vous avez lu 3 articles gratuits ce mois-ci. Profitez de notre offre : 1 € le premier mois, puis 7,99 € par mois. Sans engagement.", true},
			{"You have read 2 of your 3 free articles this month. Subscribe today for just $1 a week and get unlimited access to all our journalism.", true},
			{"You have to understand that the free article in the contract was never meant to cover the costs of the whole renovation, the lawyer said on Monday.", false},
		},
	}, func(string) bool { return true }, true)
}

// TestSyndicated checks republication notices and article sentences about
// publication.
func TestSyndicated(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleSource: {
			{"This article was originally published on Prairie Health Desk. Read the original article.", true},
			{"This story was produced by the River Desk, a nonprofit newsroom, and is republished here with permission.", true},
			{"The Coast Ledger is a nonprofit newsroom. Its stories may be republished for free under a Creative Commons licence.", true},
			{"This post first appeared on the author's blog.", true},
			{"Cet article a été initialement publié sur le site de La Gazette.", true},
			{"This article was published in Nature last year and cited widely.", false},
			{"The study was originally published in 2019, before the pandemic.", false},
			{"Her photographs were republished by dozens of outlets without permission.", false},
			{"This story was first published, she said, in a small literary magazine.", false},
		},
		RuleLinkLabel: {
			{"Republish this article", true},
			{"Read the original article.", true},
		},
	}, func(name string) bool { return name == RuleSource }, true)
}

// TestFormsAndCounts checks the consent notice of a form, price lists,
// comment counts and the labels of quizzes, comments and galleries, and
// article sentences that look like them.
func TestFormsAndCounts(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLegal: {
			{"By submitting your information you agree to the Terms & Conditions and Privacy Policy.", true},
			{"By signing up, you accept our privacy policy and may unsubscribe at any time.", true},
			{"Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu.", true},
			{"By submitting the bid late, the company agreed to pay a penalty.", false},
			{"By clicking through dozens of menus, the inspectors found the fault.", false},
		},
		RuleLinkLabel: {
			{"Moonhaven: £19.99 at GameShop | £21.99 at Steam | £19.99 at Console Store", true},
			{"$899 at Voltmart | $929 at Hollin & Co", true},
			{"4 comments", true},
			{"12 Kommentare", true},
			{"QUIZ: How well do you know the city's bridges? Test yourself", true},
			{"Take the quiz", true},
			{"Have your say", true},
			{"Join the conversation: comments are subject to our community guidelines.", true},
			{"Galería de fotos", true},
			{"Detached | £472,300 | -1.4% | -4.2%", false},
			{"Prices rose to £24.99 at most shops | analysts", false},
			{"4 comments were removed by the moderators on Monday.", false},
			{"Quizzes and tests will be dropped from the curriculum, the minister said.", false},
		},
	}, func(string) bool { return false }, true)
}
