package boilerplate

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// appealCase is a paragraph and whether it is an appeal.
type appealCase struct {
	text string
	want bool
}

// Appeals beyond English as sites phrase them, and article sentences
// about donations, subscriptions, memberships, paywalls and journalism
// funding, or quoting a call for support, that must stay.
var intlAppealCases = map[string][]appealCase{
	"de": {
		{"Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einem freiwilligen Beitrag – schon ab 5 Euro im Monat. Jetzt unterstützen!", true},
		{"Liebe Leserin, lieber Leser, wir brauchen Ihre Unterstützung: Werden Sie jetzt Mitglied und sichern Sie unabhängigen Journalismus für alle.", true},
		{"Sie haben 5 von 5 kostenlosen Artikeln in diesem Monat gelesen. Jetzt abonnieren und unbegrenzt weiterlesen – schon ab 1 Euro pro Monat, monatlich kündbar.", true},
		{"Jetzt spenden und unseren unabhängigen Journalismus unterstützen!", true},
		{"Liebe Leserinnen und Leser,", true},
		{"Liebe Leser,", true},
		{"Die Hilfsorganisation hat in diesem Jahr mehr als zwei Millionen Euro an Spenden gesammelt, teilte ein Sprecher am Montag mit.", false},
		{"Die Zeitung führte im Jahr 2020 eine Bezahlschranke ein; seitdem ist die Zahl der Abonnenten auf 100.000 gestiegen, sagte die Chefredakteurin. Für 9,99 Euro im Monat erhalten Leser unbegrenzten Zugang.", false},
		{"„Jeder Betrag hilft“, sagte die Vorsitzende des Vereins, der seit Jahren Spenden für das Tierheim sammelt. „Wir brauchen Ihre Unterstützung.“", false},
		{"Die Grünen wollen den Antrag jetzt unterstützen, sagte der Fraktionschef. Die Partei sei Mitglied der Koalition und werde zustimmen.", false},
		{"„Sie unterstützen uns seit Jahren“, sagte der Trainer über die Fans des Vereins.", false},
		{"Liebe Grüße", false},
	},
	"nl": {
		{"Steun onafhankelijke journalistiek. Word lid van ons platform voor 6 euro per maand, of doneer een bedrag naar keuze. Alvast bedankt!", true},
		{"Met jouw bijdrage kunnen wij onafhankelijke journalistiek blijven maken. Doneer nu en maak ons onderzoek mogelijk.", true},
		{"Beste lezer,", true},
		{"De krant voerde vorig jaar een betaalmuur in. Volgens de hoofdredacteur is het aantal abonnees sindsdien met tien procent gestegen.", false},
		{"Het Rode Kruis roept mensen op om te doneren voor de slachtoffers van de overstromingen, meldt de organisatie.", false},
	},
	"fr": {
		{"Soutenez une presse libre et indépendante. Faites un don dès 5 € par mois, ou abonnez-vous pour accéder à tous nos articles. Merci de votre soutien !", true},
		{"Notre journal n'a ni publicité ni actionnaire : notre indépendance dépend de vous. Devenez membre ou abonné dès aujourd'hui, et soutenez notre travail.", true},
		{"Chers lecteurs, chères lectrices,", true},
		{"Le quotidien a instauré un mur payant en 2019 : depuis, le nombre d'abonnés numériques a doublé, selon sa direction. Un abonnement coûte 9,99 euros par mois.", false},
		{"« Vous soutenez notre projet depuis le début », a déclaré le maire aux habitants, avant d'annoncer un don de 10 000 euros à l'association.", false},
		{"La fondation a reçu un don de deux millions d'euros d'un mécène anonyme, a annoncé sa présidente.", false},
	},
	"it": {
		{"Il giornalismo indipendente è un bene di tutti, ma ha un costo. Sostienici con un contributo libero: bastano 5 euro al mese. Abbonati ora e leggi tutti gli articoli senza limiti. Grazie!", true},
		{"Fai una donazione: il tuo sostegno ci permette di essere più liberi.", true},
		{"Cari lettori,", true},
		{"La fondazione ha ricevuto una donazione di un milione di euro, ha detto il presidente, che sostiene da anni la ricerca sul cancro.", false},
		{"Il quotidiano ha introdotto un paywall nel 2020: da allora gli abbonati digitali sono raddoppiati, secondo l'editore.", false},
		{"Cari amici,", false},
	},
	"es": {
		{"El periodismo independiente necesita lectores comprometidos. Hazte socio por 6 euros al mes y apoya el periodismo que no depende de anunciantes ni de políticos. Gracias por tu apoyo.", true},
		{"Suscríbete ahora: tu apoyo hace posible nuestro periodismo independiente por solo 1 euro al mes.", true},
		{"Queridos lectores:", true},
		{"El diario implantó un muro de pago en 2020 y desde entonces ha ganado 100.000 suscriptores, según su director. La suscripción cuesta 10 euros al mes.", false},
		{"La Cruz Roja pidió donaciones para las víctimas de las inundaciones: «Necesitamos tu ayuda», dijo su portavoz.", false},
		{"El Gobierno apoya el periodismo local con ayudas de 20 millones de euros, anunció la ministra.", false},
	},
	"pt": {
		{"Apoie o jornalismo independente. Torne-se assinante por apenas 5 euros por mês e ajude-nos a continuar o nosso trabalho. Obrigado!", true},
		{"Faça uma doação: o teu apoio garante que o nosso jornalismo continua livre e gratuito para todos.", true},
		{"Caro leitor,", true},
		{"O jornal introduziu uma paywall em 2021 e desde então ganhou 50 mil assinantes, disse o diretor. A assinatura custa 8 euros por mês.", false},
		{"O presidente pediu que o Congresso apoie o projeto e assine já o acordo com os sindicatos.", false},
		{"A campanha recebeu doações de mais de mil pessoas, informou a organização.", false},
	},
	"pl": {
		{"Niezależne dziennikarstwo kosztuje. Wesprzyj nas dowolną kwotą lub zostań patronem już od 10 zł miesięcznie. Dziękujemy!", true},
		{"Twoje wsparcie pozwala nam pisać o tym, o czym inni milczą. Zaprenumeruj i czytaj bez ograniczeń.", true},
		{"Drodzy Czytelnicy,", true},
		{"Fundacja zebrała w tym roku ponad milion złotych darowizn na leczenie dzieci, poinformowała jej prezeska.", false},
		{"Gazeta wprowadziła paywall w 2018 roku. Według wydawcy liczba prenumeratorów cyfrowych wzrosła od tego czasu trzykrotnie.", false},
	},
	"ru": {
		{"Поддержите независимую журналистику. Станьте подписчиком или сделайте пожертвование — даже 100 рублей в месяц помогают нам работать. Спасибо!", true},
		{"Ваша поддержка — единственное, что позволяет нам оставаться независимыми. Подпишитесь на ежемесячное пожертвование.", true},
		{"Дорогие читатели!", true},
		{"Фонд собрал более миллиона рублей пожертвований для пострадавших от наводнения, сообщили в организации.", false},
		{"Газета ввела платный доступ в 2019 году; с тех пор число подписчиков выросло вдвое, рассказал главный редактор.", false},
		{"«Поддержите нас», — призвал мэр жителей города на митинге, после чего собравшиеся подписали петицию.", false},
		{"Дорогие друзья!", false},
	},
	"uk": {
		{"Підтримайте незалежну журналістику: станьте членом нашої спільноти або зробіть внесок будь-якої суми. Дякуємо!", true},
		{"Ваша підтримка допомагає нам працювати. Оформіть передплату всього за 99 гривень на місяць.", true},
		{"Шановні читачі,", true},
		{"Благодійний фонд зібрав понад мільйон гривень пожертв для евакуації поранених, повідомили в організації.", false},
		{"Уряд ухвалив рішення підтримати незалежні медіа грантами, повідомило міністерство.", false},
		{"Якщо ви цінуєте нашу роботу, підтримайте нас навіть невеликим щомісячним внеском. 100 гривень на місяць — це вже допомога.", true},
		{"Підтримати «Правобережний вісник»", true},
		{"Компанія зробила вагомий внесок у відновлення мережі, а її фахівці працювали цілодобово.", false},
		{"Підтримати «Вісник» можна на сайті видання, повідомили в редакції.", false},
	},
}

