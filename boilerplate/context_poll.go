package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/cleantext/clean"
)

// Names of the rules of the poll and comment passes.
const (
	RulePoll    = "poll"
	RuleComment = "comment" // as the body finder names a comment record
)

// Knobs of MarkPolls.
const (
	// pollReach is the most lines between a poll's label and its vote
	// button: the question and its options.
	pollReach = 10
	// pollQuestionWords is the most words of a poll's question.
	pollQuestionWords = 30
	// pollOptionWords is the most words of one of a poll's options, or of
	// the count of its votes.
	pollOptionWords = 15
	// pollAfter is the most lines after the vote button that may be the
	// count of votes or a link to the results.
	pollAfter = 2
)

// MarkPolls removes a poll inside the article: a label of its own line
// ("Poll", "Umfrage", "Sondage", "Encuesta", see pollLabels; or the label,
// a colon and the question: "Poll: Should the lanes stay?"), the
// question, which ends with a question mark, at least one option (lines of
// at most pollOptionWords words that do not end like a sentence, or the
// count of votes), the vote button ("Vote", "Abstimmen", "Votar", see
// pollButtons) at most pollReach lines below the label, and right after
// it at most pollAfter lines that count the votes ("2,418 votes so far.",
// see voteCount) or link to the results ("View results"). Lines between
// the label and the button that were removed before are passed over; the
// label may have been removed already (as a link label) and still opens
// the poll. A "Poll" subheading above prose, a question
// without a vote button below it, and a button without a label above it
// stay.
func MarkPolls(d *clean.Document) {
	ps := d.Paragraphs
	for i := 0; i < len(ps); i++ {
		t := ps[i].Text
		if !pollLabelLine(t) {
			continue
		}
		question := strings.HasSuffix(t, "?") // the label and the question in one line
		lines, button := 0, -1
	scan:
		for j := i + 1; j < len(ps) && j <= i+pollReach; j++ {
			if !ps[j].Kept() {
				continue
			}
			u := ps[j].Text
			switch {
			case pollButton(u):
				button = j
				break scan
			case !question:
				if !strings.HasSuffix(u, "?") || wordCount(u) > pollQuestionWords {
					break scan
				}
				question = true
			case pollOption(u):
				lines++
			default:
				break scan
			}
		}
		if button < 0 || !question || lines == 0 {
			continue
		}
		end := button
		for j, n := button+1, 0; j < len(ps) && n < pollAfter; j++ {
			if !ps[j].Kept() {
				continue
			}
			n++
			if !voteCount(ps[j].Text) && !pollResults(ps[j].Text) {
				break
			}
			end = j
		}
		for j := i; j <= end; j++ {
			if ps[j].Kept() {
				Remove(d, j, Reason{Rule: RulePoll, Detail: pollDetail(i, button, j)})
			}
		}
		i = end
	}
}

// pollDetail names line j's part of a poll labelled at line label, whose
// vote button is line button.
func pollDetail(label, button, j int) string {
	switch {
	case j == label:
		return "the label of a poll"
	case j < button:
		return "a poll's question or option"
	case j == button:
		return "a poll's vote button"
	}
	return "the count of a poll's votes"
}

// pollLabels label a poll, in lower case: English, German, French,
// Spanish, Italian, Portuguese, Dutch, Polish, the Nordic languages,
// Hungarian, Romanian and Russian.
var pollLabels = setOf("poll", "quick poll", "reader poll", "readers' poll", "our poll", "today's poll", "take our poll", "take the poll",
	"poll of the day", "have your say", "umfrage", "leserumfrage", "abstimmung", "sondage",
	"encuesta", "sondeo", "sondaggio", "enquete", "enquête", "peiling", "sondagem", "ankieta", "sonda",
	"afstemning", "omröstning", "kysely", "szavazás", "sondaj", "опрос", "голосование")

// pollLabelMax is the longest poll label, in bytes, before the colon of a
// question on the same line; less than 64 (see pollLengths).
const pollLabelMax = 40

// pollLabelLine reports whether t is a poll's label on its own line, or
// one followed by a colon and the question ("Poll: Should ...?"). Most
// lines fail on their first two bytes (see pollStarts).
func pollLabelLine(t string) bool {
	if len(t) < 4 || !pollStarts.has(t) {
		return false
	}
	if strings.HasSuffix(t, "?") {
		k := strings.IndexByte(t, ':')
		return k > 0 && k < pollLabelMax && pollLabel(strings.TrimSpace(t[:k]))
	}
	if len(t) > pollLabelMax {
		return false
	}
	t = strings.TrimRight(t, " :")
	return pollLengths&(1<<len(t)) != 0 && pollLabel(t)
}

// pollLabel reports whether t is one of pollLabels but for case.
func pollLabel(t string) bool { return foldedIn(pollLabels, t) }

// pairSet is a set of the first two bytes of strings.
type pairSet [1 << 16 / 64]uint64

// add adds the first two bytes of s, of at least two bytes.
func (ps *pairSet) add(s string) {
	k := uint16(s[0])<<8 | uint16(s[1])
	ps[k/64] |= 1 << (k % 64)
}

