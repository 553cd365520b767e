package boilerplate

import (
	"slices"
	"strings"
	"testing"
)

// liveHead and liveEntries are the head and the entries of a live blog:
// each entry a time alone, a heading and a paragraph or two, a share
// button under it.
var (
	liveHead = []string{"Menu", "Search", "LIVE",
		"Heatwave live: hottest day of the year as temperatures pass 38C inland",
		"Forecasters say the heat will last until Thursday, and hospitals have cancelled routine operations across the region.",
		"Live updates from our newsroom team", "Last updated: 12 minutes ago"}
	liveEntries = []string{
		"14:05 BST", "Water company asks customers to save water",
		"The company said demand had reached a record on Monday evening, and it asked customers not to use hosepipes until the weekend.",
		"Share",
		"13:40 BST", "Trains slowed on the coast line",
		"The rail operator said trains would run at reduced speed between noon and 8pm because of the risk that the rails buckle.",
		"Passengers were told to carry water and to expect delays of up to half an hour.",
		"Share",
		"13:10 BST", "Beaches busy",
		"Lifeguards reported the busiest day of the season on the main beaches, and the coastguard asked swimmers to stay between the flags.",
		"Share",
		"12:30 BST", "Schools shorten the day",
		"Several schools in the valley sent pupils home at lunchtime because classrooms were too hot, the council said.",
		"Share",
	}
)

// TestBodyLiveBlog checks a live blog (see liveChain and liveEntries): its
// entries' headings and paragraphs stay with the headline and the
// standfirst, and the times alone, the byline of the outlet's team and
// the buttons go. Lines are indexes in head and entries.
func TestBodyLiveBlog(t *testing.T) {
	lines := append(append([]string{}, liveHead...), liveEntries...)
	lines = append(lines, "Load more updates", "Most read", "About us", "Privacy policy")
	n := len(liveHead)
	// The whole classifier: the rules remove the share buttons, which
	// would read as commenters' names to the body finder alone.
	d := blockDoc(lines...)
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		want := i == 3 || i == 4
		if j := i - n; j >= 0 && j < len(liveEntries) {
			want = liveEntries[j] != "Share" && !timeStamp(liveEntries[j])
		}
		if p.Kept() != want {
			t.Errorf("live blog: line %d %q kept %v, want %v", i, p.Text, p.Kept(), want)
		}
	}
	// A comment thread names its commenters: its times are records.
	comments := []string{"Comments", "Jane Roe", "14:05",
		"I have lived here for forty years and I have never seen the river this low, and the council should have acted sooner.",
		"John Doe", "13:40", "The water company has had years to fix the leaks, and now it wants us to stop watering our gardens.",
		"Ann Poe", "13:10", "Stay safe everyone, and please check on your elderly neighbours during the heat this week."}
	d = blockDoc(append(append(append([]string{}, liveHead[3:5]...), titleProse...), comments...)...)
	sc := new(bodyScratch)
	sc.features(d)
	st := sc.stats
	prose := make([]bool, len(st))
	rec := make([]uint8, len(st))
	stamp := make([]bool, len(st))
	findRecords(d, st, prose, rec, stamp, nil)
	if slices.Contains(stamp, true) {
		t.Errorf("comment times taken for a live blog's: %v", stamp)
	}
	// A list of the latest headlines with their times holds no prose
	// in sentences: its times are records too.
	latest := []string{"Latest news", "14:05", "Council approves new cycle lanes for the ring road after a long debate",
		"13:40", "Hospital waiting lists fall for the third month in a row across the region",
		"13:10", "Harbour ferry timetable changes for the winter season from next Monday"}
	d = blockDoc(append(append(append([]string{}, liveHead[3:5]...), titleProse...), latest...)...)
	sc = new(bodyScratch)
	sc.features(d)
	st = sc.stats
	prose, rec, stamp = make([]bool, len(st)), make([]uint8, len(st)), make([]bool, len(st))
	findRecords(d, st, prose, rec, stamp, nil)
	if slices.Contains(stamp, true) || !slices.ContainsFunc(rec, func(k uint8) bool { return k != recNone }) {
		t.Errorf("latest headlines: stamps %v, records %v", stamp, rec)
	}
}

