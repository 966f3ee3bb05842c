package evaluation

import (
	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// The places a figure of each kind is read with at least: an amount typed
// as "47" in a 万元 column stands for 47.00, a score "8" for 8.00 (scores are
// rounded to 2 places), a rate "1" for 100.00%. Weights are definitions,
// not measurements, and are taken as exact.
const (
	amountPlaces = 2
	scorePlaces  = 2
	ratePlaces   = 4 // of the fraction: 2 places of a percentage
)

// operand is a figure ready for arithmetic: its value as shown, and whether
// it is exact or stands for the interval of values it may have been rounded
// from. Most checks pass on the values alone, so the interval is worked out
// only when they do not.
type operand struct {
	ref   xlsx.Ref // the figure's cell
	val   num.Shown
	exact bool
}

// measured reads a figure shown with at least minPlaces places. A blank or a
// placeholder counts as an exact zero.
func measured(f xlsx.Figure, minPlaces int32) operand {
	if f.State != xlsx.Present {
		return operand{ref: f.Ref, val: num.NewShown(decimal.Zero, minPlaces), exact: true}
	}
	return operand{ref: f.Ref, val: num.NewShown(f.Value.Value, max(f.Value.Places, minPlaces))}
}

// exact reads a figure as an exact number, for weights.
func exact(f xlsx.Figure) operand {
	op := measured(f, 0)
	op.exact = true
	return op
}

// interval is every value the operand may stand for.
func (o operand) interval() num.Interval {
	if o.exact {
		return num.Point(o.val.Value)
	}
	return o.val.Interval()
}

// amount reads an amount: at the places its number format shows (#,##0
// shows none, so 1,235 stands for 1234.5 to 1235.5), or, typed under the
// General format, at 2 places at least (47 stands for 47.00).
func amount(f xlsx.Figure) operand {
	if f.State == xlsx.Present && f.PlacesFromFormat {
		return measured(f, 0)
	}
	return measured(f, amountPlaces)
}

// rate reads an 执行率. One shown as a percentage, by its format or typed
// with %, is judged at the places it shows: 99% shows none of a percent.
// A bare fraction under the General format shows nothing of its rounding
// and is read at 2 places of a percent at least.
func rate(f xlsx.Figure) operand {
	if f.State == xlsx.Present && f.Percent {
		return measured(f, 0)
	}
	return measured(f, ratePlaces)
}

// score reads a score. A score typed into its cell is exact: 25 typed
// scores add up to exactly what they add up to, with no rounding
// allowance. A score worked out by a formula, or one whose cell holds more
// digits than it shows, stands for the interval it was rounded from.
func score(f xlsx.Figure) operand {
	op := measured(f, scorePlaces)
	op.exact = f.State == xlsx.Present && f.Formula == "" && !hidesDigits(f)
	return op
}

// derivedScore reads a score worked out from other cells, such as the 执行率
// score of a fund block (分值 × 执行率): it stands for the interval it was
// rounded from, whoever typed it, at the places it shows (9 shows none).
func derivedScore(f xlsx.Figure) operand { return measured(f, 0) }

// hidesDigits reports whether a figure's cell holds more digits than it
// shows, as 9.675 shown as 9.68 under the format 0.00.
func hidesDigits(f xlsx.Figure) bool {
	stored, err := num.ParseRaw(f.Text)
	return err == nil && !stored.Value.Equal(f.Value.Value)
}

// sumOf adds operands: the exact sum of the values shown and the most places
// any part shows.
func sumOf(parts []operand) (decimal.Decimal, int32) {
	var s num.Total
	places := int32(0)
	for _, p := range parts {
		s.Add(p.val.Value)
		places = max(places, p.val.Places)
	}
	return s.Value(), places
}

// intervalOf is the interval of every sum the operands may stand for.
func intervalOf(parts []operand) num.Interval {
	iv := num.Point(decimal.Zero)
	for _, p := range parts {
		iv = iv.Add(p.interval())
	}
	return iv
}

func refsOf(ops []operand) []xlsx.Ref {
	out := make([]xlsx.Ref, 0, len(ops))
	for _, o := range ops {
		out = append(out, o.ref)
	}
	return out
}

// fixed formats d with places decimals.
func fixed(d decimal.Decimal, places int32) string { return d.StringFixed(places) }

// percent formats a fraction as a percentage with places-2 decimals:
// 0.7274 with 4 places is "72.74%".
func percent(d decimal.Decimal, places int32) string {
	return d.Shift(2).StringFixed(max(places-2, 0)) + "%"
}
