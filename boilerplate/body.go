package boilerplate

import (
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/internal/labels"
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
// for its words, a table or list next to prose for its lines, everything
// else against); crossing a section header such as "Comments" or "Related
// articles" costs it dearly. Short paragraphs inside the run (subheadings,
// list items, table cells) stay; everything outside it is removed as
// "outside-body", except a title just above the run (a byline or a
// dateline there is passed over: the headline above it is the title) and
// a labelled box of key points between the title and the run (see
// keyPoints); a run that starts at the standfirst starts under its
// byline block, the standfirst kept with its headline (see
// pastBylines). A
// short table, list, FAQ or run of subheadings between prose paragraphs
// costs the run like one subheading, so a clean article keeps its prose on
// both sides of it, and a quote's attribution ("– Jane D." between a
// quoted review and the next, see attribution) costs nothing, and so do
// lines the rules removed as inline furniture between two prose
// paragraphs (a link label, an affiliate disclosure, a photo credit; see
// markQuiet), which leave the paragraphs on both sides neighbours, and
// so does the article's own structure between its paragraphs: the
// commands a sentence introduces, a record of fields ("When: 7:30 p.m."),
// the rows of a table, settings, the results of a round-up of matches,
// an embedded video player (removed; see markStructure). A box of
// links that cuts the article ("Related" and headlines, a table of
// contents) is bridged when more article text than the page's other prose
// lies behind it, the box itself removed (see runScorer.bridge), and a
// short sentence right next to the run is its first or last paragraph
// (see edgeLine), as is a last paragraph cut short by a paywall (see
// cutLine); a match's closing record (its result and fields with
// figures) is taken after the run (see runScorer.endResult).
//
// A document that shows no sign of boilerplate is left alone too (see
// readsAsArticle): nothing removed before the finder, no section header, no
// record list, no block of menu-like lines. Cleaning clean text again then
// changes nothing, even where the run would cut an unpunctuated lead, a
// short closing quote or a Q&A at the article's edges.
type BodyFinder struct{}

// Knobs of the body finder. They are few on purpose; each is explained where
// it is used.
const (
	// proseWords is the fewest words a prose paragraph has.
	proseWords = 8
	// unseenProseWords is the fewest words of a prose paragraph that ends
	// with a full stop in a language the stopword list says nothing about
	// (see unseenLanguage): there prose is known by its shape alone, and
	// news in Buryat or Greenlandic (a sentence of six long words) comes
	// in sentences of five to seven words as often as in longer ones.
	unseenProseWords = 5
	// proseDensity is the lowest share of stopwords in a prose paragraph;
	// running text in any language is about half function words, lists of
	// names and headlines much less.
	proseDensity = 0.25
	// denseLines is the fewest long sentences on which the share of
	// stopwords of the document's running text is measured.
	denseLines = 3
	// sparseDensity is the share of stopwords asked of prose below which
	// a paragraph's count is compared with the share rounded down (see
	// isProse).
	sparseDensity = proseDensity / 4
	// sparseLines is the fewest sentences on which unseenLanguage measures
	// the share of stopwords.
	sparseLines = 5
	// longProse: a prose paragraph ends a sentence (a headline, a teaser or
	// a link label does not), unless it has at least longProse words (a
	// scraped paragraph may lose its final stop to a link or a footnote).
	longProse = 25
	// mostlyProse: a document whose prose paragraphs hold at least this share
	// of its words, and which has few other paragraphs, is left alone.
	mostlyProse = 0.85
	// shortCost is what a non-prose paragraph costs the run, in words.
	shortCost = 3
	// isolatedDiv divides the score of prose between two non-prose lines.
	isolatedDiv = 2
	// tableLines is the fewest cells or items of a table or list that
	// counts for the run.
	tableLines = 10
	// wallCost is what crossing a section header costs the run, in words:
	// an inline "Related" box inside a long article is crossed, the
	// section after a short one is not.
	wallCost = 60
	// tableFigures: at least one in tableFigures cells of a table or list
	// that counts for the run holds a figure (a cell that starts with a
	// number, an item number, a quantity such as "2 cups" or "30 minutes");
	// a list of headlines or a menu holds few.
	tableFigures = 3
	// figureRows is the fewest lines of a short table between two prose
	// paragraphs that is an inset of the article when half of its lines
	// hold a figure and every kept one but its heading does (a prize
	// table's "Match 4: $100, 1,206 winners"; see figureTable), though no
	// second prose paragraph stands on either side.
	figureRows = 4
	// rowWords is the fewest words of a row of a table that ends with its
	// figure ("C Price b Khan 47"; a date, "Nov 18", is shorter).
	rowWords = 4
	// cellWords is the most words of a table cell with a figure ("1",
	// "2 cups", "40 per cent").
	cellWords = 3
	// captionSubWords is the fewest words of a caption that is no prose
	// over a credit with a subheading under it.
	captionSubWords = 5
	// captionWords is the most words of a caption (the line right above a
	// photo credit inside the article).
	captionWords = 30
	// longCaptionWords is the most words of a caption that says it
	// shows the picture (see captionCue).
	longCaptionWords = 50
	// creditWords is the most words of a copyright line that is a
	// picture's credit ("© Agency/Name Surname"; see isCredit).
	creditWords = 6
	// titleReach is how many lines above the run the title may be (see
	// findTitle).
	titleReach = 6
	// metaWords is the most words of a line that gives the reading time
	// or the age of the article (see metaLine).
	metaWords = 8
	// bylineReach is how many lines above a byline or a dateline the
	// title may be, lines the rules removed aside.
	bylineReach = 3
	// removedReach is how many lines the rules removed right above the
	// byline block the title search passes over for free when it finds no
	// title otherwise (see findTitle): an audio player's three ("Listen to
	// this article", "4 min", "Powered by AI voice").
	removedReach = 3
	// dialogueLines is how many of the body run's last lines are looked at
	// for a speaker's turn (see runScorer.endDialogue).
	dialogueLines = 3
	// introWords is the fewest words of a line that introduces a list of
	// the article's (see bodyScratch.introLine).
	introWords = 4
	// looseWords is the fewest words of a headline without a stopword
	// (see bodyScratch.looseTitle).
	looseWords = 4
	// headWords is the most words of a headline written as sentences
	// over its standfirst (see BodyFinder.Mark).
	headWords = 20
	// dekWords is the fewest words of a standfirst.
	dekWords = 8
	// dekSlack is how many more words than its standfirst a headline may
	// have (a headline is seldom much longer; a broadcaster's long
	// headline over its short standfirst is 5 words longer).
	dekSlack = 6
	// dekMax is the most words a standfirst has (see cleanedHead).
	dekMax = 60
	// beyondReach is how many lines above the furniture under the byline
	// block (key points, a summary box, a score box, a video) the title
	// search looks for the byline block when it found no headline above
	// a byline next to the article (see bodyScratch.bylineBeyond).
	beyondReach = 24
	// keyMin and keyMax are the fewest and the most lines of a box of
	// key points (see bodyScratch.keyPoints), keyWords the most words of
	// one.
	keyMin, keyMax, keyWords = 2, 8, 40
	// keyLabelWords and keyLabelBytes are the most words and bytes of
	// the label of a box of key points ("Das Wichtigste in Kürze").
	keyLabelWords, keyLabelBytes = 6, 40
	// beyondProse is the prose paragraph that stops that search (a
	// summary box has fewer).
	beyondProse = 4
	// menuLines is the most kept lines of at most buttonWords words in a
	// row that the search for the byline block above the article's
	// furniture passes over (a video's controls); more are a menu.
	menuLines = 8
	// buttonWords is the most words of a button between the byline block
	// and the article ("Gift this article", "Copy article link"), passed
	// over by the title search.
	buttonWords = 4
	// tapWords is the most words of a share button or a label ("Facebook",
	// "Copy link", "Print") that costs the title search no reach (see
	// findTitle).
	tapWords = 2
	// leadLines is the most lines thin in stopwords the run takes in
	// above it as the article's lead (see leadSentence): a lead is a
	// sentence or two, a block of teasers above the article is longer.
	leadLines = 3
	// datelineWords is the most words of a dateline without a time of day
	// ("November 12, 2018 | By: Jane Doe", "Publicado el 21 de noviembre de
	// 2026").
	datelineWords = 12
	// attribWords is the most words of an attribution line ("– Jane D.",
	// "— Jane Doe (@jdoe) November 18, 2019").
	attribWords = 10
	// bridgeLines is the most lines of a block between two parts of the
	// article that the body run bridges (see runScorer.bridge): a
	// "Related" header and a few headlines, a table of contents.
	bridgeLines = 6
	// contentsLines is the most lines of a table of contents the body run
	// bridges (see runScorer.contents), its label and the first subheading
	// after it included.
	contentsLines = 12
	// headlineWords is the fewest words of a headline in a box of links
	// inside the article (a menu item or a share button has fewer).
	headlineWords = 3
	// subheadWords is the most words of a subheading between a box the
	// rules removed and the prose under it (see markQuiet).
	subheadWords = 10
	// bridgeProse is the fewest prose paragraphs on the far side of a box
	// of links that the body run bridges to (a footer notice has fewer).
	bridgeProse = 3
	// menuBlock is the fewest lines in a row, neither prose nor read as
	// part of an article (see articleLine), that make a menu-like block: a
	// clean article has a subheading or two between paragraphs, a page
	// has menus, rows of share buttons and lists of teasers.
	menuBlock = 3
	// teaserBlock is the fewest lines in a row of such a block when none
	// of them is shorter than looseWords words: a headline over two
	// standfirsts, or four items of a list cleaned of their bullets, are
	// fewer; a list of teasers is longer.
	teaserBlock = 5
)

type bodyScratch struct {
	// below holds the first line under each widget that says the
	// article goes on below it (see markQuiet, continuesAt).
	below  []int32
	stats  []lineStats
	keys   []uint64
	sets   []uint16
	ends   []int32
	inLang *[1 << maskBits]uint8 // stopInLang of the document's language
	// density is the share of stopwords a prose paragraph needs (see
	// lowDensity).
	density float64
	// retorts: isTitle takes a headline that closes with a short retort
	// (see shortRetort), set only while findHead looks for one.
	retorts bool
	// fused: the document's language is one of fusedLangs.
	fused bool
	// ordinalDots: the document's language writes a full stop after an
	// ordinal and a year (see ordinalDotLangs).
	ordinalDots bool
	// unseen: the stopword list says nothing about the document's
	// language (see unseenLanguage); a sentence of unseenProseWords words
	// is prose's shape.
	unseen bool
	// shortMeasure: density was measured on sentences shorter than
	// longProse words, which lowered it already (see leadSentence).
	shortMeasure bool
	score        []int
	prose        []bool
	rec          []uint8
	table        []bool
	wall         []bool
	inset        []bool
	quiet        []bool
	free         []bool
	shapes       []shapeAt
	stamp        []bool // the time stamps of a live blog's entries (see liveChain)
	// eventsFrom..eventsTo-1 are the live blog's list of key events
	// (see liveEntries), no video player.
	eventsFrom, eventsTo int
}

var scratchPool = sync.Pool{New: func() any { return new(bodyScratch) }}

// Mark implements clean.Stage.
// edgeOthers is the most kept lines other than prose above the first
// prose paragraph (a kicker and a headline) or below the last one of a
// document left alone as mostly prose (see crowdedEdge).
const edgeOthers = 2

// crowdedEdge reports whether more than edgeOthers kept lines that are not
// prose stand above the first prose paragraph of d, or below the last: a
// masthead, a menu and a byline over a short article, which is mostly
// prose all the same. A clean article has its headline there, and a
// kicker or a closing line at most.
func crowdedEdge(d *clean.Document, prose []bool) bool {
	n := 0
	for i := range prose {
		if prose[i] {
			break
		}
		if d.Paragraphs[i].Kept() {
			if n++; n > edgeOthers {
				return true
			}
		}
	}
	n = 0
	for i := len(prose) - 1; i >= 0 && !prose[i]; i-- {
		if d.Paragraphs[i].Kept() {
			if n++; n > edgeOthers {
				return true
			}
		}
	}
	return false
}

func (BodyFinder) Mark(d *clean.Document) {
	n := len(d.Paragraphs)
	if n < 3 {
		return
	}
	sc := scratchPool.Get().(*bodyScratch)
	defer scratchPool.Put(sc)
	sc.features(d)
	st := sc.stats

	// Classify. score[i] is what paragraph i adds to a run.
	sc.score = resize(sc.score, n)
	sc.prose = resize(sc.prose, n)
	score, prose := sc.score, sc.prose
	clear(prose)
	// The mostly-prose gate looks only at what is still kept, so that
	// cleaning clean output again leaves it alone.
	proseW, allW, others, kept := 0, 0, 0, 0
	// The long sentences measure the share of stopwords of the document's
	// running text (see lowDensity).
	longW, longStops, longLines := 0, 0, 0
	// The shorter sentences stand in where there are too few long ones
	// (see unseenLanguage).
	shortW, shortStops, shortLines := 0, 0, 0
	sc.density, sc.unseen, sc.shortMeasure = proseDensity, false, false
	for i := range d.Paragraphs {
		s := &st[i]
		if !d.Paragraphs[i].Kept() {
			score[i] = -shortCost
			continue
		}
		allW += int(s.words)
		kept++
		if sc.proseShape(i) {
			c := sc.stops(i)
			if s.words >= longProse && stopRune(s.end) {
				longW += int(s.words)
				longStops += c
				longLines++
			} else if stopRune(s.end) {
				shortW += int(s.words)
				shortStops += c
				shortLines++
			}
			if float64(c) >= sc.density*float64(s.words) && !sc.datedLine(d, i) && !tickerLine(d.Paragraphs[i].Text, &st[i]) {
				prose[i] = true
				proseW += int(s.words)
				score[i] = int(s.words)
				continue
			}
		}
		others++
		score[i] = -shortCost
	}
	low, ok := sc.lowDensity(longW, longStops, longLines)
	if !ok && longLines < denseLines {
		if unseenLanguage(longW+shortW, longStops+shortStops, longLines+shortLines) {
			low, ok = 0, true // prose is known by its shape alone
			sc.unseen = true
		} else if longLines+shortLines >= sparseLines {
			// Too few long sentences: the shorter ones measure the
			// share (news in Finnish, in sentences of 10 to 20 long
			// words).
			low, ok = sc.lowDensity(longW+shortW, longStops+shortStops, longLines+shortLines)
			sc.shortMeasure = ok
		}
	}
	if ok {
		sc.density = low
		for i := range d.Paragraphs {
			if !prose[i] && d.Paragraphs[i].Kept() && sc.isProse(i) && !sc.datedLine(d, i) && !tickerLine(d.Paragraphs[i].Text, &st[i]) {
				prose[i] = true
				proseW += int(st[i].words)
				score[i] = int(st[i].words)
				others--
			}
		}
	}
	if allW == 0 || float64(proseW) >= mostlyProse*float64(allW) && others <= 2+kept/5 && !crowdedEdge(d, prose) {
		return
	}

	// Records of a comment thread or a teaser list do not count as prose.
	sc.rec = resize(sc.rec, n)
	rec := sc.rec
	sc.stamp = resize(sc.stamp, n)
	sc.shapes = findRecords(d, st, prose, rec, sc.stamp, sc.shapes)
	for i, k := range rec {
		if k != recNone && prose[i] {
			prose[i] = false
			score[i] = -shortCost
		}
	}

	// Lines the rules removed between two prose paragraphs (an affiliate
	// disclosure, an "Also read" link inside the article) cost the run
	// nothing, and the prose on both sides are neighbours.
	sc.table = resize(sc.table, n)
	sc.wall = resize(sc.wall, n)
	sc.inset = resize(sc.inset, n)
	table, wall, inset := sc.table, sc.wall, sc.inset
	for i := range wall {
		wall[i] = isWall(d.Paragraphs[i].Text, &st[i])
	}
	inlineWalls(d, st, prose, wall)
	sc.quiet = resize(sc.quiet, n)
	quiet := sc.quiet
	sc.below = markQuiet(d, st, prose, wall, quiet, sc.below[:0])
	embeddedWidgets(d, st, prose, wall, quiet)
	// A gallery's photo numbers cost nothing either, and the captions
	// between them are the article (see galleryCaptions).
	gallery := markCounters(d, st, quiet)
	if gallery {
		galleryCaptions(d, st, quiet, prose, rec, score)
		galleryQuiet(d, quiet)
	}

	if readsAsArticle(d, st, prose, rec, wall) {
		return
	}
	// The article's structure between its paragraphs (commands, fields,
	// table rows) costs the run nothing (see markStructure).
	sc.free = resize(sc.free, n)
	free := sc.free
	markStructure(d, st, sc, prose, wall, rec, free)

	// Prose with no prose neighbour is a record (a teaser's summary, a
	// comment) more often than an article paragraph: it counts less.
	// Lines the rules removed inside the article and the article's
	// structure stand between neighbours; a short sentence is a
	// neighbour too (see readsNext). The scorer shares the slices that
	// markTables fills below.
	r := runScorer{d: d, sc: sc, st: st, score: score, prose: prose, table: table, inset: inset, wall: wall, rec: rec, quiet: quiet, free: free}
	for i := range score {
		if prose[i] && !r.readsNext(i, -1) && !r.readsNext(i, 1) {
			score[i] = max(1, score[i]/isolatedDiv)
		}
	}

	// Tables and lists next to prose: a block of at least tableLines
	// non-prose lines, a third of them with figures, is part of the article
	// when the run reaches it: each of its lines counts one word.
	markTables(d, sc, prose, rec, wall, table, inset)

	// Highest-scoring run. The k-th non-prose paragraph in a row costs k
	// times shortCost, so a subheading or a short list is cheap to cross and
	// a menu block is not; a section header costs wallCost. An inset (a
	// short table, list or FAQ inside the article, see markTables) costs
	// shortCost once, like a single subheading.
	bestLo, bestHi, bestSum := -1, -1, 0
	lo, sum, gap := 0, 0, 0
	for i := 0; i < n; i++ {
		if wall[i] {
			sum -= wallCost
			gap++
			continue
		}
		if sum <= 0 {
			lo, sum = i, 0
		}
		sum += r.step(i, 1, &gap)
		if sum > bestSum {
			bestLo, bestHi, bestSum = lo, i, sum
		}
	}
	if bestLo < 0 {
		postDates(d, sc, rec)
		return
	}
	bestLo, bestHi = r.bridge(bestLo, bestHi)
	bestHi = r.endList(bestHi)
	bestHi = r.endDialogue(bestHi)
	bestHi = r.endFields(bestHi)
	bestHi = r.endObituary(bestHi)
	bestHi = r.endResult(bestHi)
	bestHi = r.endLabelledList(bestHi)
	bestHi = r.endMinutes(bestHi)
	bestHi = r.endRoster(bestHi)
	// A table the run reaches is the article's to its end: its last lines
	// may be fields, which cost nothing, so the run stopped before them
	// ("Shots: 31–27.", "Attendance: 5,840.").
	for bestHi+1 < n && table[bestHi] && table[bestHi+1] && d.Paragraphs[bestHi+1].Kept() {
		bestHi++
	}
	if i := bestLo - 1; i >= 0 && (sc.edgeLine(d, rec, wall, i) && !sc.isTitle(i, d.Paragraphs[i].Text) ||
		d.Paragraphs[i].Kept() && salutation(d.Paragraphs[i].Text)) {
		bestLo = i
	}
	for k := 0; k < leadLines && bestLo > 0 && sc.leadSentence(d, rec, wall, bestLo-1); k++ {
		bestLo--
	}
	if i := bestHi + 1; i < n && (sc.edgeLine(d, rec, wall, i) || sc.cutLine(d, rec, wall, i) || sc.leadSentence(d, rec, wall, i) ||
		sc.closingSentence(d, rec, wall, i)) {
		bestHi = i
	}
	bestLo, bestHi = sc.liveEntries(d, bestLo, bestHi)
	// A transcript's first speaker alone over the first turn ("DANA
	// WHITFIELD, HOST:") opens it.
	if i := bestLo - 1; i >= 0 && d.Paragraphs[i].Kept() && speakerLabel(d.Paragraphs[i].Text) {
		bestLo = i
	}
	// A run that starts at the first of the key points (they are prose)
	// starts at their label ("Key findings").
	// So does a run that starts at a review's verdict, at its label ("Our
	// verdict"), when the deals widget under the verdict's box was
	// removed whole and the run took the verdict in.
	if i := prevKept(d.Paragraphs, bestLo); i >= 0 && i == bestLo-1 && st[i].words <= keyLabelWords &&
		(keyLabel(d.Paragraphs[i].Text) || labelIn(verdictHeads, d.Paragraphs[i].Text)) {
		bestLo = i
	}
	title, dek := sc.findTitle(d, bestLo)
	// A run that starts at the standfirst starts under its byline block,
	// when the title search then takes that standfirst under its headline
	// (see pastBylines): a line that can be a title, or one without a
	// stopword right above it (see looseHead).
	if lo := sc.pastBylines(d, bestLo, bestHi); lo > bestLo {
		if t, k := sc.findTitle(d, lo); k == bestLo && t >= 0 && (sc.isTitle(t, d.Paragraphs[t].Text) || t == k-1 && sc.looseHead(d, t)) {
			bestLo, title, dek = lo, t, k
		}
	} else if h := bestLo; h+1 < bestHi && prose[h] && prose[h+1] && st[h].words <= headWords && st[h].sents <= 2 {
		// A run that starts at a headline written as sentences ("Our
		// library isn't a luxury. Stop treating it like one.") over its
		// standfirst starts under the byline block too: both stay.
		if lo := sc.pastBylines(d, h+1, bestHi); lo > h+1 {
			bestLo, title, dek = lo, h, h+1
		}
	} else if lo, t, k := sc.headInRun(d, bestLo, bestHi); lo > bestLo {
		bestLo, title, dek = lo, t, k
	}
	// A box of key points right above the run is the article's when the
	// title is above it. When the title search took one of its lines (a
	// key point with a time of day reads as a byline) or found none, the
	// search starts again above the box.
	keyFrom, keyTo := sc.keyPoints(d, bestLo)
	if keyFrom < 0 {
		keyFrom, keyTo = sc.verdictBox(d, bestLo)
		// The body may open with a subheading under a review's box
		// ("Design and comfort"), which the title search may have
		// taken: the run starts there, and the title is looked for
		// above the box.
		if h := prevKept(d.Paragraphs, bestLo); keyFrom < 0 && h >= 0 && !prose[h] && st[h].words <= headWords &&
			!dealLine(d.Paragraphs[h].Text) {
			if keyFrom, keyTo = sc.verdictBox(d, h); keyFrom >= 0 {
				bestLo, title, dek = h, -1, -1
			}
		}
	}
	if keyFrom >= 0 && (title < 0 || title >= keyFrom) {
		if t, k := sc.findTitle(d, keyFrom); t >= 0 {
			title, dek = t, k
		} else if !sc.opensDocument(d, keyFrom) {
			// A box that opens the document is a text cleaned before,
			// its headline kept as metadata: the box stays.
			keyFrom, keyTo = -1, -1
		}
	}
	if title >= 0 && dek < 0 && keyFrom < 0 {
		dek = sc.dekUnder(d, title, bestLo)
	}
	dek2 := -1 // a standfirst's second line
	if title > 0 && dek == title+1 && sc.headOverDeks(d, title) {
		title, dek, dek2 = title-1, title, dek
	}
	// Captions: inside the run, a short line right above a photo credit
	// the rules removed, with the article going on after the credit (its
	// furniture aside, see goesOnAt, but for a gallery's, whose captions
	// are the article). A credit that holds its own caption (see
	// captionedCredit) has none above it: the line there is taken only
	// when it is no prose (a rating, a spoiler warning), never a sentence
	// of the article. Nor is a line that reports speech: a caption shows,
	// an article's paragraph quotes ("X defended the decision, saying
	// ..."). A caption may run to longCaptionWords words when it says
	// what the picture shows (see captionCue), as a science page's does.
	// A line of captionSubWords words or more that is no prose is
	// a caption too when a subheading follows the credit; prose there is
	// as often the section's last paragraph over a photo that has no
	// caption, and a shorter line a letter's signature ("Colin Askew,
	// Upper Brockley"). A list's labelled row next to another (see
	// labelledRow) is no caption: the credit under a list's last row
	// ("Kadrania: Level 4 – Do not travel (raised from Level 3)") is a
	// photo's below it.
	for i := bestLo; i+2 <= bestHi; i++ {
		sub := !prose[i] && st[i].words >= captionSubWords // a subheading may follow the credit
		if c := &d.Paragraphs[i+1]; isCredit(c) && d.Paragraphs[i].Kept() &&
			(st[i].words <= captionWords || st[i].words <= longCaptionWords && captionCue(d.Paragraphs[i].Text)) && (prose[i+2] || !gallery && goesOnAt(d, st, prose, i+2, sub)) && !(prose[i] && captionedCredit(c.Text, &st[i+1])) &&
			!(prose[i] && (speechVerb(d.Paragraphs[i].Text) || containsWordFold(d.Paragraphs[i].Text, "saying"))) &&
			!labelledRow(d, st, i, bestLo, bestHi) {
			rec[i] = recCaption
		}
	}
	// A short line right under a labelled credit ("Kuva: Antti Leppänen /
	// KR", then "Rautatientorin bussipysäkit olivat torstaiaamuna lähes
	// tyhjiä.") under a prose paragraph, over the next one or a
	// subheading, is the photo's caption: the credit has prose, no
	// caption, above it.
	for i := bestLo + 1; i+1 < bestHi; i++ {
		if c := &d.Paragraphs[i]; isCredit(c) && prose[i-1] && d.Paragraphs[i+1].Kept() && !prose[i+1] && rec[i+1] == recNone &&
			st[i+1].words >= captionSubWords && st[i+1].end == '.' && (prose[i+2] || goesOnAt(d, st, prose, i+2, true)) && creditLabel(c.Text) {
			rec[i+1] = recCaption
		}
	}
	// A box of links inside the run: a section header the rules removed
	// ("Trending now") and up to bridgeLines headlines under it, the
	// article going on under them (see boxInRun).
	for i := bestLo + 1; i < bestHi; i++ {
		if wall[i] && !d.Paragraphs[i].Kept() {
			for k, end := i+1, boxInRun(d, st, prose, wall, i); k < end; k++ {
				rec[k] = recBox
			}
		}
	}
	// A live blog's time stamps inside the run go; its entries stay.
	for i := bestLo; i <= bestHi; i++ {
		if sc.stamp[i] {
			rec[i] = recStamp
		}
	}
	// An embedded video player inside the run is the page's (see player).
	for i := bestLo; i <= bestHi; i++ {
		if sc.free[i] && st[i].digits > 0 && len(d.Paragraphs[i].Text) <= 8 && !(sc.eventsFrom <= i && i < sc.eventsTo) {
			if from, to := player(d, st, prose, wall, i); from < to {
				for k := from; k < to; k++ {
					rec[k] = recPlayer
				}
			}
		}
	}
	if gallery {
		for i := range quiet {
			if quiet[i] && d.Paragraphs[i].Kept() {
				rec[i] = recCounter
			}
		}
	}
	// The paragraphs removed for one reason share one Removal (they are
	// read, never written): a page is mostly boilerplate, and one Removal
	// per paragraph was most of what this pass allocated.
	var why *[recBox + 2]clean.Removal // by record kind; outside-body before the article last
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() || i == title || i == dek || i == dek2 || bestLo <= i && i <= bestHi && rec[i] < recCaption || keyFrom <= i && i < keyTo {
			continue
		}
		if title < i && (i < dek || dek < 0 && i < bestLo) && st[i].digits > 0 && scoreLine(p.Text) {
			continue // the result under a match report's headline
		}
		if why == nil {
			why = new([recBox + 2]clean.Removal)
			for k := range why {
				why[k] = clean.Removal{Stage: clean.StageBoilerplate, Rule: ruleOutsideBody, Detail: detailAfterArticle}
				if k := uint8(k); k != recNone && k <= recBox {
					why[k].Rule, why[k].Detail = recordNames[k], recordDetails[k]
				}
			}
			why[recBox+1].Detail = detailBeforeArticle
		}
		k := rec[i]
		if k == recNone && i < bestLo {
			k = recBox + 1
		}
		p.Removal = &why[k]
	}
	markEchoes(d, st, prose, bestLo, bestHi, title, dek)
}

// goesOnAt reports whether line j is prose, or the lines from j that
// the rules removed are the article's furniture (see inlineRemoval: a
// "Read also" link under a photo's credit) with prose under them, or,
// when sub is true, with a subheading (see subheadLine) and prose under
// it. A caption under the credit is the photo's ("Image copyright Getty
// Images", then "Image caption …"): the article does not go on there.
func goesOnAt(d *clean.Document, st []lineStats, prose []bool, j int, sub bool) bool {
	for ; j < len(prose) && !d.Paragraphs[j].Kept() && inlineRemoval(&d.Paragraphs[j]); j++ {
		if r := d.Paragraphs[j].Removal.Rule; r == RuleCaption || r == RulePhotoCredit {
			return false
		}
	}
	if sub && j+1 < len(prose) && !prose[j] && prose[j+1] && d.Paragraphs[j].Kept() {
		return subheadLine(&st[j]) // a subheading over the next section
	}
	return j < len(prose) && prose[j]
}

