package scoring

import (
	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// Score recomputes the score the rule gives for a target and an actual value
// on an indicator worth weight points, rounded half away from zero to places
// decimals (places is clamped to [0, num.RatioPlaces]). Weights are exact.
//
// Values in different units ("%" and "个", "场" and "人次") are unusable,
// with UnitMismatch set; a value without a unit fits any unit. A plain
// number beside a percentage is read as a fraction ("0.76" beside "≥95%" is
// 76%) up to 2 (200%); a larger one ("92" beside "≥95%") looks like a
// percentage typed without its sign and is unusable. Text values are
// compared as text, normalised (full-width forms folded, white space dropped).
//
// Per kind:
//   - Proportional: min(ratio, 1) × weight, ratio = actual/target for
//     "≥", ">", "=" and bare targets, target/actual for "≤" and "<" targets.
//     A zero "≥"/">" target gives full marks for any non-negative actual; a
//     zero "="/bare target gives full marks for a zero actual and is unusable
//     otherwise; a zero actual against a "≤" target gives full marks.
//     Negative values are unusable.
//   - Deduction: weight − Amount × shortfall/Step, where the shortfall is
//     measured from the rule's threshold (or the target's value when the
//     rule names none) in the rule's direction; part steps are charged in
//     proportion; the score never falls below 0 (nor below weight − MaxDeduct)
//     nor rises above the weight.
//   - Bands: the points of the band holding the actual value (full marks
//     for 得满分 bands, the Otherwise band when none holds it). A value no
//     band holds, or one on an edge two bands with different points claim,
//     is manual.
//   - Binary: full marks when the actual is written as the target is; for
//     numbers, full marks when the actual meets the target's comparison
//     and 0 when not. A plainly negative actual ("未完成", "否") gives 0; any
//     other differing text, and a number against a bare numeric target that
//     it does not equal, is manual.
//   - Default: see DefaultRule.
//   - Manual is manual; Unreadable and None are unreadable.
func (r Rule) Score(target, actual Value, weight decimal.Decimal, places int32) Outcome {
	return r.score(target, actual, weight, places, true)
}

// ScoreOnly is Score that may leave the Interval of a computed outcome zero
// (for proportional, deduction and default rules): that interval costs most
// of the arithmetic, and a caller that compares exact scores first needs it
// only when they differ. Status, Score, Reason and UnitMismatch are those
// Score gives.
func (r Rule) ScoreOnly(target, actual Value, weight decimal.Decimal, places int32) Outcome {
	return r.score(target, actual, weight, places, false)
}

// score is Score, with the interval of a computed outcome or without.
func (r Rule) score(target, actual Value, weight decimal.Decimal, places int32, interval bool) Outcome {
	places = min(max(places, 0), num.RatioPlaces)
	switch r.Kind {
	case None:
		return Outcome{Status: ScoreUnreadable, Reason: "no scoring rule"}
	case Unreadable:
		return Outcome{Status: ScoreUnreadable, Reason: "unreadable scoring rule: " + r.Reason}
	}
	if weight.Sign() < 0 {
		return unusable("negative weight")
	}
	switch {
	case r.Kind == Checklist:
		return manual(weight, "the rule needs a count a person gives")
	case r.Kind == Judgement:
		return manual(weight, "a person decides the score")
	case r.Partial:
		return manual(weight, "the rule is read only in part: "+r.Reason)
	}
	sc := scorer{w: weight, places: places, t: read(target), a: read(actual), interval: interval}
	switch r.Kind {
	case Proportional:
		if r.OfRate {
			return sc.ofRate()
		}
		return sc.proportional()
	case Default:
		return sc.byDefault()
	case Binary:
		return sc.binary()
	case Deduction:
		if r.Deduction == nil {
			return Outcome{Status: ScoreUnreadable, Reason: "deduction rule without parameters"}
		}
		return sc.deduction(r.Deduction)
	case Bands:
		return sc.bands(r.Bands)
	}
	return Outcome{Status: ScoreUnreadable, Reason: "unknown rule kind " + string(r.Kind)}
}

// scorer holds what every kind of rule scores with.
type scorer struct {
	w      decimal.Decimal
	places int32
	t, a   input
	// interval is false when the caller does without the interval of a
	// proportional or deduction score.
	interval bool
}

func unusable(reason string) Outcome { return Outcome{Status: ScoreUnusable, Reason: reason} }

func mismatch(reason string) Outcome {
	return Outcome{Status: ScoreUnusable, Reason: reason, UnitMismatch: true}
}

func manual(w decimal.Decimal, reason string) Outcome {
	return Outcome{Status: ScoreManual, Reason: reason, Interval: num.Interval{Lo: decimal.Zero, Hi: w}}
}

// computed returns a computed outcome with the score rounded from the exact
// numer/denom (denom > 0) and the interval of exact scores.
func (sc scorer) computed(numer, denom decimal.Decimal, iv num.Interval, reason string) Outcome {
	return Outcome{Status: ScoreComputed, Score: numer.DivRound(denom, sc.places), Interval: iv, Reason: reason}
}

func (sc scorer) full(reason string) Outcome {
	return Outcome{Status: ScoreComputed, Score: num.Round(sc.w, sc.places), Interval: num.Point(sc.w), Reason: reason}
}

func (sc scorer) zero(reason string) Outcome {
	return Outcome{Status: ScoreComputed, Score: decimal.Zero, Interval: num.Point(decimal.Zero), Reason: reason}
}

// need checks that v is a usable number; what names it in reasons.
func (sc scorer) need(v input, what string) (Outcome, bool) {
	switch {
	case v.empty:
		return unusable(what + " missing"), false
	case v.Problem != "":
		return unusable(what + ": " + v.Problem), false
	case !v.Numeric:
		return unusable(what + " is text where the rule needs a number"), false
	}
	return Outcome{}, true
}

// needBoth checks that target and actual are usable numbers in fitting units.
func (sc scorer) needBoth() (Outcome, bool) {
	if o, ok := sc.need(sc.t, "target"); !ok {
		return o, false
	}
	if o, ok := sc.need(sc.a, "actual value"); !ok {
		return o, false
	}
	return fit("target", sc.t.unitKey(), sc.t.Quantity.Value, "actual value", sc.a.unitKey(), sc.a.Quantity.Value)
}

// floorDiv is a/b rounded down at num.RatioPlaces; b > 0.
func floorDiv(a, b decimal.Decimal) decimal.Decimal {
	q, r := a.QuoRem(b, num.RatioPlaces)
	if r.Sign() < 0 {
		q = q.Sub(decimal.New(1, -num.RatioPlaces))
	}
	return q
}

// ceilDiv is a/b rounded up at num.RatioPlaces; b > 0.
func ceilDiv(a, b decimal.Decimal) decimal.Decimal {
	q, r := a.QuoRem(b, num.RatioPlaces)
	if r.Sign() > 0 {
		q = q.Add(decimal.New(1, -num.RatioPlaces))
	}
	return q
}
