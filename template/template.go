package template

import (
	"fmt"
	"io"
	"strconv"

	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/jixiao-go/jixiao/xlsxwrite"
)

// Form names a blank workbook.
type Form string

// The forms.
const (
	// Department is the department form: the 部门整体支出绩效自评表 sheet
	// (budget block and economic classification) and the
	// 部门整体支出绩效评价评分表 score sheet.
	Department Form = "department"
	// Project is the project form: one 项目支出绩效自评表 sheet.
	Project Form = "project"
)

// Forms returns every form, in a fixed order.
func Forms() []Form { return []Form{Department, Project} }

// The sheet names of the forms.
const (
	DepartmentSheet = "部门整体支出绩效自评表"
	ScoreSheet      = "部门整体支出绩效评价评分表"
	ProjectSheet    = "项目支出绩效自评表"
)

// Write writes the blank workbook of form to w as an .xlsx file.
func Write(w io.Writer, form Form) error {
	b, err := New(form)
	if err != nil {
		return err
	}
	_, err = b.WriteTo(w)
	return err
}

// WriteFile writes the blank workbook of form to path, through a temporary
// file in the same directory.
func WriteFile(path string, form Form) error {
	b, err := New(form)
	if err != nil {
		return err
	}
	return b.Save(path)
}

// New returns the blank workbook of form as an xlsxwrite.Book, for a caller that
// fills in some cells (the department's name, the year) before writing it.
func New(form Form) (*xlsxwrite.Book, error) {
	b, lk := xlsxwrite.NewBook(), newLooks()
	switch form {
	case Department:
		department(b.AddSheet(DepartmentSheet), lk)
		scoreSheet(b.AddSheet(ScoreSheet), lk)
	case Project:
		project(b.AddSheet(ProjectSheet), lk)
	default:
		return nil, fmt.Errorf("template: unknown form %q (want %q or %q)", form, Department, Project)
	}
	return b, nil
}

// looks are the cell styles of the templates.
type looks struct {
	title, period, heading, unit xlsxwrite.CellStyle
	label, header, rowName, text xlsxwrite.CellStyle
	amount, rate, score, weight  xlsxwrite.CellStyle
	grade, dash, plain           xlsxwrite.CellStyle
}

func newLooks() *looks {
	return &looks{
		title:   xlsxwrite.CellStyle{Bold: true, Size: 16, Align: "center"},
		period:  xlsxwrite.CellStyle{Align: "center"},
		heading: xlsxwrite.CellStyle{Bold: true, Align: "left"},
		unit:    xlsxwrite.CellStyle{Align: "right"},
		label:   xlsxwrite.CellStyle{Border: true, Align: "center", Wrap: true},
		header:  xlsxwrite.CellStyle{Border: true, Align: "center", Wrap: true, Bold: true},
		rowName: xlsxwrite.CellStyle{Border: true, Align: "left", Wrap: true},
		text:    xlsxwrite.CellStyle{Border: true, Align: "left", Wrap: true},
		amount:  xlsxwrite.CellStyle{Border: true, NumFmt: "#,##0.00"},
		rate:    xlsxwrite.CellStyle{Border: true, NumFmt: "0.00%", Align: "right"},
		score:   xlsxwrite.CellStyle{Border: true, NumFmt: "0.00"},
		weight:  xlsxwrite.CellStyle{Border: true, Align: "center"},
		grade:   xlsxwrite.CellStyle{Border: true, Align: "center"},
		dash:    xlsxwrite.CellStyle{Border: true, Align: "center"},
		plain:   xlsxwrite.CellStyle{Align: "left"},
	}
}

// dashText is written where a column does not apply, as the reference does.
const dashText = "—"

func at(col string, row int) string { return col + strconv.Itoa(row) }

// widths sets the column widths from A on.
func widths(s *xlsxwrite.BookSheet, ws ...float64) {
	for i, w := range ws {
		s.SetColWidth(xlsx.ColumnName(i+1), w)
	}
}

// rateFormula is 全年执行数 / 全年预算数, or a dash when there is no budget
// (a division by zero would show #DIV/0!).
func rateFormula(spent, budget string) string {
	return "IF(" + budget + "=0,\"" + dashText + "\"," + spent + "/" + budget + ")"
}

