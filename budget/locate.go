package budget

import "github.com/jixiao-go/jixiao/xlsx"

// A table is located by its header labels (the measures) and its row labels
// (the lines). In a normal table the measures run across one header row and
// the lines down the rows below it; in a transposed table the measures run
// down one header column and the lines across the columns to its right.
type table[M, L comparable] struct {
	sheet      *xlsx.Sheet
	transposed bool
	measures   []labelAt[M] // Pos is a column, or a row when transposed
	lines      []labelAt[L] // Pos is a row, or a column when transposed
}

// labelAt is a recognised label and the row or column it names.
type labelAt[K comparable] struct {
	Key   K
	Label *xlsx.Cell
	Pos   int
}

// tableSpec says how to recognise a table's labels.
type tableSpec[M, L comparable] struct {
	measure func(string) (M, bool)
	line    func(string) (L, bool)
	// header accepts a set of measures found on one row (or column) as the
	// table's header. It is asked only of rows and columns with labels of
	// at least minHeaderMeasures measures.
	header func(map[M]bool) bool
	// after is the row (or column) the search starts after: a table whose
	// header lies at or before it is not considered.
	after int
	// repeatable, if not nil, says which measures count every time they
	// are found on the header (two columns of one class); the others count
	// once, at their first label.
	repeatable func(M) bool
}

// minHeaderMeasures is the fewest measures a header names: a row or column
// with fewer is not offered to tableSpec.header.
const minHeaderMeasures = 2

// maxLineGap is how many unrecognised rows may stand between the header and
// the first line (a units row, a sub-header) before the search gives up.
const maxLineGap = 2

// locate finds the first table on the sheet that fits spec: a header row
// read top to bottom, else a header column read left to right.
func locate[M, L comparable](s *xlsx.Sheet, spec tableSpec[M, L]) (*table[M, L], bool) {
	byRow := map[int][]labelAt[M]{}
	byCol := map[int][]labelAt[M]{}
	for r := 1; r <= s.Rows(); r++ {
		row := s.Row(r)
		for i := range row {
			c := &row[i]
			if c.Kind != xlsx.Text || !c.IsMergeOrigin() {
				continue
			}
			if k, ok := spec.measure(c.Label); ok {
				byRow[c.Ref.Row] = append(byRow[c.Ref.Row], labelAt[M]{Key: k, Label: c, Pos: c.Ref.Col})
				byCol[c.Ref.Col] = append(byCol[c.Ref.Col], labelAt[M]{Key: k, Label: c, Pos: c.Ref.Row})
			}
		}
	}
	for r := spec.after + 1; r <= s.Rows(); r++ {
		if len(byRow[r]) < minHeaderMeasures {
			continue
		}
		if ms := distinct(byRow[r], spec.repeatable); spec.header(keySet(ms)) {
			t := &table[M, L]{sheet: s, measures: ms}
			t.lines = findLines(s, spec, ms, r, false)
			if len(t.lines) > 0 {
				return t, true
			}
		}
	}
	for c := 1; c <= s.Cols(); c++ {
		if len(byCol[c]) < minHeaderMeasures {
			continue
		}
		ms := distinct(byCol[c], spec.repeatable)
		if len(ms) == 0 || ms[0].Label.Ref.Row <= spec.after || !spec.header(keySet(ms)) {
			continue
		}
		t := &table[M, L]{sheet: s, transposed: true, measures: ms}
		t.lines = findLines(s, spec, ms, c, true)
		if len(t.lines) > 0 {
			return t, true
		}
	}
	return nil, false
}

