package boilerplate

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestPromoRules checks the sponsor, audio and source rules, and the
// captions, credits, labels and notices of their kin in rules.go, on lines
// set between two article paragraphs. Every text is made up.
func TestPromoRules(t *testing.T) {
	tests := map[string][]ruleCase{
		RuleSponsor: {
			{"This newsletter is sponsored by Larkspur Outdoor", true},
			{"Today's episode is brought to you by Fennick Tea.", true},
			{"This issue is presented by Corvel Bank", true},
			{"Dieser Newsletter wird präsentiert von Talbrück Versicherung", true},
			{"Cette newsletter est sponsorisée par Maison Brévent", true},
			{"Este episodio está patrocinado por Café Sierra Alta", true},
			{"Questa newsletter è sponsorizzata da Pasticceria Corvi", true},
			{"Esta newsletter é patrocinada por Banco Ribeira", true},
			{"Deze nieuwsbrief wordt gesponsord door Molenaar Fietsen", true},
			{"Presented by Corvel Bank", true},
			{"Sponsored by Larkspur Outdoor", true},
			{"Sponsored by Larkspur Outdoor, Inc.", true},
			{"Sponsored by Larkspur, Corvel And Vance", false},
			{"Brought to you by Fennick Tea", true},
			{"Together with Quillo", true},
			{"TOGETHER WITH QUILLO PAYROLL", true},
			{"Präsentiert von Talbrück", true},
			{"Présenté par Maison Brévent", true},
			{"Patrocinado por Café Sierra Alta", true},
			{"Sponsorizzato da Pasticceria Corvi", true},
			{"Gesponsord door Molenaar Fietsen", true},
			{"A message from our sponsor", true},
			{"A word from our sponsors", true},
			{"Sponsor message", true},
			{"Paid content", true},
			{"Contenu sponsorisé", true},
			{"Contenido patrocinado", true},
			{"Contenuto sponsorizzato", true},
			{"Gesponserter Beitrag", true},
			// Articles' sentences and headings.
			{"This edition of the festival is sponsored by the city council, which paid for the stage.", false},
			{"The concert was sponsored by a local bank.", false},
			{"Presented by the mayor on Monday, the budget cuts spending on roads.", false},
			{"Presented by the mayor on Monday", false},
			{"Together with his wife, he fled the town in 1994.", false},
			{"Together with friends", false},
			{"Together With Friends And Neighbours Across The Valley", false},
			{"This newsletter is read by 40,000 people every morning.", false},
			{"\"This episode is sponsored by Fennick Tea,\" the host said.", false},
			{"Sponsored by the state, the loans carry no interest.", false},
			{"This newsletter is sponsored by the city council, the mayor said.", false},
			{"Sponsorship deals have grown 12% this year.", false},
		},
		RuleAudio: {
			{"Listen on Apple Podcasts", true},
			{"Listen on Spotify", true},
			{"Listen on Apple Podcasts, Spotify or wherever you get your podcasts", true},
			{"Available on YouTube Music and Pocket Casts", true},
			{"Apple Podcasts | Spotify | RSS", true},
			{"Spotify · Deezer · Overcast", true},
			{"Anhören auf Spotify", true},
			{"Écouter sur Deezer", true},
			{"Escucha en Spotify", true},
			{"Ascolta su Spotify", true},
			{"Ouça no Spotify", true},
			{"Luister op Spotify", true},
			{"Listen and subscribe", true},
			{"Download MP3", true},
			{"Download MP3 (18.2 MB)", true},
			{"Show notes", true},
			{"Artikel anhören", true},
			{"Écouter l'article", true},
			{"Escuchar este artículo", true},
			{"Ascolta l'articolo", true},
			{"Ouvir este artigo", true},
			{"Beluister dit artikel", true},
			{"0:00 / 12:34", true},
			{"00:00 | 41:07", true},
			// Articles' sentences and headings.
			{"Listen on Spotify, where the band's new album drew two million streams in a day.", false},
			{"Listen on the radio for the result tonight", false},
			{"Available on request", false},
			{"Spotify cut its prices in ten markets", false},
			{"Spotify and YouTube", false},
			{"Download the report from the ministry's website", false},
			{"Downloads of the app doubled in a week.", false},
			{"00:00 Intro", false}, // a chapter alone (see TestChapterLists)
			{"12:34", false},
			{"Polls close at 22:00 / results are due at 23:30", false},
		},
		RuleSource: {
			{"Provided by Hallbrook Institute of Marine Science", true},
			{"Provided by University of Eastmoor", true},
			{"Bereitgestellt von Universität Talbrück", true},
			{"Citation: Reef fish learn to recognise divers (2026, March 2) retrieved 3 March 2026 from https://example.org/news/2026-03-reef-fish.html", true},
			{"Cite this article: Roe, J. (2026) How reef fish learn. Example Science Review.", true},
			{"Journal information: Marine Ecology Letters", true},
			{"原标题：一位老师，四所学校，一周一百六十公里", true},
			{"原标题是编辑后来改的，他说。", false},
			// Articles' sentences and the study's reference, which stays.
			{"Provided by the state, the loans carry no interest.", false},
			{"Provided by volunteers at the food bank", false},
			{"Citation: the officer wrote a ticket for speeding and left.", false},
			{"Journal information is hard to come by in the archive, the historian said.", false},
			{"More information: J. Roe et al, How reef fish learn, Example Science Review (2026). DOI: 10.5555/esr.2026.0042", false},
		},
		RuleCopyright: {
			{"This document is subject to copyright. Apart from any fair use for research, no part may be reproduced without written permission.", true},
			{"This material may not be published, broadcast, rewritten or redistributed.", true},
			{"No part may be reproduced without the written permission of the publisher.", true},
			{"The court found the photos were subject to copyright and may not be reproduced.", false},
			{"The judge ruled that no part of this report may be reproduced, the lawyer explained.", false},
			{"Under the settlement, this material may not be republished by the paper, the lawyer added.", false},
			{"\"This material may not be reproduced,\" the judge said.", false},
		},
		RuleLinkLabel: {
			{"Explore further", true},
			{"Learn more", true},
			{"Click to enlarge", true},
			{"CLICCA PER INGRANDIRE", true},
			{"Zum Vergrößern klicken", true},
			{"Cliquez pour agrandir", true},
			{"Haga clic para ampliar", true},
			{"Clique para ampliar", true},
			{"Klik om te vergroten", true},
			{"点击放大", true},
			{"クリックで拡大", true},
			{"Explore further afield and the valley opens into farmland.", false},
			{"Click to enlarge the map, the council told residents, was broken for a week.", false},
		},
		RuleCaption: {
			{"공원을 산책하는 시민들 (사진=한빛일보)", true},
			{"항구에 정박한 어선들 [한빛일보 자료사진]", true},
			{"公園で遊ぶ子どもたち（資料写真）", true},
			{"游客在湖边拍照（图片来源：东方日报）", true},
			{"김 대표(사진)는 이날 기자회견에서 새 계획을 발표했다.", false},
			{"新しい計画（写真）を市が発表した。", false},
		},
		RulePhotoCredit: {
			{"사진=한빛일보", true},
			{"[사진 출처=한빛일보]", true},
			{"(사진=한빛일보 제공)", true},
			{"写真：東方通信", true},
			{"（資料写真）", true},
			{"图片来源：东方日报", true},
			{"图为游客在湖边拍照。", true},
			{"Fishing boats leave the harbour at dawn. Photograph: Jane Roe/Agency", true},
			{"Fishing boats leave the harbour at dawn.Credit...Jane Roe for Example News", true},
			{"The ferry in the fog. (Image credit: Example Agency)", true},
			{"\"We are leaving,\" she said.’ Photograph: Jane Roe/Agency", true},
			{"Photograph: Jane Roe/Agency", true},
			{"The photograph: a grainy picture of the harbour at dawn, taken by a fisherman, changed the inquiry.", false},
			{"The key piece of evidence was the photo: it showed the car at the scene.", false},
			{"His credit: the bank wrote off the loan in 2019.", false},
			// More languages, and marks whose credit has no capital.
			{"The old ferry at the quay. Picture: Harbour Times", true},
			{"Паром біля причалу в Одесі. Фото: Іван Петренко", true},
			{"Người dân đi chợ nổi vào sáng sớm. Ảnh: Minh Anh", true},
			{"항구에 정박한 어선들이 보인다. 사진=박지훈 기자", true},
			{"गांव के तालाब में नहाते बच्चे। (फोटो: सुरेश कुमार)", true},
			{"Το λιμάνι της Σύρου το πρωί. Φωτογραφία αρχείου: Νίκος Παππάς", true},
			{"На фото: мер міста та його заступник на відкритті нового мосту через річку, який будували п'ять років.", false},
			{"Ми бачимо на фото: море, човни і небо.", false},
			// No capital after the mark in a script that has them.
			{"Човни на світанку. Фото: як рибалки виходять у море", false},
			// More than creditMarkWords words after the mark: a sentence.
			{"Boats at dawn. Photograph: The harbour master said the boats would leave at first light and return before the storm", false},
			{"Човни на світанку. Фото: Капітан порту сказав, що човни вийдуть на світанку і повернуться ще до початку шторму", false},
		},
	}
	// A line that must stay is taken by no other rule either.
	checkRuleCases(t, tests, func(rule string) bool {
		return rule == RuleSponsor || rule == RuleAudio || rule == RuleSource
	}, true)
}

