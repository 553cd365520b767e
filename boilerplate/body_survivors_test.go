package boilerplate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// The tests in this file each guard one condition of the body finder that
// no other test needed: the page of each is one where the condition
// decides what is kept.

// lineAt returns the index of the line of lines that starts with prefix;
// it panics when there is none, so that a page edited by mistake fails
// loudly.
func lineAt(lines []string, prefix string) int {
	for i, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return i
		}
	}
	panic(fmt.Sprintf("no line starts with %q", prefix))
}

// checkSpan checks that lines from to to (included) of d are all kept, or
// all removed; when rule is not empty, removed by that rule.
func checkSpan(t *testing.T, name string, d *clean.Document, from, to int, kept bool, rule string) {
	t.Helper()
	for i := from; i <= to; i++ {
		p := &d.Paragraphs[i]
		if p.Kept() != kept {
			why := ""
			if p.Removal != nil {
				why = p.Removal.Rule + ": " + p.Removal.Detail
			}
			t.Errorf("%s: line %d %.60q kept %v (%s), want %v", name, i, p.Text, p.Kept(), why, kept)
			continue
		}
		if !kept && rule != "" && p.Removal.Rule != rule {
			t.Errorf("%s: line %d %.60q removed by %q, want %q", name, i, p.Text, p.Removal.Rule, rule)
		}
	}
}

// TestBodyGalleryCaptionsProse guards galleryCaptions: on a gallery page
// whose introduction is plain English (so the page's language is known
// and prose needs its share of stopwords), the captions name a place and
// an animal and hold too few stopwords to be prose. Only galleryCaptions
// makes them the article, the last one included (it comes after the last
// photo number, as far from it as each caption from its own); without it
// they are removed as if they were a list of links after the article.
func TestBodyGalleryCaptionsProse(t *testing.T) {
	lines := []string{"Photography", "In pictures", "Galleries", "Culture",
		"The week in the city parks – in pictures", "By Jane Roe", "Sat 22 Nov 2026 07.00 GMT", "Share",
		"The first hard frost of the winter arrived in the city this week, and our photographers were out in the parks at dawn to see what it had done to them.",
		"They found skaters on a pond that was barely frozen, a fox that had found a warm place to sleep, and a great many birds that were looking for something to eat.",
		"Readers also sent us their own pictures of the week, and a few of the best of them are in the gallery below, with the names of the parks where they were taken.",
	}
	captions := []string{"Kestrel, Riverside Park, Northtown: Kestrel hovering above meadow grass.",
		"Pond, Old Town Gardens, Northtown: Skaters testing thin ice at sunrise.",
		"Oak, Hill Park, Southbury: Ancient oak losing its last leaves.",
		"Swans, Lake Park, Southbury: Two swans gliding past the boathouse.",
		"Fox, Station Gardens, Eastwick: Young fox napping beneath a bench.",
		"Snow, Castle Park, Eastwick: Children building a snowman outside."}
	var at []int
	for k, c := range captions {
		lines = append(lines, fmt.Sprintf("%d of %d", k+1, len(captions)))
		at = append(at, len(lines))
		lines = append(lines, c, "Photograph: Jane Roe/Agency")
	}
	lines = append(lines, "Explore more on these topics", "Parks", "Wildlife", "Share", "Reuse this content", "Most viewed")
	d := blockDoc(lines...)
	Default().Mark(d)
	intro := lineAt(lines, "The first hard frost")
	checkSpan(t, "introduction", d, intro, intro+2, true, "")
	for _, i := range at {
		checkSpan(t, "caption", d, i, i, true, "")
		checkSpan(t, "photo number", d, i-1, i-1, false, "gallery-counter")
	}
}

// TestBodyBridgeBelow guards the direction of the summary-box bridge
// (runScorer.bridge, "dir < 0"): a short block of widget lines after the
// article, then prose with a timestamp (a byline) in it, is a live feed
// of other news below the article, not the rest of it. Only the prose
// above the run, under the article's byline, is a summary box cut off by
// a widget; bridged in both directions, the feed and the widget would be
// kept as the article.
func TestBodyBridgeBelow(t *testing.T) {
	lines := []string{"Home", "News", "Weather", "Sport",
		"Storm closes the coast road for a second day", "By Jane Doe", "20 November 2026",
		"The coast road between Northtown and Southbury stayed closed on Thursday, a day after high waves threw rocks and sand across it.",
		"Engineers from the council spent the morning checking the sea wall, which was damaged in two places during the storm on Wednesday night.",
		"The council said the road would open again once the wall had been made safe, but that it could not yet say when that would be.",
		"Buses between the two towns are running on the inland road, which adds about half an hour to the journey.",
		"Share", "Save for later", "Gift this article", "Print", "Live: storm updates", "Posted 10:42 AM",
		"Forecasters have lifted the wind warning for the coast, and expect calmer weather from tonight.",
		"Ferries to the islands will sail again this afternoon, the operator said.",
		"Posted 9:15 AM",
		"Schools in Southbury have opened as usual, the council said this morning.",
		"Load more updates", "Privacy policy", "Terms of use"}
	first, last := lineAt(lines, "The coast road"), lineAt(lines, "Buses between")
	checkBodyKept(t, "live feed below: ", lines, func(i int) bool { return i == 4 || first <= i && i <= last })
}

