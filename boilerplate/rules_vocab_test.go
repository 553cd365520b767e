package boilerplate

import (
	"testing"
)

// The strings below are made up in the styles sites use; none is copied
// from a benchmark or red-team page.

// TestVocabRules checks the read-also, ad, ad-goes-on, tag, most-read,
// share and newsletter labels of the languages rules_intl.go lists last
// (Turkish, Croatian, Bosnian and Serbian in Latin script, Slovak, Czech,
// Slovenian, Catalan, Tagalog, Urdu, Estonian, Latvian, Lithuanian,
// Icelandic, Albanian, Azerbaijani, Armenian) on one line between two
// article sentences: each label is taken, and an article sentence of the
// same language with the same word is kept by every rule.
func TestVocabRules(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			// Turkish
			{"İLGİNİZİ ÇEKEBİLİR: Asgari ücret görüşmelerinde yeni tarih belli oldu", true},
			{"Ayrıca okuyun", true},
			{"AYRICA OKUYUN: Merkez bankası faiz kararını açıkladı", true},
			{"Etiketler: ekonomi, enflasyon, faiz", true},
			{"EN ÇOK OKUNANLAR", true},
			{"Reklam", true},
			{"Bu konu ilginizi çekebilir, dedi bakan ve toplantıya geçti.", false},
			{"Bakan, raporu herkesin ayrıca okuyup değerlendirmesini istedi.", false},
			// Croatian, Bosnian, Serbian
			{"Nastavak članka ispod oglasa", true},
			{"Tekst se nastavlja ispod oglasa", true},
			{"OGLAS", true},
			{"Oznake: turizam, otoci, najam", true},
			{"NAJČITANIJE", true},
			{"Povezane vijesti", true},
			{"Pročitajte također: Trajektna linija za Vis ostaje do proljeća", true},
			{"Kopiraj poveznicu", true},
			{"Nastavak članka donosi nove podatke o broju turista na otocima.", false},
			{"Oglas za posao objavljen je u ponedjeljak, a prijave traju do petka.", false},
			{"Oznake na cestama obnovit će se tijekom proljeća.", false},
			// Slovak, Czech
			{"Článok pokračuje pod reklamou", true},
			{"Článek pokračuje pod reklamou", true},
			{"Prečítajte si aj: Vláda schválila rozpočet na budúci rok", true},
			{"NAJČÍTANEJŠIE", true},
			{"Kľúčové slová: súd, odvolanie, pozemky", true},
			{"Článok o súdnom spore pokračuje zajtra ďalšou časťou.", false},
			{"Reklama na pivo pokračuje pod novým názvom aj v tomto roku.", false},
			// Slovenian
			{"Preberite tudi: Cene goriva bodo v torek nižje", true},
			{"Članek se nadaljuje pod oglasom", true},
			{"Oglasno sporočilo", true},
			{"Preberite tudi poročilo, ki ga je vlada objavila v petek.", false},
			// Catalan
			{"Llegeix també", true},
			{"LLEGEIX TAMBÉ: Les biblioteques digitalitzaran els diaris locals", true},
			{"Temes: Fotografia · Exposicions · Patrimoni", true},
			{"Publicitat", true},
			{"EL MÉS LLEGIT", true},
			{"Subscriu-m'hi", true},
			{"Els temes de l'exposició són la memòria i el carrer.", false},
			{"Llegeix també els diaris antics, diu la conservadora del museu.", false},
			// Tagalog
			{"BASAHIN: Klase sa ilang lalawigan, suspendido", true},
			{"BASAHIN DIN:", true},
			{"Basahin din", true},
			{"Basahin ang buong ulat sa website ng ahensya bago magpasya.", false},
			// Urdu
			{"مزید پڑھیں: قومی ٹیم کے اسکواڈ کا اعلان اگلے ہفتے متوقع", true},
			{"مزید پڑھیں", true},
			// Estonian
			{"LOE KA", true},
			{"Loe ka: Riik kaalub tehisaru kasutamise piiramist", true},
			{"Reklaam", true},
			{"ENIM LOETUD", true},
			{"Märksõnad: tehisaru, idufirma, Tartu", true},
			{"Loe ka lepingu tingimusi enne allkirjastamist, soovitab jurist.", false},
			// Latvian, Lithuanian
			{"Lasi arī: Rīgā slēgs vairākas ielas", true},
			{"Reklāma", true},
			{"Taip pat skaitykite: Vilniuje uždaromos kelios gatvės", true},
			{"Lasi arī citus rakstus par šo tēmu mūsu mājaslapā, aicina redakcija.", false},
			// Icelandic
			{"AUGLÝSING", true},
			{"Fréttin heldur áfram hér fyrir neðan", true},
			{"Tengdar fréttir", true},
			{"Mest lesið", true},
			{"Sjá einnig: Vegurinn um heiðina lokaður", true},
			{"Fréttin heldur áfram að vekja athygli í bænum, segir bæjarstjórinn.", false},
			{"Auglýsing fyrirtækisins vakti mikla athygli í síðustu viku.", false},
			// Albanian, Azerbaijani, Armenian
			{"Lexo edhe: Qeveria miraton buxhetin e ri", true},
			{"Həmçinin oxuyun: Bakıda yeni metro stansiyası açılır", true},
			{"Ən çox oxunanlar", true},
			{"ԿԱՐԴԱՑԵՔ ՆԱԵՎ", true},
			{"Կարդացեք նաև: Կառավարությունը հաստատեց բյուջեն", true},
			{"Գովազդ", true},
			{"Lexo edhe raportin e plotë, tha ministri para gazetarëve.", false},
		},
		RuleShareLabel: {
			{"Podijeli članak:", true},
			{"Paylaş", true},
			{"Zdieľať", true},
			{"Comparteix", true},
			{"Deila", true},
			{"Paylaş butonuna basan kullanıcı sayısı iki katına çıktı.", false},
			{"Deila um kvótann hefur staðið í marga mánuði.", false},
		},
		RuleAppeal: {
			{"Prijavite se na naš newsletter i primajte najvažnije vijesti svako jutro.", true},
			{"Rep cada divendres la nostra newsletter de cultura amb les millors propostes.", true},
			{"Subscriu-te al nostre butlletí i rep les notícies cada matí.", true},
			{"Prihláste sa na odber nášho newslettera a nič vám neujde.", true},
			{"Telli meie uudiskiri ja saa parimad lood igal hommikul postkasti.", true},
			{"Skráðu þig á fréttabréfið og fáðu helstu fréttir vikunnar.", true},
			{"Prijavite se na natječaj do petka, poručio je gradonačelnik.", false},
			{"Telli endale kohvi ja oota, ütles juhataja naerdes.", false},
			{"Rep cada dia desenes de visitants, explica la directora del museu.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestIntlCookie: consent notices in languages that do not say "cookie"
// go; a sentence about biscuits, or one naming cookies without the site
// or consent, stays.
func TestIntlCookie(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Þessi vefur notar vafrakökur. Með því að halda áfram samþykkir þú notkun þeirra.", true},
		{"Käytämme evästeitä sivuston toiminnan varmistamiseen ja mainonnan kohdentamiseen.", true},
		{"Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo.", true},
		{"Spletna stran uporablja piškotke za boljše delovanje.", true},
		{"Bu sitede çerezler kullanılmaktadır. Devam ederek kabul etmiş olursunuz.", true},
		{"Aquest lloc web utilitza galetes per millorar l'experiència.", true},
		{"Božićni kolačići od lješnjaka pravi su hit ove sezone u slastičarnama.", false},
		{"Les galetes de mantega de l'àvia Rosa van guanyar el concurs del poble.", false},
		{"Mummo leipoi evästeitä koko perheelle joulun alla.", false},
		// The review's counter-examples: biscuits and snacks.
		{"Bayram öncesi çarşılarda çerez ve kuruyemiş satışları arttı, esnaf bu yılki yoğunluğu memnuniyetle kabul etti.", false},
		{"Les galetes de Nadal es venen a tot arreu i el lloc és ple de gent cada tarda.", false},
		{"Karácsony előtt a nagymamák ilyenkor sütik a bejglit, amit az egész család használ.", false},
	} {
		d := newDoc(article, c.text, article)
		if _, got := NamedRule(RuleCookie).Match(d, 1); got != c.want {
			t.Errorf("%q: cookie-notice %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOfferPrice: a subscription offer with its price goes as a paywall
// line; a sentence about a subscription's price, a subscription word
// without a price, and a long line stay.
func TestOfferPrice(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Abo ab 9,90 €/Monat", true},
		{"Predplatné od 1 €", true},
		{"Assine por R$ 1,90", true},
		{"Abonnement dès 1 € par mois", true},
		{"Abo ab sofort kündbar", false},
		// The review's counter-examples: a currency inside a word.
		{"Abo ab 2025 teurer", false},
		{"Abonnement fra 1. januar kræver betaling", false},
		{"Abo für 2 Hefte", false},
		{"Abo ab 2027 teurer: Verlag erhöht die Preise um 1 € im Monat für alle Leser", false},
		{"Die Preise für das Abo steigen auf 12 € im Monat.", false},
	} {
		d := newDoc(article, c.text, article)
		r, got := Rules()[0].Match(d, 1)
		if got != c.want || got && r.Rule != RulePaywall {
			t.Errorf("%q: removed %v (%s), want %v as %s", c.text, got, r.Rule, c.want, RulePaywall)
		}
	}
}

// TestAdCopyNotArticle: the review's counter-examples, an article's
// paragraphs under an ad marker, stay; ad copy with a figure or short
// slogans, or closed by the ad's end, goes.
func TestAdCopyNotArticle(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  bool // line 2 removed
	}{
		{[]string{"Advertisement", "The crowd cheered as the mayor cut the ribbon. What a day!", article}, false},
		{[]string{"Advertisement", "The mayor cut the ribbon on Friday after a long wait for the town and its people.", "Learn more", article}, false},
		{[]string{"Advertisement", "“We won!” she shouted.", article}, false},
		{[]string{"Advertisement", "Winter tyres at 25% off until the end of November. Book now!", article}, true},
		{[]string{"Advertisement", "Don't miss out. Switch today!", article}, true},
		{[]string{"Advertisement", "Switch to Callan Energy and save on your bills this winter.", "Compare now", "Story continues below advertisement", article}, true},
	} {
		d := newDoc(append([]string{article}, c.lines...)...)
		Default().Mark(d)
		if got := !d.Paragraphs[2].Kept(); got != c.want {
			t.Errorf("%q: removed %v, want %v", c.lines[1], got, c.want)
		}
	}
}
