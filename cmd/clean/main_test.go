package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cleantext/clean/corpus"
	"github.com/cleantext/clean/internal/golden"
	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"clean": main,
	})
}

func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("..", "..", "testdata", "script"),
		Setup: func(env *testscript.Env) error {
			// A binary built with -race sleeps a second before it exits
			// (to let late race reports through); every exec of clean in
			// a script would pay it.
			env.Setenv("GORACE", strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exitcode": cmdExitCode,
			"gzbomb":   cmdGzbomb,
			"notmp":    cmdNoTmp,
			"binfile":  cmdBinfile,
			"gzip":     cmdGzip,
		},
		Condition: func(cond string) (bool, error) {
			if cond == "perm" {
				return permEnforced(), nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// cmdExitCode runs a program and checks its exit status:
//
//	exitcode N prog [args...]
//
// Its stdout and stderr can be matched afterwards as after exec.
func cmdExitCode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N prog [args...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// cmdBinfile writes binary data, the start of a PNG image (with NUL
// bytes, which a txtar archive cannot hold), to FILE:
//
//	binfile FILE
func cmdBinfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: binfile FILE")
	}
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), png, 0o644))
}

// cmdGzbomb writes a gzip file that is small but decompresses to n bytes of
// article-like text (a decompression bomb in miniature):
//
//	gzbomb FILE N
//
// It fails unless the compressed file is at most a hundredth of n.
func cmdGzbomb(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: gzbomb FILE N")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	name := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(filepath.Dir(name), 0o755))
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	line := []byte("The minister said on Tuesday that the talks would resume next week.\n")
	chunk := bytes.Repeat(line, 64<<10/len(line))
	for w := 0; w < n; {
		k := min(len(chunk), n-w)
		zw.Write(chunk[:k])
		w += k
	}
	ts.Check(zw.Close())
	if buf.Len() > n/100 {
		ts.Fatalf("gzbomb: %d bytes compressed for %d, not a bomb", buf.Len(), n)
	}
	ts.Check(os.WriteFile(name, buf.Bytes(), 0o644))
}

// cmdGzip compresses a file in place, as gzip(1) does: FILE becomes
// FILE.gz. With -badcrc the stream's checksum is wrong (the whole content
// decompresses, then the check fails); with -cut N its last N bytes are
// dropped (a truncated download).
//
//	gzip [-badcrc] [-cut N] FILE
func cmdGzip(ts *testscript.TestScript, neg bool, args []string) {
	badCRC, cut := false, 0
	for len(args) > 1 {
		switch args[0] {
		case "-badcrc":
			badCRC, args = true, args[1:]
			continue
		case "-cut":
			n, err := strconv.Atoi(args[1])
			ts.Check(err)
			cut, args = n, args[2:]
			continue
		}
		break
	}
	if neg || len(args) != 1 {
		ts.Fatalf("usage: gzip [-badcrc] [-cut N] FILE")
	}
	name := ts.MkAbs(args[0])
	data, err := os.ReadFile(name)
	ts.Check(err)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	ts.Check(zw.Close())
	b := buf.Bytes()
	if badCRC {
		b[len(b)-8] ^= 0xFF // the trailer: CRC-32, then the size
	}
	ts.Check(os.WriteFile(name+".gz", b[:len(b)-cut], 0o644))
	ts.Check(os.Remove(name))
}

// cmdNoTmp fails if a temporary file of an atomic write (".name.tmp...") is
// left anywhere under the folders named:
//
//	notmp DIR...
func cmdNoTmp(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: notmp DIR...")
	}
	for _, dir := range args {
		filepath.WalkDir(ts.MkAbs(dir), func(p string, de os.DirEntry, err error) error {
			if err == nil && !de.IsDir() && isTmpName(de.Name()) {
				ts.Fatalf("temporary file left behind: %s", p)
			}
			return nil
		})
	}
}

