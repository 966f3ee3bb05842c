package testgen

import (
	"errors"
	"fmt"
	"github.com/jixiao-go/jixiao/xlsx"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Position is a cell of the written workbook. Its fields match xlsx.Ref, so
// xlsx.Ref(p) converts it.
type Position struct {
	Sheet string
	Col   int // from 1
	Row   int // from 1
}

// A1 is the cell reference without the sheet, such as "D16".
func (p Position) A1() string {
	if p.Col <= 0 || p.Row <= 0 {
		return ""
	}
	return xlsx.ColumnName(p.Col) + strconv.Itoa(p.Row)
}

// String is the reference with its sheet, such as "部门整体支出绩效自评表!D16".
func (p Position) String() string { return p.Sheet + "!" + p.A1() }

// IsZero reports whether p names no cell.
func (p Position) IsZero() bool { return p.Col == 0 && p.Row == 0 }

// Layout maps the logical keys described in the package documentation to
// the cells the values were written to.
type Layout map[string]Position

// Cell returns the A1 reference of key, such as "D16", or "" for an unknown
// key.
func (l Layout) Cell(key string) string { return l[key].A1() }

// Keys returns the keys in sorted order.
func (l Layout) Keys() []string {
	keys := make([]string, 0, len(l))
	for k := range l {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Layout returns where each logical value of w is written, without writing.
func (w *Workbook) Layout() (Layout, error) {
	b, err := w.build()
	if err != nil {
		return nil, err
	}
	return b.layout, nil
}

// Where returns the A1 reference of the cell that key is written to, such
// as "D16", or "" when key is unknown or w cannot be laid out.
func (w *Workbook) Where(key string) string {
	l, err := w.Layout()
	if err != nil {
		return ""
	}
	return l.Cell(key)
}

// role says how a value is stored and formatted.
type role int

const (
	rolePlain  role = iota // General, number or text by its content
	roleAmount             // #,##0.00
	roleScore              // 0.00
	roleRate               // 0.00%
	roleLabel              // always text
)

type coord struct{ col, row int }

func (c coord) a1() string { return xlsx.ColumnName(c.col) + strconv.Itoa(c.row) }

type gcell struct {
	value   string
	role    role
	formula string
}

// grid is one sheet laid out in memory.
type grid struct {
	name   string
	cells  map[coord]gcell
	merges [][4]int // col1, row1, col2, row2
}

// builder lays a Workbook out into grids and a Layout.
type builder struct {
	st     *Style
	layout Layout
	grids  []*grid
}

func (w *Workbook) build() (*builder, error) {
	b := &builder{st: &w.Style, layout: Layout{}}
	st := &w.Style
	if st.Offset.Cols < 0 || st.Offset.Rows < 0 {
		return nil, fmt.Errorf("testgen: negative offset %+v", st.Offset)
	}
	if w.Department != nil {
		if err := b.department(w.Department); err != nil {
			return nil, err
		}
	}
	if w.Score != nil {
		if err := b.score(w.Score); err != nil {
			return nil, err
		}
	}
	for i, p := range w.Projects {
		if p == nil {
			continue
		}
		if err := b.project(i, p); err != nil {
			return nil, err
		}
	}
	for i, f := range w.Families {
		if f == nil {
			continue
		}
		if err := b.family(i, f); err != nil {
			return nil, err
		}
	}
	if len(b.grids) == 0 {
		return nil, errors.New("testgen: workbook has no sheet")
	}
	return b, nil
}

func (b *builder) newGrid(name string) (*grid, error) {
	for _, g := range b.grids {
		if strings.EqualFold(g.name, name) {
			return nil, fmt.Errorf("testgen: duplicate sheet name %q", name)
		}
	}
	g := &grid{name: name, cells: map[coord]gcell{}}
	b.grids = append(b.grids, g)
	return g, nil
}

// put stores v at (col, row) and registers keys there; a key already
// registered keeps its first cell.
func (b *builder) put(g *grid, col, row int, v string, r role, keys ...string) coord {
	c := coord{col, row}
	if v != "" {
		g.cells[c] = gcell{value: v, role: r}
	}
	b.reg(g, c, keys...)
	return c
}

func (b *builder) reg(g *grid, c coord, keys ...string) {
	for _, k := range keys {
		if _, ok := b.layout[k]; !ok {
			b.layout[k] = Position{Sheet: g.name, Col: c.col, Row: c.row}
		}
	}
}

// merge records a merged range when Style.Merges is MergeAll.
func (b *builder) merge(g *grid, c1, r1, c2, r2 int) {
	if b.st.Merges != MergeAll || (c1 == c2 && r1 == r2) || c2 < c1 || r2 < r1 {
		return
	}
	g.merges = append(g.merges, [4]int{c1, r1, c2, r2})
}

// formula sets f on the cell at c when formulas are on and the cell holds
// a number.
func (b *builder) formula(g *grid, c coord, f string) {
	if b.st.Formulas == FormulasOff {
		return
	}
	gc, ok := g.cells[c]
	if !ok || !isNumber(gc.value) {
		return
	}
	gc.formula = f
	g.cells[c] = gc
}

func (g *grid) isNumber(c coord) bool { return isNumber(g.cells[c].value) }

// bases returns the key bases of item i named name: prefix[i] and, when
// name is not blank, prefix[name].
func bases(prefix string, i int, name string) []string {
	out := []string{prefix + "[" + strconv.Itoa(i) + "]"}
	if n := strings.TrimSpace(name); n != "" {
		out = append(out, prefix+"["+n+"]")
	}
	return out
}

func suffixed(bases []string, suffix string) []string {
	out := make([]string, len(bases))
	for i, b := range bases {
		out[i] = b + suffix
	}
	return out
}

// columnOrder validates a permutation of def, or returns def for nil.
func columnOrder(block string, got, def []Column) ([]Column, error) {
	if got == nil {
		return def, nil
	}
	if len(got) != len(def) {
		return nil, fmt.Errorf("testgen: %s column order %v is not a permutation of %v", block, got, def)
	}
	seen := map[Column]bool{}
	for _, c := range got {
		seen[c] = true
	}
	for _, c := range def {
		if !seen[c] {
			return nil, fmt.Errorf("testgen: %s column order %v is not a permutation of %v", block, got, def)
		}
	}
	return got, nil
}

// indexOrder validates a permutation of 0..n-1, or returns the identity for
// nil.
func indexOrder(got []int, n int) ([]int, error) {
	if got == nil {
		id := make([]int, n)
		for i := range id {
			id[i] = i
		}
		return id, nil
	}
	seen := make([]bool, n)
	if len(got) != n {
		return nil, fmt.Errorf("testgen: matrix column order %v is not a permutation of 0..%d", got, n-1)
	}
	for _, j := range got {
		if j < 0 || j >= n || seen[j] {
			return nil, fmt.Errorf("testgen: matrix column order %v is not a permutation of 0..%d", got, n-1)
		}
		seen[j] = true
	}
	return got, nil
}

// sumFormula sums cells: runs of adjacent cells in one row or column become
// ranges, as in SUM(C16:F16) or SUM(I4:I12,I20).
func sumFormula(cells []coord) string {
	return "SUM(" + rangeList(cells) + ")"
}

func rangeList(cells []coord) string {
	cs := append([]coord(nil), cells...)
	sameRow, sameCol := true, true
	for _, c := range cs {
		sameRow = sameRow && c.row == cs[0].row
		sameCol = sameCol && c.col == cs[0].col
	}
	switch {
	case sameCol:
		sort.Slice(cs, func(i, j int) bool { return cs[i].row < cs[j].row })
	case sameRow:
		sort.Slice(cs, func(i, j int) bool { return cs[i].col < cs[j].col })
	}
	var parts []string
	for i := 0; i < len(cs); {
		j := i
		for j+1 < len(cs) && ((sameCol && cs[j+1].row == cs[j].row+1) || (!sameCol && sameRow && cs[j+1].col == cs[j].col+1)) {
			j++
		}
		if j > i {
			parts = append(parts, cs[i].a1()+":"+cs[j].a1())
		} else {
			parts = append(parts, cs[i].a1())
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
}

// runs splits keys into runs of equal consecutive non-empty keys; each run
// is [start, end).
func runs(keys []string) [][2]int {
	var out [][2]int
	for i := 0; i < len(keys); {
		j := i + 1
		if keys[i] != "" {
			for j < len(keys) && keys[j] == keys[i] {
				j++
			}
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// levelColumn writes the 一级 or 二级 labels of rows first.. in column col:
// one label per run of equal group keys, merged down, or repeated with
// MergeRepeat. keyOf gives the Layout keys of row i.
func (b *builder) levelColumn(g *grid, col, first int, labels, groups []string, keyOf func(i int) []string) {
	covered := make([]bool, len(labels))
	for _, rn := range runs(groups) {
		s, e := rn[0], rn[1]
		for i := s; i < e; i++ {
			covered[i] = true
			if b.st.Merges == MergeRepeat || i == s {
				b.put(g, col, first+i, b.st.halfWidth(labels[i]), roleLabel, keyOf(i)...)
			} else {
				b.reg(g, coord{col, first + s}, keyOf(i)...)
			}
		}
		b.merge(g, col, first+s, col, first+e-1)
	}
	for i := range labels {
		if !covered[i] {
			b.reg(g, coord{col, first + i}, keyOf(i)...)
		}
	}
}

// levelGroups returns the group keys of the 一级 and 二级 columns: equal
// non-empty labels in a row group together, 二级 only within one 一级 run.
func levelGroups(l1, l2 []string) (g1, g2 []string) {
	g1 = append([]string(nil), l1...)
	g2 = make([]string, len(l2))
	run := make([]int, len(l1))
	for i := range run {
		run[i] = -1
	}
	for k, rn := range runs(g1) {
		for i := rn[0]; i < rn[1]; i++ {
			run[i] = k
		}
	}
	for i, v := range l2 {
		if v != "" {
			g2[i] = strconv.Itoa(run[i]) + "\x00" + v
		}
	}
	return g1, g2
}

// stripPrefix drops everything up to the last colon of a trimmed label.
func stripPrefix(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, "：:"); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		s = strings.TrimSpace(s[i+size:])
	}
	return s
}

// department lays out the 部门整体支出绩效自评表.
func (b *builder) department(d *Department) error {
	st := b.st
	g, err := b.newGrid(word(d.SheetName, "部门整体支出绩效自评表"))
	if err != nil {
		return err
	}
	cols, err := columnOrder("budget", st.ColumnOrder.Budget, defaultBudgetColumns())
	if err != nil {
		return err
	}
	nb := len(cols)
	if st.TransposedBudget {
		nb = len(d.Lines)
	}
	nm := 0
	if d.Matrix != nil {
		nm = len(d.Matrix.ColLabels)
	}
	w := 1 + max(nb, nm, 1)
	c0 := 1 + st.Offset.Cols
	r := 1 + st.Offset.Rows

	b.put(g, c0, r, st.halfWidth(d.Title), roleLabel, "dept.title")
	b.merge(g, c0, r, c0+w-1, r)
	r++
	b.put(g, c0, r, st.halfWidth(d.Period), roleLabel, "dept.period")
	b.merge(g, c0, r, c0+w-1, r)
	r++
	for _, f := range []struct{ label, value, key string }{
		{"部门名称", d.Name, "dept.name"},
		{"年度总体目标", d.Goal, "dept.goal"},
		{"年度目标完成情况", d.Achieved, "dept.achieved"},
	} {
		b.put(g, c0, r, st.label(f.label), roleLabel, f.key+".label")
		b.put(g, c0+1, r, f.value, rolePlain, f.key)
		b.merge(g, c0+1, r, c0+w-1, r)
		r++
	}

	// Budget block.
	r += st.Offset.Rows
	b.put(g, c0, r, st.label(d.BudgetTitle), roleLabel, "dept.budget.title")
	b.merge(g, c0, r, c0+w-2, r)
	b.put(g, c0+w-1, r, st.halfWidth(d.Unit), roleLabel, "dept.budget.unit")
	r++
	b.put(g, c0, r, st.label("项目"), roleLabel, "dept.budget.corner")
	values := func(ln BudgetLine) map[Column]string {
		return map[Column]string{ColInitial: ln.Initial, ColAdjusted: ln.Adjusted, ColExecuted: ln.Executed, ColRate: ln.Rate}
	}
	roles := map[Column]role{ColInitial: roleAmount, ColAdjusted: roleAmount, ColExecuted: roleAmount, ColRate: roleRate}
	if !st.TransposedBudget {
		for j, c := range cols {
			b.put(g, c0+1+j, r, st.label(st.header(c, false)), roleLabel, "dept.budget.header."+string(c))
		}
		r++
		for i, ln := range d.Lines {
			ks := bases("dept.line", i, ln.Label)
			b.put(g, c0, r, st.label(ln.Label), roleLabel, suffixed(ks, ".label")...)
			pos := map[Column]coord{}
			vs := values(ln)
			for j, c := range cols {
				pos[c] = b.put(g, c0+1+j, r, vs[c], roles[c], suffixed(ks, "."+string(c))...)
			}
			b.formula(g, pos[ColRate], pos[ColExecuted].a1()+"/"+pos[ColAdjusted].a1())
			r++
		}
	} else {
		for i, ln := range d.Lines {
			ks := bases("dept.line", i, ln.Label)
			b.put(g, c0+1+i, r, st.label(stripPrefix(ln.Label)), roleLabel, suffixed(ks, ".label")...)
		}
		r++
		for j, c := range cols {
			b.put(g, c0, r+j, st.label(st.header(c, false)), roleLabel, "dept.budget.header."+string(c))
		}
		for i, ln := range d.Lines {
			ks := bases("dept.line", i, ln.Label)
			pos := map[Column]coord{}
			vs := values(ln)
			for j, c := range cols {
				pos[c] = b.put(g, c0+1+i, r+j, vs[c], roles[c], suffixed(ks, "."+string(c))...)
			}
			b.formula(g, pos[ColRate], pos[ColExecuted].a1()+"/"+pos[ColAdjusted].a1())
		}
		r += len(cols)
	}

	// Economic-classification matrix.
	m := d.Matrix
	if m == nil {
		return nil
	}
	if len(m.Values) > len(m.RowLabels) {
		return fmt.Errorf("testgen: matrix has %d rows of values for %d row labels", len(m.Values), len(m.RowLabels))
	}
	for i, row := range m.Values {
		if len(row) > len(m.ColLabels) {
			return fmt.Errorf("testgen: matrix row %d has %d values for %d column labels", i, len(row), len(m.ColLabels))
		}
	}
	order, err := indexOrder(st.ColumnOrder.Matrix, len(m.ColLabels))
	if err != nil {
		return err
	}
	r += 1 + st.Offset.Rows
	b.put(g, c0, r, st.label(m.Title), roleLabel, "dept.matrix.title")
	b.merge(g, c0, r, c0+w-2, r)
	matrixUnit := d.Unit
	if d.MatrixUnit != "" {
		matrixUnit = d.MatrixUnit
	}
	b.put(g, c0+w-1, r, st.halfWidth(matrixUnit), roleLabel, "dept.matrix.unit")
	r++
	b.put(g, c0, r, st.label(m.Corner), roleLabel, "dept.matrix.corner")
	colAt := make([]int, len(m.ColLabels)) // logical column → sheet column
	for p, j := range order {
		colAt[j] = c0 + 1 + p
	}
	colBases := make([][]string, len(m.ColLabels))
	for j, lbl := range m.ColLabels {
		colBases[j] = bases("", j, lbl)
		b.put(g, colAt[j], r, st.label(lbl), roleLabel, bases("dept.matrix.col", j, lbl)...)
	}
	r++
	cell := make([][]coord, len(m.RowLabels))
	for i, lbl := range m.RowLabels {
		rowBases := bases("dept.matrix", i, lbl)
		b.put(g, c0, r, st.label(lbl), roleLabel, bases("dept.matrix.row", i, lbl)...)
		cell[i] = make([]coord, len(m.ColLabels))
		for j := range m.ColLabels {
			v := ""
			if i < len(m.Values) && j < len(m.Values[i]) {
				v = m.Values[i][j]
			}
			var keys []string
			for _, rb := range rowBases {
				for _, cb := range colBases[j] {
					keys = append(keys, rb+cb)
				}
			}
			cell[i][j] = b.put(g, colAt[j], r, v, roleAmount, keys...)
		}
		r++
	}
	totalRow, totalCol := -1, -1
	for i, l := range m.RowLabels {
		if strings.TrimSpace(l) == "合计" && totalRow < 0 {
			totalRow = i
		}
	}
	for j, l := range m.ColLabels {
		if strings.TrimSpace(l) == "合计" && totalCol < 0 {
			totalCol = j
		}
	}
	if totalCol >= 0 {
		for i := range m.RowLabels {
			if i == totalRow {
				continue
			}
			var parts []coord
			for j := range m.ColLabels {
				if j != totalCol {
					parts = append(parts, cell[i][j])
				}
			}
			if len(parts) > 0 {
				b.formula(g, cell[i][totalCol], sumFormula(parts))
			}
		}
	}
	if totalRow >= 0 {
		for j := range m.ColLabels {
			var parts []coord
			for i := range m.RowLabels {
				if i != totalRow {
					parts = append(parts, cell[i][j])
				}
			}
			if len(parts) > 0 {
				b.formula(g, cell[totalRow][j], sumFormula(parts))
			}
		}
	}
	return nil
}

// score lays out the 部门整体支出绩效评价评分表.
func (b *builder) score(s *ScoreSheet) error {
	st := b.st
	g, err := b.newGrid(word(s.SheetName, "部门整体支出绩效评价评分表"))
	if err != nil {
		return err
	}
	cols, err := columnOrder("score", st.ColumnOrder.Score, defaultScoreColumns())
	if err != nil {
		return err
	}
	w := 3 + len(cols)
	c0 := 1 + st.Offset.Cols
	r := 1 + st.Offset.Rows

	b.put(g, c0, r, st.halfWidth(s.Title), roleLabel, "score.title")
	b.merge(g, c0, r, c0+w-1, r)
	r++
	b.put(g, c0, r, st.halfWidth("部门名称：")+s.Department, roleLabel, "score.department")
	b.merge(g, c0, r, c0+w-1, r)
	r++

	// Indicator table.
	r += st.Offset.Rows
	for k, h := range []string{"一级指标", "二级指标", "三级指标"} {
		b.put(g, c0+k, r, st.label(h), roleLabel, "score.header.level"+strconv.Itoa(k+1))
	}
	colAt := map[Column]int{}
	for j, c := range cols {
		colAt[c] = c0 + 3 + j
		b.put(g, colAt[c], r, st.label(st.header(c, true)), roleLabel, "score.header."+string(c))
	}
	r++
	first := r
	l1 := make([]string, len(s.Rows))
	l2 := make([]string, len(s.Rows))
	rowBases := make([][]string, len(s.Rows))
	for i, row := range s.Rows {
		l1[i], l2[i] = row.Level1, row.Level2
		rowBases[i] = bases("score.row", i, row.Level3)
	}
	g1, g2 := levelGroups(l1, l2)
	b.levelColumn(g, c0, first, l1, g1, func(i int) []string { return suffixed(rowBases[i], ".level1") })
	b.levelColumn(g, c0+1, first, l2, g2, func(i int) []string { return suffixed(rowBases[i], ".level2") })
	roles := map[Column]role{ColScore: roleScore}
	var weights, scores []coord
	for i, row := range s.Rows {
		b.put(g, c0+2, first+i, st.halfWidth(row.Level3), roleLabel, suffixed(rowBases[i], ".level3")...)
		vs := map[Column]string{
			ColWeight: row.Weight, ColExplanation: row.Explanation, ColRule: row.Rule, ColTarget: row.Target,
			ColActual: row.Actual, ColScore: row.Score, ColReason: row.Reason,
		}
		for _, c := range cols {
			b.put(g, colAt[c], first+i, vs[c], roles[c], suffixed(rowBases[i], "."+string(c))...)
		}
		weights = append(weights, coord{colAt[ColWeight], first + i})
		scores = append(scores, coord{colAt[ColScore], first + i})
	}
	r = first + len(s.Rows)
	b.put(g, c0, r, st.label("合计"), roleLabel, "score.sum.label")
	b.merge(g, c0, r, c0+2, r)
	sumWeight := b.put(g, colAt[ColWeight], r, s.TotalWeight, rolePlain, "score.sum.weight")
	sumScore := b.put(g, colAt[ColScore], r, s.TotalScore, roleScore, "score.sum.score")
	if len(s.Rows) > 0 {
		b.formula(g, sumWeight, sumFormula(weights))
		b.formula(g, sumScore, sumFormula(scores))
	}
	r++

	// Summary.
	r += 1 + st.Offset.Rows
	for k, sub := range s.Subtotals {
		ks := bases("score.subtotal", k, sub.Label)
		b.put(g, c0, r, st.label(sub.Label), roleLabel, suffixed(ks, ".label")...)
		c := b.put(g, c0+1, r, sub.Value, roleScore, ks...)
		prefix := sub.Level1
		if prefix == "" {
			prefix = strings.TrimSuffix(strings.TrimSpace(sub.Label), "得分")
		}
		var parts []coord
		if prefix != "" {
			for i, row := range s.Rows {
				if strings.HasPrefix(strings.TrimSpace(row.Level1), prefix) {
					parts = append(parts, scores[i])
				}
			}
		}
		if len(parts) > 0 {
			b.formula(g, c, sumFormula(parts))
		}
		r++
	}
	b.put(g, c0, r, st.label(word(s.TotalLabel, "自评总分")), roleLabel, "score.total.label")
	total := b.put(g, c0+1, r, s.Total, roleScore, "score.total")
	switch {
	case g.isNumber(sumScore):
		b.formula(g, total, sumScore.a1())
	case len(scores) > 0:
		b.formula(g, total, sumFormula(scores))
	}
	r++
	b.put(g, c0, r, st.label("评价等级"), roleLabel, "score.grade.label")
	b.put(g, c0+1, r, s.Grade, rolePlain, "score.grade")
	return nil
}

// project lays out one 项目支出绩效自评表.
func (b *builder) project(n int, p *Project) error {
	st := b.st
	name := p.SheetName
	if name == "" {
		name = "项目支出绩效自评表"
		if n > 0 {
			name += strconv.Itoa(n + 1)
		}
	}
	g, err := b.newGrid(name)
	if err != nil {
		return err
	}
	fcols, err := columnOrder("fund", st.ColumnOrder.Fund, defaultFundColumns())
	if err != nil {
		return err
	}
	icols, err := columnOrder("indicator", st.ColumnOrder.Indicator, defaultIndicatorColumns())
	if err != nil {
		return err
	}
	pre := "project[" + strconv.Itoa(n) + "]"
	w := 4 + len(icols)
	c0 := 1 + st.Offset.Cols
	r := 1 + st.Offset.Rows

	b.put(g, c0, r, st.halfWidth(p.Title), roleLabel, pre+".title")
	b.merge(g, c0, r, c0+w-1, r)
	r++
	b.put(g, c0, r, st.halfWidth(p.Period), roleLabel, pre+".period")
	b.merge(g, c0, r, c0+w-1, r)
	r++
	b.put(g, c0, r, st.label("项目名称"), roleLabel, pre+".name.label")
	b.merge(g, c0, r, c0+1, r)
	b.put(g, c0+2, r, p.Name, rolePlain, pre+".name")
	b.merge(g, c0+2, r, c0+w-1, r)
	r++
	b.put(g, c0, r, st.label("主管部门"), roleLabel, pre+".department.label")
	b.merge(g, c0, r, c0+1, r)
	b.put(g, c0+2, r, p.Department, rolePlain, pre+".department")
	b.merge(g, c0+2, r, c0+4, r)
	b.put(g, c0+5, r, st.label("实施单位"), roleLabel, pre+".unit.label")
	b.put(g, c0+6, r, p.Unit, rolePlain, pre+".unit")
	b.merge(g, c0+6, r, c0+w-1, r)
	r++

	// Fund block.
	r += st.Offset.Rows
	fundUnit := "万元"
	if p.FundUnit != "" {
		fundUnit = p.FundUnit
	}
	b.put(g, c0, r, st.label("项目资金（"+fundUnit+"）"), roleLabel, pre+".fund.label")
	b.merge(g, c0, r, c0, r+len(p.Funds))
	fcol := map[Column]int{}
	for j, c := range fcols {
		fcol[c] = c0 + 2 + j
		b.put(g, fcol[c], r, st.label(st.header(c, false)), roleLabel, pre+".fund.header."+string(c))
	}
	r++
	froles := map[Column]role{ColInitial: roleAmount, ColAdjusted: roleAmount, ColExecuted: roleAmount, ColRate: roleRate, ColScore: roleScore}
	var fundWeight, fundScore *coord
	for k, f := range p.Funds {
		ks := bases(pre+".fund", k, f.Label)
		b.put(g, c0+1, r, st.label(f.Label), roleLabel, suffixed(ks, ".label")...)
		vs := map[Column]string{
			ColInitial: f.Initial, ColAdjusted: f.Adjusted, ColExecuted: f.Executed,
			ColWeight: f.Weight, ColRate: f.Rate, ColScore: f.Score,
		}
		pos := map[Column]coord{}
		for _, c := range fcols {
			pos[c] = b.put(g, fcol[c], r, vs[c], froles[c], suffixed(ks, "."+string(c))...)
		}
		b.formula(g, pos[ColRate], pos[ColExecuted].a1()+"/"+pos[ColAdjusted].a1())
		if g.isNumber(pos[ColRate]) && g.isNumber(pos[ColWeight]) {
			b.formula(g, pos[ColScore], "ROUND(MIN("+pos[ColRate].a1()+",1)*"+pos[ColWeight].a1()+",2)")
		}
		if c := pos[ColWeight]; fundWeight == nil && g.isNumber(c) {
			fundWeight = &c
		}
		if c := pos[ColScore]; fundScore == nil && g.isNumber(c) {
			fundScore = &c
		}
		r++
	}

	// Goals.
	r += st.Offset.Rows
	b.put(g, c0, r, st.label("年度总体目标"), roleLabel, pre+".goal.label")
	b.merge(g, c0, r, c0, r+1)
	b.put(g, c0+1, r, st.label("预期目标"), roleLabel, pre+".goal.header")
	b.merge(g, c0+1, r, c0+4, r)
	b.put(g, c0+5, r, st.label("实际完成情况"), roleLabel, pre+".achieved.header")
	b.merge(g, c0+5, r, c0+w-1, r)
	r++
	b.put(g, c0+1, r, p.Goal, rolePlain, pre+".goal")
	b.merge(g, c0+1, r, c0+4, r)
	b.put(g, c0+5, r, p.Achieved, rolePlain, pre+".achieved")
	b.merge(g, c0+5, r, c0+w-1, r)
	r++

	// Indicator block.
	r += st.Offset.Rows
	b.put(g, c0, r, st.label("绩效指标"), roleLabel, pre+".indicator.corner")
	for k, h := range []string{"一级指标", "二级指标", "三级指标"} {
		b.put(g, c0+1+k, r, st.label(h), roleLabel, pre+".indicator.header.level"+strconv.Itoa(k+1))
	}
	icol := map[Column]int{}
	for j, c := range icols {
		icol[c] = c0 + 4 + j
		b.put(g, icol[c], r, st.label(st.header(c, false)), roleLabel, pre+".indicator.header."+string(c))
	}
	r++
	first := r
	b.put(g, c0, first, st.label("绩效指标"), roleLabel, pre+".indicator.label")
	b.merge(g, c0, first, c0, first+len(p.Indicators)-1)
	l1 := make([]string, len(p.Indicators))
	l2 := make([]string, len(p.Indicators))
	rowBases := make([][]string, len(p.Indicators))
	for i, row := range p.Indicators {
		l1[i], l2[i] = row.Level1, row.Level2
		rowBases[i] = bases(pre+".row", i, row.Level3)
	}
	g1, g2 := levelGroups(l1, l2)
	b.levelColumn(g, c0+1, first, l1, g1, func(i int) []string { return suffixed(rowBases[i], ".level1") })
	b.levelColumn(g, c0+2, first, l2, g2, func(i int) []string { return suffixed(rowBases[i], ".level2") })
	iroles := map[Column]role{ColScore: roleScore}
	var weights, scores []coord
	for i, row := range p.Indicators {
		b.put(g, c0+3, first+i, st.halfWidth(row.Level3), roleLabel, suffixed(rowBases[i], ".level3")...)
		vs := map[Column]string{
			ColTarget: row.Target, ColActual: row.Actual, ColWeight: row.Weight, ColScore: row.Score, ColReason: row.Reason,
		}
		for _, c := range icols {
			b.put(g, icol[c], first+i, vs[c], iroles[c], suffixed(rowBases[i], "."+string(c))...)
		}
		weights = append(weights, coord{icol[ColWeight], first + i})
		scores = append(scores, coord{icol[ColScore], first + i})
	}
	r = first + len(p.Indicators)
	b.put(g, c0, r, st.label("总分"), roleLabel, pre+".total.label")
	b.merge(g, c0, r, min(icol[ColWeight], icol[ColScore])-1, r)
	tw := b.put(g, icol[ColWeight], r, p.TotalWeight, rolePlain, pre+".total.weight")
	ts := b.put(g, icol[ColScore], r, p.TotalScore, roleScore, pre+".total.score")
	if len(weights) > 0 {
		f := sumFormula(weights)
		if fundWeight != nil {
			f += "+" + fundWeight.a1()
		}
		b.formula(g, tw, f)
	}
	if len(scores) > 0 {
		f := sumFormula(scores)
		if fundScore != nil {
			f += "+" + fundScore.a1()
		}
		b.formula(g, ts, f)
	}
	r++
	b.put(g, c0, r, st.label("评价等级"), roleLabel, pre+".grade.label")
	b.put(g, icol[ColWeight], r, p.Grade, rolePlain, pre+".grade")
	return nil
}