// department writes the 部门整体支出绩效自评表: columns A to F as in the
// reference workbook.
func department(s *xlsxwrite.BookSheet, lk *looks) {
	widths(s, 26, 14, 14, 16, 20, 12)
	s.SetPrintLayout(false, true)
	s.SetText("A1", "部门整体支出绩效自评表", lk.title)
	s.Merge("A1", "F1")
	s.SetText("A2", "（　　　　年度）", lk.period)
	s.Merge("A2", "F2")
	for i, l := range []string{"部门名称", "年度总体目标", "年度目标完成情况"} {
		r := 3 + i
		s.SetText(at("A", r), l, lk.label)
		s.SetStyle(at("B", r), lk.text)
		s.Merge(at("B", r), at("F", r))
		if i > 0 {
			s.SetRowHeight(r, 60)
		}
	}

	// Budget block, rows 6 to 12.
	s.SetText("A6", "一、年度部门整体支出预算执行情况", lk.heading)
	s.Merge("A6", "E6")
	s.SetText("F6", "单位：万元", lk.unit)
	s.SetText("A7", "项目", lk.header)
	for i, h := range []string{"年初预算数", "全年预算数", "全年执行数", "执行率"} {
		s.SetText(at(xlsx.ColumnName(2+i), 7), h, lk.header)
	}
	// The standard lines: the sources (财政拨款, 上年结转资金, 其他资金) add
	// up to 年度资金总额, and so do the natures (基本支出, 项目支出).
	lines := []string{"年度资金总额", "其中：财政拨款", "      上年结转资金", "      其他资金", "按支出性质分：基本支出", "      项目支出"}
	for i, l := range lines {
		r := 8 + i
		s.SetText(at("A", r), l, lk.rowName)
		for _, c := range []string{"B", "C", "D"} {
			if i == 0 { // 年度资金总额 = 财政拨款 + 上年结转资金 + 其他资金
				s.SetFormula(at(c, r), "SUM("+at(c, 9)+":"+at(c, 11)+")", lk.amount)
			} else {
				s.SetStyle(at(c, r), lk.amount)
			}
		}
		s.SetFormula(at("E", r), rateFormula(at("D", r), at("C", r)), lk.rate)
	}

	// Economic classification, rows 15 to 19.
	s.SetText("A15", "二、支出经济分类情况（全年执行数）", lk.heading)
	s.Merge("A15", "E15")
	s.SetText("F15", "单位：万元", lk.unit)
	for i, h := range []string{"支出性质", "合计", "工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出"} {
		s.SetText(at(xlsx.ColumnName(1+i), 16), h, lk.header)
	}
	for i, l := range []string{"基本支出", "项目支出", "合计"} {
		r := 17 + i
		s.SetText(at("A", r), l, lk.rowName)
		for c := 2; c <= 6; c++ {
			col := xlsx.ColumnName(c)
			switch {
			case r == 19:
				s.SetFormula(at(col, r), "SUM("+at(col, 17)+":"+at(col, 18)+")", lk.amount)
			case c == 2:
				s.SetFormula(at(col, r), "SUM("+at("C", r)+":"+at("F", r)+")", lk.amount)
			default:
				s.SetStyle(at(col, r), lk.amount)
			}
		}
	}
}

// indicatorRow is a 三级 indicator of a template: its 一级 and 二级 labels,
// and what the template fills in (the name, weight, 指标解释 and 评分标准 of
// the score sheet; nothing on a project sheet).
type indicatorRow struct {
	level1, level2, level3 string
	weight                 string
	explanation, rule      string
}

// mergeRuns merges the runs of equal labels of one level column, from row
// first on, and writes each label once.
func mergeRuns(s *xlsxwrite.BookSheet, lk *looks, col string, first int, labels []string) {
	for i := 0; i < len(labels); {
		j := i + 1
		for j < len(labels) && labels[j] == labels[i] {
			j++
		}
		s.SetText(at(col, first+i), labels[i], lk.label)
		s.Merge(at(col, first+i), at(col, first+j-1))
		i = j
	}
}

