package boilerplate

import (
	"strings"
	"testing"
)

// rt64Weather is a weather story (red team 64) with a radar widget between
// its paragraphs (its name, a placeholder, a legend, a control and a data
// credit) and a five-day outlook of labelled rows under a subheading.
var rt64Weather = []string{
	"X|Skip to main content",
	"X|The Kestrel Valley Courier",
	"X|Wednesday, 14 May",
	"X|Subscribe from £1 a week",
	"X|Sign in",
	"X|News",
	"X|Sport",
	"X|Weather",
	"X|What's On",
	"X|Business",
	"X|Property",
	"X|Jobs",
	"X|Family Notices",
	"X|Weather alert: Yellow warning for rain in place until 9pm",
	"X|Home › News › Weather",
	"T|Kestrel Valley weather: Washout weekend on the way as warm spell comes to an end",
	"B|Forecasters say the mid-week sunshine will give way to heavy showers and a sharp drop in temperatures from Friday, with some areas facing a month's worth of rain in 48 hours.",
	"?|By Harriet Blackwood, Weather Reporter",
	"?|Published 07:12, 14 May 2025",
	"X|Share",
	"X|Copy link",
	"X|Comments (23)",
	"B|The brief taste of summer across the Kestrel Valley is set to come to an abrupt end this weekend, with forecasters warning of heavy and persistent rain arriving from the Atlantic.",
	"B|Temperatures reached 23C in Ashby Cross on Tuesday afternoon, the warmest day of the year so far, and similar values are expected on Wednesday before cloud thickens from the west overnight.",
	"X|Advertisement",
	"X|Live Kestrel Valley radar",
	"X|Loading radar map...",
	"X|Rain",
	"X|Sleet",
	"X|Snow",
	"X|Play animation",
	"X|Radar data supplied by SkyTrace Meteorology",
	"B|By Friday evening a band of rain linked to a slow-moving low pressure system is expected to stall over the hills to the north of the valley, bringing between 40mm and 60mm of rain to higher ground.",
	"B|\"It is a real change in the type of weather we have been seeing,\" said Owen Pritchard, a forecaster at the independent Northfell Weather Centre. \"The ground is quite dry after the last fortnight, so initially a lot of that water will soak in, but on the steeper slopes we could see quite rapid run-off.\"",
	"B|A yellow warning for rain has been issued for Saturday, covering the upper valley from Greyling Moor to Tolley Bridge.",
	"X|READ MORE: Flood defences on River Kess \"not finished until autumn\", council admits",
	"B|The warning says spray and flooding on roads could make journey times longer, and that some interruption to power supplies is possible.",
	"B|Mr Pritchard added that winds would also pick up on Saturday, gusting to 45mph on exposed ridges, which could make conditions difficult for anyone planning to walk the fells.",
	"X|Cloud gathers over Greyling Moor on Tuesday evening. Picture: Daniel Okafor",
	"B|Organisers of the Ashby Cross spring fair, due to take place on the recreation ground on Saturday, said they were keeping the forecast under review and would make a decision on Thursday.",
	"B|\"We have got marquees, but if the field turns into a bog there's not a lot we can do,\" said fair committee chairwoman Linda Haworth.",
	"B|The unsettled spell is not expected to last long. Higher pressure is forecast to build from the south early next week, bringing drier and brighter conditions, although it will feel noticeably cooler than in recent days.",
	"B|Five-day outlook",
	"B|Wednesday: Sunny spells, turning cloudier later, high 22C",
	"B|Thursday: Showers, some heavy in the afternoon, high 17C",
	"B|Friday: Cloudy with rain spreading from the west, high 14C",
	"B|Saturday: Heavy and persistent rain, windy, high 12C",
	"B|Sunday: Showers easing, brighter by evening, high 15C",
	"B|The Environment Agency said it was monitoring river levels on the Kess and its tributaries, and urged residents in low-lying parts of Tolley Bridge to sign up for its free flood warnings service.",
	"X|Get weather alerts for your area",
	"X|Enter your postcode and we'll send you an email when a Met warning is issued near you.",
	"X|Postcode",
	"X|Sign up",
	"X|We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. Read our Privacy Notice.",
	"X|Topics",
	"X|Weather",
	"X|Ashby Cross",
	"X|Tolley Bridge",
	"X|Flooding",
	"X|Comments",
	"X|Join the conversation - sign in or register to comment",
	"X|Most Read",
	"X|1. Family of four rescued after car swept into ford near Hallam Mill",
	"X|2. Beloved Ashby Cross bakery to close after 62 years",
	"X|3. Police appeal after quad bikes stolen from three farms in one night",
	"X|4. Plans for 300 homes on edge of Greyling Moor rejected",
	"X|5. Kestrel Valley Rovers confirm new manager after weeks of talks",
	"X|More from Weather",
	"X|Pollen count to hit \"very high\" as grass season begins early",
	"X|Why May frost can still catch gardeners out",
	"X|Follow us",
	"X|Facebook",
	"X|Instagram",
	"X|About us",
	"X|Contact us",
	"X|Advertise with us",
	"X|Terms and conditions",
	"X|Privacy notice",
	"X|Cookie settings",
	"X|© 2025 Kestrel Valley Courier. All rights reserved. Part of Northbrook Regional Media.",
}

