package boilerplate

import "testing"

// TestSiteNotes22: the notes of red team 22's pages (the outlets are
// invented), each beside an article's sentence with the same words.
func TestSiteNotes22(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleCopyright: {
			{"掲載の記事・写真・図表などの無断転載を禁止します。著作権は南海日日新聞社またはその情報提供者に属します。", true},
			{"版权所有 © 2026 南方日报", true},
			{"<저작권자 © 한빛일보, 무단전재 및 재배포 금지>", true},
			{"SNSでの無断転載が問題になっており、出版社は対策を検討している。", false},
		},
		RuleLinkLabel: {
			{"Kup teraz", true},
			{"天気・防災の最新ニュースはこちら", true},
			{"詳しくはコチラ →", true},
			{"会場はこちら。", false},
			{"जाहिरात", true},
			{"ప్రకటన", true},
			{"ಜಾಹೀರಾತು", true},
			{"जाहिरात धोरणाबाबत मंत्र्यांनी सोमवारी निवेदन दिले.", false},
		},
		RuleSource: {
			{"Staff and wire reports", true},
			{"From staff and wire reports.", true},
			{"Staff and wire reports say the plant will close in March.", false},
			{"Contributing: Associated Wire Service", true},
			{"Contributing factors: the weather and the late start were blamed.", false},
		},
		RuleAudio: {
			{"▶ Odtwórz odcinek (32:14)", true},
			{"Odtwórz odcinek, który nagraliśmy w sądzie, a usłyszysz wszystko – mówi adwokat.", false},
		},
		RulePaywall: {
			{"Pozostało 80% artykułu", true},
			{"You have 80% of this article left to read", true},
			{"Pozostało 80% mieszkańców, a reszta wyjechała – mówi sołtys.", false},
			{"Ten artykuł jest dostępny tylko dla subskrybentów. Wykup dostęp, by czytać bez ograniczeń.", true},
			{"Ten artykuł jest częścią cyklu o samorządach, który publikujemy od stycznia.", false},
			{"Subskrypcja cyfrowa od 9,90 zł/mies.", true},
			{"Masz już subskrypcję? Zaloguj się", true},
			{"Czytaj dalej po zalogowaniu – zaloguj się lub załóż konto.", true},
			{"Czytaj dalej, co sąd napisał w uzasadnieniu wyroku o przetargu na halę sportową.", false},
			{"Masz już dość? – zapytał sędzia oskarżonego, który od godziny milczał.", false},
			{"Sie haben das Ende des kostenlosen Teils erreicht. Lesen Sie weiter mit WL+ – alle Artikel, das E-Paper und exklusive Hintergründe aus Ihrer Region.", true},
			{"You have reached the end of the free preview. Subscribe to keep reading.", true},
			{"Vous avez atteint la fin de la partie gratuite de cet article.", true},
			{"You have a free preview of the new model in the showroom until Friday, the dealer said.", false},
			{"Sie haben den kostenlosen Teil der Anlage am Montag besichtigt, sagte der Bürgermeister.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestAdCopyPitches: ads under an ad marker that invite the reader in
// ("Visit our showroom", "Stop by our branch", "Vieni a trovarci"), start
// a trial or offer a price for a short time; the article's paragraph
// under a marker that says the same words in a reported or dated clause
// stays.
func TestAdCopyPitches(t *testing.T) {
	checkMarks(t, []markCase{
		{"visit our", []string{article, "Advertisement", "Harwick Motors – 0% finance on selected models. Visit our showroom on the Retail Park today.", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"stop by", []string{article, "ADVERTISEMENT", "Tamsin Valley Credit Union — Holiday Loans from 5.9% APR. Stop by our Main Street branch.", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"start free", []string{article, "Sponsored", "Ship faster with Nimbostack. Managed Postgres, queues and cron in one console. Start free – no card required.", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"this week only", []string{article, "Advertisement", "Vote for comfort. Sleepwell mattresses – 40% off this week only.", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"italian", []string{article, "Pubblicità", "Scopri le offerte Primavera di Arredo Casa Bortolin – fino al 30% su cucine e soggiorni. Vieni a trovarci a Ceggia!", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"reported", []string{article, "Advertisement", "The dealer said customers should visit our showroom, as the sign read, before the move.", article},
			[]string{"", RuleLinkLabel, "", ""}},
		{"no figure", []string{article, "Advertisement", "The exhibition at the town hall runs this week only.", article},
			[]string{"", RuleLinkLabel, "", ""}},
	})
}
