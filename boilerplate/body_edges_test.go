package boilerplate

import (
	"slices"
	"testing"

	"github.com/cleantext/clean"
)

// guideWithContents returns an encyclopedia-like page: a menu, the title,
// a lead of two paragraphs, a table of contents of n entries under the
// line label and the n sections it points to (a subheading, named like its
// entry, and two paragraphs each), then a footer; and the index of the
// title.
func guideWithContents(n int, label string) (lines []string, title int) {
	names := []string{"Geology", "Lava fields", "The river", "Ecology", "Water birds", "The algae",
		"Fishing rights", "Tourism", "Walking routes", "The old farms", "Climate", "Winter roads"}
	lines = []string{"Jump to content", "Main menu", "Search", "Log in", "The lake of the midges",
		"Lake Example is a shallow lake in the north of the island, not far from the old volcano. It has a surface area of 37 km² and a maximum depth of 4.5 m.",
		"The lake and the wetlands around it are home to a great number of water birds, especially ducks, and the name of the lake comes from the midges that swarm over it in summer.",
		label}
	lines = append(lines, names[:n]...)
	for _, name := range names[:n] {
		lines = append(lines, name,
			"The lake was created by a large lava eruption about two thousand years ago, and the landscape around it is full of volcanic forms.",
			"The river that drains the lake is known for its fishing, and anglers come from far away to try it in the summer months.")
	}
	return append(lines, "Privacy policy", "Disclaimers"), 4
}

// TestBodyContentsLines checks how long a table of contents the body run
// crosses between the lead and the sections: up to contentsLines lines,
// its label and the first subheading after it included. The lead stays
// and the table goes; a table of one line more is not crossed, and the
// run keeps the longer part only (the lead is lost: the bound, not a
// wish).
func TestBodyContentsLines(t *testing.T) {
	const n = 10 // contentsLines with the label and the first subheading
	lines, title := guideWithContents(n, "Contents")
	tableAt := title + 3
	checkBodyKept(t, "longest table crossed: ", lines, func(i int) bool {
		return i == title || title < i && i < tableAt || tableAt+n < i && i < len(lines)-2
	})
	lines, _ = guideWithContents(n+1, "Contents")
	for _, m := range []interface{ Mark(*clean.Document) }{BodyFinder{}, Default()} {
		d := blockDoc(lines...)
		m.Mark(d)
		if d.Paragraphs[title+1].Kept() {
			t.Errorf("%T: a table of %d lines crossed", m, n+3)
		}
	}
}

// TestBodyListEnd checks the list the article's last paragraph introduces
// (it ends with a colon): the body run takes up to bridgeLines kept lines
// after it, each with a stopword, and stops before a line the rules
// removed, a section header or a line that ends with a colon itself.
func TestBodyListEnd(t *testing.T) {
	const intro = "The area is one of the most visited in the region, and the council lists its sights. They include:"
	items := []string{"the old mill, a museum of farming", "the castle, open in the summer", "the lake, a nature reserve",
		"the bridge, the oldest in the county", "the market, held on Saturdays", "the church, with its painted roof",
		"the harbour, home to the ferry"}
	// The page goes on with its references (without them, the list would
	// be a cluster of short lines at the page's edge).
	refs := []string{"References", "Doe, Jane (2024). \"The bridges of the region\". Journal of Bridges. 38 (2): 111-114."}
	for _, c := range []struct {
		name  string
		after []string
		keep  int // how many lines of after stay
	}{
		{"six items", items[:6], 6},
		{"seven items", items, 6},
		{"a section header", []string{items[0], "More from the author", items[1]}, 1},
		{"a line ending with a colon", []string{items[0], "Opening hours of the sights:", items[1]}, 1},
	} {
		lines, first, _, last := boxArticle(6, 0, nil)
		lines = append(lines[:last+1:last+1], append(append(append([]string{intro}, c.after...), refs...), lines[last+1:]...)...)
		checkBodyKept(t, c.name+": ", lines, func(i int) bool { return i == first || first+2 <= i && i <= last+1+c.keep })
	}
	// A line the rules removed ends the list (the body finder alone keeps
	// it: it has a stopword).
	lines, first, _, last := boxArticle(6, 0, nil)
	lines = append(lines[:last+1:last+1], append(append([]string{intro, items[0], "Share on Facebook", items[1]}, refs...), lines[last+1:]...)...)
	d := blockDoc(lines...)
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		if want := i == first || first+2 <= i && i <= last+2; p.Kept() != want {
			t.Errorf("removed line: line %d %q kept %v, want %v", i, p.Text, p.Kept(), want)
		}
	}
	// A list of teasers (headline, date, summary) ends the list at its
	// first record: from the first teaser's date on, nothing stays.
	var teasers []string
	for _, h := range []string{"Storm warning for the weekend", "New bus lanes open in the centre", "Schools to get more money"} {
		teasers = append(teasers, h, "Updated on 21 November 2026",
			"The forecasters expect gales on the coast and heavy rain inland for most of the day, the agency said.")
	}
	lines, first, _, last = boxArticle(6, 0, nil)
	lines = append(lines[:last+1:last+1], append(append([]string{intro}, teasers...), lines[last+1:]...)...)
	d = blockDoc(lines...)
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		if keep := i == first || first+2 <= i && i <= last+1; keep && !p.Kept() || i > last+2 && p.Kept() {
			t.Errorf("teasers: line %d %q kept %v", i, p.Text, p.Kept())
		}
	}
}

