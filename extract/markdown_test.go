package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cleantext/clean"
)

// mdParas renders the paragraphs of d one a line: kind, text, and the rule
// of a removal.
func mdParas(d *clean.Document) []string {
	var out []string
	for _, p := range d.Paragraphs {
		s := p.Kind.String() + " " + p.Text
		if p.LinkRunes > 0 {
			s += fmt.Sprintf(" {links %d}", p.LinkRunes)
		}
		if !p.Kept() {
			s += " [" + p.Removal.Rule + "]"
		}
		out = append(out, s)
	}
	return out
}

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"headings", "# Floods force thousands from homes #\n\n## Warnings ignored\n\n####### not a heading",
			[]string{"heading Floods force thousands from homes", "heading Warnings ignored", "text ####### not a heading"}},
		{"setext headings", "Floods force thousands from homes\n==========\n\nIntro line\nWarnings ignored\n---\nBody.",
			[]string{"heading Floods force thousands from homes", "text Intro line", "heading Warnings ignored", "text Body."}},
		{"lists and their continuation lines", "* [Home](https://example.org/)\n- News\n+ Sport\n1. First point,\n   which goes on\n2) Second",
			[]string{"list-item Home {links 4}", "list-item News", "list-item Sport", "list-item 1. First point, which goes on", "list-item 2) Second"}},
		{"quotes", "> The embankment will not hold,\n> one engineer wrote.",
			[]string{"quote The embankment will not hold,", "quote one engineer wrote."}},
		{"tables", "| Route | Journeys |\n|---|:---:|\n| 14 | 27 |\n| | 31 |",
			[]string{"table-row Route | Journeys", "table-row 14 | 27", "table-row 31"}},
		{"code fences", "```\nx := 1\n\ny := 2\n```\nAfter.",
			[]string{"pre x := 1", "pre y := 2", "text After."}},
		{"breaks give no paragraph", "One.\n\n* * *\n\n---\n\n___\n\nTwo.",
			[]string{"text One.", "text Two."}},
		{"images and icon links are removed", "![Residents wade through water](https://example.org/a.jpg)\n\n[](https://facebook.com/x) [](https://x.com/y)\n\n[![Logo](/logo.png)](/)\n\nText ![icon](i.png) here.",
			[]string{"text ![Residents wade through water](https://example.org/a.jpg) [markdown-image]", "text [](https://facebook.com/x) [](https://x.com/y) [markdown-image]", "text [![Logo](/logo.png)](/) [markdown-image]", "text Text here."}},
		{"link references", "Read the [report][1] and the [notes][].\n\n[1]: https://example.org/report\n[notes]: https://example.org/notes \"Notes\"",
			[]string{"text Read the report and the notes. {links 11}", "text [1]: https://example.org/report [markdown-reference]", "text [notes]: https://example.org/notes \"Notes\" [markdown-reference]"}},
		{"emphasis and code", "**Marta Lis**, who _lives_ here, said 2 * 3 is `six` in snake_case and __bold__ text~~gone~~ and __init__.",
			[]string{"text Marta Lis, who lives here, said 2 * 3 is six in snake_case and bold textgone and init."}},
		{"escapes", `The 401\(k\) plan \*is\* a \_fund\_ \> 5%.`,
			[]string{"text The 401(k) plan *is* a _fund_ > 5%."}},
		{"autolinks and brackets that are no link", "Mail <news@example.org> or see [this] (not a link).",
			[]string{"text Mail news@example.org or see [this] (not a link). {links 16}"}},
		{"a link's text may hold brackets and emphasis", "[**Read more:** the [full] story](https://example.org/a_(b))",
			[]string{"text Read more: the [full] story {links 27}"}},
		{"plain lines stay one a line", "Home\nNews\nSport", []string{"text Home", "text News", "text Sport"}},
		{"hard-wrapped prose joins", "This is a long paragraph of prose that was wrapped\nat a fixed width by some tool, so its lines are\nall about the same length and end mid-sentence.",
			[]string{"text This is a long paragraph of prose that was wrapped at a fixed width by some tool, so its lines are all about the same length and end mid-sentence."}},
		{"yaml front matter", "---\ntitle: \"Floods force thousands\"\ndate: 2026-11-21\n---\n# Floods force thousands\n\nBody.",
			[]string{"text --- [markdown-header]", "text title: \"Floods force thousands\" [markdown-header]", "text date: 2026-11-21 [markdown-header]", "text --- [markdown-header]", "heading Floods force thousands", "text Body."}},
		{"yaml front matter with a list and an indented value", "---\ntitle: \"Floods\"\nauthor:\n  - \"[[A. Writer]]\"\ntags:\n- floods\ndescription: >\n    Rivers rose.\n---\nBody.",
			[]string{"text --- [markdown-header]", "text title: \"Floods\" [markdown-header]", "text author: [markdown-header]", "text - \"[[A. Writer]]\" [markdown-header]",
				"text tags: [markdown-header]", "text - floods [markdown-header]", "text description: > [markdown-header]", "text Rivers rose. [markdown-header]", "text --- [markdown-header]", "text Body."}},
		{"no front matter: a list under a key, unclosed", "---\ntitle: Floods\n- floods\nBody.",
			[]string{"text title: Floods", "list-item floods", "text Body."}},
		{"footnotes", "A layer known as a varve.[^1] It stays.[^note] [^x y]\n\n[^1]: From the Swedish _varv_.\n[^note]: A second note.\n[^]: none\n[^z]:\n[^a b]: not one",
			[]string{"text A layer known as a varve.[1] It stays.[note] [^x y]", "text [1] From the Swedish varv.", "text [note] A second note.",
				"text [^]: none [markdown-reference]", "text [z]:", "text [^a b]: not one [markdown-reference]"}},
		{"a converter's header", "Title: Floods force thousands\n\nURL Source: https://example.org/floods\n\nMarkdown Content:\nBody.",
			[]string{"text Title: Floods force thousands [markdown-header]", "text URL Source: https://example.org/floods [markdown-header]", "text Markdown Content: [markdown-header]", "text Body."}},
		{"no header without its end", "Title: Floods\nBody: more", []string{"text Title: Floods", "text Body: more"}},
		{"pandoc's attributes and fenced divs", "# Court ruling {#ruling .title}\n\n::: {#head .byline}\n[By Jane Doe]{.author} · [12.03.2026]{lang=de}\n:::\n\n::: note\nThe [court](https://example.org/){.intern} ruled{: .x} [x]{y} {.z} [here](/h){: .ext} [a]{open.\n:::::",
			[]string{"heading Court ruling", "text By Jane Doe · 12.03.2026", "text The court ruled{: .x} [x]{y} {.z} here [a]{open. {links 9}"}},
		{"a link's text wrapped over lines", "The judges cited the [ruling of the\nconstitutional court](https://example.org/r) from 2018.\nNext line [open\nstill\nopen\nthen\nclosed](x)",
			[]string{"text The judges cited the ruling of the constitutional court from 2018. {links 34}",
				"text Next line [open still open then", "text closed](x)"}},
		{"an escaped bracket opens no link", "Escaped \\[ bracket\nstays apart", []string{"text Escaped [ bracket", "text stays apart"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Markdown("a.md", []byte(tt.in))
			got := mdParas(d)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Markdown(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkSpans(t, d)
		})
	}
}

