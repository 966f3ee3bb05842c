package xlsx

import (
	"context"
	"io"

	"github.com/jixiao-go/jixiao/internal/reuse"
	"github.com/jixiao-go/jixiao/num"
)

// Scratch is memory that reading workbooks one after another reuses: the
// file's bytes, the inflated parts, the cells as scanned and the sheets'
// grids. Reading through a Scratch allocates a fraction of what Open does,
// which matters to a pipeline that checks thousands of uploads: less
// garbage means fewer collections, and cores that scale.
//
// A Workbook read through a Scratch lives in its memory: it is valid until
// the Scratch reads the next one and must not be used after that; values
// copied out of it (strings, decimals, refs) stay valid. A Scratch reads one
// workbook at a time and is not safe for concurrent use: give each
// goroutine its own, or keep them in a sync.Pool. The zero value is ready to
// use. Memory a very large workbook needed is let go, not kept: a Scratch
// keeps at most about 20 MiB from one workbook to the next, and a few
// hundred KiB for real ones.
type Scratch struct {
	file  []byte      // the file as read
	part  []byte      // one inflated part at a time
	small []byte      // the small parts (relationships, workbook, styles) one after another
	sst   []string    // the shared strings
	raw   [][]rawCell // the scanned cells of each worksheet part, in package order
	nraw  int         // the slots of raw the current workbook uses
	// cells holds the grids of the current workbook's sheets one after
	// another, rows their row slices; widths is room to work out one
	// sheet's row lengths.
	cells  reuse.Slices[Cell]
	rows   reuse.Slices[[]Cell]
	widths []int
	// strs are short strings seen in earlier workbooks, shared strings and
	// stored values, handed out again rather than copied anew: uploads of
	// one template repeat most of them.
	strs map[string]string
	// values are the numbers read from short stored values: decimals are
	// immutable, so one read serves every cell that stores the same text.
	values map[string]num.Shown
}

// Limits on what a Scratch keeps between workbooks; real workbooks need a
// small part of them. Past a limit, the memory a workbook needed is let go.
const (
	scratchKeepFile  = 4 << 20 // bytes of the file, and of the largest part
	scratchKeepSmall = 1 << 20 // bytes of the small parts together
	scratchKeepCells = 32_768  // cells of the grids (~4.5 MiB), shared strings
	scratchKeepRaw   = 32_768  // scanned cells of all worksheets (~2.5 MiB)
	scratchKeepRows  = 65_536  // rows of the sheets
	// Strings of at most scratchStringLen bytes are kept, scratchStrings
	// of them, and as many numbers read from such strings.
	scratchStringLen = 64
	scratchStrings   = 8192
)

// Open reads the workbook at path as the package's Open does, into s's
// memory.
func (s *Scratch) Open(ctx context.Context, path string, opts Options) (*Workbook, error) {
	s.reset()
	return openPath(ctx, path, opts, s)
}

// OpenReaderAt reads a workbook of the given size from r as the package's
// OpenReaderAt does, into s's memory.
func (s *Scratch) OpenReaderAt(ctx context.Context, r io.ReaderAt, size int64, name string, opts Options) (*Workbook, error) {
	s.reset()
	return openReaderAt(ctx, r, size, name, opts, s)
}

// reset forgets the last workbook: what it left is cleared, so that no
// string of it stays reachable, and memory past the limits is let go.
func (s *Scratch) reset() {
	s.cells.Reset(scratchKeepCells)
	s.rows.Reset(scratchKeepRows)
	kept := 0
	for i := range s.raw[:s.nraw] {
		clear(s.raw[i])
		if kept += cap(s.raw[i]); kept > scratchKeepRaw {
			s.raw[i] = nil
		}
	}
	s.raw, s.nraw = s.raw[:min(len(s.raw), s.nraw)], 0
	clear(s.sst)
	s.sst = keep(s.sst[:0], scratchKeepCells)
	s.widths = keep(s.widths, scratchKeepRows)
	s.file = keep(s.file, scratchKeepFile)
	s.part = keep(s.part, scratchKeepFile)
	s.small = keep(s.small, scratchKeepSmall)
}

