package boilerplate

import "strings"

// ---- sign-up forms' messages and ads' notices --------------------------------

// signupWords is the most words of a sign-up form's message (see
// signupMessage).
const signupWords = 25

// signupLeads are the first bytes, in lower case, of a sign-up form's
// messages (see signupMessage).
var signupLeads = func() (t [256]bool) {
	for _, c := range "taywpsikeg" {
		t[c] = true
	}
	return t
}()

// signupMessage reports a message that a sign-up form shows around or in
// place of the form, low in lower case and of words words: the box to
// tick ("Please check the opt-in box …"; what the box agrees to is a
// consent notice, see consentNotice), the thanks ("Thanks for signing
// up!", "You're all set", "Keep an eye on your inbox for …"), the welcome
// e-mail on its way ("A welcome email is on its way. If you don't see it,
// please check your junk folder."), the next issue in the inbox, a
// failure that asks to try again ("We encountered an issue signing you
// up. Please try again"); or the call to sign up to receive a site's
// stories ("Sign up to receive the daily top stories from the Gazette."),
// or a newsletter's line that asks to pass it on or, forwarded, to sign up
// ("Enjoying The Early Edition? Share it with someone who would like it.",
// "Was this forwarded to you? Sign up here.").
// "Thanks for signing up, the mayor told the volunteers who cleared the
// beach" runs longer than a message; "Something went wrong at the plant"
// asks nothing.
func signupMessage(low string, words int) bool {
	switch low[0] {
	case 't':
		if words <= signupThanksWords && anyPrefix(low, signupThanks[:]...) {
			return true
		}
		if strings.HasPrefix(low, "the next issue of ") {
			return strings.Contains(low, "r inbox")
		}
		return strings.HasPrefix(low, "there was ") && strings.Contains(low, "try again")
	case 'y':
		return words <= signupThanksWords && anyPrefix(low, signupDone[:]...)
	case 'a':
		if !anyPrefix(low, "a welcome email", "a welcome e-mail", "a confirmation email", "a confirmation e-mail") {
			return false
		}
		return strings.Contains(low, "on its way") || strings.Contains(low, " folder")
	case 'w':
		return anyPrefix(low, "we encountered an issue", "we encountered an error", "we couldn't sign you up",
			"we could not sign you up", "we were unable to sign you up") ||
			anyPrefix(low, "was this forwarded to you", "was this email forwarded", "was this newsletter forwarded") &&
				forwardedAsk(low)
	case 'g':
		return anyPrefix(low, "got this from a friend", "got this email from a friend", "got this newsletter from a friend") &&
			forwardedAsk(low)
	case 'e':
		// "Enjoying The Early Edition? Share it with someone who would
		// like it."
		if !strings.HasPrefix(low, "enjoying ") {
			return false
		}
		k := strings.IndexByte(low, '?')
		return k > 0 && containsAny(low[k:], newsletterShares[:])
	case 'p':
		return words <= 6 && strings.HasPrefix(low, "please try again") || strings.HasPrefix(low, "please check the opt-in box")
	case 'k':
		return strings.HasPrefix(low, "keep an eye on your inbox")
	case 's':
		if rest, ok := cutAnyPrefix(low, signupCalls[:]); ok {
			return containsAny(rest, signupNouns[:])
		}
		return strings.HasPrefix(low, "something went wrong") && strings.Contains(low, "try again")
	case 'i':
		return strings.HasPrefix(low, "if you don't see it") || strings.HasPrefix(low, "if you don’t see it")
	}
	return false
}

// newsletterShares ask the reader to pass a newsletter on, in lower case.
var newsletterShares = [...]string{"share it", "share this", "forward it", "forward this", "pass it on", "tell a friend"}

// forwardedAsk reports whether low, a newsletter's question whether a
// friend forwarded it, asks to sign up or subscribe after it ("Was this
// forwarded to you? Sign up here.").
func forwardedAsk(low string) bool {
	k := strings.IndexByte(low, '?')
	return k > 0 && (strings.Contains(low[k:], "sign up") || strings.Contains(low[k:], "subscribe"))
}

// signupThanksWords is the most words of a form's thanks.
const signupThanksWords = 12

// signupThanks and signupDone open a form's thanks, in lower case.
var (
	signupThanks = [...]string{"thanks for signing up", "thank you for signing up", "thanks for subscribing",
		"thank you for subscribing", "thanks for registering", "thank you for registering"}
	signupDone = [...]string{"you're all set", "you’re all set", "you're subscribed", "you’re subscribed",
		"you are now subscribed", "you've been subscribed", "you’ve been subscribed", "you have been subscribed",
		"you're signed up", "you’re signed up"}
)

// signupCalls open a call to sign up for a site's stories.
var signupCalls = [...]string{"sign up to receive ", "sign up to get "}

// signupNouns are what a site offers to send (see signupMessage).
var signupNouns = [...]string{"stories", "headlines", "news", "newsletter", "updates", "alerts"}

// adLoadingWords is the most words of an ad's notice (see adLoading).
const adLoadingWords = 14

// adLoading reports an ad slot's notice that the article goes on below
// it, low in lower case: "This advertisement has not loaded yet, but your
// article continues below." It names the ad before "continues below".
func adLoading(low string) bool {
	before, _, ok := strings.Cut(low, subBelow.s)
	return ok && (strings.Contains(before, "advertisement") || strings.Contains(before, " ad "))
}

// numberedAd reports an ad marker with the slot's number, low in lower
// case: "Advertisement 2" (see adMarkers).
func numberedAd(low string) bool {
	sp := strings.LastIndexByte(low, ' ')
	return sp > 0 && allDigits(low[sp+1:]) && labelKindOf(low[:sp])&labelAd != 0
}
