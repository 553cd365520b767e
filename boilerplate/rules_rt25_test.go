package boilerplate

import "testing"

// TestProductCard: the lines of a shop widget's product cards go (the
// product's name, its price alone, its button); a table's cells with
// prices, a price with no button under it and a sentence over a price
// stay.
func TestProductCard(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  string // per line: x removed as a link label, . kept
	}{
		{"card", []string{"Harrow & Dean Double-breasted wool suit jacket in tobacco", "£245", "Buy now"}, "xxx"},
		{"card with from", []string{"Casa Varga guesthouse", "From €75", "View at Mercato"}, "xxx"},
		{"button two lines down", []string{"Norell Wide-leg pleated trousers", "$120", "Free delivery", "Add to bag"}, "xx.x"},
		{"no button", []string{"Norell Wide-leg pleated trousers", "£120", "Free delivery"}, "..."},
		{"table cells", []string{"Band A", "£1,257.45", "£1,320.20", "Buy now"}, "...x"},
		{"sentence over a price", []string{"The jacket costs less than you think.", "£245", "Buy now"}, ".xx"},
		{"price with words", []string{"Wide-leg trousers", "£120 in the sale", "Buy now"}, "..x"},
	} {
		t.Run(c.name, func(t *testing.T) { checkRuleRun(t, c.lines, c.want, RuleLinkLabel) })
	}
}

// TestCounterRow: a row of a post's counters goes (an icon before each
// count); a rating with a word, a price and a count with no icon stay.
func TestCounterRow(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {
			{"↺ 214", true},
			{"★ 301", true},
			{"♥ 12 💬 4", true},
			{"💬 4 🔁 12 ❤️ 80", true},
			{"👍1.2k", true},
			{"★ 4.5 Excellent", false},
			{"€ 45", false},
			{"↺ ★", false},
			{"214 ↺", false},
			{"214 ↺ 96", false},
			{"↺ 214 96", false},
			{"↺ 214 ★", false},
			{"→ 2024 was the warmest year on record", false},
		},
	}, func(string) bool { return false }, true)
}

// TestReadAlsoAdCreditLabels: the read-also labels, ad markers and photo
// credits of Yoruba, Zulu, Central Kurdish, Kyrgyz, Odia, Javanese and
// Haitian Creole go; a sentence that opens with the same words stays.
func TestReadAlsoAdCreditLabels(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"KA TÚN: Ìjọba ìpínlẹ̀ kéde owó ìrànwọ́ fún àwọn", true},
			{"FUNDA FUTHI: Abalandeli bakhala ngamanani amathikithi", true},
			{"پەیوەندیدار: نرخی ئاردی گەنم لە بازاڕەکانی هەرێم بەرز دەبێتەوە", true},
			{"Окуңуз: Өкмөт күзгү талаа иштерине жеңилдетилген насыя бөлдү", true},
			{"ଆହୁରି ପଢ଼ନ୍ତୁ: ଖରିଫ ଫସଲ କ୍ଷତି ପାଇଁ ସରକାର", true},
			{"ଆହୁରି ପ\u0b5dନ୍ତୁ: ଖରିଫ ଫସଲ କ୍ଷତି ପାଇଁ ସରକାର", true},
			{"Waca uga: Bupati Resmikake Pasar Sore Anyar", true},
			{"LI TOU: Kijan pou w prepare yon valiz ijans pou fanmi w", true},
			{"Ìpolówó", true},
			{"ڕیکلام", true},
			{"ବିଜ୍ଞାପନ", true},
			{"Pariwara", true},
			{"Piblisite", true},
			{"Li tou sa ki rive lè lapli tonbe sou vil la", false},
			{"Waca uga crita iki nganti rampung, ujare Bupati.", false},
		},
		RulePhotoCredit: {
			{"Fọ́tò: Àwọn oníṣòwò ń wo àwọn ṣọ́ọ̀bù. (Fọ́tò: Túndé Àjàyí / Ìwé Ìròyìn Òwúrọ̀)", true},
			{"Umdlali weThekwini Stars ugubha igoli ngeSonto ebusuku. Isithombe: Thulani Mkhize/Sizwe Media", true},
			{"وێنە: جووتیارێک لە نزیک بیرێکی وشکبوو. (وێنە: دلێر ئەحمەد)", true},
			{"ଫଟୋ: ଶଙ୍ଖପୁର ମଣ୍ଡିରେ ଗଦା ହୋଇଥିବା ଧାନ ବସ୍ତା। (ଫଟୋ: ସୁଶାନ୍ତ ମେହେର)", true},
		},
	}, func(string) bool { return false }, true)
}

