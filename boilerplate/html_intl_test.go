package boilerplate

import (
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// Prose paragraphs in German and Spanish no HTMLPass rule may touch: a
// page made of them is not English (htmlEnglish), so the vocabulary beyond
// English applies.
const (
	htmlProseDE = "Der Stadtrat hat am Dienstag beschlossen, den Park am Fluss um fast vierzig Hektar zu erweitern, nachdem die Anwohner drei Jahre lang gestritten hatten."
	htmlProseES = "Los opositores argumentaron que el terreno debía destinarse a viviendas, pero los mapas de inundaciones dejaron al ayuntamiento con pocas opciones."
)

// runHTMLIntlCases runs cases whose paragraph sits between htmlProseDE and
// htmlProseES (or whose doc is given whole) and checks that the prose
// stays.
func runHTMLIntlCases(t *testing.T, cases []htmlPassCase) {
	t.Helper()
	for k := range cases {
		if cases[k].doc == nil {
			cases[k].doc = []htmlPara{htmlText(htmlProseDE), cases[k].para, htmlText(htmlProseES)}
			cases[k].at = 1
		}
	}
	runHTMLPassCases(t, cases)
	for _, c := range cases {
		d, _ := c.document()
		HTMLPass().Mark(d)
		for i, q := range d.Paragraphs {
			if (q.Text == htmlProseDE || q.Text == htmlProseES) && !q.Kept() {
				t.Errorf("%s: prose paragraph %d removed by %s", c.name, i, q.Removal.Rule)
			}
		}
	}
}

func TestHTMLEnglish(t *testing.T) {
	for _, c := range []struct {
		name string
		doc  []htmlPara
		want bool
	}{
		{"english", []htmlPara{htmlText(htmlProseA), htmlText(htmlProseB)}, true},
		{"german and spanish", []htmlPara{htmlText(htmlProseDE), htmlText(htmlProseES)}, false},
		{"one english of three", []htmlPara{htmlText(htmlProseDE), htmlText(htmlProseA), htmlText(htmlProseES)}, false},
		{"two english of three", []htmlPara{htmlText(htmlProseA), htmlText(htmlProseDE), htmlText(htmlProseB)}, true},
		{"no prose", []htmlPara{htmlText("Related")}, false},
	} {
		d := htmlTestDoc(clean.FormatHTML, c.doc...)
		if got := newHTMLContext(d).intl; got == c.want {
			t.Errorf("%s: intl = %v, want %v", c.name, got, !c.want)
		}
	}
}

func TestHTMLPassIntlSectionLabel(t *testing.T) {
	const rule = "html-section-label"
	runHTMLIntlCases(t, []htmlPassCase{
		{name: "es related articles", para: htmlHeading("Artículos relacionados"), want: rule},
		{name: "es related caps", para: htmlHeading("ARTÍCULOS RELACIONADOS"), want: rule},
		{name: "de read also with teaser", para: htmlText("Lesen Sie auch: Hochwasser am Rhein steigt weiter"), want: rule},
		{name: "de may interest you", para: htmlHeading("Das könnte Sie auch interessieren"), want: rule},
		{name: "fr comments", para: htmlHeading("Commentaires"), want: rule},
		{name: "fr tags with a space before the colon", para: htmlText("Tags : politique, Paris, élections"), want: rule},
		{name: "fr tags with a no-break space", para: htmlText("Mots-clés\u00a0: politique, Paris"), want: rule},
		{name: "fr same subject", para: htmlHeading("Sur le même sujet"), want: rule},
		{name: "it related", para: htmlHeading("Articoli correlati"), want: rule},
		{name: "it may interest you", para: htmlText("Ti potrebbe interessare"), want: rule},
		{name: "pt read more with teaser", para: htmlText("LEIA MAIS | Governo anuncia novo pacote"), want: rule},
		{name: "pt you may like", para: htmlHeading("Você também pode gostar"), want: rule},
		{name: "pl see also", para: htmlText("Zobacz także: Powódź na południu kraju"), want: rule},
		{name: "pl comments count", para: htmlText("12 komentarzy"), want: rule},
		{name: "ru read also", para: htmlText("Читайте также:"), want: rule},
		{name: "ru read also caps", para: htmlText("ЧИТАЙТЕ ТАКЖЕ: Паводок на реке"), want: rule},
		{name: "ru comments count", para: htmlText("12 комментариев"), want: rule},
		{name: "ru on the topic", para: htmlHeading("По теме"), want: rule},
		{name: "uk tags", para: htmlText("Теги: повінь, Київ"), want: rule},
		{name: "uk related", para: htmlHeading("Схожі статті"), want: rule},
		{name: "uk comments caps", para: htmlText("КОМЕНТАРІ"), want: rule},
		{name: "nl read also with teaser", para: htmlText("Lees ook » Kabinet valt over stikstof"), want: rule},
		{name: "de comments count", para: htmlText("3 Kommentare"), want: rule},
		{name: "de no comments", para: htmlText("Keine Kommentare"), want: rule},
		{name: "es leave a comment", para: htmlHeading("Deja un comentario"), want: rule},
		{name: "de label in guillemets", para: htmlText("» Weitere Artikel"), want: rule},

		// Must stay: sentences and subheadings that begin the same way.
		{name: "es sentence about related articles", para: htmlText("Artículos relacionados con la inundación fueron publicados ayer.")},
		{name: "de sentence read also", para: htmlText("Lesen Sie auch die Kommentare, sagte der Bürgermeister.")},
		{name: "fr comments in a sentence", para: htmlText("Commentaires du maire : la décision est définitive.")},
		{name: "ru sentence on the topic", para: htmlText("По теме выступил мэр города, который поддержал проект.")},
		{name: "de subheading", para: htmlHeading("Was jetzt passiert")},
		{name: "de number then noun", para: htmlText("3 Kilometer")},
		{name: "fr tags in a sentence", para: htmlText("Les tags : une passion pour les jeunes du quartier.")},
		{name: "es topics without colon", para: htmlHeading("Temas pendientes del ayuntamiento")},
		{name: "it interview speaker", para: htmlText("Guarda anche tu: la città è cambiata.")},
	})
}

func TestHTMLPassIntlAdLabel(t *testing.T) {
	const rule = "html-ad-label"
	runHTMLIntlCases(t, []htmlPassCase{
		{name: "ru", para: htmlText("Реклама"), want: rule},
		{name: "nl", para: htmlText("ADVERTENTIE"), want: rule},
		{name: "pt", para: htmlText("Publicidade"), want: rule},
		{name: "fr continues after", para: htmlText("La suite après cette publicité"), want: rule},
		{name: "fr continues after, curly apostrophe", para: htmlText("L’article continue après la publicité"), want: rule},
		{name: "ru sentence", para: htmlText("Реклама на телевидении подорожала вдвое.")},
	})
}

func TestHTMLPassIntlCaption(t *testing.T) {
	const rule = "html-caption"
	runHTMLIntlCases(t, []htmlPassCase{
		{name: "de source", para: htmlText("Quelle: dpa"), want: rule},
		{name: "fr credit", para: htmlText("Crédit photo : AFP"), want: rule},
		{name: "es source", para: htmlText("Fuente: Ministerio de Sanidad"), want: rule},
		{name: "pl photo", para: htmlText("Fot. Jan Kowalski"), want: rule},
		{name: "pl source caps", para: htmlText("ŹRÓDŁO: PAP"), want: rule},
		{name: "ru photo", para: htmlText("Фото: ТАСС"), want: rule},
		{name: "uk source", para: htmlText("Джерело: УНІАН"), want: rule},
		{name: "ru personal archive", para: htmlPara{text: "личный архив Андрея Рудькова", kind: clean.KindListItem}, want: rule},
		{name: "pt personal archive", para: htmlText("Foto: arquivo pessoal"), want: rule},
		{name: "ru sentence about an archive", para: htmlText("Личный архив писателя передали музею")},
		{name: "ru archive sentence with a dot", para: htmlText("Личный архив Толстого.")},
		{name: "de sentence with source", para: htmlText("Quelle der Verunreinigung ist noch unklar, sagte die Behörde.")},
		{name: "es sentence about the source", para: htmlText("Fuentes del ministerio confirmaron la noticia.")},
	})
}

func TestHTMLPassIntlAppeal(t *testing.T) {
	const rule = "html-appeal"
	runHTMLIntlCases(t, []htmlPassCase{
		{name: "de click here", para: htmlText("Hier klicken, um das Video zu sehen"), want: rule},
		{name: "fr click here", para: htmlText("Pour voir la vidéo, cliquez ici."), want: rule},
		{name: "ru click here", para: htmlText("Нажмите здесь, чтобы подписаться"), want: rule},
		{name: "de follow us", para: htmlText("Folgen Sie uns auf Facebook und Twitter"), want: rule},
		{name: "fr follow us", para: htmlText("Suivez-nous sur Instagram"), want: rule},
		{name: "es follow us after a sentence", para: htmlText("Gracias por leer. Síguenos en Twitter."), want: rule},
		{name: "ru follow us", para: htmlText("Подписывайтесь на нас в Telegram"), want: rule},
		{name: "uk follow us caps", para: htmlText("ПІДПИСУЙТЕСЬ НА НАС У TELEGRAM"), want: rule},
		{name: "fr newsletter", para: htmlText("Abonnez-vous à notre newsletter"), want: rule},
		{name: "de newsletter", para: htmlText("Melden Sie sich für unseren Newsletter an"), want: rule},
		{name: "de newsletter verb last", para: htmlText("Jetzt Newsletter abonnieren"), want: rule},
		{name: "it newsletter", para: htmlText("Iscriviti alla nostra newsletter"), want: rule},
		{name: "pt newsletter", para: htmlText("Inscreva-se na nossa newsletter e receba as notícias"), want: rule},
		{name: "pl newsletter", para: htmlText("Zapisz się do naszego newslettera"), want: rule},
		{name: "ru newsletter", para: htmlText("Подпишитесь на нашу рассылку"), want: rule},
		{name: "de cookies", para: htmlText("Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten."), want: rule},
		{name: "it cookies", para: htmlText("Questo sito utilizza cookie tecnici e di profilazione."), want: rule},
		{name: "ru cookies", para: htmlText("Мы используем файлы cookie для улучшения работы сайта."), want: rule},
		{name: "es share with friends", para: htmlText("Comparte esta noticia con tus amigos"), want: rule},
		{name: "ru share with friends", para: htmlText("Поделитесь этой статьей с друзьями"), want: rule},
		{name: "fr contact us", para: htmlText("Une erreur ? Contactez-nous"), want: rule},
		{name: "uk write to us", para: htmlText("Напишіть нам"), want: rule},
		{name: "es rights reserved", para: htmlText("© El Diario. Todos los derechos reservados. Prohibida su reproducción."), want: rule},
		{name: "ru rights reserved caps", para: htmlText("ВСЕ ПРАВА ЗАЩИЩЕНЫ. Перепечатка запрещена."), want: rule},

		// Must stay.
		{name: "de sentence with follow", para: htmlText("Folgen Sie der Straße bis zum Fluss, sagte der Förster.")},
		{name: "fr sentence with follow", para: htmlText("Suivez le guide, disait la brochure de la ville.")},
		{name: "es sentence about cookies", para: htmlText("La empresa dijo que las galletas (cookies) se venden bien.")},
		{name: "de mid-sentence subscribe", para: htmlText("Wer den Newsletter abonnieren will, muss sich registrieren, sagte sie.")},
		{name: "ru sentence with subscribe", para: htmlText("Жители подписывают петицию против застройки парка.")},
		{name: "pt sentence with contact", para: htmlText("A polícia pediu que moradores entrem em contato com a delegacia.")},
		{name: "it share a meal with friends", para: htmlText("Condividere un pasto con gli amici è una tradizione.")},
		{name: "es click on the map", para: htmlText("Los vecinos hacen clic en el mapa para ver las zonas inundadas.")},
	})
}

func TestHTMLPassIntlByline(t *testing.T) {
	const rule = "html-byline"
	runHTMLIntlCases(t, []htmlPassCase{
		{name: "de von", para: htmlText("Von Hans Müller"), want: rule},
		{name: "de von with agency", para: htmlText("Von Hans Müller, dpa"), want: rule},
		{name: "fr par", para: htmlText("Par Jean Dupont"), want: rule},
		{name: "fr par with role", para: htmlText("Par Jean Dupont, envoyé spécial à Kiev"), want: rule},
		{name: "es por", para: htmlText("Por Juan Pérez y María López"), want: rule},
		{name: "es por with role", para: htmlText("Por Juan Pérez, corresponsal"), want: rule},
		{name: "pt por", para: htmlText("Por João da Silva"), want: rule},
		{name: "it di", para: htmlText("di Marco Rossi"), want: rule},
		{name: "nl door", para: htmlText("Door Jan de Vries en Piet Jansen"), want: rule},
		{name: "fr agency acronym before the prose", doc: []htmlPara{
			htmlText("Par AFP"), htmlText(htmlProseDE), htmlText(htmlProseES),
		}, at: 0, want: rule},

		// Must stay.
		{name: "fr phrase", para: htmlText("Par Avion")},
		{name: "de heading of nouns", para: htmlHeading("Von Tätern und Opfern")},
		{name: "it surname", para: htmlText("Di Maio e Salvini")},
		{name: "de sentence", para: htmlText("Von Berlin aus fuhr er weiter.")},
		{name: "fr acronym between prose", para: htmlText("Par AFP")},
		{name: "de von der", para: htmlText("Von der Leyen")},
	})
}

// TestHTMLIntlEnglishPage: on an English page the vocabulary beyond English
// is not looked for.
func TestHTMLIntlEnglishPage(t *testing.T) {
	for _, s := range []string{"Artículos relacionados", "Реклама", "Quelle: dpa", "Folgen Sie uns auf Facebook"} {
		d := htmlTestDoc(clean.FormatHTML, htmlText(htmlProseA), htmlText(s), htmlText(htmlProseB))
		HTMLPass().Mark(d)
		if !d.Paragraphs[1].Kept() {
			t.Errorf("%q on an English page removed by %s", s, d.Paragraphs[1].Removal.Rule)
		}
	}
}

// TestHTMLLowerFolds checks that the lower-cased text of htmlFeatures
// folds the two-byte letters of the alphabets the vocabulary beyond
// English uses, keeps the length of the text, and leaves other runes.
func TestHTMLLowerFolds(t *testing.T) {
	for in, want := range map[string]string{
		"ÉCRIVEZ-NOUS":          "écrivez-nous",
		"ŹRÓDŁO: PAP":           "źródło: pap",
		"ЧИТАЙТЕ ТАКЖЕ":         "читайте также",
		"ПІДПИСУЙТЕСЬ ЇЖАЧКИ Ґ": "підписуйтесь їжачки ґ",
		"Ё ЄС":              "ё єс",
		"İstanbul ẞ \u212a": "İstanbul ẞ \u212a",
		"Größe ÀÖØÞ":        "größe àöøþ",
	} {
		d := htmlTestDoc(clean.FormatHTML, htmlText(in))
		f := newHTMLContext(d).feat[0]
		if f.lower != want || len(f.lower) != len(in) {
			t.Errorf("lower(%q) = %q, want %q", in, f.lower, want)
		}
	}
	// Every label is in lower case and no longer than htmlIntlLabelMax.
	for l := range htmlIntlLabels {
		if l != strings.ToLower(l) || len(l) > htmlIntlLabelMax || htmlTrimNonWord(l) != l {
			t.Errorf("label %q: not lower case, too long or not trimmed", l)
		}
	}
}
