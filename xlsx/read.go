package xlsx

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// sheetBuilder turns scanned worksheet parts into Sheets. excelize is
// opened only when a formula was saved without its result, to compute it, or
// a shared formula's text is needed.
type sheetBuilder struct {
	ctx    context.Context
	excel  *lazyExcel
	sst    []string
	styles []styleFormat
	opts   Options
	cells  *int // cells of the workbook so far, merged ranges filled in
	// asked counts what excelize was asked to compute or look up: each
	// costs it a walk of the sheet, so a hostile file of a million
	// uncached formulas would take hours.
	asked int
}

// maxAsked bounds the formulas excelize computes or looks up per workbook;
// past it, formulas without a saved result read as #CALC!. Real workbooks
// have a few dozen.
const maxAsked = 10_000

// build makes the Sheet of a scanned part.
func (b *sheetBuilder) build(raw *rawSheet, name string, index int) (*Sheet, error) {
	s := &Sheet{Name: name, Index: index}
	s.allocate(raw.cells)
	for i := range raw.cells {
		if i%4096 == 0 {
			if err := b.ctx.Err(); err != nil {
				return nil, &OpenError{Err: err}
			}
		}
		rc := &raw.cells[i]
		cell := s.ensure(rc.col, rc.row)
		text, err := b.text(rc)
		if err != nil {
			return nil, err
		}
		cell.Text = text
		if rc.isFormula {
			cell.Formula = rc.formula
			if cell.Formula == "" && b.ask() { // a shared formula's dependent cell
				if f := b.excel.file(); f != nil {
					cell.Formula, _ = f.GetCellFormula(name, cell.Ref.A1())
				}
			}
			if !rc.hasValue || rc.value == "" && rc.typ != "str" {
				cell.Text, cell.Computed = b.compute(name, cell), true
			}
		}
		sf := formatOf(b.styles, rc.style)
		classify(cell, sf.places, sf.percent, sf.known)
	}
	if err := s.fillMerges(raw.merges, b.cells, b.opts.maxCells()); err != nil {
		return nil, err
	}
	s.trimTrailingRows()
	return s, nil
}

// text resolves a stored value by its type, as excelize does in raw mode.
func (b *sheetBuilder) text(rc *rawCell) (string, error) {
	switch rc.typ {
	case "s":
		if !rc.hasValue {
			return "", nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(rc.value))
		if err != nil || i < 0 || i >= len(b.sst) {
			return "", fmt.Errorf("cell %s: shared string %q out of range", Ref{Col: rc.col, Row: rc.row}.A1(), cut(rc.value))
		}
		return b.sst[i], nil
	case "b":
		switch rc.value {
		case "1":
			return "TRUE", nil
		case "0":
			return "FALSE", nil
		}
	}
	return rc.value, nil
}

// compute asks excelize for the result of a formula the file holds none
// for; formulas that could build huge strings read as #CALC!.
func (b *sheetBuilder) compute(sheet string, c *Cell) string {
	if !computable(c.Formula) || !b.ask() {
		return "#CALC!"
	}
	f := b.excel.file()
	if f == nil {
		return "#CALC!"
	}
	v, err := f.CalcCellValue(sheet, c.Ref.A1(), excelize.Options{RawCellValue: true})
	if err != nil {
		return "#CALC!"
	}
	return v
}

// ask counts one request to excelize, reporting whether it may be made.
func (b *sheetBuilder) ask() bool {
	b.asked++
	return b.asked <= maxAsked
}

// allocate sizes the grid once for cells in sheet order: each row as long
// as its last cell.
func (s *Sheet) allocate(cells []rawCell) {
	if len(cells) == 0 {
		return
	}
	s.rows = make([][]Cell, cells[len(cells)-1].row)
	for i := 0; i < len(cells); {
		j := i
		for j+1 < len(cells) && cells[j+1].row == cells[i].row {
			j++
		}
		r := cells[i].row
		row := make([]Cell, cells[j].col)
		for c := range row {
			row[c].Ref = Ref{Sheet: s.Name, Col: c + 1, Row: r}
		}
		s.rows[r-1] = row
		i = j + 1
	}
}

// ensure returns the cell at col, row, growing the grid if needed.
func (s *Sheet) ensure(col, row int) *Cell {
	for len(s.rows) < row {
		s.rows = append(s.rows, nil)
	}
	r := s.rows[row-1]
	for len(r) < col {
		r = append(r, Cell{Ref: Ref{Sheet: s.Name, Col: len(r) + 1, Row: row}})
	}
	s.rows[row-1] = r
	return &r[col-1]
}

// fillMerges gives every cell of a merged range, within the sheet's extent,
// the value of the range's top-left cell. The cells it adds count against
// the limit: a range over the whole sheet must not blow up a small file.
func (s *Sheet) fillMerges(refs []string, cells *int, maxCells int) error {
	width, height := s.Cols(), len(s.rows)
	s.merge = make([]Range, 0, len(refs))
	for _, ref := range refs {
		from, to, _ := cutRange(ref)
		g, ok := parseRange(s.Name, from, to)
		if !ok || g.FromCol > width || g.FromRow > height {
			continue
		}
		g.ToCol, g.ToRow = min(g.ToCol, width), min(g.ToRow, height)
		for r := g.FromRow; r <= g.ToRow; r++ {
			if grow := g.ToCol - len(s.rows[r-1]); grow > 0 {
				if *cells += grow; *cells > maxCells {
					return openErr("", ErrTooLarge, "sheet %q: merged ranges fill more than %d cells", s.Name, maxCells)
				}
			}
		}
		s.merge = append(s.merge, g)
		rg := &s.merge[len(s.merge)-1]
		origin := *s.ensure(g.FromCol, g.FromRow)
		for r := g.FromRow; r <= g.ToRow; r++ {
			for c := g.FromCol; c <= g.ToCol; c++ {
				cell := s.ensure(c, r)
				if c != g.FromCol || r != g.FromRow {
					ref := cell.Ref
					*cell = origin
					cell.Ref, cell.Formula, cell.Computed = ref, "", false
				}
				cell.Merged = rg
			}
		}
	}
	return nil
}

// cutRange splits "A1:F1"; a single cell "A1" is the range A1:A1.
func cutRange(ref string) (from, to string, ok bool) {
	for i := 0; i < len(ref); i++ {
		if ref[i] == ':' {
			return ref[:i], ref[i+1:], true
		}
	}
	return ref, ref, ref != ""
}

func parseRange(sheet, from, to string) (Range, bool) {
	c1, r1, ok1 := ParseA1(from)
	c2, r2, ok2 := ParseA1(to)
	if !ok1 || !ok2 {
		return Range{}, false
	}
	return Range{Sheet: sheet, FromCol: min(c1, c2), FromRow: min(r1, r2), ToCol: max(c1, c2), ToRow: max(r1, r2)}, true
}

func (s *Sheet) trimTrailingRows() {
	for len(s.rows) > 0 {
		last := s.rows[len(s.rows)-1]
		blank := true
		for i := range last {
			if last[i].Kind != Empty || last[i].Formula != "" || last[i].Merged != nil {
				blank = false
				break
			}
		}
		if !blank {
			return
		}
		s.rows = s.rows[:len(s.rows)-1]
	}
}
