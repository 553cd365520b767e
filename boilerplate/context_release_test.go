package boilerplate

import (
	"slices"
	"testing"
)

// releaseBody is the text of a made-up press release.
var releaseBody = []string{
	"Ferrous Labs Opens Recycling Plant in Ohio",
	"TOLEDO, Ohio, March 3, 2026 -- Ferrous Labs, a maker of battery recycling equipment, today opened a plant that will process 20,000 tonnes of used batteries a year.",
	"The plant will employ 140 people and recover lithium, nickel and cobalt for reuse in new cells, the company said.",
	"\"Recycling at this scale changes what a battery costs over its life,\" said Dana Ruiz, the company's chief executive.",
}

func TestReleaseTrailers(t *testing.T) {
	tests := []struct {
		name    string
		trailer []string
		removed []string // the trailer's lines that go; the others stay
	}{
		{name: "contact block",
			trailer: []string{"Media contact:", "Sam Okoro", "Director of Communications", "+1 419-555-0188", "sam.okoro@example.com"},
			removed: []string{"Media contact:", "Sam Okoro", "Director of Communications", "+1 419-555-0188", "sam.okoro@example.com"}},
		{name: "label with details",
			trailer: []string{"Press contact: Sam Okoro, +1 419-555-0188"},
			removed: []string{"Press contact: Sam Okoro, +1 419-555-0188"}},
		{name: "longest label",
			trailer: []string{"Media and Investor Contacts", "Sam Okoro"},
			removed: []string{"Media and Investor Contacts", "Sam Okoro"}},
		{name: "german",
			trailer: []string{"Pressekontakt", "Lena Vogt", "Tel. 030 555 0123"},
			removed: []string{"Pressekontakt", "Lena Vogt", "Tel. 030 555 0123"}},
		{name: "closing credit and page links",
			trailer: []string{"SOURCE Ferrous Labs, Inc.", "Also from this source", "Ferrous Labs Names New Chief Financial Officer", "Explore", "Recycling"},
			removed: []string{"SOURCE Ferrous Labs, Inc.", "Also from this source", "Ferrous Labs Names New Chief Financial Officer", "Explore", "Recycling"}},
		{name: "details end at a longer line",
			trailer: []string{"Media contacts:", "Sam Okoro", "Ferrous Labs recovers metals from used batteries for carmakers in the United States and in Europe"},
			removed: []string{"Media contacts:", "Sam Okoro"}},
		{name: "source not a name",
			trailer: []string{"SOURCE said to be close to the board"},
			removed: nil},
		{name: "label with too many details",
			trailer: []string{"Contact: the plant's managers said they would answer questions from neighbours at a meeting"},
			removed: nil},
		{name: "not a contact label",
			trailer: []string{"Contact sports", "Media literacy week"},
			removed: nil},
		{name: "source in a sentence",
			trailer: []string{"SOURCE OF FUNDS AND TERMS OF THE SALE ARE LISTED BELOW IN FULL"},
			removed: nil},
	}
	for _, tt := range tests {
		d := doc(append(append([]string{}, releaseBody...), tt.trailer...)...)
		MarkReleaseTrailers(d)
		gone := map[string]bool{}
		for _, p := range d.Paragraphs {
			if !p.Kept() {
				gone[p.Text] = true
			}
		}
		for _, l := range releaseBody {
			if gone[l] {
				t.Errorf("%s: release text removed: %q", tt.name, l)
			}
		}
		want := map[string]bool{}
		for _, l := range tt.removed {
			want[l] = true
			if !gone[l] {
				t.Errorf("%s: kept %q", tt.name, l)
			}
		}
		for _, l := range tt.trailer {
			if gone[l] && !want[l] {
				t.Errorf("%s: removed %q", tt.name, l)
			}
		}
	}
}

// TestReleaseTrailersAboveProse checks that a contact label and a closing
// credit above the last paragraph of prose are left alone: the release's
// text is never cut.
func TestReleaseTrailersAboveProse(t *testing.T) {
	lines := append([]string{"Media contact:", "Sam Okoro", "SOURCE Ferrous Labs"}, releaseBody...)
	d := doc(lines...)
	MarkReleaseTrailers(d)
	for _, p := range d.Paragraphs {
		if !p.Kept() {
			t.Errorf("removed above the last prose: %q", p.Text)
		}
	}
}

