package boilerplate

import (
	"slices"
	"testing"
)

// TestFurnitureRules checks the furniture rules on lines set between two
// article paragraphs: each case, alone or with the context it needs.
func TestFurnitureRules(t *testing.T) {
	tests := map[string][]ruleCase{
		RuleAffiliate: {
			{"We may earn commission from links on this page, but we only recommend products we back.", true},
			{"This post may contain affiliate links. If you buy through them I may earn a small commission at no extra cost to you.", true},
			{"This post may contain affiliate links. Please read my disclosure policy.", true},
			{"Some links in this guide are affiliate or referral links; see our disclosure.", true},
			{"As an Amazon Associate I earn from qualifying purchases.", true},
			{"Our editors independently select the products we feature.", true},
			{"Every product is independently selected by our editors. If you buy something through our links, we may earn a commission.", true},
			{"Sometimes we include links to online retail stores. If you click on one and make a purchase we may receive a small commission.", true},
			{"Disclosure: Example may earn a commission from some of the products featured on this page.", true},
			{"Our site is reader-supported: when you buy through links here, we may earn an affiliate commission.", true},
			{"Dieser Artikel enthält Affiliate-Links. Wenn Sie darüber einkaufen, erhalten wir eine kleine Provision.", true},
			{"Wenn du über diese Links einkaufst, erhalten wir eine Provision vom Händler.", true},
			{"Für Käufe über diese Links erhalten wir eine Provision", true}, // the anchor at the very end
			{"Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.", true},
			{"Cet article contient des liens affiliés.", true},
			{"Este artículo contiene enlaces de afiliados.", true},
			{"Questo articolo contiene link affiliati.", true},
			{"Este artigo contém links afiliados.", true},
			{"Deze pagina bevat affiliate links.", true},
			{"We use affiliate links.", true}, // four words, the fewest
			{"Disclosure: Example News may earn a commission from products bought through links.", true},
			// 60 words, the most (in the 256 bytes of a short paragraph).
			{"If you buy a kit via a link on our site we may earn commission. It is how we pay for our work, and it does not " +
				"cost you a cent more. We do not let it sway what we say: we buy all we test, and if a kit is bad we say so. " +
				"So read on and buy.", true},
			// Articles' sentences.
			{"Amazon cut the commission it pays to affiliate partners, the company said on Tuesday.", false},
			{"The retailer earns a commission on every sale made through its marketplace, analysts estimate.", false},
			{"\"We earn a commission on every product we sell,\" the founder said.", false},
			{"We earn a commission on every product we sell, the founder said.", false},
			{"The European Commission fined the company for steering shoppers to its own products.", false},
			{"The governor said he was waiting for a teacher pay commission to make recommendations.", false},
			{"Affiliate links", false},
			{"Affiliate marketing grew 10% last year as publishers leaned on commerce revenue.", false},
			{"The group is an affiliate of the ruling party.", false},
			{"The committee independently reviewed the products before they were approved.", false},
			{"Full disclosure: I worked with him at the newspaper in 2010.", false},
			{"Die Provision des Maklers muss künftig der Verkäufer zahlen.", false},
			{"How the affiliate program works", false},                                      // a heading: no speaker
			{"As an estate agent I earn a commission of two per cent.", false},              // no link, purchase nor product
			{"We asked the commission to publish the sales figures.", false},                // nobody earns it
			{"Our reporters independently reviewed the documents.", false},                  // no product
			{"Under the new provision we receive a payment for every product sold.", false}, // "provision" is commission in foreign text only
			{"The 'our picks' lists are affiliate links in disguise, critics argue.", false},
			// The site's words, reported: a quotation mark, "says", "told".
			{"\"We earn a commission on every product we sell\" is how the founder sums up the model.", false},
			{"We earn a commission on every product we sell, the founder says.", false},
			{"We earn a commission on every product we sell, the founder told investors.", false},
		},
		RulePaywall: {
			{"Continue reading your article with a subscription", true},
			{"Get unlimited access to award-winning journalism.", true},
			{"Already a subscriber? Sign in", true},
			{"Already have an account? Log in", true},
			{"Already registered? Log in here.", true},
			{"This article is for subscribers only", true},
			{"This content is available exclusively to subscribers.", true},
			{"Subscribe to keep reading", true},
			{"Sign in to read the full article", true},
			{"You have 2 free articles left this month", true},
			{"You've reached your free article limit.", true},
			{"Subscribers only", true},
			{"Exclusive to subscribers", true},
			{"Déjà abonné ? Se connecter", true},
			{"Vous avez déjà un compte ? Connectez-vous", true},
			{"Article réservé aux abonnés", true},
			{"Bereits Abonnent? Hier anmelden", true},
			{"Sie haben bereits ein Konto? Jetzt einloggen", true},
			{"¿Ya eres suscriptor? Inicia sesión", true},
			{"Sei già abbonato? Accedi", true},
			{"Já é assinante? Entre", true},
			{"Al abonnee? Log in", true},
			{"Continua a leggere: abbonati ora", true},
			{"To continue reading this article, log in with your account or register, which only takes a minute and is free.", true}, // 20 words, the most
			{"Weiterlesen: abonnieren", false}, // two words: too few to tell
			// Articles' sentences.
			{"Already a member of NATO? Finland joined in 2023.", false},
			{"Premium members will pay $15 a month under the new plan.", false},
			{"You have to read the fine print before you register.", false},
			{"Subscribers only pay $5, the company said.", false},
			{"Unlimited access to the park costs $50 a year.", false},
			{"Readers get five free articles a month before the paywall kicks in.", false},
			{"Continue reading for our verdict on the new phone.", false},
			{"Keep reading to learn about the passing game.", false},
			{"Subscribers to the newsletter received the report a day early.", false},
			{"This article is about subscribers who lost money in the collapse.", false},
			{"This story was only possible because of a subscription drive by readers.", false}, // names no subscriber
			{"This story is about the only members of the club who never paid.", false},         // a subscriber's word, not a restriction
			{"The council wants only subscribers to the service to pay the fee.", false},        // does not open with the page
			{"Register only after the council confirms your address.", false},                   // names no subscriber
			{"Subscribe to the news podcast wherever you listen.", false},                       // no unlimited access
		},
		RuleNotice: {
			{"Please turn on JavaScript to use this feature", true},
			{"You need to enable JavaScript to run this app.", true},
			{"This gallery requires JavaScript.", true},
			{"Please enable JavaScript to view the comments powered by Disqus.", true},
			{"To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video", true},
			{"Your browser does not support the video tag.", true},
			{"Your browser doesn't support HTML5 audio", true},
			{"Bitte aktivieren Sie JavaScript, um dieses Video zu sehen.", true},
			{"Veuillez activer JavaScript pour afficher cette page.", true},
			{"Por favor, activa JavaScript para ver este contenido.", true},
			{"Ihr Browser unterstützt dieses Video nicht.", true},
			{"We have detected that JavaScript is disabled in your browser. Please enable JavaScript to view this page, " +
				"or switch to a browser that supports it. Some features of this site, such as the " +
				"comments below, will not work without it.", true}, // 40 words, the most
			// A tech article's sentences.
			{"You can enable JavaScript source maps in the debugger.", false},
			{"Your browser does not support WebGPU yet, so the demo falls back to WebGL.", false},
			{"Most sites require JavaScript to display content properly, and you can turn it off in your browser.", false},
			{"JavaScript is the most widely used programming language, the survey found.", false},
			{"Svelte requires JavaScript at build time but ships very little of it.", false},
			{"You can enable JavaScript from the settings menu.", false},
			{"You can turn on JavaScript per tab in Safari.", false},
			{"JavaScript-enabled browser", false},                                              // two words: too few to tell
			{"Your browser will play the video in a new window.", false},                       // says nothing is unsupported
			{"This page is built with JavaScript.", false},                                     // asks for nothing
			{"Note: JavaScript is required for the build step only.", false},                   // names nothing the reader misses
			{"Please enable JavaScript to view the page, the support team told users.", false}, // reported
		},
		RuleWidget: {
			{"Show key events only", true},
			{"Load more updates", true},
			{"Newest first", true},
			{"Jump to Recipe", true},
			{"Print Recipe", true},
			{"Pin Recipe", true},
			{"Save Recipe", true},
			{"Zum Rezept springen", true},
			{"Imprimer la recette", true},
			{"Jump to Recipe · Print Recipe", true}, // six words, the most of a label
			{"Refresh", false},                      // alone between prose: a heading or a word
			{"Live", false},
			{"Latest", false},
			{"Key events", false},
			{"Recipes", false},
		},
		RuleFeedback: {
			{"Was this article helpful?", true},
			{"Was this article on the new bridge and the road works helpful to you?", true}, // 14 words, the most
			{"Was this article on the new bridge and the road works really helpful to you?", false},
			{"Did you find this article useful?", true},
			{"Was this page helpful?", true},
			{"Did this answer your question?", true},
			{"Rate this article", true},
			{"Rate this recipe", true},
			{"War dieser Artikel hilfreich?", true},
			{"Cet article vous a-t-il été utile ?", true},
			{"¿Te ha resultado útil este artículo?", true},
			{"Questo articolo ti è stato utile?", true},
			{"Este artigo foi útil?", true},
			{"Was dit artikel nuttig?", true},
			{"Was the compost useful?", false},
			{"Did the guided tour feel useful?", false},
			{"Was the multiple-choice format helpful?", false},
			{"Why was the article on helpful apps removed?", false}, // opens like no feedback question
			{"Was this article written by a robot?", false},         // asks nothing about help
			{"4.85 from 212 votes", true},
			{"★★★★☆ (1,204 reviews)", true},
			{"Rated 4.5 out of 5 by 300 readers", true},
			{"4.5/5 (87 votes)", true},
			{"4,5 von 5 Sternen (120 Bewertungen)", true},
			{"4/5 [87 votes]", true},
			{"4,5 (120 Bewertungen)", true},
			{"★★★★☆ (87 reviews)", true},
			{"4 (212 votes)", true},
			{"4 stars from 212 votes", true},
			{"4.5 stars from 212 votes.", true},
			{"4 – 212 votes", false}, // a tally: the score and the count are apart
			// Articles' lines.
			{"Was this helpful?", false}, // names no page, and no answer button follows
			{"Was the therapy helpful?", false},
			{"Did you find the hotel useful as a base?", false},
			{"Score 4.5 out of 5", false},
			{"212 votes", false},
			{"1,204 reviews", false}, // two words: a count, no score
			{"4.5 votes", false},
			{"Smith 4,512 votes 52.3%", false},
			{"The measure passed with 212 votes.", false},
			{"Yes", false}, // an answer alone
			{"No.", false},
		},
	}
	checkRuleCases(t, tests, func(string) bool { return true }, false)
}

