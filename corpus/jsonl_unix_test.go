//go:build unix

package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cleantext/clean"
)

// fifoInput makes a named pipe f.jsonl and returns it as the one input of a
// run, and a channel that yields its writing end once a reader opened it.
func fifoInput(t *testing.T) ([]Input, <-chan *os.File) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f.jsonl")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	wc := make(chan *os.File, 1)
	go func() {
		w, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			t.Error(err)
			close(wc)
			return
		}
		wc <- w
	}()
	return []Input{{Path: p, ID: "f.jsonl", Out: "f.jsonl"}}, wc
}

// TestRunJSONLReadsOutsideLock: a worker waiting for the next record (a
// pipe that has nothing more yet, as a long line that takes time to read
// and decompress) does not stop another from emitting the record before.
func TestRunJSONLReadsOutsideLock(t *testing.T) {
	inputs, wc := fifoInput(t)
	emitted := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		n := 0
		// The first record takes a while, so that the other worker is
		// reading the next one when it completes.
		slow := clean.StageFunc(func(d *clean.Document) {
			if strings.HasPrefix(d.Text, "The first") {
				time.Sleep(100 * time.Millisecond)
			}
		})
		done <- Run(context.Background(), inputs, Config{Workers: 2, Stages: clean.Pipeline{slow}}, func(r Result) error {
			if n++; n == 1 {
				close(emitted)
			}
			return r.Err
		})
	}()
	w := <-wc
	if w == nil {
		return
	}
	w.WriteString(`{"text":"The first record."}` + "\n" + `{"text":"The second, cut`)
	select {
	case <-emitted:
	case <-time.After(5 * time.Second):
		t.Error("the first record was not emitted while the next one was being read")
	}
	w.WriteString(` here."}` + "\n")
	w.Close()
	if err := <-done; err != nil {
		t.Error(err)
	}
}

// TestRunJSONLStopsWhileReading: a run stopped while a worker waits for a
// record ends at once, without waiting for the read.
func TestRunJSONLStopsWhileReading(t *testing.T) {
	inputs, wc := fifoInput(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, inputs, Config{Workers: 2}, func(r Result) error { return nil })
	}()
	w := <-wc
	if w == nil {
		return
	}
	defer w.Close()
	w.WriteString(`{"text":"` + strings.Repeat("x", 100<<10)) // a line without its end
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v; want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return within 5s of the cancel")
	}
}
