package corpus

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// Config describes one run.
type Config struct {
	// Workers is the number of documents read, extracted and marked at once;
	// 0 means runtime.GOMAXPROCS(0).
	Workers int
	// MaxInFlight bounds the bytes of input read but not yet emitted; 0
	// means 256 MiB. A single input larger than the bound still runs, alone.
	MaxInFlight int64
	// Extract bounds the work on one document.
	Extract extract.Options
	// Stages run on each document in parallel (boilerplate, dedup within a
	// document). They must be safe for concurrent use.
	Stages clean.Pipeline
	// Ordered stages run on each document one at a time, in input order,
	// after Stages (dedup across the corpus). A paragraph they remove as a
	// duplicate (Removal.DupOf) of a document that was then not written
	// (its output failed, or its JSONL file failed as a whole) is kept
	// again: nothing is removed as a copy of a text in no output.
	Ordered clean.Pipeline
	// Write, when set, is called once per cleaned document, after all its
	// stages: in the worker that cleaned it when there are no Ordered
	// stages (so outputs are written in parallel, in no fixed order), else
	// in input order just before emit. It must be safe for concurrent use.
	// An error fails the input: the Result carries it, wrapped with the
	// input's path, and no Doc.
	//
	// Write is not called for the records of JSONL inputs: Run writes
	// their outputs itself (see JSONL).
	Write func(in Input, d *clean.Document) error
	// JSONL configures JSONL inputs (see IsJSONL).
	JSONL JSONLOptions
}

// Result is what became of one input.
type Result struct {
	Input Input
	// Doc is the cleaned document; nil when Err is set.
	Doc *clean.Document
	// Err is the reason the input failed, wrapped with its path (a
	// *RecordError for a bad record of a JSONL file).
	Err error
	// Bytes is the size of the input after decompression: the file's, or
	// for a record of a JSONL file its line's (line break included). The
	// summary's MB/s counts these bytes (see Stats).
	Bytes int64
	// out is the output of a cleaned record of a JSONL file.
	out *recordOut
}

// Run reads, extracts and marks every input with cfg.Workers goroutines and
// calls emit once per input in input order, whatever the parallelism, so
// output is byte-identical from run to run.
//
// A JSONL input (see IsJSONL) is not one input but a stream of records,
// each a document of its own: it is read while the run goes, record by
// record as workers claim them, so a single large file keeps every worker
// busy and memory stays bounded by MaxInFlight. emit is called once per
// record, in file order, with Input.Line set (a bad record fails alone,
// with a *RecordError), and once more for the file itself only when it
// fails as a whole (it cannot be opened or read to its end, or its output
// cannot be written); Run writes the file's output to cfg.JSONL.Dir (see
// JSONLOptions), or drops it when the file fails or the run stops. Calls of emit never overlap, but
// they come from the worker goroutines. Run stops early, returning
// ctx.Err(), when ctx is cancelled before every input was emitted, and
// returns emit's first error.
//
// There is no dispatcher and no collector goroutine: a worker claims the
// next input itself, and the worker that completes the input due next
// emits it and whatever completed after it (gofmt's sequencer, without
// channels). On one worker a document thus goes from read to emit without
// a goroutine switch, which on small documents costs as much as the I/O.
func Run(ctx context.Context, inputs []Input, cfg Config, emit func(Result) error) error {
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	maxBytes := cfg.MaxInFlight
	if maxBytes <= 0 {
		maxBytes = 256 << 20
	}
	// A window of at most 4 documents per worker ahead of the one due keeps
	// memory bounded even when many inputs are small.
	s := &sequencer{src: source{inputs: inputs, cfg: cfg}, cfg: cfg, emit: emit, ctx: ctx, cancel: cancel,
		maxBytes: maxBytes, done: make([]*Result, 4*workers)}
	s.cond = sync.NewCond(&s.mu)
	stop := context.AfterFunc(ctx, func() {
		s.src.interrupt()
		s.mu.Lock()
		s.cond.Broadcast()
		s.mu.Unlock()
	})
	defer stop()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i, in, ok := s.claim()
				if !ok {
					return
				}
				r := process(ctx, in, cfg)
				s.complete(i, &r)
			}
		}()
	}
	wg.Wait()
	s.src.stop()
	if s.err != nil {
		return s.err
	}
	if s.due < s.claimed || !s.src.exhausted {
		return ctx.Err()
	}
	return nil
}

// source yields the inputs of a run one at a time: the files in order, and
// in place of a JSONL file its records and then its end. It is used by one
// worker at a time (see sequencer.claim), outside the sequencer's lock.
type source struct {
	inputs    []Input
	cfg       Config
	next      int          // the next of inputs
	cur       *jsonlFile   // the JSONL file being read
	files     []*jsonlFile // JSONL files opened and not yet done
	exhausted bool         // every input was yielded
	// reading is the file of cur, for interrupt (which runs in the
	// goroutine that cancels the run).
	reading atomic.Pointer[os.File]
}

// interrupt closes the JSONL file being read, so that a read blocked on it
// (a pipe, a stalled network file system) returns when the run stops.
func (src *source) interrupt() {
	if f := src.reading.Swap(nil); f != nil {
		f.Close()
	}
}

