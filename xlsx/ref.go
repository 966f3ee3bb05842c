package xlsx

import (
	"strconv"
	"strings"
)

// Ref is the position of a cell: a sheet, a column and a row, both counted
// from 1.
type Ref struct {
	Sheet string
	Col   int
	Row   int
}

// A1 is the cell reference without the sheet, such as "C7".
func (r Ref) A1() string { return ColumnName(r.Col) + strconv.Itoa(r.Row) }

// String is the reference with its sheet, such as "部门整体支出绩效自评表!C7".
func (r Ref) String() string { return r.Sheet + "!" + r.A1() }

// IsZero reports whether r names no cell.
func (r Ref) IsZero() bool { return r.Col == 0 && r.Row == 0 }

// Offset returns the cell dc columns right and dr rows down of r.
func (r Ref) Offset(dc, dr int) Ref { return Ref{Sheet: r.Sheet, Col: r.Col + dc, Row: r.Row + dr} }

// ColumnName turns a column number into letters: 1 → "A", 27 → "AA".
func ColumnName(col int) string {
	if col <= 0 {
		return "?"
	}
	var buf [8]byte
	i := len(buf)
	for col > 0 && i > 0 {
		col--
		i--
		buf[i] = byte('A' + col%26)
		col /= 26
	}
	return string(buf[i:])
}

// ParseA1 reads a reference such as "C7" or "$C$7" into a column and a row.
func ParseA1(s string) (col, row int, ok bool) {
	s = strings.ReplaceAll(s, "$", "")
	i := 0
	for i < len(s) && i < 4 && s[i] >= 'A' && s[i] <= 'Z' {
		col = col*26 + int(s[i]-'A'+1)
		i++
	}
	if i == 0 || i == len(s) {
		return 0, 0, false
	}
	row, err := strconv.Atoi(s[i:])
	if err != nil || row <= 0 || row > maxRowNumber {
		return 0, 0, false
	}
	return col, row, col <= maxColNumber
}

// Excel's own bounds: the last row and the last column (XFD) a sheet has.
const (
	MaxRowNumber = 1048576
	MaxColNumber = 16384

	maxRowNumber = MaxRowNumber
	maxColNumber = MaxColNumber
)

// Range is a rectangle of cells, such as a merged range A4:A12.
type Range struct {
	Sheet            string
	FromCol, FromRow int
	ToCol, ToRow     int
}

// Contains reports whether the cell at col, row lies in the range.
func (g Range) Contains(col, row int) bool {
	return col >= g.FromCol && col <= g.ToCol && row >= g.FromRow && row <= g.ToRow
}

// TopLeft is the cell that holds the range's value.
func (g Range) TopLeft() Ref { return Ref{Sheet: g.Sheet, Col: g.FromCol, Row: g.FromRow} }

// String is the range in A1 form without the sheet, such as "A4:A12".
func (g Range) String() string {
	return Ref{Col: g.FromCol, Row: g.FromRow}.A1() + ":" + Ref{Col: g.ToCol, Row: g.ToRow}.A1()
}
