package shingles

import (
	"strings"
	"testing"

	"github.com/cleantext/clean/internal/benchcpu"
)

// asciiText is plain ASCII prose, about 64 KiB.
var asciiText = func() string {
	const p = "The government distributed 5 million face masks to schoolchildren. " +
		"Last week, some air quality index monitors maxed out with ratings of 999 and " +
		"pollution reached 50 times the level deemed safe by the World Health Organization.\n\n"
	return strings.Repeat(p, 65536/len(p)+1)
}()

func benchParas(b *testing.B, paras []string, f func(string)) {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu := benchcpu.Start()
	for b.Loop() {
		for _, p := range paras {
			f(p)
		}
	}
	cpu.Report(b, int64(n))
}

// BenchmarkAppendHashes measures normalise + shingle (n=5) on the dedup
// benchmark's paragraphs (real news text with curly quotes) and on ASCII
// prose split into paragraphs.
func BenchmarkAppendHashes(b *testing.B) {
	dst := make([]uint64, 0, 4096)
	b.Run("benchdev", func(b *testing.B) {
		paras := loadCorpus(b)
		benchParas(b, paras, func(p string) { dst = AppendHashes(dst[:0], p, 5) })
	})
	b.Run("ascii", func(b *testing.B) {
		paras := strings.Split(asciiText, "\n\n")
		benchParas(b, paras, func(p string) { dst = AppendHashes(dst[:0], p, 5) })
	})
	b.Run("nfkc", func(b *testing.B) {
		paras := strings.Split(strings.ReplaceAll(asciiText, "fe", "ﬀe"), "\n\n")
		benchParas(b, paras, func(p string) { dst = AppendHashes(dst[:0], p, 5) })
	})
}

// BenchmarkAppendWordHashes measures normalising and hashing words alone.
func BenchmarkAppendWordHashes(b *testing.B) {
	dst := make([]uint64, 0, 4096)
	paras := loadCorpus(b)
	benchParas(b, paras, func(p string) { dst = AppendWordHashes(dst[:0], p) })
}
