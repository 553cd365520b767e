package boilerplate

import (
	"strings"
	"testing"
)

// TestMarkCharts: an embedded chart's text goes, from its title (or the
// prose above it) down to its tool's credit and the controls under it;
// the article's lines around it, a credit that names no chart tool, and a
// sentence that names one stay.
func TestMarkCharts(t *testing.T) {
	for _, tc := range []struct {
		name  string
		chart []string
		gone  []int // indexes in chart of the lines removed
	}{
		{"a chart under its label", []string{"Chart: The jobless rate has risen for five straight quarters", "Unemployment rate, people aged 16+, %",
			"2021 2022 2023 2024 2025", "3.5 4.0 4.5 5.0", "Source: Office for Regional Statistics", "Created with Datawrapper", "Get the data · Download image"},
			[]int{0, 1, 2, 3, 4, 5, 6}},
		{"a map without a label", []string{"Map", "Hover over a region to see figures", "4% 5% 6% 7%+", "A Flourish map"}, []int{0, 1, 2, 3}},
		{"the label ends the walk up", []string{"Regional divide", "Chart: Rate by region", "Made with Flourish"}, []int{1, 2}},
		{"a credit alone", []string{"Powered by Highcharts"}, []int{0}},
		{"controls beyond reach", []string{"Chart: Rate", "Created with Datawrapper", "Source: ORS", "Notes: seasonally adjusted", "Get the data"}, []int{0, 1}},
		{"a control that is no control", []string{"Chart: Rate", "Created with Datawrapper", "Get the facts"}, []int{0, 1}},
		{"no chart tool", []string{"Chart: Rate", "Made with love in Leeds"}, nil},
		{"a tool but no credit", []string{"Chart: Rate", "Datawrapper raises new funding"}, nil},
		{"a sentence that names a tool", []string{"The charts on this page were created with Datawrapper by our data team."}, nil},
		// A live data widget by its note.
		{"an outage map", []string{"Power outage map", "Customers without power: 61,204", "Marsh County: 38,117",
			"Source: Coastal Electric Cooperative, Delta Power & Light. Data updates every 15 minutes."}, []int{0, 1, 2, 3}},
		{"a results board", []string{"Results", "Labor 14", "Liberal 10", "Results are refreshed every hour"}, []int{0, 1, 2, 3}},
		{"a note that ends otherwise", []string{"Power outage map", "Data updates every 15 minutes on weekdays."}, nil},
		{"a sentence about updates", []string{"The utility said its outage map updates every 15 minutes, but customers said it lagged by hours."}, nil},
	} {
		checkBlockPass(t, tc.name, MarkCharts, tc.chart, tc.gone)
	}
}

// TestLiveUnits: a note that the data update every so often ends with
// any of liveUnits, in any case, after a figure or "every" (the fast
// checks of liveDataNote agree with the list).
func TestLiveUnits(t *testing.T) {
	for _, u := range liveUnits {
		for _, note := range []string{"Data updates every 15 " + u + ".", "Results are refreshed every " + strings.ToUpper(u)} {
			if !liveDataNote(note) {
				t.Errorf("liveDataNote(%q) = false", note)
			}
		}
	}
}
