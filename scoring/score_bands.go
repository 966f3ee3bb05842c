package scoring

import (
	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// bandHolds reports whether v lies in the band.
func bandHolds(b Band, v decimal.Decimal) bool {
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

// bandMeets reports whether the band shares a number with iv.
func bandMeets(b Band, iv num.Interval) bool {
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
func (sc scorer) bands(bands []Band) Outcome {
	if o, ok := sc.need(sc.a, "actual value"); !ok {
		return o
	}
	a := sc.a
	if sc.t.usable() {
		if o, ok := fit("target", sc.t.unitKey(), sc.t.Quantity.Value, "actual value", a.unitKey(), a.Quantity.Value); !ok {
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
				if o, ok := fit("band bound", key, *bound, "actual value", a.unitKey(), a.Quantity.Value); !ok {
					return o
				}
			}
		}
		if p := points(*b); p.GreaterThan(sc.w) || p.Sign() < 0 {
			return unusable("a band gives more points than the weight")
		}
	}
	v := a.Quantity.Value
	ai := a.interval()
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
		if bandHolds(b, v) {
			if found && !points(b).Equal(score) {
				ambiguous = true
			}
			found, score = true, points(b)
		}
		if bandMeets(b, ai) {
			widen(points(b))
			if bandHolds(b, ai.Lo) && bandHolds(b, ai.Hi) {
				coversWholly = true
			}
		}
	}
	switch {
	case ambiguous:
		return manual(sc.w, "actual value lies on an edge that bands with different points both claim")
	case !found && otherwise == nil:
		return manual(sc.w, "actual value lies in no band of the rule")
	case !found:
		score = points(*otherwise)
	}
	if otherwise != nil && !coversWholly {
		widen(points(*otherwise))
	}
	widen(score)
	return sc.computed(score, decimal.NewFromInt(1), iv, "points of the band holding the actual value")
}
