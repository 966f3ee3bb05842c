package testgen

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// Number formats of the roles.
const (
	fmtAmount = "#,##0.00"
	fmtScore  = "0.00"
	fmtRate   = "0.00%"
)

// Write writes w as an .xlsx file at path.
func (w *Workbook) Write(path string) error {
	data, err := w.Bytes()
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// Bytes returns w as the bytes of an .xlsx file. The same Workbook always
// gives the same bytes.
func (w *Workbook) Bytes() ([]byte, error) {
	data, _, err := w.Build()
	return data, err
}

// Read writes w and reads it back with xlsx.OpenReaderAt, as "gen.xlsx",
// returning the workbook and its Layout.
func (w *Workbook) Read() (*xlsx.Workbook, Layout, error) {
	data, layout, err := w.Build()
	if err != nil {
		return nil, nil, err
	}
	book, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "gen.xlsx", xlsx.Options{})
	return book, layout, err
}

// ReferenceSheets reads one workbook per edit, each the reference workbook
// with the edit applied, and returns all their sheets in order.
func ReferenceSheets(edits ...func(*Workbook)) ([]*xlsx.Sheet, error) {
	var sheets []*xlsx.Sheet
	for i, edit := range edits {
		w := Reference()
		edit(w)
		book, _, err := w.Read()
		if err != nil {
			return nil, fmt.Errorf("workbook %d: %w", i, err)
		}
		sheets = append(sheets, book.Sheets...)
	}
	return sheets, nil
}

// Build returns w as the bytes of an .xlsx file together with its Layout.
func (w *Workbook) Build() ([]byte, Layout, error) {
	b, err := w.build()
	if err != nil {
		return nil, nil, err
	}
	f := excelize.NewFile()
	defer f.Close()
	sw := &sheetWriter{f: f, styles: map[styleKey]int{}, mode: w.Style.Formulas}
	for i, g := range b.grids {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", g.name); err != nil {
				return nil, nil, fmt.Errorf("testgen: sheet %q: %w", g.name, err)
			}
		} else if _, err := f.NewSheet(g.name); err != nil {
			return nil, nil, fmt.Errorf("testgen: sheet %q: %w", g.name, err)
		}
		if err := sw.write(g, 1+w.Style.Offset.Cols); err != nil {
			return nil, nil, fmt.Errorf("testgen: sheet %q: %w", g.name, err)
		}
	}
	f.SetActiveSheet(0)
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, nil, fmt.Errorf("testgen: %w", err)
	}
	data := buf.Bytes()
	if w.Style.Formulas != FormulasOff {
		if data, err = numericFormulaResults(data); err != nil {
			return nil, nil, err
		}
	}
	return data, b.layout, nil
}

type styleKey struct {
	numFmt string
	wrap   bool
}

type sheetWriter struct {
	f      *excelize.File
	styles map[styleKey]int
	mode   FormulaMode
}

func (sw *sheetWriter) style(k styleKey) (int, error) {
	if id, ok := sw.styles[k]; ok {
		return id, nil
	}
	s := &excelize.Style{}
	if k.numFmt != "" {
		nf := k.numFmt
		s.CustomNumFmt = &nf
	}
	if k.wrap {
		s.Alignment = &excelize.Alignment{WrapText: true, Vertical: "center"}
	}
	id, err := sw.f.NewStyle(s)
	if err != nil {
		return 0, err
	}
	sw.styles[k] = id
	return id, nil
}

// write writes the cells of g in row-major order, then its merged ranges
// and column widths.
func (sw *sheetWriter) write(g *grid, labelCol int) error {
	f, sheet := sw.f, g.name
	coords := make([]coord, 0, len(g.cells))
	maxCol := labelCol
	for c := range g.cells {
		coords = append(coords, c)
		maxCol = max(maxCol, c.col)
	}
	sort.Slice(coords, func(i, j int) bool {
		if coords[i].row != coords[j].row {
			return coords[i].row < coords[j].row
		}
		return coords[i].col < coords[j].col
	})
	for _, c := range coords {
		gc := g.cells[c]
		ref := c.a1()
		v, err := decode(gc.value, gc.role)
		if err != nil {
			return fmt.Errorf("%s: %w", ref, err)
		}
		switch {
		case gc.formula != "" && sw.mode == FormulasNoCache:
			err = f.SetCellFormula(sheet, ref, gc.formula)
		case gc.formula != "":
			if err = f.SetCellDefault(sheet, ref, v.text); err == nil {
				err = f.SetCellFormula(sheet, ref, gc.formula)
			}
		case v.text == "":
			continue
		case v.number:
			err = f.SetCellDefault(sheet, ref, v.text)
		default:
			err = f.SetCellStr(sheet, ref, v.text)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", ref, err)
		}
		k := styleKey{numFmt: v.numFmt, wrap: strings.Contains(v.text, "\n")}
		if k == (styleKey{}) {
			continue
		}
		id, err := sw.style(k)
		if err != nil {
			return err
		}
		if err := f.SetCellStyle(sheet, ref, ref, id); err != nil {
			return fmt.Errorf("%s: %w", ref, err)
		}
	}
	for _, m := range g.merges {
		if err := f.MergeCell(sheet, coord{m[0], m[1]}.a1(), coord{m[2], m[3]}.a1()); err != nil {
			return err
		}
	}
	for col := 1; col <= maxCol; col++ {
		width := 14.0
		switch {
		case col < labelCol:
			width = 4
		case col == labelCol:
			width = 26
		}
		name := xlsx.ColumnName(col)
		if err := f.SetColWidth(sheet, name, name, width); err != nil {
			return err
		}
	}
	return nil
}

