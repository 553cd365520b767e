package boilerplate

import (
	"fmt"
	"strings"
	"testing"
)

func TestPhotoNumber(t *testing.T) {
	for _, c := range []struct {
		text string
		k, n int
		ok   bool
	}{
		{"1 of 8", 1, 8, true},
		{"3 of 12", 3, 12, true},
		{"Photo 3 of 12", 3, 12, true},
		{"Bild 2 von 9", 2, 9, true},
		{"Foto 4 di 10", 4, 10, true},
		{"5/20", 5, 20, true},
		{"5 / 20", 5, 20, true},
		{"Image 7/7", 7, 7, true},
		{"1 из 5", 1, 5, true},

		{"9 of 8", 0, 0, false},              // past the total
		{"0 of 8", 0, 0, false},              // photos count from one
		{"1/2 cup sugar", 0, 0, false},       // a quantity
		{"2-1", 0, 0, false},                 // a score
		{"Page 2 of 5 results", 0, 0, false}, // words after the total
		{"Chelsea 2 Arsenal 1", 0, 0, false},
		{"1 - 5 of 36", 0, 0, false},
		{"Chapter 1234 of 5678", 0, 0, false}, // too many digits for a gallery
		{"Top 10 in 2026", 0, 0, false},
	} {
		k, n, ok := photoNumber(c.text)
		if ok != c.ok || ok && (k != c.k || n != c.n) {
			t.Errorf("photoNumber(%q) = %d, %d, %v, want %d, %d, %v", c.text, k, n, ok, c.k, c.n, c.ok)
		}
	}
}

// galleryPage returns a page with a gallery of n photos, each numbered
// by number(k, n) above its caption and a photo credit under it.
func galleryPage(n int, number func(k, n int) string) (lines []string, captions []int) {
	lines = []string{"Photography", "In pictures", "Galleries", "Culture", "The week in the city parks – in pictures",
		"A frozen pond, a kestrel and the first snow: the best photographs of the week", "Sat 22 Nov 2026 07.00 GMT", "Share"}
	// Captions name a place and a subject: few stopwords.
	subjects := []string{"Kestrel, Riverside Park, Northtown: Kestrel hovering above meadow grass.",
		"Pond, Old Town Gardens, Northtown: Skaters testing thin ice at sunrise.",
		"Oak, Hill Park, Southbury: Ancient oak losing its last leaves.",
		"Swans, Lake Park, Southbury: Two swans gliding past the boathouse.",
		"Fox, Station Gardens, Eastwick: Young fox napping beneath a bench.",
		"Snow, Castle Park, Eastwick: Children building a snowman outside.",
		"Deer, Forest Park, Westmoor: Red stag crossing the road at dawn.",
		"Crows, Market Square, Westmoor: Crows gathering on the town hall roof."}
	for k := 1; k <= n; k++ {
		lines = append(lines, number(k, n))
		captions = append(captions, len(lines))
		lines = append(lines, subjects[(k-1)%len(subjects)], fmt.Sprintf("Photograph: Jane Roe %d/Agency", k))
	}
	lines = append(lines, "Explore more on these topics", "Parks", "Wildlife", "Share", "Reuse this content", "Most viewed")
	return lines, captions
}

// TestBodyGallery checks that the captions of a photo gallery, numbered
// "1 of 8" and so on, are kept as the article and the numbers removed,
// and that numbers that count no gallery change nothing.
func TestBodyGallery(t *testing.T) {
	for _, c := range []struct {
		name   string
		n      int
		number func(k, n int) string
	}{
		{"of", 8, func(k, n int) string { return fmt.Sprintf("%d of %d", k, n) }},
		{"slash", 6, func(k, n int) string { return fmt.Sprintf("%d/%d", k, n) }},
		{"word before", 5, func(k, n int) string { return fmt.Sprintf("Foto %d di %d", k, n) }},
	} {
		lines, captions := galleryPage(c.n, c.number)
		d := blockDoc(lines...)
		Default().Mark(d)
		for _, i := range captions {
			if p := d.Paragraphs[i]; !p.Kept() {
				t.Errorf("%s: caption %d removed (%s): %q", c.name, i, p.Removal.Rule, p.Text)
			}
			if p := d.Paragraphs[i-1]; p.Kept() || p.Removal.Rule != "gallery-counter" {
				t.Errorf("%s: photo number %d %q: %+v", c.name, i-1, p.Text, p.Removal)
			}
		}
	}
}

// TestMarkCounters checks which numbers make a gallery: at least
// counterLines of them counting up with the same total.
func TestMarkCounters(t *testing.T) {
	for _, c := range []struct {
		name  string
		lines []string
		want  string // per line: c a photo number, . not
	}{
		{"gallery", []string{"1 of 3", "A caption.", "2 of 3", "A caption.", "3 of 3"}, "c.c.c"},
		{"two only", []string{"1 of 2", "A caption.", "2 of 2", "A caption."}, "...."},
		{"one teaser box", []string{"1 of 3", "A headline", "Another headline", "A third one"}, "...."},
		{"not counting up", []string{"1 of 5", "x", "3 of 5", "x", "2 of 5"}, "....."},
		{"other totals", []string{"1 of 5", "x", "2 of 6", "x", "3 of 7"}, "....."},
		{"two galleries", []string{"1 of 3", "2 of 3", "3 of 3", "1 of 4", "2 of 4", "3 of 4", "x"}, "cccccc."},
	} {
		d := blockDoc(c.lines...)
		sc := new(bodyScratch)
		sc.features(d)
		counter := make([]bool, len(c.lines))
		found := markCounters(d, sc.stats, counter)
		var got []byte
		for _, k := range counter {
			got = append(got, ".c"[b2i(k)])
		}
		if string(got) != c.want || found != strings.Contains(c.want, "c") {
			t.Errorf("%s: counters %s (found %v), want %s", c.name, got, found, c.want)
		}
	}
}

// TestGalleryAds checks that buttons and an ad slot between a gallery's
// photos, each with its contributor's line, cost the body run nothing:
// the captions after the ad stay.
func TestGalleryAds(t *testing.T) {
	var lines []string
	var captions []int
	lines = append(lines, "Home", "News", "Photos", "Sport", "Opinion", "Reader photos of the week",
		"Our readers sent in these pictures of winter on the lakes.")
	caption := []string{
		"The village of ice shanties on the bay grew to more than 200 this week as the ice thickened after a cold snap.",
		"A snowy owl perches on a fence post along the county road, the first one reported this winter near the town.",
		"A boy shows off the walleye he caught through the ice on Sunday, his first fish of the season.",
		"Hoarfrost coats the birches along the river trail after a night when the temperature dropped far below zero.",
		"Members of the plunge club brave the open water at the public beach to raise money for the food shelf.",
		"The first sunrise of the week breaks over the bay, seen from the end of the pier on Harbor Street.",
	}
	for k := 1; k <= len(caption); k++ {
		lines = append(lines, fmt.Sprintf("%d of %d", k, len(caption)))
		captions = append(captions, len(lines))
		lines = append(lines, caption[k-1], fmt.Sprintf("Submitted by Reader Number%d, Lakeshore", k), "Buy this photo")
		if k == 3 {
			lines = append(lines, "Advertisement", "Story continues below")
		}
	}
	lines = append(lines, "Submit your photo", "Most read", "Council approves budget", "© 2026 Example Media")
	d := blockDoc(lines...)
	Default().Mark(d)
	for _, i := range captions {
		if p := d.Paragraphs[i]; !p.Kept() {
			t.Errorf("caption %d removed (%s): %q", i, p.Removal.Rule, p.Text)
		}
	}
}