// isTmpName reports the name of a temporary file made by corpus.TreeWriter
// or corpus.CreateAtomic: ".<name>.tmp<suffix>".
func isTmpName(name string) bool {
	return strings.HasPrefix(name, ".") && strings.Contains(name, ".tmp")
}

// permEnforced reports whether a file with mode 000 cannot be opened (false
// for root, which reads it anyway).
func permEnforced() bool {
	f, err := os.CreateTemp("", "perm")
	if err != nil {
		return false
	}
	defer os.Remove(f.Name())
	f.Close()
	if os.Chmod(f.Name(), 0) != nil {
		return false
	}
	g, err := os.Open(f.Name())
	if err == nil {
		g.Close()
		return false
	}
	return true
}

const seeds = "../../testdata/seeds"

// clean runs the command with args and returns its exit code and stderr.
func cleanCmd(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &stdout, &stderr)
	return code, stderr.String()
}

// readTree returns the files under dir by slash-separated relative path.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, de os.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestGoldenSeeds cleans the seeds and compares each output text and each
// document's report lines with testdata/golden/<name>.golden and
// <name>.report.golden. Run with -update to rewrite them (then review the
// diff by eye).
func TestGoldenSeeds(t *testing.T) {
	out := t.TempDir()
	report := filepath.Join(t.TempDir(), "report.jsonl")
	if code, stderr := cleanCmd(t, "-in", seeds, "-out", out, "-report", report); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got := readTree(t, out)
	rep, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	reports := map[string]string{}
	for _, line := range strings.SplitAfter(string(rep), "\n") {
		if line == "" {
			continue
		}
		i := strings.Index(line, `"doc":"`) + len(`"doc":"`)
		doc := line[i : i+strings.IndexByte(line[i:], '"')]
		reports[doc] += line
	}
	inputs, _ := filepath.Glob(filepath.Join(seeds, "*"))
	if len(inputs) == 0 {
		t.Fatal("no seeds")
	}
	goldenDir := filepath.Join("..", "..", "testdata", "golden")
	for _, in := range inputs {
		name := filepath.Base(in)
		base := strings.TrimSuffix(name, filepath.Ext(name))
		golden.Check(t, filepath.Join(goldenDir, base+".golden"), got[base+".txt"])
		golden.Check(t, filepath.Join(goldenDir, base+".report.golden"), reports[name])
	}
}

// TestIdempotent cleans the seeds, then cleans the output: nothing changes.
func TestIdempotent(t *testing.T) {
	once, twice := t.TempDir(), t.TempDir()
	if code, stderr := cleanCmd(t, "-in", seeds, "-out", once); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if code, stderr := cleanCmd(t, "-in", once, "-out", twice); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	a, b := readTree(t, once), readTree(t, twice)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("got %d and %d files", len(a), len(b))
	}
	for name, text := range a {
		if b[name] != text {
			t.Errorf("%s changed when cleaned again:\n--- once\n%s\n--- twice\n%s", name, text, b[name])
		}
	}
}

