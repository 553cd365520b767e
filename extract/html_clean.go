package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean/internal/labels"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pre-cleaning removes, before readability scores the page, the elements
// that are boilerplate by tag (nav, aside, footer, forms controls, ...), by
// ARIA role (navigation, complementary, banner, contentinfo, dialog, ...),
// by class or id tokens (share, social, newsletter, related, comments, ad,
// cookie, breadcrumb, byline, caption, tags, sidebar, cta, ...), because
// they are hidden, because they are a box built around a form to fill in
// (formBoxes) or a list of links within the page (jumpBox). An element
// that holds a correction of the article is not removed whole
// (holdsCorrection). It makes readability faster (it scores a smaller tree) and
// keeps it from gluing teasers and widgets to the article.
//
// Guard: an element that holds more than guardShare of the page's text
// outside links is never removed whole (class names such as "*_sidebar" or
// "*-ad-margins" sometimes wrap the whole article); its children are
// examined instead. Text is measured over all text nodes, not only <p>, so
// pages built with <br> are protected too.
const guardShare = 0.3

// removeTags are removed wherever they are (subject to the guard).
var removeTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Svg: true,
	atom.Dialog: true, atom.Menu: true, atom.Link: true, atom.Meta: true,
}

var removeRoles = map[string]bool{
	"navigation": true, "complementary": true, "banner": true, "contentinfo": true,
	"dialog": true, "alertdialog": true, "menu": true, "menubar": true,
	"search": true, "toolbar": true, "tablist": true, "button": true,
	// live regions that tell the state of the page ("This page is updating
	// automatically", "Loading…", a form's error), not the article's
	"status": true, "alert": true, "timer": true, "marquee": true,
}

// boilerTokens are class/id segments that mark boilerplate. A class name
// is split into segments at punctuation and lower-to-upper case changes
// ("relatedArticles" -> related, articles); segments are matched whole, so
// "shadow" or "header" never match "ad".
var boilerTokens = map[string]bool{
	"share": true, "shares": true, "sharing": true, "sharebar": true, "sharer": true,
	"social": true, "socials": true, "newsletter": true, "newsletters": true,
	"subscribe": true, "subscription": true, "subscriptions": true, "donate": true,
	"donation": true, "donations": true, "contribute": true, "contribution": true,
	"contributions": true, "membership": true, "related": true, "recommended": true,
	"recommendations": true, "recommendation": true, "comments": true, "comment": true,
	"commenting": true, "disqus": true, "advert": true, "adverts": true,
	"advertisement": true, "advertising": true, "ad": true, "ads": true, "adslot": true,
	"adunit": true, "dfp": true, "gpt": true, "sponsored": true, "sponsor": true,
	"promo": true, "promoted": true, "cookie": true, "cookies": true, "consent": true,
	"gdpr": true, "breadcrumb": true, "breadcrumbs": true, "byline": true,
	"bio": true, "caption": true, "captions": true, "credit": true, "credits": true,
	"tags": true, "taglist": true, "footer": true, "nav": true, "navbar": true,
	"navigation": true, "menu": true, "sidebar": true, "widget": true, "widgets": true,
	"popup": true, "modal": true, "tooltip": true, "popover": true, "hovercard": true, "outbrain": true, "taboola": true, "signup": true,
	"paywall": true, "toolbar": true, "masthead": true, "author": true,
	"authors": true, "trending": true, "popular": true, "skip": true, "print": true,
	"rail": true, "banner": true, "sronly": true, "offscreen": true,
	// a section's name above the headline, a quotation repeated from the text
	"kicker": true, "eyebrow": true, "overline": true, // and "pullquote" among boilerPhrases
	// a call to action: write a letter, subscribe, download the app
	"cta": true,
	// a card that previews another page (a blog's bookmark card), or a
	// button that saves the page for later
	"bookmark": true, "bookmarks": true,
}

