package boilerplate

import (
	"slices"
	"testing"
)

// TestStepsSectionRT59: a shop widget the rules removed between two
// sections of a guide, the second a subheading, a paragraph and short
// steps ("Tap an app."), costs the body run nothing: the section opens
// there (see sectionAt, stepsTo). A subheading over one paragraph and
// lines that end no sentence is no section.
func TestStepsSectionRT59(t *testing.T) {
	page := []string{
		"Your phone is full again. Here's how to free up storage on Android without deleting your photos",
		"A few settings and one app most people never open can recover several gigabytes in about ten minutes.",
		"Nadia Kowalczyk",
		"Senior Editor, Mobile",
		"March 9, 2026 6:00 a.m. PT",
		"5 min read",
		"When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
		"Share",
		"Copy link",
		"There are few smartphone messages more annoying than \"Storage space running out,\" and it tends to appear at the worst possible moment: halfway through recording a video or just as an important app update arrives.",
		"The reflex is to start deleting photos. You usually don't have to. On most Android phones, the real space hogs are cached app data, old downloads and messaging attachments you forgot existed. Here's where to look first.",
		"Advertisement",
		"Step 1: See what's actually using the space",
		"Before deleting anything, find out where your storage is going. The exact wording varies by manufacturer, but the steps are similar on most phones.",
		"Open Settings.",
		"Tap Storage. On some phones, it's under Battery and device care or Device care.",
		"Wait for the phone to finish calculating.",
		"Look at the breakdown by category: apps, images, videos, audio, documents and system.",
		"If \"Apps\" is the biggest category, the next step will help most. If it's \"Other\" or \"Documents,\" skip to Step 3.",
		"Best deals today",
		"Pixelon P9 Pro 256GB",
		"$649 (was $899)",
		"View at ShopMart",
		"SoundPeak Buds 3",
		"$79.99 (was $129.99)",
		"View at Valuezon",
		"Show more deals",
		"Step 2: Clear app caches",
		"Apps such as social networks, browsers and streaming services store temporary files to load faster. Over months, those caches can grow to several gigabytes.",
		"Go to Settings, then Apps.",
		"Tap an app.",
		"Tap Storage & cache.",
		"Tap Clear cache.",
		"Clearing the cache is safe: you won't lose your log-ins or messages. Avoid tapping Clear storage or Clear data unless you want to reset the app completely.",
		"Related: The best Android phones of 2026, tested and ranked",
		"Step 3: Hunt down old downloads and attachments",
		"Open the Files app, which comes preinstalled on most phones, and tap Downloads. Sort by size and delete installers, PDFs and videos you no longer need.",
		"Messaging apps are another big culprit. In most chat apps, you'll find a storage manager under Settings that lists the largest files shared in each conversation, so you can delete forwarded videos without losing the chat itself.",
		"Step 4: Turn on automatic cleanup",
		"Many recent phones can archive apps you haven't used in a while, removing most of the app but keeping your data so it can be restored with one tap. Look for a setting called Archive apps or Auto-archive in the Play Store's settings menu, and switch it on.",
		"In our testing on a two-year-old midrange phone with 128GB of storage, these four steps freed up 11.4GB, and we didn't delete a single photo.",
		"Quick tip",
		"If you back up your photos to the cloud, your gallery or photo app may offer to remove device copies of pictures that are already backed up. Check that the backup is complete before you do.",
	}
	lines := slices.Concat(rt37Menu, page, rt37Foot)
	d := blockDoc(lines...)
	Default().Mark(d)
	for _, p := range d.Paragraphs[len(rt37Menu)+9 : len(rt37Menu)+len(page)] {
		if !p.Kept() && !slices.Contains(rt439Widget, p.Text) {
			t.Errorf("line %q removed by %s", p.Text, p.Removal.Rule)
		}
	}
	for _, tc := range []struct {
		shape string // P prose, s a step (ends with a full stop), n a line that does not
		want  bool
	}{
		{"sP", true}, {"ssssP", true}, {"sssssP", false}, {"nP", false}, {"P", false}, {"ss", false},
	} {
		var ls []string
		for _, c := range tc.shape {
			switch c {
			case 'P':
				ls = append(ls, "Clearing the cache is safe: you won't lose your log-ins or messages, so you can repeat this for every app.")
			case 's':
				ls = append(ls, "Tap an app.")
			case 'n':
				ls = append(ls, "Show more deals")
			}
		}
		d := blockDoc(ls...)
		sc := new(bodyScratch)
		sc.features(d)
		sc.density = proseDensity
		prose := make([]bool, len(ls))
		for i := range ls {
			prose[i] = sc.isProse(i)
		}
		if got := stepsTo(d, sc.stats, prose, 0); got != tc.want {
			t.Errorf("stepsTo(%s) = %v, want %v", tc.shape, got, tc.want)
		}
	}
}

