//go:build !unix

package dedupe

func cpuSeconds() float64 { return 0 }
