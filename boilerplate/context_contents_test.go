package boilerplate

import (
	"strings"
	"testing"

	"github.com/cleantext/clean/extract"
)

// prose2 is a second prose paragraph, unlike article.
const prose2 = "Engineers said on Friday that the repairs would take at least another week to finish."

func TestContentsLists(t *testing.T) {
	const c = RuleContentsList
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{
			name: "table of contents under its label; the subheadings stay",
			texts: []string{"How to cut your bill", article, "Contents",
				"Turn down the flow temperature", "Draught-proof doors", "Check your tariff",
				"Turn down the flow temperature", article, "Draught-proof doors", prose2, "Check your tariff", article},
			want: []string{"", "", c, c, c, c, "", "", "", "", "", ""},
		},
		{
			name: "live blog's key events with their times; case and punctuation aside",
			texts: []string{"Storm live", "Key events", "14:52", "Ferry services suspended", "13:40", "Power cut to 48,000 homes",
				"12:15", "Amber warning extended", "Show key events only", "14:52 GMT", "FERRY SERVICES SUSPENDED", article,
				"13:40 GMT", "Power cut to 48,000 homes:", prose2, "12:15 GMT", "Amber warning extended", article},
			want: []string{"", c, c, c, c, c, c, c, "", "", "", "", "", "", "", "", "", ""},
		},
		{
			name: "numbered entries whose subheadings carry an edit link",
			texts: []string{"Lake Example", article, "Contents", "1 Geology", "2 Ecology", "3 Tourism",
				"Geology[edit]", article, "Ecology[edit]", prose2, "Tourism[edit]", article},
			want: []string{"", "", c, c, c, c, "", "", "", "", "", ""},
		},
		{
			name: "three entries without a label; a renamed entry inside",
			texts: []string{article, "The plan", "Who pays", "What the critics say", "What comes next",
				"The plan", prose2, "Who pays for it", article, "What the critics say", prose2, "What comes next", article},
			want: []string{"", c, c, c, c, "", "", "", "", "", "", "", ""},
		},
		{
			name: "two entries under a label",
			texts: []string{article, "In this article:", "What 'use by' means", "What 'best before' means",
				"What 'use by' means", prose2, "What 'best before' means", article},
			want: []string{"", c, c, c, "", "", "", ""},
		},
		{
			name:  "two entries without a label stay",
			texts: []string{article, "What 'use by' means", "What 'best before' means", "What 'use by' means", prose2, "What 'best before' means", article},
			want:  []string{"", "", "", "", "", "", ""},
		},
		{
			name: "a bullet list whose items come back only inside sentences stays",
			texts: []string{article, "Fresh meat and fish", "Ready meals", "Soft cheeses",
				"Fresh meat and fish should be eaten before the date on the label, the agency said.", prose2,
				"Ready meals can be frozen up to the use-by date, which stops the clock.", article},
			want: []string{"", "", "", "", "", "", "", ""},
		},
		{
			// Its entries come back next to each other: no prose between
			// their subheadings.
			name: "a menu repeated in the footer stays",
			texts: []string{"Quick links", "World", "Politics", "Headline of the story here", article, prose2,
				"Quick links", "World", "Politics", "Get the day's top stories in your inbox every morning, free of charge."},
			want: []string{"", "", "", "", "", "", "", "", "", ""},
		},
		{
			name: "separators between the list and the article: the subheadings are its only heads",
			texts: []string{"Contents", "The plan", "Who pays", "* * *", "* * *", article,
				"The plan", prose2, "Who pays", article},
			want: []string{c, c, c, "", "", "", "", "", "", ""},
		},
		{
			name: "a time above the first entry goes only when one stands between every two",
			texts: []string{article, "14:52", "The plan", "13:40", "Who pays", "What comes next",
				"The plan", prose2, "Who pays", article, "What comes next", prose2},
			want: []string{"", "", c, c, c, c, "", "", "", "", "", ""},
		},
		{
			name:  "times without a letter are no entries",
			texts: []string{article, "14:52", "13:40", "12:15", "14:52", prose2, "13:40", article, "12:15", prose2},
			want:  []string{"", "", "", "", "", "", "", "", "", ""},
		},
		{
			name: "a line above entries without times stays",
			texts: []string{article, "Our guide", "The plan", "Who pays", "What comes next",
				"The plan", prose2, "Who pays", article, "What comes next", prose2},
			want: []string{"", "", c, c, c, "", "", "", "", "", ""},
		},
		{
			name: "prose above entries with times stays",
			texts: []string{article, "The plan", "13:40", "Who pays", "12:15", "What comes next",
				"The plan", prose2, "Who pays", article, "What comes next", prose2},
			want: []string{"", c, c, c, c, c, "", "", "", "", "", ""},
		},
		{
			name: "long entries, subheadings with a line under them, two paragraphs",
			texts: []string{"Contents", "Why the council changed its mind about the new bridge", "Who pays",
				"Why the council changed its mind about the new bridge", "Updated 14:52", article, "Who pays", prose2},
			want: []string{c, c, c, "", "", "", "", ""},
		},
		{
			name: "entries that come back in another order stay",
			texts: []string{article, "The plan", "Who pays", "What comes next",
				"What comes next", prose2, "Who pays", article, "The plan", prose2},
			want: []string{"", "", "", "", "", "", "", "", "", ""},
		},
		{
			name: "headings without prose after them stay",
			texts: []string{article, "The plan", "Who pays", "What comes next", prose2,
				"The plan", "Who pays", "What comes next", "Share", "Tweet"},
			want: []string{"", "", "", "", "", "", "", "", "", ""},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.texts...)
			MarkContentsLists(d)
			checkRules(t, d, tc.want)
		})
	}
}