// boilerPhrases are matched in a class name with punctuation removed.
var boilerPhrases = []string{
	"readmore", "morestories", "mostread", "mostpopular", "alsoread", "youmayalso",
	"youmightalso", "moreon", "morefrom", "recirc", "visuallyhidden", "screenreader",
	"relatedcontent", "nextarticle", "prevarticle", "topstories", "seealso", "pullquote",
	"linkcard", "linkpreview",
	// a wiki's "[edit]" links after each heading
	"editsection",
}

// modifierHeads are first segments of class names that describe a state of
// the element ("has-comments", "tag-social") rather than what it is.
var modifierHeads = map[string]bool{
	"has": true, "with": true, "no": true, "without": true, "is": true, "show": true,
	"tag": true, "category": true, "type": true, "format": true, "status": true,
	"post": true, "page": true, "single": true, "template": true, "layout": true,
	"hide": true, "hidden": true, "visible": true, "js": true, "can": true,
	"enable": true, "enabled": true, "disable": true, "allow": true, "theme": true,
}

// socialTokens are the tokens embeds are exempt from.
var socialTokens = map[string]bool{
	"share": true, "shares": true, "sharing": true, "social": true, "socials": true,
	"embed": true,
}

// prunedNode is an element the pre-cleaning removes, and why: the tag
// ("<nav>"), role, class or id, "hidden", or a card inside a paragraph.
type prunedNode struct {
	node *html.Node
	why  string
}

// preClean decides which elements under body are boilerplate (see
// guardShare) and returns them, outermost only, in document order; it
// removes the head's scripts and styles and the comments but leaves the
// elements it returns in place, so that the page can be walked whole
// before removePruned takes them out. No decision depends on another
// element's removal, so deciding first and removing after is the same as
// removing while deciding.
func preClean(root, body *html.Node) []prunedNode {
	// The head goes whole: readability reads metadata before it is called
	// only from the head, so keep title and meta, drop scripts and styles.
	if head := findFirst(root, atom.Head); head != nil {
		for c := head.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && (c.DataAtom == atom.Script && attr(c, "type") != "application/ld+json" || c.DataAtom == atom.Style || c.DataAtom == atom.Link || c.DataAtom == atom.Noscript) {
				head.RemoveChild(c)
			}
			c = next
		}
	}
	removeComments(body)
	if classes, ids := lockedParts(root); len(classes)+len(ids) > 0 {
		unhideLocked(body, classes, ids)
	}
	total := textLen(body, false)
	limit := int(guardShare * float64(total))
	boxes := formBoxes(body)
	var out []prunedNode
	var spread map[*html.Node]map[string]int // per parent: paragraphsText
	var rec func(n *html.Node, inArticle, inP bool)
	rec = func(n *html.Node, inArticle, inP bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Script && attr(c, "type") == "application/ld+json" {
				continue
			}
			why := boilerplateWhy(c, inArticle)
			if why != "" && !hidden(c) && keyBox(c) {
				why = "" // the article's key points, in an aside (see keyBox)
			}
			if strings.HasPrefix(why, "class=") || strings.HasPrefix(why, "id=") {
				sums, seen := spread[n]
				if !seen {
					sums = paragraphsText(n, inArticle)
					if spread == nil {
						spread = make(map[*html.Node]map[string]int)
					}
					spread[n] = sums
				}
				if sums[why] > limit {
					why = "" // a class on every paragraph of the article
				}
			}
			if why != "" && (removeAlways(c) || textLen(c, false) <= limit && (why == "hidden" || !holdsCorrection(c))) {
				out = append(out, prunedNode{c, why})
			} else if boxes[c] {
				out = append(out, prunedNode{c, "a form to fill in and its call"})
			} else if jumpBox(c) {
				out = append(out, prunedNode{c, "links within the page"})
			} else if inP && isCardInText(c) && !hasCardChild(c) {
				out = append(out, prunedNode{c, "a card (an image and links) inside a paragraph"})
			} else {
				rec(c, inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main, inP || c.DataAtom == atom.P)
			}
		}
	}
	rec(body, false, false)
	return out
}

