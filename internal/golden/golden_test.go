package golden

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "case.golden")
	*Update = true
	Check(t, path, "hello\n")
	*Update = false
	if b, err := os.ReadFile(path); err != nil || string(b) != "hello\n" {
		t.Fatalf("update wrote %q, %v", b, err)
	}
	Check(t, path, "hello\n") // equal: no error

	ft := &fakeT{TB: t}
	Check(ft, path, "changed\n")
	if !ft.failed {
		t.Fatal("a difference was not reported")
	}
}

type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Errorf(string, ...any) { f.failed = true }
func (f *fakeT) Fatalf(string, ...any) { f.failed = true }
