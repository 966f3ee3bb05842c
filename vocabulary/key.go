package vocabulary

import (
	"strings"

	"github.com/jixiao-go/jixiao/internal/label"
)

// Key is the form of a label that matching compares: label.Normalize, then
// without an ordinal or introducing word in front, without punctuation at
// the end, and without units and weights in brackets at the end, repeated
// while any is left: “二、全年预算数（万元）：” is 全年预算数.
func Key(s string) string {
	s = label.StripLinePrefix(label.Normalize(s))
	for {
		t := strings.TrimRight(s, ":;,.。、，；")
		t = stripBracketed(t)
		if t == s || t == "" {
			return s
		}
		s = t
	}
}

// stripBracketed removes a bracket at the end that holds a unit or a
// weight: (万元), (元), (单位:万元), (分), (%), (10分), [30分], (50%).
func stripBracketed(s string) string {
	if len(s) < 3 {
		return s
	}
	var opener byte
	switch s[len(s)-1] {
	case ')':
		opener = '('
	case ']':
		opener = '['
	default:
		return s
	}
	open := strings.LastIndexByte(s, opener)
	if open <= 0 {
		return s
	}
	if isUnitOrWeight(s[open+1 : len(s)-1]) {
		return s[:open]
	}
	return s
}

// isUnitOrWeight reports whether a bracket's text is a unit or a weight.
func isUnitOrWeight(inner string) bool {
	inner = strings.TrimPrefix(strings.TrimPrefix(inner, "单位:"), "人民币")
	switch inner {
	case "万元", "元", "千元", "亿元", "万", "分", "%", "百分比", "百分率":
		return true
	}
	digits := strings.TrimSuffix(strings.TrimSuffix(inner, "分"), "%")
	if digits == inner || digits == "" {
		return false
	}
	return strings.Trim(digits, "0123456789.") == ""
}
