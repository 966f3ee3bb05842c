package evaluation

import (
	"strings"

	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// The cells of the workbook a narrative report's figures are compared with.

// onlyForm is the one recognised form of a kind, or nil when the workbook
// has none or several (a report of one project is matched to its sheet
// only when there is no doubt which).
func (p *Pass) onlyForm(kind FormKind) *FormData {
	var found *FormData
	for _, fd := range p.Forms {
		if fd.Kind() == kind {
			if found != nil {
				return nil
			}
			found = fd
		}
	}
	return found
}

// formOf is the first recognised form of a kind.
func (p *Pass) formOf(kinds ...FormKind) *FormData {
	for _, fd := range p.Forms {
		for _, k := range kinds {
			if fd.Kind() == k {
				return fd
			}
		}
	}
	return nil
}

// cellOf is the cell a figure is compared with, as an operand in the
// figure's unit (万元 for amounts), or the text of a grade.
func (p *Pass) cellOf(whole, f *narrative.Figure) (operand, string, bool) {
	dept := p.formOf(KindDepartment, KindDepartmentScored)
	scored := p.formOf(KindScore, KindDepartmentScored)
	project := p.st.narrative.subject == narrative.SubjectProject
	if project { // a project's report: the workbook's one project sheet
		dept, scored = p.onlyForm(KindProject), p.onlyForm(KindProject)
	}
	switch f.Kind {
	case narrative.Budget, narrative.Spent, narrative.Line, narrative.Rate:
		return fundCell(dept, f, project)
	case narrative.Part:
		if whole == nil || whole.Kind != narrative.Line || dept == nil {
			return operand{}, "", false
		}
		op, ok := matrixCell(dept, budget.Line(whole.Term), budget.Class(f.Term))
		return op, "", ok
	case narrative.Score, narrative.Subscore, narrative.Count, narrative.Grade:
		return scoreCell(scored, f)
	}
	return operand{}, "", false
}

// fundCell is the fund block's cell for a budget, spending, line or rate;
// in a project's report its 项目支出 is the project's whole.
func fundCell(fd *FormData, f *narrative.Figure, project bool) (operand, string, bool) {
	if fd == nil || fd.Funds == nil {
		return operand{}, "", false
	}
	line := budget.Line(f.Term)
	if f.Kind == narrative.Budget || f.Kind == narrative.Spent || project && line == budget.Project {
		line = budget.Total
	}
	l := fd.Funds.Line(line)
	if l == nil {
		return operand{}, "", false
	}
	var fig xlsx.Figure
	switch {
	case f.Kind == narrative.Rate:
		if !l.Rate.OK() {
			return operand{}, "", false
		}
		return rate(l.Rate), "", true
	case strings.Contains(f.Label, "年初"):
		fig = l.Initial // 年初预算数
	case f.Kind == narrative.Budget, f.Kind == narrative.Line && (strings.Contains(f.Label, "预算") || strings.Contains(f.Label, "收入")):
		fig = l.Adjusted // 全年预算数: a line's budget, or its income (财政拨款收入)
	default:
		fig = l.Executed
	}
	if !fig.OK() {
		return operand{}, "", false
	}
	op, _ := inUnit(amount(fig), fd.Funds.Unit, "万元")
	return op, "", true
}

// matrixCell is the economic classification's cell of a line and a class,
// in 万元.
func matrixCell(fd *FormData, line budget.Line, class budget.Class) (operand, bool) {
	m := fd.Matrix
	if m == nil {
		return operand{}, false
	}
	col := -1
	for i, c := range m.Cols {
		if c.Class == class {
			col = i
		}
	}
	for _, r := range m.Rows {
		if r.Line != line || col < 0 || col >= len(r.Cells) {
			continue
		}
		fig := r.Cells[col]
		if fig.State == xlsx.Absent || fig.State == xlsx.Placeholder {
			return operand{ref: fig.Ref, val: num.NewShown(decimal.Zero, amountPlaces), exact: true}, true
		}
		if !fig.OK() {
			return operand{}, false
		}
		op, _ := inUnit(amount(fig), m.Unit, "万元")
		return op, true
	}
	return operand{}, false
}

// scoreCell is the indicator table's figure for a score, a sub-score, a
// count or the grade.
func scoreCell(fd *FormData, f *narrative.Figure) (operand, string, bool) {
	if fd == nil || fd.Table == nil || fd.report == nil {
		return operand{}, "", false
	}
	t, form := fd.Table, fd.report
	switch f.Kind {
	case narrative.Score:
		switch {
		case t.DeclaredTotal != nil && t.DeclaredTotal.Value.OK():
			return score(t.DeclaredTotal.Value), "", true
		case t.TotalRow != nil && t.TotalRow.Score.OK():
			return score(t.TotalRow.Score), "", true
		}
	case narrative.Subscore:
		return subscoreCell(fd, f.Term)
	case narrative.Count:
		return countCell(fd, f)
	case narrative.Grade:
		if t.Grade != nil && form.Grade != nil {
			return operand{ref: t.Grade.Ref}, *form.Grade, true
		}
	}
	return operand{}, "", false
}

// subscoreCell is the subtotal of the 一级 indicator a report names: by its
// name, or by the one name a character off it (管理效能 for 管理效率, a slip
// of the pen) when no other is as close.
func subscoreCell(fd *FormData, name string) (operand, string, bool) {
	t := fd.Table
	pick := -1
	for pass := 0; pass < 2 && pick < 0; pass++ {
		for i, g := range t.Groups {
			if g.Name == name || pass == 1 && oneRuneOff(g.Name, name) {
				if pick >= 0 {
					return operand{}, "", false // two groups fit: ambiguous
				}
				pick = i
			}
		}
	}
	if pick < 0 {
		return operand{}, "", false
	}
	g := t.Groups[pick]
	for _, s := range t.Subtotals {
		if s.Group == g && s.Value.OK() {
			return score(s.Value), "", true
		}
	}
	ops := make([]operand, 0, len(g.Indicators))
	for _, in := range g.Indicators {
		if in.Score.OK() && in.Parent == nil {
			ops = append(ops, score(in.Score))
		}
	}
	if len(ops) == 0 || g.Label == nil {
		return operand{}, "", false
	}
	sum, _ := sumOf(ops)
	op := operand{ref: g.Label.Ref, val: num.NewShown(sum, scorePlaces), exact: true}
	return op, "", true
}

// countCell is the number of indicators of a level, in the table or in
// one 一级 group, anchored at the group's (or the first) label.
func countCell(fd *FormData, f *narrative.Figure) (operand, string, bool) {
	t := fd.Table
	groups := t.Groups
	if f.Group != "" {
		groups = nil
		for _, g := range t.Groups {
			if g.Name == f.Group {
				groups = append(groups, g)
			}
		}
		if len(groups) != 1 {
			return operand{}, "", false
		}
	}
	n := 0
	switch f.Term {
	case "一级":
		if f.Group != "" {
			return operand{}, "", false
		}
		for _, g := range groups {
			if g.Name != "" {
				n++
			}
		}
	case "二级":
		for _, g := range groups {
			n += len(g.Children)
		}
	case "三级":
		for _, g := range groups {
			n += len(g.Indicators)
		}
	}
	if len(groups) == 0 || groups[0].Label == nil {
		return operand{}, "", false
	}
	return operand{ref: groups[0].Label.Ref, val: num.NewShown(decimal.NewFromInt(int64(n)), 0), exact: true}, "", true
}

// oneRuneOff reports whether two names of the same length differ in one
// character.
func oneRuneOff(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < 2 {
		return false
	}
	diff := 0
	for i := range ra {
		if ra[i] != rb[i] {
			diff++
		}
	}
	return diff == 1
}
