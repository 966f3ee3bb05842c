package indicator

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/internal/num"
	"github.com/shopspring/decimal"
)

// ruleStepCharge says how a deduction charges a shortfall that is not a
// whole number of steps.
type ruleStepCharge int

const (
	// ruleChargeProportional charges part steps in proportion: 2.5
	// percentage points short at 0.1 per point deducts 0.25.
	ruleChargeProportional ruleStepCharge = iota
	// ruleChargeStartedSteps charges every step begun in full: 2.5 points
	// short deducts 3 × 0.1.
	ruleChargeStartedSteps
	// ruleChargeWholeSteps charges complete steps only: 2.5 points short
	// deducts 2 × 0.1.
	ruleChargeWholeSteps
)

// ruleStepCharging is the one place that decides how part steps are
// charged. Proportional charging is what the published examples show
// (97.5% against "=100%得满分，每低1个百分点扣0.1分" on 4 points gives 3.75).
const ruleStepCharging = ruleChargeProportional

// Score recomputes the score the rule gives for a target and an actual value
// as written in the table ("≥6500人次", "92%", "按期完成") on an indicator
// worth weight points, rounded half away from zero to places decimals
// (places is clamped to [0, num.RatioPlaces]).
//
// Target and actual are read with num.ParseQuantity; a trailing 以上, 以下 or
// 以内 is read as the comparison it is ("95%以上" is "≥95%"). Text that is not
// a number stays text and is compared as text after label.Normalize. Values
// in different units ("%" and "个", "场" and "人次") are unusable, with
// UnitMismatch set; a value without a unit fits any unit. A plain number
// beside a percentage is read as a fraction ("0.76" beside "≥95%" is 76%)
// up to 2 (200%); a larger one ("92" beside "≥95%") looks like a percentage
// typed without its sign and is unusable. A trailing 左右 or (含) is
// ignored; other text after the unit ("92%（已完成）") is unusable.
//
// Per kind:
//   - RuleProportional: min(ratio, 1) × weight, ratio = actual/target for
//     "≥", ">", "=" and bare targets, target/actual for "≤" and "<" targets.
//     A zero "≥"/">" target gives full marks for any non-negative actual; a
//     zero "="/bare target gives full marks for a zero actual and is unusable
//     otherwise; a zero actual against a "≤" target gives full marks.
//     Negative values are unusable.
//   - RuleDeduction: weight − Amount × shortfall/Step, where the shortfall is
//     measured from the rule's threshold (or the target's value when the
//     rule names none) in the rule's direction; part steps are charged in
//     proportion; the score never falls below 0 (nor below weight − MaxDeduct)
//     nor rises above the weight.
//   - RuleBands: the points of the band holding the actual value (full marks
//     for 得满分 bands, the Otherwise band when none holds it). A value no
//     band holds, or one on an edge two bands with different points claim,
//     is manual.
//   - RuleBinary: full marks when the actual text equals the target text;
//     for numbers, full marks when the actual meets the target's comparison
//     and 0 when not. A plainly negative actual ("未完成", "否") gives 0; any
//     other differing text, and a number against a bare numeric target that
//     it does not equal, is manual.
//   - RuleDefault: see DefaultProjectRule.
//   - RuleManual is manual; RuleUnreadable and RuleNone are unreadable.
func (r Rule) Score(target, actual string, weight decimal.Decimal, places int32) Outcome {
	return r.score(target, actual, weight, places, true)
}

// ScoreOnly is Score that may leave the Interval of a computed outcome zero
// (for proportional, deduction and default rules): that interval costs most
// of the arithmetic, and a caller that compares exact scores first needs it
// only when they differ. Status, Score, Reason and UnitMismatch are those
// Score gives.
func (r Rule) ScoreOnly(target, actual string, weight decimal.Decimal, places int32) Outcome {
	return r.score(target, actual, weight, places, false)
}

