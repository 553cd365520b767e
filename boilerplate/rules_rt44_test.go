package boilerplate

import (
	"slices"
	"testing"
)

// TestChartAcrossRT44: an interactive map's text between two parts of a
// TV station's story (its label, legend, source line and a credit the
// rules take as a caption) is the chart's, and the body finder reads the
// article on across it.
func TestChartAcrossRT44(t *testing.T) {
	head := []string{"Atmospheric river to slam burn scar areas this week"}
	chart := []string{"Interactive map: Flood alerts in the viewing area", "Tap to expand", "Flash Flood Warning",
		"Flood Warning", "Flood Watch", "Burn scar (Copper Ridge Fire, 2025)", "Evacuation warning zone",
		"Map data as of 9 a.m. PST. Source: National Weather Service, Tulleman County OES",
		"Map: KVTR Digital / Datawrapper", "Read more: Copper Ridge Fire survivors still waiting on debris removal"}
	after := []string{"How this storm fits a changing pattern",
		"Atmospheric rivers are long, narrow bands of water vapor that carry moisture from the tropical Pacific, and they deliver as much as half of the state's yearly rain.",
		"Research from state climate scientists suggests the strongest of these storms are becoming wetter as the atmosphere warms, because warmer air can hold more water.",
		"Officials urged drivers never to cross flooded roadways, as just twelve inches of moving water can carry away most cars on the road."}
	lines := slices.Concat(rt37Menu, head, rt37Prose, chart, after, rt37Foot)
	lo := len(rt37Menu)
	c := lo + len(head) + len(rt37Prose)
	checkMarkerKept(t, "chart", Default(), lines, func(i int) bool {
		return i >= lo && i < c || i >= c+len(chart) && i < c+len(chart)+len(after)
	})
}

// TestSignupBoxRT44: a newsletter's sign-up box between two paragraphs of
// the article: its name, its pitch (which no rule knows) and its button
// go; a paragraph under a subheading that names a newsletter, with no
// button under it, stays, and so does a box with more lines than a pitch
// has.
func TestSignupBoxRT44(t *testing.T) {
	box := []string{"Newsletter", "Vivienda, cada viernes",
		"Análisis, datos y claves del mercado inmobiliario en tu correo, de la mano de nuestros especialistas.", "Suscríbete"}
	head := []string{"Bridge to close for a year of repairs"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, rt37Prose[2:], rt37Foot)
	d := blockDoc(lines...)
	Default().Mark(d)
	b := len(rt37Menu) + len(head) + 2
	for i := len(rt37Menu); i < b+len(box)+len(rt37Prose)-2; i++ {
		if want := i < b || i >= b+len(box); d.Paragraphs[i].Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", i, d.Paragraphs[i].Text, d.Paragraphs[i].Kept(), want)
		}
	}
	d = newDoc(append(slices.Clone(rt37Prose), "Get the weekly Lumen newsletter",
		"Big ideas in science, explained clearly. Delivered every Friday.", "Email address", "Sign up")...)
	(&Classifier{Rules: Rules(), Passes: DocumentPasses()}).Mark(d)
	if p := d.Paragraphs[len(rt37Prose)+1]; p.Kept() {
		t.Errorf("pitch %q kept", p.Text)
	}
	// No button: the newsletter named in a subheading over the article's
	// paragraphs.
	d = newDoc(append(slices.Clone(rt37Prose[:2]), "Why the newsletter folded",
		"The paper closed its weekly newsletter in May after three years, the editor said on Monday.", rt37Prose[2])...)
	(&Classifier{Rules: Rules(), Passes: DocumentPasses()}).Mark(d)
	if p := d.Paragraphs[3]; !p.Kept() {
		t.Errorf("%q removed as %s", p.Text, p.Removal.Rule)
	}
	// A line longer than a pitch between the name and the button.
	d = newDoc(slices.Concat(rt37Prose[:2], []string{"Newsletter",
		"The council said on Monday that the newsletter would now be sent to every household in the district each week, at a cost of about ten thousand pounds a year.",
		"Suscríbete"}, rt37Prose[2:])...)
	(&Classifier{Rules: Rules(), Passes: DocumentPasses()}).Mark(d)
	if p := d.Paragraphs[3]; !p.Kept() {
		t.Errorf("%q removed as %s", p.Text, p.Removal.Rule)
	}
	// Three lines between the name and the button: no pitch.
	d = newDoc(slices.Concat(rt37Prose[:2], []string{"Newsletter", "Vivienda, cada viernes",
		"Análisis y datos del mercado inmobiliario.", "Claves para inquilinos.", "Suscríbete"}, rt37Prose[2:])...)
	(&Classifier{Rules: Rules(), Passes: DocumentPasses()}).Mark(d)
	if p := d.Paragraphs[3]; !p.Kept() {
		t.Errorf("%q removed as %s", p.Text, p.Removal.Rule)
	}
}

