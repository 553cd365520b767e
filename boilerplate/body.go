package boilerplate

import (
	"strings"
	"sync"

	"github.com/cleantext/clean"
)

// BodyPasses returns the passes that find the article body in noisy text.
func BodyPasses() []clean.Stage { return []clean.Stage{BodyFinder{}} }

// BodyFinder finds the article in text scraped one block per line, where the
// article sits among menus, teasers, footers and comments. It is a pass over
// the whole document and leaves documents that are already mostly prose
// alone.
//
// Each paragraph gets cheap features (words, stopword density in the
// document's language, sentence ends) and a class: prose, or not. The body
// is the contiguous run of paragraphs with the highest score (prose counts
// for its words, everything else against), which never crosses a section
// header such as "Comments" or "Related articles". Short paragraphs inside
// the run (subheadings, list items, table cells) stay; everything outside it
// is removed as "outside-body", except a title just above the run.
type BodyFinder struct{}

// Knobs of the body finder. They are few on purpose; each is explained where
// it is used.
const (
	// proseWords is the fewest words a prose paragraph has.
	proseWords = 8
	// proseDensity is the lowest share of stopwords in a prose paragraph;
	// running text in any language is about half function words, lists of
	// names and headlines much less.
	proseDensity = 0.25
	// mostlyProse: a document whose prose paragraphs hold at least this share
	// of its words, and which has few other paragraphs, is left alone.
	mostlyProse = 0.85
	// shortCost is what a non-prose paragraph costs the run, in words.
	shortCost = 3
	// isolatedDiv divides the score of prose between two non-prose lines.
	isolatedDiv = 2
	// tableLines is the fewest cells or items a table or list that extends
	// the run has.
	tableLines = 10
	// wallCost is what crossing a section header costs the run, in words:
	// an inline "Related" box inside a long article is crossed, the
	// section after a short one is not.
	wallCost = 60
	// tableFigures: at least one in tableFigures cells of a table or list
	// that extends the run holds a figure (a number, a count, a price, an
	// item number); a list of headlines holds few.
	tableFigures = 3
	// titleReach is how many paragraphs above the run the title may be.
	titleReach = 6
)

type bodyScratch struct {
	stats  []lineStats
	counts []uint16
	score  []int
	prose  []bool
	total  []int
	buf    []byte
	rec    []uint8
	table  []bool
	shapes []shapeAt
}

var scratchPool = sync.Pool{New: func() any { return new(bodyScratch) }}

// Mark implements clean.Stage.
func (BodyFinder) Mark(d *clean.Document) {
	n := len(d.Paragraphs)
	if n < 3 {
		return
	}
	nl := numLangs()
	sc := scratchPool.Get().(*bodyScratch)
	defer scratchPool.Put(sc)
	sc.stats = resize(sc.stats, n)
	sc.counts = resize(sc.counts, n*nl)
	clear(sc.counts)
	clear(sc.stats)
	sc.total = resize(sc.total, nl)
	total := sc.total
	clear(total)
	for i := range d.Paragraphs {
		c := sc.counts[i*nl : (i+1)*nl]
		sc.buf = scan(d.Paragraphs[i].Text, &sc.stats[i], c, sc.buf)
		for l, k := range c {
			total[l] += int(k)
		}
	}
	lang := 0
	for l := range total {
		if total[l] > total[lang] {
			lang = l
		}
	}
	st := sc.stats
	stops := func(i int) int { return int(sc.counts[i*nl+lang]) }

	// Classify. score[i] is what paragraph i adds to a run.
	sc.score = resize(sc.score, n)
	sc.prose = resize(sc.prose, n)
	score, prose := sc.score, sc.prose
	clear(prose)
	proseW, allW, others := 0, 0, 0
	for i := range d.Paragraphs {
		s := &st[i]
		allW += s.words
		if !d.Paragraphs[i].Kept() {
			score[i] = -shortCost
			continue
		}
		if s.words >= proseWords && float64(stops(i)) >= proseDensity*float64(s.words) && (s.sents > 0 || s.commas > 0) {
			prose[i] = true
			proseW += s.words
			score[i] = s.words
		} else {
			others++
			score[i] = -shortCost
		}
	}
	if allW == 0 || float64(proseW) >= mostlyProse*float64(allW) && others <= 2+n/5 {
		return
	}

	// Records of a comment thread or a teaser list do not count as prose.
	sc.rec = resize(sc.rec, n)
	rec := sc.rec
	sc.shapes = findRecords(d, st, prose, rec, sc.shapes)
	for i, k := range rec {
		if k != recNone && prose[i] {
			prose[i] = false
			score[i] = -shortCost
		}
	}

	// Prose with no prose neighbour is a record (a teaser's summary, a
	// comment) more often than an article paragraph: it counts less.
	for i := range score {
		if prose[i] && (i == 0 || !prose[i-1]) && (i == n-1 || !prose[i+1]) {
			score[i] = max(1, score[i]/isolatedDiv)
		}
	}

	// Tables between prose: a block of at least tableLines non-prose lines,
	// a third of them with figures, costs nothing to cross.
	sc.table = resize(sc.table, n)
	table := sc.table
	markTables(st, prose, rec, table)

	// Highest-scoring run. The k-th non-prose paragraph in a row costs k
	// times shortCost, so a subheading or a short list is cheap to cross and
	// a menu block is not; a section header costs wallCost.
	bestLo, bestHi, bestSum := -1, -1, 0
	lo, sum, gap := 0, 0, 0
	for i := 0; i < n; i++ {
		if isWall(d.Paragraphs[i].Text, &st[i]) {
			sum -= wallCost
			gap++
			continue
		}
		if sum <= 0 {
			lo, sum = i, 0
		}
		if prose[i] {
			gap = 0
			sum += score[i]
		} else if table[i] {
			// free
		} else {
			gap++
			sum -= gap * shortCost
		}
		if sum > bestSum {
			bestLo, bestHi, bestSum = lo, i, sum
		}
	}
	if bestLo < 0 {
		return
	}
	bestHi = extendTable(d, st, rec, bestHi, 1)
	bestLo = extendTable(d, st, rec, bestLo, -1)
	title := -1
	for i := bestLo - 1; i >= 0 && i >= bestLo-titleReach; i-- {
		if isTitle(d.Paragraphs[i].Text, &st[i]) {
			title = i
			break
		}
	}
	// One allocation for all removals: a page is mostly boilerplate, and
	// this is what Remove does one paragraph at a time.
	removed := 0
	for i := range d.Paragraphs {
		if d.Paragraphs[i].Kept() && i != title && (i < bestLo || i > bestHi) {
			removed++
		}
	}
	slab := make([]clean.Removal, 0, removed)
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() || i == title || bestLo <= i && i <= bestHi {
			continue
		}
		r := clean.Removal{Stage: clean.StageBoilerplate, Rule: "outside-body", Detail: "after the article"}
		if i < bestLo {
			r.Detail = "before the article"
		}
		if k := rec[i]; k != recNone {
			r.Rule, r.Detail = recordNames[k], recordDetails[k]
		}
		slab = append(slab, r)
		p.Removal = &slab[len(slab)-1]
	}
}

