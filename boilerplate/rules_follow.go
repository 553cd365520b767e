package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- follow-us promos of messaging and news platforms ----------------------

// channelPlatforms are the messaging and news platforms whose channels a
// site asks its readers to follow, lower case; the Latin names gate the
// rule through the signature (see channelGate and namesChannel), the Cyrillic spelling
// ("Телеграм-канал", its first letter left out: the lower-case copy of a
// line folds ASCII only) through a search of the lines beyond ASCII.
var channelPlatforms = [...]string{"whatsapp", "telegram", "google news", "viber", "facebook", "елеграм"}

// latinChannels is the number of Latin names that open channelPlatforms.
const latinChannels = len(channelPlatforms) - 1

// channelGate reports whether the short paragraph p may name one of
// channelPlatforms, by tests that cost a few bit operations: the
// signature bits of a Latin name, or a line of at most
// cyrillicChannelWords words that opens with a Cyrillic letter or an
// emoji (where namesChannel looks for the Cyrillic spelling).
func channelGate(p *para) bool {
	sig, c := p.sig, p.low[0]
	return sig&channelBits[0] == channelBits[0] || sig&channelBits[1] == channelBits[1] ||
		sig&channelBits[2] == channelBits[2] || sig&channelBits[3] == channelBits[3] ||
		sig&channelBits[4] == channelBits[4] ||
		p.words <= cyrillicChannelWords && (c == 0xD0 || c == 0xD1 || c >= 0xF0)
}

// cyrillicChannelWords is the most words of a promo that spells the
// platform in Cyrillic ("Подписывайтесь на наш Телеграм-канал"): such
// lines are looked through for the name.
const cyrillicChannelWords = 12

// channelBits are the signature bits of subChannels, in an array that
// channelGate reads without bounds checks. They are copied by init, after
// every variable: a variable that named subChannels would have it
// registered before the substrings of the other rule files, whose bits
// would change.
var channelBits [latinChannels]uint64

func init() {
	for k := range channelBits {
		channelBits[k] = subChannels[k].bit
	}
}

// namesChannel reports whether the short paragraph p names one of
// channelPlatforms (channelGate let it through).
func namesChannel(p *para) bool {
	for _, x := range subChannels {
		if x.in(p.low, p.sig) {
			return true
		}
	}
	c := p.low[0]
	return p.words <= cyrillicChannelWords && (c == 0xD0 || c == 0xD1 || c >= 0xF0) &&
		strings.Contains(p.low, channelPlatforms[len(channelPlatforms)-1])
}

// matchAppDownload reports whether the short paragraph p, of 5 to
// channelWords words, asks the reader to get the site's app: its first
// sentence, or its second after one of at most appLeadWords words ("Get
// alerts when roads close near you."), opens with "Download", "Get" or
// "Install" and "the" or "our" (downloadLeads), and names an app, and the
// paragraph names an app store, a phone system
// or a streaming device (see platformNames: "Download the X app for live travel updates and warnings in
// your area. Available on iOS and Android.", "Get our free app on the App
// Store or Google Play"). "Download the app, the council said, and report
// potholes from your iPhone." reports speech; "Get the basics right
// before you buy an Android phone." names no app.
func matchAppDownload(p *para) bool {
	if p.low[0] == 't' && smsAlerts(p.low) {
		p.detail = detailApp
		return true
	}
	if p.words >= 5 && p.words <= ownAppWords && (subApp.maybe(p.sig) || subApli.maybe(p.sig)) && (ownApp(p) || freeAppPitch(p.low) || freeAppOffer(p.low)) {
		p.detail = detailApp
		return true
	}
	if (p.low[0] == 'c' || p.low[0] == 's') && p.words <= channelWords && catchAllNews(p.low) {
		p.detail = detailChannel
		return true
	}
	if p.words < 5 || p.words > channelWords {
		return false
	}
	low := p.low
	if c := low[0]; c != 'd' && c != 'g' && c != 'i' || !anyPrefix(low, downloadLeads[:]...) {
		// The pitch after a short sentence that says what the app
		// brings: "Get alerts when roads close near you. Download the
		// NewsCenter 8 app for iPhone or Android."
		if !subApp.maybe(p.sig) {
			return false
		}
		k := strings.Index(low, ". ")
		if k < 0 || wordCount(low[:k]) > appLeadWords || !anyPrefix(low[k+2:], downloadLeads[:]...) {
			return false
		}
		low = low[k+2:]
	}
	first := low
	if k := strings.IndexAny(first, ".!?"); k >= 0 {
		first = first[:k]
	}
	if !containsWordLow(first, "app") || speechIn(p.low) {
		return false
	}
	if !namesPlatform(low, p.signature()) && !appForNews(first) {
		return false
	}
	p.detail = detailApp
	return true
}