// checkRuleCases runs each rule named in tests on its cases, each set
// between two article paragraphs, and checks that matchAll's gates pass
// every case to its rule (see checkFiltered). A rule for which detailed
// says so must give a detail when it matches; with kept, a case that must
// stay is taken by no rule at all.
func checkRuleCases(t *testing.T, tests map[string][]ruleCase, detailed func(rule string) bool, kept bool) {
	t.Helper()
	var texts []string
	for _, cases := range tests {
		for _, tc := range cases {
			texts = append(texts, tc.text)
		}
	}
	slices.Sort(texts) // the map's order is random
	checkFiltered(t, newDoc(texts...))
	all := Rules()[0]
	for name, cases := range tests {
		r := NamedRule(name)
		if r == nil {
			t.Fatalf("no rule %q", name)
		}
		for _, tc := range cases {
			d := newDoc(article, tc.text, article)
			reason, got := r.Match(d, 1)
			if got != tc.want {
				t.Errorf("%s(%q) = %v, want %v", name, tc.text, got, tc.want)
			}
			if got && reason.Detail == "" && detailed(name) {
				t.Errorf("%s(%q): no detail", name, tc.text)
			}
			if kept && !tc.want {
				if r, ok := all.Match(d, 1); ok {
					t.Errorf("%q is removed as %s, want kept", tc.text, r.Rule)
				}
			}
		}
	}
}

