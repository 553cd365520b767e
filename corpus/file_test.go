package corpus

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadFile reads files whose size differs from the hint either way
// (the file changed between the walk and the read).
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		size int
		hint int64
	}{{0, 0}, {0, 10}, {5, 5}, {5, 0}, {5, 3}, {6, 5}, {7, 5}, {4, 5}, {1, 1}, {100000, 10}, {100000, 100000}, {100001, 100000}, {3, -1}} {
		name := filepath.Join(dir, "f")
		want := bytes.Repeat([]byte("ab\n"), tc.size)[:tc.size]
		if err := os.WriteFile(name, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readFile(name, tc.hint)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("size %d hint %d: %d bytes, err %v", tc.size, tc.hint, len(got), err)
		}
	}
	missing := filepath.Join(dir, "missing.txt")
	_, err := readFile(missing, 1)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing file: err = %v", err)
	}
	if _, err := readFile(dir, 1); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("folder: err = %v", err)
	}
}

// TestTreeWriterReplaces writes over an existing file and refuses to
// replace a folder, leaving no temporary file behind.
func TestTreeWriterReplaces(t *testing.T) {
	dir := t.TempDir()
	var w TreeWriter
	name := filepath.Join(dir, "sub", "x.txt")
	for _, s := range []string{"one", "two"} {
		if err := w.Write(name, []byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	if b, _ := os.ReadFile(name); string(b) != "two" {
		t.Errorf("content %q", b)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub", "d.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(filepath.Join(dir, "sub", "d.txt"), []byte("x")); err == nil {
		t.Error("replaced a folder")
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "sub"))
	if len(entries) != 2 {
		t.Errorf("entries %v; want x.txt and d.txt only", entries)
	}
}
