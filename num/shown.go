package num

import "github.com/shopspring/decimal"

// Shown is a decimal together with the number of decimal places it is
// displayed with. A value shown with d places stands for every number that
// rounds to it: the interval [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ].
type Shown struct {
	Value  decimal.Decimal
	Places int32
}

// NewShown returns v shown with places decimals (negative places count as 0).
func NewShown(v decimal.Decimal, places int32) Shown {
	return Shown{Value: v, Places: max(places, 0)}
}

// String formats the value with exactly its places: 1.5 shown with 2 places
// is "1.50".
func (s Shown) String() string { return s.Value.StringFixed(s.Places) }

// Equal reports whether both values are numerically equal (places ignored).
func (s Shown) Equal(o Shown) bool { return s.Value.Equal(o.Value) }

// HalfUnit is half a unit in the last place shown: 0.005 for 2 places.
func (s Shown) HalfUnit() decimal.Decimal { return HalfUnit(s.Places) }

// Interval is every number that is displayed as s.
func (s Shown) Interval() Interval {
	if c, e, ok := small(s.Value); ok { // v ± 5·10^-(places+1), as int64
		half := -(s.Places + 1)
		lo, le, okLo := addSmall(c, e, -5, half)
		hi, he, okHi := addSmall(c, e, 5, half)
		if okLo && okHi {
			return Interval{Lo: decimal.New(lo, le), Hi: decimal.New(hi, he)}
		}
	}
	h := s.HalfUnit()
	return Interval{Lo: s.Value.Sub(h), Hi: s.Value.Add(h)}
}

// HalfUnit returns ½·10⁻ᵖ.
func HalfUnit(places int32) decimal.Decimal {
	return decimal.New(5, -(places + 1))
}

// placesWritten counts the digits after the decimal point of a literal.
func placesWritten(s string) int32 {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '.':
			return int32(len(s) - 1 - i)
		case 'e', 'E':
			return placesWritten(s[:i])
		}
	}
	return 0
}