func TestAppealsBeyondEnglish(t *testing.T) {
	rules := map[string]*RuleSet{"appeal": NamedRule(RuleAppeal).(*RuleSet)}
	_, unfiltered := unfilteredRules()
	for _, rs := range unfiltered {
		if len(rs.ids) == 1 && ruleNames[rs.ids[0]] == RuleAppeal {
			rules["appeal unfiltered"] = rs
		}
	}
	for lang, cases := range intlAppealCases {
		for _, tc := range cases {
			for name, r := range rules {
				// Long enough texts are tried as long paragraphs too.
				texts := []string{tc.text}
				if len(tc.text) > 160 {
					texts = append(texts, tc.text+" "+strings.Repeat("x", 300))
				}
				for _, s := range texts {
					_, got := r.Match(newDoc(article, s, article), 1)
					if got != tc.want {
						strong, weak := cueCounts(appealCues(s))
						t.Errorf("%s %s(%q) = %v, want %v (cues %b: %d strong, %d weak)", lang, name, s, got,
							tc.want, appealCues(s), strong, weak)
					}
				}
			}
		}
	}
}

// TestAppealRunBeyondEnglish: a greeting opens an appeal beyond English
// too, and the prose between it and the appeal goes with them.
func TestAppealRunBeyondEnglish(t *testing.T) {
	checkKeptIndexes(t, `Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen, der mehr Geld für Schulen und Straßen vorsieht.

Die Verwaltung will den Plan im Januar umsetzen und nach sechs Monaten von einem unabhängigen Gremium prüfen lassen.

Liebe Leserinnen und Leser,

die Anzeigenerlöse brechen ein, und gründliche Lokalberichterstattung war nie wichtiger als heute.

Unterstützen Sie uns mit einem monatlichen Beitrag: Werden Sie jetzt Mitglied und sichern Sie unabhängigen Journalismus.
`, "[0 1]")
}

