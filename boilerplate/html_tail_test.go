package boilerplate

import (
	"testing"

	"github.com/cleantext/clean"
)

// An article in Swedish and one in English, five paragraphs each, for
// TestHTMLTailPass.
var (
	tailSv = []string{
		"Det såg länge mörkt ut för hemmalaget i tisdagens derby. Efter två perioder ledde gästerna med 3–1, och i bortaklacken sjöng man redan om tre poäng.",
		"Men i den tredje perioden vände allt. Först reducerade laget i powerplay, och med två minuter kvar av ordinarie tid kom kvitteringen framför mål.",
		"I förlängningen behövdes bara en dryg minut. Backen fick pucken vid blålinjen, drog in mot mitten och skickade iväg ett skott som gick in via stolpen.",
		"– Jag såg inte ens att den gick in. Jag hörde bara ljudet från stolpen och sedan publiken, sa han efteråt, fortfarande andfådd i kylan.",
		"Publiksiffran var säsongens högsta. Nästa match för laget är borta mot en av serieledarna på fredag, och då behövs samma hjärta igen.",
	}
	tailEn = []string{
		"The city council voted on Tuesday to expand the riverside park by nearly forty acres, ending a debate that had divided residents for more than three years.",
		"Opponents argued that the land should have gone to housing, pointing to a waiting list that has doubled since 2019, but the flood maps left little choice.",
		"The mayor said the first paths would open next spring and that the old warehouses along the water would be turned into a market hall and a boat club.",
		"Residents who spoke at the meeting were mostly in favour, although several asked the council to keep the allotments that have been there since the war.",
		"The plan now goes to the regional board, which is expected to approve it before the end of the year, after which the first contracts can be signed.",
	}
)

// tailDoc builds an HTML document of the lines given, each a paragraph.
func tailDoc(format clean.Format, parts ...[]string) *clean.Document {
	var ps []htmlPara
	for _, part := range parts {
		for _, s := range part {
			ps = append(ps, htmlText(s))
		}
	}
	return htmlTestDoc(format, ps...)
}

func TestHTMLTailPass(t *testing.T) {
	svComments := []string{
		"Kommentarer (3)",
		"hockeypappa_74 2024-11-12 23:02",
		"Vilken tredje period!! Äntligen lite hjärta i laget. Heja på er!",
		"Tjärnåsbo 2024-11-12 23:15",
		"Domaren blåste bort oss i tredje. Det målet skulle aldrig ha godkänts.",
		"Skriv en kommentar (kräver inloggning)",
		"Hockeyettan norra",
		"Lag M P",
		"1. Kallbergs IF 14 31",
		"2. Norrfjärdens HK 14 29",
		"3. Älvsby SK 13 26",
		"4. Hedsundets HC 14 24",
		"Hela tabellen »",
	}
	enComments := []string{
		"Comments",
		"riverwatcher 12 November 2024 at 23:02",
		"About time! We have been asking for this park for years and years.",
		"J. Miller 12 November 2024 at 23:15",
		"What about the housing though? Nobody seems to care about that.",
		"Log in to comment",
		"Most read",
		"Council approves new bus lanes",
		"Fire at the old mill",
		"Schools to close early on Friday",
		"Weather: showers, 8°C",
	}
	// A section header inside a long article with the article going on
	// after it: the finder's run crosses it.
	enInline := append(append(append([]string{}, tailEn[:3]...), "Related articles"), tailEn[3:]...)
	enInline = append(enInline, tailEn[:3]...)
	cases := []struct {
		name   string
		format clean.Format
		parts  [][]string
		gone   []int // paragraphs removed, the rest kept
	}{
		{"sv comments after a table-layout article", clean.FormatHTML, [][]string{tailSv, svComments}, seq(5, 18)},
		{"en comments after the article", clean.FormatHTML, [][]string{tailEn, enComments}, seq(5, 16)},
		// The finder's other decisions are undone: the breadcrumb and
		// the section label above the article stay.
		{"breadcrumb above stays", clean.FormatHTML, [][]string{{"Du är här: Start > Sport > Hockey", "SPORT"}, tailSv, svComments}, seq(7, 20)},
		// Without a section header, nothing is cut.
		{"no header", clean.FormatHTML, [][]string{tailEn, enComments[1:]}, nil},
		{"header inside the article", clean.FormatHTML, [][]string{{"Home", "News", "Sport", "Weather", "Contact us"}, enInline}, nil},
		// Text documents have the body finder itself.
		{"text document", clean.FormatText, [][]string{tailEn, enComments}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := tailDoc(c.format, c.parts...)
			HTMLTailPass().Mark(d)
			gone := map[int]bool{}
			for _, i := range c.gone {
				gone[i] = true
			}
			for i, p := range d.Paragraphs {
				if p.Kept() == gone[i] {
					t.Errorf("paragraph %d %q: kept %v, want %v (%v)", i, p.Text, p.Kept(), !gone[i], p.Removal)
				}
				if !p.Kept() && p.Removal.Rule != "outside-body" {
					t.Errorf("paragraph %d %q: rule %q, want outside-body", i, p.Text, p.Removal.Rule)
				}
			}
		})
	}
}

// seq returns the numbers from lo to hi, both included.
func seq(lo, hi int) []int {
	var s []int
	for i := lo; i <= hi; i++ {
		s = append(s, i)
	}
	return s
}
