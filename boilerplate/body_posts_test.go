package boilerplate

import (
	"fmt"
	"testing"
)

// TestBodyPostDates: a page that is a thread of dated posts, with no
// article run, keeps its posts and loses the date over each of them.
func TestBodyPostDates(t *testing.T) {
	posts := []string{
		"Two years ago the council promised a flood wall for the harbour district, and residents were told the studies were going ahead as planned.",
		"Internal minutes we obtained show that the studies were suspended in March 2024, and no public vote was ever held on the decision.",
		"Six months later the deputy mayor still told a public meeting that the works could begin in 2026, according to a recording we heard.",
		"Contacted on Tuesday, he said the project had stalled but denied that anyone had been misled about its state.",
		"Meanwhile residents kept paying the flood levy, and about 40 percent of it went to other work in the town, the budgets show.",
	}
	var lines []string
	dated := map[int]bool{}
	for k, p := range posts {
		dated[len(lines)] = true
		lines = append(lines, fmt.Sprintf("Feb 12, 2026, 08:%02d", 14+3*k), p)
	}
	checkBodyKept(t, "thread: ", lines, func(i int) bool { return !dated[i] })
}
