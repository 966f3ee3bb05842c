package budget

import (
	"errors"
	"strings"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"

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

// LinesOf returns every line of that kind, in sheet order: a form may split
// a line (一般公共预算财政拨款 and 政府性基金预算财政拨款 for 财政拨款), or give
// a line and then its parts.
func (b *FundBlock) LinesOf(l Line) []*FundLine {
	var out []*FundLine
	for i := range b.Lines {
		if b.Lines[i].Line == l {
			out = append(out, &b.Lines[i])
		}
	}
	return out
}

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
			ref := t.ref(l.Pos, m.Pos)
			f := s.Figure(ref)
			if mergedFromAnotherLine(s, ref, t.transposed) {
				f = xlsx.Figure{Ref: ref} // the value is the line's above, written once over both
			}
			if m.Key == Rate {
				f = asRate(f, m.Label)
			}
			fl.set(m.Key, f)
		}
		b.Lines = append(b.Lines, fl)
	}
	if !b.Has(Weight) {
		labelledWeight(s, t, b)
	}
	return b, nil
}

// mergedFromAnotherLine reports whether the cell at ref lies in a merged
// range that starts on another line: one 执行率 written over the 年度总金额
// and 其中财政拨款 rows belongs to the first line only.
func mergedFromAnotherLine(s *xlsx.Sheet, ref xlsx.Ref, transposed bool) bool {
	c := s.At(ref)
	if c == nil || c.Merged == nil {
		return false
	}
	if transposed {
		return c.Merged.FromCol != ref.Col
	}
	return c.Merged.FromRow != ref.Row
}

// labelledWeight gives a block without a 分值 column the weight its stub
// label states, 预算执行情况（万元）（20分）: the 年度资金总额 line (or the first
// line) weighs that much, read from the label's cell, which then heads the
// block's weight.
func labelledWeight(s *xlsx.Sheet, t *table[Measure, Line], b *FundBlock) {
	if len(b.Lines) == 0 {
		return
	}
	for _, c := range cornerCells(s, t) {
		origin := s.At(c.Ref)
		if c.Merged != nil {
			origin = s.At(c.Merged.TopLeft())
		}
		_, w := label.StripWeight(c.Label)
		v, err := num.ParseRaw(w)
		if w == "" || err != nil {
			continue
		}
		l := b.Line(Total)
		if l == nil {
			l = &b.Lines[0]
		}
		l.Weight = xlsx.Figure{Ref: origin.Ref, Text: origin.Text, Value: v, State: xlsx.Present}
		b.Measures[Weight] = origin
		return
	}
}

// asRate reads an 执行率 as the fraction it stands for. A rate shown as a
// percentage (by its format or typed with %) already is one; a bare number
// is a percentage written without its sign when its header says so
// (执行率(%)) or when it is above 2, which no fraction of a budget spent
// is: 79.27 under 执行率 is 79.27%. The places shown move with it.
func asRate(f xlsx.Figure, header *xlsx.Cell) xlsx.Figure {
	if f.State != xlsx.Present || f.Percent {
		return f
	}
	headerSaysPercent := header != nil && strings.Contains(header.Label, "%")
	if !headerSaysPercent && f.Value.Value.Cmp(decimal.NewFromInt(2)) <= 0 {
		return f
	}
	f.Value = num.NewShown(f.Value.Value.Shift(-2), f.Value.Places+2)
	f.Percent = true
	return f
}
