package xlsxwrite

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/xuri/excelize/v2"
)

// Book is a workbook to be written: sheets of text, number and formula
// cells with their styles, merged ranges, column widths, row heights and
// drop-down lists. It knows nothing of budgets; the templates of package
// template are built with it.
//
// The methods that add content record the first mistake they meet (a bad
// cell reference, a duplicate sheet) and WriteTo and Save report it, as
// bufio.Writer does. A Book is not safe for concurrent use; the same Book
// always gives the same bytes.
//
// Formula cells are written without a cached result, and the workbook asks
// Excel, WPS and LibreOffice to compute every formula when the file is
// opened (fullCalcOnLoad). A cached result such as 0 would be taken at its
// word by programs that read values without computing, jixiao among them:
// a template filled in by a program would then show totals of 0 beside
// its figures. Without one, jixiao computes the formulas itself and says so
// in an info finding (JX002).
type Book struct {
	sheets []*BookSheet
	err    error
}

// NewBook returns an empty Book.
func NewBook() *Book { return &Book{} }

// AddSheet adds a sheet at the end and returns it.
func (b *Book) AddSheet(name string) *BookSheet {
	s := &BookSheet{book: b, name: name, cells: map[[2]int]bookCell{}}
	for _, o := range b.sheets {
		if strings.EqualFold(o.name, name) {
			b.fail(fmt.Errorf("xlsx: duplicate sheet name %q", name))
		}
	}
	b.sheets = append(b.sheets, s)
	return s
}

// Sheet returns the sheet of that name, or nil.
func (b *Book) Sheet(name string) *BookSheet {
	for _, s := range b.sheets {
		if s.name == name {
			return s
		}
	}
	return nil
}

// Sheets returns the names of the sheets in order.
func (b *Book) Sheets() []string {
	names := make([]string, len(b.sheets))
	for i, s := range b.sheets {
		names[i] = s.name
	}
	return names
}

func (b *Book) fail(err error) {
	if b.err == nil {
		b.err = err
	}
}

// CellStyle is how a cell looks. The zero value is Excel's default: General
// number format, regular font, no border.
type CellStyle struct {
	// NumFmt is a number format code such as "#,##0.00", "0.00%" or "0.00";
	// "" is General.
	NumFmt string
	Bold   bool
	// Size is the font size in points; 0 keeps the default.
	Size float64
	// Wrap wraps long text within the cell's width.
	Wrap bool
	// Align is the horizontal alignment: "", "left", "center" or "right".
	// Text is always centred vertically.
	Align string
	// Border draws a thin border around the cell.
	Border bool
}

// BookSheet is one sheet of a Book. Cells are named in A1 form ("D16").
type BookSheet struct {
	book    *Book
	name    string
	cells   map[[2]int]bookCell // by {row, col}
	merges  [][2][2]int         // {{col1,row1},{col2,row2}}
	widths  map[int]float64
	heights map[int]float64
	choices []bookChoice
	// landscape and fitWide are the print settings of SetPrintLayout.
	landscape, fitWide bool
}

type bookKind uint8

const (
	bookBlank bookKind = iota
	bookText
	bookNumber
	bookFormula
)

type bookCell struct {
	kind  bookKind
	value string
	style CellStyle
}

type bookChoice struct {
	cell    string
	choices []string
}

// Name is the sheet's name.
func (s *BookSheet) Name() string { return s.name }

func (s *BookSheet) at(cell string) ([2]int, bool) {
	col, row, ok := xlsx.ParseA1(cell)
	if !ok || strings.Contains(cell, "$") {
		s.book.fail(fmt.Errorf("xlsx: sheet %q: %q is not a cell reference such as D16", s.name, cell))
		return [2]int{}, false
	}
	return [2]int{row, col}, true
}

func (s *BookSheet) set(cell string, kind bookKind, value string, style CellStyle) {
	if k, ok := s.at(cell); ok {
		s.cells[k] = bookCell{kind: kind, value: value, style: style}
	}
}

