package eval

import (
	"fmt"
	"math"
	"testing"
)

func TestScorePage(t *testing.T) {
	tests := []struct {
		name       string
		pred, true string
		p, r       float64
	}{
		{"identical", "one two three four five", "one two three four five", 1, 1},
		{"case and punctuation ignored", "One, two; THREE four five!", "one two three four five", 1, 1},
		{"half extra", "a b c d e f g h i j", "a b c d e", 2.0 / 7, 1},
		{"half missing", "a b c d e", "a b c d e f g h i j", 1, 2.0 / 7},
		{"empty prediction", "", "a b c d", 1, 0},
		{"short texts are one shingle", "a b", "a b", 1, 1},
		{"repeats count", "a b c d a b c d", "a b c d", 1.0 / 5, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg := ScorePage("x", tt.pred, tt.true)
			if math.Abs(pg.Precision-tt.p) > 1e-9 || math.Abs(pg.Recall-tt.r) > 1e-9 {
				t.Errorf("P,R = %v,%v; want %v,%v", pg.Precision, pg.Recall, tt.p, tt.r)
			}
		})
	}
}

func TestScoreAveragesPages(t *testing.T) {
	r := Score(map[string]string{"a": "w x y z", "b": ""}, map[string]string{"a": "w x y z", "b": "w x y z"})
	if r.Precision != 1 || r.Recall != 0.5 {
		t.Fatalf("P,R = %v,%v; want 1,0.5", r.Precision, r.Recall)
	}
	if got := r.Worst(1)[0].ID; got != "b" {
		t.Fatalf("worst = %s; want b", got)
	}
}

func Example() {
	r := Score(
		map[string]string{"page": "The cat sat on the mat. Share this!"},
		map[string]string{"page": "The cat sat on the mat."},
	)
	fmt.Printf("F1 %.3f P %.3f R %.3f\n", r.F1(), r.Precision, r.Recall)
	// Output: F1 0.750 P 0.600 R 1.000
}
