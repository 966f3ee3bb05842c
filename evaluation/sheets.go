package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/present"
)

// Checks between the sheets of a workbook.

var acrossSheets = Check{
	Code: CodeAcrossSheets, Severity: SeverityError, Scope: ScopeWorkbook,
	Title: present.Text{ZH: "跨表数据不一致", EN: "sheets disagree"},
	Doc: present.Text{
		ZH: "同一工作簿中各项目支出绩效自评表的年度资金总额合计，不能超过部门整体支出绩效自评表中的“项目支出”，各列均如此。单位不同的表按其中最大的单位相加；未注明单位的表按部门表的单位计。",
		EN: "The project sheets of a workbook together cannot report more 年度资金总额 than the department sheet's 项目支出, for every measure. Sheets that state different units are added up in the coarsest of them; a sheet that states none is taken to be in the department's unit.",
	},
	Messages: []*present.Text{&msgAcrossSheets},
	Run:      runProjectsAgainstDepartment,
}

var msgAcrossSheets = present.Text{
	ZH: "各项目支出绩效自评表的“{measure}”合计 {actual}，超过部门“项目支出”的{measure} {expected}{note}。",
	EN: "the project sheets together report {measureEN} of {actual}, more than the department's 项目支出 {expected}{note}.",
}

// runProjectsAgainstDepartment checks that the project sheets together do
// not report more 年度资金总额 than the department's 项目支出, for every
// measure both have. Fewer is fine: a workbook need not hold every project.
// Blocks that state different units are compared in the coarsest of them; a
// block that states none is taken to be in the department's unit.
func runProjectsAgainstDepartment(p *Pass) {
	var depts, projects []*budget.FundBlock
	for _, fd := range p.Forms {
		switch {
		case fd.Funds == nil:
		case fd.Kind() == KindDepartment:
			depts = append(depts, fd.Funds)
		case fd.Kind() == KindProject:
			projects = append(projects, fd.Funds)
		}
	}
	if len(depts) != 1 || len(projects) == 0 {
		return
	}
	dept := depts[0].Line(budget.Project)
	if dept == nil {
		return
	}
	deptUnit := depts[0].Unit
	unitOf := func(b *budget.FundBlock) string {
		if b.Unit == "" {
			return deptUnit
		}
		return b.Unit
	}
	unit := deptUnit
	for _, pb := range projects {
		unit = coarser(unit, unitOf(pb))
	}
	for _, m := range []budget.Measure{budget.Initial, budget.Adjusted, budget.Executed} {
		d := dept.Figure(m)
		if !d.OK() {
			continue
		}
		var parts []operand
		converted := false
		for _, pb := range projects {
			if l := pb.Line(budget.Total); l != nil && l.Figure(m).OK() {
				op, conv := inUnit(amount(l.Figure(m)), unitOf(pb), unit)
				parts, converted = append(parts, op), converted || conv
			}
		}
		if len(parts) == 0 {
			continue
		}
		total, conv := inUnit(amount(d), deptUnit, unit)
		sum, places := sumOf(parts)
		places = max(places, total.val.Places)
		if sum.Cmp(total.val.Value) <= 0 || intervalOf(parts).Meets(total.interval()) {
			continue
		}
		exp, act := fixed(total.val.Value, places), fixed(sum, places)
		p.Report(Diagnostic{At: d.Ref, Related: refsOf(parts), Expected: exp, Actual: act,
			Message: present.New(&msgAcrossSheets, present.S("measure", m.Name()), present.S("measureEN", string(m)),
				present.S("actual", act), present.S("expected", exp), present.M("note", unitNote(converted || conv, unit)))})
	}
}
