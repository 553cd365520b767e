package boilerplate

import "testing"

// TestLabelsRT41: a player's length alone or after "Duration", a notice
// asking for JavaScript for a better experience, "Go deeper" links, an
// embed's label, a count of gift articles, a print note that calls the
// page a version of the printed one, and how long the comments stay open;
// and the lines like them that stay.
func TestLabelsRT41(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"Duration: 1 minute 48 seconds", true},
			{"Duration: 2:31", true},
			{"4 min", true},
			{"1 hr 20 min", true},
			{"2 minutes 14 seconds", true},
			{"60 Minutes", false}, // one unit written out: a show's name
			{"48 Hours", false},
			{"4 and 5 min", false}, // a conjunction between figures
			{"min 4", false},       // no figure first
			{"Duration of the strike remains unclear", false},
		},
		RuleNotice: {
			{"Please turn on JavaScript for a better user experience.", true},
			{"Enable JavaScript for the best user experience.", true},
			{"Developers said turning on JavaScript gave a better user experience.", false},
		},
		RuleLinkLabel: {
			{"Go deeper", true},
			{"Go deeper: States race to regulate AI companions", true},
			{"Embedded post", true},
			{"Embedded content", true},
			{"Go deeper into the forest and the trails narrow.", false},
		},
		RulePaywall: {
			{"Subscribers can gift up to 5 articles each month.", true},
			{"You have 10 gift articles to share this month.", true},
			{"Subscribers can gift up to 5 articles each month, the company said.", false},
		},
		RuleSource: {
			{"A version of this article appears in print on Oct. 15, 2025, Section D, Page 3 of the New York edition with the headline: An Ancient Predator's Keen Gaze.", true},
			{"A version of this story appeared in the March issue of the magazine.", true},
			{"A version of this plan appeared in the council's budget last year.", false},
			{"A version of the bill appeared in print in 2019, the senator said.", false},
		},
		RuleLegal: {
			{"You can comment on this article until 11pm on 18 July.", true},
			{"Comments are open until 11pm.", true},
			{"Voit keskustella aiheesta 18.7. kello 23:een saakka.", true},
			{"Du kan kommentera artikeln fram till klockan 22 i kväll.", true},
			{"You can comment on the plans until 30 June, the council said.", false}, // reported
			{"You can comment on the plans at the library.", false},                  // no time
			{"Comments are open to everyone who registers.", false},
		},
	}, func(string) bool { return false }, true)
}
