package xlsx_test

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jixiao-go/jixiao/internal/badfile"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Issue 12: a limit of -1, documented as no limit, must not overflow into
// refusing every workbook.
func TestNoLimitOptions(t *testing.T) {
	valid := readTestdata(t, "haizhu-kexie-2023-nocache.xlsx")
	for _, opts := range []xlsx.Options{
		{MaxUnzipSize: -1},
		{MaxFileSize: -1},
		{MaxSheets: -1},
		{MaxRows: -1},
		{MaxCells: -1},
		{MaxCalcCells: -1},
		{MaxCalcDepth: -1},
		{MaxCalcBytes: -1},
		{MaxUnzipSize: -1, MaxFileSize: -1, MaxSheets: -1, MaxRows: -1, MaxCells: -1, MaxCalcCells: -1, MaxCalcDepth: -1, MaxCalcBytes: -1},
	} {
		wb, err := openBytes(t, valid, opts)
		if err != nil {
			t.Errorf("%+v: %v", opts, err)
			continue
		}
		if c := wb.Sheet("部门整体支出绩效自评表").Cell(4, 18); c.Text != "61.74" || !c.Computed {
			t.Errorf("%+v: D18 = %+v", opts, c)
		}
	}
}

// Issue 12: the context is looked at while a part inflates and while a
// sheet is scanned, so that a deadline is answered within milliseconds.
func TestDeadlineWhileInflatingAndScanning(t *testing.T) {
	slack := 60 * time.Millisecond
	if raceEnabled() {
		slack *= 10
	}
	tests := []struct {
		name string
		data []byte
		opts xlsx.Options
		wait time.Duration
	}{
		{"a 1 GiB sheet with the unzip limit raised", badfile.Bomb(1 << 30), xlsx.Options{MaxUnzipSize: -1}, time.Millisecond},
		{"50,000 rows", badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Data: badfile.NumberRows(xlsx.DefaultMaxRows)}}}.Bytes(), xlsx.Options{}, 10 * time.Millisecond},
		{"50,000 shared strings", manyStrings(50_000), xlsx.Options{}, 5 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), tt.wait)
			defer cancel()
			start := time.Now()
			wb, err := openCtx(t, ctx, tt.data, tt.opts)
			elapsed := time.Since(start)
			if err == nil && elapsed < tt.wait {
				t.Skipf("read in %v, before the deadline", elapsed)
			}
			wantOpenErr(t, wb, err, context.DeadlineExceeded)
			t.Logf("deadline of %v answered after %v", tt.wait, elapsed)
			if elapsed > tt.wait+slack {
				t.Errorf("deadline of %v answered after %v", tt.wait, elapsed)
			}
		})
	}
}

// manyStrings is a workbook whose shared-string table holds n strings.
func manyStrings(n int) []byte {
	sst := make([]string, n)
	for i := range sst {
		sst[i] = "项目" + strconv.Itoa(i)
	}
	return badfile.Book{SharedStrings: sst, Sheets: []badfile.Sheet{{Name: "S", Data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`}}}.Bytes()
}

// Issue 12: a missing shared-string table names the first sheet, in
// workbook order, that needs it, every time.
func TestMissingSharedStringsNamesFirstSheet(t *testing.T) {
	var sheets []badfile.Sheet
	for _, name := range []string{"甲", "乙", "丙", "丁", "戊"} {
		sheets = append(sheets, badfile.Sheet{Name: name, Data: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`})
	}
	data := badfile.Book{Sheets: sheets}.Bytes()
	for range 20 {
		wb, err := openBytes(t, data, xlsx.Options{})
		wantOpenErr(t, wb, err, xlsx.ErrCorrupt)
		var oe *xlsx.OpenError
		errors.As(err, &oe)
		want := `upload.xlsx: workbook is corrupt: xl/worksheets/sheet1.xml: sheet "甲": 1 cells use shared strings, and the package has no shared-string table: A1 (0)`
		if err.Error() != want || oe.Part != "xl/worksheets/sheet1.xml" {
			t.Fatalf("error %q, want %q", err, want)
		}
	}
}

