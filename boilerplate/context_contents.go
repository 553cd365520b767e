package boilerplate

import (
	"fmt"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/shingles"
)

// Names of the document passes' rules.
const (
	RuleContentsList = "contents-list"
	RuleAuthorBio    = "author-bio"
)

// DocumentPasses returns the passes that run last, on what the rules, the
// context passes and the body finder kept: they judge a paragraph by what
// the rest of the kept article says (a table of contents by the subheadings
// it points to, an author's bio by the byline, readers' comments by the
// label above them and the prose below them, a poll by its label and
// button, a newsletter box's pitch by its name and button (the body finder
// may have read on across it); separator lines go there too, after the body finder has used
// them as borders, and a live blog's time stamps, which the body finder
// reads as a record's time), so they must see the article as it will be
// written. They run on every format.
func DocumentPasses() []clean.Stage {
	return []clean.Stage{
		clean.StageFunc(MarkContentsLists),
		clean.StageFunc(MarkPolls),
		clean.StageFunc(MarkForms),
		clean.StageFunc(MarkSignupBoxes),
		clean.StageFunc(MarkRepublishBoxes),
		clean.StageFunc(MarkCommentEntries),
		clean.StageFunc(MarkSeparators),
		clean.StageFunc(MarkAuthorBios),
		clean.StageFunc(MarkReleaseTrailers),
		clean.StageFunc(MarkRunningHeads),
		clean.StageFunc(MarkProviderName),
		clean.StageFunc(MarkEdgeRules),
		clean.StageFunc(MarkPostTimes),
	}
}

// Knobs of MarkContentsLists.
const (
	// contentsBytes is the longest entry of a contents list, in bytes
	// (about 25 words of English, 12 of Russian).
	contentsBytes = 160
	// contentsEntries is the fewest entries of a contents list without a
	// label above it (two with one: "Contents", "Key events").
	contentsEntries = 3
	// contentsGap is the most lines in a row between two entries that do
	// not come back themselves (a time of day in a live blog's list of key
	// events, an entry renamed in its subheading).
	contentsGap = 1
	// contentsReach is how many kept lines after a subheading its prose
	// may start: the subheading is followed by prose at once or after one
	// short line.
	contentsReach = 2
)

