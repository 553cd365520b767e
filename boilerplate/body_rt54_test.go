package boilerplate

import (
	"slices"
	"testing"
)

// TestJobCompoundRT54: an author's job written as one compound word
// ("Skolreporter", school reporter) between the name and the dateline is
// part of the byline block, so the headline and the standfirst above the
// block stay, with share and save buttons and a photo between the block
// and the article.
func TestJobCompoundRT54(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"Skolreporter", true},
		{"Wirtschaftsredakteur", true},
		{"Sportjournalist", true},
		{"Kulturredaktör", true},
		{"Reporter", true}, // one of jobNouns
		{"Supporter", false},
		{"skolreporter", false}, // no capital: no job line of its own
		{"Anti-Reporter", false},
		{"Exreporter", false}, // a first part of less than three bytes
		{"Berichterstattung", false},
	} {
		if got := jobNoun(tc.w); got != tc.want {
			t.Errorf("jobNoun(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	head := []string{"Regeringen vill göra läxhjälp obligatorisk – lärarna varnar för ökad arbetsbörda",
		"Från hösten ska alla grundskolor erbjuda minst två timmar läxhjälp i veckan, föreslår regeringen i en ny skolreform.",
		"Premium", "Elin Bergqvist", "Skolreporter", "Publicerad 2026-03-10 06.00", "Uppdaterad 2026-03-10 11.42",
		"Lyssna på artikeln", "6 min", "Dela", "Spara",
		"Skolministern presenterade förslaget på en pressträff i Stockholm på tisdagen.", "Foto: Tove Lindahl"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, "job compound", Default(), lines, func(i int) bool {
		return i == lo || i == lo+1 || i >= lo+len(head) && i < lo+len(head)+len(rt37Prose)
	})
	// Without the job line the block is the name and the dateline, as
	// before.
	head = slices.Delete(slices.Clone(head), 4, 5)
	lines = slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	checkMarkerKept(t, "no job", Default(), lines, func(i int) bool {
		return i == lo || i == lo+1 || i >= lo+len(head) && i < lo+len(head)+len(rt37Prose)
	})
}

// TestBoxSubheadRT54: a "Read also" box inside the article whose headline
// the rules took, then an ad's label, then the article's subheading right
// over the rest of the article: the box goes, the subheading stays. When
// the line under the box's headline is no label, it is one more headline
// of the box (see TestBodyBox).
func TestBoxSubheadRT54(t *testing.T) {
	top := []string{"Stavba dálnice u Kralovic nabírá další zpoždění",
		"Řidiči, kteří denně projíždějí obcemi podél současné silnice, si na úlevu od kolon kamionů ještě počkají. Ředitelství silnic ve středu oznámilo, že úsek nebude hotový v termínu.",
		"„Zhotovitel nám předložil harmonogram, který je pro nás v této podobě nepřijatelný. Budeme trvat na smluvních sankcích,“ uvedl generální ředitel.",
		"Stavbu za zhruba osm miliard korun provádí sdružení dvou firem. Práce začaly v dubnu a úsek měl podle smlouvy sloužit řidičům od listopadu."}
	box := []string{"Čtěte také", "Ministerstvo chce zrychlit povolování staveb. Novela míří do Sněmovny", "Premium", "Reklama"}
	sub := "Problémy s mostem přes Lesnici"
	rest := []string{
		"Hlavní příčinou zdržení je podle ředitelství estakáda přes údolí říčky. Při zakládání pilířů narazili stavbaři na nestabilní podloží, které průzkum nezachytil.",
		"Projektanti proto museli změnit založení tří pilířů a prodloužit piloty až o dvanáct metrů. Přepracování dokumentace trvalo téměř sedm měsíců.",
		"Mluvčí sdružení odmítá, že by vina ležela na firmách. „Geologické podmínky jsme nezpůsobili a na nutnost změny jsme upozorňovali už loni,“ řekla.",
		"Spor o to, kdo za zdržení může, tak nejspíš skončí u rozhodčího soudu.",
		"Zpoždění nejvíc pocítí obyvatelé okolních obcí, kudy dnes projíždí přes dvanáct tisíc vozidel denně. Zhruba třetinu z nich tvoří nákladní auta.",
		"Obce žádají, aby ředitelství na průtazích alespoň dočasně snížilo povolenou rychlost a zřídilo nové přechody se světelnou signalizací.",
		"Ministerstvo dopravy se ke zpoždění zatím podrobně nevyjádřilo. Jeho mluvčí pouze uvedl, že resort situaci pozorně sleduje.",
		"Dálnice má po dokončení měřit 86 kilometrů. V provozu je dnes necelá polovina, zbývající úseky jsou ve výstavbě nebo teprve v přípravě."}
	lines := slices.Concat(rt37Menu, top, box, []string{sub}, rest, rt37Foot)
	lo := len(rt37Menu)
	at := lo + len(top) + len(box) // the subheading
	checkMarkerKept(t, "box then subheading", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+len(top) || i >= at && i <= at+len(rest)
	})
	// No headline of the box was taken: the line after the ad's label is
	// the box's headline.
	box = []string{"Čtěte také", "Reklama"}
	lines = slices.Concat(rt37Menu, top, box, []string{"Ministerstvo chce zrychlit povolování staveb"}, rest, rt37Foot)
	at = lo + len(top) + len(box)
	checkMarkerKept(t, "box's headline", Default(), lines, func(i int) bool {
		return i >= lo && i < lo+len(top) || i > at && i <= at+len(rest)
	})
}
