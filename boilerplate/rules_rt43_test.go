package boilerplate

import (
	"slices"
	"testing"
)

// TestAskRT43: a public broadcaster's "Support public radio" button, a
// subscriber's badge ("Abonnent"), a
// question whether the reader wants to read more (of the site or not) and
// a subscription pitch of more than twenty words that opens with the
// paywall's verb; and the lines like them that stay.
func TestAskRT43(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAppeal: {
			{"Support public radio", true},
			{"Support Public Media.", true},
			{"Support public transit", false},
			{"Voters support public broadcasting by wide margins.", false},
		},
		RulePaywall: {
			{"Abonnent", true},
			{"Kun for abonnenter", true},
			{"Abonnentene klaget.", false},
			{"Want to read more?", true},
			{"Want to read more from the Herald?", true},
			{"Vil du lese mer fra Riksposten?", true},
			{"Möchten Sie weiterlesen?", true},
			{"Want to keep reading? ", true},
			{"Want to read more about how the council decided?", false},
			{"Want to read more from the Herald? The council said, in a long statement.", false},
			{"Want to read more from the council's long report on the bridge repairs?", false},
			{"Want to read more from the Herald, Sun or Post?", false},
			{"Want to read more.", false},
			{"Assine o Correio de Lisboa e tenha acesso ilimitado a todos os artigos, à edição em papel digital e às newsletters exclusivas.", true},
			{"Subscribe to the Herald today and enjoy unlimited access to every article, our archive since 1890 and the puzzles, for less than a coffee.", true},
			{"Subscribers to the county's broadband plan will have unlimited access to the new fibre lines and faster upload speeds from the end of June.", false},
			{"Subscribe to the Herald today and you will find the crossword, the archive since 1890, recipes, puzzles and our weekly newsletter there.", false},
			{"Assine o Correio de Lisboa e tenha acesso ilimitado a todos os artigos, à edição em papel digital, às newsletters exclusivas e a muito mais conteúdo dos nossos jornalistas todos os dias.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestRemovedTableRT43: an obituary's funeral-home box, a flower shop's
// pitch and a guest book after the article, then a list of other
// obituaries whose names and ages read as a table's rows. The rules
// remove most of that list, so it is no table of the article: it does not
// carry the article's run over the pitch and the guest book's prompt.
func TestRemovedTableRT43(t *testing.T) {
	head := []string{"Ruth Ann Merriweather, first woman to lead the county commission, dies at 88"}
	box := []string{"Funeral Home", "Dunlap-Everly Funeral Home", "412 Maple Street, Ferrisburg", "(555) 014-2277",
		"Visitation: Thursday, 4-7 p.m.", "Service: Friday, 11 a.m., First Methodist Church of Ferrisburg",
		"Visit funeral home website", "Get directions", "Send flowers", "Sponsored by Petal & Stem Florists",
		"Show your support for the family of Ruth Ann Merriweather. Same-day delivery available.",
		"Shop sympathy flowers", "Guest Book", "Offer condolences, share a memory or light a candle for Ruth Ann."}
	list := []string{"Sign the guest book", "48 entries", "Light a candle", "View all entries", "More obituaries",
		"Gerald Tomlin, 91, Ferrisburg", "Evelyn Marie Stroud, 76, Wren", "Arthur L. Pennock, 69, Ellery",
		"Submit an obituary", "Obituary policy and pricing"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, box, list, rt37Foot)
	d := blockDoc(lines...)
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		if p.Text == box[10] || p.Text == box[13] {
			if p.Kept() {
				t.Errorf("line %d %q kept", i, p.Text)
			}
		}
	}
	for i := len(rt37Menu); i < len(rt37Menu)+len(head)+len(rt37Prose); i++ {
		if !d.Paragraphs[i].Kept() {
			t.Errorf("article line %d %q removed", i, d.Paragraphs[i].Text)
		}
	}
}

// TestColumnRT43: an opinion column's head as a chain's CMS prints it: a
// menu of share buttons named for the headline, a headshot's caption
// credited to the paper alone, a comment count after "New,"; and the
// lines like them that stay.
func TestColumnRT43(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {
			{"Share all sharing options for: Marlow keeps treating the school bus shortage", true},
			{"Sharing options", true},
			{"Sharing options:", true},
			{"Sharing options for small firms are limited, the report said.", false},
		},
		RuleCaption: {
			{"Columnist Lorraine Pacheco. (Courier-Post photo)", true},
			{"The bridge at dawn. (Ledger file photo)", true},
			{"The winners (Tribune staff photos)", true},
			{"The bridge at dawn (see photo)", false},
			{"Storm Ciarán leaves a trail of damage across the south coast (24 photos)", false},
			{"The bridge at dawn (the best photo)", false},
			{"The bridge at dawn (Ledger Sunday Magazine cover photo)", false},
			{"The bridge at dawn (Daily Courier Sunday Magazine photo)", false}, // more than three words before "photo"
		},
		RuleLinkLabel: {
			{"New, 6 comments", true},
			{"New, 6 comments on the plan", false},
			{"New, bigger buses", false},
		},
	}, func(string) bool { return false }, true)
}

