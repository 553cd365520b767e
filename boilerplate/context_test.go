package boilerplate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

func TestGluedFileName(t *testing.T) {
	tests := []struct {
		text string
		cut  string
	}{
		{"head-of-state-visit-photoJane Roe on Thursday sharply criticized the decision.", "head-of-state-visit-photo"},
		{"IMG_20190412.jpgThe president arrived in the capital on Thursday.", "IMG_20190412.jpg"},
		{"photo-of-the-day_2019The minister said the talks would go on.", "photo-of-the-day_2019"},
		{"McDonald said the talks would go on next week.", ""},
		{"well-to-doFamilies were hit hardest by the new tax, the report said.", ""},
		{"The self-styled leader arrived on Thursday.", ""},
		{"iPhone sales fell in the quarter, the company said.", ""},
		{"covid-19-vaccineUSA", ""},
	}
	for _, tc := range tests {
		d := newDoc(tc.text)
		StripGluedFileNames(d)
		p := d.Paragraphs[0]
		if tc.cut == "" {
			if len(p.Edits) != 0 || p.Text != tc.text {
				t.Errorf("%q: unexpected edit %+v", tc.text, p.Edits)
			}
			continue
		}
		if len(p.Edits) != 1 || p.Edits[0].Cut != tc.cut || p.Text != tc.text[len(tc.cut):] ||
			p.Start != len(tc.cut) || p.Edits[0].Start != 0 || p.Edits[0].End != len(tc.cut) {
			t.Errorf("%q: got text %q edits %+v", tc.text, p.Text, p.Edits)
		}
	}
}

func TestAppealRun(t *testing.T) {
	d := newDoc(
		article,
		article,
		"… we have a small favor to ask.",
		"As you may have heard, this outlet, an independent news source for over 30 years, has been branded a foreign agent. This is an assault on journalism.",
		"We need your help to continue our critical mission: our journalism is free for everyone. Please support us today.",
		"Continue",
	)
	(&Classifier{Rules: Rules(), Passes: ContextPasses()}).Mark(d)
	want := []string{"", "", RuleAppeal, RuleAppeal, RuleAppeal, RuleLinkLabel}
	for i, w := range want {
		if got := ruleOf(&d.Paragraphs[i]); got != w {
			t.Errorf("paragraph %d: rule %q, want %q", i, got, w)
		}
	}
	if r := d.Paragraphs[3].Removal; r == nil || r.Detail == "" {
		t.Errorf("paragraph 3 should be removed as inside an appeal, got %+v", r)
	}
}

// TestAppealRunKeepsTitle: a call to action at the top does not take the
// title after it, and prose far from an appeal stays.
func TestAppealRunKeepsTitle(t *testing.T) {
	d := newDoc("Support Example Times!", "Minister Resigns Over Expenses", article, article, "Donate now")
	(&Classifier{Rules: Rules(), Passes: ContextPasses()}).Mark(d)
	for i, w := range []string{RuleAppeal, "", "", "", RuleAppeal} {
		if got := ruleOf(&d.Paragraphs[i]); got != w {
			t.Errorf("paragraph %d: rule %q, want %q", i, got, w)
		}
	}
}

func TestEdgeClusters(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{
			name:  "trailing short lines go with the footer",
			texts: []string{"A Title", article, "Subheading Here", article, "Jane Doe", "Stock Images", "© Example 2020"},
			want:  []string{"", "", "", "", RuleEdgeCluster, RuleEdgeCluster, RuleCopyright},
		},
		{
			name:  "no removed paragraph at the end: short lines stay",
			texts: []string{"A Title", article, "Subheading Here", article, "Jane Doe", "Example Desk"},
			want:  []string{"", "", "", "", "", ""},
		},
		{
			name:  "a line that introduces what follows stays",
			texts: []string{"A Title", article, "Readers were quick to respond:", "© Example 2020"},
			want:  []string{"", "", "", RuleCopyright},
		},
		{
			name:  "leading: title nearest the prose stays, sandwiched line goes",
			texts: []string{"Share", "Menu Item", "Read more", "The Real Title", article, article},
			want:  []string{RuleShareLabel, RuleEdgeCluster, RuleLinkLabel, "", "", ""},
		},
		{
			name:  "two-part breadcrumb before the prose; app promo after it",
			texts: []string{"News / Politics", "The Real Title", article, "Example News Roku"},
			want:  []string{RuleBreadcrumb, "", "", RuleAppPromo},
		},
		{
			name:  "two-part slash title inside the article stays",
			texts: []string{"The Real Title", article, "Either / Or", article, "Apple TV", article},
			want:  []string{"", "", "", "", "", ""},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.texts...)
			(&Classifier{Rules: Rules(), Passes: ContextPasses()}).Mark(d)
			checkRules(t, d, tc.want)
		})
	}
}

