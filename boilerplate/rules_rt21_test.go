package boilerplate

import (
	"testing"

	"github.com/cleantext/clean"
)

// closingTableDoc returns an article whose last prose paragraph is followed
// by a heading, a table of dates and the page's trailing boilerplate, with
// the table's rows of kind rowKind.
func closingTableDoc(rowKind clean.Kind) (*clean.Document, []int) {
	lines := []string{"Footbridge to close for a year of repairs",
		"The footbridge over the river will close next month so that engineers can replace its bearings and repair a cracked pier, the council said.",
		"A minibus will carry pedestrians between the two banks every 20 minutes while the work goes on, free of charge for everyone.",
		"Residents said the closure would add ten minutes to the walk to the station, and asked for the work to be finished before next winter.",
		"Key dates",
		"Date | What happens",
		"2 June 2026 | Bridge closes; minibus service starts",
		"Summer 2026 | Scaffolding and river platform installed",
		"June 2027 | Planned reopening",
		"Read more: the worst potholes in the county named",
		"Sign up to our daily newsletter",
		"Most Read",
		"About us",
		"Contact us",
		"© 2026 Vale Local Media Ltd. All rights reserved."}
	d := blockDoc(lines...)
	rows := []int{5, 6, 7, 8}
	for _, i := range rows {
		d.Paragraphs[i].Kind = rowKind
	}
	return d, rows
}

// TestClosingTable checks that a table of dates the extractor saw, under a
// heading after the article's last paragraph, stays with the article while
// the page's boilerplate after it goes, also when its rows are read back
// from clean output as plain lines of cells.
func TestClosingTable(t *testing.T) {
	d, rows := closingTableDoc(clean.KindTableRow)
	Default().Mark(d)
	for _, i := range append([]int{4}, rows...) {
		if p := &d.Paragraphs[i]; !p.Kept() {
			t.Errorf("%q removed (%v), want kept", p.Text, p.Removal)
		}
	}
	for _, p := range d.Paragraphs[9:] {
		if p.Kept() {
			t.Errorf("%q kept, want removed", p.Text)
		}
	}

	// Its rows read back from clean output, as plain lines of cells,
	// stay too.
	d, rows = closingTableDoc(clean.KindText)
	Default().Mark(d)
	for _, i := range rows {
		if p := &d.Paragraphs[i]; !p.Kept() {
			t.Errorf("re-read row %q removed (%v), want kept", p.Text, p.Removal)
		}
	}

	// A table with no figure is no table of dates or results: a menu laid
	// out in cells.
	d, rows = closingTableDoc(clean.KindTableRow)
	for k, i := range rows {
		d.Paragraphs[i].Text = [...]string{"Home | News", "Sport | Business", "Weather | Travel", "Culture | Life"}[k]
	}
	Default().Mark(d)
	for _, i := range rows {
		if p := &d.Paragraphs[i]; p.Kept() {
			t.Errorf("menu row %q kept, want removed", p.Text)
		}
	}
}

