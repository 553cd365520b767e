package boilerplate

import (
	"testing"

	"github.com/cleantext/clean/extract"
)

// FuzzClassifier runs the whole classifier on arbitrary text, one block per
// line: it must not panic, every removal names its rule, and a paragraph is
// removed at most once.
func FuzzClassifier(f *testing.F) {
	for _, s := range []string{
		"Headline over the story\nBy Jane Doe\n21 November 2026\nThe council voted on Tuesday to close the bridge, and the work starts in March.\nShare this article",
		"Kelston 2-1 Ashford: late header\nA long standfirst without a full stop that goes on for many words and more words and more\nThe home side came from behind to win.",
		"Arc 7 Pro 256GB — $999 — Buy now at Mercato\nVireo P40: was $699, now $499 at Mercato\nT&Cs apply. 18+ only. Gamble responsibly.\nKings paying $3.40. Bet now with KiwiPunt.",
		"FTSE 100 8,412.6 ▲0.42% | FTSE 250 20,931.1 ▼0.18% | GBP/USD 1.2718\nLatest ● dollar 287 ● gold 312 ● heat",
		"หน้าแรก\nเทศบาลระบุว่าจะเปิดเส้นทางที่สองภายในปีหน้า\nแชร์ไปที่ LINE",
		"Jane Doe\nRugby writer\n10:48pm, Saturday\nক্রীড়া প্রতিবেদক, ঢাকা\nতحریر: x",
		"Shots: 33:35. Penalties: 10:6 min. Attendance: 2 318.\nTown: A, B, C, D, E, F, G, H, I, J, K.\nPORT NDELA, June 11 (VPA)",
		"\n\n|\n•\n — \n: \n(\n)\n.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := extract.Text("f.txt", []byte(s))
		Default().Mark(d)
		for i, p := range d.Paragraphs {
			if p.Removal != nil && p.Removal.Rule == "" {
				t.Errorf("paragraph %d removed without a rule: %q", i, p.Text)
			}
		}
	})
}
