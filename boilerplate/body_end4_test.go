package boilerplate

import (
	"slices"
	"testing"
)

func TestScoreLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Kinsey Rovers 3 Hallam Park 2 (aet)", true},
		{"Kelvedon RFC 27 Marshfield 24", true},
		{"Coldby United 0 Tolleston Town 4", true},
		{"Priory Academy Year 10 31 St Anselm's Year 10 18", true},
		{"Kelvedon Men 2s 1 Sandbury Men 3s 2", true},
		{"Westgate Athletic 1 Old Millers 1 (Westgate win 4-3 on penalties)", true},
		{"Saukot–Haukat 4–3 ja. (0–2, 2–0, 1–1, 1–0)", true},
		{"Bayern – Dortmund 2:1", true},
		{"Rovers-United 2-2", true},
		{"Page 1 of 3", false},                                         // a lower-case word after the first number
		{"Top 10 Places to Visit in 2026", false},                      // a year has four digits
		{"Man, 45, charged after crash on A12", false},                 // no score at the end
		{"The match ended 2-1 to Rovers.", false},                      // a sentence
		{"Opening Bell 10.29.19", false},                               // one number
		{"Updated 12 Nov 2026 – 14:05", false},                         // a date and a time
		{"Live – Premier League 14:05", true},                          // two names and a colon: the shape of a score
		{"iPhone 16 Pro Max 256", false},                               // a name in lower case
		{"Kelvedon & District Saturday League – Challenge Cup", false}, // no figure
		{"Callum Dent scored on 61 minutes and Bassey on 82", false},   // a lower-case word after the first number
	} {
		if got := scoreLine(c.text); got != c.want {
			t.Errorf("scoreLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestDuration(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"00:52", true}, {"1:48", true}, {"1:02:15", true},
		{"12:5", false}, {"2026", false}, {"00:52 min", false}, {"1:2:3:4", false}, {":52", false}, {"123:45", false},
	} {
		if got := duration(c.text); got != c.want {
			t.Errorf("duration(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// roundUp is a results round-up: prose, then the results of each
// competition under its name, a short report after some of them.
var roundUp = []string{
	"It was a weekend of late goals and hard-fought draws on the pitches of the district, and the rugby club pulled off a comeback.",
	"Here are all the results and reports you sent in.",
	"FOOTBALL",
	"Saturday League – Challenge Cup quarter-finals",
	"Kinsey Rovers 3 Hallam Park 2 (aet)",
	"What a game at Brook Lane. Hallam Park led 2-0 at half-time thanks to two goals from their striker, but Rovers came back.",
	"Westgate Athletic 1 Old Millers 1 (Westgate win 4-3 on penalties)",
	"Coldby United 0 Tolleston Town 4",
	"Priory Sports Reserves 2 Kelvedon Wanderers 5",
	"Youth football – Under-14s Division One",
	"Kelvedon Colts 2 Sandbury Juniors 2",
	"Hallam Park Youth 6 Marsden Tigers 0",
	"Scorers for Ashby were Leo Hartigan (2) and Mo Siddiqui.",
	"RUGBY UNION",
	"Eastern Counties League Two",
	"Kelvedon RFC 27 Marshfield 24",
	"Kelvedon trailed 24-7 with 25 minutes remaining, but tries from three of their forwards turned the game around in the rain.",
	"Sandbury 12 Tolleston Vikings 12",
	"HOCKEY",
	"Kelvedon Ladies 1s 3 Harwick 1s 0",
	"Kelvedon Men 2s 1 Sandbury Men 3s 2",
	"The Ladies' win, with goals from three different players, keeps them top of the table going into the winter break.",
}

// TestBodyRoundUp checks that the body run crosses the results of a
// round-up of matches (see scoreLine) and the names of the competitions
// between its reports, with the body finder alone and with the whole
// classifier, and stops at the footer after it.
func TestBodyRoundUp(t *testing.T) {
	head := []string{"Home", "News", "Sport", "Football", "Rugby", "Cricket",
		"Late drama as Rovers snatch a cup semi-final spot", "By Sports Desk"}
	tail := []string{"More Sport", "Town manager leaves by mutual consent", "Cricket club lands grant for new pavilion",
		"Comments", "Be the first to comment", "Terms | Privacy | Cookies"}
	for _, c := range bodyMarkers {
		lines := append(append(append([]string{}, head...), roundUp...), tail...)
		d := doc(lines...)
		c.m.Mark(d)
		for i, p := range d.Paragraphs {
			in := i >= len(head) && i < len(head)+len(roundUp)
			if in && !p.Kept() {
				t.Errorf("%s: article line %d removed (%s, %s): %q", c.name, i, p.Removal.Rule, p.Removal.Detail, p.Text)
			}
			if i >= len(head)+len(roundUp)+1 && p.Kept() {
				t.Errorf("%s: line %d kept: %q", c.name, i, p.Text)
			}
		}
	}
}

// TestBodyRoundUpNot checks that results after the article stay out of
// it when what comes after them would stay out right after the article
// (teasers, a reader's comment): results cost the run nothing, but the
// lines after them do. A menu with figures is no result.
func TestBodyRoundUpNot(t *testing.T) {
	scores := []string{"Latest scores", "Kinsey Rovers 3 Hallam Park 2", "Coldby United 0 Tolleston Town 4",
		"Priory Sports 2 Kelvedon Wanderers 5", "Sandbury 12 Tolleston Vikings 12"}
	for name, block := range map[string][]string{
		"teaser": append(append([]string{}, scores...), "More sport", "Town manager leaves by mutual consent",
			"Cricket club lands grant for new pavilion",
			"The cricket club has won a grant of forty thousand pounds for a new pavilion, the council said on Friday."),
		"comment": append(append([]string{}, scores...), "Comments (2)", "Jane from Sandbury",
			"I was at the game on Saturday and the referee had a shocker, but the lads deserved the win in the end."),
		"menu": {"Top 10 things to do in 2026", "Page 1 of 3", "Season tickets", "Under-14s Division One", "Contact us",
			"The cricket club has won a grant of forty thousand pounds for a new pavilion, the council said on Friday."},
	} {
		lines := append([]string{"Home", "News", "Sport", "Weather", "Contact us"}, insetArticle()...)
		n := len(lines)
		lines = append(lines, block...)
		for _, c := range bodyMarkers {
			d := doc(lines...)
			c.m.Mark(d)
			for i, p := range d.Paragraphs {
				switch {
				case i >= 5 && i < n && !p.Kept():
					t.Errorf("%s, %s: article line %d removed (%s): %q", name, c.name, i, p.Removal.Rule, p.Text)
				case i >= n && p.Kept():
					t.Errorf("%s, %s: line %d kept: %q", name, c.name, i, p.Text)
				}
			}
		}
	}
}

// TestBodyEndResult checks that the record of a match that closes a
// match report (its result, then fields with figures) stays with the
// article, across a short sentence and an embedded post between, with a
// sentence right after it that closes the report, and that a site's
// trailer of fields after it, or fields without a result above them, do
// not.
func TestBodyEndResult(t *testing.T) {
	for _, c := range []struct {
		name  string
		block []string
		keep  int // how many lines of block stay
	}{
		{"record", []string{"Saukot–Haukat 4–3 ja. (0–2, 2–0, 1–1, 1–0)",
			"Maalit: 0–1 Sorsa 3.12, 0–2 Lindqvist 5.47, 1–2 Heinonen 24.09 (yv), 4–3 Rautiainen 61.03",
			"Torjunnat: Halonen (Saukot) 27, Virtanen (Haukat) 31", "Yleisö: 3 418",
			"Aiheet: Jääkiekko, Savonlinnan Saukot, Mestis, Urheilu"}, 4},
		{"after a post", []string{"The teams meet again on Saturday.",
			"Saukot (@SaukotHockey): JATKOAIKAVOITTO! Rautiainen ratkaisee #SauHau", "12.11.2026",
			"Town 2 Rovers 1", "Goals: Dent 61, Bassey 82", "Attendance: 3,418", "Tags: Football, Town"}, 6},
		// A sentence right after the record closes the report.
		{"closing sentence", []string{"Town – Rovers 4:2 (1:0, 1:2, 2:0)",
			"Goals: 1:0 Dent (Bell, Ash) 6:48, 1:1 Varga (Ruiz) 25:33, 1:2 Ruiz (Varga, Kim) 31:10, 2:2 Bassey (Dent) 44:02, 3:2 Dent (Ash) 51:15, 4:2 Bell 58:40 (empty net)",
			"Town: Ozols (Egle); Bell – Ash, Dent – Kim, Lace – Bassey; Park, Ruiz, Varga, Holm, Stone, West, Birch, Reed, Marsh, Hale.",
			"Rovers: Grin (Priede); Wolf – Celm, Zied – Lusis, Mednis – Krum; Tall, Ozo, Berz, Kaln, Apin, Liep, Sil, Zar, Pet, Abel.",
			"Shots: 33:35. Penalties: 10:6 min. Attendance: 2 318.",
			"Town travel to Dunmere on Tuesday, and Rovers host the leaders.", "Table", "1. Town 31 games 64 pts",
			"2. Dunmere 30 games 59 pts", "3. Rovers 31 games 55 pts", "Full table", "Tags: Football, Town"}, 6},
		{"no result", []string{"Goals: Dent 61, Bassey 82", "Attendance: 3,418", "Tags: Football, Town"}, 0},
		{"one field", []string{"Town 2 Rovers 1", "Attendance: 3,418", "Tags: Football, Town"}, 0},
		{"no figures", []string{"Town 2 Rovers 1", "Tags: Football, Town", "Filed under: Sport, Local"}, 0},
	} {
		checkClosingLines(t, c.name, c.block, c.keep)
	}
}

// TestBodyCutByPaywall checks that the article's last paragraph, cut
// short by a paywall, stays with it, and that a paragraph cut short with
// no paywall under it (a teaser) or a paywall under a line that is no
// prose does not.
func TestBodyCutByPaywall(t *testing.T) {
	cut := "Shares in the company rose 3.2 per cent in early trading in Amsterdam, as analysts welcomed a move that"
	for _, c := range []struct {
		name  string
		block []string
		keep  bool
	}{
		{"paywall", []string{cut, "Subscribe to unlock this article", "Try unlimited access", "Only $1 for 4 weeks"}, true},
		{"ellipsis", []string{"Shares in the company rose 3.2 per cent in early trading, as analysts welcomed a move that…",
			"Subscribe to unlock this article", "Try unlimited access"}, true},
		{"no paywall", []string{cut, "Try unlimited access", "Only $1 for 4 weeks", "Start trial"}, false},
		{"headline", []string{"Chip tariffs and what the new rules mean for European suppliers",
			"Subscribe to unlock this article", "Try unlimited access"}, false},
	} {
		menu := []string{"Home", "News", "Markets", "Companies", "Opinion"}
		lines := append(menu, insetArticle()...)
		n := len(lines)
		lines = append(lines, c.block...)
		d := doc(lines...)
		Default().Mark(d)
		if p := d.Paragraphs[n]; p.Kept() != c.keep {
			t.Errorf("%s: %q kept %v, want %v", c.name, p.Text, p.Kept(), c.keep)
		}
		for i := 0; i < n; i++ {
			if p := d.Paragraphs[i]; i >= len(menu) && !p.Kept() {
				t.Errorf("%s: article line %d removed (%s): %q", c.name, i, p.Removal.Rule, p.Text)
			}
		}
	}
}

// TestBodyPlayer checks that an embedded video player between two
// paragraphs (a button, the video's length, its title) neither ends the
// article nor stays in it.
func TestBodyPlayer(t *testing.T) {
	player := []string{"Play video", "00:52", "The mayor defends the moratorium on new holiday flats"}
	for _, c := range bodyMarkers {
		lines := append([]string{"Home", "News", "Sport", "Weather", "Contact us"}, insetArticle()...)
		n := len(lines)
		lines = append(append(lines, player...),
			"The council expects the moratorium to come into force as soon as it is published in the official bulletin.",
			"Related stories", "Holiday flats: the new rules explained", "Rents reach a new record in the region")
		d := doc(lines...)
		c.m.Mark(d)
		for i := n; i < n+len(player); i++ {
			if p := d.Paragraphs[i]; p.Kept() {
				t.Errorf("%s: player line %d kept: %q", c.name, i, p.Text)
			}
		}
		if p := d.Paragraphs[n+len(player)]; !p.Kept() {
			t.Errorf("%s: last paragraph removed (%s): %q", c.name, p.Removal.Rule, p.Text)
		}
	}
}

// TestBodyPlayerGap: the rules removed the video's title between its
// button and its length, and its credit under it: the button and the
// length go, and the subheading under the player stays.
func TestBodyPlayerGap(t *testing.T) {
	lines := append([]string{"Home", "News", "Sport", "Weather", "Contact us"}, insetArticle()...)
	n := len(lines)
	lines = append(lines, "Video", "Watch: passengers film smoke trailing from the engine", "0:58",
		"Video: Harbour Post / courtesy of a passenger", "A loud bang, then silence",
		"Several passengers described hearing a loud bang about four minutes into the flight, followed by a vibration.",
		"The airline said the engine would be examined by the manufacturer before the aircraft flies again.")
	d := doc(lines...)
	for _, i := range []int{n + 1, n + 3} {
		Remove(d, i, Reason{Rule: RuleCaption})
	}
	BodyFinder{}.Mark(d)
	for i, want := range []bool{false, false, false, false, true, true, true} {
		if p := d.Paragraphs[n+i]; p.Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", n+i, p.Text, p.Kept(), want)
		}
	}
}

// TestBodyPlayerNot checks that a time of day alone before a paragraph (a
// live blog's entry) is no player: nothing above it is a button.
func TestBodyPlayerNot(t *testing.T) {
	lines := append([]string{"Home", "News", "Sport", "Weather", "Contact us"}, insetArticle()...)
	n := len(lines)
	lines = append(lines, "14:05",
		"The council expects the moratorium to come into force as soon as it is published in the official bulletin.")
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	if p := d.Paragraphs[n]; p.Removal != nil && p.Removal.Rule == RuleWidget {
		t.Errorf("time of day removed as a player: %q", p.Text)
	}
}

// TestBodyCaptionedCredit checks the line above a photo credit: a caption
// above a bare credit is removed, a sentence of the article above a
// credit that holds its own caption stays, and a line that is no prose
// (a rating) above such a credit is removed.
func TestBodyCaptionedCredit(t *testing.T) {
	for _, c := range []struct {
		name, above, credit string
		keep                bool
	}{
		{"bare credit", "Snails in the laboratory at the university.", "Photo: Jane Doe/Agency", false},
		{"captioned credit", "The concentrations involved were similar to those regularly recorded downstream of sewage works.",
			"Wandering pond snails in the laboratory at the university. Credit: Dr Jane Doe", true},
		{"rating", "Rating: 5 stars", "Two actors on the stage of the Corn Exchange Theatre. Picture: Jonah Wells", false},
	} {
		lines := append([]string{"Home", "News", "Science", "Weather", "Contact us"}, insetArticle(c.above, c.credit)...)
		d := doc(lines...)
		Default().Mark(d)
		for i, p := range d.Paragraphs {
			if p.Text != c.above {
				continue
			}
			if p.Kept() != c.keep {
				t.Errorf("%s: %q kept %v, want %v", c.name, p.Text, p.Kept(), c.keep)
			}
			if !c.keep && p.Kept() == false && p.Removal.Rule != RuleCaption {
				t.Errorf("%s: line %d removed as %s, want caption", c.name, i, p.Removal.Rule)
			}
		}
	}
}

// TestBodyEndLabelledList checks that a list under a label naming a part
// of the reviewed work (a setlist, a cast) closes the article, while a
// list of headlines under "Most read" or a list of long lines stays out.
func TestBodyEndLabelledList(t *testing.T) {
	songs := []string{"Harbour Lights", "Copper Wire", "Tin Roof", "Nightferry", "Encore: Salt Road"}
	for _, c := range []struct {
		name  string
		block []string
		keep  int
	}{
		{"setlist", append([]string{"Setlist"}, songs...), 6},
		{"cast with colon", []string{"Cast:", "Nora: Priya Sandhu", "Torvald: Declan Hewitt", "Dr Rank: Tom Ellery"}, 4},
		{"most read", append([]string{"Most read"}, songs...), 0},
		{"long lines", []string{"Tracklist", "The first song on the record is a long one that goes on for nearly nine minutes in all",
			"The second song on the record is a short one that is over in well under two minutes"}, 0},
	} {
		checkClosingLines(t, c.name, c.block, c.keep)
	}
}

// TestBodyTableEnd checks that a table the body run reaches stays to its
// end: its last lines are fields, which cost the run nothing, and the run
// would stop before them.
func TestBodyTableEnd(t *testing.T) {
	lines := []string{"Share this article",
		"Wolves beat the Bears 4-3 in overtime on Friday to end a run of three straight defeats at home.",
		"The visitors led 3-0 after two periods, but the home side scored three times in seven minutes to force overtime.",
		"Krutov settled it with a wrist shot from the slot, his ninth goal of the season, after three minutes of the extra period.",
		"\"We never stopped believing,\" the coach said after the game, his voice hoarse from shouting.",
		"Wolves (Kingston) — Bears (Hamilton) 4:3 OT (0:2, 0:1, 3:0, 1:0)",
		"Goals:",
		"0:1 — Rakhimov (Fomin, Zuev), 07:42",
		"0:2 — Zuev (Rakhimov), 15:10 — PP",
		"0:3 — Kovalev (Lisitsyn), 33:05",
		"1:3 — Maltsev (Khlebnikov, Ogorodnikov), 44:18",
		"2:3 — Galiullin (Ogorodnikov, Maltsev), 47:51 — PP",
		"3:3 — Ogorodnikov (Galiullin), 51:09",
		"4:3 — Krutov (Khlebnikov), 63:27",
		"Goalies: Belousov — Lebedev.",
		"Shots: 31–27.",
		"Attendance: 5 840.",
	}
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	for i := 1; i < len(lines); i++ {
		if p := d.Paragraphs[i]; !p.Kept() {
			t.Errorf("line %d removed (%s): %q", i, p.Removal.Rule, p.Text)
		}
	}
}

// TestBodyEndMinutes checks that a match's timeline stays to its last
// minute when its last line is short ("90+4' Full time."), and with it
// the line-ups under it; a list that only its first lines open with a
// minute, or lines after a timeline that open otherwise, are no more of
// it.
func TestBodyEndMinutes(t *testing.T) {
	events := []string{"Key events",
		"9' GOAL Brackley 0–1 Anvil Rovers. Sørlie rounds the keeper after a short back-pass from the left-back.",
		"23' GOAL Brackley 1–1 Anvil Rovers. Okafor heads in Delaney's cross at the near post from six yards.",
		"55' GOAL Brackley 1–2 Anvil Rovers. Sørlie finishes first time from Price's cut-back on the right.",
		"88’ GOAL Brackley 2–3 Anvil Rovers. Marsh drills in low from 18 yards after a quick break."}
	lineUps := []string{"Line-ups",
		"Brackley City (4-3-3): Cattermole; Ridge, Osei, Fairlie, Nunes; Kowalczyk, Beattie (Grant 77), Delaney; Whitely, Okafor, Lund (Sands 65).",
		"Subs not used: Harper, Vickers, Doyle.",
		"Anvil Rovers (4-2-3-1): Ekwueme; Moss, Dunphy, Castellano, Heaney; Price, Tolland; Adeyemi, Hollins (Marsh 82), Reid (Yates 70); Sørlie.",
		"Referee: Neil Ashcombe. Attendance: 14,882."}
	trailer := []string{"Match stats", "Possession 58% – 42%", "Shots 16 – 9", "More Championship"}
	for _, c := range []struct {
		name  string
		block []string
		keep  int
	}{
		{"full time", slices.Concat(events, []string{"90+4' Full time."}, lineUps, trailer), len(events) + 1 + len(lineUps)},
		{"stoppage", slices.Concat(events, []string{"90+4′ Full time.", "90+6′ Ends."}, trailer), len(events) + 2},
		{"no minute", slices.Concat(events, []string{"Full time.", "Line-ups"}, trailer), len(events)},
		{"after prose", slices.Concat([]string{"The sides meet again in the cup in March, when Brackley will hope to have their captain back from injury."},
			[]string{"90' Highlights", "4' Watch the goals"}, trailer), 1},
	} {
		checkClosingLines(t, c.name, c.block, c.keep)
	}
}

func TestMatchMinute(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"9' GOAL", true}, {"90+4' Full time.", true}, {"45+1’ Yellow card", true}, {"120′ Penalties", true},
		{"9'GOAL", false}, {"1234' x", false}, {"90+' x", false}, {"90+123' x", false}, {"'90 x", false},
		{"9 GOAL", false}, {"90", false}, {"Rock 'n' roll", false},
	} {
		if got := matchMinute(c.text); got != c.want {
			t.Errorf("matchMinute(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// checkClosingLines runs the body finder over an article with block after
// it and checks that the first keep lines of block stay and the rest go.
func checkClosingLines(t *testing.T, name string, block []string, keep int) {
	t.Helper()
	d, n := closingBlockDoc(block)
	BodyFinder{}.Mark(d)
	for i := n; i < n+len(block); i++ {
		if p := d.Paragraphs[i]; p.Kept() != (i < n+keep) {
			t.Errorf("%s: line %d %q kept %v", name, i, p.Text, p.Kept())
		}
	}
}
