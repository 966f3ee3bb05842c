package main

import (
	"strconv"
	"strings"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/present"
)

func csvHeader() []string {
	return []string{"file", "valid", "code", "severity", "sheet", "cell", "related", "expected", "actual", "message", "fix_cell", "fix_value", "source", "paragraph", "quote"}
}

// csvRows gives one row per finding, or one row with empty finding columns
// for a workbook without findings.
func csvRows(r *evaluation.Report) [][]string {
	valid := strconv.FormatBool(r.Valid)
	if len(r.Findings) == 0 {
		return [][]string{{r.File, valid, "", "", "", "", "", "", "", "", "", "", "", "", ""}}
	}
	rows := make([][]string, 0, len(r.Findings))
	for _, f := range r.Findings {
		fixCell, fixValue := "", ""
		if f.Fix != nil {
			fixCell, fixValue = f.Fix.Cell, f.Fix.Value
		}
		paragraph := ""
		if f.Paragraph > 0 {
			paragraph = strconv.Itoa(f.Paragraph)
		}
		rows = append(rows, []string{present.Printable(r.File), valid, f.Code, string(f.Severity), present.Printable(f.Sheet), f.Cell,
			strings.Join(append(append([]string{}, f.Related...), f.RelatedElsewhere...), " "), f.Expected, f.Actual, f.Message, fixCell, fixValue,
			f.Source, paragraph, present.Printable(f.Quote)})
	}
	return rows
}
