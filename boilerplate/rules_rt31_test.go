package boilerplate

import "testing"

// TestLabelsCaptionsRT31: the read-also labels and ad markers of red team
// 31's languages, the credits of captions in brackets, a gallery's counter
// and count, an e-mail program's image, the buttons of gift links, quote
// widgets and reprint shops; and the article lines like them that stay.
func TestLabelsCaptionsRT31(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Bala hape: Lipula tse matla li senya litsela tsa Quthing", true},
			{"Werengani izinso: Aphunzitsi a ku Balaka akudandaula za malipiro ochedwa", true},
			{"Leghje dinù – In Castagniccia, i paesi si battenu per guardà u so uffiziu postale", true},
			{"Ɣer daɣen: Tizi Wezzu: aman ttwagezmen deg 12 n tudrin", true},
			{"Wilika talega: E tolu na koro mai Bua era na rawata na wai savasava", true},
			{"Lau foki: Kamata 'a e ngāue ki hono fakalelei'i 'o e hala", true},
			{"Ҫавӑн пекех вулӑр: Районта ҫӗнӗ фельдшерпа акушер пункчӗ уҫӑлчӗ", true},
			{"ZOTSATSA", true},
			{"Adellel", true},
			{"VAKARAITAKI", true},
			{"TU'UAKI", true},
			{"Gift this article", true},
			{"Add to Watchlist", true},
			{"Buy photo reprints", true},
			{"Earlier coverage", true},
			{"PHOTO GALLERY: Millbrook vs. Harlan Falls (24 photos)", true},
			{"Leghje dinù a lettera di u merre, chì hà scrittu à i parenti.", false},
			{"The team won 24 of its 30 games (and lost six).", false},
		},
		RuleShareLabel: {
			{"Never miss a warning. Download the free NewsCenter 6 StormTracker app for live radar and push alerts.", true},
			{"Get our free app for the latest scores and breaking news alerts.", true},
			{"Residents can download the free FloodWatch app to report blocked drains, officials said.", false},
			{"Download the free guide to the new rules before April.", false},
			{"Not the free app but the paid one won the design award this year.", false},
			{"Residents can download the free FloodWatch app to report blocked drains.", false},
			{"Download the free app and report potholes, the mayor told residents on Monday.", false},
			{"Download the free guide first. The app version of it costs $2 a month.", false},
		},
		RulePhotoCredit: {
			{"DANA KOWALCZYK/GAZETTE", true},
			{"JANE ROE/THE DAILY HERALD", true},
			{"NEWS/POLITICS", false},
			{"COVID-19 CASES/DEATHS", false},
			// Two capitalised words and a slash read as a name and an
			// outlet (see nameSlash); a breadcrumb in sentence case does
			// not.
			{"Stock market/economy", false},
			{"— —/— —", false},
		},
		RuleCaption: {
			{"Photo 1 of 24: Millbrook quarterback Devontae Rhodes (7) breaks free on a 41-yard touchdown run.", true},
			{"Image 3 of 9 – The flooded square on Tuesday morning", true},
			{"Harlan Falls running back Marcus Ebbing (22) stiff-arms a defender. (Ledger photo/Sam Whitcomb)", true},
			{"Crowds line the route of the parade on Sunday. (AP Photo/Jane Roe)", true},
			{"Ophunzira akuphunzira pansi pa mtengo wa mango. (Chithunzi: Mthenga wa Kumwera)", true},
			{"Imezdaɣ n Iɣil Uzeggaɣ deg tiwizi, ass n lǧemɛa yezrin. (Tawlaft: Asalu n Jerjer)", true},
			{"Baahi ba kha metsi pompong e ncha hoseng ha Labone. (Setšoantšo: Lentsoe la Maloti/Mpho Lerotholi)", true},
			{"[image: Hadley Mere reservoir, with exposed banks]", true},
			{"[Update: the council has since replied]", false},
			{"Photo 1 of 24", false}, // the gallery's control alone (see photoNumber)
			{"Image 30 of 24 – The flooded square on Tuesday morning", false},
			{"Photo 2026 of 2027: the year in pictures from the valley", false},
			{"The council approved the plan (the vote was 7-2).", false},
			{"The photo, she said, was taken by a neighbour (a keen photo/video amateur).", false},
		},
	}, func(string) bool { return false }, true)
}

