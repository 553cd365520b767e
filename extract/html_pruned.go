package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/internal/labels"
)

// Rules of the blocks the HTML extractor leaves out of the article
// (clean.StageExtract removals, in Document.Pruned).
const (
	// RulePruned: the pre-cleaning removed the block's element; the detail
	// names the tag, role, class or id, "hidden", or a card in a paragraph.
	RulePruned = "html-pruned"
	// RuleNotArticle: the block lies outside the article readability (or
	// the dense-prose fallback) chose, or readability's own cleaning dropped
	// it from there.
	RuleNotArticle = "html-not-article"
)

// detailNotArticle is the detail of RuleNotArticle.
const detailNotArticle = "outside the article readability chose"

// coverBudget bounds the bytes searched when looking for a block's text
// inside the article's unmatched paragraphs (see setAside).
const coverBudget = 4 << 20

// setAside returns the article's paragraphs with the blocks readability
// wrongly left out put back (see readmit), and the blocks of the whole page
// (page, in document order, with the pre-cleaning's reasons) that are not
// among them, as clean.Pruned in document order (At indexes the returned
// paragraphs). Blocks with fewer than two letters are left out.
//
// The page's blocks that the pre-cleaning kept are aligned with the
// article's paragraphs by their text, as a patience diff does: texts found
// once in each are anchors (their longest increasing run), and between two
// anchors each article paragraph takes the next page block with the same
// text. A page block left unmatched whose text lies inside an unmatched
// article paragraph between the same anchors is taken as covered (the
// article joined it with other text), not as left out.
func setAside(page, art []rawPara, descs, subs []string) ([]rawPara, []clean.Pruned, string) {
	if len(page) == 0 {
		return art, nil, ""
	}
	// Positions of each kept page block's text, in order.
	pos := make(map[string][]int, len(page))
	for f := range page {
		if page[f].why == "" {
			pos[page[f].text] = append(pos[page[f].text], f)
		}
	}
	inArt := make(map[string]int, len(art))
	for j := range art {
		inArt[art[j].text]++
	}
	// Anchors: texts once in each, in article order; the longest run
	// increasing in page order.
	type pair struct{ f, j int }
	var uniq []pair
	for j := range art {
		if ps := pos[art[j].text]; len(ps) == 1 && inArt[art[j].text] == 1 {
			uniq = append(uniq, pair{ps[0], j})
		}
	}
	anchors := longestRun(uniq, func(p pair) int { return p.f })
	match := make([]int, len(page)) // article index + 1, 0 when unmatched
	artMatched := make([]bool, len(art))
	covered := make([]bool, len(page))
	budget := coverBudget
	gap := func(f0, f1, j0, j1 int) { // page (f0, f1) and article (j0, j1), open
		cur := f0 + 1
		for j := j0 + 1; j < j1; j++ {
			ps := pos[art[j].text]
			k := sort.SearchInts(ps, cur)
			if k < len(ps) && ps[k] < f1 {
				match[ps[k]] = j + 1
				artMatched[j] = true
				cur = ps[k] + 1
			}
		}
		var left strings.Builder
		for j := j0 + 1; j < j1; j++ {
			if !artMatched[j] {
				left.WriteString(art[j].text)
				left.WriteByte('\n')
			}
		}
		if left.Len() == 0 {
			return
		}
		s := left.String()
		for f := f0 + 1; f < f1; f++ {
			if match[f] == 0 && page[f].why == "" && budget > 0 {
				budget -= len(s)
				covered[f] = strings.Contains(s, page[f].text)
			}
		}
	}
	pf, pj := -1, -1
	for _, a := range anchors {
		match[a.f] = a.j + 1
		artMatched[a.j] = true
		gap(pf, a.f, pj, a.j)
		pf, pj = a.f, a.j
	}
	gap(pf, len(page), pj, len(art))

	first, end := articleSpan(match, covered)
	back := readmit(page, match, covered, first, end)
	back = proseInside(page, match, covered, first, end, back)
	back = proseAfter(page, match, covered, end, back)
	back = keyPointsAbove(page, match, covered, first, back)
	standfirst := ""
	if f := standfirstAbove(page, first, descs, subs); f >= 0 && (back == nil || !back[f]) {
		standfirst = page[f].text
		if page[f].kind == clean.KindListItem {
			standfirst = summaryItems(page, f)
		}
	}
	paras := art
	if back != nil {
		paras = make([]rawPara, 0, len(art)+len(back))
	}
	var out []clean.Pruned
	var last *clean.Removal
	j := 0 // next article paragraph to copy to paras
	for f := range page {
		if match[f] > 0 {
			if back != nil {
				paras = append(paras, art[j:match[f]]...)
			}
			j = match[f]
			continue
		}
		p := &page[f]
		if back != nil && back[f] {
			paras = append(paras, *p)
			continue
		}
		if covered[f] || !hasLetters(p.text, 2) {
			continue
		}
		r := clean.Removal{Stage: clean.StageExtract, Rule: RulePruned, Detail: p.why}
		if p.why == "" {
			r.Rule, r.Detail = RuleNotArticle, detailNotArticle
		}
		if last == nil || *last != r {
			last = &r
		}
		at := j
		if back != nil {
			at = len(paras)
		}
		out = append(out, clean.Pruned{At: at, Paragraph: clean.Paragraph{
			Text: p.text, Kind: p.kind, LinkRunes: p.linkRunes, Removal: last}})
	}
	if back != nil {
		paras = append(paras, art[j:]...)
	}
	return paras, out, standfirst
}

