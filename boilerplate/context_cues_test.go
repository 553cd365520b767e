package boilerplate

import (
	"fmt"
	"testing"
)

// cueDoc returns a transcript: a headline, then n time codes from start,
// step seconds apart, each over a caption, with a sound cue after the
// first and after the last; fmtTime writes a time code.
func cueDoc(start, step, n int, fmtTime func(int) string) []string {
	lines := []string{"Chemical warehouse fire forces hundreds from homes in Millbrook Heights"}
	for k := range n {
		lines = append(lines, fmtTime(start+k*step), fmt.Sprintf("caption number %d of the report from the scene where", k))
		if k == 0 {
			lines = append(lines, "[Music]")
		}
	}
	return append(lines, "[Music]")
}

func minSec(t int) string { return fmt.Sprintf("%d:%02d", t/60, t%60) }

// TestMarkCues: a transcript's time codes and sound cues go, its captions
// stay; a programme's round times, times that run back, too few or too far
// apart in lines or in seconds are no transcript's.
func TestMarkCues(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  bool // the time codes and the cue go
	}{
		{"a transcript", cueDoc(3, 2, 8, minSec), true},
		{"hours and brackets", cueDoc(3723, 3, 6, func(t int) string { return fmt.Sprintf("[%d:%02d:%02d]", t/3600, t/60%60, t%60) }), true},
		{"five codes", cueDoc(3, 2, 5, minSec), true},
		{"four codes", cueDoc(3, 2, 4, minSec), false},
		{"round times of a programme", cueDoc(540, 15, 8, minSec), false},
		{"steps of 31 seconds", cueDoc(3, 31, 8, minSec), false},
		{"steps of 29 seconds", cueDoc(1, 29, 8, minSec), true},
		{"times that run back", cueDoc(60, -7, 8, minSec), false},
	} {
		d := blockDoc(tc.lines...)
		MarkCues(d)
		for i, p := range d.Paragraphs {
			_, code := cueTime(p.Text)
			cue := code || p.Text == "[Music]"
			if want := !(cue && tc.want); p.Kept() != want {
				t.Errorf("%s: line %d %q kept %v, want %v", tc.name, i, p.Text, p.Kept(), want)
			}
		}
	}
	// Time codes more than cueLines lines apart.
	var lines []string
	for k := range 8 {
		lines = append(lines, minSec(3+2*k), "one", "two", "three", "four")
	}
	d := blockDoc(lines...)
	MarkCues(d)
	for _, p := range d.Paragraphs {
		if !p.Kept() {
			t.Errorf("time codes five lines apart: %q removed", p.Text)
		}
	}
}

// TestCaptionTurns: the sound cues of a broadcast's captions, whose turns
// open with ">>", go; under fewer turns they stay, and so do the turns.
func TestCaptionTurns(t *testing.T) {
	lines := []string{"Ice jam floods mobile home park", "[MUSIC]",
		">> GOOD EVENING. WE BEGIN TONIGHT ON THE SALT FORK RIVER.",
		">> THE WATER HAS STOPPED RISING FOR NOW.",
		"[MUSIC]",
		">> REPORTING LIVE, JOSH TEMPLE, CHANNEL 9 NEWS.", "[Applause]"}
	for _, tc := range []struct {
		name  string
		lines []string
		want  bool // the cues go
	}{
		{"three turns", lines, true},
		{"two turns", lines[:5], false},
		{"no space after the mark", append([]string{">>GOOD EVENING.", ">>THE WATER.", ">>REPORTING."}, "[MUSIC]"), false},
	} {
		d := blockDoc(tc.lines...)
		MarkCues(d)
		for _, p := range d.Paragraphs {
			if want := !(tc.want && soundCue(p.Text)); p.Kept() != want {
				t.Errorf("%s: %q kept %v, want %v", tc.name, p.Text, p.Kept(), want)
			}
		}
	}
}

func TestCueTime(t *testing.T) {
	for s, want := range map[string]int{"0:03": 3, "12:41": 761, "1:02:33": 3753, "[0:07]": 7, "(1:10)": 70, "123:00": 7380} {
		if got, ok := cueTime(s); !ok || got != want {
			t.Errorf("cueTime(%q) = %d, %v; want %d, true", s, got, ok, want)
		}
	}
	for _, s := range []string{"0:3", "0:60", "1234:00", "12.41", "12:41 pm", "1:2:33", ":03", "0:03:", "[0:03", "0:03]", "10:03]", "1:02:03:04"} {
		if _, ok := cueTime(s); ok {
			t.Errorf("cueTime(%q) = true, want false", s)
		}
	}
}

// BenchmarkMarkCuesRoundTimes: a long programme of round times is no
// transcript, and is read once, not once from each of its times.
func BenchmarkMarkCuesRoundTimes(b *testing.B) {
	lines := cueDoc(0, 60, 5000, minSec)
	d := blockDoc(lines...)
	for b.Loop() {
		MarkCues(d)
	}
}
