package boilerplate

import (
	"strings"
	"testing"
)

// TestRepairedStopwordsRT51: the Lithuanian and Turkish stopword lines of
// stopwords-iso came in a wrong code page ("dël" for "dėl", "þu" for
// "şu"); stopwords.txt holds them repaired (a Lithuanian page is checked
// with the added lists, see TestAddedStopwords).
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
	tr := blockDoc("Belediye, şu an için yeni bir karar almadıklarını ve bu konuda bir şey söylemek için erken olduğunu açıkladı.")
	sc := new(bodyScratch)
	sc.features(tr)
	if s := sc.stops(0); s < 5 {
		t.Errorf("Turkish: %d stopwords, want at least 5 (şu, için, bir, ve, bu, şey)", s)
	}
}
