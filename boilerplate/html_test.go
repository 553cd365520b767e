package boilerplate

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// htmlPara describes one paragraph of a test document built by htmlTestDoc.
type htmlPara struct {
	text  string
	kind  clean.Kind
	links int // LinkRunes; htmlAllLinks means every rune of text
}

const htmlAllLinks = -1

// Prose paragraphs no HTMLPass rule may touch, used as context.
const (
	htmlProseA = "The city council voted on Tuesday to expand the riverside park by nearly forty acres, ending a debate that had divided residents for more than three years."
	htmlProseB = "Opponents argued that the land should have gone to housing, pointing to a waiting list that has doubled since 2019, but the flood maps left little choice."
)

func htmlText(s string) htmlPara    { return htmlPara{text: s} }
func htmlLinked(s string) htmlPara  { return htmlPara{text: s, links: htmlAllLinks} }
func htmlHeading(s string) htmlPara { return htmlPara{text: s, kind: clean.KindHeading} }

// htmlTestDoc builds a document as the HTML extractor would: paragraphs
// joined by blank lines, spans into Text, Kind and LinkRunes set.
func htmlTestDoc(format clean.Format, ps ...htmlPara) *clean.Document {
	d := &clean.Document{ID: "t.html", Format: format}
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p.text)
		links := p.links
		if links == htmlAllLinks {
			links = utf8.RuneCountInString(p.text)
		}
		if format != clean.FormatHTML {
			links = 0
		}
		d.Paragraphs = append(d.Paragraphs, clean.Paragraph{Start: start, End: b.Len(), Kind: p.kind, LinkRunes: links})
	}
	d.Text = b.String()
	for i := range d.Paragraphs {
		d.Paragraphs[i].Text = d.Text[d.Paragraphs[i].Start:d.Paragraphs[i].End]
	}
	return d
}

// htmlPassCase is one HTMLPass test: the paragraph under test goes between
// the two prose paragraphs unless the case gives the whole document.
type htmlPassCase struct {
	name string
	para htmlPara   // paragraph under test, between htmlProseA and htmlProseB
	doc  []htmlPara // whole document instead of para (target is at index at)
	at   int
	want string // rule that must remove it; "" means it must stay
}

func (c htmlPassCase) document() (*clean.Document, int) {
	if c.doc != nil {
		return htmlTestDoc(clean.FormatHTML, c.doc...), c.at
	}
	return htmlTestDoc(clean.FormatHTML, htmlText(htmlProseA), c.para, htmlText(htmlProseB)), 1
}

func runHTMLPassCases(t *testing.T, cases []htmlPassCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, at := c.document()
			HTMLPass().Mark(d)
			p := d.Paragraphs[at]
			switch {
			case c.want == "" && !p.Kept():
				t.Errorf("%q removed by %s; want it kept", p.Text, p.Removal.Rule)
			case c.want != "" && p.Kept():
				t.Errorf("%q kept; want it removed by %s", p.Text, c.want)
			case c.want != "" && p.Removal.Rule != c.want:
				t.Errorf("%q removed by %s; want %s", p.Text, p.Removal.Rule, c.want)
			case !p.Kept() && p.Removal.Stage != clean.StageBoilerplate:
				t.Errorf("%q removed by stage %q", p.Text, p.Removal.Stage)
			}
			for i, q := range d.Paragraphs {
				if (q.Text == htmlProseA || q.Text == htmlProseB) && !q.Kept() {
					t.Errorf("prose paragraph %d removed by %s", i, q.Removal.Rule)
				}
			}
		})
	}
}

