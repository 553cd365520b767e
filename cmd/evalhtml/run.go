package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
	"github.com/cleantext/clean/pipeline"
)

// LoadTruth reads dir/ground-truth.json into id -> article body.
func LoadTruth(dir string) (map[string]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var raw map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %v", err)
	}
	truth := make(map[string]string, len(raw))
	for id, v := range raw {
		truth[id] = v.ArticleBody
	}
	return truth, nil
}

// pageFile returns the page file of id in dir.
func pageFile(dir, id string) string {
	for _, ext := range []string{".html.gz", ".html", ".htm.gz", ".htm"} {
		p := filepath.Join(dir, id+ext)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return filepath.Join(dir, id+".html.gz")
}

// Extract runs the cleaner on every page of truth in parallel and returns
// id -> cleaned text, with the errors of pages that failed (their text is
// empty).
func Extract(dir string, truth map[string]string) (map[string]string, []error) {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	texts := make([]string, len(ids))
	errs := make([]error, len(ids))
	stages := pipeline.Default()
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				k := i
				i++
				next.Unlock()
				if k >= len(ids) {
					return
				}
				texts[k], errs[k] = Clean(ids[k], pageFile(dir, ids[k]), stages)
			}
		}()
	}
	wg.Wait()
	pred := make(map[string]string, len(ids))
	var out []error
	for k, id := range ids {
		pred[id] = texts[k]
		if errs[k] != nil {
			out = append(out, fmt.Errorf("%s: %w", id, errs[k]))
		}
	}
	return pred, out
}

// Clean extracts one page file, runs stages on it and returns its clean
// text.
func Clean(id, path string, stages clean.Stage) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	d, err := extract.File(id, filepath.Base(path), data, extract.Options{})
	if err != nil {
		return "", err
	}
	stages.Mark(d)
	if Explain != nil {
		Explain(d)
	}
	return d.CleanText(), nil
}

// Halves splits truth by sorted id: even positions (development) and odd
// positions (held out).
func Halves(truth map[string]string) (dev, held map[string]string) {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	dev, held = map[string]string{}, map[string]string{}
	for k, id := range ids {
		if k%2 == 0 {
			dev[id] = truth[id]
		} else {
			held[id] = truth[id]
		}
	}
	return dev, held
}

// Explain, when set, is called with every classified document.
var Explain func(d *clean.Document)
