package boilerplate

import "testing"

func TestHTMLPassLinkedTrail(t *testing.T) {
	linked := func(s string, links int) htmlPara { return htmlPara{text: s, links: links} }
	runHTMLPassCases(t, []htmlPassCase{
		// A lead in any language, then links.
		{name: "sv lead", para: linked("Du är här: Start > Sport > Hockey", len("StartSportHockey")), want: RuleBreadcrumb},
		{name: "da lead", para: linked("Du er her: Forside » Nyheder » Indland", len("ForsideNyhederIndland")), want: RuleBreadcrumb},
		{name: "fi lead, current page unlinked", para: linked("Olet tässä: Etusivu › Urheilu › Jääkiekko", len("EtusivuUrheilu")), want: RuleBreadcrumb},
		// Not a trail: unlinked, a sentence, two parts, too few links.
		{name: "unlinked", para: linked("Tabellen: Kallbergs IF > Norrfjärdens HK > Älvsby SK", 0)},
		{name: "sentence", para: linked("Ordningen blev Kallbergs IF > Norrfjärdens HK > Älvsby SK efter kvällen.", 12)},
		{name: "two parts", para: linked("Du är här: Sport > Hockey", len("SportHockey"))},
		{name: "one link", para: linked("Tabellen just nu: Kallbergs IF > Norrfjärdens HK > Älvsby SK", len("Kallbergs"))},
		{name: "long parts", para: linked("Läs mer: Så vann laget derbyt i kväll > Tränaren om matchen > Hockey", 30)},
	})
}
