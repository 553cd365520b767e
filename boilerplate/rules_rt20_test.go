package boilerplate

import (
	"fmt"
	"testing"
)

// TestSiteNotes checks the short notes a site puts around an article: a
// newsletter's name and blurb, a promo code, a privacy note under a form,
// a reader call-out, a letters page's rules, an author's note with the way
// to reach them, a podcast's review ask, a note on external links, the
// site's own app and a paywall label; and the article sentences that share
// their words.
func TestSiteNotes(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAppeal: {
			{"Sign up to Kitchen Notes", true},
			{"Sign up for Gearwise Weekly", true},
			{"Sign up to the plan.", false},
			{"Our weekly newsletter with the best new recipes, seasonal tips and what our cooks are eating this week.", true},
			{"Our newsletter brings you the week's best stories.", true},
			{"Our reporters read every issue of the council's newsletter before the vote on Tuesday.", false},
			{"Have you signed up for the Sportsdesk Transfer Daily? All the done deals and latest whispers, in your inbox every morning.", true},
			{"Have you signed up for the new bin collections yet? Residents have until Friday.", false},
		},
		RuleSponsor: {
			{"Get 40% off your first box – fresh ingredients delivered to your door. Use code AUTUMN40.", true},
			{"Seats from $19. Use code COURIER10 for 10% off.", true},
			{"Enter promo code SPRING25 at checkout.", true},
			{"Shoppers could use code SAVE20 for 20% off, the retailer said.", false},
			{"The station's call sign is written in Morse code SOS 1 times a day.", false},
			{"Use code review to catch 40% of bugs before release.", false},
			{"The barcode ABC123 was printed on 4 boxes.", false},
			{"Staff use the code NATO for 4 kinds of alert.", false},
			{"Use code ABC1def for 10% off.", false},
		},
		RuleLegal: {
			{"Privacy notice: newsletters may contain info about charities, online ads, and content funded by outside parties.", true},
			{"Privacy Policy: we use your email address only to send you this newsletter.", true},
			{"Privacy campaigners: the bill goes too far, they said on Monday in a letter to 40 MPs.", false},
		},
		RuleContact: {
			{"Do you have a story for us? Email newsdesk@saltmarshherald.co.uk or message us on WhatsApp", true},
			{"Do you have an opinion on the issues raised in this article? If you would like to submit a letter of up to 250 words, email letters@mercury.co.uk.", true},
			{"Do you have a question about your bill? The helpline opens at 8am.", false},
			{"Letters should be no more than 300 words and must include your full name, address and a daytime telephone number.", true},
			{"Letters should be sent to the council by Friday, a spokesman said.", false},
			{"Letters should reach your MP before the vote on Tuesday.", false},
			{"Letters may run to 300 words in the town archive, and some to more.", false},
			{"Marta Ilić covers rural communities for the Riverbend Ledger. Reach her at milic@riverbendledger.com.", true},
			{"Ann Lee writes about schools for the Courier and the Gazette and has done so for many years. Follow her on X or email her at ann@courier.com.", true},
			{"Objections can be made until 5 December and residents can write to the planning office. Email planning@council.gov.uk to comment.", false},
		},
		RuleAudio: {
			{"Enjoying Today in Eastmere? Rate and review us wherever you get your podcasts – it really helps other listeners find the show.", true},
			{"Leave us a review on your podcast app, it helps new listeners find us.", true},
			{"The podcast drew a million listeners, and critics rate its host highly for her calm voice.", false},
		},
		RuleDisclaimer: {
			{"Gossip is compiled from newspapers and websites. Sportsdesk is not responsible for the content of external sites.", true},
			{"The Herald is not responsible for the content of external internet sites.", true},
			{"The regulator said the platform was not responsible for the content of external sites, the judge heard.", false},
			{"If you have been affected by any of the issues raised in this story, support is available from RoadPeace on 0800 555 0100.", true},
			{"If you or someone you know is struggling, call the Samaritans free on 116 123.", true},
			{"If you have been affected by the floods, the council said, you should keep receipts.", false},
			{"If you have been affected by the strike, keep your ticket and claim a refund at the station.", false},
			{"If you have been affected, contact your insurer before you throw anything away, the council said.", false},
		},
		RuleShareLabel: {
			{"Share on Facebook | Share on X | Share via email | Print", true},
			{"Share prices | Bonds | Currencies | Commodities | Funds | Pensions", false},
			{"Share prices today | Share options explained | Share buybacks | Share splits", false},
			{"Share your memories of the match with our newsdesk | Print", false},
			{"Sigue toda la información sobre la sequía en nuestra app.", true},
			{"Toda la información sobre la sequía, al minuto, en nuestra aplicación gratuita.", true},
			{"Warga diminta unduh aplikasi PeduliSehat sebelum Senin untuk mendaftar vaksin.", false},
			{"Kementerian meluncurkan aplikasinya pekan lalu, dan warga diminta mengunduhnya sebelum Senin.", false},
			{"Dapatkan update berita pilihan dan breaking news setiap hari. Download aplikasinya sekarang.", true},
			{"Follow all the latest on the storm in our app, free on iPhone and Android.", true},
			{"\"We will put it in our app next year,\" the developer said of the new feature.", false},
			{"The council's parking app crashed twice on Saturday morning.", false},
			{"Our apprentices built the new stand in four weeks, in time for the season.", false},
		},
		RuleWidget: {
			{"Next image", true},
			{"View gallery", true},
			{"Next steps", false},
		},
		RulePaywall: {
			{"Member-only story", true},
			{"Abonnés", true},
			{"Tilaajille", true},
			{"Members of the club voted on Sunday", false},
		},
	}, func(string) bool { return false }, true)
}