// TestFurnitureContext checks the rules that look at a line's neighbours:
// answer buttons only after a feedback question, a bare question only
// above an answer, the words of live-blog controls only next to another
// control. Each case is a document; want lists the lines the rules
// remove (whatever rule).
func TestFurnitureContext(t *testing.T) {
	tests := []struct {
		lines []string
		want  []int
	}{
		{[]string{article, "Was this article helpful?", "Yes", "No", article}, []int{1, 2, 3}},
		{[]string{article, "Was this helpful?", "Yes", "No", "Thanks for your feedback!", article}, []int{1, 2, 3, 4}},
		{[]string{article, "Was this article helpful?", "Yes", "No", "Thank you for your feedback!", article}, []int{1, 2, 3, 4}},
		{[]string{article, "Did you find this useful?", "👍", "👎", article}, []int{1, 2, 3}},
		{[]string{article, "Rate this recipe", "★★★★★", article}, []int{1, 2}},
		// A Q&A article: the answers stay.
		{[]string{article, "Did you ever think about giving up?", "No.", article}, nil},
		{[]string{article, "Was the trip worth it?", "Yes.", article}, nil},
		{[]string{article, "Was this helpful to your career?", "Yes.", article}, nil},
		{[]string{article, "Yes", article}, nil},
		// How far an answer may be from its question: three other answers
		// between them, not four.
		{[]string{article, "Was this article helpful?", "Yes", "No", "Not really", "Thanks for your feedback!", article}, []int{1, 2, 3, 4, 5}},
		{[]string{article, "Was this article helpful?", "Yes", "No", "Not really", "Submit", "Thanks for your feedback!", article},
			[]int{1, 2, 3, 4, 5}},
		{[]string{article, "Was this article helpful?", "Thank you for letting us know", article}, []int{1, 2}}, // six words, the most
		// A bare question above an answer: six words at most, about "this".
		{[]string{article, "Did you find this really useful?", "Yes", "No", article}, []int{1, 2, 3}},
		{[]string{article, "Did you find all of this useful?", "Yes.", article}, nil},
		{[]string{article, "Did you find it useful?", "Yes.", article}, nil},
		// An answer right after a rating or a question of 15 words, or
		// without its question mark, is no answer.
		{[]string{article, "4.85 from 212 votes", "Yes", article}, []int{1}},
		{[]string{article, "Was this article on the new bridge and the road works really helpful to you?", "Yes", article}, nil},
		{[]string{article, "Was this article helpful", "Yes", article}, nil},
		// A live blog's controls.
		{[]string{article, "Show key events only", "Please turn on JavaScript to use this feature", "Live feed", "Refresh", article},
			[]int{1, 2, 3, 4}},
		{[]string{article, "Oldest", "Newest", article}, []int{1, 2}},
		{[]string{article, "Please turn on JavaScript to use this feature", "Live feed", article}, []int{1, 2}},
		{[]string{article, "Live", "Newest first", article}, []int{1, 2}},
		{[]string{article, "Live", "Storm Eira live: thousands without power as 90mph winds hit west coast", article}, nil},
		{[]string{article, "Refresh", article}, nil},
		{[]string{article, "Key events", "Ferry services suspended until Sunday", article}, nil},
	}
	for _, tc := range tests {
		checkRemoved(t, tc.lines, tc.want)
	}
}

