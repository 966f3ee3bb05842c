package main

import (
	"strconv"
	"strings"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/present"
)

// csvColumns are the columns of the CSV output, headed in the language of
// the report: one row per finding (or per form, for a workbook without
// findings, or one for a file that could not be read).
var csvColumns = []present.Text{
	{ZH: "文件", EN: "file"}, {ZH: "是否通过", EN: "valid"}, {ZH: "代码", EN: "code"}, {ZH: "级别", EN: "severity"},
	{ZH: "工作表", EN: "sheet"}, {ZH: "单元格", EN: "cell"}, {ZH: "相关单元格", EN: "related"},
	{ZH: "应为", EN: "expected"}, {ZH: "实为", EN: "actual"}, {ZH: "说明", EN: "message"},
	{ZH: "建议单元格", EN: "fix_cell"}, {ZH: "建议值", EN: "fix_value"},
	{ZH: "来源", EN: "source"}, {ZH: "段落", EN: "paragraph"}, {ZH: "引文", EN: "quote"},
	{ZH: "得分", EN: "score"}, {ZH: "等级", EN: "grade"}, {ZH: "无法读取", EN: "error"},
}

func csvHeader(l present.Lang) []string {
	out := make([]string, len(csvColumns))
	for i, c := range csvColumns {
		out[i] = c.In(l)
	}
	return out
}

// csvRow is a row with every column blank but the file's and the verdict.
func csvRow(file string, valid bool) []string {
	row := make([]string, len(csvColumns))
	row[0], row[1] = present.Printable(file), strconv.FormatBool(valid)
	return row
}

// csvRows gives one row per finding, with the score and grade of the form
// on the finding's sheet; a workbook without findings gives one row per
// form with its score and grade.
func csvRows(r *evaluation.Report) [][]string {
	scoreOf := func(sheet string) (string, string) {
		for _, f := range r.Forms {
			if f.Sheet == sheet {
				return deref(f.Score), deref(f.Grade)
			}
		}
		return "", ""
	}
	if len(r.Findings) == 0 {
		rows := make([][]string, 0, len(r.Forms))
		for _, f := range r.Forms {
			row := csvRow(r.File, r.Valid)
			row[4], row[15], row[16] = present.Printable(f.Sheet), deref(f.Score), deref(f.Grade)
			rows = append(rows, row)
		}
		return rows
	}
	rows := make([][]string, 0, len(r.Findings))
	for _, f := range r.Findings {
		row := csvRow(r.File, r.Valid)
		row[2], row[3], row[4], row[5] = f.Code, string(f.Severity), present.Printable(f.Sheet), f.Cell
		row[6] = strings.Join(append(append([]string{}, f.Related...), f.RelatedElsewhere...), " ")
		row[7], row[8], row[9] = f.Expected, f.Actual, f.Message
		if f.Fix != nil {
			row[10], row[11] = f.Fix.Cell, f.Fix.Value
		}
		if f.Paragraph > 0 {
			row[12], row[13], row[14] = f.Source, strconv.Itoa(f.Paragraph), present.Printable(f.Quote)
		}
		row[15], row[16] = scoreOf(f.Sheet)
		rows = append(rows, row)
	}
	return rows
}

// csvUnreadable is the row of a file that could not be read.
func csvUnreadable(file, code, message string) []string {
	row := csvRow(file, false)
	row[9], row[17] = present.Printable(message), code
	return row
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
