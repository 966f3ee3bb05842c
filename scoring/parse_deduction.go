package scoring

import (
	"strings"

	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// parseDeduction reads a per-step deduction:
// "预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止",
// "结转结余率≤5%得满分，每超过1个百分点扣0.5分",
// "每低于目标值1个百分点扣0.2分".
func parseDeduction(p *scanner) (Rule, bool) {
	var (
		c       cond
		hasCond bool
		full    bool
		points  *decimal.Decimal
	)
	p.standard()
	start := p.i
	if free, ok := p.freeThen(0, func(q *scanner) bool {
		var ok bool
		if c, ok = q.cond(false); !ok {
			return false
		}
		joined := q.joiner()
		sep := q.seps()
		if q.fullMarks() {
			full = true
			return true
		}
		if v, isFull, ok := q.points(); ok && (isFull || v.Sign() > 0) {
			full = true
			if !isFull {
				points = &v
			}
			return true
		}
		return joined || sep
	}); ok && !strings.Contains(free, "每") {
		hasCond = true
		p.seps()
		// the other side restated before the step: "“三公经费”>0，每超过…"
		save := p.i
		if free, ok := p.freeThen(0, func(q *scanner) bool {
			_, ok := q.cond(false)
			return ok && q.seps()
		}); !ok || strings.Contains(free, "每") {
			p.i = save
		}
	} else {
		p.i = start
	}
	d := DeductionParams{}
	if _, ok := p.freeThen(0, func(q *scanner) bool { return q.step(&d) }); !ok {
		return Rule{}, false
	}
	ok := p.tails(func(q *scanner) bool {
		if q.floorTail() {
			return true
		}
		if v, ok := q.maxDeductTail(); ok && d.MaxDeduct == nil && v.Sign() > 0 {
			d.MaxDeduct = &v
			return true
		}
		if q.prorateTail() {
			d.Prorate = true
			return true
		}
		return false
	})
	if !ok {
		return Rule{}, false
	}
	if hasCond {
		if !directionFits(d.Direction, c.op, full) {
			return Rule{Kind: Unreadable, Reason: "the threshold and the direction of the deduction disagree"}, true
		}
		if c.percent && !d.StepPercent || c.unit != "" && d.StepPercent || c.unit != "" && d.StepUnit != "" && c.unit != d.StepUnit {
			return Rule{Kind: Unreadable, Reason: "the threshold and the step are in different units"}, true
		}
		v := c.val
		d.Threshold, d.ThresholdOp, d.ThresholdPercent, d.ThresholdUnit = &v, c.op, c.percent, c.unit
	}
	return Rule{Kind: Deduction, Deduction: &d, Points: points}, true
}

// prorateTail reads the words that charge part steps in proportion:
// "不足1个百分点的按比例扣分", "按比例扣减".
func (p *scanner) prorateTail() bool {
	start := p.i
	if p.lit("不足") {
		p.number(true)
		p.percentMark()
		p.unitWord()
		p.joiner()
	}
	if p.lit("按比例扣分", "按比例扣减", "按比例计算", "按比例折算", "按比例") {
		return true
	}
	p.i = start
	return false
}

// standard skips the clause that names the standard a rule measures
// against before stating it: "以100%为标准，".
func (p *scanner) standard() {
	start := p.i
	if p.lit("以") {
		if _, ok := p.quantity(); ok && p.lit("为标准", "为基准", "为准") {
			p.seps()
			return
		}
	}
	p.i = start
}

// directionFits reports whether a threshold condition fits the direction of
// the deduction. A full-marks condition ("≥95%得满分") faces away from the
// deduction; a bare condition ("低于100%的，每低…") faces towards it.
func directionFits(dir Direction, op num.Op, full bool) bool {
	switch op {
	case num.None, num.Equal:
		return true
	case num.AtLeast:
		return full && dir == DeductBelow
	case num.Above:
		return full == (dir == DeductBelow)
	case num.AtMost:
		return full && dir == DeductAbove
	case num.Below:
		return full == (dir == DeductAbove)
	}
	return false
}

// step reads "每低1个百分点扣0.1分", "每超过5%扣1分", "每少1场扣0.5分",
// "每低于目标值1个百分点扣0.2分".
func (p *scanner) step(out *DeductionParams) bool {
	start := p.i
	fail := func() bool { p.i = start; return false }
	d := &DeductionParams{}
	if !p.lit("每") {
		return fail()
	}
	switch {
	case p.lit("超过", "超出", "高于", "高出", "增加", "增长", "提高", "上升", "上浮", "多于", "多出", "多", "超", "高"):
		d.Direction = DeductAbove
	case p.lit("低于", "低出", "降低", "下降", "减少", "下浮", "少于", "少", "不足", "低", "差"):
		d.Direction = DeductBelow
	default:
		return fail()
	}
	p.lit("于")
	p.lit("目标值", "目标", "计划值", "计划数", "计划", "预期值", "预期", "标准值", "标准", "指标值")
	step, ok := p.number(true)
	if !ok || step.Sign() <= 0 {
		return fail()
	}
	if p.percentMark() {
		d.Step, d.StepPercent = step.Shift(-2), true
	} else {
		d.StepUnit = p.unitWord()
		if d.StepUnit == "" {
			return fail()
		}
		d.Step = step
	}
	p.seps()
	p.joiner()
	amount, ok := p.deductAmount()
	if !ok {
		return fail()
	}
	d.Amount = amount
	*out = *d
	return true
}
