package boilerplate

import (
	"slices"
	"strings"
	"testing"
)

// TestRepairedStopwordsRT51: the Lithuanian and Turkish stopword lines of
// stopwords-iso came in a wrong code page ("dël" for "dėl", "þu" for
// "şu"); stopwords.txt holds them repaired. A Lithuanian page is found to
// be in Lithuanian, which joins its function words to the word as
// endings, and its sentences with few stopwords stay as prose on a page.
func TestRepairedStopwordsRT51(t *testing.T) {
	for _, line := range strings.Split(stopwordData, "\n") {
		lang, words, _ := strings.Cut(line, " ")
		if lang != "lt" && lang != "tr" {
			continue
		}
		if i := strings.IndexAny(words, "ðþèëàáøûæýÐÞÝ"); i >= 0 {
			t.Errorf("%s: a word in the wrong code page at %q", lang, words[max(0, i-10):min(len(words), i+10)])
		}
	}
	lines := []string{
		"Vilniaus šilumos tiekimo bendrovė paskelbė, kad gruodį šilumos kaina gyventojams sieks 8,41 ct/kWh su PVM.",
		"Kainą daugiausia lemia pigesnės gamtinės dujos ir biokuras, o didžioji dalis šilumos pagaminama iš atsinaujinančių išteklių.",
		"Vilniaus gyventojai šią vasarą elektros sąskaitose turėtų pamatyti didesnes sumas, perspėja energetikos specialistai.",
		"Sąskaitos dydį labiausiai lemia ne kaina, o suvartotos šilumos kiekis, kuris priklauso nuo oro temperatūros.",
		"Energetikos ekspertas pastebi, kad daug gyventojų vis dar nežino, jog gali prašyti sumažinti šildymo temperatūrą savo name.",
		"Mažas pajamas gaunantys gyventojai gali kreiptis dėl kompensacijos, o prašymus galima teikti ir internetu.",
		"Savivaldybė ragina senjorus nelaukti sausio mėnesio sąskaitų ir kreiptis jau dabar, nes kompensacija skiriama nuo to mėnesio.",
	}
	d := blockDoc(lines...)
	sc := new(bodyScratch)
	sc.features(d)
	if l := slices.Index(stopLangs, "lt"); l < 0 || sc.inLang != &stopInLang[l] || !sc.fused {
		t.Errorf("the page is not found to be in Lithuanian, a language of fusedLangs")
	}
	page := doc(append(append([]string{"Naujienos", "Lietuva", "Verslas", "Sportas"}, lines...), "Dalintis", "Komentarai (112)")...)
	BodyFinder{}.Mark(page)
	for i := range lines {
		if p := page.Paragraphs[4+i]; !p.Kept() {
			t.Errorf("removed (%s): %q", p.Removal.Rule, p.Text)
		}
	}
	tr := blockDoc("Belediye, şu an için yeni bir karar almadıklarını ve bu konuda bir şey söylemek için erken olduğunu açıkladı.")
	sc.features(tr)
	if s := sc.stops(0); s < 5 {
		t.Errorf("Turkish: %d stopwords, want at least 5 (şu, için, bir, ve, bu, şey)", s)
	}
}
