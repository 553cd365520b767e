package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/cleantext/clean"
)

// Names of the context passes' rules.
const (
	RuleGluedFileName = "glued-file-name" // an Edit, not a removal
	RuleEdgeCluster   = "edge-cluster"
	RuleAppPromo      = "app-promo"
)

// ContextPasses returns the passes that use the rules' findings as context:
// strip image-file names glued to a paragraph's first word, widen appeals to
// the prose between their paragraphs, remove pull quotes (see
// MarkPullQuotes) and a press release's frame (see MarkReleaseFrames),
// take a share bar printed one button a line (see MarkShareRuns) and
// short lines that sit inside the leading or trailing boilerplate
// cluster, remove a box's labels and a shopping box between two
// paragraphs (see MarkBoxLabels and MarkPriceBoxes), and remove an
// embedded chart's text by its tool's credit (see MarkCharts), so that
// the body finder reads the article on across the chart.
func ContextPasses() []clean.Stage {
	return []clean.Stage{
		clean.StageFunc(StripGluedFileNames),
		clean.StageFunc(MarkAppealRuns),
		clean.StageFunc(MarkPullQuotes),
		clean.StageFunc(MarkReleaseFrames),
		clean.StageFunc(MarkTipChannels),
		clean.StageFunc(MarkShareRuns),
		clean.StageFunc(MarkEdgeClusters),
		clean.StageFunc(MarkBoxLabels),
		clean.StageFunc(MarkPriceBoxes),
		clean.StageFunc(MarkCues),
		clean.StageFunc(MarkCharts),
		clean.StageFunc(MarkCalculators),
		clean.StageFunc(MarkAISummaries),
	}
}

// contentWords is how many words a paragraph needs, besides ending like a
// sentence, to count as article prose for the context passes.
const contentWords = 8

// isContent reports whether paragraph p is kept article prose.
func isContent(p *clean.Paragraph) bool {
	return p.Kept() && isSentenceLike(p.Text, contentWords)
}

// firstContent returns the first paragraph of ps that is kept article
// prose (see isContent), or -1.
func firstContent(ps []clean.Paragraph) int {
	for i := range ps {
		if isContent(&ps[i]) {
			return i
		}
	}
	return -1
}

// lastContent returns the last paragraph of ps that is kept article prose
// (see isContent), or -1.
func lastContent(ps []clean.Paragraph) int {
	for i := len(ps) - 1; i >= 0; i-- {
		if isContent(&ps[i]) {
			return i
		}
	}
	return -1
}

// ---- glued file names ------------------------------------------------------

// StripGluedFileNames cuts an image-file name or URL slug glued to the first
// word of a paragraph ("head-of-state-visit-photoJane Roe said on
// Thursday ..."), keeping the paragraph. The cut is recorded as a clean.Edit
// and Paragraph.Text and Start move past it.
func StripGluedFileNames(d *clean.Document) {
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() {
			continue
		}
		k := gluedFileName(p.Text)
		if k == 0 {
			continue
		}
		cut := p.Text[:k]
		// Text is folded; the slug has no spaces, so it is found verbatim at
		// the start of the span unless invisible characters were dropped.
		if p.Start+k > p.End || d.Text[p.Start:p.Start+k] != cut {
			continue
		}
		p.Edits = append(p.Edits, clean.Edit{Rule: RuleGluedFileName, Start: p.Start, End: p.Start + k, Cut: cut})
		p.Text = p.Text[k:]
		p.Start += k
	}
}

// imageExts end image file names.
var imageExts = []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp", ".tif", ".tiff", ".svg"}

