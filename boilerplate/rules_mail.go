package boilerplate

import "strings"

// ---- a newsletter's e-mail -----------------------------------------------------
//
// An article saved from a newsletter, or forwarded, keeps what the mail
// program and the mailing list's software print around it: the forwarded
// message's header lines and the list's footer (why the reader gets it,
// how to stop, the sender's postal address), in the words every such
// program uses.

// mailFooterLeads open the lines of a mailing list's footer, in lower
// case.
var mailFooterLeads = prefixes("you are receiving this", "you're receiving this", "you’re receiving this",
	"you received this", "you are subscribed to", "you were subscribed", "this email was sent to",
	"this e-mail was sent to", "this message was sent to", "want to change how you receive",
	"you can update your preferences", "update your preferences", "manage your preferences",
	"manage your subscription", "manage your email", "our mailing address is", "unsubscribe",
	"add us to your address book", "why did i get this", "why am i getting this", "you can unsubscribe",
	"forwarded this email", "forwarded this e-mail", "was this email forwarded", "was this forwarded to you")

// mailFooterWords is the most words of a line of a mailing list's footer.
const mailFooterWords = 40

// mailWords name what a mailing list's footer is about; one of them must
// be in the line.
var mailWords = [...]string{"email", "e-mail", "newsletter", "mailing", "list", "subscri", "preferences",
	"address book", "inbox"}

// mailFooter reports whether p (its opening among mailFooterLeads) is a
// line of a mailing list's footer: "You are receiving this email because
// you signed up for ...", "Our mailing address is:", "Want to change how
// you receive these emails?", "Unsubscribe". "You received this award
// for ..." names no mail.
func mailFooter(p *para) bool {
	return p.words <= mailFooterWords && containsAny(p.low, mailWords[:])
}

// addressLabel opens the label of a mailing list's postal address.
const addressLabel = "our mailing address"

// mailAddressLines is the most lines of the postal address under "Our
// mailing address is:"; mailAddressWords the most words of one.
const (
	mailAddressLines = 6
	mailAddressWords = 8
)

// mailAddress reports whether p is a line of the postal address under a
// mailing list's "Our mailing address is:" (which matchLegal has removed
// as a footer): at most mailAddressWords words that end no sentence,
// right under the label or under another line of the address, at most
// mailAddressLines lines down.
func mailAddress(p *para) bool {
	if p.i == 0 || p.words > mailAddressWords || p.endSent {
		return false
	}
	for k := p.i - 1; k >= 0 && k >= p.i-mailAddressLines; k-- {
		r := p.d.Paragraphs[k].Removal
		if r == nil {
			return false
		}
		switch r.Detail {
		case details[detailMailAddress]:
			continue
		case details[detailMailFooter]:
			t := p.d.Paragraphs[k].Text
			return len(t) >= len(addressLabel) && strings.EqualFold(t[:len(addressLabel)], addressLabel)
		}
		return false
	}
	return false
}

// mailHeaderNames open the header lines of a forwarded or saved message,
// in lower case, "from: " aside.
var mailHeaderNames = [...]string{"subject: ", "date: ", "sent: ", "to: ", "cc: "}

// mailHeaderReach is how many paragraphs above or below a header line
// mailHeader looks for the sender's line.
const mailHeaderReach = 4

// mailHeader reports whether p is a header line of a forwarded or saved
// message ("Subject: Morning Briefing: ...", "Date: Tue, 5 Mar 2024"): it
// opens with one of mailHeaderNames, and a paragraph at most
// mailHeaderReach away is the sender's line, "From:" and an address. A
// line that opens with "Date:" in an article has no such neighbour.
func mailHeader(p *para) bool {
	ok := false
	for _, h := range mailHeaderNames {
		if strings.HasPrefix(p.low, h) {
			ok = true
			break
		}
	}
	if !ok {
		return false
	}
	for k := max(0, p.i-mailHeaderReach); k <= p.i+mailHeaderReach && k < len(p.d.Paragraphs); k++ {
		t := p.d.Paragraphs[k].Text
		if k != p.i && len(t) > 6 && strings.EqualFold(t[:6], "from: ") && strings.IndexByte(t, '@') > 0 {
			return true
		}
	}
	return false
}

// callOutQuestionWords is the most words of the question that opens a
// call for the readers' stories (see callOutQuestion); callOutWords the
// most words of the whole call.
const (
	callOutQuestionWords = 15
	callOutWords         = 40
)

// callOutQuestion reports whether low (lower case, a paragraph of at
// most 40 words with an e-mail address, see matchContact) is a call for
// the readers' stories or pictures: its first sentence is a question of
// at most callOutQuestionWords words, something follows, and nobody is
// reported ("Have a memory of the market you'd like to share? Send it to
// news@… ", "Hai foto o video della frana? … scrivi a redazione@…").
// "Who pays? The council, she said (jo@…)" reports speech.
func callOutQuestion(low string) bool {
	q := strings.IndexByte(low, '?')
	if q <= 0 || strings.TrimLeft(low[q+1:], " ") == "" || wordCount(low[:q]) > callOutQuestionWords {
		return false
	}
	if strings.ContainsAny(low[:q], ".!") {
		return false // not the first sentence
	}
	return !reported(low)
}
