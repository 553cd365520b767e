package boilerplate

import (
	"slices"
	"testing"
)

// TestCityLineRT51: the author's city between the name and the dateline
// ("Marta Puig", "Barcelona", then the date) is part of the byline block,
// and the headline and the standfirst above it stay. A city under a line
// that is no name is not taken for one.
func TestCityLineRT51(t *testing.T) {
	head := []string{"Society", "Drought", "Government keeps water limits despite March rain and urges residents not to relax",
		"Reservoirs in the inland basins stand at 27%, far from the level that would end the emergency.",
		"Marta Puig", "Barcelona", "Wednesday, 19 March 2025, 07:30", "Updated at 12:05", "Share", "Save", "Comments (18)",
		"The reservoir at Vall d'Arbos, still below half, on Tuesday.", "Photo: Jordi Serra"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, "city under the name", Default(), lines, func(i int) bool {
		j := i - lo
		return j == 2 || j == 3 || j >= len(head) && j < len(head)+len(rt37Prose)
	})
	// A section's label right above the dateline, under no name, costs
	// the title search its reach: the teaser above is no headline.
	other := []string{"Weather warning issued for the whole coast as the storm nears tonight",
		"Trending Now", "Markets", "Sport", "Wednesday, 19 March 2025, 07:30"}
	checkMarkerKept(t, "a section over the dateline", Default(), slices.Concat(rt37Menu, other, rt37Prose, rt37Foot), func(i int) bool {
		j := i - len(rt37Menu)
		return j >= len(other) && j < len(other)+len(rt37Prose)
	})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Barcelona", true},
		{"Den Haag", true},
		{"Rio de Janeiro", true},
		{"Barcelona, Spain", true},
		{"Barcelona.", false},
		{"Gate 12 North", false},
		{"Bridge Closes For Repairs", false},
		{"barcelona", false},
	} {
		numLangs() // scan's contract
		var st lineStats
		scan(tc.s, &st, nil)
		if got := cityLine(tc.s, &st); got != tc.want {
			t.Errorf("cityLine(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
