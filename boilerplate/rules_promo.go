package boilerplate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Furniture that promotes or sources a story rather than telling it:
// sponsor lines of newsletters and podcasts, the player and platform links
// of audio, and the trailer of a syndicated science-news release. Like the
// furniture rules, each family looks only at short paragraphs and opens
// with a test that costs a bit test (a prefix list, a label kind looked up
// for the link labels anyway) or, for time stamps, a look at the first
// byte: article prose pays next to nothing for them.

// matchPromo tries the sponsor, audio and source rules on a paragraph of
// at most 60 words, as matchRule would in the order of their ids, and
// returns the first that matches, or numRules. matchAll calls it only
// when mayPromo lets the paragraph through.
func matchPromo(p *para) ruleID {
	if p.words <= 6 {
		k := p.labelKind()
		if k&labelSponsor != 0 && matchSponsor(p) {
			return idSponsor
		}
		if k&labelAudio != 0 && matchAudio(p) {
			return idAudio
		}
	}
	st := p.starts
	switch {
	case st&(sponsorLeadList|pageDetList) != 0 && matchSponsor(p):
		return idSponsor
	case mayHead(p) && matchSponsor(p):
		return idSponsor
	case (st&audioLeadList != 0 || p.has&hasColon != 0 && clockLead(p.low[0])) && matchAudio(p):
		return idAudio
	case podcastLine(p):
		return idAudio
	case (st&(sourceLeadList|pageDetList|feedLeadList) != 0 || subRepublish.maybe(p.sig) || versionNote(p.low) || tagGate(p)) && matchSource(p):
		return idSource
	}
	return numRules
}

// mayPromo reports whether p may be taken by matchPromo: it is a sponsor
// or audio label (of at most six words: the link labels have looked its
// kind up, see matchLinkLabel), opens with a lead of a prefix list of the
// rules, or opens with a time stamp. It is small enough to be inlined, so
// that most paragraphs pay a few tests and no call.
func mayPromo(p *para) bool {
	return p.starts&(sponsorLeadList|pageDetList|audioLeadList|sourceLeadList|feedLeadList) != 0 ||
		p.words <= 6 && p.kind&(labelSponsor|labelAudio) != 0 ||
		p.has&hasColon != 0 && clockLead(p.low[0]) || mayHead(p) || versionNote(p.low) || tagGate(p)
}

// tagGate reports whether p may be an editors' tag (see editorTag): one
// word in brackets.
func tagGate(p *para) bool {
	return p.words == 1 && p.low[0] == '('
}

// editorTagBytes is the longest editors' tag (see editorTag).
const editorTagBytes = 24

// editorTag reports whether s is the tag of the editors' initials that
// closes an Indonesian or Malaysian story: two or more groups of two to
// five small letters, parted by slashes, in brackets ("(dwi/wls)",
// "(ant/rdk/hns)").
func editorTag(s string) bool {
	if len(s) > editorTagBytes || len(s) < 7 || s[0] != '(' || s[len(s)-1] != ')' {
		return false
	}
	n := 0
	for rest, more := s[1:len(s)-1], true; more; n++ {
		var part string
		part, rest, more = strings.Cut(rest, "/")
		if len(part) < 2 || len(part) > 5 {
			return false
		}
		for i := 0; i < len(part); i++ {
			if part[i] < 'a' || part[i] > 'z' {
				return false
			}
		}
	}
	return n >= 2
}

// versionLead opens a print note that says its page is a version of the
// one in print: "A version of this article appears in print on …".
const versionLead = "a version of "

// versionNote reports whether low opens with versionLead.
func versionNote(low string) bool {
	return low[0] == 'a' && strings.HasPrefix(low, versionLead)
}

// mayHead reports whether p may be a sponsorHead line, by its length and
// its last two bytes: those of a word that ends one of
// sponsorVerbs ("by", "with", "von", "par", "por", "da", "door").
func mayHead(p *para) bool {
	if p.words < 2 || p.words > sponsorHeadWords || len(p.low) < 4 {
		return false
	}
	switch p.low[len(p.low)-2:] {
	case "by", "th", "on", "ar", "or", "da":
		return true
	}
	return false
}

// leadRest returns the first of leads that opens the short paragraph p,
// ignoring case (in full, beyond ASCII too), and what follows it in p.s
// without the spaces and colons after it; ok is false when none does. A
// lead that ends with a letter must end a word of p.
func leadRest(p *para, leads []string) (lead, rest string, ok bool) {
	s, c := p.s, p.low[0]
	for _, l := range leads {
		if len(s) < len(l) || c != l[0] && (c < utf8.RuneSelf || l[0] < utf8.RuneSelf) {
			continue
		}
		if !strings.HasPrefix(p.low, l) && (p.has&hasHigh == 0 || !strings.EqualFold(s[:len(l)], l)) {
			continue
		}
		if c := l[len(l)-1]; len(s) > len(l) && isWordByte(c) && isWordByte(s[len(l)]) {
			continue
		}
		return l, strings.TrimLeft(s[len(l):], " :"), true
	}
	return "", "", false
}

// ---- sponsor lines -------------------------------------------------------------

// matchSponsor: the sponsor's line of a newsletter, podcast or sponsored
// post, at most 25 words:
//   - a label alone (sponsorLabels): "A message from our sponsor",
//     "Sponsor message", "Paid content", "Contenu sponsorisé";
//   - a sponsor's name after a lead (sponsorLeads): "Presented by Acme
//     Bank", "Sponsored by Acme", "Präsentiert von Acme", "Together with
//     Acme": the name of at most six capitalised words, no clause after it
//     ("Presented by the mayor on Monday, the budget cuts spending." is a
//     sentence) but a call to act on the offer (see sponsorCall);
//     "Together with" only as a label sets it, with a capital T and the
//     name in capitals ("Together with his wife" is prose);
//   - the page itself said to be sponsored, in five words or more (a
//     determiner and a noun of sponsorPages, see pageSponsorRest; then a
//     copula, "is", "was", "est", "wird"; then a phrase of sponsorVerbs,
//     or right after the copula one of fundVerbs):
//     "This newsletter is sponsored
//     by Acme", "Today's episode is brought to you by Acme", "Cette
//     newsletter est sponsorisée par Acme", "This story was funded with
//     support from the Local Democracy Fund". "This edition of the festival
//     is sponsored by the council." names no page, and a line that reports
//     speech is an article's;
//   - the text of an ad under an ad marker (see para.adCopy);
//   - a betting promo or its small print, and a subscription ad that
//     closes with a free trial (see para.adCall).
func matchSponsor(p *para) bool {
	if p.adCopy() {
		p.detail = detailAdCopy
		return true
	}
	if p.words <= 40 && p.adCall() {
		return true
	}
	if p.words <= 6 && p.labelKind()&labelSponsor != 0 {
		p.detail = detailSponsorLabel
		return true
	}
	if mayHead(p) && sponsorHead(p.low) {
		p.detail = detailSponsorLabel
		return true
	}
	if p.words > 25 {
		return false
	}
	if p.low != "" && p.low[0] == 's' && underwriting(p.low, p.s) {
		p.detail = detailSponsor
		return true
	}
	if p.starts&sponsorLeadList != 0 {
		lead, rest, ok := leadRest(p, sponsorLeads[:])
		if !ok || !sponsorName(rest) && !sponsorCall(rest) {
			return false
		}
		if lead == "together with" && (!strings.HasPrefix(p.s, "Together with ") && !strings.HasPrefix(p.s, "TOGETHER WITH ") ||
			wordCount(rest) > 3 || !allUpperStarts(rest)) {
			return false
		}
		p.detail = detailSponsor
		return true
	}
	if p.starts&pageDetList == 0 {
		return false
	}
	rest, ok := pageSponsorRest(p.low)
	if !ok || p.words < 5 || !copulas.has(firstWord(rest)) || reported(p.low) {
		return false
	}
	if !containsAny(rest, sponsorVerbs[:]) && !anyPrefix(strings.TrimLeft(rest[len(firstWord(rest)):], " "), fundVerbs[:]...) {
		return false
	}
	p.detail = detailSponsor
	return true
}

