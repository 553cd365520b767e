package boilerplate

import (
	"strings"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// Rule names. They are stable: reports and golden files use them.
const (
	RuleCopyright   = "copyright"
	RuleURL         = "url"
	RuleContact     = "contact"
	RuleShareLabel  = "share-label"
	RuleLinkLabel   = "link-label"
	RuleBreadcrumb  = "breadcrumb"
	RuleCaption     = "caption"
	RulePhotoCredit = "photo-credit"
	RuleAltAddress  = "alternate-address"
	RuleAppPromo    = "app-promo"
	RuleCookie      = "cookie-notice"
	RuleLegal       = "privacy-terms"
	RuleAppeal      = "appeal"
	RuleTruncated   = "truncated"
)

// Rules returns the paragraph rules in the order they are tried. Each looks
// at one paragraph with cheap structural tests first (length, first and last
// bytes) and only then at its words; none names a site or a person.
func Rules() []Rule {
	return []Rule{
		&lineRule{RuleCopyright, 400, matchCopyright},
		&lineRule{RuleURL, 300, matchURL},
		&lineRule{RuleContact, 250, matchContact},
		&lineRule{RuleShareLabel, 160, matchShareLabel},
		&lineRule{RuleLinkLabel, 200, matchLinkLabel},
		&lineRule{RuleCaption, 400, matchCaption},
		&lineRule{RuleBreadcrumb, 160, matchBreadcrumb},
		&lineRule{RulePhotoCredit, 400, matchPhotoCredit},
		&lineRule{RuleAltAddress, 300, matchAltAddress},
		&lineRule{RuleAppPromo, 100, matchAppPromo},
		&lineRule{RuleCookie, 1200, matchCookie},
		&lineRule{RuleLegal, 80, matchLegal},
		&lineRule{RuleAppeal, 0, matchAppeal},
		&lineRule{RuleTruncated, 60, matchTruncated},
	}
}

// lineRule is a named rule over one paragraph's text. Paragraphs longer than
// maxLen bytes (when maxLen > 0) are skipped before match is called.
type lineRule struct {
	name   string
	maxLen int
	match  func(d *clean.Document, i int, s string) bool
}

// Match implements Rule.
func (r *lineRule) Match(d *clean.Document, i int) (Reason, bool) {
	s := d.Paragraphs[i].Text
	if r.maxLen > 0 && len(s) > r.maxLen {
		return Reason{}, false
	}
	if r.match(d, i, s) {
		return Reason{Rule: r.name}, true
	}
	return Reason{}, false
}

// ---- copyright ----------------------------------------------------------

// matchCopyright: "© 2025 X. All rights reserved.", "Copyright 2019 X",
// "(c) X".
func matchCopyright(_ *clean.Document, _ int, s string) bool {
	if containsFold(s, "rights reserved") {
		return true
	}
	if strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(c) ") || strings.HasPrefix(s, "(C) ") {
		return true
	}
	if hasPrefixFold(s, "copyright") {
		rest := strings.TrimLeft(s[len("copyright"):], " ©:")
		if rest != "" && ('0' <= rest[0] && rest[0] <= '9' || strings.HasPrefix(s[len("copyright"):], " ©")) {
			return true
		}
		return wordCount(s) <= 10 && !endsSentence(s)
	}
	return strings.Contains(s, "©") && wordCount(s) <= 16
}

// ---- url ----------------------------------------------------------------

// matchURL: a paragraph that is one bare URL or domain name.
func matchURL(_ *clean.Document, _ int, s string) bool {
	if strings.IndexByte(s, ' ') >= 0 || len(s) < 4 {
		return false
	}
	return isURL(s)
}

// isURL reports whether the token s is a URL (with a scheme or www.) or a
// bare domain name with an optional path.
func isURL(s string) bool {
	if hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") {
		return len(s) > 10
	}
	if hasPrefixFold(s, "www.") {
		return strings.IndexByte(s[4:], '.') > 0
	}
	host := s
	if j := strings.IndexAny(host, "/?#"); j >= 0 {
		host = host[:j]
	}
	return isDomain(host)
}

