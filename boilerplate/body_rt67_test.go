package boilerplate

import "testing"

// TestCreditOverNameRT67: a photo's caption and credit that the rules
// removed between the standfirst and the author's name, job and dateline
// cost the title search no reach: they are free lines over the author's
// name, as they are right over a byline (see titleFrom's edge), and the
// headline and its standfirst stay.
func TestCreditOverNameRT67(t *testing.T) {
	menu := []string{"Forside", "Nyheder", "Erhverv", "Sport", "Kultur", "Erhverv", "Energi"}
	head := []string{
		"Ny bro over Limfjorden bliver forsinket i to år: Mangler stål og arbejdskraft",
		"Broen skulle have været åbnet for trafik i 2027. Nu siger Vejdirektoratet, at det tidligst sker i 2029.",
	}
	furniture := []string{
		"Broen skal efter planen være 1,4 kilometer lang og have fire spor. (Arkivfoto)",
		"Foto: Karen Holm Nielsen/Ritzau Scanpix",
		"Mette Kjærgaard Holm",
		"Erhvervsjournalist",
		"15. feb. 2025 kl. 07.30",
		"Del",
		"Gem",
	}
	body := []string{
		"Den nye bro over Limfjorden ved Aggersund bliver ikke færdig til tiden, oplyser Vejdirektoratet.",
		"Ifølge direktoratet er det ikke lykkedes at skaffe stål nok til brofagene, og entreprenøren mangler samtidig folk til at støbe pillerne.",
		"– Markedet er ekstremt presset. Der er simpelthen ikke stål nok til de projekter, der skal bygges i de her år, siger projektchef Lars Winther.",
		"Forsinkelsen betyder, at færgen over fjorden skal sejle videre i mindst to år mere, og den har i forvejen ventetider i sommerferien.",
	}
	lines := append(append(append(append([]string{}, menu...), head...), furniture...), body...)
	checkMarkerKept(t, "default", Default(), lines, func(i int) bool {
		j := i - len(menu)
		return 0 <= j && j < len(head) || j >= len(head)+len(furniture)
	})
}

// TestSymptomCheckerRT67: a symptom checker inside the article (its label,
// its fields, its "Check symptoms" button and its note) goes whole (see
// MarkCalculators), and the article on both sides stays.
func TestSymptomCheckerRT67(t *testing.T) {
	before := []string{
		"Doctors say the signs of sepsis in children can be easy to miss, because they look like those of a cold or the flu in the first hours.",
		"Babies under three months with a temperature of 38C or higher should always be seen by a doctor, the hospital trust said on Monday.",
	}
	checker := []string{"Not sure what's wrong? Use our symptom checker", "Select a body area", "Head and neck",
		"Chest and breathing", "Skin", "Check symptoms",
		"The symptom checker is not a diagnosis. Always seek medical advice if you are worried."}
	after := []string{
		"Kerry Mansell said her four-year-old son had been unwell for a day before she took him to the emergency department, where doctors found sepsis.",
		"\"He just wasn't himself. He went quiet and grey, and I knew something was wrong,\" she said, adding that the staff had acted quickly.",
	}
	lines := append(append(append([]string{}, before...), checker...), after...)
	checkMarkerKept(t, "default", Default(), lines, func(i int) bool {
		return i < len(before) || i >= len(before)+len(checker)
	})
}

// TestKeyPointsOpenCleanTextRT67: clean text that opens with a box of key
// points, its headline kept as metadata, is kept whole when cleaned
// again (see opensDocument in BodyFinder.Mark).
func TestKeyPointsOpenCleanTextRT67(t *testing.T) {
	lines := []string{
		"Key points:",
		"- Biosecurity officers have extended the outbreak area by 15 kilometres after new detections",
		"- Growers inside the zone must treat or cold-store fruit before it can be sold interstate",
		"- Orchardists say the extra costs could wipe out their margins this season",
		"Fruit growers in the valley are facing thousands of dollars in extra costs after biosecurity officers widened an outbreak zone in the middle of the harvest.",
		"The agriculture department confirmed on Monday that larvae had been found at two more properties on the eastern edge of the town.",
		"The outbreak area, which restricts how fruit can be moved and sold, now covers a thirty-kilometre radius around the town and its packing sheds.",
		"Growers said the timing could not have been worse, with pickers in the trees and bins of fruit waiting to be trucked interstate.",
	}
	checkMarkerKept(t, "default", Default(), lines, func(int) bool { return true })
}