func TestHTMLPassLinkTeaser(t *testing.T) {
	const rule = "html-link-teaser"
	sentenceWithLink := "The council published the flood maps on Tuesday, and residents can read the full report on the city website before the next meeting."
	runHTMLPassCases(t, []htmlPassCase{
		{name: "linked heading", para: htmlPara{text: "Mayor opens new bridge over the river", kind: clean.KindHeading, links: htmlAllLinks}, want: rule},
		{name: "all-caps linked line", para: htmlLinked("FLOOD WATERS RISE IN THE VALLEY"), want: rule},
		{name: "mostly linked heading", para: htmlPara{text: "Schools close as storm nears", kind: clean.KindHeading, links: 20}, want: rule},
		{name: "run of three linked headlines", doc: []htmlPara{
			htmlText(htmlProseA), htmlLinked("Mayor opens new bridge"), htmlLinked("Schools close for the storm"),
			htmlLinked("Police name suspect in robbery"), htmlText(htmlProseB),
		}, at: 2, want: rule},
		{name: "run of three, first", doc: []htmlPara{
			htmlText(htmlProseA), htmlLinked("Mayor opens new bridge"), htmlLinked("Schools close for the storm"),
			htmlLinked("Police name suspect in robbery"), htmlText(htmlProseB),
		}, at: 1, want: rule},
		{name: "run of list items", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB),
			{text: "Mayor opens new bridge", kind: clean.KindListItem, links: htmlAllLinks},
			{text: "Schools close for the storm", kind: clean.KindListItem, links: htmlAllLinks},
			{text: "Police name suspect in robbery", kind: clean.KindListItem, links: htmlAllLinks},
		}, at: 4, want: rule},

		// Must stay.
		{name: "article sentence with a link", para: htmlPara{text: sentenceWithLink, links: len("the full report on the city website")}},
		{name: "short sentence mostly linked", para: htmlPara{text: "Read the council's full report.", links: 20}, want: ""},
		{name: "single link line between prose", para: htmlLinked("Get it on Amazon")},
		{name: "heading with a small link", para: htmlPara{text: "Why the council chose the park over housing", kind: clean.KindHeading, links: 7}},
		{name: "two linked lines are not a run", doc: []htmlPara{
			htmlText(htmlProseA), htmlLinked("Mayor opens new bridge"), htmlLinked("Schools close for the storm"), htmlText(htmlProseB),
		}, at: 1},
		{name: "linked quotes (embedded posts)", doc: []htmlPara{
			htmlText(htmlProseA),
			{text: "The park is saved", kind: clean.KindQuote, links: htmlAllLinks},
			{text: "Great news for the riverside", kind: clean.KindQuote, links: htmlAllLinks},
			{text: "What a day for the city", kind: clean.KindQuote, links: htmlAllLinks},
			htmlText(htmlProseB),
		}, at: 2},
		{name: "run of long linked sentences", doc: []htmlPara{
			htmlText(htmlProseA),
			htmlLinked("The council voted on Tuesday to expand the riverside park by nearly forty acres of land."),
			htmlLinked("Opponents argued that the land should have gone to housing for the families on the list."),
			htmlLinked("The mayor said both needs were real, but the flood maps left the council little choice."),
			htmlText(htmlProseB),
		}, at: 2},
		{name: "unlinked run of short lines", doc: []htmlPara{
			htmlText(htmlProseA), htmlText("Mayor opens new bridge"), htmlText("Schools close for the storm"),
			htmlText("Police name suspect in robbery"), htmlText(htmlProseB),
		}, at: 2},
		{name: "all-caps source tag after a quote", doc: []htmlPara{
			htmlText(htmlProseA), htmlPara{text: "The park is saved, and the river will have room to spread.", kind: clean.KindQuote}, htmlLinked("[CNBC]"), htmlText(htmlProseB),
		}, at: 2},

		// Links after a section label, and wholly linked paragraphs at the end.
		{name: "partly linked list after a label", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlText("More Great Example Stories"),
			{text: "Mayor opens new bridge, at last", kind: clean.KindListItem, links: 15},
			{text: "Schools close for the storm: what parents need to know", kind: clean.KindListItem, links: 26},
		}, at: 4, want: rule},
		{name: "wholly linked promotion at the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB),
			htmlLinked("Get access to the fastest growing subscription service in the country for as little as 5 dollars for the first year. Use the code SAVE at checkout. Offer valid for new readers only, and it ends soon."),
		}, at: 2, want: rule},

		// Must stay.
		{name: "label followed by prose", doc: []htmlPara{
			htmlText(htmlProseA), htmlText("Related:"), htmlPara{text: "Residents were told on Monday.", links: 10}, htmlText(htmlProseB),
		}, at: 2, want: ""},
		{name: "wholly linked sentence before the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlLinked("Read the full report from the council, which runs to more than two hundred pages."), htmlText(htmlProseB),
		}, at: 1},
		{name: "partly linked last paragraph", doc: []htmlPara{
			htmlText(htmlProseA), htmlPara{text: htmlProseB, links: 40},
		}, at: 1},
	})
}