// underwriting reports a public broadcaster's or a podcast's sponsor
// credit: "Support for The Daily Standard comes from Harborline Credit
// Union. Banking that stays local. Learn more at harborline.com." It opens
// with "support for" and the name of the outlet or the show (a capital) or
// "this" (podcast, program), says where the support comes from and sends
// the listener to the sponsor ("learn more", or a web address last).
// "Support for the bill comes from both parties." sends no one anywhere.
// low is s in lower case.
func underwriting(low, s string) bool {
	const lead = "support for "
	if !strings.HasPrefix(low, lead) || !isUpperStart(s[len(lead):]) && !strings.HasPrefix(low[len(lead):], "this ") ||
		!strings.Contains(low, " comes from ") && !strings.Contains(low, " come from ") && !strings.Contains(low, " is provided by ") {
		return false
	}
	last := strings.TrimRight(low[strings.LastIndexByte(low, ' ')+1:], ".")
	return (strings.Contains(low, "learn more") || isDomain(last)) && !reported(low)
}

// sponsorHead reports whether low (lower case) heads a sponsor's message
// with one of sponsorVerbs at its end, the sponsor's name on the next line
// ("** TODAY'S MORNING LINE IS SUPPORTED BY", "This podcast is brought to
// you by"). The caller asks for a short line (see mayHead) whose last
// bytes are no end mark: a sentence of the article does not end with
// "by". Only a line whose last word ends one of sponsorVerbs is searched.
func sponsorHead(low string) bool {
	switch low[strings.LastIndexByte(low, ' ')+1:] {
	case "by", "with", "von", "par", "por", "da", "door":
		return anySuffix(low, sponsorVerbs[:]...)
	}
	return false
}

// sponsorHeadWords is the most words of a sponsorHead line.
const sponsorHeadWords = 8

// sponsorName reports whether s (what follows a sponsor lead) is a name:
// one to six words, capitalised (isCapitalised), with no comma but before
// a company's suffix ("Acme, Inc."), no semicolon, no sentence end inside
// and at most a full stop at its end.
func sponsorName(s string) bool {
	s = strings.TrimSuffix(s, ".")
	n := wordCount(s)
	if k := strings.IndexByte(s, ','); k >= 0 && !companySuffix(s[k+1:]) {
		return false
	}
	return n >= 1 && n <= 6 && strings.IndexByte(s, ';') < 0 && !endsPunct(s) && isUpperStart(s) && isCapitalised(s)
}

// sponsorCall reports a sponsor's name (see sponsorName) and a call to
// act on the sponsor's offer after its full stop, which opens with one of
// callVerbs: "Nordhavn Automation. Download the case study" (matchSponsor
// takes lines of at most 25 words).
func sponsorCall(s string) bool {
	name, call, ok := strings.Cut(s, ". ")
	return ok && sponsorName(name) && foldIn(callVerbs[:], firstWord(call))
}

// callVerbs open a sponsor's call to act, lower case.
var callVerbs = [...]string{"download", "learn", "read", "find", "visit", "discover", "explore", "get", "register",
	"request", "watch"}

// companySuffix reports whether s (after a comma) is a company's legal
// suffix alone: "Inc", "Ltd", "LLC", "GmbH", "S.A.".
func companySuffix(s string) bool {
	switch strings.TrimSuffix(strings.TrimSpace(s), ".") {
	case "Inc", "Ltd", "LLC", "LLP", "PLC", "plc", "Corp", "Co", "GmbH", "AG", "S.A", "SA", "SAS", "S.p.A", "BV", "NV", "AB":
		return true
	}
	return false
}

// allUpperStarts reports whether every word of s starts with a capital or
// a digit.
func allUpperStarts(s string) bool {
	for s != "" {
		w := firstWord(s)
		if !isUpperStart(w) {
			return false
		}
		s = strings.TrimPrefix(s[len(w):], " ")
	}
	return true
}

// sponsorLeads open a line that names a sponsor; sponsorLeadList is a
// prefix list of their stems, one of which opens each of them: a line
// that opens with none of the stems pays no more, and one that does pays
// leadRest (see TestPromoLabels). Few stems, few entries for the letter
// pairs that open many lines ("pr", "su").
var sponsorLeads = [...]string{"presented by", "sponsored by", "brought to you by", "supported by",
	"underwritten by", "powered by", "together with", "präsentiert von", "gesponsert von", "présenté par",
	"présentée par", "sponsorisé par", "sponsorisée par", "presentado por", "presentada por",
	"patrocinado por", "patrocinada por", "presentato da", "presentata da", "sponsorizzato da",
	"sponsorizzata da", "apresentado por", "apresentada por", "gepresenteerd door", "gesponsord door",
	"mogelijk gemaakt door",
	// a sponsor label and the sponsor's name after a separator, as a
	// news app prints a sponsored card: "Sponsored · Heartland Credit
	// Union"
	"sponsored ·", "sponsored |", "sponsored –", "sponsored -", "sponsored:", "promoted ·", "promoted by",
	"paid for by",
	// an embedded widget's host ("Hosted by DocuCloud")
	"hosted by"}

var sponsorLeadList = prefixes("presented by", "sponsor", "brought to you", "supported by", "underwritten",
	"together with", "präsentiert", "gespons", "présenté", "presenta", "patrocinad", "apresentad",
	"gepresenteerd", "mogelijk gemaakt", "powered by", "promoted ", "paid for by", "support for ", "hosted by")

// pageSponsorRest returns what follows the page a sponsor pays for when
// it opens low (lower case): a determiner (pageDets: "this", "today's",
// "cette", "deze") and a noun of sponsorPages ("newsletter", "episode",
// "Folge"), "this week's" taken as one determiner; ok is false when low
// opens with none.
func pageSponsorRest(low string) (rest string, ok bool) {
	det := firstWord(low)
	if len(det) == len(low) || !slices.Contains(pageDets, det+" ") {
		return "", false
	}
	rest = low[len(det)+1:]
	if det == "this" && (strings.HasPrefix(rest, "week's ") || strings.HasPrefix(rest, "week’s ")) {
		rest = rest[strings.IndexByte(rest, ' ')+1:]
	}
	noun := firstWord(rest)
	if !sponsorPages.has(noun) || len(noun) == len(rest) {
		return "", false
	}
	return rest[len(noun)+1:], true
}

// pageDets are the determiners of pageSponsorRest, each with the space
// after it; pageDetList is them as a prefix list.
var pageDets = func() []string {
	dets := []string{"today's ", "today’s "}
	for _, d := range demonstratives {
		dets = append(dets, d+" ")
	}
	return dets
}()

var pageDetList = prefixes(pageDets...)

// sponsorPages are the pages a sponsor pays for, in lower case: pageNames
// and the issues of a newsletter or a podcast.
var sponsorPages = newWordSet(setOf(append(pageNames[:len(pageNames):len(pageNames)],
	"newsletter", "episode", "podcast", "issue", "edition", "email", "e-mail", "video", "series", "reporting",
	"coverage", "journalism", "folge",
	"ausgabe", "lettre", "épisode", "boletín", "episodio", "pódcast", "episódio", "nieuwsbrief",
	"aflevering")...))

// copulas may follow the page in a sponsor line ("is", "est", "wird").
var copulas = newWordSet(map[string]bool{"is": true, "was": true, "has": true, "comes": true, "ist": true,
	"wird": true, "wurde": true, "est": true, "a": true, "es": true, "está": true, "fue": true, "è": true,
	"é": true, "foi": true, "wordt": true, "werd": true})