// extendTable extends the run past its end (dir 1) or its start (dir -1) over a table or list that
// continues the article: lines that are neither prose nor menu-like (cells
// with figures, list items in sentence case). It stops at a section header, a
// record of a comment thread or teaser list, or
// at the third menu-like line in a row, and keeps the extension only when it
// holds at least tableLines such lines.
func extendTable(d *clean.Document, st []lineStats, rec []uint8, hi, dir int) int {
	last, cells, figures, menus := hi, 0, 0, 0
	for j := hi + dir; j >= 0 && j < len(st); j += dir {
		p := &d.Paragraphs[j]
		if isWall(p.Text, &st[j]) || rec[j] != recNone {
			break
		}
		if !p.Kept() || menuLike(&st[j]) {
			if menus++; menus == 3 {
				break
			}
			continue
		}
		menus = 0
		cells++
		if st[j].lead {
			figures++
		}
		last = j
	}
	if cells < tableLines || figures*tableFigures < cells {
		return hi
	}
	return last
}

// menuLike reports a line that reads as a link label: a short run of
// capitalised words without figures (a menu item, a headline of a teaser).
// In scripts without case, any line of three words or fewer.
func menuLike(s *lineStats) bool {
	if s.words == 0 {
		return true
	}
	if s.digits > 0 {
		return false
	}
	if s.upper == 0 {
		return s.words <= 3
	}
	return 10*s.upper >= 7*s.words
}

// isTitle reports a line that can be the article's title: a few words that
// do not end a sentence.
func isTitle(text string, s *lineStats) bool {
	return s.words >= 3 && s.words <= 25 && s.sents == 0 && s.end != ':'
}

// wallWords are section headers after which the article does not go on.
var wallWords = []string{
	"comments", "comment", "leave a reply", "leave a comment", "related", "related articles",
	"related stories", "related posts", "more from", "more stories", "you may also like",
	"you might also like", "recommended", "most popular", "most read", "trending", "read more",
	"read next", "more news", "latest news", "popular", "also read", "see also",
}

var wallSet = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range wallWords {
		m[w] = true
	}
	return m
})

// isWall reports a section header such as "Comments", "Related articles" or
// "More from the author": a short line that is, or starts with, a header
// phrase.
func isWall(text string, s *lineStats) bool {
	if s.words == 0 || s.words > 5 || s.sents > 0 || len(text) > 60 {
		return false
	}
	var buf [64]byte
	t := buf[:0]
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		t = append(t, c)
	}
	for len(t) > 0 && strings.IndexByte(" :>|", t[len(t)-1]) >= 0 {
		t = t[:len(t)-1]
	}
	set := wallSet()
	if set[string(t)] {
		return true
	}
	for i, c := range t {
		if c == ' ' && set[string(t[:i])] {
			return true
		}
	}
	return false
}

// markTables sets table[i] for the lines of blocks of non-prose lines that
// read as a table or a list with figures: at least tableLines lines, and at
// least one in tableFigures of them starting with a figure (a table cell, a
// numbered item; not a menu of "Label (12)" counts).
func markTables(st []lineStats, prose []bool, rec []uint8, table []bool) {
	clear(table)
	for lo := 0; lo < len(st); {
		if prose[lo] {
			lo++
			continue
		}
		hi, lines, figures := lo, 0, 0
		for ; hi < len(st) && !prose[hi]; hi++ {
			if st[hi].words == 0 {
				continue
			}
			lines++
			if st[hi].lead && rec[hi] == recNone {
				figures++
			}
		}
		if lines >= tableLines && figures*tableFigures >= lines {
			for j := lo; j < hi; j++ {
				table[j] = true
			}
		}
		lo = hi
	}
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
