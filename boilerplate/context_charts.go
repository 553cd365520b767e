package boilerplate

import (
	"slices"
	"strings"

	"github.com/cleantext/clean"
)

// RuleChart names the removal of an embedded chart's text.
const RuleChart = "chart"

// Knobs of MarkCharts.
const (
	// chartReach is the most lines from a chart's credit up to its title.
	chartReach = 10
	// chartWords is the most words of a line of a chart's text (a title,
	// an axis, a legend, a source).
	chartWords = 14
	// chartControls is the most lines right under the credit that may be
	// the chart's controls ("Get the data", "Embed this chart").
	chartControls = 2
	// chartSourceWords is the most words of a chart's line that names its
	// source ("Map data as of 9 a.m. PST. Source: National Weather
	// Service, Tulleman County OES").
	chartSourceWords = 20
)

// MarkCharts removes the text an embedded chart leaves in a page saved as
// text: its title, axis labels, legend, source line and controls, each on
// a line of its own, between the article's paragraphs. A chart is known
// by its tool's credit ("Created with Datawrapper", "Made with Flourish";
// see chartCredit); from there up to chartReach lines, the kept lines of
// at most chartWords words that end no sentence (axis ticks "2021 2022
// 2023", "Source: Labour Force Survey", a line "Chart: …" that opens it)
// are the chart's (a source line of up to chartSourceWords), up to a line
// that is none (the article's prose). The credit may be one the rules
// removed already as a caption or a credit ("Map: KVTR Digital /
// Datawrapper"). A live data widget is known by its note that the data
// update every so many minutes (see liveDataNote: "Source: Coastal
// Electric Cooperative. Data updates every 15 minutes."). Right
// under the credit, at most chartControls lines of the chart's controls
// ("Get the data · Download image", "Embed this chart"; see chartControl)
// go with it. Lines the rules removed are passed over.
func MarkCharts(d *clean.Document) {
	ps := d.Paragraphs
	for c := range ps {
		t := ps[c].Text
		if len(t) > liveNoteBytes || !ps[c].Kept() && !creditRemoval(&ps[c]) {
			continue // the length first: most lines, without a call
		}
		detail := "an embedded chart's text"
		if !chartCredit(t) {
			if !mayLiveNote(t) || !liveDataNote(t) {
				continue
			}
			detail = "a live data widget's text"
		}
		top := c
		for j := c - 1; j >= 0 && j >= c-chartReach; j-- {
			if !ps[j].Kept() {
				continue
			}
			t := ps[j].Text
			if n := wordCount(t); n > chartWords && (n > chartSourceWords || !strings.Contains(t, "Source")) || endsSentence(t) {
				break
			}
			top = j
			if chartLabel(t) {
				break // the chart's title: "Chart: …"
			}
		}
		end := c
		for j := c + 1; j < len(ps) && j <= c+chartControls; j++ {
			if ps[j].Kept() && chartControl(ps[j].Text) {
				end = j
			}
		}
		for j := top; j <= end; j++ {
			if ps[j].Kept() {
				Remove(d, j, Reason{Rule: RuleChart, Detail: detail})
			}
		}
	}
}

// liveNoteBytes is the longest note of a live data widget (see
// liveDataNote); a chart's credit is shorter.
const liveNoteBytes = 160

// liveDataNote reports the note of a live data widget (an outage map, a
// results board): a line of at most liveNoteBytes bytes that ends with
// a span of time right after "every" ("Data updates every 15 minutes.",
// "Results are refreshed every hour"), in English, Spanish, French and
// German.
func liveDataNote(s string) bool {
	if !mayLiveNote(s) {
		return false
	}
	end := len(s)
	for end > 0 && (s[end-1] == '.' || s[end-1] == ' ') {
		end--
	}
	if end < 8 {
		return false
	}
	// The unit's last three letters first (TestLiveUnits keeps them
	// those of liveUnits): most lines, at once.
	switch string([]byte{s[end-3] | 0x20, s[end-2] | 0x20, s[end-1] | 0x20}) {
	case "tes", "ute", "urs", "our", "nds", "tos", "uto", "ras", "ora", "res", "ure", "ten", "den", "nde":
	default:
		return false
	}
	t := s[:end]
	k := strings.LastIndexByte(t, ' ')
	if k < 1 || end-k-1 < 4 || end-k-1 > 7 {
		return false
	}
	// The word before the last first, a figure or "every" ("… every 15
	// minutes", "… every hour"): most lines, at once.
	prev := t[strings.LastIndexByte(t[:k], ' ')+1 : k]
	if prev == "" || !isDigit(prev[0]) && !strings.EqualFold(prev, "every") && prev != "cada" && prev != "les" && prev != "alle" {
		return false
	}
	if unit := t[k+1:]; !slices.ContainsFunc(liveUnits[:], func(u string) bool { return strings.EqualFold(unit, u) }) {
		return false
	}
	// The span of time right after the phrase: at most a figure and the
	// unit ("… every 15 minutes", not "… every 15 minutes, but it lagged
	// by hours").
	for _, ph := range liveEvery {
		if i := indexFold(t, ph); i >= 0 && strings.Count(t[i+len(ph):], " ") <= 2 {
			return true
		}
	}
	return false
}

