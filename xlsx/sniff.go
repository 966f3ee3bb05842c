package xlsx

import (
	"bytes"
	"strings"

	"github.com/richardlehane/mscfb"
)

var (
	zipMagic      = []byte("PK\x03\x04")
	zipEmptyMagic = []byte("PK\x05\x06")
	oleMagic      = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// sniff tells what the bytes are before anything reads them: a zip package
// (for readPackage to check), an OLE compound file (a legacy .xls, or an
// encrypted workbook that a password opens), or anything else.
func sniff(data []byte, name string, opts Options) error {
	switch {
	case len(data) == 0:
		return openErr(name, ErrNotXLSX, "empty file")
	case bytes.HasPrefix(data, zipMagic), bytes.HasPrefix(data, zipEmptyMagic):
		return nil // readPackage checks it
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

func printablePrefix(b []byte) string {
	if len(b) > 16 {
		b = b[:16]
	}
	return strings.ToValidUTF8(string(b), "?")
}
