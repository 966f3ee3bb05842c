package main

import (
	"fmt"
	"io"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/present"
)

// printText writes the readable summary of one report.
func printText(w io.Writer, rep *evaluation.Report, l present.Lang) {
	nErr, nWarn := len(rep.Errors()), len(rep.Warnings())
	nInfo := len(rep.Findings) - nErr - nWarn
	w = printableWriter{w}
	fmt.Fprintf(w, "%s: %s\n", rep.File, present.VerdictCounts(l, rep.Outcome(), nErr, nWarn, nInfo))
	var rows [][]string
	for _, f := range rep.Forms {
		row := []string{f.Sheet, evaluation.FormTitle(f.Kind, l)}
		if f.Blank {
			row = append(row, blankLabel.In(l))
		}
		if f.Score != nil {
			row = append(row, present.Text{ZH: "得分 ", EN: "score "}.In(l)+*f.Score)
		}
		if f.Grade != nil {
			row = append(row, present.Text{ZH: "等级 ", EN: "grade "}.In(l)+*f.Grade)
		}
		rows = append(rows, row)
	}
	writeColumns(w, "  ", rows)
	for _, f := range rep.Forms {
		if c := f.Recomputed; c != nil && c.Total > 0 {
			fmt.Fprintf(w, "  %s: %s\n", f.Sheet, present.RecountSentence(l, present.Recount(*c)))
		}
	}
	for _, f := range rep.Forms {
		if c := f.Coverage; c != nil && len(c.NotChecked) > 0 {
			gaps := make([]present.Gap, len(c.NotChecked))
			for i, g := range c.NotChecked {
				gaps[i] = present.Gap(g)
			}
			fmt.Fprintf(w, "  %s: %s\n", f.Sheet, present.CoverageSentence(l, len(c.Checked), gaps))
		}
	}
	for _, f := range rep.Findings {
		where := f.Sheet + "!" + f.Cell
		if f.Cell == "" && f.Source == evaluation.SourceReport {
			where = present.ReportParagraph(l, f.Paragraph)
		}
		line := fmt.Sprintf("  %s %s %s: %s", f.Severity.Label(l), f.Code, where, f.Message)
		if f.Fix != nil {
			line += " " + present.Fix(l, f.Fix.Cell, f.Fix.Value)
		}
		fmt.Fprintln(w, line)
	}
	if rep.Partial {
		fmt.Fprintln(w, "  "+present.Partial.In(l))
	}
}

// blankLabel marks a form with nothing filled in (JX010).
var blankLabel = present.Text{ZH: "未填写", EN: "blank"}

// printableWriter writes text with the characters that would mislead a
// reader on a terminal (U+202E, U+200B, escape sequences) written out.
type printableWriter struct{ w io.Writer }

func (p printableWriter) Write(b []byte) (int, error) {
	if _, err := io.WriteString(p.w, present.Printable(string(b))); err != nil {
		return 0, err
	}
	return len(b), nil
}
