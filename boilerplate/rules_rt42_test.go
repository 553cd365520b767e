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
			{"While most shops accept Visa and Mastercard, few take American Express.", false}, // no "We accept"
			{"Your help saves lives: give blood today at the town hall, the Red Cross urged.", false},
			{"Your support matters, the station manager said, and listeners often give more in spring.", false},
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
			{"Team budget 1,500.00 +2%", false},     // a change without decimals
			{"Update v3.12 +2.10%", false},          // a version, no price
		},
		RuleShareLabel: {
			{"Catch all the Business News, Market News, Breaking News Events and Latest News Updates on BourseTimes.", true},
			{"Download the BourseTimes App to get Daily Market Updates.", true},
			{"Download our app for the latest news.", true},
			{"Catch all the action as the fleet sails past the harbour.", false}, // no news
			{"Catch the latest bus at 11pm on weekdays.", false},
			{"Download the app to pay for parking in the city centre.", false}, // no news
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
	d := newDoc(article, "◆", prose2, "❖ ❖ ❖", "⁂", "★★★☆☆", "• The council met on Monday.", "■", "●●●●○", "★", article)
	MarkSeparators(d)
	checkRules(t, d, []string{"", s, "", s, s, "", "", s, "", "", ""})

	const source = `"You don't fight the ice," Halvorsen told me later, sitting in the cab of his truck with the heater roaring. "You just try to outlast it."`
	const filler = "The co-op covers 2,300 square miles with a line crew of 19, and ten years ago it had 27 men on it."
	for _, c := range []struct {
		name  string
		paras []string
		want  []int
	}{
		{"split around its attribution, other apostrophes", []string{source, filler, "“You don’t fight the ice. You just try to outlast it.”"}, []int{2}},
		{"too few words in its long sentences", []string{source, filler, "“Well. No. You don’t fight the ice. Never.”"}, nil},
		{"a sentence the article does not say", []string{source, filler, "“You don’t fight the ice. You just try to stay warm and wait.”"}, nil},
		{"ten paragraphs away", append(append([]string{`"Every kid who comes through here, I know I've got maybe five years with him before somebody offers him a truck," she said.`},
			slices.Repeat([]string{filler}, 9)...), "“Every kid who comes through here, I know I’ve got maybe five years with him.”"), []int{10}},
	} {
		checkPullQuotes(t, c.name, c.paras, c.want)
	}
}

// TestLastSentenceRT42: the article's last paragraph, a short sentence
// under a read-also box whose teaser the rules removed, over the tags,
// stays with the article; a question there is a teaser's headline.
func TestLastSentenceRT42(t *testing.T) {
	head := []string{"Senhorios e inquilinos divididos sobre o novo teto às rendas em Lisboa"}
	prose := []string{
		"Do lado dos senhorios, a Associação Lisbonense de Proprietários lembra que a oferta de casas para arrendar continua muito abaixo da procura e aponta a instabilidade das regras como principal travão ao investimento.",
		"\"Ninguém coloca uma casa no mercado de arrendamento para 20 anos se não sabe quais serão as regras daqui a dois\", afirma o vice-presidente da associação, que pede uma redução da taxa de IRS sobre os rendimentos prediais.",
		"Segundo o INE, o número de novos contratos celebrados em Lisboa caiu 6% em 2025, o que sugere que menos casas estão a chegar ao mercado.",
	}
	box := []string{"Leia também", "Alojamento local: Câmara de Lisboa prolonga suspensão de novos registos em mais 14 freguesias"}
	tags := []string{"Tópicos", "Habitação", "Arrendamento", "INE", "Lisboa", "Partilhe este artigo", "Facebook", "WhatsApp", "Comentários"}
	lo := len(rt37Menu)
	p := lo + len(head)
	for _, c := range []struct {
		last string
		kept bool
	}{
		{"O Governo deverá apresentar um novo pacote para a habitação até ao final de março.", true},
		{"O Governo vai apresentar um novo pacote para a habitação até março?", false},
		{"Novo pacote para a habitação.", false}, // too short
	} {
		lines := slices.Concat(rt37Menu, head, prose, box, []string{c.last}, tags, rt37Foot)
		checkMarkerKept(t, c.last, Default(), lines, func(i int) bool {
			return i == lo || i >= p && i < p+len(prose) || c.kept && i == p+len(prose)+len(box)
		})
	}
	// Right under the label, with no teaser removed between, the
	// sentence is the box's teaser.
	lines := slices.Concat(rt37Menu, head, prose, box[:1], []string{"O Governo deverá apresentar um novo pacote para a habitação até ao final de março."}, tags, rt37Foot)
	checkMarkerKept(t, "right under the label", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+len(prose)
	})
}

