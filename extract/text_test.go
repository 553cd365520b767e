package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/internal/benchcpu"
)

func texts(ps []clean.Paragraph) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"blank-line separated", "Title\n\nFirst para.\n\nSecond para.\n", []string{"Title", "First para.", "Second para."}},
		{"one block per line", "Title\nFirst para.\nSecond para.", []string{"Title", "First para.", "Second para."}},
		{"mixed styles", "A.\n\nB.\nC.\n\n\n\nD.", []string{"A.", "B.", "C.", "D."}},
		{"whitespace-only lines separate", "A.\n \t\u00a0\nB.", []string{"A.", "B."}},
		{"unicode spaces folded", "News\u00a0 /\u00a0 Politics", []string{"News / Politics"}},
		{"runs collapsed", "  a\u00a0\u00a0b   c  ", []string{"a b c"}},
		{"tabs between cells", "  a\t\tb   c  ", []string{"a | b c"}},
		{"a list mark and a tab", "•\tFirst point\tof two\n*\t0", []string{"First point of two", "0"}},
		{"zero-width dropped", "a\u200bb\ufeff c\u00ad", []string{"a b c"}},
		{"only blank", "\n\n \n", nil},
		{"empty", "", nil},
		{"hard-wrapped prose joins", "This is a long paragraph of prose that was wrapped\nat a fixed width by some tool, so its lines are\nall about the same length and end mid-sentence.\n\nNext.",
			[]string{"This is a long paragraph of prose that was wrapped at a fixed width by some tool, so its lines are all about the same length and end mid-sentence.", "Next."}},
		{"short lines stay separate", "Home\nNews\nSports", []string{"Home", "News", "Sports"}},
		// Lines that open with the same label are a list's items, though
		// a script without spaces shows no width (see sameLabel).
		{"links under one label", "អានបន្ថែម៖ តម្លៃស្រូវសើមនៅខេត្តតាកែវធ្លាក់ចុះ ក្នុងរដូវប្រមូលផល\nអានបន្ថែម៖ ការនាំចេញកសិផលទៅចិនកើនឡើងជិត ៣០ ភាគរយ\n\nNext.",
			[]string{"អានបន្ថែម៖ តម្លៃស្រូវសើមនៅខេត្តតាកែវធ្លាក់ចុះ ក្នុងរដូវប្រមូលផល", "អានបន្ថែម៖ ការនាំចេញកសិផលទៅចិនកើនឡើងជិត ៣០ ភាគរយ", "Next."}},
		// Of two lines, a first line shorter than wideLine shows no
		// width: they are one paragraph only when the second ends a
		// sentence or opens in lower case (see wrapEnd).
		{"byline over a time", "Priya Nand in Halverton and Marcus Oyelaran in New York\nUpdated 7:58 p.m. ET\n\nNext.",
			[]string{"Priya Nand in Halverton and Marcus Oyelaran in New York", "Updated 7:58 p.m. ET", "Next."}},
		{"two buttons", "Listen to this article · 7 min\nRepublish this story\n\nNext.",
			[]string{"Listen to this article · 7 min", "Republish this story", "Next."}},
		{"two wrapped lines ending a sentence", "The council met on Tuesday to discuss the harbour\nwall and its cost.\n\nNext.",
			[]string{"The council met on Tuesday to discuss the harbour wall and its cost.", "Next."}},
		{"two wrapped lines, the first full", "Residents face a 14-mile round trip for cash after the Northmoor Building\nSociety confirmed its Market Street branch will shut in June\n\nNext.",
			[]string{"Residents face a 14-mile round trip for cash after the Northmoor Building Society confirmed its Market Street branch will shut in June", "Next."}},
		// A heading's underline is markup, and the heading no wrapped
		// line of a paragraph (pandoc's plain text).
		{"underlined heading", "Independent Moira Castellane wins Riverside by-election on lowest turnout\n===========================================================================\n\nNext.",
			[]string{"Independent Moira Castellane wins Riverside by-election on lowest turnout", "Next."}},
		{"dash underline", "Council tax to rise by five per cent in April as reserves run low\n------------------------------------------------------------------", []string{"Council tax to rise by five per cent in April as reserves run low"}},
		{"a line of two dashes is text", "A\n--", []string{"A", "--"}},
		// A headline over a longer standfirst is no wrapped paragraph: the
		// standfirst's first word would have fitted on the headline's line.
		{"headline over standfirst stays separate", "A teenager's fearless sacrifice lights up the Open\nSixteen-year-old Ilse Brannigan gave up her queen on move 19 and lived to tell the tale, our columnist says\n\nNext.",
			[]string{"A teenager's fearless sacrifice lights up the Open", "Sixteen-year-old Ilse Brannigan gave up her queen on move 19 and lived to tell the tale, our columnist says", "Next."}},
		{"wrapped prose with a last line up to the slack joins", "The council met on Tuesday to discuss the plan for the\nnew harbour wall and the money it would cost the town in all.",
			[]string{"The council met on Tuesday to discuss the plan for the new harbour wall and the money it would cost the town in all."}},
		// A headline over a byline and a date: the date's first word would
		// have fitted after the byline, so the byline's line did not break
		// at the width.
		{"headline over byline and date stays separate", "Island airline to drop five winter routes as the pilot shortage bites\nAuthors: Priya Raman, Business Reporter, Sign Up\nPublish date: 2026-11-19 00:00:00\n\nNext.",
			[]string{"Island airline to drop five winter routes as the pilot shortage bites", "Authors: Priya Raman, Business Reporter, Sign Up", "Publish date: 2026-11-19 00:00:00", "Next."}},
		// Proportional type from a PDF fills its lines unevenly: a line a few
		// runes short of the widest still wrapped.
		{"uneven wrapped prose joins", "The council met on Tuesday to discuss the long-awaited plan\nfor a new harbour wall by the quay, and the cost it\nwould have for the town over the next ten years.",
			[]string{"The council met on Tuesday to discuss the long-awaited plan for a new harbour wall by the quay, and the cost it would have for the town over the next ten years."}},
		// A parser that puts each element's text on a line of its own cuts
		// a paragraph at its links: the block is one paragraph again.
		{"paragraph cut at its links joins", "„Wir hatten keine Wahl“, sagte sie am Montag in einer\nPressekonferenz\n im Rathaus. „Wir machen die Brücke zu.“\n\nNext.",
			[]string{"„Wir hatten keine Wahl“, sagte sie am Montag in einer Pressekonferenz im Rathaus. „Wir machen die Brücke zu.“", "Next."}},
		{"cut before a full stop joins", "Staus bis auf die\nIndustriestraße\n. Ein Sprecher sprach von einer angespannten Lage.",
			[]string{"Staus bis auf die Industriestraße . Ein Sprecher sprach von einer angespannten Lage."}},
		// Not cut paragraphs: the indent of every line (a teletext page),
		// a line above that ends a sentence or a code line, a last line
		// that ends none, a block of more than inlineLines lines.
		{"every line indented stays separate", " Archeologen van de provincie hebben\n het werk stilgelegd, zegt\n de provincie.",
			[]string{"Archeologen van de provincie hebben", "het werk stilgelegd, zegt", "de provincie."}},
		{"a sentence above stays separate", "The council met on Tuesday.\n and voted for the plan.", []string{"The council met on Tuesday.", "and voted for the plan."}},
		{"code stays separate", "if err != nil {\n    return err.\n}", []string{"if err != nil {", "return err.", "}"}},
		{"no sentence end stays separate", "Menu\n home\n news", []string{"Menu", "home", "news"}},
		{"six lines join", "a\nb\nc\nd\ne\n f.", []string{"a b c d e f."}},
		{"seven lines stay separate", "a\nb\nc\nd\ne\nf\n g.", []string{"a", "b", "c", "d", "e", "f", "g."}},
		{"sentences per line stay separate", "The first sentence of the article is here today.\nThe second sentence of the article is right here.\nThe third.",
			[]string{"The first sentence of the article is here today.", "The second sentence of the article is right here.", "The third."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Split(tt.in, nil))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		want     string
		repaired int
	}{
		{"plain", []byte("abc"), "abc", 0},
		{"utf-8 bom", []byte("\xef\xbb\xbfabc"), "abc", 0},
		{"crlf", []byte("a\r\nb\rc"), "a\nb\nc", 0},
		{"invalid bytes", []byte("a\xffb\xc3"), "a\ufffdb\ufffd", 2},
		{"utf-16le bom", []byte{0xff, 0xfe, 'h', 0, 'i', 0}, "hi", 0},
		{"utf-16be bom", []byte{0xfe, 0xff, 0, 'h', 0, 'i'}, "hi", 0},
		{"non-ascii valid", []byte("caf\xc3\xa9"), "café", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := Decode(tt.in)
			if got != tt.want || n != tt.repaired {
				t.Errorf("Decode(%q) = %q, %d; want %q, %d", tt.in, got, n, tt.want, tt.repaired)
			}
		})
	}
}

