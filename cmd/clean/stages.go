package main

import (
	"github.com/cleantext/clean"
	"github.com/cleantext/clean/boilerplate"
)

// stages builds the per-document stages and the ordered (corpus) stages.
func stages(o *options) (perDoc, ordered clean.Pipeline) {
	perDoc = clean.Pipeline{boilerplate.Default()}
	return perDoc, nil
}