func TestHTMLPassCaption(t *testing.T) {
	const rule = "html-caption"
	runHTMLPassCases(t, []htmlPassCase{
		{name: "figcaption", para: htmlPara{text: "Residents walk along the flooded bank of the river on Tuesday, a day before the vote.", kind: clean.KindCaption}, want: rule},
		{name: "photo credit", para: htmlText("Photo: Jane Smith/Reuters"), want: rule},
		{name: "agency credit in parentheses", para: htmlText("(AP Photo/Seth Wenig)"), want: rule},
		{name: "image copyright", para: htmlText("Image copyright Getty Images"), want: rule},
		{name: "credit colon", para: htmlText("Credit: Example News"), want: rule},
		{name: "German credit", para: htmlText("Foto: dpa"), want: rule},
		{name: "credit without colon", para: htmlText("Photo Jane Smith"), want: rule},
		{name: "photo by", para: htmlText("Photo by Jane Smith for Example News"), want: rule},
		{name: "image courtesy", para: htmlText("Image courtesy of NASA"), want: rule},
		{name: "source", para: htmlText("Source: Reuters"), want: rule},
		{name: "agency credit with file", para: htmlText("Reuters/Jonathan Ernst, File"), want: rule},
		{name: "credit with camel-case agency", para: htmlText("Getty Images/iStockphoto"), want: rule},
		{name: "photo credit several agencies", para: htmlText("Sakib Ali/Hindustan Times/Getty Images"), want: rule},

		// Must stay.
		{name: "sentence starting with Photographs", para: htmlText("Photographs of the flooded bank were shared widely on social media.")},
		{name: "sentence starting with Credit", para: htmlText("Credit card debt rose sharply in the third quarter, the central bank said.")},
		{name: "sentence starting with Source", para: htmlText("Source of the outbreak is still unknown, officials said.")},
		{name: "sentence starting with Image", para: htmlText("Image quality has improved, the camera maker said.")},
		{name: "sentence about an image", para: htmlText("The image of the flooded bank, taken by a resident, was shared thousands of times.")},
		{name: "short subheading", para: htmlHeading("Photos that changed the vote")},
		{name: "sentence with a slash and digits", para: htmlText("The 24/7 shelter, opened in 2019, will stay open through the winter.")},
		{name: "short sentence with a slash", para: htmlText("The owner/operator of the ferry said the crossing would reopen.")},
		{name: "slash without end punctuation", para: htmlText("Owners and/or operators of the ferry")},
		{name: "title-case subheading with a slash", para: htmlHeading("Owner/Operator Rules")},
		{name: "list of titles with slashes and digits", para: htmlText("3) Cofanetto Nolan: Interstellar/Il Cavaliere Oscuro/Inception (Blu-Ray)")},
		{name: "sentence starting with Photo and a name", para: htmlText("Photo Booth is a camera app that ships with every Mac.")},
		{name: "sentence starting with Image and a name", para: htmlText("Image Comics announced a new series on Tuesday")},
		{name: "subheading starting with Source", para: htmlHeading("Source Code")},
		{name: "sentence starting with Source of", para: htmlText("Source of funds disclosed by the mayor")},
	})
}

func TestHTMLPassAdLabel(t *testing.T) {
	const rule = "html-ad-label"
	runHTMLPassCases(t, []htmlPassCase{
		{name: "advertisement", para: htmlText("Advertisement"), want: rule},
		{name: "caps with dashes", para: htmlText("- ADVERTISEMENT -"), want: rule},
		{name: "story continues", para: htmlText("Story continues below advertisement"), want: rule},
		{name: "continue reading", para: htmlText("Continue reading the main story"), want: rule},
		{name: "German", para: htmlText("Anzeige"), want: rule},
		{name: "sponsored content", para: htmlText("Sponsored content"), want: rule},

		// Must stay.
		{name: "sentence about advertising", para: htmlText("Advertising revenue fell by a third last year.")},
		{name: "subheading about ads", para: htmlHeading("Ads that paid for the campaign")},
		{name: "continue reading in a sentence", para: htmlText("Continue reading, she told the class, until the bell rings.")},
	})
}

