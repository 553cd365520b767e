package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/boilerplate"
	"github.com/cleantext/clean/eval"
	"github.com/cleantext/clean/extract"
)

// Page is one benchmark page.
type Page struct {
	ID    string
	Input []byte
	Body  string
	// Labels holds the label of each input line, from line 1 (index 0 is
	// unused); nil when the benchmark has no labels.
	Labels []Label
}

// Label is the truth for one input line.
type Label int8

// Line labels.
const (
	Unlabelled Label = iota
	Content
	Boilerplate
)

// Bench is a set of pages, sorted by ID.
type Bench struct{ Pages []Page }

// Load reads dir/input/*.txt, dir/body/*.txt and, when present,
// dir/labels.jsonl.
func Load(dir string) (*Bench, error) {
	names, err := filepath.Glob(filepath.Join(dir, "input", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no pages in %s", filepath.Join(dir, "input"))
	}
	sort.Strings(names)
	b := &Bench{}
	index := map[string]int{}
	for _, n := range names {
		id := strings.TrimSuffix(filepath.Base(n), ".txt")
		in, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		body, err := os.ReadFile(filepath.Join(dir, "body", id+".txt"))
		if err != nil {
			return nil, err
		}
		index[id] = len(b.Pages)
		b.Pages = append(b.Pages, Page{ID: id, Input: in, Body: string(body)})
	}
	f, err := os.Open(filepath.Join(dir, "labels.jsonl"))
	if os.IsNotExist(err) {
		return b, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var l struct {
			ID    string `json:"id"`
			Line  int    `json:"line"`
			Label string `json:"label"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("labels.jsonl:%d: %v", n, err)
		}
		i, ok := index[l.ID]
		if !ok || l.Line < 1 {
			continue
		}
		p := &b.Pages[i]
		for len(p.Labels) <= l.Line {
			p.Labels = append(p.Labels, Unlabelled)
		}
		switch l.Label {
		case "content":
			p.Labels[l.Line] = Content
		case "boilerplate":
			p.Labels[l.Line] = Boilerplate
		default:
			return nil, fmt.Errorf("labels.jsonl:%d: unknown label %q", n, l.Label)
		}
	}
	return b, sc.Err()
}

// Half returns every other page: the odd-numbered ones (by sorted ID) when
// odd is set, the even-numbered ones otherwise.
func (b *Bench) Half(odd bool) *Bench {
	h := &Bench{}
	for i, p := range b.Pages {
		if (i%2 == 1) == odd {
			h.Pages = append(h.Pages, p)
		}
	}
	return h
}

// Report is the outcome of running the cleaner on a Bench.
type Report struct {
	Tokens eval.Result
	// Line-level counts over every labelled line of every page: a line is
	// predicted content when the cleaner kept the paragraph holding it.
	TP, FP, FN, TN int
	Docs           map[string]*clean.Document
	bench          *Bench
}

// LineP, LineR and LineF1 are line-level precision, recall and F1 of the
// content class.
func (r *Report) LineP() float64 { return ratio(r.TP, r.TP+r.FP) }
func (r *Report) LineR() float64 { return ratio(r.TP, r.TP+r.FN) }
func (r *Report) LineF1() float64 {
	p, rc := r.LineP(), r.LineR()
	if p+rc == 0 {
		return 0
	}
	return 2 * p * rc / (p + rc)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Run cleans every page with the classifier the cleaner uses,
// boilerplate.Default(), and scores the result: the figure issue 4 asks of
// the classifier. RunWith(pipeline.Default()) scores the whole default pipeline,
// dedup included.
func (b *Bench) Run() *Report { return b.RunWith(boilerplate.Default()) }

// RunWith cleans every page with c and scores the result.
func (b *Bench) RunWith(c clean.Stage) *Report {
	r := &Report{Docs: map[string]*clean.Document{}, bench: b}
	pred, truth := map[string]string{}, map[string]string{}
	for _, p := range b.Pages {
		d := extract.Text(p.ID+".txt", p.Input)
		c.Mark(d)
		r.Docs[p.ID] = d
		pred[p.ID] = d.CleanText()
		truth[p.ID] = p.Body
		if p.Labels == nil {
			continue
		}
		kept := keptLines(d)
		for line, l := range p.Labels {
			k := line < len(kept) && kept[line]
			switch {
			case l == Content && k:
				r.TP++
			case l == Content:
				r.FN++
			case l == Boilerplate && k:
				r.FP++
			case l == Boilerplate:
				r.TN++
			}
		}
	}
	r.Tokens = eval.Score(pred, truth)
	return r
}

// keptLines reports for each line number (from 1) of d.Text whether a kept
// paragraph covers it.
func keptLines(d *clean.Document) []bool {
	starts := lineStarts(d.Text)
	kept := make([]bool, len(starts)+1)
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if !p.Kept() {
			continue
		}
		for l := lineOf(starts, p.Start); l <= lineOf(starts, max(p.Start, p.End-1)); l++ {
			kept[l] = true
		}
	}
	return kept
}

// lineStarts returns the byte offset at which each line of text starts.
func lineStarts(text string) []int {
	s := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			s = append(s, i+1)
		}
	}
	return s
}

// lineOf returns the line number (from 1) holding byte offset off.
func lineOf(starts []int, off int) int {
	return sort.Search(len(starts), func(i int) bool { return starts[i] > off })
}

// Print writes the token scores, the line scores and the worst pages.
func (r *Report) Print(w io.Writer, worst int) {
	fmt.Fprintf(w, "token: ")
	r.Tokens.Print(w, worst)
	if r.TP+r.FP+r.FN+r.TN > 0 {
		fmt.Fprintf(w, "line:  F1 %.4f  P %.4f  R %.4f  (content lines %d, kept %d, correct %d)\n",
			r.LineF1(), r.LineP(), r.LineR(), r.TP+r.FN, r.TP+r.FP, r.TP)
	}
}

// Show prints the page whose ID starts with prefix line by line: the truth
// label (C content, . boilerplate), the decision (+ kept, - removed) and the
// removal rule.
func (r *Report) Show(w io.Writer, prefix string) error {
	for _, p := range r.bench.Pages {
		if !strings.HasPrefix(p.ID, prefix) {
			continue
		}
		d := r.Docs[p.ID]
		starts := lineStarts(d.Text)
		for i := range d.Paragraphs {
			q := &d.Paragraphs[i]
			line := lineOf(starts, q.Start)
			lab := " "
			if line < len(p.Labels) {
				lab = map[Label]string{Content: "C", Boilerplate: ".", Unlabelled: " "}[p.Labels[line]]
			}
			dec, why := "+", ""
			if !q.Kept() {
				dec, why = "-", q.Removal.Rule
				if q.Removal.Detail != "" {
					why += " (" + q.Removal.Detail + ")"
				}
			}
			text := q.Text
			if len(text) > 110 {
				text = text[:110] + "…"
			}
			fmt.Fprintf(w, "%4d %s%s %-22s %s\n", line, lab, dec, why, text)
		}
		for _, pg := range r.Tokens.Pages {
			if pg.ID == p.ID {
				fmt.Fprintf(w, "F1 %.3f  P %.3f  R %.3f\n", pg.F1(), pg.Precision, pg.Recall)
			}
		}
		return nil
	}
	return fmt.Errorf("no page %q", prefix)
}