// TestWikiFurniture: a wiki's jump links and the tagline under its title
// go; a headline shaped like the tagline stays.
func TestWikiFurniture(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Jump to navigation", true},
			{"Zur Suche springen", true},
			{"Перейти к навигации", true},
			{"From Wikipedia, the free encyclopedia", true},
			{"Aus OffeneNachrichten, der freien Nachrichtenquelle", true},
			{"From London, the free ferry", false},
			{"From Paris, the free press", false},
			{"Jump to navigation: how the app finds you", false},
		},
	}, func(string) bool { return false }, true)
}

// TestCitationWalls: the headers of a research story's reference block
// and citation formats end the article, as "Related" does.
func TestCitationWalls(t *testing.T) {
	numLangs() // scan's contract
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Journal Reference:", true}, {"Story Source:", true}, {"Cite This Page:", true}, {"MORE LIKE THIS", true},
		{"Související zprávy", true}, {"Zdroje", true},
		{"More likely this year", false}, {"Story sources say", false},
	} {
		var st lineStats
		scan(c.text, &st, nil)
		if got := isWall(c.text, &st); got != c.want {
			t.Errorf("isWall(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestHelplineBox: the lines of a helpline box under its notice go, each
// with a telephone number; the same lines with no notice above them, and
// reported speech under one, stay.
func TestHelplineBox(t *testing.T) {
	const notice = "If you have been affected by the issues raised in this story, support is available."
	const line1 = "Road Victims Support Line offers free, confidential help to anyone bereaved or injured in a road collision. Call 0800 555 0147."
	const line2 = "Samaritans are available 24 hours a day on 116 123."
	for _, c := range []struct {
		name  string
		lines []string
		want  string // per line: x removed as a disclaimer, . kept
	}{
		{"box", []string{notice, line1, line2}, "xxx"},
		{"no notice", []string{line1, line2}, ".."},
		{"no number", []string{notice, "Samaritans are available all day and all night."}, "x."},
		{"a count", []string{notice, "Forty volunteers answered 350 calls in the first week after the crash."}, "x."},
		{"speech", []string{notice, "\"We answered 116 123 calls last year,\" the charity said."}, "x."},
	} {
		t.Run(c.name, func(t *testing.T) { checkRuleRun(t, c.lines, c.want, RuleDisclaimer) })
	}
}

// TestCallOutWhatDoYouThink: "What do you think?" then a request to write
// in is a call-out; the question with the article going on after it is
// not.
func TestCallOutWhatDoYouThink(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleContact: {
			{"What do you think? Send a letter to the editor at letters@example.org or use our online form.", true},
			{"Letters should be no more than 200 words and must include the writer's full name.", true},
			{"Letters policy: Letters should be no more than 200 words and must include the writer's full name.", true},
			{"What do you think? The council votes on Tuesday.", false},
			{"Letters should be shorter, the editor wrote in 1990, when 500 words was common.", false},
		},
	}, func(string) bool { return false }, true)
}

// checkRuleRun runs the rules down lines between two article paragraphs,
// removing what they match as the classifier does, and checks that line i
// is removed for rule exactly when want[i] is 'x'.
func checkRuleRun(t *testing.T, lines []string, want, rule string) {
	t.Helper()
	rules := Rules()[0]
	d := newDoc(append(append([]string{article}, lines...), article)...)
	for i := range lines {
		r, ok := rules.Match(d, i+1)
		if ok {
			Remove(d, i+1, r)
		}
		if got := ok && r.Rule == rule; got != (want[i] == 'x') {
			t.Errorf("%q: removed as %s %v (%s), want %c", lines[i], rule, got, r.Rule, want[i])
		}
	}
}
