// Package label normalises the text of header and row labels so that blocks
// can be found by their words whatever the typist did: spaces and line breaks
// inside labels, full-width and half-width forms, （）/(), ：/:, “”/"".
package label

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize folds s and drops every white-space character, so that
// "年度部门整 体支出规模" and "年度部门整体\n支出规模" both read
// "年度部门整体支出规模".
func Normalize(s string) string {
	if isNormal(s) {
		return s
	}
	return normalizeCopy(s)
}

// normalizeCopy is Normalize building a new string.
func normalizeCopy(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = foldRune(r)
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isNormal reports whether Normalize leaves s as it is: most cells' text,
// which then costs no copy.
func isNormal(s string) bool {
	for _, r := range s {
		if foldRune(r) != r || isSpace(r) || r == '\u200b' || r == '\ufeff' || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// isSpace is unicode.IsSpace, without its table lookup for the runes a
// label is mostly written in (ASCII and CJK).
func isSpace(r rune) bool {
	switch {
	case r < 0x80:
		return r == ' ' || r >= '\t' && r <= '\r'
	case r < 0x2000:
		return r == 0x85 || r == 0xA0 || r == 0x1680
	case r > 0x3000:
		return false
	}
	return unicode.IsSpace(r)
}

func foldRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII block
		return r - 0xFEE0
	case r == 0x3000: // ideographic space
		return ' '
	}
	switch r {
	case '“', '”', '„', '″':
		return '"'
	case '‘', '’', '′':
		return '\''
	case '【', '〔', '［':
		return '['
	case '】', '〕', '］':
		return ']'
	}
	return r
}