// TestParallelismInvariant compares -j 1 with -j 8, outputs and report, byte
// for byte, on the seeds repeated in several folders, in both dedup scopes.
func TestParallelismInvariant(t *testing.T) {
	in := t.TempDir()
	inputs, _ := filepath.Glob(filepath.Join(seeds, "*"))
	for k := 0; k < 6; k++ {
		for _, f := range inputs {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			dst := filepath.Join(in, string(rune('a'+k)), filepath.Base(f))
			os.MkdirAll(filepath.Dir(dst), 0o755)
			if err := os.WriteFile(dst, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, scope := range []string{"doc", "corpus"} {
		var trees [2]map[string]string
		var reports [2]string
		for i, j := range []string{"1", "8"} {
			out := t.TempDir()
			rep := filepath.Join(t.TempDir(), "r.jsonl")
			if code, stderr := cleanCmd(t, "-in", in, "-out", out, "-report", rep, "-j", j, "-scope", scope); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			trees[i] = readTree(t, out)
			b, _ := os.ReadFile(rep)
			reports[i] = string(b)
		}
		if reports[0] == "" || reports[0] != reports[1] {
			t.Errorf("scope %s: reports differ between -j 1 and -j 8 (or are empty)", scope)
		}
		if len(trees[0]) != 6*len(inputs) || len(trees[0]) != len(trees[1]) {
			t.Fatalf("scope %s: got %d and %d files", scope, len(trees[0]), len(trees[1]))
		}
		for name, text := range trees[0] {
			if trees[1][name] != text {
				t.Errorf("scope %s: %s differs between -j 1 and -j 8", scope, name)
			}
		}
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "in", "good.txt")
	os.MkdirAll(filepath.Dir(good), 0o755)
	os.WriteFile(good, []byte("Title\n\nA sentence of the article.\n"), 0o644)
	bad := filepath.Join(dir, "in", "bad.html.gz")
	os.WriteFile(bad, []byte("this is not gzip"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"help", []string{"-h"}, 0, "usage: clean"},
		{"no flags", nil, 2, "missing -in"},
		{"missing out", []string{"-in", good}, 2, "missing -out"},
		{"bad threshold", []string{"-in", good, "-out", dir, "-threshold", "1.5"}, 2, "-threshold must be in (0,1]"},
		{"bad min-words", []string{"-in", good, "-out", dir, "-min-words", "-1"}, 2, "-min-words must not be negative"},
		{"bad scope", []string{"-in", good, "-out", dir, "-scope", "web"}, 2, "-scope must be"},
		{"unknown flag", []string{"-frobnicate"}, 2, "flag provided but not defined"},
		{"missing input", []string{"-in", filepath.Join(dir, "nope"), "-out", filepath.Join(dir, "o1")}, 2, "no such file"},
		{"out is in", []string{"-in", filepath.Join(dir, "in"), "-out", filepath.Join(dir, "in")}, 2, "must not be or contain -in"},
		{"one file fine", []string{"-in", good, "-out", filepath.Join(dir, "o2")}, 0, "1 documents"},
		{"one bad input", []string{"-in", filepath.Join(dir, "in"), "-out", filepath.Join(dir, "o3")}, 1, "bad.html.gz: corrupt compressed input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stderr := cleanCmd(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.code, tt.stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "o3", "good.txt")); err != nil {
		t.Errorf("good input not written next to a failing one: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "o3", "bad.txt")); err == nil {
		t.Errorf("failing input left an output")
	}
}

// TestParallelismInvariantJSONL compares -j 1 with -j 8 on JSONL inputs
// whose records repeat each other's paragraphs across records and files,
// with corpus-scope dedup: outputs and report byte for byte.
func TestParallelismInvariantJSONL(t *testing.T) {
	in := t.TempDir()
	seedFiles, _ := filepath.Glob(filepath.Join(seeds, "*"))
	for k, name := range []string{"a.jsonl", "b/c.ndjson"} {
		var b strings.Builder
		for i := 0; i < 40; i++ {
			f := seedFiles[(i+k)%len(seedFiles)]
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			rec, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("%d-%d", k, i), "src": filepath.Base(f), "text": string(text)})
			b.Write(rec)
			b.WriteByte('\n')
		}
		p := filepath.Join(in, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var trees [2]map[string]string
	var reports [2]string
	for i, j := range []string{"1", "8"} {
		out := t.TempDir()
		rep := filepath.Join(t.TempDir(), "r.jsonl")
		if code, stderr := cleanCmd(t, "-in", in, "-out", out, "-report", rep, "-j", j, "-scope", "corpus"); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		trees[i] = readTree(t, out)
		b, _ := os.ReadFile(rep)
		reports[i] = string(b)
	}
	if !strings.Contains(reports[0], `"dup_of":{"doc":"a.jsonl#0-0"`) {
		t.Errorf("no record is a duplicate of an earlier one in the report")
	}
	if reports[0] != reports[1] {
		t.Errorf("reports differ between -j 1 and -j 8")
	}
	if len(trees[0]) != 2 || len(trees[1]) != 2 {
		t.Fatalf("got %d and %d files", len(trees[0]), len(trees[1]))
	}
	for name, text := range trees[0] {
		if strings.Count(text, "\n") != 40 {
			t.Errorf("%s: %d lines; want 40", name, strings.Count(text, "\n"))
		}
		if trees[1][name] != text {
			t.Errorf("%s differs between -j 1 and -j 8", name)
		}
	}
}

// TestFailures: which failures are named on stderr, for results in input
// order (g a good record, b a bad one, E the file failing as a whole).
func TestFailures(t *testing.T) {
	for _, c := range []struct{ seq, want string }{
		// Bad records among good ones are named, at most 10 a file.
		{"gbgb", "f.jsonl:2: x|f.jsonl:4: x"},
		{"g" + strings.Repeat("b", 13), "f.jsonl:2: x|f.jsonl:3: x|f.jsonl:4: x|f.jsonl:5: x|f.jsonl:6: x|f.jsonl:7: x|f.jsonl:8: x|f.jsonl:9: x|f.jsonl:10: x|f.jsonl:11: x|f.jsonl: 3 more bad records not named (lines 12 to 14)"},
		// Held while no good record came, named at the first good one.
		{"bbg", "f.jsonl:1: x|f.jsonl:2: x"},
		{"bb", "f.jsonl:1: x|f.jsonl:2: x"},
		// Folded into the file's failure.
		{"bbE", "f.jsonl: broken (after 2 bad records, lines 1 to 2, the first: x)"},
		{"gE", "f.jsonl: broken"},
		{strings.Repeat("b", 12) + "E", "f.jsonl: the first 10 records are bad (line 1: x); the file's further bad records are counted, not named|f.jsonl: broken (after 2 more bad records, lines 11 to 12)"},
	} {
		var buf bytes.Buffer
		f := &failures{w: &buf, clear: func() {}}
		for i, k := range c.seq {
			r := corpus.Result{Input: corpus.Input{Path: "f.jsonl", Line: i + 1}}
			switch k {
			case 'b':
				r.Err = &corpus.RecordError{Path: "f.jsonl", Line: i + 1, Err: errors.New("x")}
			case 'E':
				r.Input.Line, r.Err = 0, errors.New("f.jsonl: broken")
			}
			f.add(r)
		}
		f.add(corpus.Result{Input: corpus.Input{Path: "z.txt"}}) // the next file
		f.flush()
		got := strings.ReplaceAll(strings.TrimSuffix(strings.ReplaceAll(buf.String(), "clean: ", ""), "\n"), "\n", "|")
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.seq, got, c.want)
		}
	}
}

// TestIdempotentLists cleans a release post whose changelog, a list
// between two sections, is part of the article, as Markdown and as HTML,
// then cleans the output again: the list's items are written as "- "
// lines, and the second pass reads them as the same list and keeps the
// text byte for byte.
func TestIdempotentLists(t *testing.T) {
	once, twice := t.TempDir(), t.TempDir()
	in := filepath.Join("..", "..", "testdata", "lists")
	if code, stderr := cleanCmd(t, "-in", in, "-out", once); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if code, stderr := cleanCmd(t, "-in", once, "-out", twice); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	a, b := readTree(t, once), readTree(t, twice)
	if len(a) != 2 || len(b) != 2 {
		t.Fatalf("got %d and %d files, want 2", len(a), len(b))
	}
	for name, text := range a {
		if n := strings.Count(text, "\n- "); n != 6 {
			t.Errorf("%s: %d list items written after a \"- \" mark, want 6:\n%s", name, n, text)
		}
		if !strings.HasSuffix(text, "would like to hear from you.\n") {
			t.Errorf("%s: the section after the list is lost:\n%s", name, text)
		}
		if b[name] != text {
			t.Errorf("%s changed when cleaned again:\n%s", name, firstDiff(b[name], text))
		}
	}
}
