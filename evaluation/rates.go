package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/internal/num"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// checkRate judges 执行率 = 全年执行数 / 全年预算数 on one line.
func (p *pass) checkRate(l *budget.FundLine, required bool) {
	if !required && (l.Rate.State == xlsx.Absent || l.Rate.State == xlsx.Placeholder) {
		return
	}
	name := lineName(l)
	lineZH, lineEN := "“"+name+"”", name
	if !p.usable(l.Adjusted, name+"·全年预算数", name+" budget") ||
		!p.usable(l.Executed, name+"·全年执行数", name+" spending") {
		return
	}
	if l.Rate.State == xlsx.Invalid {
		p.usable(l.Rate, name+"·执行率", name+" rate")
		return
	}
	budgetOp, spentOp := amount(l.Adjusted), amount(l.Executed)
	b, a := budgetOp.val.Value, spentOp.val.Value
	related := []xlsx.Ref{l.Executed.Ref, l.Adjusted.Ref}
	switch {
	case b.IsZero() && a.Sign() > 0:
		p.add(CodeSpendingNoBudget, l.Executed.Ref, []xlsx.Ref{l.Adjusted.Ref}, "0.00", spentOp.val.String(),
			lineZH+"全年预算数为 0，全年执行数却为 "+spentOp.val.String()+"，请核实预算数或执行数。",
			lineEN+": the budget is 0 but spending is "+spentOp.val.String()+"; check the budget or the spending.")
		return
	case b.IsZero():
		// No budget, no spending: the rate may be blank, a dash or 0.
		if l.Rate.State == xlsx.Present && !l.Rate.Value.Value.IsZero() {
			r := rate(l.Rate)
			p.add(CodeRate, l.Rate.Ref, related, fixed(decimal.Zero, r.val.Places), r.val.String(),
				lineZH+"全年预算数和执行数均为 0，执行率应为空、“—”或 0，表中填写 "+percent(r.val.Value, r.val.Places)+"。",
				lineEN+": budget and spending are both 0, so the rate should be blank, a dash or 0, but reads "+percent(r.val.Value, r.val.Places)+".")
		}
		return
	case b.Sign() < 0 || a.Sign() < 0:
		return
	}
	r := rate(l.Rate)
	want, _ := num.Ratio(a, b, r.val.Places)
	if l.Rate.State != xlsx.Present {
		i := p.add(CodeRateMissing, l.Rate.Ref, related, fixed(want, r.val.Places), "",
			lineZH+"全年预算数 "+budgetOp.val.String()+"，全年执行数 "+spentOp.val.String()+"，执行率应为 "+percent(want, r.val.Places)+"，表中未填写。",
			lineEN+": budget "+budgetOp.val.String()+" and spending "+spentOp.val.String()+" give a rate of "+percent(want, r.val.Places)+", which is not filled in.")
		p.setFix(i, l.Rate.Ref, fixed(want, r.val.Places))
		return
	}
	got := r.val.Value
	if got.Equal(want) {
		return
	}
	exp, act := fixed(want, r.val.Places), r.val.String()
	if ratio, ok := spentOp.interval().Div(budgetOp.interval(), num.RatioPlaces); ok && ratio.Meets(r.interval()) {
		p.add(CodeWithinRounding, l.Rate.Ref, related, exp, act,
			lineZH+"执行率 "+percent(got, r.val.Places)+" 与按金额计算的 "+percent(want, r.val.Places)+" 略有差异，在舍入误差范围内，视为一致。",
			lineEN+": the rate "+percent(got, r.val.Places)+" differs from "+percent(want, r.val.Places)+" computed from the amounts only within rounding; consistent.")
		return
	}
	i := p.add(CodeRate, l.Rate.Ref, related, exp, act,
		lineZH+"执行率应为全年执行数 "+spentOp.val.String()+" ÷ 全年预算数 "+budgetOp.val.String()+" = "+percent(want, r.val.Places)+"，表中填写 "+percent(got, r.val.Places)+"。",
		lineEN+": the rate should be spending "+spentOp.val.String()+" ÷ budget "+budgetOp.val.String()+" = "+percent(want, r.val.Places)+", but reads "+percent(got, r.val.Places)+".")
	p.setFix(i, l.Rate.Ref, exp)
}

// checkRateScore judges the 执行率 score: min(rate, 100%) × weight, rounded
// to the places the score shows. The rate is taken from the amounts when
// they are usable, else from the rate cell.
func (p *pass) checkRateScore(l *budget.FundLine) {
	name := lineName(l)
	if l.Score.State != xlsx.Present {
		if l.Score.State == xlsx.Invalid {
			p.usable(l.Score, name+"·得分", name+" score")
		}
		return
	}
	weight, sc := exact(l.Weight), score(l.Score)
	one := num.Int(1)
	var exactRate decimal.Decimal
	var iv num.Interval
	related := []xlsx.Ref{l.Weight.Ref}
	budgetOp, spentOp := amount(l.Adjusted), amount(l.Executed)
	switch {
	case l.Adjusted.OK() && l.Executed.OK() && budgetOp.val.Value.Sign() > 0 && spentOp.val.Value.Sign() >= 0:
		exactRate, _ = num.Ratio(spentOp.val.Value, budgetOp.val.Value, num.RatioPlaces)
		iv, _ = spentOp.interval().Div(budgetOp.interval(), num.RatioPlaces)
		related = append(related, l.Executed.Ref, l.Adjusted.Ref)
	case l.Rate.OK():
		r := rate(l.Rate)
		exactRate, iv = r.val.Value, r.interval()
		related = append(related, l.Rate.Ref)
	default:
		return
	}
	places := sc.val.Places
	want := num.Round(decimal.Min(exactRate, one).Mul(weight.val.Value), places)
	if want.Equal(sc.val.Value) {
		return
	}
	exp, act := fixed(want, places), sc.val.String()
	lo := num.Round(decimal.Min(iv.Lo, one).Mul(weight.val.Value), places)
	hi := num.Round(decimal.Min(iv.Hi, one).Mul(weight.val.Value), places)
	if (num.Interval{Lo: lo, Hi: hi}).Contains(sc.val.Value) {
		p.add(CodeWithinRounding, l.Score.Ref, related, exp, act,
			"“"+name+"”执行率得分 "+act+" 与计算值 "+exp+" 的差异在舍入误差范围内，视为一致。",
			name+": the rate score "+act+" differs from "+exp+" only within rounding; consistent.")
		return
	}
	i := p.add(CodeRateScore, l.Score.Ref, related, exp, act,
		"“"+name+"”执行率得分应为 min(执行率, 100%) × 分值 "+weight.val.String()+" = "+exp+"，表中填写 "+act+"。",
		name+": the rate score should be min(rate, 100%) × weight "+weight.val.String()+" = "+exp+", but reads "+act+".")
	p.setFix(i, l.Score.Ref, exp)
}

// lineName is a line's label without its introducing words: "本年财政拨款"
// for "其中：本年财政拨款".
func lineName(l *budget.FundLine) string {
	return label.StripLinePrefix(l.Label.Label)
}
