package boilerplate

import (
	"strings"

	"github.com/cleantext/clean"
)

// MarkPostTimes removes the time stamps of a live blog's entries that the
// article kept: a line that is a time of day and a mark of the half day or
// a time zone alone ("3:38 PM IST"; see postTime), and the entry's label
// next to it, one of weakWidgetLabels ("LIVE UPDATE"). It runs after the
// body finder, which reads such a line as the time of a record (a
// comment's, a chat's: name, time, text) and must see it.
func MarkPostTimes(d *clean.Document) {
	ps := d.Paragraphs
	for i := range ps {
		t := ps[i].Text
		if !ps[i].Kept() || len(t) > postTimeBytes || t == "" || !isDigit(t[0]) {
			continue
		}
		var buf [postTimeBytes]byte
		if !postTime(lowerInto(buf[:], t)) {
			continue
		}
		live := Reason{Rule: RuleWidget, Detail: details[detailLive]}
		Remove(d, i, live)
		for _, k := range [...]int{prevKept(ps, i), nextKept(ps, i)} {
			if k >= 0 && labelKindOf(ps[k].Text)&labelWeak != 0 {
				Remove(d, k, live)
			}
		}
	}
}

// postTimeBytes is the longest time stamp postTime reads, in bytes:
// "12:59 p.m. nzdt".
const postTimeBytes = 16

// postZones are the time zones a live blog writes after an entry's time,
// in lower case.
var postZones = setOf("ist", "gmt", "bst", "utc", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt",
	"mt", "mst", "mdt", "cet", "cest", "eet", "eest", "aest", "aedt", "acst", "awst", "nzst", "nzdt", "sast",
	"wat", "eat", "hkt", "sgt", "jst", "kst", "wib", "pkt")

// postTime reports whether low, a line in lower case, is a time of day
// alone with a mark of the half day or a time zone after it, or both
// ("3:38 pm ist", "9:32 p.m. est", "14:05 cet"). A time alone ("4:12") is
// as often a video's length.
func postTime(low string) bool {
	k := 0
	for k < len(low) && k < 2 && isDigit(low[k]) {
		k++
	}
	if k == 0 || k+3 > len(low) || low[k] != ':' || !isDigit(low[k+1]) || !isDigit(low[k+2]) {
		return false
	}
	rest := strings.TrimSpace(low[k+3:])
	marked := false
	for _, m := range meridiems {
		if r, ok := strings.CutPrefix(rest, m); ok && (r == "" || r[0] == ' ') {
			rest, marked = strings.TrimSpace(r), true
			break
		}
	}
	if rest == "" {
		return marked
	}
	return postZones[rest]
}
