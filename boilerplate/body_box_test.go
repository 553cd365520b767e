package boilerplate

import (
	"testing"
)

// boxArticle returns the lines of a news story: a menu, its title, a
// byline, head paragraphs, the block, tail paragraphs and a footer, and the
// index of its first and of its last article line.
func boxArticle(head, tail int, box []string) (lines []string, first, blockAt, last int) {
	paras := []string{
		"The city council voted on Tuesday to close the old bridge over the river for repairs from the start of next month.",
		"Engineers found cracks in two of the supports last year, and the council said the work could not wait any longer.",
		"Drivers will have to use the ring road, which the council has promised to widen before the bridge closes in the spring.",
		"Shop owners near the bridge said they feared losing customers, and asked the council for help with their rents.",
		"The council said it would publish a report on the progress of the work every week on its website.",
		"Residents of the neighbourhood mostly welcomed the decision, although some worried about the traffic.",
		"The bridge was built more than fifty years ago and has not had any major repairs since then.",
		"A cycle lane and a wider footpath will be added when the work is finished, the council said.",
		"The work is expected to cost about four million, most of it paid for by a grant from the government.",
		"The bridge should open again in time for the summer festival, which draws thousands of visitors.",
	}
	lines = []string{"Home", "News", "Local", "Sport", "Weather", "Council to close the old bridge for repairs", "By Jane Doe"}
	first = 5
	lines = append(lines, paras[:head]...)
	blockAt = len(lines)
	lines = append(lines, box...)
	lines = append(lines, paras[head:head+tail]...)
	last = len(lines) - 1
	lines = append(lines, "Privacy Policy", "© 2026 City News")
	return lines, first, blockAt, last
}

// TestBodyBox checks that a box of links inside the article (a "Related"
// header and headlines, a table of contents) does not cut the article when
// the smaller part is on either side of it: the prose on both sides stays,
// the box goes.
func TestBodyBox(t *testing.T) {
	related := []string{"Related", "Storm warning for the weekend", "New bus lanes open in the centre", "Schools to get more money"}
	for _, c := range []struct {
		name       string
		head, tail int
	}{
		{"short tail", 5, 4},
		{"short head", 3, 6},
	} {
		lines, first, at, last := boxArticle(c.head, c.tail, related)
		checkBodyKept(t, c.name+": ", lines, func(i int) bool {
			return i == first || first+2 <= i && i <= last && (i < at || i >= at+len(related))
		})
	}
	// A table of contents whose entries come back as subheadings, after a
	// short introduction: the subheadings stay.
	lines := []string{"Home", "Guides", "How to keep a house warm in winter", "By Jane Doe",
		"Energy prices are going up again this winter, and many households are looking for ways to save on heating.",
		"We asked three advisers for the changes that make the biggest difference, and here is what they said.",
		"Contents", "Turn down the boiler", "Seal the windows", "Check your tariff",
		"Turn down the boiler",
		"Most boilers are set far higher than they need to be, and a lower setting can cut gas use by a tenth.",
		"The change takes a few minutes, and the manual of the boiler explains how to make it.",
		"Seal the windows",
		"Gaps around doors and windows let out a large share of the heat of an older house.",
		"Strips that stick to the frame are cheap, and they can be put in place in an afternoon.",
		"Check your tariff",
		"If you have not looked at your tariff in a year, you may be paying more than you need to.",
		"Fixed deals are worth a look if you want certainty, but check the fees for leaving early.",
		"Privacy Policy", "© 2026 Money Guides"}
	checkBodyKept(t, "contents: ", lines, func(i int) bool { return i == 2 || 4 <= i && i <= 5 || 10 <= i && i <= 18 })
}

// TestBodyBoxEnd checks that a box of links after the article still ends
// it when what follows is not more of the article: a footer notice, a
// menu, teasers with their summaries.
func TestBodyBoxEnd(t *testing.T) {
	for name, after := range map[string][]string{
		"footer notices": {"Related", "Storm warning for the weekend", "New bus lanes open in the centre", "Schools to get more money",
			"City News may earn a commission from purchases made through links on this site, as described in our policy.",
			"We use cookies to improve your experience of the site, and you can change your settings at any time."},
		"menu": {"Related", "Home", "World", "Sport",
			"The council said on Monday that the library would close for two weeks, and that the books would move to the school.",
			"Readers will be able to borrow books from the school hall, which the council said would open every afternoon.",
			"The library will reopen with a new reading room for children and longer opening hours at the weekend."},
		"teasers": {"Related", "Storm warning for the weekend",
			"Forecasters said on Friday that strong winds would reach the coast, and warned drivers to stay at home.",
			"New bus lanes open in the centre",
			"The lanes, which run along the high street, are meant to make the buses faster at rush hour, the council said.",
			"Schools to get more money",
			"Every school in the city will get more money for books next year, after the council agreed its budget."},
	} {
		lines, first, _, last := boxArticle(6, 0, nil)
		lines = append(lines[:last+1], append(after, lines[last+1:]...)...)
		checkBodyKept(t, name+": ", lines, func(i int) bool { return i == first || first+2 <= i && i <= last })
	}
}

