package extract_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// fuzzOpts keep each fuzz input cheap: a few hundred elements, 64 KiB.
var fuzzOpts = extract.Options{MaxBytes: 64 << 10, MaxElements: 400}

// fuzzTimeout is how long one input may take before it counts as a hang.
// It is generous: the race detector and parallel fuzz workers slow every
// input down, and a real hang never ends.
const fuzzTimeout = 30 * time.Second

// FuzzHTML checks that extraction never panics or hangs on arbitrary bytes
// and either fails with a sentinel error or returns a document whose
// invariants hold (see checkHTMLDoc). Inputs above MaxBytes go through
// extract.File, which enforces the cap (extract.HTML does not).
func FuzzHTML(f *testing.F) {
	for _, seed := range htmlFuzzSeeds(f) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		type result struct {
			d   *clean.Document
			err error
		}
		done := make(chan result, 1)
		go func() {
			var r result
			if int64(len(src)) > fuzzOpts.MaxBytes {
				r.d, r.err = extract.File("fuzz", "fuzz.html", src, fuzzOpts)
			} else {
				r.d, r.err = extract.HTML("fuzz", src, fuzzOpts)
			}
			done <- r
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(fuzzTimeout):
			t.Fatalf("extract.HTML did not return within %v on %d bytes", fuzzTimeout, len(src))
		}
		if r.err != nil {
			if !errors.Is(r.err, extract.ErrNotHTML) && !errors.Is(r.err, extract.ErrTooManyElements) && !errors.Is(r.err, extract.ErrTooLarge) {
				t.Fatalf("unexpected error: %v", r.err)
			}
			if r.d != nil {
				t.Fatalf("error %v with a non-nil document", r.err)
			}
			return
		}
		if r.d == nil {
			t.Fatal("nil document without an error")
		}
		checkHTMLDoc(t, r.d)
	})
}

// checkHTMLDoc verifies the invariants every extracted HTML document keeps:
// Text and Title are valid UTF-8 (Title folded); every paragraph's Text is
// non-empty and folded (no newline, no leading, trailing or double space);
// spans are in order, non-overlapping and within Text, and each span folds
// to its paragraph's Text; 0 <= LinkRunes <= the runes of Text.
func checkHTMLDoc(t *testing.T, d *clean.Document) {
	t.Helper()
	if d.ID != "fuzz" || d.Format != clean.FormatHTML {
		t.Fatalf("ID %q, format %q", d.ID, d.Format)
	}
	if !utf8.ValidString(d.Text) {
		t.Fatalf("Text is not valid UTF-8: %q", d.Text)
	}
	if !utf8.ValidString(d.Title) || extract.FoldSpaces(d.Title) != d.Title {
		t.Fatalf("Title not valid or not folded: %q", d.Title)
	}
	if d.Repaired < 0 {
		t.Fatalf("Repaired %d", d.Repaired)
	}
	if len(d.Paragraphs) == 0 && d.Text != "" {
		t.Fatalf("no paragraphs but Text %q", d.Text)
	}
	prev := 0
	for i, p := range d.Paragraphs {
		if p.Text == "" {
			t.Fatalf("paragraph %d: empty text", i)
		}
		if p.Text != strings.TrimSpace(p.Text) || strings.Contains(p.Text, "  ") ||
			strings.ContainsAny(p.Text, "\n\r\t\v\f") || extract.FoldSpaces(p.Text) != p.Text {
			t.Fatalf("paragraph %d: text not folded: %q", i, p.Text)
		}
		if !utf8.ValidString(p.Text) {
			t.Fatalf("paragraph %d: text not valid UTF-8: %q", i, p.Text)
		}
		if p.Start < prev || p.End <= p.Start || p.End > len(d.Text) {
			t.Fatalf("paragraph %d: span [%d,%d) out of order or outside Text (previous end %d, len %d)", i, p.Start, p.End, prev, len(d.Text))
		}
		if got := extract.FoldSpaces(d.Text[p.Start:p.End]); got != p.Text {
			t.Fatalf("paragraph %d: span %q folds to %q, not %q", i, d.Text[p.Start:p.End], got, p.Text)
		}
		if n := utf8.RuneCountInString(p.Text); p.LinkRunes < 0 || p.LinkRunes > n {
			t.Fatalf("paragraph %d: LinkRunes %d outside [0,%d]", i, p.LinkRunes, n)
		}
		if p.Kind.String() == "unknown" {
			t.Fatalf("paragraph %d: kind %d", i, p.Kind)
		}
		if p.Removal != nil || len(p.Edits) > 0 {
			t.Fatalf("paragraph %d: extractor set Removal or Edits", i)
		}
		prev = p.End
	}
}

