package main

import (
	"io"
	"strings"

	"github.com/jixiao-go/jixiao/present"
)

// writeColumns prints rows of cells aligned in columns, counting Chinese
// characters as two columns wide as terminals show them (text/tabwriter
// counts them as one).
func writeColumns(w io.Writer, indent string, rows [][]string) {
	var widths []int
	for _, row := range rows {
		for i, cell := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], present.Width(cell))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		b.WriteString(indent)
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-present.Width(cell)+2))
			}
		}
		b.WriteString("\n")
		io.WriteString(w, b.String())
	}
}
