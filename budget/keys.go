package budget

import "github.com/jixiao-go/jixiao/vocabulary"

// Measure names a column of the fund block.
type Measure string

// The measures of a fund block.
const (
	Initial  Measure = "initial"  // 年初预算数
	Adjusted Measure = "adjusted" // 全年预算数, 调整后预算数
	Executed Measure = "executed" // 全年执行数, 预算执行数
	Rate     Measure = "rate"     // 执行率
	Weight   Measure = "weight"   // 分值, 权重
	Score    Measure = "score"    // 得分
)

// Line names a row of the fund block.
type Line string

// The lines of a fund block: the total, the sources of funds, and the
// natures of spending.
const (
	Total     Line = "total"     // 年度资金总额
	Fiscal    Line = "fiscal"    // 财政拨款
	Carryover Line = "carryover" // 上年结转资金
	Other     Line = "other"     // 其他资金
	Basic     Line = "basic"     // 基本支出
	Project   Line = "project"   // 项目支出
)

// Sources are the lines that add up to the total by source of funds.
func Sources() []Line { return []Line{Fiscal, Carryover, Other} }

// Natures are the lines that add up to the total by nature of spending.
func Natures() []Line { return []Line{Basic, Project} }

// Name gives the Chinese label of a line for messages.
func (l Line) Name() string {
	switch l {
	case Total:
		return "年度资金总额"
	case Fiscal:
		return "财政拨款"
	case Carryover:
		return "上年结转资金"
	case Other:
		return "其他资金"
	case Basic:
		return "基本支出"
	case Project:
		return "项目支出"
	}
	return string(l)
}

// Name gives the Chinese label of a measure for messages.
func (m Measure) Name() string {
	switch m {
	case Initial:
		return "年初预算数"
	case Adjusted:
		return "全年预算数"
	case Executed:
		return "全年执行数"
	case Rate:
		return "执行率"
	case Weight:
		return "分值"
	case Score:
		return "得分"
	}
	return string(m)
}

// lookup reads a label as a term of kind k of vocabulary v (the default
// when nil), as the domain type T whose values are the term names.
func lookup[T ~string](v *vocabulary.Vocabulary, k vocabulary.Kind, s string) (T, bool) {
	name, ok := v.Lookup(k, s)
	return T(name), ok
}
