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

// dropLinkURLs removes from the texts of paragraphs ps[at:] of text the
// addresses that a plain-text e-mail (a newsletter's text part) or a
// converter writes after a link's text, in square or angle brackets:
// "Share [https://…]", "Maya Delgado <https://…>". They are the link's
// markup, as a link's URL is Markdown's. A paragraph that is such an
// address alone keeps it without its brackets: a bare address, for the
// rules to judge. It does nothing to text with no "[http" or "<http".
func dropLinkURLs(text string, ps []clean.Paragraph, at int) {
	if !strings.Contains(text, "[http") && !strings.Contains(text, "<http") {
		return
	}
	for k := range ps[at:] {
		p := &ps[at+k]
		if strings.Contains(p.Text, "[http") || strings.Contains(p.Text, "<http") {
			p.Text = withoutLinkURLs(p.Text)
		}
	}
}

// withoutLinkURLs returns t without its bracketed addresses (see
// dropLinkURLs) and the space before each, the address alone when t is
// one, and t when it holds addresses and nothing else. It takes them out
// until none is left ("[http://[http://]]" leaves "[http://]", an
// address alone), so that the text it returns is its own result.
func withoutLinkURLs(t string) string {
	for {
		u := withoutLinkURLsOnce(t)
		if u == t {
			return t
		}
		t = u
	}
}

// withoutLinkURLsOnce is one pass of withoutLinkURLs.
func withoutLinkURLsOnce(t string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(t); i++ {
		end := linkURLEnd(t, i)
		if end < 0 {
			continue
		}
		if i == 0 && end == len(t) {
			return t[1 : end-1] // the address alone
		}
		b.WriteString(strings.TrimRight(t[last:i], " "))
		last, i = end, end-1
	}
	if last == 0 {
		return t
	}
	b.WriteString(t[last:])
	if out := strings.TrimSpace(b.String()); out != "" {
		return out
	}
	return t // addresses alone: the rules judge them
}

// linkURLEnd returns the end of the bracketed address at t[i] ("[http://…]"
// or "<https://…>", no space inside), or -1 when there is none.
func linkURLEnd(t string, i int) int {
	var closer byte
	switch t[i] {
	case '[':
		closer = ']'
	case '<':
		closer = '>'
	default:
		return -1
	}
	rest := t[i+1:]
	if !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "https://") {
		return -1
	}
	for j := 0; j < len(rest); j++ {
		switch rest[j] {
		case closer:
			return i + 1 + j + 1
		case ' ', '\t', '\n', '[', '<', '>', ']':
			return -1
		}
	}
	return -1
}
