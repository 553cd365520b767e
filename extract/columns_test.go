package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// wrapColumn breaks text, paragraphs separated by blank lines, into lines of
// at most w runes, as a layout engine sets a column: a blank line between
// paragraphs.
func wrapColumn(text string, w int) []string {
	var lines []string
	for i, para := range strings.Split(text, "\n\n") {
		if i > 0 {
			lines = append(lines, "")
		}
		line := ""
		for word := range strings.FieldsSeq(para) {
			if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > w {
				lines = append(lines, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += word
		}
		lines = append(lines, line)
	}
	return lines
}

// sideBySide sets the lines of two columns side by side as pdftotext
// -layout prints them, the right one from rune column r.
func sideBySide(left, right []string, r int) string {
	var b strings.Builder
	for k := range max(len(left), len(right)) {
		l, rt := "", ""
		if k < len(left) {
			l = left[k]
		}
		if k < len(right) {
			rt = right[k]
		}
		if k > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		if rt != "" {
			b.WriteString(strings.Repeat(" ", r-utf8.RuneCountInString(l)))
			b.WriteString(rt)
		}
	}
	return b.String()
}

const (
	leftEN = `The old reading room on Mill Street reopened on Saturday after a renovation that took almost two years and cost the parish council a little over half a million pounds.

Volunteers who had packed away the collection in the spring of last year spent the final week carrying boxes back up the narrow stairs, sorting the shelves by hand and arguing, happily, about where the local history section should go.

The building now has a lift, a small kitchen and a room for the knitting group, which had been meeting in the back of the fire station.`
	rightEN = `Much of the money came from a heritage grant, with the rest raised by a village appeal that ran a cake stall every market day for eighteen months.

The architect, who grew up two streets away, said the hardest part had been keeping the original windows while making the room warm enough to sit in during the winter.

Opening hours will be longer than before, and the council hopes to run evening classes there from the autumn.`
	leftDE = `Die Brücke über die Öhle wird ab Montag für sechs Wochen gesperrt, weil die Stadtwerke unter der Fahrbahn neue Leitungen für Gas und Wasser verlegen müssen.

Fußgänger können während der Bauzeit über einen schmalen Steg auf der südlichen Seite ausweichen, für Radfahrer gilt eine Umleitung über die Mühlenstraße.

Anwohner äußerten sich überwiegend gelassen über die Pläne.`
	leftHI = `नगर परिषद ने सोमवार को पुराने पुस्तकालय की मरम्मत के लिए नई योजना को मंजूरी दे दी है, जिस पर लगभग दो साल से चर्चा चल रही थी।

योजना के अनुसार इमारत में एक लिफ्ट, एक छोटी रसोई और बच्चों के लिए एक अलग कमरा बनाया जाएगा, और पुरानी खिड़कियों को वैसे ही रखा जाएगा।

स्थानीय लोगों ने इस फैसले का स्वागत किया है।`
	rightHI = `परिषद के अध्यक्ष ने बताया कि काम अगले महीने शुरू होगा और सर्दियों से पहले पूरा कर लिया जाएगा, ताकि पाठकों को ज्यादा दिन इंतजार न करना पड़े।

मरम्मत के दौरान किताबें पास के सामुदायिक भवन में रखी जाएंगी, जहां सप्ताह में तीन दिन उन्हें उधार लिया जा सकेगा।`
	rightDE = `„Wir wussten seit dem Frühjahr, dass es kommt“, sagte eine Ladenbesitzerin, deren Geschäft direkt an der Brücke liegt. Sie rechne trotzdem mit weniger Kundschaft.

Die Stadt will die Arbeiten möglichst vor dem Beginn des Weihnachtsmarkts abschließen und hat dafür zusätzliche Schichten am Samstag eingeplant.`
)

// paragraphs returns the paragraphs of a column's text, each on one line.
func paragraphs(text string) []string {
	var ps []string
	for p := range strings.SplitSeq(text, "\n\n") {
		ps = append(ps, strings.Join(strings.Fields(p), " "))
	}
	return ps
}

func TestDecolumn(t *testing.T) {
	en := func(r int) (string, string) {
		l, rt := wrapColumn(leftEN, 38), wrapColumn(rightEN, 38)
		return sideBySide(l, rt, r), strings.Join(l, "\n") + "\n\n" + strings.Join(rt, "\n")
	}
	en44, en44want := en(44)
	en50, en50want := en(50)
	l, rt := wrapColumn(leftDE, 36), wrapColumn(rightDE, 36)
	de, dewant := sideBySide(l, rt, 41), strings.Join(l, "\n")+"\n\n"+strings.Join(rt, "\n")
	l, rt = wrapColumn(leftHI, 30), wrapColumn(rightHI, 30)
	hi, hiwant := sideBySide(l, rt, 36), strings.Join(l, "\n")+"\n\n"+strings.Join(rt, "\n")
	// The right column starts two rows higher, and one paragraph of the
	// right column is set in by two runes.
	l, rt = wrapColumn(leftEN, 40), wrapColumn(rightEN, 40)
	l = append([]string{"", ""}, l...)
	rt[len(rt)-3] = "  " + rt[len(rt)-3]
	high, highwant := sideBySide(l, rt, 46), "\n\n"+strings.Join(l[2:], "\n")+"\n\n"+strings.Join(rt, "\n")
	highwant = strings.Replace(highwant, "  Opening", "Opening", 1)
	// A quotation across both columns breaks them; they go on below it
	// for fewer rows, and a table below has a column at the same place.
	l, rt = wrapColumn(leftEN, 38), wrapColumn(rightEN, 36)
	const quote = "\n        “It feels like the heart of the village is beating again,” said one volunteer.\n"
	const table = "\nVisitors on the first day                   412\nBooks lent                                  260\nNew members                                  57\n"
	broken := sideBySide(l[:11], rt[:11], 44) + "\n" + quote + "\n" + sideBySide(l[11:], rt[11:], 44) + "\n" + table
	brokenWant := strings.Join(l[:11], "\n") + "\n\n" + strings.Join(rt[:11], "\n") + "\n" + quote + "\n" +
		strings.Join(l[11:], "\n") + "\n\n" + strings.TrimLeft(strings.Join(rt[11:], "\n"), "\n") + "\n" + table
	const head = "PARISH NEWS                                                  May 2026 · No. 214\n\nReading room opens its doors again\n\n"
	const foot = "\n\n12                                                      parish news · may 2026\n"
	for _, c := range []struct {
		name, in, want string
	}{
		{"page", head + en44 + foot, head + en44want + foot},
		{"two pages", head + en44 + foot + "\f" + head + en50 + foot, head + en44want + foot + "\f" + head + en50want + foot},
		{"form feed at a page's first row", en44 + "\n\f" + en50, en44want + "\n\f" + en50want},
		{"runes, not bytes", "Lokales\n\n" + de + "\n", "Lokales\n\n" + dewant + "\n"},
		{"columns broken by a quotation", broken, brokenWant},
		{"a script without case", hi, hiwant},
		{"right column starts higher", head + high + foot, head + highwant + foot},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := decolumn(c.in)
			if !ok || got != c.want {
				t.Fatalf("decolumn = %v\n%s\nwant\n%s", ok, got, c.want)
			}
			d := Text("x", []byte(c.in))
			if d.Text != c.want {
				t.Fatalf("Document.Text is not the rewritten text")
			}
			checkSplit(t, []byte(c.in))
			// The output read again comes out the same.
			if again := Text("x", []byte(d.Text)); again.Text != d.Text {
				t.Fatalf("decolumned text changed when read again:\n%s", again.Text)
			}
		})
	}
}

