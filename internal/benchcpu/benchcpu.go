// Package benchcpu reports CPU-time throughput in benchmarks. On a shared,
// noisy machine MB per CPU-second is steadier than wall-clock MB/s: time
// spent waiting for a core does not count.
package benchcpu

import "testing"

// Meter measures the process's CPU time from its start.
type Meter struct{ start float64 }

// Start starts a Meter.
func Start() Meter { return Meter{start: Seconds()} }

// Report adds a "cpu-MB/s" metric to b: bytesPerOp bytes per iteration over
// the CPU seconds since Start. It reports nothing where CPU time is unknown.
func (m Meter) Report(b *testing.B, bytesPerOp int64) {
	if cpu := Seconds() - m.start; cpu > 0 {
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/cpu/1e6, "cpu-MB/s")
	}
}
