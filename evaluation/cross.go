package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
)

// checkProjectsAgainstDepartment checks that the project sheets together do
// not report more 年度资金总额 than the department's 项目支出, for every
// measure both have. Fewer is fine: a workbook need not hold every project.
// Blocks that state different units are compared in the coarsest of them; a
// block that states none is taken to be in the department's unit.
func (p *pass) checkProjectsAgainstDepartment(depts, projects []*budget.FundBlock) {
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
		noteZH, noteEN := unitNote(converted || conv, unit)
		sum, places := sumOf(parts)
		places = max(places, total.val.Places)
		if sum.Cmp(total.val.Value) <= 0 || intervalOf(parts).Meets(total.interval()) {
			continue
		}
		exp, act := fixed(total.val.Value, places), fixed(sum, places)
		p.add(CodeAcrossSheets, d.Ref, refsOf(parts), exp, act,
			"各项目支出绩效自评表的“"+m.Name()+"”合计 "+act+"，超过部门“项目支出”的"+m.Name()+" "+exp+noteZH+"。",
			"the project sheets together report "+string(m)+" of "+act+", more than the department's 项目支出 "+exp+noteEN+".")
	}
}
