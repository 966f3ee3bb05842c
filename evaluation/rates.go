package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// The 执行率 of each line of a fund block, and the score it earns on a
// project sheet.

var rateCheck = Check{
	Code: CodeRate, Severity: SeverityError,
	Forms: fundForms,
	Title: present.Text{ZH: "执行率与金额不符", EN: "execution rate does not follow from the amounts"},
	Doc: present.Text{
		ZH: "执行率 = 全年执行数 / 全年预算数，按显示的小数位数以区间判断。预算为 0 且无支出时，执行率可以为空、“—”或 0。",
		EN: "执行率 = 全年执行数 / 全年预算数, judged as intervals from the places shown. With a zero budget and no spending the rate may be blank, a dash or 0.",
	},
	Messages: []*present.Text{&msgRate, &msgRateZeroBudget, &msgRateUndefined},
	Run:      runRates,
}

var spendingNoBudget = Check{
	Code: CodeSpendingNoBudget, Severity: SeverityError,
	Forms: fundForms,
	Title: present.Text{ZH: "预算为零却有支出", EN: "spending against a zero budget"},
	Doc: present.Text{
		ZH: "全年预算数为 0，全年执行数却大于 0：执行率无从计算。",
		EN: "全年执行数 is above zero while 全年预算数 is zero: no rate can follow.",
	},
	Messages: []*present.Text{&msgSpendingNoBudget},
	Run:      runSpendingNoBudget,
}

var rateMissing = Check{
	Code: CodeRateMissing, Severity: SeverityWarning,
	NeedsFilledForm: true,
	Forms:           fundForms,
	Title:           present.Text{ZH: "缺少执行率", EN: "execution rate missing"},
	Doc: present.Text{
		ZH: "预算大于 0，但执行率为空或为“—”；建议值给出按金额计算的执行率。",
		EN: "The budget is above zero but 执行率 is empty or a dash; the fix gives the rate.",
	},
	Messages: []*present.Text{&msgRateMissing},
	Run:      runRatesMissing,
}

var rateScore = Check{
	Code: CodeRateScore, Severity: SeverityError,
	Forms: scoredFundForms,
	Title: present.Text{ZH: "执行率得分不符", EN: "execution-rate score wrong"},
	Doc: present.Text{
		ZH: "项目支出绩效自评表（及资金表带分值的部门整体自评表）的执行率得分 = min(执行率, 100%) × 分值，按得分显示的小数位数四舍五入。",
		EN: "The 执行率 score of a project sheet (and of a 部门整体 form whose fund block has a 分值) is min(执行率, 100%) × 分值, rounded to the places shown.",
	},
	Messages: []*present.Text{&msgRateScore},
	Run:      runRateScores,
}

var (
	msgRate = present.Text{
		ZH: "“{line}”执行率应为全年执行数 {spent} ÷ 全年预算数 {budget} = {want}，表中填写 {got}。",
		EN: "{line}: the rate should be spending {spent} ÷ budget {budget} = {want}, but reads {got}.",
	}
	msgRateWithin = present.Text{
		ZH: "“{line}”执行率 {got} 与按金额计算的 {want} 略有差异，在舍入误差范围内，视为一致。",
		EN: "{line}: the rate {got} differs from {want} computed from the amounts only within rounding; consistent.",
	}
	msgRateZeroBudget = present.Text{
		ZH: "“{line}”全年预算数和执行数均为 0，执行率应为空、“—”或 0，表中填写 {got}。",
		EN: "{line}: budget and spending are both 0, so the rate should be blank, a dash or 0, but reads {got}.",
	}
	subjectLineRate      = present.Text{ZH: "“{line}”执行率", EN: "the rate of {line}"}
	subjectLineRateScore = present.Text{ZH: "“{line}”执行率得分", EN: "the rate score of {line}"}
	howRate              = present.Text{ZH: "全年执行数 {spent} ÷ 全年预算数 {budget}", EN: "spending {spent} ÷ budget {budget}"}
	howRateScore         = present.Text{ZH: "min(执行率, 100%) × 分值 {weight}", EN: "min(rate, 100%) × weight {weight}"}
	msgRateUndefined     = present.Text{
		ZH: "“{line}”全年预算数为 0，执行率无从计算，表中却填写 {got}。",
		EN: "{line}: the budget is 0, so no rate follows, yet the rate reads {got}.",
	}
	msgSpendingNoBudget = present.Text{
		ZH: "“{line}”全年预算数为 0，全年执行数却为 {spent}，请核实预算数或执行数。",
		EN: "{line}: the budget is 0 but spending is {spent}; check the budget or the spending.",
	}
	msgRateMissing = present.Text{
		ZH: "“{line}”全年预算数 {budget}，全年执行数 {spent}，执行率应为 {want}，表中未填写。",
		EN: "{line}: budget {budget} and spending {spent} give a rate of {want}, which is not filled in.",
	}
	msgRateScore = present.Text{
		ZH: "“{line}”执行率得分应为 min(执行率, 100%) × 分值 {weight} = {want}，表中填写 {got}。",
		EN: "{line}: the rate score should be min(rate, 100%) × weight {weight} = {want}, but reads {got}.",
	}
	msgRateScoreWithin = present.Text{
		ZH: "“{line}”执行率得分 {got} 与计算值 {want} 的差异在舍入误差范围内，视为一致。",
		EN: "{line}: the rate score {got} differs from {want} only within rounding; consistent.",
	}
)