// checkRemoved runs the paragraph rules on a document of lines and checks
// that they remove the lines want lists (whatever rule).
func checkRemoved(t *testing.T, lines []string, want []int) {
	t.Helper()
	d := newDoc(lines...)
	(&Classifier{Rules: Rules()}).Mark(d)
	var got []int
	for i := range d.Paragraphs {
		if !d.Paragraphs[i].Kept() {
			got = append(got, i)
		}
	}
	if !equalInts(got, want) {
		t.Errorf("%q: removed %v, want %v", lines, got, want)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestAffiliateAnchors checks the claim of affiliateAnchors: every phrase
// of a list holds an anchor of the list's flag, so that the flag lets it
// through; and that the letter pairs of the gates have signature bits
// (a pair without one would let every paragraph through to a search).
func TestAffiliateAnchors(t *testing.T) {
	for _, l := range []struct {
		flag    uint8
		phrases []string
	}{{affLink, affiliateLinks[:]}, {affMoney, affiliateMoney[:]}, {affIndependent, independentPicks[:]}} {
		for _, ph := range l.phrases {
			// In a foreign text, as "provision" needs.
			p := paraOf(t, "Über "+ph+" x")
			if p.affiliateAnchors()&l.flag == 0 {
				t.Errorf("%q has no anchor of flag %d", ph, l.flag)
			}
		}
	}
	for _, pairs := range affiliateGatePairs {
		for _, pr := range pairs {
			if pairBit[classPair(pr[0], pr[1])] == 0 {
				t.Errorf("gate pair %q has no signature bit", pr)
			}
		}
	}
	for _, pr := range []string{"ub", "cr", "av", "va", "ip"} { // subscriGate, javascriptGate
		if pairBit[classPair(pr[0], pr[1])] == 0 {
			t.Errorf("gate pair %q has no signature bit", pr)
		}
	}
}

// paraOf returns the para Match builds for the short text s.
func paraOf(t *testing.T, s string) *para {
	t.Helper()
	if len(s) > shortLen {
		t.Fatalf("%q is not short", s)
	}
	buf := make([]byte, len(s))
	p := &para{s: s}
	var spaces int
	p.has, p.sig, spaces = lowerScan(buf, s)
	p.sigSet, p.words, p.low = true, spaces+1, string(buf)
	return p
}

// TestRaterEnds checks that raterEnd lets every word of raterWords through.
func TestRaterEnds(t *testing.T) {
	for _, w := range raterWords.slots {
		if w != "" && !raterEnd(w[len(w)-1]) {
			t.Errorf("raterEnd refuses %q", w)
		}
	}
}

// TestFeedbackUnmarked checks the answer buttons of a feedback widget in a
// document the other rules have not marked yet (a rule run alone): the
// question above, a rating prompt or a bare question, and the answers
// between are read from their text.
func TestFeedbackUnmarked(t *testing.T) {
	r := NamedRule(RuleFeedback)
	for _, lines := range [][]string{
		{article, "Was this article helpful?", "Yes", "No"},
		{article, "Rate this recipe", "★★★★★"},
		{article, "Was this helpful?", "Yes"},
	} {
		d := newDoc(lines...)
		if _, ok := r.Match(d, len(lines)-1); !ok {
			t.Errorf("%q: the last line is no answer", lines)
		}
	}
}

// TestWidgetDetail: a recipe card's button and a live blog's control are
// told apart in the removal's detail.
func TestWidgetDetail(t *testing.T) {
	for text, want := range map[string]uint8{"Jump to Recipe": detailRecipe, "Rezept drucken": detailRecipe,
		"Newest first": detailLive, "Load more updates": detailLive} {
		reason, ok := NamedRule(RuleWidget).Match(newDoc(article, text, article), 1)
		if !ok || reason.Detail != details[want] {
			t.Errorf("%q: %v %v, want detail %q", text, reason, ok, details[want])
		}
	}
}
