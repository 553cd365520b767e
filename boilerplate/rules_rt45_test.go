package boilerplate

import (
	"slices"
	"testing"

	"github.com/cleantext/clean"
)

// TestListicleRT45: a city magazine's list of restaurants, each a
// numbered heading over its prose with its address and buttons under it,
// is read whole; a numbered list of teasers with short summaries, or with
// a gap in its numbers, is not an article's.
func TestListicleRT45(t *testing.T) {
	head := []string{"The 5 best new restaurants of the year"}
	intro := []string{
		"It was a crowded year for restaurants in the city, and still more kitchens opened than closed, many of them run by cooks who had left bigger places.",
		"We ate at nearly all of them, some more than once, and argued about the rest. The five below are the ones we keep going back to, for the food above all.",
	}
	names := []string{"Ardoa", "Little Hen Noodle Bar", "Saltmarsh", "Casa Milpa", "The Good Crust"}
	var items []string
	var keep []bool
	for k, name := range names {
		items = append(items, itoa(k+1)+". "+name,
			"The kitchen is small and the menu changes every week, but the cooking is as careful as anywhere in town, and the owner greets every table by name before the plates arrive.",
			"412 Cannery Row, Harbor District. Tue–Sat 5–10 p.m. $$$", "Book a table", "View menu")
		keep = append(keep, true, true, true, false, false)
	}
	lines := slices.Concat(rt37Menu, head, intro, items, rt37Foot)
	lo := len(rt37Menu)
	last := lo + len(head) + len(intro) + len(items) - 4 // the last item's prose: the run ends there
	checkMarkerKept(t, "listicle", Default(), lines, func(i int) bool {
		if i < lo || i > last {
			return false
		}
		if j := i - lo - len(head) - len(intro); j >= 0 {
			return keep[j]
		}
		return true
	})
	// Three items but for a gap in the numbers: no listicle, the run
	// stops at the first item's address and buttons.
	d := blockDoc(slices.Concat(rt37Menu, head, intro, items[:5], items[10:20], rt37Foot)...)
	sc := new(bodyScratch)
	sc.features(d)
	n := len(d.Paragraphs)
	free := make([]bool, n)
	markListicle(d, sc.stats, make([]bool, n), make([]bool, n), free)
	if slices.Contains(free, true) {
		t.Errorf("no prose, no listicle: free %v", free)
	}
}

// itoa is strconv.Itoa for the small numbers of the tests.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestListicleShapesRT45: the headings markListicle takes, counting up
// or down, and those it does not: a teaser list whose summaries are
// short, headings that end a sentence.
func TestListicleShapesRT45(t *testing.T) {
	prose := "The kitchen is small and the menu changes every week, but the cooking is as careful as anywhere in town, and the owner greets every table by name before the first plates arrive."
	short := "A short summary of another story on the site."
	for _, tc := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"up", []string{"1. Ardoa", prose, "Book a table", "2. Olla", prose, "View menu", "3. Verre", prose}, true},
		{"down", []string{"3. Ardoa", prose, "Book a table", "2. Olla", prose, "View menu", "1. Verre", prose}, true},
		{"two items", []string{"1. Ardoa", prose, "Book a table", "2. Olla", prose}, false},
		{"short summaries", []string{"1. Ardoa", short, "Book a table", "2. Olla", short, "View menu", "3. Verre", short}, false},
		{"headings end a sentence", []string{"1. Ardoa opened.", prose, "Book a table", "2. Olla opened.", prose, "View menu", "3. Verre opened.", prose}, false},
		{"too far apart", []string{"1. Ardoa", prose, "a", "b", "c", "d", "e", "f", "2. Olla", prose, "3. Verre", prose}, false},
	} {
		d := blockDoc(tc.lines...)
		sc := new(bodyScratch)
		sc.features(d)
		n := len(d.Paragraphs)
		prose := make([]bool, n)
		for i := range prose {
			prose[i] = sc.stats[i].words >= 20
		}
		free := make([]bool, n)
		markListicle(d, sc.stats, prose, make([]bool, n), free)
		if got := free[0]; got != tc.want {
			t.Errorf("%s: heading free %v, want %v", tc.name, got, tc.want)
		}
		if tc.want && !free[2] {
			t.Errorf("%s: the first item's button is not free", tc.name)
		}
	}
}