// sponsorVerbs say that a sponsor pays for the page, in lower case.
var sponsorVerbs = [...]string{"sponsored by", "brought to you by", "presented by", "supported by",
	"underwritten by", "made possible by", "powered by", "in partnership with", "präsentiert von",
	"gesponsert von", "unterstützt von", "ermöglicht von", "sponsorisé par", "sponsorisée par",
	"présenté par", "présentée par", "parrainé par", "parrainée par", "soutenu par", "soutenue par",
	"patrocinado por", "patrocinada por", "presentado por", "presentada por", "sponsorizzato da",
	"sponsorizzata da", "presentato da", "presentata da", "offerto da", "offerta da", "apresentado por",
	"apresentada por", "oferecido por", "oferecida por", "gesponsord door", "mogelijk gemaakt door",
	"gepresenteerd door", "aangeboden door"}

// fundVerbs say that a grant paid for the page, lower case; unlike
// sponsorVerbs they must follow the copula ("This story was funded with
// support from …"): "This article is not the first to question the study,
// which was funded by the industry." reports on a study.
var fundVerbs = [...]string{"funded by", "funded with", "funded in part by", "made possible with",
	"produced with support", "produced with the support", "produced with financial support"}

// sponsorLabels are sponsor labels that are a whole line, in lower case.
var sponsorLabels = map[string]bool{
	"a message from our sponsor": true, "a message from our sponsors": true, "a word from our sponsor": true,
	"a word from our sponsors": true, "message from our sponsor": true, "message from our sponsors": true,
	"from our sponsor": true, "from our sponsors": true, "sponsor message": true, "sponsored message": true,
	"sponsored post": true, "sponsored article": true, "sponsored story": true, "sponsor content": true,
	"sponsored event": true, "sponsored listing": true, "promoted event": true, "promoted listing": true,
	"paid content": true, "paid post": true, "paid partnership": true, "partner content": true,
	"advertorial": true, "promoted content": true, "promoted stories": true, "presented by": true,
	"sponsored by": true, "brought to you by": true, "supported by": true, "in partnership with": true,
	"together with": true, "odds boost": true, "price boost": true, "bet boost": true,
	"enhanced odds": true, "boosted odds": true,
	// German, French, Spanish, Italian, Portuguese, Dutch
	"gesponsert": true, "gesponserter inhalt": true, "gesponserter beitrag": true, "bezahlte partnerschaft": true,
	"präsentiert von": true, "sponsorisé": true, "contenu sponsorisé": true, "contenu partenaire": true,
	"publireportage": true, "présenté par": true, "un message de notre partenaire": true,
	"un mot de notre partenaire": true, "patrocinado": true, "contenido patrocinado": true,
	"publirreportaje": true, "presentado por": true, "un mensaje de nuestro patrocinador": true,
	"sponsorizzato": true, "contenuto sponsorizzato": true, "publiredazionale": true, "presentato da": true,
	"un messaggio del nostro sponsor": true, "conteúdo patrocinado": true, "publieditorial": true,
	"apresentado por": true, "gesponsord": true, "gesponsorde inhoud": true, "mogelijk gemaakt door": true,
	"een bericht van onze sponsor": true,
}

// ---- audio and podcast furniture --------------------------------------------------

// trimSeps returns s without the spaces, brackets, bars, commas, dashes and
// middle dots at its end (strings.TrimRight with these runes as its
// cutset, without its slower path for a cutset beyond ASCII).
func trimSeps(s string) string {
	for s != "" {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == '|' || c == ',' || c == '(' || c == ')' || c == '-':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "·"):
			s = s[:len(s)-len("·")]
		case strings.HasSuffix(s, "–") || strings.HasSuffix(s, "—"):
			s = s[:len(s)-len("–")]
		default:
			return s
		}
	}
	return s
}

// trimDuration returns s without the length of time at its end and the
// separator before it ("Listen to this article · 6 min" → "Listen to
// this article"): figures, clocks and words of timeUnits; s itself when it
// ends with none, "" when it is all one.
func trimDuration(s string) string {
	end, cut := len(s), len(s)
	for end > 0 {
		t := trimSeps(s[:end])
		k := strings.LastIndexByte(t, ' ') + 1
		w := strings.TrimLeft(strings.TrimRight(t[k:], "."), "(")
		if w == "" || len(w) > 16 {
			break
		}
		var b [16]byte
		for i := 0; i < len(w); i++ {
			b[i] = w[i] | (asciiClass[w[i]]&aUpper)<<4 // 'A'|0x20 == 'a'
		}
		if !isDigit(w[0]) && !timeUnits.has(string(b[:len(w)])) {
			break
		}
		end, cut = k, k
	}
	if cut == len(s) {
		return s
	}
	return trimSeps(s[:cut])
}

// audioLength reports whether p is an audio label with the recording's
// length after it ("Listen to this article · 6 min", "Lyssna på artikeln
// 6 min"), and sets its detail.
func audioLength(p *para) bool {
	if p.words > 9 || p.has&hasFigure == 0 {
		return false
	}
	if t := trimDuration(p.s); len(t) < len(p.s) && labelKindOf(t)&labelAudio != 0 {
		p.detail = detailAudioLabel
		return true
	}
	return false
}

// matchAudio: the furniture of an audio player or a podcast page, at most
// 16 words, no sentence, and promos of podcasts:
//   - a label alone (audioLabels): "Listen and subscribe", "Download MP3",
//     "Show notes", "Artikel anhören", "Écouter l'article";
//   - platform links: a lead (audioLeads: "Listen on", "Subscribe:",
//     "Écouter sur", "Ascolta su") then only podcast platforms
//     (platformsOnly: "Apple Podcasts, Spotify or wherever you get your
//     podcasts"), or a row of two platforms or more ("Apple Podcasts |
//     Spotify | RSS"); "Listen on Spotify, where the album drew two
//     million streams." and "Spotify cut its prices." are sentences;
//   - a download link of an MP3 ("Download MP3 (24 MB)");
//   - a player's clock ("0:00 / 12:34") and a chapter list: three lines
//     or more in a row that each open with a time stamp and a short title
//     ("00:00 Intro", "[03:12] The vote"), their times rising from zero.
//     A live blog's entries ("10:14 The minister arrived ...") are
//     sentences, and their times are times of day;
//   - a podcast promo of up to podcastWords words (see podcastPromo);
//   - a note on who or what reads the article aloud (see narrationNote).
func matchAudio(p *para) bool {
	if p.words <= 6 && p.labelKind()&labelAudio != 0 {
		p.detail = detailAudioLabel
		return true
	}
	if podcastLine(p) {
		return true
	}
	if audioLength(p) {
		return true
	}
	if p.words > 16 {
		return false
	}
	if p.starts&audioLeadList != 0 && narrationNote(p) {
		p.detail = detailNarration
		return true
	}
	if p.starts&audioLeadList != 0 {
		lead, rest, ok := leadRest(p, audioLeads[:])
		switch {
		case !ok:
			// A row of platforms: two names at least, and a separator.
			if _, _, row := leadRest(p, platformLeads[:]); !row || !strings.ContainsAny(p.s, "|·•/,") {
				return false
			}
			if n, ok := platformsOnly(p.low); !ok || n < 2 {
				return false
			}
		case lead == "download":
			if p.words > 8 || p.endSent || !containsWordFold(rest, "mp3") {
				return false
			}
		default:
			if n, ok := platformsOnly(p.low[len(p.s)-len(rest):]); !ok || n < 1 {
				return false
			}
		}
		p.detail = detailPlatform
		return true
	}
	if !clockLead(p.low[0]) || p.has&hasColon == 0 {
		return false
	}
	if playerClock(p.s) {
		p.detail = detailPlayer
		return true
	}
	if _, ok := chapterLine(p.s); ok && chapterRun(p) {
		p.detail = detailChapters
		return true
	}
	return false
}