func TestTextSpans(t *testing.T) {
	d := Text("x", []byte("\xef\xbb\xbf  Title \r\n\r\nBody\u00a0text.\r\n"))
	if d.Text != "  Title \n\nBody\u00a0text.\n" {
		t.Fatalf("Text = %q", d.Text)
	}
	want := []struct {
		text       string
		start, end int
	}{{"Title", 2, 7}, {"Body text.", 10, 21}}
	if len(d.Paragraphs) != len(want) {
		t.Fatalf("got %d paragraphs", len(d.Paragraphs))
	}
	for i, w := range want {
		p := d.Paragraphs[i]
		if p.Text != w.text || p.Start != w.start || p.End != w.end {
			t.Errorf("paragraph %d = %q [%d,%d]; want %q [%d,%d]", i, p.Text, p.Start, p.End, w.text, w.start, w.end)
		}
	}
}

func TestOutputName(t *testing.T) {
	for in, want := range map[string]string{
		"a/x.html.gz": "a/x.txt",
		"x.html":      "x.txt",
		"x.txt":       "x.txt",
		"x":           "x.txt",
		"a.b/x":       "a.b/x.txt",
		"x.TXT.GZ":    "x.txt",
		"v1.2/y.htm":  "v1.2/y.txt",
	} {
		if got := OutputName(in); got != want {
			t.Errorf("OutputName(%q) = %q; want %q", in, got, want)
		}
	}
}