// TestChapterLists checks that time-stamped lines go as a chapter list
// only three or more in a row, rising from zero, and that a live blog's
// entries stay.
func TestChapterLists(t *testing.T) {
	tests := []struct {
		lines []string
		want  []int
	}{
		{[]string{article, "00:00 Intro", "03:12 The vote", "11:40 Who pays?", "24:05 What comes next", article},
			[]int{1, 2, 3, 4}},
		{[]string{article, "[0:00] Welcome", "[4:31] The harbour plan", "[1:02:10] Listener questions", article},
			[]int{1, 2, 3}},
		{[]string{article, "(00:00) Intro", "(02:14) – Why now", "(10:02) – Costs", article}, []int{1, 2, 3}},
		// Two stamps are not a list; times of day are no chapters.
		{[]string{article, "00:00 Intro", "03:12 The vote", article}, nil},
		{[]string{article, "09:15 Ministers arrive", "10:40 Talks begin", "12:05 Lunch break", article}, nil},
		{[]string{article, "00:00 Intro", "11:40 Who pays?", "03:12 The vote", article}, nil},
		// A live blog: entries are sentences.
		{[]string{article, "00:00 The count has begun in all twelve wards.", "00:40 First result: turnout is up.",
			"01:15 The mayor has arrived at the hall.", article}, nil},
	}
	for _, tc := range tests {
		checkRemoved(t, tc.lines, tc.want)
	}
}