// podcastLine reports whether p, of 6 words or more, is a podcast promo
// (see podcastPromo), and gives the removal its detail. A promo opens
// with a label (one of linkLabelPrefixes, "Listen:") or ends with a
// platform's name ("... Available on Spotify and Apple Podcasts."): the
// other lines are not looked at. A promo has at most podcastWords words
// and "podcast" in it (see podcastPromo): those are tested first, as one
// search costs less than trimming and looking up the last word.
func podcastLine(p *para) bool {
	if p.words < 6 || p.words > podcastWords || !subPodcast.in(p.low, p.sig) ||
		!(p.starts&linkLabelPrefixes != 0 || platforms.has(strings.TrimRight(lastWords(p.low, 1), ".!)» ")) ||
			reviewAsk(p)) ||
		!podcastPromo(p) {
		return false
	}
	p.detail = detailPodcast
	return true
}

// podcastWords is the most words of a podcast promo (see podcastPromo).
const podcastWords = 50

// narrationLeads open a note on the voice that reads an article aloud,
// lower case; audioLeadList holds their stems.
var narrationLeads = [...]string{"audio generated by", "audio produced by", "audio created by",
	"this audio was", "this audio is", "audio is ai", "audio is generated", "ai-generated audio", "ai audio", "ai narration", "ai voice",
	"narrated by", "narration by", "voiced by", "this article was narrated", "this article is narrated",
	"this story was narrated", "this story is narrated", "this article was voiced", "this article is voiced",
	"this article is read by", "this article was read by", "the audio version of this", "the audio of this",
	"powered by ai voice"}

// narrationWords is the most words of a narration note without a machine
// in it ("Narrated by Jane Doe").
const narrationWords = 6

// narrationNote reports whether p, of at most 16 words, tells who or what
// reads the article aloud: it opens with a lead of narrationLeads and
// names a machine's voice ("Audio generated by SpeakWell AI. Tell us what
// you think.", "This article was narrated by an AI voice.") or is a label
// of at most narrationWords words ("Narrated by Jane Doe", "Voiced by
// Amazon Polly"). "This audio was recorded at the scene by a neighbour."
// names no machine.
func narrationNote(p *para) bool {
	if !anyPrefix(p.low, narrationLeads[:]...) {
		return false
	}
	return p.words <= narrationWords || aiWord(p.s) || containsAny(p.low, machineVoices[:])
}

// machineVoices name a voice no person lends, lower case.
var machineVoices = [...]string{"artificial intelligence", "synthetic voice", "text-to-speech",
	"computer-generated", "automated voice", "machine-generated", "ai-generated"}

// podcastPromo reports whether the short paragraph p, of at most
// podcastWords words with "podcast" in it, promotes a podcast episode:
// its last sentence is a line of podcast platforms after a lead
// (audioLeads, then platformsOnly: "... our reporters look back on the
// month in court. Available on Spotify and Apple Podcasts.") after the
// lead of an episode (see episodeLead), or it opens with a "Listen:"
// label ("Listen: On this week's podcast, ..."). "The podcast, available
// on Spotify, drew a million listeners." ends with a sentence of its
// own.
func podcastPromo(p *para) bool {
	if p.words > podcastWords || !subPodcast.in(p.low, p.sig) || reported(p.low) {
		return false
	}
	if anyPrefix(p.low, listenLabels[:]...) || reviewAsk(p) || anyPodcastApp(p) {
		return true
	}
	low := strings.TrimRight(p.low, ". ")
	k := strings.LastIndex(low, ". ")
	if k < 0 {
		return false
	}
	last := low[k+2:]
	for _, l := range audioLeads {
		if strings.HasPrefix(last, l) && l != "download" {
			n, ok := platformsOnly(strings.TrimLeft(last[len(l):], " :"))
			return ok && n >= 1 && episodeLead(low[:k])
		}
	}
	return false
}

// reviewAsks ask the listener to rate a podcast, lower case ("Enjoying
// the show? Rate and review us wherever you get your podcasts").
var reviewAsks = [...]string{"rate and review", "rate, review", "rate & review", "leave us a review",
	"leave a review", "review us"}

// reviewAsk reports whether p, which may name a podcast, asks for a
// review (reviewAsks); the words "podcast" and "review" come first, as
// few lines hold both.
func reviewAsk(p *para) bool {
	return p.low != "" && subPodcast.in(p.low, p.sig) && strings.Contains(p.low, "review") &&
		containsAny(p.low, reviewAsks[:])
}

// anyPodcastApp reports whether p, which may name a podcast, asks the
// listener to follow or subscribe "wherever you get your podcasts" (or
// listen to them): "New episodes every weekday morning. Follow the show
// wherever you get your podcasts." podcastLine lets such a line through
// by its last word, a platform's ("podcasts").
func anyPodcastApp(p *para) bool {
	return p.low != "" && subWherever.in(p.low, p.sig) &&
		(strings.Contains(p.low, "wherever you get your podcasts") || strings.Contains(p.low, "wherever you listen to podcasts"))
}

// subWherever gates anyPodcastApp.
var subWherever = sub("wherever")

// podcastLeadWords is the most words of the one sentence before a
// podcast promo's platforms that names no episode (see episodeLead).
const podcastLeadWords = 15

// episodeLead reports whether before (lower case), the text before a
// podcast promo's platforms, introduces an episode: it names one
// (episodeWords: "In this episode of our business podcast, ...", "This
// week on the podcast, ...") or is a single sentence of at most
// podcastLeadWords words ("New podcast out now."). "The genre's biggest
// hit of the year, a podcast about a cold case in rural Ohio, has been
// downloaded more than 40 million times." is an article's.
func episodeLead(before string) bool {
	if containsAny(before, episodeWords[:]) {
		return true
	}
	return wordCount(before) <= podcastLeadWords && !strings.Contains(before, ". ")
}

// episodeWords name a podcast's episode, lower case, in the languages of
// audioLeads.
var episodeWords = [...]string{"episode", "this week", "today's", "folge",
	"épisode", "episodio", "episódio", "puntata", "aflevering"}

// listenLabels open a podcast promo, lower case.
var listenLabels = [...]string{"listen:", "listen |", "podcast:", "hören sie:", "écoutez :", "écoutez:",
	"escucha:", "escuche:", "ascolta:", "ouça:", "luister:"}

// audioLeads open a line of links to podcast platforms, in lower case;
// audioLeadList is a prefix list of their stems and of platformLeads (see
// sponsorLeads). A platform's name opens a row of them.
var audioLeads = [...]string{"listen on", "listen via", "listen at", "listen to the podcast on",
	"listen to the episode on", "available on", "subscribe:", "subscribe on", "subscribe via", "subscribe in",
	"follow the podcast on", "follow the show on", "follow on", "get the", "download", "anhören auf", "anhören bei",
	"jetzt anhören auf", "jetzt anhören bei", "hören auf", "abonnieren auf", "abonnieren bei", "écouter sur",
	"écoutez sur", "écoutez-nous sur", "s'abonner sur", "abonnez-vous sur", "escuchar en", "escucha en",
	"escúchalo en", "suscríbete en", "ascolta su", "ascoltalo su", "iscriviti su", "ouça no", "ouça na",
	"ouvir no", "ouvir na", "escute no", "assine no", "luister op", "luister via", "beluister op",
	"beluister via", "abonneer op", "abonneer via"}

// platformLeads are the platforms that open a row of them ("Apple Podcasts
// | Spotify | RSS").
var platformLeads = [...]string{"apple podcasts", "spotify", "google podcasts", "youtube", "overcast",
	"pocket casts", "amazon music", "deezer", "soundcloud", "rss"}