// checkSpans fails t unless d's paragraphs have text, spans in order inside
// d.Text that do not start or end in white space.
func checkSpans(t *testing.T, d *clean.Document) {
	t.Helper()
	prev := 0
	for i, p := range d.Paragraphs {
		if p.Text == "" || p.Start < prev || p.End <= p.Start || p.End > len(d.Text) {
			t.Fatalf("paragraph %d: text %q, span [%d,%d) after %d in %d bytes", i, p.Text, p.Start, p.End, prev, len(d.Text))
		}
		if s := d.Text[p.Start:p.End]; strings.TrimSpace(s) != s {
			t.Fatalf("paragraph %d: span %q is not trimmed", i, s)
		}
		prev = p.End
	}
}

func TestMarkdownTitle(t *testing.T) {
	for in, want := range map[string]string{
		"---\ntitle: 'Floods force thousands'\n---\nBody.":                 "Floods force thousands",
		"Title: Floods force thousands\nMarkdown Content:\nBody.":          "Floods force thousands",
		"# Floods force thousands\n\nBody.":                                "",
		"---\nauthor: A. Writer\n---\nBody.":                               "",
		"Title: Floods\nURL Source: https://example.org/\n\nBody, no end.": "",
		// The site's name goes where a heading is the title's other side.
		"Title: Floods force thousands | The Courier\nMarkdown Content:\n# Floods force thousands\n\nBody.": "Floods force thousands",
		"Title: Floods force thousands | The Courier\nMarkdown Content:\nFloods force thousands\n\nBody.":   "Floods force thousands | The Courier",
		"Title: Floods force thousands | The Courier\nMarkdown Content:\n# Floods\n\nBody.":                 "Floods force thousands | The Courier",
	} {
		if got := Markdown("a.md", []byte(in)).Title; got != want {
			t.Errorf("Markdown(%q).Title = %q, want %q", in, got, want)
		}
	}
}