// has reports whether the first two bytes of s, of at least two bytes,
// are in the set.
func (ps *pairSet) has(s string) bool {
	k := uint16(s[0])<<8 | uint16(s[1])
	return ps[k/64]&(1<<(k%64)) != 0
}

// pollLengths has bit n set when a label of pollLabels is n bytes long.
var pollLengths = func() (m uint64) {
	for l := range pollLabels {
		m |= 1 << len(l)
	}
	return m
}()

// pollStarts holds the first two bytes of pollLabels in lower case, with
// a capital and in capitals.
var pollStarts = startPairs(pollLabels)

// startPairs returns the set of the first two bytes of labels (in lower
// case, of two bytes or more), with a capital and in capitals.
func startPairs(labels map[string]bool) *pairSet {
	ps := new(pairSet)
	for l := range labels {
		r, n := utf8.DecodeRuneInString(l)
		for _, v := range [...]string{l, string(unicode.ToUpper(r)) + l[n:], strings.ToUpper(l)} {
			ps.add(v)
		}
	}
	return ps
}

// pollButtons are the vote buttons of a poll, in lower case.
var pollButtons = []string{"vote", "vote now", "submit", "submit vote", "submit your vote", "cast your vote",
	"cast vote", "abstimmen", "jetzt abstimmen", "abstimmen!", "voter", "votez", "votar", "vota", "votare",
	"votá", "stemmen", "stem", "głosuj", "rösta", "äänestä", "szavazok", "szavazás", "votează",
	"голосовать", "send", "senden", "envoyer", "enviar", "invia"}

// pollButton reports whether t is the vote button of a poll.
func pollButton(t string) bool {
	return len(t) <= 40 && foldIn(pollButtons, strings.TrimRight(t, " !"))
}

// pollOption reports whether t may be one of a poll's options: at most
// pollOptionWords words that do not end like a sentence, or the count of
// its votes.
func pollOption(t string) bool {
	return wordCount(t) <= pollOptionWords && (!endsSentence(t) || voteCount(t))
}

// pollResultLabels link to a poll's results, in lower case.
var pollResultLabels = []string{"results", "view results", "see results", "show results", "see the results",
	"ergebnis", "ergebnisse", "ergebnis anzeigen", "résultats", "voir les résultats", "resultados",
	"ver resultados", "risultati", "vedi i risultati", "resultaten", "wyniki"}

// pollResults reports whether t links to a poll's results.
func pollResults(t string) bool {
	return wordCount(t) <= 4 && foldIn(pollResultLabels, strings.TrimRight(t, " .:»>›"))
}

// voteWords count votes after a number, in lower case.
var voteWords = setOf("vote", "votes", "voters", "stimmen", "stimme", "abstimmungen", "votos", "voti",
	"votanti", "stemmen", "głosów", "głosy", "röster", "stemmer", "ääntä", "szavazat", "voturi", "голосов",
	"голоса")

// voteCount reports the count of a poll's votes ("2,418 votes so far.",
// "Total votes: 1.204"): at most pollOptionWords words, one of them a
// number (digits with separators) followed by a word of voteWords, or
// after "votes:".
func voteCount(t string) bool {
	if wordCount(t) > pollOptionWords || !hasDigit(t) {
		return false
	}
	prevNumber := false
	prevVotes := false
	var buf [16]byte
	for w := range strings.FieldsSeq(t) {
		w = strings.TrimRight(w, ".,;:!)")
		num := w != "" && strings.Trim(w, "0123456789,.'\u202f") == "" && hasDigit(w)
		if num && prevVotes {
			return true
		}
		if len(w) > len(buf) {
			prevNumber, prevVotes = num, false
			continue
		}
		// The map lookup by converted bytes does not allocate.
		votes := voteWords[string(foldPrefix(buf[:0], w, len(buf)))]
		if prevNumber && votes {
			return true
		}
		prevNumber, prevVotes = num, votes
	}
	return false
}

// ---- comment entries -------------------------------------------------------------

// commentEntryWords is the most words of a comment entry.
const commentEntryWords = 80

