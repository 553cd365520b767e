package extract

import "golang.org/x/net/html"

// checkPick returns the node to walk: readability's article, or body when
// readability found nothing.
func checkPick(article, body *html.Node) *html.Node {
	if article == nil {
		return body
	}
	return article
}