// echoWords is the most words of a line inside the run that goes for
// repeating a removed line (see markEchoes).
const echoWords = 6

// markEchoes removes the short lines inside the run lo..hi, neither
// prose nor the title or its standfirst, that repeat word for word, two
// or more in a row, as many lines in a row removed above the run: a
// page's head printed again inside the run (the author's names, the
// outlet's, over a second copy of the article) goes as the lines above
// went, for their reasons. One line alone may be a subheading that a menu
// above names too.
func markEchoes(d *clean.Document, st []lineStats, prose []bool, lo, hi, title, dek int) {
	// A filter of the removed lines above the run, by their lengths and
	// their first and last bytes: most short lines in the run need no
	// search.
	var seen [4]uint64
	key := func(t string) uint { return uint(len(t)+int(t[0])*7+int(t[len(t)-1])*13) & 255 }
	for j := range lo {
		if !d.Paragraphs[j].Kept() {
			k := key(d.Paragraphs[j].Text)
			seen[k>>6] |= 1 << (k & 63)
		}
	}
	short := func(i int) bool {
		if i > hi {
			return false
		}
		k := key(d.Paragraphs[i].Text)
		return seen[k>>6]>>(k&63)&1 != 0 && d.Paragraphs[i].Kept() && !prose[i] && st[i].words <= echoWords &&
			i != title && i != dek
	}
	echo := func(i, j int) bool {
		q, t := &d.Paragraphs[j], d.Paragraphs[i].Text
		return len(q.Text) == len(t) && q.Text == t && !q.Kept() && q.Removal.Stage == clean.StageBoilerplate
	}
	next := short(max(lo, 1))
	for i := max(lo, 1); i < hi; i++ {
		cur := next
		if next = short(i + 1); !cur || !next {
			continue // a block of two at least (asked first: it is cheap)
		}
		for j := range min(i, lo) {
			n := 0 // lines in a row that repeat lines j, j+1, ...
			// (Lines i and i+1 are short: cur and next.)
			for (n < 2 || short(i+n)) && j+n < lo && echo(i+n, j+n) {
				n++
			}
			if n >= 2 {
				for k := range n {
					Remove(d, i+k, Reason{Rule: d.Paragraphs[j+k].Removal.Rule, Detail: detailEcho})
				}
				i += n - 1
				next = short(i + 1)
				break
			}
		}
	}
}

// detailEcho is the detail of a line markEchoes removes.
const detailEcho = "repeats a line removed above"

// liveEntries returns the body run lo..hi extended over the entries of the
// live blog it holds (a time stamp of sc.stamp inside it or at most
// liveReach lines above it, see liveChain):
// up to the first time stamp above it and down to the last one below it,
// over lines that are no section header or record, and when it then ends
// at the last time stamp, over the last entry: the kept lines under it up
// to the first removed one (at most recordGap). An entry's heading and a
// short first paragraph under its time cost the run, which may start or
// end inside an entry.
func (sc *bodyScratch) liveEntries(d *clean.Document, lo, hi int) (int, int) {
	sc.eventsFrom, sc.eventsTo = 0, 0
	if !slices.Contains(sc.stamp[max(0, lo-liveReach):hi+1], true) {
		return lo, hi
	}
	open := func(i int) bool { return !sc.wall[i] && sc.rec[i] == recNone }
	for i := lo - 1; i >= 0 && open(i); i-- {
		if sc.stamp[i] {
			lo = i
		}
	}
	for i := hi + 1; i < len(sc.stamp) && open(i); i++ {
		if sc.stamp[i] {
			hi = i
		}
	}
	// The blog's list of key events above it, the entries' times and
	// headings, and its label ("Key events") are the run's: the contents
	// pass removes them (see MarkContentsLists), and the title search
	// starts above them.
	top, items := lo, 0
	i := lo - 1
	for ; i >= 0 && open(i); i-- {
		p := &d.Paragraphs[i]
		if !p.Kept() {
			continue
		}
		if !timeStamp(p.Text) && !sc.entryHead(d, p.Text, lo, hi) {
			break
		}
		top, items = i, items+1
	}
	if items >= 4 { // two entries at least, a time and a heading each
		if i >= 0 && open(i) && d.Paragraphs[i].Kept() && sc.stats[i].words <= keyLabelWords && !sc.prose[i] {
			top = i
		}
		sc.eventsFrom, sc.eventsTo = top, lo
		lo = top
	}
	if !sc.stamp[hi] {
		return lo, hi
	}
	for i := hi + 1; i < len(sc.stamp) && i <= hi+recordGap && d.Paragraphs[i].Kept() && open(i); i++ {
		hi = i
	}
	return lo, hi
}

// liveReach is the most lines between a live blog entry's time stamp and
// a body run that starts inside the entry (a heading, a removed button).
const liveReach = 3

// entryHead reports whether text is the heading of one of the live blog's
// entries in lo..hi: the line right under one of its time stamps.
func (sc *bodyScratch) entryHead(d *clean.Document, text string, lo, hi int) bool {
	for i := lo; i <= hi && i+1 < len(d.Paragraphs); i++ {
		if sc.stamp[i] && d.Paragraphs[i+1].Text == text {
			return true
		}
	}
	return false
}

// subheadLine reports whether a line of statistics s can be a subheading:
// one to subheadWords words that end no sentence.
func subheadLine(s *lineStats) bool {
	return s.words > 0 && s.words <= subheadWords && !stopRune(s.end)
}

// postDates removes, on a page with no article run, the dates alone of its
// records (see sc.datedLine): a thread of posts stays whole, as the page
// it is, without the date over each post, as a live blog's entries lose
// their times.
func postDates(d *clean.Document, sc *bodyScratch, rec []uint8) {
	var why *clean.Removal
	for i := range rec {
		if rec[i] == recNone || !d.Paragraphs[i].Kept() || !sc.datedLine(d, i) {
			continue
		}
		if why == nil {
			why = &clean.Removal{Stage: clean.StageBoilerplate, Rule: "post-date", Detail: "a post's date alone, on a page of dated posts with no article"}
		}
		d.Paragraphs[i].Removal = why
	}
}