// isDomain reports whether s looks like a host name: two or more labels of
// letters, digits and hyphens, the last one 2 to 6 letters.
func isDomain(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 {
		return false
	}
	tld := s[dot+1:]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if c := lowerByte(tld[i]); c < 'a' || c > 'z' {
			return false
		}
	}
	label := 0
	lower := false
	for i := 0; i < dot; i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			lower = true
			label++
		case 'A' <= c && c <= 'Z', c == '-':
			label++
		case c == '.':
			if label == 0 {
				return false
			}
			label = 0
		default:
			return false
		}
	}
	// "U.S.A" style abbreviations have one-letter labels and no lower case.
	return label > 0 && lower
}

// ---- contact ------------------------------------------------------------

// matchContact: contact-the-author lines and short lines with an e-mail
// address.
func matchContact(_ *clean.Document, _ int, s string) bool {
	if anyPrefixFold(s, "contact the author", "contact the writer", "contact the reporter",
		"email the author", "e-mail the author", "email the writer", "reach the author",
		"contact us:", "send us a tip", "got a tip", "have a tip", "got a news tip") {
		return true
	}
	if !hasEmail(s) {
		return false
	}
	return wordCount(s) <= 12 || anyPrefixFold(s, "contact", "email", "e-mail", "write to", "reach", "follow", "send", "tips", "for more information") ||
		containsFold(s, "contact")
}

// hasEmail reports whether s contains something shaped like an e-mail
// address.
func hasEmail(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '@')
		if j < 0 {
			return false
		}
		j += i
		if j > 0 && isEmailByte(s[j-1]) {
			end := j + 1
			for end < len(s) && (isEmailByte(s[end]) && s[end] != '+') {
				end++
			}
			if isDomain(strings.TrimRight(s[j+1:end], ".-")) {
				return true
			}
		}
		i = j + 1
	}
}

func isEmailByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == '_' || c == '+'
}

// ---- share and social buttons -------------------------------------------

// socialWords are the names of share and follow targets; a line made only of
// them is a button row.
var socialWords = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "linkedin": true, "whatsapp": true,
	"email": true, "e-mail": true, "mail": true, "telegram": true, "reddit": true,
	"pinterest": true, "instagram": true, "youtube": true, "tiktok": true, "print": true,
	"share": true, "tweet": true, "vk": true, "messenger": true, "flipboard": true,
	"copy": true, "link": true, "tumblr": true, "threads": true, "bluesky": true,
	"sms": true, "pocket": true, "viber": true, "line": true, "wechat": true,
	"weibo": true, "rss": true, "comment": true, "comments": true, "save": true,
	"google+": true, "mastodon": true, "snapchat": true, "podcasts": true, "url": true,
}

// matchShareLabel: "SHARE THIS ARTICLE", "Share on Facebook", "Follow us on
// Twitter", "Facebook Twitter Email".
func matchShareLabel(_ *clean.Document, _ int, s string) bool {
	t := trimLabel(s)
	if t == "" {
		return false
	}
	n := wordCount(t)
	if hasPrefixFold(t, "share") && n <= 8 && !endsSentence(t) {
		rest := strings.TrimLeft(t[len("share"):], " :")
		if rest == "" {
			return true
		}
		if t[len("share")] != ' ' && t[len("share")] != ':' {
			return false // "shares", "shared"
		}
		next := strings.ToLower(firstWord(rest)) // short: n <= 8 words
		switch next {
		case "this", "on", "via", "article", "story", "page", "post", "to", "with", "your", "it", "the", "&", "/", "link":
			return true
		}
		return socialWords[next]
	}
	if anyPrefixFold(t, "follow us", "like us on", "join us on", "find us on", "connect with us",
		"tweet this", "email this", "print this", "pin it", "copy link", "click to share",
		"share this", "sharing is caring") {
		return n <= 16
	}
	if hasPrefixFold(t, "follow ") && n <= 14 && anySocialWord(t) && (containsFold(t, " on ") || strings.IndexByte(t, '@') >= 0) {
		return true
	}
	// A row of social network names.
	if n >= 2 && n <= 12 && !endsSentence(t) {
		all := true
		for w := range strings.SplitSeq(t, " ") {
			w = strings.Trim(w, "|,·•/")
			if w == "" {
				continue
			}
			if !socialWordFold(w) {
				all = false
				break
			}
		}
		return all
	}
	return false
}

