package xlsx

import "github.com/jixiao-go/jixiao/num"

// FigureState says what a cell that should hold a number holds instead.
type FigureState uint8

// The states of a Figure.
const (
	// Absent: no cell, or an empty one.
	Absent FigureState = iota
	// Placeholder: a dash, a slash or 无, written for "not applicable".
	Placeholder
	// Present: a number.
	Present
	// Invalid: text or an error value where a number belongs.
	Invalid
	// NotComputed: a formula saved without its result that jixiao did not
	// compute (the cell's Kind is Uncalculated): what the cell shows is not
	// known, so it is neither a number nor the uploader's mistake.
	// CalcFailure and CalcReason say why.
	NotComputed
)

// Figure is a number a domain field reads from one cell, with the cell's
// position and text, so that every value remembers where it came from.
type Figure struct {
	Ref   Ref
	Text  string    // the cell's text as stored
	Value num.Shown // meaningful when State is Present
	// Unit is the unit typed after the number, such as "万".
	Unit string
	// Formula is the cell's formula, if any; Computed is true when jixiao
	// computed its value because the file held none.
	Formula string
	State   FigureState
	// Percent is true when the cell shows a percentage (by format or text).
	Percent bool
	// PlacesFromFormat is true when Value's places are those of the cell's
	// number format, false when they are the places as stored or typed.
	PlacesFromFormat bool
	Computed         bool
	// CalcFailure is the cell's CalcFailure: why its formula was not
	// computed, when State is NotComputed.
	CalcFailure CalcFailure
}

// OK reports whether the figure holds a number.
func (f Figure) OK() bool { return f.State == Present }

// Figure reads the cell at ref as a Figure.
func (s *Sheet) Figure(ref Ref) Figure {
	fig := Figure{Ref: ref}
	c := s.At(ref)
	if c == nil {
		return fig
	}
	fig.Text, fig.Formula, fig.Computed, fig.CalcFailure = c.Text, c.Formula, c.Computed, c.CalcFailure
	switch {
	case c.Kind == Uncalculated:
		fig.State = NotComputed
	case c.Kind == Number:
		fig.State, fig.Value, fig.Percent, fig.Unit, fig.PlacesFromFormat = Present, c.Value, c.Percent, c.Unit, c.PlacesFromFormat
	case c.IsPlaceholder():
		if c.Kind == Empty {
			fig.State = Absent
		} else {
			fig.State = Placeholder
		}
	default:
		fig.State = Invalid
	}
	return fig
}