// downloadLeads open an app's download pitch, lower case; appLeadWords is
// the most words of the sentence before one.
var downloadLeads = [...]string{"download the ", "download our ", "get the ", "get our ", "install the ", "install our "}

const appLeadWords = 12

// appForNews reports whether first, the first sentence of an app's
// download pitch (lower case, "app" in it), says what the app is for:
// news, updates or alerts, after " to " or " for " ("Download the X App
// to get Daily Market Updates", "Download our app for the latest news",
// "… for the latest alerts and live radar").
func appForNews(first string) bool {
	k := strings.Index(first, " app ")
	if k < 0 {
		return false
	}
	rest := first[k+len(" app "):]
	return (strings.HasPrefix(rest, "to ") || strings.HasPrefix(rest, "for ")) &&
		(strings.Contains(rest, "update") || strings.Contains(rest, "news") || strings.Contains(rest, "alerts"))
}

// catchAllNews reports a site's line that sends the reader to all its
// news: low (lower case) opens with "catch all the", "catch the latest"
// or "stay updated with the latest", names news and where to find them
// ("Catch all the Business News, Market News, Breaking News Events and
// Latest News Updates on X.").
func catchAllNews(low string) bool {
	return anyPrefix(low, "catch all the ", "catch the latest ", "stay updated with the latest ") && strings.Contains(low, "news") &&
		(strings.Contains(low, " on ") || strings.Contains(low, " at ")) && !speechIn(low)
}

// smsAlerts reports an offer of news alerts by text message: "Text
// ALERTS to 55012 for mobile alerts. Msg & data rates may apply." low
// (lower case) opens with "text ", a keyword and "to" and a short code
// of digits, and names alerts or the carrier's rates.
func smsAlerts(low string) bool {
	rest, ok := strings.CutPrefix(low, "text ")
	if !ok {
		return false
	}
	k := strings.Index(rest, " to ")
	if k < 0 || strings.IndexByte(rest[:k], ' ') >= 0 {
		return false // one keyword
	}
	code := rest[k+len(" to "):]
	n := 0
	for n < len(code) && isDigit(code[n]) {
		n++
	}
	return n >= 4 && (strings.Contains(code, "alert") || strings.Contains(code, "rates may apply"))
}

// freeAppOffer reports whether low (lower case) opens with "get" or
// "download" and its first sentence offers the site's free app: "Get
// breaking news and weather alerts on your phone with the free WKTV 6
// app." (freeAppPitch asks for "the free" right after the verb). Reported
// speech is no offer.
func freeAppOffer(low string) bool {
	if !strings.HasPrefix(low, "get ") && !strings.HasPrefix(low, "download ") {
		return false
	}
	sent := low
	if e := strings.IndexAny(sent, ".!?"); e >= 0 {
		sent = sent[:e]
	}
	return strings.Contains(sent, " free ") && containsWordLow(sent, "app") && !speechIn(low)
}

// freeAppVerbs open a sentence that offers the reader an app for free
// with " free " after them, in lower case.
var freeAppVerbs = [...]string{"download the", "download our", "get the", "get our"}

// freeAppPitch reports whether a sentence of low (lower case) opens with
// one of freeAppVerbs and " free " and names an app, outside a quote:
// "Never miss a warning. Download the free StormTracker app for live
// radar and push alerts." A reporter writes "residents can download the
// free app", not an imperative that opens a sentence. One search for
// " free " serves all the openings.
func freeAppPitch(low string) bool {
	for i := 0; ; {
		j := strings.Index(low[i:], " free ")
		if j < 0 {
			return false
		}
		f := i + j // where " free " starts
		i = f + 1
		for _, v := range freeAppVerbs {
			k := f - len(v)
			if k < 0 || low[k:f] != v {
				continue
			}
			if k > 0 && (k < 2 || low[k-1] != ' ' || !strings.ContainsRune(".!?", rune(low[k-2]))) {
				break // not at a sentence's start
			}
			sent := low[k:]
			if e := strings.IndexAny(sent, ".!?"); e >= 0 {
				sent = sent[:e]
			}
			if containsWordLow(sent, "app") {
				return !speechIn(low)
			}
		}
	}
}

