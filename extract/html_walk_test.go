package extract

import (
	"strings"
	"testing"

	"github.com/cleantext/clean"
	"golang.org/x/net/html"
)

// TestWalkLayoutTable: a table that lays out the page (a cell holds divs,
// headings or several paragraphs) gives its text the kinds of its own
// blocks and its cells are blocks; readability renames such a table to a
// div and leaves its rows, which decide the same way. A data table's rows
// are table rows, also inside a layout table's cell.
func TestWalkLayoutTable(t *testing.T) {
	const cells = `<tr><td><h1>Park grows</h1><div>Oct 15, 2015 5:41PM</div><div>First line<br><br>Second line</div>` +
		`<table><tr><td>Acres</td><td>40</td></tr></table></td><td>Most viewed</td></tr>`
	for _, renamed := range []bool{false, true} {
		root, err := html.Parse(strings.NewReader(`<html><body><table>` + cells + `</table></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if renamed { // as readability does: the tag changes, DataAtom stays
			tbl := findFirstData(root, "table")
			tbl.Data = "div"
		}
		var w walker
		w.walk(findBody(root))
		w.flush()
		got := map[string]clean.Kind{}
		for _, p := range w.paras {
			got[p.text] = p.kind
		}
		for text, want := range map[string]clean.Kind{
			"Park grows": clean.KindHeading, "Oct 15, 2015 5:41PM": clean.KindText,
			"First line": clean.KindText, "Second line": clean.KindText,
			"Acres 40": clean.KindTableRow, "Most viewed": clean.KindText,
		} {
			if k, ok := got[text]; !ok {
				t.Errorf("renamed %v: no paragraph %q in %v", renamed, text, w.paras)
			} else if k != want {
				t.Errorf("renamed %v: %q: kind %v, want %v", renamed, text, k, want)
			}
		}
	}
}

func findFirstData(n *html.Node, data string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == data {
			return c
		}
		if f := findFirstData(c, data); f != nil {
			return f
		}
	}
	return nil
}
