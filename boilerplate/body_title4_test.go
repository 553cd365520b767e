package boilerplate

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestAsciiDigits checks that the digits of other scripts are read as
// digits: a dateline or a time of day written in them is a byline, and a
// text without them is returned as it is.
func TestAsciiDigits(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"প্রকাশ: ১৪ নভেম্বর ২০২৬, ১০:২০", "প্রকাশ: 14 নভেম্বর 2026, 10:20"},
		{"۲۳ آبان ۱۴۰۵ - ۱۰:۱۵", "23 آبان 1405 - 10:15"},
		{"٢١ نوفمبر ٢٠٢٦، ٠٩:٣٠", "21 نوفمبر 2026، 09:30"},
		{"२१ नवंबर २०२६, ११:४५", "21 नवंबर 2026, 11:45"},
		{"21 November 2026, 10:15", "21 November 2026, 10:15"},
		{"Ünïcödé without digits", "Ünïcödé without digits"},
	} {
		if got := asciiDigits(c.in); got != c.want {
			t.Errorf("asciiDigits(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"প্রকাশ: ১৪ নভেম্বর ২০২৬, ১০:২০", true},
		{"۲۳ آبان ۱۴۰۵ - ۱۰:۱۵", true},
		{"२१ नवंबर २०२६, ११:४५", true},
		// A headline with figures in another script is no byline.
		{"তিন দিনের বাউল মেলায় ৪২ বছরের রেকর্ড ভাঙল", false},
		{"تالاب سرخ\u200cآباد پس از ۵۰ سال خشک شد", false},
	} {
		if got := byline(c.text); got != c.want {
			t.Errorf("byline(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// finnishMenu, finnishBody and finnishFooter make a page in a language
// whose stopword list covers its text thinly: the body's sentences hold
// enough stopwords for prose, the first sentences of a report (people,
// places, figures) fewer.
var (
	finnishMenu = []string{"Etusivu", "Uutiset", "Urheilu", "Kulttuuri", "Kirjaudu", "Tilaa"}
	finnishBody = []string{
		"– Se oli hieno hetki, ja me olimme kaikki todella iloisia siitä, että peli kääntyi meille, hän sanoi.",
		"Ottelu alkoi huonosti, kun vieraat tekivät kaksi maalia jo ensimmäisen erän alussa, mutta joukkue ei luovuttanut.",
		"Valmentaja sanoi, että hän oli ylpeä siitä, miten pelaajat jaksoivat taistella loppuun asti, vaikka se ei ollut helppoa.",
		"Kolmannessa erässä vieraat siirtyivät vielä kerran johtoon, mutta kotijoukkue tasoitti, ja jatkoajalla se voitti.",
	}
	finnishFooter = []string{"Jaa", "Tulosta", "Tietosuoja", "Yhteystiedot"}
	// finnishLongBody's sentences are long enough for the share of
	// stopwords of the document to be measured on them (see lowDensity).
	finnishLongBody = []string{
		"– Se oli hieno hetki, ja me olimme kaikki todella iloisia siitä, että peli kääntyi meille vielä kerran, vaikka kukaan ei enää uskonut siihen, hän sanoi ottelun jälkeen.",
		"Ottelu alkoi huonosti, kun vieraat tekivät kaksi maalia jo ensimmäisen erän alussa, mutta joukkue ei luovuttanut, vaan se jatkoi omaa peliään ja sai lopulta palkkansa, kun kiekko alkoi kulkea.",
		"Valmentaja sanoi, että hän oli ylpeä siitä, miten pelaajat jaksoivat taistella loppuun asti, vaikka se ei ollut helppoa, ja että joukkue on nyt paremmassa kunnossa kuin koskaan aiemmin tällä kaudella.",
		"Kolmannessa erässä vieraat siirtyivät vielä kerran johtoon, mutta kotijoukkue tasoitti, ja jatkoajalla se voitti.",
	}
)

// TestLeadSentence checks that the body run takes in the sentences right
// above it that have the shape of prose but too few stopwords for it (see
// leadSentence), and not a caption, a list of names or a headline there.
func TestLeadSentence(t *testing.T) {
	lead := []string{
		"Savonlinnan Saukot katkaisi keskiviikkona kolmen ottelun tappioputkensa, kun se voitti Hämeen Haukat jatkoajalla.",
		"Voittomaalin iski hyökkääjä Niko Rautiainen, joka laukoi kiekon maalivahdin olan yli vain 63 sekuntia jatkoajan alettua.",
	}
	for _, c := range []struct {
		name string
		head []string
		keep []int // indexes in head of the lines to keep
	}{
		{"lead sentences", append([]string{"Saukot kaatoi Haukat jatkoajalla", "12.11.2026 klo 21.58"}, lead...), []int{0, 2, 3}},
		{"lead sentences under a caption", append([]string{"Saukot kaatoi Haukat jatkoajalla, Niko Rautiainen ratkaisi ottelun", "12.11.2026 klo 21.58",
			"Niko Rautiainen juhli voittomaaliaan joukkuetovereiden kanssa. Kuva: Jenni Lappalainen"}, lead...), []int{0, 3, 4}},
		// Four such lines above the run: a lead is at most leadLines long;
		// the fourth, alone under the byline, is the standfirst (see
		// dekUnder). Of five, the two above the lead are neither.
		{"lead of four lines", append([]string{"Saukot kaatoi Haukat jatkoajalla", "12.11.2026 klo 21.58",
			"Savonlinnan Saukot katkaisi tiistaina kahden ottelun tappioputkensa, kun se voitti Kärpät varsinaisella peliajalla."}, append(lead,
			"Voittomaalin iski puolustaja Aleksi Heinonen, joka laukoi kiekon maalivahdin jalkojen välistä vain 12 sekuntia ennen loppua.")...), []int{0, 2, 3, 4, 5}},
		{"lead of five lines", append([]string{"Saukot kaatoi Haukat jatkoajalla", "12.11.2026 klo 21.58",
			"Saukot nousi voitolla sarjataulukossa kahdeksanneksi, kun runkosarjaa on jäljellä vielä kaksitoista ottelua.",
			"Savonlinnan Saukot katkaisi tiistaina kahden ottelun tappioputkensa, kun se voitti Kärpät varsinaisella peliajalla."}, append(lead,
			"Voittomaalin iski puolustaja Aleksi Heinonen, joka laukoi kiekon maalivahdin jalkojen välistä vain 12 sekuntia ennen loppua.")...), []int{0, 4, 5, 6}},
		// Names ending with a full stop hold no stopword.
		{"names", []string{"Saukot kaatoi Haukat jatkoajalla", "12.11.2026 klo 21.58",
			"Halonen, Heinonen, Mäkelä, Kantola, Rautiainen, Sorsa, Lindqvist, Virtanen ja Kuusela."}, []int{0}},
	} {
		checkHead(t, c.name, finnishMenu, c.head, finnishLongBody, finnishFooter, c.keep)
	}
	// With too few long sentences, the shorter ones measure the share of
	// stopwords, lower already (see shortMeasure): the sentences of a
	// lead are prose, five as well as two, and a list of names is not.
	checkHead(t, "five lines, short sentences", finnishMenu, append([]string{"Saukot kaatoi Haukat jatkoajalla", "12.11.2026 klo 21.58",
		"Saukot nousi voitolla sarjataulukossa kahdeksanneksi, kun runkosarjaa on jäljellä vielä kaksitoista ottelua.",
		"Savonlinnan Saukot katkaisi tiistaina kahden ottelun tappioputkensa, kun se voitti Kärpät varsinaisella peliajalla."}, append(lead,
		"Voittomaalin iski puolustaja Aleksi Heinonen, joka laukoi kiekon maalivahdin jalkojen välistä vain 12 sekuntia ennen loppua.")...),
		finnishBody, finnishFooter, []int{0, 2, 3, 4, 5, 6})
	checkHead(t, "names, short sentences", finnishMenu, []string{"Saukot kaatoi Haukat jatkoajalla", "12.11.2026 klo 21.58",
		"Halonen, Heinonen, Mäkelä, Kantola, Rautiainen, Sorsa, Lindqvist, Virtanen ja Kuusela."}, finnishBody, finnishFooter, []int{0})
}

// TestBodyTitleFurniture checks the title search over the furniture
// between the byline block and the article: key points, a summary box, a
// score box (its pros and cons are the review's, see verdictBox), a
// video. The headline and the standfirst above the byline
// block are kept, and the title search does not go there when the
// headline is right above the article.
func TestBodyTitleFurniture(t *testing.T) {
	const title, dek = "Bridge to close for a year of repairs", "The council says the work on the old bridge will take most of next year"
	for _, c := range []struct {
		name string
		head []string
		keep []int // indexes in head of the lines kept
	}{
		{"key points", []string{title, dek, "Jane Doe", "Transport correspondent", "Thursday 19 March 2026 06:00 GMT", "Key points",
			"The old bridge closes to all traffic from the first of May", "Buses will run on the ring road every ten minutes",
			"The new bridge is due to open at the end of next year", "Residents can ask for a parking permit from the council"}, []int{0, 1, 5, 6, 7, 8, 9}},
		{"score box", []string{title, dek, "Jane Doe", "Contributor", "Last updated 17 November 2026", "Jump to:", "Story", "Verdict",
			"Score: 7/10", "Developer: Solace Bay Studio", "Publisher: Greywater Interactive", "Pros", "+ Stunning painterly art direction",
			"+ Brilliant light-based puzzles in the first two acts", "Cons", "- Final act is padded with repetitive fetch tasks",
			"- Inventory management is clumsy on a controller"}, []int{0, 1, 11, 12, 13, 14, 15, 16}},
		// A box of pros and cons without bullets, its items a few words.
		{"pros and cons", []string{title, dek, "Jane Doe", "Last updated 17 November 2026", "Pros", "Bright screen",
			"Long battery life", "Cons", "Slow charging", "No charger in the box"}, []int{0, 1, 4, 5, 6, 7, 8, 9}},
		// A review's specifications: a record of fields under a label.
		{"specs", []string{title, dek, "Jane Doe", "Last updated 17 November 2026", "Specs", "Engine: 2.0-litre turbo, four cylinders",
			"Power: 201bhp", "Gearbox: eight-speed automatic", "Price: £34,995"}, []int{0, 1, 4, 5, 6, 7, 8}},
		// Three sections under the verdict, a deals widget between the
		// box and the body's first subheading.
		{"verdict, three sections and deals", []string{title, dek, "Jane Doe", "Last updated 17 November 2026", "Quick verdict",
			"The Lumo X2 is the easiest phone to recommend this year, and its battery outlasted every rival we tested by half a day.",
			"Pros", "Bright screen", "Long battery life", "Cons", "Slow charging", "No charger in the box",
			"Specs", "Screen: 6.1in OLED", "Weight: 172g", "Battery: 4,500mAh", "Today's best Lumo X2 deals", "$499", "$479",
			"Design"}, []int{0, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 19}},
		// A standfirst of three sentences over the author's name and
		// the dateline.
		{"standfirst of three sentences", []string{title,
			"Parliament passed the reform on Tuesday. Classes get smaller and marks come earlier. We explain what changes for pupils and parents.",
			"Jane Doe", "2 April 2026, 11:30"}, []int{0, 1}},
		// The critic's score in the verdict, "For" and "Against".
		{"verdict with a score", []string{title, dek, "Jane Doe", "Last updated 17 November 2026", "Our verdict",
			"The Lumo X2 is the easiest phone to recommend this year, and its battery outlasted every rival we tested by half a day.",
			"Score: 4.5 out of 5", "For", "Bright screen", "Long battery life", "Against", "Slow charging", "No charger in the box"},
			[]int{0, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		{"verdict with stars", []string{title, dek, "Jane Doe", "Last updated 17 November 2026", "Our verdict",
			"The Lumo X2 is the easiest phone to recommend this year, and its battery outlasted every rival we tested by half a day.",
			"★★★★☆", "Pros", "Bright screen", "Long battery life", "Cons", "Slow charging", "No charger in the box"},
			[]int{0, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		// A jump list above the box names the verdict but holds no
		// paragraph of it: it is no part of the box.
		{"jump list over the box", []string{title, dek, "Jane Doe", "Last updated 17 November 2026", "Jump to:",
			"Quick verdict", "Design", "Battery life", "Pros", "Bright screen", "Long battery life", "Cons", "Slow charging",
			"No charger in the box"}, []int{0, 1, 8, 9, 10, 11, 12, 13}},
		// One item under a label is no box.
		{"one item", []string{title, dek, "Jane Doe", "Last updated 17 November 2026", "Pros", "Bright screen"}, []int{0, 1}},
		// A row of buttons is no box: "Like" labels no section.
		{"buttons", []string{title, dek, "Jane Doe", "Last updated 17 November 2026", "Like", "Bright screen",
			"Long battery life"}, []int{0, 1}},
		{"video", []string{title, dek, "Jane Doe", "21 abr 2026 - 14:05 CEST", "Share", "Play video", "01:48",
			"This is the old bridge where the work will start in May", "Video: John Roe", "More videos"}, []int{0, 1}},
		// With no dateline above it, the nearest line that can be a
		// title stays the title, in a list or not.
		{"headline under teasers", []string{"Council votes for a new library in the park", "Schools to open late on Monday after the storm",
			title}, []int{2}},
		{"last key point", []string{"Key points", "The old bridge closes to all traffic from the first of May",
			"Buses will run on the ring road every ten minutes"}, []int{2}},
	} {
		checkHead(t, c.name, titleMenu, c.head, titleProse, []string{"Share", "Tweet", "Privacy policy"}, c.keep)
	}
}

// TestCriticScore checks the scores of a review's verdict (see
// criticScore): short, with a figure out of a scale, or stars alone.
func TestCriticScore(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{{"Score: 4.5 out of 5", true}, {"8/10", true}, {"Note : 4/5", true}, {"★★★★☆", true},
		{"Three out of 4 residents said they would move, and 2 of them already have.", false},
		{"Score: excellent", false}, {"☆☆☆☆☆", false}, {"Out of stock", false}} {
		d := doc(c.text)
		sc := new(bodyScratch)
		sc.features(d)
		if got := sc.criticScore(d, 0); got != c.want {
			t.Errorf("criticScore(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBodyTitleLoose checks headlines without a stopword (see looseTitle):
// above a byline they are the title when no line there can be one, and
// the headline over a standfirst; a name, a row of prices or a short
// label under the bylines' caption is not.
func TestBodyTitleLoose(t *testing.T) {
	for _, c := range []struct {
		name string
		head []string
		keep []int
	}{
		{"headline", []string{"Saukot kaatoi Haukat jatkoajalla", "Mikko Hyvärinen", "12.11.2026 klo 21.58"}, []int{0}},
		{"headline and standfirst", []string{"Saukot kaatoi Haukat jatkoajalla – Rautiainen ratkaisi",
			"Savonlinnan Saukot nousi sarjataulukossa neljänneksi kolmen ottelun tappioputken jälkeen", "12.11.2026 klo 21.58"}, []int{0, 1}},
		{"name", []string{"Mikko Hyvärinen Saimaan Viikko", "12.11.2026 klo 21.58"}, nil},
		{"prices", []string{"KULTA $2,702.40 +0.35% 14.10", "Saukot kaatoi Haukat jatkoajalla, Niko Rautiainen ratkaisi ottelun", "12.11.2026 klo 21.58"}, []int{1}},
	} {
		checkHead(t, c.name, finnishMenu, c.head, finnishBody, finnishFooter, c.keep)
	}
}

// TestDekCase checks the case of a standfirst that ends like a sentence
// under its headline: German capitalises its nouns, a line in title case
// is no standfirst.
func TestDekCase(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Die marode Autobahnbrücke bei Holmsfeld wird ab Juni voll gesperrt. Für Tausende Berufspendler bedeutet das mehr Fahrzeit.", true},
		{"The council says the work on the old bridge will take most of next year", true},
		{"The Council Says The Work On The Old Bridge Will Take Most Of Next Year.", false},
		{"Die Marode Autobahnbrücke Bei Holmsfeld Wird Ab Juni Voll Gesperrt", false},
	} {
		end, _ := utf8.DecodeLastRuneInString(c.text)
		if got := dekCase(c.text, end); got != c.want {
			t.Errorf("dekCase(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBodyTitleAuthorLine checks the author's line right above the
// byline, under a headline and its standfirst (see authorLine): it goes
// with the bylines, and the headline and the standfirst stay. A headline
// in title case under a short kicker stays the title.
func TestBodyTitleAuthorLine(t *testing.T) {
	const title, dek = "Bridge to close for a year of repairs", "The council says the work on the old bridge will take most of next year"
	for _, c := range []struct {
		name string
		head []string
		keep []int
	}{
		{"names in places", []string{title, dek, "Jane Doe in Springfield and John Roe in Shelbyville", "9 September 2026"}, []int{0, 1}},
		{"outlet staff", []string{title, dek, "Springfield Gazette staff", "Fri 20 Nov 2026"}, []int{0, 1}},
		{"label and name", []string{title, dek, "Oleh: Nurul Aina Kamarudin", "Khamis, 14 November 2026 | 8:45 pagi", "Dikemas kini: 11:20 pagi"}, []int{0, 1}},
		{"standfirst ending a sentence", []string{title, "The mayor set out a plan to protect the city from flooding over the next twenty years.",
			"Springfield Gazette staff", "Fri 20 Nov 2026"}, []int{0, 1}},
		// An outlet and its author in a script without case (see
		// caselessCredit), under an Arabic headline and standfirst.
		{"outlet and author, Arabic", []string{"تشغيل محطة تحلية جديدة في بئر الغزلان لتأمين مياه الشرب لنحو 400 ألف نسمة",
			"المشروع يضاعف الإمدادات اليومية للمحافظة ويستهدف إنهاء الانقطاعات الصيفية المتكررة بحلول عام 2028",
			"الرائد اليوم - سامر الحداد", "الثلاثاء 3 نوفمبر 2026 - 10:45 ص"}, []int{0, 1}},
		// Negative: a line of more than caselessWords words is no
		// outlet and author, but a standfirst (the line above it is then
		// taken as the title, see standfirst), whose first line sits
		// under the headline (see headOverDeks): all three stay.
		{"long line, Arabic", []string{"تشغيل محطة تحلية جديدة في بئر الغزلان لتأمين مياه الشرب لنحو 400 ألف نسمة",
			"المشروع يضاعف الإمدادات اليومية للمحافظة ويستهدف إنهاء الانقطاعات الصيفية المتكررة بحلول عام 2028",
			"الرائد اليوم - سامر الحداد وأحمد علي من بئر الغزلان", "الثلاثاء 3 نوفمبر 2026 - 10:45 ص"}, []int{0, 1, 2}},
		// Negative: with no dash or bar, capitals cannot tell a name from
		// a title in a script without case: the line is taken as the
		// title.
		{"no dash, Arabic", []string{"تشغيل محطة تحلية جديدة في بئر الغزلان لتأمين مياه الشرب لنحو 400 ألف نسمة",
			"المشروع يضاعف الإمدادات اليومية للمحافظة ويستهدف إنهاء الانقطاعات الصيفية المتكررة بحلول عام 2028",
			"الرائد اليوم سامر الحداد", "الثلاثاء 3 نوفمبر 2026 - 10:45 ص"}, []int{2}},
		// A magazine's credits for words and photographs are bylines.
		{"photographed by", []string{title, dek, "Words by Rohan Dasgupta", "Photographed by Kabir Anand for The Verandah",
			"1 December 2026"}, []int{0, 1}},
		// Negative: a kicker is shorter than a standfirst.
		{"kicker", []string{"Tunnel shipping in December", "New Bridge Opening Expected in First Half of Next Year", "By Jane Doe"}, []int{1}},
		// Negative: an author's line as long as the standfirst is a headline.
		{"long line", []string{"Work on the bridge", "The work will take most of next year", "The Council Says The Work On The Old Bridge Will Take A Year",
			"By Jane Doe"}, []int{2}},
	} {
		checkHead(t, c.name, titleMenu, c.head, titleProse, []string{"Share", "Tweet", "Privacy policy"}, c.keep)
	}
}

// checkHead checks the page of menu, head, body and footer: the body and
// the lines of head at the indexes keep are kept, the rest removed.
func checkHead(t *testing.T, name string, menu, head, body, footer []string, keep []int) {
	t.Helper()
	lines := append(append(append(append([]string{}, menu...), head...), body...), footer...)
	checkBodyKept(t, name+", ", lines, func(i int) bool {
		n := len(menu) + len(head)
		return n <= i && i < n+len(body) || slices.Contains(keep, i-len(menu))
	})
}

// TestHeadlineOfCleanText checks that a text cleaned before keeps its
// headline when it is cleaned again: the headline opens the document over
// its standfirst, with no byline left under them to confirm them, and
// kept furniture in the body (a poll the rules do not know) makes the
// body finder run.
func TestHeadlineOfCleanText(t *testing.T) {
	body := []string{
		"Hundreds of rental e-scooters will disappear from the city's streets next month after councillors voted to end the trial almost a year early.",
		"The council's transport committee voted by seven votes to four on Tuesday night to terminate the contract with the operator, which has run the scheme since May.",
		"The company now has 30 days to collect its 900 scooters and remove its parking bays from 140 locations across the city.",
		"POLL",
		"Should rental e-scooters be allowed back?",
		"Yes, they are a cheap and green way to get around",
		"No, good riddance",
		"Only with proper docking stations",
		"Vote",
		"Figures presented to the committee showed that the scooters were used for about 1.1 million journeys during the trial, with an average trip of two miles.",
		"But complaints to the council rose from 38 in the first three months to more than 400 between December and February, most of them about blocked pavements.",
	}
	head := []string{
		"Rental e-scooters to be pulled from city streets after council vote",
		"The operator has 30 days to remove its 900 scooters as the trial ends early",
	}
	// A kicker the first cleaning kept over the headline changes nothing.
	for _, kicker := range []string{"", "Transport · Report"} {
		lines := append(append([]string{}, head...), body...)
		if kicker != "" {
			lines = append([]string{kicker}, lines...)
		}
		d := blockDoc(lines...)
		Default().Mark(d)
		for i := range head {
			if kicker != "" {
				i++
			}
			if p := d.Paragraphs[i]; !p.Kept() {
				t.Errorf("kicker %q: line %d %q removed (%s), want kept", kicker, i, p.Text, p.Removal.Rule)
			}
		}
	}
}

// TestLongStandfirstOfCleanText checks that a text cleaned before keeps
// its headline and standfirst when the search for a title alone finds
// neither (see cleanedHead): a standfirst of more than 25 words is no
// title, a headline without a stopword is one only above a byline, and a
// kicker above them is. A headline that does not open the document
// leaves the title search as it was.
func TestLongStandfirstOfCleanText(t *testing.T) {
	body := []string{
		"Tobi Okafor rose highest to meet a corner two minutes from time as the home side came from behind to beat their rivals and move within three points of the play-off places.",
		"For an hour it looked as though the visitors' plan would work. They sat deep, frustrated the home side and went ahead through a deflected shot in the 34th minute.",
		"The home side, beaten in three of their previous four matches, were booed off at half-time by sections of a crowd of more than 14,000.",
		"Their manager responded by switching to a back three and sending on a winger, and the change turned the game within a quarter of an hour.",
	}
	const (
		headline = "Kelston Athletic 2-1 Ashford Rovers: Okafor header completes late turnaround"
		dek      = "Isaac Hale came off the bench to equalise before Tobi Okafor's 88th-minute header moved Kelston to within three points of the play-off places"
	)
	for _, c := range []struct {
		name string
		head []string
		want []bool // kept, per line of head
	}{
		{"headline and standfirst", []string{headline, dek}, []bool{true, true}},
		{"under a kicker", []string{"Second Division · Report", headline, dek}, []bool{false, true, true}},
	} {
		// A share button the rules remove makes the body finder run.
		d := blockDoc(append(append(append([]string{}, c.head...), body...), "Share this article")...)
		Default().Mark(d)
		for i, want := range c.want {
			if p := d.Paragraphs[i]; p.Kept() != want {
				t.Errorf("%s: line %d %q kept %v, want %v", c.name, i, p.Text, p.Kept(), want)
			}
		}
		for i := len(c.head); i < len(c.head)+len(body); i++ {
			if p := d.Paragraphs[i]; !p.Kept() {
				t.Errorf("%s: body line %d removed (%s)", c.name, i, p.Removal.Rule)
			}
		}
	}
}

// TestCleanedHeadGuards checks what cleanedHead asks of the lines above
// the article: the document's first lines (a kicker aside), a standfirst in
// sentence case and of at most dekMax words.
func TestCleanedHeadGuards(t *testing.T) {
	const (
		headline = "Kelston Athletic 2-1 Ashford Rovers: Okafor header completes late turnaround"
		dek      = "Isaac Hale came off the bench to equalise before Tobi Okafor's 88th-minute header moved Kelston to within three points of the play-off places"
		body     = "Tobi Okafor rose highest to meet a corner two minutes from time as the home side came from behind to beat their rivals."
	)
	for _, c := range []struct {
		name  string
		lines []string
		title int
	}{
		{"headline and standfirst", []string{headline, dek, body}, 0},
		{"under a kicker", []string{"Football · Report", headline, dek, body}, 1},
		{"under a teaser", []string{"Watch every goal from the weekend's matches in our highlights show", headline, dek, body}, -1},
		{"title case", []string{headline, "Isaac Hale Came Off The Bench To Equalise Before Tobi Okafor's Header Moved Kelston Within Three Points Of The Play-Off Places Again", body}, -1},
		{"too long", []string{headline, strings.Repeat("the home side came from behind again and ", 8), body}, -1},
	} {
		d := blockDoc(c.lines...)
		sc := new(bodyScratch)
		sc.features(d)
		title, dek := sc.cleanedHead(d, len(c.lines)-1)
		if want := c.title; title != want || want >= 0 && dek != want+1 || want < 0 && dek != -1 {
			t.Errorf("%s: cleanedHead = %d, %d; want title %d", c.name, title, dek, want)
		}
	}
}

// TestUrduFullStop checks that the Arabic full stop Urdu ends its
// sentences with (U+06D4) ends a sentence for the body finder, as the
// danda does for Hindi: without it no Urdu paragraph is prose.
func TestUrduFullStop(t *testing.T) {
	line := "کراچی کے نیشنل اسٹیڈیم میں کھیلے گئے میچ میں حیدرآباد ریجن نے آخری گیند پر کامیابی حاصل کی۔"
	var st lineStats
	numLangs()
	scan(line, &st, nil)
	if st.sents != 1 || !stopRune(st.end) || !sentenceLine(line, &st) {
		t.Errorf("sents %d, end %q: want one sentence, ended", st.sents, st.end)
	}
}

// TestBylineForms checks the byline forms this session added: an
// author's label with a colon ("Autor: Tomáš Bednárik", see
// authorLabels), and a role and "by" ("Chess column by Jane Doe", see
// roleNouns); the same words in a sentence, without a name, or after a
// determiner are no byline.
func TestBylineForms(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Autor: Tomáš Bednárik", true},
		{"रिपोर्ट: सुनीता झा, कमलपुर", true},
		{"ہالکار: شہداد رند", true},
		{"Author: Jane Doe", true},
		{"Teksti: Mikko Hyvärinen", true},
		{"Szerző: Kovács Anna", true},
		{"Автор: Олена Гнатюк", true},
		{"Текст: Иван Петров", true},
		{"Σύνταξη: Ελένη Μαυρίδου", true},
		{"Penulis: Rina Wulandari", true},
		{"Autorius: Rūta Žemaitienė", true},
		{"تحریر: عمران سلیم چوہدری، اسلام آباد", true},
		{"लेखक: राहुल शर्मा", true},
		{"Gan Siôn Llwyd, Gohebydd Gwleidyddol", true},
		{"Gan fod y cyngor wedi pleidleisio", false},
		{"Автор проекту отримав премію за найкращий репортаж року", false},
		{"Autor: zdroj redakcie", false},
		{"Autor knihy získal cenu za najlepší román roka", false},
		{"The author said the book took ten years", false},
		{"Chess column by Laurence Achebe-Stroud", true},
		{"Exclusive interview by Jane Doe", true},
		{"Review by Tom Ellery", true},
		{"Chess column by Laurence Achebe-Stroud Sunday 15 November 2026", true},
		{"Chess column by Laurence Achebe-Stroud draws readers from all over.", false},
		{"Chess column by the sea draws a crowd", false},
		{"Council report by auditors finds gaps", false},
		// The review's counter-examples: a determiner, or a sentence.
		{"An analysis by Reuters found that prices rose sharply", false},
		{"The review by Ofsted found serious failings at the school.", false},
		{"A report by Amnesty International said the detentions were unlawful.", false},
		{"The story by Tolstoy remains popular with readers today.", false},
	} {
		if got := byline(c.text); got != c.want {
			t.Errorf("byline(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPastBylinesProseWithTime checks that a run starting at a standfirst
// starts under the byline block, and that the article's first paragraph,
// though it holds a time of day as a dateline does, is no byline: it
// stays.
func TestPastBylinesProseWithTime(t *testing.T) {
	head := []string{"Ferries stay in port on Thursday as a 48-hour strike leaves the islands cut off",
		"The islands of the south will have no ferry link for two days, and the coast guard has asked passengers to change their plans.",
		"By Jane Doe", "04.03.2026 | 13:25"}
	body := append([]string{"Seamen will go on a 48-hour strike from 06:00 on Thursday, and no ferry will leave the main port for the islands until Saturday morning, the union said."},
		titleProse...)
	checkHead(t, "first paragraph with a time", titleMenu, head, body, []string{"Share", "Tweet", "Privacy policy"}, []int{0, 1})
}

// TestAuthorNameOverDateline checks that the author's name right above a
// dateline costs the title search no reach: the headline above a
// standfirst and a kicker is found, as it is without the name.
func TestAuthorNameOverDateline(t *testing.T) {
	const title, dek = "Bridge to close for a year of repairs", "The council says the work on the old bridge will take most of next year"
	for _, c := range []struct {
		name string
		head []string
		keep []int
	}{
		{"name", []string{title, dek, "Race report", "Harvey Dunmore", "16 November 2026 · 19:42"}, []int{0, 1}},
		{"no name", []string{title, dek, "Race report", "16 November 2026 · 19:42"}, []int{0, 1}},
		// A label in capitals is no name: the title search does not reach
		// past it to a menu.
		{"label", []string{"Study | Research | Partner with us | About | News", "News › Science › 2026", "Latest",
			"NEWS RELEASE", "03 March 2026", "Bridge to close for a year of repairs on the old road"}, []int{5}},
	} {
		checkHead(t, c.name, titleMenu, c.head, titleProse, []string{"Share", "Tweet", "Privacy policy"}, c.keep)
	}
}

// TestTickerLine checks the ticker that reads as prose by its words (see
// tickerLine), and a paragraph, a list of sentences or a line of a menu
// that is none.
func TestTickerLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"FTSE 100 8,412.6 ▲0.42% | FTSE 250 20,931.1 ▼0.18% | GBP/USD 1.2718 ▲0.11% | Brent $81.34 ▼1.05%", true},
		{"Latest: shares fall 640 points in early trade ● dollar at 287.40 rupees ● gold at 312,000 a tola ● heat wave grips Sindh", true},
		{"Home | News | Sport | Business", false},                                                // no figures
		{"Rates held at 4.5%. | Shares up 2% on the news. | Sterling steady", false},             // items end sentences
		{"Ticket prices 12 | 15 euros, the club said", false},                                    // two items
		{"Schools shut • 12 roads closed • 3,000 homes without power. Police urge calm.", false}, // a sentence ends inside
		{"The council met on 12 March and voted 7 to 4 in favour of the plan, the mayor said.", false},
		{"Score 2-1 | Possession 58% | a long afternoon for the visitors, who never really found their rhythm in the heat", false}, // a long item
	} {
		var st lineStats
		scan(c.text, &st, nil)
		if got := tickerLine(c.text, &st); got != c.want {
			t.Errorf("tickerLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestArmenianEthiopicStops checks the full stops of Armenian (։) and of
// Ethiopic (።, and its question mark ፧): a sentence in those scripts ends
// like one for the body finder and for the rules, and its commas (՝, ፣)
// count.
func TestArmenianEthiopicStops(t *testing.T) {
	numLangs()
	for _, line := range []string{
		"Այս տարի մարզում հավաքվել է շուրջ 28 հազար տոննա խաղող, ինչը նախորդ տարվանից 15 տոկոսով ավելի է։",
		"ኢትዮጵያ ባለፉት ዘጠኝ ወራት ወደ ውጭ ከላከችው ቡና 1.4 ቢሊዮን ዶላር ገቢ አግኝታለች።",
		"ገበሬዎቹ ለምን ዝቅተኛ ዋጋ ይቀበላሉ፧",
	} {
		var st lineStats
		scan(line, &st, nil)
		if st.sents != 1 || !stopRune(st.end) || !endsSentence(line) {
			t.Errorf("%q: %d sentences, end %q, endsSentence %v; want one, ended", line, st.sents, st.end, endsSentence(line))
		}
	}
	var st lineStats
	scan("Մարզպետարանի տվյալներով՝ այս տարի, ինչպես նախորդ տարի, բերքը մեծ է", &st, nil)
	if st.commas != 3 {
		t.Errorf("Armenian commas: %d, want 3", st.commas)
	}
}

// TestBarRowNoTitle checks that a row of three items or more between bars
// (a menu, share buttons) is no title, even in a language the stopword
// list knows nothing of, and that a headline with one bar is.
func TestBarRowNoTitle(t *testing.T) {
	d := blockDoc("አጋራ፡ ፌስቡክ | ቴሌግራም | ኤክስ | ኢሜይል", "News | Politics | Sport", "Storm hits the coast | Live",
		"The council voted on Tuesday to close the bridge for a year of repairs, and the work starts in March.")
	sc := new(bodyScratch)
	sc.features(d)
	for i, want := range []bool{false, false, true} {
		if got := sc.isTitle(i, d.Paragraphs[i].Text) || sc.looseTitle(d, i); got != want {
			t.Errorf("title(%q) = %v, want %v", d.Paragraphs[i].Text, got, want)
		}
	}
}

// TestFullStops checks that every script's sentence mark ends a sentence
// for the rules (endsSentence), the body finder's tokenizer (scan) and its
// line tests (stopRune), which all ask fullStop.
func TestFullStops(t *testing.T) {
	numLangs()
	for _, r := range ".!?。！？؟।۔๚។៕။։።፧" {
		line := "word word word" + string(r)
		var st lineStats
		scan(line, &st, nil)
		if !endsSentence(line) || !stopRune(st.end) || st.sents != 1 {
			t.Errorf("%q: endsSentence %v, end %q, %d sentences; want a sentence's end", line, endsSentence(line), st.end, st.sents)
		}
	}
}

// TestBodyCJKTitle checks a Chinese headline of 26 characters (a token
// each) over a byline: a title, as a headline of 25 words is elsewhere
// (see cjkTitleTokens).
func TestBodyCJKTitle(t *testing.T) {
	const title = "青溪区12所乡村小学试点走教：一位音乐老师一周跑四所学校"
	lines := []string{"首页 | 新闻 | 教育 | 民生 | 视频 | 专题", title, "2026-09-18 08:36 来源：临江日报 作者：记者 沈予安",
		"早上七点二十，骆春燕把电子琴、两箱打击乐器和一摞乐谱搬上她那辆白色小车的后备箱。今天是周二，她要去的是离镇上最远的一所村小。",
		"今年秋季学期起，青溪区在全区12所乡村小学试点音乐、美术、科学三门学科的走教，由镇中心小学的专任教师轮流到村小上课。",
		"“以前这些学校的音乐课，基本是语文老师或者数学老师兼着上，放放视频、教唱两首歌就算完成了。”区教育局的一位负责人说。",
		"区教育局为走教教师每月发放800元至1200元不等的交通补贴，按实际里程核算，并在职称评审中给予适当倾斜。",
		"相关阅读", "青溪区新建三所幼儿园", "版权所有 临江日报社"}
	if n := len([]rune(title)); n <= 25 || n > cjkTitleTokens {
		t.Fatalf("title of %d characters; want 26 to %d", n, cjkTitleTokens)
	}
	d := blockDoc(lines...)
	BodyFinder{}.Mark(d)
	if p := d.Paragraphs[1]; !p.Kept() {
		t.Errorf("title removed (%s): %q", p.Removal.Rule, p.Text)
	}
}

// TestBodyTitleUnderCaptionedCredit checks a headline right under a photo
// credit that holds its own caption: no caption of that photo, so the
// headline and its standfirst stay (see nextToCredit).
func TestBodyTitleUnderCaptionedCredit(t *testing.T) {
	head := []string{"THE HARBOUR REVIEW", "Books | Fiction | Poetry | Essays | Events",
		"Teodora Vance at her home in Kellsmouth. Photograph: Ruairi Dunne for The Harbour Review",
		`Teodora Vance: "I wrote the ending first, and then I had to earn it"`,
		"Her fourth novel follows three generations of a family of lighthouse keepers. She talks about silence, research and cutting.",
		"Interview by Oskar Lindqvist", "Saturday 9 May 2026", "Share Tweet Email Save"}
	lines := append(append([]string{}, head...), titleProse...)
	d := blockDoc(lines...)
	Default().Mark(d)
	for i, p := range d.Paragraphs[:len(head)] {
		if want := i == 3 || i == 4; p.Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", i, p.Text, p.Kept(), want)
		}
	}
}

// TestDekUnder checks a standfirst that sits under the byline block or
// over the share buttons, between the title and the article (see
// dekUnder): it stays with its title; a line there that ends like no
// sentence, and two such lines, do not.
func TestDekUnder(t *testing.T) {
	const title = "Bridge to close for a year of repairs"
	const dek = "The council says the work on the old bridge will take most of next year and cost more than planned."
	buttons := []string{"5 min read", "Share", "Facebook", "Copy link"}
	for _, c := range []struct {
		name string
		head []string
		keep []int // indexes in head of the lines kept
	}{
		{"under the byline block", append([]string{title, "21 November 2026, 19:40", "Jane Doe", dek}, buttons...), []int{0, 3}},
		// "5 min read" reads as a byline: the title search takes this
		// standfirst already (see dekBelow).
		{"over the buttons", append([]string{"Saturday, 21 November 2026", title, dek}, buttons...), []int{1, 2}},
		// A reading time the byline test does not know, in Swahili.
		{"over a reading time and the buttons", []string{"Jumamosi, Novemba 21, 2026", title, dek, "Dakika 4 za kusoma",
			"Share this story:", "Facebook", "X"}, []int{1, 2}},
		{"no sentence", append([]string{title, "21 November 2026, 19:40", "Jane Doe",
			"Residents who live near the old bridge can ask the council for a parking permit here:"}, buttons...), []int{0}},
		{"two lines", []string{title, "21 November 2026, 19:40", "Jane Doe", dek, "Share", "Facebook",
			"Buses will run on the ring road every ten minutes while the bridge is closed to traffic.", "5 min read", "Copy link"}, []int{0}},
	} {
		checkHead(t, c.name, titleMenu, c.head, titleProse, []string{"Share", "Tweet", "Privacy policy"}, c.keep)
	}
}

// TestDekUnderRemoved checks that a line the rules removed between the
// title and the run is no second standfirst (see dekUnder).
func TestDekUnderRemoved(t *testing.T) {
	d := blockDoc("Bridge to close for a year of repairs", "21 November 2026, 19:40",
		"The council says the work on the old bridge will take most of next year and cost more than planned.",
		"Support our journalism with a donation today, because every pound helps us report.", "Share")
	sc := new(bodyScratch)
	sc.features(d)
	if got := sc.dekUnder(d, 0, 5); got != -1 {
		t.Errorf("two standfirsts: dekUnder = %d, want -1", got)
	}
	Remove(d, 3, Reason{Rule: "appeal"})
	if got := sc.dekUnder(d, 0, 5); got != 2 {
		t.Errorf("the appeal removed: dekUnder = %d, want 2", got)
	}
}

// TestCleanedHeadOverRun checks a text cleaned before whose run starts at
// the standfirst, prose itself: the headline above it, with no stopword
// (see looseTitle), is kept (see cleanedHead).
func TestCleanedHeadOverRun(t *testing.T) {
	const dek = "Se oli hieno ilta, kun joukkue nousi kahden maalin tappiosta ja voitti ottelun vasta jatkoajalla, ja se oli tärkeä voitto."
	// A menu's names over it are no headline.
	for _, c := range []struct {
		first string
		kept  bool
	}{{"Saukot kaatoi Haukat jatkoajalla 3–2", true}, {"Etusivu Uutiset Urheilu Kulttuuri", false}} {
		lines := append([]string{c.first, dek}, finnishBody...)
		lines = append(lines, "Tulokset", "Saukot–Haukat 3–2", "Kärpät–Ilves 1–4", "Tappara–Lukko 2–0")
		lines = append(lines, finnishBody...)
		d := blockDoc(lines...)
		Default().Mark(d)
		if p := d.Paragraphs[0]; p.Kept() != c.kept {
			t.Errorf("line 0 %q kept %v, want %v", p.Text, p.Kept(), c.kept)
		}
		if p := d.Paragraphs[1]; !p.Kept() {
			t.Errorf("the standfirst %q removed (%s)", p.Text, p.Removal.Rule)
		}
	}
}

// TestBodyTopTitle checks a headline a scraper wrote at the top of the
// page, above the site's menu and the byline block (see topTitle): it
// stays, under a section label and a kicker, which go. A site's tagline
// over its menu, with a line longer than a menu item's under it, is no
// headline.
func TestBodyTopTitle(t *testing.T) {
	const headline = "Fitness app confirms hackers stole data on 11 million users, including home addresses"
	menu := []string{"Circuitline", "Reviews", "News", "Gadgets", "Deals", "By Nadia Ferreira, Senior Reporter",
		"Nov 21, 2026, 11:08 AM ET", "Share"}
	footer := []string{"Share", "Tweet", "Privacy policy"}
	body := []string{
		"The running app, used by more than 30 million people, confirmed on Friday that hackers had reached a database holding the home addresses of its users.",
		"The company said it had found the breach on Wednesday and had since reset the passwords of all 11 million accounts that were affected by it.",
		"Security researchers said the stolen data could let criminals find where users live, since most of them start their runs from their front doors.",
	}
	for _, c := range []struct {
		name string
		top  []string
		keep []int
	}{
		{"headline", []string{headline}, []int{0}},
		{"under a section and a kicker", []string{"Security", "BREACH WATCH", headline}, []int{2}},
		{"tagline", []string{"Exclusive news, data and analytics for financial market professionals"}, nil},
	} {
		lines := append(append(append(slices.Clone(c.top), menu...), body...), footer...)
		from := len(c.top) + len(menu)
		checkBodyKept(t, c.name+", ", lines, func(i int) bool {
			return slices.Contains(c.keep, i) || from <= i && i < from+len(body)
		})
	}
	// With the body finder alone (the rules would remove the lines
	// around), the headline goes under three short lines (the page's
	// menu, not a section and a kicker), over a line of the menu longer
	// than tapWords words, more than beyondReach lines above the
	// article, or when shorter than dekWords words.
	long := make([]string, beyondReach)
	for i := range long {
		long[i] = "Menu"
	}
	for _, c := range []struct {
		name  string
		lines []string
		at    int
	}{
		{"three lines above", append([]string{"Home", "Security", "Watch", headline}, menu...), 3},
		{"a longer line under", append([]string{headline, "Latest podcast episodes"}, menu...), 0},
		{"beyond reach", append(append([]string{headline}, long...), menu...), 0},
		{"short", append([]string{"Hackers stole the running app's data"}, menu...), 0},
	} {
		d := blockDoc(append(c.lines, body...)...)
		BodyFinder{}.Mark(d)
		if d.Paragraphs[c.at].Kept() {
			t.Errorf("%s: %q kept", c.name, d.Paragraphs[c.at].Text)
		}
		for i := len(c.lines); i < len(d.Paragraphs); i++ {
			if !d.Paragraphs[i].Kept() {
				t.Errorf("%s: article line %d removed", c.name, i)
			}
		}
	}
	// The menu under the tagline has a line of three words.
	lines := append([]string{"Exclusive news, data and analytics for financial market professionals", "Meridian Wire",
		"World", "Contact the newsroom", "Business", "By Priya Raman", "November 18, 2026 7:42 AM EST"}, body...)
	d := blockDoc(lines...)
	Default().Mark(d)
	if d.Paragraphs[0].Kept() {
		t.Errorf("tagline kept: %q", d.Paragraphs[0].Text)
	}
}

// TestBodyHeadOverStandfirst checks a headline with no stopword right
// above the standfirst that opens the body run, with the outlet's desk
// and the date under the standfirst: the headline stays. A line of the
// menu right above a paragraph that is no standfirst (in title case) is
// no headline.
func TestBodyHeadOverStandfirst(t *testing.T) {
	menu := []string{"Ana Sayfa", "Futbol", "Basketbol", "Voleybol", "Transfer", "Giriş Yap"}
	const head = "Karadenizspor son dakikada güldü: 3-2"
	const dek = "Ev sahibi ekip, iki kez geriye düştüğü maçta 90+3'te Emre Koçak'ın golüyle Akdeniz Gençlik'i yıkarak zirve takibini sürdürdü."
	body := []string{
		"Süper Lig'in 13. haftasında Karadenizspor, sahasında Akdeniz Gençlik'i 3-2 mağlup etti. Maçın son bölümünde duran toptan gelen gol, tribünleri ayağa kaldırdı.",
		"Akdeniz Gençlik, karşılaşmaya çok hızlı başladı. 12. dakikada sağ kanattan gelen ortada Yunan forvet Dimitri Lazaridis, kafayla ağları havalandırdı.",
		"Golden sonra oyunun kontrolünü ele alan Karadenizspor, 31. dakikada eşitliği yakaladı. Ceza sahası dışından sert vuran Yusuf Arslan, topu filelere gönderdi.",
		"Teknik direktör maçtan sonra yaptığı açıklamada oyuncularının mücadelesinden memnun olduğunu ve bu galibiyetin takıma güven vereceğini söyledi.",
	}
	lines := append(append(slices.Clone(menu), head, dek, "Sporfenerli Haber Merkezi", "15 Kasım 2026 Pazar, 21:58"), body...)
	n := len(menu)
	checkBodyKept(t, "headline over standfirst, ", lines, func(i int) bool {
		return i == n || i == n+1 || i >= n+4
	})
	// The same page with the standfirst in title case: the line above it
	// is not taken for its headline.
	words := strings.Fields(dek)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	lines[n+1] = strings.Join(words, " ")
	d := blockDoc(lines...)
	Default().Mark(d)
	if d.Paragraphs[n].Kept() && !d.Paragraphs[n+1].Kept() {
		t.Errorf("headline kept over a title-case line that is no standfirst")
	}
}

// TestBodyTailSentence checks the article's last paragraph right under
// the body run in a language whose stopword list covers its text thinly:
// a sentence with half the share of stopwords prose needs stays, as one
// right above the run does (see leadSentence); the tags under it go.
func TestBodyTailSentence(t *testing.T) {
	body := []string{
		"Rynek spodziewał się, że inflacja w październiku wyniesie 3,2 proc. Tymczasem wskaźnik spadł do 2,9 proc., najniżej od ponad trzech lat, co zaskoczyło większość ekonomistów.",
		"Rynek walutowy przyjął dane bez nerwowości. Po publikacji złoty nieznacznie osłabił się wobec euro, a kurs EUR/PLN wzrósł chwilowo do 4,28. Rentowność dziesięcioletnich obligacji skarbowych spadła natomiast o 9 punktów bazowych, do 5,11 proc.",
		"– Inwestorzy już od kilku tygodni grali pod obniżki, więc dzisiejszy odczyt tylko utwierdził ich w tym przekonaniu – ocenia Marek Jabłoński, zarządzający funduszem w TFI Baltica.",
		"Ministerstwo Finansów w komunikacie podkreśliło, że spadek inflacji „potwierdza skuteczność prowadzonej polityki\" i pozwala z większym optymizmem patrzeć na przyszłoroczny budżet, w którym założono średnioroczną inflację na poziomie 3,0 proc.",
		"Ostateczne dane za październik urząd statystyczny opublikuje 28 listopada.",
	}
	lines := append(append([]string{"Strona główna", "Wiadomości", "Gospodarka"}, body...), "Tagi:", "inflacja", "RPP", "stopy procentowe")
	checkBodyKept(t, "tail sentence, ", lines, func(i int) bool { return i >= 3 && i < 3+len(body) })
}

// TestClosersEnd checks that the rules (endsSentence) and the body
// finder's tokenizer (scan) both see a sentence's end behind closing
// quotes, with a space before a closing guillemet as French sets it.
func TestClosersEnd(t *testing.T) {
	numLangs()
	for _, line := range []string{"« Une famille ne peut pas le payer. »", "« Une famille ne peut pas le payer.\u00a0»",
		"He said: \"We will pay.\"", "(The council paid.)"} {
		var st lineStats
		scan(line, &st, nil)
		if !endsSentence(line) || !stopRune(st.end) {
			t.Errorf("%q: endsSentence %v, end %q; want a sentence's end", line, endsSentence(line), st.end)
		}
	}
}
