// Command clean turns scraped news articles into clean, deduplicated article
// text.
//
//	clean -in DIR|FILE -out DIR [flags]
//
// It reads plain-text articles (.txt, .text, no extension), Markdown (.md,
// .markdown, .mdown, .mkd, and text that reads as Markdown), subtitles
// (.srt, .vtt, and text that opens like them) and saved web pages (.html,
// .htm, .xhtml), each optionally gzipped, from -in (a file, or a
// folder walked recursively; hidden files and folders are skipped), and writes
// one clean text per input under -out, mirroring the input tree:
// "a/x.html.gz" becomes "a/x.txt". Paragraphs are separated by one blank
// line. Boilerplate paragraphs (appeals, share buttons, footers, link labels,
// captions, menus, notices, ...) and repeated or near-repeated paragraphs are
// removed; the first occurrence of a repeated paragraph stays.
//
// JSONL inputs (.jsonl, .ndjson, each optionally gzipped) hold one JSON
// object per line, each a document: its text field is read as plain text
// (or Markdown, when it reads as Markdown),
// and the output "a/b.jsonl" (without .gz) has one line per good record, in
// input order, with every other field kept as it was and the text field
// replaced by the cleaned text. A bad record (not a JSON object, no text
// field, a text that is not a string, larger than -max-bytes) is printed
// on stderr as "file:line: what is wrong", left out of the output, and
// counted as a failed document. At most 10 bad records of a file are named
// (one line counts the others); a file whose first 10 records are all bad,
// or that fails (a damaged .gz) with only bad records before, gets one line. The report names a record
// "<file>#<id>", the id from -id-field or else the line number, with '%'
// and '#' in the path and the id written "%25" and "%23".
//
// Flags:
//
//	-in PATH          input file or folder (required)
//	-out DIR          output folder (required); created if missing
//	-j N              documents processed at once (default: all cores)
//	-threshold T      Jaccard similarity in (0,1] at or above which a
//	                  paragraph is a near duplicate (default 0.8)
//	-ngram N          words per shingle for the similarity (default 5)
//	-min-words N      paragraphs of fewer than N words take no part in dedup
//	                  (default 0: all do); table cells and list labels that
//	                  repeat inside an article are structure, not copies
//	-scope S          dedup scope: "doc" (within each document, default) or
//	                  "corpus" (across all documents, in input order)
//	-report FILE      write the removal report as JSONL: one line per removed
//	                  paragraph with doc, index, byte span, reason, rule,
//	                  dup_of, similarity and an excerpt
//	-title            prepend the page title (HTML, Markdown front matter) to each output
//	-max-bytes N      fail inputs (JSONL: records) larger than N bytes after
//	                  decompression (default 64 MiB) with an error
//	-cpuprofile FILE  write a CPU profile of the run to FILE (go tool pprof)
//	-text-field F     JSONL inputs: the field holding a record's text
//	                  (default "text")
//	-id-field F       JSONL inputs: the field naming a record in the report
//	                  (default "id"; without it, the record's line number)
//
// Output and report are byte-identical from run to run whatever -j is.
// Files are written through a temporary file and a rename: an output is
// either complete or absent. A one-line summary goes to stderr at the end,
// progress too while stderr is a terminal; its MB and MB/s count the input
// bytes of the documents cleaned after decompression (a .gz file's content,
// a JSONL record's line) per second of wall time.
//
// Exit status: 0 when every input was cleaned; 1 when some inputs failed
// (each failure is printed on stderr naming the file; the other inputs are
// still written); 2 for usage errors (bad flags, missing -in or -out, an
// unreadable -in, -out overlapping -in); 130 when interrupted.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/corpus"
	"github.com/cleantext/clean/extract"
	"golang.org/x/term"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C stops the batch cleanly; from then on the default
	// handling is back, so a second one ends the process at once even if a
	// read is stuck.
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK          = 0
	exitFailed      = 1
	exitUsage       = 2
	exitInterrupted = 130
)