// leadPage returns a news page whose headline and byline are followed by
// the lines of lead, then by the article, and the index of the article's
// first line.
func leadPage(lead ...string) (lines []string, first int) {
	lines = append([]string{"Home", "News", "Housing", "Opinion",
		"Rents in the city rise for the tenth month in a row", "By Jane Doe", "20 November 2026"}, lead...)
	first = len(lines)
	lines = append(lines,
		"Rents in the city went up again in October, the tenth month in a row, and the average flat now costs a third more than it did two years ago.",
		"The figures, published on Tuesday by the council, show that rents rose fastest in the north of the city, where a new railway station opened last year.",
		"Tenants' groups said that many families were now spending more than half of their income on rent, and asked the council to do more to help them.",
		"The council said it would build two thousand new homes by the end of the decade, most of them for rent at a price that people on low wages can afford.",
		"Landlords said that their own costs had gone up too, and that higher interest rates had made it harder for them to keep rents down.",
		"Privacy policy", "Terms of use")
	return lines, first
}

// TestBodyBridgeLongBlock guards the size limit of the summary-box
// bridge ("lines <= bridgeLines"): under the byline, two paragraphs that
// promote a series of stories, then the series' seven headlines, one
// more than bridgeLines, before the article. A block that long is a list
// of links, not a widget in a summary box: the promotion and the list
// stay out of the article. Without the limit the run bridges them and
// keeps all seven headlines.
func TestBodyBridgeLongBlock(t *testing.T) {
	lines, first := leadPage(
		"This story is part of our series on the cost of housing in the city, which looks at rents, mortgages and the people who can afford neither.",
		"You can find every part of the series on our housing page, and we would like to hear from readers who have a story of their own to tell.",
		"The housing series", "Why rents keep going up", "The families waiting for a council flat", "Inside the new tower blocks",
		"What the landlords say", "Can the city build its way out?", "Your questions answered")
	for _, c := range bodyMarkers {
		d := blockDoc(lines...)
		c.m.Mark(d)
		// The promotion and the headlines but the last (which the title
		// search takes for the headline, right above the article).
		checkSpan(t, c.name+", series box", d, lineAt(lines, "This story is part"), first-2, false, "")
		checkSpan(t, c.name+", article", d, first, first+4, true, "")
	}
}

// TestBodyBridgeProseAbove guards the stop at prose in the byline search
// of the summary-box bridge (bylineAbove with prose: "no prose between"):
// under the byline, a note on the author, then a "Recommended" header and
// the two-paragraph summary of another story, cut from the article by a
// row of buttons. The summary is not right under the byline (the note
// is), so it is a teaser, and it goes. A search that counted the note as
// one more line would reach the byline and bridge the teaser and its
// buttons into the article.
func TestBodyBridgeProseAbove(t *testing.T) {
	lines, first := leadPage(
		"Jane Doe writes about housing and the city for the Gazette, and her column appears here every Friday.",
		"Recommended",
		"The old cinema on the high street will reopen next spring as a theatre, after a group of neighbours raised the money to buy it.",
		"The group said that the first play would be staged in April, and that tickets would go on sale at the start of the new year.",
		"Read the full story", "Listen to this story", "Share", "Save for later", "Gift this article", "Print")
	for _, c := range bodyMarkers {
		d := blockDoc(lines...)
		c.m.Mark(d)
		teaser := lineAt(lines, "The old cinema")
		checkSpan(t, c.name+", teaser", d, teaser, teaser+1, false, "")
		checkSpan(t, c.name+", buttons", d, teaser+2, teaser+4, false, "")
		checkSpan(t, c.name+", article", d, first, first+4, true, "")
	}
}

