package boilerplate

import (
	"slices"
	"testing"

	"github.com/cleantext/clean"
)

// TestMarkForms: a form's head, fields and button go, with a second
// button, a count of results or an upload form's file picker under it; the article's lines around it,
// a list without a form's head and a head over too few fields stay.
func TestMarkForms(t *testing.T) {
	for _, tc := range []struct {
		name string
		form []string
		gone []int // indexes in form of the lines removed
	}{
		{"a calculator", []string{"Mortgage calculator", "Home price", "$", "Down payment", "20%", "Loan term", "30 years", "Interest rate", "Calculate"},
			[]int{0, 1, 2, 3, 4, 5, 6, 7, 8}},
		{"a head in capitals", []string{"CHECK YOUR TICKET", "Select game: Powerstar ▾", "Drawing date: 01/08/2027", "Check now",
			"Results are unofficial. Official records prevail."}, []int{0, 1, 2, 3}},
		{"a search with a second button and a count", []string{"SEARCH INSPECTION RESULTS", "Restaurant name", "City or ZIP code", "Search",
			"Reset filters", "Showing 41 results"}, []int{0, 1, 2, 3, 4, 5}},
		{"a prompt and a question", []string{"NOMINATE A BUSINESS", "Know a small business with a story to tell? Nominate it for a future Spotlight.",
			"Business name", "Why should we feature this business?", "Submit nomination"}, []int{0, 1, 2, 3, 4}},
		{"a sentence of results under the button", []string{"Find a dealer near you", "ZIP code", "Go",
			"The results of the 2024 survey show that most people in the town want lower rates and more homes."}, []int{0, 1, 2}},
		{"a tool's name over one field", []string{"Find a dealer near you", "ZIP code", "Go"}, []int{0, 1, 2}},
		{"capitals over one field", []string{"OUR TEAM", "ZIP code", "Go"}, nil},
		{"a list with no head", []string{"Steps", "Mix the flour", "Add the eggs", "Bake for an hour", "Search"}, nil},
		{"a sentence among the fields", []string{"Mortgage calculator", "Home price", "The rate is set by the bank.", "Calculate"}, nil},
		{"a field of eleven words", []string{"Mortgage calculator", "Home price in dollars before any deposit or fee is paid", "Calculate"}, nil},
		{"a long head", []string{"THE BEST WAY TO CHECK YOUR TICKET", "Select game", "Drawing date", "Check now"}, nil},
		{"a head with a full stop", []string{"Mortgage calculator.", "Home price", "Calculate"}, nil},
		{"a button with a full stop", []string{"Mortgage calculator", "Home price", "Search now."}, nil},
		{"a button of four words", []string{"Mortgage calculator", "Home price", "Calculate your monthly payment"}, nil},
		{"an upload form", []string{"Send us your photos", "Has it snowed where you live? We'd love to see your pictures and videos.",
			"Upload your photos", "Drag files here or click to browse. Max 25MB."}, []int{0, 1, 2, 3}},
		{"an upload form's head alone", []string{"Send us your photos", "Upload"}, []int{0, 1}},
		{"an upload button under no head", []string{"Steps", "Mix the flour", "Add the eggs", "Upload your photos", "Drag files here to upload them."}, nil},
		{"a drop zone that is no hint", []string{"Send us your photos", "Upload", "Dragons were here before the town, the legend says."}, []int{0, 1}},
		{"fields beyond the reach", append(append([]string{"Mortgage calculator"}, slices.Repeat([]string{"Field"}, 12)...), "Calculate"), nil},
	} {
		checkBlockPass(t, tc.name, MarkForms, tc.form, tc.gone)
	}
}

// checkBlockPass sets block between two paragraphs of titleProse and one
// after, runs mark on the page and checks that the lines of block at the
// indexes gone are removed and every other line is kept.
func checkBlockPass(t *testing.T, name string, mark func(*clean.Document), block []string, gone []int) {
	t.Helper()
	lines := append(append(append([]string{}, titleProse[:2]...), block...), titleProse[2])
	d := blockDoc(lines...)
	mark(d)
	for i, p := range d.Paragraphs {
		want := !slices.Contains(gone, i-2)
		if p.Kept() != want {
			t.Errorf("%s: line %d %q kept %v, want %v", name, i, p.Text, p.Kept(), want)
		}
	}
}

// TestMarkFormsNoAllocs: looking for a form's button on every kept line
// allocates nothing.
func TestMarkFormsNoAllocs(t *testing.T) {
	d := blockDoc(append(append([]string{"Menu", "Search", "Check", "Home"}, titleProse...), "Share", "Go")...)
	if n := testing.AllocsPerRun(100, func() { MarkForms(d) }); n != 0 {
		t.Errorf("MarkForms: %v allocations per run, want 0", n)
	}
}
