package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
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