// TestBodyDialogueEnd checks how far from the run's end endDialogue looks
// for a speaker's turn (dialogueLines lines) and where it stops: at a line
// the rules removed and at a section header, turns after them or not.
func TestBodyDialogueEnd(t *testing.T) {
	turns := []string{
		"DOE: Things like rent, insurance, car repairs and medical care, which are driven mostly by wages and not by what the central bank does.",
		"ROE: Is that a bad thing? People want raises, and the last few years have been hard on their budgets.",
		"DOE: No, it is not bad for workers at all. But it does mean the bank will be cautious about cutting rates too soon.",
	}
	more := []string{ // a turn that goes on over several paragraphs
		"And that caution has a cost of its own, because businesses put off their plans while they wait to see what happens.",
		"Some of them will not wait, and we are already seeing fewer new jobs in building and in the shops than a year ago.",
		"So I would expect the first cut in the spring, and I would be surprised if there were more than two cuts next year.",
	}
	head := []string{"Home", "News", "Programs", "Former governor on why rate cuts may come slowly", "By John Roe"}
	closing := []string{"DOE: Thank you.", "(SOUNDBITE OF MUSIC)", "ROE: Jane Doe is a former governor of the bank."}
	const lastTurn = "DOE: Thank you, it was a pleasure."
	foot := []string{"More Stories From Radio", "Eggs are getting dearer again", "Privacy Policy", "© 2026 Radio"}
	for _, c := range []struct {
		name  string
		body  []string // after the turns
		after []string // after the body run
		keep  int      // how many lines of after stay
	}{
		{"a turn two lines above the end", more[:2], closing, 3},
		{"a turn three lines above the end", more, closing, 1}, // the line after the run is an edge line
		{"a section header", nil, []string{"ROE: Jane Doe, thank you.", "RELATED STORIES: Budget talks", "DOE: Thank you.",
			"Transcript provided by the programme; it may be updated and the audio is the authoritative record of what was said."}, 1},
		{"a line the rules removed", nil, []string{"ROE: Jane Doe, thank you.", "(ADVERTISEMENT)", lastTurn}, 1},
	} {
		lines := append(append(append(append(append([]string{}, head...), turns...), c.body...), c.after...), foot...)
		end := len(head) + len(turns) + len(c.body) + c.keep
		d := blockDoc(lines...)
		Default().Mark(d)
		for i, p := range d.Paragraphs {
			if want := i == 3 || len(head) <= i && i < end; p.Kept() != want {
				t.Errorf("%s: line %d %q kept %v (%s), want %v", c.name, i, p.Text, p.Kept(), ruleOf(&p), want)
			}
		}
	}
}

// TestSentenceEndsEdges checks the closers sentenceEnds passes over after
// a full stop: a closing square bracket and a closing single quotation
// mark.
func TestSentenceEndsEdges(t *testing.T) {
	for _, c := range []struct {
		text  string
		sents int32
	}{
		{"It was over [they said.] It was not.", 2},
		{"She said \u2018no.\u2019 He left.", 2},
	} {
		stopOnce.Do(loadStopwords) // scan reads the rune classes it loads
		var st lineStats
		scan(c.text, &st, nil)
		if st.sents != c.sents {
			t.Errorf("scan(%q): %d sentence ends, want %d", c.text, st.sents, c.sents)
		}
	}
}

