package boilerplate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestByline checks the lines the title search passes over: bylines and
// datelines, with or without "By", and none of the headlines that look a
// little like them.
func TestByline(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"By Jane Doe", true},
		{"by Jane Doe", true},
		{"Published Mar 12, 2024  •  Last updated 4 hours ago  •  3 minute read", true},
		{"Published Mar 12, 2024 · 3 min read", true},
		{"Storm hits the coast • Live updates as the river rises", false},
		{"[00:00:27] MARIA LOPEZ: Thanks, Daniel. Good to be here.", false}, // a transcript's turn
		{"(10:31) HOST: That's it for today.", false},
		{"[10:31] Published by Jane Doe", true},
		{"BY: Jane Doe", true},
		{"BY JANE DOE", true},
		{"Von Hans Meier", true},
		{"Par Jeanne Dupont, envoyée spéciale", true},
		{"By admin - 2018-09-16", true},
		{"Jane Doe - Nov 19, 2019, 10:31 pm CST", true},
		{"Associated Press November 19, 2019, 9:02 AM", true},
		{"Published 10:02 AM EST Nov 19, 2019", true},
		{"November 12, 2018 | BY: Beachbody", true},
		{"Jane Doe and John J. Roe Springfield Gazette", true},
		{"Jane Doe, John Roe and Mary Major", true},
		{"Publié le 21 novembre 2026 à 10h15", true},
		{"Mis à jour à 10h15, la rédaction suit la séance du Parlement en direct", true}, // too long for a dateline: the clock
		{"Veröffentlicht am 21. November 2026", true},
		{"Publicado el 21 de noviembre de 2026", true},
		{"21 ноября 2026, 12:40", true},
		{"Pubblicato il 21 novembre 2026", true},
		{"Last modified on Fri 20 Nov 2026 16.12 GMT", true},
		{"By", true}, // the name on the next line
		{"By:", true},
		{"Written by Regan", true},
		{"Posted by Jane Doe", true},
		{"Published in Better Engineering", true},
		{"Report by Jane Doe", true},
		{"Publié dans Le Quotidien", true},
		{"Veröffentlicht in Der Zeitung", true},
		// the reading time and the age of the article
		{"4 minute read", true},
		{"5 Min Read", true},
		{"4-Minute Listen", true},
		{"Reading time: 4 minutes", true},
		{"Updated 2 hours ago", true},
		{"Published 45 mins ago", true},
		{"Lesezeit: 3 Minuten", true},
		{"vor 3 Stunden", true},
		{"il y a 2 heures", true},
		{"4 min de lecture", true},
		{"Tempo de leitura: 1 minuto", true},
		{"hace 5 horas", true},
		{"2 часа назад", true},
		{"Время чтения: 5 минут", true},
		// colons, scripts without case, "From:", reporters
		{"By: Jane Doe", true},
		{"Written By : राहुल शर्मा", true},
		{"By 김민준", true},
		{"From: Department for Transport and The Rt Hon Jane Doe MP", true},
		{"김민준 기자", true},
		{"서울=김민준 특파원", true},
		{"山田太郎 記者", true},
		{"ক্রীড়া প্রতিবেদক, ঢাকা", true},
		{"নিজস্ব প্রতিবেদক", true},
		{"विशेष संवाददाता, नई दिल्ली", true},
		{"Photographs by Inês Couto", true},
		{"Medically reviewed by Dr. Samuel Ortiz, MD", true},
		{"Fact checked by Jane Doe", true},
		{"Av Anna Svensson", true},
		{"מאת נועה לוי", true},

		{"By the numbers: how the vote went", false},
		{"Golden Globes 2020 Predictions: Best Actor in a Limited Series", false},
		{"Republicans Are Following Trump to Nowhere", false},
		{"Bread And Butter Pudding Is Back", false},
		{"Salt and pepper squid, the easy way", false},
		{"Nadal keeps Spain alive against Russia in Davis Cup Finals", false},
		{"Byers wins the final at Wimbledon", false},
		{"The 10 best films of 2019", false},
		{"Die 10 besten Filme des Jahres 2019", false},
		{"Les 5 films à voir en novembre 2026", false},
		{"Marathon record falls as winner finishes in 2 hours 1 minute", false},
		{"10 years ago, a storm changed this town", false},
		{"Read the 5 minutes that changed the match", false},
		{"The 90 minutes I will never forget", false},
		{"Written in the stars", false},
		{"By the river, a town waits", false},
		{"Published in the spring, the report found little", false},
		{"Published in 1998, her novel changed everything", false},
		{"In Better Shape Than Ever", false},
		{"From Paris, a new kind of bakery", false},
		{"From the archives: the great flood", false},
		{"From: the editor's desk", false},
		{"기자 회견 열려", false},
		{"Photographs by the river tell the story", false},
		{"Medically, the case was closed", false},
		{"Av och till i regeringen", false},
		{"시민들이 기자 회견을 열었다", false},
		{"প্রতিবেদক জানান, দলে কোনো পরিবর্তন আসেনি", false},
		{"একজন প্রতিবেদক, দুজন আলোকচিত্রী আর একটি গাড়ি নিয়ে যাত্রা শুরু", false},
	} {
		if got := byline(c.text); got != c.want {
			t.Errorf("byline(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBodyTitleByline checks that a byline or a dateline right above the
// article is not taken for its title: the headline above it is kept and
// they are removed. A title-like line further above a dateline (a caption,
// a menu item) is not taken either.
func TestBodyTitleByline(t *testing.T) {
	menu := []string{"Home", "World", "Sports", "Business", "Technology", "Contact us"}
	prose := []string{
		"The council said on Monday that the bridge would close for repairs, and that the work would take most of the year.",
		"Drivers will have to use the ring road, which the council said it would widen before the bridge closes in the spring.",
		"The mayor told residents that the bridge was more than fifty years old and had never been repaired since it opened.",
	}
	footer := []string{"Share", "Tweet", "Privacy policy"}
	for _, c := range []struct {
		name string
		head []string
		keep []int // indexes in head of the lines to keep: the title, a standfirst
	}{
		{"byline", []string{"Bridge to close for a year of repairs", "By Jane Doe"}, []int{0}},
		{"byline and dateline", []string{"Bridge to close for a year of repairs", "By Jane Doe", "Nov. 19, 2019 8:03 am ET"}, []int{0}},
		{"name and date", []string{"Bridge to close for a year of repairs", "Jane Doe - Nov 19, 2019, 10:31 pm CST"}, []int{0}},
		{"names", []string{"Bridge to close for a year of repairs", "Jane Doe and John Roe Springfield Gazette"}, []int{0}},
		{"no byline", []string{"Bridge to close for a year of repairs"}, []int{0}},
		{"caption far above", []string{"The house where the mayor was born in the old town", "Breaking News Emails", "Sign up", "Get alerts", "Nov. 20, 2019, 9:28 AM UTC"}, nil},
		{"reading time and age", []string{"Bridge to close for a year of repairs", "By Jane Doe", "4 min read", "Updated 2 hours ago"}, []int{0}},
		{"outlet between bylines", []string{"Bridge to close for a year of repairs", "By", "Jane Doe", "The Springfield Gazette", "Biography", "Nov. 19, 2019 8:03 am ET"}, []int{0}},
		{"author note", []string{"Bridge to close for a year of repairs", "Jane Doe", "Jane Doe is the Gazette's transport correspondent", "21 November 2026"}, []int{0}},
		{"quoted headline", []string{"Mayor says 'Enough. Act now,' asks why?", "By Jane Doe"}, []int{0}},
		{"standfirst", []string{"Bridge to close for a year of repairs", "The council says the work on the old bridge will take most of next year", "By Jane Doe"}, []int{0, 1}},
		{"headline under a teaser", []string{"Tunnel Shipping in December", "New Bridge Opening Expected in First Half of Next Year", "By Jane Doe"}, []int{1}},
		{"standfirst without a byline", []string{"Five things to know today", "The council says the work on the old bridge will take most of next year"}, []int{1}},
		{"headline longer than its standfirst", []string{"Old town bridge to close for a year of urgent repairs", "Work will take most of next year, council says", "By Jane Doe"}, []int{0, 1}},
		// A headline in sentence case with a standfirst that ends like a
		// sentence under it: the line above the headline (a result, a
		// kicker) is not taken for the headline.
		{"sentence-case headline over its standfirst", []string{"City won by 3 goals (with 10 men)", "Late goals seal the title for the city in style",
			"The home side scored twice in the last ten minutes to win the league with a game to spare.", "By Jane Doe", "21 November 2026"}, []int{1, 2}},
		{"standfirst ending a sentence", []string{"Bridge to close for a year of repairs", "The council says the work on the old bridge will take most of next year.", "Jane Doe", "21 November 2026"}, []int{0, 1}},
		{"buttons under the byline", []string{"Bridge to close for a year of repairs", "By Jane Doe", "Gift this article", "Copy the article link"}, []int{0}},
		{"button between bylines", []string{"Bridge to close for a year of repairs", "November 21, 2026 5:08 AM ET", "Heard on Morning Radio", "4-Minute Listen"}, []int{0}},
		{"publication under the author", []string{"Bridge to close for a year of repairs", "Jane Doe", "Follow", "Published in Springfield Weekly", "4 min read"}, []int{0}},
		{"photo credit in brackets", []string{"Bridge to close for a year of repairs", "(Jane Roe / Associated Press)", "By Jane Doe"}, []int{0}},
		// Short lines cost no reach below the bylines, but a title beyond
		// the reach they give is only taken above a byline: not a slogan
		// above a menu.
		{"buttons between the byline and the article", []string{"Bridge to close for a year of repairs", "Jane Doe", "21 November 2026", "10:14",
			"NEWS", "Recomendar", "Facebook", "X", "Enviar", "Imprimir", "Copiar link"}, []int{0}},
		{"slogan above a menu", []string{"News from the heart of the valley", "Home", "Sport", "Weather", "Culture", "Jobs", "Events",
			"Travel", "Food", "Cars", "Log in"}, nil},
		{"headline above a menu", []string{"Bridge to close for a year of repairs", "Home", "Sport", "Weather", "Culture"}, []int{0}},
		// A line under the bylines (a caption whose credit the rules do not
		// know, a note) is no headline: the one above the bylines is.
		{"caption under the bylines", []string{"Bridge to close for a year of repairs", "By Jane Doe", "21 November 2026, 11:20", "1 243", "Share",
			"The old bridge over the river at dawn, seen from the east bank"}, []int{0}},
		{"standfirst and caption under the bylines", []string{"Bridge to close for a year of repairs",
			"The council says the work on the old bridge will take most of next year", "Jane Doe", "21.11.2026 | 12:47", "Share",
			"The old bridge over the river at dawn, seen from the east bank"}, []int{0, 1}},
		{"button above the bylines", []string{"Back to overview", "By Jane Doe, 21 November 2026", "Bridge to close for a year of repairs"}, []int{2}},
		{"headline under a dateline", []string{"Nov. 19, 2019 8:03 am ET", "Bridge to close for a year of repairs"}, []int{1}},
		{"question after a sentence", []string{"Ask Jane: My sister wants a loan. Must I say yes?", "By Jane Doe", "21 November 2026"}, []int{0}},
		{"breadcrumb above the headline", []string{"Local News > Bridges", "Bridge to close for a year of repairs, the council says in a statement", "By Jane Doe"}, []int{1}},
		{"breadcrumb and no headline", []string{"Local News > Bridges", "By Jane Doe", "21 November 2026"}, nil},
		// The author's job between the name and the dateline is the
		// byline block's (see jobLine): the headline is no further.
		{"author's job", []string{"Late penalty sends the home side through to the final of the cup",
			"A nineteen-year-old held his nerve from 42 metres with the last kick of the match, and the home side are through to the final for the first time in a decade",
			"Jane Doe", "Rugby writer", "10:48pm, Saturday"}, []int{0, 1}},
		// Under a player's length (a time of day for byline), the job is
		// right above the dateline it sits on.
		{"author's job over a player", []string{"Late penalty sends the home side through to the final of the cup",
			"A nineteen-year-old held his nerve from 42 metres with the last kick of the match, and the home side are through to the final for the first time in a decade",
			"Jane Doe", "reporter", "21 November 2026", "Listen to article", "6:42"}, []int{0, 1}},
		// A headline that ends in a job, over the byline with no name
		// above it, is no job line.
		{"headline ending in a job", []string{"The Last Foreign Correspondent", "By Jane Doe", "21 November 2026, 10:15"}, []int{0}},
		{"obituary's headline", []string{"Don McCullin, photographer", "By Jane Doe", "21 November 2026"}, []int{0}},
		// A short line between the headline and its standfirst stays
		// when it is a match's result (see scoreLine), as does the
		// standfirst.
		{"score under the headline", []string{"Late penalty sends the home side through to the final of the cup", "Harbour Kings 27 Tainui Storm 24",
			"A nineteen-year-old held his nerve from 42 metres with the last kick of the match to win it.", "By Jane Doe", "21 November 2026"}, []int{0, 1, 2}},
		// The standfirst is prose and starts the run: the result between
		// the headline and the run stays too.
		{"score over a prose standfirst", []string{"Late penalty sends the home side through to the final of the cup", "Harbour Kings 27 Tainui Storm 24",
			"A nineteen-year-old held his nerve from 42 metres with the last kick of the match, and the home side are through to the final."}, []int{0, 1, 2}},
		{"kicker under the headline", []string{"Late penalty sends the home side through to the final of the cup", "Rugby · Cup",
			"A nineteen-year-old held his nerve from 42 metres with the last kick of the match to win it.", "By Jane Doe", "21 November 2026"}, []int{0, 2}},
	} {
		lines := append(append(append(append([]string{}, menu...), c.head...), prose...), footer...)
		checkBodyKept(t, c.name+", ", lines, func(i int) bool {
			return len(menu)+len(c.head) <= i && i < len(menu)+len(c.head)+len(prose) || slices.Contains(c.keep, i-len(menu))
		})
	}
}

// TestBodyTitleRemoved checks the title search over lines the rules
// remove (they need the whole classifier): a caption next to a photo
// credit is not the title, and share buttons between the byline and the
// article cost no reach.
func TestBodyTitleRemoved(t *testing.T) {
	menu := []string{"Home", "World", "Sports", "Business"}
	prose := []string{
		"The council said on Monday that the bridge would close for repairs, and that the work would take most of the year.",
		"Drivers will have to use the ring road, which the council said it would widen before the bridge closes in the spring.",
		"The mayor told residents that the bridge was more than fifty years old and had never been repaired since it opened.",
	}
	for _, c := range []struct {
		name string
		head []string // head[0] is the title
	}{
		{"caption", []string{"Bridge to close for a year of repairs", "21 November 2026", "Jane Doe", "Photo: John Roe/Reuters",
			"The old bridge seen from the river bank at dawn"}},
		{"share buttons", []string{"Bridge to close for a year of repairs", "By Jane Doe", "Share on Facebook", "Share on Twitter",
			"Share on WhatsApp", "Share on LinkedIn", "Share on Reddit", "Share on Pinterest"}},
		{"caption above a copyright credit", []string{"Bridge to close for a year of repairs", "21 November 2026", "Jane Doe",
			"The old bridge seen from the river bank at dawn", "© AGENCY/JOHN ROE"}},
		{"a button under share buttons", []string{"Bridge to close for a year of repairs", "By Jane Doe", "Share on Facebook",
			"Share on Twitter", "Share on WhatsApp", "Gift this article"}},
		// A photo's label above its caption is no title; a headline
		// right above the caption is.
		{"photo label", []string{"Bridge to close for a year of repairs", "Jane Doe", "21 November 2026", "10:14", "NEWS", "Recomendar",
			"Facebook", "X", "Enviar", "Imprimir", "Copiar link", "Tap to zoom in", "The old bridge seen from the river bank at dawn", "© AGENCY/JOHN ROE"}},
		{"headline above a caption", []string{"Bridge to close for a year of repairs", "The old bridge seen from the river bank at dawn", "© AGENCY/JOHN ROE"}},
		{"short headline above a photo label", []string{"Storm floods the valley", "Tap to zoom in", "The old bridge seen from the river bank at dawn", "© AGENCY/JOHN ROE"}},
	} {
		lines := append(append(append(append([]string{}, menu...), c.head...), prose...), "Share", "Tweet", "Privacy policy")
		d := blockDoc(lines...)
		Default().Mark(d)
		for i, p := range d.Paragraphs {
			if want := i == len(menu) || len(menu)+len(c.head) <= i && i < len(menu)+len(c.head)+len(prose); p.Kept() != want {
				t.Errorf("%s: line %d %q kept %v, want %v", c.name, i, p.Text, p.Kept(), want)
			}
		}
	}
}

// TestFewOtherWords checks that the cheap test before htmlIsDateline never
// refuses one of its datelines, on every short line of the text bench and
// on datelines in the languages it knows.
func TestFewOtherWords(t *testing.T) {
	lines := []string{"Publié le 21 novembre 2026 à 10h15", "Veröffentlicht am 21. November 2026, 14.32 Uhr",
		"21 ноября 2026, 12:40", "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT",
		"Publicado el 21 de noviembre de 2026", "3rd March 2020 | 10:02 am", "21 listopada 2026 r."}
	files, err := filepath.Glob("../testdata/benchtext/dev/input/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bench pages: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	datelines := 0
	for _, l := range lines {
		if !htmlIsDateline(l) {
			continue
		}
		datelines++
		if !fewOtherWords(l) {
			t.Errorf("fewOtherWords(%q) = false for a dateline", l)
		}
	}
	if datelines < 50 {
		t.Errorf("only %d datelines among the lines", datelines)
	}
}

// TestJobLine checks the author's job alone on a line, in English and
// other languages, and not a subheading, a sentence or a label.
func TestJobLine(t *testing.T) {
	numLangs()
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Rugby writer", true},
		{"Chief political correspondent", true},
		{"Senior Reporter", true},
		{"Redakteurin", true},
		{"Корреспондент", true},
		{"Periodista", true},
		{"Letters to the editor", false}, // five words
		{"Ask the editor.", false},
		{"Top 10 reporter", false},
		{"rugby writer", true},
		{"меншікті тілші, Шығыс өңірі", true},
		{"Senior reporter, Dhaka, Bangladesh", true},
		{"ask the editor", false},
		{"Chief political correspondent for the region", false},
		{"reporter", true},
		{"toimittaja", true},
		{"The writers", false},
		{"Don McCullin, photographer", false}, // an obituary's headline
	} {
		var st lineStats
		scan(c.text, &st, nil)
		if got := jobLine(c.text, &st); got != c.want {
			t.Errorf("jobLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestNoStandfirstUnderName checks that a short line between the headline
// and a standfirst goes (see titleFrom) only if it is not the author's
// name: what follows a name is the author's, not the standfirst.
func TestNoStandfirstUnderName(t *testing.T) {
	body := "The council voted on Tuesday night to close the old bridge over the river for a year of repairs, and the work starts in March."
	for _, c := range []struct {
		name      string
		lines     []string
		title, dk int
	}{
		{"score", []string{"Bridge to close for a year of repairs", "Town 27 Gown 24",
			"The council says the work on the old bridge will take most of next year.", "21 November 2026", body}, 0, 2},
		{"name", []string{"Bridge to close for a year of repairs", "Jane Doe",
			"Jane Doe writes about transport, roads and the railways for the Gazette.", "21 November 2026", body}, 0, -1},
	} {
		d := blockDoc(c.lines...)
		sc := new(bodyScratch)
		sc.features(d)
		if title, dek := sc.findTitle(d, len(c.lines)-1); title != c.title || dek != c.dk {
			t.Errorf("%s: findTitle = %d, %d; want %d, %d", c.name, title, dek, c.title, c.dk)
		}
	}
}

// TestHeadInRun checks that a body run that takes in a note above the
// headline, the headline, its standfirst and the byline block starts
// under the bylines, the headline and standfirst kept and the note not
// (see headInRun); and that a live blog's summary over its first entry's
// times stays.
func TestHeadInRun(t *testing.T) {
	body := []string{
		"Norvance Freight Corp. reported third-quarter profit well ahead of analysts' expectations on Thursday, as a bumper harvest filled its grain cars.",
		"Net income for the three months ended Sept. 30 rose to C$118.4 million, or C$1.42 a share, from C$86.1 million a year earlier.",
		"Revenue climbed 14 per cent to C$912 million, and the company said volumes in October were running ahead of last year.",
	}
	lines := append([]string{"Home", "Business", "Markets", "Sign in",
		"Delayed at least 15 minutes. Quotes supplied by a third-party data vendor.",
		"Norvance Freight beats forecasts as grain haul rebounds, but warns on fuel",
		"The Calgary-based rail and trucking operator lifted its full-year outlook, though it said diesel costs would weigh on the fourth quarter.",
		"By Colleen Maartens, Business Reporter", "Published Nov. 6, 2026 · 6 min read"}, body...)
	lines = append(lines, "Share", "Print")
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	for i, want := range map[int]bool{4: false, 5: true, 6: true, 7: false, 8: false, 9: true, 11: true} {
		if p := d.Paragraphs[i]; p.Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", i, p.Text, p.Kept(), want)
		}
	}
	// A live blog: the run starts at the summary above the first
	// entry's times, whose title is above the run: the summary stays.
	blog := []string{"Home", "Business", "Markets", "Sign in",
		"Interest rates held at 4.5% as the Bank warns on sticky services inflation – business live",
		"Rolling coverage of the latest economic and financial news, as the committee votes 6-3 to leave borrowing costs unchanged",
		"The Bank has held rates at 4.5%, as expected, but the vote split was closer than the City had anticipated, with three members for a cut.",
		"Updated at 12.19 GMT", "13.58 GMT",
		"Sterling has given up most of its earlier gains now, trading at $1.2718 against the dollar after the decision.",
		"A currency strategist says the market is reading the split vote as a sign that a cut in December is now more likely than not.",
		"Share", "Print"}
	d = doc(blog...)
	BodyFinder{}.Mark(d)
	for _, i := range []int{6, 9, 10} {
		if p := d.Paragraphs[i]; !p.Kept() {
			t.Errorf("live blog: line %d %q removed (%s)", i, p.Text, p.Removal.Rule)
		}
	}
}
