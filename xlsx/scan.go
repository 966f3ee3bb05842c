package xlsx

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// rawCell is a <c> element of a worksheet as stored.
type rawCell struct {
	col, row  int
	style     int
	typ       string // the t attribute: "", "n", "s", "str", "inlineStr", "b", "e", "d"
	value     string // <v>, or the text of <is>
	formula   string
	hasValue  bool
	isFormula bool
}

// rawSheet is a worksheet part as scanned: its cells in order and its
// merged-range references.
type rawSheet struct {
	cells  []rawCell
	merges []string
	maxSST int // the largest shared-string index a cell uses, or -1
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
// cells out of order or repeated, a cell outside its row, a column past XFD
// or a bad shared-string index is an error, never a shorter or shifted
// sheet. It counts cells against the limits as it goes.
type sheetScan struct {
	ctx   context.Context
	opts  Options
	cells *int // cells of the workbook so far, rows counted to their last cell
	out   rawSheet

	row, col int
	rows     int // rows read, for checking the context now and then
	inRow    bool
	cur      *rawCell
	text     *string // where character data goes, if anywhere
}

func newSheetScan(ctx context.Context, opts Options, cells *int) *sheetScan {
	return &sheetScan{ctx: ctx, opts: opts, cells: cells, out: rawSheet{maxSST: -1}}
}

// run reads the part from r to its end.
func (sc *sheetScan) run(r io.Reader) error {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	var open []xml.Name
	rooted := false
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			switch {
			case !rooted:
				return errors.New("no <worksheet> element")
			case len(open) > 0:
				return fmt.Errorf("XML ends inside <%s>", open[len(open)-1].Local)
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case !rooted && t.Name.Local != "worksheet":
				return fmt.Errorf("root element <%s>, want <worksheet>", t.Name.Local)
			case !rooted:
				rooted = true
			case len(open) == 0:
				return errors.New("a second root element")
			}
			open = append(open, t.Name)
			if err := sc.start(t, len(open)); err != nil {
				return err
			}
		case xml.EndElement:
			if len(open) == 0 || open[len(open)-1] != t.Name {
				return fmt.Errorf("</%s> out of place", t.Name.Local)
			}
			open = open[:len(open)-1]
			if err := sc.end(t.Name.Local, len(open)); err != nil {
				return err
			}
		case xml.CharData:
			if sc.text != nil {
				if len(*sc.text)+len(t) > maxCellText {
					return fmt.Errorf("%w: cell %s holds more than %d bytes", ErrTooLarge, Ref{Col: sc.col, Row: sc.row}.A1(), maxCellText)
				}
				*sc.text += string(t)
			}
		}
	}
}

// start handles an element at depth: worksheet (1) > sheetData (2) > row
// (3) > c (4) > v, f, is (5); worksheet > mergeCells (2) > mergeCell (3).
// Elements of these names elsewhere, in extensions, are not cells.
func (sc *sheetScan) start(t xml.StartElement, depth int) error {
	switch {
	case depth == 3 && t.Name.Local == "mergeCell":
		if len(sc.out.merges) >= maxMergedRanges {
			return fmt.Errorf("%w: more than %d merged ranges", ErrTooLarge, maxMergedRanges)
		}
		ref := attrValue(t, "ref")
		from, to, _ := cutRange(ref)
		if _, ok := parseRange("", from, to); !ok {
			return fmt.Errorf("bad merged range %q", cut(ref))
		}
		sc.out.merges = append(sc.out.merges, ref)
	case depth == 3 && t.Name.Local == "row":
		return sc.startRow(t)
	case depth == 4 && t.Name.Local == "c" && sc.inRow:
		return sc.startCell(t)
	case depth == 5 && sc.cur != nil:
		switch t.Name.Local {
		case "v":
			sc.cur.hasValue, sc.text = true, &sc.cur.value
		case "f":
			sc.cur.isFormula, sc.text = true, &sc.cur.formula
		}
	case depth >= 6 && sc.cur != nil && sc.cur.typ == "inlineStr" && t.Name.Local == "t":
		// <is><t> or <is><r><t>; phonetic runs (<rPh>) are not text.
		sc.cur.hasValue, sc.text = true, &sc.cur.value
	}
	return nil
}