// score is Score, with the interval of a computed outcome or without.
func (r Rule) score(target, actual string, weight decimal.Decimal, places int32, interval bool) Outcome {
	places = min(max(places, 0), num.RatioPlaces)
	switch r.Kind {
	case RuleNone:
		return Outcome{Status: ScoreUnreadable, Reason: "no scoring rule"}
	case RuleUnreadable:
		return Outcome{Status: ScoreUnreadable, Reason: "unreadable scoring rule: " + r.Reason}
	}
	if weight.Sign() < 0 {
		return ruleUnusable("negative weight")
	}
	if r.Kind == RuleManual {
		return ruleManual(weight, "the rule needs a count of findings a person gives")
	}
	sc := ruleScorer{w: weight, places: places, t: ruleReadValue(target), a: ruleReadValue(actual), interval: interval}
	switch r.Kind {
	case RuleProportional:
		return sc.proportional()
	case RuleDefault:
		return sc.byDefault()
	case RuleBinary:
		return sc.binary()
	case RuleDeduction:
		if r.Deduction == nil {
			return Outcome{Status: ScoreUnreadable, Reason: "deduction rule without parameters"}
		}
		return sc.deduction(r.Deduction)
	case RuleBands:
		return sc.bands(r.Bands)
	}
	return Outcome{Status: ScoreUnreadable, Reason: "unknown rule kind " + string(r.Kind)}
}

// ruleValue is a target or actual value as read for scoring.
type ruleValue struct {
	text    string // normalised text
	q       num.Quantity
	numeric bool
	empty   bool
	bad     string // why a number could not be used, "" when it can
}

// ruleReadValue reads a target or an actual value.
func ruleReadValue(s string) ruleValue {
	v := ruleValue{text: label.Normalize(s)}
	if v.text == "" {
		v.empty = true
		return v
	}
	q, err := num.ParseQuantity(s)
	switch {
	case errors.Is(err, num.ErrNotNumber):
		return v // text
	case errors.Is(err, num.ErrEmpty):
		v.empty = true
		return v
	case err != nil:
		v.bad = "unreadable number"
		return v
	}
	q.Unit = ruleStripQualifiers(&q, &v)
	if strings.ContainsAny(q.Unit, "0123456789,;:%()") || utf8.RuneCountInString(q.Unit) > ruleMaxUnitRunes+2 {
		v.bad = "text after the number"
	}
	v.q, v.numeric = q, true
	return v
}

// ruleStripQualifiers removes the words that may follow a value's unit
// without being part of it, "以上", "以下", "以内" (read as comparisons),
// "(含)" and "左右", and returns the unit left.
func ruleStripQualifiers(q *num.Quantity, v *ruleValue) string {
	unit := q.Unit
	for range 3 { // "以上(含)", "(含)以上左右": a few words at most
		stripped := false
		for _, c := range [...]struct {
			word string
			op   num.Op
		}{
			{"及以上", num.AtLeast}, {"或以上", num.AtLeast}, {"以上", num.AtLeast},
			{"及以下", num.AtMost}, {"或以下", num.AtMost}, {"以下", num.AtMost}, {"及以内", num.AtMost}, {"以内", num.AtMost},
			{"(含)", num.None}, {"(含本数)", num.None}, {"左右", num.None},
		} {
			if !strings.HasSuffix(unit, c.word) {
				continue
			}
			unit, stripped = unit[:len(unit)-len(c.word)], true
			switch {
			case c.op == num.None:
			case q.Op == num.None:
				q.Op = c.op
			case q.Op != c.op:
				v.bad = "conflicting comparisons"
			}
			break
		}
		if !stripped {
			break
		}
	}
	return unit
}

// unitKey is the unit a value is in: "%" for percentages.
func (v ruleValue) unitKey() string {
	if v.q.Percent {
		return "%" + v.q.Unit
	}
	return v.q.Unit
}

// ruleUnitsFit reports whether two unit keys may be compared: equal, or one
// of them absent.
func ruleUnitsFit(a, b string) bool { return a == "" || b == "" || a == b }

// ruleMaxBareFraction is the largest plain number read as a fraction beside
// a percentage: "0.76" or "1.05" beside "≥95%" are 76% and 105%, but "92"
// beside "≥95%" is a percentage typed without its sign, and is unusable
// rather than read as 9200%.
const ruleMaxBareFraction = 2

