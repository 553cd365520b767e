package boilerplate

import (
	"slices"
	"testing"

	"github.com/cleantext/clean"
)

// TestObituaryHeadRT58: a name over a lifespan is an obituary's headline
// (see lifespan), not its author's byline; a name over a plain dateline
// is still the author's.
func TestObituaryHeadRT58(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"March 2, 1938 – March 10, 2024", true}, {"1938 - 2024", true}, {"Jan. 5, 1941 — Feb. 2, 2024", true},
		{"2024 - 1938", false}, {"1800 - 2024", false}, {"March 10, 2024", false}, {"Pages 1938-2024", false}, {"1938 – pages 2024", false},
		{"Wednesday, September 21, 1938 – Wednesday, September 18, 2024", true},
		{"Born 1938 in Ostrow, a farmer's son, he was the third of five children - 2024", false},
	} {
		if got := lifespan(tc.s); got != tc.want {
			t.Errorf("lifespan(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	checkRT37Page(t, "obituary", rt37Menu, []string{"Harold James Wendt", "March 2, 1938 – March 10, 2024",
		"Posted March 13, 2024", "Sign the guestbook", "Send flowers", "Share a memory"}, 0)
	checkRT37Page(t, "author over a dateline", rt37Menu, []string{"Bridge to close for a year as council orders urgent repairs",
		"Harold Wendt", "March 10, 2024"}, 0)
}

// TestReleaseDatelineRT58: a release's mark with its date ("For immediate
// release: August 15, 2024") is a dateline, so the headline above it is
// found.
func TestReleaseDatelineRT58(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"For immediate release: August 15, 2024", true}, {"FOR IMMEDIATE RELEASE - March 3, 2025", true},
		{"News release | 12 May 2025", true}, {"For immediate release", false},
		{"For release of the hostages in 2024, talks began on May 3", false},
	} {
		if got := byline(tc.s); got != tc.want {
			t.Errorf("byline(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	checkRT37Page(t, "release", rt37Menu, []string{"Home", "Newsroom", "Press release",
		"DEQ awards $18.6 million to replace lead service lines in 12 communities",
		"For immediate release: August 15, 2024"}, 3)
}

// TestScriptDateRT58: a Burmese date, its month first ("အောက်တိုဘာ ၈၊
// ၂၀၂၄"), is a dateline like an Ethiopian one (see scriptDate).
func TestScriptDateRT58(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"အောက်တိုဘာ ၈၊ ၂၀၂၄", true}, {"ဇန်နဝါရီ 15, 2025", true}, {"ጥቅምት 5 ቀን 2017 ዓ.ም", true},
		{"အောက်တိုဘာ", false}, {"ရန်ကုန်တွင် လောင်စာဆီဈေး ၂၀၂၄ ခုနှစ် အောက်တိုဘာ လ မှ စ၍ တစ်ပတ်အတွင်း နှစ်ကြိမ် မြင့်တက်", false},
	} {
		if got := byline(tc.s); got != tc.want {
			t.Errorf("byline(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestLongHeadOverDekRT58: a headline in two parts set apart by a colon,
// much longer than its standfirst, is the headline over it: its length
// counts up to the colon (see headLength).
func TestLongHeadOverDekRT58(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want int
	}{
		{"Tram 9 rijdt pas in september opnieuw door centrum van Haverdonk: werken aan Stationsstraat lopen vier maanden vertraging op", 19, 11},
		{"Ask the Doctor: Why do I wake at 3am every night?", 10, 7},
		{"Bridge to close for a year as council orders urgent repairs", 11, 11},
	} {
		if got := headLength(tc.s, tc.n); got != tc.want {
			t.Errorf("headLength(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
	checkRT37Page(t, "long headline", rt37Menu, []string{
		"Tram 9 rijdt pas in september opnieuw door centrum van Haverdonk: werken aan Stationsstraat lopen vier maanden vertraging op",
		"Handelaars vrezen voor tweede zomer vol omleidingen, stad belooft compensatie",
		"Katrien Van Damme", "Vandaag om 17:42", "Delen", "Link kopiëren"}, 0, 1)
}

// TestListUnderSentenceRT58: a sentence that introduces a list of short
// items (a watch's counties, one word each) between the article's
// paragraphs keeps them when the article goes on under them, a
// subheading and the line that introduces its part among the next lines
// (see goesOnUnder).
func TestListUnderSentenceRT58(t *testing.T) {
	head := []string{"Tornado watch issued for much of central Oklahoma as storms expected to turn severe this evening",
		"by Devin Ashcroft, Chief Meteorologist", "Tuesday, April 23rd 2024, 2:15 PM CDT"}
	body := []string{
		"MARLOW COUNTY, Okla. — The National Weather Service has issued a tornado watch for 14 central Oklahoma counties until 11 p.m. Tuesday as a line of storms develops.",
		"Forecasters say the strongest storms could produce large hail up to the size of tennis balls, damaging winds of 70 mph and a few tornadoes, especially after dark.",
		"The watch includes the following counties:",
		"Canfield", "Harrow", "Kessler", "Linwood", "Lorrance", "Marlow", "McAllister", "Okemah", "Paxton",
		"Red Fork", "Sedgefield", "Stanton", "Taber", "Wendell",
		"\"The ingredients are all there this afternoon,\" said the station's chief meteorologist. \"We have warm, moist air, plenty of instability and strong winds aloft.\"",
		"Storms are expected to form first near the county line around 4 p.m. before moving east-northeast at 30 to 35 mph toward the metro area tonight.",
		"What to do now",
		"Emergency managers urge residents to review their severe weather plans before storms arrive:",
		"Know where your safe place is: a storm shelter, basement or an interior room on the lowest floor, away from windows.",
		"Have more than one way to receive warnings, and do not rely on the outdoor sirens alone when the storms arrive tonight.",
		"The threat is expected to diminish after midnight as the storms weaken and move into the eastern part of the state.",
	}
	lines := slices.Concat(rt37Menu, head, body, rt37Foot)
	lo := len(rt37Menu) + len(head)
	d := blockDoc(lines...)
	Default().Mark(d)
	for k := range body {
		if p := d.Paragraphs[lo+k]; !p.Kept() {
			t.Errorf("line %q removed by %s", p.Text, p.Removal.Rule)
		}
	}
}

// TestGoesOnUnderRT58 checks goesOnUnder on its own: the first kept line
// must be prose, and goOnProse of the goOnLines kept lines; removed lines
// are passed over and a wall stops the count.
func TestGoesOnUnderRT58(t *testing.T) {
	// P: prose, s: a kept line that is no prose, r: removed, W: a wall.
	for _, tc := range []struct {
		shape string
		want  bool
	}{
		{"PPP", true}, {"PPsP", true}, {"PPssP", true}, {"PrPrP", true}, {"sPPP", false},
		{"PPsssP", false}, {"PPW", false}, {"PPWP", false}, {"PP", false},
	} {
		d := blockDoc(slices.Repeat([]string{"line"}, len(tc.shape))...)
		prose := make([]bool, len(tc.shape))
		wall := make([]bool, len(tc.shape))
		for i, c := range tc.shape {
			switch c {
			case 'P':
				prose[i] = true
			case 'r':
				d.Paragraphs[i].Removal = &clean.Removal{Stage: "boilerplate", Rule: "test"}
			case 'W':
				wall[i] = true
			}
		}
		if got := goesOnUnder(d, prose, wall, 0); got != tc.want {
			t.Errorf("goesOnUnder(%s) = %v, want %v", tc.shape, got, tc.want)
		}
	}
}
