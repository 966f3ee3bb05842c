package evaluation_test

import (
	"github.com/google/go-cmp/cmp/cmpopts"
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
