package indicator

import (
	"errors"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/internal/num"
	"github.com/jixiao-go/jixiao/vocabulary"
	"github.com/jixiao-go/jixiao/xlsx"
)

// ErrNoTable is returned when a sheet has no indicator header: a row with
// 三级指标, 分值 (or 权重) and 得分 (or 自评得分).
var ErrNoTable = errors.New("indicator: table not found")

// maxSummaryRows is how far below the table subtotals, totals and the grade
// are looked for.
const maxSummaryRows = 12

// ParseTable reads the indicator table of a sheet.
// Labels are read with v, or with vocabulary.Default when v is nil.
func ParseTable(s *xlsx.Sheet, v *vocabulary.Vocabulary) (*Table, error) {
	return parseTable(s, v, nil)
}

// parseTable reads the indicator table of a sheet into mem, or into new
// memory when mem is nil.
func parseTable(s *xlsx.Sheet, v *vocabulary.Vocabulary, mem *Parser) (*Table, error) {
	header, cols := findHeader(s, v)
	if header == 0 {
		return nil, ErrNoTable
	}
	t := &Table{Sheet: s.Name, Columns: map[Column]*xlsx.Cell{}}
	for k, c := range cols {
		t.Columns[k] = s.Cell(c, header)
	}
	p := &tableParser{s: s, v: v, t: t, cols: cols, groups: map[xlsx.Ref]*Group{}, parentOf: map[*Group]*Group{}, mem: mem}
	t.Indicators = mem.list(s.Rows() - header) // at most one per row
	last := p.rows(header + 1)
	if len(t.Indicators) == 0 {
		t.Indicators = nil
	}
	p.listGroupIndicators()
	p.summaries(last + 1)
	return t, nil
}

// findHeader returns the first row holding 三级指标, a weight and a score
// column, and the column of each recognised label.
func findHeader(s *xlsx.Sheet, v *vocabulary.Vocabulary) (int, map[Column]int) {
	var cols map[Column]int // made for the first row with a column label
	for r := 1; r <= s.Rows(); r++ {
		clear(cols)
		row := s.Row(r)
		for i := range row {
			c := &row[i]
			if c.Kind != xlsx.Text || !c.IsMergeOrigin() {
				continue
			}
			if k, ok := columnOf(v, c.Label); ok {
				if cols == nil {
					cols = map[Column]int{}
				}
				if _, dup := cols[k]; !dup {
					cols[k] = c.Ref.Col
				}
			}
		}
		_, l3 := cols[ColLevel3]
		_, w := cols[ColWeight]
		_, sc := cols[ColScore]
		if l3 && w && sc {
			return r, cols
		}
	}
	return 0, nil
}

type tableParser struct {
	s      *xlsx.Sheet
	v      *vocabulary.Vocabulary
	t      *Table
	cols   map[Column]int
	groups map[xlsx.Ref]*Group // by the label's merge origin
	// last1 and last2 are the groups of the previous row, for labels
	// written once or repeated instead of merged.
	last1, last2 *Group
	parentOf     map[*Group]*Group
	mem          *Parser // memory to reuse, or nil
}

func (p *tableParser) ref(c Column, row int) (xlsx.Ref, bool) {
	col, ok := p.cols[c]
	return xlsx.Ref{Sheet: p.s.Name, Col: col, Row: row}, ok
}

func (p *tableParser) figure(c Column, row int) xlsx.Figure {
	ref, ok := p.ref(c, row)
	if !ok {
		return xlsx.Figure{}
	}
	return p.s.Figure(ref)
}

func (p *tableParser) cell(c Column, row int) *xlsx.Cell {
	ref, ok := p.ref(c, row)
	if !ok {
		return nil
	}
	return p.s.At(ref)
}

