// Package pipeline assembles the cleaner's stages, so that the command and
// the evaluation commands run exactly the same thing.
package pipeline

import (
	"github.com/cleantext/clean"
	"github.com/cleantext/clean/boilerplate"
	"github.com/cleantext/clean/dedupe"
)

// Stages returns the per-document stages, which may run in parallel, and
// the ordered stages, which must see the documents one at a time in input
// order: boilerplate.Default(), then Document.MergePruned (the blocks the
// HTML extractor left out join the paragraphs after the article is
// classified, before any paragraph index is recorded), then dedup with
// opts within each document, or, when corpus is set, across all documents
// (the ordered stage).
func Stages(opts dedupe.Options, corpus bool) (perDoc, ordered clean.Pipeline) {
	perDoc = clean.Pipeline{boilerplate.Default(), clean.StageFunc((*clean.Document).MergePruned)}
	if corpus {
		return perDoc, clean.Pipeline{dedupe.NewCorpus(opts)}
	}
	return append(perDoc, dedupe.Within(opts)), nil
}

// Default returns the per-document stages the cleaner runs with its default
// options: boilerplate, the merge of the pruned blocks, then dedup within
// the document.
func Default() clean.Pipeline {
	perDoc, _ := Stages(dedupe.Options{}, false)
	return perDoc
}
