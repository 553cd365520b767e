package boilerplate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// TestBodyMarkdownList checks that a list the extractor saw (Markdown
// list items, not links) between the article's paragraphs is the
// article's, though its items are neither prose nor short cells; a list of
// links in the same place is not.
func TestBodyMarkdownList(t *testing.T) {
	page := func(items []string) string {
		return strings.Join(append(append([]string{
			"* [Home](/)", "* [Music](/music)", "* [Shows](/shows)",
			"# Singer announces farewell tour of twelve cities",
			"The singer surprised her fans on Friday night when she announced a tour of twelve cities, her last before a long break from the stage.",
			"\"It is not retirement, it is a pause,\" she said in a video that was shared more than a million times within two hours of being posted.",
			"The tour opens in May at the city theatre and ends in December with a free concert on the beach where she sang for the first time.",
			"## The tour dates",
		}, items...),
			"Further dates will be announced on the singer's social media channels in the coming weeks, her producer said on Saturday.",
			"Tickets go on sale to the public next Thursday morning, with a limit of four tickets per buyer to keep touts away from the shows.",
			"Tags: Music Tours", "© 2026 The Example Review. All rights reserved.",
		), "\n\n")
	}
	dates := []string{"* 9 May – Salvador, city theatre", "* 23 May – Recife, harbour arena", "* 6 June – Fortaleza, old market square",
		"* 20 June – Belo Horizonte, stadium", "* 4 July – Rio de Janeiro, the beach", "* 18 July – São Paulo, concert hall"}
	links := []string{"* [9 May – the review of her new album](/a)", "* [23 May – her first tour, remembered](/b)",
		"* [6 June – the singer's favourite places](/c)", "* [20 June – an interview with her band](/d)",
		"* [4 July – five songs to hear before the tour](/e)", "* [18 July – the story of her first record](/f)"}
	for name, tt := range map[string]struct {
		items []string
		kept  bool
	}{"dates": {dates, true}, "links": {links, false}} {
		checkMarkdownItems(t, name, page(tt.items), tt.kept, func(_ int, p clean.Paragraph) bool { return strings.Contains(p.Text, "–") })
	}
}

// checkMarkdownItems cleans the Markdown page src with the whole
// classifier and checks that its list items ("* " in the source) for which
// item reports true are kept or removed, as kept says. It returns the
// cleaned document.
func checkMarkdownItems(t *testing.T, name, src string, kept bool, item func(i int, p clean.Paragraph) bool) *clean.Document {
	t.Helper()
	d := extract.Markdown("a.md", []byte(src))
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		if strings.HasPrefix(d.Text[p.Start:p.End], "* ") && item(i, p) && p.Kept() != kept {
			t.Errorf("%s: paragraph %d %q kept %v, want %v", name, i, p.Text, p.Kept(), kept)
		}
	}
	return d
}

// TestBodyMarkdownHeadline checks that the page's headline, a heading the
// extractor saw, is the title above a long byline block and a photo (a
// byline or a caption read alone can pass for a headline), with the
// standfirst under it.
func TestBodyMarkdownHeadline(t *testing.T) {
	head := []string{"* [News](/news)", "* [Science](/science)", "Science · Animal behaviour",
		"City songbirds pass their traffic songs to their chicks",
		"Young birds raised in noisy streets learn the higher notes their parents use to be heard over the engines.",
		"June 3, 2026 by Oonagh Petrakis, University of Westmarch",
		"![A great tit on a streetlamp](https://example.org/tit.jpg)",
		"A great tit in central Westmarch. (Photo: Jan Novak/Westmarch University)"}
	body := []string{
		"Great tits living beside busy roads do not just change their tune to be heard above the traffic, they pass the change on to their young.",
		"The study, published today, followed more than 600 wild great tits over five breeding seasons in the city and in the forest around it.",
		"Scientists have known for two decades that urban birds sing at a higher minimum pitch than their woodland relatives do.",
		"What has been less clear is whether the change is something each bird works out for itself or something it learns from its parents.",
	}
	for _, setext := range []bool{false, true} {
		lines := slices.Clone(head)
		if setext {
			lines[3] += "\n======"
		} else {
			lines[3] = "# " + lines[3]
		}
		d := extract.Markdown("a.md", []byte(strings.Join(append(lines, body...), "\n\n")))
		Default().Mark(d)
		for i, p := range d.Paragraphs {
			want := i == 3 || i == 4 || i >= len(head)
			if p.Kept() != want {
				t.Errorf("setext %v: paragraph %d %q kept %v, want %v", setext, i, p.Text, p.Kept(), want)
			}
		}
	}
}

