package boilerplate

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// RulePullQuote names the removal of a pull quote (see MarkPullQuotes).
const RulePullQuote = "pull-quote"

// Bounds of a pull quote (see MarkPullQuotes).
const (
	// pullMinWords and pullMaxWords bound the words of a pull quote.
	pullMinWords, pullMaxWords = 8, 40
	// pullReach is how many paragraphs away from its source a pull quote
	// may sit.
	pullReach = 12
)

// MarkPullQuotes removes the pull quotes of a feature: a kept paragraph of
// pullMinWords to pullMaxWords words set in quotation marks, that ends
// like a sentence inside them (a quoted subheading, "‘We had to learn the
// law ourselves’", is a phrase of the quote under it), whose words,
// without the quotation marks and the punctuation that ends them, occur
// as they are inside a longer kept paragraph at most pullReach
// paragraphs away: the quote a magazine's layout repeats in large type
// ("“You learn very fast to smile and say the safe thing.”", cut from a
// longer quote of the article). The words are compared without their
// case, the style of their apostrophes and punctuation when they do not
// occur as they are, each sentence of the quote on its own (see
// pullSentences). The removal's detail names the paragraph it repeats. A
// quote the article gives only once stays.
func MarkPullQuotes(d *clean.Document) {
	ps := d.Paragraphs
	for i := range ps {
		if t := ps[i].Text; len(t) < 2 || !quoteFirst[t[0]] || !quoteLast[t[len(t)-1]] {
			continue // the common case: no quotation mark at an end
		}
		core, ok := pullCore(&ps[i])
		if !ok {
			continue
		}
		var sentences []string // core's sentences as quoteWords, made on first need
		// The source holds the core's two longest words as they are:
		// most paragraphs are not compared with the core, nor word by
		// word.
		anchor, second := longestWords(core)
		for j := max(0, i-pullReach); j < len(ps) && j <= i+pullReach; j++ {
			if j == i || !ps[j].Kept() || len(ps[j].Text) <= len(ps[i].Text) || !strings.Contains(ps[j].Text, anchor) {
				continue
			}
			found := strings.Contains(ps[j].Text, core)
			if !found && strings.Contains(ps[j].Text, second) {
				if sentences == nil {
					sentences = pullSentences(core)
				}
				found = len(sentences) > 0 && quotesAll(quoteWords(ps[j].Text), sentences)
			}
			if found {
				Remove(d, i, Reason{Rule: RulePullQuote, Detail: "repeats paragraph " + strconv.Itoa(j)})
				break
			}
		}
	}
}

// pullSentenceWords is the fewest words of a sentence of a pull quote
// that must occur in its source; shorter ones ("Yes.") are not looked for.
const pullSentenceWords = 3

// pullSentences returns the sentences of a pull quote's core as
// quoteWords, each of pullSentenceWords words or more, or nil when they
// hold fewer than pullMinWords words: a magazine joins the sentences of a
// quote the article splits around its attribution ("“You don’t fight
// the ice. You just try to outlast it.”" from "\"You don't fight the
// ice,\" he said. \"You just try to outlast it.\"").
func pullSentences(core string) []string {
	var out []string
	words := 0
	for from, k := 0, 0; k < len(core); k++ {
		// A sentence ends at ". ", "? " or "! ", or with the core.
		if k+1 < len(core) && !(core[k+1] == ' ' && (core[k] == '.' || core[k] == '?' || core[k] == '!')) {
			continue
		}
		w := quoteWords(core[from : k+1])
		if n := strings.Count(w, " ") - 1; n >= pullSentenceWords {
			out = append(out, w)
			words += n
		}
		from = k + 2
	}
	if words < pullMinWords {
		return nil
	}
	return out
}

// longestWords returns the two longest runs of ASCII letters of s (the
// first of the longest, then the first of the others), which a source of
// s holds with the same case; "" for none.
func longestWords(s string) (first, second string) {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && ('a' <= s[i]|0x20 && s[i]|0x20 <= 'z') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			switch w := s[start:i]; {
			case len(w) > len(first):
				first, second = w, first
			case len(w) > len(second) && w != first:
				second = w
			}
		}
		start = -1
	}
	return first, second
}

// quotesAll reports whether every one of sentences occurs in src, all of
// them quoteWords.
func quotesAll(src string, sentences []string) bool {
	for _, s := range sentences {
		if !strings.Contains(src, s) {
			return false
		}
	}
	return true
}

// quoteWords returns the words of s as a pull quote and its source are
// compared: lower case, apostrophes as "'", each word with a space
// before and after it, the other punctuation and the quotation marks
// dropped ("\"You don’t fight the ice,\"" gives " you don't fight the ice ").
func quoteWords(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	space := true
	prevLetter := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'):
			// ASCII, most of the text: no table look-up.
			if 'A' <= r && r <= 'Z' {
				r |= 0x20
			}
			b.WriteByte(byte(r))
			space, prevLetter = false, true
			continue
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
			space, prevLetter = false, true
			continue
		case (r == '\'' || r == '’') && prevLetter:
			b.WriteByte('\'')
		case !space:
			b.WriteByte(' ')
			space = true
		}
		prevLetter = false
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// pullQuotes are the quotation marks that open and end a pull quote.
const pullQuotes = "\"“”«»„'‘’"

// quoteFirst and quoteLast mark the first and the last bytes of the
// quotation marks of pullQuotes.
var quoteFirst, quoteLast = func() (first, last [256]bool) {
	for _, r := range pullQuotes {
		b := string(r)
		first[b[0]], last[b[len(b)-1]] = true, true
	}
	return first, last
}()

// pullCore returns the words of p when p may be a pull quote (see
// MarkPullQuotes): its text inside the quotation marks that open and end
// it, without the punctuation that ends it.
func pullCore(p *clean.Paragraph) (string, bool) {
	t := p.Text
	if len(t) < 2 || !p.Kept() {
		return "", false
	}
	r, n := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune(pullQuotes, r) {
		return "", false
	}
	l, m := utf8.DecodeLastRuneInString(t)
	if !strings.ContainsRune(pullQuotes, l) {
		return "", false
	}
	if w := wordCount(t); w < pullMinWords || w > pullMaxWords {
		return "", false
	}
	inner := t[n : len(t)-m]
	if e, _ := utf8.DecodeLastRuneInString(inner); e != '.' && e != '!' && e != '?' && e != '…' {
		return "", false // a quoted subheading: a phrase of the quote under it
	}
	return strings.TrimRight(inner, ".,;:!?… "), true
}
