package boilerplate

import "testing"

// TestCodesRT69 checks red team 69's lines: a recall's product row with
// its "lot code" is no promo code, which "Use code AUTUMN40" still is; a
// form's field asks for "a" or "an" thing a form takes ("Enter a barcode
// or lot number"), not a subheading that opens so.
func TestCodesRT69(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleSponsor: {
			{"Bramwell's Chicken & Leek Pie, 2 x 200g, lot code KB2101A, best before 18 February 2025", false},
			{"Kettle model 3KX, batch code B7731, sold between March and May", false},
			{"Get 40% off your first box. Use code AUTUMN40.", true},
		},
		RuleLinkLabel: {
			{"Enter a barcode or lot number", true},
			{"Enter an address or ZIP code", true},
			{"Enter a new era of rail travel", false},
		},
	}, func(string) bool { return false }, true)
}

// TestAdTailRT69: under an ad marker, an offer of six words after a dash
// is the ad's call (see dashTailWords).
func TestAdTailRT69(t *testing.T) {
	if !removedUnderMarker("Holiday sale at Brenner Furniture - 30% off all recliners through Sunday") {
		t.Error("a dashed offer of six words under an ad marker kept")
	}
}
