package boilerplate

import (
	"testing"

	"github.com/cleantext/clean"
)

// TestPlaceholders checks the lines text browsers print for images and
// icons ("[IMG]", "[share] [tweet]", an image's alt text), and bracketed
// lines that are text: a configuration file's section, a quote's source,
// an editor's note, a sentence.
func TestPlaceholders(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleCaption: {
			{"[IMG]", true},
			{"[logo]", true},
			{"[…]", true},
			{"[share] [tweet] [whatsapp] [email]", true},
			{"[Ruth Garside crosses the finish line]", true},
			{"[Photo] [Video]", true},
			{"[Crowds at the line]", true},
			{"[Crowds at the finish line of the race on a wet and windy Sunday]", false},
			{"[Service]", false},
			{"[Tom's Guide]", false},
			{"[Fire crews at the scene]x", false},
			{"[Update: the council replied on Friday]", false},
			{"[The mayor resigned. She denies wrongdoing]", false},
			{"[The mayor later resigned.]", false},
			{"[a [nested] group]", false},
			{"[one] two [three]", false},
			{"[Editor's note] This story was corrected on Monday to give the right date of the vote and the names of both councillors who abstained]", false},
		},
	}, func(string) bool { return false }, true)
	// HTML has no such lines: a bracketed paragraph is the page's text.
	checkKeptInHTML(t, "[Ruth Garside crosses the finish line]")
}

// checkKeptInHTML checks that no rule takes line between two article
// paragraphs of an HTML page.
func checkKeptInHTML(t *testing.T, line string) {
	t.Helper()
	d := newDoc(article, line, article)
	d.Format = clean.FormatHTML
	if r, ok := Rules()[0].Match(d, 1); ok {
		t.Errorf("HTML: %q removed as %s", line, r.Rule)
	}
}

// TestReadMoreColon checks that the headlines under "Read more:" go as
// those under "Read also" do, and that a subheading under a bare "Read
// more" button or a form's prompt stays.
func TestReadMoreColon(t *testing.T) {
	const teaser = "Harbour dredging delayed until spring after survey"
	for _, tc := range []struct {
		label string
		want  bool
	}{{"Read more:", true}, {"READ MORE:", true}, {"Read also", true}, {"Read more", false}, {"Continue reading", false},
		{"More on this story:", true}, {"See more:", true}, {"Enter your email address:", false}} {
		d := newDoc(article, tc.label, teaser, article)
		if r, ok := Rules()[0].Match(d, 1); !ok || r.Rule != RuleLinkLabel {
			t.Fatalf("%q: %v %v, want a link label", tc.label, r, ok)
		}
		Remove(d, 1, Reason{Rule: RuleLinkLabel})
		r, ok := Rules()[0].Match(d, 2)
		if ok != tc.want || ok && r.Rule != RuleLinkLabel {
			t.Errorf("%q then a headline: %v %v, want %v", tc.label, r, ok, tc.want)
		}
	}
}

