package budget

import "github.com/jixiao-go/jixiao/internal/label"

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

// measureOf recognises a normalised header label.
func measureOf(s string) (Measure, bool) {
	s = stripUnit(label.StripLinePrefix(s))
	switch s {
	case "年初预算数", "年初预算", "年初预算数(万元)", "年初预算(万元)":
		return Initial, true
	case "全年预算数", "调整后预算数", "全年(调整)预算数", "全年调整预算数", "调整预算数", "全年预算数(万元)", "调整后预算数(万元)", "全年预算", "预算数":
		return Adjusted, true
	case "全年执行数", "预算执行数", "执行数", "实际执行数", "全年执行数(万元)", "实际支出数", "全年实际支出数":
		return Executed, true
	case "执行率", "预算执行率", "执行率(%)", "预算执行率(%)":
		return Rate, true
	case "分值", "权重", "分值(分)", "权重(%)":
		return Weight, true
	case "得分", "自评得分":
		return Score, true
	}
	return "", false
}

// lineOf recognises a normalised row label.
func lineOf(s string) (Line, bool) {
	s = stripUnit(label.StripLinePrefix(s))
	switch s {
	case "年度资金总额", "资金总额", "年度资金总额(万元)", "合计", "总计":
		return Total, true
	case "财政拨款", "本年财政拨款", "财政拨款收入", "一般公共预算财政拨款", "当年财政拨款":
		return Fiscal, true
	case "上年结转资金", "上年结转", "上年结转结余", "上年结转结余资金":
		return Carryover, true
	case "其他资金", "其他收入":
		return Other, true
	case "基本支出":
		return Basic, true
	case "项目支出":
		return Project, true
	}
	return "", false
}
