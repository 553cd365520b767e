package boilerplate

import (
	"strings"

	"github.com/cleantext/clean"
)

// shareRunLines is the fewest share buttons, one a line, that make a share
// bar (see MarkShareRuns).
const shareRunLines = 3

// detailShareRun is the detail of a share bar's button that
// MarkShareRuns removes.
const detailShareRun = "a share bar, one button a line"

// MarkShareRuns removes a share bar printed one button a line: at least
// shareRunLines kept lines in a row (lines the rules removed between them
// aside), each a network's or a tool's name or a share button ("Facebook",
// "WhatsApp", "Telegram"; see shareRow). The rules leave a name alone on
// its line, which may be an item of a list; a run of them is a list of
// networks when it stands between two paragraphs of the article and
// names no tool of a share bar (see shareTools): "TikTok", "WeChat",
// "Telegram", the apps a ban names, stay.
func MarkShareRuns(d *clean.Document) {
	ps := d.Paragraphs
	for i := 0; i < len(ps); {
		if !shareButton(&ps[i]) {
			i++
			continue
		}
		// The run: its buttons from i to last, the lines the rules
		// removed between them aside.
		n, last, tool, j := 1, i, shareTool(ps[i].Text), i+1
		for ; j < len(ps); j++ {
			if !ps[j].Kept() {
				continue
			}
			if !shareButton(&ps[j]) {
				break
			}
			n, last = n+1, j
			tool = tool || shareTool(ps[j].Text)
		}
		if n >= shareRunLines && (tool || !betweenContent(ps, i, last)) {
			for k := i; k <= last; k++ {
				if ps[k].Kept() {
					Remove(d, k, Reason{Rule: RuleShareLabel, Detail: detailShareRun})
				}
			}
		}
		i = j
	}
}

// shareButtonBytes is the longest share button alone (see shareButton).
const shareButtonBytes = 24

// shareButton reports whether p is kept and is a share button alone:
// a network's or a tool's name, or "Share on X" (see shareRow).
func shareButton(p *clean.Paragraph) bool {
	t := p.Text
	if len(t) > shareButtonBytes || t == "" || !p.Kept() {
		return false
	}
	var buf [shareButtonBytes]byte
	low := lowerInto(buf[:], t) // a paragraph's text has no space at its ends
	if socialWords.has(low) {
		return true // a name alone: most buttons, asked first
	}
	return strings.HasPrefix(low, "share ") && shareRow(low)
}

// shareTool reports whether s, a share button, names a tool of a share
// bar rather than a network: e-mail, print, copy, the link, a comment, a
// save.
func shareTool(s string) bool {
	var buf [shareButtonBytes]byte
	return shareTools.has(firstWord(lowerInto(buf[:], s)))
}

// shareTools are the words of shareTool.
var shareTools = newWordSet(setOf("email", "e-mail", "mail", "print", "copy", "link", "share", "sms", "comment",
	"comments", "save", "url"))

// betweenContent reports whether the nearest kept lines above ps[lo] and
// below ps[hi] are both prose of the article (see isContent).
func betweenContent(ps []clean.Paragraph, lo, hi int) bool {
	a, b := prevKept(ps, lo), nextKept(ps, hi)
	return a >= 0 && b >= 0 && isContent(&ps[a]) && isContent(&ps[b])
}