// TestBodyCrowdedHead checks a short article that is mostly prose under a
// masthead, a menu and a byline: the body finder runs all the same and
// removes them (see crowdedEdge), and the same article with only its
// headline and a kicker above the prose is left alone.
func TestBodyCrowdedHead(t *testing.T) {
	body := []string{
		"A family of Eurasian beavers has been released into a fenced wetland near Welney, the first to live wild in the Fens since the 1600s.",
		"The animals, a breeding pair and two kits, were brought from a licensed population in Scotland and released into a 30-hectare enclosure on land owned by a wildlife trust.",
		"Conservationists hope the beavers will create ponds and channels that hold water during droughts and slow floodwater in winter, a job that currently falls to pumps and drainage boards.",
		"\"Beavers are the original engineers of this landscape,\" said project manager Tom Gresham. \"In a few years this will look very different, and much wetter.\"",
		"Not everyone is convinced. Some farmers fear the animals could escape and dam drainage ditches on neighbouring land.",
		"Under government rules, the trust must monitor the beavers and can move them if they cause problems. The enclosure's fence runs deep into the ground.",
	}
	const head = "Beavers return to the Fens after 400 years"
	lines := append([]string{"The Fenland Observer", "News Farming Environment Sport What's On Subscribe", head, body[0],
		"By Alice Moorcroft | 21 November 2026 | Share"}, body[1:]...)
	checkBodyKept(t, "masthead, menu and byline: ", lines, func(i int) bool { return i >= 2 && i != 4 })
	lines = append([]string{"Wildlife", head}, body...)
	checkBodyKept(t, "kicker and headline: ", lines, func(int) bool { return true })
	lines = append(append([]string{head}, body...), "Further information", "Welney Wetland Centre, open daily")
	checkBodyKept(t, "two closing lines: ", lines, func(int) bool { return true })
	lines = append(append([]string{head}, body...), "Alice Moorcroft", "Environment correspondent", "Fenland Observer")
	checkBodyKept(t, "three closing lines: ", lines, func(i int) bool { return i <= len(body) })
	// Lines the rules removed do not count.
	d := blockDoc(append([]string{"Skip to main content", "Share this article", "Wildlife", head}, body...)...)
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		if p.Kept() != (i >= 2) {
			t.Errorf("removed lines over the kicker: line %d %q kept %v", i, p.Text, p.Kept())
		}
	}
	// Nor at the tail: crowdedEdge on its own, since the edge-cluster
	// pass removes lines left under a removed one.
	lines = append(append([]string{head}, body...), "Further information", "Welney Wetland Centre, open daily", "Share this article")
	d = blockDoc(lines...)
	prose := make([]bool, len(lines))
	for i := 1; i <= len(body); i++ {
		prose[i] = true
	}
	if !crowdedEdge(d, prose) {
		t.Errorf("three closing lines: not crowded")
	}
	Remove(d, len(lines)-1, Reason{Rule: RuleShareLabel})
	if crowdedEdge(d, prose) {
		t.Errorf("two closing lines over a removed one: crowded")
	}
}