// paragraphsText returns, for each reason boilerplateWhy gives to
// paragraphs (<p>) among parent's children by a class or an id, the bytes
// of text those paragraphs hold together (nil when there are none). When
// that is more than the guard's limit, the class is on every paragraph of
// the article (a site that marks each paragraph "paywall" for its meter),
// not a box: it prunes none of the children it is on (the paragraphs, and
// the lists and boxes beside them with the same class); the guard
// protects them as it protects one element that large.
func paragraphsText(parent *html.Node, inArticle bool) map[string]int {
	var sums map[string]int
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.P {
			continue
		}
		if why := boilerplateWhy(c, inArticle); strings.HasPrefix(why, "class=") || strings.HasPrefix(why, "id=") {
			if sums == nil {
				sums = make(map[string]int)
			}
			sums[why] += textLen(c, false)
		}
	}
	return sums
}

// formBoxMax is the most text (bytes, not counting space) that a form's
// box holds outside the form.
const formBoxMax = 300

// formBoxes returns the boxes built around a form to fill in (an input
// for text, an e-mail address, a number or a file, a text area or a
// select; not a search box) that holds at most formBoxMax bytes of text
// (not a form around the whole page): for each such form, its outermost ancestor
// (or the form) that holds at most formBoxMax bytes of text outside the
// form and no <h1>, <article> or <main>. That is a call to write in, sign
// up or send pictures ("Are you affected? You can get in touch by filling
// in the form below."), not the article.
func formBoxes(body *html.Node) map[*html.Node]bool {
	var boxes map[*html.Node]bool
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom != atom.Form || !fillable(c) {
				rec(c)
				continue
			}
			own := textLenCap(c, formBoxMax+1)
			if own > formBoxMax {
				continue // a form around the page (ASP.NET)
			}
			box := c
			for a := c.Parent; a != nil && a != body; a = a.Parent {
				switch a.DataAtom {
				case atom.Article, atom.Main, atom.Body, atom.Html:
					a = nil
				}
				if a == nil || textLenCap(a, own+formBoxMax+1)-own > formBoxMax || holdsTag(a, atom.H1, atom.Article, atom.Main) {
					break
				}
				box = a
			}
			if boxes == nil {
				boxes = make(map[*html.Node]bool)
			}
			boxes[box] = true
		}
	}
	rec(body)
	return boxes
}

// fillable reports whether form holds a field to fill in other than a
// search box.
func fillable(form *html.Node) bool {
	found := false
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Textarea, atom.Select:
				found = true
			case atom.Input:
				switch strings.ToLower(attr(c, "type")) {
				case "", "text", "email", "tel", "number", "url", "file", "date":
					found = attr(c, "role") != "search" && !strings.EqualFold(attr(c, "name"), "q")
				}
			}
			rec(c)
		}
	}
	rec(form)
	return found && !strings.EqualFold(attr(form, "role"), "search")
}

// holdsTag reports whether an element under n has one of the atoms.
func holdsTag(n *html.Node, as ...atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		for _, a := range as {
			if c.DataAtom == a {
				return true
			}
		}
		if holdsTag(c, as...) {
			return true
		}
	}
	return false
}

// textLenCap is textLen(n, true), counted only up to max (the count
// stops once it reaches max, so it may be a little over).
func textLenCap(n *html.Node, max int) int {
	return countText(n, true, max)
}

// jumpLabelMax is the most text (bytes, not counting space) of a label
// without links in a jumpBox ("Table of Contents").
const jumpLabelMax = 40

