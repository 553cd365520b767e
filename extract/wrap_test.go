package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// wrapAt breaks s greedily into lines of at most width runes, as a text
// converter does.
func wrapAt(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return append(lines, line)
}

// wrapProse is a report's paragraphs: wrapped at a fixed width with no blank
// line between them, their paragraphs show only in their lines' lengths.
var wrapProse = []string{
	"The review examined timetabled services in forty rural districts, drew on ticketing data supplied by seventeen operators, and included a survey of residents in every county that took part in the work.",
	"Services on trunk routes between market towns have largely been preserved; the losses have been concentrated on the smaller routes that link villages to those towns, where frequencies were cut first.",
	"Operators told the review that rising driver wages, fuel costs and the end of temporary emergency funding made many marginal routes unviable, and several councils reported that tenders attracted a single bidder.",
	"Passenger numbers have recovered on routes that were maintained but have fallen sharply where frequencies were cut, and older residents without a car are the group most affected by the changes.",
}

func TestSplitRewrapsFixedWidth(t *testing.T) {
	var in []string
	want := []string{"Rural Bus Services Review", "1. Findings"}
	in = append(in, want...)
	for i, p := range wrapProse {
		in = append(in, wrapAt(p, 64)...)
		want = append(want, p)
		if i == 1 {
			in = append(in, "2. Service levels") // a heading between
			want = append(want, "2. Service levels")
		}
	}
	in = append(in, "3")
	want = append(want, "3")
	got := texts(Split(strings.Join(in, "\n")+"\n", nil))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Split of prose wrapped at 64 runes with no blank lines:\n got %q\nwant %q", got, want)
	}
}

// TestSplitRewrapsCapitals: a broadcast's captions, in capitals at 32
// runes, are rejoined by sentences ending inside their lines; a new
// speaker (">>") and a sound ("[MUSIC]") start paragraphs of their own. A
// list of headlines in capitals of alike length stays one per line.
func TestSplitRewrapsCapitals(t *testing.T) {
	captions := []string{
		"WE BEGIN TONIGHT ON THE SALT FORK RIVER, WHERE AN ICE JAM SENT WATER INTO A MOBILE HOME PARK THIS AFTERNOON. MORE THAN 40 FAMILIES HAD TO LEAVE THEIR HOMES.",
		// Its last line fills the width: the next speaker would fit on it.
		"JOSH TEMPLE IS LIVE AT THE PARK TONIGHT. JOSH, WHAT ARE YOU SEEING OUT THERE AT THE RIVER?",
		"DANA, THE WATER HAS STOPPED RISING FOR NOW. FIREFIGHTERS TELL ME THE ICE BROKE LOOSE UPSTREAM AROUND NOON. WITHIN AN HOUR THE RIVER WAS OVER ITS BANKS.",
		// A tease with no full stop, cut by a sound.
		"STILL AHEAD TONIGHT, THE CITY COUNCIL VOTE THAT COULD RAISE THE WATER BILLS OF YOUR STREET",
		"IT CAME UP SO FAST. I GRABBED MY DOG AND MY MEDICINE AND THAT WAS IT. EVERYTHING ELSE IS STILL IN THERE.",
		"FIRE CREWS WENT DOOR TO DOOR IN BOATS, BRINGING OUT 63 PEOPLE AND A DOZEN PETS. NO ONE WAS HURT. THE RED CROSS HAS OPENED A SHELTER AT THE HIGH SCHOOL.",
	}
	var in, want []string
	for i, p := range captions {
		p = ">> " + p
		in = append(in, wrapAt(p, 32)...)
		want = append(want, p)
		if i == 3 {
			in = append(in, "[MUSIC]")
			want = append(want, "[MUSIC]")
		}
	}
	got := texts(Split(strings.Join(in, "\n")+"\n", nil))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Split of captions in capitals:\n got %q\nwant %q", got, want)
	}

	headlines := []string{"COUNCIL APPROVES NEW BUDGET FOR", "FIRE CREWS BATTLE BLAZE AT OLD", "SCHOOL BOARD NAMES NEW HEAD FOR",
		"RIVER LEVELS EXPECTED TO RISE BY", "POLICE APPEAL FOR WITNESSES TO", "MARKET TRADERS WELCOME LATER",
		"BUS ROUTE CHANGES COME INTO FORCE", "LIBRARY TO REOPEN AFTER REPAIRS", "HOSPITAL PARKING CHARGES TO RISE"}
	got = texts(Split(strings.Join(headlines, "\n")+"\n", nil))
	if len(got) != len(headlines) {
		t.Errorf("headlines in capitals joined: %q", got)
	}
}

