package xlsxwrite_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/jixiao-go/jixiao/xlsxwrite"
)

func readBook(t *testing.T, b *xlsxwrite.Book) *xlsx.Workbook {
	t.Helper()
	var buf bytes.Buffer
	if _, err := b.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	wb, err := xlsx.OpenReaderAt(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), "book.xlsx", xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return wb
}

func TestBook(t *testing.T) {
	b := xlsxwrite.NewBook()
	s := b.AddSheet("表一")
	amount := xlsxwrite.CellStyle{NumFmt: "#,##0.00", Border: true}
	s.SetText("A1", "标题", xlsxwrite.CellStyle{Bold: true, Size: 16})
	s.Merge("A1", "C1")
	s.SetText("A2", "283.79", xlsxwrite.CellStyle{}) // text, although it reads as a number
	s.SetNumber("B2", "1.1000000000000001", amount)
	s.SetNumber("C2", "2", amount)
	s.SetFormula("D2", "=SUM(B2:C2)", amount)
	s.SetFormula("E2", "D2/C2", xlsxwrite.CellStyle{NumFmt: "0.00%"})
	s.SetStyle("F2", amount)
	s.SetColWidth("A", 20)
	s.SetRowHeight(2, 30)
	s.SetChoices("G2", "优", "良", "中", "差")
	s.SetPrintLayout(true, true)
	b.AddSheet("表二").SetText("A1", "x", xlsxwrite.CellStyle{})
	if got := strings.Join(b.Sheets(), ","); got != "表一,表二" {
		t.Errorf("Sheets() = %s", got)
	}
	if b.Sheet("表二") == nil || b.Sheet("表三") != nil {
		t.Error("Sheet lookup")
	}
	wb := readBook(t, b)
	sh := wb.Sheet("表一")
	for _, tc := range []struct {
		col, row      int
		text, formula string
		kind          xlsx.Kind
		places        int32
		computed      bool
	}{
		{1, 1, "标题", "", xlsx.Text, 0, false},
		{1, 2, "283.79", "", xlsx.Number, 2, false}, // typed as text, read as a number typed as text
		{2, 2, "1.1000000000000001", "", xlsx.Number, 2, false},
		{4, 2, "3.1", "SUM(B2:C2)", xlsx.Number, 2, true},
		{5, 2, "1.55", "D2/C2", xlsx.Number, 4, true},
	} {
		c := sh.Cell(tc.col, tc.row)
		if c == nil {
			t.Errorf("%s empty", xlsx.Ref{Col: tc.col, Row: tc.row}.A1())
			continue
		}
		if c.Text != tc.text || c.Formula != tc.formula || c.Kind != tc.kind || c.Computed != tc.computed {
			t.Errorf("%s = %q =%s kind %d computed %v; want %q =%s kind %d computed %v", c.Ref.A1(), c.Text, c.Formula, c.Kind, c.Computed, tc.text, tc.formula, tc.kind, tc.computed)
		}
		if tc.kind == xlsx.Number && c.Value.Places != tc.places {
			t.Errorf("%s shows %d places, want %d", c.Ref.A1(), c.Value.Places, tc.places)
		}
	}
	if c := sh.Cell(2, 1); c == nil || c.Merged == nil || c.Merged.String() != "A1:C1" {
		t.Errorf("B1 not in the merged range A1:C1: %+v", c)
	}
	// Print layout and drop-down list, read back with excelize.
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := b.Save(path); err != nil {
		t.Fatal(err)
	}
	f := openExcelize(t, path)
	if pl, err := f.GetPageLayout("表一"); err != nil || pl.Orientation == nil || *pl.Orientation != "landscape" || pl.FitToWidth == nil || *pl.FitToWidth != 1 {
		t.Errorf("page layout %+v, %v: want landscape, one page wide", pl, err)
	}
	if dvs, err := f.GetDataValidations("表一"); err != nil || len(dvs) != 1 || dvs[0].Sqref != "G2" || !strings.Contains(dvs[0].Formula1, "优,良,中,差") {
		t.Errorf("data validations %+v, %v: want the grades on G2", dvs, err)
	}
	if w, _ := f.GetColWidth("表一", "A"); w != 20 {
		t.Errorf("column A width %v, want 20", w)
	}
	// The same book gives the same bytes.
	var x, y bytes.Buffer
	if _, err := b.WriteTo(&x); err != nil {
		t.Fatal(err)
	}
	if _, err := b.WriteTo(&y); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(x.Bytes(), y.Bytes()) {
		t.Error("two writes of one book differ")
	}
}