// jumpBox reports a list of links within the page (a table of contents,
// a live blog's "key events"), or a box that holds one with nothing else
// but headings, buttons and labels without links: a list (ul, ol) whose two or more links all
// point into the page ("#block-6f2a") and hold two thirds of its text or
// more.
func jumpBox(n *html.Node) bool {
	if n.DataAtom == atom.Ul || n.DataAtom == atom.Ol {
		return jumpList(n)
	}
	lists := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if !blank(c.Data) {
				return false
			}
		case html.ElementNode:
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Button:
			case atom.Ul, atom.Ol:
				if !jumpList(c) {
					return false
				}
				lists++
			default:
				if n := textLenCap(c, jumpLabelMax+1); n > jumpLabelMax || n > textLen(c, false) {
					return false
				}
			}
		}
	}
	return lists > 0
}

// jumpList reports whether list's two or more links all point into the
// page and hold two thirds of its text or more.
func jumpList(list *html.Node) bool {
	links := 0
	inPage := true
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil && inPage; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.A {
				links++
				inPage = strings.HasPrefix(attr(c, "href"), "#") && len(attr(c, "href")) > 1
				continue
			}
			rec(c)
		}
	}
	rec(list)
	if !inPage || links < 2 {
		return false
	}
	all := textLen(list, true)
	return all > 0 && 3*(all-textLen(list, false)) >= 2*all
}

// holdsCorrection reports whether element n holds a correction of the
// article (see correctionNote) in a text node outside links, and 40 bytes
// of text or more (a note, not a "Corrections" label). Pre-cleaning does
// not remove such an element by its tag, role or class (an article's
// footer, an aside, a "correction" box): a correction is the article's
// text; its children are judged instead.
func holdsCorrection(n *html.Node) bool {
	found := false
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !found; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				found = correctionNote(strings.TrimSpace(c.Data))
			case html.ElementNode:
				switch c.DataAtom {
				case atom.A, atom.Script, atom.Style, atom.Noscript, atom.Template:
					continue
				}
				rec(c)
			}
		}
	}
	rec(n)
	return found && textLen(n, true) >= 40
}

// correctionCues are the words that start a correction note, lower case:
// en, nl, de, fr, es, it, pt, pl, ru, uk, cs, sv, da, no, fi, hu.
var correctionCues = []string{
	"correction", "corrections", "clarification", "correctie", "rectificatie",
	"korrektur", "berichtigung", "richtigstellung", "rectificatif", "erratum",
	"fe de erratas", "corrección", "aclaración", "rettifica", "correzione",
	"correção", "errata", "sprostowanie", "поправка", "исправление",
	"виправлення", "oprava", "rättelse", "rettelse", "oikaisu", "korjaus",
	"helyesbítés",
}

// correctionNote reports whether text is a note that corrects the
// article: it starts with a correctionCues word followed by ':', ',', '.',
// '(' or a dash ("Correction, Nov. 18: ...", "CLARIFICATION: ..."), or it
// says that "an earlier version of this" article was wrong.
func correctionNote(text string) bool {
	for _, c := range correctionCues {
		if len(text) <= len(c) || !strings.EqualFold(text[:len(c)], c) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[len(c):], " "))
		if strings.ContainsRune(":,.(–—-", r) {
			return true
		}
	}
	return len(text) >= 26 && strings.Contains(strings.ToLower(text), "an earlier version of this")
}

// removePruned takes the elements preClean returned out of the tree.
func removePruned(ps []prunedNode) {
	for _, p := range ps {
		if p.node.Parent != nil {
			p.node.Parent.RemoveChild(p.node)
		}
	}
}

// hasCardChild reports whether a child element of n is itself a card, so
// that only the innermost card goes (a hover card's trigger link stays).
func hasCardChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isCardInText(c) {
			return true
		}
	}
	return false
}

