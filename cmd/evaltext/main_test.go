package main

import (
	"os"
	"testing"
)

const devDir = "../../testdata/benchtext/dev"

// Targets of the text body finder on the dev pages (issue 4): token F1 and
// line F1 of boilerplate.Default(). TestDevScores fails below them.
const (
	minTokenF1 = 0.94
	minLineF1  = 0.85
)

// TestDevScores runs the evaluation on the dev pages with
// boilerplate.Default(), as the cleaner does; the scores are computed, never
// stored.
func TestDevScores(t *testing.T) {
	b, err := Load(devDir)
	if err != nil {
		t.Fatal(err)
	}
	r := b.Run()
	if testing.Verbose() {
		r.Print(os.Stdout, 5)
	}
	tok, line := r.Tokens.F1(), r.LineF1()
	t.Logf("token F1 %.4f (P %.4f R %.4f)  line F1 %.4f (P %.4f R %.4f)",
		tok, r.Tokens.Precision, r.Tokens.Recall, line, r.LineP(), r.LineR())
	if tok < minTokenF1 {
		t.Errorf("token F1 %.4f < target %.2f", tok, minTokenF1)
	}
	if line < minLineF1 {
		t.Errorf("line F1 %.4f < target %.2f", line, minLineF1)
	}
}

// TestLoadAndLines checks the loader, the halves and the line mapping.
func TestLoadAndLines(t *testing.T) {
	b, err := Load(devDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Pages) != 88 {
		t.Fatalf("%d pages, want 88", len(b.Pages))
	}
	h0, h1 := b.Half(false), b.Half(true)
	if len(h0.Pages)+len(h1.Pages) != len(b.Pages) {
		t.Fatalf("halves %d+%d != %d", len(h0.Pages), len(h1.Pages), len(b.Pages))
	}
	starts := lineStarts("a\nbc\n\nd")
	for off, want := range map[int]int{0: 1, 1: 1, 2: 2, 4: 2, 5: 3, 6: 4} {
		if got := lineOf(starts, off); got != want {
			t.Errorf("lineOf(%d) = %d, want %d", off, got, want)
		}
	}
}
