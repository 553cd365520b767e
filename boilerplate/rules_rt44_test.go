package boilerplate

import (
	"slices"
	"testing"
)

// TestChartAcrossRT44: an interactive map's text between two parts of a
// TV station's story (its label, legend, source line and a credit the
// rules take as a caption) is the chart's, and the body finder reads the
// article on across it.
func TestChartAcrossRT44(t *testing.T) {
	head := []string{"Atmospheric river to slam burn scar areas this week"}
	chart := []string{"Interactive map: Flood alerts in the viewing area", "Tap to expand", "Flash Flood Warning",
		"Flood Warning", "Flood Watch", "Burn scar (Copper Ridge Fire, 2025)", "Evacuation warning zone",
		"Map data as of 9 a.m. PST. Source: National Weather Service, Tulleman County OES",
		"Map: KVTR Digital / Datawrapper", "Read more: Copper Ridge Fire survivors still waiting on debris removal"}
	after := []string{"How this storm fits a changing pattern",
		"Atmospheric rivers are long, narrow bands of water vapor that carry moisture from the tropical Pacific, and they deliver as much as half of the state's yearly rain.",
		"Research from state climate scientists suggests the strongest of these storms are becoming wetter as the atmosphere warms, because warmer air can hold more water.",
		"Officials urged drivers never to cross flooded roadways, as just twelve inches of moving water can carry away most cars on the road."}
	lines := slices.Concat(rt37Menu, head, rt37Prose, chart, after, rt37Foot)
	lo := len(rt37Menu)
	c := lo + len(head) + len(rt37Prose)
	checkMarkerKept(t, "chart", Default(), lines, func(i int) bool {
		return i >= lo && i < c || i >= c+len(chart) && i < c+len(chart)+len(after)
	})
}
