//go:build !unix

package benchcpu

// Seconds is 0: CPU time is not measured on this system.
func Seconds() float64 { return 0 }
