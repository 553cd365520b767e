package boilerplate

import "testing"

// TestAdShaped checks the text of an ad right under an ad marker in many
// languages, known by its shape alone (see adShaped), and the article's
// paragraphs after an ad slot, with a figure, a name and a dash, an
// exclamation or a web address, that stay.
func TestAdShaped(t *testing.T) {
	ad, stays := adUnderMarker, articleUnderMarker
	checkMarks(t, []markCase{
		// A brand, a pitch and an exclamation.
		ad("Afrikaans", "ADVERTENSIE", "Plaaskos Mooivallei – vars vleis en groente elke dag. 15% afslag op alle braaipakke!"),
		ad("Basque", "Publizitatea", "Gure Etxea Altzariak — Zure etxea, gure pasioa. Bisitatu gure denda gaur!"),
		ad("Hausa", "Talla", "Kamfanin Zuma Lantarki: Sayi firiji mai kyau yau! Kira yanzu."),
		ad("Maltese", "Reklam", "Ħanut Borg u Ulied – Prezzijiet baxxi fuq l-għamara kollha. Żur il-ħanut illum!"),
		// A brand, a price and a short closing sentence.
		ad("Danish", "ANNONCE", "Sommerudsalg hos Vestby Cykler – op til 30 % på alle elcykler. Kun til og med lørdag."),
		ad("Nepali", "विज्ञापन", "नमस्ते मोटर्स – नयाँ स्कुटरमा १५% छुट। आजै शोरुममा आउनुहोस्।"),
		ad("English", "Advertisement", "Harrowgate Garden Centre – Spring bulbs from £2 a bag. Open every day."),
		// A phone number or a web domain.
		ad("Galician", "Publicidade", "Fontanería Irmáns Castro · Reparacións urxentes as 24 horas · 981 234 567"),
		ad("Amharic", "ማስታወቂያ", "አበባ ሆቴል — ምርጥ የስብሰባ አዳራሽ በአዲስ አበባ። ይደውሉ፡ 0911 12 34 56"),
		ad("Estonian", "REKLAAM", "Aknad ja uksed paigaldusega nüüd -20%. Küsi hinnapakkumist: aknakoda.ee"),
		// A button glued to its end; a sponsor marker as its brand.
		ad("a button", "Advertisement", "Your home deserves faster internet. Speeds up to 900 Mbps, set up in two days. Find out more"),
		ad("a sponsor lead", "Advertisement", "Sponsored: Are your pipes ready for winter? Ask a local engineer to check your boiler"),

		// The article after the ad slot.
		stays("a name in an aside", "Advertisement", "Vestby Cykler – the bicycle chain – said sales fell 40% last year."),
		stays("a Danish aside", "ANNONCE", "Vestby Cykler – kæden med tolv butikker – oplyser, at salget faldt 40 %."),
		stays("a Portuguese aside", "Publicidade", "A Petrobras – maior empresa do país – anunciou um lucro 12% menor!"),
		stays("a Spanish subheading", "Publicidad", "Los alquileres suben un 35% en la costa"),
		stays("a Malay dateline", "Iklan", "KUALA LUMPUR – Ringgit dibuka tinggi berbanding dolar AS, naik 0.4% pada awal dagangan."),
		stays("a dateline", "Advertisement", "Springfield — The council approved a 3% rise in the property tax on Monday."),
		stays("a French colon", "Publicité", "Le bilan : 12 % de ventes en moins sur l'année. Personne ne s'y attendait vraiment."),
		stays("an Amharic dash", "ማስታወቂያ", "የከተማው አስተዳደር — የውሃ ዋጋ በ10% ጨምሯል።"),
		stays("a German exclamation", "Anzeige",
			"Die Menge jubelte, als die Bürgermeisterin das Band durchschnitt. Was für ein Tag!"),
		stays("quoted speech", "Anzeige", "„Wir haben gewonnen!“, rief die Trainerin. Das Team feierte bis spät."),
		stays("a website", "Advertisement", "The council has put the plans on its website, springfield.gov, and residents have until March to comment."),
		stays("a short close", "Advertisement", "Ticket prices rose 12% this year. Few complained."),
		stays("a Basque paragraph", "Publizitatea", "Udalak 2,5 milioi euro bideratuko ditu proiektura. Lanak udaberrian hasiko dira."),
		stays("too long for an ad", "Advertisement",
			"Vestby Cycles – which runs twelve shops across the county and employs 140 people – expects sales to fall by up to 30% this winter. Staff were told on Friday!"),
	})
}