type options struct {
	in, out, report, scope string
	workers, ngram         int
	minWords               int
	threshold              float64
	title                  bool
	maxBytes               int64
	cpuprofile             string
	textField, idField     string
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	var o options
	fs := flag.NewFlagSet("clean", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.in, "in", "", "input `path`: a file, or a folder walked recursively (required)")
	fs.StringVar(&o.out, "out", "", "output `folder`, mirroring the input tree (required)")
	fs.IntVar(&o.workers, "j", runtime.NumCPU(), "documents processed at once")
	fs.Float64Var(&o.threshold, "threshold", 0.8, "Jaccard similarity in (0,1] at or above which a paragraph is a near duplicate")
	fs.IntVar(&o.ngram, "ngram", 5, "words per shingle for the similarity")
	fs.IntVar(&o.minWords, "min-words", 0, "paragraphs of fewer `words` take no part in dedup (0: all do); repeated table cells and list labels are structure")
	fs.StringVar(&o.scope, "scope", "doc", `dedup scope: "doc" (within each document) or "corpus" (across documents, in input order)`)
	fs.StringVar(&o.report, "report", "", "write the removal report (JSONL) to `file`")
	fs.BoolVar(&o.title, "title", false, "prepend the page title (HTML <title>, Markdown front matter) to each output, unless the text opens with its headline")
	fs.Int64Var(&o.maxBytes, "max-bytes", extract.DefaultMaxBytes, "largest input in `bytes` after decompression (for JSONL, the largest record)")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to `file`")
	fs.StringVar(&o.textField, "text-field", "text", "JSONL inputs: the `field` holding a record's text")
	fs.StringVar(&o.idField, "id-field", "id", "JSONL inputs: the `field` naming a record in the report (else its line number)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `usage: clean -in PATH -out DIR [flags]

Cleans scraped news articles (plain text, Markdown: .md .markdown .mdown
.mkd, subtitles: .srt .vtt, or HTML: .html .htm .xhtml, each optionally
.gz) into one clean text
per input, mirroring the input tree
under -out ("a/x.html.gz" becomes "a/x.txt"). JSONL inputs (.jsonl .ndjson,
optionally .gz; one JSON object per line) give JSONL outputs ("a/b.jsonl.gz"
becomes "a/b.jsonl") with each record's text field cleaned; at most 10
bad records of a file are named on stderr (one line counts the others; a
file whose first 10 records are bad, or that fails with only bad records
before, gets one line). Boilerplate and duplicate paragraphs are removed;
-report explains every removal.

Exit status: 0 all inputs cleaned, 1 some inputs failed (the rest are
written), 2 usage error, 130 interrupted. The summary on stderr counts MB
(and MB/s) of input after decompression, of the documents cleaned.

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	switch {
	case fs.NArg() > 0:
		return nil, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	case o.in == "":
		return nil, errors.New("missing -in")
	case o.out == "":
		return nil, errors.New("missing -out")
	case o.workers < 1:
		return nil, fmt.Errorf("-j must be at least 1, got %d", o.workers)
	case !(o.threshold > 0 && o.threshold <= 1):
		return nil, fmt.Errorf("-threshold must be in (0,1], got %v", o.threshold)
	case o.ngram < 1:
		return nil, fmt.Errorf("-ngram must be at least 1, got %d", o.ngram)
	case o.minWords < 0:
		return nil, fmt.Errorf("-min-words must not be negative, got %d", o.minWords)
	case o.scope != "doc" && o.scope != "corpus":
		return nil, fmt.Errorf(`-scope must be "doc" or "corpus", got %q`, o.scope)
	case o.maxBytes < 1:
		return nil, fmt.Errorf("-max-bytes must be at least 1, got %d", o.maxBytes)
	case o.textField == "":
		return nil, errors.New("-text-field must not be empty")
	case o.idField == "":
		return nil, errors.New("-id-field must not be empty")
	}
	return &o, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "clean: %v\nRun 'clean -h' for usage.\n", err)
		return exitUsage
	}
	if err := checkOverlap(o.in, o.out); err != nil {
		fmt.Fprintf(stderr, "clean: %v\n", err)
		return exitUsage
	}
	inputs, skipped, err := corpus.Walk(o.in, o.out)
	if err != nil {
		fmt.Fprintf(stderr, "clean: -in: %v\n", err)
		return exitUsage
	}
	if len(inputs) == 0 {
		// Nothing failed, but a pipeline pointed at the wrong folder
		// should hear of it.
		fmt.Fprintf(stderr, "clean: warning: no inputs in %s (%d files skipped; read are .txt, .text, .md, .markdown, .mdown, .mkd, .srt, .vtt, .html, .htm, .xhtml, no extension, .jsonl, .ndjson, each optionally .gz)\n", o.in, skipped)
	}
	// The profile and the report are opened before -out is made, so that a
	// bad -cpuprofile or -report leaves no output folder behind.
	if o.cpuprofile != "" {
		stopProfile, err := startCPUProfile(o.cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "clean: -cpuprofile: %v\n", err)
			return exitUsage
		}
		defer stopProfile()
	}
	var report *corpus.AtomicFile
	if o.report != "" {
		if report, err = corpus.CreateAtomic(o.report); err != nil {
			fmt.Fprintf(stderr, "clean: -report: %v\n", err)
			return exitUsage
		}
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		if report != nil {
			report.Abort()
		}
		fmt.Fprintf(stderr, "clean: -out: %v\n", err)
		return exitUsage
	}

	cfg := corpus.Config{
		Workers: o.workers,
		Extract: extract.Options{MaxBytes: o.maxBytes},
		JSONL:   corpus.JSONLOptions{TextField: o.textField, IDField: o.idField, Dir: o.out},
	}
	cfg.Stages, cfg.Ordered = stages(o)
	var tree corpus.TreeWriter
	var bufs sync.Pool
	cfg.Write = func(in corpus.Input, d *clean.Document) error {
		b, _ := bufs.Get().(*[]byte)
		if b == nil {
			b = new([]byte)
		}
		*b = corpus.AppendOutput((*b)[:0], d, o.title)
		err := tree.Write(filepath.Join(o.out, filepath.FromSlash(in.Out)), *b)
		bufs.Put(b)
		return err
	}

	total := len(inputs)
	for _, in := range inputs {
		if corpus.IsJSONL(in.Path) {
			total = 0 // records are counted as they are read
		}
	}
	progress := newProgress(stderr, total)
	stats := corpus.Stats{Skipped: skipped}
	start := time.Now()
	fails := &failures{w: stderr, clear: progress.clear}
	err = corpus.Run(ctx, inputs, cfg, func(r corpus.Result) error {
		defer progress.step()
		stats.Add(r)
		if fails.add(r); r.Err != nil {
			return nil
		}
		if report != nil {
			return corpus.WriteReport(report, r.Doc)
		}
		return nil
	})
	fails.flush()
	progress.clear()
	if err != nil {
		if report != nil {
			report.Abort()
		}
		if ctx.Err() != nil {
			fmt.Fprintln(stderr, "clean: interrupted; outputs written so far are complete, the report was not written")
			return exitInterrupted
		}
		fmt.Fprintf(stderr, "clean: %v\n", err)
		return exitFailed
	}
	if report != nil {
		if err := report.Commit(); err != nil {
			fmt.Fprintf(stderr, "clean: -report: %v\n", err)
			stats.Failed++
		}
	}
	fmt.Fprintln(stderr, stats.Summary(time.Since(start).Seconds())+peakRSS())
	if stats.Failed > 0 {
		return exitFailed
	}
	return exitOK
}