// scoreSheet writes the 部门整体支出绩效评价评分表: columns A to J as in the
// reference workbook, the standard indicators in rows 4 to 28.
func scoreSheet(s *xlsxwrite.BookSheet, lk *looks) {
	widths(s, 16, 12, 26, 7, 30, 40, 12, 14, 9, 26)
	s.SetPrintLayout(true, true)
	s.SetText("A1", "　　　　年度部门整体支出绩效自评评分表", lk.title)
	s.Merge("A1", "J1")
	s.SetText("A2", "部门名称：", lk.plain)
	s.Merge("A2", "J2")
	for i, h := range []string{"一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准", "目标值", "实际完成值", "自评得分", "扣分原因"} {
		s.SetText(at(xlsx.ColumnName(1+i), 3), h, lk.header)
	}
	rows := departmentIndicators()
	const first = 4
	l1 := make([]string, len(rows))
	l2 := make([]string, len(rows))
	for i, in := range rows {
		r := first + i
		l1[i], l2[i] = in.level1, in.level1+"\x00"+in.level2
		s.SetText(at("C", r), in.level3, lk.rowName)
		if in.weight != "" {
			s.SetNumber(at("D", r), in.weight, lk.weight)
		} else {
			s.SetStyle(at("D", r), lk.weight)
		}
		s.SetText(at("E", r), in.explanation, lk.text)
		s.SetText(at("F", r), in.rule, lk.text)
		s.SetRowHeight(r, 45) // the wrapped 指标解释 and 评分标准 show whole, printed too
		for _, c := range []string{"G", "H", "J"} {
			s.SetStyle(at(c, r), lk.text)
		}
		s.SetStyle(at("I", r), lk.score)
	}
	mergeRuns(s, lk, "A", first, l1)
	for i := 0; i < len(rows); { // 二级 runs within a 一级 run
		j := i + 1
		for j < len(rows) && l2[j] == l2[i] {
			j++
		}
		s.SetText(at("B", first+i), rows[i].level2, lk.label)
		s.Merge(at("B", first+i), at("B", first+j-1))
		i = j
	}
	last := first + len(rows) - 1 // 28
	sum := last + 1               // 29
	s.SetText(at("A", sum), "合计", lk.header)
	s.Merge(at("A", sum), at("C", sum))
	s.SetFormula(at("D", sum), "SUM("+at("D", first)+":"+at("D", last)+")", lk.weight)
	for _, c := range []string{"E", "F", "G", "H", "J"} {
		s.SetStyle(at(c, sum), lk.text)
	}
	s.SetFormula(at("I", sum), "SUM("+at("I", first)+":"+at("I", last)+")", lk.score)

	// Summary rows after one blank row: a subtotal per 一级 group, the
	// total and the grade.
	r := sum + 2
	for i := 0; i < len(rows); {
		j := i + 1
		for j < len(rows) && rows[j].level1 == rows[i].level1 {
			j++
		}
		s.SetText(at("A", r), groupName(rows[i].level1)+"得分", lk.label)
		s.SetFormula(at("B", r), "SUM("+at("I", first+i)+":"+at("I", first+j-1)+")", lk.score)
		r++
		i = j
	}
	s.SetText(at("A", r), "自评总分", lk.label)
	s.SetFormula(at("B", r), at("I", sum), lk.score)
	r++
	s.SetText(at("A", r), "评价等级", lk.label)
	s.SetStyle(at("B", r), lk.grade)
	s.SetChoices(at("B", r), "优", "良", "中", "差")
}

// groupName is a 一级 label without its weight: 履职效能 for 履职效能（50分）.
func groupName(l1 string) string {
	for i, r := range l1 {
		if r == '（' || r == '(' {
			return l1[:i]
		}
	}
	return l1
}

