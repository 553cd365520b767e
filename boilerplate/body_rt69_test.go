package boilerplate

import "testing"

// TestLeadInListRT69: a list under a lead-in that ends with a colon, its
// items opening with a figure and ending with no stop, between two pairs
// of paragraphs, is the article's: the run crosses it, and the ad under
// it goes (see leadInWords). A label of fewer words over such lines is no
// lead-in (TestLeadInLabelRT69).
func TestLeadInListRT69(t *testing.T) {
	lines, _ := leadInPage("Among the largest new items in the budget:")
	checkMarkerKept(t, "default", Default(), lines, func(i int) bool {
		return i >= 6 && lines[i] != "ADVERTISEMENT" && lines[i] != "Holiday sale at Brenner Furniture - 30% off all recliners through Sunday"
	})
}

// leadInPage returns a page whose article holds a list under lead: a menu
// of six lines, two paragraphs, lead and six items, an ad, two
// paragraphs; and the index of the first item.
func leadInPage(lead string) ([]string, int) {
	lines := []string{"Home", "News", "Sports", "Opinion", "Obituaries", "LOCAL NEWS",
		"The City Council on Tuesday night approved a $212 million operating and capital budget for 2025, ending weeks of debate over how much the city should spend on its roads.",
		"The plan, which takes effect Jan. 1, is about $9 million larger than this year's budget. Most of the increase is driven by higher salaries and health insurance costs.",
		lead,
		"$4.1 million for road resurfacing on 38 blocks, including sections of Harlan Avenue",
		"$1.6 million to restore Sunday hours at all three branch libraries",
		"$950,000 for two new firefighter-paramedic positions and a replacement ambulance",
		"$720,000 to replace lead service lines in the Riverside and Maple Hill neighborhoods",
		"$310,000 for a pilot program putting mental health responders on some 911 calls",
		"$85,000 to repair the roof of the Eastside Community Center",
		"ADVERTISEMENT",
		"Holiday sale at Brenner Furniture - 30% off all recliners through Sunday",
		"Council member Darnell Foust, who voted against the budget, said the city was still spending too little on streets that residents complain about most.",
		"Mayor Leah Kowalczyk defended the plan, saying it balanced the needs of the city's neighborhoods against what taxpayers could afford to pay this year.",
	}
	return lines, 9
}

// TestLeadInLabelRT69: under a short label with a colon, lines that open
// with a figure are no list the run crosses: the article's first part,
// two paragraphs, is cut off as before.
func TestLeadInLabelRT69(t *testing.T) {
	for _, lead := range []string{"Key figures:"} {
		lines, item := leadInPage(lead)
		d := blockDoc(lines...)
		Default().Mark(d)
		if d.Paragraphs[item].Kept() && d.Paragraphs[6].Kept() {
			t.Errorf("items under %q kept with the paragraphs above", lead)
		}
	}
}

// TestDekCaseOpenersRT69: a German standfirst of two sentences whose
// capitals are its nouns and the words that open its sentences is in a
// standfirst's case (see openers); a headline in title case is not.
func TestDekCaseOpenersRT69(t *testing.T) {
	if s := "Marode Technik, explodierende Kosten: Der Stadtrat zieht die Notbremse. Schulen, Vereine und Senioren stehen ab dem Sommer ohne Wasserfläche da."; !dekCase(s, '.') {
		t.Errorf("dekCase(%q) = false", s)
	}
	if s := "Council Approves New Budget: Roads, Libraries And Fire Service Win. Taxes Rise For Most Homes."; dekCase(s, '.') {
		t.Errorf("dekCase(%q) = true", s)
	}
	if n := openers("Kosten: Der Stadtrat zieht. Schulen bleiben zu! Warum? Weil"); n != 4 {
		t.Errorf("openers = %d, want 4", n)
	}
}
