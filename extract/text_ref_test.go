package extract

// The splitter as it was before the single-pass scan (text.go at 338ef45),
// kept as the oracle that the fast path is compared with. Decode, which
// only moved into helpers, serves as it is.

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/cleantext/clean"
)

// refText is Text as it was.
func refText(id string, src []byte) *clean.Document {
	text, repaired := Decode(src)
	d := &clean.Document{ID: id, Format: clean.FormatText, Text: text, Repaired: repaired}
	d.Paragraphs = refSplit(text, make([]clean.Paragraph, 0, strings.Count(text, "\n")+1))
	return d
}

// refLine is one line of the text: its span without the newline.
type refLine struct{ start, end int }

// refSplit appends the paragraphs of decoded text to dst and returns it; see
// Text for the rules.
func refSplit(text string, dst []clean.Paragraph) []clean.Paragraph {
	at := len(dst)
	block := make([]refLine, 0, 32)
	flush := func() {
		if len(block) == 0 {
			return
		}
		if last := block[len(block)-1]; len(block) > 1 && underline(text[last.start:last.end]) {
			// A heading's underline, added after 338ef45: no paragraph.
			for _, l := range block[:len(block)-1] {
				dst = refAppendPara(dst, text, l.start, l.end)
			}
		} else if len(block) > 1 && (refHardWrapped(text, block) || refInlineCut(text, block)) {
			dst = refAppendPara(dst, text, block[0].start, block[len(block)-1].end)
		} else {
			for _, l := range block {
				dst = refAppendPara(dst, text, l.start, l.end)
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
		if refIsBlank(text[start:end]) {
			flush()
		} else {
			block = append(block, refLine{start, end})
		}
		start = end + 1
	}
	flush()
	dst = rewrap(text, dst, at) // the same post-passes as split's
	dropLinkMarks(text, dst, at)
	dropLinkURLs(text, dst, at)
	return spaceRows(text, dst, at)
}

// refHardWrapped reports whether the lines of a block look like one paragraph
// broken at a fixed width: every line but the last is 30 to 100 runes long,
// most of them do not end a sentence, the last is at most 15 runes
// longer than the longest of them, and each line with the next line's
// first word on it would be more than 6 runes short of the longest line
// at most.
func refHardWrapped(text string, block []refLine) bool {
	open, longest, reach := 0, 0, 1<<30
	for k, l := range block[:len(block)-1] {
		s := strings.TrimSpace(text[l.start:l.end])
		n := utf8.RuneCountInString(s)
		if n < 30 || n > 100 || strings.Contains(s, "\t") {
			return false // a tab: a table's row, no prose
		}
		longest = max(longest, n)
		next := strings.TrimSpace(text[block[k+1].start:block[k+1].end])
		next = strings.TrimLeftFunc(next, func(r rune) bool { return isSpace(r) || isInvisible(r) })
		word, _, _ := strings.Cut(strings.Map(func(r rune) rune {
			if isSpace(r) {
				return ' '
			}
			return r
		}, next), " ")
		reach = min(reach, n+1+utf8.RuneCountInString(word))
		r, _ := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(".!?:;\"”'’)", r) {
			open++
		}
	}
	// Lines that open with the same label before a colon are a list's
	// items.
	label := func(l refLine) string {
		s := strings.TrimLeftFunc(text[l.start:l.end], func(r rune) bool { return isSpace(r) || isInvisible(r) })
		if k := strings.IndexAny(s[:min(len(s), 48)], ":：៖"); k > 0 {
			return s[:k]
		}
		return ""
	}
	same := label(block[0]) != ""
	for _, l := range block[1:] {
		same = same && label(l) == label(block[0])
	}
	if same {
		return false
	}
	last := block[len(block)-1]
	lastText := strings.TrimSpace(text[last.start:last.end])
	if len(block) == 2 && longest < 60 {
		// Of two lines, the first fills 60 runes, or the second ends a
		// sentence or opens in lower case.
		r, _ := utf8.DecodeRuneInString(lastText)
		end, _ := utf8.DecodeLastRuneInString(strings.TrimRight(lastText, " \t\"'“”‘’»«)]"))
		if !unicode.IsLower(r) && !strings.ContainsRune(".!?…。！？", end) {
			return false
		}
	}
	return 2*open >= len(block)-1 && utf8.RuneCountInString(lastText) <= longest+15 && reach+6 > longest
}

// refInlineCut reports whether the lines of a block are one paragraph a
// parser cut at its inline elements: at most 6 lines, a line after the
// first opening with one of ",.;:", or after more white space than the
// first line's with a lower-case letter or one of ")»“”"; every line but the last ending (before spaces
// and tabs) with a letter, a figure or a comma; the last ending a
// sentence, maybe inside closing marks.
func refInlineCut(text string, block []refLine) bool {
	if len(block) > 6 {
		return false
	}
	inline, top := false, 0
	for k, l := range block {
		s := text[l.start:l.end]
		t := strings.TrimLeftFunc(s, func(r rune) bool { return isSpace(r) || isInvisible(r) })
		if k == 0 {
			top = len(s) - len(t)
		}
		if k > 0 && t != "" {
			r, _ := utf8.DecodeRuneInString(t)
			switch {
			case strings.ContainsRune(",.;:", r):
				inline = true
			case len(s)-len(t) > top && (unicode.IsLower(r) || strings.ContainsRune(")»“”", r)):
				inline = true
			}
		}
		if k < len(block)-1 {
			r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \t"))
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ',' {
				return false
			}
		}
	}
	last := block[len(block)-1]
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[last.start:last.end], " \t\"'“”‘’»«)]"))
	return inline && strings.ContainsRune(".!?…。！？", r)
}