// TestIntlRT44: red team 44's furniture in other languages and formats:
// "the article goes on after the ad" in Latvian and Estonian, Icelandic
// "read more" and photo credit, a Swahili credit after a bar, a Gujarati
// file photo, a Turkish rights notice with a sentence after it, skip links,
// app and form buttons, a figure's label; and the lines like them that
// stay.
func TestIntlRT44(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Raksts turpinās pēc reklāmas", true},
			{"Artikkel jätkub pärast reklaami", true},
			{"Lesa meira", true},
			{"Direct naar de inhoud", true},
			{"More Videos", true},
			{"Continue in app", true},
			{"Open in app to keep reading stories like this offline", true},
			{"Invalid Email", true},
			{"この記事を書いた人", true},
			{"You're viewing a simplified version of this story.", true},
			{"Open in app stores, the game has sold a million copies.", false},
		},
		RulePhotoCredit: {
			{"Mynd/Almannavarnir", true},
			{"Mhudumu akijaza mafuta kwenye gari katika kituo kimoja cha mafuta jijini Nairobi. PICHA | MAKTABA", true},
			{"PHOTO | AFP", true},
			{"The ruling party | Photo", false},
			{"Photo | the archive of the city council", false},
			{"The ruling party won. Photo | Daily Nation Staff Photo Desk", false}, // five words
			{"The ruling party won. Photo | by me", false},
		},
		RuleCaption: {
			{"સુરતના એક કારખાનામાં હીરા પોલિશ કરતા રત્નકલાકારો (ફાઇલ તસવીર)", true},
			{"Figure: Carbon sinks most efficiently when animals carry it below about 500 metres.", true},
			{"Figure 2: Carbon sinks most efficiently when animals carry it below about 500 metres.", false}, // numbered: may be the article's
		},
		RuleCopyright: {
			{"Tüm hakları saklıdır. Bu haberin izin alınmadan kısmen veya tamamen kopyalanması ve yayımlanması yasaktır.", true},
			{"Todos los derechos reservados. Prohibida su reproducción total o parcial sin autorización.", true},
			{"Yazar, tüm haklarının saklı olduğunu söyledi ve davayı kazandı.", false},
		},
		RuleLegal: {
			{"See our privacy notice", true},
		},
	}, func(string) bool { return false }, true)
}

// TestRecipeAndLiveRT44: a recipe card's nutrition box, toggles and calls,
// a live page's clock stamps and photo button, invitations to report an
// error, an app's pitch for alerts; and the lines like them that stay.
func TestRecipeAndLiveRT44(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"Calories: 218kcal", true},
			{"Saturated Fat: 7g", true},
			{"Serving: 1 bar", true},
			{"US Customary", true},
			{"Did you make this recipe?", true},
			{"Nutrition information is automatically calculated and should only be used as an approximation.", true},
			{"Updated at 00.46 BST", true},
			{"Updated at 22:31", true},
			{"Published at 9:05 am ET", true},
			{"Updated 7:42 AM", false}, // under a byline: the title search's
			{"Sugar: the council's new tax on soft drinks", false},
			{"Nutrition", false}, // may head a section
			{"Nutrition information is printed on every packet, the company said.", false},
			{"Updated at 12.30 the council said", false},
			{"Updated at 9:05, 10:15 and 11:30", false},
		},
		RuleLinkLabel: {
			{"View image in fullscreen", true},
			{"Haben Sie einen Fehler entdeckt? Korrekturhinweis senden", true},
			{"Spotted an error? Email corrections@example.com", true},
			{"Spotted an error in the budget, the auditor went to the council.", false},
		},
		RuleShareLabel: {
			{"Tag @lakeshoretaste and share a photo on Instagram!", true},
			{"Download the KVTR 9 First Alert Weather app for the latest alerts and live radar.", true},
			{"Tag @ the end of each form shows who signed it, the clerk said.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestChartReachRT44: a chart's source line may have up to
// chartSourceWords words; a line as long that names no source, over the
// chart, is the article's and stops the chart's text.
func TestChartReachRT44(t *testing.T) {
	intro := "The map below shows every flood warning issued across the county in the past week alone"
	d := newDoc(slices.Concat(rt37Prose[:2], []string{intro, "Flash Flood Warning", "Flood Watch",
		"Map data as of 9 a.m. PST. Source: National Weather Service, Tulleman County OES", "Created with Datawrapper"},
		rt37Prose[2:])...)
	MarkCharts(d)
	for i, p := range d.Paragraphs {
		want := i >= 3 && i <= 6
		if !p.Kept() != want {
			t.Errorf("line %d %q removed %v, want %v", i, p.Text, !p.Kept(), want)
		}
	}
}
