package boilerplate

import (
	"testing"
	"unicode/utf8"
)

// TestLinkedEntriesRT70: a list of links to past issues, each after its
// number and date, under the article is no table of the article's: the
// run does not take it as a table, nor the sign-up under it.
func TestLinkedEntriesRT70(t *testing.T) {
	article := []string{
		"After nearly two years of hearings, redesigns and one lawsuit threat, the Planning Commission voted 5-2 on Monday to approve the conversion of the old cannery.",
		"The vote clears the biggest hurdle for the project, which would be the largest housing development on the east waterfront in more than a decade.",
		"Parking remains the biggest worry. The project would include 46 spaces in a lot behind the building, far fewer than one per apartment.",
		"The City Council is expected to hold its own public hearing on May 13. If the council approves, construction could start next spring.",
	}
	entries := []string{
		"#611 · Monday, April 7: School board picks a new superintendent from inside the district",
		"#610 · Friday, April 4: Your weekend plans, plus the ferry schedule is changing again",
		"#609 · Thursday, April 3: Why the Route 9 bus keeps running late",
		"#608 · Wednesday, April 2: A taqueria, a bakery and a bar walk into Mill Square",
		"#607 · Tuesday, April 1: The council's budget math, explained",
		"#606 · Monday, March 31: Lantern Hill steps reopen after repairs",
	}
	tail := []string{"Share this issue", "Facebook", "Email", "Copy link"}
	join := "Join 14,000 neighbors who start their morning with the news that matters in the valley. Free, every weekday."
	lines := append(append(append(append([]string{}, article...), tail...), entries...), join)
	d := blockDoc(lines...)
	for i := len(article) + len(tail); i < len(lines)-1; i++ {
		d.Paragraphs[i].LinkRunes = utf8.RuneCountInString(d.Paragraphs[i].Text)
	}
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		if want := i < len(article); p.Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", i, p.Text, p.Kept(), want)
		}
	}
}
