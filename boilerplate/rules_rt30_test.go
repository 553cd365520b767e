package boilerplate

import (
	"slices"
	"strings"
	"testing"

	"github.com/cleantext/clean/extract"
)

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
			{"Categories: Provincial, Environment, Fisheries, Featured", true},
			{"Categories of workers eligible for the grant include nurses and teachers.", false},
			{"Related Cases", true},
			{"RELATED VIDEOS", true},
			{"Related searches", true},
			{"Related charge", false},
			{"Related to the mayor", false},
			{"Read in the app", true},
			{"Bala gape ka ga dikgang tse di tlang mo bekeng e e tlang.", false},
			{"Legu ankaŭ la raporton de la komisiono, diris la ministro.", false},
		},
		RuleAppeal: {
			{"Oanmelde", true},
			{"Far un don", true},
			{"Subteni nun", true},
			{"Mondvido estas senpaga kaj sendependa. Se vi ŝatas nian laboron, subtenu nin per donaco de 3 eŭroj monate.", true},
			{"Sostenètz-nos : fasètz un don cada mes per un jornalisme independent e gratuit. Mercé !", true},
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

// TestTeaserListEnds: the subheading under a "Read more:" label's list of
// linked headlines (Markdown) is the article's, though a paragraph that
// opens a list, not a sentence, follows it; the headlines go.
func TestTeaserListEnds(t *testing.T) {
	prose := []string{
		"The regional council has voted to impose a hard cap on nitrate leaching from farms across the plains, ending four years of argument.",
		"Councillors voted 9-5 on Tuesday afternoon to adopt the plan, which requires farms in the worst catchments to cut their losses by a third.",
		"\"We have given the voluntary approach fifteen years. The wells have kept getting worse,\" the council's chair told the meeting.",
	}
	after := []string{
		"Under the plan, each farm larger than 20 hectares will need a certified environment plan and must report its losses every year. The main rules are:",
		"- farms in the two worst catchments must cut losses by 33 per cent by 2035;",
		"- new dairy conversions on the plains are banned outright.",
		"Council staff estimate that about 640 farms will be covered by the rules, roughly 210 of them dairy farms, officials said on Wednesday.",
	}
	src := strings.Join(slices.Concat(prose, []string{"**Read more:**\n- [Farm debt reaches a record high as interest costs bite](/a)\n- [Residents told to test their wells after nitrate readings spike](/b)",
		"## What the plan requires"}, after), "\n\n")
	d := extract.Markdown("a.md", []byte(src))
	Default().Mark(d)
	for _, p := range d.Paragraphs {
		switch {
		case p.Text == "What the plan requires" && !p.Kept():
			t.Errorf("the subheading is removed: %+v", p.Removal)
		case strings.Contains(p.Text, "Farm debt") && p.Kept():
			t.Errorf("the teaser %q is kept", p.Text)
		}
	}
}
