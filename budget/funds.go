package budget

import (
	"errors"

	"github.com/jixiao-go/jixiao/vocabulary"
	"github.com/jixiao-go/jixiao/xlsx"
)

// ErrNoBlock is returned when a sheet holds no block of the kind asked for.
var ErrNoBlock = errors.New("budget: block not found")

// FundLine is one row of a fund block, such as 其中：财政拨款, with a figure
// for every measure; a measure the block lacks is an Absent figure with no
// position.
type FundLine struct {
	Line                                             Line
	Label                                            *xlsx.Cell // the row label as written
	Initial, Adjusted, Executed, Rate, Weight, Score xlsx.Figure
}

// Figure returns the line's figure for a measure.
func (l *FundLine) Figure(m Measure) xlsx.Figure {
	switch m {
	case Initial:
		return l.Initial
	case Adjusted:
		return l.Adjusted
	case Executed:
		return l.Executed
	case Rate:
		return l.Rate
	case Weight:
		return l.Weight
	case Score:
		return l.Score
	}
	return xlsx.Figure{}
}

func (l *FundLine) set(m Measure, f xlsx.Figure) {
	switch m {
	case Initial:
		l.Initial = f
	case Adjusted:
		l.Adjusted = f
	case Executed:
		l.Executed = f
	case Rate:
		l.Rate = f
	case Weight:
		l.Weight = f
	case Score:
		l.Score = f
	}
}

// FundBlock is the fund block of a department sheet (年度部门整体支出预算执行
// 情况) or of a project sheet (项目资金).
type FundBlock struct {
	Sheet string
	// Transposed is true when the measures run down a column and the lines
	// across a row.
	Transposed bool
	// Measures lists the measures the block has, with their header cells.
	Measures map[Measure]*xlsx.Cell
	// Lines are the recognised rows in sheet order.
	Lines []FundLine
	// Unit is the unit of the block's amounts in its canonical spelling
	// ("万元", "元"; see CanonicalUnit), as a 单位 label above the block or a
	// label of the block (项目资金（万元）, 年初预算数(万元)) states it; ""
	// when the block states none. UnitCell is the cell that states it.
	Unit     string
	UnitCell *xlsx.Cell
}

// Has reports whether the block has a column for m.
func (b *FundBlock) Has(m Measure) bool { return b.Measures[m] != nil }

// Line returns the first line of that kind, or nil.
func (b *FundBlock) Line(l Line) *FundLine {
	for i := range b.Lines {
		if b.Lines[i].Line == l {
			return &b.Lines[i]
		}
	}
	return nil
}

// ParseFunds finds the first fund block of the sheet: a header with at least
// two of 年初预算数, 全年预算数 and 全年执行数 (or their synonyms), in a row or,
// transposed, in a column, and the lines 年度资金总额, 财政拨款, 上年结转资金,
// 其他资金, 基本支出, 项目支出 beside it. Labels are read with v, or with
// vocabulary.Default when v is nil.
func ParseFunds(s *xlsx.Sheet, v *vocabulary.Vocabulary) (*FundBlock, error) {
	return parseFunds(s, v, nil)
}

// parseFunds is ParseFunds reading into mem, or into new memory when mem is
// nil.
func parseFunds(s *xlsx.Sheet, v *vocabulary.Vocabulary, mem *Parser) (*FundBlock, error) {
	t, ok := locate(s, tableSpec[Measure, Line]{
		measure: func(l string) (Measure, bool) { return lookup[Measure](v, vocabulary.Measure, l) },
		line:    func(l string) (Line, bool) { return lookup[Line](v, vocabulary.Line, l) },
		header: func(m map[Measure]bool) bool {
			n := 0
			for _, k := range []Measure{Initial, Adjusted, Executed} {
				if m[k] {
					n++
				}
			}
			return n >= 2
		},
	})
	if !ok {
		return nil, ErrNoBlock
	}
	b := mem.newBlock()
	b.Sheet, b.Transposed = s.Name, t.transposed
	b.Unit, b.UnitCell = unitOf(s, t)
	for _, m := range t.measures {
		b.Measures[m.Key] = m.Label
	}
	b.Lines = mem.fundLines(len(t.lines))
	for _, l := range t.lines {
		fl := FundLine{Line: l.Key, Label: l.Label}
		for _, m := range t.measures {
			fl.set(m.Key, s.Figure(t.ref(l.Pos, m.Pos)))
		}
		b.Lines = append(b.Lines, fl)
	}
	return b, nil
}