// checkSplit holds for any input: paragraphs are non-empty, folded, in order,
// do not overlap, and their spans hold their text (up to space folding).
func checkSplit(t *testing.T, src []byte) {
	d := Text("f", src)
	if !utf8.ValidString(d.Text) {
		t.Fatalf("Text is not valid UTF-8")
	}
	prev := 0
	for i, p := range d.Paragraphs {
		if p.Text == "" || p.Text != strings.TrimSpace(p.Text) || strings.Contains(p.Text, "  ") || strings.ContainsAny(p.Text, "\n\r\t") {
			t.Fatalf("paragraph %d text not folded: %q", i, p.Text)
		}
		if p.Start < prev || p.End <= p.Start || p.End > len(d.Text) {
			t.Fatalf("paragraph %d span [%d,%d] out of order (prev end %d, len %d)", i, p.Start, p.End, prev, len(d.Text))
		}
		if want := foldedSpan(&p, d.Text[p.Start:p.End]); want != p.Text {
			t.Fatalf("paragraph %d span %q does not fold to %q, but to %q", i, d.Text[p.Start:p.End], p.Text, want)
		}
		prev = p.End
	}
	// Splitting is idempotent on its own output, as the cleaner writes it
	// (CleanText: a list item after a "- " mark, in place of the marks
	// its text still opens with, as in "* * * 0").
	out := d.CleanText()
	if again := Text("f", []byte(out)).CleanText(); again != out {
		t.Fatalf("re-splitting the output changed it:\n%q\n%q", out, again)
	}
}

// foldedSpan returns what the text of paragraph p is, given its span: the
// span with its spaces folded, a table row's cells joined by " | " (see
// tabRow), a list item's mark left out, bracketed link addresses left out
// (see dropLinkURLs).
func foldedSpan(p *clean.Paragraph, span string) string {
	if p.Kind == clean.KindTableRow {
		t, _ := tabRow(span)
		return t
	}
	t := FoldSpaces(span)
	if strings.Contains(span, "\n") {
		t = foldPara(span) // lines joined: a hyphen at a line's end joins the next line's word
	}
	if p.Kind == clean.KindListItem {
		t = t[clean.ListMark(t):]
	}
	if strings.Contains(t, "[http") || strings.Contains(t, "<http") {
		t = withoutLinkURLs(t) // a plain-text e-mail's link addresses
	}
	return t
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Title\n\nBody.\n", "Roads\t£4.1m\t£4.4m\nParks\t£1.2m\t£1.1m\n", "- an item\n* another", "a\nb\nc", "\xef\xbb\xbfx\r\ny", "a\xffb", "News\u00a0/\u00a0Politics",
		"\u200b\n\u00ad\n", "  \n\t\n", "long line of text that goes on for a while and on\nand then wraps to the next line of the paragraph ok\nend.",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { checkSplit(t, src) })
}

