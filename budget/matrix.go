package budget

import (
	"github.com/jixiao-go/jixiao/vocabulary"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Class is a column of the economic classification (支出经济分类).
type Class string

// The economic classes; ClassTotal is the 合计 column.
const (
	ClassTotal       Class = "total"       // 合计
	ClassSalary      Class = "salary"      // 工资福利支出
	ClassGoods       Class = "goods"       // 商品和服务支出
	ClassHouseholds  Class = "households"  // 对个人和家庭的补助
	ClassCapital     Class = "capital"     // 资本性支出
	ClassEnterprises Class = "enterprises" // 对企业补助
	ClassOther       Class = "other"       // 其他支出
)

// matrixLineOf reads a row label of the matrix: 基本支出, 项目支出 or the
// total.
func matrixLineOf(v *vocabulary.Vocabulary, s string) (Line, bool) {
	l, ok := lookup[Line](v, vocabulary.Line, s)
	if ok && (l == Basic || l == Project || l == Total) {
		return l, true
	}
	return "", false
}

// MatrixCol is a column of the matrix and its header cell.
type MatrixCol struct {
	Class Class
	Label *xlsx.Cell
}

// MatrixRow is a row of the matrix: 基本支出, 项目支出 or 合计, with one figure
// per column, in the order of Matrix.Cols.
type MatrixRow struct {
	Line  Line
	Label *xlsx.Cell
	Cells []xlsx.Figure
}

// Matrix is the economic classification of spending: natures down, classes
// across (or the other way round when Transposed). Every row and every
// column must foot.
type Matrix struct {
	Sheet      string
	Transposed bool
	Cols       []MatrixCol
	Rows       []MatrixRow
	// Unit is the unit of the matrix's amounts, as for FundBlock.Unit; ""
	// when the matrix states none. UnitCell is the cell that states it.
	Unit     string
	UnitCell *xlsx.Cell
}

// TotalCol is the index in Cols of the 合计 column, or -1.
func (m *Matrix) TotalCol() int {
	for i, c := range m.Cols {
		if c.Class == ClassTotal {
			return i
		}
	}
	return -1
}

// TotalRow is the index in Rows of the 合计 row, or -1.
func (m *Matrix) TotalRow() int {
	for i, r := range m.Rows {
		if r.Line == Total {
			return i
		}
	}
	return -1
}

// Row returns the row of that line, or nil.
func (m *Matrix) Row(l Line) *MatrixRow {
	for i := range m.Rows {
		if m.Rows[i].Line == l {
			return &m.Rows[i]
		}
	}
	return nil
}

// ParseMatrix finds the economic-classification matrix: a header with at
// least two of 工资福利支出, 商品和服务支出, 对个人和家庭的补助, 资本性支出 and
// 其他支出, and the rows 基本支出, 项目支出 and 合计 beside it. Every column
// of a class counts, a class repeated (资本性支出 and 资本性支出(基本建设))
// included. Labels are read with v, or with vocabulary.Default when v is
// nil.
func ParseMatrix(s *xlsx.Sheet, v *vocabulary.Vocabulary) (*Matrix, error) {
	return parseMatrix(s, v, nil)
}

// parseMatrix is ParseMatrix reading into mem, or into new memory when mem
// is nil.
func parseMatrix(s *xlsx.Sheet, v *vocabulary.Vocabulary, mem *Parser) (*Matrix, error) {
	t, ok := locate(s, tableSpec[Class, Line]{
		measure:    func(l string) (Class, bool) { return lookup[Class](v, vocabulary.Class, l) },
		line:       func(l string) (Line, bool) { return matrixLineOf(v, l) },
		repeatable: func(c Class) bool { return c != ClassTotal },
		header: func(m map[Class]bool) bool {
			n := len(m)
			if m[ClassTotal] {
				n--
			}
			return n >= 2
		},
	})
	if !ok {
		return nil, ErrNoBlock
	}
	mx := mem.newMatrix()
	mx.Sheet, mx.Transposed = s.Name, t.transposed
	mx.Unit, mx.UnitCell = unitOf(s, t)
	mx.Cols, mx.Rows = mem.matrixCols(len(t.measures)), mem.matrixRows(len(t.lines))
	for _, c := range t.measures {
		mx.Cols = append(mx.Cols, MatrixCol{Class: c.Key, Label: c.Label})
	}
	for _, l := range t.lines {
		row := MatrixRow{Line: l.Key, Label: l.Label, Cells: mem.figureRow(len(t.measures))}
		for i, c := range t.measures {
			row.Cells[i] = s.Figure(t.ref(l.Pos, c.Pos))
		}
		mx.Rows = append(mx.Rows, row)
	}
	return mx, nil
}
