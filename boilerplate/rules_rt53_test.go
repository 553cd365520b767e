package boilerplate

import (
	"slices"
	"testing"
)

// TestCreditsAndLabelsRT53 checks red team 53's credits and labels: a
// Dutch credit with no colon ("Beeld Joost Verhagen", "Foto ANP"), a
// Vietnamese graphic's credit after a caption, a video's title under its
// label in Polish, Russian and Spanish, and the notices that the
// article goes on below the ad or the video in Dutch and Polish, the
// longer of them past 40 bytes (see shortLabel).
func TestCreditsAndLabelsRT53(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RulePhotoCredit: {
			{"Beeld Joost Verhagen", true},
			{"Beeld Marieke van den Akker", true},
			{"Foto ANP", true},
			{"Beeld Getty Images", true},
			{"Beeld: Joost Verhagen", true},
			{"Foto Finish", false},
			{"Beeld van de week", false},
			{"Foto's van het feest", false},
			{"Foto Joost Verhagen 2024", false},
			{"Bản đồ tuyến metro số 2 với 11 nhà ga. Đồ họa: Minh Tâm", true},
			{"Wideo: Tak wyglądał Brzozów po przejściu fali powodziowej", true}, // a video's title, as "Video:"
			{"Видео: так выглядел мост после ремонта", true},
			{"Vídeo: así fue el simulacro en Santiago", true},
		},
		RuleLinkLabel: {
			{"Artikel gaat verder onder de advertentie", true},
			{"Dalsza część artykułu pod materiałem wideo", true},
			{"Lees verder na de advertentie", true},
		},
	}, func(string) bool { return false }, true)
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"artikel gaat verder onder de advertentie", true},    // 40 bytes
		{"dalsza część artykułu pod materiałem wideo", true},  // 42 characters, 47 bytes
		{"a label in plain ascii of forty-five bytes", false}, // 42 bytes, no letter beyond ASCII
		{"ఇది కూడా చదవండి", true},
		{"ఇది కూడా చదవండి ఇది కూడా చదవండి", true},
		{"ఇది కూడా చదవండి ఇది కూడా చదవండి ఇది కూడా చదవండి", false}, // 47 characters
	} {
		if got := shortLabel(tc.s); got != tc.want {
			t.Errorf("shortLabel(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestPriceNoteRT53: a shopping box whose note says when its prices were
// taken ("Prices taken at time of publishing.") goes whole, the product's
// name above its prices too; the subheading under it stays.
func TestPriceNoteRT53(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{RuleAffiliate: {
		{"Prices taken at time of publishing.", true},
		{"Prices were taken at the time of publication.", true},
		{"Prices taken at face value hide the rise in costs that the survey found across every region of the country.", false},
	}}, func(string) bool { return false }, true)
	head := []string{"Halcyon Nova 9 Pro review: a periscope camera at last", "By Kevin Tanaka"}
	box := []string{"Advertisement", "Halcyon Nova 9 Pro", "$1,099 at Halcyon", "$1,099 at Bestco", "$1,099 at Verilink Wireless",
		"Prices taken at time of publishing."}
	sub := "No charger, and a quieter reversal"
	lines := slices.Concat(rt37Menu, head, rt37Prose[:2], box, []string{sub}, rt37Prose[2:], rt37Foot)
	lo := len(rt37Menu)
	p := lo + len(head)
	s := p + 2 + len(box)
	checkMarkerKept(t, "price note", Default(), lines, func(i int) bool {
		return i == lo || i >= p && i < p+2 || i >= s && i < s+1+len(rt37Prose)-2
	})
}
