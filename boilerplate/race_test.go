//go:build race

package boilerplate

const raceEnabled = true // allocation counts are not the point of a race run
