package present

import (
	"strings"

	"golang.org/x/text/width"
)

// Width is the number of columns s takes on a terminal or in a
// spreadsheet's fixed-width view: Chinese characters and other East Asian
// wide and full-width forms count two, everything else one.
func Width(s string) int {
	n := 0
	for _, r := range s {
		n += RuneWidth(r)
	}
	return n
}

// RuneWidth is the number of columns one rune takes: 2 for East Asian wide
// and full-width forms, 1 otherwise.
func RuneWidth(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// Pad appends spaces to s until it is n columns wide; text already as wide
// is returned as it is.
func Pad(s string, n int) string {
	if w := Width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}
