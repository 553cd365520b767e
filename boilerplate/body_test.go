package boilerplate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// seedBoilerplate lists, per seed, the only paragraphs the body finder may
// remove: none is an article sentence, a title or a subheading (the second
// line of the first seed is a photo caption and credit).
var seedBoilerplate = map[string][]string{
	"000_2e33b84e8e9adb53.txt": {"Support The Moscow Times!", "President Vladinir Putin Denis Abramov / Vedomosti", "Continue", "Read more"},
	"002_fcdfd1e94a9fb575.txt": {"News / Politics", "Press TV’s website can also be accessed at the following alternate addresses:",
		"www.presstv.co.uk", "SHARE THIS ARTICLE", "Press TV News Roku"},
}

// TestBodySeeds checks that the body finder keeps every article sentence,
// title and subheading of the seed articles.
func TestBodySeeds(t *testing.T) {
	names, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		id := filepath.Base(n)
		d := extract.Text(id, b)
		BodyFinder{}.Mark(d)
		for i, p := range d.Paragraphs {
			if !p.Kept() && !slices.Contains(seedBoilerplate[id], p.Text) {
				t.Errorf("%s: paragraph %d removed (%s): %.60q", id, i, p.Removal.Rule, p.Text)
			}
		}
	}
}

func doc(lines ...string) *clean.Document {
	return extract.Text("t.txt", []byte(strings.Join(lines, "\n")))
}

// TestBodyRecords checks that a comment thread (name, dated line, text,
// again and again) does not outscore a short article, and that its lines
// are removed as "comment".
func TestBodyRecords(t *testing.T) {
	lines := []string{"Home", "News", "Sports", "Contact us",
		"A short title for the story here",
		"The council said on Monday that the bridge would close for repairs, and that the work would take most of the year.",
		"Drivers will have to use the ring road, which the council said it would widen before the bridge closes in the spring.",
		"Share", "Tweet"}
	for k := 0; k < 5; k++ {
		lines = append(lines, "Reader Name", "2 days ago at 07:5"+string(rune('0'+k))+" am",
			"I think this is the right decision, but they should have done it years ago when it was much cheaper for all of us.",
			"And the ring road is already full at rush hour, so I wonder how they think it will cope with all the extra traffic.")
	}
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	for i, p := range d.Paragraphs {
		switch {
		case i == 5 || i == 6:
			if !p.Kept() {
				t.Errorf("article line %d removed: %s", i, p.Removal.Rule)
			}
		case i >= 11 && strings.HasPrefix(p.Text, "I think"):
			if p.Kept() || p.Removal.Rule != "comment" {
				t.Errorf("comment line %d: %+v", i, p.Removal)
			}
		}
	}
}

func TestHasQuantity(t *testing.T) {
	for s, want := range map[string]bool{
		"2 cups flour":                   true,
		"Portion: 1 Green, 1 Red":        true,
		"Eat every 60–90 minutes":        true,
		"4 oz. cooked chicken":           true,
		"Сахар 200 грамм":                true,
		"Archives (12)":                  false,
		"Page 2":                         false,
		"Meal 1":                         false,
		"November 12, 2018":              false,
		"A line without any figures":     false,
		"Scored at 7:14 and 12:30 today": true,
	} {
		if got := hasQuantity(s); got != want {
			t.Errorf("hasQuantity(%q) = %v, want %v", s, got, want)
		}
	}
}

// refHasQuantity is the reference for hasQuantity, one rune at a time.
func refHasQuantity(s string) bool {
	num := false // the last token was a number followed by a space
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case '0' <= r && r <= '9':
			for i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
				i++
			}
			num = i < len(s) && s[i] == ' '
			continue
		case r == ' ':
		case unicode.IsLetter(r):
			if num {
				return true
			}
			num = false
		default:
			num = false
		}
		i += w
	}
	return false
}

var quantityLines = []string{"", "1", "1 ", "1 a", "1  a", "1 .a", "a1 b", "1_ a", "1.5 cups", "1,000 people", "60–90 minutes",
	"2 ä", "2 Ä", "2 \xc3", "2 \xff a", "2 – a", "2 😀 a", "x 3", "3 4 apples", "3\xe2\x80 a", "é1 ü", "7:14 and"}