// TestBodyLiveDotTwins checks a live blog whose times have a full stop
// ("14.05 BST") and are printed twice, as a heading and under it, as a
// reader service's Markdown has them: the times go, the entries stay.
func TestBodyLiveDotTwins(t *testing.T) {
	lines := append([]string{}, liveHead...)
	for _, l := range liveEntries {
		if timeStamp(l) {
			l = strings.Replace(l, ":", ".", 1)
			lines = append(lines, l)
		}
		lines = append(lines, l)
	}
	lines = append(lines, "Load more updates", "Most read", "About us", "Privacy policy")
	d := blockDoc(lines...)
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		want := i == 3 || i == 4
		if i >= len(liveHead) && i < len(lines)-4 {
			want = p.Text != "Share" && !timeStamp(p.Text)
		}
		if p.Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", i, p.Text, p.Kept(), want)
		}
	}
}

// TestTimeStamp checks the times of day alone that head a live blog's
// entries.
func TestTimeStamp(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"16:40", true}, {"16:40 IST", true}, {"12.04 GMT", true}, {"9:05 am", true}, {"14:30 Uhr", true},
		{"16:40 on Monday", false}, {"1,200", false}, {"2026", false}, {"16:4", false}, {"Updated 16:40", false},
		{"12.5 per cent", false}, {"25:10", false}, {"12.75", false},
	} {
		if got := timeStamp(c.text); got != c.want {
			t.Errorf("timeStamp(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTeamLine checks the bylines that name the outlet's own team, and
// headlines about other teams.
func TestTeamLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Live updates from our newsroom team", true}, {"By our foreign desk", true}, {"Our reporters", true},
		{"Help arrives from the rescue team", false}, {"Our town's team wins the cup at last after a long wait", false},
		{"Meet our team", true},
	} {
		if got := teamLine(c.text); got != c.want {
			t.Errorf("teamLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBodyLiveCleaned: a live blog cleaned once keeps its headline and
// standfirst over the pinned entry, then times alone (the pinned entry's
// update time, the next entry's time). Cleaned again, those times are no
// byline block under a standfirst (see pastBylines): the headline stays.
func TestBodyLiveCleaned(t *testing.T) {
	lines := []string{
		"Interest rates held at 4.5% as central bank warns on sticky services inflation – business live",
		"Rolling coverage of the latest economic and financial news, as the rate committee votes 6-3 to leave borrowing costs unchanged",
		"The bank has held rates at 4.5%, as expected, but the vote split was closer than traders had anticipated. Three members, including deputy governor Helen Marsh, backed a quarter-point cut.",
		"Updated at 12.19 GMT",
		"13.58 GMT",
		"Sterling has given up most of its earlier gains now, trading at $1.2718 against the dollar.",
		"Currency strategist Tom Reyes at Fairmont Capital says the market is reading the split vote as a sign that a cut in December is back on the table:",
		`"Three dissenters is not a hawkish hold. The bank is clearly edging towards easing, it just doesn't want to be seen to be rushing."`,
		"13.31 GMT",
		"Shares in housebuilder Halverton have fallen almost 9% after it warned on profits, blaming a slowdown in reservations over the autumn.",
		"The company said average weekly sales per site had fallen to 0.52 from 0.61 a year earlier, and that it now expected completions at the lower end of its range.",
		`Chief executive Nadia Forde said buyers were "waiting to see where mortgage rates settle", and added that today's decision was unlikely to change that in a hurry.`,
		"Updated at 13.40 GMT",
		"12.47 GMT",
		"Governor's press conference: key quotes",
		`The governor told reporters that services inflation, which stood at 4.9% in September, was "still too high for comfort" and that the committee needed to see more evidence.`,
	}
	d := blockDoc(lines...)
	BodyFinder{}.Mark(d)
	for i := range 3 {
		if p := d.Paragraphs[i]; !p.Kept() {
			t.Errorf("line %d %q removed (%s)", i, p.Text, p.Removal.Rule)
		}
	}
}

// TestDateShapeDot checks dateShape on times of day with a full stop and
// on the empty text a byline's tail can leave ("Written By :").
func TestDateShapeDot(t *testing.T) {
	for _, c := range []struct {
		text  string
		dated bool
	}{
		{"12.47 GMT", true}, {"09.12", true}, {"12.5 per cent", false}, {"3.5 million", false},
		{"16:40", true}, {"", false}, {"Home", false},
	} {
		if _, got := dateShape(c.text); got != c.dated {
			t.Errorf("dateShape(%q) dated = %v, want %v", c.text, got, c.dated)
		}
	}
	d := blockDoc("Written By :", "Some article paragraph that is long enough to be prose, said the mayor on Monday.")
	Default().Mark(d) // no panic
}

// historyEntries are an "On this day" column's entries: each a date
// alone over a paragraph or two of prose.
var historyEntries = []string{
	"14 February 1898",
	"A tram on the Upper Wharf line lost its brakes on Castle Hill and ran backwards for a quarter of a mile before it overturned.",
	"The tramway company was fined £40 the following month. Castle Hill was never used by trams again.",
	"14 February 1921",
	"The Corporation voted, by 19 votes to 17, to build a road bridge over the river. The vote followed a debate of four hours.",
	"\"The river has waited a thousand years for a bridge,\" she told the chamber. \"The families cannot wait another winter.\"",
	"14 February 1957",
	"Thousands lined Market Street for the opening of the new General Hospital. The visit was almost called off because of fog.",
	"14 February 1979",
	"The coldest night for 40 years saw the temperature fall to -16C. The lido froze solid, and the next morning children skated on it.",
}

// TestBodyDatedEntries checks that the dates heading an article's own
// entries (see entryChain) make no record list, while the same dates
// under commenters' names, with a time of day, or over one-sentence
// teasers do.
func TestBodyDatedEntries(t *testing.T) {
	records := func(lines []string) []uint8 {
		d := blockDoc(lines...)
		sc := new(bodyScratch)
		sc.features(d)
		prose := make([]bool, len(sc.stats))
		for i := range prose {
			prose[i] = sc.isProse(i)
		}
		rec := make([]uint8, len(sc.stats))
		findRecords(d, sc.stats, prose, rec, make([]bool, len(rec)), nil)
		return rec
	}
	head := append(append([]string{}, liveHead[3:5]...), titleProse...)
	if rec := records(append(append([]string{}, head...), historyEntries...)); slices.ContainsFunc(rec, func(r uint8) bool { return r != recNone }) {
		t.Errorf("an article's dated entries read as records: %v", rec)
	}
	for _, tc := range []struct {
		name string
		edit func(i int, s string) []string
	}{
		{"a name over each date", func(i int, s string) []string {
			if strings.HasPrefix(s, "14 February") {
				return []string{"Jane Roe", s}
			}
			return []string{s}
		}},
		{"a headline under each date", func(i int, s string) []string {
			if strings.HasPrefix(s, "14 February") {
				return []string{s, "Archive story from the Post"}
			}
			return []string{s}
		}},
		{"a time of day with each date", func(i int, s string) []string {
			if strings.HasPrefix(s, "14 February") {
				return []string{s + ", 09:12"}
			}
			return []string{s}
		}},
		{"one sentence under each date", func(i int, s string) []string {
			if !strings.HasPrefix(s, "14 February") && (i == 0 || !strings.HasPrefix(historyEntries[i-1], "14 February")) {
				return nil
			}
			if k := strings.Index(s, ". "); k > 0 {
				return []string{s[:k+1]}
			}
			return []string{s}
		}},
	} {
		lines := append([]string{}, head...)
		for i, s := range historyEntries {
			lines = append(lines, tc.edit(i, s)...)
		}
		if rec := records(lines); !slices.ContainsFunc(rec, func(r uint8) bool { return r != recNone }) {
			t.Errorf("%s: no records in %q", tc.name, lines)
		}
	}
}