// keep returns b, or nil when its capacity is past the limit.
func keep[T any](b []T, limit int) []T {
	if cap(b) > limit {
		return nil
	}
	return b
}

// takeCells hands out n zeroed cells for a sheet's grid.
func (s *Scratch) takeCells(n int) []Cell {
	if s == nil {
		return make([]Cell, n)
	}
	return s.cells.Take(n)[:n]
}

// takeRows hands out n nil row slices for a sheet.
func (s *Scratch) takeRows(n int) [][]Cell {
	if s == nil {
		return make([][]Cell, n)
	}
	return s.rows.Take(n)[:n]
}

// takeWidths hands out n zeroed ints, valid until the next call.
func (s *Scratch) takeWidths(n int) []int {
	if s == nil {
		return make([]int, n)
	}
	if cap(s.widths) < n {
		s.widths = make([]int, n)
	}
	w := s.widths[:n]
	clear(w)
	return w
}

// text returns b as a string, the one handed out before for the same
// bytes when there was one.
func (s *Scratch) text(b []byte) string {
	if s == nil || len(b) > scratchStringLen {
		return string(b)
	}
	if v, ok := s.strs[string(b)]; ok {
		return v
	}
	v := string(b)
	if s.strs == nil {
		s.strs = make(map[string]string)
	}
	if len(s.strs) < scratchStrings {
		s.strs[v] = v
	}
	return v
}

// parseRaw is num.ParseRaw, remembering what short texts read as.
func (s *Scratch) parseRaw(text string) (num.Shown, error) {
	if s == nil || len(text) > scratchStringLen {
		return num.ParseRaw(text)
	}
	if v, ok := s.values[text]; ok {
		return v, nil
	}
	v, err := num.ParseRaw(text)
	if err != nil {
		return v, err
	}
	if s.values == nil {
		s.values = make(map[string]num.Shown)
	}
	if len(s.values) < scratchStrings {
		s.values[text] = v
	}
	return v, nil
}

// rawCells hands out an empty slice of room for n scanned cells and the
// slot to give it back in once it is full.
func (s *Scratch) rawCells(n int) ([]rawCell, int) {
	if s == nil {
		return make([]rawCell, 0, n), -1
	}
	if s.nraw == len(s.raw) {
		s.raw = append(s.raw, nil)
	}
	slot := s.nraw
	s.nraw++
	if cap(s.raw[slot]) < n {
		return make([]rawCell, 0, n), slot
	}
	return s.raw[slot][:0], slot
}

// keepRaw takes back the cells a scan filled, which may have outgrown what
// rawCells gave.
func (s *Scratch) keepRaw(slot int, cells []rawCell) {
	if s != nil && slot >= 0 {
		s.raw[slot] = cells
	}
}

// fileBuffer is room for n bytes of the file.
func (s *Scratch) fileBuffer(n int) []byte {
	if s == nil || cap(s.file) < n {
		b := make([]byte, n)
		if s != nil {
			s.file = b
		}
		return b
	}
	return s.file[:n]
}

// partBuffer is the buffer parts are inflated into.
func (s *Scratch) partBuffer() []byte {
	if s == nil {
		return nil
	}
	return s.part[:0]
}

// smallBuffer is the buffer the small parts are read into.
func (s *Scratch) smallBuffer() []byte {
	if s == nil {
		return nil
	}
	return s.small[:0]
}

// keepPart takes back the part buffer and the small parts' buffer, grown
// as the parts needed.
func (s *Scratch) keepPart(part, small []byte) {
	if s != nil {
		s.part, s.small = part[:0], small[:0]
	}
}

// sharedStrings is an empty slice to read the shared strings into.
func (s *Scratch) sharedStrings() []string {
	if s == nil {
		return nil
	}
	return s.sst[:0]
}

// keepSharedStrings takes back the shared strings read.
func (s *Scratch) keepSharedStrings(sst []string) {
	if s != nil {
		s.sst = sst
	}
}
