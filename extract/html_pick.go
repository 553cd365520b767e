package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// checkPick returns the node to walk: readability's article, or body when
// readability found nothing.
//
// When the article holds several <article> elements (a story and a grid of
// story cards that readability took as siblings of the story), the cards
// (those with less than a third of the text of the largest) are dropped.
func checkPick(article, body *html.Node) *html.Node {
	if article == nil {
		return body
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
			if 3*lens[i] < max && a.Parent != nil {
				a.Parent.RemoveChild(a)
			}
		}
	}
	return article
}
