package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// checkMatrix checks that every row and every column of the economic
// classification foots.
func (p *pass) checkMatrix(m *budget.Matrix) {
	tc, tr := m.TotalCol(), m.TotalRow()
	if tc >= 0 {
		for _, row := range m.Rows {
			lbl := row.Label.Text
			p.matrixSum(CodeMatrixRow, subject{"支出经济分类“" + lbl + "”行", "economic classification, row " + lbl},
				row.Cells[tc], without(row.Cells, tc))
		}
	}
	if tr >= 0 {
		for c, col := range m.Cols {
			var parts []xlsx.Figure
			for r, row := range m.Rows {
				if r != tr {
					parts = append(parts, row.Cells[c])
				}
			}
			lbl := col.Label.Text
			p.matrixSum(CodeMatrixColumn, subject{"支出经济分类“" + lbl + "”列", "economic classification, column " + lbl},
				m.Rows[tr].Cells[c], parts)
		}
	}
}

func (p *pass) matrixSum(code string, what subject, total xlsx.Figure, parts []xlsx.Figure) {
	if !p.usable(total, what.zh, what.en) || !p.usableAll(what.zh, what.en, parts...) || len(parts) == 0 {
		return
	}
	ops := p.operands(len(parts))[:len(parts)]
	for i, f := range parts {
		ops[i] = amount(f)
	}
	p.checkSum(code, what, amount(total), ops)
}

func without(figs []xlsx.Figure, i int) []xlsx.Figure {
	out := make([]xlsx.Figure, 0, len(figs)-1)
	out = append(out, figs[:i]...)
	return append(out, figs[i+1:]...)
}

// checkMatrixAgainstFunds checks that the matrix, which reports 全年执行数,
// agrees with the 全年执行数 of the budget block for 基本支出, 项目支出 and
// the total.
func (p *pass) checkMatrixAgainstFunds(m *budget.Matrix, b *budget.FundBlock) {
	tc := m.TotalCol()
	if tc < 0 || !b.Has(budget.Executed) {
		return
	}
	for _, row := range m.Rows {
		fl := b.Line(row.Line)
		if fl == nil {
			continue
		}
		what := subject{"“" + row.Line.Name() + "”全年执行数", row.Line.Name() + " spending"}
		p.checkSame(CodeAcrossBlocks, what, row.Cells[tc], fl.Executed, matrixUnit(m, b), b.Unit)
	}
}

// matrixUnit is the unit of a matrix's amounts: its own, else that of the
// fund block on its sheet.
func matrixUnit(m *budget.Matrix, b *budget.FundBlock) string {
	if m.Unit == "" && b != nil && b.Sheet == m.Sheet {
		return b.Unit
	}
	return m.Unit
}

// checkSame judges that two cells, of blocks whose amounts are in units
// unitA and unitB, report the same amount. When the units differ, both are
// compared in the coarser one, and the equation gives no fix: a fix is
// written in the unit of its own block.
func (p *pass) checkSame(code string, what subject, a, b xlsx.Figure, unitA, unitB string) {
	if !p.usable(a, what.zh, what.en) || !p.usable(b, what.zh, what.en) {
		return
	}
	unit := coarser(unitA, unitB)
	ta, convA := inUnit(amount(a), unitA, unit)
	tb, convB := inUnit(amount(b), unitB, unit)
	converted := convA || convB
	noteZH, noteEN := unitNote(converted, unit)
	ref := func(f xlsx.Figure) string {
		if f.Ref.Sheet == a.Ref.Sheet {
			return f.Ref.A1()
		}
		return f.Ref.String()
	}
	places := max(ta.val.Places, tb.val.Places)
	exp, act := fixed(tb.val.Value, places), fixed(ta.val.Value, places)
	record := func(residual decimal.Decimal, finding int) {
		if !converted {
			p.ledger.add(ta, append(p.operands(1), tb), residual, finding)
		}
	}
	switch {
	case ta.val.Value.Equal(tb.val.Value):
		record(decimal.Zero, -1)
	case ta.interval().Meets(tb.interval()):
		p.add(CodeWithinRounding, a.Ref, []xlsx.Ref{b.Ref}, exp, act,
			what.zh+"："+ref(a)+" 为 "+act+"，"+ref(b)+" 为 "+exp+"，差异在舍入误差范围内，视为一致"+noteZH+"。",
			what.en+": "+ref(a)+" reads "+act+" and "+ref(b)+" "+exp+", equal within rounding"+noteEN+".")
		record(decimal.Zero, -1)
	default:
		i := p.add(code, a.Ref, []xlsx.Ref{b.Ref}, exp, act,
			what.zh+"："+ref(a)+" 为 "+act+"，"+ref(b)+" 为 "+exp+"，两处应一致"+noteZH+"。",
			what.en+": "+ref(a)+" reads "+act+" but "+ref(b)+" reads "+exp+"; they must agree"+noteEN+".")
		record(tb.val.Value.Sub(ta.val.Value), i)
	}
}
