package boilerplate

import (
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