// TestSyndicationRT42: a portal's "Story continues" marker, a fact
// check's support appeal that asks for a sum today, a related link named
// by its kind ("Related fact-check: …"), a slideshow's caption with its
// credit after a ©; and the lines like them that stay.
func TestSyndicationRT42(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Story continues", true},
			{"Article continues", true},
			{"Related fact-check: No, the county is not fining residents for collecting rainwater", true},
			{"Related story: Council delays the vote on the bridge", true},
			{"The story continues to unfold in the capital.", false},
			{"Related cases: the court heard three of them on Monday and ruled on two.", false}, // a sentence
			{"Related to the case: three men charged on Monday", false},                         // more than one word before the colon
		},
		RuleAppeal: {
			{"Support independent fact-checking. We don't take money from political parties or platforms' fact-checking programs. Give $5 today.", true},
			{"Give 5 minutes today to the survey, the council asked residents.", false},
		},
		RulePhotoCredit: {
			{"Take the long way to the mailbox. A lap around the block after dinner adds up to more than an hour of walking a week. © Getty Images", true},
		},
	}, func(string) bool { return false }, true)
	// The credit after the © is a name.
	s := "The label was printed in 1998. © notices were added later"
	if creditTail(strings.ToLower(s), s) {
		t.Errorf("creditTail(%q) = true", s)
	}
}

// TestProviderNameRT42: the name of the outlet a portal syndicates, over
// the headline, goes when the page names it under the article ("Read the
// original article on …"); a kicker the page names nowhere else, and a
// name over a shorter line, stay.
func TestProviderNameRT42(t *testing.T) {
	headline := "Carrick County water bills to rise 18% as lead pipe deadline nears"
	for _, c := range []struct {
		name  string
		paras []string
		gone  bool
	}{
		{"named under the article", []string{"The Carrick Valley Gazette", headline, article, "Read the original article on The Carrick Valley Gazette"}, true},
		{"named in a most-read box", []string{"The Carrick Valley Gazette", headline, article, "Most Read from The Carrick Valley Gazette."}, true},
		{"named nowhere else", []string{"The Carrick Valley Gazette", headline, article, "Read the original article"}, false},
		{"named without a link word", []string{"The Carrick Valley Gazette", headline, article, "Subscribe to The Carrick Valley Gazette"}, false},
		{"a shorter line under it", []string{"The Carrick Valley Gazette", "Water", article, "Read more from The Carrick Valley Gazette"}, false},
		{"a label", []string{"Water bills:", headline, article, "Read more on Water bills:"}, false},
	} {
		d := newDoc(c.paras...)
		MarkProviderName(d)
		if got := !d.Paragraphs[0].Kept(); got != c.gone {
			t.Errorf("%s: removed %v, want %v", c.name, got, c.gone)
		}
		if c.gone && d.Paragraphs[0].Removal.Detail != "the provider's name" {
			t.Errorf("%s: detail %q", c.name, d.Paragraphs[0].Removal.Detail)
		}
	}
}

// TestTaglineRT42: a tagline's end in lower case over the headline
// ("from research organizations") is no headline: the headline is, with
// the summary under its fields as its standfirst.
func TestTaglineRT42(t *testing.T) {
	summary := "Nurses and factory workers on rotating night shifts had gut microbes whose normal day-night cycle was blunted and shifted by several hours, a new study finds, and the disruption was linked to poorer blood sugar control after meals."
	checkRT37Page(t, "summary under its label", rt37Menu, []string{
		"from research organizations",
		"Night-shift work scrambles the daily rhythm of gut bacteria, study finds",
		"Date: February 11, 2026", "Source: Halvorsen University", "Summary:", summary,
		"Share:", "Facebook", "Twitter", "FULL STORY"}, 1, 5)
}

// TestNewsletterRT42: an e-mail newsletter's lines that ask to pass it on
// or, forwarded, to sign up, its ad-sales line, an offer of unlimited
// access to the outlet at a price, a first month's price, and a public
// radio appeal that thanks the listeners who give; and the lines like
// them that stay.
func TestNewsletterRT42(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAppeal: {
			{"Enjoying The Early Edition? Share it with someone who would like it.", true},
			{"Enjoying this newsletter? Forward it to a friend.", true},
			{"Was this forwarded to you? Sign up here.", true},
			{"Got this from a friend? Subscribe here.", true},
			{"Stories like this one are possible because of listeners who give. Your gift supports independent reporting in communities like Pell Creek.", true},
			{"Enjoying the sunshine? Residents flocked to the beach on Sunday.", false},
			{"Eager to help? Share this list with a neighbour who needs it.", false}, // no "Enjoying"
			{"Was this forwarded to you by the council? Residents asked on Monday.", false},
		},
		RuleLinkLabel: {
			{"Want to sponsor The Early Edition? Reach 48,000 lakeshore readers every weekday.", true},
			{"Want to advertise in this newsletter? Email us.", true},
		},
		RulePaywall: {
			{"Get unlimited access to The Lakeshore Standard for $1 a week.", true},
			{"Assine já por 1€ no primeiro mês", true},
			{"Få tilgang til alle abonnentsaker for 1 kr den første måneden. Ingen bindingstid.", true},
			{"Předplaťte si Zprávy Střed Premium za 1 Kč na první měsíc", true},
			{"The app costs $1 for the first month, the company said.", false},
			{"Rents rose by $100 in the first month of the year.", false}, // sells nothing
		},
	}, func(string) bool { return false }, true)
}
