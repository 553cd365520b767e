package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// WriteFileAtomic writes data to name through a temporary file in the same
// folder and a rename, creating the folders it needs, so that name holds
// either its old content or all of data, never part of it.
func WriteFileAtomic(name string, data []byte) error {
	return new(TreeWriter).Write(name, data)
}

// TreeWriter writes files atomically (a temporary file beside the target,
// then a rename) and remembers the folders it has made, so a large tree
// costs few system calls per file. It is safe for concurrent use.
type TreeWriter struct {
	mu   sync.Mutex
	made map[string]bool
	seq  atomic.Int64
}

// sink is a file open for writing.
type sink interface {
	io.Writer
	Close() error
}

// pid names this process in temporary file names.
var pid = strconv.Itoa(os.Getpid())

// Write writes data to name atomically, creating the folders it needs.
func (w *TreeWriter) Write(name string, data []byte) error {
	dir := filepath.Dir(name)
	if err := w.mkdir(dir); err != nil {
		return err
	}
	var f sink
	var tmp string
	for {
		tmp = filepath.Join(dir, "."+filepath.Base(name)+".tmp"+pid+"-"+strconv.FormatInt(w.seq.Add(1), 10))
		var err error
		f, err = createExcl(tmp)
		if err == nil {
			break
		}
		if !os.IsExist(err) {
			return err
		}
	}
	_, werr := f.Write(data)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = rename(tmp, name)
	}
	if werr != nil {
		os.Remove(tmp)
		return werr
	}
	return nil
}

// mkdir makes dir and its parents unless this writer made it before.
func (w *TreeWriter) mkdir(dir string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.made[dir] {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if w.made == nil {
		w.made = map[string]bool{}
	}
	w.made[dir] = true
	return nil
}

// AtomicFile is a file that appears under its name only when Commit
// succeeds; until then it is written to a temporary file beside it.
type AtomicFile struct {
	*bufio.Writer
	f    *os.File
	name string
}

// CreateAtomic starts writing name. It fails at once, before anything is
// written, when name is a folder (the rename in Commit would fail only at
// the end).
func CreateAtomic(name string) (*AtomicFile, error) {
	if st, err := os.Stat(name); err == nil && st.IsDir() {
		return nil, &os.PathError{Op: "create", Path: name, Err: errors.New("is a directory")}
	}
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(name)+".tmp*")
	if err != nil {
		// Name the file asked for, not the temporary one.
		if pe, ok := err.(*os.PathError); ok {
			err = &os.PathError{Op: "create", Path: name, Err: pe.Err}
		}
		return nil, err
	}
	return &AtomicFile{Writer: bufio.NewWriterSize(f, 64<<10), f: f, name: name}, nil
}

// Commit flushes, closes and renames the file into place.
func (a *AtomicFile) Commit() error {
	err := a.Flush()
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(a.f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.name)
	}
	if err != nil {
		os.Remove(a.f.Name())
	}
	return err
}

// Abort drops the temporary file.
func (a *AtomicFile) Abort() {
	a.f.Close()
	os.Remove(a.f.Name())
}

// Output returns the text written for d: the kept paragraphs separated by
// one blank line, preceded by the title when withTitle is set and d has
// one, unless the first kept paragraph is the headline the title holds
// already (see inTitle), or a heading that tells its story in other words
// (see sharesHeadline): the headline is not written twice. The
// standfirst (d.Standfirst) follows the title it is written with, unless
// the first kept paragraph is the standfirst.
func Output(d *clean.Document, withTitle bool) []byte {
	return AppendOutput(nil, d, withTitle)
}

