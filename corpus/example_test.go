package corpus_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/cleantext/clean/corpus"
)

// Walk a folder and run the cleaner over it; results arrive in input order.
func Example() {
	dir, _ := os.MkdirTemp("", "corpus-example")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Second story.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.html"), []byte("<p>First story.</p>"), 0o644)

	inputs, _, _ := corpus.Walk(dir)
	corpus.Run(context.Background(), inputs, corpus.Config{Workers: 4}, func(r corpus.Result) error {
		fmt.Printf("%s -> %s: %d paragraph(s)\n", r.Input.ID, r.Input.Out, len(r.Doc.Paragraphs))
		return nil
	})
	// Output:
	// a.html -> a.txt: 1 paragraph(s)
	// b.txt -> b.txt: 1 paragraph(s)
}

// Clean a JSONL file: each record is a document, named by its file and id
// (or line number); the output keeps every other field.
func ExampleJSONLOptions() {
	in, _ := os.MkdirTemp("", "corpus-jsonl")
	defer os.RemoveAll(in)
	out := filepath.Join(in, "out")
	os.WriteFile(filepath.Join(in, "news.jsonl"), []byte(
		`{"id":"a","text":"First story.","lang":"en"}`+"\n"+
			`{"text":"Second story.\n\nSame story.\nSame story."}`+"\n"+
			`{"id":"c","body":"no text"}`+"\n"), 0o644)

	inputs, _, _ := corpus.Walk(in, out)
	cfg := corpus.Config{Workers: 4, JSONL: corpus.JSONLOptions{Dir: out}}
	corpus.Run(context.Background(), inputs, cfg, func(r corpus.Result) error {
		if r.Err != nil {
			fmt.Println("error:", strings.TrimPrefix(r.Err.Error(), in+string(filepath.Separator)))
			return nil
		}
		fmt.Printf("%s (line %d): %d paragraph(s)\n", r.Doc.ID, r.Input.Line, len(r.Doc.Paragraphs))
		return nil
	})
	b, _ := os.ReadFile(filepath.Join(out, "news.jsonl"))
	fmt.Print(string(b))
	// Output:
	// news.jsonl#a (line 1): 1 paragraph(s)
	// news.jsonl#2 (line 2): 3 paragraph(s)
	// error: news.jsonl:3: no "text" field
	// {"id":"a","text":"First story.","lang":"en"}
	// {"text":"Second story.\n\nSame story.\n\nSame story."}
}
