//go:build unix

package main

import (
	"fmt"
	"runtime"
	"syscall"
)

// peakRSS returns ", peak RSS N MB" from getrusage, or "" when unknown.
func peakRSS() string {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return ""
	}
	kb := ru.Maxrss // kilobytes on Linux, bytes on Darwin
	if runtime.GOOS == "darwin" {
		kb /= 1024
	}
	return fmt.Sprintf(", peak RSS %d MB", kb/1024)
}