// stored is a value as it goes into a cell.
type stored struct {
	text   string
	number bool
	numFmt string // "" for General
}

// decode turns a model value into what is stored, following the prefixes
// of Percent, AsText and WithFormat and the number format of the role.
func decode(v string, r role) (stored, error) {
	switch {
	case r == roleLabel:
		return stored{text: v}, nil
	case strings.HasPrefix(v, prefixText):
		return stored{text: strings.TrimPrefix(v, prefixText)}, nil
	case strings.HasPrefix(v, prefixPercent):
		s := strings.TrimPrefix(v, prefixPercent)
		if p, ok := strings.CutSuffix(s, "%"); ok && isPlainDecimal(p) {
			d, err := decimal.NewFromString(p)
			if err != nil {
				return stored{}, err
			}
			s = d.Shift(-2).String()
		}
		if !isPlainDecimal(s) {
			return stored{}, fmt.Errorf("testgen: Percent(%q) is not a decimal or a percentage", strings.TrimPrefix(v, prefixPercent))
		}
		return stored{text: s, number: true, numFmt: fmtRate}, nil
	case strings.HasPrefix(v, prefixFormat):
		nf, s, ok := strings.Cut(strings.TrimPrefix(v, prefixFormat), formatSep)
		if !ok {
			return stored{}, fmt.Errorf("testgen: malformed WithFormat value %q", v)
		}
		return stored{text: s, number: isPlainDecimal(s), numFmt: nf}, nil
	case isPlainDecimal(v):
		out := stored{text: v, number: true}
		switch r {
		case roleAmount:
			out.numFmt = fmtAmount
		case roleScore:
			out.numFmt = fmtScore
		case roleRate:
			out.numFmt = fmtRate
		}
		return out, nil
	}
	return stored{text: v}, nil
}

// isNumber reports whether a model value is stored as a number.
func isNumber(v string) bool {
	s, err := decode(v, rolePlain)
	return err == nil && s.number
}

// isPlainDecimal reports whether s is an optional minus, digits and an
// optional fraction: "283.79", "0", "-1.5"; not "1e3", ".5", "1,000".
func isPlainDecimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, dot := strings.Cut(s, ".")
	return allDigits(whole) && (!dot || allDigits(frac))
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// strFormula matches a formula cell as excelize writes it: SetCellFormula
// always marks the cell t="str" (a string result), even when the cached
// value is a number or absent.
var strFormula = regexp.MustCompile(`<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")? t="str"><f>[^<]*</f>(?:<v>(-?[0-9]+(?:\.[0-9]+)?)</v>)?</c>`)

// numericFormulaResults rewrites the worksheets of an .xlsx package so that
// formula cells with a numeric cached value (or none) are number cells, as
// Excel writes them: it drops their t="str". Entries keep their order and
// headers, so the result stays deterministic.
func numericFormulaResults(data []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("testgen: %w", err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return nil, fmt.Errorf("testgen: %w", err)
		}
		content, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("testgen: %w", err)
		}
		if strings.HasPrefix(zf.Name, "xl/worksheets/sheet") && strings.HasSuffix(zf.Name, ".xml") {
			content = strFormula.ReplaceAllFunc(content, func(m []byte) []byte {
				return bytes.Replace(m, []byte(` t="str"`), nil, 1)
			})
		}
		hdr := zf.FileHeader
		zw2, err := zw.CreateHeader(&zip.FileHeader{Name: hdr.Name, Method: hdr.Method})
		if err != nil {
			return nil, fmt.Errorf("testgen: %w", err)
		}
		if _, err := zw2.Write(content); err != nil {
			return nil, fmt.Errorf("testgen: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("testgen: %w", err)
	}
	return out.Bytes(), nil
}