// rateCase is how the amounts and the rate of one line stand.
type rateCase uint8

const (
	rateSkipped   rateCase = iota // not checked: no rate due, or a figure unusable
	rateNoBudget                  // budget 0, spending above 0
	rateZeroBoth                  // budget and spending 0
	rateNegative                  // a negative amount: no rate is judged
	rateAbsent                    // amounts above 0, no rate
	rateToCompare                 // amounts above 0 and a rate
)

// rateLines calls each for every line of the form's fund block whose rate
// is due, with how it stands. A project sheet carries 执行率 on its
// 年度资金总额 line only; its other lines may leave it blank or dashed.
func (p *Pass) rateLines(each func(l *budget.FundLine, c rateCase)) {
	b := p.Form.Funds
	if b == nil || !b.Has(budget.Adjusted) || !b.Has(budget.Executed) || !b.Has(budget.Rate) {
		p.Inapplicable()
		return
	}
	for i := range b.Lines {
		l := &b.Lines[i]
		required := !b.Has(budget.Weight) || l.Line == budget.Total
		each(l, p.rateCaseOf(l, required))
	}
}

func (p *Pass) rateCaseOf(l *budget.FundLine, required bool) rateCase {
	if !required && (l.Rate.State == xlsx.Absent || l.Rate.State == xlsx.Placeholder) {
		return rateSkipped
	}
	name := lineName(l)
	if !p.usable(l.Adjusted, labelFigure(name, budget.Adjusted)) || !p.usable(l.Executed, labelFigure(name, budget.Executed)) {
		return rateSkipped
	}
	if l.Rate.State == xlsx.Invalid {
		p.usable(l.Rate, labelFigure(name, budget.Rate))
		return rateSkipped
	}
	b, a := l.Adjusted.Value.Value, l.Executed.Value.Value
	switch {
	case b.IsZero() && a.Sign() > 0:
		return rateNoBudget
	case b.IsZero():
		return rateZeroBoth
	case b.Sign() < 0 || a.Sign() < 0:
		return rateNegative
	case l.Rate.State != xlsx.Present:
		return rateAbsent
	}
	return rateToCompare
}

// rateArgs are the arguments every rate sentence of a line may use.
func rateArgs(l *budget.FundLine, want decimal.Decimal, r operand) []present.Arg {
	return []present.Arg{
		present.S("line", lineName(l)),
		present.S("budget", amount(l.Adjusted).val.String()),
		present.S("spent", amount(l.Executed).val.String()),
		present.S("want", percent(want, r.val.Places)),
		present.S("got", percent(r.val.Value, r.val.Places)),
	}
}

// runRates judges 执行率 = 全年执行数 / 全年预算数 on every line.
func runRates(p *Pass) {
	p.rateLines(func(l *budget.FundLine, c rateCase) {
		related := []xlsx.Ref{l.Executed.Ref, l.Adjusted.Ref}
		r := rate(l.Rate)
		switch c {
		case rateNoBudget:
			if l.Rate.State == xlsx.Present && !l.Rate.Value.Value.IsZero() {
				p.Report(Diagnostic{At: l.Rate.Ref, Related: related, Actual: r.val.String(),
					Message: present.New(&msgRateUndefined, rateArgs(l, decimal.Zero, r)...)})
			}
		case rateZeroBoth:
			if l.Rate.State == xlsx.Present && !l.Rate.Value.Value.IsZero() {
				p.Report(Diagnostic{At: l.Rate.Ref, Related: related, Expected: fixed(decimal.Zero, r.val.Places), Actual: r.val.String(),
					Message: present.New(&msgRateZeroBudget, rateArgs(l, decimal.Zero, r)...)})
			}
		case rateToCompare:
			want, _ := num.Ratio(l.Executed.Value.Value, l.Adjusted.Value.Value, r.val.Places)
			got := r.val.Value
			if got.Equal(want) {
				return
			}
			d := Diagnostic{At: l.Rate.Ref, Related: related, Expected: fixed(want, r.val.Places), Actual: r.val.String()}
			ratio, ok := amount(l.Executed).interval().Div(amount(l.Adjusted).interval(), num.RatioPlaces)
			if ok && ratio.Meets(r.interval()) {
				d.Message = present.New(&msgRateWithin, rateArgs(l, want, r)...)
				p.ReportAs(&withinRounding, d)
				return
			}
			if isSlip(got, want, r.val.Places) {
				d.Message = present.New(&msgSlip, present.M("what", present.New(&subjectLineRate, present.S("line", lineName(l)))),
					present.S("got", percent(got, r.val.Places)), present.S("want", percent(want, r.val.Places)),
					present.M("how", present.New(&howRate, rateArgs(l, want, r)...)))
				p.Fix(p.ReportAs(&roundingSlip, d), l.Rate.Ref, p.rateAsTyped(l.Rate, want, r.val.Places))
				return
			}
			d.Message = present.New(&msgRate, rateArgs(l, want, r)...)
			p.Fix(p.Report(d), l.Rate.Ref, p.rateAsTyped(l.Rate, want, r.val.Places))
		}
	})
}

