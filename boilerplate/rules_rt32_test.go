package boilerplate

import (
	"fmt"
	"slices"
	"testing"

	"github.com/cleantext/clean"
)

// TestPagersWidgetsRT32: a pager's buttons and its count of items, a teaser
// cut short before its link's label, the fields of a quote widget; and the
// article lines like them that stay.
func TestPagersWidgetsRT32(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"NEXT PREV", true},
			{"« Previous Next »", true},
			{"Prev | Next", true},
			{"Best gifts for co-workers under $50 on A... SEE FULL GALLERY", true},
			{"The council voted on Tuesday to close the bridge … Read more", true},
			{"Das Parlament hat am Dienstag beschlossen … Weiterlesen", true},
			{"The council voted … more", true},
			{"He paused... Next", false}, // a short word after an ellipsis starts a sentence
			{"... Read more", false},     // no teaser before it
			{"Wait... what?", false},     // no label
			{"So we did go to the big old mill by the ford on the day of the fair, and we saw all the men and the boys at work on the new wall by the road to the town, and then we went home to tea … Read more", false}, // an excerpt
			{"Ups and downs... Read more about the plan in the council's report, which runs to 40 pages and covers every road in the district.", false},
		},
		RuleWidget: {
			{"1 - 5 of 36", true},
			{"Showing 1-10 of 45 results", true},
			{"Showing 11–20 of 1,204 results", true},
			{"Close: $70.26 | Day range: $68.90 – $70.84", true},
			{"52-wk range: $41.12 – $76.05", true},
			{"Market cap: $21.4B | P/E: 38.6", true},
			{"5 - 1 of 36", false},            // k > m
			{"1 - 50 of 36", false},           // m > n
			{"1-5 of 36 shots", false},        // a count of something else
			{"Volume: 3,114,207", false},      // a one-word field alone is a record's
			{"Open: 9am | Close: 5pm", false}, // hours, not a quote
			{"Close: 12", false},
			{"Volume: 3,114,207 | EPS: 2.10", true},
			{"Open: 70.10 | Volume: 3,114,207", true},
			{"0 - 0 of 0", false},
			{"Rank: 3 | Volume: 3,114,207", false}, // a label of no quote
			{"Open: 70.10 | Close: 70.26", false},  // no field but open and close
			{"Volume: 3,114,207 | EPS: 2.10", true},
			{"0 - 0 of 0", false},
			{"Market cap: about half of last year's", false}, // words in the value
		},
	}, func(rule string) bool { return rule == RuleWidget }, true)
}

// TestEdgeRules: a rule of underscores goes where it opens or closes what
// is kept, and stays between two paragraphs (a blank to fill in).
func TestEdgeRules(t *testing.T) {
	rule := "______________________________"
	for _, c := range []struct {
		texts []string
		gone  int // the index removed, or -1
	}{
		{[]string{article, article, rule}, 2},
		{[]string{rule, article, article}, 0},
		{[]string{article, rule, article}, -1},
		{[]string{article, "__", article}, -1},
		{[]string{article, "Sign here: ____", "___ _"}, -1},
	} {
		d := newDoc(c.texts...)
		MarkEdgeRules(d)
		for i := range d.Paragraphs {
			if got := !d.Paragraphs[i].Kept(); got != (i == c.gone) {
				t.Errorf("%q: paragraph %d removed %v", c.texts, i, got)
			}
		}
	}
}

