package xlsx

import (
	"strings"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/internal/num"
)

// classify sets Label, Kind, Value, Percent and Unit from Text and the places
// the cell's number format shows (known is false for General).
func classify(c *Cell, places int32, percent, known bool, s *Scratch) {
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
			}
			c.Value, c.Percent = v, percent
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

// isAmountUnit lists what may follow a number typed as text in an amount or
// rate cell; anything else ("场", "年度") leaves the cell as text.
func isAmountUnit(u string) bool {
	switch u {
	case "", "元", "万元", "万", "亿元", "千元":
		return true
	}
	return false
}

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
