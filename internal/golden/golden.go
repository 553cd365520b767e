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
	"strings"
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
	if got == string(want) {
		return
	}
	if len(got)+len(want) < 4000 {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", path, got, want)
		return
	}
	// Large files: the first differing lines, each with the nearest section
	// line ("== ...") above it for context.
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	section, shown := "", 0
	for k := 0; k < max(len(gl), len(wl)) && shown < 20; k++ {
		var g, w string
		if k < len(gl) {
			g = gl[k]
		}
		if k < len(wl) {
			w = wl[k]
		}
		if strings.HasPrefix(w, "== ") {
			section = w
		}
		if g != w {
			t.Errorf("%s:%d (%s)\n  got  %s\n  want %s", path, k+1, section, g, w)
			shown++
		}
	}
}