func TestHTMLPassDateline(t *testing.T) {
	const rule = "html-dateline"
	runHTMLPassCases(t, []htmlPassCase{
		{name: "updated", para: htmlText("Updated: Sat 8:31 PM, Feb 17, 2018"), want: rule},
		{name: "published", para: htmlText("Published 17 February 2018"), want: rule},
		{name: "numeric", para: htmlText("17/02/2018 08:31"), want: rule},
		{name: "posted at", para: htmlText("Posted on 03.03.2020 at 10:15"), want: rule},
		{name: "time with a period", para: htmlText("Updated 8:31 a.m."), want: rule},
		{name: "last modified", para: htmlText("Last modified on Tue 20 Feb 2018 11.58 EST"), want: rule},
		{name: "Portuguese", para: htmlText("Publicado 17 de fevereiro de 2018 às 08:31"), want: rule},
		{name: "date with a place", para: htmlText("LONDON, March 3, 2020"), want: rule},
		{name: "reading time", para: htmlText("Reading time: 3 minutes"), want: rule},
		{name: "reading time, Portuguese", para: htmlText("Tempo de leitura: 1 minuto"), want: rule},
		{name: "min read", para: htmlText("5 min read"), want: rule},
		{name: "reading time, Spanish label", para: htmlText("Lectura: 5 min"), want: rule},
		{name: "reading time, Italian label", para: htmlText("Lettura: 3 minuti"), want: rule},

		// Must stay.
		{name: "quoted date inside a sentence", para: htmlText(`She recalled: "On March 3, 2020, everything changed."`)},
		{name: "short sentence with a date", para: htmlText("The vote was held on March 3, 2020.")},
		{name: "date in a long sentence", para: htmlText("The council first discussed the plan on March 3, 2020, weeks before the pandemic closed its chamber for more than a year.")},
		{name: "subheading with a year", para: htmlHeading("Looking back at 2019")},
		{name: "bare years", para: htmlText("1914 – 1918")},
		{name: "date in a quote", para: htmlPara{text: "March 3, 2020", kind: clean.KindQuote}},
		{name: "date in a table row", para: htmlPara{text: "March 3, 2020 Opening night", kind: clean.KindTableRow}},
		{name: "reading time in a sentence", para: htmlText("Reading time for the report is about three hours, the clerk said.")},
		{name: "a reading's minutes", para: htmlText("Lectura pública: 5 minutos de silencio")},
	})
}

func TestHTMLPassByline(t *testing.T) {
	const rule = "html-byline"
	runHTMLPassCases(t, []htmlPassCase{
		{name: "by name", para: htmlText("By Jane Smith"), want: rule},
		{name: "two names", para: htmlText("By Jane Smith and John O'Neil"), want: rule},
		{name: "caps", para: htmlText("BY JANE SMITH"), want: rule},
		{name: "with separator", para: htmlText("By Jane Smith |"), want: rule},
		{name: "German", para: htmlText("Von Hans Müller"), want: rule},
		{name: "role after a comma", para: htmlText("By Jane Smith, staff writer"), want: rule},
		{name: "outlet after a bar", para: htmlText("By Jane Smith | The Daily Example"), want: rule},
		{name: "three names", para: htmlText("By Jane Smith, John Doe and Ann van der Berg"), want: rule},
		{name: "agency", para: htmlText("By The Associated Press"), want: rule},
		{name: "one word after a dateline", doc: []htmlPara{
			htmlText("Nov. 20, 2019, 9:28 AM UTC"), htmlText("By Reuters"), htmlText(htmlProseA), htmlText(htmlProseB),
		}, at: 1, want: rule},
		{name: "byline at the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlText(htmlProseA + " Again."), htmlText("By Jane Smith"),
		}, at: 3, want: rule},
		{name: "contributed reporting at the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlText("Keith Bradsher contributed reporting from Hong Kong."),
		}, at: 2, want: rule},
		{name: "agency writer contributed", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlText("Associated Press writer Jane Smith in London contributed to this report."),
		}, at: 2, want: rule},
		{name: "wire credits at the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlText("(Reporting by Jane Smith; Editing by John Doe)"),
		}, at: 2, want: rule},

		// Must stay.
		{name: "sentence starting with By", para: htmlText("By Tuesday the river had risen by two metres.")},
		{name: "subheading starting with By", para: htmlHeading("By the numbers")},
		{name: "Bypass", para: htmlText("Bypass Road reopens")},
		{name: "title-case subheading By The Numbers", para: htmlHeading("By The Numbers")},
		{name: "title-case line By The Numbers", para: htmlText("By The Numbers")},
		{name: "caps By The Numbers", para: htmlText("BY THE NUMBERS")},
		{name: "French phrase", para: htmlText("Par Avion")},
		{name: "Spanish phrase", para: htmlText("Por Favor")},
		{name: "title case with And", para: htmlText("By Land And Sea")},
		{name: "weekday", para: htmlText("By Monday, Prices Had Doubled")},
		{name: "sentence after a comma", para: htmlText("By Tuesday, the river had risen")},
		{name: "one-word phrase between prose", para: htmlText("By Design")},
		{name: "title-case subheading mid-article", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlHeading("By Popular Demand"), htmlText(htmlProseA + " Again."), htmlText(htmlProseB + " Again."),
		}, at: 2},
		{name: "contributed in the middle", doc: []htmlPara{
			htmlText(htmlProseA), htmlText("Six engineers contributed research to the plan."), htmlText(htmlProseB),
		}, at: 1},
	})
}

