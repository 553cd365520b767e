package main

// This package has no golden files; the import defines the -update flag so
// that `go test ./... -update` runs here too.
import _ "github.com/cleantext/clean/internal/golden"
