package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/corpus"
)

// encodings are the ways a plain-text article may be saved that must not
// change what comes out: each takes the seed's bytes (UTF-8, LF) and
// returns the file name suffix and the bytes of the variant.
var encodings = []struct {
	name   string
	ext    string
	encode func(t *testing.T, b []byte) []byte
}{
	{"crlf", ".txt", func(t *testing.T, b []byte) []byte {
		return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
	}},
	{"bom", ".txt", func(t *testing.T, b []byte) []byte {
		return append([]byte("\uFEFF"), b...)
	}},
	{"utf16le", ".txt", func(t *testing.T, b []byte) []byte {
		u := utf16.Encode([]rune(string(b)))
		out := []byte{0xFF, 0xFE}
		for _, c := range u {
			out = append(out, byte(c), byte(c>>8))
		}
		return out
	}},
	{"gzip", ".txt.gz", func(t *testing.T, b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		if _, err := zw.Write(b); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}},
	{"nbsp", ".txt", func(t *testing.T, b []byte) []byte {
		return bytes.ReplaceAll(b, []byte(" "), []byte("\u00A0"))
	}},
	{"crlf-bom-nbsp-gzip", ".txt.gz", func(t *testing.T, b []byte) []byte {
		b = bytes.ReplaceAll(b, []byte(" "), []byte("\u00A0"))
		b = append([]byte("\uFEFF"), bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))...)
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}},
}

