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
			"Acres | 40": clean.KindTableRow, "Most viewed": clean.KindText,
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

// TestCollapseBreaks checks that a run of <br>s with white space between
// them becomes one <br>, at any depth, and that text between two <br>s
// keeps both.
func TestCollapseBreaks(t *testing.T) {
	for in, want := range map[string]string{
		"a<br><br>b":                           "a<br/>b",
		"a<br> \n <br>\n<br>b":                 "a<br/>b",
		"a<br>b<br>c":                          "a<br/>b<br/>c",
		"<span>a<br><br>b</span><br><br>c":     "<span>a<br/>b</span><br/>c",
		"a<br> x <br>b":                        "a<br/> x <br/>b",
		"a<br><i></i><br>b":                    "a<br/><i></i><br/>b",
		"<font>a</font><br><br><font>b</font>": "<font>a</font><br/><font>b</font>",
	} {
		root, err := html.Parse(strings.NewReader("<html><body>" + in + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		body := findBody(root)
		collapseBreaks(body)
		var b strings.Builder
		for c := body.FirstChild; c != nil; c = c.NextSibling {
			html.Render(&b, c)
		}
		if b.String() != want {
			t.Errorf("collapseBreaks(%q) = %q, want %q", in, b.String(), want)
		}
	}
}

// TestHTMLBreaksSplitInline checks that on a table-layout page whose blocks
// are inline runs separated by <br><br>, a caption stays apart from the
// article's first paragraph (readability's paragraphs made of <br> runs
// glued them).
func TestHTMLBreaksSplitInline(t *testing.T) {
	const page = `<html><head><title>Ferry</title></head><body><table><tr><td width="150">` +
		`<a href="/">Home</a><br><a href="/news">News</a></td><td>` +
		`<font size="4">Ferry returns to the island</font><br><br>` +
		`<img src="ferry.jpg"><br>` +
		`<font size="1"><i>The old ferry at the quay. Picture: Harbour Times</i></font><br><br>` +
		`<font size="2">The ferry to the island will run again from Monday, the harbour board said, after a winter of repairs to its engines and hull.<br><br>` +
		`Crews replaced both engines and most of the deck, and the boat passed its safety inspection last week without any fault being found.<br><br>` +
		`Islanders, who had relied on a smaller boat that could not carry cars, said the return would make the trip to the mainland hospital much easier.<br><br>` +
		`The board said fares would stay the same until the end of next year, and that a second boat would be bought when money allowed.</font>` +
		`</td></tr></table></body></html>`
	d, err := HTML("t.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range d.Paragraphs {
		texts = append(texts, p.Text)
	}
	for _, want := range []string{
		"The old ferry at the quay. Picture: Harbour Times",
		"The ferry to the island will run again from Monday, the harbour board said, after a winter of repairs to its engines and hull.",
	} {
		found := false
		for _, s := range texts {
			found = found || s == want
		}
		if !found {
			t.Errorf("no paragraph %q in %q", want, texts)
		}
	}
}

// TestWalkCellSeparator: the cells of a data table's row are joined by
// " | " so that the row reads as a row when the output is cleaned again;
// empty cells add no separator, links and inline markup inside a cell do
// not split it, and a <br> in a cell ends the row's paragraph.
func TestWalkCellSeparator(t *testing.T) {
	for _, c := range []struct{ row, want string }{
		{`<td>Party</td><td>Seats</td><td>Vote share</td>`, "Party | Seats | Vote share"},
		{`<th></th><td> </td><td>Green <b>Alliance</b></td><td></td><td><a href="/x">27</a></td><td>&nbsp;</td>`, "Green Alliance | 27"},
		{`<td>only</td>`, "only"},
		{`<td>a<br>b</td><td>c</td>`, "a\nb | c"},
	} {
		root, err := html.Parse(strings.NewReader(`<html><body><table><tr>` + c.row + `</tr></table></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		var w walker
		w.walk(findBody(root))
		w.flush()
		var got []string
		for _, p := range w.paras {
			got = append(got, p.text)
		}
		if g := strings.Join(got, "\n"); g != c.want {
			t.Errorf("%s: got %q, want %q", c.row, g, c.want)
		}
	}
}