// TestMailRT31: a newsletter's e-mail: its footer, the postal address
// under "Our mailing address is:", a forwarded message's header lines and
// a call for the readers' stories with an address; and the article lines
// like them that stay.
func TestMailRT31(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLegal: {
			{"You are receiving this email because you signed up for the Morning Briefing at ledger.co.uk.", true},
			{"Our mailing address is:", true},
			{"Want to change how you receive these emails?", true},
			{"You can update your preferences or unsubscribe from this list.", true},
			{"Unsubscribe", true},
			{"You received this award for twenty years of service, the mayor told her.", false},
			{"Unsubscribing from the council's alerts takes a minute, residents said.", false},
		},
		RuleContact: {
			{"Have a memory of Hollister's Market you'd like to share? Send it to news@creekcourier.com and we may include it.", true},
			{"Have a score or a stat to report? Coaches can email results to sports@millbrookledger.com by 10 p.m.", true},
			{"Hai foto o video della frana? Inviali su WhatsApp al 347 555 0193 o scrivi a redazione@ecodivalbrena.it", true},
			{"Who pays for the repairs? The council, she said in an email to jo.bloggs@council.gov.uk and the board.", false},
			{"The report came out on Monday. What happens next? The agency will write to families from help@agency.gov.uk.", false},
		},
	}, func(rule string) bool { return rule == RuleLegal }, true)
	for _, tc := range []struct {
		lines []string
		want  []int
	}{
		// The address under its label, up to the next footer line.
		{[]string{article, "Our mailing address is:", "Ashcombe Ledger Ltd", "14 Corn Exchange Yard", "Ashcombe, AS4 2DJ",
			"United Kingdom", "Want to change how you receive these emails?", article}, []int{1, 2, 3, 4, 5, 6}},
		// A sentence under the label is no address, nor a seventh line.
		{[]string{article, "Our mailing address is:", "The council met on Monday and approved the plan.", article}, []int{1}},
		{[]string{article, "Our mailing address is:", "Ledger Ltd", "Unit 4", "14 Corn Exchange Yard", "Market Street",
			"Ashcombe", "AS4 2DJ", "United Kingdom", article}, []int{1, 2, 3, 4, 5, 6, 7}},
		// Short lines under another legal line are no address.
		{[]string{article, "Privacy policy", "Ashcombe Ledger Ltd", article}, []int{1}},
		// A forwarded message's header lines, by the sender's line.
		{[]string{article, "---------- Forwarded message ---------", "From: The Ledger <briefing@ledger.co.uk>",
			"Date: Tue, 5 Mar 2024 at 06:31", "Subject: Morning Briefing: Reservoir at lowest March level", "To: <priya@example.com>", article},
			[]int{2, 3, 4, 5}},
		{[]string{article, "Subject: the budget", article}, nil},
		{[]string{article, "From: the mayor's office", "Subject: the budget", article}, nil},
		// An ad between its slot's two markers, in any language.
		{[]string{article, "Publicità", "Ristorante U Fucone – Cucina nustrale, apertu ogni ghjornu. Riservazioni à u 04 95 48 21 37",
			"Publicità", article}, []int{1, 2, 3}},
		{[]string{article, "Реклама", "«Ҫӗнӗ пӳрт» лавкка: хӑма, цемент, шифер, пӑта. Килех илсе ҫитеретпӗр. Тел. 8 (83541) 2-14-67",
			"Реклама", article}, []int{1, 2, 3}},
		{[]string{article, "Advertisement", "The crowd cheered as the mayor cut the ribbon on the new bridge across the river.", article}, []int{1}},
		// Between two slots, an article's paragraph without an ad's sign.
		{[]string{article, "Advertisement", "The crowd cheered as the mayor cut the ribbon.", "Advertisement", article}, []int{1, 3}},
		{[]string{article, "Advertisement", "“We won!” she said, “and we will build it.”", "Advertisement", article}, []int{1, 3}},
		{[]string{article, "Advertisement", "Ticket prices rose 12% this year.", "Advertisement", article}, []int{1, 3}},
	} {
		checkRemoved(t, tc.lines, tc.want)
	}
}

// TestPictographLines: a line of a few pictographs is a separator; a line
// with a word, or a symbol of the Basic Multilingual Plane, is not.
func TestPictographLines(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"🌊", true},
		{"📸 📸 📸", true},
		{"👍🏽", true},
		{"🇺🇦", true},
		{"👨‍👩‍👧", true},
		{"🌊 Storm watch", false},
		{"★★★★☆", false},
		{"🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊", false},
	} {
		d := newDoc(article, c.text, article)
		MarkSeparators(d)
		if got := !d.Paragraphs[1].Kept(); got != c.want {
			t.Errorf("%q removed %v, want %v", c.text, got, c.want)
		}
		if got := pictographLine(c.text); got != c.want {
			t.Errorf("pictographLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOutletPhoto: an outlet's name of at most three words, "photo" as a
// word of its own and a slash before a name.
func TestOutletPhoto(t *testing.T) {
	for _, c := range []struct {
		inner string
		want  bool
	}{
		{"ledger photo/sam whitcomb", true},
		{"ap photo/jane roe", true},
		{"staff photos / jane roe", true},
		{"the city desk staff photo/jane roe", false},
		{"courier telephoto/jane roe", false},
		{"ledger photo//archive", false},
		{"ledger photo", false},
	} {
		if got := outletPhoto(c.inner); got != c.want {
			t.Errorf("outletPhoto(%q) = %v, want %v", c.inner, got, c.want)
		}
	}
}