func TestSplitRewrap(t *testing.T) {
	// lines wraps the report's prose at 64 runes, and gives one in mid-
	// word: "infra-" ends a line and "structure" starts the next.
	lines := func(extra ...string) string {
		var in []string
		for _, p := range wrapProse {
			in = append(in, wrapAt(p, 64)...)
		}
		in = append(in, extra...)
		return strings.Join(in, "\n")
	}
	tests := []struct {
		name string
		in   string
		// want is the paragraph that must be among Split's, or notWant
		// the one that must not.
		want, notWant string
	}{
		{name: "a hyphen that breaks a word keeps its word whole",
			in:   lines("The plan also covers the roads and bridges and the wider infra-", "structure of the district, which the council will repair by 2030."),
			want: "The plan also covers the roads and bridges and the wider infra-structure of the district, which the council will repair by 2030."},
		{name: "a blank line ends a paragraph",
			in:      lines("The plan also covers the roads and bridges and the wider roads of", "", "the district, which the council will repair by the year 2030 too."),
			notWant: "The plan also covers the roads and bridges and the wider roads of the district, which the council will repair by the year 2030 too."},
		{name: "an address under a full line is no continuation",
			in:      lines("The plan also covers the roads and bridges and the wider area of", "http://example.org/plan"),
			notWant: "The plan also covers the roads and bridges and the wider area of http://example.org/plan"},
		{name: "a headline centred over the text is no continuation",
			in:   lines("              Roads and bridges across the district to be repaired soon", "The plan also covers the roads and bridges and the wider area of", "the district, which the council will repair by the year 2030."),
			want: "Roads and bridges across the district to be repaired soon"},
		{name: "a block set in under a full line is no continuation",
			in:      lines("The plan also covers the roads and bridges and the wider area of", "          the district, which the council will repair by the year 2030."),
			notWant: "The plan also covers the roads and bridges and the wider area of the district, which the council will repair by the year 2030."},
		{name: "a first line indented as in a book is continued",
			in:   lines("    The plan also covers the roads and bridges and the wider", "area of the district, which the council will repair by the year 2030."),
			want: "The plan also covers the roads and bridges and the wider area of the district, which the council will repair by the year 2030."},
		{name: "a heading under a full line that ends a sentence is no continuation",
			in:   lines("The plan also covers the roads and bridges of the whole district.", "Next steps", "The plan also covers the roads and bridges and the wider area of", "the district, which the council will repair by the year 2030."),
			want: "Next steps"},
		{name: "a heading under a full line that ends a quotation is no continuation",
			in:   lines("The plan covers the roads, said the mayor, “and the whole district.”", "Next steps"),
			want: "Next steps"},
		{name: "a full line that starts a sentence continues a full line that ends one",
			in:   lines("The plan also covers the roads and bridges of the whole district.", "The council will repair the roads and bridges of the wider area of", "the district by the year 2030."),
			want: "The plan also covers the roads and bridges of the whole district. The council will repair the roads and bridges of the wider area of the district by the year 2030."},
		{name: "a last line that ends a sentence continues a full line that ends one",
			in:   lines("The plan also covers the roads and bridges of the whole district.", "Roads first."),
			want: "The plan also covers the roads and bridges of the whole district. Roads first."},
		{name: "a last line that ends a quotation continues a full line that ends one",
			in:   lines("The plan also covers the roads and bridges of the whole district.", "„Endlich“"),
			want: "The plan also covers the roads and bridges of the whole district. „Endlich“"},
		{name: "a caption's credit under a full line that ends with a colon is continued",
			in:   lines("The plan also covers the roads and bridges of the district. Photo:", "Jane Roe/Gazette"),
			want: "The plan also covers the roads and bridges of the district. Photo: Jane Roe/Gazette"},
		{name: "a box's border under a full line is no continuation",
			in:      lines("The cost breakdown presented to the councillors was as follows:", "┌──────┬───────┐"),
			notWant: "The cost breakdown presented to the councillors was as follows: ┌──────┬───────┐"},
		{name: "aligned columns are no prose",
			in:      lines("Route 14 Market town to the northern villages via the valley  27", "Route 15 Market town to the southern villages via the coast   31"),
			notWant: "Route 14 Market town to the northern villages via the valley 27 Route 15 Market town to the southern villages via the coast 31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Split(tt.in, nil))
			has := func(s string) bool {
				for _, p := range got {
					if p == s {
						return true
					}
				}
				return false
			}
			if tt.want != "" && !has(tt.want) {
				t.Errorf("no paragraph %q among %q", tt.want, got)
			}
			if tt.notWant != "" && has(tt.notWant) {
				t.Errorf("paragraph %q among %q", tt.notWant, got)
			}
			for _, p := range wrapProse {
				if !has(p) {
					t.Errorf("the wrapped prose is not rejoined: no %q", p)
				}
			}
		})
	}
}