func TestHTMLPassSectionLabel(t *testing.T) {
	const rule = "html-section-label"
	runHTMLPassCases(t, []htmlPassCase{
		{name: "you may also like", para: htmlText("You may also like..."), want: rule},
		{name: "related colon", para: htmlText("Related:"), want: rule},
		{name: "related stories heading", para: htmlHeading("Related Stories"), want: rule},
		{name: "see more", para: htmlText("SEE MORE: Floods hit the valley"), want: rule},
		{name: "comments count", para: htmlText("3 Comments"), want: rule},
		{name: "filed under", para: htmlText("Filed under: Politics, Floods"), want: rule},
		{name: "tags", para: htmlText("Tags: park, council, floods"), want: rule},
		{name: "most read", para: htmlHeading("Most read"), want: rule},
		{name: "more on, then links", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlHeading("More on the economy"),
			htmlLinked("Bank raises rates again"), htmlLinked("Inflation slows in March"),
		}, at: 2, want: rule},
		{name: "more from at the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlHeading("More from Example News"),
		}, at: 2, want: rule},
		{name: "popular on at the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlHeading("Popular on Example News"),
		}, at: 2, want: rule},
		{name: "trending in, then links", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlText("Trending in Politics"),
			htmlLinked("Bank raises rates again"), htmlLinked("Inflation slows in March"),
		}, at: 2, want: rule},
		{name: "want more stories", para: htmlHeading("Want more stories like this?"), want: rule},
		{name: "block after a label at the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlHeading("Want more stories like this?"),
			htmlText("Every day we send an email with the top stories."),
		}, at: 3, want: rule},

		// Must stay.
		{name: "subheading between prose", para: htmlHeading("What happens next")},
		{name: "subheading with related", para: htmlHeading("Related concerns remain")},
		{name: "sentence starting with More", para: htmlText("More rain is expected this week, forecasters said.")},
		{name: "sentence starting with Read", para: htmlText("Read together, the reports paint a grim picture.")},
		{name: "comments in a sentence", para: htmlText("Comments from the mayor were met with applause.")},
		{name: "subheading more on", para: htmlHeading("More on the economy")},
		{name: "subheading more from", para: htmlHeading("More from the mayor")},
		{name: "subheading popular on", para: htmlHeading("Popular on TikTok")},
		{name: "subheading most read in", para: htmlHeading("Most read in the city")},
		{name: "sentence popular in", para: htmlText("Popular in the city since 1950, the park draws crowds.")},
		{name: "short sentence after a label at the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlText("Related"), htmlText("The vote is final."),
		}, at: 3},
		{name: "short paragraph after a teaser label at the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlPara{text: "SEE MORE: Floods hit the valley", links: 20},
			htmlText("The vote is final."),
		}, at: 3},
	})
}

