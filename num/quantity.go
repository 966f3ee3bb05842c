package num

import (
	"strings"

	"github.com/jixiao-go/jixiao/internal/label"
)

// Op is the comparison a target states: "≥40场" is AtLeast 40.
type Op string

// The operators a target may carry. None means a bare value such as "100%".
const (
	None    Op = ""
	AtLeast Op = "≥"
	AtMost  Op = "≤"
	Equal   Op = "="
	Above   Op = ">"
	Below   Op = "<"
)

// Quantity is a number as a person types it: an optional operator, the value
// (a percentage is stored as its fraction: "76%" is 0.76 with 2 places), and
// a trailing unit such as "场", "人次" or "万元".
type Quantity struct {
	Op      Op
	Shown          // the value, as a fraction when Percent
	Percent bool   // written with a % sign
	Unit    string // what follows the number, "" when nothing does
}

// ParseQuantity reads text such as "≥6500人次", "≤5%", "=100%", "0.76",
// "1,234.50", "283.79万", "76%" or full-width "７６％". It rejects text with
// no number at its start (after the operator), such as "按期完成", with
// ErrNotNumber.
func ParseQuantity(text string) (Quantity, error) {
	s := strings.TrimSpace(label.Normalize(text))
	if s == "" {
		return Quantity{}, syntaxErr(text, ErrEmpty)
	}
	if len(s) > 4*MaxNumberLen {
		return Quantity{}, syntaxErr(text, ErrTooLong)
	}
	var q Quantity
	q.Op, s = cutOp(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "¥"), "￥")
	lit, rest := cutNumber(s)
	if lit == "" {
		return Quantity{}, syntaxErr(text, ErrNotNumber)
	}
	sh, err := ParseRaw(lit)
	if err != nil {
		return Quantity{}, syntaxErr(text, err.(*SyntaxError).Err)
	}
	// Keep the places as typed ("1.50" shows 2), not as trimmed.
	sh.Places = placesWritten(lit)
	if strings.HasPrefix(rest, "%") {
		q.Percent = true
		rest = rest[1:]
		sh = NewShown(sh.Value.Shift(-2), sh.Places+2)
	}
	q.Shown = sh
	q.Unit = rest
	return q, nil
}

// cutOp splits a leading comparison operator, in symbols or in words.
func cutOp(s string) (Op, string) {
	for _, c := range [...]struct {
		prefix string
		op     Op
	}{
		{"≥", AtLeast}, {">=", AtLeast}, {"≧", AtLeast}, {"不少于", AtLeast}, {"不低于", AtLeast}, {"大于等于", AtLeast}, {"大于或等于", AtLeast},
		{"≤", AtMost}, {"<=", AtMost}, {"≦", AtMost}, {"不超过", AtMost}, {"不高于", AtMost}, {"不多于", AtMost}, {"小于等于", AtMost}, {"小于或等于", AtMost},
		{"==", Equal}, {"=", Equal}, {"等于", Equal},
		{">", Above}, {"大于", Above}, {"超过", Above},
		{"<", Below}, {"小于", Below}, {"低于", Below},
	} {
		if strings.HasPrefix(s, c.prefix) {
			return c.op, s[len(c.prefix):]
		}
	}
	return None, s
}

// cutNumber splits the longest leading numeric literal off s, dropping
// thousands separators between digit groups.
func cutNumber(s string) (lit, rest string) {
	var b strings.Builder
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		b.WriteByte(s[i])
		i++
	}
	digits, dot := 0, false
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			b.WriteByte(c)
		case c == ',' && digits > 0 && !dot && i+4 <= len(s) && isDigits(s[i+1:i+4]):
			// a thousands separator: skip it
		case c == '.' && !dot && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			dot = true
			b.WriteByte(c)
		default:
			if digits == 0 {
				return "", s
			}
			return b.String(), s[i:]
		}
		i++
	}
	if digits == 0 {
		return "", s
	}
	return b.String(), ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// The amount units, in their canonical spelling: the one vocabulary of
// units that xlsx reads after a number and budget reads in block labels.
const (
	UnitYuan         = "元"
	UnitThousandYuan = "千元"
	UnitTenThousand  = "万元"
	UnitHundredMln   = "亿元"
)

// CanonicalAmountUnit returns the canonical spelling of an amount unit as a
// block states it or as it is typed after a number: "万" and "万元" are both
// "万元", "千" "千元", "亿" "亿元", "元" "元". Anything else gives "".
func CanonicalAmountUnit(u string) string {
	switch u {
	case "元":
		return UnitYuan
	case "千元", "千":
		return UnitThousandYuan
	case "万元", "万":
		return UnitTenThousand
	case "亿元", "亿":
		return UnitHundredMln
	}
	return ""
}
