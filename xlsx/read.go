package xlsx

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

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
	if err := s.fillMerges(merges, opts.maxCells()); err != nil {
		return nil, err
	}
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

// readFormulas looks up the formula of every cell the row iterator gave: it
// gives every cell that has a formula, as an empty value when the file holds
// no cached result, so the rows as streamed (at most MaxCells cells) are
// enough; the sheet's whole extent (up to 16384 columns times MaxRows) is not.
func readFormulas(ctx context.Context, f *excelize.File, s *Sheet, opts Options) error {
	for r := 1; r <= len(s.rows); r++ {
		if r%512 == 0 {
			if err := ctx.Err(); err != nil {
				return &OpenError{Err: err}
			}
		}
		for c := 1; c <= len(s.rows[r-1]); c++ {
			ref := Ref{Sheet: s.Name, Col: c, Row: r}
			formula, err := f.GetCellFormula(s.Name, ref.A1())
			if err != nil || formula == "" {
				continue
			}
			cell := s.ensure(c, r)
			cell.Formula = formula
			if cell.Text == "" {
				value := "#CALC!"
				if computable(formula) {
					if v, err := f.CalcCellValue(s.Name, ref.A1(), excelize.Options{RawCellValue: true}); err == nil {
						value = v
					}
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
// the value of the range's top-left cell. Filling makes rows as long as the
// ranges they cross, so the grid, empty cells included, is held to maxCells:
// a range such as A1:XFD1048576 over a sheet with cells at XFD1 and A50000
// would otherwise need hundreds of millions of cells. excelize has already
// merged overlapping ranges, so the ranges are disjoint and filling them
// touches each cell of the grid once at most.
func (s *Sheet) fillMerges(merges []excelize.MergeCell, maxCells int) error {
	width, height := s.Cols(), len(s.rows)
	cells := 0
	for _, row := range s.rows {
		cells += len(row)
	}
	s.merge = make([]Range, 0, len(merges))
	for _, m := range merges {
		g, ok := parseRange(s.Name, m.GetStartAxis(), m.GetEndAxis())
		if !ok || g.FromCol > width || g.FromRow > height {
			continue
		}
		g.ToCol, g.ToRow = min(g.ToCol, width), min(g.ToRow, height)
		for r := g.FromRow; r <= g.ToRow; r++ {
			cells += max(0, g.ToCol-len(s.rows[r-1]))
		}
		if cells > maxCells {
			return openErr("", ErrTooLarge, "sheet %q: merged range %s needs more than %d cells", s.Name, m.GetStartAxis()+":"+m.GetEndAxis(), maxCells)
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

// maxFormulaLen is the longest formula jixiao computes itself; Excel's own
// limit is 8192 characters.
const maxFormulaLen = 8192

// computable reports whether jixiao may have excelize compute a formula the
// file holds no result for. Only arithmetic and the aggregate, rounding and
// logical functions of budget tables are computed: text functions and the &
// operator can build strings of gigabytes from a few bytes of formula
// (=REPT("x",1E9) takes a minute and 5 GB; thirty cells =B1&B1, =C1&C1, …
// double a string thirty times). Other formulas read as #CALC!.
func computable(formula string) bool {
	if len(formula) > maxFormulaLen {
		return false
	}
	for i := 0; i < len(formula); {
		switch c := formula[i]; {
		case c == '"' || c == '\'':
			// A string literal or a quoted sheet name; a doubled quote
			// stands for itself.
			i++
			for i < len(formula) {
				if formula[i] == c {
					if i+1 < len(formula) && formula[i+1] == c {
						i += 2
						continue
					}
					break
				}
				i++
			}
			i++
		case c == '&':
			return false
		case isNameByte(c):
			j := i
			for j < len(formula) && isNameByte(formula[j]) {
				j++
			}
			if j < len(formula) && formula[j] == '(' && !computableFunction(formula[i:j]) {
				return false
			}
			i = j
		default:
			i++
		}
	}
	return true
}

func isNameByte(c byte) bool {
	return c == '_' || c == '.' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
}

// computableFunction lists the functions computable allows: their results
// are numbers or truth values, whatever their arguments.
func computableFunction(name string) bool {
	name = strings.ToUpper(name)
	name = strings.TrimPrefix(name, "_XLFN.")
	switch name {
	case "SUM", "SUMIF", "SUMIFS", "SUMPRODUCT", "PRODUCT",
		"AVERAGE", "AVERAGEA", "AVERAGEIF", "AVERAGEIFS", "MEDIAN", "MIN", "MINA", "MAX", "MAXA",
		"COUNT", "COUNTA", "COUNTBLANK", "COUNTIF", "COUNTIFS",
		"ROUND", "ROUNDUP", "ROUNDDOWN", "INT", "TRUNC", "ABS", "SIGN", "MOD", "QUOTIENT", "CEILING", "FLOOR",
		"IF", "IFERROR", "IFNA", "AND", "OR", "NOT", "TRUE", "FALSE",
		"ISBLANK", "ISNUMBER", "ISTEXT", "ISERROR", "ISERR", "ISNA", "N", "VALUE":
		return true
	}
	return false
}

// partCheck checks one XML part of the package as it is inflated, before
// excelize sees it. excelize's row iterator ends silently where a worksheet's
// XML ends, its DOM takes a part with no element at all for an empty sheet,
// and its iterator puts cells that are out of order, or whose shared string
// does not exist, in the wrong column or nowhere: a damaged file would read
// as a shorter sheet, or with values moved. The check walks the part once,
// token by token, in bounded memory.
type partCheck struct {
	root string // the root element the part must have
	// For a worksheet: the last row and column seen, and the largest
	// shared-string index its cells use (-1 for none).
	row, col, maxSST int
	inRow, sstCell   bool
	// cells counts the cells of the rows up to each row's last <c>, as the
	// row iterator gives them; lookups estimates excelize's work to find
	// them again one by one (see maxLookups); merges counts <mergeCell>.
	cells, lookups, merges, widest int
	// For the shared-string table: the number of <si> items.
	strings int
}

// Limits on what excelize's per-cell lookups cost. jixiao asks excelize for
// the formula and the style of each cell it streamed; each such lookup scans
// the cell's row from its start and then every merged range of the sheet,
// and excelize merges overlapping ranges by comparing every pair. A file of
// one kilobyte with a value at XFD1 … XFD60 (16384 cells a row, a million in
// all, within MaxCells) thus took 40 s, and 20,000 one-row ranges 3 s, where
// real workbooks cost a thousandth of that. The counts are estimated from
// the XML before excelize reads it.
const (
	// maxLookups bounds Σ (row length²/2 + row length × merged ranges)
	// over a sheet: about a second of excelize's lookups.
	maxLookups = 300_000_000
	// maxMergedRanges bounds the merged ranges of a sheet.
	maxMergedRanges = 10_000
)

func newPartCheck(root string) *partCheck { return &partCheck{root: root, maxSST: -1} }

// run reads the part to its end and reports the first defect.
func (pc *partCheck) run(r io.Reader) error {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	var open []xml.Name
	rooted, inSSTValue := false, false
	var value []byte
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			switch {
			case !rooted:
				return fmt.Errorf("no <%s> element", pc.root)
			case len(open) > 0:
				return fmt.Errorf("XML ends inside <%s>", open[len(open)-1].Local)
			}
			if cost := pc.lookups + pc.cells*pc.merges; cost > maxLookups {
				return fmt.Errorf("%w: %d cells in rows up to %d wide and %d merged ranges would take excelize %d lookups, limit %d",
					ErrTooLarge, pc.cells, pc.widest, pc.merges, cost, maxLookups)
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case !rooted && t.Name.Local != pc.root:
				return fmt.Errorf("root element <%s>, want <%s>", t.Name.Local, pc.root)
			case !rooted:
				rooted = true
			case len(open) == 0:
				return errors.New("a second root element")
			}
			open = append(open, t.Name)
			if err := pc.start(t, len(open)); err != nil {
				return err
			}
			inSSTValue, value = pc.sstCell && t.Name.Local == "v", value[:0]
		case xml.EndElement:
			if len(open) == 0 || open[len(open)-1] != t.Name {
				return fmt.Errorf("</%s> out of place", t.Name.Local)
			}
			open = open[:len(open)-1]
			switch t.Name.Local {
			case "row":
				if pc.inRow && len(open) == 2 {
					pc.endRow()
				}
			case "c":
				pc.sstCell = false
			case "v":
				if inSSTValue {
					if err := pc.sstIndex(value); err != nil {
						return err
					}
					inSSTValue = false
				}
			}
		case xml.CharData:
			if inSSTValue && len(value) <= 32 {
				// Enough to tell an index from something too long to be
				// one, in bounded memory.
				value = append(value, t[:min(len(t), 33-len(value))]...)
			}
		}
	}
}

// start checks an element of a worksheet or counts one of the table.
func (pc *partCheck) start(t xml.StartElement, depth int) error {
	if pc.root == "sst" {
		if depth == 2 && t.Name.Local == "si" {
			pc.strings++
		}
		return nil
	}
	// worksheet (1) > sheetData (2) > row (3) > c (4), and
	// worksheet > mergeCells (2) > mergeCell (3); other elements of these
	// names, in extensions, are not cells.
	switch {
	case depth == 3 && t.Name.Local == "mergeCell":
		if pc.merges++; pc.merges > maxMergedRanges {
			return fmt.Errorf("%w: more than %d merged ranges", ErrTooLarge, maxMergedRanges)
		}
	case depth == 3 && t.Name.Local == "row":
		n := pc.row + 1
		if v := attrValue(t, "r"); v != "" { // an empty r is no r, for excelize too
			var err error
			if n, err = strconv.Atoi(v); err != nil || n < 1 || n > maxRowNumber {
				return fmt.Errorf("bad row number %q", v)
			}
			if n <= pc.row {
				return fmt.Errorf("row %d after row %d: rows out of order", n, pc.row)
			}
		}
		pc.row, pc.col, pc.inRow = n, 0, true
	case depth == 4 && t.Name.Local == "c" && pc.inRow:
		col := pc.col + 1
		if v := attrValue(t, "r"); v != "" {
			c, r, valid := ParseA1(strings.ToUpper(v))
			switch {
			case !valid:
				return fmt.Errorf("bad cell reference %q", v)
			case r != pc.row:
				return fmt.Errorf("cell %s in row %d", v, pc.row)
			case c <= pc.col:
				return fmt.Errorf("cell %s after column %s: cells out of order", v, ColumnName(pc.col))
			}
			col = c
		}
		if col > maxColNumber {
			return fmt.Errorf("cell past column %s in row %d", ColumnName(maxColNumber), pc.row)
		}
		pc.col = col
		pc.sstCell = attrValue(t, "t") == "s"
	}
	return nil
}

// endRow counts the row just read.
func (pc *partCheck) endRow() {
	pc.inRow = false
	pc.cells += pc.col
	pc.lookups += pc.col * pc.col / 2
	pc.widest = max(pc.widest, pc.col)
}

// sstIndex checks the value of a shared-string cell.
func (pc *partCheck) sstIndex(v []byte) error {
	text := strings.TrimSpace(string(v))
	if text == "" {
		return nil
	}
	i, err := strconv.Atoi(text)
	if err != nil || i < 0 {
		return fmt.Errorf("cell %s: bad shared-string index %q", Ref{Col: pc.col, Row: pc.row}.A1(), text)
	}
	pc.maxSST = max(pc.maxSST, i)
	return nil
}

func attrValue(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// checkFor returns the check for a part of the package, or nil: worksheets
// and the shared-string table, at the paths where excelize reads them.
func checkFor(name string) *partCheck {
	name = strings.ToLower(strings.ReplaceAll(name, "\\", "/"))
	if name == "xl/sharedstrings.xml" {
		return newPartCheck("sst")
	}
	rest, ok := strings.CutPrefix(name, "xl/worksheets/")
	if ok && strings.HasSuffix(rest, ".xml") && !strings.Contains(rest, "/") {
		return newPartCheck("worksheet")
	}
	return nil
}