// ruleFit checks that two values (unit keys and magnitudes, named for the
// reason) may be compared: units that fit, and no plain number that looks
// like a percentage without its sign beside a percentage.
func ruleFit(name1, key1 string, v1 decimal.Decimal, name2, key2 string, v2 decimal.Decimal) (Outcome, bool) {
	if !ruleUnitsFit(key1, key2) {
		return ruleMismatch(name1 + " in " + ruleUnitName(key1) + ", " + name2 + " in " + ruleUnitName(key2)), false
	}
	bare := func(key string, v decimal.Decimal, other string) bool {
		return key == "" && strings.HasPrefix(other, "%") && v.Abs().GreaterThan(decimal.NewFromInt(ruleMaxBareFraction))
	}
	if bare(key1, v1, key2) || bare(key2, v2, key1) {
		return ruleUnusable("a plain number beside a percentage looks like a percentage without its % sign (" + name1 + ", " + name2 + ")"), false
	}
	return Outcome{}, true
}

// ruleScorer holds what every kind of rule scores with.
type ruleScorer struct {
	w      decimal.Decimal
	places int32
	t, a   ruleValue
	// interval is false when the caller does without the interval of a
	// proportional or deduction score.
	interval bool
}

func ruleUnusable(reason string) Outcome { return Outcome{Status: ScoreUnusable, Reason: reason} }

func ruleMismatch(reason string) Outcome {
	return Outcome{Status: ScoreUnusable, Reason: reason, UnitMismatch: true}
}

func ruleManual(w decimal.Decimal, reason string) Outcome {
	return Outcome{Status: ScoreManual, Reason: reason, Interval: num.Interval{Lo: decimal.Zero, Hi: w}}
}

// computed returns a computed outcome with the score rounded from the exact
// numer/denom (denom > 0) and the interval of exact scores.
func (sc ruleScorer) computed(numer, denom decimal.Decimal, iv num.Interval, reason string) Outcome {
	return Outcome{Status: ScoreComputed, Score: numer.DivRound(denom, sc.places), Interval: iv, Reason: reason}
}

func (sc ruleScorer) full(reason string) Outcome {
	return Outcome{Status: ScoreComputed, Score: num.Round(sc.w, sc.places), Interval: num.Point(sc.w), Reason: reason}
}

func (sc ruleScorer) zero(reason string) Outcome {
	return Outcome{Status: ScoreComputed, Score: decimal.Zero, Interval: num.Point(decimal.Zero), Reason: reason}
}

// need checks that v is a usable number; what names it in reasons.
func (sc ruleScorer) need(v ruleValue, what string) (Outcome, bool) {
	switch {
	case v.empty:
		return ruleUnusable(what + " missing"), false
	case v.bad != "":
		return ruleUnusable(what + ": " + v.bad), false
	case !v.numeric:
		return ruleUnusable(what + " is text where the rule needs a number"), false
	}
	return Outcome{}, true
}

// needBoth checks that target and actual are usable numbers in fitting units.
func (sc ruleScorer) needBoth() (Outcome, bool) {
	if o, ok := sc.need(sc.t, "target"); !ok {
		return o, false
	}
	if o, ok := sc.need(sc.a, "actual value"); !ok {
		return o, false
	}
	return ruleFit("target", sc.t.unitKey(), sc.t.q.Value, "actual value", sc.a.unitKey(), sc.a.q.Value)
}

func ruleUnitName(key string) string {
	if key == "" {
		return "no unit"
	}
	return `"` + key + `"`
}

// ruleFloorDiv is a/b rounded down at num.RatioPlaces; b > 0.
func ruleFloorDiv(a, b decimal.Decimal) decimal.Decimal {
	q, r := a.QuoRem(b, num.RatioPlaces)
	if r.Sign() < 0 {
		q = q.Sub(decimal.New(1, -num.RatioPlaces))
	}
	return q
}

// ruleCeilDiv is a/b rounded up at num.RatioPlaces; b > 0.
func ruleCeilDiv(a, b decimal.Decimal) decimal.Decimal {
	q, r := a.QuoRem(b, num.RatioPlaces)
	if r.Sign() > 0 {
		q = q.Add(decimal.New(1, -num.RatioPlaces))
	}
	return q
}

