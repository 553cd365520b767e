package extract

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/cleantext/clean"
)

// The rules of the subtitle reader (see Subtitles): edits cut out of a kept
// paragraph, and removals of whole paragraphs (Stage extract).
const (
	// RuleSubtitleTiming: a cue's number or identifier and its timing line
	// ("12", "00:00:39,160 --> 00:00:42,000"), cut from the paragraph that
	// holds the cue's caption; a cue with no caption is removed whole.
	RuleSubtitleTiming = "subtitle-timing"
	// RuleSubtitleRepeat: a roll-up caption's line that the cue before
	// showed already, cut.
	RuleSubtitleRepeat = "subtitle-repeat"
	// RuleSubtitleHeader: WebVTT's "WEBVTT" header and its NOTE, STYLE
	// and REGION blocks, removed.
	RuleSubtitleHeader = "subtitle-header"
	// RuleSubtitleSuper: a cue that names the speaker on screen, in
	// capitals over a role ("ANNA BRENNER" over "Harbour master"),
	// removed.
	RuleSubtitleSuper = "subtitle-super"
	// RuleSubtitleSound: a cue that only describes a sound or music
	// ("[THEME MUSIC]", "(APPLAUSE)", "♪ ♪"), removed.
	RuleSubtitleSound = "subtitle-sound"
)

// subtitleHead is how many leading bytes LooksSubtitles reads.
const subtitleHead = 4 << 10

// LooksSubtitles reports whether src is a subtitle file: WebVTT (it opens
// with "WEBVTT") or SubRip (its first line is a cue number over a timing
// line, "00:00:01,000 --> 00:00:04,200", or a timing line itself). Blank
// lines and a byte-order mark before are allowed.
func LooksSubtitles(src []byte) bool {
	head := src[:min(len(src), subtitleHead)]
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if rest, ok := bytes.CutPrefix(head, []byte("WEBVTT")); ok {
		return len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\r' || rest[0] == '\n'
	}
	first, rest, _ := bytes.Cut(head, []byte("\n"))
	if timing(string(first)) {
		return true
	}
	second, _, _ := bytes.Cut(rest, []byte("\n"))
	return cueNumber(string(first)) && timing(string(second))
}

// Subtitles extracts a subtitle file (SubRip .srt or WebVTT; see
// LooksSubtitles) as the speech it captions. Captions are cut into cues at
// the pace of speech, mid-sentence; Subtitles joins the captions of
// successive cues into paragraphs again:
//
//   - a paragraph ends after a cue that ends a sentence once it holds
//     subtitleWords words, before a change of speaker (a WebVTT voice tag
//     "<v Name>", a dialogue dash "- " or ">>" opening a line), and around a
//     cue whose first line is written in capitals in a file that is not (a
//     title);
//   - the cue numbers and timing lines inside a paragraph are Edits of it
//     (RuleSubtitleTiming), so its span covers its cues whole;
//   - markup is dropped from the text (style tags "<i>", voice tags, inline
//     timestamps, "{\an8}", the dialogue dash) and the entities &amp; &lt;
//     &gt; &nbsp; are read, as Markdown's markup is;
//   - a line of a roll-up caption that the cue before showed is cut
//     (RuleSubtitleRepeat);
//   - WebVTT's header and its NOTE, STYLE and REGION blocks
//     (RuleSubtitleHeader), a cue that names the speaker on screen
//     (RuleSubtitleSuper) and a cue that only describes a sound
//     (RuleSubtitleSound) are removed paragraphs;
//   - a line outside any cue is a paragraph of its own, as in Text.
//
// The Document's Format is clean.FormatText: the stages read it as plain
// text. Like Markdown, it decodes src as Decode does.
func Subtitles(id string, src []byte) *clean.Document {
	text, repaired := Decode(src)
	d := &clean.Document{ID: id, Format: clean.FormatText, Text: text, Repaired: repaired, Paragraphs: []clean.Paragraph{}}
	r := subReader{d: d, text: text}
	r.read()
	return d
}

// subtitleWords is the fewest words of a paragraph that a cue ending a
// sentence closes: a news report's paragraph runs to two or three
// sentences, a cue holds a few words.
const subtitleWords = 30

// subCue is one cue: the span of its number (or identifier) and timing
// lines, and the spans of its caption lines (trimmed), as byte spans
// [start, end) of Document.Text.
type subCue struct {
	head  [2]int
	lines [][2]int
}

// subLine is one caption line read: its text without markup, the voice
// that speaks it ("" for none) and whether a dialogue mark opens it.
type subLine struct {
	span   [2]int
	text   string
	voice  string
	dash   bool
	repeat bool // the line repeats the last line of the cue before
}

