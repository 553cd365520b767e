package extract

import (
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

func TestLooksSubtitles(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"WEBVTT\n\n00:01.000 --> 00:04.000\nHello.\n", true},
		{"\ufeffWEBVTT - Kind: captions\n", true},
		{"WEBVTT", true},
		{"\n\n1\r\n00:00:01,000 --> 00:00:04,200\r\nHello.\r\n", true},
		{"00:00:01,000 --> 00:00:04,200\nHello.\n", true},
		{"12\n01:02:03.5 --> 01:02:04.250 align:start\nHello.\n", true},
		// Not subtitles: a word that starts like the header, a number over
		// prose, an arrow in prose, a clock time, a stamp with four
		// decimals.
		{"WEBVTTX\n", false},
		{"1\nThe council met on Tuesday.\n", false},
		{"Prices rose --> fell.\n00:00:01,000 --> 00:00:04,200\n", false},
		{"1\n10:30 --> 11:00 Council meeting\n", false},
		{"1\n00:00:01,0000 --> 00:00:04,200\n", false},
		{"", false},
	} {
		if got := LooksSubtitles([]byte(tc.src)); got != tc.want {
			t.Errorf("LooksSubtitles(%q) = %v; want %v", tc.src, got, tc.want)
		}
	}
}

// subtitleSRT is a news report's SubRip captions: a sound cue, a title in
// capitals, captions cut mid-sentence, italics, a name super, a dialogue
// dash, a roll-up line repeated, a cue with no caption and a credit
// outside any cue.
const subtitleSRT = `1
00:00:00,000 --> 00:00:03,100
[THEME MUSIC]

2
00:00:03,160 --> 00:00:06,000
<i>FERRY SERVICE TO RESUME</i>
<i>AFTER STORM REPAIRS</i>

3
00:00:06,040 --> 00:00:09,500
Good evening. The island ferry
will sail again on Monday,

4
00:00:09,540 --> 00:00:13,020
six weeks after a storm tore
the pier at Westhaven apart.

5
00:00:13,060 --> 00:00:16,900
Engineers finished the last
of the new pilings this week,

6
00:00:16,940 --> 00:00:20,300
and the harbour board says the
first crossing leaves at seven.

7
00:00:20,340 --> 00:00:22,000
ANNA BRENNER
Harbour master

8
00:00:22,040 --> 00:00:25,800
- Is the pier safe now?
- It is stronger than before.

9
00:00:25,840 --> 00:00:28,100
It is stronger than before.
We tested every beam twice.

10
00:00:28,140 --> 00:00:29,000

11
00:00:29,040 --> 00:00:31,000
(APPLAUSE)

Subtitles by Coastline Captioning
`

func TestSubtitlesSRT(t *testing.T) {
	d := Subtitles("f.srt", []byte(subtitleSRT))
	checkSubtitles(t, d)
	want := []struct{ text, rule string }{
		{"[THEME MUSIC]", RuleSubtitleSound},
		{"FERRY SERVICE TO RESUME AFTER STORM REPAIRS", ""},
		{"Good evening. The island ferry will sail again on Monday, six weeks after a storm tore the pier at Westhaven apart. " +
			"Engineers finished the last of the new pilings this week, and the harbour board says the first crossing leaves at seven.", ""},
		{"ANNA BRENNER Harbour master", RuleSubtitleSuper},
		{"Is the pier safe now?", ""},
		{"It is stronger than before. We tested every beam twice.", ""},
		{"10 00:00:28,140 --> 00:00:29,000", RuleSubtitleTiming},
		{"(APPLAUSE)", RuleSubtitleSound},
		{"Subtitles by Coastline Captioning", ""},
	}
	checkSubtitleParas(t, d, want)
	// The numbers and timings of the cues inside the kept paragraphs are
	// their edits, and so is the line that cue 9 repeats.
	var cuts []string
	for _, p := range d.Paragraphs {
		for _, e := range p.Edits {
			cuts = append(cuts, e.Rule+" "+e.Cut)
		}
	}
	wantCuts := []string{
		RuleSubtitleTiming + " 2\n00:00:03,160 --> 00:00:06,000",
		RuleSubtitleTiming + " 3\n00:00:06,040 --> 00:00:09,500",
		RuleSubtitleTiming + " 4\n00:00:09,540 --> 00:00:13,020",
		RuleSubtitleTiming + " 5\n00:00:13,060 --> 00:00:16,900",
		RuleSubtitleTiming + " 6\n00:00:16,940 --> 00:00:20,300",
		RuleSubtitleTiming + " 8\n00:00:22,040 --> 00:00:25,800",
		RuleSubtitleTiming + " 9\n00:00:25,840 --> 00:00:28,100",
		RuleSubtitleRepeat + " It is stronger than before.",
	}
	if strings.Join(cuts, "|") != strings.Join(wantCuts, "|") {
		t.Errorf("edits:\n got %q\nwant %q", cuts, wantCuts)
	}
}

