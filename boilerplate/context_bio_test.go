package boilerplate

import (
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

func TestAuthorBios(t *testing.T) {
	const b = RuleAuthorBio
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{
			name:  "By line; bio of two sentences",
			texts: []string{"Council approves cycle lanes", "By Marcus Webb", article, prose2, "Marcus Webb covers city hall and transportation. He previously reported for newspapers in Ohio and Texas."},
			want:  []string{"", "", "", "", b},
		},
		{
			name:  "posted on a date by; a note after the bio",
			texts: []string{"Posted on 3 November 2026 by Helen Marsh", article, prose2, "Helen Marsh is a freelance writer based in Lisbon.", "Share this article"},
			want:  []string{"", "", "", b, ""},
		},
		{
			name:  "the third paragraph from the end, two notes after it",
			texts: []string{"By Helen Marsh", article, prose2, "Helen Marsh is a freelance writer based in Lisbon.", "Share this article", "Read more"},
			want:  []string{"", "", "", b, "", ""},
		},
		{
			name: "a long bio",
			texts: []string{"By Helen Marsh", article, prose2, "Helen Marsh is a freelance writer based in Lisbon, where she has " +
				"covered housing, transport and the city's politics for more than a decade. Before that she worked for " +
				"newspapers in Porto and London, and she teaches journalism at the university in the evenings."},
			want: []string{"", "", "", b},
		},
		{
			name:  "name alone above the dateline",
			texts: []string{"Cycle lanes approved", "Tom Hale", "21 November 2026", article, prose2, "Tom Hale is the City Post's transport correspondent."},
			want:  []string{"", "", "", "", "", b},
		},
		{
			name:  "the name alone above the bio goes with it",
			texts: []string{"By Tom Farrow", article, prose2, "Tom Farrow", "Tom Farrow is a reporter for the Example News."},
			want:  []string{"", "", "", b, b},
		},
		{
			name:  "a sentence that goes on about the author",
			texts: []string{"By Marcus Webb", article, prose2, "Marcus Webb has been covering city hall since 2019.", "He previously reported for newspapers in Ohio."},
			want:  []string{"", "", "", b, b},
		},
		{
			name:  "the second of two authors; a role glued to the name",
			texts: []string{"By Jane Doe and Ann RoweStaff Writer", article, prose2, "Ann Rowe is a business reporter for the Gazette."},
			want:  []string{"", "", "", b},
		},
		{
			name:  "German byline and bio",
			texts: []string{"Von Anna Schmidt", article, prose2, "Anna Schmidt ist Redakteurin im Ressort Politik."},
			want:  []string{"", "", "", b},
		},
		{
			name:  "About the author label, whatever the byline",
			texts: []string{article, prose2, "About the author", "Dr. Jane Roe is a historian at the University of Leeds."},
			want:  []string{"", "", b, b},
		},
		{
			name:  "About the author: in the same paragraph",
			texts: []string{article, prose2, "About the author: Jane Roe writes about science and health."},
			want:  []string{"", "", b},
		},
		{
			name:  "someone else's name stays",
			texts: []string{"By Marcus Webb", article, prose2, "Ann Ford is the council leader and proposed the plan last year."},
			want:  []string{"", "", "", ""},
		},
		{
			name:  "the author's name saying something else stays",
			texts: []string{"By Marcus Webb", article, prose2, "Marcus Webb contributed reporting from Ohio."},
			want:  []string{"", "", "", ""},
		},
		{
			name:  "a bio-like paragraph far from the end stays",
			texts: []string{"By Marcus Webb", article, "Marcus Webb is a reporter who has lived in the city for ten years.", prose2, article, prose2},
			want:  []string{"", "", "", "", "", ""},
		},
		{
			name:  "no byline: a paragraph about a person stays",
			texts: []string{"Council approves cycle lanes", article, prose2, "Jane Doe is a freelance writer based in Lisbon."},
			want:  []string{"", "", "", ""},
		},
		{
			name:  "a book by the person the article is about: not a byline",
			texts: []string{"A new biography by Marcus Webb tells the story of the city", article, prose2, "Marcus Webb is a historian at the University of Leeds."},
			want:  []string{"", "", "", ""},
		},
		{
			name:  "a longer name in the byline is another person",
			texts: []string{"By Marcus Webber", article, prose2, "Marcus Webb is the council's head of transport."},
			want:  []string{"", "", "", ""},
		},
		{
			name:  "the author's name after a comma stays",
			texts: []string{"By Marcus Webb", article, prose2, "Marcus Webb, who covered the vote, is a reporter."},
			want:  []string{"", "", "", ""},
		},
		{
			name:  "a lower-case start stays",
			texts: []string{article, prose2, "about the author: jane roe writes about science and health."},
			want:  []string{"", "", ""},
		},
		{
			name:  "About the author: and more than bioWords words stays",
			texts: []string{article, prose2, "About the author: Jane Roe writes about science and health. " + strings.Repeat("She has reported on hospitals, clinics and research labs across the region for many years. ", 6)},
			want:  []string{"", "", ""},
		},
		{
			name: "a paragraph of more than bioWords words about the author stays",
			texts: []string{"By Helen Marsh", article, prose2, "Helen Marsh is a freelance writer based in Lisbon. " +
				strings.Repeat("She has reported on hospitals, clinics and research labs across the region for many years. ", 6)},
			want: []string{"", "", "", ""},
		},
		{
			name: "a long paragraph after a bio stays",
			texts: []string{"By Helen Marsh", article, prose2, "Helen Marsh is a freelance writer based in Lisbon.",
				"She " + strings.Repeat("has reported on hospitals, clinics and research labs across the region for many years, and ", 6) + "more."},
			want: []string{"", "", "", b, ""},
		},
		{
			name: "About the author above a bio of more than bioWords words stays",
			texts: []string{article, prose2, "About the author", "Jane Roe is a historian at the University of Leeds. " +
				strings.Repeat("She has written on hospitals, clinics and research labs across the region for many years. ", 6)},
			want: []string{"", "", "", ""},
		},
		{
			name:  "a name that only starts with a pronoun does not go on about the author",
			texts: []string{"By Marcus Webb", article, prose2, "Marcus Webb covers city hall.", "Sheila Roe, the mayor, will reply next week."},
			want:  []string{"", "", "", b, ""},
		},
		{
			name: "name alone above a note on the author",
			texts: []string{"Cycle lanes approved", "Tom Hale", "Tom Hale is the City Post's transport correspondent", article, prose2,
				"Tom Hale is a keen cyclist and lives in the city centre."},
			want: []string{"", "", "", "", "", b},
		},
		{
			name:  "name alone under the dateline",
			texts: []string{"Cycle lanes approved", "21 November 2026", "Tom Hale", article, prose2, "Tom Hale is the City Post's transport correspondent."},
			want:  []string{"", "", "", "", "", b},
		},
		{
			name: "a line of more than bylineLineWords words is no byline",
			texts: []string{"By Marcus Webb, who has covered the city council for the Gazette for more than ten years and lives in the old town",
				article, prose2, "Marcus Webb is the council's head of transport."},
			want: []string{"", "", "", ""},
		},
		{
			name:  "a digit glued to the name in the byline: another name",
			texts: []string{"By Marcus Webb3 min read", article, prose2, "Marcus Webb covers city hall."},
			want:  []string{"", "", "", ""},
		},
		{
			name:  "About the author and a dash",
			texts: []string{article, prose2, "About the author — Jane Roe writes about science and health."},
			want:  []string{"", "", b},
		},
		{
			name:  "About the author not followed by a bio stays",
			texts: []string{article, prose2, "About the author", "Read more stories"},
			want:  []string{"", "", "", ""},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.texts...)
			MarkAuthorBios(d)
			checkRules(t, d, tc.want)
		})
	}
}

