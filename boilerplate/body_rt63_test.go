package boilerplate

import (
	"slices"
	"testing"
)

// TestCommaListInRun: a list of names (a line-up, a cast: lines of at
// least listCommas commas, see commaList) between two parts of an
// article reads as a table, so the run goes on over it to the part under
// it; a read-more link and an ad label inside it still go.
func TestCommaListInRun(t *testing.T) {
	head := []string{"Harbour Festival line-up revealed as organisers add a late-night stage",
		"By Jane Doe, Arts Reporter"}
	before := []string{
		"The Harbour Festival has announced the first forty acts for this year's event, which returns to the town park in August.",
		"Organisers said a third headliner for the Sunday would be revealed in the next few weeks, once contracts had been signed.",
		"The festival, which began as a one-day event in a farmer's field, now draws around eighteen thousand people a day.",
		"\"We have been working on this line-up for almost two years,\" said the festival's director, who took over in 2019.",
	}
	list := []string{"The line-up so far",
		"Friday – Main Stage: Velvet Harbour, Marlowe Keys, The Dune Sisters, Abe Okafor, Glasshouse Riot",
		"Saturday – Main Stage: The Lanterns, Freya Connolly, Static Parade, Los Hermanos Vidal, The Quarry Boys",
		"Sunday – Main Stage: headliner to be announced, Nell and the Nightjars, Tobias Wren, Kestrel Bay",
		"Estuary Tent (all weekend): Honey Cartel, Ama Sefa, Portland Row, Mirrorball Club, The Understudies",
		"Walled Garden (late-night stage): DJ Moth, Lowtide Sound System, Sable and Finch, Oyinda, Night Ferry",
		"Acoustic Barn: Jem Halloran, The Gull Street Choir, Pippa Arden, Wilf Osei, Cora Delane"}
	after := []string{"A new stage after dark",
		"The late-night stage will run until 2am on Friday and Saturday nights, after the council approved an extension to the licence.",
		"The director said extra stewards and a shuttle bus to the town centre would run until 3am to keep noise to a minimum.",
		"Sunday will also be a family day, with children's workshops, a silent disco and a small stage run by pupils from local schools.",
	}
	lines := slices.Concat(rt37Menu, head, before, []string{"Advertisement"}, list,
		[]string{"READ MORE: The biggest gigs of the year – the full list so far"}, after, rt37Foot)
	checkMarkerKept(t, "line-up", Default(), lines, func(i int) bool {
		s := lines[i]
		return s == head[0] || slices.Contains(before, s) || slices.Contains(list, s) || slices.Contains(after, s)
	})
	// Negative: two commas make no list, nor does a sentence.
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Acoustic Barn: Jem Halloran, The Gull Street Choir, Pippa Arden, Wilf Osei", true},
		{"Acoustic Barn: Jem Halloran, The Gull Street Choir, Pippa Arden", false},
		{"It played host to Jem Halloran, the Gull Street Choir, Pippa Arden, Wilf Osei.", false},
	} {
		d := blockDoc(tc.s)
		sc := new(bodyScratch)
		sc.features(d)
		if got := commaList(&sc.stats[0]); got != tc.want {
			t.Errorf("commaList(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
