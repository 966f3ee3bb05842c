package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// The economic classification (支出经济分类): its rows and columns foot, and
// its totals agree with the budget block.

var matrixRow = Check{
	Code: CodeMatrixRow, Severity: SeverityError,
	Forms: []FormKind{KindDepartment},
	Title: present.Text{ZH: "支出经济分类横向合计不符", EN: "economic classification row does not foot"},
	Doc: present.Text{
		ZH: "支出经济分类表中，每一行的“合计”应等于该行各分类之和。当某行和某列同时不符且有一个单元格同属二者时，建议值指出这个单元格和能同时修正二者的数值。",
		EN: "In the economic classification, each row's 合计 must equal the sum of its classes. When a row and a column both fail and one cell lies in both, the fix names that cell and the value that mends both.",
	},
	Messages: []*present.Text{&msgSumFailed},
	Run:      runMatrixRows,
}

var matrixColumn = Check{
	Code: CodeMatrixColumn, Severity: SeverityError,
	Forms: []FormKind{KindDepartment},
	Title: present.Text{ZH: "支出经济分类纵向合计不符", EN: "economic classification column does not foot"},
	Doc: present.Text{
		ZH: "支出经济分类表中，每一列的“合计”行应等于基本支出 + 项目支出。",
		EN: "In the economic classification, each column's 合计 row must equal 基本支出 + 项目支出.",
	},
	Messages: []*present.Text{&msgSumFailed},
	Run:      runMatrixColumns,
}

var acrossBlocks = Check{
	Code: CodeAcrossBlocks, Severity: SeverityError,
	Forms: []FormKind{KindDepartment},
	Title: present.Text{ZH: "表内数据不一致", EN: "blocks disagree"},
	Doc: present.Text{
		ZH: "支出经济分类表反映全年执行数：其基本支出、项目支出和合计应等于资金表中相应行的全年执行数。两个表块单位不同（元与万元）时按较大的单位比较，不给建议值。",
		EN: "The economic classification reports 全年执行数: its 基本支出, 项目支出 and 合计 totals must equal the 全年执行数 of the same lines in the budget block. When the two blocks state different units (元 and 万元) both are compared in the coarser one, and no fix is offered.",
	},
	Messages: []*present.Text{&msgSame},
	Run:      runMatrixAgainstFunds,
}

var (
	subjectMatrixRow    = present.Text{ZH: "支出经济分类“{label}”行", EN: "economic classification, row {label}"}
	subjectMatrixColumn = present.Text{ZH: "支出经济分类“{label}”列", EN: "economic classification, column {label}"}
	gapNoTotalColumn    = present.Text{ZH: "支出经济分类表未找到“合计”列", EN: "the economic classification has no 合计 column"}
	gapNoTotalRow       = present.Text{ZH: "支出经济分类表未找到“合计”行", EN: "the economic classification has no 合计 row"}
)

// runMatrixRows checks that every row of the economic classification foots.
func runMatrixRows(p *Pass) {
	m := p.Form.Matrix
	if m == nil {
		p.Inapplicable()
		return
	}
	tc := m.TotalCol()
	if tc < 0 {
		p.Skip(present.Plain(&gapNoTotalColumn))
		return
	}
	for _, row := range m.Rows {
		p.matrixSum(labelled(&subjectMatrixRow, row.Label.Text), row.Cells[tc], without(row.Cells, tc))
	}
}

// runMatrixColumns checks that every column of the economic classification
// foots.
func runMatrixColumns(p *Pass) {
	m := p.Form.Matrix
	if m == nil {
		p.Inapplicable()
		return
	}
	tr := m.TotalRow()
	if tr < 0 {
		p.Skip(present.Plain(&gapNoTotalRow))
		return
	}
	for c, col := range m.Cols {
		var parts []xlsx.Figure
		for r, row := range m.Rows {
			if r != tr {
				parts = append(parts, row.Cells[c])
			}
		}
		p.matrixSum(labelled(&subjectMatrixColumn, col.Label.Text), m.Rows[tr].Cells[c], parts)
	}
}

func (p *Pass) matrixSum(what subjectOf, total xlsx.Figure, parts []xlsx.Figure) {
	if !p.usable(total, what) || !p.usableAll(what, parts...) || len(parts) == 0 {
		return
	}
	ops := p.st.operands(len(parts))[:len(parts)]
	for i, f := range parts {
		ops[i] = amount(f)
	}
	p.checkSum(what, amount(total), ops)
}

func without(figs []xlsx.Figure, i int) []xlsx.Figure {
	out := make([]xlsx.Figure, 0, len(figs)-1)
	out = append(out, figs[:i]...)
	return append(out, figs[i+1:]...)
}

var subjectLineSpending = present.Text{ZH: "“{label}”全年执行数", EN: "{label} spending"}

// runMatrixAgainstFunds checks that the matrix, which reports 全年执行数,
// agrees with the 全年执行数 of the budget block for 基本支出, 项目支出 and
// the total.
func runMatrixAgainstFunds(p *Pass) {
	m, b := p.Form.Matrix, p.Form.Funds
	if m == nil || b == nil {
		p.Inapplicable()
		return
	}
	tc := m.TotalCol()
	if tc < 0 || !b.Has(budget.Executed) {
		return
	}
	for _, row := range m.Rows {
		fl := b.Line(row.Line)
		if fl == nil {
			continue
		}
		what := labelled(&subjectLineSpending, row.Line.Name())
		p.checkSame(what, row.Cells[tc], fl.Executed, matrixUnit(m, b), b.Unit)
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

var (
	msgSameWithin = present.Text{
		ZH: "{what}：{a} 为 {actual}，{b} 为 {expected}，差异在舍入误差范围内，视为一致{note}。",
		EN: "{what}: {a} reads {actual} and {b} {expected}, equal within rounding{note}.",
	}
	msgSame = present.Text{
		ZH: "{what}：{a} 为 {actual}，{b} 为 {expected}，两处应一致{note}。",
		EN: "{what}: {a} reads {actual} but {b} reads {expected}; they must agree{note}.",
	}
)

// checkSame judges that two cells, of blocks whose amounts are in units
// unitA and unitB, report the same amount. When the units differ, both are
// compared in the coarser one, and the equation gives no fix: a fix is
// written in the unit of its own block.
func (p *Pass) checkSame(what subjectOf, a, b xlsx.Figure, unitA, unitB string) {
	if !p.usable(a, what) || !p.usable(b, what) {
		return
	}
	unit := coarser(unitA, unitB)
	ta, convA := inUnit(amount(a), unitA, unit)
	tb, convB := inUnit(amount(b), unitB, unit)
	converted := convA || convB
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
			p.st.ledger.add(ta, append(p.st.operands(1), tb), residual, finding)
		}
	}
	d := Diagnostic{At: a.Ref, Related: []xlsx.Ref{b.Ref}, Expected: exp, Actual: act}
	args := []present.Arg{present.M("what", what()), present.S("a", ref(a)), present.S("b", ref(b)),
		present.S("actual", act), present.S("expected", exp), present.M("note", unitNote(converted, unit))}
	switch {
	case ta.val.Value.Equal(tb.val.Value):
		record(decimal.Zero, -1)
	case ta.interval().Meets(tb.interval()):
		d.Message = present.New(&msgSameWithin, args...)
		p.ReportAs(&withinRounding, d)
		record(decimal.Zero, -1)
	default:
		d.Message = present.New(&msgSame, args...)
		i := p.Report(d)
		if i >= 0 {
			p.st.findings[i].pair = true
		}
		record(tb.val.Value.Sub(ta.val.Value), i)
	}
}
