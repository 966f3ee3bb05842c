package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

// The sums of a fund block: by source of funds and by nature of spending.

var sourceSum = Check{
	Code: CodeSourceSum, Severity: SeverityError,
	Forms: fundForms,
	Title: present.Text{ZH: "资金来源合计不符", EN: "sources do not add up"},
	Doc: present.Text{
		ZH: "财政拨款 + 上年结转资金 + 其他资金应等于年度资金总额，年初预算数、全年预算数、全年执行数各列都要相符。按显示的小数位数以区间判断。",
		EN: "财政拨款 + 上年结转资金 + 其他资金 must equal 年度资金总额, for every measure (年初预算数, 全年预算数, 全年执行数). Judged with intervals from the places shown.",
	},
	Messages: []*present.Text{&msgSumFailed},
	Run:      func(p *Pass) { p.checkFundSums(budget.Sources(), &subjectBySource) },
}

var natureSum = Check{
	Code: CodeNatureSum, Severity: SeverityError,
	Forms: fundForms,
	Title: present.Text{ZH: "支出性质合计不符", EN: "natures do not add up"},
	Doc: present.Text{
		ZH: "基本支出 + 项目支出应等于年度资金总额，各列都要相符。",
		EN: "基本支出 + 项目支出 must equal 年度资金总额, for every measure.",
	},
	Messages: []*present.Text{&msgSumFailed},
	Run:      func(p *Pass) { p.checkFundSums(budget.Natures(), &subjectByNature) },
}

var (
	subjectBySource = present.Text{ZH: "“{measure}”列按资金来源", EN: "column {measure} by source of funds"}
	subjectByNature = present.Text{ZH: "“{measure}”列按支出性质", EN: "column {measure} by nature of spending"}
	gapNoTotalLine  = present.Text{ZH: "未找到“年度资金总额”行", EN: "no 年度资金总额 line was found"}
)

// checkFundSums checks total = Σ lines for every amount measure of the
// form's fund block, when the block has at least one of the lines.
func (p *Pass) checkFundSums(lines []budget.Line, what *present.Text) {
	b := p.Form.Funds
	if b == nil {
		p.Inapplicable()
		return
	}
	total := b.Line(budget.Total)
	for _, m := range []budget.Measure{budget.Initial, budget.Adjusted, budget.Executed} {
		if !b.Has(m) {
			continue
		}
		if total == nil {
			p.Skip(present.Plain(&gapNoTotalLine), b.Measures[m].Ref)
			continue
		}
		p.checkLineSum(lines, b, total, m, func() present.Message { return present.New(what, present.S("measure", m.Name())) })
	}
}

// checkLineSum checks total = Σ lines for one measure, when the block has at
// least one of the lines.
func (p *Pass) checkLineSum(lines []budget.Line, b *budget.FundBlock, total *budget.FundLine, m budget.Measure, what subjectOf) {
	parts := make([]xlsx.Figure, 0, len(lines))
	for _, l := range lines {
		parts = appendLineParts(parts, b, l, m)
	}
	if len(parts) == 0 || allBlank(parts) {
		return // the block gives no breakdown of this column
	}
	t := total.Figure(m)
	if !p.usable(t, labelFigure(total.Label.Text, m)) || !p.usableAll(func() present.Message { return measureName(m) }, parts...) {
		return
	}
	ops := p.st.operands(len(parts))[:len(parts)]
	for i, f := range parts {
		ops[i] = amount(f)
	}
	p.checkSum(what, amount(t), ops)
}

// requireFundTotals reports the 全年预算数 and 全年执行数 of the 年度资金总额
// line when they are blank: the form needs them.
func (p *Pass) requireFundTotals() {
	b := p.Form.Funds
	if b == nil {
		return
	}
	if total := b.Line(budget.Total); total != nil {
		for _, m := range []budget.Measure{budget.Adjusted, budget.Executed} {
			if b.Has(m) {
				p.required(total.Figure(m), lineFigure(total, m))
			}
		}
	}
}

// The names of the measures, in both languages.
var (
	measureInitial  = present.Text{ZH: "年初预算数", EN: "initial"}
	measureAdjusted = present.Text{ZH: "全年预算数", EN: "adjusted"}
	measureExecuted = present.Text{ZH: "全年执行数", EN: "executed"}
	measureRate     = present.Text{ZH: "执行率", EN: "rate"}
	measureWeight   = present.Text{ZH: "分值", EN: "weight"}
	measureScore    = present.Text{ZH: "得分", EN: "score"}
)

// measureName is the name of a measure as a message.
func measureName(m budget.Measure) present.Message {
	switch m {
	case budget.Initial:
		return present.Plain(&measureInitial)
	case budget.Adjusted:
		return present.Plain(&measureAdjusted)
	case budget.Executed:
		return present.Plain(&measureExecuted)
	case budget.Rate:
		return present.Plain(&measureRate)
	case budget.Weight:
		return present.Plain(&measureWeight)
	case budget.Score:
		return present.Plain(&measureScore)
	}
	return present.New(&textAsWritten, present.S("label", string(m)))
}

var subjectLabelFigure = present.Text{ZH: "{label}·{measure}", EN: "{label} {measure}"}

// labelFigure names a figure by the label of its row and its measure:
// “其中：财政拨款·全年预算数”.
func labelFigure(label string, m budget.Measure) subjectOf {
	return func() present.Message {
		return present.New(&subjectLabelFigure, present.S("label", label), present.M("measure", measureName(m)))
	}
}

// lineFigure names a figure by its line, without introducing words, and its
// measure: “财政拨款·全年预算数”.
func lineFigure(l *budget.FundLine, m budget.Measure) subjectOf {
	return func() present.Message {
		return present.New(&subjectLabelFigure, present.S("label", lineName(l)), present.M("measure", measureName(m)))
	}
}

// appendLineParts appends the figures of measure m that a sum takes for the
// lines of kind l: the line, or, when the block gives that line several
// times (财政拨款 split into 一般公共预算 and 政府性基金 lines), each of them;
// but when the first equals the sum of the others it is their parent, and
// it counts alone.
func appendLineParts(parts []xlsx.Figure, b *budget.FundBlock, l budget.Line, m budget.Measure) []xlsx.Figure {
	ls := b.LinesOf(l)
	switch {
	case len(ls) == 0:
		return parts
	case len(ls) == 1 || isParent(ls, m):
		return append(parts, ls[0].Figure(m))
	}
	for _, fl := range ls {
		parts = append(parts, fl.Figure(m))
	}
	return parts
}

// isParent reports whether the first line is the sum of the others, for
// measure m.
func isParent(ls []*budget.FundLine, m budget.Measure) bool {
	first := ls[0].Figure(m)
	if !first.OK() {
		return false
	}
	var sum num.Total
	for _, fl := range ls[1:] {
		f := fl.Figure(m)
		if !f.OK() {
			return f.State == xlsx.Absent || f.State == xlsx.Placeholder
		}
		sum.Add(f.Value.Value)
	}
	return sum.Value().Equal(first.Value.Value)
}

// allBlank reports whether no figure holds anything.
func allBlank(figs []xlsx.Figure) bool {
	for _, f := range figs {
		if f.State != xlsx.Absent {
			return false
		}
	}
	return true
}
