// Package extract turns input bytes into a clean.Document: plain text is
// split into paragraphs; HTML is decoded, parsed, reduced to its article
// with go-readability and walked into paragraphs. It knows nothing about
// which paragraphs are boilerplate.
package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/cleantext/clean"
)

// Sentinel errors callers may branch on (wrapped with the input's name).
var (
	// ErrTooLarge means the input (after decompression) exceeds
	// Options.MaxBytes.
	ErrTooLarge = errors.New("input exceeds the size cap")
	// ErrNotHTML means an input named as HTML does not look like HTML.
	ErrNotHTML = errors.New("not an HTML document")
	// ErrTooManyElements means an HTML page has more elements than
	// Options.MaxElements.
	ErrTooManyElements = errors.New("too many HTML elements")
	// ErrCorrupt means a compressed input could not be decompressed.
	ErrCorrupt = errors.New("corrupt compressed input")
	// ErrBinary means an input read as text is binary data (see File).
	ErrBinary = errors.New("binary data, not text")
)

// Options bound the work done on one document.
type Options struct {
	// MaxBytes caps an input's size in bytes after decompression; 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// MaxElements caps the number of HTML elements of a page; 0 means
	// DefaultMaxElements.
	MaxElements int
}

// Default caps.
const (
	DefaultMaxBytes    = 64 << 20
	DefaultMaxElements = 200_000
)

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) maxElements() int {
	if o.MaxElements > 0 {
		return o.MaxElements
	}
	return DefaultMaxElements
}

// FormatOf tells the format of a file from its name: HTML for .html, .htm
// and .xhtml, Markdown for .md, .markdown, .mdown and .mkd (each optionally
// followed by .gz), plain text otherwise. The second
// result reports whether the file is gzipped.
func FormatOf(name string) (clean.Format, bool) {
	n := strings.ToLower(name)
	gz := strings.HasSuffix(n, ".gz")
	n = strings.TrimSuffix(n, ".gz")
	switch path.Ext(n) {
	case ".html", ".htm", ".xhtml":
		return clean.FormatHTML, gz
	case ".md", ".markdown", ".mdown", ".mkd":
		return clean.FormatMarkdown, gz
	}
	return clean.FormatText, gz
}

// OutputName maps an input's relative path to its output path: the
// extension (and a .gz before it) is replaced by ".txt", so "a/x.html.gz"
// becomes "a/x.txt".
func OutputName(rel string) string {
	n := rel
	if strings.HasSuffix(strings.ToLower(n), ".gz") {
		n = n[:len(n)-3]
	}
	if ext := path.Ext(n); ext != "" && !strings.Contains(ext, "/") {
		n = n[:len(n)-len(ext)]
	}
	return n + ".txt"
}

// File extracts a document from the contents of the file named name (used
// for the format); id becomes Document.ID. Text that is binary data (a NUL
// byte in its first 8 KiB, and no UTF-16 byte-order mark) fails with
// ErrBinary. Errors are not wrapped with the
// name: the caller does that. Like Text, File may keep data: the caller must
// not modify it afterwards.
func File(id, name string, data []byte, opts Options) (*clean.Document, error) {
	format, gz := FormatOf(name)
	if gz {
		var err error
		if data, err = Gunzip(data, opts.maxBytes()); err != nil {
			return nil, err
		}
	}
	if int64(len(data)) > opts.maxBytes() {
		return nil, fmt.Errorf("%w: %d bytes > %d", ErrTooLarge, len(data), opts.maxBytes())
	}
	if format == clean.FormatHTML {
		return HTML(id, data, opts)
	}
	if binary(data) {
		return nil, ErrBinary
	}
	if format == clean.FormatMarkdown {
		return Markdown(id, data), nil
	}
	return TextOrMarkdown(id, data), nil
}

// TextOrMarkdown extracts plain text as subtitles when it is a subtitle
// file (see LooksSubtitles), as Markdown when it looks like Markdown (see
// LooksMarkdown), as Text otherwise: pipelines save the Markdown that
// converters make and the captions of videos under any name, and in JSONL
// records.
func TextOrMarkdown(id string, src []byte) *clean.Document {
	if LooksSubtitles(src) {
		return Subtitles(id, src)
	}
	if LooksMarkdown(src) {
		return Markdown(id, src)
	}
	return Text(id, src)
}

// markdownLinks is how many inline links or images ("](https://…",
// "](/…", "](#…") LooksMarkdown wants to see.
const markdownLinks = 3

// LooksMarkdown reports whether src reads as Markdown made from a web
// page: it holds at least markdownLinks inline links or images, or opens
// with a converter's "Title:" header over a "Markdown Content:" line.
// Plain text scraped from a page has neither.
func LooksMarkdown(src []byte) bool {
	n := 0
	for rest := src; ; {
		i := bytes.Index(rest, []byte("]("))
		if i < 0 {
			break
		}
		rest = rest[i+2:]
		if len(rest) > 0 && (rest[0] == '/' || rest[0] == '#' || bytes.HasPrefix(rest, []byte("http"))) {
			if n++; n >= markdownLinks {
				return true
			}
		}
	}
	head := src[:min(len(src), 2048)]
	return bytes.HasPrefix(bytes.TrimLeft(head, "\ufeff \n"), []byte("Title:")) && bytes.Contains(head, []byte("\nMarkdown Content:")) ||
		fencedDivs(src)
}

// fencedDivLines is how many lines of pandoc's fenced divs (":::
// {.class}", ":::") fencedDivs wants to see.
const fencedDivLines = 4

// fencedDivs reports whether src holds fencedDivLines lines or more that
// open with pandoc's fence of a div, ":::": Markdown written by pandoc
// from a web page, whose links are mostly references ("[News][2]"),
// not inline.
func fencedDivs(src []byte) bool {
	n := 0
	for rest := src; ; {
		i := bytes.Index(rest, []byte(":::"))
		if i < 0 {
			return false
		}
		if (i == 0 && len(rest) == len(src) || i > 0 && rest[i-1] == '\n') && divFence(string(lineAt(rest[i:]))) {
			if n++; n >= fencedDivLines {
				return true
			}
		}
		rest = rest[i+3:]
	}
}

// lineAt returns b up to its first newline.
func lineAt(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i]
	}
	return b
}

// binaryHead is how many leading bytes binary looks at.
const binaryHead = 8 << 10

// binary reports input that is not text: a NUL byte among its first
// binaryHead bytes (the test git and grep use), unless it starts with a
// UTF-16 byte-order mark (UTF-16 text is full of NUL bytes). An image or
// an archive saved under a text name would otherwise be "cleaned" into
// mojibake.
func binary(data []byte) bool {
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return false
	}
	return bytes.IndexByte(data[:min(len(data), binaryHead)], 0) >= 0
}

// Gunzip decompresses gzip data of at most max bytes once decompressed:
// beyond it, it fails with ErrTooLarge; data that is no valid gzip stream
// fails with ErrCorrupt.
func Gunzip(data []byte, max int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, max+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if int64(len(out)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes after decompression", ErrTooLarge, max)
	}
	return out, nil
}