// TestRepublishBoxRT45: a nonprofit newsroom's republishing box after the
// article goes, terms and licence; a paragraph that names republishing
// without the box's label and licence stays.
func TestRepublishBoxRT45(t *testing.T) {
	box := []string{"Republish this story for free", "Republish This Story",
		"Thank you for your interest in republishing this story. You are free to republish it so long as you do the following:",
		"You have to credit us. In the byline, we prefer the names of the reporters and the newsroom.",
		"You can't edit our material, except to reflect relative changes in time, location and editorial style.",
		"You can't sell our material separately or syndicate it.",
		"This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
		"Copy to clipboard"}
	d := newDoc(slices.Concat(rt37Prose, box)...)
	(&Classifier{Rules: Rules(), Passes: DocumentPasses()}).Mark(d)
	for i, p := range d.Paragraphs {
		if want := i < len(rt37Prose); p.Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", i, p.Text, p.Kept(), want)
		}
	}
	// Without the grant, the terms stay; under a long line that opens
	// with "Republish", too.
	for _, lines := range [][]string{
		{box[0], box[3], box[4], box[6]},
		{"Republish it in full and credit the writer, she said", box[2], box[3], box[6]},
	} {
		d := newDoc(slices.Concat(rt37Prose, lines)...)
		MarkRepublishBoxes(d)
		if p := d.Paragraphs[len(rt37Prose)+1]; !p.Kept() {
			t.Errorf("%q removed", p.Text)
		}
	}
	d = newDoc(slices.Concat(rt37Prose, []string{"Republishing rules", "You are free to republish the council's minutes, the clerk said, as long as you credit the council."})...)
	(&Classifier{Rules: Rules(), Passes: DocumentPasses()}).Mark(d)
	if p := d.Paragraphs[len(rt37Prose)+1]; !p.Kept() {
		t.Errorf("%q removed as %s", p.Text, p.Removal.Rule)
	}
}

// TestCalculatorRT45: a mortgage calculator between two paragraphs goes
// whole, its provider's credit with it, and the body finder reads on
// across it, to a FAQ under a subheading; its first line under the result
// that is no result (the subheading) stays.
func TestCalculatorRT45(t *testing.T) {
	head := []string{"House prices jump again as buyers return"}
	calc := []string{"Mortgage calculator", "Work out what your monthly repayments could be", "Property price", "£312,450",
		"Deposit", "£31,245", "Mortgage term (years)", "25", "Calculate", "Your estimated monthly repayment", "£1,563",
		"Total amount repayable: £468,900",
		"Figures are for illustration only. Your home may be repossessed if you do not keep up repayments on your mortgage.",
		"Powered by HomeRate Mortgage Services"}
	faq := []string{"Frequently asked questions", "Are the bridge works paid for by the council?",
		"Yes, the council will pay for the repairs from its roads budget, which it says has enough left in it this year.",
		"Will buses still run while the bridge is shut?",
		"Buses will run on the ring road instead, adding about ten minutes to each trip, the operator said on Monday."}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], calc, faq, rt37Foot)
	lo := len(rt37Menu)
	c := lo + len(head) + 2
	checkMarkerKept(t, "calculator", Default(), lines, func(i int) bool {
		return i >= lo && i < c || i >= c+len(calc) && i < c+len(calc)+len(faq)
	})
	// No button: the label and the fields stay for the other passes;
	// no label: the fields over a button stay.
	d := newDoc(slices.Concat(rt37Prose[:1], calc[:8], rt37Prose[1:2])...)
	MarkCalculators(d)
	if p := d.Paragraphs[1]; !p.Kept() {
		t.Errorf("%q removed without a button", p.Text)
	}
	d = newDoc(slices.Concat(rt37Prose[:1], []string{"Initial deposit", "Calculate"}, rt37Prose[1:2])...)
	MarkCalculators(d)
	if p := d.Paragraphs[1]; !p.Kept() {
		t.Errorf("%q removed without a calculator's label", p.Text)
	}
}

