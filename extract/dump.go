package extract

import (
	"strings"

	"github.com/cleantext/clean"
)

// minLinkMarks is the fewest link numbers that make a text a text
// browser's dump (see linkMarks).
const minLinkMarks = 4

// linkMarks reports whether text is a text browser's dump that numbers its
// links, as lynx -dump and links -dump do: "[12]Sign in", "By [15]Ann Lee".
// It takes at least minLinkMarks marks, nine in ten of them numbered higher
// than the mark before: a dump numbers its links in page order. A mark
// ("[" 1 to 5 digits "]") counts where it opens the text, or follows white
// space or an opening bracket or quote, and sits right before the text it
// numbers; a reference in prose ("as reported.[3] Then") follows a word or
// stands before a space, and does not count.
func linkMarks(text string) bool {
	n, up, prev := 0, 0, 0
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '[')
		if j < 0 {
			break
		}
		i += j + 1
		num, end, ok := linkMark(text, i-1)
		if !ok {
			continue
		}
		n++
		if num > prev {
			up++
		}
		prev, i = num, end
	}
	return n >= minLinkMarks && up*10 >= n*9
}

// linkMark reads a link number at s[i] == '[' and returns it and the end
// of the mark; ok is false where s[i:] is no mark glued to the text after
// it, or the byte before it is not white space, an opening bracket or a
// quote.
func linkMark(s string, i int) (num, end int, ok bool) {
	if i > 0 {
		switch s[i-1] {
		case ' ', '\n', '\t', '(', '"', '\'', '|', '>', ':':
		default:
			return 0, 0, false
		}
	}
	j := i + 1
	for j < len(s) && j-i <= 5 && s[j] >= '0' && s[j] <= '9' {
		num = num*10 + int(s[j]-'0')
		j++
	}
	if j == i+1 || j+1 >= len(s) || s[j] != ']' {
		return 0, 0, false
	}
	switch s[j+1] {
	case ' ', '\n', '\t', '\r':
		return 0, 0, false
	}
	return num, j + 1, true
}

// dropLinkMarks removes the link numbers of a text browser's dump (see
// linkMarks) from the texts of paragraphs ps[at:] of text: they are the
// dump's markup, as a link's URL is Markdown's. It does nothing to other
// text.
func dropLinkMarks(text string, ps []clean.Paragraph, at int) {
	if strings.IndexByte(text, '[') < 0 || !linkMarks(text) {
		return
	}
	var b strings.Builder
	for k := range ps[at:] {
		p := &ps[at+k]
		t := p.Text
		b.Reset()
		last := 0
		for i := 0; ; {
			j := strings.IndexByte(t[i:], '[')
			if j < 0 {
				break
			}
			i += j
			if _, end, ok := linkMark(t, i); ok {
				b.WriteString(t[last:i])
				last, i = end, end
				continue
			}
			i++
		}
		if last > 0 {
			b.WriteString(t[last:])
			p.Text = b.String()
		}
	}
}