// TestBodyMarkdownChangelog checks that a list between the article's
// sections (see markStructure: a release's changelog under its
// subheading, then a closing section of one paragraph) is the article's,
// with the section after it, and that a list of links there is not.
func TestBodyMarkdownChangelog(t *testing.T) {
	page := func(items []string) string {
		return strings.Join(append(append([]string{
			"* [Docs](/docs)", "* [Blog](/blog)", "* [Community](/community)",
			"# Tessel 4.0 is out",
			"Tessel 4.0 is the biggest release of the tile server since the project began, with a new cache and a new style language.",
			"The cache now keeps rendered tiles on disk between restarts, which cuts the time a busy server needs to warm up from minutes to seconds.",
			"## Upgrading",
			"Most installations upgrade with a package update and a check of the configuration file, which the new check command explains line by line.",
			"## Changelog highlights",
		}, items...),
			"The whole list is in the release notes.",
			"## What's next",
			"We plan to ship 4.1 in about three months, with vector tiles served straight from the cache and a faster style compiler for large maps.",
			"Tags: release", "© 2026 The Tessel Authors.",
		), "\n\n")
	}
	changes := []string{"* Added: a disk cache that survives restarts", "* Added: the check command for configuration files",
		"* Changed: styles compile once per reload, not per request", "* Fixed: a crash when a font file is missing",
		"* Fixed: wrong colours at zoom levels above 18", "* Removed: the old XML style format"}
	links := []string{"* [Tessel 3.9 released](/blog/3.9)", "* [Meet the new maintainers](/blog/maintainers)",
		"* [Our conference talk, in full](/blog/talk)", "* [A year of Tessel](/blog/year)"}
	for name, tt := range map[string]struct {
		items []string
		kept  bool
	}{"changes": {changes, true}, "links": {links, false}} {
		d := checkMarkdownItems(t, name, page(tt.items), tt.kept, func(i int, _ clean.Paragraph) bool { return i > 3 })
		for i, p := range d.Paragraphs {
			if tt.kept && strings.HasPrefix(p.Text, "We plan") && !p.Kept() {
				t.Errorf("%s: paragraph %d %q removed (%s)", name, i, p.Text, p.Removal.Rule)
			}
		}
	}
}

// TestMarkStructureLists checks the lists markStructure takes as the
// article's structure: list items that are no links, with prose at most
// listReach kept lines above and below and no section header between;
// the lines around the list stay as they are.
func TestMarkStructureLists(t *testing.T) {
	const P, L, S, W = 'P', 'L', 'S', 'W' // prose, list item, short line, section header
	for _, c := range []struct {
		shape string
		free  string // '1' for the lines markStructure frees
	}{
		{"PLLLP", "01110"},
		{"PSLLSSP", "0011000"},
		{"PLLSP", "01100"},
		{"PLP", "000"},
		{"PLLWP", "00000"},
		{"PLLSSSSP", "00000000"},
		{"SSSSLLP", "0000000"},
	} {
		var lines []string
		for k, r := range c.shape {
			switch r {
			case P:
				lines = append(lines, "The council met on Monday evening and voted to keep the library open for another year, the mayor said afterwards.")
			case L:
				lines = append(lines, fmt.Sprintf("Item %c of the plan", 'a'+k))
			case S:
				lines = append(lines, fmt.Sprintf("Heading %c here", 'a'+k))
			case W:
				lines = append(lines, "Related")
			}
		}
		d := doc(lines...)
		prose, wall := make([]bool, len(lines)), make([]bool, len(lines))
		for k, r := range c.shape {
			d.Paragraphs[k].Kind = map[rune]clean.Kind{L: clean.KindListItem}[r]
			prose[k], wall[k] = r == P, r == W
		}
		sc := new(bodyScratch)
		sc.features(d)
		free := make([]bool, len(lines))
		markStructure(d, sc.stats, sc, prose, wall, make([]uint8, len(lines)), free)
		var got strings.Builder
		for _, f := range free {
			got.WriteByte("01"[map[bool]int{false: 0, true: 1}[f]])
		}
		if got.String() != c.free {
			t.Errorf("%s: free %s, want %s", c.shape, got.String(), c.free)
		}
	}
}
