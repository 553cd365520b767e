package boilerplate

import (
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// removedAs is a line of a test page and the rule that removed it before
// the body finder ("" for a kept line).
type removedAs struct{ rule, text string }

// quietPage builds a document of lines, removes the ones with a rule as
// that rule would, and runs the body finder.
func quietPage(lines []removedAs) *clean.Document {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	d := blockDoc(texts...)
	for i, l := range lines {
		if l.rule != "" {
			Remove(d, i, Reason{Rule: l.rule})
		}
	}
	BodyFinder{}.Mark(d)
	return d
}

// TestBodyQuietRemovals checks that lines the rules removed as inline
// furniture between two prose paragraphs (a link label, an affiliate
// disclosure, a photo credit) neither break the body run nor make the
// paragraphs on both sides stand alone, and that removals that mark the
// article's end (a copyright notice, an edge cluster) still do.
func TestBodyQuietRemovals(t *testing.T) {
	menu := []removedAs{{"", "Home"}, {"", "World"}, {"", "Business"}, {"", "Gadgets"}, {"", "Sign in"}}
	// The lead: two paragraphs with a removed line between them, then a
	// box of five short lines before the rest of the article.
	lead := func(rule, between string) []removedAs {
		return append(append([]removedAs{}, menu...),
			removedAs{"", "As the year draws to a close, it is a good moment to look back at the gadgets that made the most of the past twelve months for all of us."},
			removedAs{rule, between},
			removedAs{"", "With the holiday sales only weeks away, we went through the long list of launches again and picked the few that are still worth your money."},
			removedAs{"", "Our picks of the year"},
			removedAs{RuleAffiliate, "Disclosure: we may earn a commission from some of the products on this page."},
			removedAs{"", "Staff photographer"},
			removedAs{"", "Wireless earbuds for $99"},
			removedAs{"", "Buy it now: Online Store"},
			removedAs{"", "The new earbuds finally block the noise of a busy street, and their battery lasts a whole working day without a charge."},
			removedAs{"", "They are light enough to forget that you wear them, and the case fits in the smallest pocket of a pair of jeans."},
			removedAs{"", "Compact camera"},
			removedAs{"", "Compact camera for $450"},
			removedAs{"", "The camera fits in a coat pocket, yet its large sensor takes sharp pictures even in a dim room or on a winter evening."},
			removedAs{"", "Its lens is a little slow at the long end, but for a family trip or a walk in the city it is all you will need."},
			removedAs{"", "Smart speaker"},
			removedAs{"", "Smart speaker for $120"},
			removedAs{"", "The speaker fills a room with clear sound, and it answers questions about the weather, the news and your calendar."},
			removedAs{"", "It also works as a hub for the lights and the heating, which makes it the gadget that we used most in the office this year."},
			removedAs{"", "Related Topics:"},
			removedAs{"", "Hardware Mobility Storage"},
		)
	}
	for _, c := range []struct {
		name, rule, between string
		kept                bool
	}{
		{"link label", RuleLinkLabel, "Also: See our holiday deals coverage", true},
		{"affiliate disclosure", RuleAffiliate, "Disclosure: we may earn a commission from links on this page.", true},
		{"photo credit", RulePhotoCredit, "Photo: Jane Roe/Agency", true},
		// A copyright notice or an edge cluster ends an article: the
		// paragraph before it is left alone, as it always was.
		{"copyright notice", RuleCopyright, "Copyright © 2026 Example Media Group. All rights reserved. Do not reproduce.", false},
		{"edge cluster", RuleEdgeCluster, "Newsletter", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := quietPage(lead(c.rule, c.between))
			for _, i := range []int{5, 7} {
				if got := d.Paragraphs[i].Kept(); got != c.kept {
					t.Errorf("paragraph %d kept = %v, want %v: %.50q", i, got, c.kept, d.Paragraphs[i].Text)
				}
			}
			for i, p := range d.Paragraphs {
				if strings.HasPrefix(p.Text, "The ") && !p.Kept() {
					t.Errorf("article paragraph %d removed: %.50q", i, p.Text)
				}
			}
		})
	}
}

