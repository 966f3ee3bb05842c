package evaluation

import (
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

// A blank form (a template sent back as it came) is said to be blank: it is
// neither passed nor graded, and the checks that report what was left out
// do not fill its report with a warning per empty cell.

var blankForm = Check{
	Code: CodeBlankForm, Severity: SeverityInfo,
	Title: present.Text{ZH: "本表未填写", EN: "the form is blank"},
	Doc: present.Text{
		ZH: "表中没有单位填写的金额、执行率、得分、实际完成值或评价等级（模板自带的分值、指标名称和计算结果为 0 的公式不算填写），如原样交回的空白模板。本表不评分、不定等级；检查缺项和加总分值、得分的核对（JX004、JX203、JX302–JX307、JX309、JX310）不在本表运行，覆盖情况中注明“本表未填写”。",
		EN: "The form holds no amount, rate, score, actual value or grade entered by the department (the weights and indicator names a template brings, and formulas that come to 0, do not count), as in a blank template sent back as it came. The form gets no score and no grade; the checks for values left out and those that add up weights and scores (JX004, JX203, JX302–JX307, JX309, JX310) do not run on it, and its coverage says the form is blank.",
	},
	Messages: []*present.Text{&msgBlankForm},
	Run:      runBlankForm,
}

var (
	msgBlankForm = present.Text{
		ZH: "工作表“{sheet}”是空白表：没有填写任何金额、得分或实际完成值，未评分。",
		EN: "sheet {sheet} is blank: no amount, score or actual value is filled in; it is not scored.",
	}
	reasonBlank = present.Text{ZH: "本表未填写", EN: "the form is blank"}
)

// runBlankForm reports a form with nothing filled in.
func runBlankForm(p *Pass) {
	if !p.Form.blank {
		p.Inapplicable()
		return
	}
	p.Report(Diagnostic{At: formAnchor(p.Form), Message: present.New(&msgBlankForm, present.S("sheet", p.Form.Sheet.Name))})
}

// formAnchor is the cell a finding about a whole form points at: the first
// cell of its first block's header, or A1.
func formAnchor(fd *FormData) xlsx.Ref {
	switch {
	case fd.Funds != nil && len(fd.Funds.Lines) > 0 && fd.Funds.Lines[0].Label != nil:
		return fd.Funds.Lines[0].Label.Ref
	case fd.Table != nil && len(fd.Table.Indicators) > 0 && fd.Table.Indicators[0].Name != nil:
		return fd.Table.Indicators[0].Name.Ref
	}
	return xlsx.Ref{Sheet: fd.Sheet.Name, Col: 1, Row: 1}
}

// isBlank reports whether nothing on a form was filled in by a department:
// no amount, rate or score typed (or worked out by a formula to anything
// but 0), no actual value, no grade.
func (fd *FormData) isBlank() bool {
	if b := fd.Funds; b != nil {
		for i := range b.Lines {
			l := &b.Lines[i]
			if filled(l.Initial) || filled(l.Adjusted) || filled(l.Executed) || filled(l.Rate) || filled(l.Score) {
				return false
			}
		}
	}
	if m := fd.Matrix; m != nil {
		for _, r := range m.Rows {
			for _, f := range r.Cells {
				if filled(f) {
					return false
				}
			}
		}
	}
	if t := fd.Table; t != nil {
		for _, in := range t.Indicators {
			if filled(in.Score) || filled(in.RawScore) || in.Actual.Text != "" {
				return false
			}
		}
		if t.Grade != nil && t.Grade.Text != "" {
			return false
		}
		if t.TotalRow != nil && filled(t.TotalRow.Score) {
			return false
		}
		if t.DeclaredTotal != nil && filled(t.DeclaredTotal.Value) {
			return false
		}
	}
	return true
}

// filled reports whether a figure holds what a person wrote: a number
// typed, a formula's result other than 0, or text where a number belongs.
func filled(f xlsx.Figure) bool {
	switch f.State {
	case xlsx.Present:
		return f.Formula == "" || !f.Value.Value.IsZero()
	case xlsx.Invalid:
		return true
	}
	return false
}
