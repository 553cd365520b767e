package boilerplate

import "testing"

// statusPage is a page whose article gives a list of statuses in groups
// under their labels ("Upper valley", then "Aldbrook Primary School –
// closed"), with a radar widget inside the list and the article going on
// after it.
func statusPage(items [3][]string) []string {
	lines := []string{"Open navigation", "News Weather Traffic Schools Sport", "News > Education",
		"Snow day: full list of schools closed across the valley on Tuesday",
		"More than 60 schools across the valley have closed today after heavy overnight snow left many rural roads impassable.",
		"An amber warning for snow and ice is in force until 6pm, and forecasters say a further 5-10cm could fall on higher ground.",
		"The council said gritters had been out since 3am but that several routes in the upper valley were still blocked by drifts.",
		"\"Where a school has closed it will be because staff can't get there safely, or because the site itself isn't safe,\" the director of education said. \"Parents should check before they set out, and keep an eye on the list below.\"",
		"Here is the full list of closures we know about so far. Schools are listed by area.",
		"Upper valley"}
	lines = append(lines, items[0]...)
	lines = append(lines, "Weather radar", "Live radar: see where the snow is falling now", "Play", "06:00 06:15 06:30 06:45 07:00", "Light Moderate Heavy",
		"Lower valley")
	lines = append(lines, items[1]...)
	lines = append(lines, "Eastern villages")
	lines = append(lines, items[2]...)
	return append(lines, "School transport",
		"The council said that all home-to-school transport in the upper valley had been cancelled for the day, and that buses would run elsewhere where roads allowed.",
		"Valley Link Buses said its 14 and 14A services would not run beyond Hartsfell until further notice, and the 22 to Crowsend was suspended for the day.",
		"Forecasters expect temperatures to drop to -6C in the upper valley overnight, which means lying snow will freeze and roads could be even more dangerous on Wednesday.",
		"Haldane said decisions about Wednesday would be made first thing in the morning and urged parents not to assume that their schools would reopen.",
		"Tags: Snow, Schools", "© 2026 Valley Gazette. All rights reserved.")
}

// TestBodyStatusList checks a list of statuses the article gives between
// its paragraphs (see statusLine): it stays, with its groups' labels and
// the prose after it, across a widget; a list of teasers, a headline and
// its site's name after a dash, does not bridge to the prose after it.
func TestBodyStatusList(t *testing.T) {
	items := [3][]string{
		{"Aldbrook Primary School – closed", "Crowsend CE Primary School – closed", "St Brannock's RC Primary School, Hartsfell – closed",
			"Longmire Academy – closed to all pupils; online lessons from 9.30am"},
		{"Brookside Primary School – closed", "Dunmore High School – opening at 10.30am for Years 11 and 13 only",
			"Mere Lane Primary School — open as normal", "Riverside Academy - closed"},
		{"Bramblefield Primary School – closed", "Elmstead Federation (Elmstead and Little Wade sites) – both sites closed",
			"Kirkby Saltings Primary School – partially open; parents will be contacted directly"},
	}
	lines := statusPage(items)
	last := len(lines) - 3
	checkBodyKept(t, "statuses: ", lines, func(i int) bool { return 3 <= i && i <= last })

	// Teasers: capitals after the dash.
	for g := range items {
		for k, s := range items[g] {
			items[g][k] = s[:len(s)-len("closed")] + "Valley Gazette"
		}
	}
	items[0][3] = "Longmire Academy – Valley Gazette"
	items[1][1] = "Dunmore High School – Valley Gazette"
	items[1][2] = "Mere Lane Primary School — Valley Gazette"
	items[2][1] = "Elmstead Federation – Valley Gazette"
	items[2][2] = "Kirkby Saltings Primary School – Valley Gazette"
	lines = statusPage(items)
	checkBodyKept(t, "teasers: ", lines, func(i int) bool { return 3 <= i && i <= 8 })
}

func TestStatusLine(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Aldbrook Primary School – closed", true},
		{"Line 4 – delays of up to 20 minutes", true},
		{"Mere Lane Primary School — open as normal", true},
		{"Riverside Academy - closed", true},
		{"Ann Lee – Valley Gazette", false},                                      // a capital after the dash
		{"aldbrook school – closed", false},                                      // the name in lower case
		{"Mr. Lee's school – closed", false},                                     // a sentence end in the name
		{"One two three four five six seven eight nine – closed", false},         // a name of nine words
		{"Aldbrook Primary School – closed. Pupils should stay at home.", false}, // two sentences
		{"Aldbrook Primary School – closed until the council decides what to do with the roof and the hall", false},
		{"Aldbrook Primary School – closed until the…", false},
		{"Aldbrook Primary School–closed", false}, // no space around the dash
		{"Aldbrook Primary School closed", false},
	} {
		if got := statusLine(tc.s); got != tc.want {
			t.Errorf("statusLine(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
