package xlsx

// Sheet is one worksheet as cells.
type Sheet struct {
	Name string
	// Index is the sheet's place in the workbook, from 0.
	Index int
	rows  [][]Cell // rows[r-1][c-1]; a row is as long as its last cell
	merge []Range
}

// Rows is the number of the last row that holds a cell.
func (s *Sheet) Rows() int { return len(s.rows) }

// Cols is the number of the last column that holds a cell in any row.
func (s *Sheet) Cols() int {
	n := 0
	for _, r := range s.rows {
		n = max(n, len(r))
	}
	return n
}

// Cell returns the cell at col, row (from 1), or nil when it is empty and
// outside every merged range.
func (s *Sheet) Cell(col, row int) *Cell {
	if row < 1 || row > len(s.rows) || col < 1 || col > len(s.rows[row-1]) {
		return nil
	}
	c := &s.rows[row-1][col-1]
	if c.Kind == Empty && c.Merged == nil && c.Formula == "" {
		return nil
	}
	return c
}

// At returns the cell at ref on this sheet, or nil.
func (s *Sheet) At(ref Ref) *Cell { return s.Cell(ref.Col, ref.Row) }

// Row returns the cells of row r (from 1), empty ones included, as far as
// its last cell. The slice must not be modified.
func (s *Sheet) Row(r int) []Cell {
	if r < 1 || r > len(s.rows) {
		return nil
	}
	return s.rows[r-1]
}

// MergedRanges returns the sheet's merged ranges in the order of the file.
func (s *Sheet) MergedRanges() []Range { return s.merge }

// Find returns every non-empty cell, row by row, for which match is true.
// Inside a merged range only the top-left cell is offered.
func (s *Sheet) Find(match func(*Cell) bool) []*Cell {
	var out []*Cell
	for r := range s.rows {
		for c := range s.rows[r] {
			cell := &s.rows[r][c]
			if cell.Kind != Empty && cell.IsMergeOrigin() && match(cell) {
				out = append(out, cell)
			}
		}
	}
	return out
}

// FindLabel returns the first cell, row by row, whose normalised text is one
// of labels (themselves normalised), or nil.
func (s *Sheet) FindLabel(labels ...string) *Cell {
	for r := range s.rows {
		for c := range s.rows[r] {
			cell := &s.rows[r][c]
			if cell.Kind != Text || !cell.IsMergeOrigin() {
				continue
			}
			for _, l := range labels {
				if cell.Label == l {
					return cell
				}
			}
		}
	}
	return nil
}

// NextValue returns the first non-empty cell right of ref on its row that is
// not part of ref's own merged range, or nil.
func (s *Sheet) NextValue(ref Ref) *Cell {
	own := s.At(ref)
	row := s.Row(ref.Row)
	for c := ref.Col + 1; c <= len(row); c++ {
		cell := &row[c-1]
		if own != nil && own.Merged != nil && own.Merged.Contains(c, ref.Row) {
			continue
		}
		if cell.Kind != Empty || cell.Formula != "" {
			return cell
		}
	}
	return nil
}
