package boilerplate

import (
	"slices"
	"testing"
)

// TestLabelsRT40: a betting box's American odds and its age note, a
// reader call-out of several questions, and the lines like them that
// stay.
func TestLabelsRT40(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleSponsor: {
			{"BUF +120", true},
			{"KC -2.5 (-110)", true},
			{"O 47.5 (-108)", true},
			{"Kansas City -142", true},
			{"21+. Gambling problem? Call 1-800-GAMBLER. Odds subject to change.", true},
			{"Must be 21+ to wager. Gambling problem? Call 1-800-GAMBLER.", true},
			{"19+. Please play responsibly.", true},
			{"21+. Please play responsibly.", true},
			{"Overnight low -12C", false},                         // no price
			{"Temperature -12", false},                            // two digits
			{"Bills 23, Browns 20", false},                        // no sign
			{"The lowest reading was -142", false},                // more words than a row
			{"21+ riders abandoned the race in the heat.", false}, // a sentence
			{"If you have a gambling problem, call 1-800-GAMBLER, the commission said.", false},
		},
		RuleLinkLabel: {
			{"Video Player is loading.", true},
			{"The video player is loading slowly on older phones, the company said.", false},
		},
		RulePhotoCredit: {
			{"Kuva: Rajavartiolaitos", true},
			{"Kuva: Heikki Nurminen / SRT", true},
			{"Fotó: Kovács Anna", true},
			{"Savupatsas näkyi kymmenien kilometrien päähän. Kuva: Heikki Nurminen", true},
			{"A tüntetők a Kossuth téren. Fotó: Kovács Anna", true},
			{"Kuvataiteilija avasi näyttelyn keskiviikkona.", false},
		},
		RuleContact: {
			{"Do you live in Ashcombe? What do you think of the decision? Let us know in the comments below.", true},
			{"Were you affected by the floods? Tell us at news@example.com", true},
			{"What's your view? Tell us in the comments below.", true},
			{"Are you affected by the strike? Let us know in the comments.", true},
			{"@mihitr_news", true},
			{"@x", false},
			{"@home", true},
			{"@ the meeting", false},
			{"@mihi-tr", false},
			{"What do you think? Who pays? Where next? Let us know.", true},
			{"Do you live in the area? The council says the road will reopen in March.", false},
			{"What do you think? Who pays? Why now? Where next? Let us know.", false}, // too many questions
		},
	}, func(string) bool { return false }, true)
}

// TestInlineBoxesRT40: two related-article boxes in a row inside the
// article, each a "Read More" button over a "Related Articles" label and
// its teaser, then a subheading: the article goes on under them, its
// paragraphs above them stay.
func TestInlineBoxesRT40(t *testing.T) {
	box := []string{"Read More", "Related Articles", "Ashcombe pub landlord's anger as council refuses beer garden extension",
		"Read More", "Related Articles", "Northam bypass works to start in summer after years of delays"}
	head := []string{"Councillors back 420 homes on Ashcombe Fields despite objections", "By Sophie Hartley"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, []string{"Officers recommended approval"}, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	checkMarkerKept(t, "two inline boxes", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+2+len(box) && i < p+2+len(box)+3
	})
	// Three boxes in a row: the first label's box reaches the article's
	// next paragraph over the two others, and their labels go with it.
	three := slices.Concat(box, []string{"Read More", "Related Articles", "Ashcombe school to expand after record applications"})
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], three, rt37Prose[2:], rt37Foot)
	checkMarkerKept(t, "three inline boxes", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+2+len(three) && i < p+2+len(three)+2
	})
	// Negative: under the article's last paragraph, the same boxes head
	// the page's teasers: no paragraph of the article follows.
	lines = slices.Concat(rt37Menu, head, rt37Prose, box, []string{"Officers recommended approval"}, rt37Foot)
	checkMarkerKept(t, "boxes after the article", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+len(rt37Prose)
	})
}

// rt40Odds is a betting box inside a match report: its rows go for the
// betting rule, its labels between them with the box.
var rt40Odds = []string{"Odds by Example Sportsbook", "Next game: Bills vs. Chiefs", "Sun, Nov. 17, 4:25 PM ET", "Spread",
	"BUF +2.5 (-110)", "KC -2.5 (-110)", "Moneyline", "BUF +120", "KC -142", "Total", "O 47.5 (-108)", "U 47.5 (-112)",
	"Bet now", "21+. Gambling problem? Call 1-800-GAMBLER. Odds subject to change."}

