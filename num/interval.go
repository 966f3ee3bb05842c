package num

import "github.com/shopspring/decimal"

// Interval is the closed interval [Lo, Hi] of the numbers a rounded figure may
// stand for. Sums and ratios are judged by whether intervals meet, as XBRL
// Calculations 1.1 does, so that rounding never raises a false alarm and a real
// gap is never hidden behind a fixed slack.
type Interval struct {
	Lo, Hi decimal.Decimal
}

// Point is the degenerate interval [d, d].
func Point(d decimal.Decimal) Interval { return Interval{Lo: d, Hi: d} }

// Add returns the interval of every sum a + b.
func (a Interval) Add(b Interval) Interval {
	return Interval{Lo: Add(a.Lo, b.Lo), Hi: Add(a.Hi, b.Hi)}
}

// Meets reports whether the intervals share at least one number.
func (a Interval) Meets(b Interval) bool {
	return a.Lo.Cmp(b.Hi) <= 0 && b.Lo.Cmp(a.Hi) <= 0
}

// Contains reports whether d lies in the interval.
func (a Interval) Contains(d decimal.Decimal) bool {
	return a.Lo.Cmp(d) <= 0 && d.Cmp(a.Hi) <= 0
}

// Scale multiplies the interval by a non-negative factor k.
func (a Interval) Scale(k decimal.Decimal) Interval {
	return Interval{Lo: a.Lo.Mul(k), Hi: a.Hi.Mul(k)}
}

// ClampHi caps both ends at c: the interval of min(x, c).
func (a Interval) ClampHi(c decimal.Decimal) Interval {
	return Interval{Lo: decimal.Min(a.Lo, c), Hi: decimal.Min(a.Hi, c)}
}

// ClampLo raises both ends to at least c: the interval of max(x, c).
func (a Interval) ClampLo(c decimal.Decimal) Interval {
	return Interval{Lo: decimal.Max(a.Lo, c), Hi: decimal.Max(a.Hi, c)}
}

// Round returns the interval of the values x rounds to at places decimals:
// [round(Lo), round(Hi)], rounding half away from zero like Excel's ROUND.
func (a Interval) Round(places int32) Interval {
	return Interval{Lo: a.Lo.Round(places), Hi: a.Hi.Round(places)}
}

// Div returns the interval of every quotient a / b, computed to prec decimal
// places and widened outwards so that it never excludes a true quotient. It
// reports false when b may be zero or negative, or a may be negative: ratios in
// budget tables are between non-negative amounts.
func (a Interval) Div(b Interval, prec int32) (Interval, bool) {
	if b.Lo.Sign() <= 0 || a.Lo.Sign() < 0 {
		return Interval{}, false
	}
	return Interval{
		Lo: divFloor(a.Lo, b.Hi, prec),
		Hi: divCeil(a.Hi, b.Lo, prec),
	}, true
}

// divFloor is a/b (both non-negative) rounded down at prec places.
func divFloor(a, b decimal.Decimal, prec int32) decimal.Decimal {
	q, _ := a.QuoRem(b, prec)
	return q
}

// divCeil is a/b rounded up at prec places, without decimal's global division
// precision.
func divCeil(a, b decimal.Decimal, prec int32) decimal.Decimal {
	q, r := a.QuoRem(b, prec)
	if r.Sign() > 0 {
		q = q.Add(decimal.New(1, -prec))
	}
	return q
}
