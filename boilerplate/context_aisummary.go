package boilerplate

import (
	"strings"

	"github.com/cleantext/clean"
)

// Knobs of MarkAISummaries.
const (
	// aiSummaryReach is the most lines of an AI summary box after its
	// label, its feedback question and note included.
	aiSummaryReach = 10
	// aiLabelWords is the most words of the box's label ("AI-generated
	// summary").
	aiLabelWords = 5
)

// RuleAISummary names the removal of a summary box that AI wrote.
const RuleAISummary = "ai-summary"

// MarkAISummaries removes the box of bullet points that a machine wrote
// over an article: under a label that names a summary, key points or
// takeaways and AI ("AI-generated summary", "Key points (AI)"), its points,
// up to a question on the summary ("Was this summary helpful?", its "Yes"
// and "No") or a note that says AI wrote it ("This summary was generated
// with AI and reviewed by an editor."), within aiSummaryReach lines; the
// note goes too. The points are sentences that restate the article, which
// no rule knows; without such a close nothing is removed.
func MarkAISummaries(d *clean.Document) {
	ps := d.Paragraphs
	for i := range ps {
		t := ps[i].Text
		if len(t) > 48 || len(t) < len("ai summary") || !strings.Contains(t, "AI") || !aiLabel(t) {
			continue // "AI" first: most lines, with one search
		}
		end := -1
		for j := i + 1; j < len(ps) && j <= i+aiSummaryReach; j++ {
			if aiClose(ps[j].Text) {
				end = j
			}
		}
		if end < 0 {
			continue
		}
		// The close's answers ("Yes", "No") and a note right under it.
		for end+1 < len(ps) && end+1 <= i+aiSummaryReach && (wordCount(ps[end+1].Text) <= 1 || aiClose(ps[end+1].Text)) {
			end++
		}
		for j := i; j <= end; j++ {
			if ps[j].Kept() {
				Remove(d, j, Reason{Rule: RuleAISummary})
			}
		}
	}
}

// aiLabel reports whether t, a short line, labels a summary a machine wrote:
// at most aiLabelWords words, "AI" as a word or before a hyphen, and
// "summary", "key points" or "takeaways".
func aiLabel(t string) bool {
	if wordCount(t) > aiLabelWords || !aiWord(t) {
		return false
	}
	return containsFold(t, "summary") || containsFold(t, "key points") || containsFold(t, "takeaways")
}

// aiClose reports whether t closes an AI summary box: a question whether
// the summary helped, or a note that AI generated it.
func aiClose(t string) bool {
	if len(t) > 200 || !containsFold(t, "summar") {
		return false
	}
	return strings.HasSuffix(t, "?") && containsFold(t, "helpful") || aiWord(t) && containsFold(t, "generated")
}

// aiWord reports whether t holds "AI" as a word, or before a hyphen
// ("AI-generated").
func aiWord(t string) bool {
	for i := 0; ; i++ {
		k := strings.Index(t[i:], "AI")
		if k < 0 {
			return false
		}
		i += k
		before := i == 0 || t[i-1] == ' ' || t[i-1] == '('
		after := i+2 == len(t) || strings.IndexByte(" -).,:", t[i+2]) >= 0
		if before && after {
			return true
		}
	}
}