func TestBookMistakes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		build func(b *xlsxwrite.Book)
		want  string
	}{
		{"no sheet", func(*xlsxwrite.Book) {}, "no sheet"},
		{"duplicate sheet", func(b *xlsxwrite.Book) { b.AddSheet("A"); b.AddSheet("a") }, "duplicate sheet"},
		{"bad cell", func(b *xlsxwrite.Book) { b.AddSheet("A").SetText("1A", "x", xlsxwrite.CellStyle{}) }, "not a cell reference"},
		{"absolute cell", func(b *xlsxwrite.Book) { b.AddSheet("A").SetText("$A$1", "x", xlsxwrite.CellStyle{}) }, "not a cell reference"},
		{"float", func(b *xlsxwrite.Book) { b.AddSheet("A").SetNumber("A1", "1e3", xlsxwrite.CellStyle{}) }, "not a decimal"},
		{"backwards merge", func(b *xlsxwrite.Book) { b.AddSheet("A").Merge("C3", "A1") }, "top-left"},
		{"bad column", func(b *xlsxwrite.Book) { b.AddSheet("A").SetColWidth("3", 10) }, "not a column"},
		{"bad sheet name", func(b *xlsxwrite.Book) { b.AddSheet("a/b").SetText("A1", "x", xlsxwrite.CellStyle{}) }, "a/b"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := xlsxwrite.NewBook()
			tc.build(b)
			_, err := b.WriteTo(&bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("WriteTo = %v, want an error about %q", err, tc.want)
			}
			path := filepath.Join(t.TempDir(), "x.xlsx")
			if err := b.Save(path); err == nil {
				t.Error("Save succeeded")
			}
			if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("Save left a file: %v", err)
			}
		})
	}
}

func TestSetCells(t *testing.T) {
	dir := t.TempDir()
	b := xlsxwrite.NewBook()
	s := b.AddSheet("It's 表")
	amount := xlsxwrite.CellStyle{NumFmt: "#,##0.00"}
	s.SetStyle("A1", amount)
	s.SetStyle("A2", amount)
	s.SetFormula("A3", "SUM(A1:A2)", amount)
	s.SetText("B1", "旧", xlsxwrite.CellStyle{})
	src, dst := filepath.Join(dir, "src.xlsx"), filepath.Join(dir, "dst.xlsx")
	if err := b.Save(src); err != nil {
		t.Fatal(err)
	}
	before := stateOf(t, src)
	err := xlsxwrite.SetCells(src, dst, map[string]string{
		"'It''s 表'!A1": "283.79",
		"It's 表!A2":    "1",
		"It's 表!C1":    "≥40场",
		"It's 表!B1":    "",
	})
	if err != nil {
		t.Fatal(err)
	}
	before.check(t, src)
	wb, err := xlsx.Open(context.Background(), dst, xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sh := wb.Sheets[0]
	if c := sh.Cell(1, 1); c == nil || c.Text != "283.79" || c.Kind != xlsx.Number || c.Value.Places != 2 {
		t.Errorf("A1 = %+v, want the number 283.79 in the kept format #,##0.00", c)
	}
	if c := sh.Cell(1, 3); c == nil || c.Text != "284.79" || !c.Computed {
		t.Errorf("A3 = %+v, want the formula computed to 284.79", c)
	}
	if c := sh.Cell(3, 1); c == nil || c.Text != "≥40场" || c.Kind != xlsx.Text {
		t.Errorf("C1 = %+v, want the text ≥40场", c)
	}
	if c := sh.Cell(2, 1); c != nil {
		t.Errorf("B1 = %q, want it emptied", c.Text)
	}
	for _, tc := range []struct {
		dst    string
		values map[string]string
		want   error
	}{
		{src, map[string]string{"It's 表!A1": "1"}, xlsxwrite.ErrSameFile},
		{dst, map[string]string{"A1": "1"}, nil},
		{dst, map[string]string{"无此表!A1": "1"}, nil},
	} {
		err := xlsxwrite.SetCells(src, tc.dst, tc.values)
		if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("SetCells(%v) = %v, want an error (%v)", tc.values, err, tc.want)
		}
	}
}
