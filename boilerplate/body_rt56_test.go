package boilerplate

import (
	"slices"
	"testing"
)

// TestClauseListRT56: a bulleted box inside the article whose bullets the
// scrape lost ("What we know so far" and five clauses, see clauseLine)
// is an inset the body run crosses, so the paragraphs above it stay; a
// list of episode teasers after their label and a colon is none.
func TestClauseListRT56(t *testing.T) {
	top := []string{"Underground drivers announce four-day walkout in row over new rosters",
		"Train drivers on three Underground lines will strike for four days next week in a dispute over new shift rosters, their union has announced.",
		"Members of the drivers' union on the three lines will walk out from the early hours of Tuesday until late on Friday, the union said.",
		"The network's operator said it was extremely disappointed and warned that there would be little or no service on the affected lines."}
	box := []string{"What we know so far", "Around 1,400 drivers are expected to take part",
		"The Northern, Victoria and Central lines will be severely disrupted", "Other Underground lines should run, but will be very busy",
		"Buses, trams and the Overground are not affected", "Talks at the conciliation service are due to resume on Monday", "Advertisement"}
	rest := slices.Concat(rt37Prose, []string{
		"The dispute centres on new rosters that the operator says are needed to run more late-night services on the busiest lines.",
		"\"Our members are not against a better service,\" said the union's general secretary. \"They are against being told when to sleep.\""})
	lines := slices.Concat(rt37Menu, top, box, rest, rt37Foot)
	lo := len(rt37Menu)
	ad := lo + len(top) + len(box) - 1
	checkMarkerKept(t, "clause list", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+len(top)+len(box)+len(rest) && i != ad
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Other Underground lines should run, but will be very busy", true},
		{"Ep. 110: Why the bees are doing better than you think", false},
		{"Police name suspect in city centre robbery", false},
		{"Buses are not affected", false}, // fewer than clauseWords words
	} {
		d := blockDoc(tc.text)
		sc := new(bodyScratch)
		sc.features(d)
		if got := clauseLine(sc, tc.text, 0); got != tc.want {
			t.Errorf("clauseLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestBylinesRT56: the bylines of red team 56's African pages are
// bylines: a broadcaster's block with a label and a comma ("Marubuci,
// Aminu Ibrahim", "Author, Jane Doe") and the place the author reports
// from; "by" glued to the name (Zulu "Ngu-") or in two words (Yoruba
// "Láti ọwọ́"); the Somali author's label. With them the headline and the
// standfirst above the block stay.
func TestBylinesRT56(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Author, Jane Doe", true}, {"Marubuci, Aminu Ibrahim Ɗanbaba", true}, {"Reporting from Kano", true},
		{"Aiko rahoto daga Kano", true}, {"NGU-SIBONGILE MTHEMBU", true}, {"Ngu-Sibongile Mthembu", true},
		{"Láti ọwọ́ Ọláwálé Àjàyí", true}, {"Qoraa: Cabdiqaadir Maxamuud Jaamac", true},
		{"Words, not deeds, will decide the vote", false}, {"Reporting from the scene was difficult for everyone there", false},
		{"Author, critic and teacher Jane Doe has died at the age of 91", false}, {"Ngu-mhlaka 4 Mashi", false},
		{"Author, Jane Doe, who wrote forty books, dies at 91", false}, {"Reporting from home is hard", false},
	} {
		if got := byline(tc.s); got != tc.want {
			t.Errorf("byline(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	head := []string{"Farashin man fetur ya sake tashi a Kano da wasu jihohin arewacin Najeriya",
		"Masu ababen hawa sun koka yayin da lita ɗaya ta kai naira 1,150 a wasu gidajen mai",
		"Marubuci, Aminu Ibrahim Ɗanbaba", "Aiko rahoto daga Kano", "Sa'o'i 3 da suka wuce", "Raba wannan labarin",
		"Asalin hoton, Tauraron Sahel", "Bayanan hoto, Layin motoci a wani gidan mai da ke kan titin Zariya a birnin Kano ranar Litinin"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	checkHeadKept(t, "hausa byline block", lines, len(rt37Menu), len(head), len(rt37Prose))
}

// TestTimelineRT56: a timeline inside a court story ("How the case
// unfolded" and dated entries, see timelineEntry) is an inset the body
// run crosses, so the two paragraphs after it stay.
func TestTimelineRT56(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"March 2023: Family member raises concerns about missing statements", true},
		{"21 November 2025: Jailed for five years and four months", true},
		{"2019: The mine closes for good", true},
		{"Mayor 2025: The race begins", false},
		{"March 2023: Recap", false}, // fewer than three words after the colon
		{"Update: The council has voted to close the bridge", false},
	} {
		if got := timelineEntry(tc.s); got != tc.want {
			t.Errorf("timelineEntry(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	timeline := []string{"How the case unfolded", "March 2023: Family member raises concerns about missing statements",
		"April 2023: Pelling suspended; police called in", "September 2024: Pelling charged with fraud by abuse of position",
		"July 2025: Pleads guilty at Ashby Crown Court", "21 November 2025: Jailed for five years and four months"}
	after := []string{"A hearing to recover the money under the proceeds of crime law has been set for April.",
		"The care home said in a statement that it had apologised unreservedly to the families and introduced new safeguards."}
	head := []string{"Care home manager jailed for stealing from residents"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, timeline, after, rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, "timeline", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+len(head)+len(rt37Prose)+len(timeline)+len(after)
	})
}

// TestCrumbOverHeadlineRT56: a breadcrumb of two parts over the headline
// ("Fact Checks / Health") reads like a photographer's name and outlet
// (see nameSlash), but a caption comes before its credit: the headline
// under it is no caption, and it stays with its standfirst.
func TestCrumbOverHeadlineRT56(t *testing.T) {
	head := []string{"Fact Checks / Health", "No, drinking tap water in Brenley did not cause a rise in kidney stones",
		"A viral post claims fluoride added last spring led to a spike in kidney stone cases. Hospital data show otherwise.",
		"By Imogen Salter", "Published 9 September 2025", "Share on WhatsApp", "Share on X", "Copy link"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu)
	checkHeadKept(t, "crumb over headline", lines, lo+1, len(head)-1, len(rt37Prose))
}

// TestHighlightsPromoRT56: a promo of a match's highlights on a service
// between the report and its line-ups goes (see highlightsPromo), so the
// line-ups, the referee and the attendance close the report as its
// record (see endFields).
func TestHighlightsPromoRT56(t *testing.T) {
	for _, tc := range []struct {
		low  string
		want bool
	}{
		{"match of the day live – watch highlights on kestrel play from 22:30", true},
		{"watch the highlights on sportsnet tonight", true},
		{"we watch highlights together", false},
	} {
		if got := highlightsPromo(tc.low); got != tc.want {
			t.Errorf("highlightsPromo(%q) = %v, want %v", tc.low, got, tc.want)
		}
	}
	report := []string{"Holmfield go top after Marsh double sinks Castlebury",
		"Holmfield had not led the league since the spring of 2003, and for the first quarter of an hour there was little sign that they would.",
		"Castlebury went ahead when Okafor was left unmarked at the back post to head in a corner from the right.",
		"The home crowd, more than twenty thousand strong, went quiet, and the visitors held on until just before half-time.",
		"Marsh equalised seven minutes before the break, cutting in from the left and curling a shot into the far corner.",
		"Holmfield were much better after the break, and Marsh scored again from the penalty spot on the hour."}
	tail := []string{"Match of the Day Live – watch highlights on Kestrel Play from 22:30", "Team line-ups",
		"Holmfield Town: Pryce; Adebayo, Lindqvist, Moore, Harte; Doyle, Akers (Varga 84); Owusu, Fenwick (Clarke 71), Marsh; Bright.",
		"Subs not used: Hallam, Grey, Nkemelu, Pratt, Jovanović, Swift.",
		"Castlebury Rovers: Reid; Sutcliffe, Okafor, Barr, Dunne; Carver, Mensah; Ward (Ilić 70), Costa, Pereira; Haddad.",
		"Subs not used: Evans, Lowe, Marsden, Quigley, Ross, Tan, Wright.", "Referee: Gary Linton.", "Attendance: 24,112."}
	lines := slices.Concat(rt37Menu, report, tail, rt37Foot)
	lo := len(rt37Menu)
	promo := lo + len(report)
	checkMarkerKept(t, "line-ups", Default(), lines, func(i int) bool {
		return i >= lo && i < promo+len(tail) && i != promo
	})
}