// TestWireByline checks bylines that name a reporter and a news agency
// without "By", and lines that only end with an agency's name.
func TestWireByline(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Tom Davies Associated Press", true},
		{"Tom Davies, The Associated Press", true},
		{"Jane Roe, Reuters", true},
		{"Ana María Soto, AFP", true},
		{"Ana María de Soto, AFP", false},
		{"Jane Roe Reuters Reuters Reuters", false},
		{"Reuters", false},
		{"Roe, Reuters", false},
		{"Shares fell, Reuters", false},
		{"Talks collapse, says Reuters", false},
		{"A report by the investigative desk of Jane Roe and her team, Reuters", false},
		{"Big Tech Faces New Rules From Reuters", false},
		{"Jane Roe, Kyodo News", true},
		{"Jane Roe Reuterss", false},
		{"Jane RoeReuters", false},
	} {
		if got := wireByline(tc.text); got != tc.want {
			t.Errorf("wireByline(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNameJobByline checks bylines of the author's name and job on one
// line, Greek bylines, and headlines of the same shapes.
func TestNameJobByline(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Dominic Haye Crime reporter", true},
		{"Jane Roe Chief Correspondent", true},
		{"Ana María Soto Political editor", true},
		{"The Last Foreign Correspondent", false},
		{"Dominic Haye, Crime reporter", false},
		{"Dominic Haye Crime reporter wins award", false},
		{"Ana María Soto Lopez Political editor", true},
		{"dominic haye crime reporter", false},
		{"Police Hunt Crime Reporter", true}, // the shape of a byline: a headline like it stays a risk
		{"Γράφει ο Νίκος Παπαδάκης", true},
		{"Γράφουν οι Νίκος Παπαδάκης και Μαρία Κωνσταντίνου", true},
		{"Γράφει ιστορία η ομάδα του Βόλου", false},
		{"Γράφει ο Νίκος", false},
		{"Γράφει ο Νίκος Παπαδάκης: Η Αλήθεια", false},
		{"Jane Roe Senior Crime reporter", true},
	} {
		if got := byline(tc.text); got != tc.want {
			t.Errorf("byline(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	if nameJob("Dominic reporter") {
		t.Errorf("nameJob: one name taken")
	}
}

// TestVideoCountdown checks a video player's countdown, its controls and
// a sentence about a video.
func TestVideoCountdown(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleWidget: {
			{"The video will start in 8 Cancel", true},
			{"The video will start in 5 seconds", true},
			{"Video Loading", true},
			{"Click to play Tap to play", true},
			{"The video will start in March, the studio said.", false},
			{"The video will start in a cinema in Leeds", false},
			{"Video length 3:05 Cancel", false},
		},
		RuleAudio: {
			{"Ακούστε το άρθρο", true},
			{"Hallgassa meg a cikket", true},
			{"Ακούστε το άρθρο του υπουργού για την οικονομία", false},
		},
	}, func(string) bool { return true }, true)
}

// TestBodyTitleOverButtons checks a headline and its standfirst over
// buttons the rules remove ("0 comments", "Share") and the byline block:
// both stay, and the buttons and the bylines go. Without a standfirst
// under it, a line there is no headline (a caption over a newsletter box).
func TestBodyTitleOverButtons(t *testing.T) {
	lines := []string{"Home", "News", "Crime", "Courts", "Traffic", "Sport", "What's On", "Jobs",
		"Police release CCTV image after woman, 78, pushed to ground in handbag theft",
		"Officers want to speak to a man seen near the Tanner's Row bus stop on Sunday evening.",
		"0 comments", "Share",
		"Dominic Haye Crime reporter", "10:42, 16 Nov 2026 Updated 11:05, 16 Nov 2026",
		"Detectives have released an image of a man they want to trace after a 78-year-old woman was pushed to the ground and robbed of her handbag in Kelbourne town centre.",
		"The woman was walking from the bus stop on Tanner's Row towards Priory Gardens at about 6.15pm on Sunday when a man grabbed her bag from behind.",
		"She was pulled to the pavement and suffered cuts to her hands and a suspected broken wrist. She was treated in hospital and has since been discharged.",
		"The man is described as white, in his 20s, of slim build and wearing a dark hooded top with a white logo on the chest, dark tracksuit bottoms and white trainers.",
		"Detective Constable Ruth Okafor said: \"This was a frightening and cowardly attack on a woman who was simply making her way home, and we are determined to find the person responsible.\"",
	}
	d := blockDoc(lines...)
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		if want := i == 8 || i == 9 || i >= 14; p.Kept() != want {
			t.Errorf("line %d %q kept %v, want %v", i, p.Text, p.Kept(), want)
		}
	}
	lines = []string{"World",
		"House Hitler was born in will become a police station, Austria says",
		"The government's move aims to prevent building from becoming a pilgrimage site for neo-Nazis.",
		"The house where Adolf Hitler was born in Braunau am Inn, Austria.Leonhard Foeger / Reuters file",
		"Breaking News Emails",
		"Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.",
		"SUBSCRIBE", "Nov. 20, 2019, 9:28 AM UTC", "By Reuters",
		"VIENNA — The house where Adolf Hitler was born will be turned into a police station, Austria's interior minister said on Tuesday, ending years of wrangling over the building.",
		"Having recently carried out a compulsory purchase of the house in Braunau am Inn, a town on the German border, the government had said it would be redesigned beyond recognition.",
		"\"The house's future use by the police should send an unmistakable signal that this building will never again be a place to commemorate National Socialism,\" the minister said.",
		"Architects from across the European Union will be invited to submit plans for the building, and the police station is to open there in the next few years.",
	}
	d = blockDoc(lines...)
	Default().Mark(d)
	if d.Paragraphs[3].Kept() {
		t.Errorf("caption over a newsletter box kept")
	}
}

// TestBylineEmpty checks that the byline tests take an empty text (a
// Document built by a caller may break the non-empty contract).
func TestBylineEmpty(t *testing.T) {
	if byline("") || byName("") || announces("") {
		t.Errorf("an empty text is a byline or a label")
	}
}