// embeddedWidgets finds a widget embedded in the article (a radar map: its
// name, "Loading radar map...", its legend "Rain", "Sleet", "Snow", "Play
// animation", its data's credit): a block of at most widgetLines lines,
// none a section header, with two prose paragraphs on each side, holding
// at least two of a widget's controls the rules removed, every other line
// an inline removal (see inlineRemoval) or a kept line of at most
// widgetItemWords words that ends no sentence. The kept lines between
// the block's first and last removals go as the widget's; the block costs
// the run nothing (see quiet), so the article goes on under it. A kept
// line before or after them may be the article's subheading and stays.
func embeddedWidgets(d *clean.Document, st []lineStats, prose, wall, quiet []bool) {
	n := len(prose)
	for lo := 2; lo < n; lo++ {
		if prose[lo] || !prose[lo-1] || !prose[lo-2] {
			continue
		}
		hi := lo
		for hi < n && !prose[hi] && hi-lo <= widgetLines {
			hi++
		}
		if hi-lo > widgetLines || hi+1 >= n || !prose[hi] || !prose[hi+1] {
			lo = hi
			continue
		}
		widgets := 0
		for k := lo; k < hi; k++ {
			if r := d.Paragraphs[k].Removal; r != nil && r.Rule == RuleWidget {
				widgets++
			}
		}
		if widgets < 2 {
			lo = hi
			continue
		}
		first, last, ok := -1, -1, true
		for k := lo; k < hi && ok; k++ {
			switch p := &d.Paragraphs[k]; {
			case wall[k]:
				ok = false
			case p.Kept():
				ok = st[k].words <= widgetItemWords && !stopRune(st[k].end)
			case !inlineRemoval(p):
				ok = false
			default:
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if ok {
			for k := lo; k < hi; k++ {
				if k > first && k < last && d.Paragraphs[k].Kept() {
					Remove(d, k, Reason{Rule: RuleWidget, Detail: detailWidgetItem})
				}
				quiet[k] = true
			}
		}
		lo = hi
	}
}

// widgetLines is the most lines of a widget embedded in the article, and
// widgetItemWords the most words of one of its kept lines (see
// embeddedWidgets).
const (
	widgetLines     = 10
	widgetItemWords = 4
)

// detailWidgetItem is the detail of a line embeddedWidgets removes.
const detailWidgetItem = "inside a widget embedded in the article"

// detailBoxName is the detail of a box's name that markQuiet removes.
const detailBoxName = "the name of a box"

// boxLines is the fewest removed lines of a box under its name (see
// markQuiet).
const boxLines = 3

// inlineReach is the most lines under an inline read-also label before
// the article's next prose paragraph, and the most removed lines between
// the label and the paragraph above it (see inlineWalls); inlineProse the
// fewest words of the paragraph under it (a teaser's headline that reads
// as a sentence is shorter: "Who regulates the plants? We mapped it.").
const inlineReach, inlineProse = 4, 15

// inlineWalls clears wall[i] for a read-also label inside the article: a
// bare label the rules removed (see announcedBy's labels: "Lesen Sie
// auch") under a prose paragraph, with a prose paragraph of at least
// inlineProse words under it, another prose paragraph or sentence next
// under that one (or a subheading over a section, see sectionUnder) or a
// paywall's notice right under it (the article goes on, or is cut for
// subscribers). Between the label and the paragraph above stand at most
// inlineReach lines the rules removed as the article's furniture (a "Read
// More" button over the box); between the label and the paragraph under
// it, at most inlineReach lines besides other boxes' read-also labels:
// lines the rules removed (its teasers), other such labels with their
// teasers (two boxes in a row), and at most one kept line of at most
// buttonWords words (a teaser's badge, a short subheading; a longer line
// is a teaser's headline the rules left: "Schools to get more money").
// Under the article's last paragraph, the label heads a list of teasers
// whose headlines the rules left, or of headlines and summaries, or a
// menu, or no prose follows it.
func inlineWalls(d *clean.Document, st []lineStats, prose, wall []bool) {
	for i := 1; i < len(wall); i++ {
		if !wall[i] || d.Paragraphs[i].Kept() || !announcedBy(&d.Paragraphs[i]) {
			continue
		}
		a := i - 1
		for a > 0 && a >= i-inlineReach && !d.Paragraphs[a].Kept() && inlineRemoval(&d.Paragraphs[a]) {
			a--
		}
		if !prose[a] {
			continue
		}
		kept, lines := 0, 0
		for j := i + 1; j < len(wall) && lines < inlineReach; j++ {
			if prose[j] && st[j].words >= inlineProse {
				// The next paragraph may hold too few stopwords for
				// prose (Hebrew), or be a short last sentence: a line
				// that ends a sentence will do.
				if k := nextKept(d.Paragraphs, j); k > j && (prose[k] || st[k].sents > 0 && stopRune(st[k].end) ||
					subheadLine(&st[k]) && !wall[k] && sectionUnder(d, prose, k)) ||
					paywallAt(d, j+1) || lines > kept && lastSentence(d, st, prose, j) {
					// The button over the box goes with its label,
					// and the boxes under it with theirs.
					for k := a + 1; k < j; k++ {
						wall[k] = false
					}
				}
				break
			}
			if boxLabel(d, wall, j) {
				continue // the next box's label
			}
			if lines > kept && lastSentence(d, st, prose, j) {
				// The article's last sentence under the box, its
				// teaser removed: "Forhandlingerne begynder i næste
				// uke." over the tags.
				for k := a + 1; k < j; k++ {
					wall[k] = false
				}
				break
			}
			if d.Paragraphs[j].Kept() && !prose[j] && !wall[j] && st[j].words > 0 && st[j].words <= subheadWords &&
				(askRune(st[j].end) || wholeQuote(d.Paragraphs[j].Text)) && sectionUnder(d, prose, j) {
				// A subheading that asks or quotes, over a section of
				// the article: a teaser's headline has one summary
				// under it, then the next headline. A plain one
				// ("Schools to get more money") may be the box's last
				// headline.
				for k := a + 1; k < j; k++ {
					wall[k] = false
				}
				break
			}
			lines++
			if d.Paragraphs[j].Kept() {
				if kept++; kept > 1 || st[j].words > buttonWords {
					break
				}
			}
			if wall[j] {
				break
			}
		}
	}
}

// askRune reports whether r ends a question: "?", Greek ";", Arabic "؟",
// the full-width "？".
func askRune(r rune) bool { return r == '?' || r == ';' || r == '؟' || r == '？' }

// lastSentWords is the fewest words of the article's last sentence under a
// read-also box (see lastSentence); lastReach how many kept lines under
// it hold no prose nor sentence.
const lastSentWords, lastReach = 6, 6

// lastSentence reports whether line j, under a read-also box, is the
// article's last paragraph: a kept line of lastSentWords words or more
// that ends like a sentence, with no prose paragraph nor sentence in the
// lastReach kept lines under it (the tags, the share buttons, a list of headlines). A
// box's teaser with a summary under it has the next teaser's summary
// there.
func lastSentence(d *clean.Document, st []lineStats, prose []bool, j int) bool {
	if !d.Paragraphs[j].Kept() || st[j].words < lastSentWords || st[j].sents == 0 || !fullStop(st[j].end) {
		return false
	}
	for k, n := nextKept(d.Paragraphs, j), 0; k > j && n < lastReach; k, n = nextKept(d.Paragraphs, k), n+1 {
		if prose[k] || st[k].sents > 0 && fullStop(st[k].end) {
			return false
		}
	}
	return true
}

// wholeQuote reports whether text is a quote alone: it opens with a
// quotation mark and ends with one ("'We had to prove it'", "„Wir haben
// keine Wahl“").
func wholeQuote(text string) bool {
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	return len(text) > 2 && quoteMarks[first] && quoteMarks[last]
}

// quoteMarks are the quotation marks that open or close a quote.
var quoteMarks = map[rune]bool{'"': true, '\'': true, '“': true, '”': true, '‘': true, '’': true, '«': true,
	'»': true, '„': true, '‚': true, '「': true, '」': true}

// sectionUnder reports whether the two kept lines under line k (a
// subheading) are prose: a section of the article. A teaser's headline
// has one summary under it, then the next headline.
func sectionUnder(d *clean.Document, prose []bool, k int) bool {
	a := nextKept(d.Paragraphs, k)
	if a <= k || !prose[a] {
		return false
	}
	b := nextKept(d.Paragraphs, a)
	return b > a && prose[b]
}

// boxLabel reports whether line j is a read-also label the rules removed
// (see announcedBy) or a button right over one ("Read More" over "Related
// Articles"), both section headers (see isWall).
func boxLabel(d *clean.Document, wall []bool, j int) bool {
	if !wall[j] || d.Paragraphs[j].Kept() {
		return false
	}
	return announcedBy(&d.Paragraphs[j]) ||
		j+1 < len(wall) && wall[j+1] && inlineRemoval(&d.Paragraphs[j]) && !d.Paragraphs[j+1].Kept() && announcedBy(&d.Paragraphs[j+1])
}

// paywallAt reports whether line i was removed as a paywall's notice
// (the article cut short for those who do not subscribe).
func paywallAt(d *clean.Document, i int) bool {
	return i < len(d.Paragraphs) && !d.Paragraphs[i].Kept() && d.Paragraphs[i].Removal.Rule == RulePaywall
}

// markQuiet sets quiet[i] for the lines the rules removed that sit between
// two prose paragraphs, other removed lines aside: a disclosure, a link
// label or a share button inside the article, which neither breaks its
// run of prose nor makes its paragraphs stand alone. At least boxLines
// of them may stand under a kept line that can be a subheading, no
// section header: a box's name over the box ("Daily Headlines" over a
// sign-up form's lines), which goes with the box, for the rule of the
// box's first line. Fewer under a short line are a widget's ("5 min
// read", "Copy link"; "Zoom in", "Full screen"), which may close a page's
// head. A subheading may
// stand between such lines and two paragraphs of prose under them (a shop
// widget between two sections of the article) when none of them is a
// section header: one paragraph under a name is an author's bio or a
// comment, a headline under "Related coverage:" a teaser. wall marks the
// section headers (see isWall).
func markQuiet(d *clean.Document, st []lineStats, prose, wall, quiet []bool, below []int32) []int32 {
	clear(quiet)
	n := len(prose)
	for i := 0; i < n; {
		if d.Paragraphs[i].Kept() {
			i++
			continue
		}
		j := i
		for j < n && !d.Paragraphs[j].Kept() {
			j++
		}
		// Above the lines, the article's last paragraph, or its last
		// paragraph and the name of a box the rules took whole ("Daily
		// Headlines" over a newsletter's sign-up form). The lines are
		// asked last, only between prose.
		named := i > 1 && !prose[i-1] && prose[i-2] && !wall[i-1] && subheadLine(&st[i-1]) && j-i >= boxLines
		if (i > 0 && prose[i-1] || named) && j < n && (prose[j] || sectionAt(d, st, prose, j) && !slices.Contains(wall[i:j], true)) &&
			allInline(d.Paragraphs[i:j]) {
			if named {
				// The name goes with its box, as the box's rule took it.
				Remove(d, i-1, Reason{Rule: d.Paragraphs[i].Removal.Rule, Detail: detailBoxName})
				i--
			}
			for k := i; k < j; k++ {
				quiet[k] = true
			}
		} else if continuesAt(d, prose, wall, i, j) {
			// "Story continues below gallery": the article goes on
			// under the widget, though with a line that is no prose
			// (a table's row, a score; see markStructure).
			for k := i; k < j; k++ {
				quiet[k] = true
			}
			below = append(below, int32(j))
		}
		i = j
	}
	return below
}

// stepLines is how many lines that are no prose may stand between the two
// prose paragraphs under a subheading (see stepsTo).
const stepLines = 4

// stepsTo reports whether at most stepLines kept lines from i that end
// with a full stop ("Tap an app.", "Go to Settings, then Apps."), and no
// other, lead to a prose paragraph.
func stepsTo(d *clean.Document, st []lineStats, prose []bool, i int) bool {
	for k := i; k < len(prose) && k <= i+stepLines; k++ {
		switch {
		case prose[k]:
			return k > i
		case !d.Paragraphs[k].Kept() || st[k].end != '.':
			return false
		}
	}
	return false
}

// sectionAt reports whether a section of the article opens at line j: a
// subheading over two prose paragraphs (the second may come after the
// steps of a guide, see stepsTo), or over a sentence that
// introduces what follows ("These establishments received a score of 100
// with no violations:", then a list), or over two questions with their
// answers (a FAQ: "Frequently asked questions", "Are CDs safe if my bank
// fails?", then the answer).
func sectionAt(d *clean.Document, st []lineStats, prose []bool, j int) bool {
	n := len(prose)
	if j+2 >= n || !subheadLine(&st[j]) {
		return false
	}
	if prose[j+1] && (prose[j+2] || stepsTo(d, st, prose, j+2)) || st[j+1].end == ':' && st[j+1].words >= introWords {
		return true
	}
	question := func(k int) bool {
		t := d.Paragraphs[k].Text
		return d.Paragraphs[k].Kept() && st[k].words <= subheadWords && strings.HasSuffix(t, "?") && prose[k+1]
	}
	return j+4 < n && question(j+1) && question(j+3)
}

// continuesAt reports whether the lines i to j (excluded), which the
// rules removed, sit under a prose paragraph and hold a widget's label
// that says the article goes on below it (see continuesIn), all of them
// furniture of the article (see allInline), with a prose paragraph at
// most continueReach kept lines under them (see proseSoon).
func continuesAt(d *clean.Document, prose, wall []bool, i, j int) bool {
	return i > 0 && prose[i-1] && j < len(prose) && continuesIn(d.Paragraphs[i:j]) && proseSoon(d, prose, wall, j) &&
		allInline(d.Paragraphs[i:j])
}

// continuesIn reports whether one of ps, removed, is the label of a widget
// inside the article that says it goes on below it (see goesOnLabel: "Story
// continues below gallery", "Haberin devamı aşağıda").
func continuesIn(ps []clean.Paragraph) bool {
	var buf [labelFoldMax]byte
	for k := range ps {
		if t := ps[k].Text; len(t) <= len(buf) && ps[k].Removal.Rule == RuleLinkLabel &&
			goesOnLabel(lowerInto(buf[:], strings.TrimRight(t, ". "))) {
			return true
		}
	}
	return false
}

// goesOnLabel reports whether t, a line in lower case, says that the article
// goes on below it: in English (see continuesBelowLabel) or in another
// language (goesOnLabels).
func goesOnLabel(t string) bool {
	return continuesBelowLabel(t) || goesOnLabels[t]
}

// proseSoon reports whether a prose paragraph is among the continueReach
// kept lines from j, with no line the rules removed and no section header
// before it.
func proseSoon(d *clean.Document, prose, wall []bool, j int) bool {
	for k := j; k < len(prose) && k < j+continueReach; k++ {
		if prose[k] {
			return true
		}
		if !d.Paragraphs[k].Kept() || wall[k] {
			return false
		}
	}
	return false
}

// continueReach is the most kept lines under a "continues below" label
// before the article's next prose paragraph (see markQuiet).
const continueReach = 4

// galleryCaptions counts as prose the captions of a gallery whose photo
// numbers are marked in counter (see markCounters): the kept lines that
// end like a sentence (see sentenceLine) between one number and the next,
// and after the last number as many lines as after the one before it.
// On a gallery page the captions are the article, and a caption that
// names a place and an animal holds too few stopwords for prose.
func galleryCaptions(d *clean.Document, st []lineStats, counter, prose []bool, rec []uint8, score []int) {
	item := func(from, to int) {
		for j := from; j < to; j++ {
			if p := &d.Paragraphs[j]; p.Kept() && !prose[j] && !counter[j] && rec[j] == recNone && sentenceLine(p.Text, &st[j]) {
				prose[j], score[j] = true, int(st[j].words)
			}
		}
	}
	last, span := -1, 0
	for i := range counter {
		if !counter[i] || !d.Paragraphs[i].Kept() {
			continue
		}
		if last >= 0 {
			span = i - last
			item(last+1, i)
		}
		last = i
	}
	if last >= 0 {
		item(last+1, min(len(counter), last+span))
	}
}

// galleryQuiet sets quiet[i] for the lines the rules removed between a
// gallery's first photo number and its last (the kept lines markCounters
// set in quiet): a "Buy this photo" button under each photo, an ad slot
// or a notice between two of them. They cost the run nothing, as the
// numbers do, and the gallery is not cut at them.
func galleryQuiet(d *clean.Document, quiet []bool) {
	first, last := -1, -1
	for i, q := range quiet {
		if q && d.Paragraphs[i].Kept() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := first + 1; i > 0 && i < last; i++ {
		if !d.Paragraphs[i].Kept() {
			quiet[i] = true
		}
	}
}

// allInline reports whether every paragraph of ps is an inline removal
// (see inlineRemoval).
func allInline(ps []clean.Paragraph) bool {
	for k := range ps {
		if !inlineRemoval(&ps[k]) {
			return false
		}
	}
	return true
}

// inlineRemoval reports a paragraph the rules removed as furniture that
// sits inside an article as well as around it: a link label ("Read more:
// …", "Advertisement"), a share button, an address, a widget's control
// (but a reading time), an embedded chart's text, an appeal, a photo's
// credit or caption, an affiliate disclosure, a tip box ("Our reporters
// want to hear from you.", "Call or text 555-0148"), a sign-up form's
// consent notice, a teaser's paywall badge ("Article réservé aux
// abonnés"), a betting box with its labels, a shopping box. A copyright
// notice that is not a picture's credit (see isCredit), an edge cluster,
// a paywall's notice, a contact or legal notice marks where the article
// ends.
func inlineRemoval(p *clean.Paragraph) bool {
	switch p.Removal.Rule {
	case RuleLinkLabel, RuleShareLabel, RuleURL, RuleAppeal, RulePhotoCredit, RuleCaption, RuleAffiliate, RuleChart:
		return true
	case RuleWidget:
		// A reading time stands in the article's head, under the byline,
		// not inside the article.
		return p.Removal.Detail != details[detailReadingTime]
	case RuleCopyright:
		return isCredit(p)
	case RuleContact:
		return p.Removal.Detail == details[detailTip] // a tip box inside the article
	case RuleSponsor:
		// A betting box between two paragraphs of a match report, with
		// its labels (see MarkBoxLabels), a shopping box (see
		// MarkPriceBoxes), and a widget's short credit ("Hosted by
		// DocuCloud", "Powered by X").
		return p.Removal.Detail == details[detailBetting] || p.Removal.Detail == detailBoxLabel || p.Removal.Detail == detailPriceBox ||
			p.Removal.Detail == details[detailSponsor] && len(p.Text) <= sponsorCreditBytes
	case RulePaywall:
		// A teaser's badge ("Subscribers only") under a read-also
		// label: a short line.
		return len(p.Text) <= paywallBadgeBytes
	case RuleLegal:
		// A sign-up form's consent ("By signing up you consent to …")
		// and its reCAPTCHA notice stand in the form, inside the
		// article as well.
		var head [40]byte
		return startLists(lowerInto(head[:], p.Text[:min(len(p.Text), len(head))]))&(consentLeads|captchaNotes) != 0
	}
	return false
}

// sponsorCreditBytes is the longest sponsor's line, in bytes, that is an
// inline removal (see inlineRemoval): a widget's credit.
const sponsorCreditBytes = 40

// paywallBadgeBytes is the longest paywall line, in bytes, that is an
// inline removal (see inlineRemoval): a teaser's badge, "Article réservé
// aux abonnés". A paywall's notice is longer.
const paywallBadgeBytes = 32

// readsNext reports whether the nearest line from i in direction dir,
// quiet and free lines aside, is prose or a short sentence of running
// text: kept, of unseenProseWords to proseWords words, with a stopword,
// ending with a full stop, no question or cry, not opening with a small
// letter, no record's, section header's or byline's ("Juuri silloin
// useimmat suomalaiset ovat perinteisesti saunoneet.", news in Finnish
// between two paragraphs). A teaser's headline ends no sentence.
func (r *runScorer) readsNext(i, dir int) bool {
	for i += dir; i >= 0 && i < len(r.prose); i += dir {
		if r.quiet[i] || r.free[i] {
			continue
		}
		if r.prose[i] {
			return true
		}
		s := &r.st[i]
		return s.words >= unseenProseWords && s.words < proseWords && s.end != '?' && s.end != '!' && s.end != '？' && s.end != '！' &&
			!r.wall[i] && r.rec[i] == recNone && r.d.Paragraphs[i].Kept() && sentenceLine(r.d.Paragraphs[i].Text, s) &&
			r.sc.stops(i) > 0 && !lowerStart(r.d.Paragraphs[i].Text) && !r.sc.isByline(r.d, i)
	}
	return false
}

// lowerStart reports whether text opens with a small letter: the rest of
// a sentence broken over two lines ("newsletter when you have finished
// with it.").
func lowerStart(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(r)
}

// edgeLine reports a short line right next to the body run that is the
// article's first or last paragraph: kept, a sentence of fewer than
// proseWords words (see sentenceLine: "Then came the bikes.", "Pike
// declined further comment."), not a byline or a dateline, a section
// header or a record. Prose needs more words; a menu item, a button or a
// headline ends no sentence; a call to action or a site's slogan ends with
// an exclamation mark ("Sharing is caring!", "Subscribe now!"). Only the one line right next to the run is
// taken: a line after it is as likely the page's own ("Sign up for more
// like this."). At the top, a line that can be the title is left to the
// title search.
func (sc *bodyScratch) edgeLine(d *clean.Document, rec []uint8, wall []bool, i int) bool {
	p, s := &d.Paragraphs[i], &sc.stats[i]
	return p.Kept() && s.words < proseWords && !wall[i] && rec[i] == recNone &&
		s.end != '!' && s.end != '！' && sentenceLine(p.Text, s) && !sc.isByline(d, i)
}

// salutations open a letter's salutation, lower case, with the space
// after them.
var salutations = []string{"dear ", "hi ", "hello ", "liebe ", "lieber ", "sehr geehrte", "cher ", "chère ", "chers ",
	"querido ", "querida ", "estimado ", "estimada ", "caro ", "cara ", "beste ", "kære ", "kæra ", "hej ", "drogi ", "droga "}

// salutation reports a letter's salutation right above the body run
// (a reader's letter to an advice column): a line of at most four words
// that opens with one of salutations and ends with a comma or a colon
// ("Dear Fenella,", "Liebe Frau Meier,").
func salutation(s string) bool {
	if len(s) > 48 || wordCount(s) > 4 || !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, ":") {
		return false
	}
	var buf [48]byte
	low := lowerInto(buf[:], s) // buf outlives no use of low
	for _, w := range salutations {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// leadSentence reports a line right above the body run that is its first
// paragraph, or right under it its last, though it holds too few
// stopwords for prose: it has the shape
// of prose (see proseShape) and at least half the share of stopwords
// prose needs, and is no byline, title, section header or record. In a
// language whose stopword list covers its text thinly (Finnish, Bengali),
// an article's first sentences, which name the people and the places of
// the story, often fall short of the share; a caption, a headline or a
// teaser ends no sentence, a menu has no stopword. When the share was
// measured on the document's shorter sentences (see shortMeasure), it is
// low already: a lead sentence needs all of it, and a list of names
// ending with a full stop ("Halonen, Heinonen, … ja Kuusela.") falls
// short.
func (sc *bodyScratch) leadSentence(d *clean.Document, rec []uint8, wall []bool, i int) bool {
	p, s := &d.Paragraphs[i], &sc.stats[i]
	share := 2.0
	if sc.shortMeasure {
		share = 1
	}
	return p.Kept() && !wall[i] && rec[i] == recNone && sc.proseShape(i) && stopRune(s.end) &&
		share*float64(sc.stops(i)) >= sc.density*float64(s.words) && !sc.isByline(d, i) && !sc.isTitle(i, p.Text)
}

// closingSentence reports the article's last paragraph right under the
// body run with fewer stopwords than leadSentence asks, over the page's
// footer: it has the shape of prose and ends a sentence, a third of the
// share of stopwords prose needs, is no byline, section header or record
// (a sentence in Chinese of up to cjkTitleTokens characters reads as a title;
// under the article it is none), and the next line with words is one the
// rules removed (an
// editor's credit, a disclaimer, a share button). A market story's last
// sentence of figures ("截至3月28日港股收盘，驰远汽车股价报48.65港元，
// 上涨6.22%。") names few function words; a teaser under the article is
// followed by more teasers, which the rules leave.
func (sc *bodyScratch) closingSentence(d *clean.Document, rec []uint8, wall []bool, i int) bool {
	p, s := &d.Paragraphs[i], &sc.stats[i]
	if !p.Kept() || wall[i] || rec[i] != recNone || !sc.proseShape(i) || !stopRune(s.end) ||
		3*float64(sc.stops(i)) < sc.density*float64(s.words) || sc.isByline(d, i) {
		return false
	}
	j := i + 1
	for j < len(d.Paragraphs) && sc.stats[j].words == 0 {
		j++
	}
	return j < len(d.Paragraphs) && !d.Paragraphs[j].Kept()
}

// cutLine reports the article's last paragraph cut short by a paywall,
// right after the body run: kept, not a section header or a record, prose
// but for its end ("…, as analysts welcomed a move that"; see isProse:
// at least proseWords words, a comma or a sentence end inside, the
// share of stopwords), ending with a letter or an ellipsis, and the next
// line one the rules removed as an appeal or a paywall ("Subscribe to
// unlock this article"). A teaser cut short has no paywall under it.
func (sc *bodyScratch) cutLine(d *clean.Document, rec []uint8, wall []bool, i int) bool {
	s := &sc.stats[i]
	if !d.Paragraphs[i].Kept() || wall[i] || rec[i] != recNone || s.words < proseWords || s.sents == 0 && s.commas == 0 ||
		!unicode.IsLetter(s.end) && !truncated(d.Paragraphs[i].Text) {
		return false
	}
	j := i + 1
	for j < len(d.Paragraphs) && sc.stats[j].words == 0 {
		j++
	}
	if j == len(d.Paragraphs) || d.Paragraphs[j].Kept() {
		return false
	}
	if r := d.Paragraphs[j].Removal.Rule; r != RuleAppeal && r != RulePaywall {
		return false
	}
	return float64(sc.stops(i)) >= sc.density*float64(s.words)
}

// The rule and details of the lines the body finder leaves out of the
// article, its records aside (see recordNames).
const (
	ruleOutsideBody     = "outside-body"
	detailAfterArticle  = "after the article"
	detailBeforeArticle = "before the article"
)

// runScorer scores runs of paragraphs for the body finder.
type runScorer struct {
	d                         *clean.Document
	sc                        *bodyScratch
	st                        []lineStats
	score                     []int
	prose, table, inset, wall []bool
	quiet, free               []bool
	rec                       []uint8
}

// step returns what line i, not a section header, adds to a run that
// reaches it going in direction dir (1 down, -1 up); gap is the number of
// non-prose lines in a row before it, which step updates.
func (r *runScorer) step(i, dir int, gap *int) int {
	switch t := r.d.Paragraphs[i].Text; {
	case r.prose[i]:
		*gap = 0
		return r.score[i]
	case r.quiet[i], r.free[i]:
		return 0
	case r.table[i]:
		return shortCost
	case r.inset[i]:
		if j := i - dir; j < 0 || j >= len(r.inset) || !r.inset[j] {
			return -shortCost
		}
		return 0
	case (len(t) > 2 && (t[0] == '-' || t[0] == 0xE2) || r.d.Paragraphs[i].Kind == clean.KindListItem) && r.rec[i] == recNone && attribution(r.d, r.st, r.prose, i):
		// A quote's attribution costs nothing: the article goes on.
		return 0
	}
	*gap++
	return -*gap * shortCost
}

// segment scores the prose block that starts at the prose line j and goes
// on in direction dir, up to end (excluded), a section header, a record
// or the point where its score falls to zero: the best score of a run
// from j, the line where that run ends, and how many prose paragraphs it
// holds, or 0 when no two of them are in a row (a comment, a teaser or a
// footer notice stands alone).
func (r *runScorer) segment(j, dir, end int) (best, at, paras int) {
	sum, gap, pair, count := 0, 0, false, 0
	at = j
	for i := j; i != end && !r.wall[i] && r.rec[i] == recNone; i += dir {
		sum += r.step(i, dir, &gap)
		if sum <= 0 {
			break
		}
		if r.prose[i] {
			count++
			pair = pair || i != j && r.prose[i-dir]
		}
		if sum > best {
			best, at = sum, i
			if pair {
				paras = count
			}
		}
	}
	return best, at, paras
}

// best returns the score of the best run in lines lo to hi (excluded) that
// crosses no section header.
func (r *runScorer) best(lo, hi int) int {
	best, sum, gap := 0, 0, 0
	for i := lo; i < hi; i++ {
		if r.wall[i] {
			sum, gap = 0, 0
			continue
		}
		if sum <= 0 {
			sum, gap = 0, 0
		}
		sum += r.step(i, 1, &gap)
		best = max(best, sum)
	}
	return best
}

// bridge extends the body run lo..hi across a short block next to it (at
// most bridgeLines lines, none of them prose, a table or a record) to the
// prose block on its other side, when the block is
//   - a section header ("Related", "Read more") and headlines of at least
//     headlineWords words (not a menu, not a row of share buttons), the
//     prose block holding at least bridgeProse paragraphs; or
//   - a table of contents (see contents), the prose block holding two
//     paragraphs; or
//   - any short block above the run, the prose block above it (of two
//     paragraphs) right under the article's byline (see underByline): a
//     summary box, a fact check's claim and verdict, cut from the rest by
//     an embedded widget,
//
// and the prose block reads as article text (paragraphs in a row, no
// record; see segment) and scores more than any prose block of the page
// outside the extended run: a page's other prose blocks are its teasers,
// comments and footers, and more prose than all of them right behind a
// box is the rest of the article. A box in a long article costs less than
// the prose after it and the run crosses it anyway; a box that cuts the
// article near one end makes the shorter part cost more than it scores.
//
// The lines of a bridged block are marked recBox from its section header
// on (the run keeps the lines before the header: a subheading, the end of
// a list; and a subheading right after the box, see boxSubhead), those of a table of contents and its label only; the block
// under a summary box stays in the article (it may hold the verdict). It
// returns the extended run.
func (r *runScorer) bridge(lo, hi int) (int, int) {
	n := len(r.st)
	for grown := true; grown; {
		grown = false
		for _, dir := range [2]int{1, -1} {
			edge, end := hi, n
			if dir < 0 {
				edge, end = lo, -1
			}
			// The box is the header and the lines on the run's side of it
			// (the headlines) when the block is above the run, the header
			// and the lines beyond it when it is below; the other lines
			// are the end of a part of the article (a subheading, the end
			// of a list). boxLines counts the box's lines, short its kept
			// lines too short for a headline.
			j, lines, walls, wallAt, short, atWall := edge+dir, 0, 0, -1, false, 0
			shortBefore := false // short lines met before the header
			for ; j != end && !r.prose[j] && lines <= contentsLines; j += dir {
				if r.st[j].words == 0 {
					continue
				}
				if r.rec[j] != recNone || r.table[j] {
					lines = contentsLines + 1
					break
				}
				lines++
				if r.wall[j] {
					walls++
					wallAt, atWall = j, lines
					shortBefore, short = short, false
				} else if r.st[j].words < headlineWords && r.d.Paragraphs[j].Kept() {
					short = true
				}
			}
			if j == end || lines > contentsLines || walls > 1 {
				continue
			}
			boxLines, boxShort := lines-atWall+1, short
			if dir < 0 {
				boxLines, boxShort = atWall, shortBefore
			}
			s, at, paras := r.segment(j, dir, end)
			if paras < 2 {
				continue
			}
			nlo, nhi := min(lo, at), max(hi, at)
			if s <= max(r.best(0, nlo), r.best(nhi+1, n)) {
				continue
			}
			// The block in reading order: from, to (excluded).
			from, to := edge+1, j
			if dir < 0 {
				from, to = j+1, edge
			}
			// A box of short lines (a menu, tags) below the run is
			// crossed only to a subheading over more than bridgeProse
			// paragraphs: the article's next section.
			sub := -1
			if boxShort && dir > 0 && paras > bridgeProse {
				sub = r.subheadAbove(wallAt, to)
			}
			switch {
			case walls == 1 && (!boxShort || sub >= 0) && (paras >= bridgeProse || paras >= 2 && r.removedBox(wallAt, to)) &&
				boxLines <= bridgeLines && lines-boxLines <= bridgeLines:
				from = wallAt
				if sub >= 0 {
					to = sub
				} else if dir > 0 {
					to = r.boxEnd(from, to)
				} else {
					to = r.boxSubhead(from, to)
				}
			case walls == 0:
				if f, t := r.contents(from, to, nhi); f < t {
					from, to = f, t
				} else if dir < 0 && lines <= bridgeLines && r.underByline(at) {
					from = to // the article's lead, a summary box: nothing to mark
				} else {
					continue
				}
			default:
				continue
			}
			for k := from; k < to; k++ {
				r.rec[k] = recBox
			}
			lo, hi, grown = nlo, nhi, true
		}
	}
	return lo, hi
}

// boxInRun returns the end of the headlines under the section header at
// line i inside the body run: the kept lines right under it, at most
// bridgeLines, each of boxHeadMin to boxHeadWords words that ends no
// sentence nor with a colon, with a prose paragraph or a shorter line
// over one (a subheading) right under them; i+1 when there are none.
func boxInRun(d *clean.Document, st []lineStats, prose, wall []bool, i int) int {
	j := i + 1
	for ; j < len(prose) && j <= i+bridgeLines && d.Paragraphs[j].Kept() && !prose[j] && !wall[j]; j++ {
		if w := int(st[j].words); w > boxHeadWords || stopRune(st[j].end) || st[j].end == ':' {
			return i + 1
		} else if w < boxHeadMin {
			// A shorter line over prose is the article's next
			// subheading ("'A difficult decision'"), under the box.
			if j > i+1 && j+1 < len(prose) && prose[j+1] {
				return j
			}
			return i + 1
		}
	}
	if j == i+1 || j == len(prose) || !prose[j] {
		return i + 1
	}
	return j
}

// boxHeadMin and boxHeadWords are the fewest and the most words of a
// headline in a box inside the body run (see boxInRun).
const (
	boxHeadMin   = 5
	boxHeadWords = 16
)

// subheadAbove returns the last line with words before line to, when it
// comes after the box's header at wall and is kept and reads as a
// subheading of headlineWords words or more ("What swung the vote"; see
// subheadLine: no colon or full stop at its end), else -1.
func (r *runScorer) subheadAbove(wall, to int) int {
	k := to - 1
	for k > wall && r.st[k].words == 0 {
		k--
	}
	if k <= wall || !r.d.Paragraphs[k].Kept() || r.st[k].words < headlineWords || !subheadLine(&r.st[k]) {
		return -1
	}
	return k
}

// boxEnd returns the end of a box of links below the run, from its header
// at lo to the prose at hi: the first kept line when the rules removed
// every line from the header to it and a sentence of at least dekWords
// words is among the kept lines after it (the article's next part, a
// subheading over a paragraph the prose test missed, not the box's
// headlines, which end with no full stop), or a subheading (see
// boxSubhead); else hi.
func (r *runScorer) boxEnd(lo, hi int) int {
	k := nextKept(r.d.Paragraphs, lo-1)
	if k < 0 || k >= hi {
		return hi
	}
	for j := k; j < hi; j++ {
		if r.d.Paragraphs[j].Kept() && isSentenceLike(r.d.Paragraphs[j].Text, dekWords) {
			return k
		}
	}
	return r.boxSubhead(lo, hi)
}

// boxSubhead returns the first kept line after a box's header at lo when
// it is the last line before hi, reads as a subheading (see subheadAbove),
// the rules took a headline of the box before it (see removedHeadline)
// and a short label they removed stands right above it (an ad's, a
// paywall's: "Čtěte také", a headline, "Reklama", then "Problémy s
// mostem"): the article's next part starts there. A line right under the
// box's headlines is one more of them. Else it returns hi.
func (r *runScorer) boxSubhead(lo, hi int) int {
	k := nextKept(r.d.Paragraphs, lo)
	if k < 0 || k >= hi || r.subheadAbove(lo, hi) != k || !r.removedHeadline(lo+1, k) {
		return hi
	}
	j := k - 1
	for j > lo && r.st[j].words == 0 {
		j--
	}
	if j <= lo || r.st[j].words >= headlineWords {
		return hi
	}
	return k
}

// removedHeadline reports whether the rules removed a line of
// headlineWords words or more in [lo, hi): a box's headline ("Čtěte
// také", then a headline and an ad's label), so that a subheading kept
// right after the box (see boxEnd) is the article's, not a second
// headline of the box.
func (r *runScorer) removedHeadline(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if !r.d.Paragraphs[j].Kept() && r.st[j].words >= headlineWords {
			return true
		}
	}
	return false
}

// removedBox reports whether the rules removed every line of a box, from
// its header at lo to hi (excluded): a box of links inside the article
// ("Read more:" over two headlines) that the rules took whole. The body
// run bridges such a box to two prose paragraphs past it, not
// bridgeProse: the rules vouch for the box, and a page's own box after
// the article ("Most read") is seldom removed whole.
func (r *runScorer) removedBox(lo, hi int) bool {
	k := nextKept(r.d.Paragraphs, lo-1)
	return k < 0 || k >= hi
}

// underByline reports whether prose line i is right under the article's
// byline or dateline (see byline): one is at most bylineReach kept lines
// above it, no prose between. The prose block that starts there is the
// article's lead (a summary, the claim and the verdict of a fact check),
// not a teaser.
func (r *runScorer) underByline(i int) bool {
	return r.sc.bylineAbove(r.d, i, false, r.prose) >= 0
}

// endList returns the end of the body run that ends at hi, extended over
// the list the run's last paragraph introduces: when that paragraph ends
// with a colon ("Attractions include:"), the kept lines after it, at most
// bridgeLines, up to a section header, a record, a table, a line that is
// removed or one without a stopword (a list item is a phrase, "Hverfjall,
// a tephra cone"; "References" heads the page's next part).
func (r *runScorer) endList(hi int) int {
	if r.st[hi].end != ':' || !r.prose[hi] {
		return hi
	}
	end := hi
	for j := hi + 1; j < len(r.st) && j <= hi+bridgeLines; j++ {
		if !r.d.Paragraphs[j].Kept() || r.wall[j] || r.rec[j] != recNone || r.table[j] || r.st[j].end == ':' ||
			r.sc.stops(j) == 0 {
			break
		}
		end = j
	}
	return end
}

// Knobs of endLabelledList.
const (
	// listItemWords is the most words of an item of a labelled list.
	listItemWords = 12
	// listItems is the most items of a labelled list taken.
	listItems = 30
)

// endLabelledList returns the end of the body run that ends at hi,
// extended over a list that closes the article under a label naming a
// part of the work it reviews or reports (see listLabel: "Setlist",
// "Tracklist", "Cast", "Ingredients", "Line-ups"): the label right after
// the run, then at least two kept lines of at most listItemWords words,
// up to listItems of them, a section header or a line that is removed or
// longer. "Most read" or "Related" above a list of headlines is no such
// label: the label decides.
func (r *runScorer) endLabelledList(hi int) int {
	j := hi + 1
	if j >= len(r.st) || !r.d.Paragraphs[j].Kept() || r.st[j].words > 3 || !listLabel(r.d.Paragraphs[j].Text) {
		return hi
	}
	end := j
	for k := j + 1; k < len(r.st) && k <= j+listItems; k++ {
		if !r.d.Paragraphs[k].Kept() || r.wall[k] || r.st[k].words == 0 || r.st[k].words > listItemWords {
			break
		}
		end = k
	}
	if end < j+2 {
		return hi
	}
	return end
}

// endRoster returns the end of the body run that ends at hi, extended
// over a squad, a team sheet or a cast that closes the article: past at
// most rosterGap lines the rules removed (an ad), at most
// one short heading after the run (at most rosterHead words, no
// sentence end: "The squad", "Asia Cup squad"), then kept lines that are
// each a roster (see rosterLine) or a field (see field: "Standby: A, B.";
// under a roster, see sheetField), at least one of them a roster, up to a
// line that is removed or neither,
// and a paragraph of prose right after them (see endResult).
// A site's trailer lists tags, a few of them, or headlines, not
// rosterItems names.
func (r *runScorer) endRoster(hi int) int {
	j, n := hi+1, len(r.st)
	for k := 0; k < rosterGap && j < n && !r.d.Paragraphs[j].Kept(); k++ {
		j++ // an ad the rules removed
	}
	if j < n && r.d.Paragraphs[j].Kept() && !r.wall[j] && r.st[j].words <= rosterHead && !stopRune(r.st[j].end) &&
		r.st[j].marks&mColon == 0 {
		j++ // a heading
	}
	end, roster := hi, false
	k := j
	for ; k < n && r.d.Paragraphs[k].Kept() && !r.wall[k] && r.rec[k] == recNone && !r.prose[k]; k++ {
		t := r.d.Paragraphs[k].Text
		if rosterLine(t) {
			roster = true
		} else if l, _, ok := field(t); ok && siteField(l) || !ok && !(roster && sheetField(t)) {
			break
		}
		end = k
	}
	if !roster {
		return hi
	}
	if k < n && end == k-1 && r.prose[k] && r.d.Paragraphs[k].Kept() {
		return k // a sentence that closes the review ("Until 14 March, at the Grand.")
	}
	return end
}

// sheetField reports a field of a match sheet under its rosters: a label
// (see fieldLabel), a colon and a value that ends with a full stop or lists items, maybe in more
// sentences, none of them a question or an exclamation ("Goals: 19' pen.
// Orse (L), 56' Ferro (R).", "REFEREE: Jo Prentice."; in capitals, not a
// speaker's turn).
func sheetField(text string) bool {
	c := strings.Index(text, ": ")
	if c <= 0 || c > labelBytes {
		return false
	}
	value := text[c+2:]
	return fieldLabel(text[:c]) && (strings.ContainsAny(value, ",;") || strings.HasSuffix(value, ".")) &&
		!strings.ContainsAny(value, "!?")
}

// minuteItems is the fewest lines of a match's timeline that the body run
// must end with before endMinutes takes more; minuteWords the most words
// of a line it takes.
const (
	minuteItems = 3
	minuteWords = 40
)

// endMinutes returns the end of the body run that ends at hi, extended
// over the rest of a match's timeline: when the run's last minuteItems
// lines each open with a match minute (see matchMinute: "71' GOAL ...",
// "82' Substitution: ..."), the kept lines right after them that open
// with one too, of at most minuteWords words ("90+4' Full time."), up to
// a line that is removed or opens otherwise: the run's score leaves out a
// timeline's short last lines. endRoster may then take the line-ups
// under it.
func (r *runScorer) endMinutes(hi int) int {
	if hi+1 >= len(r.st) || hi < minuteItems-1 || !matchMinute(r.d.Paragraphs[hi+1].Text) {
		return hi
	}
	for i := hi - minuteItems + 1; i <= hi; i++ {
		if !matchMinute(r.d.Paragraphs[i].Text) {
			return hi
		}
	}
	end := hi
	for j := hi + 1; j < len(r.st); j++ {
		p := &r.d.Paragraphs[j]
		if !p.Kept() || r.wall[j] || r.rec[j] != recNone || r.st[j].words > minuteWords || !matchMinute(p.Text) {
			break
		}
		end = j
	}
	return end
}

// matchMinute reports whether text opens with a match minute and a
// space: one to three digits, maybe "+" and one or two more for stoppage
// time, and a minute mark (', ’ or ′): "9' GOAL", "90+4’ Full time".
func matchMinute(text string) bool {
	i := 0
	for i < len(text) && i < 3 && '0' <= text[i] && text[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(text) && text[i] == '+' {
		k := i + 1
		for k < len(text) && k-i <= 2 && '0' <= text[k] && text[k] <= '9' {
			k++
		}
		if k == i+1 {
			return false
		}
		i = k
	}
	rest := text[i:]
	for _, m := range [...]string{"'", "’", "′"} {
		if after, ok := strings.CutPrefix(rest, m); ok {
			return strings.HasPrefix(after, " ")
		}
	}
	return false
}

// Knobs of endRoster.
const (
	rosterHead  = 4
	rosterGap   = 3
	rosterItems = 8
	rosterWords = 5
)

// rosterLine reports a list of names: at least rosterItems items between
// commas or semicolons (a label and a colon before them aside; under a
// label of listLabels, "Cast:", two are enough), each of at most
// rosterWords words (a role in brackets after a name aside), none of
// them ending a sentence but the last or before the label of the next
// part of the sheet (see subLabel: "... Spreafico. A disp.: Gerosa,
// Airoldi. All.: Sandri.")
// ("Karim (capt), Sajjad, Tawfiq, ..."; "Kings: Tawhiri, Mataio, Leota,
// ..."; "Cast: Jane Doe (Lowry), John Roe (Alan)").
func rosterLine(text string) bool {
	seps := strings.Count(text, ",") + strings.Count(text, ";")
	if seps == 0 {
		return false
	}
	if l, v, ok := strings.Cut(text, ": "); ok && strings.Count(l, " ") < labelWords {
		if seps < rosterItems-1 && !listLabel(l) {
			return false
		}
		text = v
	} else if seps < rosterItems-1 {
		return false
	}
	for item := range strings.FieldsFuncSeq(text, func(r rune) bool { return r == ',' || r == ';' }) {
		if k := strings.LastIndex(item, ". "); k >= 0 && !subLabel(item[k+2:]) {
			return false
		}
		if k := strings.IndexByte(item, '('); k > 0 {
			item = item[:k] // a role in brackets: "Maud Fairlie (Voice of the Radio)"
		}
		if wordCount(strings.TrimSpace(item)) > rosterWords {
			return false
		}
	}
	return true
}

// subLabel reports whether s opens with the label of a part of a team
// sheet after the list before it: a word or two and a colon ("A disp.:
// Gerosa, Airoldi", "All.: Sandri", "Subs: Hale").
func subLabel(s string) bool {
	l, _, ok := strings.Cut(s, ": ")
	if !ok {
		l, ok = strings.CutSuffix(s, ":")
	}
	return ok && l != "" && strings.Count(l, " ") <= 1
}

// listLabel reports whether text is the label of a list that is part of
// an article (see listLabels), a colon or full stop aside.
func listLabel(text string) bool {
	return labelIn(listLabels, text)
}

// listLabels label the lists a review or a report closes with, in lower
// case: a concert's setlist, an album's tracks, a play's cast, a recipe's
// ingredients, a match's line-ups, a guide's tools and materials, in
// English, German, French and Spanish.
var listLabels = setOf("setlist", "set list", "the setlist", "tracklist", "track list", "track listing",
	"tracklisting", "cast", "the cast", "cast and crew", "ingredients", "line-ups", "lineups", "line ups",
	"teams", "the teams", "you'll need", "you’ll need", "you will need", "what you'll need", "what you’ll need",
	"what you need", "tools and materials", "materials", "equipment", "titelliste", "trackliste", "besetzung",
	"zutaten", "aufstellungen", "das brauchen sie", "liste des titres", "ingrédients", "distribution",
	"compositions", "matériel nécessaire", "lista de canciones", "ingredientes", "reparto", "alineaciones",
	"necesitarás", "materiales")

// endDialogue returns the end of the body run that ends at hi, extended
// over the rest of a transcript: when one of the run's last dialogueLines
// lines is a speaker's turn (see speakerTurn), the kept lines after it
// that are turns too or stage directions ("(SOUNDBITE OF MUSIC)"), up to
// a section header or a record.
func (r *runScorer) endDialogue(hi int) int {
	turn := false
	for j := hi; j >= 0 && j > hi-dialogueLines; j-- {
		turn = turn || speakerTurn(r.d.Paragraphs[j].Text)
	}
	if !turn {
		return hi
	}
	for j := hi + 1; j < len(r.st); j++ {
		p := &r.d.Paragraphs[j]
		if !p.Kept() || r.wall[j] || r.rec[j] != recNone || !speakerTurn(p.Text) && !stageDirection(p.Text) {
			break
		}
		hi = j
	}
	return hi
}

// endFields returns the end of the body run that ends at hi, extended
// over a record of fields that closes the article, such as a match
// report's line-ups ("Harborough Town: Morris; Ellis, Varga, Bell.",
// "Booked: Varga, Fenwick.", "Referee: Joanne Prentice."): after at most
// one short heading ("Line-ups"), at least minRecords kept lines in a
// row that are fields (see field), the first of them maybe inside the
// run when there is no heading, no two neighbours with the same
// label, each value ending with a full stop like a sentence and one of
// them a list (a comma or a semicolon), or, under the heading, whose
// values are all short figures (see shortFigure: a table of prices or
// results) or glosses (see gloss: a glossary), and a
// paragraph of prose right after them (see endResult). A site's trailer
// of fields ("Tags: …", "Filed under: …") ends no value with a full stop
// and has no heading over it; a dateline is no field of a record.
func (r *runScorer) endFields(hi int) int {
	j, n := hi+1, len(r.st)
	heading := 0 // the heading's words
	if j < n && r.d.Paragraphs[j].Kept() && !r.wall[j] && r.st[j].marks&mColon == 0 && !stopRune(r.st[j].end) {
		heading = int(r.st[j].words)
	}
	if heading > 0 && heading <= headlineWords {
		j++ // "Line-ups"
	}
	fullStop := func(v string) bool { return strings.HasSuffix(v, ".") }
	k, list := r.fieldRun(j, fullStop)
	if heading == 0 && k > j {
		// The record may open inside the run, its first fields read as
		// prose ("Buffalo: 361 total yards, 22 first downs, 1 turnover.").
		b := hi
		for b > 0 && r.d.Paragraphs[b].Kept() && r.st[b].marks&mColon != 0 && fieldWith(r.d.Paragraphs[b].Text, fullStop) {
			b--
		}
		if b++; b <= hi {
			if k2, list2 := r.fieldRun(b, fullStop); k2 == k {
				j, list = b, list2
			}
		}
	}
	if k-j < minRecords || !list {
		// A table of figures under its heading: "New prices (per
		// litre)", then "Petrol: 283.45 rupees (+11.80)"; or a
		// glossary: "Key terms", then "Awa: river".
		if heading == 0 || heading > tableHeadWords {
			return hi
		}
		j = hi + 2
		if k, _ = r.fieldRun(j, shortFigure); k-j < minRecords {
			if k, _ = r.fieldRun(j, gloss); k-j < minRecords {
				return hi
			}
		}
	}
	if k < n && r.prose[k] && r.d.Paragraphs[k].Kept() {
		return k // a sentence that closes the report, as after a result
	}
	return k - 1
}

// fieldWith reports whether text is a field (see field) whose value passes
// ok.
func fieldWith(text string, ok func(string) bool) bool {
	_, v, isField := field(text)
	return isField && ok(v)
}

// tableHeadWords is the most words of the heading over a table of
// figures that closes the article (see endFields).
const tableHeadWords = 8

// shortFigure reports a value of a table of figures: a figure in at most
// fieldWords words ("283.45 rupees (+11.80)"). A finance widget's small
// print is longer.
func shortFigure(v string) bool { return wordCount(v) <= fieldWords && hasDigit(v) }

// endObituary returns the end of the body run that ends at hi, extended
// over the facts box that closes an obituary: right under the run, a line
// that names the dead and gives both dates ("Margaret Ann Ellery,
// crystallographer, born 2 June 1934; died 19 February 2026"), of at most
// obitLineWords words, and the kept lines under it that are fields (see
// field: "Born: 2 June 1934, Sunderland", "Education: ...", "Career:
// ..."), at most obitFields of them.
func (r *runScorer) endObituary(hi int) int {
	j := hi + 1
	if j >= len(r.st) || r.wall[j] || !r.d.Paragraphs[j].Kept() || r.st[j].words > obitLineWords || r.st[j].digits < 2 {
		return hi
	}
	t := r.d.Paragraphs[j].Text
	if !strings.Contains(t, "born ") || !strings.Contains(t, "died ") {
		return hi
	}
	k := j + 1
	for k < len(r.st) && k <= j+obitFields && r.d.Paragraphs[k].Kept() && !r.wall[k] && r.st[k].marks&mColon != 0 {
		if _, _, ok := field(r.d.Paragraphs[k].Text); !ok {
			break
		}
		k++
	}
	return k - 1
}

// obitLineWords is the most words of an obituary's facts line, and
// obitFields the most fields under it (see endObituary).
const obitLineWords, obitFields = 25, 8

// fieldRun returns the end (excluded) of the kept lines from j that are
// fields (see field) whose values pass ok, no two neighbours with the same
// label and none a byline, and whether one of the values is a list (a
// comma or a semicolon).
func (r *runScorer) fieldRun(j int, ok func(string) bool) (k int, list bool) {
	label := ""
	for k = j; k < len(r.st) && r.d.Paragraphs[k].Kept() && r.rec[k] == recNone && r.st[k].marks&mColon != 0; k++ {
		l, v, isField := field(r.d.Paragraphs[k].Text)
		if !isField || strings.EqualFold(l, label) || !ok(v) || r.sc.isByline(r.d, k) {
			break
		}
		list = list || strings.ContainsAny(v, ",;")
		label = l
	}
	return k, list
}

// endResult returns the end of the body run that ends at hi, extended
// over the record of a match that closes a match report: its result (see
// scoreLine: "Saukot–Haukat 4–3 ja. (0–2, 2–0, 1–1, 1–0)") at most
// bridgeLines lines after the run, then at least minRecords-1 kept lines
// in a row that are fields (see field) whose values hold a figure or end
// with a full stop ("Goals: Sorsa 3.12, Heinonen 24.09", "Attendance:
// 3 418"). The lines between the run and the result, none of them prose,
// a section header or a record, are the article's last lines (a short
// sentence, an embedded post); a site's trailer of fields ("Tags: Ice
// hockey, Sport") holds no figure and ends the record. A paragraph of
// prose right after the record closes the report ("In the next round,
// ...") and is taken too.
func (r *runScorer) endResult(hi int) int {
	n := len(r.st)
	for j := hi + 1; j < n && j <= hi+1+bridgeLines; j++ {
		p := &r.d.Paragraphs[j]
		if r.wall[j] || r.rec[j] != recNone || r.prose[j] {
			return hi
		}
		if !p.Kept() || r.st[j].digits == 0 || !scoreLine(p.Text) {
			continue
		}
		k := j + 1
		for ; k < n && r.d.Paragraphs[k].Kept() && r.rec[k] == recNone && r.st[k].marks&mColon != 0; k++ {
			_, v, ok := field(r.d.Paragraphs[k].Text)
			if !ok || !strings.HasSuffix(v, ".") && !strings.ContainsAny(v, "0123456789") {
				break
			}
		}
		if k-j <= minRecords-1 {
			return hi
		}
		if k < n && r.prose[k] && r.d.Paragraphs[k].Kept() {
			return k // a sentence that closes the report ("Next week, ...")
		}
		return k - 1
	}
	return hi
}

// speakerTurn reports a line of a transcript: a speaker's name in capitals
// (at most four words: "INSKEEP", "MS. WHITFIELD", "SECRETARY CARVER") and
// a colon before what they say; or "Q" or "A" and a colon or a full stop
// before a question or an answer, or "Q" and a space; a timecode may come
// first ("[00:12:31] HOST: …", see cutTimecode).
func speakerTurn(text string) bool {
	text = cutTimecode(text)
	if len(text) > 2 && (text[0] == 'Q' || text[0] == 'A') {
		switch rest := text[1:]; {
		case strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, ". "):
			return true
		case text[0] == 'Q' && rest[0] == ' ': // "A" starts sentences
			return true
		}
	}
	name, said, ok := strings.Cut(text, ": ")
	if !ok || said == "" || len(name) < 2 || strings.Count(name, " ") > 3 {
		return false
	}
	letters := 0
	for _, c := range name {
		switch {
		case unicode.IsUpper(c):
			letters++
		case c == ' ' || c == '.' || c == '-' || c == '\'':
		default:
			return false
		}
	}
	return letters >= 2
}

// speakerLabel reports a transcript's speaker alone on the line, over
// what they say: a name in capitals, maybe a comma and a role, and a colon
// ("DANA WHITFIELD, HOST:", "INSKEEP:"; see speakerTurn).
func speakerLabel(text string) bool {
	name, ok := strings.CutSuffix(text, ":")
	if !ok {
		return false
	}
	return speakerTurn(strings.Replace(name, ", ", " ", 1) + ": …")
}

// cutTimecode returns text without the timecode of a transcript's turn
// that opens it and the space after it: "[00:12:31] ", "(12:31) ",
// "00:12:31 " (one or two digits, then one or two groups of a colon and
// two digits, maybe in brackets), or text as it is.
func cutTimecode(text string) string {
	i, end := 0, byte(0)
	switch {
	case strings.HasPrefix(text, "["):
		i, end = 1, ']'
	case strings.HasPrefix(text, "("):
		i, end = 1, ')'
	}
	d := i
	for d < len(text) && d < i+2 && isDigit(text[d]) {
		d++
	}
	if d == i {
		return text
	}
	groups := 0
	for groups < 2 && d+2 < len(text) && text[d] == ':' && isDigit(text[d+1]) && isDigit(text[d+2]) {
		d += 3
		groups++
	}
	if groups == 0 {
		return text
	}
	if end != 0 {
		if d >= len(text) || text[d] != end {
			return text
		}
		d++
	}
	if d >= len(text) || text[d] != ' ' {
		return text
	}
	return text[d+1:]
}

// stageDirection reports a transcript's note in brackets and capitals
// ("(SOUNDBITE OF MUSIC)", "[LAUGHTER]").
func stageDirection(text string) bool {
	if len(text) < 4 || !(text[0] == '(' && text[len(text)-1] == ')' || text[0] == '[' && text[len(text)-1] == ']') {
		return false
	}
	inner := text[1 : len(text)-1]
	return strings.ToUpper(inner) == inner && strings.ContainsFunc(inner, unicode.IsLetter)
}

// contents returns the lines of a table of contents in the block of lines
// from to to (excluded), lines of the run up to hi after it: from the
// first to the last line of the block whose text comes back as a later
// line, not prose, of the block or of the run after it (a subheading),
// when at least two do, with a
// label right before them (see isContentsLabel: "Contents",
// "Table of contents"). It returns an empty range when there is none.
func (r *runScorer) contents(from, to, hi int) (int, int) {
	first, last, found := -1, -1, 0
	for k := from; k < to; k++ {
		t := headingKey(r.d.Paragraphs[k].Text)
		for m := k + 1; m <= hi; m++ {
			if !r.prose[m] && t != 0 && headingKey(r.d.Paragraphs[m].Text) == t {
				if first < 0 {
					first = k
				}
				last, found = k, found+1
				break
			}
		}
	}
	if found < 2 {
		return 0, 0
	}
	if first > from && isContentsLabel(r.d.Paragraphs[first-1].Text) {
		first--
	}
	return first, last + 1
}

// contentsKey returns an entry of a table of contents or a subheading
// without its number ("2.1 Geology", "3. Tourism") and a link in brackets
// at its end ("Geology[edit]"; see headingKey).
func contentsKey(s string) string {
	i := 0
	for i < len(s) && (isDigit(s[i]) || s[i] == '.' && i > 0) {
		i++
	}
	if i > 0 && i < len(s) && s[i] == ' ' {
		s = s[i+1:]
	}
	if strings.HasSuffix(s, "]") {
		if j := strings.LastIndexByte(s, '['); j > 0 && !strings.ContainsRune(s[j:], ' ') {
			s = strings.TrimRight(s[:j], " ")
		}
	}
	return s
}

// features fills sc.stats with the cheap features of each paragraph of d,
// and sc.keys, sc.ends, sc.sets and sc.inLang for sc.stops.
func (sc *bodyScratch) features(d *clean.Document) {
	numLangs()
	n := len(d.Paragraphs)
	sc.stats = resize(sc.stats, n)
	clear(sc.stats)
	// The keys of the words of all lines that may be stopwords (see scan),
	// where each line's end in keys, and the stopword sets of the keys
	// (see stopSet; 0 for other words).
	sc.ends = resize(sc.ends, n)
	keys := sc.keys[:0]
	for i := range d.Paragraphs {
		keys = scan(d.Paragraphs[i].Text, &sc.stats[i], keys)
		sc.ends[i] = int32(len(keys))
	}
	sc.keys = keys
	sc.sets = resize(sc.sets, len(keys))
	// The document's language is the one with the most stopword hits (the
	// first such in stopwordData).
	var perSet [2][1 << maskBits]int32
	lookupStopwords(keys, sc.sets, &perSet)
	var total [64]int
	// Set k is counted at k+1 (0 counts the other words); the slices of
	// one length spare the loop its bounds checks.
	even, odd := perSet[0][1:len(stopSets)+1], perSet[1][1:len(stopSets)+1]
	sets := stopSets[:len(even)]
	for k, c := range even {
		c += odd[k]
		if c == 0 {
			continue
		}
		for m := sets[k]; m != 0; m &= m - 1 {
			total[bits.TrailingZeros64(m)&63] += int(c)
		}
	}
	lang := 0
	for l := range stopLangs {
		if total[l] > total[lang] {
			lang = l
		}
	}
	sc.inLang = &stopInLang[lang]
	sc.fused = fusedLangs[stopLangs[lang]]
	sc.ordinalDots = ordinalDotLangs[stopLangs[lang]]
}

// ordinalDotLangs are the languages that write a full stop after an
// ordinal number and a year ("do 2026.", "am 3. März"): a headline there
// may end with one (see isTitle).
var ordinalDotLangs = setOf("sr", "hr", "sl", "cs", "sk", "de", "hu", "da", "no", "fi", "is", "lv", "et", "tr")

// fusedLangs are the languages that join to a word what others say with a
// function word (cases and possessives as endings: Finnish "talossa", in
// the house), so that their shorter sentences hold a smaller share of
// stopwords than their long ones: a prose paragraph there needs a share
// of fusedDiv, not 2, below that of the long sentences (see lowDensity).
var fusedLangs = map[string]bool{"fi": true, "et": true, "hu": true, "tr": true, "kk": true, "ne": true, "lt": true, "lv": true}

// fusedDiv divides the share of stopwords of the long sentences in a
// language of fusedLangs (see lowDensity).
const fusedDiv = 2.5

// lowDensity is lowDensity for the document's language: in one of
// fusedLangs the share asked is that of the long sentences over fusedDiv.
func (sc *bodyScratch) lowDensity(words, stops, lines int) (float64, bool) {
	low, ok := lowDensity(words, stops, lines)
	if ok && sc.fused {
		low *= 2 / fusedDiv
	}
	return low, ok
}

// stops returns the number of stopwords of the document's language in
// paragraph i. Only the few paragraphs that pass the other tests of
// isProse or isTitle need it, so it is counted when asked for.
func (sc *bodyScratch) stops(i int) int {
	from := int32(0)
	if i > 0 {
		from = sc.ends[i-1]
	}
	c, inLang := 0, sc.inLang
	for _, k := range sc.sets[from:sc.ends[i]] {
		c += int(inLang[k&(1<<maskBits-1)]) // k < 1<<maskBits: the mask spares a bounds check
	}
	return c
}

// datedLine reports a dateline that has the shape of prose: a third or
// more of its words figures, and a byline (see byline: "Published Oct.
// 14, 2026 at 6:00 a.m. | Updated Oct. 14, 2026 at 9:41 a.m."). A
// sentence that gives a time and a date has more words.
func (sc *bodyScratch) datedLine(d *clean.Document, i int) bool {
	s := &sc.stats[i]
	return 3*int(s.digits) >= int(s.words) && sc.isByline(d, i)
}

// tickerSeps are the separators of the items of a ticker (see tickerLine).
var tickerSeps = [...]string{" | ", " ● ", " • ", " ◆ ", " ▪ "}

// tickerLine reports a ticker that has the shape of prose: at least
// tickerItems items joined by one of tickerSeps, each of at most
// tickerWords words, none but the last ending a sentence and none holding
// two, two of them
// or more with a figure ("Latest: shares down 640 points ● dollar at
// 287.40 ● gold up 1,200 ● heat wave in Sindh", "FTSE 100 8,412.6 ▲0.42% |
// FTSE 250 20,931.1 ▼0.18% | ..."). A paragraph of the article joins no
// clauses so.
func tickerLine(text string, s *lineStats) bool {
	if s.marks&(mPipe|mBullet) == 0 {
		return false // the common case: no separator
	}
	for _, sep := range tickerSeps {
		n := strings.Count(text, sep)
		if n < tickerItems-1 {
			continue
		}
		figures, k := 0, 0
		for item := range strings.SplitSeq(text, sep) {
			k++
			if wordCount(item) > tickerWords || k <= n && endsSentence(item) || strings.Contains(item, ". ") {
				return false
			}
			if strings.ContainsAny(item, "0123456789") {
				figures++
			}
		}
		return figures >= 2
	}
	return false
}

// Knobs of tickerLine.
const (
	tickerItems = 3
	tickerWords = 12
)

// isProse reports a prose paragraph: at least proseWords words, a share of
// stopwords of at least sc.density (see lowDensity), a sentence end or a
// comma inside, and a sentence end at the end unless it is long. Where the
// share is lowered below sparseDensity (see lowDensity: the list holds
// fewer than one word in eight of the running text), a paragraph needs the
// whole number of stopwords the share asks of its length, rounded down: in
// Korean, whose list holds about one word in twenty of its running text,
// a paragraph of 17 words is asked 0.46 of a stopword, and one in two of
// them has none.
func (sc *bodyScratch) isProse(i int) bool {
	need := sc.density * float64(sc.stats[i].words)
	if sc.density < sparseDensity {
		need = math.Floor(need)
	}
	return sc.proseShape(i) && float64(sc.stops(i)) >= need
}

// introLine reports whether line i introduces the lines after it as a
// sentence does: it ends with a colon, has at least introWords words and
// a stopword among them ("Among the notable results:"; "Tags:" does not).
func (sc *bodyScratch) introLine(i int) bool {
	s := &sc.stats[i]
	return s.end == ':' && s.words >= introWords && sc.stops(i) > 0
}

// proseShape reports a paragraph that passes the tests of isProse but the
// share of stopwords: at least proseWords words, or in a language the
// stopword list does not know (sc.unseen) a sentence of at least
// unseenProseWords words that ends with a full stop.
func (sc *bodyScratch) proseShape(i int) bool {
	s := &sc.stats[i]
	return s.words >= proseWords && (s.sents > 0 || s.commas > 0) && (stopRune(s.end) || s.words >= longProse) ||
		sc.unseen && unseenShape(s)
}

// unseenShape reports prose's shape in a language the stopword list does
// not know (see proseShape): a sentence of unseenProseWords to proseWords
// words that ends with a full stop, not a question or a cry (a teaser's).
func unseenShape(s *lineStats) bool {
	return s.words >= unseenProseWords && s.words < proseWords && fullStop(s.end) && s.end != '?' && s.end != '!'
}

// lowDensity returns the share of stopwords a prose paragraph needs in a
// language whose stopword list covers less of its running text than
// English does (Russian, with no articles: about two words in five;
// Korean, where particles are written into the word: about one word in
// ten), and false in any other language (the share is proseDensity
// there). The share of running text is measured on the document's long
// sentences, kept paragraphs of at least longProse words that end a
// sentence and read as prose but for their stopwords: words of them in
// all, stops of them stopwords, lines of them (at least denseLines).
// Running text in a language the list covers well is about half
// stopwords, twice proseDensity; where the long sentences hold fewer than
// twice proseDensity, a prose paragraph needs half their share, so a short
// paragraph of plain running text passes in every language.
func lowDensity(words, stops, lines int) (float64, bool) {
	if lines < denseLines || float64(stops) >= 2*proseDensity*float64(words) {
		return 0, false
	}
	return float64(stops) / float64(words) / 2, true
}

// unseenLanguage reports, for a document with fewer than denseLines long
// sentences (see lowDensity), whether the stopword list says nothing about
// its language. The share of stopwords is measured on all its sentences
// of at least proseWords words (words, stops and lines as in lowDensity; at
// least sparseLines lines). Korean, Turkish and Hebrew write particles into
// the word, and news in them comes in sentences of 10 to 20 words: many
// have no stopword at all, and none reaches longProse words. Where that
// share is below proseDensity, half what lowDensity allows (short
// sentences include a page's teasers and captions, and running text in a
// language the list covers well never falls that low), the list says
// nothing about the language: a prose paragraph then needs no stopword,
// and prose is known by its shape (see proseShape).
func unseenLanguage(words, stops, lines int) bool {
	return lines >= sparseLines && float64(stops) < proseDensity*float64(words)
}

// readsAsArticle reports a document that shows no sign of boilerplate:
// nothing was removed before the body finder, it has no section header
// and no record list, and no block of lines in a row that are neither
// prose nor read as part of an article (a menu, a row of share buttons, a
// list of teasers): menuBlock such lines when one of them is a label of
// fewer than looseWords words, teaserBlock when all are longer. A
// headline over one or two standfirsts, or a list of a few items that
// end no sentence, is an article's own. Its short lines are subheadings, questions and
// answers, short quotes, table rows or list items between the prose, so
// the body run would only cut article text at its edges. Cleaning clean
// text again leaves it alone.
func readsAsArticle(d *clean.Document, st []lineStats, prose []bool, rec []uint8, wall []bool) bool {
	block, short := 0, false
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() {
			return false
		}
		if wall[i] || rec[i] != recNone {
			return false
		}
		if prose[i] || articleLine(p.Text, &st[i]) {
			block, short = 0, false
			continue
		}
		block++
		short = short || st[i].words < looseWords
		if block >= menuBlock && short || block >= teaserBlock {
			return false
		}
	}
	return true
}

// findTitle returns the article's title above the run that starts at lo,
// and a standfirst kept with it (-1 when there is none).
//
// The title is the nearest line above the run that can be one, at most
// titleReach lines up, lines the rules removed (share buttons, photo
// credits) aside. Some lines there are passed over: a byline or a dateline
// (see byline) or a note on the author under the author's name (see
// authorNote), after which the title is at most bylineReach lines further
// up, all lines counted (the headline sits right above the byline; further
// up are captions and menus), a byline there taking the reach on; an
// outlet's name between two bylines ("The Daily Planet", see outletName);
// a caption, a line next to a photo credit, and a photo's label above
// its caption (see photoLabel); and a button of at most buttonWords words
// with a byline right above it ("Gift this article", "Heard on Morning
// Edition"). Below the bylines, a line of at most tapWords words (a share
// button left untranslated by the rules, "Stampa", "Copiar link") costs no
// reach either, but a title found only thanks to them must have a byline
// between it and the run: a slogan above a menu is no headline. The
// author's name right above a dateline (see authorName) costs no reach
// either. A title
// above a byline, in sentence case, of at least
// dekWords words and with a title-like line right above it that is not
// much longer (dekSlack), is a standfirst under its headline: both stay,
// unless a standfirst that ends like a sentence lies between the title and
// the byline (see dekBelow): then the title is the headline (in sentence
// case, as many are) and that line its standfirst.
//
// A line that can be the title but sits right under a byline block (see
// underBylines) is a caption or a note under the byline (a credit the
// rules do not know, "Got a question? Write to …"): the headline is above
// the bylines, and the search goes on there for a line of more than
// buttonWords words ("Back to overview" is a button). The line under the
// bylines is the title when no line above them can be one; otherwise it
// goes with the bylines, and the headline is then right above the article
// when its text is cleaned again. Above a byline, a line of the shape of
// a title without a stopword (see looseTitle) is the title when no line
// there can be one, unless it is short and a line under the bylines can
// be (a headline in Finnish or Bengali may hold no stopword), and it is
// the headline over a standfirst.
//
// When the search finds no title above a byline, and the nearest title
// is none or the last item of a list (see listEnd: key points, the pros
// and cons of a review), the byline block lies further up, above the
// furniture between it and the article (a summary box, key points, a
// score box, a video): the search starts again from the nearest dateline
// there (see bylineBeyond) and takes the title it finds above a byline.
// With no byline at all, a standfirst is taken under a headline that is
// the document's first kept line (a text cleaned before). With no title
// found, the headline may be the page's first line, above the menu (see
// topTitle). A breaking-news ticker taken for the headline over a
// standfirst that can be a title is a ticker: the title is the line
// under it (see breakingLine).
func (sc *bodyScratch) findTitle(d *clean.Document, lo int) (title, dek int) {
	title, dek = sc.findHead(d, lo)
	if title >= 0 && dek == nextKept(d.Paragraphs, title) && breakingLine(d.Paragraphs[title].Text) && sc.isTitle(dek, d.Paragraphs[dek].Text) {
		// A breaking-news ticker over the headline ("BREAKING: Senate
		// session adjourned"): the headline is the line under it.
		return dek, -1
	}
	return title, dek
}

// tickerLabels open a news ticker's line, in capitals, before a colon.
// A live page's headline opens with "LIVE:" over a standfirst: no
// ticker.
var tickerLabels = setOf("BREAKING", "BREAKING NEWS", "JUST IN", "DEVELOPING", "NEWS ALERT", "ALERT", "FLASH")

// breakingLine reports whether text opens with one of tickerLabels and a
// colon ("BREAKING: Senate session adjourned till Thursday").
func breakingLine(text string) bool {
	c := strings.IndexByte(text, ':')
	return c > 0 && c <= len("BREAKING NEWS") && tickerLabels[text[:c]]
}

// findHead is findTitle without the ticker's check.
func (sc *bodyScratch) findHead(d *clean.Document, lo int) (title, dek int) {
	title, dek, last, sure := sc.titleFrom(d, lo, 0)
	if title < 0 {
		// Buttons the rules removed between the standfirst and the
		// byline block ("0 comments", "Share") may hide a headline
		// over its standfirst: it is taken when both are found.
		if t, k, l, ok := sc.titleFrom(d, lo, removedReach); t >= 0 && k >= 0 && ok {
			title, dek, last, sure = t, k, l, ok
		}
	}
	if h, k := sc.headingTitle(d, lo); h >= 0 && (title < 0 || h < title && d.Paragraphs[title].Kind != clean.KindHeading) {
		return h, k
	}
	if sure {
		return title, dek
	}
	if b := sc.bylineBeyond(d, last); b >= 0 {
		if t, k, _, ok := sc.titleFrom(d, b+1, 0); ok && t >= 0 {
			return t, k
		}
	}
	if title < 0 {
		if t := sc.topTitle(d, lo); t >= 0 {
			return t, -1
		}
		// An opinion headline that closes with a retort ("… like bad
		// weather. It isn't.") reads as a standfirst: it is taken only
		// when no other headline is found (see shortRetort), and looked
		// for again only when a line above may be one.
		if sc.retortAbove(d, lo) {
			sc.retorts = true
			title, dek, _, _ = sc.titleFrom(d, lo, 0)
			sc.retorts = false
		}
	}
	return title, dek
}

// retortAbove reports whether a kept line of the 3×titleReach lines above
// lo may be a headline that closes with a retort: two sentences, a full
// stop last, the second short (see shortRetort).
func (sc *bodyScratch) retortAbove(d *clean.Document, lo int) bool {
	for i := lo - 1; i >= 0 && i >= lo-3*titleReach; i-- {
		if d.Paragraphs[i].Kept() && retortShape(&sc.stats[i], d.Paragraphs[i].Text) {
			return true
		}
	}
	return false
}

// topTitle returns the headline a scraper wrote at the top of the page,
// above the site's menu, when the title search finds none (-1: none): the
// document's first kept line of at least dekWords words, with at most
// topShort kept lines of at most buttonWords words above it (a section, a
// kicker) and none longer, that can be a title (see isTitle), is no
// byline and names what the article tells (see aboutRun), at most
// beyondReach lines above the run lo; under it, down to
// lo, only lines the rules removed, bylines and lines of at most tapWords
// words (the menu, share buttons).
func (sc *bodyScratch) topTitle(d *clean.Document, lo int) int {
	t, short := -1, 0
	for j := range lo {
		p, s := &d.Paragraphs[j], &sc.stats[j]
		switch {
		case !p.Kept():
		case t >= 0:
			if s.words > tapWords && !sc.isByline(d, j) {
				return -1
			}
		case s.words <= buttonWords && short < topShort:
			short++
		case j < lo-beyondReach || s.words < dekWords || !sc.isTitle(j, p.Text) || sc.isByline(d, j) ||
			!aboutRun(d, p.Text, lo):
			return -1
		default:
			t = j
		}
	}
	return t
}

// placeLine reports a place as a dateline names it: at most placeWords
// capitalised words with a comma between them ("Capitol Press Room, Port
// Hadley", "City Hall, Kessford").
func placeLine(text string, st *lineStats) bool {
	return st.words <= placeWords && strings.Contains(text, ", ") && isCapitalised(text)
}

// placeWords is the most words of a placeLine.
const placeWords = 6

// cityLine reports a city as a byline block names it under the author's
// name: at most cityWords capitalised words, with no figure and no mark
// after the last word ("Barcelona", "Den Haag").
func cityLine(text string, st *lineStats) bool {
	return st.words <= cityWords && st.digits == 0 && unicode.IsLetter(st.end) && isCapitalised(text)
}

// cityWords is the most words of a cityLine.
const cityWords = 3

// topShort is the most short lines above a topTitle.
const topShort = 2

// aboutRun reports whether the headline h names what the article from
// line lo tells: at least sharedWords of its words of four letters or
// more (or figures) occur, as whole words, in the first sharedParas kept
// paragraphs from lo. A site's tagline over its menu ("Exclusive news,
// data and analytics for financial market professionals") names none.
func aboutRun(d *clean.Document, h string, lo int) bool {
	n := 0
	for w := range strings.FieldsSeq(h) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if utf8.RuneCountInString(w) < 4 && !hasDigit(w) {
			continue
		}
		for j, k := lo, 0; j < len(d.Paragraphs) && k < sharedParas; j++ {
			if p := &d.Paragraphs[j]; p.Kept() {
				k++
				if containsWordFold(p.Text, w) {
					n++
					break
				}
			}
		}
		if n >= sharedWords {
			return true
		}
	}
	return false
}

// sharedWords and sharedParas: see aboutRun.
const sharedWords, sharedParas = 2, 3

// headingTitle returns the headline the extractor saw (a Markdown or HTML
// heading) above the run lo, and its standfirst (-1: none): the nearest
// heading that can be a title (see isTitle, stoppedHeading), at most beyondReach lines up,
// with no section header or record between and no prose but the line
// right under it, which is then its standfirst, as is a line under it that
// reads as one (see dekBelow, standfirst). A title search by the lines'
// words alone takes a byline or a caption there for the headline when
// the furniture between is long. (-1, -1) on plain text.
func (sc *bodyScratch) headingTitle(d *clean.Document, lo int) (title, dek int) {
	if d.Format == clean.FormatText {
		return -1, -1 // plain text has no headings
	}
	prose := -1
	for j := lo - 1; j >= 0 && j >= lo-beyondReach; j-- {
		p := &d.Paragraphs[j]
		switch {
		case !p.Kept():
		case sc.wall[j] || sc.rec[j] != recNone:
			return -1, -1
		case p.Kind == clean.KindHeading && (sc.isTitle(j, p.Text) || sc.stoppedHeading(d, j)):
			k := nextKept(d.Paragraphs, j)
			if prose >= 0 && prose != k {
				return -1, -1
			}
			if k < 0 || k >= lo || !(sc.prose[k] || sc.dekBelow(d, k) || sc.standfirst(d, k)) {
				k = -1
			}
			return j, k
		case sc.prose[j]:
			if prose >= 0 {
				return -1, -1
			}
			prose = j
		}
	}
	return -1, -1
}

// bylineBeyond returns the nearest dateline above line i (see byline: a
// byline of at most datelineWords words with a figure, the date or the
// time), at most beyondReach lines up, or -1. The search stops at a section header, a record (a list of
// teasers), at a menu (more than menuLines short lines in a row) and at
// the beyondProse-th prose paragraph, and passes over
// the fields of a record (see markStructure: "Release date: 19 November
// 2026" in a review's score box): the article's byline
// block lies above its furniture (a summary box, key points, a score box,
// a video), not above another story.
func (sc *bodyScratch) bylineBeyond(d *clean.Document, i int) int {
	paras, short := 0, 0
	for j := i - 1; j >= 0 && j >= i-beyondReach; j-- {
		if sc.stats[j].words > buttonWords {
			short = 0
		} else if d.Paragraphs[j].Kept() && !sc.free[j] {
			short++
		}
		switch {
		case !d.Paragraphs[j].Kept() || sc.free[j]:
		case sc.wall[j] || sc.rec[j] != recNone:
			return -1
		case short > menuLines:
			return -1 // the site's menu: the byline is not above it
		case sc.prose[j]:
			if paras++; paras >= beyondProse {
				return -1
			}
		case sc.stats[j].words <= datelineWords && sc.stats[j].digits > 0 && sc.isByline(d, j):
			return j
		}
	}
	return -1
}

// titleFrom is the title search of findTitle from line lo up: it returns
// the title (-1: none) and its standfirst (-1: none), the last line it
// looked at, and whether the title is sure: found above a byline, or
// found right above the article and not the last item of a list (see
// listEnd). The first free lines the rules removed right above the byline
// block cost no reach.
func (sc *bodyScratch) titleFrom(d *clean.Document, lo, free int) (title, dek, last int, sure bool) {
	title, under, loose := -1, -1, -1 // loose: the nearest looseTitle above a byline
	named := false                    // the author's name above a dateline was passed over
	job, top := false, -1             // the author's job right above the byline top was passed over
	jobAt := -1                       // where that job line is
	city := false                     // the city between the author's name and the dateline was passed over
	// edge: the byline block's top (the byline, or the author's name over
	// it), or the top free line removed right above it.
	edge := -1
	reach, below := lo-titleReach, -1 // below: the nearest byline passed over
	// strict is the reach without the short lines passed over for free:
	// a title beyond it is only taken above a byline.
	strict := reach
	last = lo
	for i := lo - 1; i >= 0 && i >= reach; i-- {
		last = i
		p := &d.Paragraphs[i]
		// A byline with the author's address, which the rules removed
		// as a contact line ("By Jane Doe jdoe@example.com"), is a
		// byline all the same.
		contactByline := !p.Kept() && p.Removal.Rule == RuleContact && len(p.Text) <= contactBylineBytes && sc.isByline(d, i)
		if !p.Kept() && !contactByline {
			// A removed line costs no reach below the bylines, nor
			// the first free ones right above them.
			if below < 0 || free > 0 && i+1 == edge {
				reach--
				strict--
				if below >= 0 {
					free--
					edge = i
				}
			}
			continue
		}
		if !contactByline && (duration(p.Text) || sc.stats[i].words == 0) {
			// A video's length ("1:12", under its title) or a time of
			// day alone ("10:14" under the dateline) is no byline the
			// headline must sit on, and a line without a word (a
			// review's stars, "★★★★☆") costs no reach either.
			reach--
			strict--
			continue
		}
		if contactByline || sc.isByline(d, i) || authorNote(d, i) || below < 0 && sc.nameOverJob(d, i, lo) {
			reach = i - bylineReach
			strict = reach
			if below < 0 {
				below = i
			}
			top, edge = i, i
			continue
		}
		if below < 0 && sc.stats[i].words <= tapWords {
			reach-- // neither can a share button below the bylines
			continue
		}
		if below >= 0 && nextKept(d.Paragraphs, i) == top && authorName(p.Text, &sc.stats[i]) && lifespan(d.Paragraphs[top].Text) {
			// A name over a lifespan ("Harold James Wendt", then
			// "March 2, 1938 – March 10, 2024") is an obituary's
			// headline, not its author.
			title = i
			break
		}
		if below >= 0 && !job && nextKept(d.Paragraphs, i) == top && i > 0 &&
			(jobLine(p.Text, &sc.stats[i]) || jobTail(p.Text, &sc.stats[i]) || outletUnder(p.Text, &sc.stats[i]) && !byName(d.Paragraphs[top].Text)) &&
			(authorName(d.Paragraphs[i-1].Text, &sc.stats[i-1]) || sc.isByline(d, i-1)) {
			// The author's job right over the dateline ("Rugby writer",
			// then "10:48pm, Saturday") and under the name is part of
			// the byline block, as is the outlet the author writes for
			// ("Jane Doe", "Springfield Courier", then the dateline);
			// "The Last Foreign Correspondent" over "By Jane Doe" is a
			// headline, and so is "Bridge Closes For Repairs" under
			// "Local News" (a byline by name gives the name).
			job, jobAt = true, i
			reach--
			strict--
			continue
		}
		if below >= 0 && !city && i > 0 && nextKept(d.Paragraphs, i) == top && cityLine(p.Text, &sc.stats[i]) {
			if k := prevKept(d.Paragraphs, i); k >= 0 && authorName(d.Paragraphs[k].Text, &sc.stats[k]) {
				// The author's city between the name and the
				// dateline ("Marta Puig", "Barcelona", then the
				// date) is part of the block.
				city = true
				reach--
				strict--
				continue
			}
		}
		if k := nextKept(d.Paragraphs, i); below >= 0 && !named && k > i && contactsBetween(d, i, k) &&
			(sc.isByline(d, k) || job && k == jobAt) && (authorName(p.Text, &sc.stats[i]) || sc.caselessName(d, i)) {
			// The author's name over a dateline ("Jane Doe", then
			// "16 November 2026 · 19:42"; the author's e-mail address
			// between them aside), or over the author's job, is part
			// of the byline block.
			named, edge = true, i
			reach--
			strict--
			continue
		}
		if below >= 0 && placeLine(p.Text, &sc.stats[i]) {
			if k := prevKept(d.Paragraphs, i); k >= 0 && sc.isByline(d, k) {
				// A dateline's place between its date and its time
				// ("August 21, 2026", "Capitol Press Room, Port
				// Hadley", "2:03 P.M. CDT") is part of the block.
				reach--
				strict--
				continue
			}
		}
		if n := sc.photoBlock(d, i); n > 0 {
			// A photo between the headline and the byline, numbered
			// in its gallery, costs no reach.
			reach -= n
			strict -= n
			continue
		}
		if !sc.isTitle(i, p.Text) || sc.nextToCredit(d, i) || sc.photoLabel(d, i) || i < strict {
			credited := sc.nextToCredit(d, i)
			if below >= 0 && loose < 0 && sc.looseTitle(d, i) && !credited {
				loose = i
			}
			if below >= 0 && credited && i >= strict {
				// A photo's caption over its credit, between the
				// standfirst and the byline block, costs no reach
				// either.
				reach--
				strict--
			}
			continue
		}
		// A button under the byline block, or an outlet's name between
		// two bylines: the byline above takes the reach on.
		if sc.stats[i].words <= buttonWords || below >= 0 && outletName(p.Text) {
			if j := sc.bylineAbove(d, i, false, nil); j >= 0 {
				reach, strict = min(reach, j), min(strict, j)
				continue
			}
		}
		if below < 0 && sc.underBylines(d, i) {
			if k := nextKept(d.Paragraphs, i); sc.stats[i].words >= dekWords && k > i && k < lo && sc.dekLine(d, k) {
				// Over its standfirst, above the article's furniture
				// (a video, a photo), a line of dekWords words or
				// more under the dateline is the headline: a caption
				// sits on the article, and a widget's label is short.
				return i, k, i, true
			}
			if under < 0 {
				under = i
				continue
			}
		}
		if under >= 0 && (below < 0 || sc.stats[i].words <= buttonWords) {
			continue // the headline is above the bylines, longer than a button
		}
		title = i
		break
	}
	if below < 0 {
		if t, k := sc.cleanedHead(d, lo); t >= 0 {
			return t, k, last, true
		}
	}
	if title < 0 && loose >= 0 && (under < 0 || sc.stats[loose].words >= dekWords || sc.standfirst(d, loose)) {
		title = loose // a short one is no better than the line under the bylines
	}
	if title < 0 {
		if h := under - 1; under > 0 && h > below && d.Paragraphs[h].Kept() && sc.titleCaseHead(d, h) && sc.standfirst(d, under) {
			// Under the bylines, a headline in title case right over a
			// standfirst in sentence case: a press release's headline
			// and summary, with the wire's dateline above both.
			return h, under, last, false
		}
		return under, -1, last, false
	}
	if below < 0 {
		if title > 0 && sc.opensDocument(d, title-1) && sc.standfirst(d, title) {
			// The headline opens the document over its standfirst, as in
			// a text cleaned before: no byline is left to confirm them.
			return title - 1, title, last, true
		}
		return title, -1, last, !sc.listEnd(d, title)
	}
	if below > title+1 && sc.dekBelow(d, title+1) {
		return title, title + 1, last, true
	}
	if k := nextKept(d.Paragraphs, title+1); k > 0 && k < below && sc.stats[title+1].words < dekWords &&
		d.Paragraphs[title+1].Kept() && !authorName(d.Paragraphs[title+1].Text, &sc.stats[title+1]) && sc.dekBelow(d, k) {
		// A short line between the headline and the standfirst (a
		// score, a kicker) goes; the standfirst stays. An author's
		// name there is the byline block's.
		return title, k, last, true
	}
	if sc.authorLine(d, title, below) {
		return title - 2, title - 1, last, true
	}
	// Over removed lines, a headline is no short masthead ("THE DAILY
	// EXAMINER" over the page's address and the headline).
	if h := headOver(d.Paragraphs, title); h >= 0 && below > title && (h == title-1 || sc.stats[h].words >= dekWords) &&
		sc.standfirstUnder(d, h, title) {
		return h, title, last, true
	}
	return title, -1, last, true
}

// lifespan reports whether t is a life's dates: two dates that each end
// with a year, joined by a dash ("March 2, 1938 – March 10, 2024",
// "1938 - 2024"), each a year alone or a dateline (see htmlIsDateline),
// the second year not before the first and at most lifespanYears after
// it.
func lifespan(t string) bool {
	for _, dash := range [...]string{"–", "—", "-"} {
		i := strings.Index(t, dash)
		if i < 0 {
			continue
		}
		l, r := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(dash):])
		a, ok1 := endYear(l)
		b, ok2 := endYear(r)
		return ok1 && ok2 && a <= b && b-a <= lifespanYears && (len(l) == 4 || htmlIsDateline(l)) && (len(r) == 4 || htmlIsDateline(r))
	}
	return false
}