// TestAdShapedSigns checks the signs adShaped counts one by one.
func TestAdShapedSigns(t *testing.T) {
	for _, tc := range []struct {
		s       string
		contact bool
	}{
		{"Call (555) 014-2290 for a free guide.", true},
		{"Reparacións urxentes · 981 234 567", true},
		{"Ring +45 70 20 30 40 today.", true},
		{"Visit acme-tools.co.uk today", true},
		{"The plan costs 1 500 000 € over four years.", false},
		{"It ran from 2020-2024 in three towns.", false},
		{"He joined the U.S. team, e.g. as a coach.", false},
		{"The odds were 1.72 on Friday.", false},
	} {
		if got := contactSign(tc.s); got != tc.contact {
			t.Errorf("contactSign(%q) = %v, want %v", tc.s, got, tc.contact)
		}
	}
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"Arrasaldeko Kutxa — Zure proiektuak.", leadBrand},
		{"Sponsored: Is your mattress too soft?", leadMarker},
		{"KUALA LUMPUR – Ringgit naik.", leadNone},
		{"Vestby Cykler – the chain – said so.", leadNone},
		{"The mayor of the town, Jane Doe: no comment.", leadNone},
		{"he said the town – its people – would vote.", leadNone},
		{"ბინები ვაკეში — პირველადი შენატანი", leadBrand},
	} {
		if got := brandLead(tc.s); got != tc.want {
			t.Errorf("brandLead(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

// TestAdProvisoIntl checks the proviso of an offer that ends an ad beyond
// English, and an article's sentence about an offer's conditions.
func TestAdProvisoIntl(t *testing.T) {
	checkMarks(t, []markCase{
		{"Spanish", []string{article, "Publicidad", "Abre tu cuenta y llévate 100 € de regalo. Se aplican condiciones.", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"Danish", []string{article, "ANNONCE", "Få 3 måneders streaming for 9 kr. om måneden. Vilkår gælder.", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"Albanian", []string{article, "Reklamë", "Hap llogari sot dhe merr 20€ falas. Kushtet aplikohen.", article},
			[]string{"", RuleLinkLabel, RuleSponsor, ""}},
		{"a Spanish article", []string{article, "Publicidad",
			"El banco ofrece 100 euros a los nuevos clientes, aunque según la asociación de consumidores se aplican condiciones muy estrictas.", article},
			[]string{"", RuleLinkLabel, "", ""}},
		{"a Danish article", []string{article, "ANNONCE", "Tilbuddet gælder kun nye kunder, og der gælder vilkår, som mange overser.", article},
			[]string{"", RuleLinkLabel, "", ""}},
	})
}

// adUnderMarker is a case of an ad's text under an ad marker, between two
// paragraphs of the article: the marker goes as a link label, the text as
// a sponsor's.
func adUnderMarker(name, marker, text string) markCase {
	return markCase{name, []string{article, marker, text, article}, []string{"", RuleLinkLabel, RuleSponsor, ""}}
}

// articleUnderMarker is adUnderMarker for a text of the article, which
// stays.
func articleUnderMarker(name, marker, text string) markCase {
	return markCase{name, []string{article, marker, text, article}, []string{"", RuleLinkLabel, "", ""}}
}
