package boilerplate

import (
	"strings"
	"testing"
)

// The strings below are made up in the styles sites use; none is copied
// from a benchmark or red-team page.

// TestPriceWidgets checks the lines of price, deal and where-to-watch
// widgets and gallery links, and article sentences about prices, shops,
// streaming and photos that stay.
func TestPriceWidgets(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Corvo X2 128GB — $799 — Buy now at Brightmart", true},
			{"Corvo X2 (unlocked) + charger — £649 – Shop now at Tandem Electric", true},
			{"Lumo Buds 3: was $199, now $129 at Brightmart", true},
			{"Check Tandem Electric prices", true},
			{"Compare Brightmart deals", true},
			{"Show more deals", true},
			{"Deal of the day", true},
			{"Full match centre ›", true},
			{"Rent or buy on Screenbox from $3.99", true},
			{"Streaming on Cinelane from Jan. 12", true},
			{"In cinemas — Get tickets", true},
			{"See the gallery (22 photos)", true},
			{"Pogledajte galeriju (9 fotografija)", true},
			{"Zobacz galerię", true},
			{"Submit", true},
			{"Váš e-mail", true},
			{"ასევე წაიკითხეთ: მთავრობამ ახალი ბიუჯეტი წარადგინა", true},
			{"આ પણ વાંચો: ધોરણ 12નું પરિણામ આવતા સપ્તાહે", true},
			{"हेही वाचा: पुण्यात पाणीकपात जाहीर", true},
			{"ఇది కూడా చదవండి: తుఫాను సమయంలో జాగ్రత్తలు", true},
			{"இதையும் படிக்க: நீர்த்தேக்கம் நிரம்பியது", true},
			{"Shuningdek o'qing: Toshkentda yangi metro bekati", true},
			{"Liest och: Nei Tariffer fir de Bus", true},
			{"Léigh freisin", true},
			{"Léigh freisin an tuarascáil iomlán ar shuíomh an rialtais roimh an gcruinniú.", false},
			{"BOOK NOW: Fjord cruise, 7 nights from €1,290 per person. Limited cabins.", true},
			{"Prices rose to $999 — buy now at your own risk, analysts warn", false},
			{"The phone was $699 and is now $499 at most retailers.", false},
			{"Check your prices", false},
			{"Streaming on Netflix", false},
			{"Streaming on Netflix has grown faster than on any other service since the strike ended.", false},
			{"The exhibition (22 photos in all) opens on Friday at the town hall.", false},
			{"Book now: the council's plea to residents before the deadline", false},
			{"Buy now: house prices will rise 10% next year, agents warn.", false},
			{"Corvo X2 — was £649 now £549", true},
			{"Was $89.99, now $59.99 at Tandem", true},
			{"Petrol was £1.20 a litre last year — now £1.60", false},
			{"Bitcoin was $100,000, now $60,000", false},
			{"Average rent: was £900 a month in 2019, now £1,400", false},
			{"Watch on YouTube from home", false},
			{"Storm Ciarán leaves a trail of damage across the south coast (24 photos)", false},
			{"Check Energy Prices", false},
			{"Compare Broadband Deals", false},
		},
		RuleAffiliate: {
			{"Prices updated daily. We check over 100 million products.", true},
			{"Prices correct at time of publication.", true},
			{"Powered by ShopFinder. Example Daily may earn a commission from purchases made through these links.", true},
			{"Prices updated daily by the ministry show diesel rose again this week.", false},
			{"Prices and availability are subject to change.", true},
			{"Prices and availability worsened across the region.", false},
			{"We check over 250 million products every day for the best prices", true},
			{"We check more than 1,200 retailers daily.", true},
			{"Prices checked hourly. Prices include shipping where stated.", true},
			{"We check over 40 million products a year at our lab in Leeds, the company said in a statement on Monday.", false},
			{"We check over 250 million products. That is how we make money, she said.", false},
			{"We check over the figures every night, the accountant said.", false},
			{"We check over 200 invoices a week.", false},
			{"Amazon may earn a commission from purchases made through these links, the filing says.", false},
		},
		RuleSponsor: {
			{"Powered by DealEngine", true},
			{"Odds boost", true},
			{"T&Cs apply. 18+ only. Please gamble responsibly.", true},
			{"18+ Spēlē atbildīgi. Azartspēles var izraisīt atkarību.", true},
			{"Saturday: Rovers v United. Rovers to win now 2.40 (was 2.10). Bet now with Punto", true},
			{"Stream thousands of shows. Try Cinelane free for 30 days.", true},
			{"Powered by wind and solar, the plant will supply 40,000 homes.", false},
			{"18+", false},
			{"The regulator told operators to remind customers to gamble responsibly, the report said.", false},
			{"Bet now, pay later is how the bookmaker sold its accounts, the inquiry heard.", false},
			{"Users can try the service free for 30 days, the company said.", false},
			{"Try the app free for 30 days, the company told new users.", false},
			{"\"Gamble responsibly,\" the regulator told operators.", false},
			{"Gamble responsibly or lose your licence, the regulator told operators.", false},
			{"18+ | BeGambleAware.org | T&Cs apply", true},
			{"18+ gamble responsibly. When the fun stops, stop.", true},
			{"Help is available at BeGambleAware.org.", true},
			{"GambleAware, the charity that funds treatment for problem gamblers, received £50m from the industry last year.", false},
			{"Critics argue that the Gamble Responsibly message does little to protect vulnerable people from harm.", false},
			{"18+ riders abandoned the race on the day, the highest number since 1998, when a scandal hit the race.", false},
		},
		RuleLegal: {
			{"Contact me with news and offers from other Example brands", true},
			{"Prihlásením súhlasíte so spracovaním osobných údajov.", true},
			{"Correction policy | Report an error", true},
			{"Contact me with any news about the case, the detective told reporters on Monday morning.", false},
			{"Prihlásením sa do súťaže získal tím nový rozpočet.", false},
		},
		RuleSource: {
			{"PORT ELLIS, March 3 (Reuters)", true},
			{"NEW YORK, Nov 21 (AP) -", true},
			{"NEW YORK, Nov 21 (Reuters) - U.S. stocks fell on Friday, dragged down by chip shares.", false},
			{"NATO, EU leaders meet (again)", false},
		},
	}, func(r string) bool { return r == RuleAffiliate || r == RuleSponsor || r == RuleSource }, true)
}

