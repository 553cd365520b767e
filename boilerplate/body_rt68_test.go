package boilerplate

import "testing"

// TestShareLineRT68: a row of a poll's shares ends with a share in per
// cent, maybe its change in brackets after it; a sentence with a share, a
// bare share and a figure that is no share are none.
func TestShareLineRT68(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Labour 34% (+2)", true},
		{"Conservatives 17% (=)", true},
		{"Liberal Democrats 12.5% (-1.5)", true},
		{"Oui 54,2 %", true},
		{"Turnout 61%", true},
		{"34%", false},
		{"Labour 34 (+2)", false},
		{"Prices rose by more than the forecast of 34%", false},
		{"Labour leads with 34% (+2)", true},
		{"Labour 34% (+2) in the latest poll", false},
		{"Labour (+2)", false},
	} {
		if got := shareLine(tc.text); got != tc.want {
			t.Errorf("shareLine(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPollTableRT68: a poll's table of shares under its heading between
// the article's paragraphs is an inset the run crosses, and the poll
// widget under it goes (see MarkPolls): the article above both stays.
func TestPollTableRT68(t *testing.T) {
	head := []string{"Home", "News", "Politics", "Opinion", "Sport", "Culture"}
	top := []string{
		"Labour extends lead as Reform slips back, new Examiner poll finds",
		"Labour has extended its lead to seven points, according to a new poll for the Examiner that suggests the budget may have halted a long slide in the party's fortunes.",
		"The survey, carried out by Fenwick Research in the days after last week's statement, puts Labour on 34 per cent, up two points on the company's previous poll.",
		"Reform UK fell three points to 27 per cent, its lowest share with the pollster since June.",
		"Westminster voting intention",
		"Labour 34% (+2)",
		"Reform UK 27% (-3)",
		"Conservatives 17% (=)",
		"Liberal Democrats 12% (+1)",
		"Greens 6% (-1)",
		"Others 4% (+1)",
		"Changes are compared with Fenwick Research's poll of 24-25 October.",
	}
	poll := []string{"Take our poll", "Do you think the autumn budget was fair to families like yours?", "Yes", "No", "Don't know", "Vote", "View results"}
	rest := []string{
		"The fieldwork also asked voters for their verdict on the budget itself, and found that more of them thought it fair than unfair, by a margin of 41 per cent to 36 per cent.",
		"\"This is the first time in months that we've seen movement towards the government rather than away from it,\" said the company's director of polling.",
		"She cautioned, however, that the shift was within the margin of error for some groups.",
		"The Conservatives remain stuck in third place, and their leader has struggled to win attention since the summer.",
	}
	lines := append(append(append(append([]string{}, head...), top...), poll...), rest...)
	p0 := len(head) + len(top)
	checkMarkerKept(t, "default", Default(), lines, func(i int) bool {
		return i >= len(head) && (i < p0 || i >= p0+len(poll))
	})
}