var audioLeadList = prefixes(append([]string{"listen ", "available on", "subscribe", "follow the podcast",
	"follow the show", "follow on", "get the", "download", "anhören", "jetzt anhören", "hören auf", "abonnieren", "écout",
	"s'abonner", "abonnez-vous", "escuch", "escúch", "suscríbete", "ascolta", "iscriviti su", "ouça n",
	"ouvir n", "escute no", "assine no", "luister", "beluister", "abonneer", "audio ", "this audio",
	"ai-generated audio", "ai audio", "ai narration", "ai voice", "narrat", "voiced by", "this article was",
	"this article is", "this story was", "this story is", "the audio ", "powered by ai voice"}, platformLeads[:]...)...)

// platformsOnly reports whether the lower-case f names podcast platforms
// and nothing else but separators and joiners, and how many names: every
// word is one of platforms, platformWords or joinerWords and one at least
// is a name of its own (platforms). What follows "wherever you" ("or
// wherever you get your podcasts") is left out.
func platformsOnly(f string) (n int, ok bool) {
	if k := strings.Index(f, "wherever you"); k >= 0 {
		f = strings.TrimSuffix(strings.TrimRight(f[:k], " ,"), " or")
	}
	f = strings.TrimRight(f, ". ")
	for f != "" {
		w := firstWord(f)
		f = strings.TrimPrefix(f[len(w):], " ")
		w = platformCut.trim(w)
		switch {
		case w == "":
		case platforms.has(w):
			n++
		case platformWords.has(w), joinerWords.has(w):
		default:
			return 0, false
		}
	}
	return n, n > 0
}

// platformCut is what separates the names in a row of platforms.
var platformCut = newCutSet("|,·•/&()")

// platforms name podcast platforms alone; platformWords are parts of their
// names that name none alone ("Apple Podcasts", "Pocket Casts").
var (
	platforms = newWordSet(map[string]bool{"podcasts": true, "podcast": true, "spotify": true, "youtube": true,
		"overcast": true, "deezer": true, "castbox": true, "stitcher": true, "iheartradio": true, "tunein": true,
		"soundcloud": true, "rss": true, "audible": true, "castro": true, "podbean": true, "pocketcasts": true,
		"casts": true})
	platformWords = newWordSet(map[string]bool{"apple": true, "google": true, "amazon": true, "music": true,
		"pocket": true, "feed": true, "app": true, "our": true, "the": true, "your": true, "favourite": true,
		"favorite": true, "player.fm": true, "radio": true})
	joinerWords = newWordSet(map[string]bool{"and": true, "or": true, "und": true, "oder": true, "et": true,
		"ou": true, "y": true, "o": true, "e": true, "en": true, "of": true, "-": true, "–": true, "—": true})
)

// audioLabels are audio and podcast furniture that is a whole line, in
// lower case.
var audioLabels = map[string]bool{
	"listen and subscribe": true, "listen & subscribe": true, "subscribe and listen": true,
	"download mp3": true, "download the mp3": true, "download audio": true, "download episode": true,
	"download this episode": true, "download the episode": true, "play episode": true,
	"play this episode": true, "listen to this episode": true, "listen to the episode": true,
	"listen to the podcast": true, "listen to this podcast": true, "listen now": true,
	"listen to this story": true, "listen to the article": true, "listen to article": true, "listen to this article": true,
	"listen to story": true, "audio version": true, "show notes": true, "episode notes": true,
	"more episodes": true, "all episodes": true,
	// German, French, Spanish, Italian, Portuguese, Dutch
	"artikel anhören": true, "artikel vorlesen": true, "artikel vorlesen lassen": true, "beitrag anhören": true,
	"jetzt anhören": true, "folge anhören": true, "mp3 herunterladen": true, "audio herunterladen": true,
	"écouter l'article": true, "écouter l’article": true, "écouter cet article": true, "écouter l'épisode": true,
	"écouter l’épisode": true, "télécharger le mp3": true, "escuchar este artículo": true,
	"escucha este artículo": true, "escuchar artículo": true, "escuchar el episodio": true,
	"descargar mp3": true, "ascolta l'articolo": true, "ascolta l’articolo": true,
	"ascolta questo articolo": true, "ascolta la puntata": true, "ascolta l'episodio": true,
	"scarica mp3": true, "ouvir este artigo": true, "ouça este artigo": true, "ouvir artigo": true,
	"ouvir episódio": true, "baixar mp3": true, "luister naar dit artikel": true, "beluister dit artikel": true,
	"luister de aflevering": true, "mp3 downloaden": true,
	// "Listen to this article" in the Nordic languages, Polish, Czech,
	// Russian, Ukrainian, Turkish, Indonesian, Swahili and Luxembourgish,
	"hlusta á frétt": true, "hlusta á fréttina": true, "lyssna på artikeln": true, "lyt til artiklen": true,
	"lytt til artikkelen": true, "kuuntele artikkeli": true, "posłuchaj artykułu": true, "odtwórz odcinek": true, "posłuchaj odcinka": true,
	"poslechněte si článek": true, "poslechnout článek": true, "слушать статью": true, "прослушать статью": true,
	"слухати статтю": true, "haberi dinle": true, "dengarkan artikel": true, "sikiliza makala hii": true,
	"sikiliza habari hii": true, "artikel lauschteren": true,
	// Greek, Hungarian, Romanian, Hebrew, Hindi and Bengali.
	"ακούστε το άρθρο": true, "ακούστε το": true, "hallgassa meg a cikket": true, "cikk meghallgatása": true,
	"ascultă articolul": true, "asculta articolul": true, "האזינו לכתבה": true, "האזן לכתבה": true,
	"लेख सुनें": true, "खबर सुनें": true, "সংবাদটি শুনুন": true, "প্রতিবেদনটি শুনুন": true,
	// Vietnamese, Korean, Arabic, Filipino and Hmong.
	"nghe bài viết": true, "nghe bài viết này": true, "기사 듣기": true, "استمع إلى المقال": true,
	"استمع للمقال": true, "pakinggan ang artikulo": true, "pakinggan ang artikulong ito": true,
	"mloog tsab xov xwm no": true, "mloog xov xwm no": true,
}

// clockLead reports whether c may open a time stamp: a digit or an
// opening bracket.
func clockLead(c byte) bool { return '0' <= c && c <= '9' || c == '[' || c == '(' }

// clockAt parses a time stamp that opens s ("0:00", "03:12", "1:02:03":
// minutes and seconds, with hours before them) and returns it in seconds
// and its length in bytes; n is 0 when s opens with none.
func clockAt(s string) (secs, n int) {
	fields := 0
	for {
		v, k := 0, n
		for k < len(s) && k-n < 2 && '0' <= s[k] && s[k] <= '9' {
			v = 10*v + int(s[k]-'0')
			k++
		}
		if k == n || fields > 0 && (k-n != 2 || v >= 60) {
			return 0, 0
		}
		secs, n, fields = 60*secs+v, k, fields+1
		if n == len(s) || s[n] != ':' || fields == 3 {
			break
		}
		n++
	}
	if fields < 2 || n < len(s) && isWordByte(s[n]) {
		return 0, 0
	}
	return secs, n
}

// playerClock reports whether s is the clock of an audio or video player:
// a time stamp, a slash or a bar, and another ("0:00 / 12:34").
func playerClock(s string) bool {
	_, n := clockAt(s)
	if n == 0 {
		return false
	}
	rest := strings.TrimLeft(s[n:], " ")
	if rest == "" || rest[0] != '/' && rest[0] != '|' {
		return false
	}
	rest = strings.TrimLeft(rest[1:], " ")
	_, m := clockAt(rest)
	return m > 0 && m == len(rest)
}

