package boilerplate

import "testing"

// TestIconLead: the icons a page sets before a label or a promo are read
// past; letter-like symbols, counters and lines of icons alone are not.
func TestIconLead(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want string // s after the icons
	}{
		{"📱 Do you have a story for us?", "Do you have a story for us?"},
		{"➡️ Follow us on Instagram", "Follow us on Instagram"},
		{"👉🏽 Read more", "Read more"},
		{"► Read more", "Read more"},
		{"→Subscribe", "Subscribe"},
		{"🔴 LIVE", "LIVE"},
		// not icons, or nothing but icons and figures after them
		{"© 2026 The Daily Planet", "© 2026 The Daily Planet"},
		{"™ Brand", "™ Brand"},
		{"↺ 214", "↺ 214"},
		{"👍 208 😢 96", "👍 208 😢 96"},
		{"⬇️⬇️⬇️", "⬇️⬇️⬇️"},
		{"★★★★☆ (4/5)", "★★★★☆ (4/5)"},
		{"Read more", "Read more"},
	} {
		if got := tc.s[iconLead(tc.s):]; got != tc.want {
			t.Errorf("iconLead(%q): %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestIconLabels: a label or a promo behind an icon is removed as it is
// without one; a line of the article behind one is kept.
func TestIconLabels(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleContact: {
			{"📱 Do you have a story for us? Send a WhatsApp tip to 071 555 0192 – your identity will be protected.", true},
		},
		RuleShareLabel: {
			{"➡️ Follow us on Instagram", true},
			{"⚽ Smith scores the second goal after a long run down the left.", false},
		},
		RuleLinkLabel: {
			{"👉 Read more: Floods hit the valley", true},
			{"📌 The council will vote on the plan next week.", false},
		},
		RuleAppeal: {
			{"📧 Sign up for our newsletter", true},
		},
	}, func(string) bool { return false }, true)
}

// TestBodyHeadUnderDateline: a headline under the dateline, over its
// standfirst and the article's video, is the title; a short label under
// the dateline over a sentence is not: the headline above is.
func TestBodyHeadUnderDateline(t *testing.T) {
	const date = "Thursday, 19/03/2026 - 10:42"
	const title = "Food inspectors fine 37 kitchens and destroy 2.4 tonnes of spoiled meat"
	const dek = "After two weeks of spot checks, inspectors found violations at kitchens serving workers and pupils."
	video := []string{"▶ VIDEO: Inside the meat store | 03:27", "Now playing", "Watch more videos"}
	checkHeads(t, []headCase{
		{"headline over its standfirst and a video", append([]string{"Health > Food safety", date, title, dek}, video...), []int{2, 3}},
		// The headline above the dateline stays, and the label of the map
		// under it goes.
		{"a widget's label", []string{"Live updates: the bridge closes for a year of repairs", date, "Tap here to see the full map",
			"Radar data provided by StormGrid. Map may not reflect current conditions.", "Zoom in", "Full screen"}, []int{0}},
	})
}