// TestVideoPlayer checks the controls of a video player between an
// article's paragraphs: its length and buttons go, a lone "Transcript"
// heading goes only after them, and a button over the video's length is
// left to the body finder (which takes the title under them too).
func TestVideoPlayer(t *testing.T) {
	checkMarks(t, []markCase{
		{"length, button, transcript", []string{article, "3:12", "Play video", "Transcript", article, "Show full transcript", article},
			[]string{"", RuleWidget, RuleWidget, RuleWidget, "", RuleWidget, ""}},
		{"transcript heading", []string{article, "Transcript", article},
			[]string{"", "", ""}},
		{"button over the length", []string{article, "Play video", "01:48", article},
			[]string{"", "", "", ""}},
		{"a time alone", []string{article, "14:05", article},
			[]string{"", "", ""}},
	})
}

// TestLastOfferSep checks lastOfferSep against the last match of each of
// offerSeps.
func TestLastOfferSep(t *testing.T) {
	for _, s := range []string{
		"Arc 7 Pro 256GB — $999 — Buy now at Mercato", "In theaters – Find showtimes", "A - B | C", "A | B - C",
		"no separator here", "dash-in-word and x -y", "— at the start", "ends with — ", "x —y", "x\u2014 y", "$9 | Buy",
	} {
		k, n := -1, 0
		for _, sep := range offerSeps {
			if i := strings.LastIndex(s, sep); i > k {
				k, n = i, len(sep)
			}
		}
		if gk, gn := lastOfferSep(s); gk != k || gn != n {
			t.Errorf("lastOfferSep(%q) = %d, %d; want %d, %d", s, gk, gn, k, n)
		}
	}
}

// TestPriceNoteLeads checks that every lead of priceNoteLeads passes
// priceNote's first-word switch: a note that opens with it is found.
func TestPriceNoteLeads(t *testing.T) {
	for _, l := range priceNoteLeads {
		if !priceNote(l + " daily.") {
			t.Errorf("priceNote(%q) = false", l+" daily.")
		}
	}
}
