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
			{"او گفت عکس‌ها را دیروز گرفته است.", false},
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
