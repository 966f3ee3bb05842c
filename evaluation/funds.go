package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/xlsx"
)

// checkFunds runs the sum and rate rules on a fund block.
func (p *pass) checkFunds(b *budget.FundBlock) {
	total := b.Line(budget.Total)
	if total != nil {
		for _, m := range []budget.Measure{budget.Adjusted, budget.Executed} {
			if b.Has(m) {
				p.required(total.Figure(m), lineName(total)+"·"+m.Name(), lineName(total)+" "+string(m))
			}
		}
	}
	for _, m := range []budget.Measure{budget.Initial, budget.Adjusted, budget.Executed} {
		if !b.Has(m) || total == nil {
			continue
		}
		p.checkLineSum(budget.Sources(), CodeSourceSum, b, total, m,
			subject{"“" + m.Name() + "”列按资金来源", "column " + m.Name() + " by source of funds"})
		p.checkLineSum(budget.Natures(), CodeNatureSum, b, total, m,
			subject{"“" + m.Name() + "”列按支出性质", "column " + m.Name() + " by nature of spending"})
	}
	if !b.Has(budget.Adjusted) || !b.Has(budget.Executed) {
		return
	}
	for i := range b.Lines {
		l := &b.Lines[i]
		if b.Has(budget.Rate) {
			// A project sheet carries 执行率 on its 年度资金总额 line only; its
			// other lines may leave it blank or dashed.
			required := !b.Has(budget.Weight) || l.Line == budget.Total
			p.checkRate(l, required)
		}
		if b.Has(budget.Weight) && b.Has(budget.Score) && l.Weight.State == xlsx.Present {
			p.checkRateScore(l)
		}
	}
}

// checkLineSum checks total = Σ lines for one measure, when the block has at
// least one of the lines.
func (p *pass) checkLineSum(lines []budget.Line, code string, b *budget.FundBlock, total *budget.FundLine, m budget.Measure, what subject) {
	parts := make([]xlsx.Figure, 0, len(lines))
	for _, l := range lines {
		if fl := b.Line(l); fl != nil {
			parts = append(parts, fl.Figure(m))
		}
	}
	if len(parts) == 0 {
		return
	}
	t := total.Figure(m)
	if !p.usable(t, total.Label.Text+"·"+m.Name(), total.Label.Text+" "+string(m)) || !p.usableAll(m.Name(), string(m), parts...) {
		return
	}
	ops := p.operands(len(parts))[:len(parts)]
	for i, f := range parts {
		ops[i] = amount(f)
	}
	p.checkSum(code, what, amount(t), ops)
}
