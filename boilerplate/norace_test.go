//go:build !race

package boilerplate

const raceEnabled = false