// checkRules checks the rule that removed each paragraph of d ("" for a
// kept one) against want.
func checkRules(t *testing.T, d *clean.Document, want []string) {
	t.Helper()
	for i, w := range want {
		if got := ruleOf(&d.Paragraphs[i]); got != w {
			t.Errorf("paragraph %d %q: rule %q, want %q", i, d.Paragraphs[i].Text, got, w)
		}
	}
}

func ruleOf(p *clean.Paragraph) string {
	if p.Removal == nil {
		return ""
	}
	return p.Removal.Rule
}

func Example() {
	d := newDoc(
		"News / Politics",
		"Minister Resigns Over Expenses",
		"The minister resigns during a briefing in the capital on June 5, 2015. (XYZ)",
		"The minister resigned on Thursday after a week of reports about his expenses, his office said.",
		"Fallout",
		"Opposition leaders called for an inquiry into the expenses of the whole cabinet.",
		"Read more",
		"© Copyright 2025 Example News. All rights reserved.",
	)
	(&Classifier{Rules: Rules(), Passes: ContextPasses()}).Mark(d)
	for _, p := range d.Paragraphs {
		rule := "kept"
		if p.Removal != nil {
			rule = p.Removal.Rule
		}
		text := p.Text
		if len(text) > 40 {
			text = text[:40]
		}
		fmt.Printf("%-12s %s\n", rule, strings.TrimSpace(text))
	}
	// Output:
	// breadcrumb   News / Politics
	// kept         Minister Resigns Over Expenses
	// caption      The minister resigns during a briefing i
	// kept         The minister resigned on Thursday after
	// kept         Fallout
	// kept         Opposition leaders called for an inquiry
	// link-label   Read more
	// copyright    © Copyright 2025 Example News. All righ
}

// A greeting to the audience opens an appeal: the prose between it and the
// appeal that follows goes with them, the article before stays.
func TestAppealRunFromGreeting(t *testing.T) {
	checkKeptIndexes(t, `The council approved the new budget on Tuesday after a long debate about school funding and road repairs.

Officials said the plan would take effect in January and would be reviewed after six months by an independent panel.

Dear readers,

We are facing unprecedented challenges as advertising revenue falls, and independent local reporting has never been more important.

Your support, no matter how small, keeps our journalism free for everyone. Please consider a monthly contribution today.
`, "[0 1]")
}

