package boilerplate

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// dateExpr is the regular expression dateSpans is written out from.
var dateExpr = `(?i)\b(\d{1,2}(st|nd|rd|th|\.)?\s+(de\s+)?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\p{L}]*|` + htmlMonths + `)\.?(\s+(de\s+)?\d{2,4})?|((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|machi|mei|agosti)\.?\s+\d{1,2}(st|nd|rd|th)?(,?\s+\d{4})?|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}年\d{1,2}月\d{1,2}|\d{1,2}時\d{1,2}|\d{1,2}:\d{2}(\s*(am|pm|a\.m\.|p\.m\.))?|\d{1,2}h\d{2}|\d{1,2}\.\d{2}\s*uhr|\d{1,2}\.\d{2}\s*(am|pm|a\.m\.|p\.m\.|gmt|bst|utc|cet|est|edt)|\d{4})\b`

var dateRef = regexp.MustCompile(dateExpr)

// checkDateSpans fails t when dateSpans and dateExpr find different
// spans in s.
func checkDateSpans(t *testing.T, s string) {
	t.Helper()
	var want [][2]int
	for _, l := range dateRef.FindAllStringIndex(s, -1) {
		want = append(want, [2]int{l[0], l[1]})
	}
	got := dateSpans(s, nil)
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dateSpans(%q) = %v, the expression finds %v", s, got, want)
	}
}

// dateTokens are the pieces the generated inputs are made of: the parts
// of every alternative of dateExpr, near misses, case variants, the runes
// that fold to ASCII letters, and separators.
var dateTokens = []string{
	"1", "12", "123", "2024", "20245", "05", "7", "0", "99", "1999",
	"st", "ND", "rd", "Th", "ſt", ".", ",", ":", "/", "-", "h", "H", "年", "月", "時", "_",
	" ", "  ", "\t", "\n", "\u00a0", "de", "De ", "DE",
	"jan", "January", "FEB", "Febr", "mar", "march", "March", "May", "mayo", "jun", "JULY", "aug", "ſep", "Sept",
	"oct", "Octobre", "nov", "Novembre", "dec", "décembre", "Décembre", "janeiro", "março", "maio", "mai", "Mai",
	"machi", "Mei", "agosti", "stycznia", "września", "МАРТА", "марта", "ᲀ", "квітня", "مارس", "मार्च",
	"ጥቅምት", "am", "PM", "a.m.", "P.M.", "gmt", "Uhr", "est", "edt", "K", "ſ", "ͅ", "é", "x", "ab", "Published",
	"on", "at", "é", "\xff", "\xe2\x80", "—", "•", "'",
}

// TestDateSpansMatchesRegexp holds dateSpans to dateExpr on every line of
// the text dev set and the seeds, on the datelines of the tests, and on
// generated lines made of dateTokens.
func TestDateSpansMatchesRegexp(t *testing.T) {
	var lines []string
	for _, pat := range []string{"../testdata/benchtext/dev/input/*", "../testdata/seeds/*"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	if len(lines) < 10000 {
		t.Fatalf("only %d lines read", len(lines))
	}
	lines = append(lines,
		"Published March 3, 2024 10:31 AM | Updated 4 hours ago", "Nov. 19, 2019, 8:41 AM UTC",
		"3 de março de 2024", "12. März 2024, 10.30 Uhr", "2024年11月23日 10時30分", "14h30", "10.30 pm",
		"Machi 11, 2025", "20 ſeptember 2019", "Sep 5th, 2019", "5 mai 2024 à 14h02", "1.2.2024", "2024-11-23",
		"12 ᲀ", "3 Januaryͅ 2024", "7 ЯНВАРЯ 2024 г.", "02-751-1500", "Jan 1", "jan1", "x2024", "2024_", "_12 May")
	for _, s := range lines {
		checkDateSpans(t, s)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(7) {
			b.WriteString(dateTokens[rng.IntN(len(dateTokens))])
		}
		checkDateSpans(t, b.String())
	}
}

// TestDateSpansClasses checks, rune by rune, the classes dateSpans reads
// for dateExpr's: [\p{L}] and [a-z] under case folding.
func TestDateSpansClasses(t *testing.T) {
	letter := regexp.MustCompile(`(?i)^[\p{L}]$`)
	az := regexp.MustCompile(`(?i)^[a-z]$`)
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if got, want := foldedLetter(r), letter.MatchString(s); got != want {
			t.Errorf("foldedLetter(%U) = %v, want %v", r, got, want)
		}
		if got, want := foldedAZ(r), az.MatchString(s); got != want {
			t.Errorf("foldedAZ(%U) = %v, want %v", r, got, want)
		}
	}
	// The classes at work: the month's letters go on or end before r.
	for _, r := range []rune{'a', 'é', 'ͅ', 'ſ', 'K', 'K', '1', '_', '.', '\u00a0'} {
		checkDateSpans(t, "1 jan"+string(r)+" 2024")
		checkDateSpans(t, "jan"+string(r)+" 5")
	}
}

// FuzzDateSpans holds dateSpans to dateExpr on any input.
func FuzzDateSpans(f *testing.F) {
	for _, s := range []string{"Published March 3, 2024 10:31 AM", "3 de março de 2024", "2024年11月23日", "Sep 5th, 2019", "10.30 pm", "1.2.2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDateSpans(t, s)
	})
}