// lifespanYears is the longest life lifespan takes.
const lifespanYears = 120

// endYear returns the year of four digits that ends t.
func endYear(t string) (int, bool) {
	if len(t) < 4 || !yearWord(t[len(t)-4:]) {
		return 0, false
	}
	y, _ := strconv.Atoi(t[len(t)-4:])
	return y, true
}

// titleCaseHead reports whether line h is a headline in title case of
// dekWords words or more ("Corvalis Thermal Systems to Build $210 Million
// Heat Pump Plant in Tennessee"): not in sentence case, as a standfirst
// under it is, and opening with a letter (a row of the page's facts
// opens with its date: "21/06/2014 Tony Carter All, Books, News").
func (sc *bodyScratch) titleCaseHead(d *clean.Document, h int) bool {
	t := d.Paragraphs[h].Text
	r, _ := utf8.DecodeRuneInString(t)
	return sc.stats[h].words >= dekWords && unicode.IsLetter(r) && !sentenceCase(t) && sc.isTitle(h, t)
}

// contactBylineBytes is the longest byline with the author's address that
// titleFrom reads (see byline).
const contactBylineBytes = 96

// headOver returns the line above a standfirst i that may be its headline:
// the nearest kept line above i, with at most headGap lines between them
// that the rules removed as a share label or a link's address (the
// "Shared from the app" trailer and the page's address that apps put
// under the headline); -1 when there is none.
func headOver(ps []clean.Paragraph, i int) int {
	for k := i - 1; k >= 0 && k >= i-1-headGap; k-- {
		switch r := ps[k].Removal; {
		case r == nil:
			return k
		case r.Rule != RuleShareLabel && r.Rule != RuleURL:
			return -1
		}
	}
	return -1
}