// socialWordFold reports whether w (any case) is one of socialWords.
func socialWordFold(w string) bool {
	if len(w) > 12 {
		return false
	}
	var b [12]byte
	for i := 0; i < len(w); i++ {
		b[i] = lowerByte(w[i])
	}
	return socialWords[string(b[:len(w)])]
}

// anySocialWord reports whether s names a social network.
func anySocialWord(s string) bool {
	for _, w := range [...]string{"facebook", "twitter", "instagram", "linkedin", "telegram", "youtube", "tiktok", "threads", "bluesky", "mastodon", "whatsapp", "x"} {
		if containsWordFold(s, w) {
			return true
		}
	}
	return false
}

// ---- link labels -----------------------------------------------------------

// linkLabels are whole-line labels of links and buttons that lead away from
// the article, in lower case.
var linkLabels = map[string]bool{
	"read more": true, "read more...": true, "also read": true, "read also": true, "see also": true,
	"continue": true, "continue reading": true, "continue reading the main story": true,
	"keep reading": true, "read full story": true, "read the full story": true, "read full article": true,
	"read the full article": true, "full story": true, "read next": true, "read": true, "more": true,
	"related": true, "related articles": true, "related stories": true, "related news": true,
	"related posts": true, "related content": true, "related topics": true, "related coverage": true,
	"recommended": true, "recommended for you": true, "recommended stories": true, "more news": true,
	"more stories": true, "more on this story": true, "more on this topic": true, "next": true,
	"previous": true, "next article": true, "previous article": true, "next story": true,
	"previous story": true, "next post": true, "previous post": true, "back to top": true,
	"top": true, "load more": true, "show more": true, "view more": true, "see more": true,
	"click here": true, "advertisement": true, "advertisements": true, "ad": true, "sponsored": true,
	"sponsored content": true, "show comments": true, "view comments": true, "leave a comment": true,
	"comments": true, "post a comment": true, "you may also like": true, "you might also like": true,
	"you may be interested in": true, "most popular": true, "most read": true, "most viewed": true,
	"trending": true, "trending now": true, "latest news": true, "top stories": true,
	"watch": true, "watch video": true, "watch now": true, "listen": true, "listen to this article": true,
	"skip to content": true, "skip to main content": true, "skip advertisement": true,
	"menu": true, "search": true, "home": true, "close": true, "log in": true, "login": true,
	"sign in": true, "sign up": true, "register": true, "print": true, "print article": true,
	"what to read next": true, "editor's picks": true, "editors' picks": true, "don't miss": true,
	"more from this author": true, "more by this author": true, "view all": true, "see all": true,
	"back": true, "go back": true, "return to top": true, "expand": true, "collapse": true,
	"open in app": true, "tags": true, "topics": true, "hide caption": true, "toggle caption": true,
	"enlarge this image": true, "view gallery": true, "view image": true, "full screen": true,
	"you might be interested in": true, "popular": true, "more in this section": true,
	"in this section": true, "in case you missed it": true, "also on": true,
}

// linkLabelPrefixes introduce a link to another article ("Read more: Title").
var linkLabelPrefixes = []string{
	"read more:", "read more >", "also read:", "read also:", "see also:", "related:",
	"related article:", "related story:", "related coverage:", "related content:",
	"more:", "read next:", "recommended:", "watch:", "listen:", "more on this:", "read:",
	"don't miss:", "also see:", "also:", "read more about", "click here to", "click here for",
	"tags:", "topics:", "filed under:", "more from",
}

// matchLinkLabel: "Read more", "Also Read", "Continue", "Related", and
// "Read more: <headline>".
func matchLinkLabel(_ *clean.Document, _ int, s string) bool {
	t := trimLabel(strings.TrimRight(s, ". "))
	if len(t) <= 40 {
		var b [40]byte
		for i := 0; i < len(t); i++ {
			b[i] = lowerByte(t[i])
		}
		if linkLabels[string(b[:len(t)])] {
			return true
		}
	}
	for _, p := range linkLabelPrefixes {
		if hasPrefixFold(s, p) {
			return wordCount(s) <= 25
		}
	}
	return false
}

// ---- breadcrumbs -------------------------------------------------------------

// crumbSeps separate the parts of a breadcrumb trail.
var crumbSeps = []string{" / ", " > ", " » ", " › ", " → ", " >> "}