func refIsBlank(s string) bool {
	for _, r := range s {
		if !isSpace(r) && !isInvisible(r) {
			return false
		}
	}
	return true
}

// refAppendPara appends the paragraph of text[start:end] unless it is blank.
// Its span is trimmed of white space; line breaks inside become spaces.
func refAppendPara(dst []clean.Paragraph, text string, start, end int) []clean.Paragraph {
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
	line := text[start:end]
	if strings.HasPrefix(line, "│") || strings.HasPrefix(line, "┃") || strings.HasPrefix(line, "║") {
		line = boxRules.Replace(line) // a text browser's box: its rules are cells' ends
	}
	if !strings.Contains(line, "\n") && strings.Contains(line, "\t") && clean.ListMark(line) == 0 {
		// A table's row: two cells or more between tabs, none longer
		// than ten words, the first no bare list mark.
		var cells []string
		short := true
		for _, c := range strings.Split(line, "\t") {
			if c = FoldSpaces(c); c != "" {
				cells = append(cells, c)
				short = short && len(strings.Fields(c)) <= 10
			}
		}
		if len(cells) >= 2 && short && cells[0] != "-" && cells[0] != "*" && cells[0] != "•" {
			return append(dst, clean.Paragraph{Text: strings.Join(cells, " | "), Start: start, End: end, Kind: clean.KindTableRow})
		}
	}
	dst = refListItem(append(dst, clean.Paragraph{Text: foldPara(text[start:end]), Start: start, End: end}))
	if t := foldPara(text[start:end]); t[0] == 0xE2 && boxBorder(t) {
		dst[len(dst)-1].Kind = clean.KindTableRow // a box's border between rows
	}
	return dst
}

// refListItem makes the last paragraph of dst a list item when it opens
// with a list mark, as split does (see listItem).
func refListItem(dst []clean.Paragraph) []clean.Paragraph {
	if c := dst[len(dst)-1].Text[0]; c == '-' || c == '*' || c == 0xE2 {
		listItem(&dst[len(dst)-1])
	}
	return dst
}