// TestContentsListDetail: an entry's removal names its subheading.
func TestContentsListDetail(t *testing.T) {
	d := newDoc(article, "Contents", "The plan", "Who pays", "The plan", prose2, "Who pays", article)
	MarkContentsLists(d)
	r := d.Paragraphs[2].Removal
	if r == nil || !strings.Contains(r.Detail, "paragraph 4") || !strings.Contains(r.Detail, `"The plan"`) {
		t.Fatalf("entry's removal %+v does not name the subheading at paragraph 4", r)
	}
}

// TestContentsListDefault: through the whole classifier, a live blog's
// list of key events goes and the subheadings it points to stay, so that
// dedup does not take them for duplicates of the list.
func TestContentsListDefault(t *testing.T) {
	text := `Live
Storm Eira live: thousands without power as 90mph winds hit west coast
Key events
14:52
Ferry services suspended until Sunday
13:40
Power cut to 48,000 homes
12:15
Amber warning extended
Share
14:52 GMT
Ferry services suspended until Sunday
All ferry crossings from the western ports have been cancelled until at least Sunday morning, the operator has said.
Passengers with bookings are being offered refunds or free transfers to later sailings.
Share
13:40 GMT
Power cut to 48,000 homes
The network operator says about 48,000 homes and businesses are now without power, most of them in rural areas.
Engineers are on standby but cannot safely work on lines while winds remain above 60mph.
Share
12:15 GMT
Amber warning extended
The Met Office has extended its amber wind warning until 9pm, three hours later than originally forecast.
Share
`
	d := extract.Text("a.txt", []byte(text))
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		inList := i >= 2 && i <= 8
		if got := ruleOf(&p); inList && got != RuleContentsList || !inList && got == RuleContentsList {
			t.Errorf("paragraph %d %q: rule %q", i, p.Text, got)
		}
	}
	for _, i := range []int{11, 16, 21} {
		if !d.Paragraphs[i].Kept() {
			t.Errorf("subheading %d %q removed: %+v", i, d.Paragraphs[i].Text, d.Paragraphs[i].Removal)
		}
	}
}

// TestContentsListHTML: through the whole classifier, the pass runs on an
// HTML page too, after the HTML pass (the body finder does not).
func TestContentsListHTML(t *testing.T) {
	page := `<html><head><title>How to cut your bill</title></head><body><article>
<h1>How to cut your bill</h1>
<p>` + article + `</p>
<p>On this page</p>
<ul><li>The plan</li><li>Who pays</li></ul>
<h2>The plan</h2>
<p>` + prose2 + `</p>
<p>` + article + `</p>
<h2>Who pays</h2>
<p>` + prose2 + `</p>
<p>` + article + `</p>
</article></body></html>`
	d, err := extract.HTML("a.html", []byte(page), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	Default().Mark(d)
	var list, heads int
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		switch {
		case ruleOf(p) == RuleContentsList:
			list++
		case p.Kept() && (p.Text == "The plan" || p.Text == "Who pays"):
			heads++
		}
	}
	if list != 3 || heads != 2 {
		t.Errorf("%d lines removed as a contents list, %d subheadings kept; want 3 and 2:\n%s", list, heads, d.CleanText())
	}
}

func TestIsContentsLabel(t *testing.T) {
	for _, s := range []string{"Contents", "Table of Contents", "KEY EVENTS", "In this article:", "Inhalt", "Sommaire", "Índice", "Содержание"} {
		if !isContentsLabel(s) {
			t.Errorf("%q: not a label", s)
		}
	}
	for _, s := range []string{"Key", "Events of the day", "The contents of the report were leaked."} {
		if isContentsLabel(s) {
			t.Errorf("%q: a label", s)
		}
	}
}

func TestHeadExcerpt(t *testing.T) {
	long := strings.Repeat("a", 59) + "éé" // é is two bytes: the cut falls inside the first
	for s, want := range map[string]string{
		"Who pays":              "Who pays",
		strings.Repeat("a", 60): strings.Repeat("a", 60),
		strings.Repeat("a", 61): strings.Repeat("a", 60) + "…",
		long:                    strings.Repeat("a", 59) + "…",
	} {
		if got := headExcerpt(s); got != want {
			t.Errorf("headExcerpt(%q) = %q, want %q", s, got, want)
		}
	}
}
