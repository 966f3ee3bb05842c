package scoring

import (
	"strings"

	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// chargedSteps returns the number of steps a shortfall of gap is charged as
// the fraction n/d (d > 0): whole steps only, unless prorate, when part
// steps are charged in proportion. A rule such as "每低5个百分点扣1分" reads
// as a charge per complete step (4 points short deducts nothing), the
// reading of published reviews (testdata/real/README.md §1); a text that
// says 按比例, or Rule.Prorated, charges the part too.
func chargedSteps(gap, step decimal.Decimal, prorate bool) (n, d decimal.Decimal) {
	one := decimal.NewFromInt(1)
	switch {
	case gap.Sign() <= 0:
		return decimal.Zero, one
	case prorate:
		return gap, step
	}
	q, _ := gap.QuoRem(step, 0)
	return q, one
}

// deductionScore returns the exact score for a shortfall of gap as
// numer/denom (denom > 0), clamped to [floor, w].
func deductionScore(d *DeductionParams, w, floor, gap decimal.Decimal) (numer, denom decimal.Decimal) {
	n, den := chargedSteps(gap, d.Step, d.Prorate)
	numer = w.Mul(den).Sub(d.Amount.Mul(n))
	numer = decimal.Max(numer, floor.Mul(den))
	numer = decimal.Min(numer, w.Mul(den))
	return numer, den
}

// deduction scores a per-step deduction.
func (sc scorer) deduction(d *DeductionParams) Outcome {
	if d.Step.Sign() <= 0 || d.Amount.Sign() <= 0 {
		return Outcome{Status: ScoreUnreadable, Reason: "deduction rule without a positive step and amount"}
	}
	if o, ok := sc.need(sc.a, "actual value"); !ok {
		return o
	}
	a := sc.a
	var (
		thr    decimal.Decimal
		thrIv  num.Interval
		thrKey string
	)
	if d.Threshold != nil {
		thr, thrIv = *d.Threshold, num.Point(*d.Threshold)
		thrKey = d.ThresholdUnit
		if d.ThresholdPercent {
			thrKey = "%" + d.ThresholdUnit
		}
		if sc.t.usable() {
			if o, ok := fit("target", sc.t.unitKey(), sc.t.Quantity.Value, "actual value", a.unitKey(), a.Quantity.Value); !ok {
				return o
			}
		}
	} else {
		if o, ok := sc.needBoth(); !ok {
			return o
		}
		op := sc.t.Quantity.Op
		if d.Direction == DeductBelow && (op == num.AtMost || op == num.Below) ||
			d.Direction == DeductAbove && (op == num.AtLeast || op == num.Above) {
			return unusable("the rule deducts on the side of the target that meets it")
		}
		thr, thrIv, thrKey = sc.t.Quantity.Value, sc.t.interval(), sc.t.unitKey()
	}
	if o, ok := fit("threshold", thrKey, thr, "actual value", a.unitKey(), a.Quantity.Value); !ok {
		return o
	}
	if d.StepPercent {
		if a.Quantity.Unit != "" {
			return mismatch("step in percentage points, actual value in " + unitName(a.unitKey()))
		}
		if !a.Quantity.Percent && !strings.HasPrefix(thrKey, "%") {
			return unusable("step in percentage points but neither threshold nor actual value is a percentage")
		}
	} else if a.Quantity.Percent || !unitsFit(d.StepUnit, a.Quantity.Unit) {
		return mismatch("step in " + unitName(d.StepUnit) + ", actual value in " + unitName(a.unitKey()))
	}
	w := sc.w
	floor := decimal.Zero
	if d.MaxDeduct != nil {
		floor = decimal.Max(floor, w.Sub(*d.MaxDeduct))
	}
	gap := func(thr, act decimal.Decimal) decimal.Decimal {
		if d.Direction == DeductAbove {
			return act.Sub(thr)
		}
		return thr.Sub(act)
	}
	var iv num.Interval
	if sc.interval {
		ai := a.interval()
		// The score falls as the gap grows; the gap is widest at one pair
		// of ends of the threshold and actual intervals and narrowest at
		// the other.
		gLo, gHi := gap(thrIv.Hi, ai.Lo), gap(thrIv.Lo, ai.Hi)
		if d.Direction == DeductBelow {
			gLo, gHi = gap(thrIv.Lo, ai.Hi), gap(thrIv.Hi, ai.Lo)
		}
		nLo, dLo := deductionScore(d, w, floor, gHi)
		nHi, dHi := deductionScore(d, w, floor, gLo)
		iv = num.Interval{Lo: floorDiv(nLo, dLo), Hi: ceilDiv(nHi, dHi)}
	}
	numer, denom := deductionScore(d, w, floor, gap(thr, a.Quantity.Value))
	return sc.computed(numer, denom, iv, "weight less the amount per step beyond the threshold")
}
