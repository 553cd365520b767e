package boilerplate

import (
	"testing"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// TestLabelsRT63 checks red team 63's labels, buttons, notices and
// credits: Czech "Související" (related), Indonesian "Simak Video" and
// "Pilihan Editor:" before a headline, the notices that the article goes
// on after the ad in Turkish and Hebrew, Turkish and Indonesian subscribe
// buttons, French "réservé à nos abonnés", a Turkish notice of whom the
// rights belong to, and a caption closed by "Image:" and its credit.
func TestLabelsRT63(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			{"Související", true}, {"Simak Video \"Detik-detik Gunung Lawuhara Semburkan Abu\"", true},
			{"Pilihan Editor: Jejak Modal Asing di Balik Ekspansi Smelter Nikel", true},
			{"Haberin devamı aşağıda", true}, {"הכתבה נמשכת אחרי הפרסומת", true},
			{"Simak, who runs the shop, said it would reopen in the spring after repairs.", false},
		},
		RuleAppeal: {
			{"Langganan Sekarang", true}, {"Berlangganan", true}, {"Abone ol", true},
			{"Abone olmak isteyenler için yeni tarifeler yarın açıklanacak.", false},
		},
		RulePaywall: {{"Article réservé à nos abonnés", true}},
		RuleCopyright: {
			{"Bu haberin tüm hakları Gündoğdu Medya'ya aittir. Kaynak gösterilmeden kısmen ya da tamamen kullanılamaz.", true},
			{"Tüm hakları korunan işçiler yarın greve gidiyor.", false}, {"Son söz yine de mahkemeye aittir.", false},
			{"Arazinin tüm hakları belediyeye aittir, dedi başkan, ve karar yarın açıklanacak.", false},
			{"Belediye dün bir açıklama yaptı. Arazinin tüm hakları belediyeye aittir.", false},
			{"Sitemizde yer alan haberlerin tüm hakları Meridyen Medya A.Ş.'ye aittir.", true},
		},
		RulePhotoCredit: {
			{"Moorgate Road, Ferncliffe, where the robbery happened. Image: Google Street View", true},
			{"The image: a grainy picture of the harbour, taken by a fisherman, changed the inquiry.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestAdCallTailRT63: a line right under an ad marker that ends with an
// offer or a button after a dash is the ad's copy (see callTail); a
// subheading with its figure before the dash is the article's.
func TestAdCallTailRT63(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Shop the Black Friday early deals at Marlow Plaza - 30% off storewide", true},
		{"Wexham to win 2-1 at 17/2 - Bet now", true},
		{"Rents up 12% – what tenants can do", false},
		{"The club's new signing – a striker from the north", false},
	} {
		if got := callTail(tc.s); got != tc.want {
			t.Errorf("callTail(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if got := removedUnderMarker(tc.s); got != tc.want {
			t.Errorf("%q under an ad marker: removed %v, want %v", tc.s, got, tc.want)
		}
	}
}

// removedUnderMarker reports whether the rules take s right under an ad
// marker ("Advertisement", which they take first) between two article
// paragraphs.
func removedUnderMarker(s string) bool {
	d := newDoc(article, "Advertisement", s, article)
	rs := Rules()[0]
	if r, ok := rs.Match(d, 1); ok {
		Remove(d, 1, r)
	}
	_, ok := rs.Match(d, 2)
	return ok
}

// TestPriceUnderButtonRT63: a shop widget that sets each shop's price
// under its button: each price goes (see priceCard), the first under a
// button too, as a price over one did.
func TestPriceUnderButtonRT63(t *testing.T) {
	d := newDoc(article, "Buy now at Voltmart", "$1,099", "Buy now at ShopRidge", "$1,149", "See all prices (6 found)", article)
	Default().Mark(d)
	for _, i := range []int{2, 4} {
		if d.Paragraphs[i].Kept() {
			t.Errorf("%q kept", d.Paragraphs[i].Text)
		}
	}
	// A price under its button, with no button under it.
	d = newDoc(article, "Buy now at ShopRidge", "$1,149", "Prices checked daily.", article)
	if !priceCard(d, 2) {
		t.Errorf("priceCard under %q = false", d.Paragraphs[1].Text)
	}
	// Negative: a price under a line that is no button.
	d = newDoc(article, "Price as tested", "$1,149", "Prices checked daily.", article)
	if priceCard(d, 2) {
		t.Errorf("priceCard under %q = true", d.Paragraphs[1].Text)
	}
}

// TestLinkedTeaserRT63: a read-also label without its colon before a link
// that fills the rest of the line, as a Markdown or HTML page keeps it
// ("**LEGGI ANCHE** [<headline>](<url>)"), is a link label (see
// linkedTeaser); the same words before text that is not all a link, or a
// sentence, are not.
func TestLinkedTeaserRT63(t *testing.T) {
	const head = "Affitti brevi, a Porto Calvino sono 4.200: uno ogni sei abitanti"
	for _, tc := range []struct {
		text  string
		links int
		want  bool
	}{
		{"LEGGI ANCHE " + head, utf8.RuneCountInString(head), true},
		{"+ Leia mais: Ribeirense é eliminado da Copa do Brasil e vê receita encolher", utf8.RuneCountInString("Ribeirense é eliminado da Copa do Brasil e vê receita encolher"), true},
		{"LEGGI ANCHE " + head, 12, false},
		{"Leggi anche il rapporto del comune, che conferma i dati.", utf8.RuneCountInString("il rapporto del comune, che conferma i dati."), false},
	} {
		d := htmlTestDoc(clean.FormatHTML, htmlText(htmlProseA), htmlPara{text: tc.text, links: tc.links}, htmlText(htmlProseB))
		r, got := Rules()[0].Match(d, 1)
		got = got && r.Rule == RuleLinkLabel
		if got != tc.want {
			t.Errorf("%q with %d runes of links: link label %v, want %v", tc.text, tc.links, got, tc.want)
		}
	}
}
