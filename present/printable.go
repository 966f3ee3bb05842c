package present

import (
	"fmt"
	"strings"
	"unicode"
)

// Printable returns s as it can be shown on a terminal or in a table
// without misleading the reader: characters that reorder text (U+202E and
// the other bidirectional controls), that take no space (U+200B, U+FEFF),
// and other control characters but tab and newline are written out as
// <U+202E>. Text without them is returned as it is.
func Printable(s string) string {
	if !strings.ContainsFunc(s, hidden) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if hidden(r) {
			fmt.Fprintf(&b, "<U+%04X>", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hidden reports whether a character is one Printable writes out.
func hidden(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return true
	case r >= 0x200B && r <= 0x200D, r == 0x2060, r == 0xFEFF:
		return true
	}
	return unicode.IsControl(r)
}