// subReader reads a subtitle file into d's paragraphs.
type subReader struct {
	d    *clean.Document
	text string
	// upper is set when most cased letters of the captions are capitals
	// (broadcast captions): a cue in capitals is then no title.
	upper bool
	// The paragraph being built: its text parts, span and edits (open is
	// false while there is none).
	open       bool
	parts      []string
	start, end int
	edits      []clean.Edit
	words      int
	voice      string
	// last is the last caption line of the cue before (see
	// RuleSubtitleRepeat).
	last string
}

// subLines returns the spans of text's lines, without their line ends.
func subLines(text string) [][2]int {
	var out [][2]int
	for start := 0; start < len(text); {
		e := strings.IndexByte(text[start:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += start
		}
		out = append(out, [2]int{start, e})
		start = e + 1
	}
	return out
}

// read parses the cues and builds the paragraphs.
func (r *subReader) read() {
	text := r.text
	lines := subLines(text)
	blank := func(l [2]int) bool { return strings.TrimSpace(text[l[0]:l[1]]) == "" }
	trimmed := func(l [2]int) [2]int {
		s := text[l[0]:l[1]]
		t := strings.TrimLeftFunc(s, unicode.IsSpace)
		l[0] += len(s) - len(t)
		l[1] = l[0] + len(strings.TrimRightFunc(t, unicode.IsSpace))
		return l
	}
	// Pass 1: the blocks. A block that holds a timing line is a cue; the
	// lines above the timing line are its identifier; a timing line or a
	// number over one also starts a cue where no blank line came before.
	type block struct {
		cue   bool
		lines [][2]int // non-cue block: its lines
		c     subCue
	}
	var blocks []block
	vtt := false
	for i := 0; i < len(lines); {
		if blank(lines[i]) {
			i++
			continue
		}
		l := trimmed(lines[i])
		s := text[l[0]:l[1]]
		if len(blocks) == 0 && strings.HasPrefix(strings.TrimPrefix(s, "\ufeff"), "WEBVTT") {
			vtt = true
		}
		switch {
		case vtt && (len(blocks) == 0 || subVTTBlock(s)):
			// The header, a note, a style sheet, a region: up to a
			// blank line.
			b := block{}
			for ; i < len(lines) && !blank(lines[i]); i++ {
				b.lines = append(b.lines, trimmed(lines[i]))
			}
			b.c.head = [2]int{-1, -1} // marks a header block
			blocks = append(blocks, b)
			continue
		case timing(s), i+1 < len(lines) && timing(strings.TrimSpace(text[lines[i+1][0]:lines[i+1][1]])):
			c := subCue{head: [2]int{l[0], l[1]}}
			if !timing(s) {
				i++
				c.head[1] = trimmed(lines[i])[1]
			}
			i++
			for ; i < len(lines) && !blank(lines[i]); i++ {
				t := strings.TrimSpace(text[lines[i][0]:lines[i][1]])
				if timing(t) || cueNumber(t) && i+1 < len(lines) && timing(strings.TrimSpace(text[lines[i+1][0]:lines[i+1][1]])) {
					break // the next cue, with no blank line before it
				}
				c.lines = append(c.lines, trimmed(lines[i]))
			}
			blocks = append(blocks, block{cue: true, c: c})
			continue
		}
		// A line outside any cue.
		blocks = append(blocks, block{lines: [][2]int{l}})
		i++
	}
	// The share of capitals among the captions' cased letters.
	var up, low int
	for _, b := range blocks {
		if !b.cue {
			continue
		}
		for _, l := range b.c.lines {
			for _, c := range text[l[0]:l[1]] {
				switch {
				case unicode.IsUpper(c):
					up++
				case unicode.IsLower(c):
					low++
				}
			}
		}
	}
	r.upper = up > low
	// Pass 2: the paragraphs.
	for _, b := range blocks {
		switch {
		case b.cue:
			r.cue(b.c)
		case b.c.head[0] < 0:
			r.flush()
			r.removed(b.lines[0][0], b.lines[len(b.lines)-1][1], "", RuleSubtitleHeader)
		default:
			r.flush()
			l := b.lines[0]
			if t := FoldSpaces(text[l[0]:l[1]]); t != "" {
				r.d.Paragraphs = append(r.d.Paragraphs, clean.Paragraph{Text: t, Start: l[0], End: l[1]})
			}
			r.last = ""
		}
	}
	r.flush()
}

// subVTTBlock reports whether a WebVTT block opening with line s is a note,
// a style sheet or a region definition.
func subVTTBlock(s string) bool {
	for _, k := range []string{"NOTE", "STYLE", "REGION"} {
		if rest, ok := strings.CutPrefix(s, k); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return true
		}
	}
	return false
}

