package boilerplate

import (
	"slices"
	"testing"
)

// TestLabelsRT41: a player's length alone or after "Duration", a notice
// asking for JavaScript for a better experience, "Go deeper" links, an
// embed's label, a count of gift articles, a print note that calls the
// page a version of the printed one, and how long the comments stay open;
// and the lines like them that stay.
func TestLabelsRT41(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"Duration: 1 minute 48 seconds", true},
			{"Duration: 2:31", true},
			{"4 min", true},
			{"1 hr 20 min", true},
			{"2 minutes 14 seconds", true},
			{"1 min 42", true},    // minutes and seconds, the seconds' unit left out
			{"60 Minutes", false}, // one unit written out: a show's name
			{"48 Hours", false},
			{"4 and 5 min", false}, // a conjunction between figures
			{"min 4", false},       // no figure first
			{"Duration of the strike remains unclear", false},
		},
		RuleNotice: {
			{"Please turn on JavaScript for a better user experience.", true},
			{"Enable JavaScript for the best user experience.", true},
			{"Developers said turning on JavaScript gave a better user experience.", false},
		},
		RuleLinkLabel: {
			{"Go deeper", true},
			{"Go deeper: States race to regulate AI companions", true},
			{"Embedded post", true},
			{"Embedded content", true},
			{"Go deeper into the forest and the trails narrow.", false},
		},
		RulePaywall: {
			{"Subscribers can gift up to 5 articles each month.", true},
			{"You have 10 gift articles to share this month.", true},
			{"Subscribers can gift up to 5 articles each month, the company said.", false},
		},
		RuleSource: {
			{"A version of this article appears in print on Oct. 15, 2025, Section D, Page 3 of the New York edition with the headline: An Ancient Predator's Keen Gaze.", true},
			{"A version of this story appeared in the March issue of the magazine.", true},
			{"A version of this plan appeared in the council's budget last year.", false},
			{"A version of the bill appeared in print in 2019, the senator said.", false},
		},
		RuleLegal: {
			{"You can comment on this article until 11pm on 18 July.", true},
			{"Comments are open until 11pm.", true},
			{"Voit keskustella aiheesta 18.7. kello 23:een saakka.", true},
			{"Du kan kommentera artikeln fram till klockan 22 i kväll.", true},
			{"You can comment on the plans until 30 June, the council said.", false}, // reported
			{"You can comment on the plans at the library.", false},                  // no time
			{"Comments are open to everyone who registers.", false},
			{"You can comment on 12 stories a month as a registered reader.", false}, // no "until"
			{"You can comment on the plans until the council decides.", false},       // no time
		},
	}, func(string) bool { return false }, true)
}

// TestPaywallBoxRT41: the lines of a paywall's box inside a German
// article (a button to read on with the subscription, its trial price,
// the right to cancel under it, a trial button, the sign-in prompt), a
// Japanese paywall's notices, and share and save buttons in Vietnamese,
// Dutch and German; and the lines like them that stay.
func TestPaywallBoxRT41(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePaywall: {
			{"Jetzt weiterlesen mit WZ+", true},
			{"Continue reading with Plus", true},
			{"1 Monat für 0,99 €, danach 9,99 € monatlich", true},
			{"3 months for $1, then $9.99 a month", true},
			{"Sie sind bereits Abonnent? Hier anmelden", true},
			{"この記事は有料記事です。", true},
			{"残り682文字", true},
			{"有料会員になると続きをお読みいただけます。", true},
			{"Weiterlesen mit Freunden macht mehr Spaß, sagt die Lehrerin.", false},
			{"Tickets cost $5, then $7 after June.", false},                 // no figure first, no period
			{"2 tickets cost $5, then $7 after June.", false},               // no period
			{"Tickets cost $5 a month, then $7 a month after June.", false}, // no figure first
			{"Continue reading with care, please.", false},
			{"有料会員数は100万人を突破した。", false},
			{"同社の発表によると、有料会員になると毎月の講座が無料になる仕組みで、昨年度は会員数が前年比で二割以上増え、地方の利用者も大きく伸びたという。", false}, // an article's sentence, longer than a notice // news of paying members
			{"Jederzeit kündbar", false}, // alone, not under an offer
			{"Cancel anytime.", false},
		},
		RuleAppeal: {
			{"Jetzt testen", true},
		},
		RuleShareLabel: {
			{"Chia sẻ", true},
			{"Sao chép liên kết", true},
			{"Deel dit artikel", true},
			{"Kopieer link", true},
			{"Opslaan", true},
			{"Artikel teilen", true},
			{"Merken", true},
			{"Link kopieren", true},
		},
	}, func(string) bool { return false }, true)
	// The right to cancel under the offer goes with it.
	lines := slices.Concat(rt37Menu, []string{"Bridge to close for a year as council orders urgent repairs", "By Jane Doe"},
		rt37Prose[:2], []string{"1 Monat für 0,99 €, danach 9,99 € monatlich", "Jederzeit kündbar"}, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	p := lo + 2
	checkMarkerKept(t, "right to cancel under the offer", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+4 && i < p+4+len(rt37Prose)-2
	})
	// Negative: a subheading under the offer stays.
	lines[p+3] = "Was Pendler jetzt wissen müssen"
	checkMarkerKept(t, "subheading under the offer", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+3 && i < p+4+len(rt37Prose)-2
	})
}