// Knobs of proseInside.
const (
	// contParas is the fewest paragraphs of a run of prose that
	// proseInside puts back, contRunes the fewest runes of each.
	contParas, contRunes = 3, 80
)

// proseInside marks in back (made when nil) the runs of the page's blocks
// between two of the article's blocks (first and end, see articleSpan)
// that readability left out, when the page splits the article's text into
// two containers (a CMS's body field, then its further paragraphs after an
// inline read-also box, then the author's signature, which readability
// took): at least contParas paragraphs of prose (see contPara), with
// shorter sentences without links, headings without links over a
// paragraph and the short blocks the pre-cleaning removed (an ad slot's
// label, which stays out) between them.
func proseInside(page []rawPara, match []int, covered []bool, first, end int, back []bool) []bool {
	if first < 0 {
		return back
	}
	for f := first + 1; f < end; f++ {
		if match[f] > 0 || covered[f] || !contPara(&page[f]) {
			continue
		}
		n, k := proseRun(page, match, covered, f, end, false)
		if n >= contParas {
			back = putBack(back, page, f, k)
		}
		f = k
	}
	return back
}

// proseRun returns the paragraphs of prose (see contPara) of the run of
// the page's blocks that readability left out from f on, before limit,
// and where it ends (excluded): prose, shorter sentences without links,
// headings without links over a paragraph and the short blocks the
// pre-cleaning removed (an ad slot's label); when captions is true, also
// the captions it removed.
func proseRun(page []rawPara, match []int, covered []bool, f, limit int, captions bool) (n, k int) {
	for k = f; k < limit && match[k] == 0 && !covered[k]; k++ {
		p := &page[k]
		if contPara(p) {
			n++
			continue
		}
		if plainText(p) && endsSentence(p.text) && hasLetters(p.text, 2) {
			continue // a short paragraph between long ones ("A petition was launched on Wednesday.")
		}
		if p.kind == clean.KindHeading && p.why == "" && p.linkRunes == 0 && utf8.RuneCountInString(p.text) <= readmitHeadingMax &&
			k+1 < limit && contPara(&page[k+1]) {
			continue // a subheading over the next paragraph
		}
		if p.why != "" && (len(p.text) <= adSlotBytes || captions && captionWhy(p)) {
			continue // an ad slot the pre-cleaning removed ("Publicité"), or a caption, which stay out
		}
		break
	}
	return n, k
}

// putBack marks the blocks of page[f:k] that the pre-cleaning kept in back,
// made when nil, and returns it.
func putBack(back []bool, page []rawPara, f, k int) []bool {
	if back == nil {
		back = make([]bool, len(page))
	}
	for i := f; i < k; i++ {
		back[i] = page[i].why == ""
	}
	return back
}

// captionWhy reports a block the pre-cleaning removed as a photo's
// caption or credit.
func captionWhy(p *rawPara) bool {
	return p.kind == clean.KindCaption || strings.Contains(p.why, "caption") || strings.Contains(p.why, "credit")
}

// Knobs of proseAfter.
const (
	// contGap is the most blocks between the article's last block and a
	// run of its prose after it (a donation box's heading, text and
	// button).
	contGap = 4
	// gapHeadRunes is the longest heading in that gap: a longer one heads
	// another story (a page that loads the next story under this one).
	gapHeadRunes = 40
)

