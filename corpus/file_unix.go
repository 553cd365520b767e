//go:build unix

package corpus

import (
	"io/fs"
	"os"
	"syscall"
)

// The batch opens, reads and writes many small files. On unix they go
// straight to the system calls: os.File would also try to register each
// regular file with the network poller (fcntl and epoll_ctl calls that
// always fail for files) and stat it, and os.Rename stats the target;
// together more than half of the calls per file.

// readFile reads the whole file name. size is its expected size, used to
// size the buffer in one allocation; the file may have changed since.
func readFile(name string, size int64) ([]byte, error) {
	fd, err := openFile(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	// One byte of room beyond size: a file of the expected size is read
	// by one call that returns size bytes, and is then taken as read (a
	// read of its end would return 0 bytes); one that grew since fills
	// the extra byte and is read on to its end.
	buf := make([]byte, 0, max(size, 0)+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) == size {
			return buf, nil
		}
	}
}

// createExcl creates name for writing; it fails with an error satisfying
// os.IsExist when name exists.
func createExcl(name string) (sink, error) {
	fd, err := openFile(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o644)
	if err != nil {
		return nil, err
	}
	return &fdSink{fd: fd, name: name}, nil
}

func openFile(name string, flag int, perm uint32) (int, error) {
	for {
		fd, err := syscall.Open(name, flag, perm)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return -1, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return fd, nil
	}
}

// fdSink is a file open for writing.
type fdSink struct {
	fd   int
	name string
}

func (f *fdSink) Write(p []byte) (int, error) {
	done := 0
	for done < len(p) {
		n, err := syscall.Write(f.fd, p[done:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return done, &fs.PathError{Op: "write", Path: f.name, Err: err}
		}
		done += n
	}
	return done, nil
}

func (f *fdSink) Close() error {
	if err := syscall.Close(f.fd); err != nil {
		return &fs.PathError{Op: "close", Path: f.name, Err: err}
	}
	return nil
}

// rename moves oldname to newname, replacing a file there.
func rename(oldname, newname string) error {
	for {
		err := syscall.Rename(oldname, newname)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return &os.LinkError{Op: "rename", Old: oldname, New: newname, Err: err}
		}
		return nil
	}
}
