package boilerplate

import "testing"

// TestBettingBox: the lines of a bookmaker's box in a match preview go
// (its free-bet offer, its odds, its button); a headline or a sentence
// with a fraction, a row of dates and a story about free bets stay.
func TestBettingBox(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleSponsor: {
			{"Bet £10 Get £30 in free bets", true},
			{"Get £30 in free bets when you bet £10", true},
			{"£20 free bet for new customers", true},
			{"Harbury City 6/5 | Draw 12/5 | Kestonbridge United 9/4", true},
			{"Both teams to score – Yes 4/6", true},
			{"Mbeki anytime scorer 2/1", true},
			{"Free bet clubs fined £2m", false},
			{"Bet on 3 races with free bets galore", false},
			{"Get £30 in free bets, the advert promised.", false},
			{"Bet £10 get £30 in free bets, the banned advert said", false},
			{"Free bet clubs are under scrutiny after 2,000 complaints", false},
			{"Mayor needs 2/3 majority to win vote", false},
			{"The bookmakers made City 6/5 favourites to win.", false},
			{"Mon 6/5 | Tue 7/5 | Wed 8/5", false},
			{"Cup draw 12/5 | Final 19/5", false},
			{"Harbury City: W W D W W W", false},
			{"Scorer of the season 2024/25", false},
		},
		RuleLinkLabel: {
			{"Place bet", true},
			{"Add to betslip", true},
			{"Place bets on the river's future", false},
		},
	}, func(string) bool { return false }, true)
}

// TestAffiliateThisLink: a disclosure under a sponsored product box names
// "this link"; a sentence about a link that reports speech stays.
func TestAffiliateThisLink(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAffiliate: {
			{"FixWell may receive a commission on purchases made through this link.", true},
			{"The shop may receive a commission on purchases made through this link, the regulator said.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestShareRowWithoutBars: a row of share buttons with no bar between
// them goes, as the row with bars does; a sentence that shares twice
// stays.
func TestShareRowWithoutBars(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {
			{"Share on Facebook Share on X Share via Email", true},
			{"Share on Facebook  Share on X", true},
			{"Share your story and share your photos with us", false},
			{"Share prices fell after the company share sale", false},
		},
	}, func(string) bool { return false }, true)
}
