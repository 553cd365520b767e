package devset

import (
	"bytes"
	"testing"

	_ "github.com/cleantext/clean/internal/golden"
)

func TestHTMLPages(t *testing.T) {
	names, pages, err := HTMLPages("../../testdata/benchhtml/dev")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 88 || len(pages) != 88 {
		t.Fatalf("got %d names, %d pages; want 88", len(names), len(pages))
	}
	for i, p := range pages {
		if !bytes.Contains(bytes.ToLower(p[:min(len(p), 4096)]), []byte("<")) {
			t.Errorf("%s does not look like HTML", names[i])
		}
		if i > 0 && names[i-1] >= names[i] {
			t.Errorf("not sorted: %s before %s", names[i-1], names[i])
		}
	}
	if _, _, err := HTMLPages(t.TempDir()); err == nil {
		t.Error("an empty folder gave no error")
	}
}
