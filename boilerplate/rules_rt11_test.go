package boilerplate

import "testing"

// The strings below are made up in the styles sites use; none is copied
// from a benchmark or red-team page.

// TestIntlLabels11 checks the ad markers, read-also labels, tag labels,
// counted comment and gallery links, gallery links, form fields and
// store buttons of Afrikaans, Basque, Galician and its neighbours,
// Maltese, Hausa, Amharic, Kazakh, Nepali and the Balkan languages, and
// article sentences of the same languages that stay.
func TestIntlLabels11(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLinkLabel: {
			// ad markers
			{"ADVERTENSIE", true},
			{"Publizitatea", true},
			{"Iragarkia", true},
			{"Talla", true},
			{"ማስታወቂያ", true},
			{"Жарнама", true},
			{"Die advertensie het die dorp verdeel, het die burgemeester Dinsdag gesê.", false},
			{"Talla ta zama babban batu a majalisar dokoki ranar Talata, in ji kakakin.", false},
			{"Жарнама нарығы биыл 12 пайызға өсті, деді агенттік басшысы.", false},
			// read-also labels, alone and before a headline
			{"Irakurri ere:", true},
			{"Aqra wkoll", true},
			{"KU KARANTA: Gwamnati ta ƙaddamar da sabbin motocin bas", true},
			{"ተጨማሪ ያንብቡ፡ የቡና ዋጋ ለምን ጨመረ?", true},
			{"Le tamén: O porto pesqueiro pecha por obras", true},
			{"Прочетете още: Парламентът прие бюджета", true},
			{"Сондай-ақ оқыңыз: Үкімет жаңа бағдарлама бекітті", true},
			{"Irakurri ere egin dute txostena, eta ez dute akatsik aurkitu, esan du alkateak.", false},
			{"Aqra wkoll il-kundizzjonijiet, qal l-avukat lill-qorti nhar it-Tlieta.", false},
			{"Ku karanta wannan rahoton da kyau kafin ku yanke shawara, in ji ministan.", false},
			// tag labels
			{"Etiquetas: Pesca · Porto · Concello", true},
			{"Tikketti: Ippjanar · Ambjent", true},
			{"Etiketak: Pilota · Txapelketa", true},
			{"Ознаки: економија, буџет", true},
			{"Etiquetas de precios engañosas: la inspección multó a 40 comercios el año pasado.", false},
			// counted comment and gallery links
			{"Kummenti (23)", true},
			{"Comments (12)", true},
			{"Iruzkinak (4)", true},
			{"Коментари (7)", true},
			{"Galería de fotos (8)", true},
			{"Comments (and replies)", false},
			{"Kummenti (23 fil-ħin)", false},
			{"Lluvia de estrellas (8)", false},
			// gallery links
			{"Ver todas as fotos", true},
			{"Veure totes les fotos", true},
			{"Ver todas as fotos do arquivo levou tres semanas ao equipo do museo.", false},
			// form fields and buttons
			{"Vpišite e-naslov", true},
			{"Prijava na novice", true},
			{"Unesite e-mail adresu", true},
			{"Abonohu", true},
			{"Prijava na novice policije je prišla v torek zvečer, so sporočili.", false},
			// store buttons
			{"App Store | Google Play", true},
			{"The app is available on the App Store and Google Play from Monday.", false},
		},
		RuleShareLabel: {
			{"Ku biyo mu a Facebook, Twitter da Instagram domin samun labarai.", true},
			{"Pratite nas na: Facebook, Instagram, YouTube", true},
			{"Síguenos en Facebook e Instagram", true},
			{"Pratite nas i dalje, rekao je trener nakon utakmice.", false},
			{"Ku biyo mu zuwa kasuwa gobe, in ji shugaban manoma.", false},
		},
		RuleLegal: {
			{"S prijavo se strinjate s pogoji uporabe in politiko zasebnosti.", true},
			{"Со пријавувањето се согласувате со условите за користење.", true},
			{"S prijavo na razpis se je strinjalo 40 podjetij, je povedal minister.", false},
		},
		RuleAppeal: {
			{"Vsak četrtek v vaš e-predal: preverjene novice o zdravju in nasveti strokovnjakov.", true},
			{"Recibe cada mañá as noticias do mar no teu correo. Subscríbete ao boletín.", true},
			{"Teken in vir ons gratis nuusbrief en kry die nuus elke oggend.", true},
			{"Appoġġja l-ġurnaliżmu indipendenti. Abbona għal €5 fix-xahar.", true},
			{"Vsak četrtek v mesecu se zberejo na trgu in prodajajo zelenjavo.", false},
			{"Vsak dan prejmemo več kot sto klicev, je povedala direktorica.", false},
			{"Recibe cada ano máis visitantes o mosteiro de Oseira, segundo o concello.", false},
			{"Il-Gvern appoġġja l-ġurnaliżmu indipendenti fil-Parlament, qal il-Ministru.", false},
			{"Il-kumpanija abbona għal servizz ġdid fix-xahar ta' Ottubru, qalet il-kelliema.", false},
		},
	}, func(string) bool { return false }, true)
}

// TestNotices11 checks the notice that a site's comments are moderated,
// in English and in the languages of rt11's pages and their neighbours,
// and the note under a stock-quote widget, with article sentences that
// open with the same words and stay.
func TestNotices11(t *testing.T) {
	checkRuleCases(t, map[string][]ruleCase{
		RuleLegal: {
			{"Comments are moderated.", true},
			{"Comments are moderated and will appear after approval.", true},
			{"Il-kummenti huma moderati. Kummenti offensivi ma jiġux ippubblikati.", true},
			{"Komentarji so moderirani. Žaljivih komentarjev ne objavljamo.", true},
			{"Os comentarios están moderados e publícanse tras a súa revisión.", true},
			{"Comments are moderated on most news sites, but not on all of them.", false},
			{"Comments are moderated, the company said in its filing on Tuesday.", false},
			{"Il-kummenti huma moderati minn voluntiera, skont ir-rapport tal-awtorità.", false},
			{"Komentarji so moderirani ročno, kar zahteva veliko dela uredništva.", false},
		},
		RuleAffiliate: {
			{"Delayed at least 15 minutes. Quotes supplied by a market data vendor.", true},
			{"Quotes delayed by 20 minutes.", true},
			{"Market data delayed 15 minutes. Source: Exchange Data Ltd.", true},
			{"Delayed at least 15 minutes by fog, the flight landed shortly after noon.", false},
			{"Quotes delayed the vote on the bill until the next session of parliament.", false},
			{"Data delayed by the outage showed that exports fell 3% in October.", false},
		},
	}, func(string) bool { return false }, true)
}
