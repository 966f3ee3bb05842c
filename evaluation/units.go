package evaluation

import (
	"strings"

	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

var amountUnit = Check{
	Code: CodeAmountUnit, Severity: SeverityError,
	Forms: fundForms,
	Title: present.Text{ZH: "金额单位与表头不符", EN: "amount in another unit than its block"},
	Doc: present.Text{
		ZH: "带单位填写的金额（2837900元、283.79万）必须使用其所在表块规定的单位：表块上方几行内的“单位”标注（标题行末的“单位：万元”），或表块标签中的单位（项目资金（万元）、年初预算数(万元)）。万与万元是同一单位；万元表块中的元不是。“应为”和建议值给出按表块单位精确换算后的金额（小数点移位，2837900元在万元表块中为 283.79），至少保留 2 位小数。其他核对（合计、执行率、表间比较）随后都按换算后的金额计算，如同已按建议修改，因此一个填错的单位只产生这一条发现，而不是一串合计不符。未注明单位的支出经济分类表沿用同表资金表的单位；未注明单位的表块不作判断，金额按填写值使用。",
		EN: "An amount typed with a unit (2837900元, 283.79万) must be in the unit its block states: a 单位 label in the few rows above the block (单位：万元 at the end of its title row) or a unit in the block's labels (项目资金（万元）, 年初预算数(万元)). 万 and 万元 are the same unit; 元 in a 万元 block is not. Expected and the fix give the amount converted exactly into the block's unit by moving the decimal point (2837900元 is 283.79 in a 万元 block), shown with at least 2 places. Every other check (sums, rates, comparisons between blocks) then uses the converted amount, as if the fix had been typed, so one mistyped unit gives this one finding rather than a cascade of failed sums. An economic classification that states no unit is in the unit of the budget block on its sheet; a block that states no unit is not judged, and its amounts are used as written.",
	},
	Messages: []*present.Text{&msgAmountUnit, &msgAmountUnitAt},
	Run:      runAmountUnits,
}

var (
	msgAmountUnit = present.Text{
		ZH: "“{what}”填写为“{typed}”，与本表金额单位“{unit}”不符，应填 {expected}（{unit}）；其他核对已按 {expected} {unit}计算。",
		EN: "{what} reads \"{typed}\", but the block's amounts are in {unit}; in {unit} it is {expected}, which the other checks used.",
	}
	msgAmountUnitAt = present.Text{
		ZH: "“{what}”填写为“{typed}”，与本表金额单位“{unit}”（见 {cell}）不符，应填 {expected}（{unit}）；其他核对已按 {expected} {unit}计算。",
		EN: "{what} reads \"{typed}\", but the block's amounts are in {unit} (see {cell}); in {unit} it is {expected}, which the other checks used.",
	}
)

// unitConversion is an amount typed in another unit than its block's, as
// the preparation of a form converted it.
type unitConversion struct {
	what      present.Message
	at        xlsx.Ref
	typed     string // the cell's text
	shown     string // the value as typed, with its places
	unit      blockUnit
	converted string // the value in the block's unit, with its places
}

// runAmountUnits reports every amount the preparation of the form
// converted into its block's unit.
func runAmountUnits(p *Pass) {
	for _, c := range p.Form.conversions {
		var related []xlsx.Ref
		args := []present.Arg{present.M("what", c.what), present.S("typed", c.typed), present.S("unit", c.unit.name), present.S("expected", c.converted)}
		tpl := &msgAmountUnit
		if c.unit.cell != nil {
			related = []xlsx.Ref{c.unit.cell.Ref}
			tpl = &msgAmountUnitAt
			args = append(args, present.S("cell", c.unit.cell.Ref.A1()))
		}
		i := p.Report(Diagnostic{At: c.at, Related: related, Expected: c.converted, Actual: c.shown, Message: present.New(tpl, args...)})
		p.Fix(i, c.at, c.converted)
	}
}

// blockUnit is the unit a block's amounts are in and the cell that says so.
type blockUnit struct {
	name string     // canonical, "" when the block states none
	cell *xlsx.Cell // nil when the block states none
}

// convertUnits converts every amount of a form's blocks typed with a unit
// ("2837900元", "283.79万") other than the unit its block states into the
// block's unit, so that every other check uses it as if the fix had been
// typed, and keeps the conversions for JX005. A matrix that states no unit
// is in the unit of the fund block on its sheet. A block that states no
// unit is not judged and its amounts are used as written.
func (fd *FormData) convertUnits() {
	var fundUnit blockUnit
	if funds := fd.Funds; funds != nil {
		fundUnit = blockUnit{funds.Unit, funds.UnitCell}
		for i := range funds.Lines {
			l := &funds.Lines[i]
			for _, a := range []struct {
				m budget.Measure
				f *xlsx.Figure
			}{{budget.Initial, &l.Initial}, {budget.Adjusted, &l.Adjusted}, {budget.Executed, &l.Executed}} {
				fd.toBlockUnit(a.f, fundUnit, lineFigure(l, a.m))
			}
		}
	}
	if matrix := fd.Matrix; matrix != nil {
		unit := blockUnit{matrix.Unit, matrix.UnitCell}
		if unit.name == "" && fd.Funds != nil && fd.Funds.Sheet == matrix.Sheet {
			unit = fundUnit
		}
		for r := range matrix.Rows {
			row := &matrix.Rows[r]
			for c := range row.Cells {
				if c >= len(matrix.Cols) {
					break
				}
				rowLabel, colLabel := row.Label.Text, matrix.Cols[c].Label.Text
				fd.toBlockUnit(&row.Cells[c], unit, func() present.Message {
					return present.New(&subjectMatrixCell, present.S("row", rowLabel), present.S("col", colLabel))
				})
			}
		}
	}
}

var subjectMatrixCell = present.Text{ZH: "{row}·{col}", EN: "{row}·{col}"}

// toBlockUnit rewrites an amount typed in a unit other than its block's in
// the block's unit: the value converted exactly (a shift of the decimal
// point, never a float), shown with the places the fix gives, at least
// amountPlaces.
func (fd *FormData) toBlockUnit(f *xlsx.Figure, unit blockUnit, what subjectOf) {
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
	fd.conversions = append(fd.conversions, unitConversion{
		what: what(), at: f.Ref, typed: strings.TrimSpace(f.Text), shown: f.Value.String(), unit: unit, converted: conv.String(),
	})
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

var noteConverted = present.Text{ZH: "（金额单位不同，已按{unit}换算比较）", EN: " (the blocks state different units; compared in {unit})"}

// unitNote says that amounts were compared in unit, when they had to be
// converted to be compared; the zero Message when they did not.
func unitNote(converted bool, unit string) present.Message {
	if !converted {
		return present.Message{}
	}
	return present.New(&noteConverted, present.S("unit", unit))
}