// AppendOutput appends Output(d, withTitle) to dst and returns the extended
// slice.
func AppendOutput(dst []byte, d *clean.Document, withTitle bool) []byte {
	if !withTitle || d.Title == "" {
		return d.AppendCleanText(dst)
	}
	first, heading := firstKept(d)
	if inTitle(d.Title, first) || heading && sharesHeadline(d.Title, first) {
		return d.AppendCleanText(dst)
	}
	dst = append(dst, d.Title...)
	if d.Standfirst != "" && first != d.Standfirst {
		dst = append(append(dst, "\n\n"...), d.Standfirst...)
	}
	if d.Kept() == 0 {
		return append(dst, '\n')
	}
	return d.AppendCleanText(append(dst, "\n\n"...))
}

// firstKept returns the text of d's first kept paragraph, or "", and
// whether it is a heading (Markdown's "# ", HTML's h1 to h6).
func firstKept(d *clean.Document) (string, bool) {
	for i := range d.Paragraphs {
		if p := &d.Paragraphs[i]; p.Kept() {
			return p.Text, p.Kind == clean.KindHeading
		}
	}
	return "", false
}

// sharesHeadline reports whether the heading h that opens the kept text
// tells the title t's story in other words: at least two in three of its
// words, case aside, are words of t ("Seoul flat prices rise for 23rd
// week as buyers rush before loan curbs" under the title "Seoul flat
// prices rise for 23rd week: last rush before loan curbs | HBS News").
// Or the heading goes on, after a space, where the title's headline (the
// title, or its part before a bar) stops: "Pensioner, 78, ordered to tear down
// summerhouse - after neighbour complained" under the title "Pensioner,
// 78, ordered to tear down summerhouse | Daily Clarion". The title is then
// not written over it: the headline would be there twice.
func sharesHeadline(t, h string) bool {
	head := t
	if k := strings.Index(t, " | "); k >= 0 {
		head = t[:k]
	}
	if k := len(head); k >= minTitleHead && len(h) > k && h[k] == ' ' && strings.EqualFold(h[:k], head) {
		return true
	}
	words := strings.Fields(strings.ToLower(t))
	n, shared := 0, 0
	for _, w := range strings.Fields(strings.ToLower(h)) {
		n++
		for _, v := range words {
			if v == w {
				shared++
				break
			}
		}
	}
	return n >= 3 && 3*shared >= 2*n
}

// minTitleHead is the fewest bytes of a title's headline that a longer
// heading may go on from (see sharesHeadline).
const minTitleHead = 20

// titleSeparators part a headline from the site's name in a page title
// ("Headline | Site", "Site - Headline").
const titleSeparators = "|-–—:·»"

// inTitle reports whether the paragraph text p is the headline of the page
// title t: t itself, or one side of t split at a separator with a space on
// each side ("Headline | Site", "Site - Headline"; see titleSeparators),
// case aside.
func inTitle(t, p string) bool {
	if p == "" {
		return false
	}
	if strings.EqualFold(t, p) {
		return true
	}
	if rest, ok := cutPrefixFold(t, p); ok {
		r, n := utf8.DecodeRuneInString(strings.TrimPrefix(rest, " "))
		return rest != "" && rest[0] == ' ' && strings.ContainsRune(titleSeparators, r) &&
			strings.HasPrefix(rest[1+n:], " ")
	}
	if head, ok := cutSuffixFold(t, p); ok {
		r, n := utf8.DecodeLastRuneInString(strings.TrimSuffix(head, " "))
		return strings.HasSuffix(head, " ") && strings.ContainsRune(titleSeparators, r) &&
			strings.HasSuffix(head[:max(0, len(head)-1-n)], " ")
	}
	return false
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return "", false
}

func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return "", false
}

// ReportLine is one line of the removal report (JSONL). Index counts
// paragraphs from 0 in extraction order; Span is a byte span [start, end)
// into the document's decoded UTF-8 text (clean.Document.Text).
type ReportLine struct {
	Doc        string     `json:"doc"`
	Index      int        `json:"index"`
	Span       [2]int     `json:"span"`
	Reason     string     `json:"reason"` // "extract", "boilerplate", "duplicate" or "edit"
	Rule       string     `json:"rule"`
	Detail     string     `json:"detail,omitempty"`
	DupOf      *clean.Ref `json:"dup_of,omitempty"`
	Similarity *float64   `json:"similarity,omitempty"`
	Excerpt    string     `json:"excerpt"`
}