// MarkContentsLists removes the lists of contents that the body finder
// kept: a table of contents or a live blog's list of key events, whose
// entries come back later in the document, in the same order, as the
// article's subheadings. Duplicate detection keeps the first of two equal
// paragraphs, so it would keep such a list and remove the subheadings.
//
// A list is a run of kept lines (removed lines between them aside), each
// of at most contentsBytes bytes and not prose (see isSentenceLike), at least
// contentsEntries of them (two under a label, see isContentsLabel)
// entries: lines with a letter whose words (case, spaces and punctuation
// aside, see foldKey) come back after the list, in order, each as a kept
// short line that starts a section: prose follows it within
// contentsReach kept lines, and prose stands between it and the
// subheading of the entry before. Between two entries stand at most
// contentsGap lines that do not come back (a time of day, "14:52"); such
// a line right above the first entry goes with the list when one such
// line stands between every two entries, and a label right above the list
// ("Contents", "Key events", "In this article", "Sommaire") goes too. The
// subheadings stay; a list whose entries come back only inside sentences,
// only next to each other (a menu repeated in a footer), out of order or
// not at all (a bullet list of the article) stays.
//
// Each entry's removal names the subheading it points to.
func MarkContentsLists(d *clean.Document) {
	ps := d.Paragraphs
	if len(ps) < 2*contentsEntries {
		return
	}
	sc := contentsPool.Get().(*contentsScratch)
	defer contentsPool.Put(sc)
	// The kept lines, by their place among them from here on: prose[t]
	// counts the prose paragraphs before line t; kind marks the short
	// lines (not prose, at most contentsBytes bytes), those with a letter,
	// those of these that start a section (prose follows within
	// contentsReach lines) and those of these that may be the subheading
	// of an entry (a short line before them has their signature, see
	// endsSig).
	const kindShort, kindLetter, kindHead, kindTarget = 1, 2, 4, 8
	at := sc.at[:0]
	for i := range ps {
		if ps[i].Kept() {
			at = append(at, int32(i))
		}
	}
	sc.at = at
	m := len(at)
	sc.prose = resize(sc.prose, m+1)
	sc.kind = resize(sc.kind, m)
	prose, kind := sc.prose, sc.kind
	shorts := 0
	for t, i := range at {
		p := &ps[i]
		prose[t+1] = prose[t]
		kind[t] = 0
		if isSentenceLike(p.Text, contentWords) {
			prose[t+1]++
		} else if len(p.Text) <= contentsBytes {
			kind[t] = kindShort
			shorts++
		}
	}
	// The fewest: a label, two entries and their subheadings (five short
	// lines), and a paragraph after each subheading.
	if shorts < 5 || prose[m] < 2 {
		return
	}
	sc.sigs = resize(sc.sigs, m)
	sigs := sc.sigs
	// g counts the lines between line t and the next prose, up to
	// contentsReach.
	heads := 0
	for t, g := m-1, contentsReach; t >= 0; t-- {
		switch {
		case prose[t+1] > prose[t]:
			g = 0
			continue
		case kind[t] == 0:
		default:
			var ok bool
			if sigs[t], ok = endsSig(contentsKey(ps[at[t]].Text)); ok {
				kind[t] |= kindLetter
				if g < contentsReach {
					kind[t] |= kindHead
					heads++
				}
			}
		}
		g = min(g+1, contentsReach)
	}
	if heads < 2 {
		return
	}
	// A head is a target when a short line before it has its signature; a
	// short line gets its key (see foldKey; 0 for the others) when it is a
	// target or a target after it has its signature: lines with the same
	// key have the same signature.
	var seen, targets sigSet
	for t := range kind {
		if kind[t]&kindLetter == 0 {
			continue
		}
		if kind[t]&kindHead != 0 && seen.has(sigs[t]) {
			kind[t] |= kindTarget
		}
		seen.add(sigs[t])
	}
	sc.keys = resize(sc.keys, m)
	sc.next = resize(sc.next, m)
	keys, next := sc.keys, sc.next
	// next[t] is the next line with the key of line t, or -1.
	clear(sc.last)
	found := false
	for t := m - 1; t >= 0; t-- {
		keys[t], next[t] = 0, -1
		if kind[t]&kindLetter == 0 {
			continue
		}
		if kind[t]&kindTarget != 0 {
			targets.add(sigs[t])
		} else if !targets.has(sigs[t]) {
			continue
		}
		keys[t] = headingKey(ps[at[t]].Text)
		if u, ok := sc.last[keys[t]]; ok {
			next[t] = u
			found = true
		}
		sc.last[keys[t]] = int32(t)
	}
	if !found {
		return
	}
	// heading returns the first line after line k with its key that
	// starts a section, with prose between it and line prev when prev >=
	// 0 (the subheading of the entry before; so it comes after prev); or
	// -1.
	heading := func(k, prev int) int {
		for u := int(next[k]); u >= 0; u = int(next[u]) {
			if kind[u]&kindHead != 0 && (prev < 0 || prose[u] > prose[prev+1]) {
				return u
			}
		}
		return -1
	}
	for t := 0; t < m; t++ {
		if next[t] < 0 {
			continue
		}
		u := heading(t, -1)
		if u < 0 {
			continue
		}
		// Entries in pairs (line, its subheading); gap counts the lines
		// since the last entry; evenGaps, that one line stands between
		// every two entries.
		entries := append(sc.entries[:0], [2]int32{int32(t), int32(u)})
		firstHead, prev, gap, evenGaps, end := u, u, 0, true, t
		for k := t + 1; k < firstHead && kind[k] != 0; k++ {
			if keys[k] != 0 {
				if h := heading(k, prev); h >= 0 {
					entries = append(entries, [2]int32{int32(k), int32(h)})
					evenGaps = evenGaps && gap == 1
					prev, gap, end = h, 0, k
					continue
				}
			}
			if gap++; gap > contentsGap {
				break
			}
		}
		sc.entries = entries
		if len(entries) < 2 {
			continue
		}
		from := t
		label := t > 0 && isContentsLabel(ps[at[t-1]].Text)
		// Two entries or more: with even gaps, a line stands between
		// them, and one above the first is its time of day.
		if !label && evenGaps && t > 0 && kind[t-1] != 0 {
			from = t - 1
			label = from > 0 && isContentsLabel(ps[at[from-1]].Text)
		}
		if len(entries) < contentsEntries && !label {
			continue
		}
		if label {
			Remove(d, int(at[from-1]), Reason{Rule: RuleContentsList, Detail: "the label of a contents list"})
		}
		e := 0
		for k := from; k <= end; k++ {
			if e < len(entries) && int(entries[e][0]) == k {
				h := int(at[entries[e][1]])
				Remove(d, int(at[k]), Reason{Rule: RuleContentsList,
					Detail: fmt.Sprintf("an entry of a contents list: the subheading at paragraph %d, %q", h, headExcerpt(ps[h].Text))})
				e++
				continue
			}
			Remove(d, int(at[k]), Reason{Rule: RuleContentsList, Detail: "inside a contents list"})
		}
		t = end
	}
}

// headingKey returns the key of an entry of a contents list or of a
// subheading: two have the same key when their words are the same but for
// case, punctuation, a number before them and a link in brackets after
// them ("1 Geology", "Geology[edit]"; see contentsKey and foldKey).
func headingKey(s string) uint64 { return foldKey(contentsKey(s)) }

// foldKey returns a hash of the words of s, in lower case and with the
// spaces and punctuation between them taken
// for one space: two lines with the same words have the same key. It is 0
// for a line without a letter, never for another. It is a cheap stand-in
// for comparing shingles.Normalize forms (it does not apply NFKC), for the
// short lines of every document.
func foldKey(s string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	words, sep, letter := false, false, false
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
			switch {
			case '0' <= r && r <= '9':
			case 'a' <= r && r <= 'z':
				letter = true
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
				letter = true
			default:
				sep = true
				continue
			}
		} else {
			var n int
			var class uint8
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
			switch r, class = foldRune(r); class {
			case runeLetter:
				letter = true
			case runeSep:
				sep = true
				continue
			}
		}
		if sep && words {
			h = (h ^ ' ') * prime
		}
		words, sep = true, false
		h = (h ^ uint64(r)) * prime
	}
	if !letter {
		return 0
	}
	return h | 1
}