// In captions written all in capitals, a cue in capitals is no title.
func TestSubtitlesCapitals(t *testing.T) {
	src := "1\n00:00:01,000 --> 00:00:03,000\nGOOD EVENING. THE FERRY\n\n2\n00:00:03,040 --> 00:00:05,000\nWILL SAIL AGAIN ON MONDAY.\n"
	d := Subtitles("f.srt", []byte(src))
	checkSubtitles(t, d)
	checkSubtitleParas(t, d, []struct{ text, rule string }{{"GOOD EVENING. THE FERRY WILL SAIL AGAIN ON MONDAY.", ""}})
}

func TestSubtitlesVTT(t *testing.T) {
	src := "\ufeffWEBVTT - Kind: captions\nLanguage: en\n\n" +
		"NOTE Captions by the newsroom\nreviewed twice\n\n" +
		"STYLE\n::cue { color: yellow }\n\n" +
		"intro\n00:00.000 --> 00:03.000 align:start position:10%\n<v Presenter>Good evening. Tolls on the bridge\n\n" +
		"00:03.040 --> 00:06.000\n<v Presenter>rise by 20% &amp; more <00:00:04.500><c>from</c> May.\n\n" +
		"00:06.040 --> 00:09.000\n<v.loud Driver Kim>It's too much.\n\n" +
		"00:09.040 --> 00:12.000\n{\\an8}♪ ♪\n"
	d := Subtitles("f.vtt", []byte(src))
	checkSubtitles(t, d)
	checkSubtitleParas(t, d, []struct{ text, rule string }{
		{"WEBVTT - Kind: captions Language: en", RuleSubtitleHeader},
		{"NOTE Captions by the newsroom reviewed twice", RuleSubtitleHeader},
		{"STYLE ::cue { color: yellow }", RuleSubtitleHeader},
		{"Good evening. Tolls on the bridge rise by 20% & more from May.", ""},
		{"It's too much.", ""},
		{"♪ ♪", RuleSubtitleSound},
	})
	if e := d.Paragraphs[3].Edits; len(e) != 2 || e[0].Cut != "intro\n00:00.000 --> 00:03.000 align:start position:10%" {
		t.Errorf("edits of the first caption: %+v", e)
	}
}

// A file of cues with no blank line between them.
func TestSubtitlesNoBlankLines(t *testing.T) {
	src := "1\n00:00:01,000 --> 00:00:03,000\nThe ferry will\n2\n00:00:03,040 --> 00:00:05,000\nsail on Monday.\n00:00:05,040 --> 00:00:07,000\nThe pier is fixed.\n"
	d := Subtitles("f.srt", []byte(src))
	checkSubtitles(t, d)
	checkSubtitleParas(t, d, []struct{ text, rule string }{{"The ferry will sail on Monday. The pier is fixed.", ""}})
	if n := len(d.Paragraphs[0].Edits); n != 3 {
		t.Errorf("%d edits; want 3", n)
	}
}

