package indicator

import (
	"errors"
	"strings"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/num"
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
	header, labels := findHeader(s, v)
	if header == 0 {
		return nil, ErrNoTable
	}
	t := &Table{Sheet: s.Name, Columns: labels}
	cols := make(map[Column]int, len(labels))
	for k, c := range labels {
		cols[k] = c.Ref.Col
	}
	p := &tableParser{s: s, v: v, t: t, cols: cols, byName: map[string]*Group{}, groups: map[xlsx.Ref]*Group{}, parentOf: map[*Group]*Group{}, mem: mem}
	t.Indicators = mem.list(s.Rows() - header) // at most one per row
	last := p.rows(header + 1)
	if len(t.Indicators) == 0 {
		t.Indicators = nil
	}
	p.linkParents()
	p.listGroupIndicators()
	p.summaries(last + 1)
	if t.DeclaredTotal == nil {
		p.declaredAbove(header)
	}
	return t, nil
}

// findHeader returns the last row of the first header: a row holding
// 三级指标, a weight and a score column, or two rows that do together (a
// header split over two rows, 年度指标值 above 指标性质 | 指标值 | 度量单位),
// and the cell of each recognised label, the lower row's first.
func findHeader(s *xlsx.Sheet, v *vocabulary.Vocabulary) (int, map[Column]*xlsx.Cell) {
	var prev, cur map[Column]*xlsx.Cell
	for r := 1; r <= s.Rows(); r++ {
		prev, cur = cur, columnLabels(s, v, r)
		if isHeader(cur) {
			if under := columnLabels(s, v, r+1); under != nil && allCovered(cur, under) {
				// A second header row under merged labels of this one
				// (自评得分 over 单项指标得分 | 权重占比 | 单项指标折算得分).
				return r + 1, mergeHeaders(cur, under)
			}
			return r, cur
		}
		if prev == nil || cur == nil {
			continue
		}
		if both := mergeHeaders(prev, cur); isHeader(both) {
			return r, both
		}
	}
	return 0, nil
}

// columnLabels returns the column labels of row r, the first of each kind;
// nil when it has none.
func columnLabels(s *xlsx.Sheet, v *vocabulary.Vocabulary, r int) map[Column]*xlsx.Cell {
	var cols map[Column]*xlsx.Cell
	row := s.Row(r)
	for i := range row {
		c := &row[i]
		if c.Kind != xlsx.Text || !c.IsMergeOrigin() {
			continue
		}
		if k, ok := columnOf(v, c.Label); ok {
			if cols == nil {
				cols = map[Column]*xlsx.Cell{}
			}
			if _, dup := cols[k]; !dup {
				cols[k] = c
			}
		}
	}
	return cols
}

// isHeader reports whether the columns make an indicator header: 三级指标
// and a score, with a weight, or (forms that print scores only) with a
// target or an actual value.
func isHeader(cols map[Column]*xlsx.Cell) bool {
	_, l3 := cols[ColLevel3]
	_, w := cols[ColWeight]
	_, sc := cols[ColScore]
	_, target := cols[ColTarget]
	_, actual := cols[ColActual]
	return l3 && sc && (w || target || actual)
}

// mergeHeaders joins the labels of two header rows: the lower row's, and
// those of the upper row that stand over no label of the lower one.
func mergeHeaders(upper, lower map[Column]*xlsx.Cell) map[Column]*xlsx.Cell {
	both := make(map[Column]*xlsx.Cell, len(upper)+len(lower))
	for k, c := range lower {
		both[k] = c
	}
	for k, c := range upper {
		if _, taken := both[k]; !taken && !covered(lower, c) {
			both[k] = c
		}
	}
	return both
}

// allCovered reports whether every label of the lower row stands under a
// label of the upper row that is merged across columns.
func allCovered(upper, lower map[Column]*xlsx.Cell) bool {
	for _, c := range lower {
		under := false
		for _, u := range upper {
			if u.Merged != nil && u.Merged.ToCol > u.Merged.FromCol && c.Ref.Col >= u.Merged.FromCol && c.Ref.Col <= u.Merged.ToCol {
				under = true
			}
		}
		if !under {
			return false
		}
	}
	return true
}

