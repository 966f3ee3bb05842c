package xlsx

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// rawCell is a <c> element of a worksheet as stored.
type rawCell struct {
	col, row  int
	typ       string // the t attribute: "", "n", "s", "str", "inlineStr", "b", "e", "d"
	value     string // <v>, or the text of <is>; "" for a shared string
	formula   string
	style     int32
	sst       int32 // the shared string's index, when typ is "s" and hasValue
	si        int32 // the shared formula's index, when ftype is formulaShared
	ftype     formulaType
	sharedRef bool // a shared formula's master: it has a ref attribute
	hasValue  bool
	isFormula bool
}

// formulaType is the t attribute of a formula.
type formulaType uint8

const (
	formulaNormal formulaType = iota
	formulaShared
	formulaArray // an array formula, or a data table: not computed
)

// rawSheet is a worksheet part as scanned: its cells in order and its
// merged-range references.
type rawSheet struct {
	cells  []rawCell
	merges []string
	maxSST int  // the largest shared-string index a cell uses, or -1
	shared bool // a cell holds a shared formula
}

// Limits of one worksheet part that are not options.
const (
	// maxMergedRanges bounds the merged ranges of a sheet.
	maxMergedRanges = 10_000
	// maxCellText bounds the text of one value or formula, in bytes: four
	// times Excel's own limit of 32,767 characters.
	maxCellText = 4 * 32767
)

// sheetScan reads one worksheet part in a single pass of the XML tokens,
// checking its structure as it goes: a truncated or damaged part, rows or
// cells repeated, a cell outside its row, a column past XFD or a bad
// shared-string index is an error, never a shorter or shifted sheet. Cells
// and rows out of order are read by their references, sorted at the end. It
// counts cells against the limits as it goes.
type sheetScan struct {
	ctx   context.Context
	opts  Options
	cells *int // cells of the workbook so far, rows counted to their last cell
	out   rawSheet

	row, col int
	rows     int // rows read, for checking the context now and then
	inRow    bool
	cur      *rawCell // the open cell: &cell, or nil
	cell     rawCell
	text     *string // where character data goes, if anywhere
	// sstText gathers the <v> of a shared-string cell, read as a number
	// when the cell ends rather than kept as a string.
	sstText []byte
	inSST   bool
	scratch *Scratch // memory to reuse, or nil

	maxRow    int          // the largest row number so far
	rowMax    int          // the last column of the current row that holds something
	unordered bool         // cells or rows came out of order: sort them at the end
	rowsSeen  map[int]bool // once rows come out of order, the rows seen
	badMerges problems     // merged ranges that name no range
	badSST    problems     // cells whose shared-string index is not a number
}

// problems gathers what is wrong in several places, to name the first few.
type problems struct {
	first []string
	n     int
}

// maxNamed is how many offending cells or ranges an error names.
const maxNamed = 5

func (p *problems) add(what string) {
	if p.n++; len(p.first) < maxNamed {
		p.first = append(p.first, what)
	}
}

// String lists the first few, then how many more there are: "A1, B2 and 3
// more".
func (p problems) String() string {
	s := strings.Join(p.first, ", ")
	if more := p.n - len(p.first); more > 0 {
		s += " and " + strconv.Itoa(more) + " more"
	}
	return s
}

func newSheetScan(ctx context.Context, opts Options, cells *int) *sheetScan {
	return &sheetScan{ctx: ctx, opts: opts, cells: cells, out: rawSheet{maxSST: -1}}
}

// run reads the part, held whole in data, into scratch memory if s is not
// nil.
func (sc *sheetScan) run(data []byte, s *Scratch) error {
	// Every cell but the rare one without attributes opens with "<c ":
	// counting them sizes the slice once (styled empty cells, which are
	// dropped, make it a little too long).
	sc.scratch = s
	cells, slot := s.rawCells(bytes.Count(data, []byte(cellOpening)))
	sc.out.cells = cells
	defer func() { s.keepRaw(slot, sc.out.cells) }()
	err := walkXML(data, "worksheet", xmlHandler{
		start: sc.start,
		end:   func(z *xmlTokenizer, depth int) error { return sc.end(string(z.local), depth) },
		text:  sc.onText,
	})
	switch {
	case err != nil:
		return err
	case sc.badMerges.n > 0:
		return fmt.Errorf("%d bad merged ranges: %s", sc.badMerges.n, sc.badMerges)
	case sc.badSST.n > 0:
		return fmt.Errorf("%d cells with a bad shared-string index: %s", sc.badSST.n, sc.badSST)
	case sc.unordered:
		return sc.sortCells()
	}
	return nil
}

