package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/richardlehane/mscfb"
)

var (
	zipMagic      = []byte("PK\x03\x04")
	zipEmptyMagic = []byte("PK\x05\x06")
	oleMagic      = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// sniff tells what the bytes are before excelize sees them: a zip package
// (checked for bombs), an OLE compound file (legacy .xls, or an encrypted
// workbook), or anything else.
func sniff(data []byte, name string, opts Options) error {
	switch {
	case len(data) == 0:
		return openErr(name, ErrNotXLSX, "empty file")
	case bytes.HasPrefix(data, zipMagic), bytes.HasPrefix(data, zipEmptyMagic):
		return checkZip(data, name, opts)
	case bytes.HasPrefix(data, oleMagic):
		return sniffOLE(data, name, opts)
	}
	return openErr(name, ErrNotXLSX, "content starts with %q", printablePrefix(data))
}

// sniffOLE tells an encrypted OOXML package from a legacy .xls workbook.
func sniffOLE(data []byte, name string, opts Options) (err error) {
	defer func() {
		if recover() != nil {
			err = openErr(name, ErrCorrupt, "damaged OLE compound file")
		}
	}()
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return openErr(name, ErrCorrupt, "damaged OLE compound file: %v", err)
	}
	for entry, err := r.Next(); err == nil; entry, err = r.Next() {
		switch entry.Name {
		case "EncryptedPackage", "EncryptionInfo":
			if opts.Password == "" {
				return openErr(name, ErrEncrypted, "no password given")
			}
			return nil // excelize decrypts it
		case "Workbook", "Book":
			return openErr(name, ErrLegacyXLS, "Excel 97-2003 (BIFF) workbook")
		}
	}
	return openErr(name, ErrNotXLSX, "OLE compound file that holds no workbook")
}

// checkZip inflates every entry once, counting the bytes it really gets
// rather than trusting the sizes the headers declare, and stops at the limit.
// Go's zip reader also fails an entry that inflates past its declared size or
// fails its checksum, which catches headers that lie. Worksheets and the
// shared-string table are checked on the way (see partCheck).
func checkZip(data []byte, name string, opts Options) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return openErr(name, ErrCorrupt, "damaged zip package: %v", err)
	}
	if len(zr.File) > DefaultMaxEntries {
		return openErr(name, ErrTooLarge, "%d files in the package, limit %d", len(zr.File), DefaultMaxEntries)
	}
	budget := opts.maxUnzipSize()
	hasWorkbook := false
	maxSST, sstItems := -1, 0
	for _, zf := range zr.File {
		if strings.EqualFold(strings.ReplaceAll(zf.Name, "\\", "/"), "xl/workbook.xml") {
			hasWorkbook = true
		}
		if zf.UncompressedSize64 > uint64(budget) {
			return openErr(name, ErrTooLarge, "%s declares %d bytes inflated, limit %d", zf.Name, zf.UncompressedSize64, opts.maxUnzipSize())
		}
		check := checkFor(zf.Name)
		n, err := inflatedSize(zf, budget, check)
		if errors.Is(err, ErrTooLarge) {
			return openErr(name, ErrTooLarge, "%s: %v", zf.Name, err)
		}
		if err != nil {
			return openErr(name, ErrCorrupt, "%s: %v", zf.Name, err)
		}
		if check != nil {
			maxSST, sstItems = max(maxSST, check.maxSST), sstItems+check.strings
		}
		budget -= n
		if budget < 0 {
			return openErr(name, ErrTooLarge, "package inflates past %d bytes", opts.maxUnzipSize())
		}
	}
	if !hasWorkbook {
		return openErr(name, ErrNotXLSX, "zip package without xl/workbook.xml (a .docx, .pptx or plain zip?)")
	}
	if maxSST >= sstItems {
		return openErr(name, ErrCorrupt, "a cell uses shared string %d of %d", maxSST, sstItems)
	}
	return nil
}

// inflatedSize reads an entry to its end, or to one byte past budget,
// passing it through check when that is not nil.
func inflatedSize(zf *zip.File, budget int64, check *partCheck) (int64, error) {
	rc, err := zf.Open()
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	cr := &countingReader{r: io.LimitReader(rc, budget+1)}
	if check != nil {
		if err := check.run(cr); err != nil {
			if cr.n > budget {
				return cr.n, nil // over the limit: the caller says so
			}
			return cr.n, err
		}
	}
	_, err = io.Copy(io.Discard, cr)
	if err != nil && !errors.Is(err, io.EOF) {
		return cr.n, err
	}
	return cr.n, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func printablePrefix(b []byte) string {
	if len(b) > 16 {
		b = b[:16]
	}
	return strings.ToValidUTF8(string(b), "?")
}
