package boilerplate

import "testing"

// TestUkrainianStopwords checks that the stopword list covers Ukrainian
// running text as it covers English: each sentence of plain news prose
// holds at least proseDensity stopwords, thanks to the most common
// function words (і, в, у, на, не, за, по, а), which stopwords-iso's list
// lacks. Without them a paragraph of the article read as no prose and
// the body run cut the article's first paragraphs.
func TestUkrainianStopwords(t *testing.T) {
	lines := []string{
		"Ремонт мосту на в'їзді до міста тривав майже пів року і коштував громаді понад 40 мільйонів гривень.",
		"За словами міського голови, роботи не зупинялися навіть у морози, а бригади працювали по дві зміни.",
		"Водії тепер можуть їхати по мосту в обидва боки, але для вантажівок діє обмеження на 20 тонн.",
		"Мешканці сіл за річкою раніше мусили їхати в об'їзд через сусідній район, що забирало понад годину.",
	}
	d := blockDoc(lines...)
	sc := new(bodyScratch)
	sc.features(d)
	for i, l := range lines {
		if s := sc.stops(i); float64(s) < proseDensity*float64(sc.stats[i].words) {
			t.Errorf("%d stopwords of %d words: %q", s, sc.stats[i].words, l)
		}
	}
}
