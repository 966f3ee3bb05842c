package xlsxwrite

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrSameFile is returned by WriteFile and SetCells when the output path
// names the input file (the same path, a link to it, or the same file
// reached another way): the input is never overwritten.
var ErrSameFile = errors.New("output would overwrite the input workbook")

// WriteFile writes data to dst, which must not name the input file src
// (ErrSameFile), through a temporary file in dst's directory renamed to dst
// only when complete, so that a failure leaves dst as it was. src may be ""
// when there is no input file.
func WriteFile(dst, src string, data []byte) error {
	if err := checkOutput(dst, src); err != nil {
		return err
	}
	return writeFileAtomic(dst, data)
}

// checkOutput refuses an output path that is missing, a directory, or the
// input file under any name.
func checkOutput(dst, src string) error {
	if dst == "" {
		return fmt.Errorf("xlsxwrite: no output file given")
	}
	dt, err := os.Stat(dst)
	switch {
	case err == nil && dt.IsDir():
		return fmt.Errorf("xlsxwrite: output %s is a directory", dst)
	case err != nil && !errors.Is(err, os.ErrNotExist):
		return err
	}
	if src == "" {
		return nil
	}
	if st, serr := os.Stat(src); serr == nil && err == nil && os.SameFile(st, dt) {
		return fmt.Errorf("%s: %w", dst, ErrSameFile)
	}
	if a, err1 := filepath.Abs(src); err1 == nil {
		if b, err2 := filepath.Abs(dst); err2 == nil && a == b {
			return fmt.Errorf("%s: %w", dst, ErrSameFile)
		}
	}
	return nil
}

// writeFileAtomic writes data to a temporary file in path's directory and
// renames it to path, so that path is either untouched or complete.
func writeFileAtomic(path string, data []byte) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		// The temporary file is ours, not the caller's: name the output
		// and the cause ("no such file or directory", "permission denied").
		var pe *os.PathError
		if errors.As(err, &pe) {
			return &os.PathError{Op: "write", Path: path, Err: pe.Err}
		}
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
