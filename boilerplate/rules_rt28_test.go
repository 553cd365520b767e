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

// TestBodyPhotoUnderHeadline: a photo numbered in its gallery between the
// standfirst and the byline, with its caption and a button, costs the
// title search no reach, and its number is no title.
func TestBodyPhotoUnderHeadline(t *testing.T) {
	const title = "Record 1,400 runners turn out for the park fun run in memory of a nurse"
	const dek = "Organisers say this year's event raised more than £62,000 for the hospice that cared for her."
	byline := []string{"By Rachel Odunsi", "Community reporter", "10:32, Monday 12 July 2027", "Share"}
	photo := []string{"Photo 1 of 24", "Runners set off from the bandstand at the start of the 5k race. Picture: Ashwell Echo / Dan Pryce", "Buy photos"}
	// The classifier as a whole: the rules remove the caption and the
	// credit, which the body finder alone cannot tell from a headline.
	for _, c := range []headCase{
		{"numbered photo", append(append([]string{title, dek}, photo...), byline...), []int{0, 1}},
		{"counter alone", append([]string{title, dek, "Photo 1 of 24"}, byline...), []int{0, 1}},
	} {
		lines, keep := c.page()
		checkMarkerKept(t, c.name, Default(), lines, keep)
	}
}