// headGap is the most removed lines between a headline and its
// standfirst (see headOver).
const headGap = 2

// cleanedHead returns the headline and the standfirst of a text cleaned
// before, with no byline left: the only kept lines above the run lo are,
// from the document's start, a kicker of at most buttonWords words a
// first cleaning kept ("Second Division · Report", see opensDocument), a
// headline and its standfirst (see standfirst) of at most dekMax words.
// A standfirst of more than 25 words can be no title, and a headline
// without a stopword is a title only above a byline: the search alone
// finds neither, or takes the kicker. When the run starts at the
// standfirst (it is prose), the headline is the only kept line above it.
// (-1, -1): none.
func (sc *bodyScratch) cleanedHead(d *clean.Document, lo int) (title, dek int) {
	k := prevKept(d.Paragraphs, lo)
	if k >= 0 && sc.opensDocument(d, k) && sc.standfirst(d, lo) {
		return k, lo
	}
	if k < 1 || sc.stats[k].words > dekMax || !d.Paragraphs[k-1].Kept() || !sc.opensDocument(d, k-1) || !sc.standfirst(d, k) {
		return -1, -1
	}
	return k - 1, k
}

// authorLine reports whether line i, found as the title right above the
// byline b (other bylines and lines the rules removed aside), is the author's line under a
// headline and its standfirst (see standfirst): not in sentence case
// (names: "Jane Doe in Paris and John Roe in Rome", "Text: Jane Doe",
// "The Daily Planet staff") or an outlet and its author in a script
// without case (see caselessCredit), with fewer words than the standfirst. A
// headline sits above its standfirst, not under it.
func (sc *bodyScratch) authorLine(d *clean.Document, i, b int) bool {
	t := d.Paragraphs[i].Text
	if i < 2 || b <= i || sentenceCase(t) && !caselessCredit(t) || sc.stats[i].words >= sc.stats[i-1].words ||
		!d.Paragraphs[i-1].Kept() || wordCount(d.Paragraphs[i-1].Text) < dekWords {
		return false // a link's address is no standfirst
	}
	for j := i + 1; j < b; j++ {
		if d.Paragraphs[j].Kept() && !sc.isByline(d, j) {
			return false
		}
	}
	return sc.standfirst(d, i-1)
}

