package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/shingles"
)

// Knobs of MarkAuthorBios.
const (
	// bioTail is how many kept paragraphs at the end of a document an
	// author's bio may be among (a note on affiliate links or a "Follow
	// her" line may come after it).
	bioTail = 3
	// bioWords is the most words of a bio.
	bioWords = 80
	// bioNameWords is the most words of an author's name.
	bioNameWords = 4
	// bylineLineWords is the most words of a byline that holds the name.
	bylineLineWords = 20
	// bioAsideBytes is the longest aside between a name and its verb, in
	// bytes, its brackets included ("(Reus, 1985)").
	bioAsideBytes = 40
	// bioHeadWords is the most words of a first prose paragraph that may
	// be a headline closing with a retort, the byline then being above the
	// third.
	bioHeadWords = 25
)

// MarkAuthorBios removes a note about the article's author at its end
// ("Marcus Webb covers city hall and transportation.", "Jane Doe is a
// freelance writer based in Lisbon."): one of the last bioTail kept
// paragraphs, of at most bioWords words, after the first prose paragraph,
// that starts with the name of a byline above the second prose paragraph,
// or above the third when the first is a headline that closes with a
// retort (a standfirst may come before the byline; see bylineNames: "By Marcus
// Webb", "Posted on 3 May 2026 by Helen Marsh", a name alone next to a
// dateline, or over it with the outlet's name between (see bylineBelow),
// or above a role such as "Contributor", removed by the body finder or
// not) and then says who the author is (see bioName: "is", "covers",
// "writes", "has been", "joined", ... and their equivalents in other
// languages, maybe after an aside: "Jordi Puigventós (Reus, 1985) és");
// in a script without case, that starts with the name an author's label
// gives in such a byline and names a journalist's job in its first
// sentence (see labelledBio). The author's name alone right above the bio goes with it,
// and so do the kept paragraphs right after it that go on about the author
// ("He previously reported ...", see bioPronouns). A paragraph that
// starts with "About the author:", or that follows the label "About the
// author" and starts with a name and such a verb, goes too, with the
// label, whatever the byline. A paragraph about someone else, or one that
// starts with the author's name and says something else ("Marcus Webb
// contributed reporting."), stays.
func MarkAuthorBios(d *clean.Document) {
	ps := d.Paragraphs
	first := firstContent(ps)
	if first < 0 {
		return
	}
	// The byline is above the second prose paragraph, or above the third
	// when the first is a headline that closes with a retort, over a
	// standfirst ("… like bad weather. It isn't."; see shortRetort).
	headEnd := nextContent(ps, first)
	if t := ps[first].Text; headEnd < len(ps) && wordCount(t) <= bioHeadWords && strings.HasSuffix(t, ".") && shortRetort(t) {
		headEnd = nextContent(ps, headEnd)
	}
	// The last bioTail kept paragraphs after the first prose, in order.
	var buf [bioTail]int
	tail := buf[:0]
	for i := len(ps) - 1; i > first && len(tail) < bioTail; i-- {
		if ps[i].Kept() {
			tail = append(tail, i)
		}
	}
	for a, b := 0, len(tail)-1; a < b; a, b = a+1, b-1 {
		tail[a], tail[b] = tail[b], tail[a]
	}
	for t := 0; t < len(tail); t++ {
		i := tail[t]
		text := ps[i].Text
		caseless := caselessStart(text)
		if !isUpperStart(text) && !caseless {
			continue
		}
		bio, about := false, aboutStart(text)
		switch {
		case about && aboutLabel(text):
			if t+1 < len(tail) && (someonesBio(ps[tail[t+1]].Text) || firstNameBio(ps[tail[t+1]].Text)) {
				Remove(d, i, Reason{Rule: RuleAuthorBio, Detail: "the label of the author's bio"})
				t++
				i = tail[t]
				Remove(d, i, Reason{Rule: RuleAuthorBio, Detail: "the author's bio, under its label"})
				bio = true
			}
		case about && aboutLead(text) && wordCount(text) <= bioWords:
			Remove(d, i, Reason{Rule: RuleAuthorBio, Detail: "the author's bio, after its label"})
			bio = true
		default:
			name := ""
			if wordCount(text) > bioWords {
				continue
			}
			if caseless {
				if name = labelledBio(d, headEnd, text); name == "" {
					continue
				}
			} else if name = bioName(text); name == "" || !bylineNames(d, headEnd, name) {
				continue
			}
			if k := prevKept(ps, i); ps[k].Text == name { // k >= first, a sentence, never a name
				Remove(d, k, Reason{Rule: RuleAuthorBio, Detail: "the author's name above the bio"})
			}
			Remove(d, i, Reason{Rule: RuleAuthorBio, Detail: "about " + name + ", named in the byline"})
			bio = true
		}
		// The paragraphs that go on about the author.
		for bio && t+1 < len(tail) && bioPronoun(ps[tail[t+1]].Text) &&
			wordCount(ps[tail[t+1]].Text) <= bioWords {
			t++
			i = tail[t]
			Remove(d, i, Reason{Rule: RuleAuthorBio, Detail: "goes on about the author"})
		}
	}
}

