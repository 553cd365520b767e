package boilerplate

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// benchCorpus returns the seeds and the noisy bench pages as plain text
// inputs (the bench pages only when benchDir is there).
func benchCorpus(b *testing.B) [][]byte {
	var files []string
	for _, g := range []string{"../testdata/seeds/*.txt", filepath.Join(benchDir, "input", "*.txt")} {
		m, err := filepath.Glob(g)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, m...)
	}
	var out [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// benchClassify measures c on pre-split documents: only the classifier is
// timed. Each iteration restores the paragraphs from a pristine copy.
func benchClassify(b *testing.B, c *Classifier) {
	inputs := benchCorpus(b)
	var docs []*clean.Document
	var pristine [][]clean.Paragraph
	size := 0
	for i, in := range inputs {
		d := extract.Text(filepath.Base(string(rune('a'+i%26))), in)
		docs = append(docs, d)
		pristine = append(pristine, append([]clean.Paragraph(nil), d.Paragraphs...))
		size += len(in)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		for i, d := range docs {
			copy(d.Paragraphs, pristine[i])
			c.Mark(d)
		}
		n++
	}
	// On a shared machine wall time varies with load; CPU time per byte
	// (this process's user+system time) says more about the code.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(n)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

// cpuTime returns the user and system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRules times the paragraph rules and context passes alone.
func BenchmarkRules(b *testing.B) {
	benchClassify(b, &Classifier{Rules: Rules(), Passes: ContextPasses()})
}

// BenchmarkDefault times Default(), body finder included.
func BenchmarkDefault(b *testing.B) { benchClassify(b, Default()) }