// caselessCredit reports a line in a script without case (Arabic,
// Hebrew, Chinese) of at most creditWords words with a dash or a bar
// between spaces: an outlet and its author ("الرائد اليوم - سامر
// الحداد"), which capitals would tell in a script with case.
func caselessCredit(text string) bool {
	if wordCount(text) > caselessWords || !strings.Contains(text, " - ") && !strings.Contains(text, " – ") &&
		!strings.Contains(text, " | ") {
		return false
	}
	for _, r := range text {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// caselessWords is the most words of a caselessCredit.
const caselessWords = 6

// headInRun returns where the body run lo..hi starts when the article's
// head lies inside it: a byline at most headLines kept lines into the run
// (a prose paragraph longer than a dateline is none, though it holds a
// time), and the title search from the first line under the byline block
// (see pastBylines) finding a title below lo. The lines above that title
// are not the article's (a quote widget's note above the headline). It
// returns that first line, the title and its standfirst, or lo, -1, -1.
func (sc *bodyScratch) headInRun(d *clean.Document, lo, hi int) (int, int, int) {
	b := -1
	for j, seen := lo+1, 0; j <= hi && seen < headLines; j++ {
		if !d.Paragraphs[j].Kept() {
			continue
		}
		seen++
		if !(sc.prose[j] && sc.stats[j].words > datelineWords) && sc.isByline(d, j) {
			b = j
			break
		}
	}
	if b < 0 {
		return lo, -1, -1
	}
	start := sc.pastBylines(d, b-1, hi)
	if start <= b {
		return lo, -1, -1
	}
	t, k := sc.findTitle(d, start)
	if t <= lo || t >= b || !sc.isTitle(t, d.Paragraphs[t].Text) {
		return lo, -1, -1
	}
	return start, t, k
}

// headLines is how many kept lines into the body run headInRun looks for
// a byline.
const headLines = 4

// pastBylines returns the first line of the body run lo..hi under the
// byline block, when the run starts at a standfirst (see dekBelow: a
// byline right under it, or a name and then a byline), or lo: the lines
// after the standfirst that are bylines (see isByline, authorNote; prose
// longer than a dateline is none, though it holds a time of day), the
// name dekBelow passes over above the first one, lines the rules
// removed, or under a byline lines that are no prose and of at most
// tapWords words or an affiliation (the outlet, share buttons; a
// subheading is longer). The caller keeps that start only when the title search from
// it takes line lo as the standfirst under a line that can be a title
// (see isTitle; a looseTitle there can be a photo's credit over its
// caption), so a run whose first paragraph is the article's keeps it.
func (sc *bodyScratch) pastBylines(d *clean.Document, lo, hi int) int {
	if lo == 0 || lo+1 <= hi && sc.prose[lo+1] || !sc.dekBelow(d, lo) {
		return lo // a paragraph under it: no byline (cheaper than dekBelow)
	}
	byl := false
	for j := lo + 1; j <= hi; j++ {
		q := &d.Paragraphs[j]
		switch {
		case !q.Kept():
		case !(sc.prose[j] && sc.stats[j].words > datelineWords) && (sc.isByline(d, j) || authorNote(d, j)):
			byl = true
		case !byl: // the name above the first byline (see dekBelow)
		case !sc.prose[j] && (sc.stats[j].words <= tapWords && !playerButton(d, j) || affiliation(q.Text, &sc.stats[j])):
			// The outlet under the author's name, share buttons: the
			// byline block goes on. A video player's button starts
			// the run (see player), which the title search passes.
		default:
			// A time of day alone over the paragraph is a live blog's
			// entry, not a byline block: the run starts at its first
			// entry.
			if k := prevKept(d.Paragraphs, j); timeStamp(d.Paragraphs[k].Text) {
				return lo
			}
			return j
		}
	}
	return lo
}

// playerButton reports whether line j is a video player's button: the
// next kept line holds the video's length alone (see duration).
func playerButton(d *clean.Document, j int) bool {
	k := nextKept(d.Paragraphs, j)
	return k > j && duration(d.Paragraphs[k].Text)
}

// keyPoints returns the lines from..to-1 of a box of key points right
// above the body run lo, at most 2*keyMax lines up: a label of key points
// the rules kept (see keyLabel: "Key points", "At a glance", "Das
// Wichtigste in Kürze") and under it keyMin to keyMax short lines
// (looseWords to keyWords words, at most two sentences; no section
// header, record, author's line (see byName), reading time (see
// metaLine) or dateline without a stopword; a time of day in a sentence
// is no byline there), with only the author's line,
// the reading time, lines the rules removed and buttons (at most
// buttonWords words: "Auto-refresh on") between them and the run, which
// the box does not take. The box's lines the rules kept are the
// article's, though they are no prose: the newsroom's summary of the
// story. The label decides: a list of teasers ("Most read", "Related")
// has lines of the same shape, and a box with no label is left out.
// (-1, -1): none. The caller takes the box only under the title.
func (sc *bodyScratch) keyPoints(d *clean.Document, lo int) (from, to int) {
	// Most pages have no label there: it is looked for first, among the
	// 2*keyMax lines above the run.
	label := false
	for j := lo - 1; j >= 0 && j >= lo-2*keyMax && !label; j-- {
		label = sc.stats[j].words <= keyLabelWords && d.Paragraphs[j].Kept() && keyLabel(d.Paragraphs[j].Text)
	}
	if !label {
		return -1, -1
	}
	j := lo - 1
	for j >= 0 && (!d.Paragraphs[j].Kept() || sc.stats[j].words <= buttonWords || byName(d.Paragraphs[j].Text) ||
		metaLine(d.Paragraphs[j].Text) || sc.isByline(d, j)) {
		j--
	}
	to = j + 1
	// The shape of the lines first, the label next; a byline among the
	// lines is looked for only under a label.
	for items := 0; j >= 0 && items <= keyMax; j-- {
		p, s := &d.Paragraphs[j], &sc.stats[j]
		if s.words <= keyLabelWords && p.Kept() && keyLabel(p.Text) {
			if keyMin > items {
				break
			}
			for k := j + 1; k < to; k++ {
				if q := &d.Paragraphs[k]; q.Kept() && (byName(q.Text) || metaLine(q.Text) || sc.stops(k) == 0 && sc.isByline(d, k)) {
					return -1, -1
				}
			}
			return j, to
		}
		if !p.Kept() {
			continue
		}
		if s.words < looseWords || s.words > keyWords || s.sents > 2 || sc.wall[j] || sc.rec[j] != recNone {
			break
		}
		items++
	}
	return -1, -1
}

// verdictBox returns the lines from..to-1 of a review's box of pros and
// cons right above the body run lo: one to verdictSections sections, each
// a label of verdictLabels ("Pros", "Cons", "What we like", "Specs") the
// rules kept and under it keyMin to keyMax kept lines of at most keyWords
// words and two sentences (no section header, record or line of a deals
// widget), with only lines the rules removed, the author's line, the
// reading time and a deals widget's heading and prices (see dealLine)
// between the box and the run.
// Unlike key points, its items may be a word or two ("Slow charging").
// The verdict above the box, a label of verdictHeads ("Quick verdict")
// over one or two paragraphs, is the box's too. (-1, -1): none. The caller
// takes the box, as it takes key points, only under the title.
func (sc *bodyScratch) verdictBox(d *clean.Document, lo int) (from, to int) {
	j := lo - 1
	for j >= 0 && (!d.Paragraphs[j].Kept() || byName(d.Paragraphs[j].Text) || metaLine(d.Paragraphs[j].Text) ||
		sc.stats[j].words <= dealWords && dealLine(d.Paragraphs[j].Text)) {
		j--
	}
	to, from = j+1, -1
	for sections := 0; sections < verdictSections; sections++ {
		items := 0
		for ; j >= 0 && items <= keyMax; j-- {
			p, s := &d.Paragraphs[j], &sc.stats[j]
			if !p.Kept() {
				continue
			}
			if s.words <= keyLabelWords && labelIn(verdictLabels, p.Text) {
				break
			}
			if s.words == 0 || s.words > keyWords || s.sents > 2 || sc.wall[j] || sc.rec[j] != recNone ||
				s.words <= dealWords && dealLine(p.Text) {
				items = -1
				break
			}
			items++
		}
		if j < 0 || items < keyMin || items > keyMax {
			break
		}
		from, j = j, j-1
	}
	if from < 0 {
		return -1, -1
	}
	// The verdict: its label over one or two paragraphs, lines the rules
	// removed aside.
	paras := 0
	for j = from - 1; j >= 0 && paras <= 2; j-- {
		p := &d.Paragraphs[j]
		if !p.Kept() {
			continue
		}
		if sc.stats[j].words <= keyLabelWords && labelIn(verdictHeads, p.Text) {
			if paras > 0 {
				from = j
			}
			break
		}
		if sc.criticScore(d, j) {
			continue
		}
		if !sc.prose[j] || sc.wall[j] || sc.rec[j] != recNone {
			break
		}
		paras++
	}
	return from, to
}

// scoreBadgeWords is the most words of a critic's score (see criticScore).
const scoreBadgeWords = 6

// criticScore reports whether line i is a critic's score in a review's
// verdict: at most scoreBadgeWords words with a figure, a score out of a
// scale ("Score: 4.5 out of 5", "8/10", "Note : 4/5"), or stars alone
// ("★★★★☆").
func (sc *bodyScratch) criticScore(d *clean.Document, i int) bool {
	s, t := &sc.stats[i], d.Paragraphs[i].Text
	if s.words > scoreBadgeWords {
		return false
	}
	if s.words == 0 {
		return strings.Trim(t, "★☆ ") == "" && strings.ContainsRune(t, '★')
	}
	return s.digits > 0 && (strings.Contains(t, " out of ") || strings.Contains(t, "/5") || strings.Contains(t, "/10"))
}

// verdictSections is the most sections of a review's box (pros, cons and
// specifications).
const verdictSections = 3

// dealWords is the most words of a line of a deals widget (see dealLine).
const dealWords = 8

// dealLine reports a line of a deals widget between a review's box and
// its body: a price alone ("$279") or a heading that ends with "deals"
// ("Today's best Aria Pro deals").
func dealLine(text string) bool {
	text = strings.TrimSpace(text)
	if isPrice(text) {
		return true
	}
	k := strings.LastIndexByte(text, ' ')
	return k > 0 && strings.EqualFold(text[k+1:], "deals")
}

// verdictHeads are the labels of a review's verdict above its box of
// pros and cons, in lower case.
var verdictHeads = setOf(
	"verdict", "quick verdict", "our verdict", "the verdict", "bottom line", "the bottom line",
	"fazit", "unser fazit", "verdict rapide", "notre verdict", "veredicto", "nuestro veredicto",
	"verdetto", "il nostro verdetto", "oordeel", "ons oordeel", "werdykt", "nasz werdykt", "omdöme",
)

// verdictLabels are the labels of the sections of a review's box of pros
// and cons, or of its specifications, in lower case. A word that is also a button ("Like") or a
// menu item ("Pro") is none.
var verdictLabels = setOf(
	"pros", "cons", "pros and cons", "for", "against", "the good", "the bad", "what we like", "what we don't like",
	"what we don’t like", "we like", "we don't like", "we don’t like",
	"vorteile", "nachteile", "pluspunkte", "minuspunkte", "points forts", "points faibles",
	"on aime", "on aime moins", "les plus", "les moins", "ventajas", "desventajas", "lo mejor", "lo peor",
	"a favor", "en contra", "pontos positivos", "pontos negativos", "prós", "contras", "pregi", "difetti",
	"voordelen", "nadelen", "pluspunten", "minpunten", "fördelar", "nackdelar", "plussat", "miinukset",
	"zalety", "wady", "plusy", "minusy",
	// A review's specifications, a record of fields ("Engine: 2.0-litre
	// turbo", "Price: £34,995").
	"specs", "key specs", "specifications", "tech specs", "technical specifications", "technical data",
	"technische daten", "caractéristiques techniques", "fiche technique", "ficha técnica",
	"scheda tecnica", "dane techniczne", "technische gegevens",
)

// labelIn reports whether text is a label of set (in lower case), in any
// case, a colon or a full stop after it aside (see foldedIn).
func labelIn(set map[string]bool, text string) bool {
	return foldedIn(set, strings.TrimRight(text, " :.\u00a0"))
}

// keyLabel reports the label of a box of key points: one of labels.Key,
// which the HTML extraction reads too (see labels.IsKey), in any case, a
// colon or a full stop after it aside. A box of the page's that
// summarises the story by machine is labelled otherwise ("AI summary").
// The body finder looks the labels up as it looks up its other labels
// (see labelIn, foldPrefix: eight bytes at a time): labels.IsKey, a rune
// at a time, cost 0.24% more instructions per pass.
func keyLabel(text string) bool {
	return labelIn(keyLabels, text)
}

// keyLabels are labels.Key as a set.
var keyLabels = setOf(labels.Key...)

// opensDocument reports whether line i is the document's first kept line,
// or the second under a kicker of at most buttonWords words ("News in
// Focus", "Second Division · Report"; too short for prose) that a first
// cleaning kept.
func (sc *bodyScratch) opensDocument(d *clean.Document, i int) bool {
	f := firstKept(d)
	return f == i || f >= 0 && f < i && sc.stats[f].words <= buttonWords && nextKept(d.Paragraphs, f) == i
}

// firstKept returns the first paragraph of d that is kept, or -1.
func firstKept(d *clean.Document) int {
	for i := range d.Paragraphs {
		if d.Paragraphs[i].Kept() {
			return i
		}
	}
	return -1
}

// listEnd reports whether line i, which can be a title, is the last item
// of a list: the kept line above it can be a title too and is no byline
// (key points, the pros and cons of a review).
func (sc *bodyScratch) listEnd(d *clean.Document, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if p := &d.Paragraphs[j]; p.Kept() {
			return sc.isTitle(j, p.Text) && !sc.isByline(d, j)
		}
	}
	return false
}

// underBylines reports whether line i sits right under a byline or a
// dateline (see byline): one is at most bylineReach lines above it, lines
// the rules removed and lines of at most tapWords words (share buttons,
// a view count, the author's name) aside.
func (sc *bodyScratch) underBylines(d *clean.Document, i int) bool {
	return sc.bylineAbove(d, i, true, nil) >= 0
}

// headOverDeks reports whether the line above t, found as the title over
// its standfirst, is the headline over a standfirst of two lines (t and
// the one under it), as Korean and Japanese papers print them: it can be
// a title (see isTitle, looseTitle) of more than buttonWords words, no
// byline, without a colon (a ticker's "Breaking: …" over the headline),
// with no kept line above it but a short one (the menu, a section's
// name), and both lines under it are of a standfirst: in
// sentence case (a headline in title case under a site's tagline is no
// standfirst), t of at least dekWords words, neither ending a sentence
// (a standfirst that does is the one under the headline t), the second
// at most dekSlack words longer than the first (the lines of one
// standfirst are alike; a headline's standfirst is longer than it).
func (sc *bodyScratch) headOverDeks(d *clean.Document, t int) bool {
	h := t - 1
	p := &d.Paragraphs[h]
	if !p.Kept() || sc.stats[t].sents > 0 || sc.stats[t+1].sents > 0 || sc.stats[t+1].words > sc.stats[t].words+dekSlack ||
		sc.stats[h].marks&mColon != 0 || sc.stats[t].words < dekWords || sc.stats[h].words <= buttonWords ||
		sc.wall[h] || sc.rec[h] != recNone || !sentenceCase(d.Paragraphs[t].Text) || !sentenceCase(d.Paragraphs[t+1].Text) ||
		!sc.isTitle(h, p.Text) && !sc.looseTitle(d, h) || sc.isByline(d, h) {
		return false
	}
	k := prevKept(d.Paragraphs, h)
	return k < 0 || sc.stats[k].words <= buttonWords
}

// dekUnder returns the standfirst between the title and the body run lo
// that the title search passed over, under the byline block or over the
// share buttons (-1: none): the one kept line there of at least dekWords
// words and at most dekSents sentences that ends like a sentence, in the
// case of a standfirst (see dekCase), when every other kept line there is
// a byline (see isByline) or of at most buttonWords words (the author's
// name, a reading time, "Share this story:"), or, under the standfirst, a
// photo's caption over its credit (see nextToCredit).
func (sc *bodyScratch) dekUnder(d *clean.Document, title, lo int) int {
	dek := -1
	for j := title + 1; j < lo; j++ {
		p, s := &d.Paragraphs[j], &sc.stats[j]
		switch {
		case !p.Kept() || s.words <= buttonWords || sc.isByline(d, j) || dek >= 0 && sc.nextToCredit(d, j):
			// Under the standfirst, a photo's caption over its credit
			// is passed too.
		case dek < 0 && sc.dekLine(d, j):
			dek = j
		default:
			return -1
		}
	}
	return dek
}

// dekLine reports whether line j has the shape of a standfirst: at least
// dekWords words and at most dekSents sentences, ending like a sentence,
// in the case of a standfirst (see dekCase).
func (sc *bodyScratch) dekLine(d *clean.Document, j int) bool {
	s := &sc.stats[j]
	return s.words >= dekWords && dekSentences(s) && fullStop(s.end) && dekCase(d.Paragraphs[j].Text, s.end)
}

// dekSents is the most sentences of a standfirst (see dekBelow).
const dekSents = 3

// dekSentences reports whether a line has no more sentences than a
// standfirst: dekSents, or one more in dekLongWords words or more, where
// an abbreviation's full stop counted as a sentence's end ("… szpitala
// przy ul. Poznańskiej …"). Four short sentences are a list of facts.
func dekSentences(s *lineStats) bool {
	return s.sents <= dekSents || s.sents == dekSents+1 && s.words >= dekLongWords
}

// dekLongWords is the fewest words of a standfirst of dekSents+1
// sentences (see dekSentences).
const dekLongWords = 24

// dekBelow reports whether line i, right under the title, is a standfirst
// that ends like a sentence: of at least dekWords words and at most
// dekSents sentences, in the case of a standfirst (see dekCase), with a byline
// next under it, or the author's name (see outletName) or a shorter line
// not in sentence case (see authorLine) or a short one in a script
// without case (see caselessName), maybe the author's job (see
// affiliation), and then a byline; lines the rules removed aside.
func (sc *bodyScratch) dekBelow(d *clean.Document, i int) bool {
	p := &d.Paragraphs[i]
	if !p.Kept() || sc.stats[i].words < dekWords || !dekSentences(&sc.stats[i]) {
		return false
	}
	name, job := false, false
	for j := i + 1; j < len(d.Paragraphs); j++ {
		q := &d.Paragraphs[j]
		switch {
		case !q.Kept() || sc.stats[j].words == 0: // a review's stars
		case sc.isByline(d, j):
			// The byline first: it is cheaper to look for.
			return dekCase(p.Text, sc.stats[i].end) && !sc.isByline(d, i)
		case !name && (outletName(q.Text) || sc.stats[j].words < sc.stats[i].words && (!sentenceCase(q.Text) || caselessName(q.Text, &sc.stats[j]))):
			name = true
		case name && !job && affiliation(q.Text, &sc.stats[j]):
			job = true
		default:
			return false
		}
	}
	return false
}

// caselessName reports a line that may be an author's name or an
// outlet's in a script without case (Telugu "నవోదయ ప్రతినిధి", "Navodaya
// correspondent"), where case tells no name from a sentence: at most
// caselessNameWords words that end no sentence, the first letter in
// neither case.
func caselessName(text string, s *lineStats) bool {
	words := int(s.words)
	if name, place, ok := strings.Cut(text, ","); ok && wordCount(place) <= townWords {
		words = wordCount(name) // a desk and its town: "जनदर्पण न्यूज़ डेस्क, कमलपुर"
	}
	if words == 0 || words > caselessNameWords || stopRune(s.end) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// townWords is the most words of a town after a name and a comma that
// caselessName takes.
const townWords = 2

// caselessNameWords is the most words of a name caselessName takes.
const caselessNameWords = 3

// standfirst reports whether line i, found as the title, is a standfirst
// under its headline: in sentence case (in Chinese or Japanese, ending
// like a sentence), of at least dekWords words, with a line right above
// it that can be a title, is no byline, has at most dekSlack words more
// and does not end with it (a breadcrumb trail glued to the headline,
// over the headline), nor is it the column's name over the headline (see
// columnHead).
func (sc *bodyScratch) standfirst(d *clean.Document, i int) bool {
	return sc.standfirstUnder(d, i-1, i)
}

// standfirstUnder is standfirst with the headline h above i, not
// necessarily right above it (see headOver).
func (sc *bodyScratch) standfirstUnder(d *clean.Document, h, i int) bool {
	hp := &d.Paragraphs[h]
	t := d.Paragraphs[i].Text
	if r, _ := utf8.DecodeRuneInString(t); isCJK(r) && !stopRune(sc.stats[i].end) {
		// A Chinese or Japanese standfirst ends like a sentence ("。");
		// a headline ends with no stop, its parts set apart by
		// ideographic spaces.
		return false
	}
	return sc.stats[i].words >= dekWords && (sentenceCase(t) || sc.stats[i].words >= nounDekWords && dekCase(t, '.')) && hp.Kept() &&
		headLength(hp.Text, int(sc.stats[h].words)) <= int(sc.stats[i].words)+dekSlack && (sc.isTitle(h, hp.Text) || sc.looseTitle(d, h)) &&
		!sc.isByline(d, h) && !strings.HasSuffix(hp.Text, d.Paragraphs[i].Text) && !columnHead(hp.Text, t)
}

// columnHead reports whether line t opens with the column's name above it
// and a colon ("Ask Dr. Lindqvist", then "Ask Dr. Lindqvist: Why do my
// legs cramp at night?"): the headline under its kicker, no standfirst.
func columnHead(name, t string) bool {
	return len(t) > len(name) && t[len(name)] == ':' && strings.HasPrefix(t, name)
}

// headLength returns the words of headline text of n words that count
// against its length over a standfirst: not a kicker's (see kickerWords),
// or else those up to the colon that sets its second part apart ("Tram 9
// rijdt pas in september opnieuw door centrum van Haverdonk: werken aan
// Stationsstraat lopen vier maanden vertraging op"), when it has one.
func headLength(text string, n int) int {
	if kw := kickerWords(text); kw > 0 {
		return n - kw
	}
	if k := strings.Index(text, ": "); k > 0 {
		return min(n, wordCount(text[:k]))
	}
	return n
}

// kickerWords returns the words of a column's name or a kicker before a
// colon that opens a headline, at most three ("Ask the Doctor: Why do I
// wake at 3am?"), or 0: they do not count against the headline's length.
func kickerWords(text string) int {
	k := strings.IndexByte(text, ':')
	if k <= 0 || strings.Count(text[:k], " ") > 2 {
		return 0
	}
	return strings.Count(text[:k], " ") + 1
}

// looseHead reports whether line h, with no stopword, is the headline
// over the standfirst right under it (see standfirst): both in sentence
// case, as a headline without a stopword is in the languages that write
// one ("Karadenizspor son dakikada güldü: 3-2"); a photo's credit over its
// caption ("Alex Wong | Getty Images") is in title case.
func (sc *bodyScratch) looseHead(d *clean.Document, h int) bool {
	return sentenceCase(d.Paragraphs[h].Text) && sc.standfirst(d, h+1)
}

// looseTitle reports a line that has the shape of a title (see isTitle)
// but no stopword: at least looseWords words that are no figures (a
// price, a stock index), not all of them
// capitalised (an outlet's name, a name), no byline. Headlines in a
// language whose stopword list covers its text thinly (Finnish, Bengali)
// often have none; the title search takes one only above a byline, when
// no line there can be a title, or as the headline over its standfirst.
// So does a headline of two sentences, the second without its full stop
// ("Sąd unieważnił umowę. Bank musi oddać 412 tys. zł"), as Slavic
// languages write them.
func (sc *bodyScratch) looseTitle(d *clean.Document, i int) bool {
	s, text := &sc.stats[i], d.Paragraphs[i].Text
	return !barRow(text, s) && s.words-s.digits >= looseWords && s.words <= 25 &&
		(s.sents <= 1 || s.sents == 2 && (unicode.IsLetter(s.end) || unicode.IsDigit(s.end))) && s.end != '.' && s.end != ':' && s.end != ',' &&
		text[0] != '(' && !outletName(text) && !sc.isByline(d, i)
}

// sentenceCase reports text in which at most a third of the words after
// the first are capitalised (names), unlike a headline in title case.
func sentenceCase(text string) bool {
	upper, words := capitals(text)
	return 3*upper <= words
}

// capitals returns the number of capitalised words after the first in
// text, and the number of words after the first.
func capitals(text string) (upper, words int) {
	n := 0
	for w := range strings.FieldsSeq(text) {
		if n++; n == 1 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return upper, max(n-1, 0)
}

// dekCase reports the case of a standfirst: sentence case (see
// sentenceCase), or, for text that ends like a sentence, at most half
// its words after the first capitalised: German capitalises its nouns,
// a headline in title case all its words.
func dekCase(text string, end rune) bool {
	upper, words := capitals(text)
	if 3*upper <= words || stopRune(end) && 2*upper <= words {
		return true
	}
	// German capitalises the word that opens each sentence too ("Marode
	// Technik, explodierende Kosten: Der Stadtrat zieht die Notbremse.
	// Schulen, …"): those do not count, in a text that ends like one.
	return stopRune(end) && 2*(upper-openers(text)) <= words
}

// openers returns the number of capitalised words of text that open a
// sentence or a clause after a colon: those after a word that ends with
// a full stop, a colon, "!" or "?".
func openers(text string) int {
	n, after := 0, false
	for w := range strings.FieldsSeq(text) {
		if after {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				n++
			}
		}
		switch w[len(w)-1] {
		case '.', ':', '!', '?':
			after = true
		default:
			after = false
		}
	}
	return n
}

// quoted reports a quotation mark in text: one of htmlHasQuote's, a left
// single quotation mark, or an apostrophe that opens a word.
func quoted(text string) bool {
	return htmlHasQuote(text) || strings.HasPrefix(text, "'") || strings.Contains(text, " '") ||
		strings.Contains(text, "‘")
}

// outletName reports a name of a few capitalised words ("The Daily
// Planet"): at most four words, none of them in lower case.
func outletName(text string) bool {
	n := 0
	for w := range strings.FieldsSeq(text) {
		n++
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || n > 4 {
			return false
		}
	}
	return true
}

// contactsBetween reports whether the lines between i and k were all
// removed as contact lines (the author's e-mail address under the name).
func contactsBetween(d *clean.Document, i, k int) bool {
	for j := i + 1; j < k; j++ {
		if r := d.Paragraphs[j].Removal; r == nil || r.Rule != RuleContact {
			return false
		}
	}
	return true
}

// authorNote reports a line about the author under the author's name:
// the line above is a name (see outletName) and this one starts with it
// and "is" ("Jane Doe is the Gazette's transport correspondent").
func authorNote(d *clean.Document, i int) bool {
	if i == 0 {
		return false
	}
	name := d.Paragraphs[i-1].Text
	rest, ok := strings.CutPrefix(d.Paragraphs[i].Text, name)
	return ok && strings.Contains(name, " ") && strings.HasPrefix(rest, " is ") && outletName(name)
}

// bylineAbove returns the nearest byline at most bylineReach lines above
// line i, or -1. Lines the rules removed are not counted, nor, if taps,
// lines of at most tapWords words; a line marked in prose (nil: none) ends
// the search.
func (sc *bodyScratch) bylineAbove(d *clean.Document, i int, taps bool, prose []bool) int {
	for j, n := i-1, 0; j >= 0 && n < bylineReach; j-- {
		switch {
		case !d.Paragraphs[j].Kept():
		case prose != nil && prose[j]:
			return -1
		case sc.isByline(d, j):
			return j
		case taps && sc.stats[j].words <= tapWords:
		default:
			n++
		}
	}
	return -1
}

// photoLabel reports a button or a label of a photo ("Click to enlarge",
// "View gallery"): a line of at most buttonWords words above the photo's
// caption, the line right above a photo credit the rules removed (see
// isCredit).
func (sc *bodyScratch) photoLabel(d *clean.Document, i int) bool {
	return sc.stats[i].words <= buttonWords && i+2 < len(d.Paragraphs) && d.Paragraphs[i+1].Kept() &&
		isCredit(&d.Paragraphs[i+2])
}

// photoBlock returns the lines of the photo that line i numbers in its
// gallery ("Photo 1 of 24", see photoNumber): the counter and, under it,
// the lines the rules removed (its caption and credit) and those of at
// most buttonWords words ("Buy photos"), up to a byline. 0 when line i
// is no photo's number.
func (sc *bodyScratch) photoBlock(d *clean.Document, i int) int {
	if sc.stats[i].digits != 2 || sc.stats[i].words > 4 {
		return 0
	}
	if _, _, ok := photoNumber(d.Paragraphs[i].Text); !ok {
		return 0
	}
	n := 1
	for j := i + 1; j < len(d.Paragraphs) && (!d.Paragraphs[j].Kept() || sc.stats[j].words <= buttonWords) && !sc.isByline(d, j); j++ {
		n++
	}
	return n
}

// nextToCredit reports a line right above or below a photo credit the
// rules removed (see isCredit): the photo's caption. A credit that holds
// its own caption (see captionedCredit) has none next to it: the headline
// may follow it. Nor does a name and an outlet joined by a slash above
// the line (see nameSlash): a breadcrumb reads the same ("Fact Checks /
// Health" over the headline), and a caption comes before its credit; nor
// one in brackets under it ("(Jane Roe / Associated Press)" under the
// headline, the lead photo's).
func (sc *bodyScratch) nextToCredit(d *clean.Document, i int) bool {
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(d.Paragraphs) || !isCredit(&d.Paragraphs[j]) {
			continue
		}
		if t := d.Paragraphs[j].Text; !captionedCredit(t, &sc.stats[j]) && !((j < i || t[0] == '(') && nameSlash(t)) {
			return true
		}
	}
	return false
}

// creditLabel reports whether t opens with a credit's label ("Photo:",
// "Kuva:", see creditLines).
func creditLabel(t string) bool {
	return foldedStarts(t)&creditLines != 0
}

// captionCue reports whether s says that it describes a picture: "An
// illustration depicts …", "The spectrum, shown here, …", "… (pictured)".
// An article's paragraph tells, it does not point at a picture.
func captionCue(s string) bool {
	for _, c := range captionCues {
		if containsFold(s, c) {
			return true
		}
	}
	return false
}

// captionCues are the phrases of captionCue.
var captionCues = [...]string{"pictured", "shown here", "seen here", "depicts", "an illustration", "artist's impression",
	"artist's concept", "this image", "this photo", "in the image", "(left)", "(right)", "(center)", "(centre)", "im bild",
	"sur la photo", "en la imagen", "na foto", "nella foto", "op de foto"}

// isCredit reports a paragraph the rules removed as a photo credit, or as
// a copyright line of at most creditWords words ("© Agency/Name Surname"):
// in the article, a copyright line is a picture's.
func isCredit(p *clean.Paragraph) bool {
	r := p.Removal
	return r != nil && (r.Rule == RulePhotoCredit || r.Rule == RuleCopyright && wordCount(p.Text) <= creditWords)
}

// captionedCredit reports a photo credit that holds its caption too: a
// credit in brackets after at least captionedWords-2 words, or at
// least captionedWords words and a sentence before its last one
// ("Wandering pond snails in the laboratory. Credit: Dr Amaka Okonkwo",
// "Һур харбалгын мүрысөөн. Гэрэл зураг: Баир Цыренов"), where a bare
// credit has a name and an agency ("(Photo by Jane Doe/AFP via Getty
// Images)").
func captionedCredit(text string, s *lineStats) bool {
	if agencyCredit(text) {
		// Agencies' initials, a scientist's name and a journal's are
		// all credit ("NASA, ESA, CSA, Jane Roe (STScI)", "T. Roe et
		// al/ApJL 2025; NASA/ESA").
		return false
	}
	inner := s.sents
	if s.end == '.' || s.end == '!' || s.end == '?' {
		inner--
	}
	if inner > 0 && (s.words >= proseWords || s.words >= captionedWords && captionStop(text)) {
		return true
	}
	// The credit in brackets after the caption: "The founders, Alon
	// Roe and Shira Doe (Photo: PR)".
	k := strings.LastIndexByte(text, '(')
	return k > 0 && text[len(text)-1] == ')' && wordCount(text[:k]) >= captionedWords-2
}

// captionedWords is the fewest words of a photo credit that holds its
// caption (see captionedCredit): a caption of two words, a mark and a
// name of two.
const captionedWords = 6

// captionStop reports whether the first full stop of text followed by a
// space ends a phrase of two words or more whose last word has three
// letters or more: a caption before its credit ("Һур харбалгын
// мүрысөөн. Гэрэл зураг: …"), not an initial ("(Image: © NASA/ESA/K.
// Retherford/SWRI)").
func captionStop(text string) bool {
	k := strings.Index(text, ". ")
	if k < 0 {
		return false
	}
	head := text[:k]
	sp := strings.LastIndexAny(head, " /")
	return strings.IndexByte(head, ' ') > 0 && utf8.RuneCountInString(head[sp+1:]) >= 3
}

// isTitle reports a line that can be the article's title: a phrase of a
// few words, at least one of them a stopword (a date, a byline or a photo
// credit has none), that does not end with a full stop, a colon or a comma.
// A headline may hold an abbreviation such as "U.S.", end with a question
// (after a sentence: "Ask Jane: My sister wants a loan. Must I say yes?"),
// or quote a sentence (two sentence ends and a quotation mark). A
// breadcrumb ("News > Business > Markets") is removed before the title
// search, by the breadcrumb rule or the edge pass.
// In a language whose stopword list covers little of its text (fewer
// than proseDensity of its long sentences, see lowDensity), a headline of
// a few words seldom holds a stopword: a phrase without figures (a date
// has some) will do there, or one of at least dekWords words that is no
// byline ("200 residents cut off by snow for a third day").
func (sc *bodyScratch) isTitle(i int, text string) bool {
	s := &sc.stats[i]
	if text[0] == '(' && text[len(text)-1] == ')' {
		return false // a photo credit, "(Name / Agency)"
	}
	if barRow(text, s) {
		return false // a menu or a row of share buttons
	}
	if c := text[0]; 'a' <= c && c <= 'z' {
		return false // a tagline's end ("from research organizations"): a headline opens with a capital
	}
	retort := sc.retorts && retortShape(s, text)
	return s.words >= 3 && (s.words <= 25 || s.words <= cjkTitleTokens && cjkHalf(text, int(s.words))) &&
		(s.sents <= 1 || s.sents == 2 && (quoted(text) || s.end == '?' || retort)) &&
		(s.end != '.' || retort || sc.ordinalDots && numberEnd(text)) && s.end != ':' && s.end != ',' &&
		(sc.stops(i) > 0 || sc.density < proseDensity/2 && (s.digits == 0 || s.words >= dekWords && !byline(text)))
}

// numberEnd reports whether text ends with a number and a full stop
// ("… izmenjen do 2026."): an ordinal or a year in the languages of
// ordinalDotLangs, no sentence's end.
func numberEnd(text string) bool {
	t := strings.TrimSuffix(text, ".")
	return len(t) < len(text) && t != "" && isDigit(t[len(t)-1])
}

// stoppedHeading reports a heading the extractor saw (Markdown's "# ",
// HTML's h1) that isTitle refuses only for its full stops: three to 25
// words, at most two sentences, a stopword. A headline of two sentences
// ("Nursing homes kept getting cited. The state almost never collected
// the fines.") reads as a standfirst but for its mark; headingTitle takes
// it.
func (sc *bodyScratch) stoppedHeading(d *clean.Document, i int) bool {
	s := &sc.stats[i]
	return d.Paragraphs[i].Kind == clean.KindHeading && s.words >= 3 && s.words <= 25 && s.sents <= 2 && sc.stops(i) > 0
}

// retortWords is the most words of a headline's closing retort (see
// shortRetort).
const retortWords = 3

// shortRetort reports whether text, of two sentences, closes with a short
// one of at most retortWords words after a full stop, as an opinion
// headline does: "The city treats the bus shortage like bad weather. It
// isn't.", "Everyone wants a new stadium. I don't." A standfirst's second
// sentence says more.
func shortRetort(text string) bool {
	k := strings.LastIndex(text[:len(text)-1], ". ")
	return k > 0 && wordCount(text[k+2:]) <= retortWords
}

// retortShape reports whether text, of stats s, is two sentences that
// close with a short retort (see shortRetort).
func retortShape(s *lineStats, text string) bool {
	return s.sents == 2 && s.end == '.' && shortRetort(text)
}

// cjkTitleTokens is the most tokens of a title in Chinese or Japanese,
// where a character is one (see lineStats.words): a headline of 26 to 40
// characters is common there, and says what 25 words say elsewhere; a
// Japanese paper's may run to three phrases between full-width spaces.
const cjkTitleTokens = 48

// cjkHalf reports whether at least half of the words tokens of text are
// Han or kana characters.
func cjkHalf(text string, words int) bool {
	n := 0
	for _, r := range text {
		if r >= 0x3040 && isCJK(r) {
			n++
		}
	}
	return 2*n >= words
}

// barRow reports a line of three items or more between bars ("Share: Facebook
// | Telegram | X", "News | Politics | Sport"): a menu or a row of
// buttons, not a headline.
func barRow(text string, s *lineStats) bool {
	return s.marks&mPipe != 0 && strings.Count(text, " | ") >= 2
}

// bylineWords start a byline ("By Jane Doe"), in lower case.
var bylineWords = []string{"by", "von", "door", "par", "por", "av", "af", "gan", "oleh", "מאת", "โดย", "ໂດຍ", "ដោយ"}

// byline reports a line that names the author or the time of the article
// rather than its subject (or a row of such facts between bullets that
// opens with one: "Published Mar 12, 2024 • Last updated 4 hours ago • 3
// minute read"): it holds a time of day ("9:02 AM", "Nov 19,
// 2019, 10:31 pm CST"), or it is a dateline (see htmlIsDateline:
// "November 12, 2018 | BY: Beachbody"), or it starts with "By" (or "Von",
// "Door", "Par", "Por", "Oleh") and then a capitalised word or a date ("By Jane
// Doe", "By admin - 2018-09-16"), or it is a list of names (see
// nameList) or a name and "reporter" (see reporterLine, cjkReporter). A headline that starts with "By the numbers" or holds a year
// alone is not one, nor a transcript's turn after its timecode ("[00:12:31]
// HOST: …", see speakerTurn). It sits where the title does, just above the article,
// and the title above it is the one to keep.
func byline(text string) bool {
	if t := cutTimecode(text); len(t) < len(text) && speakerTurn(t) {
		return false // a transcript's turn after its timecode
	}
	text = asciiDigits(text)
	// A time of day, a reading time and a dateline need a figure: a line
	// without one is read once for them all.
	figure := hasDigitASCII(text)
	if figure && hasClock(text) && !clockProse(text) || byName(text) || nameList(text) || figure && metaLine(text) || reporterLine(text) || teamLine(text) || wireByline(text) || nameJob(text) ||
		cjkReporter(text) || reportingFrom(text) {
		return true
	}
	// A row of the article's facts between bullets is a byline when it
	// opens with one: "Published Mar 12, 2024 • Last updated 4 hours ago
	// • 3 minute read".
	for _, sep := range [...]string{" • ", " · "} {
		if k := strings.Index(text, sep); k > 0 && byline(strings.TrimSpace(text[:k])) {
			return true
		}
	}
	// A release's mark over its date ("For immediate release: August 15,
	// 2024") is the release's dateline.
	if figure {
		for _, l := range releaseMarks {
			if k := labelPrefix(text, l); k > 0 && k < len(text) && strings.IndexByte(" :-|", text[k]) >= 0 {
				if rest := strings.TrimLeft(text[k:], " :-–—|"); rest != "" {
					return byline(rest)
				}
			}
		}
	}
	// A dateline holds a day and a year at least, and few other words: the
	// regular expressions of htmlIsDateline are asked only about a line of
	// at most datelineWords words with two numbers.
	return figure && numbers(text) >= 2 && wordCount(text) <= datelineWords && fewOtherWords(text) && !phraseFirst(text) &&
		htmlIsDateline(text)
}

// phraseFirst reports a line that opens with three words in a row that
// are no date's words nor figures (see fewOtherWords): a headline that
// names a date ("Weekend service changes for Saturday, May 18 and Sunday,
// May 19", "Your weekly horoscope: April 7 to April 13"), not a dateline
// ("Published Thursday, May 16, 2024", "Last updated on March 3, 2026").
func phraseFirst(text string) bool {
	n := 0
	var buf [32]byte
	for w := range strings.FieldsSeq(text) {
		b := foldPrefix(buf[:0], strings.Trim(w, ",.:;|()"), len(buf))
		if len(b) == 0 || !unicode.IsLetter(rune(b[0])) && b[0] < utf8.RuneSelf || htmlDateWords[string(b)] ||
			monthStarts[string(prefixRunes(b, 3))] {
			return false
		}
		if n++; n == 3 {
			return true
		}
	}
	return false
}

// isByline is byline of paragraph i's text, asked once per paragraph: the
// title search and the run's edges ask about the same few lines again
// and again.
func (sc *bodyScratch) isByline(d *clean.Document, i int) bool {
	s := &sc.stats[i]
	if s.byline == 0 {
		s.byline = 1
		if byline(d.Paragraphs[i].Text) {
			s.byline = 2
		}
	}
	return s.byline == 2
}

// fewOtherWords reports whether text may be a dateline by its words alone:
// at most four words that are neither date words (htmlDateWords, "st",
// "nd", "rd", "th") nor start like a month. htmlIsDateline counts the same
// words and more (a word that merely starts like a month), so this is a
// cheap test that never refuses one of its datelines.
func fewOtherWords(text string) bool {
	other := 0
	var buf [32]byte
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		b := foldPrefix(buf[:0], w, len(buf)) // a longer word is no date word
		// The map lookups by converted bytes do not allocate.
		if htmlDateWords[string(b)] || ordinals[string(b)] || monthStarts[string(prefixRunes(b, 3))] {
			continue
		}
		if other++; other > 4 {
			return false
		}
	}
	return true
}

// prefixRunes returns the first n runes of b, or nil when b is shorter.
func prefixRunes(b []byte, n int) []byte {
	for i := range string(b) {
		if n == 0 {
			return b[:i]
		}
		n--
	}
	if n == 0 {
		return b
	}
	return nil
}

// ordinals are the suffixes of "1st", "2nd", "3rd" and "4th".
var ordinals = setOf("st", "nd", "rd", "th")

// monthStarts are the first three letters of the month names dateSpans
// knows (monthNames); a word that starts with them may be one.
var monthStarts = func() map[string]bool {
	m := map[string]bool{}
	for name := range monthNames {
		m[string([]rune(name)[:3])] = true
	}
	return m
}()

// bylineVerbs may come before "by" in a byline ("Posted by", "Written by",
// "Photographs by", "Reviewed by").
var bylineVerbs = []string{"written", "posted", "story", "text", "words", "report", "reporting", "published",
	"column", "interview", "review", "analysis", "commentary", "essay", "feature", "video", "podcast",
	"publié", "publiée", "veröffentlicht", "publicado", "publicada", "pubblicato", "pubblicata",
	"photographs", "photographed", "photograph", "photos", "photography", "pictures", "images", "illustrations",
	"illustrated", "illustration", "edited", "reviewed",
	"checked", "fact-checked", "compiled", "reported"}

// determiners are words that open a noun phrase, lower case: "The review
// by Ofsted found serious failings" is a sentence, no byline.
var determiners = []string{"a", "an", "the", "this", "that", "his", "her", "their", "our", "its", "one"}

// roleBylineWords is the most words of a byline that names the author's
// role, the date after it included ("Chess column by Jane Doe Sunday 15
// November 2026").
const roleBylineWords = 10

// roleNouns name what the author wrote, lower case; after a capitalised
// word that is no determiner, in a line of at most roleBylineWords words
// that ends no sentence, they open a byline like bylineVerbs ("Chess
// column by Jane Doe").
var roleNouns = []string{"column", "interview", "review", "analysis", "commentary", "essay", "feature",
	"video", "podcast", "report", "story", "text", "words", "photos", "pictures"}

// bylineAdverbs may come before a verb of bylineVerbs ("Medically reviewed
// by", "Fact checked by").
var bylineAdverbs = []string{"medically", "clinically", "fact", "expert"}

// publishVerbs may also come before a word of inWords and the name of a
// publication ("Published in Better Engineering", "Publié dans Le Point").
var publishVerbs = []string{"published", "publié", "publiée", "veröffentlicht", "publicado", "publicada",
	"pubblicato", "pubblicata"}

// inWords are "in" in the languages of publishVerbs.
var inWords = []string{"in", "dans", "en", "em"}

// authorLabels name the author before a colon ("Autor: Jane Doe",
// "Words: Jane Doe | Photos: John Roe"), in English, German, the Slavic
// languages, Romance languages, Hungarian, Turkish, Finnish, Indonesian,
// Greek, Arabic, Urdu, Persian, Hindi, Bengali, Pashto, Punjabi, Kannada,
// Malayalam, Tajik, Kinyarwanda, Sindhi, Uyghur, Maithili and Balochi, in lower case, and
// capitalised where a capital and its small letter start with different
// bytes (see foldIn: Cyrillic "Т" and "т", Greek "Σ" and "σ").
var authorLabels = []string{"author", "authors", "autor", "autorin", "autoren", "autorka", "autori", "autorzy",
	"auteur", "auteurs", "autora", "autore", "szerző", "yazar", "text", "tekst", "teksti", "texto", "texte",
	"words",
	"penulis", "pewarta", "wartawan", "autorius", "autorė", "autors", "автор", "автори", "авторы", "авторка", "текст", "Текст",
	"σύνταξη", "Σύνταξη", "συντάκτης", "Συντάκτης", "κείμενο", "Κείμενο", "كتب", "بقلم", "تحریر", "نویسنده",
	"लेखक", "লেখক", "لیکوال", "ਲੇਖਕ", "ಲೇಖಕ", "ലേഖകൻ", "муаллиф", "Муаллиф", "umwanditsi", "رپورٽ", "مۇخبىر",
	"रिपोर्ट", "रिपोर्टर", "ہالکار",
	// Somali, Hausa, Swahili, Zulu, Yoruba
	"qoraa", "marubuci", "mwandishi", "umbhali", "òǹkọ̀wé"}

