package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/cleantext/clean"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Text splits plain text into a Document. The input may carry a UTF-8 or
// UTF-16 byte-order mark, CRLF or CR line ends and invalid UTF-8 (replaced by
// U+FFFD and counted in Document.Repaired); Document.Text is the decoded text
// that spans point into.
//
// Paragraphs are separated by blank lines (lines of only white space). A block
// of several lines is one paragraph when it looks hard-wrapped (prose broken
// at a fixed width) and one paragraph per line otherwise, since scrapers
// commonly save one block per line. Paragraph.Text has Unicode spaces folded
// to ASCII spaces, runs collapsed, zero-width characters and soft hyphens
// dropped, and is never empty.
func Text(id string, src []byte) *clean.Document {
	text, repaired := Decode(src)
	d := &clean.Document{ID: id, Format: clean.FormatText, Text: text, Repaired: repaired}
	d.Paragraphs = Split(text, make([]clean.Paragraph, 0, strings.Count(text, "\n")+1))
	return d
}

// Decode returns src as valid UTF-8 text with a byte-order mark removed
// (UTF-16 input is transcoded), CRLF and lone CR turned into LF, and invalid
// sequences replaced by U+FFFD; the second result counts the replacements.
func Decode(src []byte) (string, int) {
	switch {
	case len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF:
		src = src[3:]
	case len(src) >= 2 && (src[0] == 0xFF && src[1] == 0xFE || src[0] == 0xFE && src[1] == 0xFF):
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()
		if out, err := dec.Bytes(src); err == nil {
			src = out
		}
	}
	// Fast path: valid UTF-8 without CR needs one copy and nothing else.
	if bytes.IndexByte(src, '\r') < 0 && utf8.Valid(src) {
		return string(src), 0
	}
	var b strings.Builder
	b.Grow(len(src))
	repaired := 0
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				b.WriteByte('\n')
				if i+1 < len(src) && src[i+1] == '\n' {
					i++
				}
			} else {
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			b.WriteRune(utf8.RuneError)
			repaired++
			i++
			continue
		}
		b.Write(src[i : i+n])
		i += n
	}
	return b.String(), repaired
}

// line is one line of the text: its span without the newline.
type line struct{ start, end int }

// Split appends the paragraphs of decoded text to dst and returns it; see
// Text for the rules.
func Split(text string, dst []clean.Paragraph) []clean.Paragraph {
	block := make([]line, 0, 32)
	flush := func() {
		if len(block) == 0 {
			return
		}
		if len(block) > 1 && hardWrapped(text, block) {
			dst = appendPara(dst, text, block[0].start, block[len(block)-1].end)
		} else {
			for _, l := range block {
				dst = appendPara(dst, text, l.start, l.end)
			}
		}
		block = block[:0]
	}
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if isBlank(text[start:end]) {
			flush()
		} else {
			block = append(block, line{start, end})
		}
		start = end + 1
	}
	flush()
	return dst
}

// hardWrapped reports whether the lines of a block look like one paragraph
// broken at a fixed width: every line but the last is 30 to 100 runes long,
// and most of them do not end a sentence.
func hardWrapped(text string, block []line) bool {
	open := 0
	for _, l := range block[:len(block)-1] {
		s := strings.TrimSpace(text[l.start:l.end])
		n := utf8.RuneCountInString(s)
		if n < 30 || n > 100 {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(".!?:;\"”'’)", r) {
			open++
		}
	}
	return 2*open >= len(block)-1
}

func isBlank(s string) bool {
	for _, r := range s {
		if !isSpace(r) && !isInvisible(r) {
			return false
		}
	}
	return true
}

// isSpace reports white space, including no-break and other Unicode spaces.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
	}
	switch {
	case r == 0x85 || r == 0xA0 || r == 0x1680 || r == 0x3000:
		return true
	case r < 0x2000 || r > 0x205F:
		return false
	}
	// U+2000-200A spaces, U+200B zero-width space, line and paragraph
	// separators, narrow no-break and medium mathematical spaces.
	return r <= 0x200B || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F
}