// titleMenu and titleProse surround the head of a story in the title
// tests: a menu above it, three paragraphs under it.
var (
	titleMenu  = []string{"Home", "World", "Sports", "Business", "Technology", "Contact us"}
	titleProse = []string{
		"The council said on Monday that the bridge would close for repairs, and that the work would take most of the year.",
		"Drivers will have to use the ring road, which the council said it would widen before the bridge closes in the spring.",
		"The mayor told residents that the bridge was more than fifty years old and had never been repaired since it opened.",
	}
)

// headCase is the head of a story, between titleMenu and titleProse, and
// the indexes in head of the lines the classifier keeps.
type headCase struct {
	name string
	head []string
	keep []int
}

// page returns the case's head over titleMenu and under titleProse,
// share buttons and a footer, and which of its lines the classifier
// keeps: the prose, and of the head the lines of keep.
func (c headCase) page() ([]string, func(i int) bool) {
	menu, prose := titleMenu, titleProse
	lines := append(append(append(append([]string{}, menu...), c.head...), prose...), "Share", "Tweet", "Privacy policy")
	return lines, func(i int) bool {
		return len(menu)+len(c.head) <= i && i < len(menu)+len(c.head)+len(prose) || slices.Contains(c.keep, i-len(menu))
	}
}

// checkHeads checks the lines kept of each case's page (see
// headCase.page), by the body finder alone and by the default classifier.
func checkHeads(t *testing.T, cases []headCase) {
	t.Helper()
	for _, c := range cases {
		lines, keep := c.page()
		checkBodyKept(t, c.name+", ", lines, keep)
	}
}

// TestBodyTitleEdges checks the bounds of the title search: a standfirst
// of dekWords words or more under a headline of at most dekSlack words
// more, a button of at most buttonWords words under the byline, and a
// standfirst under the title that is one to three sentences in sentence
// case. Beyond them the line is taken for the title (or is no title).
func TestBodyTitleEdges(t *testing.T) {
	menu, prose := titleMenu, titleProse
	const title, dek = "Bridge to close for a year of repairs", "The work will take most of next year"
	checkHeads(t, []headCase{
		{"standfirst of eight words", []string{title, dek, "By Jane Doe"}, []int{0, 1}},
		{"seven words", []string{title, "Work will take most of next year", "By Jane Doe"}, []int{1}},
		{"headline six words longer", []string{"Old town bridge to close for a year of urgent repairs from May on", dek, "By Jane Doe"}, []int{0, 1}},
		{"headline seven words longer", []string{"Old town bridge to close for a year of urgent repairs from May to June", dek, "By Jane Doe"}, []int{1}},
		// A breadcrumb trail glued to the headline, over the headline.
		{"breadcrumb over headline", []string{"Home News Local News " + dek, dek, "By Jane Doe"}, []int{1}},
		{"button of four words", []string{title, "By Jane Doe", "Four things to know"}, []int{0}},
		// A title-like line right under the byline is passed over too:
		// the headline is above the byline.
		{"five words", []string{title, "By Jane Doe", "Five things to know today"}, []int{0}},
		{"two sentences", []string{title, "The bridge will close in May. The work will take most of a year.", "Jane Doe", "21 November 2026"}, []int{0, 1}},
		{"three sentences", []string{title, "The bridge will close. Work starts in May. It will take a year.", "Jane Doe", "21 November 2026"}, []int{0, 1}},
		{"four sentences", []string{title, "The bridge will close. Work starts in May. It will take a year. Buses will run.", "Jane Doe", "21 November 2026"}, []int{0}},
		{"title case", []string{title, "The Council Says The Work On The Old Bridge Will Take Most Of Next Year.", "Jane Doe", "21 November 2026"}, []int{0}},
	})
	// A line the rules removed between a standfirst and the byline.
	head := []string{title, "The council says the work on the old bridge will take most of next year.", "Share on Facebook", "By Jane Doe"}
	d := blockDoc(append(append(append([]string{}, menu...), head...), prose...)...)
	Default().Mark(d)
	for i, want := range []bool{true, true, false, false} {
		if p := &d.Paragraphs[len(menu)+i]; p.Kept() != want {
			t.Errorf("removed line under the standfirst: %q kept %v, want %v", p.Text, p.Kept(), want)
		}
	}
}