// ownAppWords is the most words of a line that names the site's own app.
const ownAppWords = 30

// ownApps name the site's own app, lower case, whole words: a site speaks
// of "our app" only to promote it ("Follow all the news on the drought in
// our app", "Sigue toda la información en nuestra app", "Download
// aplikasinya sekarang"). A quote (speechIn) is someone else's, and so is
// an app an article names without the site's possessive or the imperative
// ("Warga diminta mengunduh aplikasi PeduliSehat").
var ownApps = [...]string{"our app", "our free app", "our news app", "nuestra app", "nuestra aplicación",
	"notre application", "notre appli", "notre app", "unsere app", "la nostra app", "nossa app", "nosso app",
	"nosso aplicativo", "onze app", "vår app", "vores app", "naszą aplikację", "naši aplikaci",
	"aplikasi kami", "unduh aplikasinya", "download aplikasinya"}

// ownApp reports whether p (of at most ownAppWords words) names the site's
// own app (ownApps) outside a quote. The word "app" or the stem "apli"
// (aplikasi, aplicación) come first: few lines hold one.
func ownApp(p *para) bool {
	low := p.low
	return low != "" && (appWord(low) || strings.Contains(low, "apli")) &&
		anyWord(low, ownApps[:]) && !speechIn(low)
}

// appWord reports whether low has "app" at the start of a word, as a word
// of its own or in "application", "appli" ("approved" and "happen" have
// none).
func appWord(low string) bool {
	for i := 0; ; {
		j := strings.Index(low[i:], "app")
		if j < 0 {
			return false
		}
		j += i
		i = j + len("app")
		if j > 0 && isWordByte(low[j-1]) {
			continue
		}
		if i == len(low) || !isWordByte(low[i]) || strings.HasPrefix(low[i:], "li") {
			return true
		}
	}
}

// matchChannel reports whether the short paragraph p is a follow-us promo
// of a messaging or news platform (see matchChannelPromo), and gives the
// removal its detail.
func matchChannel(p *para) bool {
	if p.words < 3 || p.words > channelWords || !channelGate(p) || !namesChannel(p) || !matchChannelPromo(p) {
		return false
	}
	p.detail = detailChannel
	return true
}

// channelLinkEnd reports whether p, a line of channelWords words at most,
// ends with the address of a Telegram channel ("… ይቀላቀሉ 👉
// t.me/addiszegeba", "… 👉 https://t.me/x"): a promo in any language,
// which names the platform in its own script or not at all.
func channelLinkEnd(p *para) bool {
	last := p.low[strings.LastIndexByte(p.low, ' ')+1:]
	last = strings.TrimPrefix(strings.TrimPrefix(last, "https://"), "http://")
	if !strings.HasPrefix(last, "t.me/") || len(last) == len("t.me/") {
		return false
	}
	p.detail = detailChannel
	return true
}

// channelWords is the most words of a follow-us promo.
const channelWords = 40

// matchChannelPromo reports whether p, of at most channelWords words, asks
// the reader to follow or join the site on a messaging or news platform
// (one of channelPlatforms): "Join our Telegram channel for the latest
// updates", "📲 Follow The Daily X on WhatsApp for breaking news — click
// here to join our channel", "Simak berita lainnya di Google News",
// "Підписуйтесь на наш Telegram-канал", "हमें Google News पर फॉलो करें",
// and no speech (speechIn). It is a short line that ends with
// "on WhatsApp!" ("X is on WhatsApp!", see onPlatform), or it has
//   - a call: a verb of following, joining or subscribing that opens the
//     line or one of its sentences or clauses (channelCalls, after any
//     emoji), or an imperative that ends a clause in the languages that put
//     the verb last (channelCallsLast: Hindi, Turkish);
//   - and something followed: a channel or a community (channelStems
//     inside words, channelNouns whole words; Google News names news
//     itself), the news or updates it brings (channelNews), the site as
//     "us" or "our" (channelSelf), whole words,
//     or the platform after "in" (channelIn: "Подписывайтесь на X в
//     Telegram").
//
// "The governor wrote on his Telegram channel that the roads were closed."
// opens with no call, and "Follow the instructions sent by WhatsApp, the
// police urged." follows nothing of the site.
func matchChannelPromo(p *para) bool {
	if p.words > channelWords || speechIn(p.low) {
		return false
	}
	low := p.low
	if p.has&hasHigh != 0 {
		low = strings.ToLower(p.s) // rare: the gate let few lines through
	}
	if onPlatform(low, p.words) {
		return true
	}
	switch channelCalled(low) {
	case callNone:
		return false
	case callWeak:
		return anyWord(low, channelOwn[:])
	}
	return containsAny(low, channelStems[:]) || anyWord(low, channelNouns[:]) ||
		anyWord(low, channelNews[:]) || anyWord(low, channelSelf[:]) || containsAny(low, channelIn[:])
}