// pull returns the next input; ok is false when there is none left, or
// when ctx is done.
func (src *source) pull(ctx context.Context) (in Input, ok bool) {
	for {
		if ctx.Err() != nil {
			return Input{}, false
		}
		if src.cur != nil {
			max := src.cfg.Extract.MaxBytes
			if max <= 0 {
				max = extract.DefaultMaxBytes
			}
			if in, ok := src.cur.next(ctx, max); ok {
				return in, true
			}
			src.cur = nil
		}
		if src.next == len(src.inputs) {
			src.exhausted = true
			return Input{}, false
		}
		in := src.inputs[src.next]
		src.next++
		if in.Err != nil || !IsJSONL(in.Path) {
			return in, true
		}
		j, err := openJSONL(in, src.cfg.JSONL.Dir)
		if err != nil {
			// The file fails as a whole: its end comes at once.
			j = &jsonlFile{in: in}
			return Input{Path: in.Path, ID: in.ID, Out: in.Out, Err: err, rec: &record{file: j, end: true}}, true
		}
		src.cur = j
		src.reading.Store(j.f)
		if ctx.Err() != nil {
			src.interrupt() // the run stopped while j was opened
		}
		n := 0
		for _, f := range src.files {
			if !f.done.Load() {
				src.files[n] = f
				n++
			}
		}
		src.files = append(src.files[:n], j)
	}
}

// stop closes the JSONL inputs still open and drops their outputs when the
// run stopped before their end; it is called when no worker is left.
func (src *source) stop() {
	for _, j := range src.files {
		j.abort()
	}
}

// sequencer hands out inputs to workers and emits results in input order.
type sequencer struct {
	src      source // used by the worker that set pulling, outside mu
	pulling  bool   // a worker is pulling from src
	pulled   bool   // src has no input left, or the run stopped
	pending  *Input // pulled from src and not yet claimed
	cfg      Config
	emit     func(Result) error
	ctx      context.Context
	cancel   context.CancelFunc
	maxBytes int64
	mu       sync.Mutex
	cond     *sync.Cond // signalled when due advances or the run stops
	claimed  int        // inputs handed out
	due      int        // the next input to emit
	inFlight int64      // bytes of inputs claimed and not yet emitted
	done     []*Result  // completed results by index modulo len(done)
	emitting bool       // a worker is emitting
	lost     lost       // documents marked by the ordered stages and not written (used by the emitting worker)
	err      error      // emit's first error
}

// claim returns the next input to process and its place in the run,
// waiting while the window or the byte budget is full (an input larger
// than the budget waits for nothing else to be in flight); ok is false
// when there is none left or the run stopped.
func (s *sequencer) claim() (i int, in Input, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		if s.ctx.Err() != nil {
			return 0, Input{}, false
		}
		if s.pending == nil {
			if s.pulled {
				return 0, Input{}, false
			}
			if s.pulling {
				s.cond.Wait() // for the worker reading the next input
				continue
			}
			// One worker at a time reads the next input (a JSONL record,
			// decompressed, or a file's name), in order, without the lock:
			// the others deposit and emit results meanwhile.
			s.pulling = true
			s.mu.Unlock()
			in, ok := s.src.pull(s.ctx)
			s.mu.Lock()
			s.pulling = false
			s.cond.Broadcast()
			if !ok {
				s.pulled = true
				return 0, Input{}, false
			}
			s.pending = &in
		}
		size := s.pending.Size
		if s.claimed-s.due < len(s.done) && (s.inFlight == 0 || s.inFlight+size <= s.maxBytes) {
			in := *s.pending
			s.pending = nil
			s.inFlight += size
			s.claimed++
			return s.claimed - 1, in, true
		}
		s.cond.Wait()
	}
}

// complete records the result of input i and, unless another worker is
// already at it, emits every result due, in order.
func (s *sequencer) complete(i int, r *Result) {
	s.mu.Lock()
	s.done[i%len(s.done)] = r
	if s.emitting {
		s.mu.Unlock()
		return
	}
	s.emitting = true
	for {
		k := s.due % len(s.done)
		r := s.done[k]
		if r == nil || s.ctx.Err() != nil {
			break
		}
		s.done[k] = nil
		s.mu.Unlock()
		// Outside the lock: other workers deposit results meanwhile.
		if r.Err == nil && len(s.cfg.Ordered) > 0 && r.Doc != nil {
			s.cfg.Ordered.Mark(r.Doc)
			s.lost.restore(r.Doc)
			id := r.Doc.ID
			if write(r, s.cfg); r.Err != nil {
				s.lost.doc(id)
			}
		}
		var err error
		if r.Input.rec == nil || emitRecord(r) {
			if r.Input.rec != nil && r.Input.rec.end && r.Err != nil && len(s.cfg.Ordered) > 0 {
				s.lost.file(DocID(r.Input.ID))
			}
			err = s.emit(*r)
		}
		s.mu.Lock()
		if err != nil {
			s.err = err
			s.cancel()
			break
		}
		s.inFlight -= r.Input.Size
		s.due++
		s.cond.Broadcast()
	}
	s.emitting = false
	s.mu.Unlock()
}

