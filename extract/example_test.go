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

// Markdown as converters save web pages: blocks by their marks, links give
// their text, an image line is removed at extraction.
func ExampleMarkdown() {
	src := "# Talks resume\n\n![Delegates](https://example.org/a.jpg)\n\n* [Home](/)\n\nBoth sides **agreed** to [meet again](https://example.org/b).\n"
	d := extract.Markdown("story.md", []byte(src))
	for _, p := range d.Paragraphs {
		removed := ""
		if !p.Kept() {
			removed = " (removed: " + p.Removal.Rule + ")"
		}
		fmt.Printf("%s: %s%s\n", p.Kind, p.Text, removed)
	}
	// Output:
	// heading: Talks resume
	// text: ![Delegates](https://example.org/a.jpg) (removed: markdown-image)
	// list-item: Home
	// text: Both sides agreed to meet again.
}
