package boilerplate

import "testing"

// TestRulesNoAllocs checks that trying the paragraph rules on a paragraph
// allocates nothing: the lower-case copy of a short paragraph lives in
// RuleSet.Match's frame, and a rule that lets it escape (a closure or an
// iterator over it) moves it to the heap for every paragraph.
func TestRulesNoAllocs(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("allocation counts are not checked in -short or -race runs")
	}
	lines := []string{
		"The council approved the budget on Monday after a long debate, the mayor said.",
		"Share on Facebook", "Read more", "2,314 Reposts 980 Likes", "4 comments", "Sign up for Gearwise Weekly",
		"Thanks for reading The Slow Ledger! This post is public so feel free to share it.",
		"The best deals and honest reviews, straight to your inbox every Friday.",
		"Photo: Jane Doe / Example Agency", "Home > World > Europe", "© 2026 Example Media. All rights reserved.",
		"字号：大 中 小 分享到：微信 微博", "【写真】川面を流れる灯籠を見送る人たち", "原标题：一位老师，四所学校",
		"Coach: Hendro Wicaksono", "RAM and storage options | 8GB / 256GB", "Listen to this article",
	}
	rs := Rules()[0]
	d := blockDoc(append(lines, "The article goes on with another paragraph of prose, she said.")...)
	for i := range lines {
		rs.Match(d, i) // compile what the rules compile on first use
		if n := testing.AllocsPerRun(20, func() { rs.Match(d, i) }); n != 0 {
			t.Errorf("rules on %q: %.1f allocations, want 0", lines[i], n)
		}
	}
}