// proportional scores min(ratio, 1) × weight.
func (sc ruleScorer) proportional() Outcome {
	if o, ok := sc.needBoth(); !ok {
		return o
	}
	w := sc.w
	tv, av := sc.t.q.Value, sc.a.q.Value
	if tv.Sign() < 0 || av.Sign() < 0 {
		return ruleUnusable("negative value in a proportional rule")
	}
	switch sc.t.q.Op {
	case num.AtMost, num.Below:
		// the less the better: ratio = target / actual.
		iv := sc.proportionalInterval(sc.a.q.Shown, sc.t.q.Shown)
		if av.IsZero() {
			o := sc.full("zero actual meets an upper-bound target")
			o.Interval = iv
			return o
		}
		return sc.computed(decimal.Min(tv.Mul(w), av.Mul(w)), av, iv, "target/actual × weight, capped at the weight")
	default:
		if tv.IsZero() {
			switch {
			case sc.t.q.Op == num.AtLeast || sc.t.q.Op == num.Above:
				return sc.full("any non-negative actual meets a zero lower bound")
			case av.IsZero():
				return sc.full("actual equals the zero target")
			}
			return ruleUnusable("ratio to a zero target is undefined")
		}
		iv := sc.proportionalInterval(sc.t.q.Shown, sc.a.q.Shown)
		return sc.computed(decimal.Min(av.Mul(w), tv.Mul(w)), tv, iv, "actual/target × weight, capped at the weight")
	}
}

// proportionalInterval is the interval of min(numer/denom, 1) × weight for
// every pair of non-negative values that display as the ones given: the
// ratio is least at the widest denominator and the narrowest numerator.
// denom is greater than zero or shown as zero, which its interval's upper
// end, half a unit above it, is not. It is zero when the scorer does
// without intervals.
func (sc ruleScorer) proportionalInterval(denom, numer num.Shown) num.Interval {
	if !sc.interval {
		return num.Interval{}
	}
	w := sc.w
	di := denom.Interval().ClampLo(decimal.Zero)
	ni := numer.Interval().ClampLo(decimal.Zero)
	iv := num.Interval{Lo: ruleFloorDiv(decimal.Min(ni.Lo.Mul(w), di.Hi.Mul(w)), di.Hi), Hi: w}
	if di.Lo.Sign() > 0 {
		iv.Hi = ruleCeilDiv(decimal.Min(ni.Hi.Mul(w), di.Lo.Mul(w)), di.Lo)
	}
	return iv
}

// byDefault applies DefaultProjectRule.
func (sc ruleScorer) byDefault() Outcome {
	switch {
	case sc.t.empty:
		return ruleUnusable("target missing")
	case sc.a.empty:
		return ruleUnusable("actual value missing")
	case sc.t.numeric || sc.t.bad != "":
		return sc.proportional()
	case sc.t.text == sc.a.text:
		return sc.full("actual text equals the target text")
	}
	return ruleManual(sc.w, "text target: the actual's wording differs and needs a person's judgement")
}

// binary gives full marks or nothing.
func (sc ruleScorer) binary() Outcome {
	t, a := sc.t, sc.a
	switch {
	case t.empty:
		return ruleUnusable("target missing")
	case a.empty:
		return ruleUnusable("actual value missing")
	case t.text == a.text:
		return sc.full("actual equals the target")
	case t.numeric && a.numeric:
		if o, ok := sc.needBoth(); !ok {
			return o
		}
		met, known := ruleMeets(t.q.Op, a.q.Value, t.q.Value)
		if !known {
			return ruleManual(sc.w, "a bare numeric target does not say which side of it is met")
		}
		o := sc.zero("target not met")
		if met {
			o = sc.full("target met")
		}
		// The target might be met or not by values that display alike.
		if ti, ai := t.q.Shown.Interval(), a.q.Shown.Interval(); ti.Meets(ai) {
			o.Interval = num.Interval{Lo: decimal.Zero, Hi: sc.w}
		}
		return o
	case t.numeric || a.numeric:
		return ruleManual(sc.w, "one of target and actual is a number, the other text")
	case ruleNegatedActual(t.text, a.text):
		return sc.zero("actual says the target was not met")
	}
	return ruleManual(sc.w, "actual text differs from the target text")
}