// sortCells puts cells that came out of order in row and column order, as
// LibreOffice, openpyxl and excelize read them by their references; a cell
// given twice is an error.
func (sc *sheetScan) sortCells() error {
	cells := sc.out.cells
	slices.SortStableFunc(cells, func(a, b rawCell) int {
		if a.row != b.row {
			return a.row - b.row
		}
		return a.col - b.col
	})
	var dup problems
	for i := 1; i < len(cells); i++ {
		if cells[i].row == cells[i-1].row && cells[i].col == cells[i-1].col {
			dup.add(Ref{Col: cells[i].col, Row: cells[i].row}.A1())
		}
	}
	if dup.n > 0 {
		return fmt.Errorf("cells given twice: %s", dup)
	}
	return nil
}

// onText keeps the character data of the value, formula or inline string
// being read, if any.
func (sc *sheetScan) onText(z *xmlTokenizer) error {
	switch {
	case sc.inSST:
		if t := z.textBytes(); len(sc.sstText)+len(t) <= maxCellText {
			sc.sstText = append(sc.sstText, t...)
		}
	case sc.text != nil:
		t := z.textBytes()
		if len(*sc.text)+len(t) > maxCellText {
			return fmt.Errorf("%w: cell %s holds more than %d bytes", ErrTooLarge, Ref{Col: sc.col, Row: sc.row}.A1(), maxCellText)
		}
		if *sc.text == "" {
			*sc.text = sc.scratch.text(t)
		} else {
			*sc.text += string(t)
		}
	}
	return nil
}

// cellOpening starts a cell element with attributes.
const cellOpening = "<c "

// start handles an element at depth: worksheet (1) > sheetData (2) > row
// (3) > c (4) > v, f, is (5); worksheet > mergeCells (2) > mergeCell (3).
// Elements of these names elsewhere, in extensions, are not cells.
func (sc *sheetScan) start(z *xmlTokenizer, depth int) error {
	local := z.local
	switch {
	case depth == 3 && string(local) == "mergeCell":
		if len(sc.out.merges) >= maxMergedRanges {
			return fmt.Errorf("%w: more than %d merged ranges", ErrTooLarge, maxMergedRanges)
		}
		ref := z.attrString("ref")
		from, to, _ := cutRange(ref)
		if _, ok := parseRange("", from, to); !ok {
			sc.badMerges.add(strconv.Quote(cut(ref)))
			return nil
		}
		sc.out.merges = append(sc.out.merges, ref)
	case depth == 3 && string(local) == "row":
		return sc.startRow(z)
	case depth == 4 && string(local) == "c" && sc.inRow:
		return sc.startCell(z)
	case depth == 5 && sc.cur != nil:
		switch string(local) {
		case "v":
			sc.cur.hasValue, sc.text = true, &sc.cur.value
			if sc.cur.typ == "s" {
				sc.text, sc.inSST, sc.sstText = nil, true, sc.sstText[:0]
			}
		case "f":
			sc.cur.isFormula, sc.text = true, &sc.cur.formula
			sc.formulaAttrs(z)
		}
	case depth >= 6 && sc.cur != nil && sc.cur.typ == "inlineStr" && string(local) == "t":
		// <is><t> or <is><r><t>; phonetic runs (<rPh>) are not text.
		sc.cur.hasValue, sc.text = true, &sc.cur.value
	}
	return nil
}

// formulaAttrs reads the t, si and ref attributes of a formula.
func (sc *sheetScan) formulaAttrs(z *xmlTokenizer) {
	switch string(z.attrBytes("t")) {
	case "shared":
		si, ok := parseIndex(z.attrBytes("si"))
		if !ok {
			return // no index: a formula of its own
		}
		sc.cur.ftype, sc.cur.si, sc.out.shared = formulaShared, int32(si), true
		sc.cur.sharedRef = len(z.attrBytes("ref")) > 0
	case "array", "dataTable":
		sc.cur.ftype = formulaArray
	}
}

func (sc *sheetScan) startRow(z *xmlTokenizer) error {
	n := sc.row + 1
	if v := z.attrBytes("r"); len(v) > 0 { // an empty r is no r
		var err error
		if n, err = strconv.Atoi(string(v)); err != nil || n < 1 || n > maxRowNumber {
			return fmt.Errorf("bad row number %q", v)
		}
	}
	if n > sc.opts.maxRows() {
		return fmt.Errorf("%w: row %d, limit %d rows", ErrTooLarge, n, sc.opts.maxRows())
	}
	if n <= sc.maxRow && sc.rowsSeen == nil {
		// Rows out of order: read by their numbers, which must not repeat.
		sc.unordered, sc.rowsSeen = true, map[int]bool{}
		for i := range sc.out.cells {
			sc.rowsSeen[sc.out.cells[i].row] = true
		}
	}
	if sc.rowsSeen != nil {
		if sc.rowsSeen[n] {
			return fmt.Errorf("row %d given twice", n)
		}
		sc.rowsSeen[n] = true
	}
	sc.row, sc.col, sc.inRow, sc.rowMax = n, 0, true, 0
	sc.maxRow = max(sc.maxRow, n)
	if sc.rows++; sc.rows%64 == 0 {
		if err := sc.ctx.Err(); err != nil {
			return &OpenError{Err: err}
		}
	}
	return nil
}