// removed appends a paragraph of the text [start, end), removed by rule;
// its text is t, or the span's text folded when t is "".
func (r *subReader) removed(start, end int, t, rule string) {
	if t == "" {
		t = FoldSpaces(r.text[start:end])
	}
	if t == "" {
		return
	}
	r.d.Paragraphs = append(r.d.Paragraphs, clean.Paragraph{Text: t, Start: start, End: end})
	r.d.Remove(len(r.d.Paragraphs)-1, clean.Removal{Stage: clean.StageExtract, Rule: rule})
}

// cue adds cue c to the paragraphs.
func (r *subReader) cue(c subCue) {
	read := make([]subLine, 0, len(c.lines))
	var all []string // the texts of the lines that say something new
	voice := r.voice
	for k, l := range c.lines {
		sl := r.caption(l, voice)
		voice = sl.voice
		if k == 0 && sl.text != "" && sl.text == r.last && len(c.lines) > 1 {
			// A roll-up caption shows its last line again on top.
			sl.repeat = true
		} else if sl.text != "" {
			all = append(all, sl.text)
		}
		read = append(read, sl)
	}
	head := clean.Edit{Rule: RuleSubtitleTiming, Start: c.head[0], End: c.head[1], Cut: r.text[c.head[0]:c.head[1]]}
	end := c.head[1]
	if len(c.lines) > 0 {
		end = c.lines[len(c.lines)-1][1]
	}
	switch {
	case len(all) == 0:
		// No new caption: the cue goes whole.
		r.flush()
		r.removed(c.head[0], end, "", RuleSubtitleTiming)
		return
	case soundOnly(all):
		r.flush()
		r.removed(c.head[0], end, strings.Join(all, " "), RuleSubtitleSound)
		r.last = all[len(all)-1]
		return
	case !r.upper && nameSuper(all):
		r.flush()
		r.removed(c.head[0], end, strings.Join(all, " "), RuleSubtitleSuper)
		r.last = all[len(all)-1]
		return
	case !r.upper && capitalsOnly(all[0]):
		r.flush()
		r.add(read, head)
		r.flush()
	default:
		r.add(read, head)
		if r.words >= subtitleWords && endsSentence(r.parts[len(r.parts)-1]) {
			r.flush()
		}
	}
	r.voice = voice
	r.last = all[len(all)-1]
}

// add appends the lines of one cue to the paragraph being built, starting
// a new one at a change of speaker; head is the cue's timing edit, which
// goes to the paragraph that takes its first line. A line of markup only
// adds its span.
func (r *subReader) add(read []subLine, head clean.Edit) {
	for k, sl := range read {
		if sl.text != "" && !sl.repeat {
			if r.open && len(r.parts) > 0 && (sl.dash || sl.voice != r.voice) {
				r.flush()
			}
			r.voice = sl.voice
		}
		if !r.open {
			r.open = true
			r.start = sl.span[0]
			if k == 0 {
				r.start = head.Start
			}
		}
		if k == 0 {
			r.edits = append(r.edits, head)
		}
		switch {
		case sl.repeat:
			r.edits = append(r.edits, clean.Edit{Rule: RuleSubtitleRepeat, Start: sl.span[0], End: sl.span[1], Cut: r.text[sl.span[0]:sl.span[1]]})
		case sl.text != "":
			r.parts = append(r.parts, sl.text)
			r.words += strings.Count(sl.text, " ") + 1
		}
		r.end = sl.span[1]
	}
}

// flush ends the paragraph being built.
func (r *subReader) flush() {
	if !r.open {
		return
	}
	if len(r.parts) == 0 {
		// Only repeated lines: nothing new was said.
		r.open, r.edits = false, nil
		r.removed(r.start, r.end, "", RuleSubtitleRepeat)
		return
	}
	p := clean.Paragraph{Text: strings.Join(r.parts, " "), Start: r.start, End: r.end}
	if len(r.edits) > 0 {
		p.Edits = r.edits
	}
	r.d.Paragraphs = append(r.d.Paragraphs, p)
	r.open, r.parts, r.edits, r.words = false, nil, nil, 0
}