// TestBodyShortEdges checks that a short sentence right next to the body
// run, the article's first or last paragraph, stays, and that only the one
// line next to the run is taken: a second short sentence after it, a call
// to action or a slogan with an exclamation mark goes.
func TestBodyShortEdges(t *testing.T) {
	for _, c := range []struct {
		name        string
		open, close []string
		keep        int // lines of close kept
	}{
		{"opening", []string{"Then came the rain."}, nil, 0},
		{"closing quote", nil, []string{"\u201cWe will see,\u201d Doe said."}, 1},
		{"closing remark", nil, []string{"Doe declined further comment."}, 1},
		{"one line only", nil, []string{"Doe declined further comment.", "Sign up for more like this."}, 1},
		{"slogan", nil, []string{"Sharing is caring!"}, 0},
	} {
		lines, first, _, last := boxArticle(6, 0, nil)
		head := append(append(append([]string{}, lines[:first+2]...), c.open...), lines[first+2:last+1]...)
		lines = append(append(head, c.close...), lines[last+1:]...)
		last += len(c.open)
		checkBodyKept(t, c.name+": ", lines, func(i int) bool { return i == first || first+2 <= i && i <= last+c.keep })
	}
}

// TestBodyLists checks lists of the article's own between or after its
// paragraphs: a list that a line ending with a colon introduces, between
// two parts of the article, and one the last paragraph introduces, stay;
// so does the article after a numbered table of contents longer than a
// box of links, whose entries come back as subheadings with an edit link
// ("Geology[edit]"), while the table goes.
func TestBodyLists(t *testing.T) {
	lines := electionPage("Among the most notable results:")
	checkBodyKept(t, "introduced list: ", lines, func(i int) bool { return i == 3 || 5 <= i && i <= 18 })

	end := []string{"The area is one of the most visited in the region, and the council lists its sights. They include:",
		"the old mill, a museum of farming", "the castle, open in the summer", "the lake, a nature reserve",
		"References", "Doe, Jane (2024). \"The bridges of the region\". Journal of Bridges. 38 (2): 111-114."}
	lines2, first, _, last := boxArticle(6, 0, nil)
	lines = lines2
	lines = append(lines[:last+1], append(end, lines[last+1:]...)...)
	checkBodyKept(t, "closing list: ", lines, func(i int) bool { return i == first || first+2 <= i && i <= last+4 })

	// An encyclopedia page whose table of contents (numbered, longer than
	// a box of links) comes between the lead and the sections: the table's
	// entries come back as headings with an edit link ("Geology[edit]").
	lines = []string{"Jump to content", "Main menu", "Search", "Log in", "Lake Example",
		"From the free encyclopedia", "Coordinates: 64°36′N 16°00′W",
		"Lake Example is a shallow lake in the north of the island, not far from the old volcano.[1] It has a surface area of 37 km² and a maximum depth of 4.5 m.[2]",
		"The lake and the wetlands around it are home to a great number of water birds, especially ducks, and the name of the lake comes from the midges that swarm over it in summer.",
		"Contents", "1 Geology", "1.1 Lava", "1.2 River", "2 Ecology", "2.1 Birds", "2.2 Algae", "3 Tourism", "4 References",
		"5 External links",
		"Geology[edit]",
		"The lake was created by a large lava eruption about two thousand years ago, and the landscape around it is full of volcanic forms.",
		"The river that drains the lake is known for its fishing.",
		"Ecology[edit]",
		"The lake has a rich ecology. Thirteen kinds of duck breed there, and the midges feed the fish and the birds alike.",
		"It was also home to one of the few colonies of a rare ball-shaped alga, which has now almost gone.",
		"Tourism[edit]",
		"The area is one of the most visited on the island. Its sights include:",
		"the lava fields, a maze of rock towers", "the crater, a cone of ash", "the baths, a warm lagoon",
		"References[edit]", "^ \"Lake Example\". Environment Agency. Retrieved 3 March 2024.",
		"External links[edit]", "Media related to Lake Example", "Categories: Lakes",
		"This page was last edited on 14 October 2026, at 09:12 (UTC).", "Privacy policy", "Disclaimers"}
	// The lead and the sections stay; the table is left to the contents
	// pass when the run crosses it.
	checkBodyKept(t, "numbered contents: ", lines, func(i int) bool { return 6 <= i && i <= 29 })
}

