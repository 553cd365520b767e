package boilerplate

import (
	"slices"
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// TestLabelsCaptionsRT33: a caption whose credit follows its full stop
// after a slash, a feed item's address field with an attribute, related
// links in the singular, "listen to this article" with its length in more
// languages; and the article lines like them that stay.
func TestLabelsCaptionsRT33(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleCaption: {
			{"Fachada del mercado de abastos, en la plaza de San Roque. / E. E.", true},
			{"El alcalde, durante la visita al mercado. / J. M. GARCÍA", true},
			{"Vista da praia do Forte, em Cabo Frio. / Ana Souza", true},
			{"Fachada del mercado de abastos, en la plaza de San Roque. / EFE", true},
			{"Mercado. / E. E.", false}, // no caption before the credit
			{"The vote was close. / It was 6 to 5 in the end, said the clerk.", false}, // a sentence after it
			{"Prices rose sharply this year. / 2024 Figures", false},                   // a figure
			{"The mayor left the hall. / Home | News", false},                          // a row of links
		},
		RuleURL: {
			{"GUID (isPermaLink=false): https://example.org/?p=21874", true},
			{"Link (primary): https://example.org/2024/10/02/story/", true},
			{"GUID (is permalink): https://example.org/?p=21874", false}, // words in the brackets
			{"Reporter (intern): https://example.org/?p=21874", false},   // no label of an address
			{"GUID (isPermaLink=false): pending", false},
		},
		RuleLinkLabel: {
			{"Noticia relacionada: Los placeros piden una ubicación provisional en el centro", true},
			{"Notícia relacionada: Prefeitura anuncia obras no mercado", true},
			{"Articolo correlato: Il sindaco visita il mercato", true},
			{"Una noticia relacionada con el mercado llegó ayer al pleno municipal.", false},
			{"**Lesen Sie auch:** Hallenbad Nord: Warum die Sauna seit Januar kalt bleibt", true},
			{"__Related:__ The mayor's plan for the market", true},
			{"**Read more**", true},
			{"**Update:** The council voted on Tuesday to close the bridge for repairs.", false},
			{"**The council voted on Tuesday** to close the bridge for repairs.", false},
		},
		RuleDisclaimer: {
			{"Medical Disclaimer: The content on Example Daily is for informational purposes only and is not intended as a substitute for professional medical advice, diagnosis or treatment. Always seek the advice of your physician or other qualified health provider with any questions you may have regarding a medical condition. If you think you may have a medical emergency, call your doctor immediately.", true},
			{"Legal disclaimer: this column is for general information only and is not legal advice.", true},
			{"The content on Example Daily is for informational purposes only and is not a substitute for medical advice.", true},
			{"The content on the seized drives was encrypted, and no medical advice was found on them, police said.", false},
		},
		RulePhotoCredit: {
			{"Hon. Peter Wandi i toktok long ol fama long Tapena long Mande. Piksa: Jacinta Kewa", true},
			{"Qoornuarsuup aalisakkeriviani sulisut siulliit. Assi: Qaqqap Nipaa", true},
			{"Ol i tok olsem: piksa: nogat", false}, // no capital after the mark
			{"Klassi: Nuuk Atuarfik", false},        // the mark inside a word
			{"Barilgyn ajil ehellee. Гэрэл зураг: Бат Дорж", true},
		},
		RuleAudio: {
			{"Mloog tsab xov xwm no (4 feeb)", true},
			{"Nghe bài viết này (5 phút)", true},
			{"기사 듣기", true},
			{"Mloog tsab xov xwm no yog ib qho kev pab rau cov neeg laus, nws hais.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestSourcesNote: a note between a reference list's header and its first
// citation goes with the list; a header over prose stays, and so does a
// note that no citation follows.
func TestSourcesNote(t *testing.T) {
	note := "Our writers use only high-quality sources, including peer-reviewed studies, to support the facts within our articles."
	c1 := "1. Smith AB, Jones C. A trial of widgets in older adults. J Made Up Med. 2019;12(3):45-9."
	c2 := "2. Doe J, et al. Widgets and sleep: a review. Fake Rev Sci. 2021;4:101."
	checkMarks(t, []markCase{
		{"note under the header", []string{article, article, "Sources", note, c1, c2},
			[]string{"", "", RuleReferences, RuleReferences, RuleReferences, RuleReferences}},
		{"no citation after the note", []string{article, article, "Sources", note, article},
			[]string{"", "", "", "", ""}},
		{"a line between citations", []string{article, article, "Sources", c1, "The mayor said more would follow.", c2},
			[]string{"", "", RuleReferences, RuleReferences, "", ""}},
		{"a line after a numbered entry", []string{article, article, "References", c1, "2. Office of Widget Standards. Widgets: fact sheet.",
			"The mayor said more would follow.", "3. Roe R. Widgets again. J Made Up Med. 2020;13(1):1-9."},
			[]string{"", "", RuleReferences, RuleReferences, RuleReferences, "", ""}},
		{"two notes", []string{article, article, "Sources", note, note, c1, c2},
			[]string{"", "", "", "", "", "", ""}},
		{"a long note", []string{article, article, "Sources", strings.Repeat(note+" ", 4), c1, c2},
			[]string{"", "", "", "", "", ""}},
	})
}

// TestCaptionedCredit: a credit holds its caption when a phrase of two
// words or more ends with a full stop before it, the last word no
// initial; a credit of names and initials holds none.
func TestCaptionedCredit(t *testing.T) {
	numLangs() // scan's contract
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Wandering pond snails in the laboratory. Credit: Dr Amaka Okonkwo", true},
		{"Һур харбалгын мүрысөөн. Гэрэл зураг: Баир Цыренов", true},
		{"Barilgyn ajil ehellee. Zurag: Bat Dorj", true},
		{"Barilgyn ajil. Zurag: Bat Dorj", false},         // five words
		{"(Image: © NASA/ESA/K. Retherford/SWRI)", false}, // an initial
		{"Photo: J. M. Smith / Reuters Pictures", false},
		{"Finale. Gэрэл зураг: Баир Цыренов Дамба", false}, // one word before the stop
		{"Photo: Jane Roe / Agency", false},                // no stop inside
	} {
		var st lineStats
		scan(c.text, &st, nil)
		if got := captionedCredit(c.text, &st); got != c.want {
			t.Errorf("captionedCredit(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestStampsPlayersRT33: a time stamp relative to now, a player's skip,
// speed and chapter buttons, an event listing's buttons, a booking
// widget's count, an offer of news alerts by text message, an e-mail's
// confidentiality notice; and the article lines like them that stay.
func TestStampsPlayersRT33(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"Updated 3 min ago", true},
			{"Last updated: 41 min ago", true},
			{"5h ago", true},
			{"Published 22 hours ago", true},
			{"hace 3 minutos", true},
			{"vor 10 Minuten", true},
			{"3 часа назад", true},
			{"2 saat önce", true},
			{"The mill closed 40 years ago.", false}, // a sentence
			{"Updated 3 ago", false},                 // no unit
			{"Updated 1234 hours ago", false},        // four digits
			{"Updated three hours ago", false},       // no figure
			{"Updated 3 min ago, the council said it would pay", false},
			{"Skip back 15 seconds", true},
			{"Skip forward 30 seconds", true},
			{"Jump ahead 30s", true},
			{"Skip back 15 minutes", false}, // no player skips minutes
			{"Back 100 seconds", false},     // three digits
			{"Skip back 15 seconds of the speech", false},
			{"Add to calendar", true},
			{"Get directions", true},
			{"Only 14 tickets left", true},
			{"Only 3 seats left!", true},
			{"Only 14 people left", false}, // nothing to book
			{"Only 14 tickets were left", false},
			{"Only  tickets left", false}, // no count
		},
		RuleSponsor: {
			{"Sponsored event", true},
			{"Sponsored · Heartland Credit Union", true},
			{"Promoted · Acme Outdoor Gear", true},
			{"Paid for by Friends of Dana Ruiz", true},
			{"Sponsored · the council's plan for the market", false}, // no name
		},
		RuleFeedback: {
			{"Was this briefing useful? Yes | No", true},
			{"Was this newsletter helpful? Yes / No", true},
			{"Was the vote fair? Yes | No", false},           // about something else
			{"Was this briefing useful? Yes | Maybe", false}, // no answer buttons
			{"Was this briefing useful? Yes", false},         // one button
		},
		RuleLegal: {
			{"You can unsubscribe at any time. See our privacy policy.", true},
			{"Forwarded this email? Sign up here.", true},
		},
		RulePhotoCredit: {
			{"Halvard Logistics' Westbrook sorting center opened in 2020 at the height of the boom. COURTESY OF HALVARD LOGISTICS", true},
			{"Firefighters check equipment on Engine 7 at the Mill Street station. Courier photo by Dale Pruitt", true},
			{"The exhibition opened on Friday. It shows images courtesy of local families", false},                 // lower case
			{"The exhibition opened on Friday. Its prints are shown courtesy of Dale Pruitt", false},               // words before
			{"Firefighters check equipment at the station. Photo by Dale Pruitt of the Courier Daily Star", false}, // a long credit
			{"Firefighters check equipment at the station courtesy of Dale Pruitt", false},                         // no full stop
			{"The exhibition opened on Friday. Courtesy of local families", false},                                 // a credit in lower case
			{"The exhibition opened on Friday. The Big City Daily Courier photo by Dale Pruitt", false},            // too many words before
		},
		RuleShareLabel: {
			{"Text ALERTS to 55012 for mobile alerts. Msg & data rates may apply.", true},
			{"Text NEWS to 80810 to get our breaking news alerts", true},
			{"Text your neighbour to 55012 for alerts", false}, // not one keyword
			{"Text ALERTS to 55 for alerts", false},            // no short code
			{"Text ALERTS to 55012 to vote", false},            // no alerts
		},
		RuleContact: {
			{"Know something about layoffs or closures at a company in the region? Our reporters want to hear from you.", true},
			{"Call or text 555-0148", true},
			{"Write to us", true},
			{"We do not publish anonymous letters, letters sent to other publications, or letters that are defamatory.", true},
			{"The editor reserves the right to edit letters for length, clarity and legal reasons.", true},
			{"All letters are read by the editor before they appear.", true},
			{"\"We want to hear from you,\" the mayor said. \"Come and hear from you.\"", false},
			{"Residents who oppose the plan told the council: we want to hear from you.", false}, // reported speech
			{"Call or text 911 if you see smoke or flames near the road, officials said.", false},
			{"Call or text the hotline", false},                                  // no number
			{"We do not publish the names of victims of sexual assault.", false}, // no letters
		},
		RuleDisclaimer: {
			{"CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information.", true},
			{"Please consider the environment before printing this email.", true},
			{"This email message was forwarded to reporters by a council worker, who asked not to be named.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestTipBox: a tip box's lines are contact lines with the tip box's
// detail, a channel line under them too; inside an article the box does
// not end it, as a contact notice does: the section after it stays.
func TestTipBox(t *testing.T) {
	box := []string{"Have a tip?", "Know something about layoffs at a company in the region? Our reporters want to hear from you.",
		"Email tips@example.com", "Call or text 555-0148", "Use Signal for secure messaging", "Send us a tip confidentially"}
	checkMarks(t, []markCase{
		// The channel's line is the context pass's (MarkTipChannels).
		{"box", append([]string{article, article}, box...),
			[]string{"", "", RuleContact, RuleContact, RuleContact, RuleContact, "", RuleContact}},
	})
	d := newDoc(append([]string{article, article}, box...)...)
	(&Classifier{Rules: Rules(), Passes: []clean.Stage{clean.StageFunc(MarkTipChannels)}}).Mark(d)
	for _, p := range d.Paragraphs[2:] {
		if p.Removal == nil || p.Removal.Detail != details[detailTip] {
			t.Errorf("%q: %v, want the tip box's detail", p.Text, p.Removal)
		}
	}
	for _, lines := range [][]string{
		{article, "Use Signal for secure messaging", article}, // no box above
		{article, "Call or text 555-0148", "Our newsroom uses Signal, WhatsApp and Telegram to talk to sources in the region every day.", article}, // long
	} {
		d := newDoc(lines...)
		(&Classifier{Rules: Rules(), Passes: []clean.Stage{clean.StageFunc(MarkTipChannels)}}).Mark(d)
		for _, p := range d.Paragraphs {
			if p.Text != "Call or text 555-0148" && !p.Kept() {
				t.Errorf("%q removed (%s), want kept", p.Text, p.Removal.Rule)
			}
		}
	}
	prose := []string{
		"The company said on Tuesday that it would close its sorting centre in the spring and move the work to a larger site.",
		"About 400 people work at the centre, and the company said it would offer them jobs at the new site or a payment.",
		"The mayor said the city had not been told of the plan before it was announced, and that she would ask for a meeting.",
	}
	later := []string{"Part of a wider trend",
		"Two other firms in the region have cut jobs this year after a building spree, figures from the state show, and more may follow.",
		"A broker said the building could be let again within a year, as demand for warehouse space in the region remains strong."}
	menu := []string{"Home", "News", "Business", "Sport", "Opinion", "Events", "Lists", "Companies", "Subscribe", "Sign in"}
	teasers := []string{"Most read", "Port deal signed after two years of talks", "New mall to open in the spring",
		"Bakery chain buys rival for $40M", "Jobs report beats forecasts again", "© 2026 Example Media"}
	d = newDoc(slices.Concat(menu, prose, box, later, teasers)...)
	Default().Mark(d)
	for _, p := range d.Paragraphs {
		if slices.Contains(later, p.Text) && !p.Kept() {
			t.Errorf("%q removed (%s), want kept: the tip box is inside the article", p.Text, p.Removal.Rule)
		}
	}
}