// findLines reads the line labels after the header at pos: rows below it, or
// columns right of it when transposed. A line's label is the nearest
// recognised label before the first measure. The block goes on past rows it
// does not know as long as they hold figures under its measures (a sub-line
// such as 其中：人员经费) and past up to maxLineGap rows without any (a
// spacer row); it ends at the next header of measures, or after more than
// maxLineGap rows without a line or a figure.
func findLines[M, L comparable](s *xlsx.Sheet, spec tableSpec[M, L], ms []labelAt[M], pos int, transposed bool) []labelAt[L] {
	first := ms[0].Pos
	for _, m := range ms {
		first = min(first, m.Pos)
	}
	limit := s.Rows()
	if transposed {
		limit = s.Cols()
	}
	var lines []labelAt[L]
	gap := 0
	for p := pos + 1; p <= limit; p++ {
		if l, ok := lineLabel(s, spec, p, first, transposed); ok {
			lines, gap = append(lines, l), 0
			continue
		}
		if len(lines) > 0 {
			switch {
			case measuresAt(s, spec, p, transposed) >= minHeaderMeasures:
				return lines // the header of the next block
			case holdsFigures(s, ms, p, transposed):
				gap = 0 // a line jixiao does not know, such as a sub-line
				continue
			case !isBlank(s, p, transposed):
				return lines // a title or the header of another block
			}
		}
		if gap++; gap > maxLineGap {
			break
		}
	}
	return lines
}

// holdsFigures reports whether row (or column) p holds a number under one
// of the measures.
func holdsFigures[M comparable](s *xlsx.Sheet, ms []labelAt[M], p int, transposed bool) bool {
	for _, m := range ms {
		col, row := m.Pos, p
		if transposed {
			col, row = p, m.Pos
		}
		if s.Cell(col, row).IsNumber() {
			return true
		}
	}
	return false
}

// isBlank reports whether row (or column) p holds nothing.
func isBlank(s *xlsx.Sheet, p int, transposed bool) bool {
	limit := s.Cols()
	if transposed {
		limit = s.Rows()
	}
	for q := 1; q <= limit; q++ {
		col, row := q, p
		if transposed {
			col, row = p, q
		}
		if !s.Cell(col, row).IsBlank() {
			return false
		}
	}
	return true
}

// measuresAt counts the measure labels on row (or column) p.
func measuresAt[M, L comparable](s *xlsx.Sheet, spec tableSpec[M, L], p int, transposed bool) int {
	n := 0
	limit := s.Cols()
	if transposed {
		limit = s.Rows()
	}
	for q := 1; q <= limit; q++ {
		col, row := q, p
		if transposed {
			col, row = p, q
		}
		if c := s.Cell(col, row); c != nil && c.Kind == xlsx.Text {
			if _, ok := spec.measure(c.Label); ok {
				n++
			}
		}
	}
	return n
}

func lineLabel[M, L comparable](s *xlsx.Sheet, spec tableSpec[M, L], p, first int, transposed bool) (labelAt[L], bool) {
	for q := first - 1; q >= 1; q-- {
		col, row := q, p
		if transposed {
			col, row = p, q
		}
		c := s.Cell(col, row)
		if c == nil || c.Kind != xlsx.Text {
			continue
		}
		if k, ok := spec.line(c.Label); ok {
			return labelAt[L]{Key: k, Label: c, Pos: p}, true
		}
	}
	return labelAt[L]{}, false
}

// ref is the cell of a line under a measure.
func (t *table[M, L]) ref(line, measure int) xlsx.Ref {
	if t.transposed {
		return xlsx.Ref{Sheet: t.sheet.Name, Col: line, Row: measure}
	}
	return xlsx.Ref{Sheet: t.sheet.Name, Col: measure, Row: line}
}

// distinct keeps the first label of each key, in sheet order, and every
// label of a repeatable key.
func distinct[K comparable](ls []labelAt[K], repeatable func(K) bool) []labelAt[K] {
	seen := map[K]bool{}
	out := ls[:0:0]
	for _, l := range ls {
		if !seen[l.Key] || repeatable != nil && repeatable(l.Key) {
			seen[l.Key] = true
			out = append(out, l)
		}
	}
	return out
}

func keySet[K comparable](ls []labelAt[K]) map[K]bool {
	m := make(map[K]bool, len(ls))
	for _, l := range ls {
		m[l.Key] = true
	}
	return m
}