// project writes the 项目支出绩效自评表: columns A to I as in the reference
// workbook, with projectIndicators' rows from row 13 on.
func project(s *xlsxwrite.BookSheet, lk *looks) {
	widths(s, 10, 18, 18, 20, 14, 14, 8, 8, 26)
	s.SetPrintLayout(true, true)
	s.SetText("A1", "项目支出绩效自评表", lk.title)
	s.Merge("A1", "I1")
	s.SetText("A2", "（　　　　年度）", lk.period)
	s.Merge("A2", "I2")
	s.SetText("A3", "项目名称", lk.label)
	s.Merge("A3", "B3")
	s.SetStyle("C3", lk.text)
	s.Merge("C3", "I3")
	s.SetText("A4", "主管部门", lk.label)
	s.Merge("A4", "B4")
	s.SetStyle("C4", lk.text)
	s.Merge("C4", "E4")
	s.SetText("F4", "实施单位", lk.label)
	s.SetStyle("G4", lk.text)
	s.Merge("G4", "I4")

	// Fund block, rows 5 to 9.
	s.SetText("A5", "项目资金（万元）", lk.label)
	s.Merge("A5", "A9")
	s.SetStyle("B5", lk.label)
	for i, h := range []string{"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"} {
		s.SetText(at(xlsx.ColumnName(3+i), 5), h, lk.header)
	}
	s.SetText("B6", "年度资金总额", lk.rowName)
	for _, c := range []string{"C", "D", "E"} {
		s.SetFormula(at(c, 6), "SUM("+at(c, 7)+":"+at(c, 9)+")", lk.amount)
	}
	s.SetNumber("F6", "10", lk.weight)
	s.SetFormula("G6", rateFormula("E6", "D6"), lk.rate)
	// ROUND(MIN(G6,1)*F6,2), or a dash while the rate is one.
	s.SetFormula("H6", "IF(ISNUMBER(G6),ROUND(MIN(G6,1)*F6,2),\""+dashText+"\")", lk.score)
	for i, l := range []string{"其中：本年财政拨款", "上年结转资金", "其他资金"} {
		r := 7 + i
		s.SetText(at("B", r), l, lk.rowName)
		for _, c := range []string{"C", "D", "E"} {
			s.SetStyle(at(c, r), lk.amount)
		}
		for _, c := range []string{"F", "G", "H"} {
			s.SetText(at(c, r), dashText, lk.dash)
		}
	}

	// Goals, rows 10 and 11.
	s.SetText("A10", "年度总体目标", lk.label)
	s.Merge("A10", "A11")
	s.SetText("B10", "预期目标", lk.header)
	s.Merge("B10", "E10")
	s.SetText("F10", "实际完成情况", lk.header)
	s.Merge("F10", "I10")
	s.SetStyle("B11", lk.text)
	s.Merge("B11", "E11")
	s.SetStyle("F11", lk.text)
	s.Merge("F11", "I11")
	s.SetRowHeight(11, 60)

	// Indicators from row 13, after their header in row 12.
	s.SetText("A12", "绩效指标", lk.header)
	for i, h := range []string{"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"} {
		s.SetText(at(xlsx.ColumnName(2+i), 12), h, lk.header)
	}
	rows := projectIndicators()
	const first = 13
	last := first + len(rows) - 1
	s.SetText(at("A", first), "绩效指标", lk.label)
	s.Merge(at("A", first), at("A", last))
	l1 := make([]string, len(rows))
	l2 := make([]string, len(rows))
	for i, in := range rows {
		r := first + i
		l1[i], l2[i] = in.level1, in.level2
		for _, c := range []string{"D", "E", "F", "I"} {
			s.SetStyle(at(c, r), lk.text)
		}
		s.SetStyle(at("G", r), lk.weight)
		s.SetStyle(at("H", r), lk.score)
	}
	mergeRuns(s, lk, "B", first, l1)
	mergeRuns(s, lk, "C", first, l2) // 二级 names differ between 一级 groups
	total := last + 1
	s.SetText(at("A", total), "总分", lk.header)
	s.Merge(at("A", total), at("F", total))
	s.SetFormula(at("G", total), "SUM("+at("G", first)+":"+at("G", last)+",F6)", lk.weight)
	s.SetFormula(at("H", total), "SUM("+at("H", first)+":"+at("H", last)+",H6)", lk.score)
	s.SetStyle(at("I", total), lk.text)
	s.SetText(at("A", total+1), "评价等级", lk.header)
	s.Merge(at("A", total+1), at("F", total+1))
	s.SetStyle(at("G", total+1), lk.grade)
	s.Merge(at("G", total+1), at("H", total+1))
	s.SetChoices(at("G", total+1), "优", "良", "中", "差")
	s.SetStyle(at("I", total+1), lk.text)
}

