package indicator

import (
	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Value is a target or an actual value as written, such as "≥6500人次",
// with what could be read of it.
type Value struct {
	Ref  xlsx.Ref
	Text string
	// Numeric is true when Quantity holds a number: the cell's number, or
	// one read from Text.
	Numeric bool
	// Quantity is the number with the operator of a separate 指标性质 column
	// (targets only) and the unit of a separate 度量单位 column when the
	// cell itself gives none.
	Quantity num.Quantity
}

// Indicator is one 三级 row.
type Indicator struct {
	Name   *xlsx.Cell // the 三级 label
	Level1 *Group
	Level2 *Group // nil when the table has no 二级 column
	Weight xlsx.Figure
	Score  xlsx.Figure
	// RawScore and Share are the score out of 100 and the share of the
	// total (as points of 100) that Score is converted from, on forms that
	// print them; absent otherwise. Where the weight is left blank, Weight
	// is the Share.
	RawScore, Share xlsx.Figure
	Target          Value
	Actual          Value
	// Rule is the 评分标准 text and its cell (absent on most project sheets).
	Rule        *xlsx.Cell
	Explanation string
	// Reason is the 扣分原因 / 偏差原因 text.
	Reason string
	// Parent is the row this one details, when the table lists an item and
	// then its parts (一、示范区建立 over 1、… 2、… 3、…); nil for a row of its
	// own. Children are the rows that detail this one.
	Parent   *Indicator
	Children []*Indicator
}

// Row is the sheet row of the indicator.
func (in *Indicator) Row() int { return in.Name.Ref.Row }

// Group is a 一级 or 二级 indicator with its children.
type Group struct {
	Name  string     // without a weight written in the label
	Label *xlsx.Cell // the label cell (top-left of its merged range)
	// Weight is the weight written inside the label, "产出指标（50分）", with
	// the label's position; Absent when the label carries none.
	Weight     xlsx.Figure
	Children   []*Group // 二级 groups of a 一级 group
	Indicators []*Indicator
}

// Summary is a labelled figure after the rows: a subtotal such as
// 履职效能得分, or the declared total 自评总分.
type Summary struct {
	Label *xlsx.Cell
	Value xlsx.Figure
	Group *Group // the 一级 group a subtotal belongs to; nil for a total
}

// Table is the indicator block of a form.
type Table struct {
	Sheet string
	// Columns maps each recognised column to its header cell.
	Columns map[Column]*xlsx.Cell
	// Groups are the 一级 groups in sheet order.
	Groups []*Group
	// Indicators are all 三级 rows in sheet order.
	Indicators []*Indicator
	// TotalRow is the 合计 / 总分 row that closes the rows: its weight and
	// score cells. Nil when the table has none.
	TotalRow *TotalRow
	// Subtotals are the rows "<一级>得分" after the table.
	Subtotals []Summary
	// DeclaredTotal is the 自评总分 row after the table, if any.
	DeclaredTotal *Summary
	// GradeLabel is the 评价等级 label, or nil when the form has none;
	// Grade is the cell beside it that holds the declared grade, or nil.
	GradeLabel *xlsx.Cell
	Grade      *xlsx.Cell
}

// TotalRow is the row that adds up the table's weights and scores.
type TotalRow struct {
	Label  *xlsx.Cell
	Weight xlsx.Figure
	Score  xlsx.Figure
	// RawScore and Share are the score out of 100 and the share of the
	// total (as points of 100) that Score is converted from, on forms that
	// print them; absent otherwise. Where the weight is left blank, Weight
	// is the Share.
	RawScore, Share xlsx.Figure
}

// Group returns the 一级 group of that name, or nil.
func (t *Table) Group(name string) *Group {
	for _, g := range t.Groups {
		if g.Name == name {
			return g
		}
	}
	return nil
}