// proseAfter marks in back (made when nil) the run of the page's blocks
// after the article's last block (end, see articleSpan) that readability
// left out when the page splits the article's text into sibling blocks
// around a box inside it (a site builder's text blocks around a donation
// box): starting at most contGap blocks after end, with no heading of
// more than gapHeadRunes runes before it, at least contParas paragraphs
// of prose as proseInside reads them (see proseRun), photos' captions
// between them. The box stays out, its own paragraph too: its button ends
// the run it opens.
func proseAfter(page []rawPara, match []int, covered []bool, end int, back []bool) []bool {
	if end < 0 {
		return back
	}
	for f := end + 1; f < len(page) && f <= end+1+contGap; f++ {
		p := &page[f] // no block after end is matched or covered (see articleSpan)
		if p.kind == clean.KindHeading && utf8.RuneCountInString(p.text) > gapHeadRunes {
			return back // another story's headline
		}
		if !contPara(p) {
			continue
		}
		n, k := proseRun(page, match, covered, f, len(page), true)
		if n >= contParas {
			return putBack(back, page, f, k)
		}
		f = k - 1 // a box's own paragraph ("The Courier is a nonprofit newsroom. …"), then its button
	}
	return back
}

// adSlotBytes is the longest block the pre-cleaning removed that a run of
// prose passes over (see proseInside): an ad slot's label.
const adSlotBytes = 32

// contPara reports whether block p reads as a paragraph of the article's
// prose (see proseInside): text the pre-cleaning kept, without links,
// of contRunes runes or more, that ends a sentence.
func contPara(p *rawPara) bool {
	return plainText(p) && len(p.text) >= contRunes && utf8.RuneCountInString(p.text) >= contRunes && endsSentence(p.text)
}

// plainText reports a block of text that the pre-cleaning kept, without
// links, that the page shows (a paywall hides the rest of the article
// until the reader subscribes).
func plainText(p *rawPara) bool {
	return p.why == "" && p.linkRunes == 0 && p.kind == clean.KindText && !p.hidden
}

// articleSpan returns the first and the last of the page's blocks that
// are the article's (match and covered as in setAside), or -1, -1.
func articleSpan(match []int, covered []bool) (first, end int) {
	first, end = -1, -1
	for f := range match {
		if match[f] > 0 || covered[f] {
			if first < 0 {
				first = f
			}
			end = f
		}
	}
	return first, end
}

// readmit returns which of the page's blocks go back into the article
// (nil when none do): blocks that readability left out from inside the
// article, between two of its paragraphs (match and covered as in
// setAside; first and end: see articleSpan), that the pre-cleaning kept
// and that read as the article's:
//
//   - a list item without links that is a sentence (readmitList): the
//     "key points" list above the story, a sibling of readability's top
//     candidate that it does not score (it scores paragraphs, not list
//     items);
//   - a heading without links right above a block of the article (or one
//     put back): a subheading whose words all occur in the page title,
//     which readability removes as a copy of the headline, or the
//     heading of such a list;
//   - a paragraph that corrects the article (correctionNote), also after
//     the article's last paragraph: readability drops the article's
//     footer and asides, where corrections are often printed;
//   - a footnote, also after the article's last paragraph: a block that
//     links back to where the article cites it (see backLink), with less
//     than half its text in links. Readability scores a "footnotes"
//     container down as page furniture.
//
// Other blocks outside the article's span (the headline, the page's header
// and footer) stay out: readability's choice of where the article starts
// and ends is kept.
func readmit(page []rawPara, match []int, covered []bool, first, end int) []bool {
	if first < 0 {
		return nil // no article paragraph on the page to put blocks next to
	}
	var back []bool
	for f := len(page) - 1; f > first; f-- {
		p := &page[f]
		if match[f] > 0 || covered[f] || p.why != "" || p.linkRunes > 0 && !p.note {
			continue
		}
		ok := false
		switch {
		case p.note:
			ok = 2*p.linkRunes < utf8.RuneCountInString(p.text)
		case p.kind == clean.KindText || p.kind == clean.KindQuote:
			ok = correctionNote(p.text)
		case f > end:
		case p.kind == clean.KindListItem:
			ok = readmitList(p.text) || keyLabelAbove(page, f) >= 0
		case p.kind == clean.KindHeading:
			ok = utf8.RuneCountInString(p.text) <= readmitHeadingMax && hasLetters(p.text, 2) &&
				(match[f+1] > 0 || covered[f+1] || back != nil && back[f+1])
		}
		if ok {
			if back == nil {
				back = make([]bool, len(page))
			}
			back[f] = true
		}
	}
	return back
}

