package xlsx

import (
	"context"
	"fmt"
)

// sheetBuilder turns scanned worksheet parts into Sheets, and collects the
// formulas saved without their results, which are computed once every
// sheet is laid out.
type sheetBuilder struct {
	ctx    context.Context
	sst    []string
	styles []styleFormat
	opts   Options
	cells  *int // cells of the workbook so far, merged ranges filled in
	// scratch is memory to reuse, or nil.
	scratch *Scratch
	// pending are the formulas to compute, in sheet order; nil for the
	// workbooks that have none.
	pending []pending
}

// build makes the Sheet of a scanned part. Its merged ranges are filled in
// by finishSheet, once its formulas are computed.
func (b *sheetBuilder) build(raw *rawSheet, name string, index int) (*Sheet, error) {
	s := &Sheet{Name: name, Index: index}
	if err := s.layout(raw, b.cells, b.opts.maxCells(), b.scratch); err != nil {
		return nil, err
	}
	var masters map[int32]int // shared formula index → its master's cell
	if raw.shared {
		masters = sharedMasters(raw)
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
		sf := formatOf(b.styles, int(rc.style))
		if rc.isFormula {
			cell.Formula = rc.formula
			if rc.ftype == formulaShared && cell.Formula == "" {
				if m, ok := masters[rc.si]; ok {
					mc := &raw.cells[m]
					cell.Formula = translateShared(mc.formula, rc.col-mc.col, rc.row-mc.row)
				}
			}
			if !rc.hasValue || rc.value == "" && rc.typ != "str" {
				cell.Text, cell.Kind = "", Uncalculated
				p := pending{cell: cell, sheet: index, style: sf}
				if rc.ftype == formulaArray || cell.Formula == "" {
					p.state, p.fail = 2, fUnsupported // array formulas are not computed
				}
				b.pending = append(b.pending, p)
				continue
			}
		}
		classify(cell, sf, b.scratch)
	}
	return s, nil
}

// sharedMasters finds the master cell of each shared formula: the first
// cell, in the order of the file, that has its index and a ref attribute.
func sharedMasters(raw *rawSheet) map[int32]int {
	m := map[int32]int{}
	for i := range raw.cells {
		rc := &raw.cells[i]
		if rc.ftype == formulaShared && rc.sharedRef {
			if _, ok := m[rc.si]; !ok {
				m[rc.si] = i
			}
		}
	}
	return m
}

// finishSheet fills in the merged ranges, once the formulas are computed,
// and drops trailing blank rows.
func finishSheet(s *Sheet) {
	s.fillMerges()
	s.trimTrailingRows()
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
