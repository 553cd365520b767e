package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cleantext/clean"
)

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWalk(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"b.txt": "x", "a/c.html.gz": "x", "a/d": "x", "e.HTM": "x", "img.png": "x",
		".hidden.txt": "x", ".git/config.txt": "x", "out/skip.txt": "x", "z/x.html": "x", "z/x.txt": "x",
	})
	inputs, skipped, err := Walk(root, filepath.Join(root, "out"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, in := range inputs {
		s := in.ID + "->" + in.Out
		if in.Err != nil {
			s += " (" + in.Err.Error() + ")"
		}
		got = append(got, s)
	}
	want := []string{
		"a/c.html.gz->a/c.txt", "a/d->a/d.txt", "b.txt->b.txt", "e.HTM->e.txt",
		"z/x.html->z/x.txt", "z/x.txt->z/x.txt (output name collision: z/x.html and z/x.txt both become z/x.txt)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Walk:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if skipped != 2 {
		t.Errorf("skipped = %d; want 2 (img.png, .hidden.txt)", skipped)
	}
	if !errors.Is(inputs[5].Err, ErrCollision) {
		t.Errorf("collision error is not ErrCollision")
	}
}

func TestWalkFile(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"page.html.gz": "x"})
	inputs, _, err := Walk(filepath.Join(root, "page.html.gz"))
	if err != nil || len(inputs) != 1 || inputs[0].ID != "page.html.gz" || inputs[0].Out != "page.txt" {
		t.Fatalf("Walk(file) = %+v, %v", inputs, err)
	}
	if _, _, err := Walk(filepath.Join(root, "missing")); err == nil {
		t.Fatal("Walk(missing) succeeded")
	}
}

