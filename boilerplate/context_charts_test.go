package boilerplate

import "testing"

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
	} {
		checkBlockPass(t, tc.name, MarkCharts, tc.chart, tc.gone)
	}
}
