//go:build !unix

package shingles

func cpuSeconds() float64 { return 0 }
