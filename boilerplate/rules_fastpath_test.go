package boilerplate

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// fastPathTexts returns texts for comparing a fast path with the plain
// code it stands for: the reference texts, every string of up to four
// pieces of pieces, and random strings of pieces of every length to 40
// bytes (so that 0-9 and 15-17 are covered), with bytes beyond ASCII and
// invalid UTF-8.
func fastPathTexts(t *testing.T, pieces ...string) []string {
	texts := refTexts(t)
	var grow func(s string, n int)
	grow = func(s string, n int) {
		texts = append(texts, s)
		if n == 0 {
			return
		}
		for _, p := range pieces {
			grow(s+p, n-1)
		}
	}
	grow("", 4)
	r := rand.New(rand.NewSource(1))
	for n := 0; n <= 40; n++ {
		for k := 0; k < 200; k++ {
			var b strings.Builder
			for b.Len() < n {
				b.WriteString(pieces[r.Intn(len(pieces))])
			}
			texts = append(texts, b.String()[:n])
		}
	}
	return texts
}

// TestRowSeparator checks rowSeparator against strings.IndexAny.
func TestRowSeparator(t *testing.T) {
	for _, s := range fastPathTexts(t, "|", "·", "•", "\xc2", "\xb7", "\xe2", "\x80", "\xa2", "\xe2\x80", "a", " ", "é") {
		if got, want := rowSeparator(s), strings.IndexAny(s, "·•|"); got != want {
			t.Fatalf("rowSeparator(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestAppealCuesEdges checks appealCues against appealCuesRef on short
// texts of cue words and their pieces, words that end the text among them.
func TestAppealCuesEdges(t *testing.T) {
	for _, s := range fastPathTexts(t, "you", "YOU", " ", "’", "'", "donate", "a", "-", "é", "\xe2\x80", "support", "us.", "dear") {
		if got, want := appealCues(s), appealCuesRef(s); got != want {
			t.Fatalf("appealCues(%q) = %b, want %b", s, got, want)
		}
	}
}

// TestLongScanEdges checks longScan and the anchor tables (checkLongScan)
// on texts of anchors, their pieces and other bytes, so that anchors fall
// at every offset of the eight-byte words, several in one word, and across
// words.
func TestLongScanEdges(t *testing.T) {
	for _, s := range fastPathTexts(t, "you", "ookie", "onat", "favo", "ard-looking", "pende", "оддерж", "yo", "u", "o", " ", "é", "\xd0") {
		checkLongScan(t, s)
	}
}

// currencyAtRef is currencyAt without the byte gate.
func currencyAtRef(s string, after bool) bool {
	if after {
		s = strings.TrimLeft(s, " ")
	} else {
		s = strings.TrimRight(s, " ")
	}
	for _, c := range currencies {
		sign := !isWordByte(c[0])
		if after && strings.HasPrefix(s, c) && (sign || len(s) == len(c) || !isWordByte(s[len(c)])) ||
			!after && strings.HasSuffix(s, c) && (sign || len(s) == len(c) || !isWordByte(s[len(s)-len(c)-1])) {
			return true
		}
	}
	return false
}

// TestCurrencyAtEdges checks currencyAt (and its gate, currencyEdges)
// against currencyAtRef on texts of currencies, their bytes and others.
func TestCurrencyAtEdges(t *testing.T) {
	for _, s := range fastPathTexts(t, "€", "$", "£", "kč", "zł", "kr", "eur", "chf", "ft", " ", "1", "a", "é", "\xe2", "\xac", "\xc5", "č") {
		for _, after := range []bool{true, false} {
			if got, want := currencyAt(s, after), currencyAtRef(s, after); got != want {
				t.Fatalf("currencyAt(%q, %v) = %v, want %v", s, after, got, want)
			}
		}
	}
}

// rightsReservedEndRef is rightsReservedEnd without the gate of
// rightsEnds.
func rightsReservedEndRef(low string) bool {
	t := strings.TrimRight(low, ". ")
	for _, p := range rightsReserved {
		if strings.HasSuffix(t, p) {
			return true
		}
	}
	return false
}

// TestRightsReservedEndEdges checks rightsReservedEnd against
// rightsReservedEndRef on texts of the phrases, their last four bytes and
// other bytes.
func TestRightsReservedEndEdges(t *testing.T) {
	pieces := []string{".", " ", "a", "\x00", "é", "\xd1"}
	for _, p := range rightsReserved {
		pieces = append(pieces, p, p[len(p)-4:])
	}
	for _, s := range fastPathTexts(t, pieces...) {
		if got, want := rightsReservedEnd(s), rightsReservedEndRef(s); got != want {
			t.Fatalf("rightsReservedEnd(%q) = %v, want %v", s, got, want)
		}
	}
}

// isShareVerbRef is isShareVerb with no path for lower-case ASCII: every
// word is lower-cased by foldPrefix and looked up in shareLabels.
func isShareVerbRef(w string) bool {
	w = strings.TrimSuffix(w, ":")
	if len(w) > labelFoldMax {
		return false
	}
	var buf [2 * labelFoldMax]byte
	if f := foldPrefix(buf[:0], w, len(buf)-utf8.UTFMax); len(f) > 0 {
		return shareLabels[string(f)]
	}
	return false
}

// TestIsShareVerbEdges checks isShareVerb against isShareVerbRef on the
// share labels in several cases and on texts of their pieces.
func TestIsShareVerbEdges(t *testing.T) {
	var words []string
	for w := range shareLabels {
		words = append(words, w, w+":", strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	words = append(words, fastPathTexts(t, "teilen", "Teilen", "delen", "paylaş", "Ş", ":", "a", "é", "\xd0", " ")...)
	for _, w := range words {
		want := isShareVerbRef(w)
		if got := isShareVerb(w, false); got != want {
			t.Fatalf("isShareVerb(%q, false) = %v, want %v", w, got, want)
		}
		if isLowerASCII(w) {
			if got := isShareVerb(w, true); got != want {
				t.Fatalf("isShareVerb(%q, true) = %v, want %v", w, got, want)
			}
		}
	}
}

// TestContainsSpaced checks containsSpaced against strings.Contains of
// the core between spaces, for the cores of crumbSeps.
func TestContainsSpaced(t *testing.T) {
	var cores []string
	for _, c := range crumbSeps {
		if len(c) < 3 || c[0] != ' ' || c[len(c)-1] != ' ' {
			t.Fatalf("crumb separator %q has no space at each end", c)
		}
		cores = append(cores, c[1:len(c)-1])
	}
	pieces := append([]string{" ", "a", "\xc2", "\xe2", ">", "/", "  "}, cores...)
	for _, s := range fastPathTexts(t, pieces...) {
		for _, core := range cores {
			if got, want := containsSpaced(s, core), strings.Contains(s, " "+core+" "); got != want {
				t.Fatalf("containsSpaced(%q, %q) = %v, want %v", s, core, got, want)
			}
		}
	}
}

// creditMarkBeforeRef is creditMarkBefore with no gate of the byte before
// the end: every mark is compared wherever one may end.
func creditMarkBeforeRef(low, s, ends string, set *markSet, intl bool) bool {
	for i := 0; ; {
		j := strings.IndexAny(low[i:], ends)
		if j < 0 {
			return false
		}
		w := 1
		if low[i+j] >= utf8.RuneSelf {
			_, w = utf8.DecodeRuneInString(low[i+j:])
		}
		k := i + j + w
		i = k
		if intl && isASCII(s[max(0, k-6):k-1]) {
			continue
		}
		for _, m := range set.marks {
			if k >= len(m) && (intl && strings.EqualFold(s[k-len(m):k], m) || !intl && low[k-len(m):k] == m) &&
				creditMarkAt(low, s, k-len(m), k, intl) {
				return true
			}
		}
	}
}

// TestCreditMarkBeforeEdges checks creditMarkBefore against
// creditMarkBeforeRef, and that the gate of a markSet lets through every
// mark that ends anywhere in a text, whole or folded (strings.EqualFold),
// on texts of marks in several cases, their pieces, characters that fold
// to ASCII ('ſ', the Kelvin sign) and invalid UTF-8.
func TestCreditMarkBeforeEdges(t *testing.T) {
	sets := []struct {
		ends string
		set  *markSet
		intl bool
	}{{":=", &intlCreditMarks, true}, {scriptColons, &scriptCreditMarks, true}, {":", &moreCreditMarks, false}}
	pieces := []string{"Фото", "фото", "ФОТ", ":", "=", " ", ". ", "사진", "Jane Doe", "\xd0", "\xbe", "ſ", "\u212a", "ፎቶ", "፦",
		"Լուսանկարը", "՝", "Piksa", "PIKSA:", "mynd", "é", "Ảnh", "a"}
	for _, s := range fastPathTexts(t, pieces...) {
		b := []byte(s)
		for i, c := range b {
			b[i] = lowerByte(c)
		}
		low := string(b)
		for _, x := range sets {
			if got, want := creditMarkBefore(low, s, x.ends, x.set, x.intl), creditMarkBeforeRef(low, s, x.ends, x.set, x.intl); got != want {
				t.Fatalf("creditMarkBefore(%q, %q) = %v, want %v", s, x.ends, got, want)
			}
			for k := 2; k <= len(s); k++ {
				for n, m := range x.set.marks {
					if k >= len(m) && strings.EqualFold(s[k-len(m):k], m) {
						_, w := utf8.DecodeLastRuneInString(m)
						if x.set.before[s[k-w-1]]&(1<<n) == 0 {
							t.Fatalf("%q: the gate rules out %q ending at %d", s, m, k)
						}
					}
				}
			}
		}
	}
}

// TestLowSearches checks the plain searches that stand for folding ones on
// a paragraph's lower-case copy (containsWordLow for containsWordFold,
// strings.Contains for containsFold with the cookie notices' cues), on
// texts of the words in several cases and their pieces.
func TestLowSearches(t *testing.T) {
	words := []string{"said", "says", "told", "app"}
	pieces := []string{"said", "SAYS", "Told", "aPp", "sa", "s", "a", "1", " ", "é", "\xd0", "-", "we use", "Privacy"}
	for _, s := range fastPathTexts(t, pieces...) {
		b := []byte(s)
		for i, c := range b {
			b[i] = lowerByte(c)
		}
		low := string(b)
		for _, w := range words {
			if got, want := containsWordLow(low, w), containsWordFold(s, w); got != want {
				t.Fatalf("containsWordLow(%q, %q) = %v, want %v", low, w, got, want)
			}
		}
		for _, w := range cookieCues {
			if got, want := strings.Contains(low, w), containsFold(s, w); got != want {
				t.Fatalf("strings.Contains(%q, %q) = %v, containsFold: %v", low, w, got, want)
			}
		}
	}
}
