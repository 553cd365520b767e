package boilerplate

import "testing"

// The strings below are made up in the styles sites use; none is copied
// from a benchmark or red-team page.

// TestAuthorBiosMoreBylines checks the bylines MarkAuthorBios finds
// beyond the first forms: a byline under the standfirst, and the name
// alone above the author's role; a name alone that is no byline, a
// bio-like paragraph after a byline in the body and a role-like line that
// is a phrase leave the paragraph about the person.
func TestAuthorBiosMoreBylines(t *testing.T) {
	const b = RuleAuthorBio
	standfirst := "The estuary ferry has run for six centuries, and the town is not ready to let it go."
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{
			name:  "byline under the standfirst",
			texts: []string{"The last crossing", standfirst, "By Owen Penrose", "12 January 2026", article, prose2, "Owen Penrose is a writer and former newspaper reporter."},
			want:  []string{"", "", "", "", "", "", b},
		},
		{
			name:  "name alone above the role",
			texts: []string{"Lighthouse game review", standfirst, "Ana Costa-Reis", "Contributor", article, prose2, "Ana Costa-Reis is a freelance writer based in Porto."},
			want:  []string{"", "", "", "", "", "", b},
		},
		{
			name:  "name alone above a role of two words",
			texts: []string{"Cycle lanes approved", "Tom Hale", "Senior reporter", article, prose2, "Tom Hale covers transport and the city council."},
			want:  []string{"", "", "", "", "", b},
		},
		{
			name:  "a byline after the second prose paragraph is not looked at",
			texts: []string{"The last crossing", standfirst, article, "By Owen Penrose", prose2, "Owen Penrose is a writer and former newspaper reporter."},
			want:  []string{"", "", "", "", "", ""},
		},
		{
			name:  "a name as the headline, above a phrase, is no byline",
			texts: []string{"Tom Hale", "For the record", article, prose2, "Tom Hale is now retired and lives by the sea."},
			want:  []string{"", "", "", "", ""},
		},
		{
			name:  "a name above a sentence is no byline",
			texts: []string{"Tom Hale", "Staff at the depot walked out", article, prose2, "Tom Hale is the depot's manager."},
			want:  []string{"", "", "", "", ""},
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

func TestRoleLine(t *testing.T) {
	for text, want := range map[string]bool{
		"Contributor":                   true,
		"Senior reporter":               true,
		"Staff Writer":                  true,
		"Chief political correspondent": true,
		"Redakteurin":                   true,
		"For the record":                false,
		"The editor":                    false,
		"Staff at the depot walked out": false,
		"Updated":                       false,
		"":                              false,
	} {
		if got := roleLine(text); got != want {
			t.Errorf("roleLine(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestPolls checks the poll pass: a labelled poll goes from its label to
// the count of its votes, in English and beyond; a "Poll" subheading over
// prose, a poll's question without a button, options that are sentences
// and a button without a label stay.
func TestPolls(t *testing.T) {
	const p = RulePoll
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{
			name: "label, question, options, button, count",
			texts: []string{article, "POLL", "Should the night buses run on Sundays?", "Yes, every week",
				"No – not worth the cost", "Only in summer", "Vote", "1,204 votes so far. Poll closes Friday.", prose2},
			want: []string{"", p, p, p, p, p, p, p, ""},
		},
		{
			name:  "German, label and question in one line, results link",
			texts: []string{article, "Umfrage: Soll die Brücke gesperrt bleiben?", "Ja", "Nein", "Abstimmen", "Ergebnisse", prose2},
			want:  []string{"", p, p, p, p, p, ""},
		},
		{
			name:  "Spanish, no count",
			texts: []string{article, "Encuesta", "¿Debe volver el tranvía al centro?", "Sí", "No", "Votar", prose2},
			want:  []string{"", p, p, p, p, p, ""},
		},
		{
			name:  "a Poll subheading above prose stays",
			texts: []string{article, "Poll", "A survey by the council found that most residents wanted the buses back?", prose2, "Vote"},
			want:  []string{"", "", "", "", ""},
		},
		{
			name:  "a question without a vote button stays",
			texts: []string{article, "Poll", "Who will win the election?", "Labour", "Conservatives", prose2},
			want:  []string{"", "", "", "", "", ""},
		},
		{
			name: "options that are sentences stay",
			texts: []string{article, "Poll", "What went wrong?", "The contractor went bust in the spring.",
				"The steel cost twice as much as planned.", "Vote", prose2},
			want: []string{"", "", "", "", "", "", ""},
		},
		{
			name:  "a button without a label stays",
			texts: []string{article, "Should the lanes stay?", "Yes", "No", "Vote", prose2},
			want:  []string{"", "", "", "", "", ""},
		},
		{
			name:  "a line that is no count after the button stays",
			texts: []string{article, "Poll", "Should the lanes stay?", "Yes", "No", "Vote", "Votes were counted until 2 am, officials said.", prose2},
			want:  []string{"", p, p, p, p, p, "", ""},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.texts...)
			MarkPolls(d)
			checkRules(t, d, tc.want)
		})
	}
}

func TestVoteCount(t *testing.T) {
	for text, want := range map[string]bool{
		"2,418 votes so far. Poll closes Sunday.": true,
		"Total votes: 1.204":                      true,
		"312 Stimmen":                             true,
		"1 204 votos":                             true,
		"Votes were counted until 2 am.":          false,
		"The 2 votes were lost.":                  true, // short: a count, if it follows a button
		"Turnout was 61%.":                        false,
	} {
		if got := voteCount(text); got != want {
			t.Errorf("voteCount(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCommentEntries checks the comment pass: entries "handle: text"
// under a removed comment label at the end go; an interview's speakers,
// real names, a label that is kept, and entries followed by prose stay.
func TestCommentEntries(t *testing.T) {
	const c = RuleComment
	tests := []struct {
		name    string
		texts   []string
		removed []int // paragraphs the rules removed before the pass
		want    []string
	}{
		{
			name:    "count label, two entries, trailing links",
			texts:   []string{article, prose2, "Have your say", "4 comments", "ShellyB: Saw it on Tuesday, loved it.", "Gerry_H: Too long for a weeknight.", "You might also like"},
			removed: []int{2, 3, 6},
			want:    []string{"", "", "x", "x", c, c, "x"},
		},
		{
			name:    "lower-case handle and digits, a removed line between",
			texts:   []string{article, prose2, "Comments (12)", "river_fan88: Agree with every word.", "2 hours ago", "oldtimer: Not in my street."},
			removed: []int{2, 4},
			want:    []string{"", "", "x", c, "x", c},
		},
		{
			name:    "a speaker of the interview above stays",
			texts:   []string{article, "DJ_Kool: We never expected this many people.", prose2, "Comments", "JonesB: Great interview.", "DJ_Kool: Thank you all."},
			removed: []int{3},
			want:    []string{"", "", "", "x", "", ""},
		},
		{
			name:    "a camel-case surname is no handle",
			texts:   []string{article, prose2, "Comments", "McKay: I was there that night and it was worse."},
			removed: []int{2},
			want:    []string{"", "", "x", ""},
		},
		{
			name:    "a year is no handle",
			texts:   []string{article, prose2, "Comments", "2024: a record year for the port, the council says."},
			removed: []int{2},
			want:    []string{"", "", "x", ""},
		},
		{
			name:    "a real name with a space stays",
			texts:   []string{article, prose2, "Comments", "Jane Doe: I was there that night and it was worse."},
			removed: []int{2},
			want:    []string{"", "", "x", ""},
		},
		{
			name:    "prose after the entries: they are the article's",
			texts:   []string{article, "Comments", "ShellyB: Saw it on Tuesday, loved it.", prose2},
			removed: []int{1},
			want:    []string{"", "x", "", ""},
		},
		{
			name:    "no removed label above: they stay",
			texts:   []string{article, prose2, "ShellyB: Saw it on Tuesday, loved it."},
			removed: nil,
			want:    []string{"", "", ""},
		},
		{
			name:    "a plain capitalised name stays",
			texts:   []string{article, prose2, "4 comments", "Shelly: Saw it on Tuesday, loved it."},
			removed: []int{2},
			want:    []string{"", "", "x", ""},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.texts...)
			for _, i := range tc.removed {
				Remove(d, i, Reason{Rule: "x"})
			}
			MarkCommentEntries(d)
			checkRules(t, d, tc.want)
		})
	}
}

func TestUserHandle(t *testing.T) {
	for h, want := range map[string]bool{
		"ShellyB": true, "Gerry_H": true, "tidewatcher88": true, "Gerry.H": true, "WestEndMike": true,
		"Smith": false, "McKay": false, "MacLeod": false, "DeLuca": false, "SMITH": false, "O'Neil": false,
	} {
		if got := userHandle(h); got != want {
			t.Errorf("userHandle(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestSeparators checks the separator pass and the newsletter's link
// labels: lines of dashes, equals signs, asterisks go; underscores, a
// dash inside a sentence, a line of figures and a kept "Forward" sentence
// stay.
func TestSeparators(t *testing.T) {
	const s = RuleSeparator
	d := newDoc(article, "-----------------", prose2, "=====", "* * *", "———", "___", "- 3 -", "--> next", article)
	MarkSeparators(d)
	checkRules(t, d, []string{"", s, "", s, s, s, "", "", "", ""})
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Forward this email to a friend | Read past issues", true},
			{"Read past issues", true},
			{"View this email in your browser", true},
			{"Forward this email to your MP, campaigners urged on Monday.", false},
			{"Past issues of the magazine sold for hundreds of pounds at the auction.", false},
		},
	}, func(string) bool { return false }, true)
}