func TestBioName(t *testing.T) {
	for text, want := range map[string]string{
		"Marcus Webb covers city hall.":                "Marcus Webb",
		"Ursula von der Leyen is the president.":       "Ursula von der Leyen",
		"Dr. Jane Roe has been a doctor for 20 years.": "Dr. Jane Roe",
		"Dr. Mary Jane Roe is a historian.":            "Dr. Mary Jane Roe",
		"Jean Dupont a rejoint la rédaction en 2019.":  "Jean Dupont",
		"Ana García es periodista.":                    "Ana García",
		"Jane Doe has two children.":                   "",
		"Jane said it was over.":                       "",
		"The Council is to vote again.":                "",
		"Marcus Webb":                                  "",
		"de Jane Roe is a writer.":                     "", // a particle starts no name
		"One Two Three Four Five is a name too long.":  "",
	} {
		if got := bioName(text); got != want {
			t.Errorf("bioName(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestAuthorBioDefault: through the whole classifier, the bio at the end
// of a scraped page goes, the article stays.
func TestAuthorBioDefault(t *testing.T) {
	checkKeptIndexes(t, `Home
News
Sport
Council approves new cycle lanes for the city centre
By Marcus Webb
21 November 2026
The city council voted on Tuesday to build six kilometres of protected cycle lanes through the centre, the largest such project in the region.
The lanes will run along Queen Street and the river embankment, replacing one lane of traffic in each direction.
"This is about making the streets safe for everyone," said council leader Ann Ford, who proposed the plan last year.
Ann Ford is the council's longest-serving leader and has championed cycling for a decade.
Marcus Webb covers city hall and transportation. He previously reported for newspapers in Ohio and Texas.
Privacy Policy
© 2026 City Post
`, "[3 6 7 8 9]")
}

// TestAuthorBioPruned: the pass finds the byline among the blocks the
// extractor left out of an HTML page's article, before the second prose
// paragraph (under a standfirst), not after it.
func TestAuthorBioPruned(t *testing.T) {
	for _, c := range []struct {
		at   int
		want string
	}{{0, RuleAuthorBio}, {1, RuleAuthorBio}, {2, ""}} {
		d := newDoc(article, prose2, "Marcus Webb covers city hall and transportation.")
		d.Pruned = []clean.Pruned{{At: c.at, Paragraph: clean.Paragraph{Text: "By Marcus Webb, Staff Writer"}}}
		MarkAuthorBios(d)
		if got := ruleOf(&d.Paragraphs[2]); got != c.want {
			t.Errorf("byline pruned at %d: bio's rule %q, want %q", c.at, got, c.want)
		}
	}
}

// TestAboutWords: aboutStart lets through every label of aboutLabels.
func TestAboutWords(t *testing.T) {
	for _, s := range []string{"About the author", "Über die Autorin", "Zum Autor", "À propos de l'auteur", "Sobre la autora", "Acerca del autor"} {
		if !aboutStart(s) || !aboutLabel(s) {
			t.Errorf("%q: aboutStart %v, aboutLabel %v", s, aboutStart(s), aboutLabel(s))
		}
	}
	for _, s := range []string{"About time", "Sobre todo", "The author"} {
		if aboutLabel(s) {
			t.Errorf("%q: a label", s)
		}
	}
}
