// Command evalhtml scores the HTML extractor on a folder of saved pages
// against the folder's ground truth, with the article-extraction
// benchmark's metric (see package eval).
//
// The folder holds <id>.html.gz (or .html) pages and ground-truth.json, an
// object mapping each id to {"articleBody": "..."}. Every page goes through
// extract.File and boilerplate.Default() in parallel; the command prints
// F1, precision and recall and the worst pages.
//
//	go run ./cmd/evalhtml -dir testdata/benchhtml/dev
//
// -split also scores the two halves of the pages (sorted by id; even
// positions are the half rules were developed on, odd the held-out half).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/cleantext/clean"

	"github.com/cleantext/clean/eval"
)

func main() {
	dir := flag.String("dir", "testdata/benchhtml/dev", "folder of pages and ground-truth.json")
	worst := flag.Int("worst", 10, "number of worst pages to print")
	split := flag.Bool("split", false, "also score the development and held-out halves")
	dump := flag.String("dump", "", "write each page's extracted text to this folder")
	flag.Parse()
	if err := run(os.Stdout, *dir, *worst, *split, *dump); err != nil {
		fmt.Fprintln(os.Stderr, "evalhtml:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, dir string, worst int, split bool, dump string) error {
	truth, err := LoadTruth(dir)
	if err != nil {
		return err
	}
	var mu sync.Mutex
	explained := map[string]string{}
	if dump != "" {
		Explain = func(d *clean.Document) {
			var b strings.Builder
			for i, p := range d.Paragraphs {
				if p.Removal != nil {
					fmt.Fprintf(&b, "%d %s/%s [%s l%d]: %s\n", i, p.Removal.Stage, p.Removal.Rule, p.Kind, p.LinkRunes, p.Text)
				}
			}
			mu.Lock()
			explained[d.ID] = b.String()
			mu.Unlock()
		}
	}
	pred, errs := Extract(dir, truth)
	for _, e := range errs {
		fmt.Fprintln(os.Stderr, "evalhtml:", e)
	}
	if dump != "" {
		if err := os.MkdirAll(dump, 0o755); err != nil {
			return err
		}
		for id, t := range explained {
			if err := os.WriteFile(dump+"/"+id+".removed", []byte(t), 0o644); err != nil {
				return err
			}
		}
		for id, t := range pred {
			if err := os.WriteFile(dump+"/"+id+".txt", []byte(t), 0o644); err != nil {
				return err
			}
		}
	}
	eval.Score(pred, truth).Print(w, worst)
	if split {
		devT, heldT := Halves(truth)
		fmt.Fprint(w, "development half: ")
		eval.Score(pred, devT).Print(w, 0)
		fmt.Fprint(w, "held-out half:    ")
		eval.Score(pred, heldT).Print(w, 0)
	}
	return nil
}