// byName reports a line that starts with a byline word (see bylineWords),
// after one of bylineVerbs or not, maybe with a colon ("By: Jane Doe",
// "Written By : Name"), and then a capitalised word, a word in a script
// without case, or a date; or "From:" or an author's label with a colon
// (see authorLabels) and a capitalised word (an organisation that
// publishes the page, the author); or a byline word alone.
func byName(text string) bool {
	if k := strings.Index(text[:min(len(text), khmerLabelBytes+len("៖"))], "៖"); k > 0 {
		text = text[:k] + ":" + text[k+len("៖"):] // Khmer's colon: "ដោយ៖ សុខ ពិសិដ្ឋ"
	}
	if foldIn(bylineWords, strings.TrimSuffix(text, ":")) {
		return true // "By" alone, the name on the next line
	}
	if text != "" && text[0] == 0xCE && greekByline(text) {
		return true
	}
	for _, l := range bylinePhrases {
		// Zulu and Xhosa glue "by" to the name ("Ngu-Sibongile
		// Mthembu"); Yoruba says it in two words ("Láti ọwọ́ Ọláwálé
		// Àjàyí").
		if k := labelPrefix(text, l); k > 0 && isUpperStart(text[k:]) && wordCount(text) <= 6 {
			return true
		}
	}
	sp := strings.IndexByte(text, ' ')
	published := false
	if r, _ := utf8.DecodeRuneInString(text); sp > 0 && unicode.IsUpper(r) && !foldIn(determiners, text[:sp]) &&
		wordCount(text) <= roleBylineWords && !strings.HasSuffix(text, ".") {
		rest := strings.TrimLeft(text[sp:], " ")
		if k := strings.IndexByte(rest, ' '); k > 0 && foldIn(roleNouns, rest[:k]) {
			text, sp = rest, k // "Chess column by", "Exclusive interview by"
		}
	}
	if sp > 0 && foldIn(bylineAdverbs, text[:sp]) {
		rest := strings.TrimLeft(text[sp:], " ")
		if k := strings.IndexByte(rest, ' '); k > 0 && foldIn(bylineVerbs, rest[:k]) {
			text, sp = rest, k // "Medically reviewed by"
		}
	}
	verbed := false
	if sp > 0 && foldIn(bylineVerbs, text[:sp]) {
		published = foldIn(publishVerbs, text[:sp])
		text = strings.TrimLeft(text[sp:], " ") // "Written by Jane Doe"
		sp = strings.IndexByte(text, ' ')
		verbed = true
	}
	colon := sp > 1 && text[sp-1] == ':' // "By: Jane Doe", "From: Department of …"
	// A label and a comma, as a broadcaster's byline block prints it:
	// "Author, Jane Doe", "Marubuci, Aminu Ibrahim".
	comma := sp > 1 && text[sp-1] == ',' && wordCount(text) <= commaBylineWords
	word := text[:max(sp, 0)]
	if colon || comma {
		word = word[:len(word)-1]
	}
	label := (colon || comma) && foldIn(authorLabels, word) // "Autor: Name", "Teksti: Name"
	if word == "Na" {
		return swahiliByline(strings.TrimLeft(text[sp:], " "))
	}
	if n := utf8.RuneCountInString(word); !label && (n < 2 || n > 4 || !foldIn(bylineWords, word) &&
		!(colon && strings.EqualFold(word, "from")) && !(published && foldIn(inWords, word))) {
		return false
	}
	rest := strings.TrimLeft(text[sp:], " ")
	if r, _ := utf8.DecodeRuneInString(rest); r == ':' && !colon {
		rest = strings.TrimLeft(rest[1:], " ") // "Written By : Name"
	}
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r) {
		return true // a name, capitalised or in a script without case
	}
	if strings.EqualFold(word, "by") && strings.HasPrefix(rest, "the ") && wordCount(rest) <= deskWords &&
		foldIn(deskNouns, lastWords(rest, 1)) && (verbed || isUpperStart(rest[len("the "):])) {
		// A desk after a verb ("Compiled by the readers' editor's office"),
		// or a named one after "By" alone ("By the Dispatch news staff").
		return true
	}
	_, dated := dateShape(rest)
	return dated && !foldIn(inWords, text[:sp])
}

// khmerLabelBytes is the most bytes of a label before Khmer's colon that
// byName reads as a label before an ASCII colon.
const khmerLabelBytes = 30

// deskWords is the most words of a desk after a byline's verb and "by"
// ("Compiled by the readers' editor's office", "Written by the editorial
// board"); the desk ends with one of deskNouns.
const deskWords = 6

// deskNouns close the name of a desk that signs a piece, lower case.
var deskNouns = []string{"office", "desk", "board", "staff", "team", "editors", "newsroom", "department", "bureau"}

// bylinePhrases say "by" before a name where bylineWords, one word
// before a space, cannot: Zulu and Xhosa "ngu-", Yoruba "láti ọwọ́".
var bylinePhrases = [...]string{"ngu-", "láti ọwọ́ "}

// commaBylineWords is the most words of a byline with a label and a
// comma ("Author, Jane Doe").
const commaBylineWords = 6

// reportingFrom reports the line of a broadcaster's byline block that
// says where the author reports from ("Reporting from Kano", Hausa
// "Aiko rahoto daga Kano"): one of reportingLeads and a capitalised
// place, at most five words.
func reportingFrom(text string) bool {
	if wordCount(text) > 5 {
		return false
	}
	for _, l := range reportingLeads {
		if k := labelPrefix(text, l); k > 0 {
			return isUpperStart(text[k:])
		}
	}
	return false
}

// reportingLeads open reportingFrom's line, in lower case: English,
// Hausa.
var reportingLeads = [...]string{"reporting from ", "aiko rahoto daga "}

// swahiliByline reports whether rest, after "Na" (by; also "and", which
// opens sentences), is a byline's: a name of two or three capitalised
// words, maybe a comma and a place ("Na Rehema Mwakyusa, Lukenge").
func swahiliByline(rest string) bool {
	name, place, _ := strings.Cut(rest, ",")
	n := wordCount(name)
	return n >= 2 && n <= 3 && wordCount(place) <= 2 && isCapitalised(rest) && !strings.ContainsAny(rest, ".:;!?")
}

// greekByline reports a Greek byline: "Γράφει ο Νίκος Παπαδάκης" (writes
// the ...), "Γράφουν οι ...": capitalised names of two to six words
// after the verb and its article.
func greekByline(text string) bool {
	rest, ok := strings.CutPrefix(text, "Γράφει ")
	if !ok {
		if rest, ok = strings.CutPrefix(text, "Γράφουν "); !ok {
			return false
		}
	}
	for _, a := range [...]string{"ο ", "η ", "οι "} {
		if r, ok := strings.CutPrefix(rest, a); ok {
			rest = r
			break
		}
	}
	rest = strings.ReplaceAll(rest, " και ", " ") // and
	n := wordCount(rest)
	return n >= 2 && n <= 6 && isCapitalised(rest) && !strings.ContainsAny(rest, ".:")
}

// authorName reports a line that is a person's name alone: two or three
// capitalised words, maybe with particles between them (see nameParticle:
// "Eline van der Hoeven", "Marieke van den Akker"), not in capitals
// ("NEWS RELEASE" is a label), with no figure ("Harvey Dunmore").
func authorName(text string, s *lineStats) bool {
	n := int(s.words)
	if n < 2 || n > 5 || s.digits != 0 || s.end == '.' || !isUpperStart(text) {
		return false
	}
	if n > 3 {
		// The words between spaces: a hyphen joins the parts of a
		// given name ("Kenneth Lau Chi-wai").
		n = 0
		for w := range strings.FieldsSeq(text) {
			if !nameParticle(w) {
				n++
			}
		}
	}
	return (n == 2 || n == 3) && (isCapitalised(text) || particlesCapitalised(text)) && !strings.ContainsAny(text, ":|·") &&
		strings.IndexFunc(text, unicode.IsLower) >= 0
}

// caselessName reports whether line i may be a person's name in a script
// without case (Hebrew, Arabic, Devanagari), where authorName cannot see
// capitals: two or three words of letters (a hyphen or an apostrophe
// inside them aside), no figure, no stopword, no punctuation. titleFrom
// takes it only right over a dateline ("נועה בן-שטרית", then "פורסם:
// 14.07.25, 09:32").
func (sc *bodyScratch) caselessName(d *clean.Document, i int) bool {
	text := d.Paragraphs[i].Text
	if n := sc.stats[i].words; n < 2 || n > 3 || sc.stats[i].digits != 0 || sc.stops(i) != 0 {
		return false
	}
	for _, r := range text {
		switch {
		case r == ' ' || r == '-' || r == '\'' || r == '’' || r == '"' || r == '״':
		case unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r):
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r): // vowel signs
		default:
			return false
		}
	}
	return true
}

// particlesCapitalised reports whether every word of text is capitalised
// or a particle of a name (see nameParticle: "den", "ter", "del"), which
// isCapitalised does not all know: "Marieke van den Akker".
func particlesCapitalised(text string) bool {
	// A loop of Cut, not an iterator: the rules call it on their text
	// (see bareMarkCredit), which must not leave the stack.
	for rest := text; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if w != "" && !isUpperStart(w) && !nameParticle(w) {
			return false
		}
	}
	return true
}

// nameOverJob reports whether line i, above the run that starts at lo,
// is an author's name (see authorName) over the author's job (see
// jobLine) as the next kept line ("Euan MacLeod", then "Political
// Editor"): a byline block with no "By" and no date, which the headline
// sits on.
func (sc *bodyScratch) nameOverJob(d *clean.Document, i, lo int) bool {
	if !authorName(d.Paragraphs[i].Text, &sc.stats[i]) {
		return false
	}
	k := nextKept(d.Paragraphs, i)
	return k > i && k < lo && jobLine(d.Paragraphs[k].Text, &sc.stats[k])
}

// jobLine reports a line that is a journalist's job alone: at most
// jobLineWords words, maybe a comma and a place or a beat after them
// ("меншікті тілші, Шығыс өңірі"; "Jane Doe, photographer", an
// obituary's headline, ends no job before its comma), no figure, no sentence end, no short
// word in lower case before the last (a preposition, an article), the
// last of them one of jobNouns ("Rugby writer", "Chief political correspondent",
// "Redakteurin"). It sits between the author's name and the dateline.
func jobLine(text string, s *lineStats) bool {
	if s.words == 0 || s.words > jobLineWords+2 || s.digits > 0 || stopRune(s.end) {
		return false
	}
	if c := strings.IndexByte(text, ','); c > 0 && strings.Count(text[c:], " ") <= 3 {
		text = text[:c] // the beat or the place: "own correspondent, East"
	}
	return jobWords(text) || jobOfOutlet(text)
}

// jobOfOutlet reports a journalist's job (jobNouns) and the outlet after
// it, at most three capitalised words or an address ("Dziennikarka
// Horyzont.pl", journalist of).
func jobOfOutlet(text string) bool {
	job, outlet, ok := strings.Cut(text, " ")
	return ok && isUpperStart(outlet) && strings.Count(outlet, " ") < 3 && isCapitalised(outlet) && foldIn(jobNouns, job)
}

// jobWords reports words that name a journalist's job: at most
// jobLineWords of them, no short word in lower case before the last (a
// preposition, an article: "Letters to the editor"), the last one of
// jobNouns. See jobLine and jobTitle for what may surround them.
func jobWords(text string) bool {
	if strings.Count(text, " ") >= jobLineWords {
		return false
	}
	sp := strings.LastIndexByte(text, ' ')
	for w := range strings.FieldsSeq(text[:max(sp, 0)]) {
		if r, _ := utf8.DecodeRuneInString(w); len(w) <= 3 && unicode.IsLower(r) {
			return false
		}
	}
	return jobNoun(text[sp+1:])
}

// jobTail reports a short line that ends with a job's noun, whatever
// small words stand before it ("Ask the Doctor columnist"): the author's
// job when it stands between the author's name and the dateline (see
// titleFrom), where "The Last Foreign Correspondent" can be no headline.
func jobTail(text string, s *lineStats) bool {
	if s.words == 0 || s.words > jobLineWords+1 || s.digits > 0 || stopRune(s.end) {
		return false
	}
	return jobNoun(text[strings.LastIndexByte(text, ' ')+1:])
}

// jobNoun reports whether the word w is one of jobNouns, or a compound
// of the Germanic languages that ends with one of compoundJobs after at
// least three bytes of a word, no hyphen or apostrophe among them ("Skolreporter", "Wirtschaftsredakteur",
// "Sportjournalist"), capitalised.
func jobNoun(w string) bool {
	if foldIn(jobNouns, w) {
		return true
	}
	if len(w) < 9 || len(w) > 40 || !isUpperStart(w) {
		return false
	}
	for _, n := range compoundJobs {
		if k := len(w) - len(n); k >= 3 && strings.EqualFold(w[k:], n) && utf8.RuneStart(w[k]) && !strings.ContainsAny(w[:k], "-'’.") {
			return true
		}
	}
	return false
}

// affiliation reports the line under an author's name that tells what
// the author is: a job (see jobLine) or the outlet the author writes for,
// of at least two words (see outletName: "Springfield Courier").
func affiliation(text string, s *lineStats) bool {
	return jobLine(text, s) || outletUnder(text, s)
}

// outletUnder reports the name of an outlet under its author's: at
// least two capitalised words (see outletName).
func outletUnder(text string, s *lineStats) bool {
	return s.words >= 2 && outletName(text)
}

// jobLineWords is the most words of a jobLine.
const jobLineWords = 4

// jobNouns name a journalist's job, in lower case, in English and the
// languages of authorLabels.
var jobNouns = []string{"reporter", "writer", "editor", "correspondent", "columnist", "critic", "journalist",
	"photographer", "producer", "contributor", "reporterin", "redakteur", "redakteurin", "korrespondent",
	"korrespondentin", "journalistin", "rédacteur", "rédactrice", "journaliste", "correspondant",
	"correspondante", "periodista", "redactor", "redactora", "corresponsal", "giornalista", "corrispondente",
	"inviato", "inviata", "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "novinář", "novinářka",
	"toimittaja", "újságíró", "muhabir", "gazeteci", "wartawan", "jurnalis", "verslaggever", "redacteur",
	"журналист", "журналистка", "корреспондент", "обозреватель", "редактор", "δημοσιογράφος", "кореспондент",
	"журналіст", "тілші", "мухбир", "redaktör", "redaktør", "skribent", "kommentator", "staff", "staffer"}

// compoundJobs are the jobNouns that end a compound in German, Dutch and
// the Scandinavian languages ("Skolreporter", school reporter).
var compoundJobs = []string{"reporter", "reporterin", "redakteur", "redakteurin", "redacteur", "redaktör",
	"redaktør", "korrespondent", "korrespondentin", "journalist", "journalistin", "kommentator", "verslaggever"}

// foldIn reports whether w is one of words (in lower case) but for case.
// Only words of w's length in bytes and first byte (an ASCII letter
// lower-cased) are compared: the words of the lists have as many bytes in
// upper case as in lower case, and the first byte of a letter beyond
// ASCII is the same in both.
func foldIn(words []string, w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, v := range words {
		if len(v) == len(w) && v[0] == c && strings.EqualFold(v, w) {
			return true
		}
	}
	return false
}

// reporterWords say "reporter" or "correspondent" after a name in Korean,
// Japanese and Chinese bylines ("김민준 기자"), or after a beat or "our
// own" in Bengali, Hindi and Urdu ones ("ক্রীড়া প্রতিবেদক", sports
// reporter; "विशेष संवाददाता", special correspondent).
var reporterWords = []string{"기자", "특파원", "記者", "记者", "特派員", "特派员", "প্রতিবেদক", "প্রতিনিধি",
	"সংবাদদাতা", "संवाददाता", "प्रतिनिधि", "رپورٹر", "نمائندہ"}

// cjkWriterLabels open a Chinese byline before its writer's name:
// "written by", "text", "reporter", "author", with a full-width or an
// ASCII colon.
var cjkWriterLabels = [...]string{"撰文：", "撰文:", "文：", "記者：", "记者：", "作者：", "撰稿：", "文字：", "採訪：", "采访："}

// cjkNameRunes is the most characters of a writer's name (or two) after
// one of cjkWriterLabels.
const cjkNameRunes = 12

// cjkBylineBytes is the longest Chinese byline of cjkReporter, in bytes
// (twenty characters).
const cjkBylineBytes = 60

// cjkReporter reports a Chinese byline: "reporter" (記者, 记者), the
// name, maybe a slash and a place, then "reports" (報導, 报道): "記者陳怡如／台中
// 報導", "记者 王磊 报道"; or a writer's label and a colon before a name of
// at most cjkNameRunes characters ("撰文：陳嘉欣", "记者：王磊").
func cjkReporter(text string) bool {
	if len(text) > cjkBylineBytes {
		return false
	}
	for _, l := range cjkWriterLabels {
		if name, ok := strings.CutPrefix(text, l); ok {
			name = strings.TrimSpace(name)
			return name != "" && utf8.RuneCountInString(name) <= cjkNameRunes && !strings.ContainsAny(name, "。，,.")
		}
	}
	rest, ok := strings.CutPrefix(text, "記者")
	if !ok {
		if rest, ok = strings.CutPrefix(text, "记者"); !ok {
			return false
		}
	}
	for _, w := range [...]string{"報導", "报导", "報道", "报道"} {
		if len(rest) > len(w) && strings.HasSuffix(rest, w) {
			return true
		}
	}
	return false
}

// teamLine reports a byline that names the outlet's own team: at most
// teamWords words, "our" among them and one of teamWords last ("Live
// updates from our newsroom team", "By our foreign desk"). A headline
// speaks of others' teams.
func teamLine(text string) bool {
	k := strings.LastIndexByte(text, ' ')
	if k < 0 || strings.Count(text, " ") >= teamMax || !slices.ContainsFunc(teamWords, func(w string) bool { return strings.EqualFold(w, text[k+1:]) }) {
		return false
	}
	return hasPrefixFold(text, "our ") || containsFold(text, " our ")
}

// teamMax is the most words of a byline of teamLine; teamWords are its
// last words.
const teamMax = 8

var teamWords = []string{"team", "staff", "desk", "newsroom", "reporters", "correspondents", "writers"}

// reporterLine reports a byline that is a name, a beat or "own" and a
// word of reporterWords: at most three words, the last of them one of
// reporterWords, maybe then a comma and a place of one or two words
// ("ক্রীড়া প্রতিবেদক, ঢাকা").
func reporterLine(text string) bool {
	if c := strings.LastIndexByte(text, ','); c > 0 && strings.Count(text[c:], " ") <= 2 {
		text = text[:c]
	}
	sp := strings.LastIndexByte(text, ' ')
	if sp <= 0 || strings.Count(text, " ") > 2 {
		return false
	}
	return slices.Contains(reporterWords, text[sp+1:])
}

// nameJob reports a byline of the author's name, two or three
// capitalised words, and the author's job (see jobWords) on one line:
// "Dominic Haye Crime reporter", "Jane Roe Chief Correspondent". A line
// that opens with a determiner is a headline.
func nameJob(text string) bool {
	if len(text) > wireBylineLen || strings.ContainsAny(text, ".,:!?0123456789") {
		return false
	}
	if sp := strings.IndexByte(text, ' '); sp < 0 || foldIn(determiners, text[:sp]) {
		return false // "The Last Foreign Correspondent" is a headline
	}
	sp, names := -1, 0
	for names < 3 {
		k := strings.IndexByte(text[sp+1:], ' ')
		if k < 0 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(text[sp+1:]); !unicode.IsUpper(r) {
			return false
		}
		sp += k + 1
		names++
		if job := text[sp+1:]; names >= 2 && jobWords(job) {
			return true
		}
	}
	return false
}

// wireAgencies are news agencies a byline names after the reporter's
// name, in lower case.
var wireAgencies = []string{"associated press", "reuters", "afp", "agence france-presse", "agence france presse",
	"pa media", "press association", "dpa", "xinhua", "kyodo news", "efe", "ansa", "yonhap",
	"united press international", "upi", "aap", "cnn wire", "ap"}

// wireBylineLen is the longest wireByline, in bytes.
const wireBylineLen = 80

// wireByline reports a byline without "By": a reporter's name of two or
// three capitalised words, maybe a comma, then a news agency of
// wireAgencies ("Tom Davies Associated Press", "Jane Roe, Reuters"; "The"
// before an agency counts as a name's word). The first agency that ends
// the line decides.
func wireByline(text string) bool {
	if len(text) > wireBylineLen {
		return false
	}
	for _, a := range wireAgencies {
		k := len(text) - len(a)
		if k < 2 || text[k-1] != ' ' || !strings.EqualFold(text[k:], a) {
			continue
		}
		name := text[:k-1] // with its comma, if any
		n := 0
		for w := range strings.FieldsSeq(name) {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false
			}
			n++
		}
		return n >= 2 && n <= 3
	}
	return false
}

// nameList reports a byline without "By": capitalised words (names,
// initials, the outlet) joined by at least one connector in lower case
// ("Jane Doe and John Roe Springfield Gazette"). A headline in title case
// capitalises its connectors or holds other small words in lower case.
func nameList(text string) bool {
	joined := false
	for len(text) > 0 {
		sp := strings.IndexByte(text, ' ')
		if sp < 0 {
			sp = len(text)
		}
		w := strings.TrimRight(text[:sp], ",")
		text = text[min(sp+1, len(text)):]
		switch r, _ := utf8.DecodeRuneInString(w); {
		case w == "":
		case htmlBylineConnectors[w]:
			joined = true
		case !unicode.IsUpper(r):
			return false
		}
	}
	return joined
}

// metaLine reports the reading time ("4 min read", "Lesezeit: 3 Minuten")
// or the age of an article ("Updated 2 hours ago", "vor 3 Stunden"): a
// line of at most metaWords words with a number, a unit of time right
// after it, and a word that says what the time is right before the number
// or right after the unit, but for a few small words between ("Reading
// time: 4 minutes", "il y a 2 heures", "4 min de lecture").
func metaLine(text string) bool {
	if !hasDigitASCII(text) {
		return false
	}
	var buf [metaWords]string
	w := buf[:0]
	for t := range strings.FieldsFuncSeq(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) == len(buf) {
			return false
		}
		w = append(w, t)
	}
	// The words are looked up folded to lower case on the stack (see
	// foldedIn), not lower-cased with an allocation each.
	for i := 0; i+1 < len(w); i++ {
		if !isDigit(w[i][0]) || !foldedIn(metaUnits, w[i+1]) {
			continue
		}
		j := i - 1
		for j >= 0 && foldedIn(metaFill, w[j]) {
			j--
		}
		k := i + 2
		for k < len(w) && foldedIn(metaFill, w[k]) {
			k++
		}
		if j >= 0 && foldedIn(metaWhat, w[j]) || k < len(w) && foldedIn(metaWhat, w[k]) {
			return true
		}
	}
	return false
}

// metaUnits are units of time in the reading time or the age of an
// article; metaWhat are the words that tell which of the two it is, and
// metaFill the small words that may stand between; in
// lower case, in English, German, Dutch, French, Italian, Spanish,
// Portuguese, Polish, Russian and Ukrainian.
var (
	metaUnits = setOf("min", "mins", "minute", "minutes", "sec", "secs", "seconds", "h", "hr", "hrs", "hour",
		"hours", "day", "days", "minuten", "minute", "stunde", "stunden", "tag", "tagen", "uur", "dag", "dagen",
		"heure", "heures", "jour", "jours", "minuti", "minuto", "ora", "ore", "giorni", "minutos", "hora",
		"horas", "día", "días", "dia", "dias", "minut", "minuty", "godz", "godzin", "godziny", "dni", "мин",
		"минут", "минуты", "минуту", "час", "часа", "часов", "дня", "дней", "хв", "хвилин", "хвилини",
		"годин", "години", "годину", "днів")
	metaWhat = setOf("read", "reading", "listen", "ago", "lesezeit", "lesedauer", "gelesen", "vor", "leestijd",
		"geleden", "lecture", "il", "lettura", "fa", "lectura", "hace", "leitura", "há", "czytania", "temu",
		"чтение", "чтения", "назад", "читання", "тому")
	metaFill = setOf("time", "de", "y", "a", "na", "на", "di")
)

// foldedIn reports whether text, a label of at most keyLabelBytes bytes,
// is in set (lower case) but for case; the lookup allocates nothing.
func foldedIn(set map[string]bool, text string) bool {
	if len(text) > keyLabelBytes {
		return false
	}
	var buf [keyLabelBytes * 2]byte
	return set[string(foldPrefix(buf[:0], text, len(buf)))]
}

// setOf returns the set of words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// numbers returns the number of runs of digits in s.
func numbers(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1])) {
			n++
		}
	}
	return n
}

// clockProseWords is the fewest words of prose that names a time of day
// (see clockProse).
const clockProseWords = 20

// clockProse reports whether text, which names a time of day, is prose
// rather than a dateline: at least clockProseWords words and a sentence
// inside ("La alerta sonó a las 10:30 en los celulares de toda la región.
// Las autoridades valoraron …", a standfirst).
func clockProse(text string) bool {
	return wordCount(text) >= clockProseWords && strings.Contains(text, ". ")
}

// hasClock reports a time of day in s: a digit, a colon (or an "h", as in
// French "10h15") and two digits.
func hasClock(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if (s[i] == ':' || s[i] == 'h') && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// asciiDigits returns s with its decimal digits of other scripts
// ("১৪ নভেম্বর ২০২৬, ১০:২০", "۱۰:۱۵") written as ASCII digits, so that a
// dateline or a time of day is known in every script. s itself is
// returned when it holds none.
func asciiDigits(s string) string {
	at, from := -1, firstHigh(s) // the ASCII bytes before from hold no such digit
	for i, r := range s[from:] {
		if r >= utf8.RuneSelf && digitRune(r) {
			at = from + i
			break
		}
	}
	if at < 0 {
		return s
	}
	return s[:at] + strings.Map(func(r rune) rune {
		if r >= utf8.RuneSelf && unicode.IsDigit(r) {
			return '0' + digitValue(r)
		}
		return r
	}, s[at:])
}

// digitRune is unicode.IsDigit(r), read off bmpClass (see rDigit) once
// loadStopwords has filled it.
func digitRune(r rune) bool {
	if uint32(r) < 1<<16 && stopReady.Load() {
		return bmpClass[r]&rDigit != 0
	}
	return unicode.IsDigit(r)
}

// firstHigh returns the index of the first byte of s beyond ASCII, or
// len(s); it reads eight bytes at a time.
func firstHigh(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if m := load64(s, i) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
	}
	return i
}

// hasDigitASCII reports whether s holds an ASCII digit; it reads eight
// bytes at a time.
func hasDigitASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// The high bit of each byte from '0' to '9' (see nonWord), none
		// of a byte beyond ASCII.
		x := load64(s, i)
		y := x &^ highs
		if (y+(0x80-'0')*ones)&^(y+(0x80-'9'-1)*ones)&^x&highs != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// digitValue returns the value of r, a decimal digit (Unicode category
// Nd): every script writes its ten digits in a row from zero, so the
// value is r's distance from the start of its range of Nd, modulo ten.
func digitValue(r rune) rune {
	for _, g := range unicode.Nd.R16 {
		if rune(g.Lo) <= r && r <= rune(g.Hi) {
			return (r - rune(g.Lo)) % 10
		}
	}
	for _, g := range unicode.Nd.R32 {
		if rune(g.Lo) <= r && r <= rune(g.Hi) {
			return (r - rune(g.Lo)) % 10
		}
	}
	return 0
}