// TestRunOrdered checks that results come in input order whatever the
// workers' timing, and that a failing input does not stop the others.
func TestRunOrdered(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{}
	for i := 0; i < 40; i++ {
		files[fmt.Sprintf("%02d.txt", i)] = fmt.Sprintf("Document %d.\n\nSecond paragraph.", i)
	}
	writeFiles(t, root, files)
	inputs, _, err := Walk(root)
	if err != nil {
		t.Fatal(err)
	}
	inputs[7].Path = filepath.Join(root, "vanished.txt")
	var delay atomic.Int64
	slow := clean.StageFunc(func(d *clean.Document) {
		// Later documents finish first.
		time.Sleep(time.Duration(40-delay.Add(1)) * 100 * time.Microsecond)
	})
	var order []string
	var ordered []string
	err = Run(context.Background(), inputs, Config{Workers: 8, Stages: clean.Pipeline{slow},
		Ordered: clean.Pipeline{clean.StageFunc(func(d *clean.Document) { ordered = append(ordered, d.ID) })}},
		func(r Result) error {
			order = append(order, r.Input.ID)
			if (r.Err != nil) != (r.Input.ID == "07.txt") {
				t.Errorf("%s: err = %v", r.Input.ID, r.Err)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range order {
		if id != inputs[i].ID {
			t.Fatalf("result %d is %s; want %s", i, id, inputs[i].ID)
		}
	}
	if len(order) != 40 || len(ordered) != 39 {
		t.Fatalf("emitted %d, ordered stage saw %d", len(order), len(ordered))
	}
}

func TestRunCancel(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.txt": "C."})
	inputs, _, _ := Walk(root)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Run(ctx, inputs, Config{Workers: 1}, func(r Result) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Fatalf("err = %v after %d results; want context.Canceled after 1", err, n)
	}
}

func TestRunByteBudgetSmallerThanInputs(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": strings.Repeat("word ", 100), "b.txt": strings.Repeat("word ", 100)})
	inputs, _, _ := Walk(root)
	n := 0
	err := Run(context.Background(), inputs, Config{Workers: 4, MaxInFlight: 10}, func(r Result) error {
		if r.Err != nil {
			t.Error(r.Err)
		}
		n++
		return nil
	})
	if err != nil || n != 2 {
		t.Fatalf("err %v, %d results", err, n)
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "sub", "x.txt")
	if err := WriteFileAtomic(name, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(name, []byte("two")); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(name)
	entries, _ := os.ReadDir(filepath.Dir(name))
	if string(b) != "two" || len(entries) != 1 {
		t.Fatalf("content %q, %d entries (temporary file left?)", b, len(entries))
	}
	// A folder where the file should be: the write fails and leaves nothing.
	if err := os.MkdirAll(filepath.Join(dir, "d", "y.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(filepath.Join(dir, "d", "y.txt"), []byte("z")); err == nil {
		t.Fatal("writing over a folder succeeded")
	}
	entries, _ = os.ReadDir(filepath.Join(dir, "d"))
	if len(entries) != 1 {
		t.Fatalf("%d entries left in d", len(entries))
	}
}

func TestReportLines(t *testing.T) {
	d := &clean.Document{ID: "a.txt", Paragraphs: []clean.Paragraph{
		{Text: "Kept text", Start: 20, End: 29, Edits: []clean.Edit{{Rule: "glued-file-name", Start: 10, End: 20, Cut: "photo-name"}}},
		{Text: "SHARE", Start: 31, End: 36, Removal: &clean.Removal{Stage: clean.StageBoilerplate, Rule: "share-label"}},
		{Text: strings.Repeat("é", 100), Start: 38, End: 238, Removal: &clean.Removal{Stage: clean.StageDuplicate, Rule: "near-duplicate",
			DupOf: &clean.Ref{Doc: "a.txt", Index: 0}, Similarity: 0.83333}},
	}}
	var b strings.Builder
	if err := WriteReport(&b, d); err != nil {
		t.Fatal(err)
	}
	want := `{"doc":"a.txt","index":0,"span":[10,20],"reason":"edit","rule":"glued-file-name","excerpt":"photo-name"}
{"doc":"a.txt","index":1,"span":[31,36],"reason":"boilerplate","rule":"share-label","excerpt":"SHARE"}
{"doc":"a.txt","index":2,"span":[38,238],"reason":"duplicate","rule":"near-duplicate","dup_of":{"doc":"a.txt","index":0},"similarity":0.833,"excerpt":"` + strings.Repeat("é", 80) + `…"}
`
	if b.String() != want {
		t.Errorf("report:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestOutputTitle(t *testing.T) {
	d := &clean.Document{Title: "Headline", Paragraphs: []clean.Paragraph{{Text: "Body."}}}
	if got := string(Output(d, true)); got != "Headline\n\nBody.\n" {
		t.Errorf("Output with title = %q", got)
	}
	if got := string(Output(d, false)); got != "Body.\n" {
		t.Errorf("Output without title = %q", got)
	}
}

// TestOutputStandfirst: the standfirst follows the title it is written
// with, once: not when the kept text opens with it, nor without the title.
func TestOutputStandfirst(t *testing.T) {
	d := &clean.Document{Title: "Headline", Standfirst: "What the story says in a sentence.",
		Paragraphs: []clean.Paragraph{{Text: "Body."}}}
	if got := string(Output(d, true)); got != "Headline\n\nWhat the story says in a sentence.\n\nBody.\n" {
		t.Errorf("Output with title = %q", got)
	}
	if got := string(Output(d, false)); got != "Body.\n" {
		t.Errorf("Output without title = %q", got)
	}
	d.Paragraphs = []clean.Paragraph{{Text: "What the story says in a sentence."}, {Text: "Body."}}
	if got := string(Output(d, true)); got != "Headline\n\nWhat the story says in a sentence.\n\nBody.\n" {
		t.Errorf("Output with the standfirst kept = %q", got)
	}
}

// TestCreateAtomicBadName: a folder, or a path under a file, is refused at
// once, naming the path asked for, and no temporary file is left.
func TestCreateAtomicBadName(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, want string }{
		{sub, "create " + sub + ": is a directory"},
		{filepath.Join(file, "r.jsonl"), file + ": not a directory"},
	} {
		a, err := CreateAtomic(tc.name)
		if err == nil {
			a.Abort()
			t.Errorf("CreateAtomic(%s) succeeded", tc.name)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("CreateAtomic(%s): %v, want %q", tc.name, err, tc.want)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("left behind: %v", entries)
	}
}

// TestWalkUnreadableFolder: a folder below the root that cannot be read is
// one failed input; the rest is listed.
func TestWalkUnreadableFolder(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": "A.", "locked/b.txt": "B.", "z.txt": "Z."})
	locked := filepath.Join(root, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	if _, err := os.ReadDir(locked); err == nil {
		t.Skip("permissions are not enforced here (running as root?)")
	}
	inputs, _, err := Walk(root)
	if err != nil {
		t.Fatalf("Walk failed as a whole: %v", err)
	}
	var ids []string
	for _, in := range inputs {
		ids = append(ids, fmt.Sprintf("%s err=%v", in.ID, in.Err != nil))
	}
	if got := strings.Join(ids, "; "); got != "a.txt err=false; locked err=true; z.txt err=false" {
		t.Fatalf("inputs: %s", got)
	}
}

// TestRunWrite checks the Write hook: called once per cleaned document,
// after the ordered stages when there are some, and its error fails the
// input with the input's path, while the others go on.
func TestRunWrite(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{}
	for i := 0; i < 12; i++ {
		files[fmt.Sprintf("%02d.txt", i)] = fmt.Sprintf("Document %d.", i)
	}
	writeFiles(t, root, files)
	inputs, _, err := Walk(root)
	if err != nil {
		t.Fatal(err)
	}
	mark := clean.StageFunc(func(d *clean.Document) { d.Remove(0, clean.Removal{Stage: "ordered"}) })
	for _, ordered := range []clean.Pipeline{nil, {mark}} {
		var calls atomic.Int64
		write := func(in Input, d *clean.Document) error {
			calls.Add(1)
			if len(ordered) > 0 && d.Paragraphs[0].Kept() {
				t.Errorf("%s: written before the ordered stages ran", in.ID)
			}
			if in.ID == "03.txt" {
				return errors.New("disk full")
			}
			return nil
		}
		failed := 0
		err := Run(context.Background(), inputs, Config{Workers: 4, Ordered: ordered, Write: write}, func(r Result) error {
			if r.Err != nil {
				failed++
				if want := filepath.Join(root, "03.txt") + ": writing output: disk full"; r.Err.Error() != want || r.Doc != nil {
					t.Errorf("err = %v, doc %v; want %q and no doc", r.Err, r.Doc, want)
				}
			}
			return nil
		})
		if err != nil || failed != 1 || calls.Load() != 12 {
			t.Errorf("ordered stages %d: err %v, %d failed, %d writes; want nil, 1, 12", len(ordered), err, failed, calls.Load())
		}
	}
}

// TestOutputTitleOnce: with the title asked for, a headline that opens the
// kept text already is not written twice, whether the title is the
// headline or holds it beside the site's name; a first paragraph that only
// shares words with the title, a title cut inside a word, or one that
// says more, keeps both.
func TestOutputTitleOnce(t *testing.T) {
	for _, c := range []struct {
		title, first string
		twice        bool
	}{
		{"Council votes to close the pier", "Council votes to close the pier", false},
		{"Council votes to close the pier | The Chronicle", "Council votes to close the pier", false},
		{"The Chronicle – Council votes to close the pier", "Council votes to close the pier", false},
		{"COUNCIL VOTES TO CLOSE THE PIER - News", "Council votes to close the pier", false},
		{"Council votes to close the pier | The Chronicle", "The council voted on Tuesday to close the pier.", true},
		{"Council votes to close the pierhead | The Chronicle", "Council votes to close the pier", true},
		// A title that says more than the headline is written too.
		{"Council votes to close the pier: what happens next", "Council votes to close the pier", true},
		{"The Chronicle", "Council votes to close the pier", true},
	} {
		d := &clean.Document{Title: c.title, Paragraphs: []clean.Paragraph{
			{Text: "Menu", Removal: &clean.Removal{Rule: "r"}}, {Text: c.first}, {Text: "Body."}}}
		want := c.first + "\n\nBody.\n"
		if c.twice {
			want = c.title + "\n\n" + want
		}
		if got := string(Output(d, true)); got != want {
			t.Errorf("title %q, first %q: Output = %q, want %q", c.title, c.first, got, want)
		}
	}
}

// TestOutputTitleOverHeading: a heading that opens the kept text and
// tells the title's story in other words (two in three of its words are
// the title's) is the headline: the title is not written over it. A
// heading that shares fewer words, or a paragraph that is no heading, has
// the title over it.
func TestOutputTitleOverHeading(t *testing.T) {
	const title = "Seoul flat prices rise for 23rd week: last rush before loan curbs | HBS News"
	for _, c := range []struct {
		first   string
		heading bool
		twice   bool
	}{
		{"Seoul flat prices rise for 23rd week as buyers rush before loan curbs", true, false},
		{"Seoul flat prices rise for 23rd week as buyers rush before loan curbs", false, true},
		{"What the new loan rules mean for first-time buyers in the capital", true, true},
		{"Seoul flat prices and what they mean for young families", true, true}, // four words in ten
		{"Seoul prices", true, true}, // fewer than three words
	} {
		kind := clean.KindText
		if c.heading {
			kind = clean.KindHeading
		}
		d := &clean.Document{Title: title, Paragraphs: []clean.Paragraph{{Text: c.first, Kind: kind}, {Text: "Body."}}}
		want := c.first + "\n\nBody.\n"
		if c.twice {
			want = title + "\n\n" + want
		}
		if got := string(Output(d, true)); got != want {
			t.Errorf("first %q (heading %v): Output = %q, want %q", c.first, c.heading, got, want)
		}
	}
}

// TestOutputTitleHeadOfHeading: a heading that goes on where the title's
// headline stops (the title, or its part before a bar) is the headline;
// a title shorter than minTitleHead bytes, or a heading that goes on
// inside a word, has the title over it.
func TestOutputTitleHeadOfHeading(t *testing.T) {
	const heading = "Pensioner, 78, ordered to tear down summerhouse he built - after neighbour complained it spoiled her view of the old village church"
	for _, c := range []struct {
		title, first string
		twice        bool
	}{
		{"Pensioner, 78, ordered to tear down summerhouse he built | Daily Clarion", heading, false},
		{"Pensioner, 78, ordered to tear down summerhouse he built", heading, false},
		{"Pensioner, 78", "Pensioner, 78 sues council", true},
		{"Pensioner, 78, ordered to tear down summerhouse he bui", heading, true},
	} {
		d := &clean.Document{Title: c.title, Paragraphs: []clean.Paragraph{{Text: c.first, Kind: clean.KindHeading}, {Text: "Body."}}}
		want := c.first + "\n\nBody.\n"
		if c.twice {
			want = c.title + "\n\n" + want
		}
		if got := string(Output(d, true)); got != want {
			t.Errorf("title %q: Output = %q, want %q", c.title, got, want)
		}
	}
}