// endsSig returns a signature of s for sigSet, 12 bits of a hash of the
// first and the last letter of s in lower case, and whether s has a
// letter: lines with the same
// key (see foldKey) have the same signature, and a line without a letter
// has no key.
func endsSig(s string) (uint16, bool) {
	var first, last rune
	for i := 0; i < len(s); {
		c, n := s[i], 1
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			if l, class := foldRune(r); class == runeLetter {
				first = l
				break
			}
		} else if 'a' <= c|0x20 && c|0x20 <= 'z' {
			first = rune(c | 0x20)
			break
		}
		i += n
	}
	if first == 0 {
		return 0, false
	}
	for i := len(s); i > 0; {
		c, n := s[i-1], 1
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeLastRuneInString(s[:i])
			if l, class := foldRune(r); class == runeLetter {
				last = l
				break
			}
		} else if 'a' <= c|0x20 && c|0x20 <= 'z' {
			last = rune(c | 0x20)
			break
		}
		i -= n
	}
	return uint16((uint32(first)*0x9E3779B1 ^ uint32(last)) * 0x85EBCA6B >> 20), true
}

// Classes of runes for foldKey.
const (
	runeSep    = iota // between words
	runeNumber        // a digit or another number
	runeLetter
)

// foldRune returns r in lower case and its class. The runes of the Latin,
// Greek and Cyrillic blocks are looked up in a table.
func foldRune(r rune) (rune, uint8) {
	if r < rune(len(foldTable)) {
		f := foldTable[r]
		return rune(f & 0xFFFF), uint8(f >> 16)
	}
	switch {
	case unicode.IsLetter(r):
		return unicode.ToLower(r), runeLetter
	case unicode.IsNumber(r):
		return r, runeNumber
	}
	return r, runeSep
}

// foldTable holds foldRune's answers for the runes below U+0530: the
// lower-case rune in the low 16 bits, the class above.
var foldTable = func() (t [0x530]uint32) {
	for r := range t {
		class := uint32(runeSep)
		switch {
		case unicode.IsLetter(rune(r)):
			class = runeLetter
		case unicode.IsNumber(rune(r)):
			class = runeNumber
		}
		t[r] = uint32(unicode.ToLower(rune(r)))&0xFFFF | class<<16
	}
	return t
}()

// sigSet is a set of signatures (see endsSig) that may answer yes for one
// it does not hold, never no for one it holds: two bit sets of 64, one
// indexed by six bits of the signature, one by the other six.
type sigSet [2]uint64

func (s *sigSet) add(sig uint16) {
	s[0] |= 1 << (sig & 63)
	s[1] |= 1 << (sig >> 6 & 63)
}

func (s *sigSet) has(sig uint16) bool {
	return s[0]&(1<<(sig&63)) != 0 && s[1]&(1<<(sig>>6&63)) != 0
}

// headExcerpt returns s cut to at most 60 bytes at a rune boundary.
func headExcerpt(s string) string {
	if len(s) <= 60 {
		return s
	}
	k := 60
	for k > 0 && s[k]&0xC0 == 0x80 {
		k--
	}
	return s[:k] + "…"
}

type contentsScratch struct {
	at      []int32
	keys    []uint64
	next    []int32
	prose   []int32
	kind    []uint8
	sigs    []uint16
	entries [][2]int32
	last    map[uint64]int32
}

var contentsPool = sync.Pool{New: func() any { return &contentsScratch{last: map[uint64]int32{}} }}

// contentsLabels are the labels of contents lists, normalised (see
// isContentsLabel): English, German, Dutch, French, Italian, Spanish,
// Portuguese, Polish, Russian and Ukrainian.
var contentsLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{
		"Contents", "Table of contents", "Key events", "Key moments", "In this article", "In this story",
		"In this guide", "In this post", "On this page", "Jump to", "Jump to section", "Skip to", "Quick links",
		"What's in this article", "Inhalt", "Inhaltsverzeichnis", "In diesem Artikel", "Inhoud",
		"Inhoudsopgave", "In dit artikel", "Sommaire", "Au sommaire", "Table des matières",
		"Dans cet article", "Sommario", "Indice", "Indice dei contenuti", "In questo articolo", "Índice",
		"Contenido", "Contenidos", "Tabla de contenidos", "En este artículo", "Sumário", "Neste artigo",
		"Spis treści", "W tym artykule", "Содержание", "Оглавление", "В этой статье", "Зміст",
		"У цій статті",
	} {
		m[shingles.Normalize(s)] = true
	}
	return m
}()

// isContentsLabel reports whether s is the label of a contents list
// ("Contents", "Key events:", "Inhalt").
func isContentsLabel(s string) bool {
	return wordCount(s) <= 4 && contentsLabels[shingles.Normalize(s)]
}