// matchBreadcrumb: "News / Politics", "Home > World > Europe". A trail of two
// parts must come before the first sentence of the document.
func matchBreadcrumb(d *clean.Document, i int, s string) bool {
	if endsSentence(s) {
		return false
	}
	sep := ""
	for _, c := range crumbSeps {
		if strings.Contains(s, c) {
			sep = c
			break
		}
	}
	if sep == "" {
		return false
	}
	parts := 0
	for part := range strings.SplitSeq(s, sep) {
		part = strings.TrimSpace(part)
		n := wordCount(part)
		if n == 0 || n > 4 || endsPunct(part) || !isCapitalised(part) && !hasPrefixFold(part, "home") {
			return false
		}
		parts++
	}
	if parts >= 3 {
		return true
	}
	return parts == 2 && !sentenceBefore(d, i)
}

// sentenceBefore reports whether some paragraph before i reads as prose.
func sentenceBefore(d *clean.Document, i int) bool {
	for j := 0; j < i; j++ {
		if isSentenceLike(d.Paragraphs[j].Text, 8) {
			return true
		}
	}
	return false
}

// sentenceAfter reports whether some paragraph after i reads as prose.
func sentenceAfter(d *clean.Document, i int) bool {
	for j := i + 1; j < len(d.Paragraphs); j++ {
		if isSentenceLike(d.Paragraphs[j].Text, 8) {
			return true
		}
	}
	return false
}

// ---- captions ------------------------------------------------------------------

// matchCaption: a photo caption ending in its credit, "President X Y
// Photographer Name / Agency", or a caption sentence followed by a
// parenthesised credit, "... on June 5, 2015. (AFP)".
func matchCaption(_ *clean.Document, _ int, s string) bool {
	last := s[len(s)-1]
	if last == ')' {
		open := strings.LastIndexByte(s, '(')
		if open <= 0 {
			return false
		}
		inner := strings.TrimSpace(s[open+1 : len(s)-1])
		before := strings.TrimSpace(s[:open])
		if inner == "" || before == "" {
			return false
		}
		if anyPrefixFold(inner, "photo", "image", "picture", "credit", "file photo", "illustration", "pictured") {
			return true
		}
		return endsSentence(before) && wordCount(inner) <= 4 && isCapitalised(inner) && !hasDigit(inner)
	}
	if endsPunct(s) {
		return false
	}
	slash := strings.LastIndex(s, " / ")
	if slash < 0 {
		return false
	}
	credit, subject := s[slash+3:], s[:slash]
	if n := wordCount(credit); n == 0 || n > 4 || !isCapitalised(credit) {
		return false
	}
	if wordCount(subject) < 3 {
		return false
	}
	// The word before the slash is a photographer's name.
	lw := subject[strings.LastIndexByte(subject, ' ')+1:]
	return isUpperStart(lw) && !endsPunct(lw)
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// ---- photo credits -----------------------------------------------------------

// matchPhotoCredit: "Photo: ...", "Image by ...", "...Credit...Name",
// "AGENCY/Name Surname", "... Getty Images".
func matchPhotoCredit(_ *clean.Document, _ int, s string) bool {
	if anyPrefixFold(s, "photo:", "photos:", "photo by", "photos by", "photo credit", "photograph:",
		"photograph by", "photography:", "image:", "images:", "image by", "image credit", "image source:",
		"picture:", "pictures:", "pic:", "credit:", "credits:", "illustration:", "illustration by",
		"file photo", "(photo", "(image", "photo/", "video:", "caption:", "featured image", "main image:",
		"top image:", "header image:", "cover image:") {
		return true
	}
	if containsFold(s, "credit...") || containsFold(s, "credit:") || containsFold(s, "photo credit") ||
		containsFold(s, "photo:") || containsFold(s, "photographer:") {
		return !isSentenceLike(s, 40)
	}
	if endsSentence(s) {
		return false
	}
	// An agency in capitals glued to a photographer's name near the end:
	// "... on Thursday. AGENCY/Name Surname".
	if tail := lastWords(s, 4); hasAgencySlash(tail) {
		return true
	}
	if hasSuffixFold(s, " images") || hasSuffixFold(s, " images)") {
		pre := strings.TrimSuffix(strings.TrimSuffix(s, ")"), " Images")
		pre = strings.TrimSuffix(pre, " images")
		if j := strings.LastIndexByte(pre, ' '); j >= 0 {
			pre = pre[:j]
		} else {
			pre = ""
		}
		return strings.Contains(s, "/") || containsWordFold(s, "via") || containsFold(s, "photo") ||
			pre == "" && wordCount(s) == 2 || endsSentence(pre)
	}
	return false
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	j := len(s)
	for k := 0; k < n; k++ {
		j = strings.LastIndexByte(s[:j], ' ')
		if j < 0 {
			return s
		}
	}
	return s[j+1:]
}

// hasAgencySlash reports whether s holds a word of two or more capitals
// glued by a slash to a capitalised name ("AGENCY/Name").
func hasAgencySlash(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '/')
		if j < 0 {
			return false
		}
		j += i
		caps := 0
		for k := j - 1; k >= 0 && 'A' <= s[k] && s[k] <= 'Z'; k-- {
			caps++
		}
		if caps >= 2 && (j-caps == 0 || s[j-caps-1] == ' ' || s[j-caps-1] == '(') &&
			j+2 < len(s) && 'A' <= s[j+1] && s[j+1] <= 'Z' && 'a' <= s[j+2] && s[j+2] <= 'z' {
			return true
		}
		i = j + 1
	}
}