// MarkCommentEntries removes readers' comments kept at the end of the
// document, one a line as "handle: text" ("ShellyB: Saw it on Tuesday.",
// "river_fan88: Agree."), under a comment label the rules removed ("4
// comments", "Have your say", "Comments", see commentLabel). The handle is
// one token, no space, that is no plain name (see userHandle: a digit, an
// underscore, a dot, a lower-case start or a capital inside). Only removed
// lines may come between the label and the entries and between the
// entries, and after the last entry no kept prose (see isContent) may
// follow: the comments end the article. A handle that opens a line above
// the label stays with its entries: the speaker of an interview or a
// transcript ("McKay: We never expected ...") speaks in the body too.
func MarkCommentEntries(d *clean.Document) {
	ps := d.Paragraphs
	// The comment label removed nearest above the last kept paragraph,
	// with only removed lines, comment entries and, below the entries,
	// short lines that are no prose between them.
	label, entry := -1, false
	for i := lastKept(ps); i >= 0; i-- {
		p := &ps[i]
		if p.Kept() {
			switch {
			case commentHandle(p.Text) != "":
				entry = true
			case entry || isContent(p):
				return
			}
			continue
		}
		if commentLabel(p.Text) {
			label = i
			break
		}
	}
	if label < 0 {
		return
	}
	var entries []int
	for j := label + 1; j < len(ps); j++ {
		if !ps[j].Kept() {
			continue
		}
		h := commentHandle(ps[j].Text)
		if h == "" {
			break
		}
		entries = append(entries, j)
	}
	if len(entries) == 0 || lastContent(ps) > entries[len(entries)-1] {
		return
	}
	for _, j := range entries {
		if speaksAbove(ps[:label], commentHandle(ps[j].Text)) {
			return
		}
	}
	for _, j := range entries {
		Remove(d, j, Reason{Rule: RuleComment, Detail: "a reader's comment under the comment label"})
	}
}

// lastKept returns the last kept paragraph of ps, or -1.
func lastKept(ps []clean.Paragraph) int {
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].Kept() {
			return i
		}
	}
	return -1
}

// speaksAbove reports whether one of ps opens with handle and a colon.
func speaksAbove(ps []clean.Paragraph, handle string) bool {
	for i := range ps {
		t := ps[i].Text
		if len(t) > len(handle) && t[len(handle)] == ':' && strings.HasPrefix(t, handle) {
			return true
		}
	}
	return false
}

// commentLabels label readers' comments, in lower case.
var commentLabels = setOf("comments", "comment", "reader comments", "readers' comments", "have your say",
	"join the conversation", "leave a comment", "leave a reply", "post a comment", "show comments",
	"view comments", "kommentare", "leserkommentare", "commentaires", "réactions", "comentarios",
	"commenti", "comentários", "reacties", "komentarze", "kommentarer", "kommentit", "hozzászólások",
	"comentarii", "комментарии")

// commentStarts holds the first two bytes of commentLabels in lower case,
// with a capital and in capitals.
var commentStarts = startPairs(commentLabels)

// commentLabelMax is the longest comment label, in bytes, with what may
// follow it.
const commentLabelMax = 120

// commentLabel reports whether t labels readers' comments: a count ("4
// comments", see commentCount), a label of commentLabels, or one followed
// by a colon, a full stop or a count in brackets ("Comments (4)", "Join
// the conversation: ...").
func commentLabel(t string) bool {
	if len(t) < 2 || len(t) > commentLabelMax || !(isDigit(t[0]) || commentStarts.has(t)) {
		return false
	}
	var buf [commentLabelMax + utf8.UTFMax]byte
	b := foldPrefix(buf[:0], t, commentLabelMax)
	low := unsafe.String(unsafe.SliceData(b), len(b)) // buf outlives low
	if commentCount(low) {
		return true
	}
	low = strings.TrimRight(low, " .:!")
	if k := strings.IndexAny(low, ":.("); k > 0 {
		low = strings.TrimSpace(low[:k])
	}
	return commentLabels[low]
}

// commentHandle returns the handle a comment entry opens with, or "": a
// userHandle of 2 to 30 bytes, then a colon, a space and at least two
// words, at most commentEntryWords in all.
func commentHandle(t string) string {
	k := strings.IndexByte(t, ':')
	if k < 2 || k > 30 || k+2 >= len(t) || t[k+1] != ' ' {
		return ""
	}
	h := t[:k]
	if !userHandle(h) {
		return ""
	}
	if n := wordCount(t); n < 3 || n > commentEntryWords {
		return ""
	}
	return h
}

// namePrefixes open a surname with a capital inside it ("McKay",
// "MacLeod", "DeLuca", "LeBlanc", "DiMaggio", "VanDyke").
var namePrefixes = []string{"Mc", "Mac", "De", "Di", "Le", "La", "Van", "Von", "Du", "Da"}

// userHandle reports whether h is a user's handle rather than a name:
// one token of letters, digits, '_', '.' and '-', with a letter, and with
// a digit, an underscore or a dot in it ("river_fan88", "Gerry.H"), or a lower-case
// start ("tidewatcher"), or a capital after a lower-case letter that does
// not follow a surname's prefix ("ShellyB", "WestEndMike"; not "McKay").
func userHandle(h string) bool {
	marked, lower, letter := false, false, false
	camel := -1
	for k, r := range h {
		switch {
		case r == '_' || r == '.' || '0' <= r && r <= '9':
			marked = true
		case r == '-':
		case unicode.IsLower(r):
			lower, letter = true, true
		case unicode.IsUpper(r):
			letter = true
			if lower && camel < 0 {
				camel = k
			}
		default:
			return false
		}
	}
	if !letter {
		return false // "2024: a record year", "10:"
	}
	if marked {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(h); unicode.IsLower(r) {
		return true
	}
	if camel < 0 {
		return false
	}
	for _, p := range namePrefixes {
		if h[:camel] == p {
			return false
		}
	}
	return true
}