// lost names the documents that went through the ordered stages (dedup
// across the corpus indexed their kept paragraphs) and were then not
// written: a text or HTML file whose output could not be written, the
// records of a JSONL file that failed as a whole (read to its end or
// written) after they were marked. A paragraph of a later document that
// the ordered stages removed as a duplicate of one of theirs is kept
// instead (restore), so no paragraph is removed as a copy of one that is
// in no output; the index cannot forget what it holds, so later copies of
// such a paragraph are all kept (a missed duplicate, not a lost text).
// Everything happens in input order, so the outcome does not depend on -j.
type lost struct {
	docs  map[string]bool // Document.IDs of files
	files map[string]bool // DocID of JSONL files: their records are "<DocID>#<id>"
}

// doc notes the file document id (Document.ID), not written.
func (l *lost) doc(id string) {
	if l.docs == nil {
		l.docs = map[string]bool{}
	}
	l.docs[id] = true
}

// file notes the JSONL file id (its DocID), failed as a whole: all its
// records are lost.
func (l *lost) file(id string) {
	if l.files == nil {
		l.files = map[string]bool{}
	}
	l.files[id] = true
}

// has reports whether the document named id was not written.
// has reports whether the document id (Document.ID, or a record's
// "<DocID>#<id>") is lost.
func (l *lost) has(id string) bool {
	if l.docs[id] {
		return true
	}
	i := strings.LastIndexByte(id, '#')
	return i >= 0 && l.files[id[:i]]
}

// restore keeps again the paragraphs of d removed as duplicates of a
// paragraph of a document that was not written.
// restore keeps again the paragraphs of d removed as duplicates of a lost
// document.
func (l *lost) restore(d *clean.Document) {
	if l.docs == nil && l.files == nil {
		return
	}
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.Removal != nil && p.Removal.DupOf != nil && l.has(p.Removal.DupOf.Doc) {
			p.Removal = nil
		}
	}
}

// process reads, extracts and marks one input, and writes it when there
// are no ordered stages and ctx is not cancelled.
func process(ctx context.Context, in Input, cfg Config) (r Result) {
	r.Input = in
	if in.Err != nil {
		var pe *fs.PathError
		var re *RecordError
		if errors.As(in.Err, &pe) || errors.As(in.Err, &re) || in.rec != nil {
			r.Err = in.Err // already names the file
		} else {
			r.Err = fmt.Errorf("%s: %w", in.Path, in.Err)
		}
		return r
	}
	defer func() {
		// A stage bug on one hostile input must not take the batch down.
		if p := recover(); p != nil {
			r.Doc, r.Err = nil, fmt.Errorf("%s: internal error: %v", in.Path, p)
			if in.rec != nil { // a record fails alone, named by its line
				r.Err = &RecordError{in.Path, in.Line, fmt.Errorf("internal error: %v", p)}
			}
		}
	}()
	if in.rec != nil {
		if !in.rec.end {
			r = processRecord(in, cfg)
			r.Bytes = in.Size
			if r.Err == nil && len(cfg.Ordered) == 0 {
				encodeRecord(&r)
			}
		}
		return r
	}
	max := cfg.Extract.MaxBytes
	if max <= 0 {
		max = extract.DefaultMaxBytes
	}
	if _, gz := extract.FormatOf(in.Path); !gz && in.Size > max {
		r.Err = fmt.Errorf("%s: %w: %d bytes > %d", in.Path, extract.ErrTooLarge, in.Size, max)
		return r
	}
	data, err := readFile(in.Path, in.Size)
	if err != nil {
		r.Err = err // *PathError already names the file
		return r
	}
	name := in.Path
	if _, gz := extract.FormatOf(name); gz {
		// Decompressed here rather than by extract.File, so that the
		// summary counts the bytes after decompression (Result.Bytes).
		if data, err = extract.Gunzip(data, max); err != nil {
			r.Err = fmt.Errorf("%s: %w", in.Path, err)
			return r
		}
		name = name[:len(name)-len(".gz")]
	}
	r.Bytes = int64(len(data))
	d, err := extract.File(DocID(in.ID), name, data, cfg.Extract)
	if err != nil {
		r.Err = fmt.Errorf("%s: %w", in.Path, err)
		return r
	}
	cfg.Stages.Mark(d)
	r.Doc = d
	if len(cfg.Ordered) == 0 {
		if err := ctx.Err(); err != nil {
			// Nothing is written once the run is cancelled.
			r.Doc, r.Err = nil, fmt.Errorf("%s: %w", in.Path, err)
			return r
		}
		write(&r, cfg)
	}
	return r
}

// write calls cfg.Write for a cleaned document and turns its error into the
// result's.
func write(r *Result, cfg Config) {
	if r.Input.rec != nil {
		encodeRecord(r) // written in order, by emitRecord
		return
	}
	if cfg.Write == nil {
		return
	}
	if err := cfg.Write(r.Input, r.Doc); err != nil {
		r.Doc, r.Err = nil, fmt.Errorf("%s: writing output: %w", r.Input.Path, err)
	}
}
