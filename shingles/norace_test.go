//go:build !race

package shingles

const raceEnabled = false
