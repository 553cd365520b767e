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
