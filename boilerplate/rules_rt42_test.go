package boilerplate

import (
	"slices"
	"strings"
	"testing"
)

// TestAppealRT42: a support appeal after the article that opens with
// "Before you move on …", asks a favour in a long paragraph with none of
// the usual anchors ("you", "support"), counts every contribution
// however small, and lists the cards its form takes; and the lines like
// them that stay.
func TestAppealRT42(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAppeal: {
			{"Before you move on …", true},
			{"… we have a small favour to ask. Millions of people read the Courier every month, and we keep every article free because we believe everyone deserves access to the facts.", true},
			{"If you can, please help the Courier today. Every contribution, however big or small, keeps our journalism open to all. Thank you.", true},
			{"We accept Visa, Mastercard, American Express and PayPal", true},
			{"We accept Apple Pay and Google Pay.", true},
			{"Before you move house, check the flood map.", false},
			{"The committee voted in favour of the plan after a long debate about the costs of the new road and the bridge.", false},
			{"We accept the ruling, the club said in a statement issued on Friday.", false},
			{"We accept Visa.", false}, // one brand
			{"Every contribution to the fund was recorded by the treasurer.", false},
		},
	}, func(string) bool { return false }, true)
	// The appeal as a whole: the opener, the favour, the prose between
	// two appeal paragraphs, the payment line; the article above stays.
	d := newDoc(article,
		"Before you move on …",
		"… we have a small favour to ask. Millions of people read the Courier every month, and we keep every article free because we believe everyone deserves access to the facts about the climate emergency.",
		"We have no billionaire owner and no shareholders. That means nobody can tell us to go easy on polluters, or to look away when a river dies.",
		"If you can, please support the Courier today. It takes less than a minute, and every contribution, however big or small, keeps our journalism open to all. Thank you.",
		"We accept Visa, Mastercard, American Express and PayPal")
	all := Rules()[0]
	for i := range d.Paragraphs {
		if r, ok := all.Match(d, i); ok {
			Remove(d, i, r)
		}
	}
	MarkAppealRuns(d)
	for i, p := range d.Paragraphs {
		if got, want := !p.Kept(), i > 0; got != want {
			t.Errorf("paragraph %d (%.30q) removed %v, want %v", i, p.Text, got, want)
		}
	}
}

// TestMarketRT42: a market widget's rows of a price and its change, the
// site's pitch for all its news and for its app, and an analysts'
// disclaimer that advises investors before an investment decision; and
// the lines like them that stay.
func TestMarketRT42(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"Kaveri Pharma 1,842.60 +2.10%", true},
			{"Sahyadri Motors 986.70 -1.85%", true},
			{"Revenue +12%", false},                 // a key figure: no price
			{"Sales rose 4.5 +2.1%", false},         // no price with two decimals
			{"Kaveri Pharma 1,842.6 +2.10%", false}, // one decimal
		},
		RuleShareLabel: {
			{"Catch all the Business News, Market News, Breaking News Events and Latest News Updates on BourseTimes.", true},
			{"Download the BourseTimes App to get Daily Market Updates.", true},
			{"Download our app for the latest news.", true},
			{"Catch all the action as the fleet sails past the harbour.", false}, // no news
			{"Download the app to pay for parking in the city centre.", false},   // no news
		},
		RuleDisclaimer: {
			{"Disclaimer: The views and recommendations made above are those of individual analysts or broking companies, and not of BourseTimes. We advise investors to check with certified experts before taking any investment decisions.", true},
			{"Investors should check with certified experts before taking any investment decision, the regulator said.", false},
		},
	}, func(r string) bool { return r != RuleDisclaimer }, true)
}

// TestOrnamentsAndPullQuotesRT42: a feature's section breaks set as
// ornaments ("◆", "❖", "⁂") go, as a pull quote does whose words the
// article gives with other apostrophes, or split around its attribution,
// or further than six paragraphs away; a rating in stars, a bullet that
// opens a sentence, and a pull quote whose second sentence the article
// does not say stay.
func TestOrnamentsAndPullQuotesRT42(t *testing.T) {
	const s = RuleSeparator
	d := newDoc(article, "◆", prose2, "❖ ❖ ❖", "⁂", "★★★☆☆", "• The council met on Monday.", "■", article)
	MarkSeparators(d)
	checkRules(t, d, []string{"", s, "", s, s, "", "", s, ""})

	const source = `"You don't fight the ice," Halvorsen told me later, sitting in the cab of his truck with the heater roaring. "You just try to outlast it."`
	const filler = "The co-op covers 2,300 square miles with a line crew of 19, and ten years ago it had 27 men on it."
	for _, c := range []struct {
		name  string
		paras []string
		want  []int
	}{
		{"split around its attribution, other apostrophes", []string{source, filler, "“You don’t fight the ice. You just try to outlast it.”"}, []int{2}},
		{"a sentence the article does not say", []string{source, filler, "“You don’t fight the ice. You just try to stay warm and wait.”"}, nil},
		{"ten paragraphs away", append(append([]string{`"Every kid who comes through here, I know I've got maybe five years with him before somebody offers him a truck," she said.`},
			slices.Repeat([]string{filler}, 9)...), "“Every kid who comes through here, I know I’ve got maybe five years with him.”"), []int{10}},
	} {
		d := newDoc(c.paras...)
		MarkPullQuotes(d)
		var got []int
		for i, p := range d.Paragraphs {
			if !p.Kept() {
				got = append(got, i)
				if !strings.HasPrefix(p.Removal.Detail, "repeats paragraph ") {
					t.Errorf("%s: removal %+v", c.name, *p.Removal)
				}
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: removed %v, want %v", c.name, got, c.want)
		}
	}
}