// onPlatform reports whether low (lower case) opens with a sentence of at
// most eight words that says the site is on a platform: it ends with "on
// WhatsApp!" ("X is on WhatsApp!", "We're now on Telegram!", "¡X ya está
// en WhatsApp! Desde tu móvil …"), in the languages of platformPreps.
func onPlatform(low string, words int) bool {
	k := strings.IndexByte(low, '!')
	if k < 0 || words > 8 && wordCount(low[:k]) > 8 {
		return false
	}
	t := strings.TrimRight(low[:k], " ")
	for _, pl := range channelPlatforms[:latinChannels] {
		if rest, ok := strings.CutSuffix(t, " "+pl); ok {
			for _, w := range platformPreps {
				if strings.HasSuffix(rest, w) {
					return true
				}
			}
		}
	}
	return false
}

// platformPreps say "on" before a platform's name, with the space before
// them: English, Spanish, Portuguese, German, French, Italian, Dutch.
var platformPreps = [...]string{" on", " en", " no", " auf", " sur", " su", " op"}

// Calls to follow, as channelCalled finds them.
const (
	callNone = iota
	callWeak // a word that opens other sentences too: the site must be named as "us" or "our"
	callStrong
)

// channelCalled reports whether low (lower case) calls the reader to
// follow a channel (see matchChannelPromo): callStrong for a word of
// channelCalls or channelCallsLast, callWeak for one of channelWeakCalls,
// which open ordinary sentences too (Portuguese "entre", among;
// Vietnamese "theo", according to; German "Folgen", consequences). A
// word right after a separator with no space after it ("must-follow",
// "kabarnusa.id") opens no clause.
func channelCalled(low string) int {
	if containsAny(low, channelCallsLast[:]) {
		return callStrong
	}
	call := callNone
	for s := low; ; {
		w := strings.TrimRight(firstWord(trimNonLetters(s)), ",.!:")
		switch {
		case channelCalls.has(w):
			return callStrong
		case channelWeakCalls.has(w):
			call = callWeak
		}
		for {
			k := strings.IndexAny(s, ".!?,:;—–-|")
			if k < 0 {
				return call
			}
			_, n := utf8.DecodeRuneInString(s[k:])
			s = s[k+n:]
			if s != "" && s[0] == ' ' {
				break // a clause opens here
			}
		}
	}
}

// speechIn reports whether low (lower case) quotes or reports speech as
// reported does, except that guillemets are let through: they set off the
// site's name in a promo ("Підписуйтесь на «Вісник» у Telegram").
func speechIn(low string) bool {
	return containsAny(low, speechQuotes[:]) || containsWordLow(low, "said") || containsWordLow(low, "says") ||
		containsWordLow(low, "told")
}

// speechQuotes are the quotation marks of speechIn.
var speechQuotes = [...]string{"\"", "“", "”", "„"}

// trimNonLetters returns s from its first letter: without the spaces,
// emoji and symbols a promo may open with ("📲 Follow", "👉 Join").
func trimNonLetters(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) {
			return s[i:]
		}
	}
	return ""
}

