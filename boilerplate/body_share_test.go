package boilerplate

import "testing"

// appSharePage is a page an app shared as text: the headline, the app's
// "shared from" line and the page's address, the standfirst, the byline
// and the article.
func appSharePage(head ...string) []string {
	return append(head,
		"Lucía Ferrándiz · Valdemora · 14/05/2026 · 20:31",
		"Las once comunidades de regantes de la vega aprobaron este miércoles, tras una asamblea de casi cinco horas, reducir un cuarenta por ciento la dotación de agua.",
		"La decisión llega con el embalse, del que dependen unas catorce mil hectáreas de cultivo, a una quinta parte de su capacidad, la cifra más baja en dos décadas.",
		"«No es lo que nadie quería votar, pero es lo único que nos garantiza llegar a septiembre con algo de agua», explicó a la salida el presidente de los regantes.",
		"Las comunidades volverán a reunirse a mediados de julio para revisar la dotación en función de cómo evolucione el embalse.",
		"Enviado desde mi iPhone")
}

// TestBodyHeadlineOverShareLines guards headOver: the headline stays over
// its standfirst when the lines an app put between them (a "shared from"
// line, the page's address) are removed; a masthead over the page's
// address does not become the headline of the headline under it.
func TestBodyHeadlineOverShareLines(t *testing.T) {
	lines := appSharePage(
		"Los regantes de la vega de Valdemora aceptan recortar un 40 % el agua para salvar la campaña de verano",
		"Compartido desde la app de Heraldo de Valdemora",
		"https://heraldo.example/a/2026/05/regantes-recorte-agua-campana-verano-51822",
		"El embalse de Peñascosa está al 19 % de su capacidad, el nivel más bajo en un mes de mayo desde que hay registros")
	d := blockDoc(lines...)
	Default().Mark(d)
	checkSpan(t, "headline", d, 0, 0, true, "")
	checkSpan(t, "share line", d, 1, 1, false, RuleShareLabel)
	checkSpan(t, "address", d, 2, 2, false, RuleURL)
	checkSpan(t, "standfirst", d, 3, 3, true, "")
	checkSpan(t, "byline", d, 4, 4, false, "")

	lines = []string{"Print this page", "Close window", "THE WESTMORLAND EXAMINER",
		"http://www.examiner.example/news/2026/11/21/ferry-service-to-resume",
		"Ferry service to Holm Island to resume after 18-month absence",
		"Friday, November 21, 2026", "By Ruth Gilchrist",
		"The ferry between the mainland and Holm Island will run again from Monday, eighteen months after the last boat was taken out of service for repairs.",
		"The council said the new boat had passed its sea trials last week and that tickets would cost the same as before the service stopped.",
		"Islanders have had to rely on a weekly supply boat and on the lifeboat in emergencies, which the harbour master said had been a strain on everyone.",
		"The first crossing leaves the mainland pier at seven in the morning, and the timetable will return to four crossings a day by the end of the month."}
	d = blockDoc(lines...)
	Default().Mark(d)
	checkSpan(t, "masthead", d, 2, 2, false, "")
	checkSpan(t, "headline under the masthead", d, 4, 4, true, "")
}

// TestBodyHeadlineOverTags: the lines headOver passes over are a share
// line and an address only. Over a row of tags, a forum's vote line is no
// headline, and the headline under the tags stays the title.
func TestBodyHeadlineOverTags(t *testing.T) {
	lines := []string{"news | newest | ask | show | jobs | submit | login",
		"▲ 934 points · 201 comments · posted by quietorbit 3 hours ago",
		"[Science] [Space]",
		"Rocket engine test ends early after a valve fault at the coastal site",
		"by Jane Doe, Senior Science Reporter · 4 min read",
		"A test firing of the new upper-stage engine was cut short on Tuesday after sensors picked up a pressure drop in one of its fuel valves.",
		"The company said the engine shut itself down as designed and that nobody was hurt, but that the next test would wait until the valve had been taken apart.",
		"Engineers had planned a burn of six minutes, about as long as the stage would fire on a real flight, and the engine ran for just under two.",
		"The fault is the second in three months at the site, which the company opened last year to test engines away from its main factory."}
	d := blockDoc(lines...)
	Default().Mark(d)
	if p := d.Paragraphs[2]; p.Kept() || p.Removal.Rule == RuleShareLabel || p.Removal.Rule == RuleURL {
		t.Fatalf("tag row: %+v, want removed by another rule", p.Removal)
	}
	checkSpan(t, "vote line", d, 1, 1, false, "")
	checkSpan(t, "headline", d, 3, 3, true, "")
}