// TestEmbeddedWidgetRT64: the radar widget inside the article goes whole,
// its legend too (see embeddedWidgets), and the article goes on under it;
// the outlook's labelled rows (see labelledRow) carry the run to the
// paragraph under them.
func TestEmbeddedWidgetRT64(t *testing.T) {
	checkLabelledPage(t, "weather", rt64Weather, "Live Kestrel Valley radar", "Loading radar map...", "Rain", "Sleet", "Snow",
		"Play animation", "Radar data supplied by SkyTrace Meteorology", "Get weather alerts for your area",
		"Enter your postcode and we'll send you an email when a Met warning is issued near you.")
}

// TestQuoteClosersRT64: a line that ends with a sentence inside German or
// Danish quotation marks („…“, ‚…‘, »…«) ends with its full stop, as one
// inside English quotation marks does.
func TestQuoteClosersRT64(t *testing.T) {
	for _, s := range []string{"„Die Brücke war am Ende ihrer Lebensdauer.“", "‚Sie war am Ende.‘", "»Det er slut.«", "\"It is over.\""} {
		if r := lastRune(s); r != '.' {
			t.Errorf("lastRune(%q) = %q, want '.'", s, r)
		}
		if k := strings.LastIndexByte(s, '.') + 1; !sentenceEnds(s, k) {
			t.Errorf("sentenceEnds(%q, %d) = false", s, k)
		}
	}
	for _, s := range []string{"Er sagte: „Ja“ und ging.“Nein", "„Ja.“Nein"} {
		k := strings.IndexByte(s, '.') + 1
		if sentenceEnds(s, k) {
			t.Errorf("sentenceEnds(%q, %d) = true", s, k)
		}
	}
}

// TestEmbeddedWidgetBlocksRT64: what embeddedWidgets leaves alone between
// two pairs of paragraphs: a subheading between an ad's label and one
// widget's control (one control is no widget), a sentence between two
// controls, a block with a privacy notice (the page's, not the article's).
func TestEmbeddedWidgetBlocksRT64(t *testing.T) {
	for _, tc := range []struct {
		name  string
		block []string
		keep  string
	}{
		{"one control", []string{"Advertisement", "The vote", "Play video"}, "The vote"},
		{"sentence", []string{"Loading map...", "It rained.", "Play animation"}, "It rained."},
		{"privacy", []string{"Loading map...", "Rain", "Privacy Policy", "Play animation"}, "Rain"},
	} {
		lines := append(append(append([]string{}, rt37Prose[:2]...), tc.block...), rt37Prose[2:]...)
		d := blockDoc(lines...)
		sc := new(bodyScratch)
		sc.features(d)
		(&Classifier{Rules: Rules()}).Mark(d)
		n := len(lines)
		prose, wall, quiet := make([]bool, n), make([]bool, n), make([]bool, n)
		for _, i := range []int{0, 1, n - 2, n - 1} {
			prose[i] = true
		}
		embeddedWidgets(d, sc.stats, prose, wall, quiet)
		for i, s := range lines {
			if s == tc.keep && (!d.Paragraphs[i].Kept() || quiet[i]) {
				t.Errorf("%s: %q removed or quiet", tc.name, s)
			}
		}
	}
	// Labelled rows: two long ones with figures; not one alone, nor a
	// spec sheet's short fields.
	for _, tc := range []struct {
		rows []string
		want bool
	}{
		{[]string{"Wednesday: Sunny spells, turning cloudier later, high 22C", "Thursday: Showers, some heavy in the afternoon, high 17C"}, true},
		{[]string{"Wednesday: Sunny spells, turning cloudier later, high 22C", "The fair will go ahead."}, false},
		{[]string{"Screen: 6.1in OLED", "Weight: 172g"}, false},
		{[]string{"Kadrania: Level 4 – Do not travel (raised from Level 3)", "Valmonte: Level 2 – Exercise a high degree of caution"}, true},
		{[]string{"Updated: 14:35, 3 February 2025", "The fair will go ahead as planned."}, false},
	} {
		d := blockDoc(tc.rows...)
		sc := new(bodyScratch)
		sc.features(d)
		if got := labelledRow(d, sc.stats, 0, 0, len(tc.rows)); got != tc.want {
			t.Errorf("labelledRow(%q) = %v, want %v", tc.rows, got, tc.want)
		}
	}
}