// TestRetortTitleRT43: an opinion headline that closes with a short
// retort ("… It isn't.") is taken when no other headline is found; a
// standfirst that closes so under a headline stays the standfirst; and
// the columnist's bio under such a headline and standfirst goes.
func TestRetortTitleRT43(t *testing.T) {
	const retort = "The city keeps treating the bus shortage like bad weather. It isn't."
	const dek = "The district knew for three years that it was losing drivers. Families now pay for a problem it chose to wait out."
	for _, c := range []headCase{
		{"retort over standfirst", []string{"OPINION", "COLUMN", retort, dek, "Jane Doe", "Columnist",
			"Columnist Jane Doe. (Courier-Post photo)", "Published 5:01 a.m. ET Sept. 21, 2026", "Facebook", "Email",
			"Share all sharing options for: The city keeps treating the bus shortage", "View comments"}, []int{2, 3}},
		{"retort as standfirst", []string{"Bridge to close for a year of repairs", "The work sounds simple and quick. It isn't.",
			"Jane Doe", "Published 5:01 a.m. ET Sept. 21, 2026", "Facebook", "Email"}, []int{0, 1}},
	} {
		lines, keep := c.page()
		checkMarkerKept(t, c.name, Default(), lines, keep)
	}
	// The columnist's bio at the end goes: her byline is above the third
	// prose paragraph, under the headline and the standfirst.
	head := []string{"OPINION", "COLUMN", retort, dek, "Jane Doe", "Columnist", "Published 5:01 a.m. ET Sept. 21, 2026", "Facebook", "Email"}
	bio := "Jane Doe is a Courier-Post columnist who writes about education and family. She lives in Marlow with her husband and two children."
	lines := slices.Concat(titleMenu, head, titleProse, []string{bio, "Share", "Tweet", "Privacy policy"})
	n := len(titleMenu) + len(head)
	checkMarkerKept(t, "bio", Default(), lines, func(i int) bool {
		return i == len(titleMenu)+2 || i == len(titleMenu)+3 || i >= n && i < n+len(titleProse)
	})
}

