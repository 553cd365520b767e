package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/dedupe"
)

// readRecords reads a JSONL file the way Run does, parses every record and
// returns one line per record ("line id: text" or "line: error"), then the
// end ("end" or "end: error").
func readRecords(t *testing.T, name string, data []byte, max int64) []string {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	j, err := openJSONL(Input{Path: p, ID: name, Out: OutputName(name)}, "")
	if err != nil {
		return []string{"open: " + strings.ReplaceAll(err.Error(), p, name)}
	}
	var got []string
	for {
		in, ok := j.next(context.Background(), max)
		if !ok {
			break
		}
		switch {
		case in.rec.end && in.Err != nil:
			got = append(got, "end: "+strings.ReplaceAll(in.Err.Error(), p, name))
		case in.rec.end:
			got = append(got, "end")
		case in.Err != nil:
			got = append(got, strings.ReplaceAll(in.Err.Error(), p, name))
		default:
			text, id, start, end, err := parseRecord(in.rec.line, JSONLOptions{})
			if err != nil {
				got = append(got, fmt.Sprintf("%s:%d: %v", name, in.Line, err))
				continue
			}
			if raw := string(in.rec.line[start:end]); raw[0] != '"' || raw[len(raw)-1] != '"' {
				t.Errorf("line %d: span %q is not the text's JSON string", in.Line, raw)
			}
			got = append(got, fmt.Sprintf("%d %s: %s", in.Line, id, text))
		}
	}
	return got
}