// maxBadRecords is how many bad records of one JSONL file are named on
// stderr one by one (see failures).
const maxBadRecords = 10

// failures prints the failed inputs on stderr, one line each, except that
// a JSONL file does not flood it with bad records (a damaged .gz can
// decompress to many lines of garbage before its checksum fails, a file
// that is not JSONL at all has a bad record per line):
//
//   - the bad records of a file that has shown no good record yet are held
//     back; when its first maxBadRecords records are all bad, one line
//     names the file, the first of them, and says that its further bad
//     records are counted, not named; when the file fails (cannot be read
//     to its end) before that, the held ones are folded into the file's
//     failure line; at a good record they are named;
//   - at most maxBadRecords bad records of a file are named; one line at
//     its end (its failure line, when it fails) counts the others and
//     gives their first and last lines.
//
// Every bad record is still counted as a failed document in the summary.
type failures struct {
	w     io.Writer
	clear func() // clears the progress line
	file  string // the path of the JSONL file whose records come
	good  bool   // a good record of file was seen
	held  []*corpus.RecordError
	named int // bad records of file named, or maxBadRecords once one line stood for them
	more  int // bad records of file counted, not named
	first int // the line of the first of them, and of the last
	last  int
}

// add takes the next result in input order.
func (f *failures) add(r corpus.Result) {
	jsonl := r.Input.Line > 0 || corpus.IsJSONL(r.Input.Path)
	if !jsonl || r.Input.Path != f.file {
		f.flush()
		if jsonl {
			f.file = r.Input.Path
		}
	}
	var re *corpus.RecordError
	switch {
	case r.Err == nil:
		if r.Input.Line > 0 && !f.good {
			f.good = true
			for _, e := range f.held {
				f.print(e)
				f.named++
			}
			f.held = nil
		}
	case errors.As(r.Err, &re) && jsonl:
		switch {
		case !f.good && f.named == 0:
			if f.held = append(f.held, re); len(f.held) == maxBadRecords {
				f.printf("clean: %s: the first %d records are bad (line %d: %v); the file's further bad records are counted, not named",
					re.Path, maxBadRecords, f.held[0].Line, f.held[0].Err)
				f.held, f.named = nil, maxBadRecords
			}
		case f.named < maxBadRecords:
			f.print(re)
			f.named++
		default:
			if f.more == 0 {
				f.first = re.Line
			}
			f.more++
			f.last = re.Line
		}
	case len(f.held) > 0:
		// The file failed as a whole with only bad records before: they are
		// most likely garbage of the same damage.
		f.printf("clean: %v (after %d bad records, lines %d to %d, the first: %v)",
			r.Err, len(f.held), f.held[0].Line, f.held[len(f.held)-1].Line, f.held[0].Err)
		f.held = nil
		f.flush()
	case f.more > 0:
		f.printf("clean: %v (after %d more bad records, lines %d to %d)", r.Err, f.more, f.first, f.last)
		f.more = 0
		f.flush()
	default:
		f.print(r.Err)
		if jsonl {
			f.flush()
		}
	}
}