// rt439Widget are the lines of the shop widget and the links inside red
// team 59's guide (TestStepsSectionRT59).
var rt439Widget = []string{"Advertisement", "Best deals today", "Pixelon P9 Pro 256GB", "$649 (was $899)", "View at ShopMart",
	"SoundPeak Buds 3", "$79.99 (was $129.99)", "View at Valuezon", "Show more deals",
	"Related: The best Android phones of 2026, tested and ranked"}

// TestColumnHeadRT59: a column's name over the headline that opens with
// it ("Ask Dr. Lindqvist", then "Ask Dr. Lindqvist: Why do my legs cramp
// at night, and should I worry?") is a kicker: the headline is the line
// under it, no standfirst (see columnHead).
func TestColumnHeadRT59(t *testing.T) {
	checkRT37Page(t, "column", rt37Menu, []string{"Ask Dr. Lindqvist",
		"Ask Dr. Lindqvist: Why do my legs cramp at night, and should I worry?",
		"By Dr. Anna Lindqvist, Syndicated columnist", "Mar 2, 2026", "Facebook", "Email", "Print"}, 1)
	for _, tc := range []struct {
		name, t string
		want    bool
	}{
		{"Ask Dr. Lindqvist", "Ask Dr. Lindqvist: Why do my legs cramp?", true},
		{"Ask Dr. Lindqvist", "Ask Dr. Lindqvist why the legs cramp at night", false},
		{"Ask Dr. Lindqvist", "Ask Dr. Lindqvist", false},
	} {
		if got := columnHead(tc.name, tc.t); got != tc.want {
			t.Errorf("columnHead(%q, %q) = %v, want %v", tc.name, tc.t, got, tc.want)
		}
	}
}

// TestFirstNameBioRT59: under the label "About the author", a bio that
// names the author by a first name alone goes with the label (see
// firstNameBio).
func TestFirstNameBioRT59(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Nadia has covered smartphones and mobile software for more than a decade.", true},
		{"Nadia writes about phones for Circuitline.", true},
		{"Nadia said the phone was too slow.", false},
		{"nadia has covered phones.", false},
	} {
		if got := firstNameBio(tc.s); got != tc.want {
			t.Errorf("firstNameBio(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	checkRT37Page(t, "bio by first name", rt37Menu, []string{"Bridge to close for a year as council orders urgent repairs",
		"By Nadia Kowalczyk", "March 9, 2026"}, 0)
	lines := slices.Concat(rt37Menu, []string{"Bridge to close for a year as council orders urgent repairs",
		"By Nadia Kowalczyk", "March 9, 2026"}, rt37Prose,
		[]string{"About the author", "Nadia has covered transport and the council for more than a decade. Before joining the paper, she reported for a news agency."},
		rt37Foot)
	d := blockDoc(lines...)
	Default().Mark(d)
	for _, p := range d.Paragraphs {
		if p.Kept() && (p.Text == "About the author" || p.Text[0] == 'N' && p.Text[1] == 'a') {
			t.Errorf("bio line %q kept", p.Text)
		}
	}
}

// TestCaptionUnderCreditRT59: a short sentence right under a labelled
// credit ("Kuva: ..."), the credit under a prose paragraph, is the photo's
// caption.
func TestCaptionUnderCreditRT59(t *testing.T) {
	head := []string{"Bussilakko pysäyttää liikenteen pääkaupunkiseudulla torstaina",
		"Linja-autonkuljettajat lakkoilevat 24 tuntia, koska palkkaneuvottelut ovat katkenneet.",
		"Mikko Hyvärinen", "21.11.2024 klo 6.30"}
	above := []string{
		"Pääkaupunkiseudun bussiliikenne on torstaina lähes kokonaan pysähdyksissä, kun kuljettajien liiton jäsenet aloittivat vuorokauden mittaisen lakon aamulla kello neljä.",
		"Helsingin seudun liikenteen mukaan ajamatta jää arviolta 870 vuoroa Helsingissä, Espoossa ja Vantaalla, ja lakko päättyy perjantaiaamuna.",
		"Lähijunat ja metro kulkevat normaalisti, mutta niissä on tavallista enemmän matkustajia, ja liikennöitsijä suosittelee etätyötä kaikille, joille se sopii.",
	}
	below := []string{
		"Liiton puheenjohtaja kertoo, että neuvottelut työnantajaliiton kanssa katkesivat tiistai-iltana eikä uusia tapaamisia ole vielä sovittu.",
		"Työnantajaliiton mukaan vaatimukset ovat kohtuuttomia, ja se toivoo, että valtakunnansovittelija kutsuu osapuolet koolle jo ensi viikolla.",
	}
	const credit, caption = "Kuva: Antti Leppänen / KR", "Rautatientorin bussipysäkit olivat torstaiaamuna lähes tyhjiä."
	check := func(name string, mid []string, line string, want bool) {
		t.Helper()
		d := blockDoc(slices.Concat(rt37Menu, head, above, mid, below, rt37Foot)...)
		Default().Mark(d)
		for _, p := range d.Paragraphs {
			if p.Text == line && p.Kept() == want {
				t.Errorf("%s: line %q kept %v, want %v", name, p.Text, p.Kept(), !want)
			}
		}
	}
	check("caption", []string{credit, caption}, caption, true)
	// Negative: a credit without its label ...
	check("credit without a label", []string{"Antti Leppänen / KR", caption}, caption, false)
	// ... a line that ends no sentence (a subheading) ...
	check("subheading", []string{credit, "Neuvottelut katkesivat tiistaina illalla Helsingin keskustassa"}, "Neuvottelut katkesivat tiistaina illalla Helsingin keskustassa", false)
	// ... a credit under a line that is no prose (its caption).
	check("under its caption", []string{"Lakko alkoi aamulla kello neljä.", credit, caption}, caption, false)
}

