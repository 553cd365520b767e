package extract

import (
	"testing"

	"github.com/cleantext/clean"
)

// TestSpaceRows checks the tables laid out with spaces that Text reads as
// rows, and the lines it leaves as they are.
func TestSpaceRows(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want []string // the paragraphs, rows marked "row: "
	}{
		{"a table under its header", "                          2024 estimate       2026 bid    Change\n" + // its last cell in the rows' column
			"   Building and canopy       £2.6m            £4.8m       +£2.2m\n" +
			"   Groundworks & drainage    £0.9m            £2.3m       +£1.4m\n" +
			"   Total                     £4.9m            £9.4m      +£14.5m\n" +
			"   Source: the council's cabinet report",
			[]string{"2024 estimate 2026 bid Change", "row: Building and canopy | £2.6m | £4.8m | +£2.2m",
				"row: Groundworks & drainage | £0.9m | £2.3m | +£1.4m", "row: Total | £4.9m | £9.4m | +£14.5m",
				"Source: the council's cabinet report"}},
		{"two lines of a menu", "Home   News   Sport\nFarming   Notices   Jobs",
			[]string{"Home News Sport", "Farming Notices Jobs"}},
		{"one row alone", "Intro line of the block\nBuilding and canopy   £2.6m   £4.8m\nEnd line of the block",
			[]string{"Intro line of the block", "Building and canopy £2.6m £4.8m", "End line of the block"}},
		{"labels and values", "Name:    Ann Lee\nTown:    Hinton", []string{"Name: Ann Lee", "Town: Hinton"}},
		{"rows apart", "Building   £2.6m   £4.8m\n\nGroundworks   £0.9m   £2.3m", []string{"Building £2.6m £4.8m", "Groundworks £0.9m £2.3m"}},
		{"a cell of eleven words", "a b c d e f g h i j k   1   2\nBuilding   3   4", []string{"a b c d e f g h i j k 1 2", "Building 3 4"}},
		{"cells apart", "Building   £2.6m   £4.8m\nGroundworks and drainage of the site   £0.9m      £2.3m",
			[]string{"Building £2.6m £4.8m", "Groundworks and drainage of the site £0.9m £2.3m"}},
	} {
		d := Text("f", []byte(tc.src))
		var got []string
		for _, p := range d.Paragraphs {
			s := p.Text
			if p.Kind == clean.KindTableRow {
				s = "row: " + s
			}
			got = append(got, s)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: paragraph %d %q, want %q", tc.name, i, got[i], tc.want[i])
			}
		}
	}
}
