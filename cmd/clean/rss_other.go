//go:build !unix

package main

func peakRSS() string { return "" }
