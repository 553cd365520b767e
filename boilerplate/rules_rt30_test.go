package boilerplate

import "testing"

// TestReadAlsoAdAppealLabelsRT30: the read-also labels and ad markers of
// Tswana, Lingala, Guarani, Bashkir, West Frisian, Occitan, Esperanto and
// Luganda, the buttons of West Frisian, Occitan and Esperanto appeals and
// an Esperanto appeal go; a sentence that opens with the same words stays.
func TestReadAlsoAdAppealLabelsRT30(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Bala gape: Baagi ba Gabane ba ngongorega ka go tlhoka metsi", true},
			{"Tanga lisusu : Mbandaka : ntalo ya mafuta emati lisusu", true},
			{"Avei emoñe'ẽ: Sésamo ñemity oguejy 40% San Pedro-pe", true},
			{"Шулай уҡ уҡығыҙ: Өфөлә «Урал батыр» эпосына арналған күргәҙмә асылды", true},
			{"Lês ek: Stoarm soarget foar skea oan hûnderten dakken", true},
			{"Legir tanben : A Tolosa, lo licèu bilingüe dobrís una seccion", true},
			{"Legu ankaŭ: Sekeco en Amazonio: riveroj atingas malaltan nivelon", true},
			{"Soma ne: Abasawo b'e Masaka beekalakaasa olw'omusaala", true},
			{"PAPATSO", true},
			{"Advertinsje", true},
			{"Reklamo", true},
			{"READ IN APP", true},
			{"Read in the app", true},
			{"Bala gape ka ga dikgang tse di tlang mo bekeng e e tlang.", false},
			{"Legu ankaŭ la raporton de la komisiono, diris la ministro.", false},
		},
		RuleAppeal: {
			{"Oanmelde", true},
			{"Far un don", true},
			{"Subteni nun", true},
			{"Mondvido estas senpaga kaj sendependa. Se vi ŝatas nian laboron, subtenu nin per donaco de 3 eŭroj monate.", true},
			{"La ministro petis la civitanojn subteni la novan leĝon.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestCookieReported: a paragraph that reports what someone said about
// cookie notices is the article's; the notices stay notices.
func TestCookieReported(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleCookie: {
			{"Privacy lawyers said the decision could matter well beyond thermostats. Courts have long been skeptical of agreements such as the notices about cookies that sit at the bottom of many websites, but have enforced terms that users must click to accept.", false},
			{"The regulator told websites that a cookie banner must let users refuse as easily as they accept.", false},
			{"We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies.", true},
			{"This website uses cookies. Click \"Accept\" to consent or manage your preferences.", true},
		},
	}, func(string) bool { return false }, true)
}

// TestOwnCreditsPostedBy: a credit to the outlet's own file or staff photo
// and "Photo courtesy of" go, as does a live blog entry's "Posted by"
// byline; sentences with the same words stay.
func TestOwnCreditsPostedBy(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"Courier file photo", true},
			{"Tribune staff photo.", true},
			{"Submitted photo", true},
			{"AP/file photo", true},
			{"Photo courtesy of U.S. Food and Drug Administration", true},
			{"He took a staff photo", false},
			{"The mystery of the file photo", false},
		},
		RuleWidget: {
			{"Posted by Jenna Ruiz", true},
			{"Posted by Jenna Ruiz and Luis Ortega", true},
			{"Posted by admin", true},
			{"Posted by the sheriff on Facebook", false},
			{"Posted by hundreds of fans, the video went viral.", false},
		},
	}, func(string) bool { return false }, true)
}