// flush ends the file whose records came last.
func (f *failures) flush() {
	for _, e := range f.held {
		f.print(e)
	}
	if f.more > 0 {
		f.printf("clean: %s: %d more bad records not named (lines %d to %d)", f.file, f.more, f.first, f.last)
	}
	*f = failures{w: f.w, clear: f.clear}
}

func (f *failures) print(err error) { f.printf("clean: %v", err) }

func (f *failures) printf(format string, args ...any) {
	f.clear()
	fmt.Fprintf(f.w, format+"\n", args...)
}

// checkOverlap refuses an output folder that is the input folder or holds
// it, since outputs could then overwrite inputs. An output folder inside the
// input folder is fine: the walk skips it.
func checkOverlap(in, out string) error {
	ai, err1 := realPath(in)
	ao, err2 := realPath(out)
	if err1 != nil || err2 != nil {
		return nil
	}
	if ai == ao || strings.HasPrefix(ai, ao+string(filepath.Separator)) {
		return fmt.Errorf("-out %s must not be or contain -in %s: outputs could overwrite inputs", out, in)
	}
	return nil
}

// realPath returns the absolute path of p with its links resolved, as far
// as p exists (-out may not exist yet: its missing tail is kept as it is),
// so that a link to the input folder is seen to be it.
func realPath(p string) (string, error) {
	a, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	tail := ""
	for {
		if r, err := filepath.EvalSymlinks(a); err == nil {
			return filepath.Join(r, tail), nil
		}
		parent := filepath.Dir(a)
		if parent == a {
			return filepath.Join(a, tail), nil
		}
		tail = filepath.Join(filepath.Base(a), tail)
		a = parent
	}
}

// progress prints "n/total" on stderr while it is a terminal ("n" alone
// when total is 0: the records of JSONL inputs are not counted ahead).
type progress struct {
	w         io.Writer
	on        bool
	n, total  int
	lastPrint time.Time
}

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, total: total, on: ok && term.IsTerminal(int(f.Fd()))}
}

func (p *progress) step() {
	p.n++
	if !p.on || time.Since(p.lastPrint) < 100*time.Millisecond {
		return
	}
	p.lastPrint = time.Now()
	if p.total == 0 {
		fmt.Fprintf(p.w, "\r%d documents", p.n)
		return
	}
	fmt.Fprintf(p.w, "\r%d/%d documents", p.n, p.total)
}

func (p *progress) clear() {
	if p.on && !p.lastPrint.IsZero() {
		fmt.Fprint(p.w, "\r\033[K")
		p.lastPrint = time.Time{}
	}
}

// startCPUProfile starts writing a CPU profile to name and returns the
// function that stops it and closes the file.
func startCPUProfile(name string) (stop func(), err error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
