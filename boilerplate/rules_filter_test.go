package boilerplate

import (
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// The rules skip work by prefilters (signatures, cue anchors, longScan)
// that must never change an answer. These tests run every rule with and
// without them.

// unfilteredRules returns every rule alone and all of them together, each
// with and without the prefilters, and all of them through matchAll and
// one by one.
func unfilteredRules() (filtered, unfiltered []*RuleSet) {
	all := Rules()[0].(*RuleSet)
	filtered = append(filtered, all)
	unfiltered = append(unfiltered, &RuleSet{ids: all.ids, all: true, unfiltered: true})
	// matchAll's inline gates against every rule tried one by one.
	filtered = append(filtered, all)
	unfiltered = append(unfiltered, &RuleSet{ids: all.ids})
	for _, name := range RuleNames() {
		rs := NamedRule(name).(*RuleSet)
		filtered = append(filtered, rs)
		unfiltered = append(unfiltered, &RuleSet{ids: rs.ids, unfiltered: true})
	}
	return filtered, unfiltered
}

// checkFiltered runs every rule on every paragraph of d with and without
// the prefilters.
func checkFiltered(t *testing.T, d *clean.Document) {
	t.Helper()
	filtered, unfiltered := unfilteredRules()
	for i := range d.Paragraphs {
		for k := range filtered {
			r1, ok1 := filtered[k].Match(d, i)
			r2, ok2 := unfiltered[k].Match(d, i)
			if r1 != r2 || ok1 != ok2 {
				t.Fatalf("rules %v on %q: %v %v with prefilters, %v %v without", filtered[k].ids, d.Paragraphs[i].Text, r1, ok1, r2, ok2)
			}
		}
	}
}

// TestPrefilters checks the prefilters on the corpus paragraphs and their
// variants with appeal, cookie and label words spliced in (see refTexts).
func TestPrefilters(t *testing.T) {
	texts := refTexts(t)
	for k := 0; k < len(texts); k += 64 {
		checkFiltered(t, newDoc(texts[k:min(k+64, len(texts))]...))
	}
}

// FuzzPrefilters checks the prefilters and the fast scans on any text: its
// lines are the paragraphs of a document.
func FuzzPrefilters(f *testing.F) {
	f.Add("Support us today!\nDear readers, we have a small favor to ask.\nAccept cookies\n© 2025")
	f.Add("If you enjoyed this, become a member. Your support keeps our newsroom free: donate any amount, or chip in monthly. " +
		strings.Repeat("Readers like you ", 20))
	f.Add("Share on Facebook\nRead more: x\nPhoto: AP/Jane Doe\nPrivacy Policy | Terms of Use")
	f.Fuzz(func(t *testing.T, s string) {
		var texts []string
		for _, line := range strings.Split(s, "\n") {
			if line = strings.Join(strings.Fields(line), " "); line != "" {
				texts = append(texts, line)
			}
		}
		if len(texts) == 0 {
			return
		}
		checkFiltered(t, newDoc(texts...))
		for _, line := range texts {
			checkLongScan(t, line)
			checkStartLists(t, strings.ToLower(line))
		}
	})
}

// checkStartLists compares startLists with a scan of every registered
// prefix.
func checkStartLists(t *testing.T, low string) {
	t.Helper()
	var want prefixList
	for _, es := range prefixesByPair {
		for _, e := range es {
			if strings.HasPrefix(low, e.s) {
				want |= e.lists
			}
		}
	}
	if got := startLists(low); got != want {
		t.Fatalf("startLists(%q) = %b, want %b", low, got, want)
	}
}

// TestStartLists checks startLists on every registered prefix alone, with
// a word after it, and cut short by a byte.
func TestStartLists(t *testing.T) {
	n := 0
	for _, es := range prefixesByPair {
		for _, e := range es {
			checkStartLists(t, e.s)
			checkStartLists(t, e.s+" word")
			checkStartLists(t, e.s[:len(e.s)-1])
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d prefixes registered", n)
	}
}

// checkLongScan compares longScan with strings.Contains.
func checkLongScan(t *testing.T, s string) {
	t.Helper()
	want := uint8(0)
	if strings.Contains(s, "ookie") {
		want |= longOokie
	}
	if strings.Contains(s, "you") || strings.Contains(s, "You") || strings.Contains(s, "onat") ||
		strings.Contains(s, "upport") || strings.Contains(s, "ubscri") || strings.Contains(s, "favo") {
		want |= longAppeal
	}
	if strings.Contains(s, "ard-looking") || strings.Contains(s, "ard-Looking") {
		want |= longForward
	}
	if got := longScan(s); got != want {
		t.Fatalf("longScan(%q) = %b, want %b", s, got, want)
	}
	want = 0
	if containsAny(s, intlAnchors[:]) {
		want |= intlStrong
	}
	if got := intlScan(s); got != want {
		t.Fatalf("intlScan(%q) = %b, want %b", s, got, want)
	}
	if got, want := intlOpenerTable.scan(s) != 0, containsAny(s, intlOpenerAnchors[:]); got != want {
		t.Fatalf("intlOpenerTable.scan(%q) = %v, want %v", s, got, want)
	}
	var stems []string
	for _, a := range intlCookieStems {
		stems = append(stems, a.s)
	}
	if got, want := intlCookieTable.scan(s) != 0, containsAny(s, stems); got != want {
		t.Fatalf("intlCookieTable.scan(%q) = %v, want %v", s, got, want)
	}
	if got, want := foreign(s), foreignRef(s); got != want {
		t.Fatalf("foreign(%q) = %v, want %v", s, got, want)
	}
	var strong []string
	for _, x := range strongAnchors {
		strong = append(strong, x.s)
	}
	if got, want := strongTable.scan(s) != 0, containsAny(asciiLowerRef(s), strong); got != want {
		t.Fatalf("strongTable.scan(%q) = %v, want %v", s, got, want)
	}
}

// asciiLowerRef returns s with its ASCII capitals in lower case, byte by
// byte.
func asciiLowerRef(s string) string {
	b := []byte(s)
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// alternateCaseRef returns s with every other byte of it in ASCII upper
// case ("hElP").
func alternateCaseRef(s string) string {
	b := []byte(s)
	for k := 1; k < len(b); k += 2 {
		if 'a' <= b[k] && b[k] <= 'z' {
			b[k] -= 'a' - 'A'
		}
	}
	return string(b)
}

// foreignRef is foreign read byte by byte.
func foreignRef(s string) bool {
	for k := 0; k < len(s); k++ {
		if 0xC3 <= s[k] && s[k] <= 0xDF {
			return true
		}
	}
	for k := 0; k+2 < len(s); k++ {
		if s[k] == 'i' && s[k+1] == 'j' && !ijVowel(s[k+2]) {
			return true
		}
	}
	return false
}

// TestLongScanOffsets puts each anchor, and the bytes and pairs foreign
// looks for, at every offset of texts of many lengths, across the
// eight-byte blocks longScan, anchorTable and hasLeadByte read.
func TestLongScanOffsets(t *testing.T) {
	anchors := append(longAnchors[:len(longAnchors):len(longAnchors)], intlTable.anchors...)
	anchors = append(anchors, intlOpenerTable.anchors...)
	anchors = append(anchors, intlCookieTable.anchors...)
	anchors = append(anchors, strongTable.anchors...)
	anchors = append(anchors, longAnchor{s: "é"}, longAnchor{s: "Д"}, longAnchor{s: "ijn"}, longAnchor{s: "ij."},
		longAnchor{s: "ija"}, longAnchor{s: "ij"}, longAnchor{s: "’"}, longAnchor{s: "\u00a0"})
	for _, a := range anchors {
		for n := len(a.s); n < 40; n++ {
			for at := 0; at+len(a.s) <= n; at++ {
				b := []byte(strings.Repeat("x", n))
				copy(b[at:], a.s)
				checkLongScan(t, string(b))
				copy(b[at:], strings.ToUpper(a.s))
				checkLongScan(t, string(b))
				copy(b[at:], alternateCaseRef(a.s))
				checkLongScan(t, string(b))
				// A neighbour that is a capital or an '@' (a small letter
				// and '`' with bit 5 set) before the anchor and after it.
				c := []byte(strings.Repeat("`", n))
				copy(c[at:], a.s)
				checkLongScan(t, string(c))
				c = []byte(strings.Repeat("@", n))
				copy(c[at:], strings.ToUpper(a.s))
				checkLongScan(t, string(c))
			}
		}
	}
}

// TestCueAnchors checks the claim of strongAnchors and openerAnchors: every
// strong cue wordCues gives needs a strong anchor in its three words, and
// every opener cue a strong or an opener anchor. It tries every triple of
// the words wordCues looks at.
func TestCueAnchors(t *testing.T) {
	words := append(append([]string{}, cueWords[:]...), cuePrefixes[:]...)
	for _, p := range cuePrefixes {
		words = append(words, p+"s", p+"ing", p+"ion")
	}
	words = append(words, "supporting", "make", "a", "readers", "reader", "favor", "favour", "become",
		"becoming", "subscribe", "contribute", "donate", "give", "chip", "any", "our", "we", "thank",
		"thanks", "you", "every", "per", "before", "dear", "to", "note", "you've", "have", "for", "if", "move", "on", "who", "listeners", "x")
	has := func(xs []substr, s string) bool {
		for _, x := range xs {
			if strings.Contains(s, x.s) {
				return true
			}
		}
		return false
	}
	for _, p2 := range words {
		for _, p1 := range words {
			for _, w := range words {
				c := wordCues(p2, p1, w)
				if c&(cueOpener|strongMask) == 0 {
					continue
				}
				s := p2 + " " + p1 + " " + w
				strong := has(strongAnchors, s)
				if c&strongMask != 0 && !strong {
					t.Fatalf("%q has a strong cue and no strong anchor", s)
				}
				if c&cueOpener != 0 && !strong && !has(openerAnchors, s) {
					t.Fatalf("%q has an opener cue and no anchor", s)
				}
			}
		}
	}
}
