package xlsx_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/xlsx"
)

// sharedBook has, for each master formula, a master cell in row 1 (column
// i+3) and a dependent cell two rows down and one column right.
func sharedBook(masters []string) []byte {
	var b strings.Builder
	b.WriteString(`<row r="1">`)
	for i, f := range masters {
		col := badfile.ColumnName(i + 3)
		fmt.Fprintf(&b, `<c r="%s1"><f t="shared" si="%d" ref="%s1:%s3">%s</f><v>0</v></c>`, col, i, col, badfile.ColumnName(i+4), xmlEscape(f))
	}
	b.WriteString(`</row><row r="3">`)
	for i := range masters {
		fmt.Fprintf(&b, `<c r="%s3"><f t="shared" si="%d"/><v>0</v></c>`, badfile.ColumnName(i+4), i)
	}
	b.WriteString(`</row>`)
	return badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: b.String()}}}.Bytes()
}

// A shared formula's dependent cell gets the master's text moved by the
// offset: relative references shift, $ parts do not, strings and sheet
// names are left alone, and a reference moved off the sheet is #REF!.
func TestSharedFormulaText(t *testing.T) {
	tests := []struct{ master, want string }{
		{`SUM(A1:B2)`, `SUM(B3:C4)`},
		{`A1+$B1+C$1+$D$1`, `B3+$B3+D$1+$D$1`},
		{`IF(A1>0,"A1",B1)`, `IF(B3>0,"A1",C3)`},
		{`SUM(A:A)+SUM(1:1)+SUM($A:B)+SUM($1:2)`, `SUM(B:B)+SUM(3:3)+SUM($A:C)+SUM($1:4)`},
		{`_xlfn.AVERAGE(A1)`, `_xlfn.AVERAGE(B3)`},
		{`-A1^2%`, `-B3^2%`},
		{`"x"&A1`, `"x"&B3`},
		{`TRUE+A1`, `TRUE+B3`},
		{`#REF!+A1`, `#REF!+B3`},
		{`1E+3+A1`, `1E+3+B3`},
		{`LOG10(A1)`, `LOG10(B3)`},
		{`MyName+A1`, `MyName+B3`},
		// Where excelize differs: it does not move references with a
		// sheet, drops the quotes of sheet names and the spaces.
		{`Sheet2!A1+'My Sheet'!B2:C3`, `Sheet2!B3+'My Sheet'!C4:D5`},
		{`'It''s A1'!A1`, `'It''s A1'!B3`},
		{`sum( a1 , b1 )`, `sum( B3 , C3 )`},
		{`XFD1+A1048575`, `#REF!+#REF!`},
		{`A1:XFD1`, `#REF!`},
		{`XFD:XFD+1048575:1048575`, `#REF!+#REF!`},
		{`SUM(A1`, `SUM(B3`},
		{`"unterminated A1`, `"unterminated A1`},
	}
	masters := make([]string, len(tests))
	for i, tt := range tests {
		masters[i] = tt.master
	}
	wb, err := openBytes(t, sharedBook(masters), xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := wb.Sheets[0]
	for i, tt := range tests {
		if c := s.Cell(i+3, 1); c.Formula != tt.master {
			t.Errorf("master %s: %q", c.Ref.A1(), c.Formula)
		}
		if c := s.Cell(i+4, 3); c.Formula != tt.want {
			t.Errorf("%q moved: %q, want %q", tt.master, c.Formula, tt.want)
		}
	}
}

// Where excelize moves shared formulas right, jixiao's text is the same.
func TestSharedFormulaLikeExcelize(t *testing.T) {
	masters := []string{
		`SUM(A1:B2)`, `A1+$B1+C$1+$D$1`, `IF(A1>0,"A1",B1)`, `SUM(A:A)+SUM(1:1)`, `_xlfn.AVERAGE(A1)`,
		`-A1^2%`, `"x"&A1`, `TRUE+A1`, `#REF!+A1`, `1E+3+A1`, `SUM($A:B)`, `ROUND(D8/C8,4)`, `A1*100%`,
		`IF(AND(A1>=90,B1<>""),"优",IF(A1>=80,"良","中"))`, `SUMPRODUCT($C$4:$C$12,D4:D12)/100`, `B$2:C$9`,
	}
	data := sharedBook(masters)
	wb, err := openBytes(t, data, xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i := range masters {
		c := wb.Sheets[0].Cell(i+4, 3)
		want, err := f.GetCellFormula("S", c.Ref.A1())
		if err != nil {
			t.Fatal(err)
		}
		if c.Formula != want {
			t.Errorf("%q moved: jixiao %q, excelize %q", masters[i], c.Formula, want)
		}
	}
}

// Shared formulas without cached results are computed from the moved text;
// a dependent without its master has no formula and is not computed.
func TestSharedFormulaComputed(t *testing.T) {
	book := badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>` +
		`<c r="C1"><f t="shared" si="0" ref="C1:C2">A1*$B$1</f></c><c r="D1"><f t="shared" si="9"/></c></row>` +
		`<row r="2"><c r="A2"><v>5</v></c><c r="C2"><f t="shared" si="0"/></c></row>`}}}
	wb, err := openBytes(t, book.Bytes(), xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := wb.Sheets[0]
	if c := s.Cell(3, 2); c.Formula != "A2*$B$1" || c.Text != "10" || !c.Computed {
		t.Errorf("C2 = %+v", c)
	}
	if c := s.Cell(3, 1); c.Text != "2" {
		t.Errorf("C1 = %+v", c)
	}
	if c := s.Cell(4, 1); c.Kind != xlsx.Uncalculated || c.CalcFailure != xlsx.CalcUnsupported {
		t.Errorf("D1 = %+v", c)
	}
}

// The reference workbook saved without formula results reads exactly like
// the one Excel saved with them: every cell's kind, value and places.
func TestNoCacheReadsLikeCached(t *testing.T) {
	cached, err := openBytes(t, readTestdata(t, "haizhu-kexie-2023.xlsx"), xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	nocache, err := openBytes(t, readTestdata(t, "haizhu-kexie-2023-nocache.xlsx"), xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cached.Sheets) != len(nocache.Sheets) {
		t.Fatalf("%d sheets, want %d", len(nocache.Sheets), len(cached.Sheets))
	}
	formulas, computed := 0, 0
	for i, want := range cached.Sheets {
		got := nocache.Sheets[i]
		if got.Name != want.Name || got.Rows() != want.Rows() {
			t.Fatalf("sheet %d: %q with %d rows, want %q with %d", i, got.Name, got.Rows(), want.Name, want.Rows())
		}
		for r := 1; r <= want.Rows(); r++ {
			wr, gr := want.Row(r), got.Row(r)
			if len(wr) != len(gr) {
				t.Errorf("%s row %d: %d cells, want %d", want.Name, r, len(gr), len(wr))
				continue
			}
			for k := range wr {
				w, g := &wr[k], &gr[k]
				if w.Formula != "" {
					formulas++
				}
				if g.Computed {
					computed++
				}
				if g.Kind != w.Kind || !g.Value.Value.Equal(w.Value.Value) || g.Value.Places != w.Value.Places ||
					g.Percent != w.Percent || g.Formula != w.Formula || g.Unit != w.Unit {
					t.Errorf("%v: kind %v value %s (%d places) percent %v; want kind %v value %s (%d places) percent %v",
						w.Ref, g.Kind, g.Value, g.Value.Places, g.Percent, w.Kind, w.Value, w.Value.Places, w.Percent)
				}
			}
		}
	}
	if formulas == 0 || computed != formulas {
		t.Errorf("%d formulas, %d computed", formulas, computed)
	}
}
