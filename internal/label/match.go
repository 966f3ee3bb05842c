package label

import (
	"strings"
	"unicode/utf8"
)

// StripLinePrefix removes list markers and introducing words from a
// normalised row label: "其中:财政拨款" → "财政拨款", "1.基本支出" →
// "基本支出", "一、年度资金总额" → "年度资金总额".
func StripLinePrefix(s string) string {
	s = stripOrdinal(s)
	// Words that introduce a row label without being part of it:
	// "其中：财政拨款" is the line 财政拨款, "按支出性质分：基本支出" is 基本支出.
	for _, p := range [...]string{"其中:", "其中", "按支出性质分:", "按资金来源分:", "按资金性质分:", "按来源分:", "含:", "包括:"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			return stripOrdinal(s[len(p):])
		}
	}
	return s
}

// stripOrdinal removes a leading "1.", "(1)", "一、", "1、" or "①". It reads
// only the runes it needs, without converting the label.
func stripOrdinal(s string) string {
	if strings.HasPrefix(s, "(") {
		j := 1 + ordinalLen(s[1:])
		if j > 1 && j < len(s) && s[j] == ')' {
			return s[j+1:]
		}
		return s
	}
	if r, size := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' {
		return s[size:]
	}
	j := ordinalLen(s)
	if j == 0 || j >= len(s) {
		return s
	}
	r, size := utf8.DecodeRuneInString(s[j:])
	if r == '.' && j+size < len(s) && s[j+size] >= '0' && s[j+size] <= '9' {
		return s // 1.5 is a number, not the ordinal 1.
	}
	if (r == '、' || r == '.') && j+size < len(s) {
		return s[j+size:]
	}
	return s
}

// ordinalLen is the length in bytes of the ordinal digits that start s.
func ordinalLen(s string) int {
	j := 0
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isOrdinalRune(r) {
			break
		}
		j += size
	}
	return j
}

func isOrdinalRune(r rune) bool {
	return (r >= '0' && r <= '9') || strings.ContainsRune("一二三四五六七八九十", r)
}

// StripWeight splits a label that carries its weight into the name and the
// weight text: "产出指标(50分)", "产出指标(50)", "产出指标[50分]",
// "产出指标(50%)" and "产出指标50分" are all 产出指标 with weight "50". It
// works on normalised text; without a weight it returns s and "".
func StripWeight(s string) (name, weight string) {
	for _, b := range [...][2]string{{"(", ")"}, {"[", "]"}} {
		if !strings.HasSuffix(s, b[1]) {
			continue
		}
		open := strings.LastIndex(s, b[0])
		if open < 0 {
			return s, ""
		}
		inner := s[open+1 : len(s)-len(b[1])]
		inner = strings.TrimSuffix(strings.TrimSuffix(inner, "分"), "%")
		if isWeight(inner) {
			return s[:open], inner
		}
		return s, ""
	}
	if rest, ok := strings.CutSuffix(s, "分"); ok {
		i := len(rest)
		for i > 0 && (rest[i-1] >= '0' && rest[i-1] <= '9' || rest[i-1] == '.') {
			i--
		}
		if i > 0 && isWeight(rest[i:]) && !strings.HasSuffix(rest[:i], "得") && !strings.HasSuffix(rest[:i], "扣") {
			return rest[:i], rest[i:]
		}
	}
	return s, ""
}

// isWeight reports whether text is a weight: digits with at most one point,
// starting with a digit.
func isWeight(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' && strings.Trim(w, "0123456789.") == "" && strings.Count(w, ".") <= 1
}