// TestBylineBlockRT41: an author's name with particles, and a job with
// the outlet after it, are the byline block's lines; a headline of four
// capitalised words, a longer name and a job before more than three words
// are not.
func TestBylineBlockRT41(t *testing.T) {
	stopOnce.Do(loadStopwords)
	stats := func(text string) *lineStats {
		var st lineStats
		scan(text, &st, nil)
		return &st
	}
	for _, c := range []struct {
		name  string
		f     func(string, *lineStats) bool
		cases map[string]bool
	}{
		{"authorName", authorName, map[string]bool{
			"Eline van der Hoeven":               true,
			"Ana de la Cruz":                     true,
			"Harbour Bridge Reopens Today":       false,
			"Eline van der Hoeven de Groot Smit": false,
		}},
		{"jobLine", jobLine, map[string]bool{
			"Dziennikarka Horyzont.pl":       true,
			"Reporter The Daily Planet":      true,
			"Editor Picks Of The Week Ahead": false,
			"Reporter who broke the story":   false,
		}},
	} {
		for text, want := range c.cases {
			if got := c.f(text, stats(text)); got != want {
				t.Errorf("%s(%q) = %v, want %v", c.name, text, got, want)
			}
		}
	}
}

// TestHeadsRT41: the head of an article over a byline block of a name
// with particles ("Eline van der Hoeven") over the dateline, or of a name
// and the author's job with the outlet ("Dziennikarka Horyzont.pl") over a
// dateline whose standfirst holds an ordinal number ("do 45. roku
// życia"); and a quoted subheading under a box of teasers, over a
// paragraph that introduces a quote with a colon.
func TestHeadsRT41(t *testing.T) {
	checkRT37Page(t, "name with particles", rt37Menu, []string{
		"Dijk bij Oosterweerd gaat twee jaar op de schop: ‘We hebben geen keus’",
		"Het waterschap begint in mei met de versterking van ruim vier kilometer dijk langs de Waal. Bewoners krijgen te maken met omleidingen.",
		"Eline van der Hoeven", "24 mrt. 2025, 17:05", "Premium", "Deel dit artikel", "Opslaan"}, 0, 1)
	checkRT37Page(t, "job and outlet", rt37Menu, []string{
		"Nowy program kredytowy ruszy latem. Ekonomiści ostrzegają przed wzrostem cen mieszkań",
		"Rząd przyjął projekt ustawy o programie „Klucz do Mieszkania”. Kredyt z dopłatą do odsetek ma być dostępny dla osób do 45. roku życia, a limity dochodowe zależą od liczby osób w gospodarstwie domowym. Banki szykują się na falę wniosków.",
		"Marta Jabłońska", "Dziennikarka Horyzont.pl", "wt., 18.03.2025 06:00", "Udostępnij"}, 0, 1)
	// Negative: a name of four capitalised words is no author's name: it
	// is the headline over the dateline.
	checkRT37Page(t, "four capitalised words", rt37Menu, []string{
		"Harbour Bridge Reopens Today", "24 mrt. 2025, 17:05", "Deel dit artikel"}, 0)

	head := []string{"Bridge to close for a year as council orders urgent repairs", "By Jane Doe"}
	box := []string{"Related", "Ring road to get a third lane next spring", "Council tax: what the rise means for you"}
	intro := "One of the families who got their keys was the Kara family, who had lived in a container for almost two years, and Fatma Kara described the day:"
	lo := len(rt37Menu)
	p := lo + len(head)
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, []string{"\"We cried at the door\"", intro}, rt37Prose[2:], rt37Foot)
	checkMarkerKept(t, "quoted subheading over a quote's lead", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+2+len(box) && i < p+2+len(box)+2+len(rt37Prose)-2
	})
	// Negative: a quoted headline with one paragraph under it, then the
	// page's footer, is the box's last teaser and its summary.
	summary := "Families who waited two years in containers received the keys to their new homes on Monday, officials said."
	lines = slices.Concat(rt37Menu, head, rt37Prose, box, []string{"\"We cried at the door\"", summary}, rt37Foot)
	checkMarkerKept(t, "quoted teaser with its summary", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+len(rt37Prose)
	})
	// Negative: a third headline over a short line is the box's.
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], box, []string{"\"We cried at the door\"", "Watch:"}, rt37Prose[2:], rt37Foot)
	checkMarkerKept(t, "quoted headline in the box", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+2+len(box)+2 && i < p+2+len(box)+2+len(rt37Prose)-2
	})
	// A later teaser that asks a question after a kicker is the box's; a
	// question without a kicker is a subheading.
	kick := []string{"Lesen Sie auch", "Neuer Fahrplan ab April: Diese Verbindungen fallen weg", "Deutschlandticket: Lohnt sich das Abo noch?"}
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], kick, rt37Prose[2:], rt37Foot)
	checkMarkerKept(t, "kicker question", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+2+len(kick) && i < p+2+len(kick)+len(rt37Prose)-2
	})
	kick[2] = "Was bedeutet das für Pendler?"
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], kick, rt37Prose[2:], rt37Foot)
	checkMarkerKept(t, "subheading question", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= p+2+2 && i < p+2+len(kick)+len(rt37Prose)-2
	})
}

// TestRailsRT41: the labels of Spanish and French rails, tag lists and
// author boxes, a photo's label in place of a caption, an offer button
// and an offer of access to all the site's content; and the lines like
// them that stay.
func TestRailsRT41(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Más información", true},
			{"Archivado En", true},
			{"Sobre la firma", true},
			{"Últimas noticias", true},
			{"Actualités en continu", true},
			{"L’édition du jour", true},
			{"Representative image", true},
			{"Más información sobre el plan se publicará el lunes.", false},
			{"A representative image of the suspect was released by police.", false},
		},
		RuleAppeal: {
			{"Découvrir les offres", true},
		},
		RulePaywall: {
			{"Accédez à tous nos contenus en illimité à partir de 7,99 € par mois pendant 1 an.", true},
			{"Le musée donne accès à tous nos contenus d'archives, a dit la directrice.", false},
		},
	}, func(string) bool { return false }, true)
}
