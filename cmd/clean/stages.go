package main

import (
	"github.com/cleantext/clean"
	"github.com/cleantext/clean/dedupe"
	"github.com/cleantext/clean/pipeline"
)

// stages builds the per-document stages (run in parallel) and the ordered
// stages (run in input order) for the flags in o.
func stages(o *options) (perDoc, ordered clean.Pipeline) {
	return pipeline.Stages(dedupe.Options{Threshold: o.threshold, N: o.ngram, MinWords: o.minWords}, o.scope == "corpus")
}