// ReasonEdit is the report reason of a part cut from a kept paragraph.
const ReasonEdit = "edit"

// ReportLines returns the report lines of d in paragraph order: one per
// removed paragraph and one per edit of a kept paragraph.
func ReportLines(d *clean.Document) []ReportLine {
	var out []ReportLine
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		for _, e := range p.Edits {
			out = append(out, ReportLine{Doc: d.ID, Index: i, Span: [2]int{e.Start, e.End},
				Reason: ReasonEdit, Rule: e.Rule, Excerpt: Excerpt(e.Cut, 80)})
		}
		if r := p.Removal; r != nil {
			l := ReportLine{Doc: d.ID, Index: i, Span: [2]int{p.Start, p.End}, Reason: r.Stage,
				Rule: r.Rule, Detail: r.Detail, DupOf: r.DupOf, Excerpt: Excerpt(p.Text, 80)}
			if r.DupOf != nil {
				sim := float64(int(r.Similarity*1000+0.5)) / 1000 // 3 decimals, stable
				l.Similarity = &sim
			}
			out = append(out, l)
		}
	}
	return out
}

// WriteReport writes d's report lines to w as JSONL.
func WriteReport(w io.Writer, d *clean.Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, l := range ReportLines(d) {
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return nil
}

// Excerpt returns s cut to at most n runes, with "…" when cut.
func Excerpt(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := 0; k < n; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return strings.TrimRight(s[:i], " ") + "…"
}

// Stats counts what a run did.
type Stats struct {
	Documents  int            `json:"documents"`
	Failed     int            `json:"failed"`
	Skipped    int            `json:"skipped"`
	Bytes      int64          `json:"bytes"` // of the documents cleaned, after decompression (Result.Bytes)
	Paragraphs int            `json:"paragraphs"`
	Kept       int            `json:"kept"`
	Removed    map[string]int `json:"removed"` // by Removal.Stage
	Repaired   int            `json:"repaired"`
}

// Add counts one result.
func (s *Stats) Add(r Result) {
	if r.Err != nil {
		s.Failed++
		return
	}
	s.Documents++
	s.Bytes += r.Bytes
	s.Repaired += r.Doc.Repaired
	if s.Removed == nil {
		s.Removed = map[string]int{}
	}
	for i := range r.Doc.Paragraphs {
		p := &r.Doc.Paragraphs[i]
		s.Paragraphs++
		if p.Kept() {
			s.Kept++
		} else {
			s.Removed[p.Removal.Stage]++
		}
	}
}

// Summary is the one-line human summary of the run.
func (s *Stats) Summary(seconds float64) string {
	mb := float64(s.Bytes) / 1e6
	rate := 0.0
	if seconds > 0 {
		rate = mb / seconds
	}
	removed := s.Paragraphs - s.Kept
	extracted := ""
	if n := s.Removed[clean.StageExtract]; n > 0 {
		extracted = fmt.Sprintf("left out at extraction %d, ", n)
	}
	line := fmt.Sprintf("clean: %d documents, %d paragraphs: %d kept, %d removed (%sboilerplate %d, duplicate %d)",
		s.Documents, s.Paragraphs, s.Kept, removed, extracted, s.Removed[clean.StageBoilerplate], s.Removed[clean.StageDuplicate])
	if s.Repaired > 0 {
		line += fmt.Sprintf(", %d invalid UTF-8 sequences repaired", s.Repaired)
	}
	if s.Skipped > 0 {
		line += fmt.Sprintf(", %d files skipped", s.Skipped)
	}
	if s.Failed > 0 {
		line += fmt.Sprintf(", %d FAILED", s.Failed)
	}
	return line + fmt.Sprintf("; %.1f MB in %.2fs (%.1f MB/s)", mb, seconds, rate)
}
