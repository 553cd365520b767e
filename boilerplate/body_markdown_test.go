package boilerplate

import (
	"slices"
	"strings"
	"testing"

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
		d := extract.Markdown("a.md", []byte(page(tt.items)))
		Default().Mark(d)
		for i, p := range d.Paragraphs {
			if strings.HasPrefix(d.Text[p.Start:p.End], "* ") && strings.Contains(p.Text, "–") && p.Kept() != tt.kept {
				t.Errorf("%s: paragraph %d %q kept %v, want %v", name, i, p.Text, p.Kept(), tt.kept)
			}
		}
	}
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
