package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Small text helpers shared by the rules. They work on Paragraph.Text, which
// the extractor has already folded (single ASCII spaces, trimmed), fold only
// ASCII case and never allocate.

// lowerByte returns c in lower case when it is an ASCII capital.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lowerInto writes s in ASCII lower case to buf (len(buf) >= len(s)) and
// returns it as a string that shares buf's memory: the caller keeps buf
// (on its stack) for as long as it uses the string, and allocates
// nothing.
func lowerInto(buf []byte, s string) string {
	buf = buf[:len(s)]
	for k := range len(s) {
		buf[k] = lowerByte(s[k])
	}
	return unsafe.String(unsafe.SliceData(buf), len(s))
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case.
// prefix must be lower case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerByte(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// hasSuffixFold reports whether s ends with suffix, ignoring ASCII case.
// suffix must be lower case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && hasPrefixFold(s[len(s)-len(suffix):], suffix)
}

// indexFold returns the index of the first occurrence of sub in s ignoring
// ASCII case, or -1. sub must be lower case and start with a letter. It
// searches for both cases of the first byte with strings.IndexByte, so it
// stays fast on long text.
func indexFold(s, sub string) int {
	if len(sub) == 0 {
		return 0
	}
	lo := sub[0]
	up := lo
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	for i := 0; i+len(sub) <= len(s); {
		j := indexEither(s[i:len(s)-len(sub)+1], lo, up)
		if j < 0 {
			return -1
		}
		i += j
		if hasPrefixFold(s[i+1:], sub[1:]) {
			return i
		}
		i++
	}
	return -1
}

// indexEither returns the index of the first a or b in s, or -1.
func indexEither(s string, a, b byte) int {
	if a == b {
		return strings.IndexByte(s, a)
	}
	i := strings.IndexByte(s, a)
	if i < 0 {
		return strings.IndexByte(s, b)
	}
	if j := strings.IndexByte(s[:i], b); j >= 0 {
		return j
	}
	return i
}

// containsFold reports whether s contains sub, ignoring ASCII case.
func containsFold(s, sub string) bool { return indexFold(s, sub) >= 0 }

// containsWordFold reports whether s contains sub as whole words (not
// preceded or followed by a letter or digit), ignoring ASCII case.
func containsWordFold(s, sub string) bool { return containsWordIn(s, sub, true) }

// containsWordLow is containsWordFold for a text low with no capital in
// ASCII (a lower-case copy, see para.low): there the plain search
// (strings.Index) finds what indexFold finds.
func containsWordLow(low, sub string) bool { return containsWordIn(low, sub, false) }

// containsWordIn is containsWordFold (fold) or containsWordLow (!fold):
// the one loop, with the search each needs.
func containsWordIn(s, sub string, fold bool) bool {
	for i := 0; ; {
		var j int
		if fold {
			j = indexFold(s[i:], sub)
		} else {
			j = strings.Index(s[i:], sub)
		}
		if j < 0 {
			return false
		}
		j += i
		end := j + len(sub)
		if (j == 0 || !isWordByte(s[j-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		i = j + 1
	}
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= utf8.RuneSelf
}

// wordCount counts the space-separated words of folded text.
func wordCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1
}

// trimTrailingClosers drops closing quotes and brackets from the end of s,
// and the spaces between them (French sets one before a closing
// guillemet: "… le payer. »").
func trimTrailingClosers(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', ')', ']', '”', '’', '»', '›', '*', ' ', '\u00a0', '\u202f':
			s = s[:len(s)-n]
			continue
		}
		break
	}
	return s
}

// endsSentence reports whether s ends like a sentence: with . ! ? or an
// ellipsis, the full stops and marks of Chinese and Japanese, the danda
// of Hindi and Bengali, the Arabic question mark or the Urdu full stop,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	sent, _ := endings(s)
	return sent
}

// endsPunct reports whether s ends with any sentence or clause punctuation
// (. ! ? … : ; ,), ignoring closing quotes and brackets.
func endsPunct(s string) bool {
	_, punct := endings(s)
	return punct
}

// endings returns endsSentence(s) and endsPunct(s), trimming the closers
// once.
func endings(s string) (sent, punct bool) {
	if s == "" {
		return false, false
	}
	if c := s[len(s)-1]; c < utf8.RuneSelf && !closerASCII[c] {
		// The common case: no closer to trim, an ASCII last byte.
		switch c {
		case '.', '!', '?':
			return true, true
		case ':', ';', ',':
			return false, true
		}
		return false, false
	}
	s = trimTrailingClosers(s)
	if s == "" {
		return false, false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch {
	case r == '…' || fullStop(r):
		return true, true
	case r == ':' || r == ';' || r == ',':
		return false, true
	}
	return false, false
}

// fullStop reports a mark that ends a sentence in the scripts the tool
// knows: . ! ? and the full stops, question and exclamation marks of
// Chinese and Japanese, Arabic and Urdu, the Indic danda, Thai, Khmer,
// Myanmar, Tibetan (shad and nyis shad), Armenian and Ethiopic. scan, sentenceLine, stopRune, endings
// and the ad shapes all ask it, so that the scripts stay the same in each.
func fullStop(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？', '؟', '।', '۔', '๚', '។', '៕', '။', '།', '༎', '։', '።', '፧':
		return true
	}
	return false
}

