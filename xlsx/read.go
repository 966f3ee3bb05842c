package xlsx

import (
	"context"
	"fmt"

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
	// scratch is memory to reuse, or nil.
	scratch *Scratch
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
	if err := s.layout(raw, b.cells, b.opts.maxCells(), b.scratch); err != nil {
		return nil, err
	}
	for i := range raw.cells {
		if i%4096 == 0 {
			if err := b.ctx.Err(); err != nil {
				return nil, &OpenError{Err: err}
			}
		}
		rc := &raw.cells[i]
		cell := &s.rows[rc.row-1][rc.col-1]
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
		sf := formatOf(b.styles, int(rc.style))
		classify(cell, sf.places, sf.percent, sf.known, b.scratch)
	}
	s.fillMerges()
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
		if int(rc.sst) >= len(b.sst) {
			return "", fmt.Errorf("cell %s: shared string %d out of range", Ref{Col: rc.col, Row: rc.row}.A1(), rc.sst)
		}
		return b.sst[rc.sst], nil
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
