package num

import "github.com/shopspring/decimal"

// RatioPlaces is the precision, in decimal places, of every ratio jixiao
// computes before rounding it for display. It is far finer than any figure a
// workbook shows.
const RatioPlaces = 12

// Ratio returns a / b rounded half away from zero at places decimals, without
// touching decimal's global DivisionPrecision. It reports false when b is zero.
func Ratio(a, b decimal.Decimal, places int32) (decimal.Decimal, bool) {
	if b.IsZero() {
		return decimal.Zero, false
	}
	return a.DivRound(b, places), true
}

// Round rounds half away from zero (四舍五入), as Excel's ROUND does.
func Round(d decimal.Decimal, places int32) decimal.Decimal { return d.Round(places) }

// Int returns the decimal for a whole number.
func Int(n int64) decimal.Decimal { return decimal.NewFromInt(n) }
