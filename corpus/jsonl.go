package corpus

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/cleantext/clean/extract"
)

// JSONL inputs: a file named .jsonl or .ndjson (each optionally .gz) holds
// one JSON object per line, each a document. Run reads such a file as a
// stream of records (one record is one Input, so a single large file keeps
// every worker busy while at most Config.MaxInFlight bytes of records are
// in memory), and writes its output itself, in input order: the file's
// lines, each with its text field replaced by the cleaned text.

// JSONLOptions configures the reading and writing of JSONL inputs.
type JSONLOptions struct {
	// TextField names a record's text field; "" means "text". The text is
	// read as plain text, or as Markdown when it looks like it (extract.TextOrMarkdown).
	TextField string
	// IDField names a record's id field; "" means "id". A string or a
	// number there becomes the record's name in Document.ID; without one
	// its line number does.
	IDField string
	// Dir is the folder the outputs of JSONL inputs are written to, each at
	// Input.Out below it, through a temporary file renamed when the whole
	// file is written. When it is "", JSONL inputs are read and cleaned
	// but nothing is written for them.
	Dir string
}

func (o JSONLOptions) textField() string { return cmp.Or(o.TextField, "text") }
func (o JSONLOptions) idField() string   { return cmp.Or(o.IDField, "id") }

// IsJSONL reports whether name is read as JSONL: it ends in .jsonl or
// .ndjson, optionally followed by .gz (case aside).
func IsJSONL(name string) bool {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch path.Ext(n) {
	case ".jsonl", ".ndjson":
		return true
	}
	return false
}

// RecordError is what is wrong with one record of a JSONL file: a line
// that is not a JSON object, lacks the text field or holds a text that is
// not a string, or is larger than extract.Options.MaxBytes. Such a record
// fails alone and is left out of the file's output.
type RecordError struct {
	Path string // the file's path
	Line int    // the record's line number, from 1
	Err  error
}

func (e *RecordError) Error() string {
	return e.Path + ":" + strconv.Itoa(e.Line) + ": " + e.Err.Error()
}

func (e *RecordError) Unwrap() error { return e.Err }

// jsonlFile is one JSONL input being read and written. Its reader is used
// by one worker at a time, the one pulling the next input for the
// sequencer (outside its lock); its output only by the emitting worker.
type jsonlFile struct {
	in   Input
	f    *os.File
	zr   *gzip.Reader
	br   *bufio.Reader
	line int // lines read so far
	// readErr is why reading failed (set by next, by the pulling worker);
	// writeErr why writing the output failed (set by emitRecord, by the
	// emitting worker, in input order).
	readErr, writeErr error
	out               *AtomicFile
	// done is set when the end marker was emitted (the output committed or
	// dropped) by the emitting worker, and read by source.pull in the
	// pulling one.
	done atomic.Bool
}

// record is what an Input of a JSONL file carries: one line, or the end of
// the file (end set; the Input then fails when the file does).
type record struct {
	file *jsonlFile
	line []byte // without the line break
	end  bool
}

// openJSONL opens a JSONL input for reading, and its output when dir is
// set. The error names the file.
func openJSONL(in Input, dir string) (*jsonlFile, error) {
	f, err := os.Open(in.Path)
	if err != nil {
		return nil, err
	}
	j := &jsonlFile{in: in, f: f}
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(in.Path), ".gz") {
		if j.zr, err = gzip.NewReader(f); err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w: %v", in.Path, extract.ErrCorrupt, err)
		}
		r = j.zr
	}
	j.br = bufio.NewReaderSize(r, 64<<10)
	if dir != "" {
		if j.out, err = CreateAtomic(filepath.Join(dir, filepath.FromSlash(in.Out))); err != nil {
			j.close()
			return nil, fmt.Errorf("%s: writing output: %w", in.Path, err)
		}
	}
	return j, nil
}

// close closes the input.
func (j *jsonlFile) close() {
	if j.f != nil {
		j.f.Close()
		j.f = nil
	}
}

// next reads the file's next record, skipping blank lines. At the end of
// the file, or when reading fails, it returns the end marker (failing with
// the reason) and closes the input; after that ok is false. A line longer
// than max bytes is returned as a record failing with extract.ErrTooLarge,
// without being held in memory. Reading stops, failing with ctx's error,
// when ctx is done, even inside a long line.
func (j *jsonlFile) next(ctx context.Context, max int64) (in Input, ok bool) {
	if j.f == nil {
		return Input{}, false
	}
	for {
		line, size, err := readLine(ctx, j.br, max)
		if err != nil && err != io.EOF {
			if j.zr != nil && ctx.Err() == nil {
				err = fmt.Errorf("%w: %v", extract.ErrCorrupt, err)
			}
			j.readErr = fmt.Errorf("%s: %w", j.in.Path, err)
		}
		if size == 0 || j.readErr != nil {
			j.close()
			return Input{Path: j.in.Path, ID: j.in.ID, Out: j.in.Out, Err: j.readErr,
				rec: &record{file: j, end: true}}, true
		}
		j.line++
		if j.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
		}
		in := Input{Path: j.in.Path, ID: DocID(j.in.ID) + "#" + strconv.Itoa(j.line), Out: j.in.Out,
			Size: size, Line: j.line, rec: &record{file: j}}
		if line == nil {
			// Skipped, not held: it takes no room among the bytes in flight.
			in.Size = 0
			in.Err = &RecordError{j.in.Path, j.line, fmt.Errorf("%w: a line of more than %d bytes", extract.ErrTooLarge, max)}
			return in, true
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(bytes.TrimLeft(line, " \t")) == 0 {
			continue
		}
		in.rec.line = line
		return in, true
	}
}

