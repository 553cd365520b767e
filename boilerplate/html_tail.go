package boilerplate

import "github.com/cleantext/clean"

// HTMLTailPass cuts the end of an HTML article at a section header when
// the extractor kept a whole page rather than an article: on old
// table-layout pages readability's pick is the layout's row or table, and
// the comment thread, the standings table and the sidebar's lists come
// with the article ("Kommentarer (3)", a reader's name and time, ...).
//
// The body finder (see BodyFinder), which runs on text only, is run on the
// HTML document; its decision is taken only at the trailing edge, and only
// when its run ends right above a section header (see isWall: "Comments",
// "Related articles", "Kommentarer"): everything after that header goes as
// "outside-body" after the article. Whatever else it decided (the lines
// before the article, captions, records inside the run) is undone, and so
// is a cut that starts at anything but a section header: an HTML article
// without a header after it keeps its text, lists and tables.
func HTMLTailPass() clean.Stage {
	return clean.StageFunc(func(d *clean.Document) {
		if d.Format != clean.FormatHTML || len(d.Paragraphs) < 3 || !htmlHasWall(d) {
			return
		}
		saved := make([]*clean.Removal, len(d.Paragraphs))
		for i := range d.Paragraphs {
			saved[i] = d.Paragraphs[i].Removal
		}
		BodyFinder{}.Mark(d)
		last := -1
		for i := range d.Paragraphs {
			if d.Paragraphs[i].Kept() {
				last = i
			}
		}
		// The first line the finder removed after its run.
		cut := -1
		for i := last + 1; i < len(d.Paragraphs); i++ {
			if saved[i] == nil {
				cut = i
				break
			}
		}
		var st lineStats
		wall := cut >= 0 && len(d.Paragraphs[cut].Text) <= 60 && func() bool {
			scan(d.Paragraphs[cut].Text, &st, nil)
			return isWall(d.Paragraphs[cut].Text, &st)
		}()
		for i := range d.Paragraphs {
			if !wall || i < cut || saved[i] != nil {
				d.Paragraphs[i].Removal = saved[i]
			}
		}
	})
}

// htmlHasWall reports whether a kept paragraph of d is a section header
// (see isWall); without one, HTMLTailPass has nothing to cut at.
func htmlHasWall(d *clean.Document) bool {
	numLangs() // scan's tables
	var keys []uint64
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() || len(p.Text) > 60 {
			continue
		}
		var st lineStats
		keys = scan(p.Text, &st, keys[:0])
		if isWall(p.Text, &st) {
			return true
		}
	}
	return false
}