// TestBoxLabelsRT40: a betting box between two paragraphs of the
// article goes whole with the labels between its rows, and the run of
// the article crosses it; a subheading under the box, over the
// article's next section, stays.
func TestBoxLabelsRT40(t *testing.T) {
	head := []string{"Vance's overtime field goal lifts Bills past Browns", "By Caleb Marchetti"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], rt40Odds, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	after := p + 2 + len(rt40Odds)
	checkMarkerKept(t, "betting box", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= after && i < after+2
	})
	d := blockDoc(lines...)
	Default().Mark(d)
	if r := d.Paragraphs[p+2+3].Removal; r == nil || r.Rule != RuleSponsor || r.Detail != detailBoxLabel {
		t.Errorf("the label %q: removal %+v, want %s (%s)", d.Paragraphs[p+2+3].Text, r, RuleSponsor, detailBoxLabel)
	}
	// Negative: the box's rows, then a subheading and the article's next
	// paragraphs: the subheading has no row under it.
	rows := rt40Odds[4:]
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], rows, []string{"Where the Bills go from here"}, rt37Prose[2:], rt37Foot)
	after = p + 2 + len(rows)
	checkMarkerKept(t, "subheading under the box", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= after && i < after+3
	})
	// Negatives: a label above the rows only (no label between two
	// rows), a short sentence between the rows, a box of two rows: the
	// kept lines stay.
	for name, box := range map[string][]string{
		"label above the rows": {"The Bills' next test", "BUF +120", "KC -142", "O 47.5 (-108)", "U 47.5 (-112)"},
		"sentence inside":      {"BUF +120", "KC -142", "He was fined.", "O 47.5 (-108)", "U 47.5 (-112)"},
		"two rows":             {"Spread", "BUF +2.5 (-110)", "Moneyline", "BUF +120"},
	} {
		lines = slices.Concat(rt37Menu, head, rt37Prose[:2], box, rt37Prose[2:], rt37Foot)
		d := blockDoc(lines...)
		(&Classifier{Rules: Rules(), Passes: ContextPasses()}).Mark(d)
		for k, text := range box {
			if r := d.Paragraphs[p+2+k].Removal; r != nil && r.Detail == detailBoxLabel {
				t.Errorf("%s: %q removed as a box's label", name, text)
			}
		}
	}
}

// TestFieldsInRunRT40: a match report's closing record of fields whose
// first lines read as prose (so the run took them) goes on to its last
// field, which alone is no prose.
func TestFieldsInRunRT40(t *testing.T) {
	head := []string{"Vance's overtime field goal lifts Bills past Browns", "By Caleb Marchetti"}
	record := []string{"By the numbers",
		"Buffalo: 361 total yards, 22 first downs, 1 turnover, 5 of 14 on third down.",
		"Cleveland: 338 total yards, 19 first downs, 0 turnovers, 1 of 4 in the red zone.",
		"Andre Pruitt: 7 catches, 88 yards, 1 TD.",
		"Terrell Banks: 2 sacks, 3 QB hits, 1 forced fumble."}
	lines := slices.Concat(rt37Menu, head, rt37Prose, record, rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	checkMarkerKept(t, "record in the run", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+len(rt37Prose)+len(record)
	})
}

// TestCaptionInHeadRT40: a photo's caption over its credit between the
// standfirst and the byline block costs the title search no reach, and
// the standfirst above it stays.
func TestCaptionInHeadRT40(t *testing.T) {
	checkRT37Page(t, "caption under the standfirst", rt37Menu, []string{
		"Wildfire near the lake still burning as residents are told to stay indoors",
		"The fire has spread over 300 hectares. Rescue officials say it is not yet under control.",
		"Smoke could be seen tens of kilometres away on Wednesday morning.",
		"Photo: Heikki Nurminen / Example News",
		"Minna Karjalainen", "17.7.2024 11:24", "Updated 17.7.2024 15:08", "Share", "Listen", "4 min"}, 0, 1)
}