// TestBodyTitleBehindRemovedLines guards "strict--" in the title search
// (findTitle): a line the rules removed below the bylines costs the
// search no reach, neither the free reach nor the strict one. Between
// this headline and the article sit six lines: a row of share buttons
// (the rules remove "Share"; the four one-word labels are kept, and they
// extend only the free reach) and an advertisement label the rules
// remove. The headline, seven lines up, is within the strict reach only
// because the two removed lines are not counted; counted, it would be a
// title found thanks to the buttons alone, which needs a byline below
// it, and it would be removed.
func TestBodyTitleBehindRemovedLines(t *testing.T) {
	lines := []string{"Home", "News", "Weather", "Sport",
		"Storm closes the coast road for a second day",
		"Share", "Facebook", "LinkedIn", "Advertisement",
		"The coast road between Northtown and Southbury stayed closed on Thursday, a day after high waves threw rocks and sand across it.",
		"Engineers from the council spent the morning checking the sea wall, which was damaged in two places during the storm on Wednesday night.",
		"The council said the road would open again once the wall had been made safe, but that it could not yet say when that would be.",
		"Buses between the two towns are running on the inland road, which adds about half an hour to the journey.",
		"Privacy policy", "Terms of use"}
	d := blockDoc(lines...)
	Default().Mark(d)
	// The page is as the test means it: the two labels removed by the
	// rules, the other buttons kept until the body finder (two: three
	// would be a share bar, see MarkShareRuns).
	for _, i := range []int{lineAt(lines, "Share"), lineAt(lines, "Advertisement")} {
		if p := d.Paragraphs[i]; p.Kept() || p.Removal.Rule == "outside-body" {
			t.Fatalf("line %d %q not removed by a rule: %+v", i, p.Text, p.Removal)
		}
	}
	first := lineAt(lines, "The coast road")
	checkSpan(t, "headline", d, 4, 4, true, "")
	checkSpan(t, "buttons", d, 6, 7, false, "outside-body")
	checkSpan(t, "article", d, first, first+3, true, "")
}

// TestBodyQuietAppeal guards RuleAppeal in inlineRemoval: a donation
// appeal the rules removed between the article's first two paragraphs is
// furniture inside the article, like a link label. The paragraphs on
// both sides stay neighbours and the run keeps them across the short box
// of photo labels that follows; an appeal that broke the article there
// would leave its lead (and its headline) outside the body.
func TestBodyQuietAppeal(t *testing.T) {
	lines := []string{"Home", "News", "Business", "Local", "Sign in",
		"The last bakery on Mill Street closes after ninety years",
		"As the year draws to a close, the bakery on Mill Street that has sold bread to three generations of the town will shut its doors for good.",
		"Our journalism is funded by readers like you. Support independent local news with a donation today.",
		"The owners said they had tried for two years to find someone to take it over, but that nobody wanted to get up at four every morning.",
		"From the archive", "Staff photographer", "The bakery in 1958", "Bread and cakes", "Opening hours",
		"Customers queued around the corner on Saturday to buy a last loaf, and many of them brought photographs of the shop from years ago.",
		"The baker, who took over from his father, said that the oven was older than he was and that it had never once let him down.",
		"He plans to give the oven to the town museum, which has promised to put it on show next to the old mill wheel.",
		"The shop will be turned into flats, the council said, although the sign above the door will stay where it is.",
		"Related Topics:", "Food Shops Town"}
	d := blockDoc(lines...)
	Default().Mark(d)
	appeal := lineAt(lines, "Our journalism")
	checkSpan(t, "appeal", d, appeal, appeal, false, RuleAppeal)
	checkSpan(t, "headline and lead", d, appeal-2, appeal-1, true, "")
	checkSpan(t, "lead", d, appeal+1, appeal+1, true, "")
	checkSpan(t, "rest of the article", d, lineAt(lines, "Customers queued"), lineAt(lines, "The shop will"), true, "")
}

// matchReport returns a match report with its headline and byline and
// the lines of after below it, and the index of its first and last
// paragraphs.
func matchReport(after ...string) (lines []string, first, last int) {
	lines = []string{"Home", "News", "Sport", "Football", "Town come from behind to beat Rovers", "By Jane Doe",
		"Town came from a goal down to beat Rovers 2-1 at the Mill Lane ground on Saturday, with both of their goals coming in the last twenty minutes of the match.",
		"Rovers took the lead just before half-time when Lund ran on to a long ball and lifted it over the head of the goalkeeper from the edge of the box.",
		"Varga brought Town level with a header from a corner after seventy minutes, and Bell scored the winner from close range with four minutes left to play."}
	first = 6
	return append(append(lines, after...), "Share", "Privacy policy", "Terms of use"), first, len(lines) - 1
}