// SetText writes text; it stays text even when it reads as a number.
func (s *BookSheet) SetText(cell, text string, style CellStyle) {
	s.set(cell, bookText, text, style)
}

// SetNumber writes a number given as a decimal literal, such as "283.79" or
// "-1.5"; the literal is stored as written, never through a float.
func (s *BookSheet) SetNumber(cell, number string, style CellStyle) {
	if !isDecimalLiteral(number) {
		s.book.fail(fmt.Errorf("xlsx: sheet %q: %s: %q is not a decimal number", s.name, cell, number))
		return
	}
	s.set(cell, bookNumber, number, style)
}

// SetFormula writes a formula, with or without its leading "=", and no
// cached result (see Book).
func (s *BookSheet) SetFormula(cell, formula string, style CellStyle) {
	s.set(cell, bookFormula, strings.TrimPrefix(formula, "="), style)
}

// SetStyle styles a cell without giving it content, such as a blank cell to
// be filled in, framed by a border.
func (s *BookSheet) SetStyle(cell string, style CellStyle) {
	s.set(cell, bookBlank, "", style)
}

// Merge merges the range from the top-left cell to the bottom-right one,
// such as Merge("A1", "F1"). Cells of the range that were given no style
// take the top-left cell's, so that borders run around the whole range.
func (s *BookSheet) Merge(from, to string) {
	a, ok1 := s.at(from)
	b, ok2 := s.at(to)
	if !ok1 || !ok2 {
		return
	}
	if b[0] < a[0] || b[1] < a[1] {
		s.book.fail(fmt.Errorf("xlsx: sheet %q: merge %s:%s is not top-left to bottom-right", s.name, from, to))
		return
	}
	if a == b {
		return
	}
	s.merges = append(s.merges, [2][2]int{{a[1], a[0]}, {b[1], b[0]}})
}

// SetColWidth sets the width of a column ("A") in characters.
func (s *BookSheet) SetColWidth(col string, width float64) {
	c, _, ok := xlsx.ParseA1(col + "1")
	if !ok {
		s.book.fail(fmt.Errorf("xlsx: sheet %q: %q is not a column", s.name, col))
		return
	}
	if s.widths == nil {
		s.widths = map[int]float64{}
	}
	s.widths[c] = width
}

// SetRowHeight sets the height of a row (from 1) in points.
func (s *BookSheet) SetRowHeight(row int, height float64) {
	if row < 1 || row > xlsx.MaxRowNumber {
		s.book.fail(fmt.Errorf("xlsx: sheet %q: row %d", s.name, row))
		return
	}
	if s.heights == nil {
		s.heights = map[int]float64{}
	}
	s.heights[row] = height
}

// SetChoices offers a drop-down list of values for a cell, such as the
// grades 优, 良, 中, 差. Other values are still accepted.
func (s *BookSheet) SetChoices(cell string, choices ...string) {
	if _, ok := s.at(cell); ok {
		s.choices = append(s.choices, bookChoice{cell: cell, choices: choices})
	}
}

// SetPrintLayout sets how the sheet prints: landscape or portrait, and
// whether it is scaled to fit one page wide (as many pages tall as needed).
func (s *BookSheet) SetPrintLayout(landscape, fitOnePageWide bool) {
	s.landscape, s.fitWide = landscape, fitOnePageWide
}

// WriteTo writes the workbook as an .xlsx file to w.
func (b *Book) WriteTo(w io.Writer) (int64, error) {
	data, err := b.bytes()
	if err != nil {
		return 0, err
	}
	n, err := w.Write(data)
	return int64(n), err
}

// Save writes the workbook as an .xlsx file at path, through a temporary
// file in the same directory, so that a failure leaves path as it was.
func (b *Book) Save(path string) error {
	data, err := b.bytes()
	if err != nil {
		return err
	}
	return writeFileAtomic(path, data)
}