// gluedFileName returns the length of a file name or slug glued to the
// capitalised first word of s, or 0. The glued part is a run of lower-case
// letters, digits, '-', '_' and '.' of at least 8 bytes that either ends in
// an image extension or is 16 bytes or more with two or more '-' or '_'; it is followed at once
// by a capitalised word, and at least three words follow.
func gluedFileName(s string) int {
	if len(s) < 20 || s[0] >= utf8.RuneSelf {
		return 0
	}
	w := firstWord(s)
	if len(w) < 10 || wordCount(s) < 4 {
		return 0
	}
	seps := 0
	for k := 1; k < len(w); k++ {
		c := w[k-1]
		switch {
		case c == '-' || c == '_':
			seps++
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.':
		case 'A' <= c && c <= 'Z':
			// Capitals are allowed in a file name with an extension only.
		default:
			return 0
		}
		r, _ := utf8.DecodeRuneInString(w[k:])
		if !unicode.IsUpper(r) || k < 8 {
			continue
		}
		prev := w[k-1]
		if !('a' <= prev && prev <= 'z' || '0' <= prev && prev <= '9') {
			continue
		}
		name := w[:k]
		ext := false
		for _, e := range imageExts {
			if hasSuffixFold(name, e) {
				ext = true
				break
			}
		}
		if !ext && (seps < 2 || len(name) < 16 || hasUpperASCII(name)) {
			continue
		}
		if isWord(w[k:]) {
			return k
		}
	}
	return 0
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// isWord reports whether w is a capitalised word: a capital then lower-case
// letters, apostrophes and hyphens, with trailing punctuation allowed.
func isWord(w string) bool {
	w = strings.TrimRight(w, ".,;:!?\"'’”)")
	first := true
	for _, r := range w {
		if first {
			first = false
			if !unicode.IsUpper(r) {
				return false
			}
			continue
		}
		if !unicode.IsLower(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return !first
}

// ---- appeal runs -------------------------------------------------------------

// appealGap is how many paragraphs may sit between two appeal paragraphs of
// one appeal; openerGap how many after an appeal's opener ("Dear
// readers,"), which announces the prose of the appeal under it.
const appealGap, openerGap = 2, 4

// MarkAppealRuns widens appeals found by the appeal rule to whole blocks: from
// an appeal opener ("... we have a small favor to ask.") or an appeal
// paragraph through the next appeal paragraphs, taking the prose between
// them that reads almost like article text ("As you may have heard, X, an
// independent news source, ...").
//
// An opener the rules left (a short heading: "Before you go") at most
// appealGap paragraphs above an appeal paragraph goes with the
// paragraphs between. Under a run of at least two appeal paragraphs,
// the paragraphs that speak like an appeal (see appealTail) go too.
func MarkAppealRuns(d *clean.Document) {
	ps := d.Paragraphs
	run := 0 // paragraphs of the current appeal so far
	for i := 0; i < len(ps); i++ {
		if !removedAsAppeal(&ps[i]) {
			continue
		}
		if run == 0 {
			o := openerAbove(ps, i)
			if o < 0 {
				o = appealHead(ps, i)
			}
			if o >= 0 {
				for j := o; j < i; j++ {
					Remove(d, j, Reason{Rule: RuleAppeal, Detail: "inside an appeal"})
				}
				run = i - o
			}
		}
		run++
		opener := isAppealOpener(ps[i].Text)
		// Find the next appeal paragraph within the gap. After an
		// opener the gap reaches openerGap, through paragraphs that speak
		// like an appeal (one cue at least: "our journalism", "readers",
		// "independent"); an article paragraph without one ends the reach.
		next := -1
		for j := i + 1; j < len(ps) && j <= i+1+openerGap; j++ {
			if !opener && j > i+1+appealGap {
				break
			}
			if removedAsAppeal(&ps[j]) {
				next = j
				break
			}
			if j > i+appealGap && ps[j].Kept() && appealCues(ps[j].Text) == 0 {
				break // past appealGap, only an appeal's prose
			}
		}
		if next < 0 {
			if run >= 2 {
				for j := i + 1; j < appealTail(ps, i); j++ {
					Remove(d, j, Reason{Rule: RuleAppeal, Detail: "inside an appeal"})
				}
			}
			run = 0
			continue
		}
		for j := i + 1; j < next; j++ {
			p := &ps[j]
			if !p.Kept() {
				continue
			}
			// Prose between two appeal paragraphs goes; a short line there
			// goes only after an opener (it is not a title then).
			if opener || wordCount(p.Text) >= contentWords {
				Remove(d, j, Reason{Rule: RuleAppeal, Detail: "inside an appeal"})
			}
		}
		i = next - 1
	}
}

// openerAbove returns the appeal opener above the appeal paragraph i (-1:
// none): a kept line that opens an appeal (see isAppealOpener), with at
// most appealGap kept paragraphs between it and i. The rules take such a
// line of four words or more as an appeal themselves: what they leave is
// a heading ("Before you go").
func openerAbove(ps []clean.Paragraph, i int) int {
	for j, n := i-1, 0; j >= 0 && n <= appealGap; j-- {
		if !ps[j].Kept() {
			return -1
		}
		if isAppealOpener(ps[j].Text) {
			return j
		}
		n++
	}
	return -1
}

// appealHeadLines is the most kept paragraphs above an appeal's first
// paragraph that appealHead takes.
const appealHeadLines = 3

// appealHead returns the start of the appeal whose first paragraph the
// rules found is i: the appealHeadMin to appealHeadLines kept paragraphs
// right above it that each speak like an appeal (see appealCues), one of
// them with a strong cue ("… there is a good reason why 1.2 million readers
// now fund the Ledger.", "… the journalism you have just read is free
// from commercial and political influence …", "If you value it, please
// consider supporting us today."); -1 when there are none. The article's
// last paragraph above an appeal box says none of this.
func appealHead(ps []clean.Paragraph, i int) int {
	j, strong := i, 0
	for j > 0 && j > i-1-appealHeadLines && ps[j-1].Kept() {
		c := appealCues(ps[j-1].Text)
		if c == 0 {
			break
		}
		s, _ := cueCounts(c)
		strong += s
		j--
	}
	if strong == 0 || j > i-appealHeadMin {
		return -1
	}
	return j
}

// appealHeadMin is the fewest paragraphs appealHead takes: a single one
// with a cue is as often the article's ("The family has asked that
// donations be made to the hospice.").
const appealHeadMin = 2

// appealTail returns the end (excluded) of the appeal whose last appeal
// paragraph is i: past the at most appealGap kept paragraphs right under
// it when each speaks like an appeal (a cue at least: "Members get our
// newsletter", "Thank you for reading") and a line the rules removed (the
// buttons), a signature (see signOff) or the document's end follows
// them; i+1 otherwise. An article that goes on after an appeal box goes
// on.
func appealTail(ps []clean.Paragraph, i int) int {
	j := i + 1
	for j < len(ps) && j <= i+appealGap && ps[j].Kept() && appealCues(ps[j].Text) != 0 {
		j++
	}
	if j < len(ps) && ps[j].Kept() && !signOff(ps[j].Text) {
		return i + 1
	}
	return j
}

// signOffWords is the most words of a letter's signature after its dash.
const signOffWords = 6

// signOff reports a line that signs a letter: a dash, then at most
// signOffWords words ("— Jane Doe, executive editor").
func signOff(s string) bool {
	rest, ok := strings.CutPrefix(s, "— ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "– ")
	}
	return ok && wordCount(rest) <= signOffWords
}

// removedAsAppeal reports whether p was removed as an appeal.
func removedAsAppeal(p *clean.Paragraph) bool {
	return p.Removal != nil && p.Removal.Rule == RuleAppeal
}

// ---- edge clusters -------------------------------------------------------------

// edgeWords is the longest line, in words, that MarkEdgeClusters takes.
const edgeWords = 12

// MarkEdgeClusters marks what boilerplate is only by its place before the
// first or after the last paragraph of prose. Before it: two-part
// breadcrumbs ("News / Politics", rule breadcrumb). After it: short lines
// naming an app store or streaming device (rule app-promo). Then short lines
// that are not sentences go as edge-cluster when they sit in the trailing
// cluster (after the last prose, with at least one removed paragraph
// there) or between two removed paragraphs before the first prose; at the
// start the kept line nearest the prose is the title and stays. HTML
// documents are left alone: there the page's structure has already decided
// the edges (DOM pre-cleaning, readability, HTMLPass), and the short lines
// left at the edges are list items and table rows of the article far more
// often than leftovers (F1 0.9788 -> 0.9809 on the HTML dev pages).
func MarkEdgeClusters(d *clean.Document) {
	if d.Format == clean.FormatHTML {
		return
	}
	ps := d.Paragraphs
	// The first and the last paragraph of prose: the paragraphs between
	// them are not looked at.
	first := firstContent(ps)
	if first < 0 {
		return
	}
	last := lastContent(ps)
	for j := 0; j < first; j++ {
		if !ps[j].Kept() {
			continue
		}
		if has := crumbBytes(ps[j].Text); has != 0 && crumbPartsHas(ps[j].Text, has) == 2 {
			Remove(d, j, Reason{Rule: RuleBreadcrumb})
		}
	}
	for j := last + 1; j < len(ps); j++ {
		if ps[j].Kept() && isAppPromo(ps[j].Text) {
			Remove(d, j, Reason{Rule: RuleAppPromo})
		}
	}
	// Trailing cluster.
	evidence := false
	for j := last + 1; j < len(ps); j++ {
		if !ps[j].Kept() {
			evidence = true
			break
		}
	}
	if evidence {
		for j := last + 1; j < len(ps); j++ {
			if !ps[j].Kept() {
				continue // no record, table or edge line starts at a removed line
			}
			if k := recordAfter(ps, j); k > j+1 {
				j = k - 1 // a heading and its record: see recordAfter
				continue
			}
			if k := closingTable(d, j, len(ps)); k > j {
				j = k - 1 // a table, and the heading over it: see closingTable
				continue
			}
			if isEdgeLine(ps[j].Text) {
				Remove(d, j, Reason{Rule: RuleEdgeCluster, Detail: "in the trailing boilerplate"})
			}
		}
	}
	// Leading cluster: the kept line nearest the prose is the title.
	title := -1
	for j := first - 1; j >= 0; j-- {
		if ps[j].Kept() {
			title = j
			break
		}
	}
	for j := 0; j < title; j++ {
		// Between two removed lines (or under the start) first: most
		// kept lines are not, and need not be read.
		if ps[j].Kept() && (j == 0 || !ps[j-1].Kept()) && !ps[j+1].Kept() && isEdgeLine(ps[j].Text) {
			Remove(d, j, Reason{Rule: RuleEdgeCluster, Detail: "in the leading boilerplate"})
		}
	}
}

// recordAfter returns the end (excluded) of a heading at j and the record
// under it that may close the article, or j+1 when there is none: the
// next line is a roster (see rosterLine), or the next two are fields (see
// field) whose values end with a full stop or are short figures
// ("Line-ups", then "Town: Morris; Ellis, Varga."; "New prices", then
// "Petrol: 283.45 rupees"); the record goes on over the kept lines of
// either shape, and under a roster over any field ("Coach: Jo Hale"). The
// fields right under a roster are such a record with no heading. They
// are left to the body finder, which takes them with the article (see
// endRoster and endFields) or removes them. A list of teasers under a
// kicker ("A6: How Apple's chip ... ~3 days ago") has neither shape.
func recordAfter(ps []clean.Paragraph, j int) int {
	if !ps[j].Kept() {
		return j + 1
	}
	// The fields of a sheet under a roster above j ("Coach: Jo Hale",
	// "Referee: Ann Lee") are its record too. (The roster is looked
	// for only above a line with a colon: prevKept walks back over the
	// removed lines.)
	if strings.IndexByte(ps[j].Text, ':') > 0 {
		if r := prevKept(ps, j); r >= 0 && rosterLine(ps[r].Text) {
			k := j
			for roster := true; recordEntry(ps, k, &roster); {
				k++
			}
			if k > j {
				return k
			}
		}
	}
	roster := false
	if !recordEntry(ps, j+1, &roster) || !recordEntry(ps, j+2, &roster) && !rosterLine(ps[j+1].Text) {
		return j + 1
	}
	k := j + 1
	for recordEntry(ps, k, &roster) {
		k++
	}
	return k
}

// recordEntry reports whether paragraph k is an entry of the record
// recordAfter reads: a roster, which sets *roster, or a field whose value
// ends with a full stop, is a short figure or glosses its label (see
// gloss: a glossary under its heading), or any field under a roster, but
// a field of the site's (see siteField).
func recordEntry(ps []clean.Paragraph, k int, roster *bool) bool {
	if k >= len(ps) || !ps[k].Kept() {
		return false
	}
	if rosterLine(ps[k].Text) {
		*roster = true
		return true
	}
	l, v, ok := field(ps[k].Text)
	return ok && (*roster || strings.HasSuffix(v, ".") || shortFigure(v) || gloss(v)) && !siteField(l)
}

// gloss reports whether value, a field's, glosses its label, as in a
// glossary: it opens with a small letter and is words alone, no digit,
// "@" or "/", and no full stop but maybe at its end ("Awa: river",
// "Hapū: sub-tribe, kinship group"). The site's fields name things with
// capitals, figures and addresses ("Phone: 0123", "Web: example.com",
// "Twitter: @paper").
func gloss(value string) bool {
	return lowerStart(value) && !strings.ContainsAny(strings.TrimSuffix(value, "."), "0123456789@/.")
}

// crumbBytes returns the flags (hasSlash, hasGt, hasHigh) of the bytes of
// breadcrumb separators that s has: crumbPartsHas searches only for the
// separators they allow, and none when there are none.
func crumbBytes(s string) (has uint16) {
	if strings.IndexByte(s, '/') >= 0 {
		has |= hasSlash
	}
	if strings.IndexByte(s, '>') >= 0 {
		has |= hasGt
	}
	if !asciiOnly(s) {
		has |= hasHigh
	}
	return has
}

// asciiOnly reports whether s has no byte beyond ASCII, reading it eight
// bytes at a time.
func asciiOnly(s string) bool {
	var acc uint64
	i := 0
	for ; i+8 <= len(s); i += 8 {
		acc |= load64(s, i)
	}
	for ; i < len(s); i++ {
		acc |= uint64(s[i])
	}
	return acc&highs == 0
}

// isEdgeLine reports whether s is a short line that is not a sentence and
// does not introduce what follows ("... by the campaign:").
func isEdgeLine(s string) bool {
	return wordCount(s) <= edgeWords && !endsPunct(s)
}

// platformNames are app stores and streaming devices named by app and
// channel promos, in lower case.
var platformNames = subs("roku", "apple tv", "android tv", "fire tv", "google play", "app store",
	"appstore", "smart tv", "chromecast", "ios", "android", "iphone", "ipad", "tvos")

// isAppPromo reports whether s is a short line naming an app store or a
// streaming device, or asking to get an app ("X News Roku", "Get our app on
// Google Play").
func isAppPromo(s string) bool {
	if len(s) > 120 || wordCount(s) > 12 || endsSentence(s) {
		return false
	}
	// The signature rules out most lines before a lower-case copy is made.
	sig := signature(s)
	if sig&appPromoAnchorBits == 0 {
		return false
	}
	var buf [120]byte
	lowerScan(buf[:], s)
	low := unsafe.String(&buf[0], len(s)) // buf lives as long as low
	if !anyIn(appPromoAnchors, low, sig) {
		return false
	}
	return anyIn(appPromoPhrases, low, sig) || namesPlatform(low, sig)
}

// namesPlatform reports whether low (lower case, of signature sig) names
// one of platformNames as a whole word.
func namesPlatform(low string, sig uint64) bool {
	for _, p := range platformNames {
		// containsWordFold finds p in lower-case low only where it occurs.
		if p.in(low, sig) && containsWordFold(low, p.s) {
			return true
		}
	}
	return false
}

var (
	appPromoAnchors = subs("app", "tv", "roku", "ios", "android", "ip", "play", "chromecast")
	// appPromoAnchorBits has the signature bits of appPromoAnchors.
	appPromoAnchorBits = func() (b uint64) {
		for _, x := range appPromoAnchors {
			b |= x.bit
		}
		return b
	}()
	appPromoPhrases = subs("download our app", "download the app", "get the app", "get our app", "our mobile app", "our app")
)

// tipChannelWords is the most words of a tip box's line that names a
// messaging channel (see MarkTipChannels).
const tipChannelWords = 8

// tipChannels are the messaging services a tip box offers, in lower case.
var tipChannels = [...]string{"signal", "whatsapp", "telegram", "securedrop", "threema"}

// MarkTipChannels removes, right under a line the rules removed as a tip
// box's (contact lines with the tip box's detail: "Call or text
// 555-0148"), a short kept line that names a messaging channel ("Use
// Signal for secure messaging"): the box goes on with it.
func MarkTipChannels(d *clean.Document) {
	ps := d.Paragraphs
	tip := details[detailTip]
	for i := 1; i < len(ps); i++ {
		r := ps[i-1].Removal
		if r == nil || r.Detail != tip || !ps[i].Kept() || wordCount(ps[i].Text) > tipChannelWords {
			continue
		}
		var buf [128]byte
		if containsAny(string(foldPrefix(buf[:0], ps[i].Text, len(buf))), tipChannels[:]) {
			ps[i].Removal = r
		}
	}
}
