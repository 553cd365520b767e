package boilerplate

import "testing"

// TestFormsAdsRT36: a sign-up form's messages, an ad slot's number and
// notice, a label of the article's blocks, a caption's credit with the
// agency after a slash, a car dealer's and an
// estate agent's buttons; and the article lines like them that stay.
func TestFormsAdsRT36(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleAppeal: {
			{"Thanks for signing up!", true},
			{"Thank you for subscribing.", true},
			{"You're all set", true},
			{"A welcome email is on its way. If you don't see it, please check your junk folder.", true},
			{"The next issue of Daily Headlines will soon be in your inbox.", true},
			{"We encountered an issue signing you up. Please try again", true},
			{"There was an error signing you up. Please try again.", true},
			{"Something went wrong. Please try again later.", true},
			{"Please try again", true},
			{"Sign up to receive the daily top stories from the Port Alder Sentinel.", true},
			{"If you don't see it, check your spam folder.", true},
			{"Please check the opt-in box to acknowledge that you would like to subscribe.", true},
			{"Keep an eye on your inbox for the latest sports news.", true},
			{"Keep an eye on the river levels this weekend, the forecaster said.", false},
			{"Thanks for signing up, the organisers told the volunteers who cleared the beach on Saturday morning.", false},
			{"Something went wrong at the plant on Tuesday, workers said.", false},
			{"There was a queue outside the clinic before it opened.", false},
			{"Please try again later, the clerk told residents who had queued for hours.", false},
			{"The next issue of the council's magazine goes to print in May.", false},
			{"A welcome email from the mayor was sent to new residents.", false},
			{"We encountered heavy rain on the way to the summit.", false},
			{"Sign up to receive a flu jab at the pharmacy on Main Street.", false},
			{"You're all set to see a record turnout, organisers told the volunteers before the parade began on Sunday.", false},
		},
		RuleLegal: {
			{`I agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.`, true},
			{"I agree to receive the newsletter and offers from Example Media.", true},
			{"I agree that the council should have acted sooner, she said.", false},
			{"I agree that the news was grim, the mayor said.", false},
		},
		RuleLinkLabel: {
			{"Article content", true},
			{"Advertisement 2", true},
			{"ADVERTISEMENT 12", true},
			{"This advertisement has not loaded yet, but your article continues below.", true},
			{"Build & Price", true},
			{"Get a Dealer Quote", true},
			{"See Local Inventory", true},
			{"View full listing", true},
			{"Schedule a tour", true},
			{"Article 2", false},
			{"Chapter 2", false},
			{"The road continues below the dam for another two miles, the ranger said.", false},
		},
		RulePhotoCredit: {
			{"A Port Alder Transit bus waits at the downtown terminal on Tuesday. Photo by Kyle Renner /Port Alder Sentinel", true},
			{"The new terminal opened on Tuesday. Photo by Kyle Renner/Sentinel", true},
			{"The new terminal opened on Tuesday. Photo by Kyle Renner /the archive of 1960s prints", false},
		},
	}, func(string) bool { return false }, true)
}

// TestNewsletterBoxInArticle: a sign-up form the rules take whole (its
// pitch, consent and messages) under its name, inside the article, costs
// the run nothing, and its name goes with it: the article's sections
// after it stay. A section header over the form ends the article above
// it.
func TestNewsletterBoxInArticle(t *testing.T) {
	page := func(box ...string) []string {
		lines := []string{"Home", "News", "Local", "Sport", "Opinion",
			"Transit strike averted as city, drivers reach tentative deal",
			"Port Alder buses will keep running after the city and the union that represents its drivers reached a tentative agreement late Monday night.",
			"Local 2217 had warned that its members would walk off the job at 6 a.m. Tuesday if no deal was in place, which would have stranded riders across the city.",
			"Details of the agreement will not be released until members have voted on it, the union said in a statement on Tuesday morning."}
		lines = append(lines, box...)
		return append(lines, "Safety shields on the table",
			"Drivers also pushed for full-height protective shields on every bus after a string of assaults on operators last year, the union said.",
			"If members ratify the deal, it will go to city council for final approval, likely at its meeting on the second of April.",
			"Trending", "Man charged after police chase", "© 2024 Port Alder Sentinel")
	}
	form := []string{"Sign up to receive the daily top stories from the Port Alder Sentinel.",
		"By signing up you consent to receive the above newsletter from Northlake Media Inc.",
		"Thanks for signing up!",
		"A welcome email is on its way. If you don't see it, please check your junk folder."}
	last := "If members ratify the deal, it will go to city council for final approval, likely at its meeting on the second of April."
	for _, tc := range []struct {
		name string
		box  []string
		kept bool // the article's last paragraph
	}{
		{"a form under its name", append([]string{"Daily Headlines"}, form...), true},
		{"a form under no name", form, true},
		{"a form under a section header", append([]string{"Most Read"}, form...), false},
	} {
		d := blockDoc(page(tc.box...)...)
		Default().Mark(d)
		for _, p := range d.Paragraphs {
			if p.Text == last && p.Kept() != tc.kept {
				t.Errorf("%s: the article's last paragraph kept %v, want %v", tc.name, p.Kept(), tc.kept)
			}
			if p.Text == "Daily Headlines" && tc.kept && (p.Kept() || p.Removal.Rule != RuleAppeal || p.Removal.Detail != detailBoxName) {
				t.Errorf("%s: the box's name %v, want removed as the box's %s", tc.name, p.Removal, RuleAppeal)
			}
		}
	}
}