// caption reads the caption line l, spoken by voice unless a voice tag
// names another: its text without markup, folded.
func (r *subReader) caption(l [2]int, voice string) subLine {
	s := r.text[l[0]:l[1]]
	sl := subLine{span: l, voice: voice}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '<':
			// A tag is short: the search for its end is bounded, so that
			// a line of many "<" stays linear.
			j := strings.IndexByte(s[i:min(len(s), i+subTagMax+2)], '>')
			if j < 0 || !subTag(s[i+1:i+j]) {
				break
			}
			tag := s[i+1 : i+j]
			if name, ok := strings.CutPrefix(tag, "v"); ok && (name == "" || name[0] == ' ' || name[0] == '.') {
				if _, n, ok := strings.Cut(name, " "); ok {
					sl.voice = strings.TrimSpace(n)
				}
			}
			i += j + 1
			continue
		case '{':
			if j := strings.IndexByte(s[i:min(len(s), i+subTagMax+2)], '}'); j > 1 && s[i+1] == '\\' {
				i += j + 1 // an ASS override tag: "{\an8}"
				continue
			}
		case '&':
			if e, n := subEntity(s[i:]); n > 0 {
				b.WriteString(e)
				i += n
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	t := FoldSpaces(b.String())
	for _, m := range []string{">>", "- ", "– ", "— "} {
		if rest, ok := strings.CutPrefix(t, m); ok {
			t, sl.dash = strings.TrimSpace(rest), true
			break
		}
	}
	sl.text = t
	return sl
}

// subTagMax is the longest tag, in bytes between "<" and ">", that
// Subtitles drops.
const subTagMax = 64

// subTag reports whether the text between "<" and ">" is a subtitle tag:
// a style, voice, class or language tag, its closing tag or an inline
// timestamp.
func subTag(t string) bool {
	t = strings.TrimPrefix(t, "/")
	if t == "" || len(t) > subTagMax || strings.ContainsAny(t, "<\n") {
		return false
	}
	c := t[0]
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// subEntity reads the entity at the start of s: its text and length, or
// ("", 0) when s opens with none WebVTT writes.
func subEntity(s string) (string, int) {
	for _, e := range [...][2]string{{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", " "}, {"&lrm;", ""}, {"&rlm;", ""}} {
		if strings.HasPrefix(s, e[0]) {
			return e[1], len(e[0])
		}
	}
	return "", 0
}

// soundOnly reports whether a cue's lines only describe sounds: each in
// brackets or parentheses, or music notes with no word or with words
// between them (lyrics).
func soundOnly(lines []string) bool {
	for _, t := range lines {
		switch {
		case len(t) >= 2 && (t[0] == '[' && t[len(t)-1] == ']' || t[0] == '(' && t[len(t)-1] == ')'):
		case strings.HasPrefix(t, "♪") || strings.HasPrefix(t, "♫"):
		default:
			return false
		}
	}
	return true
}

// nameSuper reports whether a cue's lines name a speaker on screen: a
// name of two to four words in capitals over one or two lines of a role
// not in capitals, none of them ending a sentence.
func nameSuper(lines []string) bool {
	if len(lines) < 2 || len(lines) > 3 || !capitalsOnly(lines[0]) || strings.Count(lines[0], " ") > 3 || capitalsOnly(lines[1]) {
		return false
	}
	for _, t := range lines {
		if endsSentence(t) {
			return false
		}
	}
	return true
}

// capitalsOnly reports whether t holds two words or more and at least
// four cased letters, all of them capitals.
func capitalsOnly(t string) bool {
	if !strings.Contains(t, " ") {
		return false
	}
	n := 0
	for _, c := range t {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsUpper(c) {
			n++
		}
	}
	return n >= 4
}

// cueNumber reports whether s is a SubRip cue number: ASCII digits only.
func cueNumber(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// timing reports whether s is a cue timing line: a timestamp, "-->" and a
// timestamp ("00:00:01,000 --> 00:00:04,200", "01:02.500 --> 01:04.000
// align:start"), white space around.
func timing(s string) bool {
	s = strings.TrimLeft(s, " \t\ufeff")
	n := stamp(s)
	if n == 0 {
		return false
	}
	s = strings.TrimLeft(s[n:], " \t")
	s, ok := strings.CutPrefix(s, "-->")
	if !ok {
		return false
	}
	s = strings.TrimLeft(s, " \t")
	n = stamp(s)
	return n > 0 && (n == len(s) || s[n] == ' ' || s[n] == '\t' || s[n] == '\r')
}

// stamp returns the length of the timestamp that opens s ("00:00:01,000",
// "00:01.000", "1:02:03.5"), or 0.
func stamp(s string) int {
	i := 0
	digits := func(lo, hi int) bool {
		j := i
		for i < len(s) && i-j < hi && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i-j >= lo
	}
	if !digits(1, 3) || i >= len(s) || s[i] != ':' {
		return 0
	}
	i++
	if !digits(2, 2) {
		return 0
	}
	if i < len(s) && s[i] == ':' {
		i++
		if !digits(2, 2) {
			return 0
		}
	}
	if i >= len(s) || s[i] != ',' && s[i] != '.' {
		return 0
	}
	i++
	if !digits(1, 3) {
		return 0
	}
	return i // a fourth decimal after it is no "-->" nor a line's end: timing refuses it
}
