package extract

import "testing"

// TestHeadlineOf: a page title that joins the headline of an <h1> to the
// site's name gives the headline, on either side of any separator; a
// title no <h1> is a side of stays whole.
func TestHeadlineOf(t *testing.T) {
	heads := []string{"Menu", "Grocery store to close March 29"}
	for _, c := range []struct{ title, want string }{
		{"Grocery store to close March 29 — The Creek Courier", "Grocery store to close March 29"},
		{"The Creek Courier | Grocery store to close March 29", "Grocery store to close March 29"},
		{"GROCERY STORE TO CLOSE MARCH 29 - Courier", "GROCERY STORE TO CLOSE MARCH 29"},
		{"Grocery store to close March 29", "Grocery store to close March 29"},
		{"Grocery store to close — March 29 — The Creek Courier", "Grocery store to close — March 29 — The Creek Courier"},
		{"Bridge reopens — The Creek Courier", "Bridge reopens — The Creek Courier"},
		{"Menu", "Menu"},
	} {
		if got := headlineOf(c.title, heads); got != c.want {
			t.Errorf("headlineOf(%q) = %q, want %q", c.title, got, c.want)
		}
	}
	if got := headlineOf("Bridge reopens — Courier", nil); got != "Bridge reopens — Courier" {
		t.Errorf("without headlines: %q", got)
	}
}
