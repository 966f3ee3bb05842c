package xlsx

import (
	"bytes"

	"github.com/xuri/excelize/v2"
)

// lazyExcel opens the package with excelize on first need: to compute a
// formula saved without its result, or to read a shared formula's text.
// Most workbooks never need it, and reading cells through excelize would
// cost a second parse of every sheet (its row iterator, then its DOM).
type lazyExcel struct {
	data  []byte
	opts  Options
	f     *excelize.File
	tried bool
}

// file returns the opened workbook, or nil when excelize cannot open it.
func (l *lazyExcel) file() *excelize.File {
	if l.tried {
		return l.f
	}
	l.tried = true
	f, err := excelize.OpenReader(bytes.NewReader(l.data), excelize.Options{
		RawCellValue:      true,
		UnzipSizeLimit:    l.opts.maxUnzipSize(),
		UnzipXMLSizeLimit: l.opts.maxUnzipSize(), // never spill a part to a temporary file
		MaxCalcIterations: maxCalcIterations,
	})
	if err == nil {
		l.f = f
	}
	return l.f
}

func (l *lazyExcel) close() {
	if l.f != nil {
		l.f.Close()
	}
}