// sameSplit fails t unless Text and Split agree with the reference
// implementation on src, to the last field, and Split folds no paragraph
// text that FoldSpaces would leave as it is. Split also gets text that is
// not valid UTF-8, and a dst whose spare capacity holds stale paragraphs.
func sameSplit(t *testing.T, src []byte) {
	t.Helper()
	got, want := Text("f", src), refText("f", src)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Text(%q)\n got %+v\nwant %+v", src, got, want)
	}
	stale := clean.Paragraph{Text: "stale", Start: 1, End: 2, Kind: 1, LinkRunes: 3, Removal: &clean.Removal{}, Edits: []clean.Edit{{}}}
	dst := []clean.Paragraph{{Text: "kept"}, stale, stale, stale}[:1]
	text := string(src)
	gotP, wantP := Split(text, dst), refSplit(text, []clean.Paragraph{{Text: "kept"}})
	if !reflect.DeepEqual(gotP, wantP) {
		t.Fatalf("Split(%q)\n got %+v\nwant %+v", src, gotP, wantP)
	}
	// A paragraph's text is its span itself (a list item's, after its
	// mark) iff folding leaves the span as it is: split folds exactly the
	// lines FoldSpaces would change. A text
	// browser's dump loses its link numbers (see dropLinkMarks).
	if linkMarks(text) {
		return
	}
	for _, p := range gotP[1:] {
		span := text[p.Start:p.End]
		folds := FoldSpaces(span) != span // the line is folded whole, its list mark with it
		if p.Kind == clean.KindListItem {
			span = span[len(span)-len(p.Text):] // the text goes without its list marks (see listItem)
		}
		if same := unsafe.StringData(p.Text) == unsafe.StringData(span); same == folds {
			t.Fatalf("Split(%q): paragraph %q shares its span: %v", src, p.Text, same)
		}
	}
}

// TestSplitMatchesReference builds inputs from pieces that exercise the
// word scan: every alignment, line feeds and spaces at word edges, runs of
// spaces before, inside and after the text of a line, Unicode spaces,
// invisible runes, CR, invalid UTF-8, hard-wrapped blocks.
func TestSplitMatchesReference(t *testing.T) {
	pieces := []string{
		" ", "  ", "   ", "a", "abcdefg", "abcdefgh", "\n", "\n\n", " \n", "\t", "\r", "\r\n", "\v", "\x01", "\x7f",
		"é", "Жук", "€", "中文", "😀", "\u00a0", "\u0085", "\u2003", "\u200b", "\u2028", "\u3000", "\u00ad", "\u2060", "\ufeff",
		"\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80",
		"one line of prose that runs on for more than thirty runes",
		"and it ends with a stop.", "\u201cquoted\u201d", "end:",
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(24) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		sameSplit(t, []byte(b.String()))
	}
	for _, s := range []string{
		"", "\n", "a", "       a", "        a", "\xef\xbb\xbf", "\xef\xbb\xbfa\r\nb", "\xff\xfeh\x00\r\x00\n\x00i\x00",
		"abcdefg  hijklmno", "abcdefgh  ijklmno", "abcdefghijklmno  p\n", "  \n  x  \n  y  y", "x       \n       y",
		"This is a long paragraph of prose that was wrapped \nat a fixed width by\u00a0some tool, so its lines are\n\tall about the same length and end mid-sentence.\n\nNext.",
		"\u200b This is a long paragraph of prose that was wrapped\r\nat a fixed width by some tool, so its lines are  \r\nall\u00ad about the same length.",
	} {
		for pad := range 9 {
			sameSplit(t, []byte(strings.Repeat(" ", pad)+s))
			sameSplit(t, []byte(strings.Repeat("z", pad)+s))
		}
	}
}

func FuzzSplitMatchesReference(f *testing.F) {
	f.Add([]byte("Title\n\nBody  text.\r\nMore\u00a0text\u200b.\n"))
	f.Add([]byte("A headline of some length over its underline\n============================\n\nBody."))
	f.Add([]byte("abcdefgh  ijklmnop\n\tq\xffr"))
	f.Add([]byte("long line of text that goes on for a while and on\nand then wraps to the next line of the paragraph ok\nend."))
	f.Fuzz(sameSplit)
}
