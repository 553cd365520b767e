package boilerplate

import (
	"slices"
	"testing"
)

// TestBodyTagsToSubheadingRT53: a list of tags under its header inside
// the article ("Trending Topics" and four topics) is crossed to the
// subheading and the paragraphs under it, the article's last section;
// the list goes as a box, the subheading stays. Without the subheading
// or under a label that ends with a colon, the paragraphs after such a
// list are not the article's (a disclaimer, see TestBodyListArticle) and
// stay out.
func TestBodyTagsToSubheadingRT53(t *testing.T) {
	page := func(sub string) []string {
		lines := []string{"Home", "Elections", "Live Updates",
			"Council election results: the opposition is set for a majority as counting ends",
			"Counting of votes for the city council entered its final rounds on Friday afternoon, with the opposition comfortably ahead.",
			"According to the trends at 3 pm, the opposition was leading or had won in 31 seats, and the ruling party in 18 of them.",
			"The mayor, who had been seeking a third term, was trailing in his own ward by more than 600 votes after most rounds.",
			"The party's leader addressed supporters outside the office, calling the result a vote for jobs and against arrogance.",
			"\"The people have spoken clearly, and they want water in their fields and jobs for their children,\" she said.",
			"Trending Topics", "Council Election Results", "Opposition", "Mayor", "Ward Seat"}
		if sub != "" {
			lines = append(lines, sub)
		}
		return append(lines,
			"Analysts said that anger over irrigation delays in the dry north of the city and over the new fees had decided the vote.",
			"\"Turnout among young first-time voters was unusually high, and they did not vote the way the party expected,\" one said.",
			"The smaller party, which had been seen as a kingmaker, is likely to fall short of the nine seats it won in the last election.",
			"Final results for all the seats are expected by late evening, the office of the election officer said on Friday.",
			"Tags:", "Council Election Results", "About Us", "Contact Us", "Privacy Policy")
	}
	lines := page("What swung the vote")
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	for i, p := range d.Paragraphs {
		want := i >= 3 && i <= 8 || i >= 14 && i <= 18
		if p.Kept() != want {
			t.Errorf("line %d %q kept=%v, want %v", i, p.Text, p.Kept(), want)
		}
	}
	// No subheading, or a label over the paragraphs: they stay out.
	for _, sub := range []string{"", "Here is how the analysts saw it:"} {
		d = doc(page(sub)...)
		BodyFinder{}.Mark(d)
		for i := 14; i <= 17; i++ {
			if p := d.Paragraphs[i]; p.Kept() {
				t.Errorf("under %q: line %d %q kept", sub, i, p.Text)
			}
		}
	}
}

// TestNameParticlesRT53: an author's name with particles that are no
// small words of a headline ("van den", "ter") is a name over the
// dateline, part of the byline block, and the headline and standfirst
// above it stay.
func TestNameParticlesRT53(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Marieke van den Akker", true},
		{"Jan ter Horst", true},
		{"Eline van der Hoeven", true},
		{"Wonen in de stad", false},
	} {
		var st lineStats
		scan(tc.text, &st, nil)
		if got := authorName(tc.text, &st); got != tc.want {
			t.Errorf("authorName(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	head := []string{"Starters verliezen strijd om betaalbare woning: wachttijd voor sociale huur loopt op tot veertien jaar",
		"Gemeenten bouwen al jaren minder dan beloofd, terwijl het aantal woningzoekenden in de steden opnieuw stijgt.",
		"Marieke van den Akker", "14 maart 2025, 05:00", "Delen"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, "name with particles", Default(), lines, func(i int) bool {
		return i == lo || i == lo+1 || i >= lo+len(head) && i < lo+len(head)+len(rt37Prose)
	})
}

// TestPostTimesRT53: the time stamps of a live blog's entries inside the
// article go, with the entry's label next to them ("LIVE UPDATE"); a
// time alone, a video's length, stays for the body finder. A chat thread
// after the article (name, time, message) is still read as records by
// the body finder, which sees its times before MarkPostTimes runs.
func TestPostTimesRT53(t *testing.T) {
	for _, tc := range []struct {
		low  string
		want bool
	}{
		{"3:38 pm ist", true}, {"9:32 p.m. est", true}, {"14:05 cet", true}, {"10:30 am", true},
		{"4:12", false}, {"3:38 pm sunday", false}, {"123:45 pm", false}, {"3:8 pm", false}, {"3:38pm", true},
	} {
		if got := postTime(tc.low); got != tc.want {
			t.Errorf("postTime(%q) = %v, want %v", tc.low, got, tc.want)
		}
	}
	head := []string{"Council election results: the opposition is set for a majority as counting ends"}
	body := slices.Concat(rt37Prose[:2], []string{"3:38 PM IST", "LIVE UPDATE"}, rt37Prose[2:3],
		[]string{"2:55 PM IST", "LIVE UPDATE"}, rt37Prose[3:])
	lines := slices.Concat(rt37Menu, head, body, rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, "live entries", Default(), lines, func(i int) bool {
		if i == lo {
			return true
		}
		j := i - lo - 1
		return j >= 0 && j < len(body) && len(body[j]) > 20
	})
	thread := []string{"Replies",
		"Marcus Bell", "10:05 AM", "So that is another hundred dollars a year for the meter of the community garden alone, and we have not even started on the hall.",
		"Dana Whitfield", "10:06 AM", "Do we know if the nonprofits qualify for the discount program that the council announced, or is it for the households only?",
		"Marcus Bell", "10:11 AM", "It is for the households only as far as I can tell, but I will write to the office tomorrow and ask them about the garden.",
		"Dana Whitfield", "10:14 AM", "Thanks, and please ask them whether the new rate applies from the first of the month or from the next reading of the meter."}
	lines = slices.Concat(rt37Menu, head, rt37Prose, thread, rt37Foot)
	checkMarkerKept(t, "chat thread", Default(), lines, func(i int) bool {
		return i >= lo && i <= lo+len(rt37Prose)
	})
}