// runSpendingNoBudget reports spending against a zero budget.
func runSpendingNoBudget(p *Pass) {
	p.rateLines(func(l *budget.FundLine, c rateCase) {
		if c == rateNoBudget {
			spent := amount(l.Executed).val.String()
			p.Report(Diagnostic{At: l.Executed.Ref, Related: []xlsx.Ref{l.Adjusted.Ref}, Expected: "0.00", Actual: spent,
				Message: present.New(&msgSpendingNoBudget, rateArgs(l, decimal.Zero, rate(l.Rate))...)})
		}
	})
}

// runRatesMissing reports a rate left blank where the amounts give one.
func runRatesMissing(p *Pass) {
	p.rateLines(func(l *budget.FundLine, c rateCase) {
		if c != rateAbsent {
			return
		}
		r := rate(l.Rate)
		want, _ := num.Ratio(l.Executed.Value.Value, l.Adjusted.Value.Value, r.val.Places)
		i := p.Report(Diagnostic{At: l.Rate.Ref, Related: []xlsx.Ref{l.Executed.Ref, l.Adjusted.Ref}, Expected: fixed(want, r.val.Places),
			Message: present.New(&msgRateMissing, rateArgs(l, want, r)...)})
		p.Fix(i, l.Rate.Ref, p.rateAsTyped(l.Rate, want, r.val.Places))
	})
}

// runRateScores judges the 执行率 score of every line with a weight.
func runRateScores(p *Pass) {
	b := p.Form.Funds
	if b == nil || !b.Has(budget.Adjusted) || !b.Has(budget.Executed) || !b.Has(budget.Weight) || !b.Has(budget.Score) {
		p.Inapplicable()
		return
	}
	for i := range b.Lines {
		if l := &b.Lines[i]; l.Weight.State == xlsx.Present {
			p.checkRateScore(l)
		}
	}
}

// checkRateScore judges the 执行率 score: min(rate, 100%) × weight, rounded
// to the places the score shows. The rate is taken from the amounts when
// they are usable, else from the rate cell.
func (p *Pass) checkRateScore(l *budget.FundLine) {
	name := lineName(l)
	if l.Score.State != xlsx.Present {
		if l.Score.State == xlsx.Invalid {
			p.usable(l.Score, labelFigure(name, budget.Score))
		}
		return
	}
	weight, sc := exact(l.Weight), derivedScore(l.Score)
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
	args := []present.Arg{present.S("line", name), present.S("weight", weight.val.String()), present.S("want", exp), present.S("got", act)}
	d := Diagnostic{At: l.Score.Ref, Related: related, Expected: exp, Actual: act}
	lo := num.Round(decimal.Min(iv.Lo, one).Mul(weight.val.Value), places)
	hi := num.Round(decimal.Min(iv.Hi, one).Mul(weight.val.Value), places)
	if (num.Interval{Lo: lo, Hi: hi}).Contains(sc.val.Value) {
		d.Message = present.New(&msgRateScoreWithin, args...)
		p.ReportAs(&withinRounding, d)
		return
	}
	if isSlip(sc.val.Value, want, places) {
		d.Message = present.New(&msgSlip, present.M("what", present.New(&subjectLineRateScore, present.S("line", name))),
			present.S("got", act), present.S("want", exp), present.M("how", present.New(&howRateScore, args...)))
		p.Fix(p.ReportAs(&roundingSlip, d), l.Score.Ref, exp)
		return
	}
	d.Message = present.New(&msgRateScore, args...)
	p.Fix(p.Report(d), l.Score.Ref, exp)
}

// lineName is a line's label without its introducing words: "本年财政拨款"
// for "其中：本年财政拨款".
func lineName(l *budget.FundLine) string {
	return label.StripLinePrefix(l.Label.Label)
}

// rateAsTyped is a rate as its cell takes it: the fraction for a cell that
// shows a percentage (or is blank), the percentage without its sign for a
// cell that holds one as a bare number (85.11 for 85.11%).
func (p *Pass) rateAsTyped(f xlsx.Figure, v decimal.Decimal, places int32) string {
	if f.Percent && !p.st.showsPercent(f.Ref) {
		return fixed(v.Shift(2), max(places-2, 0))
	}
	return fixed(v, places)
}
