package boilerplate

import "testing"

// TestRulesRT64 checks red team 64's furniture: a widget's placeholder
// ("Loading radar map..."), its data's credit, a locator's call, a
// player's "Play animation", an alerts sign-up and its form's promise, a
// form's "Enter your …" field, ad words in brackets before an ad (CJK
// sites' "【PR】"), Spanish "Te recomendamos" and English "Further
// reading:", and a French form's privacy note.
func TestRulesRT64(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"Loading radar map...", true}, {"Loading map…", true},
			{"Loading the trucks took all night...", false},
			{"Radar data supplied by SkyTrace Meteorology", true}, {"Map data provided by OpenMaps", true},
			{"The data provided by the council showed a rise.", false},
			{"Our charts here use data provided by Statista", false},
			{"Find a clinic near you", true}, {"Find your nearest polling station", true},
			{"Find a way to help near you.", false},
			{"Play animation", true},
		},
		RuleAppeal: {
			{"Get weather alerts for your area", true}, {"Get breaking news alerts", true},
			{"Get alerts from the council about road closures, weather warnings and bin collections in your area.", false},
			{"Enter your postcode and we'll send you an email when a Met warning is issued near you.", true},
			{"Enter the draw and we'll send you a ticket.", false},
		},
		RuleLinkLabel: {
			{"Enter your 17-character VIN", true}, {"Enter your address", true},
			{"Enter your postcode to see tariffs in your area.", false},
			{"Te recomendamos", true}, {"Te recomendamos: ¿Cuánto cuesta viajar de CDMX a Acapulco?", true},
			{"Further reading: Store brands are winning. The companies that make them aren't.", true},
		},
		RuleSponsor: {
			{"【PR】ふるさと納税で県産新米を先行予約受付中", true}, {"[AD] 내 집 마련의 첫걸음, 청약통장 금리 비교하기", true},
			{"【贊助】防災避難包推薦，限時85折", true}, {"(Sponsored) Best savings accounts this month", true},
			{"[PR]", false}, {"(Update) The council voted again on Tuesday.", false}, {"【速報】台風14号が上陸", false},
		},
		RuleLegal: {{"Vos données sont traitées conformément à notre politique de confidentialité.", true}},
	}, func(string) bool { return false }, true)
}

// TestAdShapeRT64: under an ad marker, a numbered subheading ("6.
// Brackwater Abbey") is the article's, not an ad's name and button; a
// dashed call that says the offer is free is an ad's.
func TestAdShapeRT64(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"6. Brackwater Abbey", false}, {"12. The Old Mill", false},
		{"Jetzt Immobilie bewerten lassen – kostenlos und unverbindlich", true},
		{"Book a table at Harbour Grill – free dessert tonight", true},
		{"Our reporter went along – and she was not alone", false},
	} {
		if got := removedUnderMarker(tc.s); got != tc.want {
			t.Errorf("%q under an ad marker: removed %v, want %v", tc.s, got, tc.want)
		}
	}
}
