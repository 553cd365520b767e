package boilerplate

import (
	"strings"

	"github.com/cleantext/clean"
)

// Knobs of MarkSignupBoxes.
const (
	// signupReach is the most lines from a sign-up box's button up to its
	// label.
	signupReach = 5
	// signupLabelWords is the most words of the box's label ("Get the
	// weekly Lumen newsletter").
	signupLabelWords = 8
	// signupLineWords is the most words of a line of the box's pitch.
	signupLineWords = 25
	// signupLines is the most kept lines of the pitch.
	signupLines = 2
)

// MarkSignupBoxes removes the pitch of a newsletter's sign-up box that the
// rules left: the box's label names a newsletter (see newsletterLabel:
// "Newsletter", "Get the weekly Lumen newsletter"), its button or its
// e-mail field, which the rules removed, closes it (see signupButtons:
// "Sign up", "Suscríbete", "Email address"), and between them stand at
// most signupLines kept lines of at most signupLineWords words ("Big ideas
// in science, explained clearly. Delivered every Friday.", "Vivienda,
// cada viernes"). The label goes too when the rules left it. No
// paragraph of an article stands between a newsletter's name and its
// button.
func MarkSignupBoxes(d *clean.Document) {
	ps := d.Paragraphs
	for j := range ps {
		if ps[j].Kept() || len(ps[j].Text) < signupButtonMin || len(ps[j].Text) > keyLabelBytes ||
			ps[j].Removal.Rule != RuleLinkLabel && ps[j].Removal.Rule != RuleAppeal && ps[j].Removal.Rule != RuleForm ||
			!foldedIn(signupButtons, ps[j].Text) {
			continue // the rules' findings first: most lines, without a lookup
		}
		top, kept := -1, 0
		for k := j - 1; k >= 0 && k >= j-signupReach; k-- {
			t := ps[k].Text
			if wordCount(t) <= signupLabelWords && newsletterLabel(t) {
				top = k
				break
			}
			if !ps[k].Kept() {
				continue
			}
			if kept++; kept > signupLines || wordCount(t) > signupLineWords {
				break
			}
		}
		if top < 0 || kept == 0 || kept > signupLines {
			continue
		}
		for k := top; k < j; k++ {
			if ps[k].Kept() {
				Remove(d, k, Reason{Rule: RuleForm, Detail: "a newsletter's sign-up box"})
			}
		}
	}
}

// signupButtonMin is the fewest bytes of a button of signupButtons.
const signupButtonMin = 7

// signupButtons are the buttons and fields that close a newsletter's
// sign-up box, lower case. The rules remove them as link labels, appeals
// or a form's lines: MarkSignupBoxes looks up no other line.
var signupButtons = setOf("sign up", "sign up now", "sign me up", "subscribe", "subscribe now", "email address",
	"your email", "enter your email", "your email address", "suscríbete", "suscribirme", "apúntate",
	"inscríbete", "abonnieren", "jetzt abonnieren", "anmelden", "jetzt anmelden", "s'inscrire", "je m'inscris",
	"inscrivez-vous", "iscriviti", "inscreva-se", "assinar", "aanmelden", "inschrijven", "zapisz się",
	"prenumerera", "tilmeld", "meld deg på")

// newsletterLabelBytes is the longest label newsletterLabel reads.
const newsletterLabelBytes = 96

// newsletterLabel reports whether t, of at most newsletterLabelBytes bytes,
// names a newsletter: the word in English and in the languages that borrow
// it, or their own.
func newsletterLabel(t string) bool {
	if len(t) > newsletterLabelBytes {
		return false
	}
	var buf [newsletterLabelBytes]byte
	low := lowerInto(buf[:], t) // buf outlives no use of low; ASCII lower-cased, enough for the words
	for _, w := range [...]string{"newsletter", "nieuwsbrief", "boletín", "infolettre", "lettre d'information",
		"nyhedsbrev", "nyhetsbrev", "uutiskirje", "biuletyn"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
