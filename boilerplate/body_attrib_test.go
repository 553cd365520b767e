package boilerplate

import (
	"strings"
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// checkBodyKept runs the body finder alone and the whole classifier on the
// document of lines and checks that line i is kept exactly when keep(i).
func checkBodyKept(t *testing.T, name string, lines []string, keep func(i int) bool) {
	t.Helper()
	for _, c := range bodyMarkers {
		d := blockDoc(lines...)
		c.m.Mark(d)
		for i, p := range d.Paragraphs {
			if want := keep(i); p.Kept() != want {
				why := ""
				if p.Removal != nil {
					why = p.Removal.Rule
				}
				t.Errorf("%s%s: line %d %q kept %v (%s), want %v", name, c.name, i, p.Text, p.Kept(), why, want)
			}
		}
	}
}

// checkMarkerKept marks the blank-line separated lines with m and checks
// that keep(i) tells which of them are kept.
func checkMarkerKept(t *testing.T, name string, m clean.Stage, lines []string, keep func(i int) bool) {
	t.Helper()
	d := blockDoc(lines...)
	m.Mark(d)
	for i, p := range d.Paragraphs {
		if want := keep(i); p.Kept() != want {
			t.Errorf("%s: line %d %q kept %v, want %v", name, i, p.Text, p.Kept(), want)
		}
	}
}

// blockDoc returns a document of the given paragraphs, one per
// blank-line separated block (doc joins lines, which the extractor may
// read as hard-wrapped prose).
func blockDoc(lines ...string) *clean.Document {
	return extract.Text("t.txt", []byte(strings.Join(lines, "\n\n")))
}

// attributionAt runs the features of the body finder on lines and reports
// attribution for line i.
func attributionAt(lines []string, i int) bool {
	d := blockDoc(lines...)
	if len(d.Paragraphs) != len(lines) {
		panic("paragraphs joined")
	}
	sc := new(bodyScratch)
	sc.features(d)
	sc.density = proseDensity
	prose := make([]bool, len(d.Paragraphs))
	for j := range prose {
		prose[j] = sc.isProse(j)
	}
	return attribution(d, sc.stats, prose, i)
}

// TestAttribution checks the attribution lines the body run crosses for
// free: a dash and a short name between a quote (or prose) and more of the
// article, and none of the dashed lines of menus, footers and sentences.
func TestAttribution(t *testing.T) {
	const (
		quote  = "“The show was really great, and we enjoyed every minute of it with the whole family.”"
		short  = "“Beautiful spectacle! Dance, music, acting! Wonderful costume!”"
		prose  = "The theatre said on Monday that the show would run until the end of the year, and that tickets were still available."
		prose2 = "Tickets can be booked online or at the box office, which opens every day at noon except on Mondays."
	)
	for _, c := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"en dash after a quote", []string{quote, "– Jane D.", prose}, true},
		{"em dash, quote before and after", []string{quote, "— Jane Doe", short}, true},
		{"hyphen after prose", []string{prose, "- Jane Doe, theatre critic", prose2}, true},
		{"embedded post", []string{"This is what we saw from the stands today, and it was not pretty at all.", "— Jane Doe (@janedoe) November 18, 2019", prose}, true},
		{"masked name", []string{short, "– Dia**** Co** Ga****", "Thank you all for your kind reviews!"}, true},
		{"no space after the dash", []string{quote, "—Jane Doe", prose}, true},
		{"non-Latin name", []string{quote, "— Анна Иванова", prose}, true},

		{"menu item after prose", []string{prose, "- Next Auto News", "Audi e-Tron Sportback makes electric crossovers look good"}, false},
		{"menu of dashed items", []string{"All Contributors", "- Campaign", "- Civil Rights"}, false},
		{"after a short line", []string{"Our critics", "– Jane Doe", prose}, false},
		{"last line", []string{quote, "– Jane Doe"}, false},
		{"first line", []string{"– Jane Doe", prose}, false},
		{"dashed sentence", []string{prose, "- The show runs until the end of the year.", prose2}, false},
		{"dashed question", []string{prose, "— Where can I buy tickets?", prose2}, false},
		{"long dashed line", []string{prose, "- one two three four five six seven eight nine ten eleven", prose2}, false},
		{"number", []string{prose, "-12.99", prose2}, false},
		{"truncated", []string{prose, "– Jane Doe and the...", prose2}, false},
	} {
		i := 1
		if c.name == "first line" {
			i = 0
		}
		if got := attributionAt(c.lines, i); got != c.want {
			t.Errorf("%s: attribution(%q) = %v, want %v", c.name, c.lines[i], got, c.want)
		}
	}
}

// TestBodyReviews checks that a page of quoted reviews, each followed by
// its reviewer's name, keeps every review, name and the prose after them,
// and that a dashed link after the article's end does not carry the run
// into the teasers below it.
func TestBodyReviews(t *testing.T) {
	menu := []string{"Home", "Shows", "Tickets", "Stories", "Contact us"}
	article := []string{
		"More reviews from our visitors",
		"Visitors who booked their tickets online came to the theatre last month to watch the new show, and many wrote to us.",
		"“The show was really great, and we enjoyed every minute of it with the whole family.”",
		"– Man**",
		"“Beautiful spectacle! Dance, music, acting! Wonderful costume! Funny moments!”",
		"– Mel****",
		"“Easy booking. Good price. The staff at the door were kind and we had great seats.”",
		"– An** Fe***",
		"“A gorgeous play. The actors were very happy to play with the audience.”",
		"– Jo** Al**",
		"“It was a long play, but the story was shown on a screen so that we could follow it.”",
		"– Dia** Co**",
		"Thank you all for your kind reviews!",
		"For those who have not seen the show yet, it runs every day except Monday until the end of the year.",
	}
	footer := []string{"- More news", "Ten shows to see this winter", "The new season in pictures", "Share", "Tweet", "Privacy policy"}
	// The names after a hyphen are list items (see clean.ListMark), whose
	// text goes without the hyphen.
	for _, dash := range []string{"– ", "- "} {
		t.Run(dash, func(t *testing.T) {
			var lines []string
			lines = append(lines, menu...)
			for _, l := range article {
				lines = append(lines, strings.Replace(l, "– ", dash, 1))
			}
			lines = append(lines, footer...)
			checkBodyKept(t, "", lines, func(i int) bool { return len(menu) <= i && i < len(menu)+len(article) })
		})
	}
}
