package testgen

import "strings"

// Workbook is the content of a self-evaluation workbook and the layout
// variant to write it in. Nil parts are left out: a Workbook with only
// Projects writes only project sheets. Sheets are written in the order
// Department, Score, Projects.
type Workbook struct {
	Department *Department
	Score      *ScoreSheet
	Projects   []*Project
	// Families are sheets in other bureaus' layouts, written after the
	// projects.
	Families []*FamilyForm
	Style    Style
}

// Department is the 部门整体支出绩效自评表: a heading, the budget block by
// source and nature, and the economic-classification matrix.
type Department struct {
	// SheetName defaults to "部门整体支出绩效自评表".
	SheetName string
	// Title is the first row, such as "部门整体支出绩效自评表".
	Title string
	// Period is the second row, such as "（2023年度）".
	Period string
	// Name is the department, written next to "部门名称".
	Name string
	// Goal is written next to "年度总体目标".
	Goal string
	// Achieved is written next to "年度目标完成情况".
	Achieved string
	// BudgetTitle heads the budget block, such as
	// "一、年度部门整体支出预算执行情况".
	BudgetTitle string
	// Unit is written at the right end of the budget and matrix title rows,
	// such as "单位：万元".
	Unit string
	// MatrixUnit, when not empty, is written at the right end of the matrix
	// title row instead of Unit, such as "单位：元".
	MatrixUnit string
	// Lines are the budget block's rows (or columns, with
	// Style.TransposedBudget) in order.
	Lines []BudgetLine
	// Matrix is the economic-classification block; nil leaves it out.
	Matrix *Matrix
}

// BudgetLine is one row of the department budget block. Label is written
// as given (leading spaces included, as in "      其他资金"). Rate is a
// number such as "1" (shown as 100.00%), a text such as "—", or "" for a
// blank cell; only a number gets a formula under Style.Formulas.
type BudgetLine struct {
	Label    string
	Initial  string
	Adjusted string
	Executed string
	Rate     string
}

// Matrix is the economic-classification block (支出经济分类): Values[i][j]
// is the amount of row RowLabels[i] and column ColLabels[j]. Missing
// trailing values are blank cells; a row or column labelled "合计" is the
// total the formulas of Style.Formulas sum into.
type Matrix struct {
	// Title heads the block, such as "二、支出经济分类情况（全年执行数）".
	Title string
	// Corner is the header of the row-label column, such as "支出性质".
	Corner    string
	RowLabels []string
	ColLabels []string
	Values    [][]string
}

// ScoreSheet is the 部门整体支出绩效评价评分表: the indicator table, its 合计
// row and the summary rows below it.
type ScoreSheet struct {
	// SheetName defaults to "部门整体支出绩效评价评分表".
	SheetName string
	// Title is the first row, such as "2023年度部门整体支出绩效自评评分表".
	Title string
	// Department is written after "部门名称：" in the second row.
	Department string
	// Rows are the 三级 indicators in order. Level1 and Level2 are repeated
	// on every row; consecutive equal non-empty labels form one merged
	// group.
	Rows []ScoreRow
	// TotalWeight and TotalScore are the 合计 row's 分值 and 自评得分.
	TotalWeight string
	TotalScore  string
	// Subtotals are the rows after the table, such as 履职效能得分.
	Subtotals []Subtotal
	// TotalLabel defaults to "自评总分"; Total is its value.
	TotalLabel string
	Total      string
	// Grade is written next to "评价等级".
	Grade string
}

// ScoreRow is one 三级 indicator of the score sheet.
type ScoreRow struct {
	Level1      string
	Level2      string
	Level3      string
	Weight      string
	Explanation string
	Rule        string
	Target      string
	Actual      string
	Score       string
	Reason      string
}

// Subtotal is a summary row of the score sheet, such as
// {Label: "履职效能得分", Value: "48.45"}. Level1 names the group of rows it
// sums (used only for formulas): rows whose Level1 starts with it. An empty
// Level1 is Label without a trailing "得分".
type Subtotal struct {
	Label  string
	Value  string
	Level1 string
}