// wallPhrases are the section headers after which the article does not go
// on, in lower case: comments, related and recommended stories, "read
// also", references and external links, in the languages with the most
// news on the web, in lower case (see foldPrefix).
var wallPhrases = []string{
	"comments", "comment", "leave a reply", "leave a comment", "related", "related articles",
	"related stories", "related posts", "more from", "more stories", "you may also like",
	"you might also like", "recommended", "most popular", "most read", "trending", "read more",
	"read next", "more news", "latest news", "popular", "also read", "see also", "in other news",
	"references", "further reading", "external links", "bibliography", "more like this",
	"journal reference", "story source", "cite this page", "cite this article",
	// German, Dutch
	"kommentare", "mehr zum thema", "lesen sie auch", "das könnte sie auch interessieren",
	"meistgelesen", "ähnliche artikel", "einzelnachweise", "weblinks", "reacties", "lees ook",
	"gerelateerde artikelen", "meest gelezen", "externe links",
	// French, Italian
	"commentaires", "lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet",
	"articles similaires", "les plus lus", "vous aimerez aussi", "références", "liens externes",
	"commenti", "leggi anche", "articoli correlati", "i più letti", "collegamenti esterni",
	// Spanish, Portuguese
	"comentarios", "lee también", "lea también", "mirá también", "leé también", "noticias relacionadas", "artículos relacionados",
	"te puede interesar", "más leídas", "lo más leído", "referencias", "enlaces externos",
	"comentários", "leia também", "veja também", "notícias relacionadas", "mais lidas", "referências",
	"ligações externas",
	// Polish, Russian, Ukrainian
	"komentarze", "czytaj także", "czytaj też", "zobacz także", "najczęściej czytane", "przypisy",
	"bibliografia", "комментарии", "читайте также", "смотрите также", "похожие новости",
	"похожие статьи", "новости по теме", "самое читаемое", "примечания", "коментарі",
	"читайте також", "примітки",
	// Nordic, Czech, Slovak, Hungarian, Romanian, Croatian, Serbian,
	// Bulgarian, Greek, Turkish
	"läs också", "läs även", "mest läst", "relaterade artiklar", "les også", "mest lest", "læs også",
	"mest læste", "kommentarer", "lue myös", "luetuimmat", "kommentit", "související články",
	"čtěte také", "nejčtenější", "související zprávy", "zdroje", "komentáře", "súvisiace články",
	"čítajte aj", "najčítanejšie",
	"kapcsolódó cikkek", "hozzászólások", "legolvasottabb", "citește și", "articole similare",
	"cele mai citite", "comentarii", "pročitajte još", "povezane vijesti", "najčitanije", "komentari",
	"прочитајте још", "коментари", "още по темата", "най-четени", "прочетете още", "свързани новини",
	"последни новини", "свързани статии",
	"διαβάστε επίσης", "σχετικά άρθρα", "σχόλια", "ilgili haberler", "en çok okunanlar", "yorumlar",
	// Indonesian, Malay, Vietnamese, Swahili
	"baca juga", "berita terkait", "terpopuler", "baca lagi", "berita berkaitan", "xem thêm",
	"tin liên quan", "đọc nhiều nhất", "bình luận", "soma pia", "habari zaidi", "habari zinazohusiana",
	// Arabic, Persian, Hebrew, Hindi
	"اقرأ أيضا", "اقرأ أيضاً", "أخبار ذات صلة", "الأكثر قراءة", "التعليقات", "بیشتر بخوانید",
	"اخبار مرتبط", "כתבות נוספות", "תגובות", "यह भी पढ़ें", "संबंधित खबरें", "टिप्पणियाँ",
	// Chinese, Japanese, Korean
	"相关阅读", "相关新闻", "相關新聞", "热门推荐", "関連記事", "関連ニュース", "アクセスランキング",
	"관련기사", "관련 기사", "많이 본 뉴스", "댓글",
}

var (
	wallSet = func() map[string]bool {
		m := make(map[string]bool, len(wallPhrases))
		for _, p := range wallPhrases {
			m[p] = true
		}
		return m
	}()
	// wallLongest and wallShortest are the lengths in bytes of the longest
	// and the shortest wall phrase.
	wallLongest, wallShortest = func() (long, short int) {
		short = len(wallPhrases[0])
		for _, p := range wallPhrases {
			long, short = max(long, len(p)), min(short, len(p))
		}
		return long, short
	}()
	// wallStarts holds the first four bytes of every wall phrase (see
	// lower4) in an open-addressing table: most short lines are ruled out
	// by one multiplication and one load.
	wallStarts = func() (t [wallSlots]uint32) {
		for _, p := range wallPhrases {
			x := lower4(p)
			for k := wallSlot(x); ; k = (k + 1) % wallSlots {
				if t[k] == 0 || t[k] == x {
					t[k] = x
					break
				}
			}
		}
		return t
	}()
)

// wallSlots is the size of the wallStarts table (a power of two, at least
// twice the number of distinct starts).
const wallSlots = 512

func wallSlot(x uint32) uint32 { return x * 0x9E3779B1 >> 23 } // 9 bits

// wallPhrase reports a wall phrase (t is lower-case).
func wallPhrase(t []byte) bool { return wallSet[string(t)] }

// lower4 returns the first four bytes of text, ASCII letters lower-cased,
// little-endian.
func lower4(text string) uint32 {
	var x uint32
	for i := 3; i >= 0; i-- {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		x = x<<8 | uint32(c)
	}
	return x
}

// wallStart reports whether the first four bytes of a lower-case line can
// start a wall phrase.
func wallStart(x uint32) bool {
	for k := wallSlot(x); ; k = (k + 1) % wallSlots {
		switch wallStarts[k] {
		case x:
			return true
		case 0:
			return false
		}
	}
}

// isWall reports a section header such as "Comments", "Related articles",
// "More from the author" or "Читайте также": a short line that is, or
// starts with, a header phrase, after the marks of a heading ("** ",
// "## "). A line of at most five words is short; in Chinese or Japanese,
// where every character is a word, one of at most wallCJKWords
// ("アクセスランキング").
func isWall(text string, s *lineStats) bool {
	if text != "" && (text[0] == '*' || text[0] == '#') {
		// A heading as a plain-text e-mail ("** IN OTHER NEWS") or
		// Markdown ("## Related") writes it: the marks are no word.
		text = strings.TrimLeft(text, "*# ")
	}
	if s.words == 0 || s.words > 5 && (s.words > wallCJKWords || text[0] < 0xE3 || text[0] > 0xE9) ||
		s.sents > 0 || len(text) > 60 || len(text) < wallShortest {
		return false
	}
	// Only the first wallLongest bytes, lower-cased, can be a phrase. A
	// line of ASCII letters is ruled out by its first four bytes before it
	// is lower-cased; any other is lower-cased first.
	if load4(text)&0x80808080 == 0 && !wallStart(lower4(text)) {
		return false
	}
	var buf [96]byte
	t := foldPrefix(buf[:0], text, wallLongest+1)
	if len(t) < 4 || !wallStart(load4(t)) {
		return false
	}
	end := len(t)
	for end > 0 && strings.IndexByte(" :>|", t[end-1]) >= 0 {
		end--
	}
	if end <= wallLongest && wallPhrase(t[:end]) {
		return true
	}
	for i, c := range t[:min(end, len(t))] {
		if c == ' ' && wallPhrase(t[:i]) {
			return true
		}
	}
	return false
}

// wallCJKWords is the most words (characters) of a section header that
// opens with a Han or kana character: the first byte of its UTF-8 from
// 0xE3 to 0xE9.
const wallCJKWords = 12

// load4 returns the first four bytes of s, little-endian.
func load4[T string | []byte](s T) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// foldPrefix appends s to dst in lower case (unicode.ToLower), rune by
// rune, until dst holds at least max bytes or s ends. ASCII bytes and
// the runes of two bytes (Latin, Greek, Cyrillic, ...) are lower-cased
// by table (see lower2), other runes by unicode.ToLower; an invalid byte
// is written as utf8.RuneError, as ranging over s reads it. Eight ASCII
// bytes in a row are lower-cased at once (see lowerASCII) while dst
// stays within max.
func foldPrefix(dst []byte, s string, max int) []byte {
	for i := 0; i < len(s) && len(dst) < max; {
		c := s[i]
		if c < utf8.RuneSelf {
			if i+8 <= len(s) && len(dst)+8 <= max {
				if x := load64(s, i); x&highs == 0 {
					dst = binary.LittleEndian.AppendUint64(dst, lowerASCII(x))
					i += 8
					continue
				}
			}
			dst = append(dst, lowerByte(c))
			i++
			continue
		}
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r := lower2[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)-utf8.RuneSelf]
			dst = utf8.AppendRune(dst, rune(r))
			i += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += w
	}
	return dst
}

// lower2 holds unicode.ToLower of the runes of two bytes in UTF-8 (U+0080
// to U+07FF), by rune - 0x80.
var lower2 = func() (t [0x800 - utf8.RuneSelf]uint16) {
	for k := range t {
		t[k] = uint16(unicode.ToLower(rune(k + utf8.RuneSelf)))
	}
	return t
}()

// markTables sets table[i] for the lines of blocks of non-prose lines, next
// to prose and not across a section header, that read as a table or a list
// with figures: at least tableLines lines, and at least one in tableFigures
// of them starting with a figure or holding a quantity (a table cell, a
// numbered item, "1 cup blueberries"; not a menu of "Label (12)" counts),
// or a row of cells with a figure (see cellRow).
//
// It sets inset[i] for the lines of a shorter block (fewer than tableLines
// lines) that sits inside the article: with at least two prose paragraphs
// on each side (a teaser's summary or a footer notice stands alone), and
// at least one in tableFigures of its lines reading as part of an article
// (a short cell with a figure such as "1" or "2 cups", a bulleted item, a
// sentence or a question; see articleLine; an item of a list the extractor
// saw, see listItem; a clause, see clauseLine; a timeline's entry, see
// timelineEntry). A menu, a row of share
// buttons or a list of headlines holds none of these. Lines the rules
// removed and lines of record lists are no evidence for an inset.
//
// A table ends at a line the rules removed when the kept lines after it
// do not read as a table (fewer than one in tableFigures with a figure):
// under a box score, a ticket ad and a list of headlines are the page's.
// A block whose lines the rules mostly removed is no table at all: it is
// the page's (a list of other obituaries, a rail of dated headlines), and
// its rows must not carry the article's run over what lies between.
//
// A block above the page's first prose paragraph that holds a byline or
// a dateline is no table: it is the page's head, where a weather widget,
// a ticker, the menu and the headline hold figures too.
func markTables(d *clean.Document, sc *bodyScratch, prose []bool, rec []uint8, wall, table, inset []bool) {
	clear(table)
	clear(inset)
	st := sc.stats
	n := len(st)
	for lo := 0; lo < n; {
		if prose[lo] || wall[lo] {
			lo++
			continue
		}
		hi, lines := lo, 0
		for ; hi < n && !prose[hi] && !wall[hi]; hi++ {
			if st[hi].words > 0 {
				lines++
			}
		}
		nextToProse := lo > 0 && prose[lo-1] || hi < n && prose[hi]
		after := lo > 1 && prose[lo-1] && prose[lo-2]
		between := after && hi+1 < n && prose[hi] && prose[hi+1]
		closing := lo
		if after && !between {
			closing = closingTable(d, lo, hi)
		}
		if closing > lo {
			for j := lo; j < closing; j++ {
				table[j] = true
			}
			lo = hi
			continue
		}
		// The block's lines are read for figures and cues only where
		// they may make it a table (next to prose) or an inset (prose on
		// both sides).
		if !(nextToProse && lines >= tableLines || lines < tableLines && lo > 0 && prose[lo-1] && hi < n && prose[hi]) {
			lo = hi
			continue
		}
		figures, cues, keptLines := 0, 0, 0
		// A lead-in that ends with a colon opens the block ("Among the
		// largest new items in the budget:"): lines under it that open
		// with a figure are its list's items ("$4.1 million for road
		// resurfacing …").
		leadIn := d.Paragraphs[lo].Kept() && st[lo].end == ':' && st[lo].words >= leadInWords
		shares := 0 // rows of a poll's shares, which make an inset only (see shareLine)
		// cut is the first line the rules removed that has kept lines
		// after it, tail the kept lines after it and tailFigures their
		// lines with a figure: the block's tail, which may be no table.
		removed, cut, tail, tailFigures := -1, -1, 0, 0
		for k := lo; k < hi; k++ {
			if st[k].words == 0 {
				continue
			}
			s := &st[k]
			p := &d.Paragraphs[k]
			if !p.Kept() {
				if removed < 0 && k > lo {
					removed = k
				}
			} else {
				keptLines++
				if removed >= 0 {
					if cut < 0 {
						cut = removed
					}
					tail++
				}
			}
			if rec[k] != recNone || p.LinkRunes > 0 && 2*p.LinkRunes >= utf8.RuneCountInString(p.Text) {
				// A line that is mostly a link is no row of the
				// article's table: a list of links to other stories
				// or issues, each after its date or number ("#611 ·
				// Monday, April 7: School board picks …").
				continue
			}
			if s.lead || s.digits > 0 && (hasQuantity(p.Text) || s.words >= rowWords && endFigure(p.Text) || cellRow(d.Paragraphs, k)) ||
				commaList(s) && (k > lo && commaList(&st[k-1]) || k+1 < hi && commaList(&st[k+1])) ||
				s.digits > 0 && labelledRow(d, st, k, lo, hi) {
				figures++
				if cut >= 0 && p.Kept() {
					tailFigures++
				}
				if p.Kept() && (s.words <= cellWords || listItem(p) || s.lead && p.LinkRunes == 0 && (leadIn || entryRow(d.Paragraphs, st, k)) || commaList(s)) {
					cues++
				}
			} else if s.digits > 0 && shareLine(p.Text) {
				shares++
			} else if p.Kept() && (articleLine(p.Text, s) || listItem(p) || clauseLine(sc, p.Text, k) || timelineEntry(p.Text)) {
				cues++
			}
		}
		switch {
		case nextToProse && lines >= tableLines && figures*tableFigures >= lines && 2*keptLines >= lines && !sc.pageHead(d, lo, hi):
			end := hi
			if cut >= 0 && tailFigures*tableFigures < tail {
				end = cut
			}
			for j := lo; j < end; j++ {
				table[j] = true
			}
		case lines < tableLines && (between && cues*tableFigures >= lines ||
			lines >= figureRows && 2*(figures+shares) >= lines && 2*keptLines >= lines && lo > 0 && prose[lo-1] && hi < n && prose[hi] &&
				sc.figureTable(d, lo, hi)):
			for j := lo; j < hi; j++ {
				inset[j] = true
			}
		}
		lo = hi
	}
}

// labelledRow reports whether line k of the block lo..hi (excluded) and
// a line next to it in the block both open with a label (see labelled)
// and go on with at least listRowWords words in all and a figure: the
// rows of a list ("Thursday: Showers, some heavy in the afternoon, high
// 17C", "Kadrania: Level 4 – Do not travel"), a forecast, a schedule. A
// byline's "Updated: 14:35" stands alone, and a spec sheet's fields
// ("Weight: 172g") are shorter.
func labelledRow(d *clean.Document, st []lineStats, k, lo, hi int) bool {
	row := func(j int) bool {
		return j >= lo && j < hi && st[j].digits > 0 && st[j].words >= listRowWords && labelled(d.Paragraphs[j].Text)
	}
	return row(k) && (row(k-1) || row(k+1))
}

// leadInWords is the fewest words of a list's lead-in that ends with a
// colon (see markTables); a label is shorter ("Note:", "Key dates:").
const leadInWords = 4

// listRowWords is the fewest words of a labelled row of a list (see
// labelledRow).
const listRowWords = 6

// commaList reports whether a line is a list of names: at least
// listCommas commas and no sentence's end ("Acoustic Barn: Jem
// Halloran, The Gull Street Choir, Pippa Arden, Wilf Osei"), a line-up,
// a cast, a squad. markTables counts such a line as a table's row only
// next to another: a tag line ("Topics: Ice hockey, Mestis, Sport") stands
// alone.
func commaList(s *lineStats) bool {
	return s.commas >= listCommas && !stopRune(s.end)
}

// listCommas is the fewest commas of a list of names (see commaList).
const listCommas = 3

// figureTable reports whether every kept line of lo..hi (excluded) but the
// first (the table's heading) is a row of cells (a bar or a tab), opens
// with a label (see labelled) or is a vote's results (see resultRow), with
// a figure, or names a race over its results ("Eastport Mayor:", at most
// raceWords words), and none is a byline or a dateline: a short
// table, not a byline block with a reading time, a widget's controls nor
// a list of headlines that open with a count ("15 Amazing Images of
// Stars").
func (sc *bodyScratch) figureTable(d *clean.Document, lo, hi int) bool {
	head := true
	for j := lo; j < hi; j++ {
		if !d.Paragraphs[j].Kept() {
			continue
		}
		t, s := d.Paragraphs[j].Text, &sc.stats[j]
		row := s.digits > 0 && (s.marks&(mPipe|mTab) != 0 || labelled(t) || resultRow(t) || shareLine(t))
		if !head && !row && !(s.end == ':' && s.words <= raceWords) || sc.isByline(d, j) {
			return false
		}
		head = false
	}
	return true
}

// resultRow reports whether text is a row of a vote's results: a share in
// per cent and a count at its end ("Teresa Vang (D) 55.1% 41,203").
func resultRow(text string) bool {
	return endFigure(text) && strings.Contains(text, "% ")
}

// shareLine reports whether text is a row of a poll's or a vote's shares:
// at most shareLineWords words that end with a share in per cent, maybe
// followed by its change in brackets ("Labour 34% (+2)", "Conservatives
// 17% (=)", "Oui 54,2 %").
func shareLine(text string) bool {
	if k := strings.LastIndexByte(text, '('); k > 0 && text[len(text)-1] == ')' && len(text)-k <= len("(+12.5)") {
		text = strings.TrimRight(text[:k], " ")
	}
	t, ok := strings.CutSuffix(text, "%")
	if !ok || strings.Count(t, " ") >= shareLineWords {
		return false
	}
	t = strings.TrimSuffix(t, " ") // French: "54,2 %"
	n := len(t)
	for n > 0 && ('0' <= t[n-1] && t[n-1] <= '9' || t[n-1] == '.' || t[n-1] == ',') {
		n--
	}
	return n < len(t) && n > 0 && t[n-1] == ' ' && '0' <= t[len(t)-1] && t[len(t)-1] <= '9'
}

// shareLineWords is the most words of a row of shares (see shareLine).
const shareLineWords = 6

// raceWords is the most words of a race's name over its results in a
// short table ("Eastport Mayor:", see figureTable).
const raceWords = 6

// labelled reports whether text opens with a label of at most labelBytes
// bytes and a colon ("Match 4 + Stack Ball: $50,000, 38 winners"); a
// colon further on is a caption's credit's ("... (Photo: Jane Doe)").
func labelled(text string) bool { return labelColon(text) >= 0 }

// closingTable returns the end (excluded) of a table that may close the
// article, from paragraph lo on and before hi, or lo when there is none: at
// least two rows (see tableLine: a Markdown, HTML or tab-separated table,
// or its rows as clean output writes them), all kept and one of them
// with a figure, maybe
// under one kept line of at most edgeWords words (its heading). A table
// after the article's last sentence ("Key dates", a results table) is the
// article's: MarkEdgeClusters leaves it to the body finder, which takes it
// with the prose right above it. A menu or a list of headlines comes as
// no such rows.
func closingTable(d *clean.Document, lo, hi int) int {
	ps := d.Paragraphs
	k := lo
	if !tableLine(ps, k) {
		if k+1 >= hi || !tableLine(ps, k+1) || !ps[k].Kept() || wordCount(ps[k].Text) > edgeWords {
			return lo
		}
		k++ // the heading
	}
	end, figure := k, false
	for ; end < hi && tableLine(ps, end) && ps[end].Kept(); end++ {
		figure = figure || strings.ContainsAny(ps[end].Text, "0123456789")
	}
	if end-k < 2 || !figure {
		return lo
	}
	return end
}

// tableLine reports a row of a table the extractor saw
// (clean.KindTableRow), or a row of cells as the cleaner writes one (see
// cellRow), so that a closing table read back from clean output stays.
func tableLine(ps []clean.Paragraph, i int) bool {
	return ps[i].Kind == clean.KindTableRow || strings.IndexByte(ps[i].Text, '|') >= 0 && cellRow(ps, i)
}

// cellRow reports whether paragraph i is a row of a table's cells: its
// cells joined by " | " (as extraction writes a table row of HTML or
// Markdown), as many as the row above or below it has, at least two.
func cellRow(ps []clean.Paragraph, i int) bool {
	n := cells(ps[i].Text)
	return n >= 2 && (i > 0 && cells(ps[i-1].Text) == n || i+1 < len(ps) && cells(ps[i+1].Text) == n)
}

// entryRow reports whether paragraph i, which starts with a figure, is an
// entry of a list of dated or numbered entries written as plain lines
// (markTables asks for one that is no link: a list of links to other
// stories, each after its date, is no part of the article): it
// splits its figure from its text on the same separator (see entrySep) as
// the line above or below it, which starts with a figure too (see
// lineStats.lead: "9 May – Salvador (BA)" over "23 May – Recife (PE)").
func entryRow(ps []clean.Paragraph, st []lineStats, i int) bool {
	sep := entrySep(ps[i].Text)
	if sep == "" {
		return false
	}
	same := func(j int) bool {
		return st[j].lead && entrySep(ps[j].Text) == sep
	}
	return i > 0 && same(i-1) || i+1 < len(ps) && same(i+1)
}

// entryHead is the most words before an entry's separator ("10 e 11 de
// outubro").
const entryHead = 5

// entrySep returns the first of the separators " – ", " — ", " - ", ": "
// and " | " in text when at most entryHead words come before it, or ""
// (a caption's "(Photo: Name)" comes after its sentence).
func entrySep(text string) string {
	best, at := "", len(text)
	for _, sep := range [...]string{" – ", " — ", " - ", ": ", " | "} {
		if k := strings.Index(text[:at], sep); k >= 0 {
			best, at = sep, k
		}
	}
	if strings.Count(text[:at], " ") >= entryHead {
		return ""
	}
	return best
}

// cells returns how many cells a line joined by " | " holds: 1 and one
// more for each separator.
func cells(s string) int {
	return 1 + strings.Count(s, " | ")
}

// endFigure reports a line that ends with a figure, as a row of a table
// whose last cell is a number does ("C Price b Khan 47", "Total (all out,
// 87.2 overs) 287"): a word of digits, maybe with a point, a comma or a
// dash among them, after a space, and no year.
func endFigure(text string) bool {
	sp := strings.LastIndexByte(text, ' ')
	if sp < 0 || sp == len(text)-1 {
		return false
	}
	w := text[sp+1:]
	if w[0] < '0' || w[0] > '9' || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != '.' && c != ',' && c != '-' {
			return false
		}
	}
	return !(len(w) == 4 && (w[:2] == "19" || w[:2] == "20")) // a year: "The Game Awards 2019"
}

// pageHead reports a block of lines lo to hi (excluded) with no prose
// above it that holds a byline or a dateline (see byline).
func (sc *bodyScratch) pageHead(d *clean.Document, lo, hi int) bool {
	if slices.Contains(sc.prose[:lo], true) {
		return false
	}
	for i := lo; i < hi; i++ {
		if d.Paragraphs[i].Kept() && sc.isByline(d, i) {
			return true
		}
	}
	return false
}

// attribution reports that paragraph i names the source of the quote or
// the prose right above it and the article goes on below it: a line of at
// most attribWords words that starts with a dash and then a word ("– Jane
// D.", "— Jane Doe (@jdoe) November 18, 2019"), does not end a sentence,
// follows prose or a quotation (see quotation) and precedes prose, a
// quotation or a short sentence (see sentenceLine). A review page or an
// embedded post pairs every quote with such a line. A dashed line after the
// article's last paragraph ("- More news") or in a menu of dashed items has
// no quote or prose on both sides.
func attribution(d *clean.Document, st []lineStats, prose []bool, i int) bool {
	if i == 0 || i+1 >= len(st) {
		return false
	}
	t := d.Paragraphs[i].Text
	if s := &st[i]; s.words == 0 || s.words > attribWords || stopRune(s.end) && !initialEnd(t) {
		return false
	}
	if !hyphenItem(d, i) {
		if len(t) < 3 || t[0] != '-' && t[0] != 0xE2 { // '-' or the first byte of – — ―
			return false
		}
		r, w := utf8.DecodeRuneInString(t)
		switch r {
		case '-', '–', '—', '―':
		default:
			return false
		}
		t = strings.TrimLeft(t[w:], " ")
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLetter(r) || truncated(t) {
		return false
	}
	prev, next := &d.Paragraphs[i-1], &d.Paragraphs[i+1]
	if !prose[i-1] && !(prev.Kept() && quotation(prev.Text, &st[i-1])) {
		return false
	}
	return prose[i+1] || next.Kept() && (quotation(next.Text, &st[i+1]) || sentenceLine(next.Text, &st[i+1]))
}

// hyphenItem reports whether paragraph i is a list item whose line opens
// with a hyphen ("- Jane Doe"): its text goes without the mark, which may
// be the dash of an attribution.
func hyphenItem(d *clean.Document, i int) bool {
	p := &d.Paragraphs[i]
	return p.Kind == clean.KindListItem && strings.HasPrefix(strings.TrimLeft(d.Text[p.Start:p.End], " \t"), "-")
}

// initialEnd reports a line that ends with an initial: a space, one
// capital letter and a full stop ("Jane D.").
func initialEnd(t string) bool {
	n := len(t)
	return n >= 3 && t[n-1] == '.' && 'A' <= t[n-2] && t[n-2] <= 'Z' && t[n-3] == ' '
}

// quotation reports a line of at least three words that opens or closes
// with a quotation mark.
func quotation(text string, s *lineStats) bool {
	if s.words < 3 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune("\"“„«»‘‚‹›「『", first) || strings.ContainsRune("\"”“»«’‘›‹」』", last)
}

// articleLine reports a short line that reads as part of an article rather
// than a menu: a list item with a bullet, or a sentence or a question of a
// few words (not a label, not a teaser cut short, not "Share this:").
func articleLine(text string, s *lineStats) bool {
	if len(text) > 2 && text[1] == ' ' && strings.IndexByte("-*+>", text[0]) >= 0 {
		return true
	}
	if r, w := utf8.DecodeRuneInString(text); len(text) > w && text[w] == ' ' && strings.ContainsRune("•·–—▪►✓✔", r) {
		return true
	}
	return sentenceLine(text, s)
}

// clauseLine reports a kept line of at least clauseWords words, half of
// them stopwords, that ends no sentence: an item of a bulleted box whose
// bullets the scrape lost ("Other lines should run, but will be very
// busy"). A menu has no stopword, and a headline, which drops its
// articles and its auxiliaries, seldom has that many; a teaser after its
// label and a colon ("Ep. 110: Why the bees are doing better than you
// think") is none.
func clauseLine(sc *bodyScratch, text string, k int) bool {
	s := &sc.stats[k]
	return s.words >= clauseWords && 2*sc.stops(k) >= int(s.words) && strings.IndexByte(text, ':') < 0
}

// clauseWords is the fewest words of a clauseLine.
const clauseWords = 6

// timelineEntry reports an entry of a timeline: a date before a colon
// (see htmlIsDateline), or a month and a year, or a year alone, and at
// least three words after it ("March 2023: Family member raises
// concerns", "21 November 2025: Jailed for five years", "2019: The mine
// closes").
func timelineEntry(text string) bool {
	k := strings.IndexByte(text, ':')
	if k <= 0 || k > timelineDateBytes || wordCount(text[k+1:]) < 3 {
		return false
	}
	date := text[:k]
	if yearWord(date) {
		return true
	}
	if month, year, ok := strings.Cut(date, " "); ok && yearWord(year) {
		var buf [24]byte
		if monthNames[string(foldPrefix(buf[:0], strings.TrimSuffix(month, "."), len(buf)))] {
			return true
		}
	}
	return htmlIsDateline(date)
}

// monthNames are the names of the months dateSpans knows, whole and
// abbreviated in English, in lower case.
var monthNames = func() map[string]bool {
	m := setOf("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	for name := range strings.SplitSeq(htmlMonths, "|") {
		m[name] = true
	}
	return m
}()

// yearWord reports whether w is a year of four digits.
func yearWord(w string) bool { return len(w) == 4 && allDigits(w) }

// timelineDateBytes is the longest date of a timelineEntry.
const timelineDateBytes = 24

// listItem reports a list item the extractor saw (HTML, Markdown) that is
// not mostly link text: an item of the article, not a link to another.
func listItem(p *clean.Paragraph) bool {
	return p.Kind == clean.KindListItem && 2*p.LinkRunes < utf8.RuneCountInString(p.Text)
}

// sentenceLine reports a line of at least three words that ends like a
// sentence or a question and is not cut short with an ellipsis.
func sentenceLine(text string, s *lineStats) bool {
	if s.words < 3 || truncated(text) {
		return false
	}
	return s.end == ';' || fullStop(s.end)
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// stopRune reports a rune that ends a sentence or announces what follows:
// . ! ? : ; … in the scripts scan knows (lineStats.end skips closing quotes
// and brackets).
func stopRune(r rune) bool {
	return r == ':' || r == ';' || r == '…' || fullStop(r)
}

// hasQuantity reports a number followed by a word: "2 cups", "1 Green",
// "60–90 minutes", "4 oz." (not "Label (12)" or "Page 2").
//
// A number is a digit followed by digits, full stops and commas; it counts
// when spaces and then a letter follow it. Only the byte after the spaces
// is decoded (no byte of a UTF-8 sequence is a digit).
func hasQuantity(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < '0' || c > '9' {
			i++
			continue
		}
		for i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
			i++
		}
		if i == len(s) || s[i] != ' ' {
			continue
		}
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			return false
		}
		if c := s[i]; 'a' <= c|0x20 && c|0x20 <= 'z' {
			return true
		} else if c >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// nounDekWords is the fewest words of a standfirst that standfirstUnder
// takes with up to half its words capitalised, as German capitalises its
// nouns ("Die Messungen zeigen den zweitgrössten Verlust seit Beginn der
// Aufzeichnungen – in Talbach wird nun über den Schutz der
// Wasserversorgung diskutiert"), when it ends with no stop: a headline
// in partial title case is shorter.
const nounDekWords = 15