// TestLabelsRT36: read-also labels, ad markers and caption credits of
// Luxembourgish, Faroese, Upper Sorbian, Tigrinya, Sinhala, Lao and
// Armenian (with the Ethiopic and Armenian colons and full stops); and
// the article lines like them that stay.
func TestLabelsRT36(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Och liesen: Neie Waassertuerm fir d'Uewersauer kascht 3,1 Milliounen Euro", true},
			{"Och interessant: Gemengerot Schëndelbuer stëmmt Budget mat Rekordinvestitiounen", true},
			{"Les eisini: Kommunan keypir gamla handilin við bryggjuna fyri 4,5 milliónir", true},
			{"Přečitajće tež: Kulturny dom w Bóšicach dóstanje nowu třěchu", true},
			{"Tež zajimawe: Nowy busowy grafik – mjenje zwiskow na wsach", true},
			{"ተወሳኺ ኣንብቡ፦ ሓድሽ ጽርግያ ንሰለስተ ዓድታት ምስ ዕዳጋ ከራኽብ እዩ", true},
			{"ኣንብቡ እውን፦ ሓረስቶት ንኡስ ዞባ ብሰንኪ ውሑድ ዝናብ ስግኣት ኣለዎም", true},
			{"මෙයද කියවන්න: ඉහළගම රෝහලට නව වාට්ටු සංකීර්ණයක්", true},
			{"ອ່ານເພີ່ມເຕີມ: ເມືອງຫ້ວຍຄຳ ເລັ່ງສ້ອມແປງໂຮງຮຽນປະຖົມ 4 ແຫ່ງ ກ່ອນເປີດສົກຮຽນໃໝ່", true},
			{"Կարդացեք նաև՝ Գյուղական ճանապարհների վերանորոգման համար հատկացվել է 120 միլիոն դրամ", true},
			{"Թեմայով՝ Մարզի 12 դպրոցներում կփոխարինվեն պատուհանները մինչև ձմեռ", true},
			{"Reklamm", true},
			{"Lýsing", true},
			{"Wabjenje", true},
			{"መወዓውዒ", true},
			{"Och liesen mir d'Zeitung all Moien, sot de Buergermeeschter.", false},
		},
		RulePhotoCredit: {
			{"Soleiðis skal nýggi barnagarðurin í Kvíavík síggja út. Tekning: Arkitektar Heyggur & Dahl", true},
			{"ወይዘሮ ለተብርሃን ገብረመድህን ካብ ሓድሽ ቡምባ ማይ ክትቐድሕ። ስእሊ፦ ድምጺ ዓድና", true},
			{"Դպրոցի տնօրեն Անահիտ Սարգսյանը նոր ջեռուցման համակարգի կառավարման վահանակի մոտ։ Լուսանկարը՝ Գայանե Մկրտչյանի", true},
			{"වැව භාර දීමේ උත්සවයට සහභාගී වූ ගොවි සංවිධාන නියෝජිතයෝ සහ නිලධාරීහු. (ඡායාරූපය: රුවන් කුමාර)", true},
			{"ບັນຍາກາດພິທີເປີດນຳໃຊ້ຂົວຂ້າມນ້ຳແສງ ໃນວັນທີ 18 ຕຸລາ. (ພາບ: ສຽງແຂວງ)", true},
			{"Հայտարարությունը կարդացեք նաև մեր կայքում, ասաց տնօրենը։", false},
			{"ነበርቲ እታ ዓዲ ንዓመታት ማይ ንምቕዳሕ ናብ ርሑቕ ሩባ ክጓዓዙ ጸኒሖም።", false},
		},
	}, func(string) bool { return false }, true)
}
