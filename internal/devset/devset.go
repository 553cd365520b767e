// Package devset loads the development sets kept under testdata/ for tests
// and benchmarks: the HTML pages of the article-extraction benchmark,
// decompressed, in a stable order.
package devset

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// HTMLPages returns the base names and the decompressed contents of the
// *.html.gz files in dir, sorted by name. It returns an error when dir has
// none.
func HTMLPages(dir string) (names []string, pages [][]byte, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("%s: no .html.gz pages", dir)
	}
	sort.Strings(files)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f, err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f, err)
		}
		names = append(names, filepath.Base(f))
		pages = append(pages, page)
	}
	return names, pages, nil
}
