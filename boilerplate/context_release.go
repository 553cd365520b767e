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
	s = strings.TrimSuffix(s, "：") // a full-width colon ends a label alone
	label, details, colon := strings.Cut(s, ":")
	label = strings.TrimSpace(label)
	if len(label) > contactLabelBytes || colon && wordCount(details) > contactWords-wordCount(label) {
		return false
	}
	return foldIn(contactLabels[:], label)
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
	// Japanese: an official page's contact for it ("このページに関するお問い合わせ")
	"このページに関するお問い合わせ", "このページについてのお問い合わせ", "お問い合わせ", "お問い合わせ先", "問い合わせ先",
}

var contactLabelBytes = longest(contactLabels[:])

// longest returns the length in bytes of the longest of words.
func longest(words []string) (n int) {
	for _, w := range words {
		n = max(n, len(w))
	}
	return n
}

// Knobs of markReleaseFrame.
const (
	// releaseHead is how many kept lines from the top a release's header
	// marks may stand.
	releaseHead = 12
	// aboutHeadWords is the most words of an "About <issuer>" heading.
	aboutHeadWords = 8
)

// releaseMarks are the marks of a press release's header, alone on their
// line, in lower case.
var releaseMarks = [...]string{"for immediate release", "immediate release", "for release", "news release",
	"press release", "media release", "media advisory", "pressemitteilung", "communiqué de presse",
	"comunicado de prensa", "nota de prensa", "comunicato stampa", "persbericht"}

// endMarks end a press release's text, alone on their line, in lower
// case.
var endMarks = [...]string{"###", "# # #", "-30-", "- 30 -", "-ends-", "- ends -", "ends", "-end-", "- end -"}

// releaseMark reports whether s is one of releaseMarks, in any case,
// spaces aside.
func releaseMark(s string) bool {
	return len(s) <= releaseMarkBytes+2 && foldIn(releaseMarks[:], strings.TrimSpace(s))
}

// endMark reports whether s is one of endMarks, in any case, spaces
// aside.
func endMark(s string) bool {
	return len(s) <= endMarkBytes+2 && foldIn(endMarks[:], strings.TrimSpace(s))
}

// releaseMarkBytes and endMarkBytes are the longest of releaseMarks and
// endMarks, in bytes: a longer line is a paragraph, left at once.
var releaseMarkBytes, endMarkBytes = longest(releaseMarks[:]), longest(endMarks[:])

// contactLineBytes is the longest line, in bytes, that the top of a press
// release's contact block may be: contactWords words.
const contactLineBytes = 120

// MarkReleaseFrames removes the frame of a press release's text, before
// the body finder looks for the text:
//   - the marks of its header (releaseMarks) among the first releaseHead
//     kept lines, and a contact label there under such a mark, with the
//     lines of contact details under it (see contactShape: "Media Contact:", "Jane Roe,
//     Communications Manager", "Office: 720-555-0163",
//     "jroe@example.gov");
//   - the issuer's boilerplate: a heading "About <issuer>" of at most
//     aboutHeadWords words in the second half of the document, over a
//     paragraph that opens with the issuer's name ("The" before it or
//     not) and says what it is (" is a ", " is an ", " is the "), and the
//     paragraphs under it that open with the name too;
//   - after the last end mark (endMarks), every kept line, when they hold
//     fewer words than a third of those above the mark (the release's
//     text is above it).
func MarkReleaseFrames(d *clean.Document) {
	ps := d.Paragraphs
	var why *clean.Removal
	remove := func(i int, detail string) {
		if why == nil || why.Detail != detail {
			why = &clean.Removal{Stage: clean.StageBoilerplate, Rule: RuleReleaseTrailer, Detail: detail}
		}
		ps[i].Removal = why
	}
	marked := false // a mark of the header was found
	for i, n := 0, 0; i < len(ps) && n < releaseHead; i++ {
		if !ps[i].Kept() {
			continue
		}
		n++
		if releaseMark(ps[i].Text) {
			remove(i, "a press release's header")
			marked = true
			continue
		}
		if !marked || len(ps[i].Text) > contactLineBytes || !isContactLabel(ps[i].Text) {
			continue
		}
		j, details := i+1, 0
		for ; j < len(ps) && (!ps[j].Kept() || isContactDetail(&ps[j]) && contactShape(ps[j].Text)); j++ {
			if ps[j].Kept() {
				details++
			}
		}
		if details == 0 || j == len(ps) {
			continue // no details, or nothing under them
		}
		for k := i; k < j; k++ {
			if ps[k].Kept() {
				remove(k, "a press contact")
			}
		}
	}
	// One pass over the lines by their first byte: the issuer's heading
	// opens with 'A', an end mark with '#', '-' or 'e'.
	end := -1
	for i := range ps {
		t := ps[i].Text
		if t == "" {
			continue
		}
		switch t[0] {
		case 'A':
			if i < len(ps)/2 || i+1 == len(ps) || !ps[i].Kept() {
				continue
			}
			name, ok := aboutHeading(t)
			if !ok || !ps[i+1].Kept() || !issuerLine(ps[i+1].Text, name, true) {
				continue
			}
			remove(i, "the issuer's boilerplate")
			for j := i + 1; j < len(ps) && (!ps[j].Kept() || issuerLine(ps[j].Text, name, j == i+1)); j++ {
				if ps[j].Kept() {
					remove(j, "the issuer's boilerplate")
				}
			}
		case '#', '-', 'e', 'E':
			if endMark(t) {
				end = i
			}
		}
	}
	if end < 0 {
		return
	}
	above, below := 0, 0
	for j := range ps {
		if ps[j].Kept() {
			if j < end {
				above += wordCount(ps[j].Text)
			} else if j > end {
				below += wordCount(ps[j].Text)
			}
		}
	}
	if below == 0 || 3*below >= above {
		return
	}
	for j := end; j < len(ps); j++ {
		if ps[j].Kept() {
			remove(j, "after the release's end mark")
		}
	}
}

// contactShape reports a line of contact details by its shape: an e-mail
// address, a telephone number (six digits or more), or a name and a job
// title in capitals after a comma ("Jane Roe, Communications Manager"). A
// headline such as "Mayor, council agree" has none of them.
func contactShape(s string) bool {
	if strings.IndexByte(s, '@') >= 0 {
		return true
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			digits++
		}
	}
	if digits >= 6 {
		return true
	}
	_, job, ok := strings.Cut(s, ", ")
	return ok && digits == 0 && isCapitalised(job)
}

// aboutHeading returns the issuer's name of a heading "About <name>" of at
// most aboutHeadWords words ("About the City of Marrowick", "About Harbor
// Robotics, Inc.:"), without a full stop or a colon after it.
func aboutHeading(s string) (string, bool) {
	name, ok := strings.CutPrefix(strings.TrimSpace(s), "About ")
	if !ok || name == "" || wordCount(s) > aboutHeadWords {
		return "", false
	}
	return strings.TrimRight(name, ".:"), true
}

// issuerLine reports a paragraph of the issuer's boilerplate: it opens
// with name ("The" before it or not, in any case), and, when first is
// set, says what the issuer is (" is a ", " is an ", " is the ").
func issuerLine(s, name string, first bool) bool {
	s = strings.TrimSpace(s)
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	for _, lead := range [...]string{"", "The ", "the "} {
		if len(s) > len(lead)+len(name) && strings.HasPrefix(s, lead) && strings.EqualFold(s[len(lead):len(lead)+len(name)], name) {
			return !first || strings.Contains(s, " is a ") || strings.Contains(s, " is an ") || strings.Contains(s, " is the ")
		}
	}
	return false
}