// TestBoxInRunRT59: a section header the rules removed inside the article
// ("Trending now") and the headlines under it, the body run going on
// across them, are a box of links (see boxInRun); a shorter line between
// the headlines and the next paragraph is the article's subheading and
// stays.
func TestBoxInRunRT59(t *testing.T) {
	page := []string{
		"Freight train derailment forces evacuation of 900 homes in Minnesota river town",
		"By DANA WHITCOMB and LUIS ESCOBEDO Meridian Press",
		"Published: Mar. 11, 2026 at 6:48 AM CDT | Updated: 2 hours ago",
		"Facebook",
		"Email",
		"X",
		"LinkedIn",
		"Sign up for breaking news alerts from KVRN 7",
		"BRANDT FALLS, Minn. (MP) — Crews worked through the night Wednesday to contain a chemical leak after a freight train derailed on the edge of this small river town, forcing the evacuation of about 900 homes and closing the main highway into the community.",
		"Twenty-two cars of the Northern Plains Railway train left the tracks around 9:30 p.m. Tuesday just south of the Cottonwood River bridge, Brandt County Sheriff Ray Engstrom said. At least three tank cars carrying anhydrous ammonia were among those that derailed, and one of them was leaking, he said.",
		"No injuries were reported among the train's two-person crew or residents.",
		"ADVERTISEMENT",
		"\"We're asking people to be patient with us,\" Engstrom told reporters at a news conference at the county fairgrounds, where the Red Cross had set up a shelter. \"Our priority is getting that leak stopped and making sure the air is safe before anybody goes home.\"",
		"Anhydrous ammonia, widely used as a farm fertilizer, can cause severe burns to the eyes, skin and lungs at high concentrations. State environmental officials said air monitors placed around the evacuation zone had not detected dangerous levels beyond a few hundred feet from the site as of early Wednesday.",
		"Download the KVRN 7 News app for the latest updates on the go.",
		"The evacuation order covers all homes within roughly a mile of the derailment, about two-thirds of the town of 3,100 people. Schools in the Brandt Falls district were closed Wednesday.",
		"Marlene Haugen, 71, said she was watching television when a sheriff's deputy knocked on her door and told her to leave immediately.",
		"\"I grabbed my pills and my cat and that was it,\" Haugen said from a cot at the fairgrounds. \"You hear about these things on the news, but you never think it's going to be the train you hear every night.\"",
		"The cause of the derailment was not immediately known. The National Transportation Safety Board said it was sending a team of investigators to the site.",
		"Trending now",
		"Man arrested after standoff in north Delmont apartment complex",
		"7 First Alert: Rain changes to snow tonight, slick roads possible by morning",
		"Local bakery closing after 47 years on Main Street",
		"In a statement, Northern Plains Railway said it was \"deeply sorry for the disruption\" and was working with state and local officials. The company said it had brought in specialized crews to transfer ammonia from the damaged tank car, a process that could take more than a day.",
		"The derailment is the second on the railroad's Minnesota lines in less than a year. Last June, 14 cars carrying grain left the tracks near Alder Lake, spilling corn into a wetland but causing no injuries.",
		"Federal data show that the number of train derailments nationally has declined over the past two decades, though high-profile accidents involving hazardous materials have prompted calls in Congress for tougher safety rules for railroads.",
	}
	heads := []string{"Man arrested after standoff in north Delmont apartment complex",
		"7 First Alert: Rain changes to snow tonight, slick roads possible by morning",
		"Local bakery closing after 47 years on Main Street"}
	const sub = "'A difficult decision'"
	for _, withSub := range []bool{false, true} {
		p := page
		if withSub {
			k := slices.Index(page, heads[2]) + 1
			p = slices.Concat(page[:k], []string{sub}, page[k:])
		}
		d := blockDoc(slices.Concat(rt37Menu, p, rt37Foot)...)
		Default().Mark(d)
		for _, q := range d.Paragraphs {
			if slices.Contains(heads, q.Text) && q.Kept() {
				t.Errorf("sub %v: headline %q kept", withSub, q.Text)
			}
			if q.Text == sub && !q.Kept() {
				t.Errorf("subheading %q removed by %s", q.Text, q.Removal.Rule)
			}
		}
	}
}
