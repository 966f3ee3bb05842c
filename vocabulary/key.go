package vocabulary

import (
	"strings"

	"github.com/jixiao-go/jixiao/internal/label"
)

// Key is the form of a label that matching compares: normalised (full-width forms folded, white space dropped), then
// without an ordinal or introducing word in front, without punctuation at
// the end, and without units and weights in brackets at the end, repeated
// while any is left: “二、全年预算数（万元）：” is 全年预算数.
func Key(s string) string {
	s = label.Normalize(s)
	for {
		t := label.StripLinePrefix(s)
		t = strings.TrimRight(t, ":;,.。、，；")
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

// isUnitOrWeight reports whether a bracket's text is a unit, a weight, or
// the letters a form uses to say how a column is worked out: (A), (B/A),
// (B/A×100%), (20分*执行率).
func isUnitOrWeight(inner string) bool {
	if isFormulaNote(inner) {
		return true
	}
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

// formulaWords are the words a formula note may hold besides letters,
// digits and operators. A Replacer is safe for concurrent use.
var formulaWords = strings.NewReplacer("执行率", "", "分值", "", "分", "")

// isFormulaNote reports whether a bracket's text is the note of how a
// column is worked out: capital letters naming columns, digits, operators,
// and the words 分, 分值 and 执行率, with at least one letter or operator.
func isFormulaNote(inner string) bool {
	if !strings.ContainsAny(inner, "ABCDEFGHIJKLMNOPQRSTUVWXYZ/×*÷+-") {
		return false
	}
	rest := formulaWords.Replace(inner)
	if rest == "" {
		return false
	}
	marked := false
	for _, r := range rest {
		switch {
		case r >= 'A' && r <= 'Z', strings.ContainsRune("/×*÷+-", r):
			marked = true
		case r >= '0' && r <= '9', r == '.', r == '%':
		default:
			return false
		}
	}
	return marked
}
