package boilerplate

import (
	"slices"
	"testing"
)

// TestOrdinalDotHeadRT62: in a language that writes a full stop after a
// year ("do 2026."), a headline may end with one (see ordinalDotLangs,
// numberEnd); in English a line that ends so is a sentence.
func TestOrdinalDotHeadRT62(t *testing.T) {
	sr := []string{
		"Радови на изградњи првог тунела метроа у Моравцу званично су почели у четвртак, када је машина кренула са радом.",
		"Према речима градских званичника, машина ће дневно напредовати између 10 и 15 метара, а први део тунела биће завршен до јесени.",
		"Због радова је саобраћај на Тргу ослобођења измењен, а аутобуске линије су преусмерене у околне улице до краја године.",
		"Градска управа је саопштила да ће грађани о свим изменама бити обавештавани на време, а да је за возаче отворен посебан телефон.",
	}
	head := []string{"Почиње копање тунела прве линије метроа, саобраћај на Тргу ослобођења измењен до 2026.",
		"Машина за бушење тунела дуга 90 метара спуштена је у окно код Железничке станице, а радови ће трајати три године.",
		"Аутор: Милош Радовановић", "19.04.2024. 14:05", "Подели", "Штампај"}
	d := blockDoc(slices.Concat([]string{"Насловна", "Град", "Свет", "Хроника", "Култура", "Спорт"}, head, sr,
		[]string{"Коментари", "Најчитаније", "© 2024 Моравски дневник. Сва права задржана."})...)
	Default().Mark(d)
	for k := range 2 {
		if p := d.Paragraphs[6+k]; !p.Kept() {
			t.Errorf("serbian: %q removed by %s", p.Text, p.Removal.Rule)
		}
	}
	for _, k := range []int{4, 5} {
		if p := d.Paragraphs[6+k]; p.Kept() {
			t.Errorf("serbian: button %q kept", p.Text)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"… izmenjen do 2026.", true}, {"am 3.", true}, {"The line opens in 2026", false}, {"It opens in May.", false}, {".", false},
	} {
		if got := numberEnd(tc.s); got != tc.want {
			t.Errorf("numberEnd(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	// isTitle takes a line that ends with a year and its full stop only
	// in such a language.
	for _, ordinal := range []bool{false, true} {
		d := blockDoc("Počinje kopanje tunela prve linije metroa, saobraćaj na Trgu oslobođenja izmenjen do 2026.")
		sc := new(bodyScratch)
		sc.features(d)
		sc.density = proseDensity
		sc.ordinalDots = ordinal
		if got := sc.isTitle(0, d.Paragraphs[0].Text); got != ordinal {
			t.Errorf("isTitle with ordinalDots %v = %v", ordinal, got)
		}
	}
	// In English, a line that ends with a year and a full stop is a
	// sentence (a caption over the article), no headline.
	checkRT37Page(t, "english", rt37Menu, []string{"Bridge to close for a year as council orders urgent repairs",
		"By Jane Doe", "March 3, 2026", "The old bridge over the river was built in 1974."}, 0, 3)
}

// TestDeskBylineRT62: a byline's verb, "by" and a desk ("Compiled by the
// readers' editor's office") is a byline, so the headline above it is
// found; "By the numbers" and a sentence are none.
func TestDeskBylineRT62(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Compiled by the readers' editor's office", true}, {"Written by the editorial board", true},
		{"By the numbers", false}, {"Compiled by the council in a report to ministers on the state of the roads", false},
		{"Written by the river.", false},
		{"ដោយ៖ សុខ ពិសិដ្ឋ", true}, // Khmer: "By:" with Khmer's colon
		{"ដោយ សុខ ពិសិដ្ឋ", true},
	} {
		if got := byline(tc.s); got != tc.want {
			t.Errorf("byline(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	checkRT37Page(t, "corrections", rt37Menu, []string{"Corrections and clarifications",
		"Errors in recent editions of the Chronicle, and what we should have said.",
		"Compiled by the readers' editor's office", "Fri 22 Nov 2024 18.30 GMT", "Share on Facebook"}, 0, 1)
}