func BenchmarkText(b *testing.B) {
	para := strings.Repeat("The quick brown fox jumps over the lazy dog, said the reporter on Tuesday. ", 6)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("Menu item\n")
		sb.WriteString(para)
		sb.WriteString("\n\n")
	}
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	cpu := benchcpu.Start()
	for b.Loop() {
		Text("bench", src)
	}
	cpu.Report(b, int64(len(src)))
}

func TestIsSpaceMatchesUnicode(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		want := unicode.IsSpace(r) || r == '\u200B'
		if got := isSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v; want %v", r, got, want)
		}
	}
}

func TestFoldable(t *testing.T) {
	for _, s := range []string{
		"", "a", "a b", "abcdefgh ijklmnop", "abcdefg  hijklmnop", "abcdefgh  ijklmnop", "abcdefghijklmno  p",
		"a  b", " a", "a ", "abcdefghijk\tlmnop", "abcdefgh\u00a0ijk", "caf\u00e9 au lait and more words", "x\u200by",
		"1234567 890 1234567  8", "abcdefg\u00e9 h", "abcdefgh \u00e9", "abcdefg \u00a0h",
	} {
		if got, want := foldable(s), FoldSpaces(s) == s; got != want {
			t.Errorf("foldable(%q) = %v; want %v", s, got, want)
		}
	}
}

func FuzzFoldable(f *testing.F) {
	f.Add("abcdefgh  ijklmnop")
	f.Add("a\u00a0 b")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldable(s), FoldSpaces(s) == s; got != want {
			t.Errorf("foldable(%q) = %v; want %v", s, got, want)
		}
	})
}

// TestPlainRuneLen checks the byte-level shortcut against decoding: every
// rune it skips is neither a space nor invisible, and it skips whole runes.
func TestPlainRuneLen(t *testing.T) {
	for r := rune(0x80); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r) + "x"
		n := plainRuneLen(s, 0)
		if n == 0 {
			continue
		}
		if n != utf8.RuneLen(r) || isSpace(r) || isInvisible(r) {
			t.Fatalf("plainRuneLen(%U) = %d (rune length %d, space %v, invisible %v)", r, n, utf8.RuneLen(r), isSpace(r), isInvisible(r))
		}
	}
	for _, s := range []string{"\xc3", "\xc3\t", "\xe2\x80", "\xe2\x80\t", "\xf0\x9f\x98", "\xe4\xb8"} {
		if n := plainRuneLen(s, 0); n != 0 {
			t.Errorf("plainRuneLen(%q) = %d; want 0 for a cut or broken rune", s, n)
		}
	}
	// Every byte sequence it skips is one valid rune (split relies on it
	// to check UTF-8).
	for c := 0xC0; c <= 0xFF; c++ {
		for _, tail := range []string{"\x80\x80\x80", "\x8f\xbf\xbf", "\x90\x80\x80", "\x9f\xbf\xbf", "\xa0\x80\x80", "\xbf\xbf\xbf"} {
			s := string([]byte{byte(c)}) + tail
			if n := plainRuneLen(s, 0); n > 0 {
				if r, size := utf8.DecodeRuneInString(s); r == utf8.RuneError || size != n {
					t.Errorf("plainRuneLen(%q) = %d; decodes as %U of %d bytes", s, n, r, size)
				}
			}
		}
	}
}

// TestFourPlainPairs checks the eight-byte shortcut against plainRuneLen:
// every pair of bytes in every one of the four places, the others holding
// a plain two-byte rune.
func TestFourPlainPairs(t *testing.T) {
	for place := range 4 {
		for b := range 1 << 16 {
			s := []byte("дддд")
			s[2*place], s[2*place+1] = byte(b), byte(b>>8)
			want := plainRuneLen(string(s[2*place:2*place+2]), 0) == 2
			if got := fourPlainPairs(le64(string(s))); got != want {
				t.Fatalf("fourPlainPairs(%q) = %v; want %v", s, got, want)
			}
		}
	}
}
