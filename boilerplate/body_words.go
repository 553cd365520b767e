package boilerplate

import (
	_ "embed"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// stopwordData is a trimmed copy of stopwords-iso (MIT; see
// stopwords.LICENSE): one line per language, its code then its words.
//
//go:embed stopwords.txt
var stopwordData string

var (
	stopOnce  sync.Once
	stopLangs []string          // language codes, by bit
	stopMask  map[string]uint64 // word -> bit set of the languages listing it
	stopMax   int               // longest stopword in bytes
)

func loadStopwords() {
	stopMask = make(map[string]uint64, 20000)
	for _, line := range strings.Split(strings.TrimSpace(stopwordData), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || len(stopLangs) == 64 {
			continue
		}
		bit := uint64(1) << len(stopLangs)
		stopLangs = append(stopLangs, f[0])
		for _, w := range f[1:] {
			stopMask[w] |= bit
			stopMax = max(stopMax, len(w))
		}
	}
}

// numLangs is the number of stopword lists.
func numLangs() int { stopOnce.Do(loadStopwords); return len(stopLangs) }

// lineStats are the cheap features of one paragraph.
type lineStats struct {
	runes  int  // runes of text
	words  int  // word tokens (a Han or kana character is one token)
	upper  int  // words that start with an upper-case letter
	digits int  // words that start with a digit
	lead   bool // the first word starts with a digit
	sents  int  // sentence ends inside or at the end: . ! ? followed by space or end
	commas int
	end    rune // last rune that is not a closing quote or bracket
}

// isCJK reports scripts written without spaces, tokenized per character.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// scan tokenizes s, fills st and adds one to counts[l] for each token that
// is a stopword of language l. buf is scratch space for lower-casing; the
// grown buffer is returned.
func scan(s string, st *lineStats, counts []uint16, buf []byte) []byte {
	inWord := false
	word := buf[:0]
	flush := func() {
		if !inWord {
			return
		}
		inWord = false
		st.words++
		if len(word) <= stopMax {
			for m := stopMask[string(word)]; m != 0; m &= m - 1 {
				counts[bits.TrailingZeros64(m)]++
			}
		}
		word = word[:0]
	}
	var prev rune
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		st.runes++
		switch {
		case c < utf8.RuneSelf && ('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_'):
			if !inWord {
				inWord = true
				if c <= '9' {
					st.digits++
					st.lead = st.lead || st.words == 0
				}
			}
			word = append(word, c)
		case c < utf8.RuneSelf && 'A' <= c && c <= 'Z':
			if !inWord {
				inWord = true
				st.upper++
			}
			word = append(word, c+'a'-'A')
		case c < utf8.RuneSelf:
			flush()
			switch c {
			case '.', '!', '?':
				if i == len(s) || s[i] == ' ' {
					st.sents++
				}
			case ',':
				st.commas++
			}
		case isCJK(r):
			flush()
			inWord = true
			word = utf8.AppendRune(word, r)
			flush()
			if r == '。' || r == '！' || r == '？' {
				st.sents++
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if !inWord {
				inWord = true
				if unicode.IsUpper(r) {
					st.upper++
				}
			}
			word = utf8.AppendRune(word, unicode.ToLower(r))
		default:
			flush()
			switch r {
			case '。', '！', '？', '؟', '।':
				st.sents++
			case '，', '、', '،':
				st.commas++
			}
		}
		if !isCloser(r) {
			prev = r
		}
	}
	flush()
	st.end = prev
	return word
}

// isCloser reports closing quotes and brackets, skipped when looking for
// the rune that ends a line.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '」', '』', '）', ' ':
		return true
	}
	return false
}