// readLine reads one line and returns a copy of it, line break included,
// and the bytes it took; a line of more than max bytes (line break aside)
// is skipped and comes back nil. err is io.EOF at the end of the input
// (with the last line when it has no line break), the read error, or
// ctx's error when ctx is done before the line's end (checked at every
// buffer's worth, so a line of gigabytes does not hold a stopped run).
func readLine(ctx context.Context, br *bufio.Reader, max int64) (line []byte, size int64, err error) {
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if !tooLong {
			line = append(line, chunk...)
			if int64(len(bytes.TrimRight(line, "\r\n"))) > max {
				tooLong, line = true, nil
			}
		}
		if err == bufio.ErrBufferFull {
			if err := ctx.Err(); err != nil {
				return nil, size, err
			}
			continue
		}
		return line, size, err
	}
}

// DocID returns the name a document goes by in Document.ID and the report:
// s with '%' and '#' written "%25" and "%23", so that '#' is left to part a
// JSONL file's path from a record's id ("a/b.jsonl#7"): a record's id
// holding '#', or a file's path holding one, cannot make two documents
// look alike.
func DocID(s string) string {
	if !strings.ContainsAny(s, "%#") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '%':
			b.WriteString("%25")
		case '#':
			b.WriteString("%23")
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// kindOf names the JSON type of the value v starts with.
func kindOf(v []byte) string {
	switch v[0] {
	case '"':
		return "a string"
	case '[':
		return "an array"
	case '{':
		return "an object"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// processRecord cleans one record of a JSONL file: it parses the line,
// extracts its text as plain text and runs the per-document stages.
func processRecord(in Input, cfg Config) (r Result) {
	r.Input = in
	text, id, start, end, err := parseRecord(in.rec.line, cfg.JSONL)
	if err != nil {
		r.Err = &RecordError{in.Path, in.Line, err}
		return r
	}
	if id != "" {
		r.Input.ID = DocID(in.rec.file.in.ID) + "#" + DocID(id)
	}
	d := extract.TextOrMarkdown(r.Input.ID, []byte(text))
	cfg.Stages.Mark(d)
	r.Doc = d
	r.out = &recordOut{start: start, end: end}
	return r
}

// recordOut is the output of a cleaned record: the input line with the
// text value at [start, end) replaced by the cleaned text, once encoded.
type recordOut struct {
	start, end int
	line       []byte
}

// encodeRecord sets the output line of a cleaned record.
func encodeRecord(r *Result) {
	if r.out == nil || r.Doc == nil {
		return
	}
	src := r.Input.rec.line
	text := bytes.TrimSuffix(r.Doc.AppendCleanText(nil), []byte("\n"))
	b := make([]byte, 0, len(src)+len(text)-(r.out.end-r.out.start)+len(text)/8+16)
	b = append(b, src[:r.out.start]...)
	b = appendQuoted(b, text)
	b = append(b, src[r.out.end:]...)
	r.out.line = append(b, '\n')
}

// emitRecord writes what r, a record or the end of a JSONL file, adds to
// the file's output, in input order, and reports whether r is to be
// emitted: the end of a file only when the file failed (reading it, or
// writing its output, which is then dropped).
func emitRecord(r *Result) bool {
	j := r.Input.rec.file
	if !r.Input.rec.end {
		if r.Err == nil && j.out != nil && j.writeErr == nil {
			if _, err := j.out.Write(r.out.line); err != nil {
				j.writeErr = fmt.Errorf("%s: writing output: %w", j.in.Path, err)
			}
		}
		return true
	}
	// The end marker fails with the reason reading failed, if it did.
	j.done.Store(true)
	if j.out != nil {
		if r.Err == nil && j.writeErr == nil {
			if err := j.out.Commit(); err != nil {
				j.writeErr = fmt.Errorf("%s: writing output: %w", j.in.Path, err)
			}
		} else {
			j.out.Abort()
		}
		j.out = nil
	}
	if r.Err == nil {
		r.Err = j.writeErr
	}
	return r.Err != nil
}

// abort drops the output of a file whose end was not emitted (the run
// stopped) and closes its input.
func (j *jsonlFile) abort() {
	j.close()
	if !j.done.Load() && j.out != nil {
		j.out.Abort()
		j.out = nil
	}
}
