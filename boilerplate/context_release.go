package boilerplate

import (
	"strings"

	"github.com/cleantext/clean"
)

// RuleReleaseTrailer names the removals of MarkReleaseTrailers.
const RuleReleaseTrailer = "release-trailer"

// Knobs of MarkReleaseTrailers.
const (
	// contactWords is the most words of a line of contact details (a
	// name, a job title, a company, a phone number, an address) and of a
	// label with the details on its line ("Media contact: Jane Roe,
	// +1 555 0100").
	contactWords = 10
	// sourceWords is the most words of a wire's closing credit ("SOURCE
	// Harbor Robotics, Inc.").
	sourceWords = 8
)

// MarkReleaseTrailers removes the trailer of a press release after its
// last paragraph of prose (see isContent), in plain text and in HTML:
//   - a contact label ("Media contact:", "Press contacts", "Pressekontakt",
//     "Contacto de prensa") and the kept lines after it that are contact
//     details: at most contactWords words (names, job titles, phone
//     numbers, e-mail addresses), up to the first kept line that is not;
//   - the wire services' closing credit, a line "SOURCE Name" in capitals
//     of at most sourceWords words, and every kept line after it (none is
//     prose: the page's "Also from this source", topic links).
//
// A label above prose is left alone: the release's text is never cut, and
// an article that quotes a press contact keeps it.
func MarkReleaseTrailers(d *clean.Document) {
	ps := d.Paragraphs
	last := lastContent(ps)
	if last < 0 {
		return
	}
	var contact *clean.Removal
	for i := last + 1; i < len(ps); i++ {
		p := &ps[i]
		if p.Kept() && isSourceCredit(p.Text) {
			source := &clean.Removal{Stage: clean.StageBoilerplate, Rule: RuleReleaseTrailer, Detail: "a wire's closing credit and what follows it"}
			for j := i; j < len(ps); j++ {
				if ps[j].Kept() {
					ps[j].Removal = source
				}
			}
			return
		}
		if !p.Kept() || !isContactLabel(p.Text) {
			continue
		}
		if contact == nil {
			contact = &clean.Removal{Stage: clean.StageBoilerplate, Rule: RuleReleaseTrailer, Detail: "a press contact"}
		}
		p.Removal = contact
		// Lines the rules removed (an e-mail address) do not end the
		// block.
		for i+1 < len(ps) && (!ps[i+1].Kept() || isContactDetail(&ps[i+1])) {
			if i++; ps[i].Kept() {
				ps[i].Removal = contact
			}
		}
	}
}

// isSourceCredit reports a wire's closing credit: "SOURCE" in capitals,
// then a name of at most sourceWords words that starts with a capital
// letter or a digit.
func isSourceCredit(s string) bool {
	rest, ok := strings.CutPrefix(s, "SOURCE ")
	if !ok || wordCount(s) > sourceWords {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest != "" && (rest[0] >= 'A' && rest[0] <= 'Z' || rest[0] >= '0' && rest[0] <= '9' || rest[0] >= 0x80)
}

// isContactLabel reports a press contact's label, alone ("Media
// contacts:") or with the details on its line ("Press contact: Jane Roe,
// jane@example.com"), of at most contactWords words.
func isContactLabel(s string) bool {
	label, details, colon := strings.Cut(s, ":")
	label = strings.TrimSpace(label)
	if len(label) > contactLabelBytes || colon && wordCount(details) > contactWords-wordCount(label) {
		return false
	}
	for _, l := range contactLabels {
		if len(l) == len(label) && strings.EqualFold(l, label) {
			return true
		}
	}
	return false
}

// isContactDetail reports a line of contact details: at most contactWords
// words, numbers counted (a sentence that long after the last paragraph of
// prose is too short to be prose: "Interviews on request.").
func isContactDetail(p *clean.Paragraph) bool {
	if isContactLabel(p.Text) {
		return false
	}
	n := len(strings.Fields(p.Text)) // wordCount counts no phone number
	return n > 0 && n <= contactWords
}

// contactLabels are the labels of a press release's contact block, in
// lower case; contactLabelBytes is the longest.
var contactLabels = [...]string{
	"media contact", "media contacts", "press contact", "press contacts",
	"investor contact", "investor contacts", "media and investor contacts",
	"investor relations contact", "media relations contact", "contact", "contacts",
	"media inquiries", "press inquiries", "media enquiries", "press enquiries",
	"for media inquiries", "for press inquiries", "media", "investors",
	"pressekontakt", "pressekontakte", "medienkontakt", "kontakt",
	"contact presse", "contacts presse", "contact médias", "contacts médias",
	"contacto de prensa", "contactos de prensa", "contacto para medios",
	"contatto stampa", "contatti stampa", "ufficio stampa",
	"contato para imprensa", "contatos para imprensa", "assessoria de imprensa",
	"perscontact", "contact voor de pers", "kontakt dla mediów", "kontakt prasowy",
}

var contactLabelBytes = func() (n int) {
	for _, l := range contactLabels {
		n = max(n, len(l))
	}
	return n
}()