// Project is one 项目支出绩效自评表 sheet.
type Project struct {
	// SheetName defaults to "项目支出绩效自评表", followed by its 1-based
	// number for the second and later projects.
	SheetName string
	// Title is the first row, such as "项目支出绩效自评表".
	Title string
	// Period is the second row, such as "（2023年度）".
	Period string
	// Name is written next to "项目名称".
	Name string
	// Department is written next to "主管部门".
	Department string
	// Unit is the implementing unit, written next to "实施单位".
	Unit string
	// Funds are the rows of the fund block, such as 年度资金总额,
	// 其中：本年财政拨款, 上年结转资金, 其他资金.
	Funds []FundLine
	// FundUnit is the unit in the fund block's stub label
	// "项目资金（万元）"; empty means 万元.
	FundUnit string
	// Goal and Achieved are the 预期目标 and 实际完成情况 texts.
	Goal     string
	Achieved string
	// Indicators are the 三级 indicators in order, Level1 and Level2 repeated
	// on every row as in ScoreSheet.Rows.
	Indicators []ProjectRow
	// TotalWeight and TotalScore are the 总分 row's 分值 and 得分.
	TotalWeight string
	TotalScore  string
	// Grade is written next to "评价等级".
	Grade string
}

// FundLine is one row of a project's fund block.
type FundLine struct {
	Label    string
	Initial  string
	Adjusted string
	Executed string
	Weight   string
	Rate     string
	Score    string
}

// ProjectRow is one 三级 indicator of a project sheet; Level1 is a label
// such as "产出指标（50分）".
type ProjectRow struct {
	Level1 string
	Level2 string
	Level3 string
	Target string
	Actual string
	Weight string
	Score  string
	Reason string
}

const (
	prefixPercent = "%n:"
	prefixText    = "%t:"
	prefixFormat  = "%f:"
	formatSep     = "\x1f"
)

// Percent marks v as a percentage stored as a number with the format
// "0.00%": Percent("0.76") and Percent("76%") both store 0.76. A v that is
// neither a plain decimal nor one followed by "%" makes Bytes fail.
func Percent(v string) string { return prefixPercent + v }

// AsText marks v to be stored as text even when it reads as a number, as in
// the common defect of an amount typed as text: AsText("283.79").
func AsText(v string) string { return prefixText + v }

// WithFormat marks v to be stored with the number format numFmt instead of
// its column's format, such as WithFormat("89.974", "0.000").
func WithFormat(v, numFmt string) string { return prefixFormat + numFmt + formatSep + v }

// Column names a data column of a block; it is also the last part of the
// Layout keys of the values in that column.
type Column string

// The data columns of the blocks.
const (
	ColInitial     Column = "initial"     // 年初预算数
	ColAdjusted    Column = "adjusted"    // 全年预算数
	ColExecuted    Column = "executed"    // 全年执行数
	ColRate        Column = "rate"        // 执行率
	ColWeight      Column = "weight"      // 分值
	ColScore       Column = "score"       // 得分, 自评得分
	ColExplanation Column = "explanation" // 指标解释
	ColRule        Column = "rule"        // 评分标准
	ColTarget      Column = "target"      // 目标值, 年度指标值
	ColActual      Column = "actual"      // 实际完成值
	ColReason      Column = "reason"      // 扣分原因, 偏差原因分析及改进措施
)

// The reference column orders of the blocks, fresh on every call.
func defaultBudgetColumns() []Column {
	return []Column{ColInitial, ColAdjusted, ColExecuted, ColRate}
}

func defaultScoreColumns() []Column {
	return []Column{ColWeight, ColExplanation, ColRule, ColTarget, ColActual, ColScore, ColReason}
}

