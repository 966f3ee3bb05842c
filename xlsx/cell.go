package xlsx

import (
	"strings"

	"github.com/jixiao-go/jixiao/num"
)

// Kind says what a cell holds.
type Kind uint8

// The kinds of cell content.
const (
	Empty  Kind = iota // nothing, or only white space
	Number             // a number, stored as one or typed as text ("283.79", "76%")
	Text               // any other text
	Error              // a formula error value such as #DIV/0! or #REF!
	// Uncalculated: a formula saved without its result that jixiao did
	// not compute; Text is "", and CalcFailure says why.
	Uncalculated
)

// Cell is one cell as read: its text, and what jixiao made of it.
type Cell struct {
	Ref Ref
	// Text is the stored text: the raw number as written in the file
	// ("1.1000000000000001"), or the string. For a merged cell that is not the
	// range's top-left cell it is the top-left cell's text.
	Text string
	// Label is Text normalised for label search (full-width forms folded, white space dropped).
	Label string
	// Value is the number the cell shows, when Kind is Number: the stored
	// value rounded to the places of its number format (or as written under
	// General), with those places. A percentage is held as its fraction (76%
	// is 0.76 with 2 places). Text keeps the stored value unrounded.
	Value num.Shown
	// Unit is what followed a number typed as text, such as "万" in "283.79万".
	Unit string
	// Formula is the cell's formula without the leading "=", if any.
	Formula string
	// Merged is the merged range the cell lies in, or nil.
	Merged *Range
	// Kind classifies Text.
	Kind Kind
	// Percent is true when the number format or the text shows a percentage;
	// a format whose percent sign is a literal (0.00"%") counts: its stored
	// 85.11 is the Value 0.8511.
	Percent bool
	// PlacesFromFormat is true when Value's places are those of the cell's
	// number format (#,##0 shows 0), false when they are the places of the
	// number as stored or typed (General, or a number typed as text).
	PlacesFromFormat bool
	// Computed is true when the file held no cached result for Formula and
	// jixiao computed Text itself.
	Computed bool
	// CalcFailure says why a formula saved without its result was not
	// computed (Kind is then Uncalculated); it is CalcOK otherwise.
	CalcFailure CalcFailure
}

// IsMergeOrigin reports whether the cell is not inside a merged range or is
// its top-left cell: the one that really holds the value.
func (c *Cell) IsMergeOrigin() bool {
	return c.Merged == nil || (c.Merged.FromCol == c.Ref.Col && c.Merged.FromRow == c.Ref.Row)
}

// IsNumber reports whether the cell holds a number.
func (c *Cell) IsNumber() bool { return c != nil && c.Kind == Number }

// IsBlank reports whether the cell is absent or empty.
func (c *Cell) IsBlank() bool { return c == nil || c.Kind == Empty }

// IsPlaceholder reports whether the cell is blank or holds only a dash or a
// slash, which forms use for "not applicable".
func (c *Cell) IsPlaceholder() bool {
	if c.IsBlank() {
		return true
	}
	if c.Kind != Text {
		return false
	}
	return IsPlaceholderText(c.Label)
}

// IsPlaceholderText reports whether normalised text stands for "nothing":
// "—", "-", "/", "——", "无", "N/A".
func IsPlaceholderText(s string) bool {
	s = strings.Trim(s, "—–-－/\\_…")
	return s == "" || s == "无" || strings.EqualFold(s, "n/a") || strings.EqualFold(s, "na")
}