// TestEncodingInvariance saves every seed again as CRLF, with a UTF-8 BOM,
// as UTF-16LE with a BOM, gzipped, with no-break spaces for every space, and
// all of those at once, one folder per variant, cleans them in one run and
// compares each output with the seed's golden clean text: the way a file is
// encoded must not change a single byte of what comes out.
func TestEncodingInvariance(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if len(inputs) == 0 {
		t.Fatal("no seeds")
	}
	in, out := t.TempDir(), t.TempDir()
	for _, enc := range encodings {
		if err := os.MkdirAll(filepath.Join(in, enc.name), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range inputs {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			base := strings.TrimSuffix(filepath.Base(f), ".txt")
			if err := os.WriteFile(filepath.Join(in, enc.name, base+enc.ext), enc.encode(t, b), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if code, stderr := cleanCmd(t, "-in", in, "-out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got := readTree(t, out)
	goldenDir := filepath.Join("..", "..", "testdata", "golden")
	for _, enc := range encodings {
		for _, f := range inputs {
			base := strings.TrimSuffix(filepath.Base(f), ".txt")
			want, err := os.ReadFile(filepath.Join(goldenDir, base+".golden"))
			if err != nil {
				t.Fatal(err)
			}
			name := enc.name + "/" + base + ".txt"
			g, ok := got[name]
			switch {
			case !ok:
				t.Errorf("%s: no output", name)
			case g != string(want):
				t.Errorf("%s differs from %s.golden:\n%s", name, base, firstDiff(g, string(want)))
			}
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			return "line " + strconv.Itoa(i+1) + ":\n  got:  " + quoteCut(g) + "\n  want: " + quoteCut(w)
		}
	}
	return "(equal)"
}

func quoteCut(s string) string {
	if len(s) > 160 {
		s = s[:160] + "…"
	}
	return "\"" + s + "\""
}

// TestIdempotentDev cleans the 88 noisy text pages and the 88 HTML pages of
// the dev sets, then cleans each output again as plain text.
//
// What must hold, strictly: the second pass only drops whole paragraphs (the
// clean text splits back into exactly the paragraphs it was written from, no
// paragraph is edited, none is a duplicate), so the twice-cleaned text is
// the once-cleaned one minus the paragraphs the report names.
//
// What should hold and does not yet: that the second pass drops nothing at
// all. The drops are measured, logged (go test -v) and held under a ceiling
// instead of failing, because every one of them comes from boilerplate/,
// not from reading or writing. The body finder leaves a document alone
// when nothing in it looks like boilerplate (nothing removed before it, no
// section header, no record list, no block of menu-like lines), so it no
// longer cuts the edges of clean articles (a lead without a full stop, a
// short last quote, name-heavy sports prose, a Q&A list, a table before
// the prose). What is left: the second pass removes boilerplate the first
// missed (a footer of teasers, an app promo, a "Popular on" line: the
// edge-cluster pass and the truncated and app-promo rules fire on lines
// that reach the edge of the document only once the footer after them is
// gone, or an affiliate disclosure with a separator line above it once the
// author's bio before them is gone), and the body run still cuts a clean
// article that holds three short lines in a row (a list of photo
// captions, a quotation in another script). Measured on 2026-11-22: 1 of
// 88 text pages (9 paragraphs) and 4 of 88 HTML pages (23 paragraphs).
// Lower the ceilings as boilerplate/ is fixed.
func TestIdempotentDev(t *testing.T) {
	for _, tc := range []struct {
		name, dir string
		maxDocs   int
	}{
		{"text", "../../testdata/benchtext/dev/input", 1},
		{"html", "../../testdata/benchhtml/dev", 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := os.Stat(tc.dir); err != nil {
				t.Skip(err)
			}
			once, twice := t.TempDir(), t.TempDir()
			rep := filepath.Join(t.TempDir(), "r.jsonl")
			if code, stderr := cleanCmd(t, "-in", tc.dir, "-out", once); code != 0 {
				t.Fatalf("first pass: exit %d: %s", code, stderr)
			}
			if code, stderr := cleanCmd(t, "-in", once, "-out", twice, "-report", rep); code != 0 {
				t.Fatalf("second pass: exit %d: %s", code, stderr)
			}
			removed := map[string][]corpus.ReportLine{}
			b, err := os.ReadFile(rep)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
				if line == "" {
					continue
				}
				var l corpus.ReportLine
				if err := json.Unmarshal([]byte(line), &l); err != nil {
					t.Fatalf("report: %v: %s", err, line)
				}
				removed[l.Doc] = append(removed[l.Doc], l)
			}
			a, z := readTree(t, once), readTree(t, twice)
			if len(a) < 80 || len(a) != len(z) {
				t.Fatalf("got %d and %d outputs", len(a), len(z))
			}
			names := make([]string, 0, len(a))
			for name := range a {
				names = append(names, name)
			}
			sort.Strings(names)
			changedDocs, changedParas := 0, 0
			for _, name := range names {
				text := a[name]
				var paras []string
				if text != "" {
					paras = strings.Split(strings.TrimSuffix(text, "\n"), "\n\n")
				}
				drop := map[int]bool{}
				for _, l := range removed[name] {
					if l.Reason != clean.StageBoilerplate {
						t.Errorf("%s: paragraph %d: the second pass made a %s (%s): %q", name, l.Index, l.Reason, l.Rule, l.Excerpt)
						continue
					}
					if l.Index < 0 || l.Index >= len(paras) || !strings.HasPrefix(paras[l.Index], strings.TrimSuffix(l.Excerpt, "…")) {
						t.Errorf("%s: report index %d (%q) is not paragraph %d of the clean text: it did not split back into its paragraphs", name, l.Index, l.Excerpt, l.Index)
						continue
					}
					drop[l.Index] = true
				}
				var kept []string
				for i, p := range paras {
					if !drop[i] {
						kept = append(kept, p)
					}
				}
				want := ""
				if len(kept) > 0 {
					want = strings.Join(kept, "\n\n") + "\n"
				}
				if z[name] != want {
					t.Errorf("%s: cleaned again, it is not the clean text minus the reported paragraphs:\n%s", name, firstDiff(z[name], want))
				}
				if len(drop) > 0 {
					changedDocs++
					changedParas += len(drop)
					var msg strings.Builder
					for _, l := range removed[name] {
						fmt.Fprintf(&msg, "\n  %3d/%d %-13s %s", l.Index, len(paras), l.Rule, corpus.Excerpt(l.Excerpt, 70))
					}
					t.Logf("%s: %d of %d paragraphs removed when cleaned again:%s", name, len(drop), len(paras), msg.String())
				}
			}
			t.Logf("%s: %d of %d documents changed when cleaned again (%d paragraphs); ceiling %d", tc.name, changedDocs, len(a), changedParas, tc.maxDocs)
			if changedDocs > tc.maxDocs {
				t.Errorf("%d of %d documents changed when cleaned again, more than the measured ceiling of %d (see the log above: go test -v -run TestIdempotentDev)", changedDocs, len(a), tc.maxDocs)
			}
		})
	}
}
