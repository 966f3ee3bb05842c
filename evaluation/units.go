package evaluation

import (
	"strings"

	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/internal/num"
	"github.com/jixiao-go/jixiao/xlsx"
)

// blockUnit is the unit a block's amounts are in and the cell that says so.
type blockUnit struct {
	name string     // canonical, "" when the block states none
	cell *xlsx.Cell // nil when the block states none
}

// checkUnits judges the unit typed after each amount of a sheet's blocks
// ("2837900元", "283.79万") against the unit the block states (JX005), and
// converts an amount in another unit into the block's unit, so that every
// other check uses it as if the fix had been typed. A matrix that states no
// unit is in the unit of the fund block on its sheet. A block that states no
// unit is not judged and its amounts are used as written. Either block may
// be nil.
func (p *pass) checkUnits(funds *budget.FundBlock, matrix *budget.Matrix) {
	var fundUnit blockUnit
	if funds != nil {
		fundUnit = blockUnit{funds.Unit, funds.UnitCell}
		for i := range funds.Lines {
			l := &funds.Lines[i]
			name := lineName(l)
			for _, a := range []struct {
				m budget.Measure
				f *xlsx.Figure
			}{{budget.Initial, &l.Initial}, {budget.Adjusted, &l.Adjusted}, {budget.Executed, &l.Executed}} {
				p.toBlockUnit(a.f, fundUnit, subject{name + "·" + a.m.Name(), name + " " + string(a.m)})
			}
		}
	}
	if matrix != nil {
		unit := blockUnit{matrix.Unit, matrix.UnitCell}
		if unit.name == "" && funds != nil && funds.Sheet == matrix.Sheet {
			unit = fundUnit
		}
		for r := range matrix.Rows {
			row := &matrix.Rows[r]
			for c := range row.Cells {
				if c >= len(matrix.Cols) {
					break
				}
				what := row.Label.Text + "·" + matrix.Cols[c].Label.Text
				p.toBlockUnit(&row.Cells[c], unit, subject{what, what})
			}
		}
	}
}

// toBlockUnit reports an amount typed in a unit other than its block's and
// rewrites f in the block's unit: the value converted exactly (a shift of
// the decimal point, never a float), shown with the places the fix gives,
// at least amountPlaces.
func (p *pass) toBlockUnit(f *xlsx.Figure, unit blockUnit, what subject) {
	if f.State != xlsx.Present || f.Unit == "" || f.Percent || unit.name == "" {
		return
	}
	typed := budget.CanonicalUnit(f.Unit)
	from, okFrom := budget.UnitPower(typed)
	to, okTo := budget.UnitPower(unit.name)
	if !okFrom || !okTo || typed == unit.name {
		return
	}
	v := f.Value.Value.Shift(from - to)
	conv := num.NewShown(v, max(amountPlaces, decimalsOf(v.String())))
	exp, act := conv.String(), f.Value.String()
	var related []xlsx.Ref
	where, whereEN := "", ""
	if unit.cell != nil {
		related = []xlsx.Ref{unit.cell.Ref}
		where, whereEN = "（见 "+unit.cell.Ref.A1()+"）", " (see "+unit.cell.Ref.A1()+")"
	}
	i := p.add(CodeAmountUnit, f.Ref, related, exp, act,
		"“"+what.zh+"”填写为“"+strings.TrimSpace(f.Text)+"”，与本表金额单位“"+unit.name+"”"+where+"不符，应填 "+exp+"（"+unit.name+"）；其他核对已按 "+exp+" "+unit.name+"计算。",
		what.en+" reads \""+strings.TrimSpace(f.Text)+"\", but the block's amounts are in "+unit.name+whereEN+"; in "+unit.name+" it is "+exp+", which the other checks used.")
	p.setFix(i, f.Ref, exp)
	f.Value, f.Unit = conv, unit.name
}

// decimalsOf counts the digits after the point of a decimal as
// decimal.String prints it, without trailing zeros.
func decimalsOf(s string) int32 {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return int32(len(s) - i - 1)
	}
	return 0
}

// inUnit expresses an amount of a block in unit from in the coarser unit to,
// exactly: the decimal point shifted, and the places shown shifted with it,
// so that the interval the figure stands for is the same amount of money.
// Amounts are only ever converted into a coarser unit (元 into 万元), where
// that interval can be written with places. It reports whether it
// converted anything.
func inUnit(op operand, from, to string) (operand, bool) {
	shift, ok := unitShift(from, to)
	if !ok || shift == 0 {
		return op, false
	}
	op.val = num.NewShown(op.val.Value.Shift(shift), op.val.Places-shift)
	return op, true
}

// unitShift is the power of ten that takes an amount in unit from into unit
// to; ok is false when either is unstated or unknown.
func unitShift(from, to string) (int32, bool) {
	pf, okFrom := budget.UnitPower(from)
	pt, okTo := budget.UnitPower(to)
	if from == "" || to == "" || !okFrom || !okTo {
		return 0, false
	}
	return pf - pt, true
}

// coarser is the larger of two stated units ("万元" over "元"), or the one
// that is stated; "" when neither is.
func coarser(a, b string) string {
	pa, okA := budget.UnitPower(a)
	pb, okB := budget.UnitPower(b)
	switch {
	case !okA || a == "":
		return b
	case !okB || b == "":
		return a
	case pb > pa:
		return b
	}
	return a
}

// unitNote says in both languages that amounts were compared in unit, when
// they had to be converted to be compared.
func unitNote(converted bool, unit string) (zh, en string) {
	if !converted {
		return "", ""
	}
	return "（金额单位不同，已按" + unit + "换算比较）", " (the blocks state different units; compared in " + unit + ")"
}
