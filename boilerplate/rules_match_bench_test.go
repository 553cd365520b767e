package boilerplate

import (
	"path/filepath"
	"testing"

	"github.com/cleantext/clean"
	"github.com/cleantext/clean/extract"
)

// BenchmarkRulesMatch times the rule pass alone: RuleSet.Match on every
// paragraph of the bench corpus, no context passes.
func BenchmarkRulesMatch(b *testing.B) {
	inputs := benchCorpus(b)
	var docs []*clean.Document
	size := 0
	for i, in := range inputs {
		docs = append(docs, extract.Text(filepath.Base(string(rune('a'+i%26))), in))
		size += len(in)
	}
	rs := Rules()[0]
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	n, matched := 0, 0
	for b.Loop() {
		for _, d := range docs {
			for i := range d.Paragraphs {
				if _, ok := rs.Match(d, i); ok {
					matched++
				}
			}
		}
		n++
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(n)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
	if matched == 0 {
		b.Fatal("no paragraph matched")
	}
}
