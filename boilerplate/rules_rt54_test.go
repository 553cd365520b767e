package boilerplate

import "testing"

// TestLabelsRT54 checks red team 54's buttons and labels: share, save and
// copy-link buttons in Czech, Swedish, Norwegian and Danish, a share
// verb with a network in the Slavic locative ("Sdílet na Facebooku"), a
// local station's link to its video report and its player's note on
// closed captions, a narration note with no lead but "Audio is", a
// trial's button, a tabloid's topic link, and a betting box's American
// odds after their market ("to win", over and under a figure).
func TestLabelsRT54(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {
			{"Sdílet", true},
			{"Sdílet na Facebooku", true},
			{"Sdílet na X", true},
			{"Udostępnij na Twitterze", true},
			{"Kopírovat odkaz", true},
			{"Uložit na později", true},
			{"Dela", true},
			{"Spara", true},
			{"Kopiera länk", true},
			{"Del artikkelen", true},
			{"Kopier lenke", true},
			{"Gem artikel", true},
			{"Sdílení ekonomiky roste", false},
			{"Spara på el i vinter", false},
		},
		RuleLinkLabel: {
			{"Watch the full report from Lakeshore 12 News at 6", true},
			{"Watch the full interview with the mayor", true},
			{"Start a free trial", true},
			{"Read more on Kieran Lowe", true},
			{"Watch the skies this weekend", false},
		},
		RuleWidget: {
			{"Closed captioning for this video is provided by the station and may contain errors.", true},
			{"Closed captioning of this program is provided by the network.", true},
			{"Closed captioning is required by law for most broadcasts, the commission said.", false},
		},
		RuleSponsor: {
			{"Pistons to win Eastern Conference +1800", true},
			{"Drayton Over 22.5 pts vs. MIL -115", true},
			{"Kansas City -142", true},
			{"Bills to win the division in a close season with injuries -110", false}, // more than moneyMarketWords
			{"Temperatures in the north fell to -115", false},                         // no market
		},
		RuleAudio: {
			{"Audio is AI-generated.", true},
			{"Audio is available for subscribers in the app and on the website from Monday.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestNoticesRT54 checks red team 54's notices: a sign-up form's consent
// in the first person after "By", the notices that only some readers may
// comment (English, German, Russian), and a wire desk's note on who funds
// it. A sentence of the article in the first person, or reported, stays.
func TestNoticesRT54(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLegal: {
			{"By signing up, I accept Harbour Times Media's Terms & Conditions and Privacy Policy.", true},
			{"By clicking subscribe, I agree to receive e-mails from the publisher.", true},
			{"By then I accept that the damage was done.", false},
			{"Log in to comment", true},
			{"Only registered users can comment. Log in", true},
			{"Die Diskussion zu diesem Artikel ist für Abonnentinnen und Abonnenten geöffnet. Bitte beachten Sie unsere Netiquette.", true},
			{"Оставлять комментарии могут только авторизованные пользователи. Войти", true},
			{"Only registered users can comment on the plans, the council said.", false},
			{"Log in to comment on the plans of the council for the river, the bridge and the roads of the city centre, which the mayor presented on Monday evening to a hall full of residents who had waited for hours.", false}, // more than commentRightWords
		},
		RuleDisclaimer: {
			{"The National Press Service Health and Science Department receives support from the Meridian Foundation's Science and Educational Media Group. NPS is solely responsible for all content.", true},
			{"The editor is solely responsible for all content.", true},
			{"Under the new law, the platform is solely responsible for all content its users post, the minister said.", false},
			{"She said that the board alone was solely responsible for all the content.", false},
			{"The editors of the festival are solely responsible for the choice of its content", false},
		},
	}, func(string) bool { return false }, true)
}