// covered reports whether a label of the upper header row stands over a
// column the lower row names: 年度指标值 merged over 指标性质 | 指标值 |
// 度量单位 is their heading, not a column of its own.
func covered(lower map[Column]*xlsx.Cell, upper *xlsx.Cell) bool {
	from, to := upper.Ref.Col, upper.Ref.Col
	if upper.Merged != nil {
		from, to = upper.Merged.FromCol, upper.Merged.ToCol
	}
	for _, c := range lower {
		if c.Ref.Col >= from && c.Ref.Col <= to {
			return true
		}
	}
	return false
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
	// byName are the 一级 groups by name, and by name without a final
	// 指标 (产出指标 is also 产出), for finding their subtotals.
	byName map[string]*Group
	mem    *Parser // memory to reuse, or nil
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

// maxBlankRows is how many blank rows in a row end the indicator rows: a
// single blank row inside a table does not.
const maxBlankRows = 2

// rows reads indicator rows from row first until the total row, a summary
// row (a subtotal such as 履职效能得分, 自评总分, 评价等级), maxBlankRows
// blank rows after the indicators, or the end; it returns the last row of
// the table. A 小计 row inside the table is the subtotal of the group above
// it, not an indicator.
func (p *tableParser) rows(first int) int {
	blank := 0
	for r := first; r <= p.s.Rows(); r++ {
		lbl, row := p.rowLabel(r)
		switch {
		case row == "total" || row == "declared" && p.figure(ColScore, r).State != xlsx.Absent:
			p.t.TotalRow = &TotalRow{Label: lbl, Weight: p.points(p.figure(ColWeight, r)), Score: p.points(p.figure(ColScore, r))}
			return r
		case row == "subtotal":
			if g := p.subtotalGroup(lbl); g != nil {
				p.t.Subtotals = append(p.t.Subtotals, Summary{Label: lbl, Value: p.points(p.figure(ColScore, r)), Group: g})
			}
			continue
		case row != "" || p.groupSubtotal(r) != nil:
			return r - 1 // a summary row: the summaries start here
		}
		name := p.cell(ColLevel3, r)
		if name == nil || name.Kind == xlsx.Empty || name.IsPlaceholder() || p.templateRow(r, name) {
			if rowBlank(p.s, r) && len(p.t.Indicators) > 0 {
				if blank++; blank >= maxBlankRows {
					return r
				}
			}
			continue
		}
		blank = 0
		p.indicator(r, name)
	}
	return p.s.Rows()
}

// rowLabel returns the summary-row label of row r, if it has one left of or
// in the 三级 column, and the row it names (total, declared, subtotal,
// grade); nil and "" when it has none.
func (p *tableParser) rowLabel(r int) (*xlsx.Cell, string) {
	limit := p.cols[ColLevel3]
	for c := 1; c <= limit; c++ {
		cell := p.s.Cell(c, r)
		if cell == nil || cell.Kind != xlsx.Text || !cell.IsMergeOrigin() && cell.Merged.FromRow != r {
			continue
		}
		if row, ok := rowOf(p.v, cell.Label); ok {
			return cell, row
		}
	}
	return nil, ""
}

// groupSubtotal returns the label of row r that names the subtotal of a
// group read so far (履职效能得分), if any.
func (p *tableParser) groupSubtotal(r int) *xlsx.Cell {
	for _, c := range p.s.Row(r) {
		if c.Kind == xlsx.Text && c.IsMergeOrigin() && p.subtotalOf(c.Label) != nil {
			cell := p.s.At(c.Ref)
			return cell
		}
	}
	return nil
}

// subtotalGroup is the group a 小计 row adds up: the 二级 group of the
// indicator above it when the label stands in the 二级 column, else its
// 一级 group.
func (p *tableParser) subtotalGroup(lbl *xlsx.Cell) *Group {
	if len(p.t.Indicators) == 0 {
		return nil
	}
	last := p.t.Indicators[len(p.t.Indicators)-1]
	if col, ok := p.cols[ColLevel2]; ok && lbl.Ref.Col == col && last.Level2 != nil {
		return last.Level2
	}
	return last.Level1
}

// subtotalOf returns the group whose subtotal a label names: the group's
// name followed by 得分, 指标得分, 小计 or 合计 (履职效能得分, 履职效能指标得分),
// with any weight or unit in brackets after it.
func (p *tableParser) subtotalOf(s string) *Group {
	key := vocabulary.Key(s)
	for _, suffix := range [...]string{"指标得分", "得分小计", "得分", "小计", "合计"} {
		if name, ok := strings.CutSuffix(key, suffix); ok && name != "" {
			if g := p.byName[name]; g != nil {
				return g
			}
		}
	}
	return nil
}

func (p *tableParser) indicator(r int, name *xlsx.Cell) {
	in := p.mem.newIndicator()
	*in = Indicator{
		Name:     name,
		Weight:   p.points(p.figure(ColWeight, r)),
		Score:    p.points(p.figure(ColScore, r)),
		RawScore: p.points(p.figure(ColRawScore, r)),
		Share:    p.points(p.figure(ColShare, r)),
		Target:   p.value(ColTarget, r),
		Actual:   p.value(ColActual, r),
		Rule:     p.cell(ColRule, r),
	}
	if (in.Weight.State == xlsx.Absent || in.Weight.State == xlsx.Placeholder) && in.Share.OK() {
		in.Weight = in.Share // 指标分值 left blank: the share is the weight
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
		if g.Name != "" {
			for _, name := range [...]string{g.Name, strings.TrimSuffix(g.Name, "指标")} {
				if _, taken := p.byName[name]; !taken && name != "" {
					p.byName[name] = g
				}
			}
		}
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
		if g := p.subtotalOf(c.Label); g != nil {
			p.t.Subtotals = append(p.t.Subtotals, Summary{Label: c, Value: p.nextFigure(c), Group: g})
		}
	}
}

func (p *tableParser) nextFigure(c *xlsx.Cell) xlsx.Figure {
	next := p.s.NextValue(c.Ref)
	if next == nil {
		return xlsx.Figure{Ref: c.Ref.Offset(1, 0)}
	}
	return p.points(p.s.Figure(next.Ref))
}

// points reads a weight or a score typed with its unit, 5分 or 96.95分, or
// as a share of the 100 points, 15%, as the number of points it is; any
// other figure is returned as it is.
func (p *tableParser) points(f xlsx.Figure) xlsx.Figure {
	if f.State == xlsx.Present && f.Percent {
		f.Value, f.Percent = num.NewShown(f.Value.Value.Shift(2), f.Value.Places-2), false
		return f
	}
	if f.State != xlsx.Invalid {
		return f
	}
	q, err := num.ParseQuantity(f.Text)
	switch {
	case err != nil || q.Op != num.None:
		return f
	case q.Unit == "分" && !q.Percent:
		f.Value = q.Shown
	case q.Unit == "" && q.Percent:
		f.Value = num.NewShown(q.Value.Shift(2), q.Places-2)
	default:
		return f
	}
	f.State, f.Unit = xlsx.Present, ""
	return f
}

func rowBlank(s *xlsx.Sheet, r int) bool {
	for _, c := range s.Row(r) {
		if c.Kind != xlsx.Empty {
			return false
		}
	}
	return true
}

// templateRow reports whether row r is a row the template left for an
// indicator that was not filled in: a numbered placeholder name (指标1:,
// 指标2：) and no weight, score, target or actual.
func (p *tableParser) templateRow(r int, name *xlsx.Cell) bool {
	rest, ok := strings.CutPrefix(strings.TrimRight(name.Label, ":"), "指标")
	if !ok || rest == "" || strings.Trim(rest, "0123456789") != "" {
		return false
	}
	for _, c := range []Column{ColWeight, ColScore, ColTarget, ColActual} {
		if !p.cell(c, r).IsBlank() {
			return false
		}
	}
	return true
}

// declaredAbove looks for the declared total in the rows above the table,
// where some forms print it beside the project's name (自评总分(分) 97.93,
// 自评得分 98): a declared-total label with a number beside it.
func (p *tableParser) declaredAbove(header int) {
	for r := 1; r < header; r++ {
		for _, c := range p.s.Row(r) {
			if c.Kind != xlsx.Text || !c.IsMergeOrigin() {
				continue
			}
			if row, _ := rowOf(p.v, c.Label); row != "declared" && !p.v.Is(scoreColumn, c.Label) {
				continue
			}
			if next := p.s.NextValue(c.Ref); next != nil && next.Kind == xlsx.Number {
				cell := p.s.At(c.Ref)
				p.t.DeclaredTotal = &Summary{Label: cell, Value: p.points(p.s.Figure(next.Ref))}
				return
			}
		}
	}
}

// scoreColumn is the term of the score column, which a form may also use
// for its declared total above the table (自评得分 98).
var scoreColumn = vocabulary.Term{Kind: vocabulary.Column, Name: string(ColScore)}

// linkParents finds the rows that detail the row above them: an item
// numbered with a Chinese numeral (一、示范区建立) followed by items
// numbered 1、2、3、 (1、水稻侧深施肥…) within the same 一级 group. Such a
// row is their parent; the others stand on their own.
func (p *tableParser) linkParents() {
	var parent *Indicator
	for _, in := range p.t.Indicators {
		switch ordinalOf(in.Name.Label) {
		case ordinalChinese:
			parent = in
		case ordinalArabic:
			if parent != nil && parent.Level1 == in.Level1 {
				in.Parent = parent
				parent.Children = append(parent.Children, in)
				continue
			}
			parent = nil
		default:
			parent = nil
		}
	}
}

// ordinal is how a label is numbered.
type ordinal uint8

const (
	ordinalNone    ordinal = iota
	ordinalChinese         // 一、 二、
	ordinalArabic          // 1、 2. (1)
)

// ordinalOf tells how a normalised label is numbered.
func ordinalOf(s string) ordinal {
	stripped := label.StripLinePrefix(s)
	if stripped == s || stripped == "" {
		return ordinalNone
	}
	r := []rune(s)[0]
	if strings.ContainsRune("一二三四五六七八九十", r) {
		return ordinalChinese
	}
	return ordinalArabic
}