// TestSiteNotes21 checks the lines red team 21 found kept: a longer
// appeal that opens "Support independent ...", the links of a browser's
// text copy with their address after them, jump links within the page;
// and the article sentences that share their words.
func TestSiteNotes21(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAppeal: {
			{"Support independent science journalism. Quadrant is free to read because readers like you chip in. Donate", true},
			{"Support independent science journalism. Quadrant is free to read because readers like you chip in. Donate <https://example.org/donate/>", true},
			{"Support independent journalism.", true},
			{"Support independent candidates, the party told its 40 members in a letter on Monday that ran to four pages.", false},
			{"Support independent shops this Christmas, the council urged residents, as footfall in the town centre fell for a third year.", false},
			{"Before you read on…", true},
			{"Before you read on: this story contains descriptions of violence.", false},
			{"Remind me in May", true},
			{"Remind me later", true},
			{"Remind me in May, she told her assistant, and the letter sat on the desk for a year.", false},
			{"Teken in op ons gratis Landbou-nuusbrief", true},
			{"Teken in", true},
			{"Teken in vir die nuusbrief se nuwe weergawe het maar stadig gegaan, sê die redakteur van die koerant", false},
			{"Teken in op die nuwe skema voor Vrydag, het die minister boere aangeraai in 'n brief", false},
		},
		RuleSource: {
			{"Additional reporting by Lucía Ferraz. Satellite analysis by Tomás Villaseca and the Lantern data team.", true},
			{"Additional reporting by Lucía Ferraz.", true},
			{"Additional reporting by the police found that three more people had been at the scene.", false},
			{"Cet article est paru dans le numéro 214 d'Horizons Sciences, en kiosque jusqu'au 5 novembre.", true},
			{"Dieser Artikel erschien in der Ausgabe 12/2026 von Natur und Technik.", true},
			{"Cet article est paru dans Le Monde en 1998, selon les archives consultées par le juge.", false},
		},
		RuleAffiliate: {
			{"We may earn a commission from bookings.", true},
			{"Hotels pay the agents a commission on bookings, the report said.", false},
		},
		RuleLinkLabel: {
			{"Back to top <#top>", true},
			{"Jump to top <#top>", true},
			{"Jump to top", true},
			{"Read more <https://example.org/news/1>", true},
			{"View this email in your browser <https://example.org/nl>", true},
			{"Jump to: Notes <#notes> · Cite this article <#cite>", true},
			{"Jump to: Notes · Cite this article", true},
			{"1. Freezing salt water <#freezing>", true},
			{"3. Old ice, fresh ice <#old-ice>", true},
			{"[3]Old ice, fresh ice <#old-ice>", true},
			{"Old ice, fresh ice   <#old-ice>", true},
			{"The notes at the end explain how the freezing point was measured <#notes>.", false},
			{"Read more <about the plan>", false},
			{"The tide came in <#1>, the report said, and the river rose by two metres over the night.", false},
			{"Jump to conclusions, the judge warned the jury, and you will get this case wrong.", false},
			{"Ice forms at −1.9 °C in the sea. <#note-1>", false},
			{"Back to top <#top of page>", false},
			{"Twenty years of cores from the same floe show how the brine drains away over each summer <#cores>", false},
			{"Sea ice and the salt in it <https://example.org/ice>", false},
			{"Book now", true},
			{"Check availability", true},
			{"Get tickets", true},
			{"View deal", true},
			{"See prices", true},
			{"Book now for the summer, the tourist board urged visitors, as hotels reported 40% fewer bookings.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestReferencesBeforeDisclaimer checks that a reference list stays a
// reference list with a disclaimer after it, which is no article prose
// going on, and that a web page's "Accessed" date marks a citation; a
// paragraph of article prose after the list still keeps its header.
func TestReferencesBeforeDisclaimer(t *testing.T) {
	refs := []string{article, article, "Sources",
		"Oduya H, et al. Oral Lp(a) inhibition and cardiovascular outcomes. Review of Cardiology. 2026;12(4):301-314.",
		"World Heart Alliance. Lipoprotein(a) fact sheet. Accessed January 2026."}
	tests := []struct {
		name  string
		after string
		want  bool
	}{
		{"disclaimer after", "This article is for informational purposes only and is not a substitute for professional medical advice, diagnosis, or treatment. Always consult a qualified healthcare provider about your own health.", true},
		{"prose after", "The trial's authors said a second study, in more than 11,000 patients across four continents, would report its first results in the spring of 2028, and that regulators had been told.", false},
	}
	r := NamedRule(RuleReferences)
	for _, tt := range tests {
		d := newDoc(append(refs[:len(refs):len(refs)], tt.after)...)
		for i := 2; i < len(refs); i++ {
			reason, ok := r.Match(d, i)
			if ok != tt.want {
				t.Errorf("%s: references(%q) = %v, want %v", tt.name, d.Paragraphs[i].Text, ok, tt.want)
			}
			if ok {
				d.Paragraphs[i].Removal = &clean.Removal{Stage: "boilerplate", Rule: reason.Rule}
			}
		}
	}
}

// TestClosingTableHeading checks closingTable's heading: one kept line of
// at most edgeWords words over the rows; a longer line, or a line the
// rules removed, is no heading and the table is not found from it.
func TestClosingTableHeading(t *testing.T) {
	tests := []struct {
		name    string
		head    string
		removed bool
		want    int
	}{
		{"short heading", "Key dates", false, 5},
		{"long line", "A line of more than twelve words that heads nothing at all in this article here", false, 2},
		{"removed line", "Key dates", true, 2},
	}
	for _, tt := range tests {
		d := blockDoc(article, article, tt.head, "2 June 2026 | Bridge closes", "June 2027 | Bridge reopens")
		d.Paragraphs[3].Kind, d.Paragraphs[4].Kind = clean.KindTableRow, clean.KindTableRow
		if tt.removed {
			d.Paragraphs[2].Removal = &clean.Removal{Stage: "boilerplate", Rule: RuleLinkLabel}
		}
		if got := closingTable(d, 2, len(d.Paragraphs)); got != tt.want {
			t.Errorf("%s: closingTable = %d, want %d", tt.name, got, tt.want)
		}
	}
}
