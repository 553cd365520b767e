// Package corpus finds the inputs of a run, reads and cleans them in
// parallel, and hands the results on in input order to writers that never
// leave a half-written file behind.
package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cleantext/clean/extract"
)

// ErrCollision means two inputs map to the same output file.
var ErrCollision = errors.New("output name collision")

// Input is one file to clean.
type Input struct {
	// Path is the file's path on disk.
	Path string
	// ID is the path relative to the input root with forward slashes (the
	// file's base name when the root is a file). It becomes Document.ID,
	// with '%' and '#' escaped (see DocID).
	ID string
	// Out is the output path relative to the output root (see OutputName):
	// ID with its extension (and .gz) replaced by .txt, or for JSONL (see
	// IsJSONL) ID without .gz.
	Out string
	// Size is the file's size in bytes on disk.
	Size int64
	// Err, when set, is why the input cannot be processed (an output name
	// collision); it is reported like a read error.
	Err error
	// Line is, for a record of a JSONL input (see Run), its line number
	// from 1; then ID is "<file ID>#<line>" (the file's ID escaped, see
	// DocID) and Size the line's size.
	// It is 0 for a file.
	Line int
	// rec is the record of a JSONL input, or the input's end.
	rec *record
}

// textExts are the file name endings read as plain text or Markdown when walking a
// folder; HTML endings (see extract.FormatOf) are read too. A file named
// directly as the root is read whatever its name.
var textExts = map[string]bool{"": true, ".txt": true, ".text": true, ".md": true, ".markdown": true, ".mdown": true, ".mkd": true, ".srt": true, ".vtt": true}

// Accept reports whether a file met while walking a folder is an input:
// HTML (.html, .htm, .xhtml), text (.txt, .text, no extension), Markdown
// (.md, .markdown, .mdown, .mkd), subtitles (.srt, .vtt) or JSONL
// (.jsonl, .ndjson), each optionally gzipped. Hidden files (a name
// starting with ".") are not.
func Accept(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	if IsJSONL(name) {
		return true
	}
	n := strings.ToLower(strings.TrimSuffix(strings.ToLower(name), ".gz"))
	switch path.Ext(n) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return textExts[path.Ext(n)]
}

// Walk lists the inputs under root, a file or a folder (or a link to one)
// walked recursively (hidden folders and the folders named in exclude are
// skipped), sorted by ID. It also returns how many files it passed over because Accept refused
// them. A folder or file below root that cannot be read is listed with its
// error in Input.Err (and no Out), so that it fails on its own. Two inputs that map to the same
// output are both listed; the second and later ones carry ErrCollision.
func Walk(root string, exclude ...string) (inputs []Input, skipped int, err error) {
	st, err := os.Stat(root)
	if err != nil {
		return nil, 0, err
	}
	if !st.IsDir() {
		id := filepath.Base(root)
		return []Input{{Path: root, ID: id, Out: OutputName(id), Size: st.Size()}}, 0, nil
	}
	// WalkDir does not follow a root that is a link to a folder (it would
	// list the link alone); with a trailing separator the system resolves
	// it, and the inputs keep the link's name in their paths.
	walkRoot := root
	if lst, err := os.Lstat(root); err == nil && lst.Mode()&fs.ModeSymlink != 0 {
		walkRoot = root + string(filepath.Separator)
	}
	// The folders to skip, by identity: -out may be named through a link
	// to the input folder, or the input folder through a link.
	var skip []os.FileInfo
	for _, x := range exclude {
		if info, err := os.Stat(x); err == nil {
			skip = append(skip, info)
		}
	}
	err = filepath.WalkDir(walkRoot, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			if p == walkRoot {
				return err
			}
			// An unreadable folder or file below the root fails on its own,
			// like a bad input; the rest of the batch goes on.
			rel, _ := filepath.Rel(root, p)
			inputs = append(inputs, Input{Path: p, ID: filepath.ToSlash(rel), Err: err})
			if de != nil && de.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if de.IsDir() {
			if p != walkRoot && strings.HasPrefix(de.Name(), ".") {
				return filepath.SkipDir
			}
			if excluded(p, de, skip) {
				return filepath.SkipDir
			}
			return nil
		}
		if !de.Type().IsRegular() && de.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		if !Accept(de.Name()) {
			skipped++
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		id := filepath.ToSlash(rel)
		var size int64
		if info, err := os.Stat(p); err == nil {
			if info.IsDir() {
				return nil
			}
			size = info.Size()
		}
		inputs = append(inputs, Input{Path: p, ID: id, Out: OutputName(id), Size: size})
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	sort.Slice(inputs, func(i, j int) bool { return inputs[i].ID < inputs[j].ID })
	markCollisions(inputs)
	return inputs, skipped, nil
}

// OutputName maps an input's relative path to its output path: for JSONL
// (see IsJSONL) the path without .gz ("a/b.jsonl.gz" becomes "a/b.jsonl"),
// for the others extract.OutputName ("a/x.html.gz" becomes "a/x.txt").
func OutputName(rel string) string {
	if IsJSONL(rel) {
		if strings.HasSuffix(strings.ToLower(rel), ".gz") {
			return rel[:len(rel)-3]
		}
		return rel
	}
	return extract.OutputName(rel)
}

// excluded reports whether the folder p (de) is one of skip.
func excluded(p string, de fs.DirEntry, skip []os.FileInfo) bool {
	if len(skip) == 0 {
		return false
	}
	info, err := de.Info()
	if err != nil {
		return false
	}
	for _, x := range skip {
		if os.SameFile(info, x) {
			return true
		}
	}
	return false
}

// markCollisions sets ErrCollision on every input whose output name (compared
// case-insensitively, as some file systems do) was already taken by an
// earlier input.
func markCollisions(inputs []Input) {
	first := make(map[string]string, len(inputs))
	for i := range inputs {
		if inputs[i].Err != nil {
			continue
		}
		key := strings.ToLower(inputs[i].Out)
		if prev, ok := first[key]; ok {
			inputs[i].Err = fmt.Errorf("%w: %s and %s both become %s", ErrCollision, prev, inputs[i].ID, inputs[i].Out)
			continue
		}
		first[key] = inputs[i].ID
	}
}
