package evaluation

import (
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// outcome is how a check came out.
type outcome uint8

const (
	skipped outcome = iota // a figure was missing or unusable
	exactPass
	withinRounding
	failed
)

// subject names what a check is about, in both languages, for messages:
// "支出经济分类“基本支出”行" / "the 基本支出 row of the economic classification".
type subject struct{ zh, en string }

// checkSum judges total = Σ parts. An exact pass says nothing; a pass
// within rounding gives an info finding; a failure gives an error under
// code. The equation goes into the ledger, from which fixes are drawn.
func (p *pass) checkSum(code string, what subject, total operand, parts []operand) outcome {
	sum, places := sumOf(parts)
	if total.val.Value.Equal(sum) {
		p.ledger.add(total, parts, decimal.Zero, -1)
		return exactPass
	}
	places = max(places, total.val.Places)
	exp, act := fixed(sum, places), fixed(total.val.Value, places)
	diff := fixed(total.val.Value.Sub(sum).Abs(), places)
	related := refsOf(parts)
	if total.interval().Meets(intervalOf(parts)) {
		p.add(CodeWithinRounding, total.ref, related, exp, act,
			what.zh+"：合计 "+act+" 与各项之和 "+exp+" 相差 "+diff+"，在舍入误差范围内，视为一致。",
			what.en+": the total "+act+" and the sum of its parts "+exp+" differ by "+diff+", within rounding; consistent.")
		p.ledger.add(total, parts, decimal.Zero, -1)
		return withinRounding
	}
	i := p.add(code, total.ref, related, exp, act,
		what.zh+"：合计应为各项之和 "+exp+"，表中填写 "+act+"，相差 "+diff+"。",
		what.en+": the total should be the sum of its parts, "+exp+", but reads "+act+" (off by "+diff+").")
	p.ledger.add(total, parts, sum.Sub(total.val.Value), i)
	return failed
}

// usableAll reports whether every figure can take part in a check,
// reporting those that hold text.
func (p *pass) usableAll(what string, whatEN string, figs ...xlsx.Figure) bool {
	ok := true
	for _, f := range figs {
		if f.State == xlsx.Invalid {
			p.usable(f, what, whatEN)
			ok = false
		}
	}
	return ok
}
