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