// rows reads indicator rows from row first until the total row, a blank row
// after the indicators, or the end; it returns the last row it consumed.
func (p *tableParser) rows(first int) int {
	r := first
	for ; r <= p.s.Rows(); r++ {
		if lbl := p.totalLabel(r); lbl != nil {
			p.t.TotalRow = &TotalRow{Label: lbl, Weight: p.figure(ColWeight, r), Score: p.figure(ColScore, r)}
			return r
		}
		name := p.cell(ColLevel3, r)
		if name == nil || name.Kind == xlsx.Empty || name.IsPlaceholder() {
			if len(p.t.Indicators) > 0 && rowBlank(p.s, r) {
				return r
			}
			continue
		}
		p.indicator(r, name)
	}
	return r
}

// totalLabel returns the 合计 / 总分 label of row r, if it has one left of
// or in the 三级 column.
func (p *tableParser) totalLabel(r int) *xlsx.Cell {
	limit := p.cols[ColLevel3]
	for c := 1; c <= limit; c++ {
		cell := p.s.Cell(c, r)
		if cell != nil && cell.Kind == xlsx.Text && p.isTotalRow(cell.Label) {
			return cell
		}
	}
	return nil
}

func (p *tableParser) indicator(r int, name *xlsx.Cell) {
	in := p.mem.newIndicator()
	*in = Indicator{
		Name:   name,
		Weight: p.figure(ColWeight, r),
		Score:  p.figure(ColScore, r),
		Target: p.value(ColTarget, r),
		Actual: p.value(ColActual, r),
		Rule:   p.cell(ColRule, r),
	}
	if c := p.cell(ColExplanation, r); c != nil {
		in.Explanation = c.Text
	}
	if c := p.cell(ColReason, r); c != nil && c.IsMergeOrigin() {
		in.Reason = c.Text
	}
	in.Level1 = p.level(p.cell(ColLevel1, r), nil)
	if _, ok := p.cols[ColLevel2]; ok {
		in.Level2 = p.level(p.cell(ColLevel2, r), in.Level1)
	}
	p.t.Indicators = append(p.t.Indicators, in)
}

// listGroupIndicators gives each group the list of its indicators, in row
// order, once all rows are read: counted first, so that each list is made
// once at its size.
func (p *tableParser) listGroupIndicators() {
	count := make(map[*Group]int, len(p.groups)+2)
	for _, in := range p.t.Indicators {
		count[in.Level1]++
		if in.Level2 != nil {
			count[in.Level2]++
		}
	}
	add := func(g *Group, in *Indicator) {
		if g.Indicators == nil {
			g.Indicators = p.mem.list(count[g])
		}
		g.Indicators = append(g.Indicators, in)
	}
	for _, in := range p.t.Indicators {
		if in.Level2 != nil {
			add(in.Level2, in)
		}
		add(in.Level1, in)
	}
}

// level returns the 一级 group (parent nil) or the 二级 group under parent
// that row's label cell c names. A label merged over several rows, repeated
// on every row, or written once with the rows below left blank all name one
// group.
func (p *tableParser) level(c *xlsx.Cell, parent *Group) *Group {
	last := &p.last1
	if parent != nil {
		last = &p.last2
		if *last != nil && p.parentOf[*last] != parent {
			*last = nil // a new 一级 group starts its 二级 afresh
		}
	}
	if c == nil || c.Kind == xlsx.Empty {
		if *last == nil {
			*last = p.newGroup(nil, parent)
		}
		return *last
	}
	key := c.Ref
	if c.Merged != nil {
		key = c.Merged.TopLeft()
	}
	if g, ok := p.groups[key]; ok {
		*last = g
		return g
	}
	if g := *last; g != nil && g.Label != nil && g.Label.Label == c.Label {
		return g // the label repeated on the next row
	}
	g := p.newGroup(p.s.At(key), parent)
	p.groups[key] = g
	*last = g
	return g
}