// TestRateWidgetRT45: the lines of a savings-rate widget.
func TestRateWidgetRT45(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"$0 min. deposit", true},
			{"$1,000 min. deposit", true},
			{"Rates as of April 21, 2026", true},
			{"On Brightwell Bank's secure site", true},
			{"Member FDIC. APYs are accurate as of the date shown and subject to change. Offers may not be available in all states.", true},
			{"Rates as of Friday were the highest in a decade, the bank said.", false},
			{"On the council's website", false},
			{"The deposit min. was raised", false},
		},
		RuleLinkLabel: {
			{"Open account", true},
			{"View menu", true},
			{"See today's rates", true},
			{"Why you can trust HMP", true},
			{"More on this", true},
			{"Republish this story for free", true},
			{"Why you can trust the council is the question, she said.", false},
		},
		RuleCopyright: {
			{"This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.", true},
			{"This work is licensed under the city's rules, the clerk said.", false},
		},
		RuleShareLabel: {
			{"ዜናዎችን በፍጥነት ለማግኘት የቴሌግራም ቻናላችንን ይቀላቀሉ 👉 t.me/addiszegeba", true},
			{"Eng so'nggi va tezkor yangiliklarni Telegram kanalimizda kuzatib boring 👉 @xabarnoma24uz", true},
			{"The minister posted the video on t.me/ yesterday", false},
		},
	}, func(string) bool { return false }, true)
}

// TestIntlRT45: read-also labels, ad markers and share buttons of
// Khmer, Mongolian, Telugu, Uzbek, Amharic, Afrikaans and Basque.
func TestIntlRT45(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"អានបន្ថែម៖ តម្លៃស្រូវសើមនៅខេត្តតាកែវធ្លាក់ចុះ ក្នុងរដូវប្រមូលផល", true},
			{"ពាណិជ្ជកម្ម", true},
			{"Холбоотой мэдээ", true},
			{"ఇంకా చదవండి", true},
			{"Batafsil", true},
			{"Advertensie eindig oor 5 sekondes", true},
			{"Harpidetu orain", true},
		},
		RuleShareLabel: {
			{"አጋራ", true},
			{"ሊንክ ቅዳ", true},
		},
	}, func(string) bool { return false }, true)
}