// isCardInText reports an element inside a paragraph that holds an image
// and two or more links: a hover card or inline teaser, not running text.
func isCardInText(n *html.Node) bool {
	if n.DataAtom == atom.A {
		return false
	}
	imgs, links := 0, 0
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Img, atom.Picture:
				imgs++
			case atom.A:
				links++
			}
			rec(c)
		}
	}
	rec(n)
	return imgs > 0 && links >= 2
}

// removeAlways reports elements removed regardless of the guard: their text
// is never shown.
func removeAlways(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Select, atom.Textarea, atom.Button:
		return true
	}
	return false
}

func removeComments(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode {
			n.RemoveChild(c)
		} else if c.FirstChild != nil {
			removeComments(c)
		}
		c = next
	}
}

// boilerplateWhy tells whether element n is boilerplate by tag, role,
// hidden state or class/id tokens: it returns why ("<nav>",
// `role="navigation"`, `class "comments-area"`, "hidden"), or "" when n is
// not boilerplate.
func boilerplateWhy(n *html.Node, inArticle bool) string {
	if removeTags[n.DataAtom] {
		// A footer or aside inside the article is usually its tags and
		// share row, but a header is not removed: it can hold the lede.
		return "<" + n.Data + ">"
	}
	// A <p> is judged by its class like any element: a paragraph with a
	// caption, credit, byline, share or footer class is that (on the dev
	// pages all of the 150 such paragraphs are), and the guard keeps a
	// large one.
	switch n.DataAtom {
	case atom.Body, atom.Html, atom.Main, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return ""
	}
	if hidden(n) {
		return "hidden"
	}
	embed := isEmbed(n) || containsEmbed(n)
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			if removeRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return a.Key + "=" + strconv.Quote(a.Val)
			}
		case "class", "id":
			if matchesBoilerplate(a.Val, embed) || headerLabel(a.Val) && textLenCap(n, kickerMax+1) <= kickerMax && !holdsTag(n, headingAtoms[:]...) {
				return a.Key + "=" + strconv.Quote(a.Val)
			}
		}
	}
	return ""
}

// kickerMax is the most text (bytes, not counting space) of the section's
// label over a headline (see headerLabel).
const kickerMax = 40

// headingAtoms are the heading elements.
var headingAtoms = [...]atom.Atom{atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6}

// headerLabel reports whether a class name of v names the section's label
// in an article's header, as a CSS-module or BEM name does it: the block
// a header ("ArticleHeader", "story-header") and the part its section,
// category or topic ("ArticleHeader_section__oP4sK",
// "article-header__category"). Its caller takes only a short element
// with no heading in it: a header's box of sections would hold the
// headline.
func headerLabel(v string) bool {
	var segs [8]string
	for _, name := range strings.Fields(v) {
		_, block, elem := nameParts(name)
		if elem == "" || !headerLabels[strings.ToLower(elem)] {
			continue
		}
		if s := splitName(block, segs[:0]); len(s) > 0 && s[len(s)-1] == "header" {
			return true
		}
	}
	return false
}

// headerLabels are the parts of an article's header that name its section
// (see headerLabel).
var headerLabels = map[string]bool{"section": true, "category": true, "topic": true, "rubric": true, "label": true}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			if hidingStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// hidingStyle reports whether a style attribute hides its element
// (display:none, visibility:hidden).
func hidingStyle(v string) bool {
	s := strings.ToLower(v)
	return strings.Contains(s, "display") && strings.Contains(strings.ReplaceAll(s, " ", ""), "display:none") ||
		strings.Contains(s, "visibility") && strings.Contains(strings.ReplaceAll(s, " ", ""), "visibility:hidden")
}

