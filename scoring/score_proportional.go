package scoring

import (
	"github.com/jixiao-go/jixiao/num"
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

// ofRate scores an 执行率 × weight rule: the rate is actual/target when
// both are amounts (the 执行数 over the 预算数), else the actual when it is
// a percentage, else the rate written beside the actual ("30.00 (10.77%)").
func (sc scorer) ofRate() Outcome {
	amounts := sc.t.usable() && sc.a.usable() && !sc.t.Quantity.Percent && !sc.a.Quantity.Percent
	switch {
	case amounts:
		return sc.proportional()
	case sc.a.usable() && sc.a.Quantity.Percent:
		return sc.rateTimesWeight(sc.a.Quantity.Shown, sc.a.interval(), "执行率 × weight, capped at the weight")
	case sc.a.usable() && sc.a.Rate != nil:
		r := sc.a.Rate.Shown
		iv := r.Interval()
		if sc.a.Exact {
			iv = num.Point(r.Value)
		}
		return sc.rateTimesWeight(r, iv, "the 执行率 written beside the actual × weight, capped at the weight")
	}
	if o, ok := sc.need(sc.a, "actual value"); !ok {
		return o
	}
	return unusable("an 执行率 rule needs the rate, or the amounts spent and budgeted")
}

// rateTimesWeight is min(rate, 1) × weight, with the interval of the rate.
func (sc scorer) rateTimesWeight(rate num.Shown, iv num.Interval, reason string) Outcome {
	if rate.Value.Sign() < 0 {
		return unusable("negative rate")
	}
	one := decimal.NewFromInt(1)
	w := sc.w
	var out num.Interval
	if sc.interval {
		out = num.Interval{Lo: decimal.Min(decimal.Max(iv.Lo, decimal.Zero), one).Mul(w), Hi: decimal.Min(iv.Hi, one).Mul(w)}
	}
	return sc.computed(decimal.Min(rate.Value, one).Mul(w), one, out, reason)
}
