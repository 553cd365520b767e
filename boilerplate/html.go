package boilerplate

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// HTMLPass returns the stage that marks what HTML extraction lets through
// but is not the article: it acts only on documents with Format
// clean.FormatHTML, whose paragraphs carry Kind and LinkRunes. Its rules,
// tried in order on each kept paragraph (the first that fires names the
// removal):
//
//   - html-link-teaser: a short paragraph made mostly of link text that is
//     all caps, a heading or list item, or lacks end punctuation (a
//     headline linking to another story);
//   - html-caption: a figure caption or photo credit;
//   - html-ad-label: "Advertisement", "Story continues below" and the like;
//   - html-dateline: a line that is a date or time with at most a few
//     words around it ("Updated: Sat 8:31 PM, Feb 17, 2018");
//   - html-byline: "By <name>" lines;
//   - html-section-label: the label of a block of links or a section
//     that is not the article ("You may also like...", "Related:",
//     "SEE MORE: ...", "Comments", "Filed under: ...");
//   - html-appeal: short calls to subscribe, sign up, follow, share or
//     click, contact lines with an e-mail address, copyright lines and
//     notices that a feature needs JavaScript;
//   - html-shortcode: an unexpanded CMS htmlShortcode ("[button link=...]").
func HTMLPass() clean.Stage {
	return clean.StageFunc(func(d *clean.Document) {
		if d.Format != clean.FormatHTML {
			return
		}
		teaser := make([]bool, len(d.Paragraphs))
		for i := range d.Paragraphs {
			teaser[i] = htmlLinkTeaserCandidate(&d.Paragraphs[i])
		}
		for i := range d.Paragraphs {
			p := &d.Paragraphs[i]
			if !p.Kept() {
				continue
			}
			if teaser[i] && (p.Kind == clean.KindHeading || htmlAllCaps(p.Text) || htmlRunLen(teaser, i) >= 3) {
				Remove(d, i, Reason{Rule: "html-link-teaser"})
				continue
			}
			if r, ok := htmlRule(p); ok {
				Remove(d, i, r)
			}
		}
	})
}

// SkipHTML wraps stages so that they leave HTML documents alone. The body
// finder is for text scraped one block per line; on HTML the extractor has
// already found the article, and a prose-run search there removes
// subheadings, lists and short paragraphs of the body.
func SkipHTML(stages []clean.Stage) []clean.Stage {
	out := make([]clean.Stage, len(stages))
	for i, s := range stages {
		out[i] = clean.StageFunc(func(d *clean.Document) {
			if d.Format != clean.FormatHTML {
				s.Mark(d)
			}
		})
	}
	return out
}

func htmlRule(p *clean.Paragraph) (Reason, bool) {
	t := p.Text
	n := utf8.RuneCountInString(t)
	switch {
	case p.Kind == clean.KindCaption || n <= 120 && htmlCreditLine.MatchString(t):
		return Reason{Rule: "html-caption"}, true
	case n <= 60 && htmlAdLabel.MatchString(t):
		return Reason{Rule: "html-ad-label"}, true
	case n <= 120 && p.Kind != clean.KindQuote && p.Kind != clean.KindTableRow && htmlIsDateline(t):
		return Reason{Rule: "html-dateline"}, true
	case n <= 60 && htmlByline.MatchString(t):
		return Reason{Rule: "html-byline"}, true
	case n <= 160 && htmlSectionLabel.MatchString(t):
		return Reason{Rule: "html-section-label"}, true
	case n <= 240 && htmlIsAppeal(t):
		return Reason{Rule: "html-appeal"}, true
	case htmlShortcode.MatchString(t):
		return Reason{Rule: "html-shortcode"}, true
	}
	return Reason{}, false
}

// htmlLinkTeaserCandidate: at most 200 runes, at least 60% inside links,
// not a quote (embedded posts are mostly links), and short or without a
// sentence end. Candidates are removed when they are headings, all caps, or
// in a run of three or more (a block of links to other stories); a single
// link line between paragraphs of prose ("Get it on Amazon") is content.
func htmlLinkTeaserCandidate(p *clean.Paragraph) bool {
	if p.Kind == clean.KindQuote || p.LinkRunes == 0 {
		return false
	}
	n := utf8.RuneCountInString(p.Text)
	if n > 200 || 10*p.LinkRunes < 6*n {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p.Text)
	return !strings.ContainsRune(".!?\"”’:;)", r) || n < 80
}

// htmlRunLen returns the length of the run of true values around i.
func htmlRunLen(b []bool, i int) int {
	lo, hi := i, i
	for lo > 0 && b[lo-1] {
		lo--
	}
	for hi+1 < len(b) && b[hi+1] {
		hi++
	}
	return hi - lo + 1
}

func htmlAllCaps(s string) bool {
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= 4 && lower*10 <= upper
}