// TestBylinesRT40: Swedish, Urdu, Arabic, Persian, Hindi and Bengali
// dates, a Malay byline; and headlines like them.
func TestBylinesRT40(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Publicerad 14 maj 2024 kl. 06.00", true},
		{"Uppdaterad 14 maj 2024 kl 11.42", true},
		{"14 maj 2024", true},
		{"14 جون 2024", true},
		{"14 يونيو 2024", true},
		{"۲۳ آبان ۱۴۰۵", true},
		{"१४ जून २०२४", true},
		{"১৪ জুন ২০২৪", true},
		{"Oleh Nurul Aina Hassan", true},
		{"کرکٹ بورڈ نے 14 جون 2024 کو سلیکشن کمیٹی تحلیل کر دی", false},
		{"Oleh karena itu, pemerintah menunda proyek", false},
		{"The Editor, a reporter", false},                     // a determiner opens it
		{"Farmers, growers and the reporter", false},          // one name word
		{"Jane Roe, Political Correspondent, London", false},  // two commas
		{"Regeringen vill ge betyg från årskurs fyra", false}, // no date
	} {
		if got := byline(c.text); got != c.want {
			t.Errorf("byline(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTickerOverHeadlineRT40: a breaking-news ticker right over the
// headline is no headline over a standfirst: the headline under it is.
func TestTickerOverHeadlineRT40(t *testing.T) {
	checkRT37Page(t, "ticker over the headline", rt37Menu, []string{
		"BREAKING: Senate session adjourned till Thursday amid opposition walkout",
		"High court strikes down provincial order allowing detention over social media posts",
		"By Jane Doe", "Published March 5, 2024"}, 1)
	// Negative: a headline that opens with a word in capitals and a colon
	// that is no ticker's label stays.
	checkRT37Page(t, "label over the headline", rt37Menu, []string{
		"ANALYSIS: Senate session adjourned till Thursday amid opposition walkout",
		"High court strikes down provincial order allowing detention over social media posts",
		"By Jane Doe", "Published March 5, 2024"}, 0, 1)
}

// TestCaptionOverCreditRT40: a caption over its credit inside the
// article goes when a link the rules removed stands between the credit
// and the next paragraph; when a caption the rules removed stands under
// the credit, the credit is that caption's, and the paragraph above it
// stays.
func TestCaptionOverCreditRT40(t *testing.T) {
	head := []string{"Bridge to close for a year as council orders urgent repairs", "By Jane Doe"}
	lo := len(rt37Menu)
	p := lo + len(head)
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], []string{"Engineers inspect the bridge on Tuesday.", "Photo: Jane Roe/Example News",
		"Read also: Ring road to get a third lane next spring"}, rt37Prose[2:], rt37Foot)
	checkMarkerKept(t, "caption over a link", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+5 && i < p+5+len(rt37Prose)-2
	})
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], []string{"He has consistently denied being unfair to her.", "Image copyright Getty Images",
		"Image caption Engineers inspect the bridge on Tuesday"}, rt37Prose[2:], rt37Foot)
	checkMarkerKept(t, "credit over its caption", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+3 || i >= p+5 && i < p+5+len(rt37Prose)-2
	})
}

// TestGalleryCaptionOverCreditRT40: in a photo essay, whose captions are
// the article, the last caption over its credit and a print shop's button
// stays though a paragraph (the photographer's note) follows them.
func TestGalleryCaptionOverCreditRT40(t *testing.T) {
	captions := []string{
		"Before dawn, Walter Penhale unrolls a forty-foot section of trawl net across the floor of his shed.",
		"Penhale's hands move faster than the eye can follow, and a net can take hundreds of tears on one trip.",
		"Jenna Rowse, 34, is the youngest of the port's net menders, and she learned the trade from her grandfather.",
		"At dusk, a mended net is loaded back onto the Morwenna. It will be at sea again by morning.",
	}
	lines := slices.Concat(rt37Menu, []string{"The last net menders of Port Selwyn", "Photographs by Iris Tamvakis", "View as gallery"})
	lo := len(rt37Menu)
	var keep []int
	for k, c := range captions {
		lines = append(lines, "Photo "+string(rune('1'+k))+" of 4")
		keep = append(keep, len(lines))
		lines = append(lines, c, "Iris Tamvakis for The Example Review", "Buy a print")
	}
	// The photographer's note under the essay: prose under the last
	// credit.
	lines = append(lines, "Iris Tamvakis is a documentary photographer based in Falmouth, and her work focuses on coastal labour and communities.")
	lines = append(lines, rt37Foot...)
	d := blockDoc(lines...)
	Default().Mark(d)
	for _, i := range append(keep, lo) {
		if p := &d.Paragraphs[i]; !p.Kept() {
			t.Errorf("photo essay: line %d %q removed (%+v), want kept", i, p.Text, *p.Removal)
		}
	}
}