// chapterLine reports whether s is an entry of a chapter list: a time
// stamp (in brackets or not), a dash or a colon at most, then a title of
// one to twelve words that is no sentence (it ends with no full stop and
// holds none before a space), and returns the time stamp in seconds.
func chapterLine(s string) (secs int, ok bool) {
	if len(s) > 160 || s == "" || !clockLead(s[0]) {
		return 0, false
	}
	open := s[0] == '[' || s[0] == '('
	if open {
		s = s[1:]
	}
	secs, n := clockAt(s)
	if n == 0 {
		return 0, false
	}
	s = s[n:]
	if open {
		if s == "" || s[0] != ']' && s[0] != ')' {
			return 0, false
		}
		s = s[1:]
	}
	title := strings.TrimLeft(s, " -–—:|")
	if len(title) == len(s) && !open || title == "" || !hasLetter(title) {
		return 0, false // "12:30pm": no space after the stamp
	}
	if n := wordCount(title); n > 12 || strings.HasSuffix(title, ".") || strings.Contains(title, ". ") {
		return 0, false
	}
	return secs, true
}

// chapterMax is the most lines chapterRun looks at on each side of a line.
const chapterMax = 40

// chapterRun reports whether the chapter line of p sits in a chapter list:
// at least three chapter lines in a row, the first at zero, each later
// than the one before.
func chapterRun(p *para) bool {
	ps := p.d.Paragraphs
	lo, hi := p.i, p.i
	for lo > 0 && p.i-lo < chapterMax {
		if _, ok := chapterLine(ps[lo-1].Text); !ok {
			break
		}
		lo--
	}
	for hi+1 < len(ps) && hi-p.i < chapterMax {
		if _, ok := chapterLine(ps[hi+1].Text); !ok {
			break
		}
		hi++
	}
	if hi-lo < 2 {
		return false
	}
	prev := -1
	for j := lo; j <= hi; j++ {
		secs, _ := chapterLine(ps[j].Text)
		if j == lo && secs != 0 || secs <= prev {
			return false
		}
		prev = secs
	}
	return true
}

// ---- source notes of syndicated news -----------------------------------------------

// matchSource: the notes a syndicated science-news release ends with, and
// the credits and imprint lines of other articles, at most 60 words:
//   - "Provided by Example University" (sourceLeads "provided by",
//     "bereitgestellt von"): then a name of at most six
//     capitalised words and nothing more ("Provided by the state, the
//     loans carry no interest." is a sentence);
//   - "Citation: <title> (2026, May 3) retrieved 4 May 2026 from <URL>":
//     a citation label, then (for "Citation:") a retrieval date or a URL;
//     "Cite this article:", "Zitiervorschlag:", "Citer cet article :";
//   - "Journal information: Nature": the label and at most twelve words;
//   - a republication notice (see syndicated): "This article was
//     originally published on X. Read the original article.", "This story
//     was produced by X and is republished with permission", "Its stories
//     may be republished under a Creative Commons licence";
//   - a staff or source credit (see creditLine): "Editor: Jane Roe",
//     "Reporter: Budi Santoso", "责任编辑：王芳", "Source: Reuters";
//   - a press licence of the site's imprint (see creditLine): "Giấy phép
//     hoạt động báo điện tử số 12/GP-BTTTT";
//   - a wire dateline alone between the paragraphs of an updated story
//     (see datelineOnly): "PORT ELLIS, March 3 (Reuters)".
//
// The reference of the study ("More information: A. Author et al, Title,
// Journal (2026). DOI: ...") stays: it says what the story reports on.
// "Provided by", "Citation: ... retrieved ... from" and "Journal
// information:" together are the footer of one science-news network,
// whose releases are reprinted on many sites; the rule takes their shapes
// (a name alone, a retrieval date or URL), and the citation labels of
// other sites and languages with them.
func matchSource(p *para) bool {
	if p.words <= 8 && p.has&hasParen != 0 && datelineOnly(p.s) {
		p.detail = detailDateline
		return true
	}
	if wireCredit(p) {
		return true
	}
	if tagGate(p) && editorTag(p.s) {
		p.detail = detailCredit
		return true
	}
	if p.starts&sourceLeadList == 0 { // its callers take up to 60 words
		if syndicated(p) {
			p.detail = detailSyndicated
			return true
		}
		return false
	}
	if p.words <= staffCreditWords && staffCredit(p.low) {
		p.detail = detailCredit
		return true
	}
	if originalTitle(p.s) {
		p.detail = detailSyndicated
		return true
	}
	if creditLine(p) {
		return true
	}
	lead, rest, ok := leadRest(p, sourceLeads[:])
	if !ok || rest == "" {
		return false
	}
	switch {
	case !strings.HasSuffix(lead, ":"):
		// "provided by" and its kin.
		if !sponsorName(rest) {
			return false
		}
		p.detail = detailProvidedBy
	case lead == "journal information:":
		if p.words > 14 {
			return false
		}
		p.detail = detailJournal
	case lead == "citation:":
		if !containsAny(p.low, retrievedWords[:]) && !strings.Contains(p.low, "http") {
			return false
		}
		p.detail = detailCitation
	default:
		p.detail = detailCitation
	}
	return true
}

// syndicated reports whether the short paragraph p, of at most 60 words
// that report no speech, is a notice that the article is republished:
//   - the page (a determiner and a noun of sponsorPages, see
//     pageSponsorRest: "This article", "This story"), then a copula or
//     not, then within 40 bytes one of syndicationVerbs: "This article
//     was originally published on X", "This story was produced by X",
//     "Cet article a été initialement publié sur X"; or a print verb
//     and an issue (see printVerbs): "This story appears in the December
//     issue of X";
//   - a wire service's note (see wireFirst): "This report by The
//     Canadian Press was first published March 3, 2024.";
//   - "republish" with a permission or a licence (republishTerms): "...
//     is republished here with permission", "Its stories may be
//     republished for free under a Creative Commons licence".
//
// "This article was published in Nature." and "The study was originally
// published in 2019." name no republication; "Her photos were republished
// without permission" grants none.
func syndicated(p *para) bool {
	if p.low == "" || p.words < 5 || p.words > 60 {
		return false
	}
	low := p.low
	det := strings.TrimPrefix(low, versionLead)
	if p.starts&pageDetList != 0 || len(det) < len(low) {
		if rest, ok := pageSponsorRest(det); ok {
			head := rest[:min(len(rest), 40)]
			if containsAny(head, syndicationVerbs[:]) ||
				containsAny(head, printVerbs[:]) && anyWord(low, printWords[:]) {
				// A print note may quote the headline it ran under, and
				// the headline may report speech ("… with the headline:
				// Outages Left Riders Stranded, Audit Says."); speech
				// after a quoted headline is the article's ("… with the
				// headline "Nobody is coming," the editor said.").
				note := low
				if k := strings.Index(low, " headline"); k > 0 {
					note = low[:k]
					if q := strings.LastIndexAny(low[k:], "\"”"); q >= 0 {
						note += low[k+q:]
					}
				}
				return !speechVerb(note) && (!htmlHasQuote(low) || strings.Contains(low, " headline"))
			}
		}
	}
	if p.starts&feedLeadList != 0 && feedTrailer(low) {
		return true
	}
	if low[0] == 't' && wireFirst(p.s) {
		return true
	}
	return subRepublish.maybe(p.signature()) && strings.Contains(low, subRepublish.s) &&
		containsAny(low, republishTerms[:]) && !reported(low)
}

// wireFirst reports a wire service's note under a story it sent: "This
// report by The Canadian Press was first published March 3, 2024." The
// agency's name is capitalised, and at most wireDateWords words (the
// date) follow the verb: "This report by the auditor general was first
// published in 2019 and revised twice since" is an article's sentence.
func wireFirst(s string) bool {
	rest, ok := strings.CutPrefix(s, "This report by ")
	if !ok {
		return false
	}
	agency, date, ok := strings.Cut(rest, " was first published ")
	return ok && isCapitalised(agency) && wordCount(agency) <= 5 && wordCount(date) <= wireDateWords
}

// wireDateWords is the most words of the date of a wireFirst note.
const wireDateWords = 4