func TestHTMLPassAppeal(t *testing.T) {
	const rule = "html-appeal"
	runHTMLPassCases(t, []htmlPassCase{
		{name: "newsletter", para: htmlText("Sign up for our daily newsletter"), want: rule},
		{name: "click here", para: htmlText("Click here to read the full report"), want: rule},
		{name: "follow us", para: htmlText("Follow us on Twitter"), want: rule},
		{name: "copyright", para: htmlText("© 2024 Example News. All rights reserved."), want: rule},
		{name: "contact", para: htmlText("Jane Smith can be reached at jane.smith@example.com"), want: rule},
		{name: "javascript", para: htmlText("Please enable JavaScript to view the comments"), want: rule},
		{name: "share with", para: htmlText("Share this story with a friend"), want: rule},
		{name: "newsletter sentence-start", para: htmlText("Start your day with our briefing. Sign up for the free daily newsletter."), want: rule},
		{name: "subscribe to", para: htmlText("Subscribe to Example News and stay smart with more of your favourite writers."), want: rule},
		{name: "follow him", para: htmlText("Her book is out now. Follow him on Twitter @example."), want: rule},
		{name: "join our forums", para: htmlText("Join our forums to keep talking about the latest news!"), want: rule},
		{name: "may be reached with an address", para: htmlText("Have a tip? Jane Smith may be reached at jsmith@example.com."), want: rule},
		{name: "e-mail line", para: htmlText("Email: jane.smith@example.com"), want: rule},
		{name: "name and e-mail", para: htmlText("Jane Smith jane.smith@example.com"), want: rule},
		{name: "email the author", para: htmlText("Email the author at jane@example.com"), want: rule},
		{name: "cookie notice", para: htmlText("This website uses cookies to improve your experience."), want: rule},
		{name: "we use cookies", para: htmlText("We use cookies to give you the best experience. By continuing you agree to our use of cookies."), want: rule},
		{name: "copyright year", para: htmlText("The contents of this site are ©2019 Example Publishing Corp."), want: rule},
		{name: "copyright line", para: htmlText("Copyright 2024 Example News"), want: rule},
		{name: "affiliate disclosure", para: htmlText("This post may contain affiliate and/or referral links. Please see my disclosure page."), want: rule},
		{name: "author bio at the end", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB), htmlText("Jane Smith is a staff reporter covering the city council. Send tips to jane@example.com."),
		}, at: 2, want: rule},

		// Must stay.
		{name: "sentence with like", para: htmlText("Like many residents, she said the park had been a lifeline during the lockdowns.")},
		{name: "sentence with follow", para: htmlText("Follow-up inspections found no damage to the new bridge.")},
		{name: "subheading join", para: htmlHeading("Join the club")},
		{name: "article sentence with a link", para: htmlPara{text: "Residents who signed the petition, which is posted on the council website, say the park will flood anyway.", links: 25}},
		{name: "newsletter with subscribers", para: htmlText("The newsletter now reaches more than 40,000 subscribers every week.")},
		{name: "readers subscribe to newsletter", para: htmlText("Readers who subscribe to the newsletter get the council agenda a day early.")},
		{name: "summit can be reached at dawn", para: htmlText("The summit can be reached at dawn if climbers leave the hut by midnight.")},
		{name: "office may be reached at the end of a road", para: htmlText("The office may be reached at the end of a dirt road.")},
		{name: "sentence with an e-mail address", para: htmlText("Residents can send comments to parks@example.gov until the end of the month, the council said.")},
		{name: "police appeal with an e-mail address", para: htmlText("Anyone with information is asked to contact the police at tips@example.gov.")},
		{name: "sentence about cookies", para: htmlText("The regulator found that the site uses cookies to track readers without consent.")},
		{name: "sentence with a copyright sign", para: htmlText("The © sign on the poster was added later, the curator said.")},
		{name: "share it with", para: htmlText("She decided to share it with her family first.")},
		{name: "follow a politician", para: htmlText("Millions of people follow Trump on Twitter, where he posts daily.")},
		{name: "like facebook", para: htmlText("Like Facebook, the company has struggled to moderate posts.")},
		{name: "follow instructions", para: htmlText("Follow the instructions on your screen to finish the update.")},
		{name: "sign-up instruction in a deals list", para: htmlPara{text: "Sign up for the Disney+ bundle using the same email as your Hulu account", kind: clean.KindListItem, links: 20}},
		{name: "signed up subscribers", para: htmlText("The company continued to sign up additional subscribers throughout the week.")},
	})
}

