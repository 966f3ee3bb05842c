package scoring

import (
	"github.com/jixiao-go/jixiao/internal/num"
	"github.com/shopspring/decimal"
)

// proportional scores min(ratio, 1) × weight.
func (sc scorer) proportional() Outcome {
	if o, ok := sc.needBoth(); !ok {
		return o
	}
	w := sc.w
	tv, av := sc.t.Quantity.Value, sc.a.Quantity.Value
	if tv.Sign() < 0 || av.Sign() < 0 {
		return unusable("negative value in a proportional rule")
	}
	switch sc.t.Quantity.Op {
	case num.AtMost, num.Below:
		// the less the better: ratio = target / actual.
		iv := sc.proportionalInterval(sc.a, sc.t)
		if av.IsZero() {
			o := sc.full("zero actual meets an upper-bound target")
			o.Interval = iv
			return o
		}
		return sc.computed(decimal.Min(tv.Mul(w), av.Mul(w)), av, iv, "target/actual × weight, capped at the weight")
	default:
		if tv.IsZero() {
			switch {
			case sc.t.Quantity.Op == num.AtLeast || sc.t.Quantity.Op == num.Above:
				return sc.full("any non-negative actual meets a zero lower bound")
			case av.IsZero():
				return sc.full("actual equals the zero target")
			}
			return unusable("ratio to a zero target is undefined")
		}
		iv := sc.proportionalInterval(sc.t, sc.a)
		return sc.computed(decimal.Min(av.Mul(w), tv.Mul(w)), tv, iv, "actual/target × weight, capped at the weight")
	}
}

// proportionalInterval is the interval of min(numer/denom, 1) × weight for
// every pair of non-negative values the two stand for: the ratio is least at
// the widest denominator and the narrowest numerator. denom is greater than
// zero or shown as zero; when its interval's upper end is zero too (an exact
// zero), the ratio is unbounded and the interval reaches the weight. It is
// zero when the scorer does without intervals.
func (sc scorer) proportionalInterval(denom, numer input) num.Interval {
	if !sc.interval {
		return num.Interval{}
	}
	w := sc.w
	di := denom.interval().ClampLo(decimal.Zero)
	ni := numer.interval().ClampLo(decimal.Zero)
	iv := num.Interval{Lo: w, Hi: w}
	if di.Hi.Sign() > 0 {
		iv.Lo = floorDiv(decimal.Min(ni.Lo.Mul(w), di.Hi.Mul(w)), di.Hi)
	}
	if di.Lo.Sign() > 0 {
		iv.Hi = ceilDiv(decimal.Min(ni.Hi.Mul(w), di.Lo.Mul(w)), di.Lo)
	}
	return iv
}