// caselessStart reports whether text starts with a letter of a script
// without case (Arabic, Hebrew, Devanagari, Bengali, Thai).
func caselessStart(text string) bool {
	if text == "" || text[0] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// labelledBio returns the name a bio in a script without case starts
// with, or "": text starts with the name of a byline above paragraph first
// that gives it after an author's label (see labelName: "تحریر: عمران سلیم
// چوہدری، اسلام آباد"), then a space, and its first sentence names a
// journalist's job (see caselessJob: "... معاشی امور کے نامہ نگار ہیں۔", is
// the correspondent for economic affairs). Such a script has no capitals
// to find a name by, and puts its verb at the end of the sentence in
// Urdu, Hindi, Bengali and Persian.
func labelledBio(d *clean.Document, first int, text string) string {
	try := func(t string) string {
		name := labelName(t)
		if name == "" || !strings.HasPrefix(text, name) || len(text) == len(name) || text[len(name)] != ' ' {
			return ""
		}
		if !caselessJob(firstSentence(text[len(name):])) {
			return ""
		}
		return name
	}
	ps := d.Paragraphs
	for i := 0; i < first && i < len(ps); i++ {
		if name := try(ps[i].Text); name != "" {
			return name
		}
	}
	for _, p := range d.Pruned {
		if name := try(p.Paragraph.Text); p.At <= first && name != "" {
			return name
		}
	}
	return ""
}

// labelName returns the name a byline of at most bylineLineWords words
// gives after an author's label (see authorLabels) at its start, with or
// without a colon ("تحریر: عمران سلیم چوہدری، اسلام آباد", "بقلم محمد
// علي"): the words up to a separator (see bioSeparators) or the end, two
// to bioNameWords of them, in a script without case; or "".
func labelName(t string) string {
	sp := strings.IndexByte(t, ' ')
	if sp <= 0 || !caselessStart(t) || wordCount(t) > bylineLineWords ||
		!foldIn(authorLabels, strings.TrimSuffix(t[:sp], ":")) {
		return ""
	}
	name := strings.TrimLeft(t[sp+1:], ": ") // "label: name", "label : name"
	for _, s := range bioSeparators {
		if k := strings.Index(name, s); k >= 0 {
			name = name[:k]
		}
	}
	name = strings.TrimRight(name, " ")
	if n := wordCount(name); n < 2 || n > bioNameWords || !caselessStart(name) {
		return ""
	}
	return name
}

// firstSentence returns text up to the end of its first sentence (see
// stopRune), or the whole text.
func firstSentence(text string) string {
	for i, r := range text {
		if stopRune(r) {
			return text[:i]
		}
	}
	return text
}

// caselessJobs name a journalist's job in the scripts without case:
// Urdu, Arabic, Persian, Hebrew, Hindi, Bengali and Thai.
var caselessJobs = []string{
	"نامہ نگار", "صحافی", "رپورٹر", "نمائندہ", "کالم نگار", "ایڈیٹر", "مدیر",
	"صحفي", "صحفية", "مراسل", "محرر", "محررة", "كاتب", "كاتبة",
	"خبرنگار", "روزنامه\u200cنگار", "روزنامه نگار", "سردبیر",
	"כתב", "עורך", "עורכת", "עיתונאי",
	"पत्रकार", "संवाददाता", "संपादक", "रिपोर्टर", "स्तंभकार",
	"সাংবাদিক", "প্রতিবেদক", "সম্পাদক", "প্রতিনিধি", "কলামিস্ট",
	"ผู้สื่อข่าว", "นักข่าว", "บรรณาธิการ", "คอลัมนิสต์",
}

// caselessJob reports whether text holds one of caselessJobs.
func caselessJob(text string) bool {
	for _, j := range caselessJobs {
		if strings.Contains(text, j) {
			return true
		}
	}
	return false
}

// prevKept returns the last kept paragraph before i, or -1.
func prevKept(ps []clean.Paragraph, i int) int {
	for k := i - 1; k >= 0; k-- {
		if ps[k].Kept() {
			return k
		}
	}
	return -1
}

// nextKept returns the first kept paragraph after i, or -1.
func nextKept(ps []clean.Paragraph, i int) int {
	for k := i + 1; k < len(ps); k++ {
		if ps[k].Kept() {
			return k
		}
	}
	return -1
}

// bioName returns the name a bio starts with, or "": two to bioNameWords
// capitalised words (see htmlBylineWord; particles such as "van" and "de"
// inside), no heading word among them ("The", "This", see htmlBylineStop),
// maybe an aside in brackets of at most bioAsideBytes bytes (a place and a
// year of birth: "Jordi Puigventós (Reus, 1985) és ..."), then a verb that
// says who someone is (bioVerbs, or an auxiliary of bioAux and a
// participle it takes).
func bioName(text string) string {
	// Most paragraphs fail at once: the second word is not capitalised
	// nor a particle.
	if sp := strings.IndexByte(text, ' '); sp < 0 || !isUpperStart(text[sp+1:]) && !nameParticle(firstWord(text[sp+1:])) {
		return ""
	}
	words, end := 0, 0
	rest := text
	var buf [16]byte // a longer word is no stop word
	for words <= bioNameWords {
		sp := strings.IndexByte(rest, ' ')
		if sp < 0 {
			return ""
		}
		w := rest[:sp]
		switch {
		case htmlBylineWord(w) && !htmlBylineStop[string(foldPrefix(buf[:0], w, len(buf)))]:
			words++
		case words > 0 && nameParticle(w):
		case words >= 2 && w[0] == '(':
			// "(Reus, 1985)": a place, a year of birth; the name
			// ends before it.
			k := strings.IndexByte(rest, ')')
			if k < 0 || k > bioAsideBytes {
				return ""
			}
			sp = k + 1
			if sp < len(rest) && rest[sp] != ' ' {
				return ""
			}
			if sp == len(rest) {
				return ""
			}
			rest = rest[sp+1:]
			continue
		default:
			if words < 2 { // so end > 0
				return ""
			}
			if bioVerbs[w] {
				return text[:end]
			}
			if parts := bioAux[w]; parts != nil && parts[firstWord(rest[sp+1:])] {
				return text[:end]
			}
			return ""
		}
		end = len(text) - len(rest) + sp
		rest = rest[sp+1:]
	}
	return ""
}

// someonesBio reports a bio of someone, whoever the byline names: a
// paragraph of at most bioWords words that starts with a name and a verb
// that says who the person is (see bioName).
func someonesBio(text string) bool {
	return bioName(text) != "" && wordCount(text) <= bioWords
}

// firstNameBio reports whether text, of at most bioWords words, says who
// someone named by one capitalised word is ("Nadia has covered
// smartphones for more than a decade."): under the label "About the
// author" that is the author's bio too.
func firstNameBio(text string) bool {
	name, rest, ok := strings.Cut(text, " ")
	if !ok || !isUpperStart(name) || wordCount(text) > bioWords {
		return false
	}
	verb, rest, _ := strings.Cut(rest, " ")
	if bioVerbs[verb] {
		return true
	}
	part, _, _ := strings.Cut(rest, " ")
	return bioAux[verb][part]
}

// nameParticle reports whether w is a particle inside a name ("van", "de",
// see htmlBylineParticles).
func nameParticle(w string) bool {
	return len(w) <= 5 && htmlBylineParticles[w]
}

// bioVerbs say who the author is, after the name ("is", "covers",
// "writes"), in English, German, Dutch, French, Spanish, Catalan, Italian
// and Portuguese; bioAux are auxiliaries that do with one of their
// participles ("has been", "a rejoint", "ha sido", "ha col·laborat").
var (
	bioVerbs = setOf("is", "was", "covers", "writes", "reports", "joined", "edits", "lives", "works", "teaches",
		"specializes", "specialises", "ist", "war", "schreibt", "berichtet", "arbeitet", "lebt",
		"schrijft", "werkt", "woont", "est", "était", "couvre", "écrit", "travaille", "vit",
		"es", "era", "cubre", "escribe", "trabaja", "vive", "és", "escriu", "treballa", "viu", "cobreix",
		"è", "scrive", "lavora", "é", "escreve", "trabalha", "cobre")
	bioAux = map[string]map[string]bool{
		"has": setOf("been", "covered", "written", "reported", "worked", "edited"),
		"a":   setOf("rejoint", "été", "travaillé", "couvert", "écrit"),
		"ha":  setOf("sido", "trabajado", "cubierto", "escrito", "estat", "treballat", "col·laborat", "escrit", "lavorato", "scritto"),
	}
)

// bioPronouns open a sentence that goes on about the author after a bio.
var bioPronouns = []string{"He", "She", "They", "Er", "Sie", "Il", "Elle", "Ella", "Él"}

// bioPronoun reports whether text opens with one of bioPronouns and a
// space.
func bioPronoun(text string) bool {
	for _, p := range bioPronouns {
		if len(text) > len(p) && text[len(p)] == ' ' && strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// nextContent returns the first paragraph of ps after i that is kept
// article prose (see isContent), or len(ps).
func nextContent(ps []clean.Paragraph, i int) int {
	for i++; i < len(ps); i++ {
		if isContent(&ps[i]) {
			return i
		}
	}
	return len(ps)
}

// bylineNames reports whether a byline above paragraph first names name:
// a line of paragraphs 0 to first (excluded), kept or removed, or for an
// HTML page a block left out of the article before it, that
//   - holds name after a byline word, passing over other names and
//     connectors ("By Jane Doe and Marcus Webb"), with nothing before the
//     byline word but one of bylineVerbs or a dateline (see byline:
//     "Posted on 3 May 2026 by Helen Marsh"), and not a lower-case letter
//     right after the name ("By Marcus WebbStaff Writer" names him); or
//   - holds name after an author's label and a colon ("Text: Jordi
//     Puigventós · Fotografia: Núria Caselles", see authorLabels); or
//   - starts with name, then a separator and the author's role ("Priya
//     Lachance-Odum · Science reporter", see roleLine and jobTitle); or
//   - is the name alone, next to a byline or a dateline, above a note on
//     the author (see authorNote), or above the author's role (see
//     roleLine: "Contributor", "Senior reporter"; jobTitle: "Senior
//     Mobile Editor").
func bylineNames(d *clean.Document, first int, name string) bool {
	ps := d.Paragraphs
	for i := 0; i < first; i++ {
		t := ps[i].Text
		if t == name {
			if i+1 < len(ps) && (byline(ps[i+1].Text) || authorNote(d, i+1) || roleLine(ps[i+1].Text) || jobTitle(ps[i+1].Text)) ||
				i > 0 && byline(ps[i-1].Text) || bylineBelow(ps, i) {
				return true
			}
			continue
		}
		if namedBy(t, name) {
			return true
		}
	}
	for _, p := range d.Pruned {
		if p.At <= first && namedBy(p.Paragraph.Text, name) {
			return true
		}
	}
	return false
}

// bylineBelow reports whether a dateline (see byline) stands at most
// bylineGap lines under the name alone at i, the lines between short
// (bylineGapWords words at most: the outlet's name, "Follow on X @jdoe").
func bylineBelow(ps []clean.Paragraph, i int) bool {
	for j := i + 2; j < len(ps) && j <= i+bylineGap; j++ {
		if wordCount(ps[j-1].Text) > bylineGapWords {
			return false
		}
		if byline(ps[j].Text) {
			return true
		}
	}
	return false
}

// bylineGap is the most lines from an author's name alone down to the
// dateline under it, and bylineGapWords the most words of a line between.
const bylineGap, bylineGapWords = 3, 6

// roleLineWords is the most words of an author's role under the name.
const roleLineWords = 4

// roleLine reports an author's role on a line of its own under the name
// ("Contributor", "Senior reporter", "Staff writer"): at most
// roleLineWords words, the first a role (see htmlBylineRoles) that is not
// a preposition or an article, and each of them one of htmlBylineRoles.
func roleLine(t string) bool {
	n := 0
	var buf [16]byte // a longer word is no role
	for w := range strings.FieldsSeq(t) {
		if n++; n > roleLineWords || len(w) > len(buf) {
			return false
		}
		lw := foldPrefix(buf[:0], w, len(buf))
		// The map lookups by converted bytes do not allocate.
		if !htmlBylineRoles[string(lw)] || n == 1 && roleFunctionWords[string(lw)] {
			return false
		}
	}
	return n > 0
}

// roleFunctionWords are the words of htmlBylineRoles that cannot open a
// role: prepositions, articles, connectors and times.
var roleFunctionWords = setOf("to", "the", "for", "of", "in", "at", "and", "on", "with", "via", "from",
	"am", "pm", "a.m.", "p.m.", "and/or", "mit", "aus", "und", "um", "uhr", "uit", "met", "en", "à",
	"avec", "et", "de", "du", "des", "la", "le", "les", "del", "con", "y", "do", "da", "em", "com", "e", "às",
	"updated", "published", "posted", "aktualisiert", "veröffentlicht", "bijgewerkt", "publié", "mis",
	"jour", "actualizado", "publicado", "atualizado", "di", "aggiornato", "pubblicato", "alle", "ore",
	"z", "w", "i")

// namedBy reports whether line t names name as its author: not a
// lower-case letter or a digit right after the name, and what comes before
// the name a byline (see byline: "By", "Posted on 3 May 2026 by", "By Jane
// Doe and"; byBefore: "Words by"), or an author's label and a colon (see
// labelBefore: "Text:"), or the whole line one (see htmlIsByline), or
// nothing before the name and a separator and a role after it (see
// roleAfter: "Jane Doe · Science reporter").
func namedBy(t, name string) bool {
	if wordCount(t) > bylineLineWords {
		return false
	}
	k := strings.Index(t, name)
	if k < 0 {
		return false
	}
	after := t[k+len(name):]
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsLower(r) || unicode.IsDigit(r) {
		return false
	}
	before := strings.TrimRight(t[:k], " ")
	if before == "" {
		return roleAfter(after)
	}
	return byline(before) || labelBefore(before) || byBefore(before, name) || htmlIsByline(t) > 0
}

// byBefore reports whether before, what comes before name in a line, ends
// with a byline word (see bylineWords) and makes a byline with the name
// ("Photographs by", "Words by", "Chess column by"; see byline): such a
// prefix is no byline without the name after it.
func byBefore(before, name string) bool {
	w := before
	if sp := strings.LastIndexByte(before, ' '); sp >= 0 {
		w = before[sp+1:]
	}
	return len(w) < len(before) && foldIn(bylineWords, w) && byline(before+" "+name)
}

// labelBefore reports whether text ends with an author's label and a colon
// ("Text:", "Fotografia: Núria Caselles · Text:", "تحریر:"; see
// authorLabels): the label of the name that follows.
func labelBefore(text string) bool {
	label, ok := strings.CutSuffix(text, ":")
	if !ok {
		return false
	}
	if sp := strings.LastIndexByte(label, ' '); sp >= 0 {
		label = label[sp+1:]
	}
	return foldIn(authorLabels, label)
}

// bioSeparators may stand between an author's name and role in a byline.
var bioSeparators = []string{"·", "|", ",", "-", "–", "—", "،"}

// roleAfter reports whether text, what follows a name in a byline, is a
// separator (see bioSeparators) and the author's role ("· Science
// reporter", ", Senior Mobile Editor"; see roleLine and jobTitle).
func roleAfter(text string) bool {
	text = strings.TrimLeft(text, " ")
	for _, s := range bioSeparators {
		if rest, ok := strings.CutPrefix(text, s); ok {
			rest = strings.TrimLeft(rest, " ")
			return roleLine(rest) || jobTitle(rest)
		}
	}
	return false
}

// jobTitle reports a journalist's job on a line of its own or after the
// name ("Senior Mobile Editor", "Chief film critic", "periodista"): words
// of a job (see jobWords), no figure, no sentence end, the first
// capitalised unless it is the only one.
func jobTitle(text string) bool {
	n := wordCount(text)
	if n == 0 || n > jobLineWords || n > 1 && !isUpperStart(text) || strings.ContainsAny(text, "0123456789") {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(text); stopRune(r) {
		return false
	}
	return jobWords(text)
}

// aboutWords are the first words of aboutLabels, in lower case.
var aboutWords = []string{"about", "über", "zum", "zur", "à", "sobre", "acerca"}

// aboutStart reports whether text starts with one of aboutWords.
func aboutStart(text string) bool {
	switch text[0] | 0x20 {
	case 'a', 'z', 's', 0xC3 | 0x20: // 'Ü' and 'À' start with 0xC3
		return foldIn(aboutWords, firstWord(text))
	}
	return false
}

// aboutLabels label an author's bio, normalised (see aboutLabel).
var aboutLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{
		"About the author", "About the authors", "About the writer", "About the reporter",
		"Über den Autor", "Über die Autorin", "Über die Autoren", "Zum Autor", "Zur Autorin",
		"À propos de l'auteur", "À propos de l'autrice", "À propos des auteurs",
		"Sobre el autor", "Sobre la autora", "Sobre los autores", "Acerca del autor", "Acerca de la autora",
	} {
		m[shingles.Normalize(s)] = true
	}
	return m
}()

// aboutLabel reports whether text is a label of an author's bio ("About
// the author").
func aboutLabel(text string) bool {
	return wordCount(text) <= 5 && aboutLabels[shingles.Normalize(text)]
}

// aboutLead reports whether text opens with a label of an author's bio
// and a colon, a dash or a full stop, then more ("About the author: Jane
// Doe is ...").
func aboutLead(text string) bool {
	k := strings.IndexAny(text, ":.–—")
	if k <= 0 || k > 40 || k+2 >= len(text) {
		return false
	}
	return aboutLabel(text[:k])
}