func TestHTMLPassShortcode(t *testing.T) {
	const rule = "html-shortcode"
	runHTMLPassCases(t, []htmlPassCase{
		{name: "button", para: htmlText(`[button link="https://example.com/donate"]Donate now[/button]`), want: rule},
		{name: "caption", para: htmlText(`[caption id="attachment_12" align="alignnone" width="800"]`), want: rule},
		{name: "closing", para: htmlText("[/embed]"), want: rule},

		// Must stay.
		{name: "editor's note", para: htmlText("[Editor's note: This story was updated to correct the size of the park.]")},
		{name: "bracket inside", para: htmlText("The report [pdf] was published on the council website on Tuesday.")},
	})
}

func TestHTMLPassCompanyAbout(t *testing.T) {
	const rule = "html-company-about"
	release := []htmlPara{
		htmlText("Examplecorp today announced a new alarm system for hospitals, built with the city's largest clinics."),
		htmlText("Examplecorp said the system cuts false alarms by half, and that Examplecorp engineers will train staff."),
		htmlText("\u201cWe are delighted,\u201d said the head of Examplecorp's clinical unit, who led the trials."),
	}
	with := func(ps ...htmlPara) []htmlPara { return append(append([]htmlPara(nil), release...), ps...) }
	runHTMLPassCases(t, []htmlPassCase{
		{name: "about label", doc: with(htmlHeading("About Examplecorp"),
			htmlText("Examplecorp is a global provider of clinical software. It employs 1,300 people worldwide.")), at: 3, want: rule},
		{name: "description after the label", doc: with(htmlHeading("About Examplecorp"),
			htmlText("Examplecorp is a global provider of clinical software. It employs 1,300 people worldwide.")), at: 4, want: rule},
		{name: "description without a label", doc: with(
			htmlText("Examplecorp is a global solutions provider focused on healthcare software. The vision of Examplecorp is to close information gaps."),
			htmlText("Examplecorp is headquartered in Baar and employs around 1,300 people worldwide.")), at: 3, want: rule},
		{name: "what follows the description", doc: with(
			htmlText("Examplecorp is a global solutions provider focused on healthcare software. The vision of Examplecorp is to close information gaps."),
			htmlText("Examplecorp is headquartered in Baar and employs around 1,300 people worldwide.")), at: 4, want: rule},

		// Must stay.
		{name: "description of a company named once", doc: []htmlPara{
			htmlText(htmlProseA), htmlText(htmlProseB),
			htmlText("Riverworks is a global provider of flood barriers, and it bid for the contract last year."),
		}, at: 2},
		{name: "description in the middle", doc: with(
			htmlText("Examplecorp is a global solutions provider focused on healthcare software. The vision of Examplecorp is to close information gaps."),
			htmlText(htmlProseA), htmlText(htmlProseB), htmlText(htmlProseA+" Again.")), at: 3},
		{name: "one background sentence at the end", doc: with(
			htmlText("Examplecorp is the world's largest maker of hospital alarms, and its shares rose 3% on Tuesday.")), at: 3},
		{name: "about as a subheading", doc: with(htmlHeading("About the trials"),
			htmlText("The trials ran for a year in three clinics, and nurses kept a log of every alarm.")), at: 3},
	})
}

// TestHTMLPassOrder checks that the first rule that fires names the removal,
// that paragraphs already removed keep their reason and that text documents
// are left alone.
func TestHTMLPassOrder(t *testing.T) {
	// A linked heading that is also a byline: the teaser rule comes first.
	d := htmlTestDoc(clean.FormatHTML, htmlText(htmlProseA), htmlPara{text: "By Jane Smith", kind: clean.KindHeading, links: htmlAllLinks})
	HTMLPass().Mark(d)
	if p := d.Paragraphs[1]; p.Kept() || p.Removal.Rule != "html-link-teaser" {
		t.Errorf("linked byline heading: %+v, want html-link-teaser", p.Removal)
	}

	// A caption (by kind) that reads like a dateline: caption comes first.
	d = htmlTestDoc(clean.FormatHTML, htmlPara{text: "March 3, 2020", kind: clean.KindCaption})
	HTMLPass().Mark(d)
	if p := d.Paragraphs[0]; p.Kept() || p.Removal.Rule != "html-caption" {
		t.Errorf("dated caption: %+v, want html-caption", p.Removal)
	}

	// An earlier removal is kept.
	d = htmlTestDoc(clean.FormatHTML, htmlText("Advertisement"))
	Remove(d, 0, Reason{Rule: "earlier"})
	HTMLPass().Mark(d)
	if r := d.Paragraphs[0].Removal; r == nil || r.Rule != "earlier" {
		t.Errorf("earlier removal replaced: %+v", r)
	}

	// Text documents are not HTMLPass's business.
	d = htmlTestDoc(clean.FormatText, htmlText("Advertisement"), htmlText("By Jane Smith"), htmlText("Updated: Sat 8:31 PM, Feb 17, 2018"))
	HTMLPass().Mark(d)
	for i, p := range d.Paragraphs {
		if !p.Kept() {
			t.Errorf("text document: paragraph %d removed by %s", i, p.Removal.Rule)
		}
	}

	// An empty HTML document is fine.
	HTMLPass().Mark(&clean.Document{Format: clean.FormatHTML})
}