// ruleMeets reports whether actual meets a target with op; known is false
// for a bare target the actual does not equal.
func ruleMeets(op num.Op, actual, target decimal.Decimal) (met, known bool) {
	c := actual.Cmp(target)
	switch op {
	case num.AtLeast:
		return c >= 0, true
	case num.Above:
		return c > 0, true
	case num.AtMost:
		return c <= 0, true
	case num.Below:
		return c < 0, true
	case num.Equal:
		return c == 0, true
	}
	return c == 0, c == 0
}

// ruleNegatedActual reports whether the actual text plainly says the target
// was not met: "未完成", "尚未公开", "否".
func ruleNegatedActual(target, actual string) bool {
	switch actual {
	case "否", "无", "未完成", "不合格", "不符合", "未达到", "未达标":
		return true
	}
	for _, w := range [...]string{"未", "没有", "尚未", "逾期"} {
		if strings.HasPrefix(actual, w) {
			return !strings.HasPrefix(target, w)
		}
	}
	return false
}

// ruleChargedSteps returns the number of steps a shortfall of gap is charged
// as the fraction n/d (d > 0), following ruleStepCharging.
func ruleChargedSteps(gap, step decimal.Decimal) (n, d decimal.Decimal) {
	if gap.Sign() <= 0 {
		return decimal.Zero, decimal.NewFromInt(1)
	}
	switch ruleStepCharging {
	case ruleChargeStartedSteps:
		q, r := gap.QuoRem(step, 0)
		if r.Sign() > 0 {
			q = q.Add(decimal.NewFromInt(1))
		}
		return q, decimal.NewFromInt(1)
	case ruleChargeWholeSteps:
		q, _ := gap.QuoRem(step, 0)
		return q, decimal.NewFromInt(1)
	}
	return gap, step
}

// ruleDeductionScore returns the exact score for a shortfall of gap as
// numer/denom (denom > 0), clamped to [floor, w].
func ruleDeductionScore(d *Deduction, w, floor, gap decimal.Decimal) (numer, denom decimal.Decimal) {
	n, den := ruleChargedSteps(gap, d.Step)
	numer = w.Mul(den).Sub(d.Amount.Mul(n))
	numer = decimal.Max(numer, floor.Mul(den))
	numer = decimal.Min(numer, w.Mul(den))
	return numer, den
}

// deduction scores a per-step deduction.
func (sc ruleScorer) deduction(d *Deduction) Outcome {
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
		if sc.t.numeric && sc.t.bad == "" {
			if o, ok := ruleFit("target", sc.t.unitKey(), sc.t.q.Value, "actual value", a.unitKey(), a.q.Value); !ok {
				return o
			}
		}
	} else {
		if o, ok := sc.needBoth(); !ok {
			return o
		}
		op := sc.t.q.Op
		if d.Direction == DeductBelow && (op == num.AtMost || op == num.Below) ||
			d.Direction == DeductAbove && (op == num.AtLeast || op == num.Above) {
			return ruleUnusable("the rule deducts on the side of the target that meets it")
		}
		thr, thrIv, thrKey = sc.t.q.Value, sc.t.q.Shown.Interval(), sc.t.unitKey()
	}
	if o, ok := ruleFit("threshold", thrKey, thr, "actual value", a.unitKey(), a.q.Value); !ok {
		return o
	}
	if d.StepPercent {
		if a.q.Unit != "" {
			return ruleMismatch("step in percentage points, actual value in " + ruleUnitName(a.unitKey()))
		}
		if !a.q.Percent && !strings.HasPrefix(thrKey, "%") {
			return ruleUnusable("step in percentage points but neither threshold nor actual value is a percentage")
		}
	} else if a.q.Percent || !ruleUnitsFit(d.StepUnit, a.q.Unit) {
		return ruleMismatch("step in " + ruleUnitName(d.StepUnit) + ", actual value in " + ruleUnitName(a.unitKey()))
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
		ai := a.q.Shown.Interval()
		// The score falls as the gap grows; the gap is widest at one pair
		// of ends of the threshold and actual intervals and narrowest at
		// the other.
		gLo, gHi := gap(thrIv.Hi, ai.Lo), gap(thrIv.Lo, ai.Hi)
		if d.Direction == DeductBelow {
			gLo, gHi = gap(thrIv.Lo, ai.Hi), gap(thrIv.Hi, ai.Lo)
		}
		nLo, dLo := ruleDeductionScore(d, w, floor, gHi)
		nHi, dHi := ruleDeductionScore(d, w, floor, gLo)
		iv = num.Interval{Lo: ruleFloorDiv(nLo, dLo), Hi: ruleCeilDiv(nHi, dHi)}
	}
	numer, denom := ruleDeductionScore(d, w, floor, gap(thr, a.q.Value))
	return sc.computed(numer, denom, iv, "weight less the amount per step beyond the threshold")
}

