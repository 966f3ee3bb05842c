package scoring

import (
	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// quantity is a number in a condition with its percent sign or unit.
type quantity struct {
	v       decimal.Decimal
	percent bool
	unit    string
}

func (p *scanner) quantity() (quantity, bool) {
	v, ok := p.number(false)
	if !ok {
		return quantity{}, false
	}
	if p.percentMark() {
		return quantity{v: v.Shift(-2), percent: true}, true
	}
	return quantity{v: v, unit: p.unitWord()}, true
}

// inclusion reads "(含)" or "(不含)" after a bound.
func (p *scanner) inclusion() (inclusive, marked bool) {
	switch {
	case p.lit("(含)", "(含本数)", "(包含)", "(包括)", "(含本值)"):
		return true, true
	case p.lit("(不含)", "(不含本数)", "(不包含)", "(不包括)", "(不含本值)"):
		return false, true
	}
	return false, false
}

func (p *scanner) dash() bool { return p.lit("--", "-", "~", "至", "到") }

// cond is a condition on a value: a comparison ("≥95%", "30%以上",
// "大于30%"), a bare value ("100%") or a range ("0-10%(含)").
type cond struct {
	op      num.Op // the comparison; num.None for a bare value or a range
	isRange bool
	val     decimal.Decimal // the bound of op, or the bare value
	lo, hi  decimal.Decimal // the range
	loInc   bool
	hiInc   bool
	percent bool
	unit    string
}

// cond reads a condition; ranges only when allowRange.
func (p *scanner) cond(allowRange bool) (cond, bool) {
	start := p.i
	fail := func() (cond, bool) { p.i = start; return cond{}, false }
	op := p.op()
	q, ok := p.quantity()
	if !ok {
		return fail()
	}
	inc, marked := p.inclusion()
	if op == num.None && allowRange {
		save := p.i
		if p.dash() {
			if q2, ok := p.quantity(); ok {
				inc2, marked2 := p.inclusion()
				p.lit("之间", "区间")
				c := cond{isRange: true, lo: q.v, hi: q2.v, percent: q.percent || q2.percent}
				switch {
				case q.percent == q2.percent:
				case q2.percent && !q.percent && q.unit == "":
					c.lo = q.v.Shift(-2) // "0-10%": the sign covers both ends
				case q.percent && !q2.percent && q2.unit == "":
					c.hi = q2.v.Shift(-2)
				default:
					return fail()
				}
				switch {
				case q.unit == q2.unit, q2.unit == "":
					c.unit = q.unit
				case q.unit == "":
					c.unit = q2.unit
				default:
					return fail()
				}
				switch {
				case marked2:
					c.hiInc = inc2
				case marked && inc:
					c.hiInc = false // "90%(含)-95%": 95% belongs to the band above
				default:
					c.hiInc = true
				}
				switch {
				case marked:
					c.loInc = inc
				case marked2 && inc2:
					c.loInc = false // "10-20%(含)": 10% belongs to the band before
				default:
					c.loInc = true
				}
				if c.lo.GreaterThan(c.hi) {
					return fail()
				}
				return c, true
			}
			p.i = save
		}
	}
	sop := num.None
	switch {
	case p.lit("及以上", "或以上", "以上"):
		sop = num.AtLeast
	case p.lit("及以下", "或以下", "以下", "及以内", "以内"):
		sop = num.AtMost
	}
	if sop != num.None {
		if inc2, marked2 := p.inclusion(); marked2 {
			if marked {
				return fail()
			}
			inc, marked = inc2, true
		}
		if marked && !inc {
			if sop == num.AtLeast {
				sop = num.Above
			} else {
				sop = num.Below
			}
		}
		if op != num.None {
			return fail()
		}
		op = sop
	} else if marked {
		return fail()
	}
	return cond{op: op, val: q.v, percent: q.percent, unit: q.unit}, true
}

// band converts a condition to a Band without points.
func (c cond) band() Band {
	b := Band{Percent: c.percent, Unit: c.unit}
	v := c.val
	switch {
	case c.isRange:
		lo, hi := c.lo, c.hi
		b.Lo, b.Hi, b.LoInclusive, b.HiInclusive = &lo, &hi, c.loInc, c.hiInc
	case c.op == num.AtLeast:
		b.Lo, b.LoInclusive = &v, true
	case c.op == num.Above:
		b.Lo = &v
	case c.op == num.AtMost:
		b.Hi, b.HiInclusive = &v, true
	case c.op == num.Below:
		b.Hi = &v
	default: // Equal, None: the single value
		w := v
		b.Lo, b.Hi, b.LoInclusive, b.HiInclusive = &v, &w, true, true
	}
	return b
}