// TestSkipHTML checks that wrapped stages leave HTML documents untouched and
// run on text documents, in order.
func TestSkipHTML(t *testing.T) {
	var calls []string
	removeAll := func(name string) clean.Stage {
		return clean.StageFunc(func(d *clean.Document) {
			calls = append(calls, name)
			for i := range d.Paragraphs {
				d.Remove(i, clean.Removal{Stage: clean.StageBoilerplate, Rule: name})
			}
		})
	}
	stages := SkipHTML([]clean.Stage{removeAll("first"), removeAll("second")})
	if len(stages) != 2 {
		t.Fatalf("SkipHTML returned %d stages, want 2", len(stages))
	}

	h := htmlTestDoc(clean.FormatHTML, htmlText(htmlProseA), htmlHeading("What happens next"), htmlText(htmlProseB))
	before := *h
	before.Paragraphs = append([]clean.Paragraph(nil), h.Paragraphs...)
	clean.Pipeline(stages).Mark(h)
	if len(calls) != 0 {
		t.Errorf("HTML document: stages ran: %v", calls)
	}
	if h.Text != before.Text || len(h.Paragraphs) != len(before.Paragraphs) {
		t.Fatalf("HTML document changed")
	}
	for i, p := range h.Paragraphs {
		if b := before.Paragraphs[i]; !p.Kept() || p.Text != b.Text || p.Start != b.Start || p.End != b.End || p.Kind != b.Kind || p.LinkRunes != b.LinkRunes || len(p.Edits) != 0 {
			t.Errorf("HTML document: paragraph %d changed: %+v", i, p)
		}
	}

	txt := htmlTestDoc(clean.FormatText, htmlText(htmlProseA), htmlText("What happens next"), htmlText(htmlProseB))
	clean.Pipeline(stages).Mark(txt)
	if strings.Join(calls, ",") != "first,second" {
		t.Errorf("text document: calls %v, want [first second]", calls)
	}
	for i, p := range txt.Paragraphs {
		if p.Kept() || p.Removal.Rule != "first" {
			t.Errorf("text document: paragraph %d: %+v, want removed by first", i, p.Removal)
		}
	}

	// Wrapping the real body passes: they must not touch an HTML article
	// made of short paragraphs, a list and subheadings.
	calls = nil
	h = htmlTestDoc(clean.FormatHTML,
		htmlHeading("Council expands riverside park"), htmlText("By Jane Smith"), htmlText(htmlProseA),
		htmlHeading("What happens next"), htmlPara{text: "Flood defences", kind: clean.KindListItem},
		htmlPara{text: "New paths", kind: clean.KindListItem}, htmlText("Work starts in May."), htmlText(htmlProseB))
	clean.Pipeline(SkipHTML(BodyPasses())).Mark(h)
	for i, p := range h.Paragraphs {
		if !p.Kept() {
			t.Errorf("body passes on HTML: paragraph %d removed by %s", i, p.Removal.Rule)
		}
	}
	if len(SkipHTML(nil)) != 0 {
		t.Error("SkipHTML(nil) is not empty")
	}
}

// TestLazyREs compiles every regular expression of the rules, which
// compile on first use: a bad one panics here, not in a run.
func TestLazyREs(t *testing.T) {
	if len(lazyREs) == 0 {
		t.Fatal("no lazy regular expressions registered")
	}
	for _, l := range lazyREs {
		if l.get() == nil {
			t.Errorf("%q did not compile", l.expr)
		}
	}
}
