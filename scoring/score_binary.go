package scoring

import (
	"strings"

	"github.com/jixiao-go/jixiao/num"
	"github.com/shopspring/decimal"
)

// binary gives full marks or nothing.
func (sc scorer) binary() Outcome {
	t, a := sc.t, sc.a
	switch {
	case t.empty:
		return unusable("target missing")
	case a.empty:
		return unusable("actual value missing")
	case sameText(t, a):
		return sc.full("actual equals the target")
	case t.Numeric && a.Numeric:
		if o, ok := sc.needBoth(); !ok {
			return o
		}
		met, known := meets(t.Quantity.Op, a.Quantity.Value, t.Quantity.Value)
		if !known {
			return manual(sc.w, "a bare numeric target does not say which side of it is met")
		}
		o := sc.zero("target not met")
		if met {
			o = sc.full("target met")
		}
		// The target might be met or not by values that display alike;
		// exact values display only themselves.
		if !(t.Exact && a.Exact) && t.interval().Meets(a.interval()) {
			o.Interval = num.Interval{Lo: decimal.Zero, Hi: sc.w}
		}
		return o
	case t.Numeric || a.Numeric:
		return manual(sc.w, "one of target and actual is a number, the other text")
	case negatedActual(t.text, a.text):
		return sc.zero("actual says the target was not met")
	}
	return manual(sc.w, "actual text differs from the target text")
}

// meets reports whether actual meets a target with op; known is false for a
// bare target the actual does not equal.
func meets(op num.Op, actual, target decimal.Decimal) (met, known bool) {
	c := actual.Cmp(target)
	switch op {
	case num.AtLeast:
		return c >= 0, true
	case num.Above:
		return c > 0, true
	case num.AtMost:
		return c <= 0, true
	case num.Below:
		return c < 0, true
	case num.Equal:
		return c == 0, true
	}
	return c == 0, c == 0
}

// negatedActual reports whether the actual text plainly says the target was
// not met: "未完成", "尚未公开", "否".
func negatedActual(target, actual string) bool {
	switch actual {
	case "否", "无", "未完成", "不合格", "不符合", "未达到", "未达标":
		return true
	}
	for _, w := range [...]string{"未", "没有", "尚未", "逾期"} {
		if strings.HasPrefix(actual, w) {
			return !strings.HasPrefix(target, w)
		}
	}
	return false
}
