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

// Subtitles joins the captions of a video's cues into paragraphs again;
// the cue numbers and timings are edits, a sound cue is removed.
func ExampleSubtitles() {
	d := extract.Subtitles("report.srt", []byte("1\n00:00:00,000 --> 00:00:02,000\n[MUSIC]\n\n"+
		"2\n00:00:02,040 --> 00:00:04,000\nThe ferry will sail\n\n3\n00:00:04,040 --> 00:00:06,000\nagain on Monday.\n"))
	for _, p := range d.Paragraphs {
		if p.Kept() {
			fmt.Printf("%q, %d edits\n", p.Text, len(p.Edits))
		} else {
			fmt.Printf("removed %q (%s)\n", p.Text, p.Removal.Rule)
		}
	}
	// Output:
	// removed "[MUSIC]" (subtitle-sound)
	// "The ferry will sail again on Monday.", 2 edits
}