func (sc *sheetScan) startRow(t xml.StartElement) error {
	n := sc.row + 1
	if v := attrValue(t, "r"); v != "" { // an empty r is no r
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 || n > maxRowNumber {
			return fmt.Errorf("bad row number %q", v)
		}
		if n <= sc.row {
			return fmt.Errorf("row %d after row %d: rows out of order", n, sc.row)
		}
	}
	if n > sc.opts.maxRows() {
		return fmt.Errorf("%w: row %d, limit %d rows", ErrTooLarge, n, sc.opts.maxRows())
	}
	sc.row, sc.col, sc.inRow = n, 0, true
	if sc.rows++; sc.rows%512 == 0 {
		if err := sc.ctx.Err(); err != nil {
			return &OpenError{Err: err}
		}
	}
	return nil
}

func (sc *sheetScan) startCell(t xml.StartElement) error {
	col := sc.col + 1
	if v := attrValue(t, "r"); v != "" {
		c, r, valid := ParseA1(strings.ToUpper(v))
		switch {
		case !valid:
			return fmt.Errorf("bad cell reference %q", v)
		case r != sc.row:
			return fmt.Errorf("cell %s in row %d", v, sc.row)
		case c <= sc.col:
			return fmt.Errorf("cell %s after column %s: cells out of order", v, ColumnName(sc.col))
		}
		col = c
	}
	if col > maxColNumber {
		return fmt.Errorf("cell past column %s in row %d", ColumnName(maxColNumber), sc.row)
	}
	style := 0
	if v := attrValue(t, "s"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n > maxStyleIndex {
			return fmt.Errorf("cell %s: bad style index %q", Ref{Col: col, Row: sc.row}.A1(), cut(v))
		}
		style = max(n, -1) // a negative index names no style: General

	}
	sc.col = col
	sc.cur = &rawCell{col: col, row: sc.row, style: style, typ: attrValue(t, "t")}
	return nil
}

// maxStyleIndex is far above any real style count (Excel allows 64,000).
const maxStyleIndex = 1 << 20

func (sc *sheetScan) end(name string, depth int) error {
	switch {
	case name == "row" && depth == 2 && sc.inRow:
		sc.inRow = false
		*sc.cells += sc.lastCol()
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
			i, err := strconv.Atoi(strings.TrimSpace(c.value))
			if err != nil || i < 0 {
				return fmt.Errorf("cell %s: bad shared-string index %q", Ref{Col: c.col, Row: c.row}.A1(), cut(c.value))
			}
			sc.out.maxSST = max(sc.out.maxSST, i)
		}
		sc.out.cells = append(sc.out.cells, *c)
	case depth >= 4:
		sc.text = nil // the end of <v>, <f>, <t>
	}
	return nil
}

// lastCol is the last column of the current row that holds something.
func (sc *sheetScan) lastCol() int {
	if n := len(sc.out.cells); n > 0 && sc.out.cells[n-1].row == sc.row {
		return sc.out.cells[n-1].col
	}
	return 0
}

func cut(s string) string {
	if len(s) > 32 {
		return s[:32] + "…"
	}
	return s
}

func attrValue(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// scanSharedStrings reads the shared-string table: each <si> is its <t>, or
// the concatenation of its runs' <t>, without phonetic runs (<rPh>).
func scanSharedStrings(r io.Reader) ([]string, error) {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	var out []string
	var cur strings.Builder
	depth, inSI, inT, inPh, rooted := 0, false, false, 0, false
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			if !rooted || depth != 0 {
				return nil, errors.New("shared strings: XML ends early")
			}
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 {
				if t.Name.Local != "sst" {
					return nil, fmt.Errorf("shared strings: root element <%s>", t.Name.Local)
				}
				rooted = true
			}
			switch t.Name.Local {
			case "si":
				inSI = depth == 2
				cur.Reset()
			case "rPh":
				inPh++
			case "t":
				inT = inSI && inPh == 0
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "si":
				if inSI && depth == 1 {
					out = append(out, cur.String())
					inSI = false
				}
			case "rPh":
				inPh--
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				if cur.Len()+len(t) > maxCellText {
					return nil, fmt.Errorf("%w: a shared string of more than %d bytes", ErrTooLarge, maxCellText)
				}
				cur.Write(t)
			}
		}
	}
}

// xmlBytes is a small helper for parts read whole.
func xmlDecode(data []byte, v any) error { return xml.NewDecoder(bytes.NewReader(data)).Decode(v) }