// TestBylineEdges: a verb of bylineVerbs that is not one of publishing
// does not take "in" for "by".
func TestBylineEdges(t *testing.T) {
	for text, want := range map[string]bool{"Story in Pictures": false, "Published in Springfield Weekly": true} {
		if got := byline(text); got != want {
			t.Errorf("byline(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestBodyIntroWords checks that the run crosses a list between two parts
// of the article after its introduction, of introWords words or shorter:
// a list of field records ("Abbey ward: Green gain") is the article's own
// structure whatever introduces it (see markStructure), so the shorter
// introduction no longer ends the run there.
func TestBodyIntroWords(t *testing.T) {
	for _, c := range []struct {
		intro string
		last  int // the last line kept
	}{{"Among the notable results:", 18}, {"The notable results:", 18}} {
		lines := electionPage(c.intro)
		checkBodyKept(t, c.intro+" ", lines, func(i int) bool { return i == 3 || 5 <= i && i <= c.last })
	}
}

// TestContentsKeyEdges: a number is cut only before a space, and a full
// stop only inside it.
func TestContentsKeyEdges(t *testing.T) {
	for _, c := range [][2]string{{"1st place", "1st place"}, {"... and more", "... and more"}} {
		if got := contentsKey(c[0]); got != c[1] {
			t.Errorf("contentsKey(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestBodyContentsNoLabel: a line right above a table of contents that is
// no label of one stays with the article when the run crosses the table.
func TestBodyContentsNoLabel(t *testing.T) {
	const n = 8 // more lines than a box of links: crossed as a table of contents
	lines, title := guideWithContents(n, "What the lake is known for")
	tableAt := title + 3
	checkBodyKept(t, "contents without a label: ", lines, func(i int) bool {
		return i == title || title < i && i <= tableAt || tableAt+n < i && i < len(lines)-2
	})
}

// TestBodyCreditWords: a copyright line of at most creditWords words in
// the article is a picture's credit, and the line above it its caption,
// not the title. Above a longer one the caption is a title-like line
// right under the bylines, which the title search passes over for the
// headline above them too, so both keep the headline.
func TestBodyCreditWords(t *testing.T) {
	menu, prose := titleMenu, titleProse
	for _, c := range []struct {
		credit string
		title  int // the line of head kept as the title
	}{{"© Agency Photo / John Roe", 0}, {"© Agency Photo / John A. Roe", 0}} {
		head := []string{"Bridge to close for a year of repairs", "21 November 2026", "Jane Doe",
			"The old bridge seen from the river bank at dawn", c.credit}
		d := blockDoc(append(append(append(append([]string{}, menu...), head...), prose...), "Share", "Tweet", "Privacy policy")...)
		Default().Mark(d)
		for i := range head {
			if p := &d.Paragraphs[len(menu)+i]; p.Kept() != (i == c.title) {
				t.Errorf("%s: %q kept %v", c.credit, p.Text, p.Kept())
			}
		}
	}
}

// electionPage returns a story of local election results: a menu, the
// title, a byline, five paragraphs, a section of results that the line
// intro introduces, three paragraphs more and a footer.
func electionPage(intro string) []string {
	return []string{"Home", "Elections", "Results", "Greens take control of the city council", "By Jane Doe",
		"The Green Party has taken control of the city council for the first time, winning 24 of the 51 seats.",
		"The party gained 11 seats, most of them from the Conservatives, who had run the council since 2007.",
		"Turnout was 34.8%, slightly up on the last election.",
		"The Green leader said that people had told them on the doorstep that they wanted a council that listens.",
		"The Conservative leader, who held his own seat by 41 votes, said it had been a difficult night.",
		"Seats that changed hands", intro,
		"Abbey ward: Green gain from Conservative", "Castle ward: Green gain from Conservative",
		"River ward: Green gain from Labour", "Mill ward: Conservative hold, majority 41",
		"The Greens will need the support of at least one other councillor to pass their budget.",
		"Labour's leader said her party would look at every proposal on its merits.",
		"The new council will meet for the first time on 3 December.",
		"Privacy Policy", "© 2026 City News"}
}