// TestHasQuantityReference checks hasQuantity against refHasQuantity on
// every line of the pages and on edge cases.
func TestHasQuantityReference(t *testing.T) {
	for _, s := range append(pageLines(t), quantityLines...) {
		if got, want := hasQuantity(s), refHasQuantity(s); got != want {
			t.Errorf("hasQuantity(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzHasQuantity(f *testing.F) {
	for _, s := range quantityLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasQuantity(s), refHasQuantity(s); got != want {
			t.Errorf("hasQuantity(%q) = %v, want %v", s, got, want)
		}
	})
}

var dateLines = []string{"", "1", "2 days ago at 07:52 am", "November 20, 2019", "1919", "2020", "12:", ":12", "1:2", "a 19 b",
	"Posted 3 hours ago", "Rating: 25 Votes", "2199", "1899", "x2024y", "12/05/21", "Ünïcödé 2021", "٢٠٢١"}

// checkMayBeDated checks that mayBeDated rules out no line that shapeOf
// finds dated.
func checkMayBeDated(t *testing.T, s string) {
	if _, ok := shapeOf(s); ok && !mayBeDated(s) {
		t.Errorf("mayBeDated(%q) = false, but the line is dated", s)
	}
}

// TestMayBeDated checks mayBeDated against shapeOf on every line of the
// pages and on edge cases.
func TestMayBeDated(t *testing.T) {
	for _, s := range append(pageLines(t), dateLines...) {
		checkMayBeDated(t, s)
	}
}

func FuzzMayBeDated(f *testing.F) {
	for _, s := range dateLines {
		f.Add(s)
	}
	f.Fuzz(checkMayBeDated)
}

// TestBodyListArticle checks that a long list with quantities right after a
// short introduction is the article, rather than the longer fine print of
// the footer.
func TestBodyListArticle(t *testing.T) {
	lines := []string{"Home", "Recipes", "Contact us",
		"Meal plans for a busy week",
		"If you have followed the plan before, you know how much easier the week is when the food is ready.",
		"This version uses the same portions, so you can simply reuse the numbers you worked out before.",
		"Now get cooking!"}
	for k := 0; k < 6; k++ {
		lines = append(lines, "Breakfast", "Eat within an hour of waking up",
			"2 eggs, 1 cup spinach, 1 slice toast", "Lunch", "Chicken salad with 1 cup greens and 4 oz. chicken",
			"Portion: 1 Green, 1 Red, 1 tsp.")
	}
	lines = append(lines, "Related Articles", "Why breakfast matters", "Share", "Follow us",
		"The information provided on this website is for general purposes only and is not a substitute for the advice of a professional.",
		"Results vary depending on the starting point, the goals and the effort, and a proper diet is necessary to achieve them.",
		"These statements have not been evaluated by any authority, and these products are not intended to diagnose or treat any disease.",
		"Consult your physician and follow all the safety instructions before you begin any exercise program or use any supplement.")
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	for i, p := range d.Paragraphs {
		inList := i >= 4 && i < len(lines)-8
		if p.Kept() != inList && i != 3 {
			t.Errorf("line %d kept=%v: %s", i, p.Kept(), p.Text)
		}
	}
}

// TestBodyRanked checks that a numbered "most read" list after a short
// article is not part of it, and that its lines are removed as "teaser".
func TestBodyRanked(t *testing.T) {
	lines := []string{"Home", "News",
		"The council said on Monday that the bridge would close for repairs, and that the work would take most of the year.",
		"Drivers will have to use the ring road, which the council said it would widen before the bridge closes in the spring.",
		"Most Popular"}
	for k := 1; k <= 10; k++ {
		lines = append(lines, string(rune('0'+k%10)), "A headline about another story in the city")
	}
	lines[len(lines)-2] = "10"
	lines = append(lines, "Officials did not say when the next meeting about the budget of the city would take place.")
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	for i, p := range d.Paragraphs {
		switch {
		case i == 2 || i == 3:
			if !p.Kept() {
				t.Errorf("article line %d removed: %s", i, p.Removal.Rule)
			}
		case i >= 5:
			if p.Kept() || p.Removal.Rule != "teaser" && i < len(lines)-1 {
				t.Errorf("list line %d %q: %+v", i, p.Text, p.Removal)
			}
		}
	}
}

// TestBodyCaption checks that a short line right above a photo credit
// inside the article is removed as a caption.
func TestBodyCaption(t *testing.T) {
	d := doc("Home", "News", "Sports", "Weather",
		"The council said on Monday that the bridge would close for repairs, and that the work would take most of the year.",
		"The old bridge over the river at dusk.",
		"Photo: A. Photographer",
		"Drivers will have to use the ring road, which the council said it would widen before the bridge closes in the spring.",
		"Share", "Tweet", "Contact us", "Privacy policy")
	d.Remove(6, clean.Removal{Stage: clean.StageBoilerplate, Rule: "photo-credit"})
	BodyFinder{}.Mark(d)
	if p := d.Paragraphs[5]; p.Kept() || p.Removal.Rule != "caption" {
		t.Errorf("caption: %+v", p.Removal)
	}
	for _, i := range []int{4, 7} {
		if !d.Paragraphs[i].Kept() {
			t.Errorf("article line %d removed: %+v", i, d.Paragraphs[i].Removal)
		}
	}
}

// insetArticle returns an article of two prose paragraphs, the lines of
// block, and two more prose paragraphs.
func insetArticle(block ...string) []string {
	lines := []string{
		"Election results were published on Monday by the electoral commission in the capital.",
		"The commission said that turnout had risen in all three districts since the last vote, and that counting had gone smoothly.",
		"Officials from both parties accepted the figures, although one candidate asked for a recount in the northern district.",
	}
	lines = append(lines, block...)
	return append(lines,
		"Turnout was higher than in the previous election in every one of the districts, the commission said.",
		"The new council will meet for the first time next month.")
}

// TestBodyInset checks that a short table, list, FAQ or run of subheadings
// between paragraphs of a clean article keeps the prose on both sides, with
// the body finder alone and with the whole classifier.
func TestBodyInset(t *testing.T) {
	for name, block := range map[string][]string{
		"table": {"District", "Seats", "North", "1", "South", "1", "East", "2"},
		"bullets": {"The new council will be asked to decide on:",
			"• the budget for the coming year", "• a new bus lane on the high street", "• free parking for residents on weekdays",
			"• the future of the old market hall", "• the opening hours of the libraries", "• repairs to the bridge over the river"},
		"subheadings": {"A close race in the north", "What happens next", "“We will respect the result,” she said."},
		"faq": {"Frequently asked questions", "Who could vote?", "Everyone over 18.", "Where were the votes counted?",
			"At the town hall.", "When is the next vote?", "In four years."},
	} {
		for _, c := range bodyMarkers {
			d := doc(insetArticle(block...)...)
			c.m.Mark(d)
			for i, p := range d.Paragraphs {
				if !p.Kept() {
					t.Errorf("%s, %s: line %d removed (%s, %s): %q", name, c.name, i, p.Removal.Rule, p.Removal.Detail, p.Text)
				}
			}
		}
	}
}

// TestBodyInsetMenu checks that a menu or a list of teasers between the
// article and the prose of a footer still ends the article.
func TestBodyInsetMenu(t *testing.T) {
	for name, block := range map[string][]string{
		"menu":    {"Home", "World", "Sports", "Business", "Technology", "Contact us"},
		"teasers": {"10 things to do in the city this weekend", "The best cafés in the old town", "Share", "Tweet", "Email"},
	} {
		checkArticleEnds(t, name, nil, block)
	}
}

// footerProse is the prose of a page's footer.
var footerProse = []string{
	"© 2020 Example Media Group. All rights reserved. Use of this site constitutes acceptance of our terms of use.",
	"Example Media Group may earn a commission from purchases made through links on this site, as described in our policy.",
}

// checkArticleEnds runs the body finder on the lines of head, an article
// (see insetArticle), the lines of block and a footer's prose, and checks
// that the article stays and that block and footer go (head is not
// checked).
func checkArticleEnds(t *testing.T, name string, head, block []string) {
	t.Helper()
	lines := append(append([]string{}, head...), insetArticle()...)
	n := len(lines)
	lines = append(append(lines, block...), footerProse...)
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	for i, p := range d.Paragraphs {
		switch {
		case i < len(head):
		case i < n && !p.Kept():
			t.Errorf("%s: article line %d removed (%s): %q", name, i, p.Removal.Rule, p.Text)
		case i >= n && p.Kept():
			t.Errorf("%s: line %d kept: %q", name, i, p.Text)
		}
	}
}

// TestScanStopwords checks the hashed stopword table against the word
// lists: every stopword, alone, upper-cased (ASCII) or inside a line, is
// found with the set of languages that list it, and other words are not.
func TestScanStopwords(t *testing.T) {
	numLangs()
	want := map[string]uint64{}
	for l, line := range strings.Split(strings.TrimSpace(stopwordData), "\n") {
		for _, w := range strings.Fields(line)[1:] {
			want[w] |= 1 << l
		}
	}
	var st lineStats
	checked := 0
	for w, m := range want {
		lines := []string{w, "xq " + w + ", zzq"}
		if 'a' <= w[0] && w[0] <= 'z' {
			lines = append(lines, strings.ToUpper(w[:1])+w[1:])
		}
		if st = (lineStats{}); scanHits(w, &st, nil) == nil || st.words != 1 {
			continue // "don't" is two words for scan; the lists hold a few such
		}
		checked++
		for _, line := range lines {
			var got uint64
			for _, k := range scanHits(line, &st, nil) {
				got |= stopSets[k-1]
			}
			if got != m {
				t.Errorf("scan(%q): languages %x, want %x", line, got, m)
			}
		}
	}
	if checked < len(want)*9/10 {
		t.Errorf("only %d of %d stopwords are one word", checked, len(want))
	}
	for _, line := range []string{"xylophonequartz", "Thermodynamicallyunstablecompounds", "zzzzzzzz"} {
		if hits := scanHits(line, &st, nil); len(hits) != 0 {
			t.Errorf("scan(%q): %d stopword hits", line, len(hits))
		}
	}
}

// cleanArticles are clean articles, as the cleaner writes them, whose short
// or unpunctuated lines the body run used to cut at its edges: cleaning
// clean text again must leave them alone.
var cleanArticles = map[string][]string{
	// A long lead that lost its full stop, and a standfirst without one.
	"unpunctuated lead": {
		"The city council has this morning approved the £40million plan to rebuild the old bridge over the river after two years of talks with the regional government in the capital",
		"This ends the long dispute over who pays for the repairs to the bridge",
		"The work will start in the spring and is expected to take most of the year, the council said in a statement.",
		"Drivers will have to use the ring road in the meantime, which the council said it would widen before the bridge closes.",
	},
	// A hearing that ends in a short question and a short answer.
	"short closing quote": {
		"The chairman asked the witness about the meetings she had held with the contractor during the summer, and about the letters she had sent afterwards.",
		"She told the committee that she had tried to settle the dispute before it reached the courts, but that the contractor had refused to meet her again.",
		"Some of the highlights:",
		"1. A letter nobody read",
		"The witness said the letter of 25 July had been sent to the wrong office and that nobody had answered it for three weeks.",
		"2. \"Not some irregular channel\"",
		"She said she had kept the mayor informed of every meeting, and that the talks had been held in the open.",
		"3. The contractor's problem",
		"The witness said the contractor still believed that the council owed it money for the work done on the old bridge.",
		"\"So it's fair to say the dispute was never settled?\" the chairman asked.",
		"\"That's correct,\" she said.",
	},
	// A profile that ends in a list of questions and short answers.
	"q&a": {
		"Our colleague of the month joined the sales team in the spring of last year, after five years at a bank in the city.",
		"She is in charge of the accounts in the north, and she says that the best part of the job is meeting the customers in person.",
		"Q: How do you plan your day?",
		"A: I start with the calls I have to make, and I leave the emails for the afternoon when the office is quiet.",
		"Ok, now for a little fun.",
		"Q: Favorite childhood memory?",
		"A: A trip to the seaside",
		"Q: Favorite books?",
		"A: The Old Man and the Sea",
		"Q: Favorite athlete?",
		"A: Serena Williams",
		"Q: What are your hobbies?",
		"A: Running, reading, travel, and cooking for friends",
		"Q: Favorite gadget bought in the last five years",
		"A: My e-reader, which I take everywhere and which holds far more books than I will ever read in my life.",
		"Thanks Anna!",
	},
	// Subheadings between the paragraphs of a sports round-up, and a last
	// paragraph after the last subheading.
	"round-up": {
		"The home team won their second match of the group on Tuesday, and they are now top of the table with one game left to play.",
		"SPAIN WINS",
		"Spain beat Portugal 2-0 in the other game of the group, with two goals in the second half after a slow start by both teams.",
		"\"We were lucky today,\" the coach said.",
		"ITALY AHEAD",
		"Italy beat France behind a late goal from the captain, who scored from a corner in the last minute of the match.",
		"France had lost to Belgium on Monday.",
	},
}

// TestBodyCleanArticle checks that the body finder leaves clean articles
// alone: nothing was removed before it and nothing in them looks like
// boilerplate (no menu, no record list, no section header).
func TestBodyCleanArticle(t *testing.T) {
	for name, lines := range cleanArticles {
		for _, c := range bodyMarkers {
			d := doc(lines...)
			c.m.Mark(d)
			for i, p := range d.Paragraphs {
				if !p.Kept() {
					t.Errorf("%s, %s: line %d removed (%s, %s): %q", name, c.name, i, p.Removal.Rule, p.Removal.Detail, p.Text)
				}
			}
		}
	}
}

// TestBodyCleanArticleNoisy checks that the clean articles of
// TestBodyCleanArticle, with the boilerplate of a scraped page around them,
// are still cleaned: a menu block, a section header and teasers, a comment
// thread, or a line the rules removed each send the document to the body
// run.
func TestBodyCleanArticleNoisy(t *testing.T) {
	for name, lines := range cleanArticles {
		for _, noise := range []struct {
			name          string
			before, after []string
			removed       int // index in before of a line a rule removed, or -1
		}{
			{"menu", []string{"Home", "World", "Sports", "Business"}, nil, -1},
			{"related", nil, []string{"Related articles", "The best cafés in the old town", "Ten things to do this weekend"}, -1},
			{"comments", nil, []string{
				"Reader Name", "2 days ago at 07:51 am", "I think this is the right decision, but they should have done it years ago when it was cheaper.",
				"Reader Name", "2 days ago at 07:52 am", "And the ring road is already full at rush hour, so I wonder how it will cope with the traffic.",
				"Reader Name", "2 days ago at 07:53 am", "They said the same thing the last time, and nothing happened for years after the vote in the council.",
			}, -1},
			{"rule removed a line", []string{"Share this story"}, []string{"Newsletter", "Sign in"}, 0},
		} {
			all := append(append(append([]string{}, noise.before...), lines...), noise.after...)
			d := doc(all...)
			if noise.removed >= 0 {
				d.Remove(noise.removed, clean.Removal{Stage: clean.StageBoilerplate, Rule: "share-label"})
			}
			BodyFinder{}.Mark(d)
			for i, p := range d.Paragraphs {
				inArticle := i >= len(noise.before) && i < len(noise.before)+len(lines)
				if !inArticle && p.Kept() {
					t.Errorf("%s with %s: noise line %d kept: %q", name, noise.name, i, p.Text)
				}
			}
		}
	}
}

// foldPrefixRef is foldPrefix rune by rune, as it was first written.
func foldPrefixRef(dst []byte, s string, max int) []byte {
	for _, r := range s {
		if len(dst) >= max {
			break
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// TestFoldPrefix compares foldPrefix with foldPrefixRef on every rune of
// one and two bytes, runes of three and four bytes, invalid and cut
// sequences, and every limit up to past the end.
func TestFoldPrefix(t *testing.T) {
	var texts []string
	for r := rune(0); r < 0x800; r++ {
		texts = append(texts, string(r), "A"+string(r)+"Z")
	}
	texts = append(texts, "ÀÉÎÕÜ ÆØÅ ΣΊΣΥΦΟΣ ПРИВЕТ Україна İstanbul ǅ ǈ", "ẞ Ⅻ Ａ 𐐀 日本", "\xc3", "a\xc3", "\xc3(",
		"\xe2\x80", "\xff\xfe", "\x80abc", "\xc0\xaf", "\xed\xa0\x80", "ab\xf0\x90\x90")
	// Runs of ASCII of every length up to 18 (read eight bytes at a time)
	// before and after runes beyond ASCII and invalid bytes.
	for n := range 19 {
		a := "The Quick BROWN fox_[@`{~"[:n]
		for _, b := range []string{"", "Ü", "ǅ", "\xc3", "日", "z"} {
			texts = append(texts, a+b, b+a, a+b+a, strings.ToUpper(a)+b+"x"+a)
		}
	}
	for _, s := range texts {
		for max := 0; max <= len(s)+4; max++ {
			for _, dst := range []string{"", "x", "1234567"} {
				got := foldPrefix([]byte(dst), s, max)
				want := foldPrefixRef([]byte(dst), s, max)
				if string(got) != string(want) {
					t.Fatalf("foldPrefix(%q, %q, %d) = %q, want %q", dst, s, max, got, want)
				}
			}
		}
	}
}