// ---- alternate addresses and app promos -----------------------------------------

// matchAltAddress: "X's website can also be accessed at the following
// alternate addresses:".
func matchAltAddress(_ *clean.Document, _ int, s string) bool {
	return anyFold(s, "alternate address", "alternative address", "can also be accessed at",
		"mirror site", "also available at the following", "alternate domain", "alternative domain")
}

// platformNames are app stores and streaming devices named by app and
// channel promos.
var platformNames = []string{"roku", "apple tv", "android tv", "fire tv", "google play", "app store",
	"appstore", "smart tv", "chromecast", "ios", "android", "iphone", "ipad", "amazon alexa", "tvos"}

// matchAppPromo: a short line at the end of the article naming an app store
// or a streaming device ("X News Roku", "Get our app on Google Play").
func matchAppPromo(d *clean.Document, i int, s string) bool {
	if endsSentence(s) || wordCount(s) > 12 {
		return false
	}
	found := anyFold(s, "download our app", "download the app", "get the app", "get our app", "our mobile app", "our app")
	if !found {
		for _, p := range platformNames {
			if containsWordFold(s, p) {
				found = true
				break
			}
		}
	}
	return found && !sentenceAfter(d, i)
}

// ---- cookie, privacy and terms ----------------------------------------------------

// matchCookie: cookie consent notices.
func matchCookie(_ *clean.Document, _ int, s string) bool {
	if !containsFold(s, "cookie") {
		return false
	}
	return anyFold(s, "we use", "this site", "this website", "our site", "our website", "accept",
		"consent", "by continuing", "browsing", "privacy", "preferences", "you agree", "uses cookies",
		"cookie policy", "cookie settings", "manage cookies")
}

// legalLabels are privacy and terms links, in lower case.
var legalLabels = []string{"privacy", "privacy policy", "privacy notice", "privacy statement",
	"privacy settings", "privacy center", "privacy & cookies", "privacy and cookies",
	"terms", "terms of use", "terms of service", "terms and conditions", "terms & conditions",
	"terms of sale", "terms of use and privacy policy", "privacy policy and terms of use",
	"do not sell my personal information", "do not sell or share my personal information",
	"your privacy choices", "your ad choices", "ad choices", "adchoices", "accessibility statement",
	"disclaimer", "legal", "legal notice", "imprint", "impressum", "gdpr", "ccpa"}

// matchLegal: privacy and terms links and "By using this site you agree to
// our Terms" lines.
func matchLegal(_ *clean.Document, _ int, s string) bool {
	t := trimLabel(strings.TrimRight(s, ". "))
	for _, l := range legalLabels {
		if equalFold(t, l) {
			return true
		}
	}
	if wordCount(t) <= 10 && !endsSentence(s) && anyPrefixFold(t, "privacy policy", "terms of use", "terms of service", "terms and conditions", "terms & conditions", "cookie policy") {
		return true
	}
	return false
}

// ---- appeals ---------------------------------------------------------------------