// Issue 12: bad shared-string indexes and bad merged ranges are named, the
// first five of them, and counted.
func TestBadIndexesAndMergesNamed(t *testing.T) {
	var cells, merges strings.Builder
	cells.WriteString(`<row r="1">`)
	merges.WriteString(`<mergeCells>`)
	for i := 1; i <= 7; i++ {
		col := badfile.ColumnName(i)
		cells.WriteString(`<c r="` + col + `1" t="s"><v>` + strconv.Itoa(i) + `</v></c>`)
		merges.WriteString(`<mergeCell ref="` + col + `2:"/>`)
	}
	cells.WriteString(`</row>`)
	merges.WriteString(`</mergeCells>`)
	tests := []struct {
		name        string
		data, after string
		want        string
	}{
		{"indexes past the table", cells.String(), "", `upload.xlsx: workbook is corrupt: xl/worksheets/sheet1.xml: sheet "S": 7 cells use shared strings the table of 1 does not have: A1 (1), B1 (2), C1 (3), D1 (4), E1 (5) and 2 more`},
		{"indexes that are not numbers", strings.ReplaceAll(strings.ReplaceAll(cells.String(), "<v>", "<v>x"), `<c r="G1" t="s"><v>x7`, `<c r="G1" t="s"><v>0`), "", `upload.xlsx: workbook is corrupt: xl/worksheets/sheet1.xml: 6 cells with a bad shared-string index: A1 "x1", B1 "x2", C1 "x3", D1 "x4", E1 "x5" and 1 more`},
		{"merged ranges", `<row r="1"><c r="A1"><v>1</v></c></row>`, merges.String(), `upload.xlsx: workbook is corrupt: xl/worksheets/sheet1.xml: 7 bad merged ranges: "A2:", "B2:", "C2:", "D2:", "E2:" and 2 more`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			book := badfile.Book{SharedStrings: []string{"x"}, Sheets: []badfile.Sheet{{Name: "S", Data: tt.data, After: tt.after}}}
			wb, err := openBytes(t, book.Bytes(), xlsx.Options{})
			wantOpenErr(t, wb, err, xlsx.ErrCorrupt)
			if err.Error() != tt.want {
				t.Errorf("error\n%q, want\n%q", err, tt.want)
			}
		})
	}
}

// Issue 11: an OpenError names the part, and the line where the XML
// tokenizer found the damage, in Error and in Message.
func TestOpenErrorPartAndLine(t *testing.T) {
	sheet := func(rows string) []byte {
		return badfile.Book{Sheets: []badfile.Sheet{{Name: "S", Raw: []byte(`<?xml version="1.0"?>` + "\n" +
			`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + "\n" + rows + "\n</sheetData></worksheet>")}}}.Bytes()
	}
	valid := readTestdata(t, "haizhu-kexie-2023.xlsx")
	cutSST, err := badfile.EditEntry(valid, "xl/sharedStrings.xml", func(b []byte) []byte { return b[:len(b)/2] })
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		data     []byte
		sentinel error
		part     string
		line     int
		zh, en   string
	}{
		{"XML damage on line 4", sheet(`<row r="1"><c r="A1"><v>1</v></c></row>` + "\n" + `<row r="2"><c r="A2"><v>1</v></c></row><<`), xlsx.ErrCorrupt,
			"xl/worksheets/sheet1.xml", 4, "（位置：xl/worksheets/sheet1.xml 第 4 行）", " (at xl/worksheets/sheet1.xml, line 4)"},
		{"a bad cell reference on line 4", sheet("<row r=\"1\">\n<c r=\"1A\"><v>1</v></c></row>"), xlsx.ErrCorrupt,
			"xl/worksheets/sheet1.xml", 4, "第 4 行", "line 4"},
		{"a row past the limit", sheet(`<row r="50001"><c r="A50001"><v>1</v></c></row>`), xlsx.ErrTooLarge,
			"xl/worksheets/sheet1.xml", 3, "第 3 行", "line 3"},
		{"shared strings cut short", cutSST, xlsx.ErrCorrupt, "xl/sharedStrings.xml", 2, "xl/sharedStrings.xml", "xl/sharedStrings.xml"},
		{"not a zip at all", badfile.CSV(), xlsx.ErrNotXLSX, "", 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wb, err := openBytes(t, tt.data, xlsx.Options{})
			wantOpenErr(t, wb, err, tt.sentinel)
			var oe *xlsx.OpenError
			errors.As(err, &oe)
			if oe.Part != tt.part || oe.Line != tt.line {
				t.Errorf("part %q line %d, want %q line %d (%v)", oe.Part, oe.Line, tt.part, tt.line, err)
			}
			if tt.part != "" && !strings.Contains(err.Error(), tt.part) {
				t.Errorf("Error() %q does not name the part", err)
			}
			if !strings.Contains(oe.Message("zh"), tt.zh) || !strings.Contains(oe.Message("en"), tt.en) {
				t.Errorf("messages %q, %q; want them to hold %q, %q", oe.Message("zh"), oe.Message("en"), tt.zh, tt.en)
			}
			if tt.part == "" && (strings.Contains(oe.Message("zh"), "位置") || strings.Contains(oe.Message("en"), "(at")) {
				t.Errorf("messages %q, %q name a part", oe.Message("zh"), oe.Message("en"))
			}
		})
	}
}