var (
	htmlAdLabel = regexp.MustCompile(`(?i)^\W*(advertisement|advertising|advert|ad|ads|sponsored( content)?|paid content|anzeige|publicidad|publicité|pubblicità|reklama|werbung|(story|article) continues below( this)?( advertisement| ad)?|continue reading( the main story)?( below)?|scroll to continue( with content)?)\W*$`)

	htmlByline = regexp.MustCompile(`^(?i:by|von|par|por|di|door)\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|der|da|di|,))*[\s,|–—-]*$`)

	htmlCreditLine = regexp.MustCompile(`(?i)^\(?\s*((image|photo|picture|video)\s*(copyright|credit|source)s?|credit|photo|image|source|foto|bild)s?\s*(:\s*\S|\s+((by|via|courtesy( of)?)\s+)?(?-i:[\p{Lu}\d@©]))|^\(?[\p{L} .'’-]+(/[\p{L} .'’&-]+)+\)?$`)

	htmlSectionLabel = regexp.MustCompile(`(?i)^\W*((` +
		`you (may|might) (also )?(like|enjoy|be interested in)|` +
		`related( stories| articles| news| content| coverage| links| posts)?|more( great)?( \S+)? (stories|articles|news)|more (from|on) .{1,40}|` +
		`(read|see|watch) (more|also)|also read|don'?t miss|must read|most (read|popular|viewed|shared)|trending( now)?|top stories|breaking news|recommended( for you| stories| articles)?|` +
		`(\d+ )?comments?|leave a (comment|reply)|tell us what you think|join the (conversation|discussion)|` +
		`share this( article| story| post)?|source\s*:\s*news agencies|more` +
		`)\W*$|` +
		`(read|see|watch|more|also read|also see|related|read more|see more|watch more|filed under|tags?|topics?|categories|more on this)\s*[:|»›>]\s*\S)`)

	htmlShortcode = regexp.MustCompile(`^\[/?[a-z_-]+(\s[^\]]*)?\]`)

	htmlAppealPhrases = regexp.MustCompile(`(?i)(click(ing)? here|tap here|^(sign up|subscribe|register|follow|like|join)\b.{0,80}\b(newsletter|inbox|updates|twitter|facebook|instagram)\b|` +
		`\bnewsletters?\b.{0,60}\b(sign up|subscribe|inbox)|\b(sign up|subscribe)\b.{0,60}\bnewsletters?\b|` +
		`\bfollow (us|him|her|them|[A-Z]\S*) on (twitter|facebook|instagram)|like this (story|article)\??\s*share|share (it|this)( story| article)? with|` +
		`(requires|enable|turn on) javascript|javascript (is )?(required|disabled)|\buses? cookies\b|all rights reserved|©|copyright \d{4}|` +
		`may be reached at|can be reached at|(email|e-mail) (him|her|them|us|the author) at|[\w.+-]+@[\w-]+\.[\w.]+)`)
)

// htmlIsAppeal: a short paragraph with a call to act, a contact address, a
// copyright line or a JavaScript notice.
func htmlIsAppeal(t string) bool {
	return htmlAppealPhrases.MatchString(t)
}

var (
	htmlDateRe    = regexp.MustCompile(`(?i)\b(\d{1,2}(st|nd|rd|th)?\s+(de\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)[\p{L}]*\.?(\s+(de\s+)?\d{2,4})?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?(,?\s+\d{4})?|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(\s*(am|pm|a\.m\.|p\.m\.))?|\d{1,2}\.\d{2}\s*(am|pm|a\.m\.|p\.m\.|gmt|bst|utc|cet|est|edt)|\d{4})\b`)
	htmlDateWords = map[string]bool{
		"published": true, "updated": true, "posted": true, "last": true, "modified": true,
		"on": true, "at": true, "am": true, "pm": true, "gmt": true, "est": true, "edt": true,
		"pst": true, "pdt": true, "cst": true, "cdt": true, "utc": true, "bst": true, "cet": true,
		"ist": true, "et": true, "pt": true, "ct": true, "a": true, "p": true, "m": true,
		"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
		"saturday": true, "sunday": true, "date": true, "time": true, "às": true, "de": true,
		"feira": true, "segunda": true, "terça": true, "quarta": true, "quinta": true, "sexta": true,
		"sábado": true, "domingo": true, "ago": true, "hours": true, "minutes": true, "by": true,
		"first": true, "and": true, "created": true, "le": true, "el": true, "am_": true,
	}
)

// htmlIsDateline reports a line that is mostly a date or time: with the dates,
// times and date words taken out, at most 4 words remain.
func htmlIsDateline(t string) bool {
	locs := htmlDateRe.FindAllStringIndex(t, -1)
	if len(locs) == 0 {
		return false
	}
	rest := htmlDateRe.ReplaceAllString(t, " ")
	words, lower := 0, 0
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !htmlDateWords[strings.ToLower(w)] {
			words++
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				lower++
			}
		}
	}
	// A short sentence with a date ("The vote was held on March 3, 2020.")
	// is not a dateline: it quotes or ends like a sentence and has words of
	// its own in lower case.
	if lower >= 2 && htmlSentenceLike(t) {
		return false
	}
	// Bare four-digit numbers (years, phone number parts) are not enough.
	bare := true
	for _, l := range locs {
		if l[1]-l[0] != 4 || !htmlDigits(t[l[0]:l[1]]) {
			bare = false
		}
	}
	if bare {
		return false
	}
	return words <= 4
}

// htmlSentenceLike reports text that holds a quotation mark or ends with
// sentence punctuation (before closing quotes and brackets).
func htmlSentenceLike(t string) bool {
	if strings.ContainsAny(t, "\"“”„«»") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "'’)]"))
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func htmlDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