// TestContentsKey checks how an entry of a table of contents and a
// subheading are compared: without a number before and an edit link
// after.
func TestContentsKey(t *testing.T) {
	for _, c := range [][2]string{
		{"1 Geology", "Geology"}, {"2.1 Lava fields", "Lava fields"}, {"3. Tourism", "Tourism"},
		{"Geology[edit]", "Geology"}, {"Geschichte [Bearbeiten]", "Geschichte"}, {"Tourism", "Tourism"},
		{"10 best beaches", "best beaches"}, // compared with a subheading that has the number too, it still matches
		{"1999", "1999"}, {"2026 in review", "in review"}, {"Notes [1]", "Notes"}, {"Read [more here]", "Read [more here]"},
	} {
		if got := contentsKey(c[0]); got != c[1] {
			t.Errorf("contentsKey(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestBodyDialogue checks the end of a transcript: the last short turns
// after the body run stay, up to what is not a turn; after an article
// that is no transcript, a line shaped like a turn goes.
func TestBodyDialogue(t *testing.T) {
	turns := []string{
		"DOE: Things like rent, insurance, car repairs and medical care, which are driven mostly by wages and not by what the central bank does.",
		"ROE: Is that a bad thing? People want raises, and the last few years have been hard on their budgets.",
		"DOE: No, it is not bad for workers at all. But it does mean the bank will be cautious about cutting rates too soon.",
		"ROE: So when do you expect the first cut, and how many do you expect in the course of next year?",
		"DOE: Probably not before the spring, and I would be surprised if there were more than two cuts next year.",
		"ROE: Jane Doe, thanks so much.",
	}
	end := []string{"DOE: Thank you.", "(SOUNDBITE OF MUSIC)", "ROE: Jane Doe is a former governor of the bank.",
		"More Stories From Radio", "Eggs are getting dearer again"}
	lines := append(append(append([]string{"Home", "News", "Programs", "Former governor on why rate cuts may come slowly", "By John Roe"},
		turns...), end...), "Privacy Policy", "© 2026 Radio")
	checkBodyKept(t, "transcript: ", lines, func(i int) bool { return i == 3 || 5 <= i && i <= 13 })

	lines, first, _, last := boxArticle(6, 0, nil)
	lines = append(lines[:last+1], append([]string{"EDITOR'S PICKS: Ten walks for the winter"}, lines[last+1:]...)...)
	checkBodyKept(t, "no transcript: ", lines, func(i int) bool { return i == first || first+2 <= i && i <= last })
}

// TestSpeakerTurn checks the lines of a transcript endDialogue takes.
func TestSpeakerTurn(t *testing.T) {
	for _, c := range []struct {
		text       string
		turn, note bool
	}{
		{"INSKEEP: Really?", true, false},
		{"MS. WHITFIELD: Productive.", true, false},
		{"SECRETARY CARVER: Thank you.", true, false},
		{"Q Productive?", true, false},
		{"Q: What changed?", true, false},
		{"A: Three offers in a week.", true, false},
		{"(SOUNDBITE OF MUSIC)", false, true},
		{"[LAUGHTER]", false, true},
		{"Note: the figures are provisional.", false, false},
		{"Jane Doe: a life in pictures", false, false},
		{"A new bridge opens", false, false},
		{"Q", false, false},
		{"(Reporting by Jane Doe)", false, false},
		{"(AP)", false, true}, // a bracketed agency after a turn is rare; the run ends at what is not a turn anyway
		{"THE LONG AND WINDING ROAD TO: Nowhere", false, false},
		// The edges: "Q" and "A" alone or in a word, the length of a
		// speaker's name and the marks inside it.
		{"Q:", false, false},
		{"Q. What changed?", true, false},
		{"A.M. trading was calm", false, false},
		{"SECRETARY OF STATE CARVER: Thank you.", true, false},
		{"FIVE WORDS IN CAPITALS HERE: Nothing", false, false},
		{"JEAN-PIERRE: Merci.", true, false},
		{"O'BRIEN: Yes.", true, false},
		{"AL: Thanks for having me.", true, false},
		{"X.: the unknown", false, false},
		{"(A)", false, false},
		{"[APPLAUSE]", false, true},
		{"(1992)", false, false},
		{"(Laughter)", false, false},
		// A timecode before the turn (see cutTimecode).
		{"[00:12:31] HOST: Let's talk about the eleven days.", true, false},
		{"(12:31) MARIA LOPEZ: Honestly, it was slow.", true, false},
		{"1:02:03 Q: What changed?", true, false},
		{"[00:12:31] The host asks about the eleven days.", false, false},
		{"[00:12:31]HOST: Yes.", false, false},
		{"[00:12:31 HOST: Yes.", false, false},
		{"[1231] HOST: Yes.", false, false},
		{"[12] HOST: Yes.", false, false},
		{"[00:12:31x HOST: Yes.", false, false},
		{"123:45 HOST: Yes.", false, false},
	} {
		if got := speakerTurn(c.text); got != c.turn {
			t.Errorf("speakerTurn(%q) = %v, want %v", c.text, got, c.turn)
		}
		if got := stageDirection(c.text); got != c.note {
			t.Errorf("stageDirection(%q) = %v, want %v", c.text, got, c.note)
		}
	}
}