// feedTrailer reports whether low (lower case) is the line a blog's feed
// adds under each post, in the wording WordPress gives it in English,
// Italian, French, German, Spanish, Portuguese and Dutch: "The post X
// appeared first on Y.", "L'articolo X sembra essere il primo su Y.",
// "Der Beitrag X erschien zuerst auf Y.". The lead opens the line, and
// after the verb comes the blog's name alone: at most feedNameWords words
// and no comma ("The post office appeared first on the list of closures,
// ahead of the library." is an article's).
func feedTrailer(low string) bool {
	for _, t := range feedTrailers {
		rest, ok := strings.CutPrefix(low, t[0])
		if !ok {
			continue
		}
		if k := strings.LastIndex(rest, t[1]); k >= 0 {
			name := rest[k+len(t[1]):]
			return wordCount(name) <= feedNameWords && strings.IndexByte(name, ',') < 0
		}
	}
	return false
}

// feedNameWords is the most words of a blog's name in a feedTrailer.
const feedNameWords = 6

// feedLeadList has the leads of feedTrailers, the gate of feedTrailer.
var feedLeadList = func() prefixList {
	var leads []string
	for _, t := range feedTrailers {
		leads = append(leads, t[0])
	}
	return prefixes(leads...)
}()

// feedTrailers are the leads and the verbs of feedTrailer, lower case.
var feedTrailers = [...][2]string{{"the post ", " appeared first on "}, {"l'articolo ", " sembra essere il primo su "},
	{"l’articolo ", " sembra essere il primo su "}, {"l'article ", " est apparu en premier sur "},
	{"l’article ", " est apparu en premier sur "}, {"der beitrag ", " erschien zuerst auf "},
	{"la entrada ", " se publicó primero en "}, {"o post ", " apareceu primeiro em "},
	{"het bericht ", " verscheen eerst op "}}

// originalTitle reports the note of a Chinese portal that gives the
// headline the story had where it was first published ("原标题：…").
func originalTitle(s string) bool {
	for _, l := range [...]string{"原标题", "原標題", "原题"} {
		if rest, ok := strings.CutPrefix(s, l); ok {
			return strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")
		}
	}
	return false
}

// syndicationVerbs say that a page was published elsewhere first, in
// lower case, in English, German, French, Spanish, Italian, Portuguese.
var syndicationVerbs = [...]string{"originally published", "first published", "originally appeared",
	"first appeared", "republished", "produced by", "reprinted", "erschien zuerst", "erschien ursprünglich",
	"zuerst erschienen", "initialement publié", "publié initialement", "publicado originalmente",
	"publicado originariamente", "pubblicato originariamente", "pubblicato originalmente"}

// printVerbs say that a page is in a magazine's or a paper's issue, with
// one of printWords in the notice ("This story appears in the December
// 2026 issue of X. Subscribe now ...", "This article appeared in print
// on page A12", "Cet article est paru dans le numéro 214 de X"), in
// lower case: English, French, German, Spanish, Italian, Portuguese.
var (
	printVerbs = [...]string{"appears in", "appeared in", "will appear in", "paru dans", "parution dans",
		"erschien in", "erscheint in", "apareció en", "aparece en", "è apparso", "apareceu"}
	printWords = [...]string{"issue", "edition", "print", "magazine", "numéro", "édition", "kiosque",
		"ausgabe", "heft", "número", "edición", "numero", "edizione", "edição"}
)

// republishTerms grant a republication, in lower case.
var republishTerms = [...]string{"with permission", "with kind permission", "creative commons", "licence",
	"license", "free to republish", "as long as you credit"}

// sourceLeads open the notes of a syndicated release, in lower case;
// sourceLeadList is a prefix list of their stems (see sponsorLeads). The
// citation labels end with a colon, the others do not.
var sourceLeads = [...]string{"provided by", "bereitgestellt von", "journal information:", "citation:",
	"cite this article:", "cite this page:", "zitiervorschlag:", "zitierhinweis:", "citer cet article:",
	"citer cet article :", "cómo citar este artículo:", "come citare questo articolo:",
	"como citar este artigo:", "citeer dit artikel:"}

var sourceLeadList = prefixes(append([]string{"provided by", "bereitgestellt", "journal information", "citation:",
	"cite this", "zitier", "citer cet", "cómo citar", "come citare", "como citar", "citeer", "原标题", "原標題", "原题",
	// staffCredits
	"staff and", "staff report", "from staff", "by staff and", "wire report", "from wire", "wire services",
	"news services", "from news services"},
	creditStems...)...)

// creditStems open the lines creditLine takes, lower case: the labels of
// creditLabels and licenceLeads without their colons, one stem for
// several where they share one, and short: a line beyond ASCII is folded
// as far as the longest prefix of its first two bytes.
var creditStems = []string{"editor", "reporter", "edited by", "writer", "source", "penulis", "pewarta",
	"redaktur", "penyunting", "kontributor", "sumber", "edición", "redacción", "fuente", "edição",
	"reportagem", "fonte", "rédaction", "édition", "quelle", "redaktion", "nguồn", "biên tập", "phóng viên",
	"tổng biên tập", "editör", "muhabir", "kaynak", "संपादक", "स्रोत", "责任编辑", "责编", "编辑", "记者",
	"作者", "来源", "稿源", "文章来源", "新闻来源", "責任編輯", "編輯", "來源", "記者", "출처", "giấy phép",
	"главный", "головний", "свидетельство", "свідоцтво", "互联网", "备案号", "contribut"}

// creditLabels label a credit of the staff or of the source, lower case,
// each followed by a colon (an ASCII or a full-width one, a space before
// it or not): English, Indonesian and Malay, Spanish, Portuguese, French,
// German, Vietnamese, Turkish, Hindi, Chinese, Korean, Russian and
// Ukrainian (the editor-in-chief of an imprint). "Editor's note:" and
// "Reporter's notebook:" are none.
var creditLabels = []string{"editor", "reporter", "edited by", "writer", "source", "sources", "penulis",
	"pewarta", "redaktur", "penyunting", "kontributor", "sumber", "edición", "redacción", "fuente", "fuentes",
	"edição", "reportagem", "fonte", "fontes", "rédaction", "édition", "quelle", "quellen", "redaktion",
	"nguồn", "biên tập", "phóng viên", "tổng biên tập", "editör", "muhabir", "kaynak", "संपादक", "स्रोत",
	"责任编辑", "责编", "编辑", "记者", "作者", "来源", "稿源", "文章来源", "新闻来源", "責任編輯", "編輯",
	"來源", "記者", "출처", "главный редактор", "головний редактор", "contributing", "contributors"}

// creditLeads are creditLabels with their colons.
var creditLeads = suffixed(creditLabels, ":", " :", "：")

// creditNameWords is the most words of the name a credit gives.
const creditNameWords = 6

// creditLine reports whether the short paragraph p, which opens with one
// of sourceLeadList, is a credit of the staff or of the source at an
// article's end, or a press licence of the site's imprint:
//   - one of creditLeads, then a name: at most creditNameWords capitalised
//     words with no clause after them (see sponsorName: "Editor: Ratna
//     Sari Dewi", "Source: Reuters", "Tổng biên tập: Trần Văn An"), or, in
//     a script without capitals, at most creditNameWords words of at most
//     creditRunes letters and no punctuation but "·" ("责任编辑：王芳",
//     "来源：新华网"), maybe with a staff code after it ("责任编辑：王蕾
//     SN226", see trimStaffCode);
//   - a licence lead (licenceLeads) with a licence code (licenceCodes):
//     "Giấy phép hoạt động báo điện tử số 12/GP-BTTTT", "Свидетельство о
//     регистрации СМИ Эл № ФС77-12345".
//
// "Reporter: The flood came at night and took everything." and "Source:
// the ministry's own figures, which were revised twice." are sentences,
// and "Giấy phép xây dựng được cấp năm 2020." names no licence code.
func creditLine(p *para) bool {
	if p.words > 40 {
		return false
	}
	if _, _, ok := leadRest(p, licenceLeads[:]); ok {
		if !containsAny(strings.ToLower(p.s), licenceCodes[:]) {
			return false
		}
		p.detail = detailLicence
		return true
	}
	_, rest, ok := leadRest(p, creditLeads)
	if !ok {
		// leadRest takes a full-width colon and the letter after it for
		// one word: such a lead is looked for here.
		if rest, ok = wideLeadRest(p, creditLeads); !ok {
			return false
		}
	}
	rest = strings.TrimLeft(rest, "：: ")
	if !sponsorName(rest) && !uncasedName(rest) && !uncasedName(trimStaffCode(rest)) || questionWords.has(strings.ToLower(firstWord(rest))) ||
		speakerNext(p) {
		return false
	}
	p.detail = detailCredit
	return true
}