// TextOrMarkdown reads a subtitle file under any name.
func TestTextOrMarkdownSubtitles(t *testing.T) {
	d := TextOrMarkdown("f.txt", []byte("1\n00:00:01,000 --> 00:00:03,000\nThe ferry will\n\n2\n00:00:03,040 --> 00:00:05,000\nsail on Monday.\n"))
	checkSubtitleParas(t, d, []struct{ text, rule string }{{"The ferry will sail on Monday.", ""}})
}

func checkSubtitleParas(t *testing.T, d *clean.Document, want []struct{ text, rule string }) {
	t.Helper()
	if len(d.Paragraphs) != len(want) {
		for _, p := range d.Paragraphs {
			t.Logf("%q", p.Text)
		}
		t.Fatalf("%d paragraphs; want %d", len(d.Paragraphs), len(want))
	}
	for i, w := range want {
		p := d.Paragraphs[i]
		rule := ""
		if p.Removal != nil {
			rule = p.Removal.Rule
			if p.Removal.Stage != clean.StageExtract {
				t.Errorf("paragraph %d: stage %q", i, p.Removal.Stage)
			}
		}
		if p.Text != w.text || rule != w.rule {
			t.Errorf("paragraph %d: %q (%q); want %q (%q)", i, p.Text, rule, w.text, w.rule)
		}
	}
}

// checkSubtitles checks the invariants of a subtitle document: paragraphs
// in order, never empty, inside the text; edits inside their paragraph, in
// order, cutting what they say they cut; no text outside a paragraph but
// white space and invisible characters.
func checkSubtitles(t *testing.T, d *clean.Document) {
	t.Helper()
	if d.Format != clean.FormatText {
		t.Errorf("format %q", d.Format)
	}
	prev := 0
	for i, p := range d.Paragraphs {
		if p.Text == "" || p.Start < prev || p.End <= p.Start || p.End > len(d.Text) {
			t.Fatalf("paragraph %d: text %q, span [%d,%d) after %d in %d bytes", i, p.Text, p.Start, p.End, prev, len(d.Text))
		}
		if FoldSpaces(d.Text[prev:p.Start]) != "" {
			t.Fatalf("paragraph %d: text %q left out before it", i, d.Text[prev:p.Start])
		}
		at := p.Start
		for _, e := range p.Edits {
			if e.Start < at || e.End <= e.Start || e.End > p.End || d.Text[e.Start:e.End] != e.Cut {
				t.Fatalf("paragraph %d: edit %+v in [%d,%d) after %d", i, e, p.Start, p.End, at)
			}
			at = e.End
		}
		prev = p.End
	}
	if FoldSpaces(d.Text[prev:]) != "" {
		t.Fatalf("text %q left out at the end", d.Text[prev:])
	}
}

func FuzzSubtitles(f *testing.F) {
	for _, s := range []string{
		subtitleSRT, "WEBVTT\n\nNOTE x\n\n00:01.000 --> 00:02.000\n<v A>a <i>b</i>\n\n", "1\n00:00:01,000 --> 00:00:02,000\n\n",
		"00:00:01,000 --> 00:00:02,000\n- a\n- b\n00:00:01,000 --> 00:00:02,000\nb\nc\n", "WEBVTT\n\n00:01.000 --> 00:02.000\n&amp;<\n\u200b\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if !LooksSubtitles(src) {
			return
		}
		checkSubtitles(t, Subtitles("f.srt", src))
	})
}

// BenchmarkSubtitles reads a long subtitle file, and lines that a careless
// tag reader would scan to their end once per "<".
func BenchmarkSubtitles(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("WEBVTT\n\n")
	for i := 0; sb.Len() < 1<<20; i++ {
		sb.WriteString("00:00:01.000 --> 00:00:02.000\n<v Anna>The ferry will sail <i>again</i> on Monday,\nsix weeks after the storm.\n\n")
	}
	sb.WriteString("00:00:01.000 --> 00:00:02.000\n" + strings.Repeat("<", 1<<18) + strings.Repeat("{\\", 1<<17) + "\n")
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Subtitles("bench.vtt", src)
	}
}
