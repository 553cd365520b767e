package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// checkPick returns the node to walk: readability's article, or, when
// readability found nothing or its pick looks wrong, the next candidate:
// the element whose child paragraphs hold the most dense prose (<p> of 80
// bytes or more, under 30% link text). The pick looks wrong when it holds
// less than a quarter of the page's dense prose (readability chose a teaser
// block) and that container holds 500 bytes or more. A pick with far more
// text than the page's dense prose is not treated as wrong: pages that
// build their prose from <div>s have little <p> prose, and trying the
// dense container there lost whole articles.
//
// When the article holds several <article> elements (a story and a grid of
// story cards that readability took as siblings of the story), the cards
// are dropped: those with less than a third of the text of the largest
// that a link to another page opens (see storyCard). A live blog's posts
// beside its summary story stay.
func checkPick(article, body *html.Node) *html.Node {
	dense, best, bestLen := denseProse(body)
	if article == nil {
		if best != nil {
			return best
		}
		return body
	}
	if best != nil && dense > 0 {
		got := textLen(article, true)
		if 4*got < dense && bestLen >= 500 {
			return best
		}
	}
	var arts []*html.Node
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Article && c.Data == "article" {
				arts = append(arts, c)
				continue
			}
			rec(c)
		}
	}
	rec(article)
	if len(arts) >= 2 {
		lens := make([]int, len(arts))
		max := 0
		for i, a := range arts {
			lens[i] = textLen(a, true)
			if lens[i] > max {
				max = lens[i]
			}
		}
		for i, a := range arts {
			if 3*lens[i] < max && a.Parent != nil && storyCard(a) {
				a.Parent.RemoveChild(a)
			}
		}
	}
	return article
}

// denseProse returns the page's dense prose in bytes and the element whose
// child paragraphs hold the most of it, with that amount.
func denseProse(body *html.Node) (total int, best *html.Node, bestLen int) {
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		own := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.P {
				all := textLen(c, true)
				if all >= 80 && 10*(all-textLen(c, false)) < 3*all {
					own += all
				}
				continue
			}
			rec(c)
		}
		total += own
		if own > bestLen {
			best, bestLen = n, own
		}
	}
	rec(body)
	return total, best, bestLen
}

// cardProse is the length (bytes of non-space text) of a run of text
// outside links that makes an <article> read as a post rather than a card.
const cardProse = 80

// storyCard reports whether a lacks a run of cardProse bytes of text
// outside links before its first link to another page: a teaser card opens
// with its linked headline (after a kicker or an image), a live blog's
// post with its time, its own heading and prose, and a box of metadata
// (the byline, the comment count) has no prose at all. Links within the
// page ("#post-6", a post's permalink) do not count.
func storyCard(a *html.Node) bool {
	prose, done := false, false
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !done; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				if nonSpaceLen(c.Data) >= cardProse {
					prose, done = true, true
				}
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template:
					continue
				case atom.A:
					if href := strings.TrimSpace(attr(c, "href")); href != "" && href[0] != '#' && textLen(c, true) > 0 {
						done = true
						return
					}
				}
				rec(c)
			}
		}
	}
	rec(a)
	return !prose
}