func TestLooksMarkdown(t *testing.T) {
	for in, want := range map[string]bool{
		"[Home](/) [News](/news) ![x](https://example.org/x.png)":         true,
		"Title: A\nURL Source: https://example.org/\nMarkdown Content:\n": true,
		"[Home](/) [News](/news)":                                         false,
		"See [1] (page 3) and [2](3) and [4]( 5)":                         false,
		"Home\nNews\nThe council said on Monday that it would close.":     false,
		"[1]Skip to content\n[2]Home\n[3]News":                            false,
		// pandoc's fenced divs: four lines that open with ":::"
		"::: {#page .site}\n[Home]\n:::\n\n::: top-bar\n-   [News]\n:::\n": true,
		":::::: {#content}\n::: entry\n# Title\n:::\n::::::\n":             true,
		"::: {#page .site}\n[Home]\n:::\n\nThe end.\n":                     false, // two
		"Ratio 3:::2\nA ::: B\nC ::: D\nE ::: F\n":                         false, // not at a line's start
		"::: a b\n::: c d\n::: e f\n::: g h\n":                             false, // no fence: words after it
	} {
		if got := LooksMarkdown([]byte(in)); got != want {
			t.Errorf("LooksMarkdown(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestFileMarkdown(t *testing.T) {
	md := "# Floods\n\n[Home](/) [News](/news) [Sport](/sport)\n\nBody."
	for _, tt := range []struct {
		name string
		data string
		want clean.Format
	}{
		{"a.md", "# Floods\n\nBody.", clean.FormatMarkdown},
		{"a.MARKDOWN", "Body.", clean.FormatMarkdown},
		{"a.txt", md, clean.FormatMarkdown},
		{"a.txt", "# Floods\n\nBody.", clean.FormatText},
	} {
		d, err := File("a", tt.name, []byte(tt.data), Options{})
		if err != nil || d.Format != tt.want {
			t.Errorf("File(%q, %q) = format %v, %v; want %v", tt.name, tt.data, d.Format, err, tt.want)
		}
	}
}

func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"# T\n\n* [a](/b)\n> q\n| a | b |\n|---|\n```\nx\n```\n![i](j)\n[1]: u\n",
		"---\ntitle: x\n---\n**b** _i_ `c` \\* <a@b> [x][1]",
		"Title: x\nMarkdown Content:\nT\n===\n- a\n  b\n",
		"[[[[](", "\\", "*", "_a_b_", "|", "> ", "1.", "```", "~~~\n~~",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d := Markdown("f.md", src)
		checkSpans(t, d)
		for _, p := range d.Paragraphs {
			if p.LinkRunes < 0 || p.Kept() && p.LinkRunes > len([]rune(p.Text)) {
				t.Fatalf("paragraph %q: %d link runes", p.Text, p.LinkRunes)
			}
		}
	})
}