// TestTextReadsColumns checks that each paragraph of both columns comes out
// whole, in reading order, with the page's header and footer.
func TestTextReadsColumns(t *testing.T) {
	l, rt := wrapColumn(leftEN, 40), wrapColumn(rightEN, 40)
	in := "PARISH NEWS                                                  May 2026 · No. 214\n\n" + sideBySide(l, rt, 46) + "\n\n12                                                      parish news · may 2026\n"
	want := append(append([]string{"PARISH NEWS May 2026 · No. 214"}, paragraphs(leftEN)...), paragraphs(rightEN)...)
	want = append(want, "12 parish news · may 2026")
	if got := texts(Text("x", []byte(in)).Paragraphs); !slices.Equal(got, want) {
		t.Fatalf("paragraphs\n%q\nwant\n%q", got, want)
	}
	// A word broken at a hyphen across two lines of a column is joined.
	l = wrapColumn(strings.Replace(leftEN, "renovation", "reno- vation", 1), 40)
	want[1] = strings.Replace(want[1], "renovation", "reno-vation", 1)
	if got := texts(Text("x", []byte(sideBySide(l, rt, 46))).Paragraphs); !slices.Equal(got, want[1:len(want)-1]) {
		t.Fatalf("paragraphs\n%q\nwant\n%q", got, want[1:len(want)-1])
	}
}

