package budget

import (
	"strings"

	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/xlsx"
)

// The amount units a block may state, in their canonical spelling.
const (
	UnitYuan         = "元"
	UnitThousandYuan = "千元"
	UnitTenThousand  = "万元"
	UnitHundredMln   = "亿元"
)

// CanonicalUnit returns the canonical spelling of an amount unit as a block
// states it or as it is typed after a number: "万" and "万元" are both
// "万元", "千" "千元", "亿" "亿元", "元" "元". Anything else gives "".
func CanonicalUnit(u string) string { return num.CanonicalAmountUnit(u) }

// UnitPower returns the power of ten one u is worth in 元: 0 for 元, 3 for
// 千元, 4 for 万元 (and 万), 8 for 亿元. It reports false for a unit that is
// not an amount unit.
func UnitPower(u string) (int32, bool) {
	switch CanonicalUnit(u) {
	case UnitYuan:
		return 0, true
	case UnitThousandYuan:
		return 3, true
	case UnitTenThousand:
		return 4, true
	case UnitHundredMln:
		return 8, true
	}
	return 0, false
}

// maxUnitRows is how many rows above a block's first label row a 单位 label
// may stand: the title row of the block, and a blank row or two.
const maxUnitRows = 3

// maxCornerCells is how many cells before a block's first measure, on its
// header row (or column), count as the block's corner: the stub label
// 项目资金（万元） and the heading of the line labels.
const maxCornerCells = 3

// unitWords are the amount units read in labels, longest first so that
// "万元" is not read as "万".
func unitWords() [5]string { return [...]string{"万元", "千元", "亿元", "元", "万"} }

// unitWordAt returns the canonical unit s starts with, or "".
func unitWordAt(s string) string {
	s = strings.TrimPrefix(s, "人民币")
	for _, w := range unitWords() {
		if strings.HasPrefix(s, w) {
			return CanonicalUnit(w)
		}
	}
	return ""
}

// unitIn reads the amount unit a normalised label states: "单位:万元",
// "金额单位:元", "(单位:万元)", or a unit in parentheses such as
// "项目资金(万元)" and "年初预算数(万元)". bare is true when the label is
// only the word 单位 ("单位:", "金额单位"), whose unit then stands in the
// next cell.
func unitIn(s string) (unit string, bare bool) {
	for rest := s; ; {
		i := strings.Index(rest, "单位")
		if i < 0 {
			break
		}
		after := strings.TrimPrefix(rest[i+len("单位"):], ":")
		after = strings.TrimPrefix(after, "(")
		if u := unitWordAt(after); u != "" {
			return u, false
		}
		rest = rest[i+len("单位"):]
	}
	for rest := s; ; {
		i := strings.IndexByte(rest, '(')
		if i < 0 {
			break
		}
		rest = rest[i+1:]
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			break
		}
		inner := strings.TrimPrefix(rest[:end], "人民币")
		if u := CanonicalUnit(inner); u != "" {
			return u, false
		}
	}
	switch strings.TrimSuffix(s, ":") {
	case "单位", "金额单位", "计量单位", "货币单位":
		return "", true
	}
	return "", false
}

// unitOf finds the unit of a located block and the cell that states it:
// first a unit in the block's own labels (the corner cells just before the
// first measure, such as 项目资金（万元）, then the measure labels, such as
// 年初预算数(万元), then the line labels), else the nearest 单位 label in the
// maxUnitRows rows above the block's first label row, such as 单位：万元 at
// the right end of the block's title row. The search upwards stops at a row
// that holds a number: that row belongs to another block. It returns "" and
// nil when the block states no unit.
func unitOf[M, L comparable](s *xlsx.Sheet, t *table[M, L]) (string, *xlsx.Cell) {
	own := cornerCells(s, t)
	top := s.Rows() + 1
	for _, m := range t.measures {
		own = append(own, m.Label)
		top = min(top, m.Label.Ref.Row)
	}
	for _, l := range t.lines {
		own = append(own, l.Label)
		top = min(top, l.Label.Ref.Row)
	}
	for _, c := range own {
		if u, _ := unitIn(c.Label); u != "" {
			return u, c
		}
	}
	for r := top - 1; r >= 1 && r >= top-maxUnitRows; r-- {
		row := s.Row(r)
		for i := range row {
			if row[i].Kind == xlsx.Number {
				return "", nil
			}
		}
		for i := range row {
			c := &row[i]
			if c.Kind != xlsx.Text || !c.IsMergeOrigin() {
				continue
			}
			u, bare := unitIn(c.Label)
			if bare {
				if next := s.NextValue(c.Ref); next != nil && next.Kind == xlsx.Text {
					u = CanonicalUnit(strings.TrimPrefix(next.Label, "人民币"))
				}
			}
			if u != "" {
				return u, c
			}
		}
	}
	return "", nil
}

// cornerCells are the text cells just before a located block's first
// measure on its header row (or column): the block's stub label, such as
// 项目资金（万元） or 预算执行情况（万元）（20分）.
func cornerCells[M, L comparable](s *xlsx.Sheet, t *table[M, L]) []*xlsx.Cell {
	var own []*xlsx.Cell
	first, pos := t.measures[0].Pos, 0 // first measure; the header row or column
	for _, m := range t.measures {
		first = min(first, m.Pos)
	}
	if t.transposed {
		pos = t.measures[0].Label.Ref.Col
	} else {
		pos = t.measures[0].Label.Ref.Row
	}
	for q := max(1, first-maxCornerCells); q < first; q++ {
		col, row := q, pos
		if t.transposed {
			col, row = pos, q
		}
		if c := s.Cell(col, row); c != nil && c.Kind == xlsx.Text {
			own = append(own, c)
		}
	}
	return own
}
