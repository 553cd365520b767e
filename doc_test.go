package clean

import (
	"strings"
	"testing"
)

func TestRemoveKeepsFirstReason(t *testing.T) {
	d := &Document{Paragraphs: []Paragraph{{Text: "a"}, {Text: "b"}}}
	if !d.Remove(1, Removal{Stage: StageBoilerplate, Rule: "first"}) {
		t.Fatal("first Remove reported no change")
	}
	if d.Remove(1, Removal{Stage: StageDuplicate, Rule: "second"}) {
		t.Fatal("second Remove reported a change")
	}
	if got := d.Paragraphs[1].Removal.Rule; got != "first" {
		t.Fatalf("rule = %q; want first", got)
	}
	if d.Kept() != 1 || d.CleanText() != "a\n" {
		t.Fatalf("Kept %d, CleanText %q", d.Kept(), d.CleanText())
	}
}

func TestCleanTextEmpty(t *testing.T) {
	d := &Document{Paragraphs: []Paragraph{{Text: "a", Removal: &Removal{}}}}
	if got := d.CleanText(); got != "" {
		t.Fatalf("CleanText = %q; want empty", got)
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{KindText: "text", KindHeading: "heading", KindCaption: "caption", Kind(99): "unknown"} {
		if got := k.String(); got != want {
			t.Errorf("%d.String() = %q; want %q", k, got, want)
		}
	}
}

func TestRemovePointersStayValid(t *testing.T) {
	d := &Document{Paragraphs: make([]Paragraph, 300)}
	for i := range d.Paragraphs {
		d.Remove(i, Removal{Stage: StageBoilerplate, Rule: "r", Detail: string(rune('a' + i%26))})
	}
	for i, p := range d.Paragraphs {
		if p.Removal == nil || p.Removal.Detail != string(rune('a'+i%26)) {
			t.Fatalf("paragraph %d: removal %+v", i, p.Removal)
		}
	}
}

func TestRemoveSharesEqualReasons(t *testing.T) {
	d := &Document{Paragraphs: make([]Paragraph, 6)}
	a := Removal{Stage: StageBoilerplate, Rule: "a"}
	b := Removal{Stage: StageBoilerplate, Rule: "b"}
	d.Remove(0, a)
	d.Remove(1, b)
	d.Remove(2, a)
	d.Remove(3, Removal{Stage: StageBoilerplate, Rule: "a", Detail: "x"})
	if d.Paragraphs[0].Removal != d.Paragraphs[2].Removal {
		t.Error("equal removals are not shared")
	}
	if d.Paragraphs[0].Removal == d.Paragraphs[1].Removal || d.Paragraphs[0].Removal == d.Paragraphs[3].Removal {
		t.Error("different removals share a value")
	}
	for i, want := range []string{"a", "b", "a", "a"} {
		if got := d.Paragraphs[i].Removal.Rule; got != want {
			t.Errorf("paragraph %d: rule %q, want %q", i, got, want)
		}
	}
	if d.Paragraphs[3].Removal.Detail != "x" {
		t.Error("detail lost")
	}
}

func TestAppendCleanText(t *testing.T) {
	d := &Document{Paragraphs: []Paragraph{{Text: "one"}, {Text: "two"}, {Text: "three"}}}
	d.Remove(1, Removal{Stage: StageBoilerplate, Rule: "r"})
	if got := string(d.AppendCleanText([]byte("x"))); got != "xone\n\nthree\n" {
		t.Errorf("AppendCleanText = %q", got)
	}
	if got := d.CleanText(); got != "one\n\nthree\n" {
		t.Errorf("CleanText = %q", got)
	}
}

// TestMergePruned: the pruned blocks go among the paragraphs at their
// places; the text is rebuilt in that order and the spans and edits of the
// article's paragraphs move with it.
func TestMergePruned(t *testing.T) {
	d := &Document{Text: "photo.jpgAlpha said so.\n\nBeta"}
	d.Paragraphs = []Paragraph{
		{Text: "Alpha said so.", Start: 9, End: 23, Edits: []Edit{{Rule: "glued", Start: 0, End: 9, Cut: "photo.jpg"}}},
		{Text: "Beta", Start: 25, End: 29},
	}
	d.Remove(1, Removal{Stage: StageBoilerplate, Rule: "r"})
	out := &Removal{Stage: StageExtract, Rule: "html-pruned", Detail: "<nav>"}
	d.Pruned = []Pruned{
		{At: 0, Paragraph: Paragraph{Text: "Menu", Removal: out}},
		{At: 1, Paragraph: Paragraph{Text: "Aside", Removal: out}},
		{At: 2, Paragraph: Paragraph{Text: "Footer", Removal: out}},
	}
	before := d.CleanText()
	d.MergePruned()
	if d.Pruned != nil {
		t.Error("Pruned left")
	}
	if want := "Menu\n\nphoto.jpgAlpha said so.\n\nAside\n\nBeta\n\nFooter"; d.Text != want {
		t.Fatalf("text %q, want %q", d.Text, want)
	}
	var got []string
	for _, p := range d.Paragraphs {
		if d.Text[p.Start:p.End] != p.Text {
			t.Errorf("bad span [%d,%d) for %q", p.Start, p.End, p.Text)
		}
		got = append(got, p.Text)
	}
	if g := strings.Join(got, "|"); g != "Menu|Alpha said so.|Aside|Beta|Footer" {
		t.Errorf("paragraphs %q", g)
	}
	if e := d.Paragraphs[1].Edits[0]; d.Text[e.Start:e.End] != e.Cut {
		t.Errorf("edit span [%d,%d) for %q", e.Start, e.End, e.Cut)
	}
	if d.CleanText() != before || d.Paragraphs[3].Kept() {
		t.Errorf("clean text %q, want %q", d.CleanText(), before)
	}
	d.MergePruned() // nothing left: no change
	if len(d.Paragraphs) != 5 {
		t.Error("second merge changed the paragraphs")
	}
}

// TestCleanTextLists: a list item is written after a "- " mark, in place
// of its own, unless its number opens it; any paragraph a list mark opens
// is written with "- " in place of its mark.
func TestCleanTextLists(t *testing.T) {
	d := &Document{Paragraphs: []Paragraph{
		{Text: "Changes:"},
		{Text: "Added: batched writes", Kind: KindListItem},
		{Text: "• Fixed: a crash", Kind: KindListItem},
		{Text: "12) Removed: the old protocol", Kind: KindListItem},
		{Text: "1.5 million users", Kind: KindListItem},
		{Text: "2026. A year of change", Kind: KindListItem},
		{Text: "* Clique no link", Kind: KindText},
		{Text: "-5 °C at night", Kind: KindText},
	}}
	want := "Changes:\n\n- Added: batched writes\n\n- Fixed: a crash\n\n12) Removed: the old protocol\n\n- 1.5 million users\n\n- 2026. A year of change\n\n- Clique no link\n\n-5 °C at night\n"
	if got := d.CleanText(); got != want {
		t.Errorf("CleanText =\n%s\nwant\n%s", got, want)
	}
}

func TestListMark(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"- Added", 2},
		{"*  Fixed", 3},
		{"-\tFixed", 2},
		{"• 20 km", len("• ")},
		{"- «Sí»", 2},
		{"-5 °C", 0},
		{"* * *", 0},
		{"- - -", 0},
		{"--- rule", 0},
		{"-", 0},
		{"", 0},
		{"Added", 0},
	} {
		if got := ListMark(tt.s); got != tt.want {
			t.Errorf("ListMark(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
