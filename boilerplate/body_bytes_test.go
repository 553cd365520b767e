package boilerplate

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// byteCases returns strings for the eight-byte scans (firstHigh,
// hasDigitASCII, asciiOnly, crumbBytes): every length from 0 to 17 with a
// byte of interest at every position among fillers of other classes, and
// samples of text with runes beyond ASCII, digits of other scripts and
// invalid UTF-8.
func byteCases() []string {
	cases := []string{"", " ", "/", ">", "0", "9", "\x80", "\xff", "é", "৪", "٣", "１",
		"By Jane Doe", "Published 12:30 pm", "Home / News", "Главная > Новости", "১৪ নভেম্বর ২০২৬, ১০:২০",
		"۱۰:۱۵ vor 3 Stunden", "\xc3", "abc\xe0\xa7", "a\xed\xa0\x80b", "::::////>>>>", strings.Repeat("x", 40) + "5",
		strings.Repeat("é", 9), strings.Repeat("word ", 30) + "/" + strings.Repeat("more ", 7) + "২"}
	special := []byte{'0', '5', '9', '/', '>', 0x80, 0xB0, 0xB9, 0xC3, 0xE0, 0xFF, 0x7F, '/' + 0x80, '>' + 0x80, '0' + 0x80}
	fillers := []byte{'a', ' ', '.', ':', '/' - 1, '9' + 1, '0' - 1, 0}
	for n := 0; n <= 17; n++ {
		for _, f := range fillers {
			cases = append(cases, strings.Repeat(string(f), n))
			for p := 0; p < n; p++ {
				for _, c := range special {
					b := []byte(strings.Repeat(string(f), n))
					b[p] = c
					cases = append(cases, string(b))
				}
			}
		}
	}
	return cases
}

// TestEightByteScans compares firstHigh, hasDigitASCII, asciiOnly and
// crumbBytes with plain byte loops.
func TestEightByteScans(t *testing.T) {
	for _, s := range byteCases() {
		high := len(s)
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				high = i
				break
			}
		}
		if got := firstHigh(s); got != high {
			t.Errorf("firstHigh(%q) = %d, want %d", s, got, high)
		}
		if got := asciiOnly(s); got != (high == len(s)) {
			t.Errorf("asciiOnly(%q) = %v", s, got)
		}
		if got, want := hasDigitASCII(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Errorf("hasDigitASCII(%q) = %v, want %v", s, got, want)
		}
		var has uint16
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case c == '/':
				has |= hasSlash
			case c == '>':
				has |= hasGt
			case c >= utf8.RuneSelf:
				has |= hasHigh
			}
		}
		if got := crumbBytes(s); got != has {
			t.Errorf("crumbBytes(%q) = %b, want %b", s, got, has)
		}
	}
}

// TestASCIIDigits compares asciiDigits with a plain rune loop, and
// digitRune with unicode.IsDigit on every rune of the Basic Multilingual
// Plane and a few beyond it.
func TestASCIIDigits(t *testing.T) {
	numLangs()
	for r := range rune(1<<16 + 0x2000) {
		if got, want := digitRune(r), unicode.IsDigit(r); got != want {
			t.Fatalf("digitRune(%U) = %v, want %v", r, got, want)
		}
	}
	for _, r := range []rune{0x1D7CE, 0x1D7FF, 0x1E950, 0x10FFFF, -1, utf8.RuneError} {
		if got, want := digitRune(r), unicode.IsDigit(r); got != want {
			t.Errorf("digitRune(%U) = %v, want %v", r, got, want)
		}
	}
	for _, s := range byteCases() {
		// asciiDigits as it was: a rune loop from the start.
		want, at := s, -1
		for i, r := range s {
			if r >= utf8.RuneSelf && unicode.IsDigit(r) {
				at = i
				break
			}
		}
		if at >= 0 {
			want = s[:at] + strings.Map(func(r rune) rune {
				if r >= utf8.RuneSelf && unicode.IsDigit(r) {
					return '0' + digitValue(r)
				}
				return r
			}, s[at:])
		}
		if got := asciiDigits(s); got != want {
			t.Errorf("asciiDigits(%q) = %q, want %q", s, got, want)
		}
	}
}
