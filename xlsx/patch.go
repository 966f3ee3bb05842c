package xlsx

import "github.com/jixiao-go/jixiao/num"

// WithNumbers returns a copy of the workbook in which each cell named in
// values holds that number, as if a person had typed it there: a number
// shown with the given places, with no formula and no unit, keeping the
// cell's percentage display (a value for a percentage cell is the fraction,
// 0.8511 for 85.11%). A merged range takes the number in every cell, as it
// shows its top-left cell's. Cells on sheets the workbook does not have are
// ignored.
//
// The copy shares every row it does not change with w, which is not
// modified: both stay safe for concurrent use.
func (w *Workbook) WithNumbers(values map[Ref]num.Shown) *Workbook {
	out := *w
	out.Sheets = append([]*Sheet(nil), w.Sheets...)
	for i, s := range out.Sheets {
		var mine map[Ref]num.Shown
		for ref, v := range values {
			if ref.Sheet == s.Name && ref.Col >= 1 && ref.Row >= 1 && ref.Col <= maxColNumber && ref.Row <= maxRowNumber {
				if mine == nil {
					mine = map[Ref]num.Shown{}
				}
				mine[ref] = v
			}
		}
		if mine != nil {
			out.Sheets[i] = s.withNumbers(mine)
		}
	}
	return &out
}

func (s *Sheet) withNumbers(values map[Ref]num.Shown) *Sheet {
	out := *s
	out.rows = append([][]Cell(nil), s.rows...)
	copied := map[int]bool{}
	set := func(col, row int, v num.Shown) {
		for len(out.rows) < row {
			out.rows = append(out.rows, nil)
		}
		if !copied[row] {
			r := make([]Cell, max(len(out.rows[row-1]), col))
			copy(r, out.rows[row-1])
			for c := range r {
				r[c].Ref = Ref{Sheet: s.Name, Col: c + 1, Row: row}
			}
			out.rows[row-1], copied[row] = r, true
		}
		r := out.rows[row-1]
		if col > len(r) {
			grown := make([]Cell, col)
			copy(grown, r)
			for c := len(r); c < col; c++ {
				grown[c].Ref = Ref{Sheet: s.Name, Col: c + 1, Row: row}
			}
			r, out.rows[row-1] = grown, grown
		}
		c := &r[col-1]
		c.Text, c.Label, c.Value, c.Kind = v.String(), v.String(), v, Number
		c.Unit, c.Formula, c.Computed = "", "", false
	}
	for ref, v := range values {
		c := s.At(ref)
		if c != nil && c.Merged != nil {
			g := *c.Merged
			for row := g.FromRow; row <= g.ToRow; row++ {
				for col := g.FromCol; col <= g.ToCol; col++ {
					set(col, row, v)
				}
			}
			continue
		}
		set(ref.Col, ref.Row, v)
	}
	return &out
}