func gz(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

// truncated cuts the 8-byte trailer (checksum and size) off a gzip stream.
func truncated(b []byte) []byte { return b[:len(b)-8] }

func TestReadJSONL(t *testing.T) {
	huge := `{"text":"` + strings.Repeat("x", 200) + `"}`
	tests := []struct {
		name, data string
		want       []string
	}{
		{"good.jsonl", `{"id":"a","text":"One."}` + "\n" + `{"id":12,"text":"Two.","x":[1]}` + "\n",
			[]string{"1 a: One.", "2 12: Two.", "end"}},
		{"no-final-newline.jsonl", `{"text":"One."}` + "\n" + `{"text":"Two."}`,
			[]string{"1 : One.", "2 : Two.", "end"}},
		{"blank.jsonl", "\n" + `{"text":"One."}` + "\n \t\n\r\n" + `{"text":"Two."}` + "\n\n",
			[]string{"2 : One.", "5 : Two.", "end"}},
		{"crlf.ndjson", `{"text":"One.\r\nTwo."}` + "\r\n" + `{"text":"Three."}` + "\r\n",
			[]string{"1 : One.\r\nTwo.", "2 : Three.", "end"}},
		{"bom.jsonl", "\xEF\xBB\xBF" + `{"text":"One."}` + "\n", []string{"1 : One.", "end"}},
		{"ids.jsonl", `{"id":null,"text":"A"}` + "\n" + `{"id":-1.5e3,"text":"B"}` + "\n" + `{"id":true,"text":"C"}` + "\n",
			[]string{"1 : A", "2 -1.5e3: B", "3 : C", "end"}},
		{"escapes.jsonl", `{"text":"caf\u00e9 \"q\" \ud83d\ude00"}` + "\n", []string{"1 : café \"q\" 😀", "end"}},
		{"bad.jsonl", strings.Join([]string{
			`not json`,
			`{"text":"unterminated`,
			`[1,2]`,
			`"text"`,
			`{"title":"no text"}`,
			`{"text":5}`,
			`{"text":null}`,
			`{"text":["a"]}`,
			`{"text":"a","text":"b"}`,
			`{"text":"a"} {"text":"b"}`,
			`{"text":"a",}`,
			`{"text":"fine"}`,
		}, "\n"), []string{
			"bad.jsonl:1: not a JSON object: invalid character 'o' in literal null (expecting 'u')",
			"bad.jsonl:2: not a JSON object: unexpected end of line",
			"bad.jsonl:3: not a JSON object: an array",
			"bad.jsonl:4: not a JSON object: a string",
			`bad.jsonl:5: no "text" field`,
			`bad.jsonl:6: "text" field is a number, not a string`,
			`bad.jsonl:7: "text" field is null, not a string`,
			`bad.jsonl:8: "text" field is an array, not a string`,
			`bad.jsonl:9: "text" field twice`,
			"bad.jsonl:10: not a JSON object: more after its end",
			"bad.jsonl:11: not a JSON object: invalid character '}' looking for beginning of object key string",
			"12 : fine",
			"end",
		}},
		{"huge.jsonl", `{"text":"small"}` + "\n" + huge + "\n" + `{"text":"after"}` + "\n",
			[]string{"1 : small", "huge.jsonl:2: input exceeds the size cap: a line of more than 100 bytes", "3 : after", "end"}},
		{"huge-last.jsonl", `{"text":"small"}` + "\n" + huge,
			[]string{"1 : small", "huge-last.jsonl:2: input exceeds the size cap: a line of more than 100 bytes", "end"}},
		{"empty.jsonl", "", []string{"end"}},
		{"gz.jsonl.gz", string(gz(`{"text":"One."}` + "\n")), []string{"1 : One.", "end"}},
		{"corrupt.jsonl.gz", "not gzip, not at all", []string{"open: corrupt.jsonl.gz: corrupt compressed input: gzip: invalid header"}},
		{"truncated.jsonl.gz", string(truncated(gz(`{"text":"One."}` + "\n"))),
			[]string{"1 : One.", "end: truncated.jsonl.gz: corrupt compressed input: unexpected EOF"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readRecords(t, tt.name, []byte(tt.data), 100)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestReadJSONLHugeLine reads a line far longer than the reader's buffer:
// it is refused without being held whole, and the next line is read.
func TestReadJSONLHugeLine(t *testing.T) {
	data := `{"text":"` + strings.Repeat("x", 1<<20) + `"}` + "\n" + `{"text":"after"}` + "\n"
	got := readRecords(t, "h.jsonl", []byte(data), 1000)
	want := "h.jsonl:1: input exceeds the size cap: a line of more than 1000 bytes\n2 : after\nend"
	if strings.Join(got, "\n") != want {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
	line, size, err := readLine(context.Background(), bufioReader(data), 1000)
	if line != nil || size != int64(len(data)-len(`{"text":"after"}`+"\n")) || err != nil {
		t.Errorf("readLine = %d bytes, size %d, %v", len(line), size, err)
	}
}

// TestRunJSONL cleans a JSONL file with several workers: one output line
// per good record, in input order, every other field kept byte for byte,
// the text cleaned; bad records fail alone with file:line.
func TestRunJSONL(t *testing.T) {
	root, out := t.TempDir(), t.TempDir()
	var in strings.Builder
	var want []string
	for i := 0; i < 300; i++ {
		switch {
		case i%50 == 7:
			fmt.Fprintf(&in, "{\"id\": %d, \"body\": \"no text\"}\n", i)
			continue
		case i%50 == 9:
			in.WriteString("{broken\n")
			continue
		}
		fmt.Fprintf(&in, "{\"z\":%d, \"text\" : \"Story %d is here.\\nLike and share\\n\\nIt ends <here> & now.\",\"a\":{\"b\":[1, 2.50, \"\\u00e9\"]}}\r\n", i, i)
		want = append(want, fmt.Sprintf("{\"z\":%d, \"text\" : \"Story %d is here.\\n\\nIt ends <here> & now.\",\"a\":{\"b\":[1, 2.50, \"\\u00e9\"]}}", i, i))
	}
	writeFiles(t, root, map[string]string{"sub/a.jsonl": in.String(), "b.txt": "Plain text."})
	inputs, _, err := Walk(root)
	if err != nil {
		t.Fatal(err)
	}
	dropShare := clean.StageFunc(func(d *clean.Document) {
		for i := range d.Paragraphs {
			if d.Paragraphs[i].Text == "Like and share" {
				d.Paragraphs[i].Removal = &clean.Removal{Stage: clean.StageBoilerplate, Rule: "share-label"}
			}
		}
	})
	var ids, failed []string
	var docs, files int
	err = Run(context.Background(), inputs, Config{Workers: 8, MaxInFlight: 4 << 10, Stages: clean.Pipeline{dropShare},
		JSONL: JSONLOptions{Dir: out, IDField: "z"}},
		func(r Result) error {
			switch {
			case r.Err != nil:
				var re *RecordError
				if !errors.As(r.Err, &re) {
					t.Errorf("%s: %v is not a RecordError", r.Input.ID, r.Err)
				}
				failed = append(failed, strings.TrimPrefix(r.Err.Error(), root+string(filepath.Separator)))
			case r.Input.Line > 0:
				docs++
				ids = append(ids, r.Doc.ID)
			default:
				files++
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "sub", "a.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("output (%d lines) differs from want (%d lines); first lines:\n%s\n%s", len(got), len(want), got[0], want[0])
	}
	if docs != len(want) || files != 1 || len(failed) != 12 {
		t.Errorf("%d records, %d files, %d failed; want %d, 1, 12", docs, files, len(failed), len(want))
	}
	if ids[0] != "sub/a.jsonl#0" || ids[len(ids)-1] != "sub/a.jsonl#299" {
		t.Errorf("ids %s ... %s", ids[0], ids[len(ids)-1])
	}
	if failed[0] != `sub/a.jsonl:8: no "text" field` || !strings.HasPrefix(failed[1], "sub/a.jsonl:10: not a JSON object") {
		t.Errorf("failures: %q", failed[:2])
	}
	if _, err := os.Stat(filepath.Join(out, "b.txt")); err == nil {
		t.Errorf("Run wrote a text output without Config.Write")
	}
	// Re-encoding is valid JSON with the cleaned text.
	var rec map[string]any
	if err := json.Unmarshal([]byte(want[0]), &rec); err != nil || rec["text"] != "Story 0 is here.\n\nIt ends <here> & now." {
		t.Errorf("decoded %v, %v", rec, err)
	}
}

// TestRunJSONLParallel checks that the records of one file are cleaned by
// several workers at once.
func TestRunJSONLParallel(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"a.jsonl": strings.Repeat(`{"text":"Some words."}`+"\n", 64)})
	inputs, _, _ := Walk(root)
	var now, peak atomic.Int64
	var once sync.Once
	both := make(chan struct{})
	stage := clean.StageFunc(func(d *clean.Document) {
		n := now.Add(1)
		defer now.Add(-1)
		if n >= 2 {
			once.Do(func() { close(both) })
		}
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		select {
		case <-both:
		case <-time.After(time.Second):
		}
	})
	n := 0
	err := Run(context.Background(), inputs, Config{Workers: 4, Stages: clean.Pipeline{stage}}, func(r Result) error {
		n++
		return r.Err
	})
	if err != nil || n != 64 {
		t.Fatalf("err %v, %d results", err, n)
	}
	if peak.Load() < 2 {
		t.Errorf("at most %d record cleaned at once; want several", peak.Load())
	}
}

// TestRunJSONLFailures: a file that cannot be read to its end fails as a
// whole and leaves no output; a run stopped midway leaves none either.
func TestRunJSONLFailures(t *testing.T) {
	root, out := t.TempDir(), t.TempDir()
	full := gz(strings.Repeat(`{"text":"Some words here."}`+"\n", 1000))
	writeFiles(t, root, map[string]string{
		"cut.jsonl.gz": string(full[:len(full)/2]),
		"ok.ndjson":    `{"text":"Fine."}` + "\n",
		"big.jsonl":    strings.Repeat(`{"text":"Some words here."}`+"\n", 1000),
	})
	inputs, _, _ := Walk(root)
	var errs []string
	err := Run(context.Background(), inputs, Config{Workers: 3, JSONL: JSONLOptions{Dir: out}}, func(r Result) error {
		if r.Err != nil {
			errs = append(errs, r.Err.Error())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "cut.jsonl.gz: corrupt compressed input") {
		t.Errorf("errors: %q", errs)
	}
	ok, _ := os.ReadFile(filepath.Join(out, "ok.ndjson"))
	big, _ := os.ReadFile(filepath.Join(out, "big.jsonl"))
	if got := files(t, out); len(got) != 2 || string(ok) != `{"text":"Fine."}`+"\n" || bytes.Count(big, []byte("\n")) != 1000 {
		t.Errorf("outputs: %v", got)
	}

	// Stopped after 10 records: no output, no temporary file.
	out2 := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err = Run(ctx, inputs[:1], Config{Workers: 2, JSONL: JSONLOptions{Dir: out2}}, func(r Result) error {
		if n++; n == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v; want context.Canceled", err)
	}
	if got := files(t, out2); len(got) != 0 {
		t.Errorf("a stopped run left %v", got)
	}
}

// TestRunJSONLOutputFails: an output that cannot be created fails the file
// before any record is read.
func TestRunJSONLOutputFails(t *testing.T) {
	root, out := t.TempDir(), t.TempDir()
	writeFiles(t, root, map[string]string{"a.jsonl": `{"text":"x"}` + "\n"})
	if err := os.Mkdir(filepath.Join(out, "a.jsonl"), 0o755); err != nil {
		t.Fatal(err)
	}
	inputs, _, _ := Walk(root)
	var errs []error
	Run(context.Background(), inputs, Config{JSONL: JSONLOptions{Dir: out}}, func(r Result) error {
		errs = append(errs, r.Err)
		return nil
	})
	if len(errs) != 1 || errs[0] == nil || !strings.Contains(errs[0].Error(), "a.jsonl: writing output:") {
		t.Errorf("results: %v", errs)
	}
}

func TestOutputNameJSONL(t *testing.T) {
	for in, want := range map[string]string{
		"a/b.jsonl": "a/b.jsonl", "a/b.JSONL.GZ": "a/b.JSONL", "b.ndjson.gz": "b.ndjson",
		"b.json": "b.txt", "b.jsonl.txt": "b.jsonl.txt", "x.html.gz": "x.txt",
	} {
		if got := OutputName(in); got != want {
			t.Errorf("OutputName(%q) = %q; want %q", in, got, want)
		}
	}
	if !Accept("a.ndjson.gz") || !Accept("a.jsonl") || Accept("a.json") || Accept(".a.jsonl") {
		t.Errorf("Accept is wrong about JSONL names")
	}
}

func bufioReader(s string) *bufio.Reader { return bufio.NewReader(strings.NewReader(s)) }

// files lists the files under dir (hidden ones too), by path relative to
// dir.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var names []string
	err := filepath.WalkDir(dir, func(p string, de os.DirEntry, err error) error {
		if err == nil && !de.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			names = append(names, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// TestRecordIDsUnambiguous: a record's name in the report is its file's
// path, '#', then its id, with '%' and '#' escaped in both, so that the
// last '#' parts them whatever the path and the id hold.
func TestRecordIDsUnambiguous(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"a#1.jsonl": `{"id":"2","text":"One."}` + "\n" + `{"id":"1#2","text":"Two."}` + "\n" + `{"id":"50%","text":"Three."}` + "\n" + `{"text":"Four."}` + "\n",
		"b#c%.txt":  "Plain.",
	})
	inputs, _, err := Walk(root)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	err = Run(context.Background(), inputs, Config{Workers: 2}, func(r Result) error {
		if r.Err != nil {
			t.Errorf("%v", r.Err)
			return nil
		}
		ids = append(ids, r.Doc.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a%231.jsonl#2", "a%231.jsonl#1%232", "a%231.jsonl#50%25", "a%231.jsonl#4", "b%23c%25.txt"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("ids %q; want %q", ids, want)
	}
	for _, s := range []string{"", "plain", "a#b", "%23", "#%#"} {
		got := DocID(s)
		if strings.Contains(got, "#") {
			t.Errorf("DocID(%q) = %q holds '#'", s, got)
		}
		if back, err := url.PathUnescape(got); err != nil || back != s {
			t.Errorf("DocID(%q) = %q does not unescape back: %q, %v", s, got, back, err)
		}
	}
}

// TestStatsBytesDecompressed: the summary counts the bytes of the inputs
// after decompression, for files and records alike, gzipped or not.
func TestStatsBytesDecompressed(t *testing.T) {
	root := t.TempDir()
	text := strings.Repeat("Some words of a story. ", 400)
	line := `{"text":"` + text + `"}` + "\n"
	writeFiles(t, root, map[string]string{
		"a.txt.gz":    string(gz(text)),
		"b.txt":       text,
		"c.jsonl.gz":  string(gz(line + line)),
		"d.html.gz":   string(gz("<html><body><p>" + text + "</p></body></html>")),
		"e.ndjson.gz": string(truncated(gz(line))), // failed: not counted
	})
	inputs, _, err := Walk(root)
	if err != nil {
		t.Fatal(err)
	}
	var st Stats
	err = Run(context.Background(), inputs, Config{Workers: 2}, func(r Result) error {
		st.Add(r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	html := len("<html><body><p>" + text + "</p></body></html>")
	// e.ndjson.gz: its record was read before the truncation was found, and
	// counts; the file's failure does not.
	want := int64(2*len(text) + 3*len(line) + html)
	if st.Bytes != want || st.Documents != 6 || st.Failed != 1 {
		t.Errorf("%d bytes, %d documents, %d failed; want %d, 6, 1", st.Bytes, st.Documents, st.Failed, want)
	}
}

// TestRunCorpusLost: with dedup across the corpus, a paragraph is never
// removed as a duplicate of one that is in no output: the records of a
// .gz that fails at its end (after they were marked), or a text file
// whose output cannot be written. Later copies are kept, whatever -j.
func TestRunCorpusLost(t *testing.T) {
	root, out := t.TempDir(), t.TempDir()
	var recs strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&recs, `{"id":%d,"text":"Story %d tells of the harbour that reopened this week after repairs."}`+"\n", i, i)
	}
	full := gz(recs.String())
	writeFiles(t, root, map[string]string{
		"a.jsonl.gz": string(full[:len(full)-4]), // every record reads; the size check fails
		"b.jsonl":    `{"id":"b","text":"Story 3 tells of the harbour that reopened this week after repairs."}` + "\n",
		"c.txt":      "Story 3 tells of the harbour that reopened this week after repairs.",
		"d.txt":      "The mayor spoke to the press about the budget for the coming year.",
		"e.txt":      "The mayor spoke to the press about the budget for the coming year.\n\nStory 5 tells of the harbour that reopened this week after repairs.",
		"f.txt":      "The mayor spoke to the press about the budget for the coming year.",
	})
	inputs, _, err := Walk(root)
	if err != nil {
		t.Fatal(err)
	}
	var runs []string
	for _, workers := range []int{1, 4} {
		write := func(in Input, d *clean.Document) error {
			if in.ID == "d.txt" {
				return errors.New("disk full")
			}
			return nil
		}
		var log strings.Builder
		cfg := Config{Workers: workers, Ordered: clean.Pipeline{dedupe.NewCorpus(dedupe.Options{})}, Write: write,
			JSONL: JSONLOptions{Dir: out}}
		err := Run(context.Background(), inputs, cfg, func(r Result) error {
			if r.Err != nil {
				fmt.Fprintf(&log, "%s: failed\n", r.Input.ID)
				return nil
			}
			for i, p := range r.Doc.Paragraphs {
				if p.Removal != nil {
					fmt.Fprintf(&log, "%s %d: duplicate of %s\n", r.Doc.ID, i, p.Removal.DupOf.Doc)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, log.String())
	}
	// b and c keep the text first seen in a (no output); c is not removed
	// as a copy of b either (b is not indexed: it was restored). e keeps
	// the paragraph first seen in d, and f as well.
	want := "a.jsonl.gz: failed\nd.txt: failed\n"
	if runs[0] != want {
		t.Errorf("-j 1:\n%s\nwant:\n%s", runs[0], want)
	}
	if runs[1] != runs[0] {
		t.Errorf("-j 4 differs from -j 1:\n%s", runs[1])
	}
	if b, err := os.ReadFile(filepath.Join(out, "b.jsonl")); err != nil || !strings.Contains(string(b), "Story 3") {
		t.Errorf("b.jsonl: %q, %v", b, err)
	}
}

// endless is an io.Reader of 'x' bytes without end, counting what it gave.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	e.n += int64(len(p))
	return len(p), nil
}

// TestReadLineStops: reading a line longer than the cap (skipped without
// being held) stops at the next buffer's worth when the run is cancelled.
func TestReadLineStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	src := &endless{}
	done := make(chan error, 1)
	go func() {
		_, _, err := readLine(ctx, bufio.NewReaderSize(io.LimitReader(src, 1<<30), 64<<10), 100)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) || src.n > 1<<20 {
			t.Errorf("err %v after %d bytes; want context.Canceled within 1 MiB", err, src.n)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("readLine went on reading")
	}
}
