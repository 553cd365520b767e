package extract_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/boilerplate"
	"github.com/cleantext/clean/extract"
	"github.com/cleantext/clean/internal/golden"
)

// TestHTMLGolden extracts each extract/testdata/html/<case>.html (or
// .html.gz) with extract.File, classifies it with boilerplate.Default() and
// compares the title and clean text with <case>.golden. Run with -update
// to rewrite the goldens, then review them by eye.
func TestHTMLGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/html/*.html*")
	if err != nil || len(files) == 0 {
		t.Fatal("no fixtures", err)
	}
	classifier := boilerplate.Default()
	for _, f := range files {
		name := filepath.Base(f)
		c := strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".html")
		t.Run(c, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := extract.File(name, name, data, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, d)
			classifier.Mark(d)
			got := "title: " + d.Title + "\n---\n" + d.CleanText()
			golden.Check(t, filepath.Join("testdata/html", c+".golden"), got)
		})
	}
}

// checkSpans verifies the document invariants: valid UTF-8, paragraphs
// non-empty, in order, spanning their text in Document.Text.
func checkSpans(t *testing.T, d *clean.Document) {
	t.Helper()
	if d.Format != clean.FormatHTML {
		t.Errorf("format %q", d.Format)
	}
	if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
		t.Error("invalid UTF-8")
	}
	prev := 0
	for i, p := range d.Paragraphs {
		if p.Text == "" || p.Start < prev || p.End > len(d.Text) || d.Text[p.Start:p.End] != p.Text {
			t.Fatalf("paragraph %d: bad span [%d,%d) for %q", i, p.Start, p.End, p.Text)
		}
		if p.LinkRunes < 0 || p.LinkRunes > utf8.RuneCountInString(p.Text) {
			t.Errorf("paragraph %d: LinkRunes %d", i, p.LinkRunes)
		}
		prev = p.End
	}
}

func TestHTMLErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		opts extract.Options
		want error
	}{
		{"plain.html", "just some words, no markup at all\n", extract.Options{}, extract.ErrNotHTML},
		{"binary.html", "\x00\x01\x02<p>x</p>", extract.Options{}, extract.ErrNotHTML},
		{"many.html", "<html><body>" + strings.Repeat("<div>x</div>", 50) + "</body></html>", extract.Options{MaxElements: 40}, extract.ErrTooManyElements},
		{"big.html", "<p>" + strings.Repeat("x", 200) + "</p>", extract.Options{MaxBytes: 100}, extract.ErrTooLarge},
	} {
		_, err := extract.File(tc.name, tc.name, []byte(tc.src), tc.opts)
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.want)
		}
		// HTML called directly enforces the same caps.
		if _, err := extract.HTML(tc.name, []byte(tc.src), tc.opts); !errors.Is(err, tc.want) {
			t.Errorf("%s: HTML: err %v, want %v", tc.name, err, tc.want)
		}
	}
}

func TestHTMLKindsAndLinks(t *testing.T) {
	src := `<html><body><article>
<h2>A heading</h2>
<p>Some <a href="/x">linked words</a> in a paragraph of text.</p>
<ul><li>first item</li><li>second <b>bold</b>item</li></ul>
<blockquote><p>A quoted line.</p></blockquote>
<pre>code  line</pre>
<table><caption>Permit charges, 2027</caption><tr><td>a</td><td>b</td></tr></table>
<figure><figcaption>A caption</figcaption></figure>
<p>one<br>two</p>
</article></body></html>`
	d, err := extract.HTML("k", []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]clean.Paragraph{}
	for _, p := range d.Paragraphs {
		got[p.Text] = p
	}
	for text, kind := range map[string]clean.Kind{
		"A heading": clean.KindHeading, "first item": clean.KindListItem,
		"second bolditem": clean.KindListItem, "A quoted line.": clean.KindQuote,
		"code line": clean.KindPre, "a | b": clean.KindTableRow, "A caption": clean.KindCaption,
		"one": clean.KindText, "two": clean.KindText, "Permit charges, 2027": clean.KindHeading,
	} {
		p, ok := got[text]
		if !ok {
			t.Errorf("no paragraph %q in %q", text, d.Text)
			continue
		}
		if p.Kind != kind {
			t.Errorf("%q: kind %v, want %v", text, p.Kind, kind)
		}
	}
	if p := got["Some linked words in a paragraph of text."]; p.LinkRunes != len("linked words") {
		t.Errorf("LinkRunes %d, want %d", p.LinkRunes, len("linked words"))
	}
}