// TestSplitKeepsListsOfLines checks the text a scraper saves one block per
// line: a list of headlines of alike length, and items over their links,
// stay one paragraph a line, though the lengths fill one width.
func TestSplitKeepsListsOfLines(t *testing.T) {
	headlines := []string{
		"Council approves four hundred new homes on the old rail yard site",
		"Storm brings down power lines across the north of the county",
		"Teachers vote to strike over pay as talks with ministers collapse",
		"Harbour wall repairs to begin in spring after years of delay",
		"Local bakery wins national award for its sourdough and rye loaves",
		"Hospital waiting lists fall for the third month in a row at last",
		"Police appeal for witnesses after a crash on the coast road at night",
		"New cycle lanes divide opinion among shop owners in the high street",
		"Museum reopens its doors with an exhibition of maps from the region",
	}
	var items []string
	for _, h := range headlines {
		items = append(items, h, "http://example.org/"+strings.ToLower(strings.Fields(h)[0]))
	}
	// A short line opens each list, as on a page, so that the whole block
	// is no wrapped paragraph.
	headlines = append([]string{"Most read"}, headlines...)
	for name, in := range map[string][]string{"headlines": headlines, "items over their links": items} {
		got := texts(Split(strings.Join(in, "\n"), nil))
		if strings.Join(got, "\n") != strings.Join(in, "\n") {
			t.Errorf("%s: Split joined lines:\n got %q\nwant %q", name, got, in)
		}
	}
}

func TestRuneCount(t *testing.T) {
	long := "The quick brown fox jumps over the lazy dog, and then some more text"
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "café au lait, s'il vous plaît", "日本語のテキスト、改行なし", "🙂🙂🙂 emoji and text 🙂", "Жители эвакуированы",
		long, long[:33] + "é" + long[33:], "ü" + long + "日本語", long + "🙂" + long, strings.Repeat("Жители эвакуированы ", 5) + long} {
		for i := range len(s) + 1 {
			if !utf8.ValidString(s[i:]) {
				continue
			}
			if got, want := runeCount(s[i:]), utf8.RuneCountInString(s[i:]); got != want {
				t.Errorf("runeCount(%q) = %d, want %d", s[i:], got, want)
			}
		}
	}
}