// A greeting opens an appeal of up to openerGap paragraphs of prose
// before the paragraph that asks, when the paragraphs past appealGap speak
// like an appeal (our journalism, readers, independent); the article
// before it stays. Article paragraphs there, without such a cue, end the
// appeal's reach: the greeting and the paragraph that asks go alone.
func TestAppealRunOpenerGap(t *testing.T) {
	article := "The council approved the new budget on Tuesday after a long debate about school funding and road repairs.\n\n" +
		"Officials said the plan would take effect in January and would be reviewed after six months by an independent panel.\n\n"
	prose := []string{
		"We are a small independent paper. We take no money from politicians or from the owners of the big companies in the region.",
		"Everything we publish, from the council meetings to the reports from the villages, is paid for by our readers.",
		"The last two years made our journalism dearer: the fuel for the trips, the equipment and the hours all cost more than before.",
		"Our newsroom sent reporters to every village on the river twice this winter, and our photographers spent nights at the flooded bridge.",
	}
	ask := "If you value our work, please support us with a monthly contribution today. Any amount helps."
	page := func(prose []string) string {
		return article + "Dear readers,\n\n" + strings.Join(prose, "\n\n") + "\n\n" + ask + "\n"
	}
	checkKeptIndexes(t, page(prose), "[0 1]")
	checkKeptIndexes(t, page(append(prose, "The paper also prints a weekly edition for the villages, delivered on Fridays.")), "[0 1 3 4 5 6 7]")
	// The review's counter-example: three article paragraphs under a
	// greeting, then a button.
	news := []string{
		"The mayor said the bridge would reopen in May, after engineers finish checking the piers that the flood damaged.",
		"Drivers will use the ring road until then, which adds about twenty minutes to a trip into the town centre.",
		"Shops on the high street say they have lost a third of their trade since the bridge closed in January.",
	}
	text := article + "Dear readers, we have a small favour to ask.\n\n" + strings.Join(news, "\n\n") + "\n\nSubscribe now\n\n" +
		"The council will meet again on Thursday to decide how to pay for the repairs to the bridge and the road.\n"
	checkKeptIndexes(t, text, "[0 1 3 4 5 7]")
}

// checkKeptIndexes marks the text with Default and checks which paragraphs it
// keeps (their indexes, as fmt prints them).
func checkKeptIndexes(t *testing.T, text, want string) {
	t.Helper()
	d := extract.Text("a.txt", []byte(text))
	Default().Mark(d)
	var kept []int
	for i, p := range d.Paragraphs {
		if p.Kept() {
			kept = append(kept, i)
		}
	}
	if got := fmt.Sprint(kept); got != want {
		t.Fatalf("kept paragraphs %s; want %s:\n%s", got, want, d.CleanText())
	}
}

// An appeal's heading the rules leave ("Before you go") opens it: the
// paragraph between it and the appeal goes. Under a run of two appeal
// paragraphs or more, the paragraphs that speak like an appeal, with the
// editor's signature under them, go too; the article stays. Without the
// heading, and when the article goes on under the appeal, they stay.
func TestAppealRunHeadingAndTail(t *testing.T) {
	article := "The council approved the new budget on Tuesday after a long debate about school funding and road repairs.\n\n" +
		"Officials said the plan would take effect in January and would be reviewed after six months by an independent panel.\n\n"
	story := "When the flood came on Tuesday, we had a reporter at the river within the hour, and she stayed there until the last update went out after midnight.\n\n"
	ask := "Please support our nonprofit journalism today: become a member for $5 a month, or make a one-time gift.\n\n" +
		"If you have ever read one of our stories and thought it mattered, we are asking you to become a member today. Any amount helps.\n\n"
	tail := "Members get our weekly behind-the-scenes newsletter and invitations to newsroom open houses.\n\n" +
		"Thank you for reading, and thank you for being part of this community.\n\n"
	sign := "— Jane Doe, executive editor\n\nBecome a member\n"
	checkKeptIndexes(t, article+"Before you go\n\n"+story+ask+tail+sign, "[0 1]")
	// Negative: no heading over the story, which then stays.
	checkKeptIndexes(t, article+story+ask+tail+sign, "[0 1 2]")
	// Negative: the article goes on under the appeal box.
	more := "The council will meet again on Thursday to decide how to pay for the repairs to the bridge and the road.\n\n" +
		"Residents can send their views to the council by the end of the month, officials said.\n"
	checkKeptIndexes(t, article+ask+tail+more, "[0 1 4 5 6 7]")
	// The heading, its story and one appeal paragraph are a run of
	// three: the tail under it goes.
	one := "If you have ever read one of our stories and thought it mattered, we are asking you to become a member today. Any amount helps.\n\n"
	checkKeptIndexes(t, article+"Before you go\n\n"+story+one+tail+sign, "[0 1]")
}
