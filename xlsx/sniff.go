package xlsx

import (
	"bytes"
	"strings"

	"github.com/richardlehane/mscfb"
)

// The signatures files start with.
const (
	zipMagic      = "PK\x03\x04"
	zipEmptyMagic = "PK\x05\x06"
	oleMagic      = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
)

// hasMagic reports whether data starts with a signature.
func hasMagic(data []byte, magic string) bool {
	return len(data) >= len(magic) && string(data[:len(magic)]) == magic
}

// sniff tells what the bytes are before anything reads them: a zip package
// (for readPackage to check), an OLE compound file (a legacy .xls, or an
// encrypted workbook that a password opens), or anything else.
func sniff(data []byte, name string, opts Options) error {
	switch {
	case len(data) == 0:
		return openErr(name, ErrNotXLSX, "empty file")
	case hasMagic(data, zipMagic), hasMagic(data, zipEmptyMagic):
		return nil // readPackage checks it
	case hasMagic(data, oleMagic):
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

func printablePrefix(b []byte) string {
	if len(b) > 16 {
		b = b[:16]
	}
	return strings.ToValidUTF8(string(b), "?")
}