// TestTextListItems checks the lines a list mark opens ("- ", "* ", "• ",
// as the cleaner writes a list): each is a list item whose text goes
// without the mark and whose span keeps it; in prose rewrapped by its
// width, an item starts a paragraph of its own and takes the lines that
// continue it. Lines a hyphen or asterisk opens otherwise stay text.
func TestTextListItems(t *testing.T) {
	type para struct {
		kind clean.Kind
		text string
	}
	items := "Changes:\n- Added: batched page writes (#790)\n*  Fixed: a crash during compaction\n• 20 km of new track\n-5 °C at night\n* * *\n- \n"
	var in []string
	for _, p := range wrapProse {
		in = append(in, wrapAt(p, 64)...)
	}
	// An item wrapped at the prose's width: its second line continues it;
	// the next item, after a line that fills the width, does not.
	item := wrapAt("- "+wrapProse[0], 64)
	full := "- " + wrapAt(wrapProse[2], 62)[0]
	wrapped := strings.Join(append(append(in, item...), full, "- Fixed: a crash during compaction"), "\n") + "\n"
	tests := []struct {
		name string
		in   string
		want []para
	}{
		{"marks", items, []para{
			{clean.KindText, "Changes:"},
			{clean.KindListItem, "Added: batched page writes (#790)"},
			{clean.KindListItem, "Fixed: a crash during compaction"},
			{clean.KindListItem, "20 km of new track"},
			{clean.KindText, "-5 °C at night"},
			{clean.KindText, "* * *"},
			{clean.KindText, "-"},
		}},
		{"an item in wrapped prose", wrapped, []para{
			{clean.KindText, wrapProse[0]},
			{clean.KindText, wrapProse[1]},
			{clean.KindText, wrapProse[2]},
			{clean.KindText, wrapProse[3]},
			{clean.KindListItem, wrapProse[0]},
			{clean.KindListItem, full[2:]},
			{clean.KindListItem, "Fixed: a crash during compaction"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Text("x", []byte(tt.in))
			var got []para
			for _, p := range d.Paragraphs {
				got = append(got, para{p.Kind, p.Text})
				if p.Kind == clean.KindListItem && clean.ListMark(d.Text[p.Start:p.End]) == 0 {
					t.Errorf("span of item %q = %q: no mark", p.Text, d.Text[p.Start:p.End])
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Text(%q):\n got %v\nwant %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestTextTabRows checks that a line saved with tabs between short cells
// is a table row, its cells joined by " | " as the HTML extractor joins
// them (empty cells dropped), that a block of such rows is not joined as
// hard-wrapped prose, and that a tab inside a sentence, a tab that only
// indents, or one after the only cell stays white space.
func TestTextTabRows(t *testing.T) {
	type para struct {
		kind clean.Kind
		text string
	}
	long := "The council said\ton Monday that the bridge would close for repairs in the spring, and that the work would take a year."
	rows := "Service\t2026/27 budget\t2027/28 proposed\tChange\nAdult social care\t£142.3m\t£151.6m\t+£9.3m\n" +
		"Libraries and culture \t\t £6.9m\t£5.7m\t-£1.2m\n"
	// Rows of 30 to 100 runes, none ending a sentence: they would pass
	// for hard-wrapped prose.
	block := "Highways and transport maintenance\t£14.2m\t£13.1m\t-£1.1m\n" +
		"Parks and open spaces of the city\t£5.3m\t£4.6m\t-£0.7m\n" +
		"Corporate services and the town hall\t£31.8m\t£29.9m\t-£1.9m\n"
	for _, tt := range []struct {
		name string
		in   string
		want []para
	}{
		{"rows", rows, []para{
			{clean.KindTableRow, "Service | 2026/27 budget | 2027/28 proposed | Change"},
			{clean.KindTableRow, "Adult social care | £142.3m | £151.6m | +£9.3m"},
			{clean.KindTableRow, "Libraries and culture | £6.9m | £5.7m | -£1.2m"},
		}},
		{"a block of rows", block, []para{
			{clean.KindTableRow, "Highways and transport maintenance | £14.2m | £13.1m | -£1.1m"},
			{clean.KindTableRow, "Parks and open spaces of the city | £5.3m | £4.6m | -£0.7m"},
			{clean.KindTableRow, "Corporate services and the town hall | £31.8m | £29.9m | -£1.9m"},
		}},
		{"a tab in a sentence", long, []para{{clean.KindText, strings.Replace(long, "\t", " ", 1)}}},
		{"a box a text browser drew", "   ┌──────┬───────┐\n   │ Item │ Cost  │\n   ├──────┼───────┤\n   │ Gates and works │ £19.6m │\n   └──────┴───────┘\n", []para{
			{clean.KindTableRow, "┌──────┬───────┐"},
			{clean.KindTableRow, "Item | Cost"},
			{clean.KindTableRow, "├──────┼───────┤"},
			{clean.KindTableRow, "Gates and works | £19.6m"},
			{clean.KindTableRow, "└──────┴───────┘"},
		}},
		{"a box of one cell and a rule", "║ Read also ║\n────────\n", []para{
			{clean.KindText, "║ Read also ║"},
			{clean.KindText, "────────"},
		}},
		{"indent and one cell", "\tIndented line\t\nName:\tJane Doe\n", []para{
			{clean.KindText, "Indented line"},
			{clean.KindTableRow, "Name: | Jane Doe"},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Text("x", []byte(tt.in))
			var got []para
			for _, p := range d.Paragraphs {
				got = append(got, para{p.Kind, p.Text})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Text(%q):\n got %v\nwant %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestTabRow checks tabRow on lines that Text never passes it: a single
// cell before a tab, and several lines.
func TestTabRow(t *testing.T) {
	for _, s := range []string{"Total\t", "\t \tTotal", "Roads\t£4.1m\nParks\t£1.2m"} {
		if got, ok := tabRow(s); ok || got != s {
			t.Errorf("tabRow(%q) = %q, %v; want it unchanged, false", s, got, ok)
		}
	}
}
