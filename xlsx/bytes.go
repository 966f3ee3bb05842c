package xlsx

import (
	"io"

	"github.com/xuri/excelize/v2"
)

// The bytes of a workbook, for programs that read a file once and hand its
// bytes to more than one reader (checking, then annotating a copy).

// ReadFile reads the file at path whole, within opts.MaxFileSize, read-only.
// Errors are those of Open: a missing file gives the *fs.PathError of
// os.Open; a file over the limit or a directory an *OpenError.
func ReadFile(path string, opts Options) ([]byte, error) {
	f, st, err := openInput(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAllAt(f, st.Size(), path, opts, nil)
}

// ReadAll reads a workbook of the given size from r whole, within
// opts.MaxFileSize; name is used in errors.
func ReadAll(r io.ReaderAt, size int64, name string, opts Options) ([]byte, error) {
	return readAllAt(r, size, name, opts, nil)
}

// Plaintext returns the zip package of a workbook's bytes: the bytes
// themselves for a plain .xlsx, or the package decrypted with
// opts.Password for an encrypted one. Anything that is not a workbook gives
// the *OpenError Open gives (ErrNotXLSX, ErrLegacyXLS, ErrEncrypted,
// ErrCorrupt). The package inside is not checked: Open does that.
func Plaintext(data []byte, name string, opts Options) (plain []byte, err error) {
	if err := sniff(data, name, opts); err != nil {
		return nil, err
	}
	if !hasMagic(data, oleMagic) {
		return data, nil
	}
	defer func() {
		if p := recover(); p != nil {
			plain, err = nil, openErr(name, ErrCorrupt, "damaged encrypted package: %v", p)
		}
	}()
	plain, err = excelize.Decrypt(data, &excelize.Options{Password: opts.Password})
	if err != nil || !hasMagic(plain, zipMagic) {
		return nil, openErr(name, ErrEncrypted, "the password does not open it")
	}
	return plain, nil
}

// IsEncrypted reports whether the bytes are an encrypted workbook (an OLE
// compound file), as opposed to a plain zip package.
func IsEncrypted(data []byte) bool { return hasMagic(data, oleMagic) }

// UnzipLimit is the bound on a package's inflated size these options set:
// MaxUnzipSize, or its default, or no bound (the largest int64).
func (o Options) UnzipLimit() int64 { return o.maxUnzipSize() }
