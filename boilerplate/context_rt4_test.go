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