// matchesBoilerplate reports whether a class or id attribute value names
// boilerplate. embed exempts the social tokens.
//
// A BEM name ("block__element") or CSS-module name ("Block_element__hash",
// as Next.js and webpack's css-loader make them) names a part of a
// component: the hash is random and never read (a hash such as "xAd9k"
// would read as "ad"), and a placeTokens segment of the block says where
// the component sits, which tells what the part is only when the part is
// the component's own box (genericParts): "ArticleFooter_root__tH0gR" is
// the article's footer, "ArticleFooter_correction__k2ZsV" a correction
// printed in it.
//
// A page builder names each block of the page a widget of a kind
// ("elementor-widget elementor-widget-text-editor") and each block's box
// ("elementor-widget-container"): where a name of the attribute gives a
// widget of text (see textWidgets), or names a widget's box (see
// widgetBox), "widget" says nothing of what the element is.
func matchesBoilerplate(v string, embed bool) bool {
	var segs [8]string
	for _, name := range strings.Fields(v) {
		stem, block, elem := nameParts(name)
		s := splitName(stem, segs[:0])
		if len(s) == 0 || modifierHeads[s[0]] && len(s) > 1 {
			continue
		}
		inBlock := 0 // segments of s in the block, when the place tokens there do not count
		if elem != "" && !genericParts[strings.ToLower(elem)] {
			var rest []string // segs after s, unless s outgrew segs
			if len(s) < len(segs) {
				rest = segs[len(s):len(s)]
			}
			inBlock = len(splitName(block, rest))
		}
		for i, t := range s {
			if boilerTokens[t] && !(embed && socialTokens[t]) && !(i < inBlock && placeTokens[t]) &&
				!((t == "widget" || t == "widgets") && (widgetBox(s[i+1:]) || textWidgetName(v))) {
				return true
			}
		}
		if len(s) > 1 || len(stem) > 6 {
			joined := strings.Join(s, "")
			for _, p := range boilerPhrases {
				if strings.Contains(joined, p) {
					return true
				}
			}
		}
	}
	return false
}

// textWidgets are the kinds of a page builder's widget that hold the
// article's text: its body, its headings, a paragraph of rich text.
var textWidgets = map[string]bool{
	"editor": true, "heading": true, "content": true, "body": true,
	"richtext": true, "paragraph": true,
}

// textWidgetName reports whether a class name of v names a widget of
// text: a segment "widget" later followed by one of textWidgets
// ("elementor-widget-text-editor", "elementor-widget-theme-post-content").
// It is asked only on a "widget" token.
func textWidgetName(v string) bool {
	var segs [8]string
	for _, name := range strings.Fields(v) {
		s := splitName(name, segs[:0])
		for i, t := range s {
			if t == "widget" && slices.ContainsFunc(s[i+1:], func(k string) bool { return textWidgets[k] }) {
				return true
			}
		}
	}
	return false
}

// widgetBox reports whether the segments after "widget" in a class name
// name only a widget's own box ("elementor-widget-container"): the
// widget's kind is its parent's.
func widgetBox(after []string) bool {
	return len(after) > 0 && !slices.ContainsFunc(after, func(k string) bool { return !genericParts[k] })
}

// placeTokens are the boilerTokens that say where an element sits rather
// than what it is; an article's footer holds corrections and notes that
// are the article's.
var placeTokens = map[string]bool{"footer": true}

// genericParts are the element parts of BEM and CSS-module names that
// name a component's own box rather than something in it.
var genericParts = map[string]bool{
	"root": true, "wrapper": true, "wrap": true, "container": true, "inner": true,
	"outer": true, "box": true, "holder": true, "module": true, "component": true,
	"area": true, "region": true, "section": true, "block": true, "base": true,
	"main": true, "content": true, "body": true,
}