// TestLabelsCaptionsRT32: the read-also labels, ad markers, share buttons
// and caption credits of red team 32's languages, a channel's counts,
// booking buttons, a shop's product and price, and images as feed readers
// print them; and the article lines like them that stay.
func TestLabelsCaptionsRT32(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Soma kandi: Komine Nyakivumu: abarimu 40 bashasha bashizwe mu mashure y'ibanze", true},
			{"Кӕсут ма ноджы: Дигорӕйы районы ног амбулатори байгом кодтой", true},
			{"Эмиэ ааҕыҥ: Улууска 14 нэһилиэк уу кутталлаах сиргэ киирдэ", true},
			{"Pule ruh: Ka slap ka pynjot ia ki 14 tylli ki iing ha Ri Bhoi", true},
			{"Chhiar tel rawh: Bawngthah-ah sawhthing processing unit thar hawn a ni", true},
			{"Nyeem thiab: Tsev kawm ntawv Maple Ridge yuav qhia lus Hmoob rau cov tub ntxhais kawm qib 9", true},
			{"ईहो पढ़ू: कमलपुरमे धानक बीज वितरण शुरू, किसानक लागल लाइन", true},
			{"हेंय वाचात: सांगोडेंत उदकाची तूट; गांवकार टँकराचेर आदारून", true},
			{"Chhiar zawm rawh", true},
			{"आगाँ पढ़ू", true},
			{"Ukwamamaza", true},
			{"Ka Jingpynbna", true},
			{"— Hriattirna —", true},
			{"Kev Tshaj Tawm", true},
			{"जायरात", true},
			{"48.2K subscribers", true},
			{"1.9K photos", true},
			{"Reserve a table", true},
			{"Make a reservation", true},
			{"Buy at Amperly: Nerovia Lumen 12 (128GB) — $899", true},
			{"Shop at Voltmart: Aria Pro headphones for $279", true},
			{"Buy at home: the cheapest way to save is $5", false},  // no shop's name
			{"Buy at Voltmart: the phone is cheaper in May", false}, // no price
			{"The club now has 48,200 subscribers and 1,900 photos in its archive.", false},
		},
		RuleShareLabel: {
			{"Qhia rau phooj ywg", true},
		},
		RuleCaption: {
			{"Abagore bavoma ku riba rishasha ry'i Karunyinya. (Ifoto: Ijwi ry'Imitumba / Claver N.)", true},
			{"Npis Lis tab tom muag zaub ntsuab ntawm lub khw. (Duab: Lub Suab Hmoob Hauv Zos)", true},
			{"[image: A yellow school bus parked at the Tallow Creek district depot] https://example.org/uploads/bus-depot.jpg", true},
			{"[Photo: A packed council chamber at Oakhurst Town Hall on Tuesday. Photo by Gwen Halvorsen-Tate]", true},
			{"[image: bus] https://example.org/bus.jpg and more", false},
			{"[image: bus] more text here", false},
			{"[Update: the council replied on Tuesday. It said no.]", false},
		},
		RulePhotoCredit: {
			{"Ног хид Хъӕддоны сӕрты. Хуызист: «Нӕ Хъӕу»", true},
			{"Саҥа дамба муус устуутатын кэмигэр. Хаартыска: «Өрүс кытыла»", true},
			{"Ног хид Хъӕддоны сӕрты. Фото: «Нӕ Хъӕу»", true},
		},
	}, func(string) bool { return false }, true)
	// HTML has no such lines: a bracketed paragraph is the page's text.
	checkKeptInHTML(t, "[Photo: A packed council chamber on Tuesday. Photo by Gwen Halvorsen-Tate]")
}

// TestRunningHeads: a running head that comes back three times goes, each
// copy; one that comes back twice, a subheading without a bar or a dash
// between parts, a table's header and a figure alone stay.
func TestRunningHeads(t *testing.T) {
	head := "Le Courrier des Deux-Rives | mardi 14 mai 2024"
	chapter := "Chapitre 2 — Région"
	for _, c := range []struct {
		texts []string
		gone  []int
	}{
		{[]string{head, article, chapter, article, head, chapter, article, head, chapter}, []int{0, 2, 4, 5, 7, 8}},
		{[]string{head, article, article, head}, nil},
		{[]string{head, article, head, article, chapter}, nil},
		{[]string{"Eat 60–90 minutes before your workout", article, "Eat 60–90 minutes before your workout", article, "Eat 60–90 minutes before your workout"}, nil},
		{[]string{"Pos | Player | Plays | Stats", article, "Pos | Player | Plays | Stats", article, "Pos | Player | Plays | Stats"}, nil},
		{[]string{"Page 4 | The Gazette.", article, "Page 4 | The Gazette.", article, "Page 4 | The Gazette."}, nil},
	} {
		d := newDoc(c.texts...)
		MarkRunningHeads(d)
		for i := range d.Paragraphs {
			if got, want := !d.Paragraphs[i].Kept(), slices.Contains(c.gone, i); got != want {
				t.Errorf("%q: paragraph %d removed %v, want %v", c.texts, i, got, want)
			}
		}
	}
	// A table's rows repeat their cells.
	row := "Round 2 | Kellerman — Oduya | 3–1"
	d := newDoc(row, article, row, article, row)
	for i := range d.Paragraphs {
		if i%2 == 0 {
			d.Paragraphs[i].Kind = clean.KindTableRow
		}
	}
	if MarkRunningHeads(d); d.Kept() != 5 {
		t.Errorf("a table's rows removed as running heads")
	}
	// A long book: more lines of the shape than gathered on the stack.
	var book []string
	for page := 1; page <= 40; page++ {
		book = append(book, head, chapter, article, fmt.Sprintf("Page %d | The Gazette", page))
	}
	d = newDoc(book...)
	MarkRunningHeads(d)
	for i, p := range d.Paragraphs {
		if got, want := !p.Kept(), i%4 < 2; got != want {
			t.Fatalf("a book of 40 pages: paragraph %d (%q) removed %v, want %v", i, p.Text, got, want)
		}
	}
	// A page of heads allocates nothing.
	pages := newDoc(head, article, head, article, head, chapter)
	if n := testing.AllocsPerRun(10, func() { MarkRunningHeads(pages) }); n != 0 && !raceEnabled {
		t.Errorf("MarkRunningHeads allocates %v times", n)
	}
	// A copy another stage removed counts.
	d = newDoc(head, article, head, article, head)
	d.Remove(0, clean.Removal{Stage: clean.StageBoilerplate, Rule: RuleLinkLabel})
	MarkRunningHeads(d)
	if d.Paragraphs[2].Kept() || d.Paragraphs[4].Kept() || d.Paragraphs[0].Removal.Rule != RuleLinkLabel {
		t.Errorf("with a copy removed before: %v %v %q", d.Paragraphs[2].Kept(), d.Paragraphs[4].Kept(), d.Paragraphs[0].Removal.Rule)
	}
}