// TestBodyQuietEnd checks that a sign-off sentence after the article,
// behind a copyright notice and an agency's initials, stays outside the
// body, while the same sentence behind a link label and a photo credit
// inside the article stays in.
func TestBodyQuietEnd(t *testing.T) {
	page := func(rule1, line1, rule2, line2 string) []removedAs {
		return []removedAs{
			{"", "Home"}, {"", "Markets"}, {"", "Sport"}, {"", "Log in"},
			{"", "Central bank leaves rates on hold"},
			{"", "The central bank left its main interest rate unchanged on Wednesday, as most economists had expected it to do."},
			{"", "Its governor said that inflation was falling, but that it might rise again next year when energy prices go up."},
			{"", "He said there was no room for a cut before the bank has seen new figures on prices after the first quarter."},
			{rule1, line1},
			{rule2, line2},
			{"", "We thank you for reading our article to the end."},
			{"", "Subscribe"}, {"", "See also"}, {"", "Budget passed for next year"}, {"", "Tags"},
		}
	}
	d := quietPage(page(RuleCopyright, "Copyright © 2026 Example News Agency. All rights reserved. Reproduction prohibited.", RuleEdgeCluster, "(ENA)"))
	if p := d.Paragraphs[10]; p.Kept() {
		t.Errorf("sign-off after the article's end kept: %q", p.Text)
	}
	d = quietPage(page(RuleLinkLabel, "Read more: Bank warns on house prices", RulePhotoCredit, "Photo: John Doe/Agency"))
	if p := d.Paragraphs[10]; !p.Kept() {
		t.Errorf("last paragraph behind inline furniture removed: %q (%s)", p.Text, p.Removal.Rule)
	}
}