// projectIndicators are the rows of the project sheet: the standard 一级
// indicators with the weights of the national template (产出 50, 效益 30,
// 满意度 10, with 执行率 10 in the fund block) and their 二级 indicators,
// one or two rows each, to be named and weighted by the department. Rows
// left without a 三级 name are skipped when the sheet is checked.
func projectIndicators() []indicatorRow {
	const (
		output       = "产出指标（50分）"
		effect       = "效益指标（30分）"
		satisfaction = "满意度指标（10分）"
	)
	var rows []indicatorRow
	for _, g := range []struct {
		level1, level2 string
		n              int
	}{
		{output, "数量指标", 2}, {output, "质量指标", 2}, {output, "时效指标", 1}, {output, "成本指标", 1},
		{effect, "经济效益指标", 1}, {effect, "社会效益指标", 2}, {effect, "生态效益指标", 1}, {effect, "可持续影响指标", 1},
		{satisfaction, "服务对象满意度指标", 1},
	} {
		for range g.n {
			rows = append(rows, indicatorRow{level1: g.level1, level2: g.level2})
		}
	}
	return rows
}

// dutyRows is how many rows the template leaves for the department's own
// 履职效能 indicators, which it names, weighs and writes the rules of.
const dutyRows = 9

// departmentIndicators are the rows of the department score sheet: under
// 履职效能（50分）, rows the department fills with its own indicators; under
// 管理效率（50分）, the 16 standard indicators with their weights, 指标解释 and
// 评分标准, as in the reference workbook.
func departmentIndicators() []indicatorRow {
	const (
		l1a     = "履职效能（50分）"
		l1b     = "管理效率（50分）"
		ratio   = "按完成比例计算得分，满分为止"
		publish = "按规定公开得满分，未公开不得分"
	)
	rows := make([]indicatorRow, 0, dutyRows+16)
	for range dutyRows {
		rows = append(rows, indicatorRow{level1: l1a, level2: "整体效能"})
	}
	return append(rows, []indicatorRow{
		{l1b, "预算编制", "预算编制合理性", "4", "预算编制是否符合规定，测算依据是否充分", "编制规范、依据充分得满分；每发现一处问题扣1分，扣完为止"},
		{l1b, "预算编制", "绩效目标合理性", "4", "绩效目标是否明确、细化、量化", "目标明确、细化、量化得满分；每发现一处问题扣1分，扣完为止"},
		{l1b, "预算执行", "预算完成率", "4", "预算完成数/预算数×100%", "预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止"},
		{l1b, "预算执行", "预算调整率", "3", "预算调整数/预算数×100%", "预算调整率=0得满分，每增加1个百分点扣0.1分，扣完为止"},
		{l1b, "预算执行", "支付进度率", "4", "实际支付进度/既定支付进度×100%", ratio},
		{l1b, "预算执行", "结转结余率", "3", "结转结余总额/支出预算数×100%", "结转结余率≤5%得满分，每超过1个百分点扣0.5分，扣完为止"},
		{l1b, "信息公开", "预决算信息公开性", "2", "是否按规定公开预决算信息", publish},
		{l1b, "信息公开", "绩效信息公开性", "2", "是否按规定公开绩效目标及自评结果", publish},
		{l1b, "绩效管理", "绩效目标管理", "2", "是否按要求编报绩效目标", "按要求编报得满分，未编报不得分"},
		{l1b, "绩效管理", "绩效运行监控", "3", "是否按要求开展绩效运行监控", "按要求开展得满分；每发现一处不足扣1分，扣完为止"},
		{l1b, "绩效管理", "绩效自评质量", "3", "自评是否客观、完整", "自评客观完整得满分；每发现一处问题扣0.5分，扣完为止"},
		{l1b, "采购管理", "政府采购执行率", "4", "实际政府采购金额/政府采购预算数×100%", ratio},
		{l1b, "资产管理", "资产管理规范性", "3", "资产保存完整、配置合理、处置规范", "规范得满分；每发现一处问题扣1分，扣完为止"},
		{l1b, "资产管理", "固定资产利用率", "3", "实际在用固定资产总额/所有固定资产总额×100%", ratio},
		{l1b, "运行成本", "“三公”经费控制率", "3", "“三公”经费实际支出数/预算安排数×100%", "“三公”经费控制率≤100%得满分，每超过1个百分点扣0.5分，扣完为止"},
		{l1b, "运行成本", "公用经费控制率", "3", "实际支出公用经费总额/预算安排公用经费总额×100%", "公用经费控制率≤100%得满分，每超过1个百分点扣0.5分，扣完为止"},
	}...)
}