// appealVerbs open a short call to action ("Support X!", "Donate now").
var appealVerbs = []string{"support", "donate", "subscribe", "contribute", "become a member",
	"become a subscriber", "become a supporter", "become a patron", "join us", "join our", "give now",
	"give today", "make a donation", "make a contribution", "sign up for our", "sign up to our",
	"sign up for the", "subscribe to", "get our newsletter", "unlock", "upgrade to"}

// appealOpeners start a multi-paragraph appeal.
var appealOpeners = []string{"favor to ask", "favour to ask", "before you go", "before you continue",
	"dear reader", "dear readers", "a message from the", "a note to readers", "you've read",
	"you have read", "thank you for reading", "thanks for reading", "if you value", "if you like our",
	"if you enjoyed this", "if you appreciate", "support our journalism", "support independent",
	"we rely on", "we depend on"}

// appealStrong are phrases that nearly always mean the reader is being asked
// for money, a subscription or a membership.
var appealStrong = []string{"donat", "support us", "support our work", "support our journalism",
	"supporting us", "your support", "your help", "your contribution", "readers like you",
	"reader-funded", "reader funded", "reader-supported", "reader supported", "favor to ask",
	"favour to ask", "become a member", "become a subscriber", "become a supporter", "subscribe today",
	"subscribe now", "make a contribution", "contribute today", "contribute now", "support independent",
	"support quality", "support journalism", "support local journalism", "paywall", "free for everyone",
	"chip in", "every contribution", "any amount", "patreon"}

// appealWeak are words appeals use a lot; news and reviews use them too, so
// they only count next to a strong phrase.
var appealWeak = []string{"journalis", "independent", "our mission", "our work", "our reporting",
	"we need", "thank you", "your", "you can", "newsroom", "news source", "we rely", "we depend",
	"keep", "fund", "advertis", "free", "every month", "reader", "monthly", "per month", "a month",
	"one-time", "member", "subscri"}

// matchAppeal: donation, membership and subscription appeals. A short line
// is an appeal when it is a call to action; a long one when its wording adds
// up (see appealScore).
func matchAppeal(_ *clean.Document, _ int, s string) bool {
	if len(s) <= 120 {
		if isAppealOpener(s) {
			return true
		}
		for _, v := range appealVerbs {
			if !hasPrefixFold(s, v) {
				continue
			}
			rest := strings.TrimLeft(s[len(v):], " :")
			if len(s) > len(v) && isWordByte(s[len(v)]) {
				continue // "supporters", "donated"
			}
			if rest == "" || strings.HasSuffix(s, "!") {
				return true
			}
			if v != "support" {
				return wordCount(s) <= 10
			}
			switch strings.ToLower(firstWord(rest)) {
			case "us", "our", "independent", "quality", "journalism", "local", "free", "reader-funded":
				return wordCount(s) <= 10
			}
		}
	}
	strong, weak := appealScore(s)
	return strong >= 2 || strong == 1 && weak >= 3
}

// isAppealOpener reports whether a short paragraph opens an appeal ("... we
// have a small favor to ask.").
func isAppealOpener(s string) bool {
	return len(s) <= 160 && anyFold(s, appealOpeners...)
}

// appealScore counts the distinct strong and weak appeal phrases of s. Text
// without "you", "donat", "subscri", "support" or "member" scores zero at the
// cost of a few fast scans.
func appealScore(s string) (strong, weak int) {
	if !anyFold(s, "you", "donat", "subscri", "support", "member") {
		return 0, 0
	}
	for _, p := range appealStrong {
		if containsFold(s, p) {
			strong++
		}
	}
	if strong == 0 {
		return 0, 0
	}
	for _, p := range appealWeak {
		if containsFold(s, p) {
			weak++
		}
	}
	return strong, weak
}

// ---- truncated trailing fragments -------------------------------------------------

// matchTruncated: the document's last paragraph is a few words without end
// punctuation after prose, as when a scrape breaks off ("The Stopru").
func matchTruncated(d *clean.Document, i int, s string) bool {
	if i != len(d.Paragraphs)-1 || i == 0 {
		return false
	}
	if wordCount(s) > 6 || endsPunct(s) || !isUpperStart(s) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == ')' || r == '"' || r == '”' || r == '’' {
		return false
	}
	return isSentenceLike(d.Paragraphs[i-1].Text, 8)
}
