package boilerplate

import (
	"strings"

	"github.com/cleantext/clean"
)

// providerWords is the most words of a provider's name (see
// MarkProviderName).
const providerWords = 6

// providerLinks are the words before a provider's name in the lines of a
// syndicated page that name it: "Most Read from X", "Read the original
// article on X", "Originally published by X", "© Provided by X".
var providerLinks = [...]string{" from ", " on ", " by ", " at ", " in "}

// MarkProviderName removes the name of the outlet a portal syndicates
// over the article's headline: the document's first kept line, of at
// most providerWords words, capitalised, ending no sentence, over a
// longer kept line, when another line of the page ends with that name
// after one of providerLinks ("The Carrick Valley Gazette" over the
// headline, "Read the original article on The Carrick Valley Gazette"
// under the article). A kicker the page names nowhere else stays.
func MarkProviderName(d *clean.Document) {
	ps := d.Paragraphs
	f := firstKept(d)
	if f < 0 {
		return
	}
	t := ps[f].Text
	n := nextKept(ps, f)
	if n < 0 || len(t) < 3 || t[0] < 'A' || t[0] > 'Z' || wordCount(t) > providerWords ||
		wordCount(ps[n].Text) <= wordCount(t) {
		return
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':':
		return
	}
	for j := range ps {
		s := strings.TrimRight(ps[j].Text, ". ")
		if j == f || len(s) <= len(t)+4 || !strings.HasSuffix(s, t) {
			continue
		}
		pre := s[:len(s)-len(t)]
		for _, l := range providerLinks {
			if strings.HasSuffix(pre, l) {
				Remove(d, f, Reason{Rule: RuleSource, Detail: "the provider's name"})
				return
			}
		}
	}
}
