package boilerplate

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSourceEntriesRT51: a health site's sources list names each source
// before its title ("National Institute on Aging. How is dementia
// treated?"), with a citation among them; the list goes, its header and
// its note too. Without a citation in the list, or with prose after it,
// all of it stays.
func TestSourceEntriesRT51(t *testing.T) {
	note := "Our writers use only high-quality sources, including peer-reviewed studies, to support the facts within our articles."
	fda := "U.S. Food and Drug Administration. FDA approves treatment for early memory loss. Published April 1, 2025."
	cite := "Castellanos H, et al. Subcutaneous widgets in early memory loss. J Made Up Med. 2025;392(11):1021-1034."
	nia := "National Institute on Aging. How is memory loss treated?"
	long := "The researchers said that more work was needed before doctors could recommend the treatment, " +
		"and that the next trial would include far more patients from several countries over a longer period of time."
	R := RuleReferences
	checkMarks(t, []markCase{
		{"named first", []string{article, article, "Sources", note, fda, cite, nia, "Share this article"},
			[]string{"", "", R, R, R, R, R, RuleShareLabel}},
		{"no note", []string{article, article, "Sources", nia, cite},
			[]string{"", "", R, R, R}},
		{"no citation", []string{article, article, "Sources", note, fda, nia},
			[]string{"", "", "", "", "", ""}},
		{"prose after", []string{article, article, "Sources", fda, cite, nia, long},
			[]string{"", "", "", "", "", "", ""}},
	})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{nia, true},
		{fda, true},
		{"Alzheimer's Association. 2025 Alzheimer's disease facts and figures.", true},
		{"The mayor said more would follow.", false},
		{"The city council voted. Work starts in May.", false},
		{"National Institute on Aging. fact sheet", false},
		{"World Health Organization. Fact", false},
	} {
		if got := sourceEntry(tc.s); got != tc.want {
			t.Errorf("sourceEntry(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestReadMoreTeasersRT51: under a bare "Read more" button, a second
// headline under the first is a teaser too; a line under a short link
// label ("Comments") is none, and a subheading under the teasers stays.
func TestReadMoreTeasersRT51(t *testing.T) {
	h1 := "Council to trial driverless buses on two feeder routes from July"
	h2 := "Train fault on the coastal line causes 40-minute delays during morning peak"
	L := RuleLinkLabel
	checkMarks(t, []markCase{
		{"two teasers", []string{article, article, "READ MORE", h1, h2, article},
			[]string{"", "", L, L, L, ""}},
		{"a subheading after", []string{article, article, "READ MORE", h1, "Residents welcome the news", article},
			[]string{"", "", L, L, "", ""}},
		{"under a short label", []string{article, article, "Read more", "Comments", h2, article},
			[]string{"", "", L, L, "", ""}},
	})
}

// TestEmergencyNoticeRT51: the notice under a fire or flood story that
// points readers to the emergency services' news goes; the article's
// sentence about such a broadcast stays.
func TestEmergencyNoticeRT51(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleDisclaimer: {
			{"For emergency information, listen to 103.9 FM, your local emergency broadcaster, or visit the Fires Near Me website. In a life-threatening emergency call Triple Zero (000).", true},
			{"For the latest emergency information, tune in to your local radio station.", true},
			{"In a life-threatening emergency, call 000.", true},
			{"For emergency information, residents relied on a single radio station until the power returned, the mayor said.", false},
			{"For emergency information the town has a new siren, which was tested on Monday.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestAdGoesOnRT51: every notice that the article goes on after the ad,
// written as a page writes it, with a capital, is a link label; the
// article's sentence that opens with the same words is none.
func TestAdGoesOnRT51(t *testing.T) {
	var cases []ruleCase
	for _, s := range adGoesOn {
		r, n := utf8.DecodeRuneInString(s)
		cases = append(cases, ruleCase{string(unicode.ToUpper(r)) + s[n:], true})
	}
	cases = append(cases, ruleCase{"Straipsnis tęsiasi po reklama", true}, ruleCase{"Continua llegint a sota", true},
		ruleCase{"Endelea kusoma chini ya tangazo", true},
		ruleCase{"Continua llegint a sota la crònica de la sessió, que va durar sis hores.", false})
	checkRuleCases(t, map[string][]ruleCase{RuleLinkLabel: cases}, func(string) bool { return false }, true)
}

// TestBoxValuesRT51: a betting box whose odds stand on lines of their
// own ("+1400", "-150") goes whole with its labels: each value counts as
// a row of the box. Without its removed rows, values and labels alone
// stay.
func TestBoxValuesRT51(t *testing.T) {
	head := []string{"Magic land Okafor in blockbuster deal with Pistons", "By Gavin Stroud"}
	box := []string{"ODDS", "Powered by LineStar Sportsbook", "Magic to win the East", "+1400", "Before trade: +2200",
		"Pistons season win total", "O/U 29.5", "Okafor to be named an All-Star", "-150", "Bet now",
		"21+. Gambling problem? Call 1-800-GAMBLER. Odds subject to change."}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	after := p + 2 + len(box)
	checkMarkerKept(t, "odds on their own lines", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= after && i < after+len(rt37Prose)-2
	})
	values := []string{"Standings", "+1400", "Eastern Conference", "-150", "Western Conference", "+320"}
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], values, rt37Prose[2:], rt37Foot)
	d := blockDoc(lines...)
	(&Classifier{Rules: Rules(), Passes: ContextPasses()}).Mark(d)
	for k, text := range values {
		if r := d.Paragraphs[p+2+k].Removal; r != nil && r.Detail == detailBoxLabel {
			t.Errorf("values alone: %q removed as a box's label", text)
		}
	}
}