// TestAppealLimitPureASCII pins the documented limit of the cues beyond
// English: they count only in foreign text (a letter beyond ASCII, or Dutch
// "ij"; see foreign) or in greetings, so a paragraph in a language written
// without accents that has none is not an appeal, however many cues it
// has. One accented letter, or Dutch "ij", is enough.
func TestAppealLimitPureASCII(t *testing.T) {
	rule := NamedRule(RuleAppeal)
	const italian = "Sostienici con un contributo libero: bastano 5 euro al mese per il nostro giornalismo " +
		"indipendente. Abbonati ora e leggi tutti gli articoli senza limiti. Grazie del tuo sostegno!"
	for _, tc := range []appealCase{
		{italian, false},
		{italian + " " + strings.Repeat("x", 300), false},
		{strings.Replace(italian, "senza limiti", "più di prima", 1), true},
		{strings.Replace(italian, "senza limiti", "più di prima", 1) + " " + strings.Repeat("x", 300), true},
		// Dutch "ij" before a consonant marks the text as foreign.
		{"Steun onze journalistiek: word donateur voor 5 euro per maand, of doneer nu. Met jouw bijdrage maken we ons werk gratis voor iedereen. Bedankt!", true},
		{"Steun onze journalistiek: word donateur voor 5 euro per maand, of doneer nu. Met jouw steun maken we ons werk gratis voor iedereen. Bedankt!", false},
	} {
		if !tc.want && foreign(tc.text) {
			t.Fatalf("%q is foreign", tc.text)
		}
		if _, got := rule.Match(newDoc(article, tc.text, article), 1); got != tc.want {
			t.Errorf("appeal(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// intlVocab returns the words, prefixes and phrases of the cues beyond
// English, for the prefilter tests.
func intlVocab() []string {
	var out []string
	for _, x := range intlCueSpecs {
		ws, p1s, p2s := strings.Fields(x.ws), strings.Fields(x.p1s), strings.Fields(x.p2s)
		out = append(out, ws...)
		out = append(out, p1s...)
		out = append(out, p2s...)
		phrase := ws[0]
		if len(p1s) > 0 {
			phrase = p1s[0] + " " + phrase
			if len(p2s) > 0 {
				phrase = p2s[0] + " " + phrase
			}
		}
		out = append(out, phrase)
	}
	for _, x := range intlPrefixSpecs {
		out = append(out, strings.Fields(x.ps)...)
	}
	out = append(out, intlAnchors[:]...)
	return append(out, intlOpenerAnchors[:]...)
}

// title returns w with its first letter in upper case.
func title(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// TestIntlCueAnchors checks the claim of intlAnchors: every strong cue
// beyond English has one in one of its words, past the word's first
// letter, and every opener cue one of intlAnchors or intlOpenerAnchors in
// the words' lower-case copy (see appealGate). It tries every word of
// intlCueSpecs after every pair of words before it that the specs name,
// and every prefix.
func TestIntlCueAnchors(t *testing.T) {
	var words []string
	for _, x := range intlCueSpecs {
		words = append(words, strings.Fields(x.ws)...)
	}
	before := []string{"x"}
	for _, x := range intlCueSpecs {
		before = append(before, strings.Fields(x.p1s)...)
		before = append(before, strings.Fields(x.p2s)...)
	}
	for _, x := range intlPrefixSpecs {
		for _, p := range strings.Fields(x.ps) {
			words = append(words, p, p+"s")
		}
	}
	// inWord reports whether an anchor of xs is in w past its first letter.
	inWord := func(xs []string, w string) bool {
		_, n := utf8.DecodeRuneInString(w)
		return containsAny(w[n:], xs)
	}
	for _, w := range words {
		for _, p1 := range before {
			for _, p2 := range before {
				c := intlWordCues(p2, p1, w, false, false, false)
				if c&(cueOpener|strongMask) == 0 {
					continue
				}
				strong := inWord(intlAnchors[:], w) || inWord(intlAnchors[:], p1) || inWord(intlAnchors[:], p2)
				if c&strongMask != 0 && !strong {
					t.Errorf("%q %q %q has a strong cue and no anchor", p2, p1, w)
				}
				s := strings.ToLower(p2 + " " + p1 + " " + w)
				if c&cueOpener != 0 && !strong && !containsAny(s, intlOpenerAnchors[:]) {
					t.Errorf("%q has an opener cue and no anchor", s)
				}
			}
		}
	}
}

// TestIntlCueWords: the cues beyond English are apart from the English
// ones, and every cue word is read by cueWord as it is written in the
// specs.
func TestIntlCueWords(t *testing.T) {
	english := map[string]bool{}
	for _, w := range cueWords {
		english[w] = true
	}
	for w := range intlCueWords {
		if english[w] {
			t.Errorf("%q is an English cue word: wordCues would not look it up", w)
		}
	}
	// In title case too, so that a capital does not hide a cue.
	for _, x := range intlCueSpecs {
		for _, w := range strings.Fields(x.ws + " " + x.p1s + " " + x.p2s) {
			var b [intlWordLen]byte
			n, caps := intlWord(&b, title(w))
			if want := cutWords(w)[0]; string(b[:n]) != want || caps {
				t.Errorf("intlWord(%q) = %q, %v; want %q", title(w), b[:n], caps, want)
			}
		}
	}
	for _, s := range [...]string{"Liebe", "Über", "Ćwiczenie", "Łódź", "Żona", "Поддержите", "Їжак", "Ґанок",
		"Ёлка", "Єва", "Iphone"} {
		var b [intlWordLen]byte
		n, _ := intlWord(&b, s)
		r, size := utf8.DecodeRuneInString(s)
		want := string(unicode.ToLower(r)) + s[size:]
		if string(b[:n]) != want {
			t.Errorf("intlWord(%q) = %q, want %q", s, b[:n], want)
		}
	}
	var b [intlWordLen]byte
	if n, caps := intlWord(&b, "SUPPORT"); string(b[:n]) != "support" || !caps {
		t.Errorf("intlWord(SUPPORT) = %q, %v", b[:n], caps)
	}
	// A word is cut to intlWordLen bytes, never inside a character.
	if n, _ := intlWord(&b, "журналистиками"); n != 24 {
		t.Errorf("intlWord cut a Cyrillic word to %d bytes", n)
	}
	if n, _ := intlWord(&b, "aжурналистиками"); n != 23 {
		t.Errorf("intlWord cut a Cyrillic word to %d bytes", n)
	}
}