// TestNameWithJobRT40: the author's name with the job after a comma, and
// the author's handle under it (a contact line), over a time of day: the
// headline and its standfirst are above them.
func TestNameWithJobRT40(t *testing.T) {
	checkRT37Page(t, "name and job over the time", rt37Menu, []string{
		"Whānau build first homes on ancestral land after decade-long fight with council",
		"Twelve homes on Māori land are ready for families, after years of consent hurdles and a funding gap.",
		"Mihi Te Rangi, Te Ao Māori reporter", "@mihitr_news", "6:04 am today", "Share this"}, 0, 1)
}

// TestInlineLabelOverSubheadingRT40: a read-also label between two
// paragraphs, when the paragraph under it is followed (an ad between) by
// a subheading over a section of prose, is no section header: the
// paragraphs above it stay. (Serbian, red team 40.)
func TestInlineLabelOverSubheadingRT40(t *testing.T) {
	page := []string{
		"Počelo kopanje tunela za prvu liniju metroa: mašina „Ljubica“ krenula ispod Save",
		"Mašina za bušenje tunela duga 110 metara počela je danas da kopa prvu deonicu podzemne trase, a prvi putnici bi, prema najavama, metroom mogli da se voze krajem 2029. godine.",
		"Autor: Jelena Marković",
		"15.05.2024. 12:47",
		"Komentari (38)",
		"Podeli",
		"Foto: Glasnik/Nemanja Ilić",
		"Mašina za bušenje tunela, koju su radnici nazvali „Ljubica“, danas je i zvanično krenula sa gradilišta kod Ade Ciganlije, čime je počela izgradnja podzemnog dela prve linije beogradskog metroa.",
		"Prva deonica, duga 3,4 kilometra, vodiće ka Novom Beogradu, ispod korita Save. Prema planu, mašina bi dnevno trebalo da napreduje između 12 i 15 metara.",
		"„Ovo je najveći infrastrukturni projekat u istoriji Beograda i danas pravimo korak od kog nema povratka“, rekao je gradski sekretar za saobraćaj Dragan Petrović na svečanosti povodom početka radova.",
		"Pročitajte još:",
		"Gradski prevoz od ponedeljka menja trase: Ove linije više ne idu preko mosta",
		"Petrović je naveo da će prva linija imati 21 stanicu i biti duga oko 22 kilometra, kao i da se vrednost celog projekta procenjuje na oko 4,4 milijarde evra.",
		"Reklama",
		"Izmene saobraćaja kod Ade",
		"Zbog radova, od ponedeljka će biti izmenjen režim saobraćaja u Ulici savskih terasa, gde će se vozila kretati samo jednom trakom u oba smera.",
		"Iz Sekretarijata za saobraćaj navode da će izmene trajati najmanje šest meseci i mole građane da koriste alternativne pravce.",
		"Stanari okolnih zgrada zabrinuti su zbog buke i vibracija.",
		"– Niko nam nije rekao koliko će ovo trajati noću. Imamo malu decu, a gradilište radi i posle ponoći – kaže Milica Jovanović iz obližnje zgrade.",
	}
	menu := []string{"Naslovna", "Vesti", "Politika", "Ekonomija", "Sport", "Zabava", "Zdravlje", "Magazin", "Beograd"}
	foot := []string{"Najčitanije", "Kontakt", "Impresum", "Marketing", "Politika privatnosti", "© 2024 Beogradski Glasnik. Sva prava zadržana."}
	lines := slices.Concat(menu, page, foot)
	lo := len(menu)
	drop := map[int]bool{2: true, 3: true, 4: true, 5: true, 6: true, 10: true, 11: true, 13: true}
	checkMarkerKept(t, "label over a subheading", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+len(page) && !drop[i-lo]
	})
}
