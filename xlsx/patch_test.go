package xlsx_test

import (
	"context"
	"testing"

	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

func TestWithNumbers(t *testing.T) {
	wb, err := xlsx.Open(context.Background(), "../testdata/haizhu-kexie-2023-as-reported.xlsx", xlsx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const sheet = "部门整体支出绩效自评表"
	d16 := xlsx.Ref{Sheet: sheet, Col: 4, Row: 16}
	far := xlsx.Ref{Sheet: sheet, Col: 40, Row: 300}
	before := wb.Sheet(sheet).At(d16).Text
	patched := wb.WithNumbers(map[xlsx.Ref]num.Shown{
		d16:                                      num.NewShown(decimal.RequireFromString("14.74"), 2),
		far:                                      num.NewShown(decimal.RequireFromString("0.8511"), 4),
		{Sheet: "no such sheet", Col: 1, Row: 1}: num.NewShown(decimal.Zero, 0),
	})
	if got := wb.Sheet(sheet).At(d16).Text; got != before {
		t.Errorf("the original changed: D16 = %q, was %q", got, before)
	}
	c := patched.Sheet(sheet).At(d16)
	if c == nil || c.Kind != xlsx.Number || c.Value.String() != "14.74" || c.Text != "14.74" || c.Formula != "" {
		t.Fatalf("patched D16 = %+v", c)
	}
	if c := patched.Sheet(sheet).At(far); c == nil || c.Value.String() != "0.8511" || c.Ref != far {
		t.Errorf("a cell past the sheet's end = %+v", c)
	}
	if patched.Sheet(sheet).At(xlsx.Ref{Sheet: sheet, Col: 3, Row: 16}).Text != wb.Sheet(sheet).At(xlsx.Ref{Sheet: sheet, Col: 3, Row: 16}).Text {
		t.Error("a neighbour changed")
	}
	if len(patched.Sheets) != len(wb.Sheets) || patched.Sheets[1] != wb.Sheets[1] {
		t.Error("sheets without a change should be shared")
	}
}
