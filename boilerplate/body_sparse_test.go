package boilerplate

import (
	"fmt"
	"strings"
	"testing"
)

// TestUnseenLanguage checks the fallback for documents with few long
// sentences: it needs sparseLines sentences and a share of stopwords below
// proseDensity.
func TestUnseenLanguage(t *testing.T) {
	tests := []struct {
		words, stops, lines int
		ok                  bool
	}{
		{words: 150, stops: 6, lines: 10, ok: true},   // Korean: particles written into the word
		{words: 150, stops: 30, lines: 10, ok: true},  // a fifth: still below proseDensity
		{words: 150, stops: 38, lines: 10, ok: false}, // a quarter: the list covers the language
		{words: 150, stops: 70, lines: 10, ok: false}, // English running text
		{words: 60, stops: 2, lines: sparseLines - 1, ok: false},
		{words: 60, stops: 2, lines: sparseLines, ok: true},
	}
	for _, tt := range tests {
		if ok := unseenLanguage(tt.words, tt.stops, tt.lines); ok != tt.ok {
			t.Errorf("unseenLanguage(%d, %d, %d) = %v, want %v", tt.words, tt.stops, tt.lines, ok, tt.ok)
		}
	}
}

// sparseMenu is the head of a made-up Korean news page: a menu, a
// headline, the reporter's line and buttons, which no paragraph rule
// removes.
var sparseMenu = []string{"홈", "정치", "경제", "사회", "국제", "스포츠", "연예"}

// sparseArticle is its article: sentences of 10 to 20 words, most of them
// without any word of the Korean stopword list.
var sparseArticle = []string{
	"해안 마을에 새 방파제가 완공되면서 겨울철 파도 피해가 크게 줄어들 것으로 기대된다.",
	"군청은 지난 3년 동안 약 120억원을 들여 길이 800m의 방파제를 새로 쌓았다고 밝혔다.",
	"주민들은 해마다 겨울이면 높은 파도가 도로를 덮쳐 통학과 출근에 큰 불편을 겪어왔다.",
	"공사 기간에는 어선 출입이 제한돼 일부 어민들이 조업을 쉬어야 했지만, 군청은 보상금을 지급했다.",
	"어촌계장은 \"이제야 마음 놓고 겨울을 날 수 있게 됐다\"며 공사 관계자들에게 감사를 전했다.",
	"군청은 내년 봄까지 방파제 주변에 산책로와 전망대를 만들어 관광객을 맞을 계획이다.",
}

// TestBodySparseLanguage checks that the body finder finds the article of a
// page in a language the stopword list hardly covers, with no sentence of
// longProse words: the menu goes, every sentence stays.
func TestBodySparseLanguage(t *testing.T) {
	lines := append(append([]string{}, sparseMenu...), "새 방파제 완공…겨울 파도 피해 줄어든다")
	lines = append(lines, sparseArticle...)
	lines = append(lines, "좋아요", "화나요", "댓글 0")
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	kept := map[string]bool{}
	for _, p := range d.Paragraphs {
		if p.Kept() {
			kept[p.Text] = true
		}
	}
	for _, l := range sparseMenu {
		if kept[l] {
			t.Errorf("menu line kept: %q", l)
		}
	}
	for _, l := range sparseArticle {
		if !kept[l] {
			t.Errorf("article sentence removed: %q", l)
		}
	}
	if !kept["새 방파제 완공…겨울 파도 피해 줄어든다"] {
		t.Errorf("headline removed")
	}
}

