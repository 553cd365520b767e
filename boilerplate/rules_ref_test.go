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

// Reference versions of the rules' fast paths: the plain code they must
// agree with on every input.

// appealCuesRef is appealCues without the word filters: every word is
// looked at, and the cues beyond English count in foreign text (foreignRef)
// and greetings.
func appealCuesRef(s string) uint32 {
	cues := englishCuesRef(s)
	if greetLine(s) || foreignRef(s) {
		cues |= intlCuesRef(s)
	}
	return cues
}

// englishCuesRef is englishCues without the word filter.
func englishCuesRef(s string) uint32 {
	var cues uint32
	var b0, b1, b2 [16]byte
	cur, p1, p2 := b0[:0], b1[:0], b2[:0]
	for i := 0; i <= len(s); i++ {
		var c byte = ' '
		if i < len(s) {
			c = s[i]
		}
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-':
			if len(cur) < cap(cur) {
				cur = append(cur, c)
			}
			continue
		case 'A' <= c && c <= 'Z':
			if len(cur) < cap(cur) {
				cur = append(cur, c+'a'-'A')
			}
			continue
		case c == '\'':
			if len(cur) > 0 && len(cur) < cap(cur) {
				cur = append(cur, c)
			}
			continue
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99: // ’
			if len(cur) > 0 && len(cur) < cap(cur) {
				cur = append(cur, '\'')
			}
			i += 2
			continue
		}
		if len(cur) == 0 {
			continue
		}
		cues |= wordCues(string(p2), string(p1), string(cur))
		p2, p1, cur = p1, cur, p2[:0]
	}
	return cues
}

// intlCuesRef is intlCues without the word filter: every word is read by
// intlWord and looked at.
func intlCuesRef(s string) uint32 {
	var intl uint32
	isStart := func(c byte) bool {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' ||
			0xC3 <= c && c <= 0xDF
	}
	var words []string
	for i := 0; i < len(s); {
		if !isStart(s[i]) {
			i++
			continue
		}
		a := i
		for i++; i < len(s); i++ {
			c := s[i]
			if isStart(c) || c == '\'' || 0x80 <= c && c <= 0xBF {
				continue
			}
			if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
				i += 2
				continue
			}
			break
		}
		words = append(words, s[a:i])
	}
	var b [3][intlWordLen]byte
	var n [3]int
	var caps [3]bool
	for k, w := range words {
		// b[k%3] holds word k, b[(k+2)%3] word k-1, b[(k+1)%3] word k-2.
		n[k%3], caps[k%3] = intlWord(&b[k%3], w)
		p1, p2 := (k+2)%3, (k+1)%3
		if k < 1 {
			n[p1], caps[p1] = 0, false
		}
		if k < 2 {
			n[p2], caps[p2] = 0, false
		}
		w2, w1, w0 := string(b[p2][:n[p2]]), string(b[p1][:n[p1]]), string(b[k%3][:n[k%3]])
		intl |= intlWordCues(w2, w1, w0, caps[k%3], caps[p1], caps[p2])
	}
	return intl
}

// refTexts returns the corpus paragraphs and, for each, a few variants with
// words of the appeal, cookie and label vocabularies spliced in, in various
// cases.
func refTexts(t *testing.T) []string {
	var out []string
	for _, g := range []string{"../testdata/seeds/*.txt", filepath.Join(benchDir, "input", "*.txt")} {
		m, _ := filepath.Glob(g)
		for _, f := range m {
			b := readFile(t, f)
			for _, p := range extract.Text(f, b).Paragraphs {
				out = append(out, p.Text)
			}
		}
	}
	vocab := append(append([]string{}, cueWords[:]...), cuePrefixes[:]...)
	vocab = append(vocab, intlVocab()...)
	vocab = append(vocab, "thank you", "before you go", "dear reader", "a favor to ask", "become a member",
		"make a donation", "chip in", "any amount", "support us", "your support", "readers like you",
		"donate now", "ookie", "Cookie", "COOKIE", "You", "YOU", "onat", "upport", "ubscri", "’", "'", "—",
		"You’ve read", "subscribe today", "help", "Ü", "x", "reader-funded", "every month")
	r := rand.New(rand.NewSource(1))
	n := len(out)
	for k := 0; k < n; k++ {
		s := out[k]
		for v := 0; v < 3; v++ {
			var b strings.Builder
			words := strings.Split(s, " ")
			for _, w := range words {
				if r.Intn(4) == 0 {
					x := vocab[r.Intn(len(vocab))]
					switch r.Intn(3) {
					case 0:
						x = strings.ToUpper(x)
					case 1:
						_, n := utf8.DecodeRuneInString(x)
						x = strings.ToUpper(x[:n]) + x[n:]
					}
					b.WriteString(x)
					b.WriteByte(" -'.,’"[r.Intn(5)])
				}
				b.WriteString(w)
				b.WriteByte(' ')
			}
			out = append(out, strings.TrimSpace(b.String()))
		}
	}
	return out
}