// TestTableEndsAtAd checks that a box score's table ends at the ticket ad
// the rules removed under it: the headlines after the ad are not rows of
// the table, and the run does not cross them to reach a note at the foot
// of the page. Rows after an ad that read as a table stay in it.
func TestTableEndsAtAd(t *testing.T) {
	var lines []string
	lines = append(lines, "Gulls edge Foundry in overtime thriller",
		"The Gulls won 111-104 in overtime on Friday night, their fifth win in a row, and moved up to sixth place in the standings.",
		"Havel scored 38 points, the most of his career, and hit the shot that forced the extra period with four seconds left.",
		"\"We never stopped believing,\" the coach said after the game, which drew the biggest crowd of the season.",
		"Box score")
	for k := range 8 {
		lines = append(lines, fmt.Sprintf("J. Player%c | %d | %d | %d | %d", 'A'+k, 20+k, 10+k, 2+k, k))
	}
	ad := "GET TICKETS: Gulls vs. Foundry, Sunday 3 p.m. Seats from $19. Use code COURIER10 for 10% off."
	lines = append(lines, "Full box score »", ad, "More Gulls coverage",
		"Gulls' Havel named player of the week",
		"Marchetti on trade deadline: \"We like this group\"",
		"Play-in race: where things stand with 27 games left",
		"Contact the sports desk at the paper's office on the high street, where our team reads every letter from fans of the club.")
	d := blockDoc(lines...)
	Default().Mark(d)
	n := len(d.Paragraphs)
	if d.Paragraphs[n-6].Text != ad || d.Paragraphs[n-6].Kept() {
		t.Fatalf("the ad %q is kept", d.Paragraphs[n-6].Text)
	}
	for _, p := range d.Paragraphs[n-5 : n-1] {
		if p.Kept() {
			t.Errorf("%q kept, want removed", p.Text)
		}
	}
	for _, p := range d.Paragraphs[5 : n-7] {
		if !p.Kept() {
			t.Errorf("row %q removed, want kept", p.Text)
		}
	}
}

// TestTableGoesOnAfterAd checks that the rows of a table after an ad the
// rules removed, which read as a table, stay in it.
func TestTableGoesOnAfterAd(t *testing.T) {
	lines := []string{"Gulls edge Foundry in overtime thriller",
		"The Gulls won 111-104 in overtime on Friday night, their fifth win in a row, and moved up to sixth place in the standings.",
		"Havel scored 38 points, the most of his career, and hit the shot that forced the extra period with four seconds left.",
		"\"We never stopped believing,\" the coach said after the game, which drew the biggest crowd of the season.",
		"Box score"}
	row := func(k int) string { return fmt.Sprintf("Player%c scored %d points", 'A'+k, 20+k) }
	for k := range 5 {
		lines = append(lines, row(k))
	}
	lines = append(lines, "GET TICKETS: Gulls vs. Foundry, Sunday 3 p.m. Seats from $19. Use code COURIER10 for 10% off.")
	for k := 5; k < 10; k++ {
		lines = append(lines, row(k))
	}
	lines = append(lines, "The teams meet again on Sunday afternoon at the arena.")
	d := blockDoc(lines...)
	Default().Mark(d)
	for _, p := range d.Paragraphs[11:16] {
		if !p.Kept() {
			t.Errorf("row %q after the ad removed, want kept", p.Text)
		}
	}
}
