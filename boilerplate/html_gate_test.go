package boilerplate

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cleantext/clean/extract"
)

// htmlTriggers are phrases of every HTMLPass rule family, spliced into the
// corpus texts so that the gated rules meet their matches at the start, in
// the middle and at the end of lines, in every case.
var htmlTriggers = []string{
	"Advertisement", "ADVERTISING", "Sponsored content", "Anzeige", "Publicité", "Story continues below advertisement",
	"Continue reading the main story", "Scroll to continue with content", "ad", "Ads",
	"Photo: AP", "(AP Photo/Seth Wenig)", "Image copyright Getty Images", "Photo by Jane Smith for Example News",
	"Jane Smith/Reuters", "Credits: iStockphoto", "Source: news agencies", "Fotos Bild",
	"Updated: Sat 8:31 PM, Feb 17, 2018", "Published 12 March 2019", "3 hours ago", "2019-03-12",
	"12.30 GMT", "5 min read", "Reading time: 3 minutes", "Lesezeit: 4 Minuten", "one-minute read",
	"By Jane Smith", "BY JANE SMITH AND JOHN DOE", "Von Hans Müller", "By The Associated Press", "By Reuters",
	"by\tJane Doe, staff writer", "Par Jean Dupont", "Door Jan de Vries |",
	"Keith Bradsher contributed reporting from Hong Kong.", "Reporting by Jane Smith; Editing by John Doe",
	"You may also like", "Related:", "Related Stories", "More Great WIRED Stories", "Read more »", "SEE MORE: Floods",
	"12 Comments", "Leave a reply", "Tags: politics", "More on Brexit", "More from the BBC", "Filed under: news",
	"Want more stories like this?", "Don't miss", "Trending now", "Most popular",
	"Click here", "tap here", "This site requires JavaScript", "JavaScript is disabled", "All rights reserved",
	"Copyright © 2018", "© 2018 Example", "2018 ©", "This website uses cookies", "we use cookies",
	"you agree to our use of cookies", "Like this story? Share it", "Share this article with your friends",
	"This post contains affiliate links", "Email the author", "write to us", "Contact him",
	"Follow us on Twitter", "Follow @jane at", "Follow Jane on Instagram", "Like us on Facebook", "join our",
	"Subscribe now", "Sign up for our newsletter", "Register for e-mail list updates",
	"Get our newsletter in your inbox", "newsletter: subscribe today", "She can be reached at jane@example.com",
	"jane@example.com", "Jane Smith is a staff reporter. Tips: jane@example.com", "+1 (555) 123-4567", "@janesmith",
	"[caption id=\"1\"]", "[/button]", "[embed]x", "[ snippet ]",
}

// htmlCaseVariants returns s as it is, in upper and lower case, and with the
// letters that (?i) folds to non-ASCII runes (k, s) replaced by those runes.
func htmlCaseVariants(s string) []string {
	fold := strings.NewReplacer("k", "\u212a", "K", "\u212a", "s", "\u017f", "S", "\u017f")
	return []string{s, strings.ToUpper(s), strings.ToLower(s), fold.Replace(s)}
}

// htmlRefTexts returns the paragraphs of the HTML pages and of the text
// bench pages, then for htmlTriggers in the case variants: standalone
// variants of each (alone and with punctuation around; the first 6 of every
// 6+15), and spliced variants (before and after a short text or part of
// one).
func htmlRefTexts(t *testing.T) (corpus, triggers []string) {
	var texts []string
	_, docs := htmlDocs(t)
	for _, d := range docs {
		if d == nil {
			continue
		}
		for _, p := range d.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	files, _ := filepath.Glob("../testdata/benchtext/dev/input/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range extract.Text(f, data).Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	var short []string
	for _, s := range texts {
		if utf8.RuneCountInString(s) <= 120 {
			short = append(short, s)
		}
	}
	rng := rand.New(rand.NewSource(3))
	for _, tr := range htmlTriggers {
		for _, v := range htmlCaseVariants(tr) {
			triggers = append(triggers, v, "— "+v, "("+v+")", v+":", "» "+v+" ›", "\u00a0"+v+" ...")
			for range 3 {
				s := short[rng.Intn(len(short))]
				cut := s
				if len(cut) > 40 {
					cut = strings.ToValidUTF8(cut[:40], "")
				}
				triggers = append(triggers, v+" "+cut, cut+" "+v, cut+". "+v, v+" "+s, s+" "+v)
			}
		}
	}
	return texts, triggers
}

// TestHTMLHasQuote checks htmlHasQuote against strings.ContainsAny on the
// corpus and on marks next to truncated and invalid UTF-8.
func TestHTMLHasQuote(t *testing.T) {
	corpus, triggers := htmlRefTexts(t)
	texts := append(corpus, triggers...)
	for _, m := range []string{"\"", "“", "”", "„", "«", "»", "\u201b", "\u201f", "\u00aa", "\u00bc", "’"} {
		texts = append(texts, m, "a"+m, m+"b", "\xe2"+m, "\xc2"+m, "\xe2\x80"+m, m[:len(m)-1], m[1:], "x"+m[:len(m)-1]+"y")
	}
	for _, s := range texts {
		if got, want := htmlHasQuote(s), strings.ContainsAny(s, "\"“”„«»"); got != want {
			t.Errorf("htmlHasQuote(%q) = %v", s, got)
		}
	}
}
