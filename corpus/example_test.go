package corpus_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

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