func (b *Book) bytes() (data []byte, err error) {
	if b.err != nil {
		return nil, b.err
	}
	if len(b.sheets) == 0 {
		return nil, fmt.Errorf("xlsx: the book has no sheet")
	}
	f := excelize.NewFile()
	defer f.Close()
	defer func() {
		if p := recover(); p != nil {
			data, err = nil, fmt.Errorf("xlsx: writing the book failed: %v", p)
		}
	}()
	styles := map[CellStyle]int{}
	for i, s := range b.sheets {
		if i == 0 {
			err = f.SetSheetName(f.GetSheetName(0), s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err != nil {
			return nil, fmt.Errorf("xlsx: sheet %q: %w", s.name, err)
		}
		if err := s.write(f, styles); err != nil {
			return nil, fmt.Errorf("xlsx: sheet %q: %w", s.name, err)
		}
	}
	full := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	f.SetActiveSheet(0)
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("xlsx: %w", err)
	}
	return buf.Bytes(), nil
}

func (s *BookSheet) write(f *excelize.File, styles map[CellStyle]int) error {
	cells := s.cells
	if len(s.merges) > 0 {
		// The other cells of a merged range take the top-left cell's style.
		cells = make(map[[2]int]bookCell, len(s.cells))
		for k, v := range s.cells {
			cells[k] = v
		}
		for _, m := range s.merges {
			top, ok := s.cells[[2]int{m[0][1], m[0][0]}]
			if !ok || top.style == (CellStyle{}) {
				continue
			}
			for row := m[0][1]; row <= m[1][1]; row++ {
				for col := m[0][0]; col <= m[1][0]; col++ {
					if _, ok := cells[[2]int{row, col}]; !ok {
						cells[[2]int{row, col}] = bookCell{style: top.style}
					}
				}
			}
		}
	}
	keys := make([][2]int, 0, len(cells))
	for k := range cells {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	for _, k := range keys {
		c := cells[k]
		ref := xlsx.Ref{Col: k[1], Row: k[0]}.A1()
		var err error
		switch c.kind {
		case bookText:
			err = f.SetCellStr(s.name, ref, c.value)
		case bookNumber:
			err = f.SetCellDefault(s.name, ref, c.value)
		case bookFormula:
			err = f.SetCellFormula(s.name, ref, c.value)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", ref, err)
		}
		if c.style == (CellStyle{}) {
			continue
		}
		id, ok := styles[c.style]
		if !ok {
			if id, err = f.NewStyle(excelStyle(c.style)); err != nil {
				return fmt.Errorf("%s: %w", ref, err)
			}
			styles[c.style] = id
		}
		if err := f.SetCellStyle(s.name, ref, ref, id); err != nil {
			return fmt.Errorf("%s: %w", ref, err)
		}
	}
	for _, m := range s.merges {
		from, to := xlsx.Ref{Col: m[0][0], Row: m[0][1]}.A1(), xlsx.Ref{Col: m[1][0], Row: m[1][1]}.A1()
		if err := f.MergeCell(s.name, from, to); err != nil {
			return fmt.Errorf("merge %s:%s: %w", from, to, err)
		}
	}
	for _, col := range sortedKeys(s.widths) {
		name := xlsx.ColumnName(col)
		if err := f.SetColWidth(s.name, name, name, s.widths[col]); err != nil {
			return err
		}
	}
	for _, row := range sortedKeys(s.heights) {
		if err := f.SetRowHeight(s.name, row, s.heights[row]); err != nil {
			return err
		}
	}
	if s.landscape || s.fitWide {
		orientation := "portrait"
		if s.landscape {
			orientation = "landscape"
		}
		pl := &excelize.PageLayoutOptions{Orientation: &orientation}
		if s.fitWide {
			wide, tall, fit := 1, 0, true
			pl.FitToWidth, pl.FitToHeight = &wide, &tall
			if err := f.SetSheetProps(s.name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
				return err
			}
		}
		if err := f.SetPageLayout(s.name, pl); err != nil {
			return err
		}
	}
	for _, ch := range s.choices {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = ch.cell
		if err := dv.SetDropList(ch.choices); err != nil {
			return fmt.Errorf("%s: %w", ch.cell, err)
		}
		dv.ShowErrorMessage = false
		if err := f.AddDataValidation(s.name, dv); err != nil {
			return fmt.Errorf("%s: %w", ch.cell, err)
		}
	}
	return nil
}

func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func excelStyle(cs CellStyle) *excelize.Style {
	st := &excelize.Style{Alignment: &excelize.Alignment{Horizontal: cs.Align, Vertical: "center", WrapText: cs.Wrap}}
	if cs.NumFmt != "" {
		nf := cs.NumFmt
		st.CustomNumFmt = &nf
	}
	if cs.Bold || cs.Size != 0 {
		st.Font = &excelize.Font{Bold: cs.Bold, Size: cs.Size}
	}
	if cs.Border {
		for _, side := range []string{"left", "right", "top", "bottom"} {
			st.Border = append(st.Border, excelize.Border{Type: side, Color: "000000", Style: 1})
		}
	}
	return st
}

// isDecimalLiteral reports whether s is an optional minus, digits and an
// optional fraction: "283.79", "0", "-1.5"; not "1e3", ".5", "1,000".
func isDecimalLiteral(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, dot := strings.Cut(s, ".")
	digits := func(t string) bool {
		return t != "" && strings.Trim(t, "0123456789") == ""
	}
	return digits(whole) && (!dot || digits(frac))
}

// SetCells writes to dst a copy of the workbook at src with some cells
// given new values, keeping each cell's style: values maps a cell in the
// form "Sheet!A1" (the sheet may be quoted, 'Sheet'!A1) to its new content.
// A decimal literal ("283.79", "-1.5") is stored as a number, "" empties the
// cell, anything else is stored as text; a formula the cell held is
// removed. As with WriteFile, src is never written (dst must not name it,
// ErrSameFile) and dst is replaced only once complete.
//
// It serves to fill in a template from a program, or to try a suggested fix.
func SetCells(src, dst string, values map[string]string) error {
	if err := checkOutput(dst, src); err != nil {
		return err
	}
	data, err := xlsx.ReadFile(src, xlsx.Options{})
	if err != nil {
		return err
	}
	pkg, err := xlsx.Plaintext(data, src, xlsx.Options{})
	if err != nil {
		return err
	}
	f, err := openForEdit(pkg, AnnotateOptions{})
	if err != nil {
		return err
	}
	defer f.Close()
	sheets := f.GetSheetList()
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		ref, ok := parseSheetRef(k)
		if !ok {
			return fmt.Errorf("xlsx: %q is not a cell such as Sheet!A1", k)
		}
		if !slices.Contains(sheets, ref.Sheet) {
			return fmt.Errorf("xlsx: %s: no sheet %q", k, ref.Sheet)
		}
		cell, v := ref.A1(), values[k]
		switch {
		case v == "":
			err = f.SetCellDefault(ref.Sheet, cell, "")
		case isDecimalLiteral(v):
			err = f.SetCellDefault(ref.Sheet, cell, v)
		default:
			err = f.SetCellStr(ref.Sheet, cell, v)
		}
		if err != nil {
			return fmt.Errorf("xlsx: %s: %w", k, err)
		}
	}
	out, err := saveEdited(f, "")
	if err != nil {
		return err
	}
	return writeFileAtomic(dst, out)
}

// parseSheetRef reads "Sheet!A1" or "'Sheet'!A1".
func parseSheetRef(s string) (xlsx.Ref, bool) {
	i := strings.LastIndexByte(s, '!')
	if i <= 0 {
		return xlsx.Ref{}, false
	}
	sheet, cell := s[:i], s[i+1:]
	if len(sheet) >= 2 && sheet[0] == '\'' && sheet[len(sheet)-1] == '\'' {
		sheet = strings.ReplaceAll(sheet[1:len(sheet)-1], "''", "'")
	}
	col, row, ok := xlsx.ParseA1(cell)
	if !ok || sheet == "" {
		return xlsx.Ref{}, false
	}
	return xlsx.Ref{Sheet: sheet, Col: col, Row: row}, true
}
