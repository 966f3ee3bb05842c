package num

import (
	"math"

	"github.com/shopspring/decimal"
)

// Figures in budget tables have a handful of digits, and decimal's Add goes
// through math/big for each of them, allocating several times when the two
// are written with different places. What follows adds them as int64 when
// they fit and builds one decimal for the result, falling back on decimal's
// arithmetic when they do not.

// Add returns a + b exactly.
func Add(a, b decimal.Decimal) decimal.Decimal {
	if ca, ea, ok := small(a); ok {
		if cb, eb, ok := small(b); ok {
			if c, e, ok := addSmall(ca, ea, cb, eb); ok {
				return decimal.New(c, e)
			}
		}
	}
	return a.Add(b)
}

// Total is an exact running sum of decimals. The zero Total is 0.
type Total struct {
	c     int64 // the sum as c·10^e while it fits
	e     int32
	big   decimal.Decimal // the sum once it does not
	isBig bool
	n     int
}

// Add adds d to the total.
func (t *Total) Add(d decimal.Decimal) {
	if !t.isBig {
		if c, e, ok := small(d); ok {
			if t.n == 0 {
				t.c, t.e, t.n = c, e, 1
				return
			}
			if sum, exp, ok := addSmall(t.c, t.e, c, e); ok {
				t.c, t.e = sum, exp
				t.n++
				return
			}
		}
		t.big, t.isBig = decimal.New(t.c, t.e), true
	}
	t.big = t.big.Add(d)
}

// Value is the sum so far.
func (t *Total) Value() decimal.Decimal {
	if t.isBig {
		return t.big
	}
	return decimal.New(t.c, t.e)
}

// maxSmallDigits is the most digits a coefficient may have to be added as
// an int64: two of 18 digits add up to at most 19, which still fits.
const maxSmallDigits = 18

// small returns d as c·10^e when c fits in 18 digits.
func small(d decimal.Decimal) (int64, int32, bool) {
	if d.NumDigits() > maxSmallDigits {
		return 0, 0, false
	}
	return d.CoefficientInt64(), d.Exponent(), true
}

// addSmall adds ca·10^ea and cb·10^eb at the smaller exponent, reporting
// false when that overflows an int64.
func addSmall(ca int64, ea int32, cb int64, eb int32) (int64, int32, bool) {
	e := min(ea, eb)
	a, okA := scaleUp(ca, int64(ea)-int64(e))
	b, okB := scaleUp(cb, int64(eb)-int64(e))
	if !okA || !okB {
		return 0, 0, false
	}
	s := a + b
	if (a > 0 && b > 0 && s < 0) || (a < 0 && b < 0 && s >= 0) {
		return 0, 0, false
	}
	return s, e, true
}

// scaleUp returns c·10^k (k ≥ 0), reporting false when it overflows.
func scaleUp(c int64, k int64) (int64, bool) {
	if k == 0 || c == 0 {
		return c, true
	}
	if k < 0 || k > maxSmallDigits {
		return 0, false
	}
	p := int64(1)
	for range k {
		p *= 10
	}
	if c > math.MaxInt64/p || c < -math.MaxInt64/p {
		return 0, false
	}
	return c * p, true
}