// TestPromoLabels checks that every whole-line label of the sponsor and
// audio rules is taken alone on a line, capitalised, and that every lead
// is lower case and opens a prefix list.
func TestPromoLabels(t *testing.T) {
	for _, set := range []struct {
		rule   string
		labels map[string]bool
	}{{RuleSponsor, sponsorLabels}, {RuleAudio, audioLabels}} {
		r := NamedRule(set.rule)
		for l := range set.labels {
			if wordCount(l) > 6 {
				t.Errorf("%s label %q: more than six words", set.rule, l)
			}
			c, n := utf8.DecodeRuneInString(l)
			text := string(unicode.ToUpper(c)) + l[n:]
			d := newDoc(article, text, article)
			if _, ok := r.Match(d, 1); !ok {
				t.Errorf("%s(%q) = false, want true", set.rule, text)
			}
		}
	}
	for _, set := range []struct {
		list  prefixList
		leads []string
	}{{sponsorLeadList, sponsorLeads[:]}, {audioLeadList, audioLeads[:]}, {audioLeadList, platformLeads[:]},
		{sourceLeadList, sourceLeads[:]}} {
		for _, l := range set.leads {
			if strings.ToLower(l) != l {
				t.Errorf("lead %q is not lower case", l)
			}
			if startLists(l)&set.list == 0 {
				t.Errorf("lead %q opens with no stem of its prefix list", l)
			}
		}
	}
	for _, r := range ")）]】］" {
		if s := string(r); !cjkCloser(s[len(s)-1]) {
			t.Errorf("cjkCloser refuses %q", s)
		}
	}
}