// keyPointsAbove returns back with the box of key points right above the
// article's first block (first, see articleSpan) put back: a label of
// key points over keyItemsMin to keyItemsMax list items (see
// keyLabelAbove) that the pre-cleaning kept (see keyBox) and readability
// left out. Readability scores paragraphs, not a list above them; the box
// is the article's summary. (readmit puts such a box back inside the
// article.)
func keyPointsAbove(page []rawPara, match []int, covered []bool, first int, back []bool) []bool {
	if first <= 0 {
		return back
	}
	f := keyLabelAbove(page, first-1)
	if f < 0 || first-1-f < keyItemsMin {
		return back
	}
	for k := f; k < first; k++ {
		if match[k] > 0 || covered[k] || page[k].why != "" {
			return back // the article's, or pruned
		}
	}
	if back == nil {
		back = make([]bool, len(page))
	}
	for k := f; k < first; k++ {
		back[k] = true
	}
	return back
}

// keyLabelAbove returns the label of the box of key points that holds
// block f, a list item without links of keyItemWords words or more: the
// block right above the items in a row around f, at most keyItemsMax of
// them in all, when it is a label of key points (see labels.IsKey); -1
// when there is none.
func keyLabelAbove(page []rawPara, f int) int {
	item := func(k int) bool {
		return page[k].kind == clean.KindListItem && page[k].linkRunes == 0 && len(strings.Fields(page[k].text)) >= keyItemWords
	}
	k := f
	for k >= 0 && f-k <= keyItemsMax && item(k) {
		k--
	}
	end := f + 1 // the box's items go on below f
	for end < len(page) && end-k <= keyItemsMax+1 && item(end) {
		end++
	}
	if k == f || k < 0 || end-k-1 > keyItemsMax || !labels.IsKey(page[k].text) {
		return -1
	}
	return k
}

// keyItemsMin and keyItemsMax are the fewest and the most items of a box
// of key points, keyItemWords the fewest words of one (see
// keyPointsAbove).
const keyItemsMin, keyItemsMax, keyItemWords = 2, 6, 4

// standfirstReach is the most blocks between the standfirst and the
// article's first paragraph (the byline, the date, counts of comments and
// shares, a row of share buttons, a photo and its caption); standfirstWords
// the fewest words of a standfirst.
const standfirstReach, standfirstWords = 20, 8

// standfirstAbove returns the standfirst above the article's first block
// (first, see articleSpan), or -1: the nearest block above it, at most
// standfirstReach blocks up, without links, of at least standfirstWords
// words, whose text is one of the page's descriptions in its metadata
// (descs; a list item only word for word, its full stop aside: the first
// bullet of a summary, see summaryItems), or goes on after one (see
// extendsDescription) when the
// pre-cleaning kept it, or one of subs (see subheads), which the
// pre-cleaning may have taken with the page's header. Readability takes the article's body; the standfirst sits with
// the headline, as metadata (see clean.Document.Standfirst): the
// article's body leaves it out.
func standfirstAbove(page []rawPara, first int, descs, subs []string) int {
	if len(descs)+len(subs) == 0 || first < 0 {
		return -1
	}
	for f := first - 1; f >= 0 && f >= first-standfirstReach; f-- {
		p := &page[f]
		if p.linkRunes > 0 || len(strings.Fields(p.text)) < standfirstWords {
			continue
		}
		if p.kind == clean.KindListItem {
			// A summary's bullet that the description gives, its full
			// stop aside (see summaryItems).
			if slices.Contains(descs, p.text) || slices.Contains(descs, p.text+".") {
				return f
			}
			continue
		}
		// A block the pre-cleaning removed (an "excerpt" widget, not the
		// site's banner) is the standfirst when it is a description word
		// for word, or an excerpt that goes on after one; one it kept
		// also when it goes on after one ("… in the city — most over
		// debts …" under "… in the city.") or nearly is one.
		if slices.Contains(subs, p.text) {
			return f
		}
		if p.why != "" && siteChrome(p.why) {
			continue // the site's tagline in its banner, as its description gives it
		}
		if slices.Contains(descs, p.text) || p.why == "" && (extendsDescription(p.text, descs) || nearDescription(p.text, descs) ||
			descriptionGoesOn(p.text, descs)) ||
			excerptWhy(p.why) && extendsDescription(p.text, descs) {
			return f
		}
	}
	return -1
}

// summaryItems returns the bullets of the summary under a headline that
// holds item f (a list item the page's description gives), one paragraph
// each: the list items in a row around f without links, at most
// summaryItemsMax.
func summaryItems(page []rawPara, f int) string {
	item := func(k int) bool { return page[k].kind == clean.KindListItem && page[k].linkRunes == 0 }
	lo, hi := f, f+1
	for lo > 0 && item(lo-1) && hi-lo < summaryItemsMax {
		lo--
	}
	for hi < len(page) && item(hi) && hi-lo < summaryItemsMax {
		hi++
	}
	texts := make([]string, 0, hi-lo)
	for k := lo; k < hi; k++ {
		texts = append(texts, page[k].text)
	}
	return strings.Join(texts, "\n\n")
}

