package extract_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/cleantext/clean/extract"
)

// utf16LE returns s in UTF-16 little-endian with its byte-order mark.
func utf16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// TestFileBinary: text that is binary data fails with ErrBinary, while
// text with NUL-free invalid UTF-8, UTF-16 text (NUL bytes in every ASCII
// character) and a NUL byte beyond the first 8 KiB are read.
func TestFileBinary(t *testing.T) {
	prose := "The council approved the budget on Tuesday after a long debate.\n"
	for _, tc := range []struct {
		name string
		src  []byte
		want error
	}{
		{"image.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), extract.ErrBinary},
		{"nul-in-prose.txt", []byte(prose + "\x00" + prose), extract.ErrBinary},
		{"no-ext", []byte("\x7fELF\x02\x01\x01\x00\x00"), extract.ErrBinary},
		{"latin1.txt", []byte("Caf\xe9 owner reopens after the fire.\n"), nil},
		{"utf16.txt", utf16LE(prose), nil},
		{"late-nul.txt", []byte(strings.Repeat(prose, 200) + "\x00"), nil},
		{"empty.txt", nil, nil},
	} {
		d, err := extract.File(tc.name, tc.name, tc.src, extract.Options{})
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.want)
			continue
		}
		if tc.want == nil && tc.name == "utf16.txt" && (len(d.Paragraphs) != 1 || d.Paragraphs[0].Text != strings.TrimSpace(prose)) {
			t.Errorf("utf16.txt: paragraphs %+v", d.Paragraphs)
		}
	}
}
