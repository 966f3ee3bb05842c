package xlsx

// layout sizes the grid once, for the cells in sheet order and the merged
// ranges within the sheet's extent: each row as long as its last cell or
// the last merged range over it, all rows in one block. The cells merged
// ranges add count against the limit: a range over the whole sheet must not
// blow up a small file. The grid's cells come from scratch memory if sc is
// not nil.
func (s *Sheet) layout(raw *rawSheet, cells *int, maxCells int, sc *Scratch) error {
	s.merge = make([]Range, 0, len(raw.merges))
	if len(raw.cells) == 0 {
		return nil
	}
	height := raw.cells[len(raw.cells)-1].row
	widths := sc.takeWidths(height)
	width := 0
	for i := range raw.cells {
		c := &raw.cells[i]
		widths[c.row-1] = c.col // cells come in column order
		width = max(width, c.col)
	}
	for _, ref := range raw.merges {
		from, to, _ := cutRange(ref)
		g, ok := parseRange(s.Name, from, to)
		if !ok || g.FromCol > width || g.FromRow > height {
			continue
		}
		g.ToCol, g.ToRow = min(g.ToCol, width), min(g.ToRow, height)
		for r := g.FromRow; r <= g.ToRow; r++ {
			if grow := g.ToCol - widths[r-1]; grow > 0 {
				if *cells += grow; *cells > maxCells {
					return openErr("", ErrTooLarge, "sheet %q: merged ranges fill more than %d cells", s.Name, maxCells)
				}
				widths[r-1] = g.ToCol
			}
		}
		s.merge = append(s.merge, g)
	}
	total := 0
	for _, w := range widths {
		total += w
	}
	block := sc.takeCells(total)
	s.rows = sc.takeRows(height)
	for r, w := range widths {
		if w == 0 {
			continue
		}
		row := block[:w:w]
		block = block[w:]
		for c := range row {
			row[c].Ref = Ref{Sheet: s.Name, Col: c + 1, Row: r + 1}
		}
		s.rows[r] = row
	}
	return nil
}

// fillMerges gives every cell of a merged range the value of the range's
// top-left cell; layout made room for them.
func (s *Sheet) fillMerges() {
	for i := range s.merge {
		g := &s.merge[i]
		origin := s.rows[g.FromRow-1][g.FromCol-1]
		for r := g.FromRow; r <= g.ToRow; r++ {
			row := s.rows[r-1]
			for c := g.FromCol; c <= g.ToCol; c++ {
				cell := &row[c-1]
				if c != g.FromCol || r != g.FromRow {
					ref := cell.Ref
					*cell = origin
					cell.Ref, cell.Formula, cell.Computed = ref, "", false
				}
				cell.Merged = g
			}
		}
	}
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