// ruleBandHolds reports whether v lies in the band.
func ruleBandHolds(b Band, v decimal.Decimal) bool {
	if b.Lo != nil {
		if c := v.Cmp(*b.Lo); c < 0 || c == 0 && !b.LoInclusive {
			return false
		}
	}
	if b.Hi != nil {
		if c := v.Cmp(*b.Hi); c > 0 || c == 0 && !b.HiInclusive {
			return false
		}
	}
	return true
}

// ruleBandMeets reports whether the band shares a number with iv.
func ruleBandMeets(b Band, iv num.Interval) bool {
	if b.Lo != nil {
		if c := iv.Hi.Cmp(*b.Lo); c < 0 || c == 0 && !b.LoInclusive {
			return false
		}
	}
	if b.Hi != nil {
		if c := iv.Lo.Cmp(*b.Hi); c > 0 || c == 0 && !b.HiInclusive {
			return false
		}
	}
	return true
}

// bands scores a list of ranges.
func (sc ruleScorer) bands(bands []Band) Outcome {
	if o, ok := sc.need(sc.a, "actual value"); !ok {
		return o
	}
	a := sc.a
	if sc.t.numeric && sc.t.bad == "" {
		if o, ok := ruleFit("target", sc.t.unitKey(), sc.t.q.Value, "actual value", a.unitKey(), a.q.Value); !ok {
			return o
		}
	}
	points := func(b Band) decimal.Decimal {
		if b.FullMarks {
			return sc.w
		}
		return b.Score
	}
	var otherwise *Band
	for i := range bands {
		b := &bands[i]
		if b.Otherwise {
			otherwise = b
		} else {
			key := b.Unit
			if b.Percent {
				key = "%" + b.Unit
			}
			for _, bound := range [...]*decimal.Decimal{b.Lo, b.Hi} {
				if bound == nil {
					continue
				}
				if o, ok := ruleFit("band bound", key, *bound, "actual value", a.unitKey(), a.q.Value); !ok {
					return o
				}
			}
		}
		if p := points(*b); p.GreaterThan(sc.w) || p.Sign() < 0 {
			return ruleUnusable("a band gives more points than the weight")
		}
	}
	v := a.q.Value
	ai := a.q.Shown.Interval()
	var (
		found        bool
		score        decimal.Decimal
		ambiguous    bool
		iv           num.Interval
		haveIv       bool
		coversWholly bool
	)
	widen := func(p decimal.Decimal) {
		if !haveIv {
			iv, haveIv = num.Point(p), true
			return
		}
		iv = num.Interval{Lo: decimal.Min(iv.Lo, p), Hi: decimal.Max(iv.Hi, p)}
	}
	for _, b := range bands {
		if b.Otherwise {
			continue
		}
		if ruleBandHolds(b, v) {
			if found && !points(b).Equal(score) {
				ambiguous = true
			}
			found, score = true, points(b)
		}
		if ruleBandMeets(b, ai) {
			widen(points(b))
			if ruleBandHolds(b, ai.Lo) && ruleBandHolds(b, ai.Hi) {
				coversWholly = true
			}
		}
	}
	switch {
	case ambiguous:
		return ruleManual(sc.w, "actual value lies on an edge that bands with different points both claim")
	case !found && otherwise == nil:
		return ruleManual(sc.w, "actual value lies in no band of the rule")
	case !found:
		score = points(*otherwise)
	}
	if otherwise != nil && !coversWholly {
		widen(points(*otherwise))
	}
	widen(score)
	return sc.computed(score, decimal.NewFromInt(1), iv, "points of the band holding the actual value")
}