// TestIntlRT43: a Korean agency's copyright line and tip line, a reading
// time (French, English, German), read-also labels in French, Lithuanian
// and Marathi (its space before the colon), captions credited the Taiwanese
// way, in Marathi and in Lithuanian (the credit before "nuotr."), a Slovenian first month's offer and "Already a
// subscriber?" prompts; and the lines like them that stay.
func TestIntlRT43(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleCopyright: {
			{"<저작권자(c) 한빛뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", true},
		},
		RuleContact: {
			{"제보는 카카오톡 hanbitjebo", true},
			{"▶제보는 카카오톡 okjebo", true},
		},
		RuleWidget: {
			{"Lecture 6 min.", true},
			{"Temps de lecture : 6 min.", true},
			{"5-minute read", true},
			{"Lesezeit: 3 Minuten", true},
			{"6 min de lecture", true},
			{"Read 5 minutes a day", false},
			{"5 minutes", false},
			{"Les 5 min", false},
			{"Lecture 6 min. Puis le débat.", false},
			{"The lecture lasted 45 minutes.", false},
			{"Reading time: 1440 minutes", false}, // a count of more than three digits
		},
		RuleCaption: {
			{"中部科學園區廠房外，水車排隊進行載水作業。（記者陳怡如攝）", true},
			{"水庫庫底已可見大片裸露的泥灘地。（資料照）", true},
			{"民眾在臉書分享的照片。（圖／取自臉書）", true},
			{"बीड जिल्ह्यातील एका गावात टँकरमधून पाणी भरताना महिला. (छायाचित्र : प्रतिनिधी)", true},
			{"水利署表示，將持續監測水情（詳見附表）。", false},
		},
		RulePhotoCredit: {
			{"Elektriniais radiatoriais šildomuose butuose žiemos sąskaitos gali šoktelėti labiausiai. Shutterstock nuotr.", true},
			{"BNS nuotr.", true},
			{"Jis parodė seną nuotr.", false},
			{"Seimas priėmė sprendimą. Jis parodė seną nuotr.", false},
		},
		RulePaywall: {
			{"Berite vse vsebine Jutranjega kurirja brez omejitev – prvi mesec za 1 €.", true},
			{"Že naročnik? Prijavite se.", true},
			{"Jau esate prenumeratorius? Prisijunkite.", true},
			{"V prvi mesec je občina porabila 1 milijon € za obnovo cest.", false},
		},
		RuleLinkLabel: {
			{"Dans la même rubrique", true},
			{"Skaitykite daugiau", true},
			{"हेही वाचा : मुंबईत पुढील तीन दिवस मुसळधार पावसाचा इशारा", true},
			{"Dans la même rubrique, le journal publie trois enquêtes.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestChineseBylineRT43: a Taiwanese paper's byline ("記者陳怡如／台中報導")
// is a byline, not the headline over the article.
func TestChineseBylineRT43(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"記者陳怡如／台中報導", true},
		{"记者 王磊 报道", true},
		{"記者會後，市府宣布加強供水調度並請民眾節約用水以度過這波乾旱時期報導", false}, // too long
		{"記者報導", false},
	} {
		if got := byline(c.text); got != c.want {
			t.Errorf("byline(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPodcastRT43: a podcast episode page's furniture: a link to the
// reporting the episode draws on, the transcript's disclaimer, the
// sponsor's credit read on air, the show's promo; and the lines like them
// that stay.
func TestPodcastRT43(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Read Owen Castellanos's reporting: In Cask Hollow, the tap ran dry. The state says a pipeline is the answer.", true},
			{"Read the full investigation: How the county lost its water", true},
			{"Read the report: it is damning, and the council knows it.", false},
			{"Read the reporting rules: they say a reporter must disclose ties.", false},
		},
		RuleDisclaimer: {
			{"This transcript was generated by a combination of speech recognition software and human editors and may contain errors. Please check the corresponding audio before quoting in print.", true},
			{"Transcripts are created on a rush deadline. This text may not be in its final form and may be updated or revised in the future.", true},
			{"This transcript of the hearing, released on Monday, may contain errors, the committee warned.", false},
			{"This transcript was released by the court on Monday and shows the mayor knew of the leak.", false},
		},
		RuleSponsor: {
			{"Support for The Daily Standard comes from Harborline Credit Union. Banking that stays local. Learn more at harborline.com.", true},
			{"Support for this podcast comes from Acme Mattress, at acmemattress.com.", true},
			{"Support for the bill comes from both parties.", false},
			{"Support for the plan comes from residents, according to a survey at cityhall.gov.", false},
			{"Support for Medicare comes from both parties, the poll found.", false},
		},
		RuleAudio: {
			{"New episodes every weekday morning. Follow the show wherever you get your podcasts.", true},
			{"\"Listen wherever you get your podcasts,\" she joked in the interview about the podcast industry.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestLinksRT43: a French read-also link that names the kind of piece
// before its bar or colon, a link to all of an author's articles; and the
// lines like them that stay.
func TestLinksRT43(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Lire aussi le décryptage | Les retraites, un casse-tête budgétaire", true},
			{"Lire aussi l’entretien : « Nous ne céderons pas »", true},
			{"Lire aussi notre grande enquête : A Marseille, la colère monte", true},
			{"Lire aussi cette analyse, publiée hier, qui montre que la réforme échoue.", false},
			{"Lire aussi les quatre longs rapports de la Cour des comptes : ils disent tous la même chose.", false},
			{"All articles by Jane Doe", true},
			{"Alle Artikel von Max Muster lesen", true},
			{"Tous les articles de Jean Dupont", true},
			{"All articles by Jane Doe are checked by two editors before they run.", false},
			{"More stories by local writers", false},
		},
	}, func(string) bool { return false }, true)
}

// TestPitchRT40: pitches whose call comes in a second sentence, after one
// that says what the reader gets (red team 40's leftovers): an app's
// download, a subscription from a price, a WhatsApp channel in Spanish;
// and red team 41's: a follow-us line that opens "Puedes seguir a X en
// Facebook", a correction form's link; and the lines like them that stay.
func TestPitchRT40(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleShareLabel: {
			{"Get alerts when roads close near you. Download the NewsCenter 8 app for iPhone or Android.", true},
			{"¡El Centinela ya está en WhatsApp! Desde tu dispositivo móvil entérate de las noticias más relevantes del día.", true},
			{"The council approved the plan on a long night of debate over costs and roads. Download the app for iPhone or Android.", false},
			{"The minister said he was on WhatsApp! Then he left the room, laughing at the question.", false},
			{"The long-serving mayor of the small coastal town is finally on WhatsApp! It took years.", false},
			{"Puedes seguir a EL MERIDIANO Economía en Facebook y X, o apuntarte aquí para recibir nuestra newsletter semanal", true},
			{"Puedes seguir el debate en Facebook, dijo el alcalde.", false},
		},
		RuleLinkLabel: {
			{"Report an Error", true},
			{"Fehler melden", true},
			{"Report an error in the accounts to the auditor within a month.", false},
		},
		RuleAppeal: {
			{"Read the Daily Sentinel e-Paper on your phone, tablet or computer. Subscribe from as little as Sh20 a day.", true},
			{"Read the report before the vote. Subscribers to the utility will pay more from June.", false},
			{"Read the minutes of the meeting first. Subscribe from next week, the clerk said.", false},
		},
	}, func(string) bool { return false }, true)
}