// mayLiveNote reports whether s may be a liveDataNote by its length and
// its last letter (a unit's: "minutes", "hour", "heure", "minuto", "hora",
// "Minuten"), before or after a full stop: most lines, at once, inlined.
func mayLiveNote(s string) bool {
	n := len(s)
	return n >= 8 && n <= liveNoteBytes && (unitEnds[s[n-1]|0x20] || s[n-1] == '.' && unitEnds[s[n-2]|0x20])
}

// unitEnds holds the last letters of liveUnits.
var unitEnds = func() (e [256]bool) {
	for _, u := range liveUnits {
		e[u[len(u)-1]] = true
	}
	return e
}()

// liveEvery say that data update every so often, lower case.
var liveEvery = [...]string{"updates every", "updated every", "refreshes every", "refreshed every",
	"se actualiza cada", "se actualizan cada", "mis à jour toutes les", "mises à jour toutes les", "aktualisiert alle"}

// liveUnits end a liveDataNote, lower case.
var liveUnits = [...]string{"minutes", "minute", "hours", "hour", "seconds", "minutos", "minuto", "horas", "hora",
	"heures", "heure", "minuten", "stunden", "stunde"}

// creditRemoval reports whether the rules removed p as a caption or a
// photo's credit, as they may a chart's credit ("Map: KVTR Digital /
// Datawrapper").
func creditRemoval(p *clean.Paragraph) bool {
	return p.Removal != nil && (p.Removal.Rule == RuleCaption || p.Removal.Rule == RulePhotoCredit)
}

// chartTools name the tools that draw the charts news sites embed, lower
// case.
var chartTools = []string{"datawrapper", "flourish", "infogram", "highcharts", "everviz", "plotly", "chartblocks", "tableau public"}

// chartCredit reports a chart tool's credit: a line of at most six words
// that opens with one of chartCredits ("created with", "made with",
// "powered by", …) and names a chart tool (see chartTools): "Created
// with Datawrapper", "A Flourish chart".
func chartCredit(s string) bool {
	if len(s) < 3 || len(s) > 64 || !chartLead[lowerByte(s[0])] {
		return false // the first letter first: most lines, at once
	}
	k := uint32(lowerByte(s[0])) | uint32(lowerByte(s[1]))<<8 | uint32(lowerByte(s[2]))<<16
	if !slices.Contains(chartHeads[:], k) {
		return false // and the first three: most of the rest
	}
	// The lead, in the line's first bytes lower-cased: few lines have
	// one, and only those are lower-cased whole.
	var head [16]byte
	h := lowerInto(head[:], s[:min(len(s), len(head))]) // head outlives no use of h
	lead := false
	for _, l := range chartCredits {
		if l[0] == h[0] && strings.HasPrefix(h, l) {
			lead = true
			break
		}
	}
	if !lead || wordCount(s) > 6 {
		return false
	}
	var buf [64]byte
	low := lowerInto(buf[:], s) // buf outlives no use of low
	for _, t := range chartTools {
		if strings.Contains(low, t) {
			return true
		}
	}
	return false
}

// chartCredits open a chart tool's credit, lower case: a verb of making,
// or a label of the chart and its makers ("Map: KVTR Digital /
// Datawrapper").
var chartCredits = [...]string{"created with ", "made with ", "built with ", "powered by ", "chart by ", "a flourish ",
	"an infogram ", "chart: ", "map: ", "graphic: ", "graph: "}

// chartHeads holds the first three bytes of each of chartCredits, little
// endian.
var chartHeads = func() (h [len(chartCredits)]uint32) {
	for i, l := range chartCredits {
		h[i] = uint32(l[0]) | uint32(l[1])<<8 | uint32(l[2])<<16
	}
	return h
}()

// chartLead marks the first letters of chartCredits.
var chartLead = func() (t [256]bool) {
	for _, l := range chartCredits {
		t[l[0]] = true
	}
	return t
}()

// chartLabel reports the label that opens a chart's title: "Chart:",
// "Graphic:", "Map:", "Interactive map:".
func chartLabel(s string) bool {
	for _, l := range []string{"Chart:", "Graphic:", "Map:", "Graph:", "CHART:", "GRAPHIC:", "Interactive map:",
		"Interactive chart:", "Interactive graphic:", "Interactive:", "INTERACTIVE:"} {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// chartControl reports a line of a chart's controls: at most six words,
// each part between "·" or "|" a control ("Get the data", "Download
// image", "Embed this chart", "Download data").
func chartControl(s string) bool {
	if len(s) > 64 || wordCount(s) > 6 {
		return false
	}
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '·' || r == '|' || r == '•' }) {
		switch strings.ToLower(strings.TrimSpace(part)) {
		case "get the data", "download image", "download data", "embed this chart", "embed", "download", "share this chart", "view data":
		default:
			return false
		}
	}
	return true
}