// justify sets the lines of a wrapped column (as wrapColumn gives them) to
// width w as a layout engine justifies them: the spaces a line lacks are
// added to its gaps from the left, one per gap in turn; a paragraph's last
// line stays as it is.
func justify(lines []string, w int) []string {
	out := make([]string, len(lines))
	for k, line := range lines {
		words := strings.Fields(line)
		out[k] = line
		if line == "" || k+1 == len(lines) || lines[k+1] == "" || len(words) < 2 {
			continue
		}
		extra := w - utf8.RuneCountInString(line)
		gaps := make([]int, len(words)-1)
		for g := range gaps {
			gaps[g] = 1 + extra/len(gaps)
			if g < extra%len(gaps) {
				gaps[g]++
			}
		}
		var b strings.Builder
		for g, word := range words {
			if g > 0 {
				b.WriteString(strings.Repeat(" ", gaps[g-1]))
			}
			b.WriteString(word)
		}
		out[k] = b.String()
	}
	return out
}

// TestTextReadsJustifiedColumns checks that columns justified with spaces
// (pdftotext -layout of a newspaper page) come out as their paragraphs:
// the gaps justification widened are neither cells of a table nor a
// reason to keep each line apart.
func TestTextReadsJustifiedColumns(t *testing.T) {
	l, rt := justify(wrapColumn(leftEN, 40), 40), justify(wrapColumn(rightEN, 40), 40)
	if !slices.ContainsFunc(l, func(s string) bool { return strings.Contains(s, "  ") }) {
		t.Fatal("justify added no space")
	}
	want := append(paragraphs(leftEN), paragraphs(rightEN)...)
	if got := texts(Text("x", []byte(sideBySide(l, rt, 46))).Paragraphs); !slices.Equal(got, want) {
		t.Fatalf("paragraphs\n%q\nwant\n%q", got, want)
	}
	// One justified column alone, hard-wrapped text as a converter saves it.
	if got := texts(Text("x", []byte(strings.Join(l, "\n"))).Paragraphs); !slices.Equal(got, paragraphs(leftEN)) {
		t.Fatalf("paragraphs\n%q\nwant\n%q", got, paragraphs(leftEN))
	}
}

