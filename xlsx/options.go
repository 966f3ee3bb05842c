package xlsx

import "math"

// Default limits, sized for real self-evaluation workbooks (tens of KB, a few
// sheets of at most a few thousand rows) with a wide margin.
const (
	DefaultMaxFileSize  = 32 << 20 // 32 MiB on disk
	DefaultMaxUnzipSize = 64 << 20 // 64 MiB inflated, counted while inflating
	DefaultMaxSheets    = 256
	DefaultMaxRows      = 50_000
	DefaultMaxCells     = 500_000 // in all sheets, each row counted to its last cell
	DefaultMaxEntries   = 10_000  // files inside the zip package
)

// Options set the limits and the password for opening a workbook. The zero
// value uses the defaults above; a negative limit means "no limit".
type Options struct {
	// Password opens an encrypted workbook.
	Password string
	// MaxFileSize bounds the size of the file as uploaded.
	MaxFileSize int64
	// MaxUnzipSize bounds the total inflated size of the package. It is
	// counted while inflating, not trusted from the zip headers.
	MaxUnzipSize int64
	// MaxSheets bounds the number of worksheets.
	MaxSheets int
	// MaxRows bounds the row numbers of one sheet.
	MaxRows int
	// MaxCells bounds the cells of the workbook: each row counts as many
	// cells as its last cell's column, and merged ranges count the cells
	// they fill.
	MaxCells int
	// MaxCalcCells bounds the cells that the formulas saved without their
	// results may read, all of them together: each cell a reference or a
	// range touches counts, within the sheet's used area (a range over
	// the whole sheet costs the cells the sheet has). Past it, the
	// formulas not yet computed are left Uncalculated with
	// CalcOverBudget. The default is DefaultMaxCalcCells.
	MaxCalcCells int
	// MaxCalcDepth bounds how long a chain of formulas saved without
	// their results, each referring to the next, may be; a formula deeper
	// in is left Uncalculated with CalcOverBudget. The default is
	// DefaultMaxCalcDepth.
	MaxCalcDepth int
	// MaxCalcBytes bounds the bytes of text those formulas read, all of
	// them together, as MaxCalcCells does. The default is
	// DefaultMaxCalcBytes.
	MaxCalcBytes int
}

// limit applies the defaults: zero means def, negative means no limit.
func limit[T int | int64](v, def, unlimited T) T {
	switch {
	case v == 0:
		return def
	case v < 0:
		return unlimited
	}
	return v
}

func (o Options) maxFileSize() int64 {
	return limit(o.MaxFileSize, DefaultMaxFileSize, math.MaxInt64)
}
func (o Options) maxUnzipSize() int64 {
	return limit(o.MaxUnzipSize, DefaultMaxUnzipSize, math.MaxInt64)
}
func (o Options) maxSheets() int { return limit(o.MaxSheets, DefaultMaxSheets, math.MaxInt) }
func (o Options) maxRows() int   { return limit(o.MaxRows, DefaultMaxRows, math.MaxInt) }
func (o Options) maxCells() int  { return limit(o.MaxCells, DefaultMaxCells, math.MaxInt) }