func TestMarkQuiet(t *testing.T) {
	const p, s = "The council said on Monday that the bridge would close for repairs this spring.", "Short line"
	for _, c := range []struct {
		name  string
		lines []removedAs
		want  string // per line: q quiet, . not
	}{
		{"between prose", []removedAs{{"", p}, {RuleLinkLabel, "Advertisement"}, {"", p}}, ".q."},
		{"run of furniture", []removedAs{{"", p}, {RuleShareLabel, "Share"}, {RuleURL, "www.example.com"}, {"", p}}, ".qq."},
		{"short line after", []removedAs{{"", p}, {RuleLinkLabel, "Advertisement"}, {"", s}}, "..."},
		{"short line before", []removedAs{{"", s}, {RuleLinkLabel, "Advertisement"}, {"", p}}, "..."},
		{"at the start", []removedAs{{RuleLinkLabel, "Advertisement"}, {"", p}, {"", p}}, "..."},
		{"at the end", []removedAs{{"", p}, {"", p}, {RuleLinkLabel, "Advertisement"}}, "..."},
		{"edge cluster among", []removedAs{{"", p}, {RuleLinkLabel, "Advertisement"}, {RuleEdgeCluster, "(ENA)"}, {"", p}}, "...."},
		{"picture's copyright", []removedAs{{"", p}, {RuleCopyright, "© Agency/Jane Roe"}, {"", p}}, ".q."},
		{"copyright notice", []removedAs{{"", p}, {RuleCopyright, "Copyright © 2026 Example Media Group. All rights reserved."}, {"", p}}, "..."},
		{"paywall", []removedAs{{"", p}, {RulePaywall, "Subscribe to continue reading this article"}, {"", p}}, "..."},
		{"subheading and two paragraphs after", []removedAs{{"", p}, {RuleLinkLabel, "Shop the look"}, {RuleLinkLabel, "Buy now"}, {"", "Not everyone is convinced"}, {"", p}, {"", p}}, ".qq..."},
		{"subheading and one paragraph after", []removedAs{{"", p}, {RuleLinkLabel, "Shop the look"}, {RuleLinkLabel, "Buy now"}, {"", "Not everyone is convinced"}, {"", p}}, "....."},
		{"sentence and two paragraphs after", []removedAs{{"", p}, {RuleLinkLabel, "Shop the look"}, {"", "Not everyone is convinced."}, {"", p}, {"", p}}, "....."},
		{"section header before a headline", []removedAs{{"", p}, {RuleLinkLabel, "Related coverage:"}, {RuleLinkLabel, "Former treasurer's home searched by investigators"}, {"", "County changes payment rules after scandal"}, {"", p}, {"", p}}, "......"},
	} {
		t.Run(c.name, func(t *testing.T) {
			texts := make([]string, len(c.lines))
			prose := make([]bool, len(c.lines))
			for i, l := range c.lines {
				texts[i], prose[i] = l.text, l.rule == "" && l.text == p
			}
			d := blockDoc(texts...)
			for i, l := range c.lines {
				if l.rule != "" {
					Remove(d, i, Reason{Rule: l.rule})
				}
			}
			var sc bodyScratch
			sc.features(d)
			quiet, wall := make([]bool, len(c.lines)), make([]bool, len(c.lines))
			for i := range wall {
				wall[i] = isWall(d.Paragraphs[i].Text, &sc.stats[i])
			}
			markQuiet(d, sc.stats, prose, wall, quiet, nil)
			var got strings.Builder
			for _, q := range quiet {
				got.WriteByte(".q"[b2i(q)])
			}
			if got.String() != c.want {
				t.Errorf("quiet = %s, want %s", got.String(), c.want)
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestBodyLeadBridge checks that a summary box right under the byline (a
// fact check's short answer, its claim and verdict), cut from the rest of
// the article by a few widget lines, is bridged to the article, and that
// the same prose with no byline above it (a promoted story's summary) is
// not.
func TestBodyLeadBridge(t *testing.T) {
	menu := []string{"Fact checks", "Politics", "Latest", "Donate"}
	lead := []string{
		"The short answer",
		"The town council voted to require heat pumps in new office buildings of more than six floors, starting in 2030.",
		"The rule does not touch existing buildings, and nobody will have to take out a boiler that still works.",
		"A widely shared post presents the vote as a ban on every gas boiler in the town.",
	}
	widget := []string{"Verdict: Misleading", "Embed this check", "Jane Roe", "Checked claim", "\"They banned boilers.\"", "Post shared on 12 November 2026 on social media"}
	body := []string{
		"A post shared thousands of times says that the town has banned gas boilers and that everyone must replace theirs within a year.",
		"The post was flagged by readers who asked us to look into it, and we went through the council's papers and the minutes of the vote.",
		"The ordinance applies to new office buildings of more than six floors and says nothing at all about homes or existing buildings.",
		"A council spokesperson told us that no resident would be asked to replace a boiler that still works.",
		"We rate this claim Misleading.",
	}
	footer := []string{"Our sources", "Browse all fact checks", "Privacy policy"}
	for _, c := range []struct {
		name   string
		byline []string
		keep   bool
	}{
		{"under the byline", []string{"No, the town did not ban gas boilers", "By Jane Doe", "20 November 2026"}, true},
		{"no byline", []string{"Sign up for our newsletter", "Most shared this week", "Editor's pick"}, false},
	} {
		lines := append(append(append(append(append(append([]string{}, menu...), c.byline...), lead...), widget...), body...), footer...)
		at := len(menu) + len(c.byline)
		checkBodyKept(t, c.name+", ", lines, func(i int) bool {
			switch {
			case i == len(menu): // the headline
				return c.keep
			case i == at: // the box's heading, a short line under the byline: taken for a button
				return false
			case i > at && i < at+len(lead)+len(widget): // the lead's prose, the widget
				return c.keep
			case i >= at+len(lead)+len(widget) && i < at+len(lead)+len(widget)+len(body):
				return true
			}
			return false
		})
	}
}
