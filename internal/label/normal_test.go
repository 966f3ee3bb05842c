package label

import (
	"testing"
	"unicode"
)

// FuzzIsNormal checks the fast path: a string isNormal accepts is exactly
// what normalizeCopy makes of it.
func FuzzIsNormal(f *testing.F) {
	for _, s := range []string{"基本支出", "a b", "（", "\xff", "\ufffd", "\u200b", "12.5", "", "ｱ", "“x”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if isNormal(s) && normalizeCopy(s) != s {
			t.Fatalf("isNormal(%q) but normalizeCopy gives %q", s, normalizeCopy(s))
		}
	})
}

// stripOrdinalRunes is stripOrdinal as it was written first, on runes: the
// reference the faster one is fuzzed against.
func stripOrdinalRunes(s string) string {
	rs := []rune(s)
	i := 0
	if i < len(rs) && rs[i] == '(' {
		j := i + 1
		for j < len(rs) && isOrdinalRune(rs[j]) {
			j++
		}
		if j > i+1 && j < len(rs) && rs[j] == ')' {
			return string(rs[j+1:])
		}
		return s
	}
	if i < len(rs) && rs[i] >= '①' && rs[i] <= '⑳' {
		return string(rs[1:])
	}
	j := i
	for j < len(rs) && isOrdinalRune(rs[j]) {
		j++
	}
	if j > i && j+1 < len(rs) && rs[j] == '.' && rs[j+1] >= '0' && rs[j+1] <= '9' {
		return s // a decimal number
	}
	if j > i && j < len(rs) && (rs[j] == '、' || rs[j] == '.') && j+1 < len(rs) {
		return string(rs[j+1:])
	}
	return s
}

// FuzzStripOrdinal checks stripOrdinal against the rune version on
// normalised labels, which are valid UTF-8.
func FuzzStripOrdinal(f *testing.F) {
	for _, s := range []string{"1.基本支出", "(1)基本支出", "一、年度", "1、x", "①基本", "⑳", "(", "()", "(1)", "1.", "十二、", "(一)二", "1.5", "①"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = Normalize(s)
		if got, want := stripOrdinal(s), stripOrdinalRunes(s); got != want {
			t.Fatalf("stripOrdinal(%q) = %q, want %q", s, got, want)
		}
	})
}

// A number such as 1.5 or 0.0.0 is not a line ordinal, so stripping is
// idempotent: the second pass finds nothing more to strip.
func TestStripOrdinalLeavesNumbers(t *testing.T) {
	for in, want := range map[string]string{"1.5": "1.5", "0.0.0": "0.0.0", "1.基本支出": "基本支出", "2、项目": "项目"} {
		if got := stripOrdinal(in); got != want {
			t.Errorf("stripOrdinal(%q) = %q, want %q", in, got, want)
		}
	}
}

// isSpace agrees with unicode.IsSpace on every rune.
func TestIsSpaceIsUnicodeIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}
