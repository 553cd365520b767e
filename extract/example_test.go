package extract_test

import (
	"fmt"

	"github.com/cleantext/clean/extract"
)

// Plain text: blank-line separated blocks, or one block per line; Unicode
// spaces are folded and spans point into the decoded text.
func ExampleText() {
	d := extract.Text("story.txt", []byte("News\u00a0/\u00a0World\r\n\r\nTalks resume.\r\nBoth sides agreed.\r\n"))
	for _, p := range d.Paragraphs {
		fmt.Printf("[%d,%d] %s\n", p.Start, p.End, p.Text)
	}
	// Output:
	// [0,14] News / World
	// [16,29] Talks resume.
	// [30,48] Both sides agreed.
}
