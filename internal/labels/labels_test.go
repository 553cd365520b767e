package labels_test

import (
	"fmt"
	"testing"

	"github.com/cleantext/clean/internal/labels"
)

func ExampleIsKey() {
	fmt.Println(labels.IsKey("Key points:"))
	fmt.Println(labels.IsKey("DAS WICHTIGSTE IN KÜRZE"))
	fmt.Println(labels.IsKey("Related stories"))
	// Output:
	// true
	// true
	// false
}

func TestIsKey(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Key points", true},
		{"Key points:", true},
		{"  Summary.", true},
		{"Key takeaways\u00a0", true},
		{"\n  Key points:\n  ", true},
		{"요약", true},
		{"Key points of the budget", false},
		{"Points", false},
		{"", false},
	} {
		if got := labels.IsKey(tc.text); got != tc.want {
			t.Errorf("IsKey(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, w := range labels.Key {
		if !labels.IsKey(w) {
			t.Errorf("IsKey(%q) = false for a label of Key", w)
		}
	}
}

// TestIsKeyNoAllocs: IsKey allocates nothing, on a label in capitals
// either.
func TestIsKeyNoAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { labels.IsKey("KEY POINTS:") }); n != 0 {
		t.Errorf("IsKey: %.1f allocations, want 0", n)
	}
}