// nameParts splits a class name into the block and element of a
// CSS-module name ("Block_element__hash": one underscore in what comes
// before the last "__", and five to eight letters, digits, '-' or '_'
// after it) or of a BEM name ("block__element--modifier"). stem is the
// name without the hash; elem (without the modifier) is "" for other
// names. stem and block are prefixes of name.
func nameParts(name string) (stem, block, elem string) {
	i := strings.LastIndex(name, "__")
	if i <= 0 || i+2 == len(name) {
		return name, "", ""
	}
	if h := name[i+2:]; len(h) >= 5 && len(h) <= 8 && isHash(h) {
		if u := strings.IndexByte(name[:i], '_'); u > 0 && u < i-1 && strings.IndexByte(name[u+1:i], '_') < 0 {
			return name[:i], name[:u], name[u+1 : i]
		}
	}
	j := strings.Index(name, "__")
	elem = name[j+2:]
	if k := strings.Index(elem, "--"); k >= 0 {
		elem = elem[:k]
	}
	if elem == "" {
		return name, "", ""
	}
	return name, name[:j], elem
}

// isHash reports whether s is made of the characters of a CSS-module
// hash (base64url).
func isHash(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// splitName splits a class or id name into lower-case segments at
// non-alphanumerics, letter/digit changes and lower-to-upper case changes.
func splitName(name string, dst []string) []string {
	start := -1
	var prev rune
	flush := func(end int) {
		if start >= 0 && end > start {
			dst = append(dst, strings.ToLower(name[start:end]))
		}
		start = -1
	}
	for i, r := range name {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case !alnum:
			flush(i)
		case start < 0:
			start = i
		case unicode.IsUpper(r) && unicode.IsLower(prev),
			unicode.IsDigit(r) != unicode.IsDigit(prev):
			flush(i)
			start = i
		}
		prev = r
	}
	flush(len(name))
	return dst
}

// textLen returns the number of bytes of non-space text under n; links
// counts text inside <a> too.
func textLen(n *html.Node, links bool) int {
	return countText(n, links, math.MaxInt)
}

// nonSpaceLen returns the number of bytes of s that are not ASCII space,
// tab, CR or LF: the measure of textLen.
func nonSpaceLen(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if b := s[i]; b != ' ' && b != '\n' && b != '\t' && b != '\r' {
			n++
		}
	}
	return n
}

// countText is textLen, stopping at the first child once the count has
// reached max.
func countText(n *html.Node, links bool, max int) int {
	count := 0
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < max; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				count += nonSpaceLen(c.Data)
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template:
					continue
				case atom.A:
					if !links {
						continue
					}
				}
				rec(c)
			}
		}
	}
	rec(n)
	return count
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// Embedded posts (tweets, Instagram, TikTok, Facebook posts: blockquotes
// that a script turns into a widget) are article content, but readability's
// cleaning drops some of them for their link density. They are taken out
// before readability, their position marked on a neighbouring element, and
// put back next to that element if it made it into the article.

type embed struct {
	node *html.Node
}

const embedAttr = "data-clean-embed"

var embedTokens = map[string]bool{
	"twitter": true, "tweet": true, "instagram": true, "tiktok": true, "facebook": true,
	"fb": true, "reddit": true, "embed": true, "embedly": true, "bluesky": true,
	"threads": true, "mastodon": true, "imgur": true,
}

func isEmbed(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote {
		return false
	}
	var segs [8]string
	for _, name := range strings.Fields(attr(n, "class")) {
		for _, t := range splitName(name, segs[:0]) {
			if embedTokens[t] {
				return true
			}
		}
	}
	return false
}

func containsEmbed(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isEmbed(c) || containsEmbed(c)) {
			return true
		}
	}
	return false
}

// takeEmbeds detaches the embeds under body and marks where they were: the
// previous element sibling gets embedAttr="after:K ...", or the parent
// "in:K" when there is none.
func takeEmbeds(body *html.Node) []embed {
	var found []*html.Node
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if isEmbed(c) {
				found = append(found, c)
				continue
			}
			rec(c)
		}
	}
	rec(body)
	out := make([]embed, 0, len(found))
	for _, e := range found {
		k := strconv.Itoa(len(out))
		// Climb out of wrappers that hold nothing but the embed: readability
		// drops them once they are empty.
		at := e
		for at.Parent != nil && at.Parent.DataAtom != atom.Body && onlyChild(at) {
			at = at.Parent
		}
		anchor, how := prevElement(at), "after:"
		if anchor == nil {
			anchor, how = at.Parent, "in:"
		}
		addMark(anchor, how+k)
		e.Parent.RemoveChild(e)
		out = append(out, embed{node: e})
	}
	return out
}

