package xlsx

import (
	"strings"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/num"
)

// classify sets Label, Kind, Value, Percent, PlacesFromFormat and Unit from
// Text and the cell's number format: the places it shows (sf.known is false
// for General), and whether it shows a percentage.
func classify(c *Cell, sf styleFormat, s *Scratch) {
	places, known := sf.places, sf.known
	c.Label = label.Normalize(c.Text)
	switch {
	case c.Label == "":
		c.Kind = Empty
	case isErrorValue(c.Label):
		c.Kind = Error
	case !mayBeNumber(c.Label):
		c.Kind = Text
	default:
		if v, err := s.parseRaw(c.Text); err == nil {
			c.Kind = Number
			if known {
				// What the cell shows: the stored value rounded to the
				// format's places (4.7368 under 0.00 shows 4.74).
				if places < v.Places {
					v.Value = num.Round(v.Value, places)
				}
				v.Places = places
				if sf.literalPercent {
					// 85.11 under 0.00"%" shows 85.11%: the fraction
					// 0.8511, with the places of a percentage.
					v = num.NewShown(v.Value.Shift(-2), v.Places+2)
				}
			}
			c.Value, c.Percent, c.PlacesFromFormat = v, sf.percent || known && sf.literalPercent, known
			return
		}
		if q, err := num.ParseQuantity(c.Text); err == nil && q.Op == num.None && isAmountUnit(q.Unit) {
			c.Kind, c.Value, c.Percent, c.Unit = Number, q.Shown, q.Percent, q.Unit
			return
		}
		c.Kind = Text
	}
}

// mayBeNumber is a quick test that spares the parsers the text of labels:
// a number, as stored or as typed in an amount cell, starts with a digit, a
// sign or a point, or with a currency sign.
func mayBeNumber(label string) bool {
	switch c := label[0]; {
	case c >= '0' && c <= '9', c == '+', c == '-', c == '.':
		return true
	}
	return strings.HasPrefix(label, "¥") || strings.HasPrefix(label, "￥")
}

// isAmountUnit reports what may follow a number typed as text in an amount
// or rate cell: nothing, or an amount unit of num.CanonicalAmountUnit (元,
// 千元, 万元, 亿元, and 千, 万, 亿 for short); anything else ("场", "年度")
// leaves the cell as text.
func isAmountUnit(u string) bool { return u == "" || num.CanonicalAmountUnit(u) != "" }

func isErrorValue(s string) bool {
	if !strings.HasPrefix(s, "#") {
		return false
	}
	switch strings.ToUpper(s) {
	case "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#BUSY!":
		return true
	}
	return false
}
