package main

import (
	"github.com/cleantext/clean"
	"github.com/cleantext/clean/boilerplate"
	"github.com/cleantext/clean/dedupe"
)

// stages builds the per-document stages (run in parallel) and the ordered
// stages (run in input order): boilerplate, then dedup within the document
// or across the corpus.
func stages(o *options) (perDoc, ordered clean.Pipeline) {
	opts := dedupe.Options{Threshold: o.threshold, N: o.ngram, MinWords: o.minWords}
	perDoc = clean.Pipeline{boilerplate.Default()}
	if o.scope == "corpus" {
		return perDoc, clean.Pipeline{dedupe.NewCorpus(opts)}
	}
	return append(perDoc, dedupe.Within(opts)), nil
}
