package boilerplate

import (
	"slices"
	"testing"
)

// checkLabelledPage cleans rt37Menu, the labelled lines of page ("B|",
// "T|": the article's; "X|": boilerplate; "?|": either) and rt37Foot with
// the default classifier, and checks that the article's lines stay and
// that the boilerplate lines of gone go.
func checkLabelledPage(t *testing.T, name string, page []string, gone ...string) {
	t.Helper()
	texts := make([]string, len(page))
	for i, l := range page {
		texts[i] = l[2:]
	}
	d := blockDoc(slices.Concat(rt37Menu, texts, rt37Foot)...)
	Default().Mark(d)
	for i, l := range page {
		p := d.Paragraphs[len(rt37Menu)+i]
		switch l[0] {
		case 'B', 'T':
			if !p.Kept() {
				t.Errorf("%s: %q removed by %s (%s)", name, p.Text, p.Removal.Rule, p.Removal.Detail)
			}
		case 'X':
			if p.Kept() && slices.Contains(gone, p.Text) {
				t.Errorf("%s: %q kept", name, p.Text)
			}
		}
	}
}

// TestClosingsListRT60: a subheading ("Closed Wednesday"), a sentence
// that introduces a list under it with a colon, the list's short items
// (schools, three words each) and the article going on under them: the
// list is the article's, as under prose (see markStructure).
func TestClosingsListRT60(t *testing.T) {
	checkLabelledPage(t, "closings", rt60Closings)
}

