package boilerplate

import (
	"strings"
	"unicode"

	"github.com/cleantext/clean"
)

// RuleForm names the removal of a form's lines.
const RuleForm = "form"

// Knobs of MarkForms.
const (
	// formReach is the most lines from a form's head to its button.
	formReach = 12
	// formFieldWords is the most words of a field's label ("Score range:
	// All | 90-100 | 80-89 | Below 80").
	formFieldWords = 10
	// formPromptWords is the most words of the prompt under a form's
	// head ("Know a small business with a story to tell? Nominate it.").
	formPromptWords = 25
	// formAfter is the most lines right under the button that may be a
	// second button or the count of results.
	formAfter = 2
)

// MarkForms removes a form a scraper saved as text inside or around the
// article: a calculator, a search, a look-up, a nomination form. It is a
// head, the labels of its fields and its button, each on its own line:
//   - the button is a short command (see formButton: "Calculate",
//     "Search", "Check now", "Submit nomination", "Go");
//   - above it, up to formReach lines, the fields: lines of at most
//     formFieldWords words that end no sentence ("Home price", "$",
//     "Select game: Powerstar ▾"), or ask a question ("Why should we
//     feature this business?");
//   - above them the head: a line in capitals ("CHECK YOUR TICKET"), or
//     one that names a tool ("Mortgage calculator", "Find a dealer near
//     you", see formHead), maybe over a prompt of at most
//     formPromptWords words.
//
// A head in capitals needs two fields at least, a head that names a tool
// one. Lines the rules removed are passed over; lines the body finder cut
// after the article count as the form's, so that a head and a prompt it
// left at the article's end go. Right under the button, at
// most formAfter lines, a second button ("Reset filters") and the count of
// results ("Showing 41 results") or an upload form's file picker (see
// dropZone) go with the form. A list of the article that ends in a short
// line stays: it has no head of a form above it.
func MarkForms(d *clean.Document) {
	ps := d.Paragraphs
	present := func(j int) bool { return formPresent(&ps[j]) }
	kept := -formReach - 1 // the last kept line
	for b := range ps {
		if ps[b].Kept() {
			kept = b
		}
		if len(ps[b].Text) > 40 || b-kept > formReach || !formPresent(&ps[b]) || !formButton(ps[b].Text) {
			continue // the length first: most lines, without a call; a form's head is kept
		}
		head, fields := -1, 0
		for j := b - 1; j >= 0 && j >= b-formReach; j-- {
			if !present(j) {
				continue
			}
			t := ps[j].Text
			if k, ok := formHead(t); ok && fields >= k {
				head = j
				break
			}
			if wordCount(t) <= formFieldWords && (!endsSentence(t) || strings.HasSuffix(t, "?")) {
				fields++
				continue
			}
			// A prompt right under the head.
			h := j - 1
			for h >= 0 && !present(h) {
				h--
			}
			if h >= 0 && wordCount(t) <= formPromptWords {
				if k, ok := formHead(ps[h].Text); ok && fields >= k {
					head = h
				}
			}
			break
		}
		if head < 0 {
			continue
		}
		end := b
		for j := b + 1; j < len(ps) && j <= b+formAfter; j++ {
			if !ps[j].Kept() {
				continue
			}
			if !formButton(ps[j].Text) && !resultCount(ps[j].Text) && !dropZone(ps[j].Text) {
				break
			}
			end = j
		}
		for j := head; j <= end; j++ {
			if ps[j].Kept() {
				Remove(d, j, Reason{Rule: RuleForm, Detail: "a form's head, field or button"})
			}
		}
	}
}

// formPresent reports whether p is kept, or cut by the body finder after
// the article: the lines of a form there are read as if kept, since the
// head and the prompt above them stay in the run.
func formPresent(p *clean.Paragraph) bool {
	r := p.Removal
	return r == nil || r.Rule == ruleOutsideBody && r.Detail == detailAfterArticle
}

// formButtons are the commands that open a form's button, in lower case.
var formButtons = setOf("calculate", "search", "submit", "check", "go", "find", "look", "send", "apply", "upload",
	"reset", "estimate", "compute", "nominate", "berechnen", "suchen", "absenden", "rechercher", "calculer",
	"envoyer", "buscar", "calcular", "enviar", "cerca", "calcola", "invia")

// formButton reports a form's button: at most three words, no sentence
// end, the first one of formButtons ("Check now", "Look up", "Submit
// nomination", "Go").
func formButton(s string) bool {
	if len(s) > 40 {
		return false // the length first: every kept line is asked
	}
	w := firstWord(s)
	var buf [12]byte
	if len(w) > len(buf) {
		return false
	}
	for k := range len(w) {
		buf[k] = lowerByte(w[k])
	}
	// No allocation: the commands are ASCII.
	return formButtons[string(buf[:len(w)])] && wordCount(s) <= 3 && !endsPunct(s)
}

// formHead reports whether s may head a form, and how many fields it
// needs under it: a line of at most six words (and 64 bytes) in capitals
// needs two, a line that names a tool ("calculator", "look up", "find a",
// see formNouns; lower-cased in ASCII, as they are written) one, the head
// of an upload form (see uploadHeads) none.
func formHead(s string) (fields int, ok bool) {
	var buf [64]byte
	if len(s) > len(buf) || wordCount(s) > 6 || endsPunct(s) {
		return 0, false
	}
	low := lowerInto(buf[:], s) // buf outlives no use of low
	for _, n := range formNouns {
		if strings.Contains(low, n) {
			return 1, true
		}
	}
	for _, n := range uploadHeads {
		if strings.HasPrefix(low, n) {
			return 0, true
		}
	}
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return 0, false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return 2, letters
}

// uploadHeads open the head of a form that takes the readers' files, in
// lower case ("Send us your photos"): its only field is the file picker,
// under its button (see dropZone).
var uploadHeads = []string{"send us your ", "share your photos", "share your pictures", "share your videos"}

// dropZone reports the file picker of an upload form: a line of at most
// formFieldWords words that tells to drag files ("Drag files here or click
// to browse. Max 25MB.").
func dropZone(s string) bool {
	if len(s) > 96 || wordCount(s) > formFieldWords {
		return false
	}
	var buf [96]byte
	low := lowerInto(buf[:], s) // buf outlives no use of low
	return strings.HasPrefix(low, "drag ") && (strings.Contains(low, " here") || strings.Contains(low, " drop"))
}

// formNouns name a tool a form is, or what it asks ("Ask Fenella a
// question"), in lower case.
var formNouns = []string{"calculator", "estimator", "look up", "lookup", "look-up", "locator", "finder",
	"checker", "find a ", "check your", "search for", "a question", "rechner", "calculateur", "calculadora", "calcolatore"}

// resultCount reports the count of a search's results: "Showing 41
// results", "41 results found".
func resultCount(s string) bool {
	low := strings.ToLower(s)
	return wordCount(s) <= 12 && strings.Contains(low, "result") && strings.ContainsAny(s, "0123456789")
}