// TestBodyEndFieldsRecords guards "rec == recNone" in endFields: a box
// of the team's recent results after the match report reads as fields
// ("Date: 8 November 2026.", "Result: Town beat …, with goals from
// Varga, Tran and Bell."), but its dated lines come back every other
// line and make it a list of records (a teaser box the site repeats on
// every report). It goes as "teaser"; taken as the report's closing
// fields, it would be kept.
func TestBodyEndFieldsRecords(t *testing.T) {
	lines, first, last := matchReport(
		"The win lifts Town to fourth in the table, two points behind the leaders, with a home match against Westmoor to come next weekend.",
		"Recent results",
		"Date: 8 November 2026.",
		"Result: Town beat Eastwick 3-1 away, with goals from Varga, Tran and Bell.",
		"Date: 1 November 2026.",
		"Result: Town drew 0-0 at home to Westmoor, with Morris saving a late penalty.",
		"Date: 25 October 2026.",
		"Result: Town lost 1-2 away at Southbury, with Varga scoring the only goal.")
	last++ // the closing paragraph
	box := lineAt(lines, "Date: 8 November")
	for _, c := range bodyMarkers {
		d := blockDoc(lines...)
		c.m.Mark(d)
		checkSpan(t, c.name+", report", d, first, last, true, "")
		checkSpan(t, c.name+", results box", d, box, box+5, false, "teaser")
	}
}

// TestBodyDenseGate guards "longLines < denseLines" before
// unseenLanguage: a match report of three long English paragraphs, then
// a list of the division's other results, twelve lines shaped like
// sentences (a comma, a full stop, eight words or more) with almost no
// stopwords. Counted together, the page's sentences hold fewer than
// proseDensity stopwords, but its long sentences already show that the
// stopword list knows its language: the results are not prose and go.
// Read as a language the list does not know, every line of the list
// would be prose and kept.
func TestBodyDenseGate(t *testing.T) {
	results := []string{
		"Eastwick United 3 (Tran 12, 55; Iqbal 81), Westmoor Athletic 0.",
		"Southbury Town 1 (Carr 33), Northtown City 1 (Holt 67).",
		"Riverside Rangers 2 (Dalby 8; Price 44), Castle Park 2 (Fenwick 71, 88).",
		"Station Road 4 (Ellis 3, 17; Morris 40; Bell 77), Market Square Rovers 1 (Lund 59).",
		"Lake Park United 2 (Varga 29; Holt 35), Forest Athletic 3 (Carr 51; Tran 64; Iqbal 90).",
		"Westmoor City 2 (Dalby 14; Ellis 48), Northtown Athletic 2 (Morris 56; Fenwick 73).",
		"Hill Park Town 3 (Jansen 5; Lund 38; Bell 83), Mill Lane United 1 (Carr 61).",
		"Forest City 1 (Holt 22), Lake Park Rangers 2 (Tran 47; Price 89).",
		"Market Square Athletic 2 (Iqbal 10; Varga 66), Station Road Albion 1 (Ellis 79).",
		"Old Town Wanderers 0, Hill Park Albion 1 (Jansen 62).",
		"Eastwick Town 1 (Price 86), Southbury Rangers 0.",
		"Castle Rovers 2 (Dalby 30; Holt 58), Riverside Albion 2 (Lund 41; Bell 90).",
	}
	lines, first, last := matchReport(append([]string{"Other results"}, results...)...)
	checkBodyKept(t, "other results: ", lines, func(i int) bool { return i == 4 || first <= i && i <= last })
}