// summaryItemsMax is the most bullets of a summary (see summaryItems).
const summaryItemsMax = 5

// excerptWhy reports whether a pre-cleaning reason names a post's excerpt,
// which a theme prints as the standfirst ("elementor-widget-theme-post-
// excerpt").
func excerptWhy(why string) bool {
	return strings.Contains(why, "excerpt")
}

// siteChrome reports whether a pre-cleaning reason names the site's own
// chrome (its banner, header, navigation, footer, brand), where a
// tagline, not a standfirst, repeats the site's description.
func siteChrome(why string) bool {
	for _, w := range [...]string{"banner", "header", "nav", "masthead", "footer", "brand", "logo", "tagline"} {
		if strings.Contains(why, w) {
			return true
		}
	}
	return false
}

// nearDescription reports whether text says what one of descs says with
// other punctuation and a few words more: the description's words (of
// standfirstWords or more), in their order, are among text's, text has at
// most half as many again, and both end with the same word ("Il sindaco:
// «L’argine ha ceduto in due punti, l’acqua è arrivata fino in piazza».
// Allerta rossa ..." where the description says "Il sindaco: l'argine ha
// ceduto in due punti. Allerta rossa ...").
func nearDescription(text string, descs []string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	var tw []string
	for _, d := range descs {
		dw := words(d)
		if len(dw) < standfirstWords {
			continue
		}
		if tw == nil {
			tw = words(text)
		}
		if 2*len(tw) > 3*len(dw) || len(tw) < len(dw) || tw[len(tw)-1] != dw[len(dw)-1] {
			continue
		}
		k := 0 // the description's words found in order so far
		for _, w := range tw {
			if k < len(dw) && w == dw[k] {
				k++
			}
		}
		if k == len(dw) {
			return true
		}
	}
	return false
}

// extendsDescription reports whether text opens with one of descs,
// without its last full stop, and goes on after a space, a comma or a full
// stop and a space: the standfirst that the description cuts short ("… per
// settimane»" of "… per settimane». Attivato un collegamento …").
func extendsDescription(text string, descs []string) bool {
	for _, d := range descs {
		d = strings.TrimRight(d, ".")
		if len(strings.Fields(d)) < standfirstWords || len(text) <= len(d)+2 || !strings.HasPrefix(text, d) {
			continue
		}
		if c := text[len(d)]; c == ' ' || c == ',' || c == '.' && text[len(d)+1] == ' ' {
			return true
		}
	}
	return false
}

// descriptionGoesOn reports whether text's first sentence, of
// standfirstWords words or more, opens one of descs, which goes on after
// it with a space or a comma, while text goes on with another sentence:
// the description and the standfirst part after a shared opening ("…
// der stillgelegten Strecke. Ab 2028 …" under "… der stillgelegten
// Strecke zwischen A und B.").
func descriptionGoesOn(text string, descs []string) bool {
	k := strings.Index(text, ". ")
	if k < 0 || len(strings.Fields(text[:k])) < standfirstWords {
		return false
	}
	first := text[:k]
	for _, d := range descs {
		if len(d) > len(first)+1 && strings.HasPrefix(d, first) && (d[len(first)] == ' ' || d[len(first)] == ',') {
			return true
		}
	}
	return false
}

// readmitHeadingMax is the length in runes of the longest heading readmit
// puts back.
const readmitHeadingMax = 120

// readmitList reports whether a list item's text is a sentence: 25 runes
// or more, ending with a sentence's end mark (maybe inside a closing quote
// or bracket).
func readmitList(s string) bool {
	if utf8.RuneCountInString(s) < 25 {
		return false
	}
	s = strings.TrimRight(s, "\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?;:…。！？", r)
}

// longestRun returns the longest subsequence of ps whose key strictly
// increases (patience sorting, O(n log n)).
func longestRun[T any](ps []T, key func(T) int) []T {
	if len(ps) == 0 {
		return nil
	}
	tails := []int{}             // tails[k]: index in ps of the smallest tail of a run of k+1
	prev := make([]int, len(ps)) // predecessor in the run
	for i, p := range ps {
		k := sort.Search(len(tails), func(k int) bool { return key(ps[tails[k]]) >= key(p) })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	out := make([]T, len(tails))
	for i, k := tails[len(tails)-1], len(tails)-1; k >= 0; i, k = prev[i], k-1 {
		out[k] = ps[i]
	}
	return out
}

// hasLetters reports whether s has at least n letters.
func hasLetters(s string, n int) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}