// isInvisible reports characters dropped from paragraph text: zero-width
// no-break space (a stray BOM), word joiner and soft hyphen.
func isInvisible(r rune) bool {
	return r == '\uFEFF' || r == '\u2060' || r == '\u00AD'
}

// appendPara appends the paragraph of text[start:end] unless it is blank.
// Its span is trimmed of white space; line breaks inside become spaces.
func appendPara(dst []clean.Paragraph, text string, start, end int) []clean.Paragraph {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isSpace(r) && !isInvisible(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) && !isInvisible(r) {
			break
		}
		end -= n
	}
	if start >= end {
		return dst
	}
	return append(dst, clean.Paragraph{Text: FoldSpaces(text[start:end]), Start: start, End: end})
}

// FoldSpaces returns s with every run of white space (Unicode spaces, tabs,
// line breaks) turned into one ASCII space, zero-width characters and soft
// hyphens dropped, and the ends trimmed. It returns s itself when nothing
// changes.
func FoldSpaces(s string) string {
	if foldable(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isSpace(r):
			pending = b.Len() > 0
		case isInvisible(r):
		default:
			if pending {
				b.WriteByte(' ')
				pending = false
			}
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// special marks the ASCII bytes that FoldSpaces may have to change: white
// space other than ' '. Bytes of multi-byte runes are checked rune by rune.
var special = func() (t [256]bool) {
	for _, c := range "\t\n\v\f\r" {
		t[c] = true
	}
	return t
}()

// foldable reports whether FoldSpaces(s) == s, cheaply: no ASCII white
// space but ' ', no Unicode space or invisible rune, no double spaces, no
// space at either end. Plain printable ASCII is checked 8 bytes at a time.
func foldable(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	const lo, hi, low7 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	prevSpace := false
	i := 0
	for i < len(s) {
		if i+8 <= len(s) {
			_ = s[i+7]
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			// No byte below 0x20 and none at or above 0x80.
			if (x-0x20*lo)&^x&hi == 0 && x&hi == 0 {
				// sp has the high bit of every byte that is ' ' (exact).
				y := x ^ 0x20*lo
				sp := ^((y&low7 + low7) | y | low7)
				if sp&(sp<<8) != 0 || prevSpace && sp&0x80 != 0 {
					return false
				}
				prevSpace = sp>>63 != 0
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if special[c] || c == ' ' && prevSpace {
				return false
			}
			prevSpace = c == ' '
			i++
			continue
		}
		if n := plainRuneLen(s, i); n > 0 {
			prevSpace = false
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) || isInvisible(r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return true
}

// plainRuneLen returns the length of the multi-byte rune at s[i] when its
// bytes alone show that it is neither a space nor invisible (so callers can
// skip it without decoding), or 0 when it has to be decoded: Latin letters,
// Cyrillic, Greek, Hebrew, Arabic and the like (lead bytes 0xC3-0xDF), the
// quotes, dashes and ellipsis of U+2010-U+2027, and most 3- and 4-byte
// runes. The spaces and invisible runes isSpace and isInvisible know sit at
// U+0085, U+00A0, U+00AD, U+1680, U+2000-U+200B, U+2028-U+202F, U+205F-U+2060,
// U+3000 and U+FEFF, which all take the slow path.
func plainRuneLen(s string, i int) int {
	c := s[i]
	cont := func(k int) bool { return i+k < len(s) && s[i+k]&0xC0 == 0x80 }
	switch {
	case c >= 0xC3 && c <= 0xDF:
		if cont(1) {
			return 2
		}
	case c == 0xE2:
		if cont(1) && cont(2) && s[i+1] == 0x80 {
			if b := s[i+2] & 0x3F; b >= 0x10 && b <= 0x27 { // U+2010-U+2027
				return 3
			}
		}
	case c >= 0xE4 && c <= 0xEE: // U+4000-U+EFFF
		if cont(1) && cont(2) {
			return 3
		}
	case c >= 0xF0 && c <= 0xF4:
		if cont(1) && cont(2) && cont(3) {
			return 4
		}
	}
	return 0
}