// TestBodyBridgeAfterList checks the bridge over a box of links above
// the run that follows a list the article introduced (a Bulgarian page;
// the rules know neither the box's header nor its headlines): the ad
// label the rules removed in the box is no short headline, which would
// make the box a menu. Both parts of the article stay and the box goes.
func TestBodyBridgeAfterList(t *testing.T) {
	lines := []string{"Начало", "Новини", "Съд", "Мнения",
		"Съдът отмени разрешението за строеж на блок до парка", "Иван Петров", "20 ноември 2026",
		"Административният съд отмени в четвъртък разрешението за строеж на четиринадесететажен жилищен блок до градския парк.",
		"Делото беше заведено от група съседи, които твърдят, че общината не е спазила собствения си план за района около парка.",
		"Според съда главният архитект е подписал разрешението, въпреки че сградата нарушава ограниченията на плана.",
		"В мотивите си съдът изброява три нарушения:",
		"– липса на оценка за въздействието върху парка",
		"– много по-голяма плътност от разрешената в плана",
		"– твърде малко разстояние до съседните къщи",
		"Още по темата",
		"Жители на града протестираха срещу блока до парка",
		"Общината заяви, че проектът за блока е законен",
		"Реклама",
		"„Това е победа не само за нас, а за всеки, който се разхожда в парка“, каза председателят на сдружението след заседанието.",
		"Инвеститорът заяви, че ще обжалва, и че е имал всички разрешения, които законът изисква, когато е започнал работа на обекта.",
		"От общината казаха, че ще изчакат решението на по-горния съд, преди да решат какво да правят с обекта до парка.",
		"Решението подлежи на обжалване пред Върховния административен съд в четиринадесетдневен срок от съобщаването му.",
		"Всички права запазени"}
	d := blockDoc(lines...)
	Default().Mark(d)
	box := lineAt(lines, "Още по темата")
	for i, p := range d.Paragraphs {
		want := i == 4 || 7 <= i && i < box || box+3 < i && i < len(lines)-1
		if p.Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", i, p.Text, p.Kept(), want)
		}
	}
}

// removedBoxPage returns an article of seven paragraphs with a box of
// links after its at-th paragraph, then a sign-up line and the site's
// footer.
func removedBoxPage(at int, box ...string) []string {
	lines := []string{"Home", "Markets", "Companies",
		"Snack maker raises its forecast as cracker sales climb", "By Jane Doe", "20 November 2026"}
	article := []string{"Halden Foods raised its profit forecast on Wednesday after sales of crackers and pretzels grew faster than expected in the third quarter.",
		"Sales in the snacks division climbed seven percent, while the frozen division lost ground as shoppers traded down to cheaper store brands.",
		"The chief executive told analysts that customers were still buying treats, but that they were more careful about where they bought them.",
		"Gross margin widened by two points, helped by lower costs for wheat, vegetable oil and the cardboard the company uses for its boxes.",
		"Not everyone was convinced that the momentum would last into next year, and one analyst said pricing had done most of the work.",
		"Halden also said it bought back its own shares during the quarter and kept its quarterly dividend at the same level as a year ago.",
		"The stock had fallen about nine percent this year before the report, trailing the rest of the consumer staples sector."}
	lines = append(lines, article[:at]...)
	lines = append(lines, box...)
	lines = append(lines, article[at:]...)
	return append(lines, "Sign up for our morning newsletter", "Privacy policy", "Terms of use")
}

// TestBodyBridgeRemovedBox guards removedBox: a "Read more:" box inside
// the article, its header and its two headlines all removed by the
// rules, is bridged to the two paragraphs past it, fewer than
// bridgeProse, after the article's body as before it. The body finder
// alone, which removes nothing before it, and the whole classifier on a
// box whose headlines the rules keep (a "Most read" list of the site)
// still need bridgeProse paragraphs past the box: the two paragraphs
// there stay out.
func TestBodyBridgeRemovedBox(t *testing.T) {
	readMore := []string{"Read more:",
		"Rival snack maker cuts its forecast as shoppers switch to store labels",
		"Wheat prices fall to a four-year low on a bumper harvest"}
	mostRead := []string{"Most read",
		"Council approves the new bridge after a decade of arguments",
		"School holidays to change next year, the council says"}
	for _, at := range []int{5, 2} {
		lines := removedBoxPage(at, readMore...)
		first, last := lineAt(lines, "Halden Foods raised"), lineAt(lines, "The stock had fallen")
		box := lineAt(lines, "Read more:")
		inArticle := func(i int) bool { return i == 3 || first <= i && i <= last && (i < box || i > box+2) }
		name := fmt.Sprintf("box after paragraph %d", at)
		checkMarkerKept(t, name, Default(), lines, inArticle)
		// Alone, the body finder keeps the far side out (and above the
		// run it takes the box's last headline for the title, which the
		// rules would have removed): the article's paragraphs are checked.
		d := blockDoc(lines...)
		BodyFinder{}.Mark(d)
		for i := first; i <= last; i++ {
			if box <= i && i <= box+2 {
				continue
			}
			if want := inArticle(i) && (at == 5) == (i < box); d.Paragraphs[i].Kept() != want {
				t.Errorf("%s, body finder alone: line %d %q kept %v, want %v", name, i, lines[i], !want, want)
			}
		}

		lines = removedBoxPage(at, mostRead...)
		checkMarkerKept(t, name+", kept box", Default(), lines, func(i int) bool {
			return inArticle(i) && (at == 5) == (i < box) || at == 2 && i == 3
		})
	}
}