// TestBodySparseNotEnglish checks that a page of short English sentences,
// which the stopword list covers, does not take the fallback: a short
// teaser list with few stopwords between them stays out of the run.
func TestBodySparseNotEnglish(t *testing.T) {
	article := []string{
		"The ferry will stop running in the winter, the company said on Tuesday.",
		"It has carried people across the bay for more than forty years.",
		"The company said that it could no longer pay for the fuel it needs.",
		"Many of the people who live on the island use it to get to work.",
		"The council said it would look for a way to keep it going in the spring.",
	}
	teasers := []string{
		"Quarterly retail results beat forecasts again, analysts at Harbour Capital say.",
		"Bridge repairs delayed again, county officials confirm after Monday meeting.",
		"Local family bakery wins national bread prize, London judges announce.",
	}
	lines := append(append([]string{"Home", "News", "Local", "Ferry service to end in winter"}, article...), "More stories")
	lines = append(lines, teasers...)
	d := doc(lines...)
	BodyFinder{}.Mark(d)
	for _, p := range d.Paragraphs {
		teaser := false
		for _, l := range teasers {
			teaser = teaser || p.Text == l
		}
		if teaser && p.Kept() {
			t.Errorf("teaser kept: %q", p.Text)
		}
		if !teaser && !p.Kept() && strings.HasSuffix(p.Text, ".") {
			t.Errorf("article sentence removed (%s): %q", p.Removal.Rule, p.Text)
		}
	}
}

// unseenShortPage is a made-up news page in a language the stopword list
// does not know, whose words are long (as in Greenlandic): its sentences
// after the subheading have five to seven words, and only the shape of
// prose tells them (see unseenProseWords).
const unseenShortPage = `R Saqqaa
R Nutaarsiassat
R Nunaqarfiit
R Timersorneq
R Kulturi
K Nunaqarfimmi atuarfik nutaaq ammarpoq
K Atuarfik nutaaq ullumi ammarpoq, meeqqallu qulit sisamat atuartut aallartipput ullaakkut.
K Kommunip atuarfiup sanaartornera ukiut marluk ingerlaneqarsimavoq, aningaasartuutillu annertuupput aammalu kinguaattoorpoq.
K Ilinniartitsisut pingasut nutaat atuarfimmi sulilerput, taakkunannga ataaseq nunaqarfimmeersuuvoq ilinniarsimasoq.
K "Ullumi ulloq nuannersoq. Meeqqat angerlarsimaffimminni atuarsinnaalerput," ilinniartitsisoq Naja Petersen oqarpoq.
K Atuarfik meeqqanut tallimanut ukiunut arfinilinnut atuartitsissaaq, ilinniagaqarnerlu nutaaq aallartippoq ullumi.
K Angajoqqaat nuannaarput
K Angajoqqaat amerlasuut ullumi ammarnermi peqataapput ilaqutariillu.
K Meeqqat atuarfimmut nutaamut tikilluaqqusaapput kaffisorlutik.
K Atuarfik ukiumi tulliuttumi allineqassaaq ilinniagaqarfimmik.
K Borgmesterip atuarfik pingaaruteqarluinnartoq oqaatigaa ullumi ammarnermi.
R Atuarneqarnerpaat
%s
R Sammisat: atuarfik, meeqqat, nunaqarfiit
R Siammarteruk
R Facebook
R Pisinnaatitaaffiit tamarmik illersorneqarput`

// TestBodyUnseenShortSentences: in a language the stopword list does not
// know, sentences of five to seven words are prose when they end with a
// full stop, so the article's second section stays with its first; the
// menus, the teasers (questions and cries, no full stop) and the footer
// go.
func TestBodyUnseenShortSentences(t *testing.T) {
	questions := "R Aalisartut piniartullu ataatsimeersuarput nunaqarfimmi qanoq pisoqassava?\n" +
		"R Umiarsuaq assartuut kinguaattoorpoq sooq ukiumi matuneqassava?"
	cries := "R Piniartut puisit amiinik akissarsiaat appariarput qanoq iliussaagut!\n" +
		"R Aalisarneq ukiuunerani ajornakusoorpoq qanoq iliussaagut!"
	for _, teasers := range []string{questions + "\n" + cries, cries + "\n" + questions} {
		var lines, labels []string
		for l := range strings.SplitSeq(fmt.Sprintf(unseenShortPage, teasers), "\n") {
			labels, lines = append(labels, l[:1]), append(lines, l[2:])
		}
		d := doc(lines...)
		BodyFinder{}.Mark(d)
		for i, p := range d.Paragraphs {
			switch {
			case labels[i] == "K" && !p.Kept():
				t.Errorf("article line removed (%s): %q", p.Removal.Rule, p.Text)
			case labels[i] == "R" && p.Kept():
				t.Errorf("boilerplate kept: %q", p.Text)
			}
		}
	}
}