func TestJustified(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"July  1  after  the county utility board", true}, // gaps of 2, then of 1
		{"lone   vote  against  the  increase.  He", true}, // of 3 and 2
		{"the  typical  household's  monthly  bill", true}, // four gaps of 2
		{"Mon  10:00  Closed", false},                      // cells: two gaps of one width
		{"Name:    Ann Lee", false},                        // a label and its value
		{"Building and canopy       £2.6m            £4.8m", false},
		{"a  b   c    d", false}, // gaps of three widths
		{"word      word  word", false},
		{"a b c", false},                                   // nothing widened
		{"News  Sport  Business  Culture  Opinion", false}, // a menu's entries
		{"said.   The   rest   would   come   from", true},
	} {
		if got := justified(c.line); got != c.want {
			t.Errorf("justified(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestDecolumnLeaves holds text that decolumn must leave as it is: lines
// with gaps that are no two columns of prose. deep marks those that pass
// the cheap gate, so the checks behind it decide.
func TestDecolumnLeaves(t *testing.T) {
	prose := wrapColumn(leftEN+"\n\n"+rightEN, 40)
	menu := []string{"Home", "Local news and events", "Sport and leisure", "What's on this week", "Business", "Letters to the editor", "Weather", "Family notices", "Jobs and careers", "Contact the newsroom", "Advertise with us", "Subscribe to print"}
	headlines := []string{
		"Council approves budget for new schools", "Police appeal after town centre crash",
		"Bypass plan goes back to the drawing board", "Choir wins regional title for third year",
		"Bus station to close for repairs in May", "Farmers warn of poor harvest after rain",
		"Mayor opens new wing at the cottage hospital", "Library hours cut as staff numbers fall",
		"Rugby club celebrates a century in the town", "Flood defences tested by winter storms",
		"Bakery marks fifty years on the high street", "Students raise money for hospice appeal",
		"Planners reject tower block near the river", "Market traders fear rise in stall rents",
		"Missing dog found safe after three days", "New owner for the old brewery site",
		"Cycle lane scheme divides opinion", "Firefighters tackle blaze at farm barn",
	}
	var hl []string
	for k := 0; k+1 < len(headlines); k += 2 {
		hl = append(hl, headlines[k]+strings.Repeat(" ", 48-len(headlines[k]))+headlines[k+1])
	}
	var gapped8 []string // eight lines of prose, each with a wide gap at a different place
	for _, line := range prose {
		if k := len(gapped8); line != "" && k < 8 {
			i := strings.IndexByte(line[k+3:], ' ') + k + 3
			gapped8 = append(gapped8, line[:i]+"     "+line[i+1:])
		}
	}
	for _, c := range []struct {
		name string
		in   string
		deep bool
	}{
		{"prose", strings.Join(prose, "\n"), false},
		{"one stray gap", strings.Join(prose[:5], "\n") + "\nSigned,                              the committee\n" + strings.Join(prose[5:], "\n"), false},
		{"gaps at no one column", strings.Join(gapped8, "\n"), true},
		{"aligned table", `Budget by service (£m)

Service                          2024/25        2025/26        Change
Adult social care                  142.3          151.6          +6.5%
Children's services                 98.7          104.2          +5.6%
Highways and transport              41.0           39.8          -2.9%
Waste collection                    27.4           28.9          +5.5%
Libraries and culture                9.1            8.6          -5.5%
Parks and open spaces                6.8            6.9          +1.5%
Planning and building control        5.2            5.5          +5.8%
Housing support                     18.9           21.3         +12.7%
Public health                       22.6           22.1          -2.2%
Total                              372.0          388.9          +4.5%
`, true},
		{"headlines in two columns", strings.Join(hl, "\n"), true},
		{"results in two columns", `Division One                            Division Two
Ashby Town 2 Cobb Rovers 1              Mill Lane 0 Hatherley 3
Lenn Valley 1 Stanford United 1         Westgate 2 North End 2
Harrow Green 4 Kettleby 0               Priory Park 1 Fenwick 0
Oakham Athletic 0 Burley 2              Castle Hill 3 Ryeford 1
Dunmore 1 Ashby Vale 1                  Sandford 2 Eastwood 4
Thornbury 3 Marsh End 2                 Wellbrook 0 Cranley 0
Upton Rangers 2 Little Bray 2           Hollins 1 Ashcombe 2
Fernley 0 Great Wold 1                  Kings Mead 2 Broadfield 1
Saltmarsh 2 Harrowby 0                  Elmstead 1 Coldharbour 1
`, true},
		{"key and value", `Name:                          Margaret Ellison
Age:                           84
Born:                          Ashby Vale, 1941
Occupation:                    retired headteacher
Married:                       Thomas Ellison, 1964
Children:                      two sons and a daughter
Known for:                     forty years as parish clerk
Funeral:                       St Mary's, Thursday at 11am
Donations:                     to the village hall fund
`, true},
		{"menu beside prose", sideBySide(menu, prose[:12], 30), true},
		{"prose beside a menu", sideBySide(prose[:12], menu, 46), true},
		{"Hindi prose beside a menu", sideBySide(wrapColumn(leftHI+"\n\n"+rightHI, 36), []string{"मुख्य पृष्ठ", "देश", "विदेश", "राज्य", "खेल", "मनोरंजन", "व्यापार", "शिक्षा", "स्वास्थ्य", "मौसम", "संपर्क करें"}, 42), true},
		{"code with aligned comments", `def total(order):
    items = order.items()                      # every line of the order as it stands
    subtotal = sum(i.price for i in items)     # before the discount and the tax
    rate = order.discount_rate()               # a fraction between zero and one
    discount = subtotal * rate                 # taken off before the tax is added
    taxable = subtotal - discount              # what the tax is computed on
    tax = taxable * order.tax_rate()           # at the rate of the buyer's country
    shipping = order.shipping_cost()           # free above the threshold set in config
    total = taxable + tax + shipping           # what the customer is charged
    order.set_total(total)                     # stored for the invoice and the receipt
    return total                               # in the currency of the order
`, true},
		{"lynx dump", `   [1]Skip to content   [2]Home   [3]News   [4]Sport   [5]Weather

                     Reading room opens its doors again

   The old reading room on Mill Street reopened on Saturday after a
   renovation that took almost two years and cost the parish council a
   little over half a million pounds.

   [6]Share   [7]Tweet   [8]Email   [9]Print
   [10]Local   [11]Libraries   [12]Heritage
   [13]Parish council   [14]Volunteers   [15]Grants
   [16]About us   [17]Contact   [18]Advertise
   [19]Privacy   [20]Cookies   [21]Terms
   [22]Jobs   [23]Archive   [24]Letters
   [25]Facebook   [26]Instagram   [27]Newsletter
   [28]Corrections   [29]Complaints   [30]Help

References

   1. https://example.org/#content
   2. https://example.org/
`, true},
		{"verse with a caesura", `Hear how the harbour     held its breath
when the storm-wind came     from the cold north,
how the boats were bound     to the black stones
and the wives waited     by the white wall.
Long was the night     and loud the water,
grey came the morning     over the grieving town;
yet every keel     came home by noon,
and the bells were rung     in the bright air.
Sing then, singer,     of the sea's mercy,
and of men returning     when no man hoped.
`, true},
		{"too few rows", sideBySide(prose[:6], prose[7:13], 46), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if g := gapped(c.in); g != c.deep {
				t.Fatalf("gapped = %v; want %v", g, c.deep)
			}
			if got, ok := decolumn(c.in); ok || got != c.in {
				t.Fatalf("decolumn changed the text:\n%s", got)
			}
			if d := Text("x", []byte(c.in)); d.Text != c.in {
				t.Fatalf("Document.Text changed")
			}
		})
	}
}

// nonSpace returns the runes of s but spaces and line feeds, sorted.
func nonSpace(s string) []rune {
	var rs []rune
	for _, r := range s {
		if r != ' ' && r != '\n' {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return rs
}

// FuzzDecolumn checks that decolumn keeps every rune of its input but
// spaces and line feeds, each once, and that it reports a change.
func FuzzDecolumn(f *testing.F) {
	l, rt := wrapColumn(leftEN, 38), wrapColumn(rightEN, 38)
	f.Add(sideBySide(l, rt, 44))
	f.Add("head\n" + sideBySide(l, rt, 44) + "\n\f" + sideBySide(rt, l, 40) + "\nfoot")
	l, rt = wrapColumn(leftDE, 36), wrapColumn(rightDE, 36)
	f.Add(sideBySide(l, rt, 41))
	f.Add("a   b\n\tc   d\n")
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := decolumn(s)
		if !ok && got != s {
			t.Fatalf("decolumn changed the text but reported no change")
		}
		if !slices.Equal(nonSpace(got), nonSpace(s)) {
			t.Fatalf("decolumn(%q) = %q: other runes", s, got)
		}
		// foldedSpaces is a gate: it lets through every text decolumn
		// rewrites.
		if text, _ := Decode([]byte(s)); ok && text == s {
			if ps, _ := split(text, nil, false); foldedSpaces(ps) < minColumnRows {
				t.Fatalf("decolumn rewrote %q, but folding took only %d bytes out of it", s, foldedSpaces(ps))
			}
		}
	})
}