// htmlFuzzSeeds returns the HTML fixtures (decompressed) and hand-made edge
// cases.
func htmlFuzzSeeds(tb testing.TB) [][]byte {
	tb.Helper()
	files, err := filepath.Glob("testdata/html/*.html*")
	if err != nil || len(files) == 0 {
		tb.Fatal("no fixtures", err)
	}
	var seeds [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		if strings.HasSuffix(f, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				tb.Fatal(f, err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				tb.Fatal(f, err)
			}
		}
		seeds = append(seeds, data)
	}
	prose := "<p>The council voted on Tuesday to expand the riverside park by forty acres, ending a long debate.</p>"
	for _, s := range []string{
		// Nested tables, cells holding blocks and links.
		"<table><tr><td><table><tr><td><p>inner <a href=x>cell</a></p></td><td>b</td></tr></table></td><td>outer</td></tr></table>" + prose,
		strings.Repeat("<table><tr><td>", 40) + "deep" + strings.Repeat("</td></tr></table>", 40),
		// Unclosed and misnested tags.
		"<html><body><div><p>one<p>two<li>three<h2>four<blockquote>five<b><i>six</b></i>" + prose,
		"<p><a href=1>link <a href=2>nested link</a> tail",
		"<table><t",
		"<div",
		"</p></div></body>",
		"<!-- unterminated comment <p>text</p>",
		"<!DOCTYPE html>",
		"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>",
		// A huge attribute.
		"<div class=\"" + strings.Repeat("share-related-ad ", 2000) + "\">" + prose + "</div>" + prose,
		"<p title='" + strings.Repeat("x", 30000) + "'>text</p>",
		// NUL bytes, before and inside markup, and as character references.
		"<p>a\x00b</p>",
		"\x00<html>",
		"<p>&#0;&#x0;&#xD800;&#x110000;&#65533;</p>",
		// Only scripts and styles.
		"<script>document.write('<p>hello</p>')</script>",
		"<html><head><script>var x = '</scr' + 'ipt>';</script></head><body><script>x()</script><style>p{}</style></body></html>",
		// BOMs and meta charsets that disagree.
		"\xef\xbb\xbf<meta charset=\"windows-1251\"><p>\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82</p>",
		"\xff\xfe<\x00p\x00>\x00h\x00i\x00<\x00/\x00p\x00>\x00",
		"\xfe\xff\x00<\x00p\x00>\x00h\x00i",
		"<meta charset=\"utf-16\"><p>caf\xe9</p>",
		"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\"><p>\x82\xa0\x82\xa2</p>",
		"<meta charset=\"no-such-charset\"><p>caf\xe9 \xff\xfe</p>",
		strings.Repeat(" ", 1100) + "<meta charset=\"koi8-r\"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>",
		"<p>bad utf-8 \xc3\x28 \xe2\x82 \xf0\x9f\x98</p>",
		// Spaces, invisibles and breaks only.
		"<p>&nbsp;\u200b\u00ad\ufeff<br><br>\u3000</p>",
		"<p>a<br>b<br/>c</p><pre>  x\n\n  y  </pre>",
		// Embeds and readability-renamed tags.
		"<blockquote class=\"twitter-tweet\"><p>tweet <a href=x>link</a></p></blockquote>" + prose,
		"<div><blockquote class=\"instagram-media\"></blockquote></div>",
		"<article>" + prose + "</article><article><p>card</p></article><article>" + prose + "</article>",
		"<html><head><title>  Spaced\n title  </title></head><body></body></html>",
		"<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\"B\"}</script></head><body>" + prose + "</body></html>",
	} {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

// TestHTMLMetaUTF16 is a regression test found while seeding FuzzHTML: a
// page that declares UTF-16 in a <meta> is readable ASCII, so the
// declaration must be read as UTF-8 (as the HTML standard and the 1024-byte
// prescan say), also when the late-declaration search finds it.
func TestHTMLMetaUTF16(t *testing.T) {
	for _, src := range []string{
		`<meta charset="utf-16"><p>café au lait</p>`,
		`<meta http-equiv="Content-Type" content="text/html; charset=UTF-16LE"><p>café au lait</p>`,
		strings.Repeat(" ", 1100) + `<meta charset="utf-16be"><p>café au lait</p>`,
	} {
		d, err := extract.HTML("u", []byte(src), extract.Options{})
		if err != nil {
			t.Errorf("%.40q: %v", src, err)
			continue
		}
		if d.Text != "café au lait" {
			t.Errorf("%.40q: Text %q, want %q", src, d.Text, "café au lait")
		}
	}
}
