package boilerplate

import (
	"slices"
	"strings"

	"github.com/cleantext/clean"
)

// RuleCue names the removal of a transcript's time codes and sound cues.
const RuleCue = "transcript-cue"

// Knobs of MarkCues.
const (
	// cueChain is the fewest time codes of a transcript.
	cueChain = 5
	// cueLines is the most lines between two time codes of a chain: a
	// caption's line or two.
	cueLines = 3
	// cueStep is the most seconds from one time code of a chain to the
	// next, by the median of the steps: a caption lasts seconds.
	cueStep = 30
	// captionTurns is the fewest speakers' turns (">> ") that make a page
	// a broadcast's captions.
	captionTurns = 3
)

// MarkCues removes the time codes of a video or audio transcript that a
// player prints on lines of their own, one above each caption ("0:03",
// then "begin tonight in Millbrook Heights where", "0:05", ...), and the
// sound cues between them ("[Music]", "[Applause]"). Such time codes
// (minutes and seconds, or hours, minutes and seconds, see cueTime) come
// in a chain of at least cueChain, each at most cueLines lines below the
// one before and later than it, a median of at most cueStep seconds
// apart, and at least half of them end in a digit other than 0 and 5.
// A programme's times of day ("09:00", "09:15", "10:30" read as minutes
// and seconds) fall on round minutes; a live blog's run back in time.
// The captions stay.
//
// A broadcast's captions mark each new speaker with ">>" instead; with at
// least captionTurns such turns, every sound cue of the page goes.
func MarkCues(d *clean.Document) {
	ps := d.Paragraphs
	turns := 0
	for i := 0; i < len(ps); i++ {
		t := ps[i].Text
		if len(t) < 4 || !isDigit(t[0]) && t[0] != '[' && t[0] != '(' {
			if len(t) >= 4 && t[0] == '>' && t[1] == '>' && t[2] == ' ' {
				turns++
			}
			continue // most lines, without a call
		}

		if _, ok := cueTime(ps[i].Text); !ok || !ps[i].Kept() {
			continue
		}
		// The chain from i: its last line, its steps in seconds.
		var steps []int
		n, last, prev, odd := 0, i, -1, 0
		for j := i; j < len(ps) && j-last <= cueLines+1; j++ {
			t, ok := cueTime(ps[j].Text)
			if !ok {
				continue
			}
			if t <= prev {
				break
			}
			if n > 0 {
				steps = append(steps, t-prev)
			}
			if t%5 != 0 {
				odd++
			}
			n, last, prev = n+1, j, t
		}
		if n < cueChain || 2*odd < n || medianOf(steps) > cueStep {
			i = last // a chain is read once: a later start is a part of it
			continue
		}
		for j := i; j <= last; j++ {
			if !ps[j].Kept() {
				continue
			}
			if _, ok := cueTime(ps[j].Text); ok {
				Remove(d, j, Reason{Rule: RuleCue, Detail: "a transcript's time code"})
			} else if soundCue(ps[j].Text) {
				Remove(d, j, Reason{Rule: RuleCue, Detail: "a transcript's sound cue"})
			}
		}
		// A sound cue under the last caption closes the transcript.
		for j := last + 1; j < len(ps) && j <= last+cueLines; j++ {
			if ps[j].Kept() && soundCue(ps[j].Text) {
				Remove(d, j, Reason{Rule: RuleCue, Detail: "a transcript's sound cue"})
			}
		}
		i = last
	}
	if turns >= captionTurns {
		for i := range ps {
			if ps[i].Kept() && soundCue(ps[i].Text) {
				Remove(d, i, Reason{Rule: RuleCue, Detail: "a transcript's sound cue"})
			}
		}
	}
}

// cueTime returns the seconds of a time code alone on its line:
// minutes and seconds ("0:03", "12:41") or hours, minutes and seconds
// ("1:02:33"), maybe in brackets ("[0:03]", "(0:03)").
func cueTime(s string) (int, bool) {
	if len(s) < 4 || len(s) > 10 || !isDigit(s[len(s)-1]) && s[len(s)-1] != ']' && s[len(s)-1] != ')' {
		return 0, false // saves the split of every other line
	}
	if (s[0] == '[' || s[0] == '(') && (s[len(s)-1] == ']' || s[len(s)-1] == ')') {
		s = s[1 : len(s)-1]
	}
	secs, parts := 0, 0
	for part := range strings.SplitSeq(s, ":") {
		if part == "" || len(part) > 3 || parts > 0 && len(part) != 2 || !allDigits(part) {
			return 0, false
		}
		v := 0
		for k := range len(part) {
			v = 10*v + int(part[k]-'0')
		}
		if parts > 0 && v > 59 {
			return 0, false
		}
		secs = 60*secs + v
		parts++
	}
	return secs, parts == 2 || parts == 3
}

// soundCue reports a transcript's cue for a sound, bracketed on its own
// line: "[Music]", "[Applause]", "[laughter]", "[Música]".
func soundCue(s string) bool {
	if len(s) < 3 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	return soundCues[strings.ToLower(s[1:len(s)-1])]
}

// soundCues are the sounds a transcript marks, in lower case: English,
// Spanish, Portuguese, French, German, Italian.
var soundCues = setOf("music", "applause", "laughter", "laughs", "cheering", "cheers", "inaudible",
	"crosstalk", "silence", "foreign", "no audio", "música", "aplausos", "risas", "musique",
	"applaudissements", "rires", "musik", "beifall", "applaus", "lachen", "musica", "applausi", "risate")

// medianOf returns the median of xs (the lower middle one of an even
// count), or 0 for none. It sorts xs.
func medianOf(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	return xs[(len(xs)-1)/2]
}