// TestReleaseTrailersAfterRules checks that a line the rules removed inside
// a contact block (an e-mail address) does not end it: the phone number
// after it goes too.
func TestReleaseTrailersAfterRules(t *testing.T) {
	lines := append(append([]string{}, releaseBody...), "Media contact:", "Sam Okoro", "press@example.com", "+1 419-555-0188")
	d := doc(lines...)
	Remove(d, len(releaseBody)+2, Reason{Rule: RuleContact})
	MarkReleaseTrailers(d)
	if p := d.Paragraphs[len(d.Paragraphs)-1]; p.Kept() {
		t.Errorf("kept %q after a removed line of the block", p.Text)
	}
}

// TestReleaseFrames: a press release's header marks and a contact block
// over the headline go, and so do the issuer's boilerplate and what
// follows the end mark; the release's text stays, and so does an "About"
// section of the article and the lines after an end mark that are the
// article.
func TestReleaseFrames(t *testing.T) {
	head := []string{"NEWS RELEASE", "FOR IMMEDIATE RELEASE", "Media Contact:", "Jane Roe, Communications Manager",
		"Office: 720-555-0163", "jroe@example.gov", "City to replace lead pipes"}
	about := []string{"About the City of Marrowick",
		"The City of Marrowick is a home-rule municipality of about 68,000 residents on the Front Range.",
		"The City of Marrowick provides water, wastewater, streets and parks to its residents."}
	tail := []string{"###", "Stay connected: Facebook | Instagram", "1250 Civic Center Drive • Marrowick"}
	tests := []struct {
		name    string
		lines   []string
		removed []string
	}{
		{"whole release", slices.Concat(head, releaseBody, about, tail),
			slices.Concat(head[:6], about, tail)},
		{"a short headline with a comma stays under the contact", slices.Concat(head[:6], []string{"Mayor, council agree"}, releaseBody),
			head[:6]},
		{"a contact block under no mark", slices.Concat(head[2:6], []string{"City to replace lead pipes"}, releaseBody),
			nil},
		{"a contact label with nothing under it", slices.Concat([]string{"Contact", "City to replace lead pipes"}, releaseBody),
			nil},
		{"a headline with a figure and a comma stays under the contact", slices.Concat(head[:6], []string{"Mayor, 3 Councillors Agree"}, releaseBody),
			head[:6]},
		{"an issuer's paragraph in the first half", slices.Concat(about[:2], releaseBody),
			nil},
		{"a long line that opens with About", slices.Concat(releaseBody, []string{"About the City of Marrowick and its many parks and lakes in summer",
			"The City of Marrowick and its many parks and lakes in summer is a sight to see, residents say."}),
			nil},
		{"a heading with its colon", slices.Concat(releaseBody, []string{"About the City of Marrowick:", about[1]}),
			[]string{"About the City of Marrowick:", about[1]}},
		{"marks below the head stay", slices.Concat(releaseBody, releaseBody, releaseBody, []string{"Press release"}),
			nil},
		{"an About section of the article", slices.Concat(releaseBody, []string{"About the study",
			"The study followed 2,000 patients in four countries for ten years, the authors said."}),
			nil},
		{"About over a paragraph that says nothing of the issuer", slices.Concat(releaseBody, []string{"About the City of Marrowick",
			"The City of Marrowick grew by a tenth over the decade, census figures show."}),
			nil},
		{"the article goes on after the mark", slices.Concat(releaseBody, []string{"###"}, releaseBody),
			nil},
	}
	for _, tt := range tests {
		d := doc(tt.lines...)
		MarkReleaseFrames(d)
		var got []string
		for _, p := range d.Paragraphs {
			if !p.Kept() && p.Text != "###" {
				got = append(got, p.Text)
			}
		}
		want := slices.DeleteFunc(slices.Clone(tt.removed), func(s string) bool { return s == "###" })
		if !slices.Equal(got, want) {
			t.Errorf("%s: removed %q, want %q", tt.name, got, want)
		}
	}
}

// TestReleaseFrameMenu: a menu's "Contact" link over lines the rules
// removed and more menu entries is no contact block.
func TestReleaseFrameMenu(t *testing.T) {
	d := doc(slices.Concat([]string{"News release", "Contact", "Home", "Latest"}, releaseBody)...)
	Remove(d, 2, Reason{Rule: RuleLinkLabel})
	MarkReleaseFrames(d)
	if !d.Paragraphs[1].Kept() {
		t.Errorf("%q removed as %s", d.Paragraphs[1].Text, d.Paragraphs[1].Removal.Rule)
	}
}