// TestRelatedInsideRT45: "More on this" inside the article announces the
// teasers under it; the subheading under them stays.
func TestRelatedInsideRT45(t *testing.T) {
	box := []string{"More on this", "Residents of first light public housing estate say rent is fair but flats feel 'cramped'",
		"Explainer | How does Hong Kong's public housing queue actually work?"}
	sub := []string{"Tenants 'left behind'"}
	head := []string{"Hong Kong to shorten public flat waiting time by 2029"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, sub, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	b := lo + len(head) + 2
	checkMarkerKept(t, "more on this", Default(), lines, func(i int) bool {
		return i >= lo && i < b || i >= b+len(box) && i < b+len(box)+len(sub)+2
	})
}

// TestHeadOverNamesRT45: a byline of a name alone whose given name is
// hyphenated ("Kenneth Lau Chi-wai") over the dates is part of the byline
// block, and the headline above it is found; so is an Amharic one over a
// date of the Ethiopian calendar.
func TestHeadOverNamesRT45(t *testing.T) {
	s := lineStats{words: 4}
	if !authorName("Kenneth Lau Chi-wai", &s) {
		t.Error("Kenneth Lau Chi-wai: no author's name")
	}
	s = lineStats{words: 4}
	if authorName("Hong Kong Housing Authority", &s) {
		t.Error("four capitalised words: an author's name")
	}
	for _, tc := range []struct {
		s     string
		words int32
		want  bool
	}{
		{"నవోదయ ప్రతినిధి", 2, true},
		{"ప్రాజెక్టు పూర్తయితే సాగునీరు అందనుంది.", 4, false},
		{"ఒకటి రెండు మూడు నాలుగు", 4, false},
		{"Jane Doe", 2, false},
	} {
		s := lineStats{words: tc.words, end: lastRune(tc.s)}
		if got := caselessName(tc.s, &s); got != tc.want {
			t.Errorf("caselessName(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"ጥቅምት 5 ቀን 2017 ዓ.ም", true},
		{"ማክሰኞ ጥቅምት 5 ቀን 2017 ዓ.ም", true},
		{"በሔለን ተክሉ", false},
		{"ግድቡ 2017 ላይ ተጠናቀቀ", false},
	} {
		if got := byline(tc.s); got != tc.want {
			t.Errorf("byline(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestPrunedTeaserRT45: on an HTML page, a read-also label's teaser that
// the extractor left out of the article does not make the subheading
// under the label a teaser; with nothing left out, the line right under
// the label is the label's headline.
func TestPrunedTeaserRT45(t *testing.T) {
	lines := slices.Concat(rt37Prose[:2], []string{"Читайте также", "Как будет ходить транспорт"}, rt37Prose[2:])
	for _, pruned := range []bool{false, true} {
		d := newDoc(lines...)
		if pruned {
			d.Pruned = []clean.Pruned{{At: 3, Paragraph: clean.Paragraph{Text: "2 марта, 11:20 В Приволжском районе закрыли переправу"}}}
		}
		(&Classifier{Rules: Rules()}).Mark(d)
		if got := d.Paragraphs[3].Kept(); got != pruned {
			t.Errorf("pruned teaser %v: subheading kept %v", pruned, got)
		}
	}
}

// TestFourTeasersRT45: a "Related Coverage" box of four headlines inside
// the article goes whole; the subheading under a box stays.
func TestFourTeasersRT45(t *testing.T) {
	box := []string{"Related Coverage", "Snow emergency declared in Harlow City; parking restrictions in effect through Thursday",
		"PHOTOS: Winter storm blankets the metro in 9 inches of snow", "Is your car ready for winter? 9 things mechanics say to check now",
		"Rural interstate crashes up 18% this winter, State Patrol data shows"}
	d := newDoc(slices.Concat(rt37Prose[:2], box, rt37Prose[2:])...)
	(&Classifier{Rules: Rules()}).Mark(d)
	for i := 2; i < 2+len(box); i++ {
		if p := d.Paragraphs[i]; p.Kept() {
			t.Errorf("teaser %q kept", p.Text)
		}
	}
	d = newDoc(slices.Concat(rt37Prose[:2], box[:4], []string{"Roads reopen", rt37Prose[2]})...)
	(&Classifier{Rules: Rules()}).Mark(d)
	if p := d.Paragraphs[6]; !p.Kept() {
		t.Errorf("subheading %q removed as %s", p.Text, p.Removal.Rule)
	}
}

// TestCaptchaBoxRT45: the reCAPTCHA notice is a legal line, and a
// newsletter box between two paragraphs, whose name no rule knows, goes
// with it: the box ends with the notice.
func TestCaptchaBoxRT45(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLegal: {
			{"This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", true},
		},
	}, func(string) bool { return false }, true)
	box := []string{"Traffic alerts",
		"Know before you go. Get crash reports, road closures and the morning commute forecast delivered to your inbox every weekday at 6 a.m.",
		"Email address", "Sign Up", "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."}
	head := []string{"Pile-up closes the interstate for hours"}
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	b := lo + len(head) + 2
	checkMarkerKept(t, "captcha box", Default(), lines, func(i int) bool {
		return i >= lo && i < b || i >= b+len(box) && i < b+len(box)+2
	})
}

// TestBioUnderNameRT45: the author's name alone over the outlet's name
// and a follow line, then the dateline, is a byline: the note about the
// author at the end goes. With a long line between the name and the
// dateline, the name is no byline's, and the note stays.
func TestBioUnderNameRT45(t *testing.T) {
	bio := "Dana Whitcomb covers public safety and transportation for the Harlow City Ledger. Reach her at dwhitcomb@example.com."
	for _, tc := range []struct {
		between []string
		want    bool
	}{
		{[]string{"Harlow City Ledger", "Follow on X @DWhitcombLedger"}, false},
		{[]string{"Harlow City Ledger", "The crash closed the interstate for most of the day and stranded hundreds of drivers in the cold."}, true},
	} {
		lines := slices.Concat([]string{"At least 2 dead as pileup shuts I-94", "Dana Whitcomb"}, tc.between,
			[]string{"Published 6:42 a.m. CT Jan. 13, 2026"}, rt37Prose, []string{bio})
		d := newDoc(lines...)
		MarkAuthorBios(d)
		if got := d.Paragraphs[len(lines)-1].Kept(); got != tc.want {
			t.Errorf("between %q: bio kept %v, want %v", tc.between, got, tc.want)
		}
	}
}

// TestDontMissRT45: "Don't miss..." announces the tabloid's teasers under
// it, inside the article.
func TestDontMissRT45(t *testing.T) {
	box := []string{"Don't miss...", "Love Villa legend reveals 'real reason' she turned down All Stars return [LATEST]",
		"Soap star's secret wedding at tiny Cotswolds chapel as co-stars gush [PICTURES]",
		"TV presenter fires back at trolls after 'unrecognisable' red carpet look [REACTION]"}
	d := newDoc(slices.Concat(rt37Prose[:2], box, rt37Prose[2:])...)
	(&Classifier{Rules: Rules()}).Mark(d)
	for i := 2; i < 2+len(box); i++ {
		if p := d.Paragraphs[i]; p.Kept() {
			t.Errorf("%q kept", p.Text)
		}
	}
}