// closerASCII marks the ASCII closers trimTrailingClosers drops.
var closerASCII = [utf8.RuneSelf]bool{'"': true, '\'': true, ')': true, ']': true, '*': true}

// firstWord returns s up to its first space.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// isUpperStart reports whether s starts with an upper-case letter or a digit.
func isUpperStart(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isCapitalised reports whether every word of s that has letters starts
// with an upper-case letter or digit, allowing a few short lower-case
// joiners (of, and, the, ...).
func isCapitalised(s string) bool {
	n := 0
	for s != "" {
		w := firstWord(s)
		s = strings.TrimPrefix(s[len(w):], " ")
		w = strings.TrimLeft(w, "(\"'“‘[")
		if w == "" || !hasLetter(w) {
			continue
		}
		n++
		if isUpperStart(w) {
			continue
		}
		switch w {
		case "of", "and", "the", "de", "da", "di", "van", "von", "der", "la", "le", "du", "for", "&", "in", "on", "at", "a", "an", "to", "by", "bin", "al":
			continue
		}
		return false
	}
	return n > 0
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// labelCut is the decoration trimLabel trims.
var labelCut = newCutSet(" :|>»›<«‹→←↗↓↑▶►▸▼•·-–—…+*#()[]")

// trimLabel trims decoration that surrounds link and button labels: spaces,
// arrows, bullets, colons, pipes, ellipses and the like.
func trimLabel(s string) string { return labelCut.trim(s) }

// isSentenceLike reports whether a paragraph reads as article prose: at least
// minWords words and ending like a sentence, or running text in Thai or Lao
// (see thaiProse).
func isSentenceLike(s string, minWords int) bool {
	return endsSentence(s) && (wordCount(s) >= minWords || cjkSentence(s, minWords)) || thaiLast(s) && thaiProse(s)
}

// thaiLast reports whether s may end like Thai prose (see thaiProse): it
// does not end with an ASCII byte other than a closer. It is the test
// thaiProse opens with, inlined where most texts fail it.
func thaiLast(s string) bool {
	return s != "" && (s[len(s)-1] >= utf8.RuneSelf || closerASCII[s[len(s)-1]])
}

// cjkSentence reports whether s, which ends like a sentence, holds at
// least 2×minWords characters of Chinese or Japanese (written without
// spaces, a character about half an English word): "参加は無料で、申し
// 込みは不要です。"
func cjkSentence(s string, minWords int) bool {
	if s == "" || s[len(s)-1] < utf8.RuneSelf {
		return false // the common case: an ASCII last byte
	}
	n := 0
	for _, r := range s {
		if r >= 0x3040 && r <= 0x30FF || r >= 0x4E00 && r <= 0x9FFF {
			if n++; n >= 2*minWords {
				return true
			}
		}
	}
	return false
}

// thaiProse reports running text in Thai or Lao, which mark no sentence
// end and write no space between words, so that wordCount and endsSentence
// say nothing of them: a paragraph that ends in a Thai or Lao letter or
// digit (closing quotes aside) and that the body finder's scan reads as
// prose of at least proseWords words (see impliedStop). A menu item or a
// headline in them is shorter.
func thaiProse(s string) bool {
	if !thaiLast(s) {
		return false // the common case: an ASCII last byte
	}
	r, _ := utf8.DecodeLastRuneInString(trimTrailingClosers(s))
	if r < 0x0E00 || r > 0x0EFF {
		return false
	}
	numLangs() // scan reads the tables loadStopwords builds
	var st lineStats
	scan(s, &st, nil)
	return st.end == impliedStop
}

// ---- late substrings -------------------------------------------------------------

// The substrings below are registered last (this file's variables are
// initialised after those of the other files of the package): by then every
// signature bit is handed out (see pairBitOf), so they take bits of pairs
// that already have one and leave the bits of the substrings before them
// as they were.
var (
	// subBelow gates continuesBelow.
	subBelow = sub(" continues below")
	// subCode gates promoCode; subApp and subApli gate ownApp.
	subCode = sub("code")
	subApp  = sub("app")
	subApli = sub("apli")
	// subExternal and subSolely gate externalNote.
	subExternal = sub("content of external")
	subSolely   = sub("solely responsible")
	// The Latin names of channelPlatforms gate matchChannelPromo.
	subChannels = subs(channelPlatforms[:latinChannels]...)
	// subPodcast gates podcastPromo.
	subPodcast = sub("podcast")
	// The sign-up verbs gate isSignUp.
	subSignUp, subSubscribe, subRegister = sub("sign up"), sub("subscribe"), sub("register")
	// subBlo gates isAdBlockRequest.
	subBlo = sub("blo")
	// subRepublish gates the republication notices of syndicated.
	subRepublish = sub("republish")
)
