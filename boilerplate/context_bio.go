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
)

// MarkAuthorBios removes a note about the article's author at its end
// ("Marcus Webb covers city hall and transportation.", "Jane Doe is a
// freelance writer based in Lisbon."): one of the last bioTail kept
// paragraphs, of at most bioWords words, after the first prose paragraph,
// that starts with the name of a byline above the second prose paragraph
// (a standfirst may come before the byline; see bylineNames: "By Marcus
// Webb", "Posted on 3 May 2026 by Helen Marsh", a name alone next to a
// dateline or above a role such as "Contributor", removed by the body
// finder or not) and then says who the author is (see bioName: "is", "covers",
// "writes", "has been", "joined", ... and their German, French and Spanish
// equivalents). The author's name alone right above the bio goes with it,
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
		if !isUpperStart(text) {
			continue
		}
		bio, about := false, aboutStart(text)
		switch {
		case about && aboutLabel(text):
			if t+1 < len(tail) && someonesBio(ps[tail[t+1]].Text) {
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
			name := bioName(text)
			if name == "" || wordCount(text) > bioWords || !bylineNames(d, nextContent(ps, first), name) {
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
// then a verb that says who someone is (bioVerbs, or an auxiliary of
// bioAux and a participle it takes).
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

// nameParticle reports whether w is a particle inside a name ("van", "de",
// see htmlBylineParticles).
func nameParticle(w string) bool {
	return len(w) <= 5 && htmlBylineParticles[w]
}

// bioVerbs say who the author is, after the name ("is", "covers",
// "writes"), in English, German, French and Spanish; bioAux are
// auxiliaries that do with one of their participles ("has been", "a
// rejoint", "ha sido").
var (
	bioVerbs = setOf("is", "was", "covers", "writes", "reports", "joined", "edits", "lives", "works", "teaches",
		"specializes", "specialises", "ist", "war", "schreibt", "berichtet", "arbeitet", "lebt",
		"est", "était", "couvre", "écrit", "travaille", "vit", "es", "era", "cubre", "escribe", "trabaja", "vive")
	bioAux = map[string]map[string]bool{
		"has": setOf("been", "covered", "written", "reported", "worked", "edited"),
		"a":   setOf("rejoint", "été", "travaillé", "couvert", "écrit"),
		"ha":  setOf("sido", "trabajado", "cubierto", "escrito"),
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
//   - is the name alone, next to a byline or a dateline, above a note on
//     the author (see authorNote), or above the author's role (see
//     roleLine: "Contributor", "Senior reporter").
func bylineNames(d *clean.Document, first int, name string) bool {
	ps := d.Paragraphs
	for i := 0; i < first; i++ {
		t := ps[i].Text
		if t == name {
			if i+1 < len(ps) && (byline(ps[i+1].Text) || authorNote(d, i+1) || roleLine(ps[i+1].Text)) ||
				i > 0 && byline(ps[i-1].Text) {
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
// Doe and") or the whole line one (see htmlIsByline).
func namedBy(t, name string) bool {
	if wordCount(t) > bylineLineWords {
		return false
	}
	k := strings.Index(t, name)
	if k < 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t[k+len(name):]); unicode.IsLower(r) || unicode.IsDigit(r) {
		return false
	}
	return byline(strings.TrimRight(t[:k], " ")) || htmlIsByline(t) > 0
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
