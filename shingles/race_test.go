//go:build race

package shingles

const raceEnabled = true // sync.Pool drops items at random under the race detector