func addMark(n *html.Node, mark string) {
	for i := range n.Attr {
		if n.Attr[i].Key == embedAttr {
			n.Attr[i].Val += " " + mark
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: embedAttr, Val: mark})
}

// putBackEmbeds inserts the embeds next to their marks under article.
func putBackEmbeds(article *html.Node, embeds []embed) {
	if article == nil || len(embeds) == 0 {
		return
	}
	var marked []*html.Node
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if attr(c, embedAttr) != "" {
				marked = append(marked, c)
			}
			rec(c)
		}
	}
	rec(article)
	for _, m := range marked {
		var after, in []*html.Node
		for _, f := range strings.Fields(attr(m, embedAttr)) {
			how, k, _ := strings.Cut(f, ":")
			i, err := strconv.Atoi(k)
			if err != nil || i < 0 || i >= len(embeds) || embeds[i].node == nil {
				continue
			}
			e := embeds[i].node
			embeds[i].node = nil
			if how == "in" {
				in = append(in, e)
			} else {
				after = append(after, e)
			}
		}
		first := m.FirstChild
		for _, e := range in {
			m.InsertBefore(e, first)
		}
		ref := m.NextSibling
		for _, e := range after {
			if m.Parent == nil {
				break
			}
			m.Parent.InsertBefore(e, ref)
		}
	}
}

// prevElement returns the closest previous sibling element with text
// (readability drops empty ones).
func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode && textLen(p, true) > 0 {
			return p
		}
	}
	return nil
}

// onlyChild reports whether n is the only child of its parent apart from
// white space and scripts.
func onlyChild(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n {
			continue
		}
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case html.ElementNode:
			if c.DataAtom != atom.Script && c.DataAtom != atom.Style {
				return false
			}
		}
	}
	return true
}

// collapseBreaks turns every run of line breaks (<br> elements with only
// white space between them) under n into a single <br>. Readability turns
// a run of two or more into a paragraph that takes the inline content after
// it, but drops the break between the content before it and that paragraph
// when both are inline (a caption in a <font> glued to the article's first
// paragraph on a table-layout page). The walker splits at every <br>, so a
// single one keeps the boundary.
func collapseBreaks(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			for next := c.NextSibling; next != nil; next = c.NextSibling {
				if next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" {
					if s := next.NextSibling; s != nil && s.Type == html.ElementNode && s.DataAtom == atom.Br {
						n.RemoveChild(next)
						continue
					}
					break
				}
				if next.Type != html.ElementNode || next.DataAtom != atom.Br {
					break
				}
				n.RemoveChild(next)
			}
			continue
		}
		collapseBreaks(c)
	}
}

// keyBox reports whether element n is a box of the article's key points:
// its first heading (h2 to h6) is a key points label ("Key points:", see
// labels.IsKey) and it holds a list. Pages set it in an <aside> or a box
// whose class names it a summary; it is the article's, not the page's.
func keyBox(n *html.Node) bool {
	h := firstHeading(n)
	if h == nil {
		return false
	}
	var buf [keyLabelBytes]byte
	t, ok := shortText(h, buf[:0])
	return ok && labels.IsKey(string(t)) && holdsTag(n, atom.Ul, atom.Ol)
}

// keyLabelBytes bounds the text of a heading keyBox reads: a key points
// label with the spaces around it is shorter.
const keyLabelBytes = 128

// firstHeading returns the first heading (h2 to h6) inside n, in
// document order, or nil.
func firstHeading(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return c
		}
		if h := firstHeading(c); h != nil {
			return h
		}
	}
	return nil
}