// TestResultsTableRT60: a vote's results under a race's name ("Eastport
// Mayor:", then "Luis Arredondo 61.7% 18,944"), between two parts of the
// article, are a short table (see figureTable, resultRow).
func TestResultsTableRT60(t *testing.T) {
	checkLabelledPage(t, "results", rt60Results, "Advertisement")
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Teresa Vang (D) 55.1% 41,203", true}, {"Against 50.8% 27,415", true},
		{"Turnout was 71% in 2020", false}, {"Teresa Vang (D) 41,203", false},
	} {
		if got := resultRow(tc.s); got != tc.want {
			t.Errorf("resultRow(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestTranscriptHeadRT60: a podcast's page: the platforms' buttons go, the
// first speaker alone over the first turn ("DANA WHITFIELD, HOST:") opens
// the transcript (see speakerLabel), and the headline and its standfirst
// are found above the player.
func TestTranscriptHeadRT60(t *testing.T) {
	checkLabelledPage(t, "transcript", rt60Transcript, "Subscribe on Apple Podcasts", "Follow on Pocket Casts",
		"Get the RSS feed")
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"DANA WHITFIELD, HOST:", true}, {"INSKEEP:", true}, {"Dana Whitfield, host:", false},
		{"DANA WHITFIELD, HOST, LAKESHORE, OHIO:", false}, {"DANA WHITFIELD", false},
	} {
		if got := speakerLabel(tc.s); got != tc.want {
			t.Errorf("speakerLabel(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// rt60Closings is red team 60's page 452 from its headline, labelled.
var rt60Closings = []string{
	"T|More than 60 school districts close as storm dumps up to 14 inches across the region",
	"B|Most districts in the tri-county area called off classes Wednesday, and several are already warning that Thursday could be a remote learning day.",
	"?|By Jordan Kessel",
	"?|Published: Jan. 15, 2025 at 5:48 AM EST",
	"X|Updated: 47 minutes ago",
	"B|CEDAR BLUFF — A slow-moving winter storm buried much of the Northland overnight, closing dozens of school districts Wednesday and turning the morning commute into a crawl.",
	"B|Snow totals reached 14 inches in Marlow by 5 a.m., according to the National Weather Service office in Pine Hollow, with 8 to 11 inches reported across most of Dunmore and Kettle counties. Another 2 to 4 inches is expected before the snow tapers off Wednesday afternoon.",
	"B|Many superintendents made the call Tuesday night, before the first flakes fell.",
	"B|\"When the forecast is this consistent, we'd rather give families the evening to plan,\" said Cedar Bluff Area Schools Superintendent Renée Oduya. \"Our buses simply can't run safely on the back roads in this.\"",
	"X|Students in Cedar Bluff wait for a bus during last year's January storm. (WKTV file photo)",
	"B|Plows fall behind",
	"B|The state transportation department said it had all 140 of its plows in the region on the roads by 2 a.m., but drifting snow was refilling lanes on Route 31 and Highway 8 almost as fast as they could be cleared.",
	"B|\"Please, if you don't have to be out, stay home,\" district spokesperson Carla Whitlow said. \"Give the plows room.\"",
	"X|RELATED: Tips for clearing snow safely without hurting your back",
	"B|Closed Wednesday",
	"B|The following districts and schools are closed Wednesday, Jan. 15, as of 5:45 a.m.:",
	"B|Aldergrove Community Schools",
	"B|Bear Creek Area Schools",
	"B|Birchwood Academy",
	"B|Cedar Bluff Area Schools",
	"B|Clearwater Township Schools",
	"B|Dunmore Public Schools",
	"B|East Kettle Schools",
	"B|Fairhaven Christian School",
	"B|Grayling Lake Schools",
	"B|Hollister Valley Schools",
	"B|Kettle County ISD",
	"B|Lakeview-Marlow Schools",
	"B|Marlow Public Schools",
	"B|New Prague Lutheran School",
	"B|North Dunmore Schools",
	"B|Oak Ridge Montessori",
	"B|Pine Hollow Public Schools",
	"B|Red Fox Charter Academy",
	"B|St. Brendan Catholic School",
	"B|Tamarack Area Schools",
	"B|West Branch Community Schools",
	"B|Two-hour delay Wednesday",
	"B|Otter Lake Schools",
	"B|Riverton Public Schools",
	"B|South Kettle Schools",
	"X|Is your school or business closing? Submit a closing",
	"X|See the full, constantly updated list on our Closings & Delays page.",
	"B|What about Thursday?",
	"B|Forecasters expect temperatures to drop below zero Wednesday night, with wind chills as low as minus 20 by Thursday morning. Several districts, including Dunmore and Pine Hollow, said they would decide by 8 p.m. Wednesday whether to hold classes or switch to remote learning.",
	"B|Marlow Public Schools has already used four of its six allotted snow days this school year, Superintendent Glen Haverty said in a message to families, so any further closings may be made up in June.",
}

// rt60Results is red team 60's page 453 from its headline, labelled.
var rt60Results = []string{
	"T|Okafor holds off challenger in 5th District; school levy narrowly fails",
	"B|Incumbent Rep. Grace Okafor declared victory shortly before 11 p.m., while the Westbrook schools levy trailed by fewer than 900 votes with most ballots counted.",
	"?|By Samuel Dreyer and Lina Castellano",
	"?|Nov. 5, 2024, 11:58 p.m.",
	"X|Share on X",
	"X|Share on Facebook",
	"X|Email",
	"X|Print",
	"B|Democrat Grace Okafor appeared headed to a third term in the 5th Congressional District on Tuesday night, turning back a well-funded challenge from Republican state Sen. Dwight Lammers in one of the most expensive House races in the state's history.",
	"B|With 94% of precincts reporting, the unofficial results were:",
	"B|Grace Okafor (D) 52.3% 148,112",
	"B|Dwight Lammers (R) 45.9% 129,884",
	"B|Paul Ferrante (L) 1.8% 5,096",
	"B|Okafor spoke to supporters at a union hall in Eastport just before 11 p.m. \"People here were told this seat was for sale,\" she said. \"Tonight they answered that it isn't.\"",
	"B|Lammers did not concede. In a brief statement, his campaign said it would \"wait for every legal ballot to be counted,\" noting that mail ballots from Harlan County were still being tallied.",
	"X|Advertisement",
	"B|Westbrook schools levy",
	"B|The 6.9-mill operating levy for Westbrook City Schools was failing late Tuesday:",
	"B|Against 50.8% 27,415",
	"B|For 49.2% 26,538",
	"B|Superintendent Mark Oyelowo said the district would have to cut about $4.2 million if the levy does not pass, including busing for high school students who live within two miles of campus.",
	"B|\"We'll wait for the final count, but we have to be honest with families about what this means,\" Oyelowo said.",
	"X|READ MORE: What the Westbrook levy would cost you, by home value",
	"B|Other races",
	"B|County Commissioner, District 2:",
	"B|Teresa Vang (D) 55.1% 41,203",
	"B|Harold Simms (R) 44.9% 33,577",
	"B|Eastport Mayor:",
	"B|Luis Arredondo 61.7% 18,944",
	"B|Kim Patterson 38.3% 11,760",
	"B|Turnout in Harlan County was on pace to top 71%, County Elections Director Beth Nakamura said, close to the 2020 record. Nakamura said provisional ballots and late-arriving mail ballots would be counted over the next 10 days, and results will be certified Nov. 19.",
	"B|All results are unofficial until certified.",
}

// rt60Transcript is red team 60's page 449 from the line over its
// headline, labelled, to the transcript's fourth turn.
var rt60Transcript = []string{
	"X|Heard on The Afternoon Report",
	"T|Why a shrinking Ohio town is paying former residents to move back home",
	"B|Facing a collapsing tax base, Bellmont, Ohio, is offering up to $10,000 to people who grew up there and come back. A year in, the results are mixed.",
	"X|Subscribe on Apple Podcasts",
	"X|Subscribe on Spotify",
	"X|Follow on Pocket Casts",
	"X|Get the RSS feed",
	"X|Main Street in Bellmont, Ohio, where roughly a third of the storefronts have been empty since the glass plant closed in 2009.",
	"X|Renata Oyelaran/Lakeshore Public Radio",
	"?|Dana Whitfield",
	"?|Theo Marchetti",
	"X|Transcript",
	"B|DANA WHITFIELD, HOST:",
	"B|Plenty of small towns try to lure newcomers with cheap land or tax breaks. Bellmont, Ohio, is trying something narrower. It wants its own kids back. The town of about 4,100 people is offering up to $10,000 in relocation money to anyone who graduated from the local high school and is willing to live there for at least three years. Theo Marchetti from member station WBLR went to see how it's going.",
	"B|THEO MARCHETTI, BYLINE: Kayla Brandt left Bellmont the week after her graduation in 2011. She says she never planned to come back.",
	"B|KAYLA BRANDT: I used to say the only thing that comes out of Bellmont is the highway. That was my line. I said it at every party in Columbus for ten years.",
	"B|MARCHETTI: Now Brandt is 31, a remote bookkeeper, and a homeowner on Fulton Street, six blocks from the house she grew up in. The town's program paid her $7,500 up front, with the rest coming if she's still here in 2026.",
}