// channelCalls are the first words of a call to follow, join or subscribe
// to a channel, lower case, in English, Indonesian and Malay, Spanish,
// Portuguese, French, German, Italian, Dutch, Polish, Czech, Slovak,
// Swedish, Norwegian, Danish, Russian, Ukrainian, Greek, Swahili,
// Turkish, Vietnamese, Romanian, Hungarian, Finnish, Croatian, Serbian,
// Slovenian, Bulgarian, Arabic, Hebrew.
var channelCalls = newWordSet(setOf(
	"join", "follow", "subscribe", "click", "tap", "add",
	"dapatkan", "simak", "ikuti", "gabung", "bergabung", "yuk", "ayo", "sertai", "klik",
	"únete", "unete", "síguenos", "siguenos", "seguinos", "seguínos", "suscríbete", "suscribite",
	"sumate", "súmate", "recibe", "recibí",
	"siga", "participe", "receba", "acompanhe", "inscreva-se", "junte-se",
	"rejoignez", "rejoins", "suivez", "abonnez-vous", "recevez", "retrouvez",
	"folge", "abonnieren", "abonniere", "tritt", "treten",
	"segui", "seguici", "iscriviti", "unisciti", "ricevi",
	"volg", "abonneer", "dołącz", "obserwuj", "sledujte", "sleduj", "pripojte", "připojte",
	"följ", "følg",
	"подписывайтесь", "подпишитесь", "присоединяйтесь",
	"підписуйтесь", "підписуйтеся", "підпишіться", "приєднуйтесь", "приєднуйтеся", "стежте",
	"ακολουθήστε", "ακολουθηστε", "εγγραφείτε",
	"fuatilia", "jiunge", "urmărește", "urmăriți", "urmareste", "abonează-te",
	"alătură-te", "kövess", "kövessen", "kövessétek", "csatlakozz", "seuraa", "liity", "pratite",
	"pridružite", "пратите", "sledite", "последвайте", "абонирайте",
	"تابعوا", "تابعونا", "انضموا", "انضم", "اشترك", "הצטרפו", "עקבו"))

// channelWeakCalls are calls to follow that also open ordinary sentences,
// lower case (see channelCalled): English "get", "stay"; Spanish and
// Portuguese "sigue", "segue" (it goes on), "entre" (among), "puedes",
// "pode" (you can: "Puedes seguir a X en Facebook"); German "folgen";
// Scandinavian "bli", "gå"; Russian "следите", "читайте"; Turkish "takip";
// Vietnamese "theo", "tham"; Indonesian "baca".
var channelWeakCalls = newWordSet(setOf("get", "stay", "sigue", "segue", "entre", "puedes", "podés", "pode",
	"folgen", "bli", "gå", "следите", "читайте", "takip", "theo", "tham", "baca"))

// channelCallsLast are imperatives of following or joining that close a
// clause, in the languages that put the verb last (Hindi, Turkish,
// Uzbek), lower case.
var channelCallsLast = [...]string{"जुड़ें", "फॉलो करें", "फॉलो करे", "जॉइन करें", "join करें", "follow करें",
	"सब्सक्राइब करें", "katılın", "takip edin", "abone olun", "kuzatib boring", "obuna bo'ling", "qo'shiling"}

// channelStems name a channel (in English, and with the endings of
// Turkish, Scandinavian, Indonesian, Russian and Ukrainian words) or the
// news of Google News, inside words; channelNouns name a channel, a
// community or a group, whole words; channelNews the
// news or the updates a channel brings; channelSelf the site as "us" or
// "our". All lower case, whole words.
var (
	channelStems = [...]string{"channel", "kanal", "канал", "google news"}
	channelNouns = [...]string{"community", "group", "saluran", "canal", "canale", "comunidad", "comunidade",
		"communauté", "kanaal", "चैनल", "chaneli", "kênh"}
	channelNews = [...]string{"news", "updates", "update", "latest", "breaking", "berita", "noticias",
		"notícias", "actualités", "infos", "nachrichten", "notizie", "nieuws", "wiadomości", "zprávy",
		"nyheter", "nyheder", "новости", "новини", "ειδήσεις", "habari", "haber", "haberler", "gelişmeler",
		"tin", "खबर", "ख़बर", "न्यूज़", "न्यूज", "अपडेट्स", "أخبار", "חדשות"}
	channelSelf = [...]string{"us", "our", "kami", "nous", "uns", "nos", "nosotros", "nuestro", "nuestra",
		"nosso", "nossa", "ci", "ons", "nas", "oss", "os", "нас", "наш", "हमें", "हमारे", "yetu"}
	// channelOwn are the words of channelSelf that name the site in every
	// sentence they are in, with the Russian and Ukrainian forms of
	// "our": a weak call needs one (Portuguese "os" and "nos" are "the"
	// and "in the", Italian "ci" is "there").
	channelOwn = [...]string{"us", "our", "kami", "nous", "uns", "nosotros", "nuestro", "nuestra", "nosso", "nossa",
		"ons", "oss", "нас", "наш", "нашем", "нашего", "наши", "нашим", "нашей", "наших", "нашому", "нашого",
		"наші", "нашій", "हमें", "हमारे", "yetu"}
	// channelIn put the platform after "in" in Russian and Ukrainian
	// ("Подписывайтесь на X в Telegram"), lower case.
	channelIn = [...]string{"в telegram", "у telegram", "в телеграм", "у телеграм", "в viber", "у viber",
		"в whatsapp", "у whatsapp"}
)