func TestAppealCuesRef(t *testing.T) {
	for _, s := range refTexts(t) {
		if got, want := appealCues(s), appealCuesRef(s); got != want {
			t.Fatalf("appealCues(%q) = %b, want %b", s, got, want)
		}
	}
}

func readFile(t *testing.T, name string) []byte {
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestLongScanRef(t *testing.T) {
	for _, s := range refTexts(t) {
		checkLongScan(t, s)
	}
}

// lowerScanRef is lowerScan a byte at a time.
func lowerScanRef(buf []byte, s string) (has uint16, spaces int) {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c|0x20 == 'k' {
			has |= hasK
		}
		if c|0x20 == 'j' {
			has |= hasJ
		}
		if '0' <= c && c <= '9' {
			has |= hasFigure
		}
		if c == '$' {
			has |= hasDollar
		}
		buf[k] = lowerByte(c)
		switch {
		case c == '@':
			has |= hasAt
		case c == '/':
			has |= hasSlash
		case c == '>':
			has |= hasGt
		case c == ':':
			has |= hasColon
		case c == '(' || c == ')':
			has |= hasParen
		case 0xC3 <= c && c <= 0xDF:
			has |= hasHigh | hasLead
		case 0xE3 <= c && c <= 0xED:
			has |= hasHigh | hasWide
		case c >= utf8.RuneSelf:
			has |= hasHigh
		case c == '.':
			has |= hasDot
		case c == '|':
			has |= hasBar
		case c == ' ':
			spaces++
		}
	}
	return has, spaces
}

// TestLowerScanRef checks the word-at-a-time lowerScan against the plain
// loop, and that a signature has the bit of every registered substring its
// text has.
func TestLowerScanRef(t *testing.T) {
	texts := refTexts(t)
	for c := 0; c < 256; c++ {
		texts = append(texts, strings.Repeat(string([]byte{byte(c)}), c%19+1)+"Ab@/>:().|"[c%10:])
	}
	for _, s := range texts {
		if len(s) > shortLen {
			s = s[:shortLen]
		}
		var got, want [shortLen]byte
		gh, sig, gs := lowerScan(got[:], s)
		wh, ws := lowerScanRef(want[:], s)
		if gh != wh || gs != ws || string(got[:len(s)]) != string(want[:len(s)]) {
			t.Fatalf("lowerScan(%q) = %08b %d %q, want %08b %d %q", s, gh, gs, got[:len(s)], wh, ws, want[:len(s)])
		}
		if sig != signature(s) {
			t.Fatalf("lowerScan(%q) signature %x, want %x", s, sig, signature(s))
		}
		for _, x := range registered {
			if strings.Contains(string(want[:len(s)]), x.s) && !x.maybe(sig) {
				t.Fatalf("signature(%q) lacks the bit of %q", s, x.s)
			}
		}
	}
}

// TestLowerScanLengths checks lowerScan on texts of every length to 20
// bytes and on long ones, up to and past the longest whose spaces the sum
// of its table entries counts (scanSumMax), all spaces or none, with
// bytes beyond ASCII and invalid UTF-8.
func TestLowerScanLengths(t *testing.T) {
	var texts []string
	for n := 0; n <= 20; n++ {
		for _, unit := range []string{" ", "A", "ÿ", "\xff", "a B", "É é", "\xe2\x80", " \xc3"} {
			texts = append(texts, strings.Repeat(unit, n+1)[:n])
		}
	}
	for _, n := range []int{shortLen, longNoteBytes, scanSumMax - 1, scanSumMax, scanSumMax + 1, 2 * scanSumMax, 5000} {
		for _, unit := range []string{" ", "\xff", "Word ", "Ünïcödé — ", "@K:j$9.|>/( )"} {
			texts = append(texts, strings.Repeat(unit, n/len(unit)+1)[:n])
		}
	}
	for _, s := range texts {
		got, want := make([]byte, len(s)), make([]byte, len(s))
		gh, sig, gs := lowerScan(got, s)
		wh, ws := lowerScanRef(want, s)
		if gh != wh || gs != ws || string(got) != string(want) || sig != signature(s) {
			t.Fatalf("lowerScan(%q) = %016b %d %x, want %016b %d %x", s, gh, gs, sig, wh, ws, signature(s))
		}
	}
}