// trimStaffCode returns s without a staff code that closes it after a
// space, as portals print one after their editor's name ("王蕾 SN226"):
// two to eight ASCII letters and digits, both; s itself when there is
// none.
func trimStaffCode(s string) string {
	k := strings.LastIndexByte(s, ' ')
	if k <= 0 || len(s)-k-1 < 2 || len(s)-k-1 > 8 {
		return s
	}
	letters, digits := 0, 0
	for _, c := range []byte(s[k+1:]) {
		switch {
		case 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z':
			letters++
		case '0' <= c && c <= '9':
			digits++
		default:
			return s
		}
	}
	if letters == 0 || digits == 0 {
		return s
	}
	return s[:k]
}

// staffCreditWords is the most words of a line of staffCredits.
const staffCreditWords = 6

// staffCredits credit a story to the newsroom and the wire services as a
// whole line, in lower case (staffCredit trims a full stop after one).
var staffCredits = setOf("staff and wire reports", "from staff and wire reports", "by staff and wire reports",
	"staff and wire report", "staff reports", "from staff reports", "staff report", "wire reports",
	"from wire reports", "wire services", "from wire services", "staff and wire services", "news services",
	"from news services", "staff and agencies", "staff and agency reports", "from staff and agency reports")

// staffCredit reports whether low (lower case) is one of staffCredits.
func staffCredit(low string) bool {
	return staffCredits[strings.TrimRight(low, ". ")]
}

// wireRoles open the roles of a wire story's credit line, lower case.
var wireRoles = [...]string{"reporting by", "additional reporting by", "writing by", "editing by", "edited by",
	"compiled by", "graphics by"}

// wireLead holds the first letters of wireRoles.
var wireLead = func() (t [256]bool) {
	for _, r := range wireRoles {
		t[r[0]] = true
	}
	return t
}()

// wireCredit reports whether p (at most 40 words) is the credit line of
// wire copy, in brackets or not: two roles of wireRoles, the first
// opening it and naming at most creditNameWords capitalised words
// ("(Reporting by Jane Roe; Editing by John Doe)", "Reporting by Jane
// Roe, writing by Ann Poe; editing by John Doe"), or the one role
// "Additional reporting by" and its names, and sets its detail.
// "Reporting by the BBC found that, in 2020, editing by AI was common."
// names no one.
func wireCredit(p *para) bool {
	if p.words < 4 || p.words > 40 || p.low == "" {
		return false
	}
	low := p.low
	if low[0] == '(' {
		low = low[1:]
	}
	if low == "" || !wireLead[low[0]] {
		return false
	}
	if w := firstWord(low); !strings.HasPrefix(low[len(w):], " by ") && w != "additional" {
		return false // no role opens it
	}
	first := -1
	for k, r := range wireRoles {
		if strings.HasPrefix(low, r) {
			first = k
			break
		}
	}
	if first < 0 {
		return false
	}
	rest := low[len(wireRoles[first]):]
	// The names the first role credits, up to the first separator.
	at := len(p.low) - len(rest)
	names := p.s[at:]
	if k := strings.IndexAny(names, ",;"); k >= 0 {
		names = names[:k]
	}
	if k := strings.Index(names, ". "); k >= 0 {
		names = names[:k]
	}
	names = strings.TrimRight(strings.TrimSpace(names), ".")
	if wordCount(names) > creditNameWords || !isCapitalised(names) {
		return false
	}
	if first == 1 {
		p.detail = detailCredit // "Additional reporting by Jane Roe." is a credit alone
		return true
	}
	for _, r := range wireRoles {
		if strings.Contains(rest, r) {
			p.detail = detailCredit
			return true
		}
	}
	return false
}

// speakerNext reports whether the paragraph after p opens with a label
// and a colon, as the answer of an interview does ("Lopez: We drove …"):
// p is then a question of the interview ("Reporter: And now", "记者：…"),
// not a credit. A credit or a notice of the page under it ("来源：…",
// "声明：本文为…原创稿件") is no answer.
func speakerNext(p *para) bool {
	if p.i+1 >= len(p.d.Paragraphs) {
		return false
	}
	t := p.d.Paragraphs[p.i+1].Text
	k := strings.IndexAny(t, ":：")
	return k > 0 && k <= 40 && !strings.ContainsAny(t[:k], ".!?") && wordCount(t[:k]) <= 3 &&
		foldedStarts(t)&(sourceLeadList|readerNoteLeads) == 0
}

// wideLeadRest returns what follows, in p.s, the first of leads that
// ends with a full-width colon and opens the short paragraph p; ok is
// false when none does.
func wideLeadRest(p *para, leads []string) (rest string, ok bool) {
	if p.low[0] < utf8.RuneSelf {
		return "", false
	}
	for _, l := range leads {
		if strings.HasSuffix(l, "：") && strings.HasPrefix(p.low, l) {
			return p.s[len(l):], true
		}
	}
	return "", false
}

// creditRunes is the most letters of a name in a script without
// capitals; creditPartRunes the most of one of its parts between spaces
// and middle dots (a Chinese name has 2 to 4, a source's 7: "人民日报客户端").
const (
	creditRunes     = 24
	creditPartRunes = 8
)

// uncasedName reports whether s is a name in a script without capitals
// (Chinese, Korean, Hindi): at most creditNameWords words and creditRunes
// letters, none of its parts longer than creditPartRunes, with no
// punctuation but a middle dot. "今年全市老旧小区改造进展如何", an
// interviewer's question in a Q&A, is a clause.
func uncasedName(s string) bool {
	if !uncasedStart(s) || wordCount(s) > creditNameWords || utf8.RuneCountInString(s) > creditRunes {
		return false
	}
	part := 0
	for _, r := range s {
		if r == ' ' || r == '·' {
			part = 0
			continue
		}
		if part++; part > creditPartRunes || !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
			return false
		}
	}
	return true
}

// questionWords open an English question in title case after a credit's
// label, lower case: "Reporter: Where Did You Go" is an interviewer's.
// First names ("Will", "Can") and surnames ("Do") are not among them.
var questionWords = newWordSet(setOf("who", "what", "where", "when", "why", "how", "which", "does", "did",
	"is", "are", "was", "were", "could", "would", "should", "have", "has"))

// licenceLeads open the press licence of a site's imprint, lower case
// (Vietnamese, Russian, Ukrainian, Chinese); licenceCodes mark its number.
var (
	licenceLeads = [...]string{"giấy phép", "свидетельство о регистрации", "свідоцтво про реєстрацію",
		"互联网新闻信息服务许可证", "备案号"}
	licenceCodes = [...]string{"/gp-", "gp-btttt", "фс77", "фс 77", "эл №", "эл no", "icp", "许可证：",
		"许可证:", "备案号："}
)

// retrievedWords date the retrieval of a cited page, in lower case.
var retrievedWords = [...]string{"retrieved", "accessed", "abgerufen", "consulté", "consultado",
	"consultato", "geraadpleegd"}
