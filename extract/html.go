package extract

import "github.com/cleantext/clean"

// HTML extracts the article of an HTML page. (Placeholder until the HTML
// extractor lands: treats the page as text.)
func HTML(id string, src []byte, opts Options) (*clean.Document, error) {
	d := Text(id, src)
	d.Format = clean.FormatHTML
	return d, nil
}
