package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lockedParts returns the class names and ids that the page's structured
// data marks as the part of the article that is not free to read: a
// schema.org WebPageElement (in a JSON-LD script) with isAccessibleForFree
// false and a cssSelector of plain class or id selectors (".paywall",
// "#locked-text", ".a, .b"; a compound one names no class or id an
// element has whole, and shows nothing), as the markup for paywalled content that
// search engines read asks. A page sends that part whole and hides it
// (aria-hidden, display:none) until the reader subscribes: it is the
// article's text all the same.
func lockedParts(root *html.Node) (classes, ids []string) {
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Script {
				if attr(c, "type") == "application/ld+json" && c.FirstChild != nil && strings.Contains(c.FirstChild.Data, "cssSelector") {
					var v any
					if json.Unmarshal([]byte(c.FirstChild.Data), &v) == nil {
						classes, ids = lockedSelectors(v, classes, ids)
					}
				}
				continue
			}
			rec(c)
		}
	}
	rec(root)
	return classes, ids
}

// lockedSelectors appends to classes and ids the plain selectors of every
// object in v (decoded JSON) that is not accessible for free and names a
// cssSelector.
func lockedSelectors(v any, classes, ids []string) ([]string, []string) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			classes, ids = lockedSelectors(e, classes, ids)
		}
	case map[string]any:
		if sel, ok := v["cssSelector"].(string); ok && notFree(v["isAccessibleForFree"]) {
			for _, s := range strings.Split(sel, ",") {
				s = strings.TrimSpace(s)
				if len(s) < 2 {
					continue
				}
				switch s[0] {
				case '.':
					classes = append(classes, s[1:])
				case '#':
					ids = append(ids, s[1:])
				}
			}
		}
		for _, e := range v {
			classes, ids = lockedSelectors(e, classes, ids)
		}
	}
	return classes, ids
}

// notFree reports whether an isAccessibleForFree value says false: the
// boolean or the text "false" in any case.
func notFree(v any) bool {
	switch v := v.(type) {
	case bool:
		return !v
	case string:
		return strings.EqualFold(strings.TrimSpace(v), "false")
	}
	return false
}

// unhideLocked takes the hiding off the elements under n that have one of
// classes or ids (see lockedParts): their hidden and aria-hidden
// attributes, and a style that hides them.
func unhideLocked(n *html.Node, classes, ids []string) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hidden(c) && namedBy(c, classes, ids) {
			attrs := c.Attr[:0]
			for _, a := range c.Attr {
				if a.Key != "hidden" && a.Key != "aria-hidden" && (a.Key != "style" || !hidingStyle(a.Val)) {
					attrs = append(attrs, a)
				}
			}
			c.Attr = attrs
		}
		unhideLocked(c, classes, ids)
	}
}

// namedBy reports whether n has one of classes among its class names or
// one of ids as its id.
func namedBy(n *html.Node, classes, ids []string) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			for _, f := range strings.Fields(a.Val) {
				for _, c := range classes {
					if f == c {
						return true
					}
				}
			}
		case "id":
			for _, id := range ids {
				if a.Val == id {
					return true
				}
			}
		}
	}
	return false
}
