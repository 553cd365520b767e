package boilerplate

import (
	"slices"
	"testing"
)

// TestLabelsRT37: a photographer's name and an outlet's joined by a slash,
// alone or after a caption; a caption's credit in brackets in Swahili; a
// link to another article behind angle brackets; and the lines like them
// that stay.
func TestLabelsRT37(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"Dana Whitcomb/Harlan Valley Courier", true},
			{"Dana Whitcomb / Harlan Valley Courier", true},
			{"Jane Roe/Reuters", true},
			{"Residents wait at the Red Cross shelter on Tuesday afternoon. Ray Dutton/Courier-Ledger", true},
			{"John/Reuters", false},                                             // one word is no name
			{"Patients with HIV/Aids", false},                                   // words in lower case
			{"The vote was close. Democrats/Republicans", false},                // one word before the slash
			{"Jane Roe/Reuters said the figures were revised in March.", false}, // a sentence
			{"Jane Roe 2/Reuters", false},                                       // a figure
		},
		RuleSource: {
			{"This report by The Canadian Press was first published March 3, 2024.", true},
			{"This report by The Associated Press was first published on May 3.", true},
			{"This report by the auditor general was first published in 2019 and revised twice since.", false},
			{"This report by the auditor general, first published in March, found that the ministry overspent.", false},
		},
		RuleAppeal: {
			{"The U.S. Daily Briefing newsletter brings you the top stories from across America every weekday morning. Sign up here.", true},
			{"The council's newsletter was mailed to 4,000 homes. Residents can sign up here.", false},
			{"The clinic brings vaccines to the villages every week. Sign up here.", false},
		},
		RuleCaption: {
			{"Firefighters spray water on the warehouse on Tuesday, June 11. (Alma Trujillo / Tullis Valley Current)", true},
			{"Firefighters spray water on the warehouse on Tuesday. (Stock market/economy)", false},
			{"Mtoto akipatiwa chanjo ya surua katika Kituo cha Afya Mwembeni, Lukenge jana. (Picha na Rehema Mwakyusa)", true},
			{"The harbour wall after the storm. (Foto: Jan Kowalski)", true},
			{"Watoto walipatiwa chanjo jana. (Picha mpya zitatolewa kesho na wizara ya afya)", true},
			{"Mtoto akipatiwa chanjo jana. (Pichani ni mama yake)", false},
		},
		RuleLinkLabel: {
			{">> Mức phạt nồng độ cồn với xe máy, ô tô từ năm 2025", true},
			{">>> Fines for drink-driving rise from January", true},
			{">> THE FIRE STARTED AT NIGHT AND SPREAD", false}, // a speaker's turn in captions
			{">> The fire started at night, the chief said.", false},
			{">> Go", false},
			{"Haberin Devamı", true},
			{"Čtěte také: Jak změnit dodavatele energií a na co si dát pozor ve smlouvě", true},
			{"Čtěte také", true},
			{"Inzerce", true},
			{"HABERİN DEVAMI", true},
			{"Haberin devamında bakan açıklama yaptı.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestBylinesRT37: a Swahili byline and dates, and a sentence that opens
// with "Na" (and); a Japanese date and time.
func TestBylinesRT37(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Na Rehema Mwakyusa, Lukenge", true},
		{"Na Rehema Mwakyusa", true},
		{"Machi 11, 2025", true},
		{"11 Machi 2025", true},
		{"Agosti 3, 2024", true},
		{"Na Serikali imesema kwamba itaongeza bajeti ya afya mwaka huu.", false},
		{"Na Rehema", false},
		{"Machi ya mwaka huu ilikuwa na mvua nyingi", false},
		{"2025年2月19日 22時14分", true},
		{"（2025年2月20日 0時35分更新）", true},
		{"首相は20日、記者会見で述べた。", false},
	} {
		if got := byline(c.text); got != c.want {
			t.Errorf("byline(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// rt37Menu is a site's menu over the head of a test page.
var rt37Menu = []string{"Home", "News", "Sports", "Opinion", "Obituaries", "Business", "Weather", "Things to Do",
	"Legals", "e-Edition", "Health", "Science", "Travel"}

// rt37Prose is an article's body.
var rt37Prose = []string{
	"The council said on Monday that the bridge would close for repairs, and that the work would take most of the year.",
	"Drivers will have to use the ring road, which the council said it would widen before the bridge closes in the spring.",
	"The mayor told residents that the bridge was more than fifty years old and had never been repaired since it opened.",
	"Engineers found cracks in two of the supports last autumn, and the council commissioned a survey of the whole structure.",
}

// rt37Foot is a page's footer under the article.
var rt37Foot = []string{"Most Popular", "About Us", "Contact Us", "Privacy Policy", "© 2026 Example Media. All rights reserved."}

// checkRT37Page cleans menu, head, rt37Prose and rt37Foot with the
// default classifier, and checks that exactly the head lines of keep and
// the prose stay.
func checkRT37Page(t *testing.T, name string, menu, head []string, keep ...int) {
	t.Helper()
	lines := slices.Concat(menu, head, rt37Prose, rt37Foot)
	checkMarkerKept(t, name, Default(), lines, func(i int) bool {
		h := i - len(menu)
		return h >= len(head) && h < len(head)+len(rt37Prose) || h >= 0 && slices.Contains(keep, h)
	})
}

// TestTitlesRT37: the head of an article over its byline block in the
// shapes red team 37 found the title search missing.
func TestTitlesRT37(t *testing.T) {
	// The outlet under the author's name is the byline block's, as the
	// author's job is (see affiliation): the headline and its standfirst
	// are above them.
	checkRT37Page(t, "outlet under the author", rt37Menu, []string{
		"Bridge to close for a year as council orders urgent repairs",
		"Engineers found cracks in two supports; drivers face a six-mile detour from March.",
		"Jane Doe", "Springfield Courier", "View Comments",
		"Published 11:52 p.m. ET Oct. 18, 2024", "Facebook", "Email"}, 0, 1)
	// Negative: a headline of four capitalised words under a kicker
	// of two stays the headline.
	checkRT37Page(t, "short headline under a kicker", rt37Menu, []string{
		"Local News", "Bridge Closes For Repairs", "By Jane Doe", "21 November 2026"}, 1)
	// A dateline over the headline under a long menu: the site's date
	// above the menu is no byline of the article's (see menuLines), so
	// the site's tagline is not taken for the headline.
	checkRT37Page(t, "date above the menu", append([]string{"Example News", "News people read every day",
		"Tuesday, 7 January 2025"}, rt37Menu...), []string{
		"Tuesday, 7 January 2025, 14:25 (GMT+7)",
		"Bridge to close for a year as council orders urgent repairs"}, 1)
	// A headline of two sentences, the second without its full stop.
	checkRT37Page(t, "headline of two sentences", rt37Menu, []string{
		"Sąd unieważnił umowę frankową. Bank musi oddać małżeństwu ponad 412 tys. zł",
		"Sąd Apelacyjny prawomocnie uznał, że umowa kredytu zawierała klauzule niedozwolone. Kredytobiorcy odzyskają wszystkie wpłacone raty.",
		"Anna Kwiatkowska", "14.02.2025, 10:24"}, 0, 1)
	// A standfirst of two lines under the headline, as Korean papers
	// print them (see headOverDeks).
	checkRT37Page(t, "standfirst of two lines", []string{"경제", "산업", "재계"}, []string{
		"반도체 수출 142억 달러 '역대 최대'…HBM 수요가 끌어올렸다",
		"11월 반도체 수출 전년 대비 31% 증가…14개월 연속 플러스 이어가며 최대치",
		"전체 수출도 1.4% 늘며 두 달 연속 증가세 이어가",
		"김민준 기자", "입력 2024.12.02 11:20"}, 0, 1, 2)
	// A run that starts at the standfirst starts under the byline
	// block: the outlet under the author's name and the share buttons
	// under the dates are the block's (see pastBylines).
	checkRT37Page(t, "byline block under a standfirst", rt37Menu, []string{
		"School board votes 4-3 to close two elementary schools",
		"Trustees approved the closures after a four-hour meeting, citing a $4.7 million shortfall and a decade of falling enrollment.",
		"By Dana Whitcomb", "The Bramwell Herald-Dispatch", "Published 3:12 p.m. CT Oct. 8, 2024", "Updated 4:05 p.m. CT Oct. 9, 2024",
		"Facebook", "Twitter", "Email", "Print", "Save", "Listen to this article", "0:00 / 6:41", "1x",
		"Parents and students hold signs outside the district building before Monday's board meeting.",
		"Dana Whitcomb/The Herald-Dispatch"}, 0, 1)
	// The author's name and outlet under a standfirst over the dates.
	checkRT37Page(t, "name and outlet under a standfirst", rt37Menu, []string{
		"Reyes runs for 212 yards as Cedar Bluff outlasts Wyandot Valley in overtime",
		"Junior tailback scores the winner on a 9-yard run in OT; the Cougars clinch at least a share of the league title.",
		"Travis Okafor", "Harlan Valley Courier", "View Comments", "Published 11:52 p.m. ET Oct. 18, 2024",
		"Updated 9:06 a.m. ET Oct. 19, 2024", "Facebook", "Email", "X", "Text",
		"Cedar Bluff's Mateo Reyes (22) slips past a linebacker during the third quarter Friday at Fenner Field.",
		"Dana Whitcomb/Harlan Valley Courier"}, 0, 1)
	// A video player under the byline block, its next video's title
	// over that video's length: no headline (see titleFrom).
	checkRT37Page(t, "player under the byline block", rt37Menu, []string{
		"Halverton fire: Thousands evacuated as flames engulf paint plant",
		"Fire officials say the blaze could burn for hours. Here's what to know about the evacuation zone, shelters and road closures.",
		"Author: Kayla Brenner, Jordan Pike", "Published: 11:54 AM EDT June 11, 2024", "Updated: 5:32 PM EDT June 11, 2024",
		"Play Video", "Video: Flames and heavy smoke pour from the plant in Halverton", "Now Playing", "0:00 / 2:47", "Unmute",
		"CC", "Fullscreen", "Up Next", "Aerial view: smoke plume seen for miles over the valley", "1:12", "Autoplay: On"}, 0, 1)
	// Negative: a standfirst in sentences under the title is the
	// title's, not the second line of one under the line above.
	checkRT37Page(t, "standfirst in sentences", rt37Menu, []string{
		"City won by 3 goals (with 10 men)", "Late goals seal the title for the city in style",
		"The home side scored twice late on to win it.", "By Jane Doe", "21 November 2026"}, 1, 2)
	// Negative: a standfirst much longer than the title is the title's
	// own, not the second line of one under the line above (a promo).
	checkRT37Page(t, "long standfirst under the title", rt37Menu, []string{
		"Flights to Lisbon from 389 dollars round trip for the whole summer",
		"Walking Portugal's forgotten schist villages, one stone lane at a time",
		"In the hills east of Coimbra a string of near-empty mountain hamlets is quietly coming back to life and you can walk between them",
		"Words by Tobias Rennart-Kline", "14 June 2024"}, 1, 2)
	// A video player under the byline block: the run starts at its
	// button, and the title search passes over it (see playerButton).
	checkRT37Page(t, "video under the byline block", rt37Menu, []string{
		"Huizenprijzen blijven stijgen: koopwoning gemiddeld 9 procent duurder dan een jaar geleden",
		"Een koophuis kostte in het vierde kwartaal gemiddeld ruim 470.000 euro. Vooral starters hebben het moeilijk.",
		"vandaag, 10:12", "Aangepast vandaag, 12:40", "Video afspelen", "02:14",
		"Kopers bieden tienduizenden euro's boven de vraagprijs: 'We hebben twaalf keer misgegrepen'"}, 0, 1)
	// Negative: a ticker's line over the headline is no headline over
	// a standfirst of two lines.
	checkRT37Page(t, "ticker over the headline", []string{"أخبار", "سياسة", "اقتصاد"}, []string{
		"عاجل: انطلاق أعمال اللجنة الوزارية المشتركة في مسقط",
		"اللجنة العمانية الأردنية المشتركة توقع ثماني مذكرات تفاهم في مسقط وتتفق على آلية جديدة",
		"الجانبان يؤكدان أهمية تعزيز التنسيق إزاء القضايا الإقليمية ويبحثان رفع التبادل التجاري",
		"مسقط - الأفق العربي", "الثلاثاء 14 يناير 2025 - 07:32 م"}, 1, 2)
	// A Swahili byline and date under the headline and its standfirst,
	// with the photo's caption and its credit under them.
	checkRT37Page(t, "Swahili byline", []string{"Nyumbani", "Habari", "Afya", "Michezo"}, []string{
		"Watoto 240,000 kupatiwa chanjo ya surua na rubela Lukenge",
		"Serikali imezindua kampeni ya siku tano ya chanjo ya surua na rubela katika Wilaya ya Lukenge.",
		"Na Rehema Mwakyusa, Lukenge", "Machi 11, 2025", "Shiriki:", "Facebook", "WhatsApp",
		"Mtoto akipatiwa chanjo ya surua katika Kituo cha Afya Mwembeni, Lukenge jana. (Picha na Rehema Mwakyusa)"}, 0, 1)
}

// TestTimeStampsRT37: a time of day with two short words after it is a
// live blog's time stamp.
func TestTimeStampsRT37(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"7:52 p.m. ET", true},
		{"11:48 a.m. EDT", true},
		{"9:05 a.m.", true},
		{"16:40 IST", true},
		{"16:40", true},
		{"7:52 p.m. ET today", false},
		{"7:52 in the morning", false},
		{"7:52 tonight", false},
	} {
		if got := timeStamp(c.text); got != c.want {
			t.Errorf("timeStamp(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPlayerUnderBylinesRT37: under a standfirst and its dates, a video
// player's button ("Video afspelen" over "02:14") starts the run, where
// the player is taken as the page's: the date above it goes with the
// byline block (see pastBylines, playerButton).
func TestPlayerUnderBylinesRT37(t *testing.T) {
	head := []string{"Nieuws", "Sport", "Binnenland", "Buitenland", "Politiek", "Economie", "Tech", "Zoeken", "Economie",
		"Huizenprijzen blijven stijgen: koopwoning gemiddeld 9 procent duurder dan een jaar geleden",
		"Een koophuis kostte in het vierde kwartaal gemiddeld ruim 470.000 euro. Vooral starters hebben het zwaar, want het aanbod blijft krap en er wordt massaal overboden.",
		"vandaag, 10:12", "Aangepast vandaag, 12:40", "Video afspelen", "02:14",
		"Kopers bieden tienduizenden euro's boven de vraagprijs: 'We hebben twaalf keer misgegrepen'"}
	nl := []string{
		"Huizen zijn het afgelopen jaar opnieuw fors duurder geworden. Een gemiddelde koopwoning kostte in het vierde kwartaal 9,1 procent meer dan een jaar eerder, meldt de vereniging vandaag.",
		"Daarmee ligt de gemiddelde verkoopprijs op 472.000 euro, een record. In het derde kwartaal was dat nog 461.000 euro.",
		"Het aantal verkochte huizen steeg ook, met ruim 12 procent. Volgens de makelaars komt dat vooral doordat beleggers hun verhuurwoningen verkopen.",
		"\"Er wordt wel meer verkocht, maar het aanbod is nog steeds veel te klein voor het aantal mensen dat een huis zoekt,\" zegt de voorzitter van de vereniging.",
	}
	lines := slices.Concat(head, nl, rt37Foot)
	checkMarkerKept(t, "player under the bylines", Default(), lines, func(i int) bool {
		return i == 9 || i == 10 || i >= len(head) && i < len(head)+len(nl)
	})
}

// TestContinuesBelowRT37: the lines under a widget that says the article
// goes on below it are the article's, though no prose (a match's box
// score), down to its next prose paragraph.
func TestContinuesBelowRT37(t *testing.T) {
	head := []string{"Reyes runs for 212 yards as Cedar Bluff outlasts Wyandot Valley", "By Jane Doe", "21 November 2026"}
	widget := []string{"Story continues below gallery", "Gallery: Cedar Bluff vs. Wyandot Valley, Week 9 (42 photos)"}
	score := []string{"Wyandot Valley 7 0 7 7 0 — 21", "Cedar Bluff 0 14 0 7 6 — 27",
		"Leaders — Rushing: CB, Reyes 32-212, 2 TD; WV, Cobb 11-58. Passing: WV, Lindqvist 16-27-188, 2 TD."}
	last := "Up next: Cedar Bluff hosts Pinecrest to close the regular season, while Wyandot Valley travels to Marlow Township."
	lines := slices.Concat(rt37Menu, head, rt37Prose, widget, score, []string{last}, rt37Foot)
	lo := len(rt37Menu)
	w := lo + len(head) + len(rt37Prose)
	// The rules remove the widget's labels: the default classifier.
	checkMarkerKept(t, "continues below", Default(), lines, func(i int) bool {
		return i == lo || i >= lo+len(head) && i < w || i >= w+len(widget) && i <= w+len(widget)+len(score)
	})
	// Negative: a gallery's label that says nothing of the article
	// going on: the box score and the line under it stay outside.
	widget[0] = "View the gallery"
	lines = slices.Concat(rt37Menu, head, rt37Prose, widget, score, []string{last}, rt37Foot)
	checkMarkerKept(t, "no continues below", Default(), lines, func(i int) bool {
		return i == lo || i >= lo+len(head) && i < w
	})
}

// TestEchoesRT37: the byline block printed again inside the run, over a
// second copy of the article, goes as the first went; one short line
// that repeats a menu's item is a subheading and stays.
func TestEchoesRT37(t *testing.T) {
	head := []string{"Bridge to close for a year as council orders urgent repairs", "Jane Doe and John Roe",
		"Springfield Courier", "21 November 2026"}
	second := []string{"Jane Doe and John Roe", "Springfield Courier"}
	more := "The council will hold a public meeting about the detour at the town hall on Thursday evening, officials said."
	// The second copy of the article (which the dedupe stage removes)
	// under its byline block, with a paragraph the first has not.
	lines := slices.Concat(rt37Menu, head, rt37Prose, second, rt37Prose, []string{more}, rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	s := p + len(rt37Prose)
	checkBodyKept(t, "echoed byline block, ", lines, func(i int) bool {
		return i == lo || i >= p && i < s || i >= s+len(second) && i <= s+len(second)+len(rt37Prose)
	})
	// Negative: a subheading that a menu item names, over another short
	// line, stays: one line alone repeats no block.
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], []string{"Health", "Travel"}, rt37Prose[2:], rt37Foot)
	checkBodyKept(t, "subheading named in the menu over a short line, ", lines, func(i int) bool {
		return i == lo || i >= p && i < p+len(rt37Prose)+2
	})
	// Negative: "Health" is a menu item and a subheading.
	lines = slices.Concat(rt37Menu, head, rt37Prose[:2], []string{"Health"}, rt37Prose[2:], rt37Foot)
	checkBodyKept(t, "subheading named in the menu, ", lines, func(i int) bool {
		return i == lo || i >= p && i <= p+len(rt37Prose)
	})
}

// TestAskingTeaserRT37: a teaser's headline that asks, right under the
// label that announces it, goes; a subheading that asks, under the
// article's paragraph, stays.
func TestAskingTeaserRT37(t *testing.T) {
	lines := slices.Concat(rt37Menu, []string{"Bridge to close for a year as council orders urgent repairs"}, rt37Prose[:2],
		[]string{"İlgili Haberler", "Asgari ücret zammı sonrası enflasyon beklentileri nasıl değişti?"}, rt37Prose[2:],
		[]string{"What happens next?"}, rt37Prose[:1], rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, "asking teaser", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+3 || i >= lo+5 && i < lo+5+len(rt37Prose)-2+2
	})
	// The rules take the teaser, as a link: the label above it then
	// stands inside the article (see inlineWalls).
	d := blockDoc(lines...)
	Default().Mark(d)
	if r := d.Paragraphs[lo+4].Removal; r == nil || r.Rule != RuleLinkLabel {
		t.Errorf("asking teaser: removal %+v, want %s", r, RuleLinkLabel)
	}
}

// TestLabelsRT38: read-also labels before a bar, a print edition's note
// that quotes its headline, a tip box's question, a widget's loading
// text and a skip link past a newsletter box; and the lines like them
// that stay.
func TestLabelsRT38(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"READ | Stage 4 load shedding to continue until Thursday as breakdowns climb", true},
			{"ALSO READ | How to check your load shedding schedule", true},
			{"Loading...", true},
			{"after newsletter promotion", true},
			{"Skip past newsletter promotion", true},
		},
		RuleSource: {
			{"This article appears in the December 2024 print edition with the headline “Nobody Is Coming.”", true},
			{"This article appears in print with the headline \"Nobody is coming,\" the editor said.", false},
			{"This article appears in the December issue of \"Harbour Life\".", false},
		},
		RuleCaption: {
			{"Item 1 of 2 Trucks are seen at a distribution center in a file photo. Example Wire/Jane Roe/File Photo", true},
			{"[1/2]Trucks are parked at a company distribution hub. Example Wire/Jane Roe/File Photo", true},
			{"Item 3 of 5 on the agenda was the budget, the clerk said.", false},
			{"[1/2 cup of sugar] is what the recipe calls for", false},
			{"地震で崩れたブロック塀＝19日午後9時40分、福島県北浜市、日央新聞社ヘリから、田中宏撮影", true},
			{"記者会見する首相＝20日午前、首相官邸", true},
			{"首相は20日、記者会見で「税率＝10％」と述べた。", false},
			{"首相は会見で、税率＝20日の閣議で決めた水準だと説明した。", false},
		},
		RuleShareLabel: {
			{"この記事を共有", true},
		},
		RuleWidget: {
			{"Open 45.61 · Day High 46.02 · Day Low 45.18", true},
			{"Vol 2.84M · Mkt Cap 11.9B · P/E 18.6", true},
			{"Open days at the school run from 9am to 1pm, with a day high of visitors expected.", false},
		},
		RuleAppeal: {
			{"Free weekly newsletter", true},
			{"Free newsletter!", true},
			{"A free weekly newsletter for the village", false},
		},
		RuleContact: {
			{"Do you have a news tip? WhatsApp us on 071 555 0362.", true},
			{"Have a News Tip?", true},
		},
	}, func(string) bool { return false }, true)
}

// TestInlineReadAlsoRT38: a read-also label between two paragraphs of the
// article, over a teaser's headline and its badge, is no section header:
// the article's paragraphs under it stay. (At the article's end it is
// one: see TestBodyBoxEnd.) The teaser's badge ("KOMPASS+") stays with
// them: no rule knows it.
func TestInlineReadAlsoRT38(t *testing.T) {
	de := []string{
		"Die Gewerkschaft hat ihre Mitglieder für Donnerstag zu einem ganztägigen Streik im Fern- und Regionalverkehr aufgerufen, wie sie am Montag mitteilte.",
		"Die Bahn kündigte an, im Fernverkehr einen Notfahrplan anzubieten, der etwa ein Fünftel der üblichen Verbindungen umfassen soll.",
		"Experten rechnen mit erheblichen wirtschaftlichen Folgen, weil viele Pendler und Güterzüge an dem Tag nicht fahren können.",
	}
	more := []string{
		"Für Fahrgäste gilt: Wer seine Reise wegen des Streiks verschieben möchte, kann sein bereits gebuchtes Ticket flexibel nutzen, teilte die Bahn mit.",
		"Ob es vor dem Streik noch zu Gesprächen kommt, ist offen. Beide Seiten schlossen eine Schlichtung bislang aus, hieß es am Abend aus Berlin.",
	}
	head := []string{"Bahnstreik am Donnerstag: Was Fahrgäste jetzt wissen müssen", "Von Jana Keller", "12.03.2024, 10:24 Uhr"}
	lines := slices.Concat(rt37Menu, head, de, []string{"Lesen Sie auch", "Zugausfälle: Diese Rechte haben Bahnkunden beim Streik", "KOMPASS+"},
		more, rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	checkMarkerKept(t, "inline read-also", Default(), lines, func(i int) bool {
		// The teaser's badge stays: no rule knows it.
		return i == lo || i >= p && i < p+len(de) || i >= p+len(de)+2 && i < p+len(de)+3+len(more)
	})
}

// TestQuoteOverCreditRT38: an article's paragraph that reports speech,
// right above a photo's credit whose caption the page left out, is no
// caption; a short line that shows the picture is one.
func TestQuoteOverCreditRT38(t *testing.T) {
	head := []string{"Bridge to close for a year as council orders urgent repairs", "By Jane Doe", "21 November 2026"}
	quote := "The mayor defended the decision, saying the repairs could not wait another winter. Drivers will pay no toll."
	shows := "The old bridge seen from the river bank at dawn on Tuesday."
	for _, c := range []struct {
		line string
		keep bool
	}{{quote, true}, {shows, false}} {
		lines := slices.Concat(rt37Menu, head, rt37Prose[:2], []string{c.line, "Photo by John Roe / Example Agency"}, rt37Prose[2:], rt37Foot)
		lo := len(rt37Menu)
		p := lo + len(head)
		checkMarkerKept(t, c.line, Default(), lines, func(i int) bool {
			return i == lo || i >= p && i < p+2 || i == p+2 && c.keep || i >= p+4 && i < p+4+len(rt37Prose)-2
		})
	}
}

// TestInlineReadAlsoPaywallRT38: a read-also label, its teaser and a
// subscribers' badge over the last paragraph a paywall leaves: that
// paragraph stays.
func TestInlineReadAlsoPaywallRT38(t *testing.T) {
	fr := []string{
		"Les syndicats de la STAM ont déposé un préavis de grève pour jeudi, à la veille des vacances scolaires, a annoncé la direction du réseau lundi soir.",
		"Seules deux lignes de tramway sur cinq devraient circuler, avec un passage toutes les vingt minutes en heure de pointe, selon la direction.",
		"Les parkings relais de Beaulieu et de la Croix-Verte resteront ouverts, mais sans navette vers le centre-ville pendant toute la journée.",
	}
	last := "Il s'agit du deuxième mouvement social à la STAM en moins d'un an. En mai 2024, une grève de quatre jours avait déjà paralysé le réseau."
	head := []string{"Grève à la STAM : le réseau de tramway très perturbé jeudi", "Par Jeanne Roux", "12/03/2024 à 10h24"}
	lines := slices.Concat(rt37Menu, head, fr, []string{"Lire aussi", "Montverrier : les travaux de la ligne T3 prendront six mois de retard",
		"Article réservé aux abonnés", last, "Cet article est réservé aux abonnés. Pour continuer à lire nos articles sans limite, abonnez-vous."},
		rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	checkMarkerKept(t, "read-also over a paywall", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+len(fr) || i == p+len(fr)+3
	})
}

// TestReadMoreTeaserRT38: under a bare "Read more", a line of a
// headline's length is a teaser's, and the article goes on under it; a
// line shorter than a headline is no teaser the rules take. "Te puede
// interesar" announces teasers as "Read also" does.
func TestReadMoreTeaserRT38(t *testing.T) {
	head := []string{"Bridge to close for a year as council orders urgent repairs", "By Jane Doe", "21 November 2026"}
	for _, c := range []struct {
		label, line string
		teaser      bool
	}{
		{"Read more", "HDB to launch 8,500 BTO flats in February, including first under new classification", true},
		{"Read More", "Rents in commuter counties rising fastest as new listings hit record low", true},
		{"Te puede interesar", "Qué hacer si un incendio forestal se acerca a tu vivienda", true},
		{"Read more", "What the detour means", false},
	} {
		lines := slices.Concat(rt37Menu, head, rt37Prose[:2], []string{c.label, c.line}, rt37Prose[2:], rt37Foot)
		lo := len(rt37Menu)
		p := lo + len(head)
		d := blockDoc(lines...)
		Default().Mark(d)
		if r := d.Paragraphs[p+3].Removal; (r != nil && r.Rule == RuleLinkLabel) != c.teaser {
			t.Errorf("%s: %q removed %+v, want a teaser %v", c.label, c.line, r, c.teaser)
		}
		if !c.teaser {
			continue
		}
		checkMarkerKept(t, c.label+": "+c.line, Default(), lines, func(i int) bool {
			return i == lo || i >= p && i < p+2 || i >= p+4 && i < p+4+len(rt37Prose)-2
		})
	}
}

// TestHebrewRT39: a photo's credit in brackets after its caption holds
// its caption: the article's paragraph above it is none; a read-also
// label between two paragraphs of an article in a language whose
// stopwords the list covers thinly (Hebrew) is no section header when
// the paragraphs under it are sentences of inlineProse words.
func TestHebrewRT39(t *testing.T) {
	body := []string{
		"חברת הסטארט-אפ וויסלי (Wisely), שמטה בפארק ההייטק של רמת הכרמל, הודיעה הבוקר (שני) על השלמת סבב גיוס C בהיקף של 85 מיליון דולר. את הסבב הובילה קרן ההון סיכון האמריקאית Northpine Ventures, בהשתתפות המשקיעים הקיימים.",
		"וויסלי, שהוקמה ב-2019, פיתחה פלטפורמה המבוססת על בינה מלאכותית שמאזינה לשיחות בין נציגי שירות ללקוחות, מציעה לנציג תשובות בזמן אמת, ובמקרים פשוטים אף מנהלת את השיחה כולה באופן אוטונומי.",
		"מייסדי וויסלי, אלון גרינברג ושירה מזרחי (צילום: יח\"צ)",
		"\"היום נציג ממוצע מבלה כמעט חצי מהזמן שלו בחיפוש מידע במערכות שונות\", אמר מנכ\"ל ומייסד החברה, אלון גרינברג. \"המערכת שלנו עושה את זה בשבילו. אנחנו לא מנסים להחליף אנשים, אלא לשחרר אותם למקרים המורכבים באמת\".",
		"כתבות נוספות",
		"מכה לאקזיטים: מספר הגיוסים בהייטק הישראלי ירד לשפל של 3 שנים",
		"המדען הראשי מזהיר: \"ישראל מפגרת במרוץ הבינה המלאכותית\"",
		"לקוחות בשלוש יבשות",
		"לפי החברה, בין לקוחותיה נמנות חברות ביטוח, בנקים וספקיות תקשורת בארה\"ב, באירופה ובאסיה. הכנסותיה השנתיות החוזרות (ARR) הוכפלו בשנה האחרונה, אך החברה סירבה למסור נתונים מדויקים.",
		"בחברה מועסקים כיום כ-140 עובדים, רובם במרכז הפיתוח ברמת הכרמל. עם השלמת הגיוס, מתכננת וויסלי לגייס כ-120 עובדים נוספים עד סוף 2025, בעיקר בתחומי המחקר והפיתוח.",
		"\"הבחירה להישאר בצפון לא הייתה מובנת מאליה\", אמרה שירה מזרחי, מייסדת-שותפה וסמנכ\"לית הטכנולוגיות של החברה. \"משקיעים שאלו אותנו למה לא תל אביב. אבל יש כאן כישרונות מדהימים, בוגרי הטכניון ואוניברסיטת חיפה, שלא רוצים לנסוע שעתיים כל יום\".",
		"לדברי גורמים בתעשייה, הגיוס מעיד על התאוששות מסוימת בשוק ההון סיכון, לאחר שנתיים שבהן נרשמה ירידה חדה בהיקף ההשקעות בחברות ישראליות.",
		"עם זאת, אנליסטים מזהירים כי התחרות בתחום שירות הלקוחות מבוסס AI חריפה במיוחד, כשענקיות הטכנולוגיה משיקות מוצרים מתחרים בקצב מהיר.",
		"\"השאלה היא לא אם הטכנולוגיה עובדת, אלא מי יצליח לבנות אמון מול לקוחות ארגוניים גדולים\", אמר ד\"ר יואב קליין, מרצה לחדשנות בבית הספר למנהל עסקים באוניברסיטת חיפה.",
	}
	head := []string{"חדשות", "כלכלה", "טכנולוגיה", "ספורט", "תרבות",
		"הסטארט-אפ הצפוני גייס 40 מיליון דולר ויכפיל את מספר עובדיו", "מאת נועה בן-שושן", "פורסם: 03.06.24 , 09:12"}
	lines := slices.Concat(head, body, rt37Foot)
	// Gone: the credit, the label and its two teasers.
	gone := map[int]bool{2: true, 4: true, 5: true, 6: true}
	checkMarkerKept(t, "Hebrew", Default(), lines, func(i int) bool {
		k := i - len(head)
		return i == 5 || k >= 0 && k < len(body) && !gone[k]
	})
}

// TestGreekRT39: a read-also label and its two teasers over the article's
// last paragraph and a short closing sentence: both stay.
func TestGreekRT39(t *testing.T) {
	body := []string{
		"Παράλληλα, οι δρόμοι προς τις δημοφιλείς παραλίες της νότιας ακτής παρουσιάζουν εικόνα κυκλοφοριακού κομφούζιου, με τα ενοικιαζόμενα αυτοκίνητα και τα ATV να έχουν σχεδόν διπλασιαστεί μέσα σε πέντε χρόνια.",
		"«Δεν είμαστε εναντίον του τουρισμού. Ζούμε από αυτόν. Ζητάμε όμως έναν σχεδιασμό που να λαμβάνει υπόψη και όσους μένουν εδώ όλο τον χρόνο», σημείωσε ο κ. Δρακάκης.",
		"Το στεγαστικό",
		"Ιδιαίτερα οξύ είναι το πρόβλημα της στέγασης. Σύμφωνα με έρευνα του Πανεπιστημίου Αιγαίου, πάνω από το 60% των κατοικιών στον κεντρικό οικισμό διατίθενται πλέον μέσω πλατφορμών βραχυχρόνιας μίσθωσης.",
		"Γιατροί, εκπαιδευτικοί και εποχικοί εργαζόμενοι δυσκολεύονται να βρουν σπίτι, με αποτέλεσμα ορισμένα ξενοδοχεία να φιλοξενούν το προσωπικό τους σε κοντέινερ.",
		"Διαβάστε επίσης",
		"Airbnb: Τι αλλάζει από τον Ιανουάριο για τους ιδιοκτήτες ακινήτων",
		"Κρουαζιέρα: Το νέο τέλος επιβατών που εξετάζει το υπουργείο",
		"Το υπουργείο Τουρισμού εξετάζει, σύμφωνα με πληροφορίες, την εφαρμογή ημερήσιου ορίου επισκεπτών κρουαζιέρας για τη Λεύκαρη από το 2025, κατά τα πρότυπα άλλων δημοφιλών προορισμών της Μεσογείου.",
		"Η απόφαση αναμένεται μέσα στο φθινόπωρο.",
	}
	head := []string{"Αρχική", "Ελλάδα", "Πολιτική", "Οικονομία", "Κόσμος",
		"Ρεκόρ αφίξεων στα νησιά: οι κάτοικοι ζητούν όρια στον τουρισμό", "Της Μαρίας Παπαδάκη", "12.08.2024, 10:24"}
	lines := slices.Concat(head, body, []string{"Ετικέτες:", "Τουρισμός", "Κρουαζιέρα"}, rt37Foot)
	checkMarkerKept(t, "Greek", Default(), lines, func(i int) bool {
		k := i - len(head)
		return i == 5 || k >= 0 && k < len(body) && (k < 5 || k > 7)
	})
}
