//go:build unix

package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterrupt cancels run's context in the middle of a batch and checks
// what the user is promised: exit status 130, every output written so far
// complete, no output for the input read after the interrupt, no temporary
// file left in -out, and no report. (Workers write outputs as they finish,
// so inputs after the blocked one may have outputs too.)
//
// The batch is held at a known point without timing: the 21st input is a
// link to a named pipe, whose read blocks until the test opens the pipe for
// writing, which it does only after cancelling.
func TestInterrupt(t *testing.T) {
	seed := filepath.Join(seeds, "000_2e33b84e8e9adb53.txt")
	want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "000_2e33b84e8e9adb53.golden"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	in, out, repDir := filepath.Join(tmp, "in"), filepath.Join(tmp, "out"), filepath.Join(tmp, "rep")
	for _, d := range []string{in, out, repDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	const before = 20
	for i := 0; i < before; i++ {
		writeFile(t, filepath.Join(in, "a"+pad(i)+".txt"), data)
		writeFile(t, filepath.Join(in, "z"+pad(i)+".txt"), data)
	}
	fifo := filepath.Join(tmp, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
	if err := os.Symlink(fifo, filepath.Join(in, "m.txt")); err != nil {
		t.Skip("no symbolic links:", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	report := filepath.Join(repDir, "report.jsonl")
	var stdout, stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"-in", in, "-out", out, "-report", report, "-j", "2"}, &stdout, &stderr)
	}()
	// Wait for the outputs of the inputs before the pipe.
	deadline := time.Now().Add(20 * time.Second)
	for {
		n := 0
		entries, _ := os.ReadDir(out)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), "a") {
				n++
			}
		}
		if n == before {
			break
		}
		select {
		case code := <-done:
			t.Fatalf("run ended before the pipe was read: exit %d: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d outputs written", n, before)
		}
		time.Sleep(2 * time.Millisecond)
	}
	cancel()
	// Let the blocked read finish (a read never hangs forever in real use
	// the way an unopened pipe does). Opening the pipe for writing waits
	// for its reader, so it is done aside: a worker may not have reached
	// the pipe when the context was cancelled, and then never opens it.
	wrote := make(chan error, 1)
	go func() {
		w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err == nil {
			w.Write(data)
			err = w.Close()
		}
		wrote <- err
	}()
	var code int
	select {
	case code = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("run did not return after the interrupt")
	}
	// If run never opened the pipe, the writer still waits for a reader:
	// be that reader.
	if r, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
		go io.Copy(io.Discard, r) // the writer must not wait on a full pipe
		if err := <-wrote; err != nil {
			t.Error(err)
		}
		r.Close()
	}
	if code != exitInterrupted {
		t.Errorf("exit %d, want %d; stderr: %s", code, exitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr does not say it was interrupted: %q", stderr.String())
	}
	if stdout.Len() > 0 {
		t.Errorf("stdout: %q", stdout.String())
	}
	got := readTree(t, out)
	for name, text := range got {
		switch {
		case isTmpName(filepath.Base(name)):
			t.Errorf("temporary file left in -out: %s", name)
		case name == "m.txt":
			t.Errorf("%s written after the interrupt", name)
		case text != string(want):
			t.Errorf("%s is not complete: %d bytes, want %d", name, len(text), len(want))
		}
	}
	if len(got) < before {
		t.Errorf("%d outputs left, want at least %d", len(got), before)
	}
	if entries, _ := os.ReadDir(repDir); len(entries) > 0 {
		t.Errorf("report folder holds %v; the report must not be written when interrupted", entries)
	}
}

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func pad(i int) string { return string([]byte{'0' + byte(i/10), '0' + byte(i%10)}) }
