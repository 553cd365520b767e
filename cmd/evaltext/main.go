// Command evaltext scores the plain-text cleaner on a benchmark directory:
// every input/*.txt page is split with extract.Text and marked with the
// cleaner's classifier, boilerplate.Default() (with -dedupe, also with dedup
// within the document, as the cleaner runs by default), and the kept text is
// compared with body/*.txt using the article-extraction benchmark's metric
// (token F1, precision and recall of 4-token shingle bags, averaged over
// pages). When labels.jsonl is present it also reports line-level F1: each
// input line labelled "content" or "boilerplate" against whether the cleaner
// kept the paragraph holding that line (counted over all lines of all pages).
//
// Usage:
//
//	go run ./cmd/evaltext -dir testdata/benchtext/dev [-worst 10] [-half even|odd] [-show ID] [-body-only] [-dedupe]
//
// -half scores only every other page (by sorted name), to tune on one half
// and check on the other; -show prints one page line by line with its label,
// the decision and the removal reason.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/boilerplate"
	"github.com/cleantext/clean/dedupe"
	"github.com/cleantext/clean/pipeline"
)

func main() {
	dir := flag.String("dir", "testdata/benchtext/dev", "benchmark directory holding input/, body/ and labels.jsonl")
	worst := flag.Int("worst", 10, "number of worst pages to print")
	half := flag.String("half", "", `score only half the pages: "even" or "odd" (by sorted name)`)
	show := flag.String("show", "", "print the lines of the page with this ID (or ID prefix) with labels and decisions")
	withDedupe := flag.Bool("dedupe", false, "also run dedup within each document, as the cleaner does by default")
	minWords := flag.Int("min-words", 0, "with -dedupe: paragraphs of fewer `words` take no part in dedup, as clean -min-words")
	bodyOnly := flag.Bool("body-only", false, "run only the body finder (boilerplate.BodyPasses), not the paragraph rules and context passes")
	flag.Parse()
	if *minWords != 0 && !*withDedupe {
		fmt.Fprintln(os.Stderr, "evaltext: -min-words needs -dedupe")
		os.Exit(2)
	}
	var c clean.Stage = boilerplate.Default()
	if *withDedupe {
		perDoc, _ := pipeline.Stages(dedupe.Options{MinWords: *minWords}, false)
		c = perDoc
	}
	if *bodyOnly {
		c = &boilerplate.Classifier{Passes: boilerplate.BodyPasses()}
	}
	if err := run(os.Stdout, c, *dir, *worst, *half, *show); err != nil {
		fmt.Fprintln(os.Stderr, "evaltext:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, c clean.Stage, dir string, worst int, half, show string) error {
	b, err := Load(dir)
	if err != nil {
		return err
	}
	switch half {
	case "":
	case "even", "odd":
		b = b.Half(half == "odd")
	default:
		return fmt.Errorf("-half must be even or odd, not %q", half)
	}
	rep := b.RunWith(c)
	if show != "" {
		return rep.Show(w, show)
	}
	rep.Print(w, worst)
	return nil
}
