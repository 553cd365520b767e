// Package golden compares test output with golden files, the gofmt way:
// testdata/<case>.<ext> is cleaned and compared with <case>.golden, and
// `go test ./... -update` rewrites every golden file of the module (review
// the diff by eye before committing it).
//
// Every test package of the module imports this package, at least blankly,
// so that the -update flag is defined in all of them and `go test ./...
// -update` runs.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// Update is the -update flag: rewrite golden files instead of comparing.
var Update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// Check compares got with the golden file at path and reports a difference
// as a test error; with -update it writes got to path instead (creating its
// folder).
func Check(t testing.TB, path string, got string) {
	t.Helper()
	if *Update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./... -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
