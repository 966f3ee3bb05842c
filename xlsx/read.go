package xlsx

import (
	"context"

	"github.com/xuri/excelize/v2"
)

// readSheet streams the rows of a sheet first (excelize's row iterator), then
// asks the sheet's DOM once for merged ranges, formulas and styles: calling
// DOM APIs before the iterator would make excelize serialise the sheet again.
func readSheet(ctx context.Context, f *excelize.File, name string, index int, opts Options, styles *styleCache) (*Sheet, error) {
	s := &Sheet{Name: name, Index: index}
	if err := streamRows(ctx, f, s, opts); err != nil {
		return nil, err
	}
	merges, err := f.GetMergeCells(name, true)
	if err != nil {
		return nil, err
	}
	if err := readFormulas(ctx, f, s, opts); err != nil {
		return nil, err
	}
	for r := range s.rows {
		for c := range s.rows[r] {
			cell := &s.rows[r][c]
			if cell.Text == "" && cell.Formula == "" {
				continue
			}
			places, percent, known := styles.format(name, cell.Ref.A1())
			classify(cell, places, percent, known)
		}
	}
	s.fillMerges(merges)
	s.trimTrailingRows()
	return s, nil
}

func streamRows(ctx context.Context, f *excelize.File, s *Sheet, opts Options) error {
	rows, err := f.Rows(s.Name)
	if err != nil {
		return err
	}
	defer rows.Close()
	cells := 0
	for n := 1; rows.Next(); n++ {
		if n > opts.maxRows() {
			return openErr("", ErrTooLarge, "sheet %q has more than %d rows", s.Name, opts.maxRows())
		}
		if n%512 == 0 {
			if err := ctx.Err(); err != nil {
				return &OpenError{Err: err}
			}
		}
		values, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		cells += len(values)
		if cells > opts.maxCells() {
			return openErr("", ErrTooLarge, "sheet %q has more than %d cells", s.Name, opts.maxCells())
		}
		row := make([]Cell, len(values))
		for c, v := range values {
			row[c] = Cell{Ref: Ref{Sheet: s.Name, Col: c + 1, Row: n}, Text: v}
		}
		s.rows = append(s.rows, row)
	}
	return rows.Error()
}

// readFormulas looks up the formula of every position of the sheet's extent:
// a formula whose cached value is missing reads as an empty cell in the row
// iterator, possibly beyond the row's last value.
func readFormulas(ctx context.Context, f *excelize.File, s *Sheet, opts Options) error {
	width := s.Cols()
	for r := 1; r <= len(s.rows); r++ {
		if r%512 == 0 {
			if err := ctx.Err(); err != nil {
				return &OpenError{Err: err}
			}
		}
		for c := 1; c <= width; c++ {
			ref := Ref{Sheet: s.Name, Col: c, Row: r}
			formula, err := f.GetCellFormula(s.Name, ref.A1())
			if err != nil || formula == "" {
				continue
			}
			cell := s.ensure(c, r)
			cell.Formula = formula
			if cell.Text == "" {
				value, err := f.CalcCellValue(s.Name, ref.A1(), excelize.Options{RawCellValue: true})
				if err != nil {
					value = "#CALC!"
				}
				cell.Text, cell.Computed = value, true
			}
		}
	}
	return nil
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
// the value of the range's top-left cell.
func (s *Sheet) fillMerges(merges []excelize.MergeCell) {
	width, height := s.Cols(), len(s.rows)
	s.merge = make([]Range, 0, len(merges))
	for _, m := range merges {
		g, ok := parseRange(s.Name, m.GetStartAxis(), m.GetEndAxis())
		if !ok || g.FromCol > width || g.FromRow > height {
			continue
		}
		g.ToCol, g.ToRow = min(g.ToCol, width), min(g.ToRow, height)
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

// styleCache remembers what each style index says about places.
type styleCache struct {
	f     *excelize.File
	byIdx map[int]styleFormat
}

type styleFormat struct {
	places         int32
	percent, known bool
}

func newStyleCache(f *excelize.File) *styleCache {
	return &styleCache{f: f, byIdx: make(map[int]styleFormat)}
}

func (sc *styleCache) format(sheet, cell string) (int32, bool, bool) {
	idx, err := sc.f.GetCellStyle(sheet, cell)
	if err != nil {
		return 0, false, false
	}
	if sf, ok := sc.byIdx[idx]; ok {
		return sf.places, sf.percent, sf.known
	}
	var sf styleFormat
	if st, err := sc.f.GetStyle(idx); err == nil && st != nil {
		code := builtinFormat(st.NumFmt)
		if st.CustomNumFmt != nil {
			code = *st.CustomNumFmt
		}
		sf.places, sf.percent, sf.known = formatPlaces(code)
	}
	sc.byIdx[idx] = sf
	return sf.places, sf.percent, sf.known
}
