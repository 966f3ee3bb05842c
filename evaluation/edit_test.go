package evaluation_test

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

// editBook opens a workbook's bytes with excelize, lets edit change it, and
// returns the bytes saved.
func editBook(t *testing.T, data []byte, edit func(f *excelize.File) error) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := edit(f); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// setCell sets one cell of a workbook's bytes.
func setCell(t *testing.T, data []byte, sheet, cell string, v any) []byte {
	t.Helper()
	return editBook(t, data, func(f *excelize.File) error { return f.SetCellValue(sheet, cell, v) })
}
