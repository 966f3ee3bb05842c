package xlsx

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
)

// Workbook is a workbook read whole into cells. It is immutable and safe for
// concurrent use.
type Workbook struct {
	// Name is the file name given to Open.
	Name string
	// Sheets are the worksheets in workbook order.
	Sheets []*Sheet
	// Producer is the application that last saved the file, as it says in
	// docProps/app.xml ("Microsoft Excel", "LibreOffice/7.4…", "WPS
	// 表格"), or "" when it does not say.
	Producer string
}

// Sheet returns the sheet of that name, or nil.
func (w *Workbook) Sheet(name string) *Sheet {
	for _, s := range w.Sheets {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// Open reads the workbook at path. The file is opened read-only and never
// written. Errors are *OpenError values wrapping ErrNotXLSX, ErrLegacyXLS,
// ErrEncrypted, ErrTooLarge, ErrCorrupt, or the context's error; a missing
// file gives the *fs.PathError of os.Open.
func Open(ctx context.Context, path string, opts Options) (*Workbook, error) {
	return openPath(ctx, path, opts, nil)
}

// openPath is Open reading into scratch memory, if s is not nil.
func openPath(ctx context.Context, path string, opts Options, s *Scratch) (*Workbook, error) {
	f, st, err := openInput(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return openReaderAt(ctx, f, st.Size(), path, opts, s)
}

// openInput opens a workbook file read-only; a directory is ErrNotXLSX.
func openInput(path string) (*os.File, os.FileInfo, error) {
	f, err := os.Open(filepath.Clean(path))
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if st.IsDir() {
		f.Close()
		return nil, nil, openErr(path, ErrNotXLSX, "is a directory")
	}
	return f, st, nil
}

// readAllAt reads a whole input of the given size, within the file size
// limit, into scratch memory if s is not nil.
func readAllAt(r io.ReaderAt, size int64, name string, opts Options, s *Scratch) ([]byte, error) {
	if size > opts.maxFileSize() {
		return nil, openErr(name, ErrTooLarge, "file is %d bytes, limit %d", size, opts.maxFileSize())
	}
	if size < 0 {
		return nil, openErr(name, ErrCorrupt, "size %d", size)
	}
	data := s.fileBuffer(int(size))
	if _, err := r.ReadAt(data, 0); err != nil && !errors.Is(err, io.EOF) {
		return nil, openErr(name, ErrCorrupt, "read: %v", err)
	}
	return data, nil
}

// OpenReaderAt reads a workbook of the given size from r; name is used in
// errors and positions only. It reads at most opts.MaxFileSize bytes.
func OpenReaderAt(ctx context.Context, r io.ReaderAt, size int64, name string, opts Options) (*Workbook, error) {
	return openReaderAt(ctx, r, size, name, opts, nil)
}

// openReaderAt is OpenReaderAt reading into scratch memory, if s is not nil.
func openReaderAt(ctx context.Context, r io.ReaderAt, size int64, name string, opts Options, s *Scratch) (wb *Workbook, err error) {
	if err := ctx.Err(); err != nil {
		return nil, &OpenError{File: name, Err: err}
	}
	data, err := readAllAt(r, size, name, opts, s)
	if err != nil {
		return nil, err
	}
	defer func() {
		if p := recover(); p != nil {
			wb, err = nil, openErr(name, ErrCorrupt, "reader failed on malformed content: %v", p)
		}
	}()
	if data, err = Plaintext(data, name, opts); err != nil {
		return nil, err
	}
	p, err := readPackage(ctx, data, name, opts, s)
	if err != nil {
		return nil, err
	}
	return readWorkbook(ctx, p, name, opts, s)
}

// isContextErr reports whether err is the context's.
func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}

// badSharedStrings is the error of a sheet whose cells use shared strings
// the table does not have, naming the first few of them.
func badSharedStrings(name string, sp sheetPart, raw *rawSheet, n int, hasTable bool) *OpenError {
	var bad problems
	for i := range raw.cells {
		if rc := &raw.cells[i]; rc.typ == "s" && rc.hasValue && int(rc.sst) >= n {
			bad.add(Ref{Col: rc.col, Row: rc.row}.A1() + " (" + strconv.Itoa(int(rc.sst)) + ")")
		}
	}
	e := openErr(name, ErrCorrupt, "sheet %q: %d cells use shared strings the table of %d does not have: %s", sp.name, bad.n, n, bad)
	if !hasTable {
		e.Detail = fmt.Sprintf("sheet %q: %d cells use shared strings, and the package has no shared-string table: %s", sp.name, bad.n, bad)
	}
	e.Part = sp.part
	return e
}

func readWorkbook(ctx context.Context, p *pkg, name string, opts Options, s *Scratch) (*Workbook, error) {
	wb := &Workbook{Name: name, Producer: p.producer()}
	sheets, stylePart, err := p.workbookLayout()
	if err != nil {
		return nil, openErr(name, ErrCorrupt, "%v", err)
	}
	if len(sheets) > opts.maxSheets() {
		return nil, openErr(name, ErrTooLarge, "%d sheets, limit %d", len(sheets), opts.maxSheets())
	}
	cells := 0
	b := &sheetBuilder{ctx: ctx, sst: p.sst, styles: parseStyles(p.small[stylePart]), opts: opts, cells: &cells, scratch: s}
	var raws []*rawSheet // of each sheet, once there are formulas to compute
	for _, sp := range sheets {
		if err := ctx.Err(); err != nil {
			return nil, &OpenError{File: name, Err: err}
		}
		raw, ok := p.sheets[sp.part]
		if !ok {
			return nil, openErr(name, ErrCorrupt, "sheet %q: part %s is missing", sp.name, sp.part)
		}
		if raw.maxSST >= len(p.sst) {
			return nil, badSharedStrings(name, sp, raw, len(p.sst), p.hasSST)
		}
		s, err := b.build(raw, sp.name, len(wb.Sheets))
		if err != nil {
			var oe *OpenError
			if errors.As(err, &oe) {
				if oe.File == "" {
					oe.File = name // errors made while reading a sheet do not know it
				}
				if oe.Part == "" && !isContextErr(oe.Err) {
					oe.Part = sp.part
				}
				return nil, err
			}
			e := openErr(name, ErrCorrupt, "sheet %q: %v", sp.name, err)
			e.Part = sp.part
			return nil, e
		}
		wb.Sheets = append(wb.Sheets, s)
		if b.pending != nil && raws == nil {
			for _, done := range sheets[:len(wb.Sheets)] {
				raws = append(raws, p.sheets[done.part])
			}
		} else if raws != nil {
			raws = append(raws, raw)
		}
	}
	if len(b.pending) > 0 {
		if err := newCalc(ctx, wb.Sheets, raws, b.pending, opts, s).run(); err != nil {
			return nil, &OpenError{File: name, Err: err}
		}
	}
	for _, sh := range wb.Sheets {
		finishSheet(sh)
	}
	return wb, nil
}