func (sc *sheetScan) startCell(z *xmlTokenizer) error {
	col := sc.col + 1
	if v := z.attrBytes("r"); len(v) > 0 {
		c, r, valid := ParseA1(strings.ToUpper(string(v)))
		switch {
		case !valid:
			return fmt.Errorf("bad cell reference %q", v)
		case r != sc.row:
			return fmt.Errorf("cell %s in row %d", v, sc.row)
		case c <= sc.col:
			sc.unordered = true // read by its reference; a repeated cell is found by sortCells
		}
		col = c
	}
	if col > maxColNumber {
		return fmt.Errorf("cell past column %s in row %d", ColumnName(maxColNumber), sc.row)
	}
	style := 0
	if v := z.attrBytes("s"); len(v) > 0 {
		n, err := strconv.Atoi(string(v))
		if err != nil || n > maxStyleIndex {
			return fmt.Errorf("cell %s: bad style index %q", Ref{Col: col, Row: sc.row}.A1(), cut(string(v)))
		}
		style = max(n, -1) // a negative index names no style: General

	}
	sc.col = col
	sc.cell = rawCell{col: col, row: sc.row, style: int32(style), typ: cellType(z)}
	sc.cur = &sc.cell
	return nil
}

// maxStyleIndex is far above any real style count (Excel allows 64,000).
const maxStyleIndex = 1 << 20

func (sc *sheetScan) end(name string, depth int) error {
	switch {
	case name == "row" && depth == 2 && sc.inRow:
		sc.inRow = false
		*sc.cells += sc.rowMax
		if *sc.cells > sc.opts.maxCells() {
			return fmt.Errorf("%w: more than %d cells", ErrTooLarge, sc.opts.maxCells())
		}
	case name == "c" && depth == 3 && sc.cur != nil:
		c := sc.cur
		sc.cur, sc.text = nil, nil
		if !c.hasValue && !c.isFormula {
			return nil // a styled empty cell holds nothing
		}
		if c.typ == "s" && c.hasValue {
			i, ok := parseIndex(sc.sstText)
			if !ok {
				sc.badSST.add(Ref{Col: c.col, Row: c.row}.A1() + " " + strconv.Quote(cut(string(sc.sstText))))
				return nil
			}
			c.sst = int32(i)
			sc.out.maxSST = max(sc.out.maxSST, i)
		}
		sc.out.cells = append(sc.out.cells, *c)
		sc.rowMax = max(sc.rowMax, c.col)
	case depth >= 4:
		sc.text, sc.inSST = nil, false // the end of <v>, <f>, <t>
	}
	return nil
}

// parseIndex reads a shared-string index, white space around it allowed.
func parseIndex(b []byte) (int, bool) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || len(b) > 9 {
		// Rare: let strconv judge signs and long runs of digits.
		i, err := strconv.Atoi(string(b))
		return i, err == nil && i >= 0 && i <= math.MaxInt32
	}
	i := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			i, err := strconv.Atoi(string(b))
			return i, err == nil && i >= 0
		}
		i = i*10 + int(c-'0')
	}
	return i, true
}

func cut(s string) string {
	if len(s) > 32 {
		return s[:32] + "…"
	}
	return s
}

// cellType is the t attribute of a cell, without allocating for the usual
// types.
func cellType(z *xmlTokenizer) string {
	v, ok := z.attr("t")
	if !ok {
		return ""
	}
	v = z.decode(v, false)
	for _, t := range [...]string{"s", "n", "str", "inlineStr", "b", "e", "d"} {
		if string(v) == t {
			return t
		}
	}
	return string(v)
}

// scanSharedStrings reads the shared-string table: each <si> is its <t>, or
// the concatenation of its runs' <t>, without phonetic runs (<rPh>).
func scanSharedStrings(ctx context.Context, data []byte, out []string, s *Scratch) ([]string, error) {
	var cur []byte // the text of the current <si>
	inSI, inT, inPh := false, false, 0
	err := walkXML(data, "sst", xmlHandler{
		start: func(z *xmlTokenizer, depth int) error {
			switch string(z.local) {
			case "si":
				inSI = depth == 2
				cur = cur[:0]
				if len(out)%4096 == 4095 {
					if err := ctx.Err(); err != nil {
						return &OpenError{Err: err}
					}
				}
			case "rPh":
				inPh++
			case "t":
				inT = inSI && inPh == 0
			}
			return nil
		},
		end: func(z *xmlTokenizer, depth int) error {
			switch string(z.local) {
			case "si":
				if inSI && depth == 1 {
					out = append(out, s.text(cur))
					inSI = false
				}
			case "rPh":
				inPh--
			case "t":
				inT = false
			}
			return nil
		},
		text: func(z *xmlTokenizer) error {
			if inT {
				t := z.textBytes()
				if len(cur)+len(t) > maxCellText {
					return fmt.Errorf("%w: a shared string of more than %d bytes", ErrTooLarge, maxCellText)
				}
				cur = append(cur, t...)
			}
			return nil
		},
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
