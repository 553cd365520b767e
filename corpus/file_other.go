//go:build !unix

package corpus

import "os"

// readFile reads the whole file name; size is a hint.
func readFile(name string, size int64) ([]byte, error) { return os.ReadFile(name) }

// createExcl creates name for writing; it fails with an error satisfying
// os.IsExist when name exists.
func createExcl(name string) (sink, error) {
	return os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
}

// rename moves oldname to newname, replacing a file there.
func rename(oldname, newname string) error { return os.Rename(oldname, newname) }
