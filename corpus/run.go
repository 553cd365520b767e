package corpus

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sync"

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
	// after Stages (dedup across the corpus).
	Ordered clean.Pipeline
}

// Result is what became of one input.
type Result struct {
	Input Input
	// Doc is the cleaned document; nil when Err is set.
	Doc *clean.Document
	// Err is the reason the input failed, wrapped with its path.
	Err error
}

// Run reads, extracts and marks every input with cfg.Workers goroutines and
// calls emit once per input in input order, whatever the parallelism, so
// output is byte-identical from run to run. It stops early, returning
// ctx.Err(), when ctx is cancelled, and returns emit's first error.
func Run(ctx context.Context, inputs []Input, cfg Config, emit func(Result) error) error {
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	budget := newByteBudget(cfg.MaxInFlight)
	slots := make([]chan Result, len(inputs))
	for i := range slots {
		slots[i] = make(chan Result, 1)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// A window of at most 4 documents per worker ahead of the emitter keeps
	// memory bounded even when many inputs are small.
	window := make(chan struct{}, 4*workers)
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range inputs {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			if !budget.acquire(ctx, inputs[i].Size) {
				return
			}
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				slots[i] <- process(inputs[i], cfg)
			}
		}()
	}
	defer wg.Wait()

	for i := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var r Result
		select {
		case r = <-slots[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		budget.release(inputs[i].Size)
		<-window
		if r.Err == nil {
			cfg.Ordered.Mark(r.Doc)
		}
		if err := emit(r); err != nil {
			cancel()
			return err
		}
	}
	return nil
}

// process reads, extracts and marks one input.
func process(in Input, cfg Config) (r Result) {
	r.Input = in
	if in.Err != nil {
		var pe *fs.PathError
		if errors.As(in.Err, &pe) {
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
		}
	}()
	max := cfg.Extract.MaxBytes
	if max <= 0 {
		max = extract.DefaultMaxBytes
	}
	if _, gz := extract.FormatOf(in.Path); !gz && in.Size > max {
		r.Err = fmt.Errorf("%s: %w: %d bytes > %d", in.Path, extract.ErrTooLarge, in.Size, max)
		return r
	}
	data, err := os.ReadFile(in.Path)
	if err != nil {
		r.Err = err // *PathError already names the file
		return r
	}
	d, err := extract.File(in.ID, in.Path, data, cfg.Extract)
	if err != nil {
		r.Err = fmt.Errorf("%s: %w", in.Path, err)
		return r
	}
	cfg.Stages.Mark(d)
	r.Doc = d
	return r
}

// byteBudget is a counting semaphore over bytes.
type byteBudget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	max   int64
	inUse int64
}

func newByteBudget(max int64) *byteBudget {
	if max <= 0 {
		max = 256 << 20
	}
	b := &byteBudget{max: max}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes fit (an n larger than the budget waits for
// the budget to be empty) and reports false if ctx ended first.
func (b *byteBudget) acquire(ctx context.Context, n int64) bool {
	stop := context.AfterFunc(ctx, func() {
		b.mu.Lock()
		b.cond.Broadcast()
		b.mu.Unlock()
	})
	defer stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.inUse > 0 && b.inUse+n > b.max {
		if ctx.Err() != nil {
			return false
		}
		b.cond.Wait()
	}
	b.inUse += n
	return ctx.Err() == nil
}

func (b *byteBudget) release(n int64) {
	b.mu.Lock()
	b.inUse -= n
	b.cond.Broadcast()
	b.mu.Unlock()
}