func defaultFundColumns() []Column {
	return []Column{ColInitial, ColAdjusted, ColExecuted, ColWeight, ColRate, ColScore}
}

func defaultIndicatorColumns() []Column {
	return []Column{ColTarget, ColActual, ColWeight, ColScore, ColReason}
}

// Style chooses the layout variant. The zero Style is the reference layout;
// every field can be switched independently of the others.
type Style struct {
	// ColumnOrder permutes the data columns of each block.
	ColumnOrder ColumnOrder
	// SplitLabels, when not empty, is inserted in the middle of every label
	// of four or more characters: after rune n/2 of the label's n runes
	// (leading white space kept and not counted). " " turns "全年预算数"
	// into "全年 预算数", "\n" turns "评分标准" into "评分\n标准". It
	// applies to column headers, section titles, field labels (部门名称,
	// 项目名称, …), summary labels (合计, 自评总分, …) and the row labels of
	// the budget, matrix and fund blocks; not to sheet titles and periods,
	// not to indicator names (一级, 二级, 三级), not to free text.
	SplitLabels string
	// HalfWidth writes （）：“” as ()："" (so "产出指标(50分)",
	// "其中:财政拨款") in every label the generator writes: titles,
	// periods, headers, field and summary labels, the row labels of the
	// budget, matrix and fund blocks, and the 一级, 二级 and 三级 names.
	// Free text (goals, explanations, rules, targets, actuals, reasons,
	// department names) is written as given.
	HalfWidth bool
	// WeightWord replaces "分值" in the score-sheet header and the project
	// fund and indicator headers, such as "权重".
	WeightWord string
	// AdjustedWord replaces "全年预算数", such as "调整后预算数" or
	// "全年(调整)预算数".
	AdjustedWord string
	// ExecutedWord replaces "全年执行数" in column headers, such as
	// "预算执行数" (the matrix title is left alone).
	ExecutedWord string
	// RateWord replaces "执行率", such as "预算执行率".
	RateWord string
	// TransposedBudget writes the department budget block transposed: the
	// measures (年初预算数, 全年预算数, 全年执行数, 执行率) down the first
	// column and the lines across the header row. A line label is written
	// trimmed and without any prefix up to a colon, so "其中：财政拨款"
	// becomes "财政拨款" and "按支出性质分：基本支出" becomes "基本支出".
	TransposedBudget bool
	// Offset moves every block: each starts Offset.Cols columns further
	// right and after Offset.Rows more blank rows than in the reference.
	Offset Offset
	// Formulas chooses whether totals and rates are written as formulas.
	Formulas FormulaMode
	// Merges chooses how merged ranges are written; the zero value merges as
	// the reference does.
	Merges MergeMode
}

// ColumnOrder gives the order of the data columns of each block; a nil
// field keeps the reference order. A non-nil field must be a permutation of
// the block's columns, or Bytes fails.
type ColumnOrder struct {
	// Budget permutes initial, adjusted, executed, rate in the department
	// budget block (its rows, with TransposedBudget).
	Budget []Column
	// Matrix permutes the columns of Department.Matrix by index into
	// ColLabels.
	Matrix []int
	// Score permutes weight, explanation, rule, target, actual, score,
	// reason in the score sheet; 一级, 二级, 三级 stay in front.
	Score []Column
	// Fund permutes initial, adjusted, executed, weight, rate, score in the
	// project fund block.
	Fund []Column
	// Indicator permutes target, actual, weight, score, reason in the
	// project indicator block; 一级, 二级, 三级 stay in front.
	Indicator []Column
}

// ShuffledColumns is a ColumnOrder that moves every column of every block
// off its reference place (the matrix's among its first five columns):
// 全年执行数 before 年初预算数, scores before weights, and so on.
func ShuffledColumns() ColumnOrder {
	return ColumnOrder{
		Budget:    []Column{ColExecuted, ColRate, ColInitial, ColAdjusted},
		Matrix:    []int{4, 0, 3, 1, 2},
		Score:     []Column{ColScore, ColTarget, ColActual, ColWeight, ColReason, ColRule, ColExplanation},
		Fund:      []Column{ColScore, ColExecuted, ColRate, ColInitial, ColWeight, ColAdjusted},
		Indicator: []Column{ColScore, ColWeight, ColReason, ColTarget, ColActual},
	}
}

