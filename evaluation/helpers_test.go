package evaluation_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/shopspring/decimal"
)

func mustDecimal(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// sortGot orders findings independently of how each test listed them.
var sortGot = cmpopts.SortSlices(func(a, b got) bool {
	if a.Sheet != b.Sheet {
		return a.Sheet < b.Sheet
	}
	if a.Cell != b.Cell {
		return a.Cell < b.Cell
	}
	return a.Code < b.Code
})

// expectFindings evaluates wb and compares its findings, the computed-formula
// notes aside, with wants given in layout keys; it returns the report.
func expectFindings(t *testing.T, wb *testgen.Workbook, wants []want) *evaluation.Report {
	t.Helper()
	layout, err := wb.Layout()
	if err != nil {
		t.Fatal(err)
	}
	findings, rep := check(t, wb)
	if diff := cmp.Diff(resolveAll(wants, layout), findings, sortGot, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	return rep
}
