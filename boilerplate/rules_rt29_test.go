package boilerplate

import (
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// statusPage is a page whose article gives a list of statuses in groups
// under their labels ("Upper valley", then "Aldbrook Primary School –
// closed"), with a radar widget inside the list and the article going on
// after it.
func statusPage(items [3][]string) []string {
	lines := []string{"Open navigation", "News Weather Traffic Schools Sport", "News > Education",
		"Snow day: full list of schools closed across the valley on Tuesday",
		"More than 60 schools across the valley have closed today after heavy overnight snow left many rural roads impassable.",
		"An amber warning for snow and ice is in force until 6pm, and forecasters say a further 5-10cm could fall on higher ground.",
		"The council said gritters had been out since 3am but that several routes in the upper valley were still blocked by drifts.",
		"\"Where a school has closed it will be because staff can't get there safely, or because the site itself isn't safe,\" the director of education said. \"Parents should check before they set out, and keep an eye on the list below.\"",
		"Here is the full list of closures we know about so far. Schools are listed by area.",
		"Upper valley"}
	lines = append(lines, items[0]...)
	lines = append(lines, "Weather radar", "Live radar: see where the snow is falling now", "Play", "06:00 06:15 06:30 06:45 07:00", "Light Moderate Heavy",
		"Lower valley")
	lines = append(lines, items[1]...)
	lines = append(lines, "Eastern villages")
	lines = append(lines, items[2]...)
	return append(lines, "School transport",
		"The council said that all home-to-school transport in the upper valley had been cancelled for the day, and that buses would run elsewhere where roads allowed.",
		"Valley Link Buses said its 14 and 14A services would not run beyond Hartsfell until further notice, and the 22 to Crowsend was suspended for the day.",
		"Forecasters expect temperatures to drop to -6C in the upper valley overnight, which means lying snow will freeze and roads could be even more dangerous on Wednesday.",
		"Haldane said decisions about Wednesday would be made first thing in the morning and urged parents not to assume that their schools would reopen.",
		"Tags: Snow, Schools", "© 2026 Valley Gazette. All rights reserved.")
}

// TestBodyStatusList checks a list of statuses the article gives between
// its paragraphs (see statusLine): it stays, with its groups' labels and
// the prose after it, across a widget; a list of teasers, a headline and
// its site's name after a dash, does not bridge to the prose after it.
func TestBodyStatusList(t *testing.T) {
	items := [3][]string{
		{"Aldbrook Primary School – closed", "Crowsend CE Primary School – closed", "St Brannock's RC Primary School, Hartsfell – closed",
			"Longmire Academy – closed to all pupils; online lessons from 9.30am"},
		{"Brookside Primary School – closed", "Dunmore High School – opening at 10.30am for Years 11 and 13 only",
			"Mere Lane Primary School — open as normal", "Riverside Academy - closed"},
		{"Bramblefield Primary School – closed", "Elmstead Federation (Elmstead and Little Wade sites) – both sites closed",
			"Kirkby Saltings Primary School – partially open; parents will be contacted directly"},
	}
	lines := statusPage(items)
	last := len(lines) - 3
	checkBodyKept(t, "statuses: ", lines, func(i int) bool { return 3 <= i && i <= last })

	// Teasers: capitals after the dash.
	for g := range items {
		for k, s := range items[g] {
			items[g][k] = s[:len(s)-len("closed")] + "Valley Gazette"
		}
	}
	items[0][3] = "Longmire Academy – Valley Gazette"
	items[1][1] = "Dunmore High School – Valley Gazette"
	items[1][2] = "Mere Lane Primary School — Valley Gazette"
	items[2][1] = "Elmstead Federation – Valley Gazette"
	items[2][2] = "Kirkby Saltings Primary School – Valley Gazette"
	lines = statusPage(items)
	checkBodyKept(t, "teasers: ", lines, func(i int) bool { return 3 <= i && i <= 8 })
}

func TestStatusLine(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Aldbrook Primary School – closed", true},
		{"Line 4 – delays of up to 20 minutes", true},
		{"Mere Lane Primary School — open as normal", true},
		{"Riverside Academy - closed", true},
		{"Ann Lee – Valley Gazette", false},                                      // a capital after the dash
		{"aldbrook school – closed", false},                                      // the name in lower case
		{"Mr. Lee's school – closed", false},                                     // a sentence end in the name
		{"One two three four five six seven eight nine – closed", false},         // a name of nine words
		{"Aldbrook Primary School – closed. Pupils should stay at home.", false}, // two sentences
		{"Aldbrook Primary School – closed until the council decides what to do with the roof and the hall", false},
		{"Aldbrook Primary School – closed until the…", false},
		{"Aldbrook Primary School–closed", false}, // no space around the dash
		{"Aldbrook Primary School closed", false},
	} {
		if got := statusLine(tc.s); got != tc.want {
			t.Errorf("statusLine(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestLongDisclaimer: a disclaimer longer than the rules' lower-case copy
// (shortLen bytes) is one still; a long paragraph that opens like one but
// gives no advice, or runs beyond longNoteBytes, is not.
func TestLongDisclaimer(t *testing.T) {
	long := "The information in this column is for general guidance only and does not constitute financial or legal advice. " +
		"You should seek independent professional advice before making any decisions. The Sunday Ledger accepts no liability " +
		"for any loss arising from reliance on this content."
	if len(long) <= shortLen {
		t.Fatalf("the case is %d bytes, not longer than shortLen", len(long))
	}
	tooLong := long + strings.Repeat(" It also says more about the column and its readers.", 8)
	checkRuleCases(t, map[string][]ruleCase{
		RuleDisclaimer: {
			{long, true},
			{"The information in this report was gathered by our reporters over ten years, from court records, council minutes and " +
				"more than two hundred interviews with the families who lived on the estate before it was pulled down in 2019.", false},
			{tooLong, false},
		},
	}, func(string) bool { return false }, true)
}

// TestBodySalutation: a reader's letter to an advice column opens with
// its salutation right above the letter's prose; it stays, under the
// byline block. A short line there that is no salutation goes.
func TestBodySalutation(t *testing.T) {
	page := func(greeting string) []string {
		return []string{"Money", "Savings | Mortgages | Pensions | Ask Fenella",
			"\"My late father left me his house, but my brother lives in it. Can I force a sale?\"",
			"By Fenella Brightwater", "6:00AM GMT 1 March 2026", "Save",
			greeting,
			"My father died in 2024 and left his house, a three-bedroom semi worth about £340,000, to my brother and me in equal shares.",
			"The problem is that he is still living there, nearly two years later, and shows no sign of leaving or of paying me any rent.",
			"I have two children at university and could really use my half of the money. I have asked him several times and he gets angry.",
			"This is a very common problem, and I am sorry that it has come between you and your brother at such a sad time for you both.",
			"Latest from Money", "Energy price cap to fall in April", "Privacy | Terms"}
	}
	checkBodyKept(t, "salutation: ", page("Dear Fenella,"), func(i int) bool { return i == 2 || 6 <= i && i <= 10 })
	checkBodyKept(t, "no salutation: ", page("Gift this article"), func(i int) bool { return i == 2 || 7 <= i && i <= 10 })
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Dear Fenella,", true}, {"Liebe Frau Meier,", true}, {"Hi Anna:", true}, {"DEAR SIR,", true},
		{"Dear Fenella", false}, {"Dear readers of this column, again,", false}, {"Deary me,", false}, {"Hello", false},
	} {
		if got := salutation(tc.s); got != tc.want {
			t.Errorf("salutation(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestMarkFormsAfterArticle: a form whose fields and button the body
// finder cut after the article, and whose head and prompt it left at the
// article's end, goes whole; lines the rules removed are no form's.
func TestMarkFormsAfterArticle(t *testing.T) {
	lines := append(append([]string{}, titleProse[:2]...), "Ask Fenella a question",
		"Fenella answers readers' questions every Sunday. Email her or fill in the form below.",
		"Your name", "Your town (optional)", "Your question", "Submit question")
	for _, tc := range []struct {
		name string
		rule string
		want bool // the head and the prompt kept
	}{{"cut after the article", ruleOutsideBody, false}, {"removed by a rule", RuleLinkLabel, true}} {
		d := blockDoc(lines...)
		for i := 4; i < len(lines); i++ {
			r := clean.Removal{Stage: clean.StageBoilerplate, Rule: tc.rule}
			if tc.rule == ruleOutsideBody {
				r.Detail = detailAfterArticle
			}
			d.Remove(i, r)
		}
		MarkForms(d)
		for i := 2; i <= 3; i++ {
			if got := d.Paragraphs[i].Kept(); got != tc.want {
				t.Errorf("%s: line %d %q kept %v, want %v", tc.name, i, d.Paragraphs[i].Text, got, tc.want)
			}
		}
		if !d.Paragraphs[0].Kept() || !d.Paragraphs[1].Kept() {
			t.Errorf("%s: the article's lines removed", tc.name)
		}
	}
}