// Offset is a number of blank columns and rows put before each block.
type Offset struct {
	Cols int
	Rows int
}

// FormulaMode chooses how totals and rates are written.
type FormulaMode int

// The formula modes. The formulas are those of the reference workbook: the
// rates (全年执行数/全年预算数) of the budget and fund blocks, the fund
// score ROUND(MIN(rate,1)*分值,2), the 合计 row and 合计 column of the
// matrix, the 合计 row of the score sheet, its subtotals and total, and
// the 总分 row of each project. A formula is written only where the value
// given is a number; texts such as "—" stay texts.
const (
	// FormulasOff writes every value as a constant.
	FormulasOff FormulaMode = iota
	// FormulasCached writes each formula with the given value as its cached
	// result, a number cell as Excel writes it.
	FormulasCached
	// FormulasNoCache writes each formula with no cached result, as
	// openpyxl does; the given value is dropped.
	FormulasNoCache
)

// MergeMode chooses how merged ranges are written.
type MergeMode int

// The merge modes.
const (
	// MergeAll merges cells as the reference does: titles and field values
	// across, 一级 and 二级 groups and the stub labels (项目资金（万元）,
	// 绩效指标, 年度总体目标) down.
	MergeAll MergeMode = iota
	// MergeNone writes no merged range; each label stays in the top-left
	// cell of the range it would have spanned, the other cells blank.
	MergeNone
	// MergeRepeat writes no merged range and repeats the 一级 and 二级
	// labels on every row of their group; other labels are written as with
	// MergeNone.
	MergeRepeat
)

// halfWidth applies HalfWidth to a label.
func (s *Style) halfWidth(v string) string {
	if !s.HalfWidth {
		return v
	}
	return strings.NewReplacer("（", "(", "）", ")", "：", ":", "“", "\"", "”", "\"").Replace(v)
}

// split applies SplitLabels to a label.
func (s *Style) split(v string) string {
	if s.SplitLabels == "" {
		return v
	}
	body := strings.TrimLeft(v, " \t\u3000")
	lead := v[:len(v)-len(body)]
	r := []rune(body)
	if len(r) < 4 {
		return v
	}
	return lead + string(r[:len(r)/2]) + s.SplitLabels + string(r[len(r)/2:])
}

// label is a header, field, summary or block-row label: HalfWidth then
// SplitLabels.
func (s *Style) label(v string) string { return s.split(s.halfWidth(v)) }

// word returns w, or def when w is empty.
func word(w, def string) string {
	if w == "" {
		return def
	}
	return w
}

// header returns the column header of c in a block; score tells the score
// sheet (自评得分, 目标值, 扣分原因) from the project sheet (得分, 年度指标值,
// 偏差原因分析及改进措施).
func (s *Style) header(c Column, score bool) string {
	switch c {
	case ColInitial:
		return "年初预算数"
	case ColAdjusted:
		return word(s.AdjustedWord, "全年预算数")
	case ColExecuted:
		return word(s.ExecutedWord, "全年执行数")
	case ColRate:
		return word(s.RateWord, "执行率")
	case ColWeight:
		return word(s.WeightWord, "分值")
	case ColScore:
		if score {
			return "自评得分"
		}
		return "得分"
	case ColExplanation:
		return "指标解释"
	case ColRule:
		return "评分标准"
	case ColTarget:
		if score {
			return "目标值"
		}
		return "年度指标值"
	case ColActual:
		return "实际完成值"
	case ColReason:
		if score {
			return "扣分原因"
		}
		return "偏差原因分析及改进措施"
	}
	return string(c)
}