// newGroup makes a group for a label cell (nil for an unnamed group).
func (p *tableParser) newGroup(origin *xlsx.Cell, parent *Group) *Group {
	g := p.mem.newGroup()
	if origin != nil {
		name, weight := label.StripWeight(origin.Label)
		g.Name, g.Label = name, origin
		if weight != "" {
			if v, err := num.ParseRaw(weight); err == nil {
				g.Weight = xlsx.Figure{Ref: origin.Ref, Text: origin.Text, State: xlsx.Present, Value: v}
			}
		}
	}
	if parent == nil {
		p.t.Groups = append(p.t.Groups, g)
	} else {
		p.parentOf[g] = parent
		parent.Children = append(parent.Children, g)
	}
	return g
}

// value reads a target or actual cell, combining a separate 指标性质 or
// 度量单位 column when the table has one.
func (p *tableParser) value(c Column, r int) Value {
	ref, ok := p.ref(c, r)
	if !ok {
		return Value{}
	}
	v := Value{Ref: ref}
	cell := p.s.At(ref)
	if cell == nil {
		return v
	}
	v.Text = cell.Text
	switch cell.Kind {
	case xlsx.Number:
		v.Numeric = true
		v.Quantity = num.Quantity{Shown: cell.Value, Percent: cell.Percent, Unit: cell.Unit}
	case xlsx.Text:
		q, err := num.ParseQuantity(cell.Text)
		v.Numeric, v.Quantity = err == nil, q
	}
	if v.Numeric && c == ColTarget && v.Quantity.Op == num.None {
		if op := p.cell(ColOp, r); op != nil && op.Kind == xlsx.Text {
			if q, err := num.ParseQuantity(op.Text + "0"); err == nil {
				v.Quantity.Op = q.Op
			}
		}
	}
	if v.Numeric && v.Quantity.Unit == "" {
		if u := p.cell(ColUnit, r); u != nil && u.Kind == xlsx.Text && u.Label != "%" {
			v.Quantity.Unit = u.Label
		}
	}
	return v
}

// summaries reads the rows after the table: "<一级>得分" subtotals, the
// declared total and the grade.
func (p *tableParser) summaries(first int) {
	for r := first; r <= min(p.s.Rows(), first+maxSummaryRows); r++ {
		row := p.s.Row(r)
		for i := range row {
			c := &row[i]
			if c.Kind != xlsx.Text || !c.IsMergeOrigin() {
				continue
			}
			p.summary(c)
		}
	}
}

func (p *tableParser) summary(c *xlsx.Cell) {
	row, _ := rowOf(p.v, c.Label)
	switch {
	case row == "grade":
		if p.t.GradeLabel == nil {
			p.t.GradeLabel, p.t.Grade = c, p.s.NextValue(c.Ref)
		}
	case row == "declared" || row == "total":
		if p.t.DeclaredTotal == nil {
			p.t.DeclaredTotal = &Summary{Label: c, Value: p.nextFigure(c)}
		}
	default:
		for _, g := range p.t.Groups {
			if g.Name != "" && label.StripLinePrefix(c.Label) == g.Name+"得分" {
				p.t.Subtotals = append(p.t.Subtotals, Summary{Label: c, Value: p.nextFigure(c), Group: g})
			}
		}
	}
}

func (p *tableParser) nextFigure(c *xlsx.Cell) xlsx.Figure {
	next := p.s.NextValue(c.Ref)
	if next == nil {
		return xlsx.Figure{Ref: c.Ref.Offset(1, 0)}
	}
	return p.s.Figure(next.Ref)
}

func rowBlank(s *xlsx.Sheet, r int) bool {
	for _, c := range s.Row(r) {
		if c.Kind != xlsx.Empty {
			return false
		}
	}
	return true
}

// isTotalRow reports whether a label in the table's label columns closes
// the rows: 合计, 总分 and the like, or 自评总分 written where the total row
// stands.
func (p *tableParser) isTotalRow(s string) bool {
	row, ok := rowOf(p.v, s)
	return ok && (row == "total" || row == "declared")
}
