package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/jixiao-go/jixiao/evaluation"
)

// printText writes the readable summary of one report.
func printText(w io.Writer, rep *evaluation.Report, en bool) {
	t := func(zh, english string) string {
		if en {
			return english
		}
		return zh
	}
	nErr, nWarn := len(rep.Errors()), len(rep.Warnings())
	nInfo := len(rep.Findings) - nErr - nWarn
	verdict := t("通过", "valid")
	if !rep.Valid {
		verdict = t("不通过", "invalid")
	}
	fmt.Fprintf(w, "%s: %s (%s %d, %s %d, %s %d)\n", rep.File, verdict,
		t("错误", "errors"), nErr, t("警告", "warnings"), nWarn, t("提示", "notes"), nInfo)
	var rows [][]string
	for _, f := range rep.Forms {
		row := []string{f.Sheet, kindName(f.Kind, en)}
		if f.Score != nil {
			row = append(row, t("得分 ", "score ")+*f.Score)
		}
		if f.Grade != nil {
			row = append(row, t("等级 ", "grade ")+*f.Grade)
		}
		rows = append(rows, row)
	}
	writeColumns(w, "  ", rows)
	for _, f := range rep.Forms {
		if f.Recomputed != nil && f.Recomputed.Total > 0 {
			fmt.Fprintf(w, "  %s: %s\n", f.Sheet, coverageLine(f.Recomputed, en))
		}
	}
	for _, f := range rep.Findings {
		line := fmt.Sprintf("  %s %s %s!%s: %s", severityName(f.Severity, en), f.Code, f.Sheet, f.Cell, f.Message)
		if f.Fix != nil {
			line += t(" 建议将 "+f.Fix.Cell+" 改为 "+f.Fix.Value+"。", " Fix: set "+f.Fix.Cell+" to "+f.Fix.Value+".")
		}
		fmt.Fprintln(w, line)
	}
	if rep.Partial {
		fmt.Fprintln(w, "  "+t("（发现过多，仅列出部分）", "(too many findings; the list is partial)"))
	}
}

func kindName(k evaluation.FormKind, en bool) string {
	if en {
		return string(k)
	}
	switch k {
	case evaluation.KindDepartment:
		return "部门整体支出"
	case evaluation.KindScore:
		return "部门评分表"
	case evaluation.KindProject:
		return "项目支出"
	}
	return string(k)
}

func severityName(s evaluation.Severity, en bool) string {
	if en {
		return strings.ToUpper(string(s))
	}
	switch s {
	case evaluation.SeverityError:
		return "错误"
	case evaluation.SeverityWarning:
		return "警告"
	}
	return "提示"
}

// coverageLine says in one line how many scores were recomputed:
// "重算 20/25 项得分，全部一致；5 项需人工核定".
func coverageLine(c *evaluation.Coverage, en bool) string {
	done := c.Matched + c.Differs
	var b strings.Builder
	if en {
		fmt.Fprintf(&b, "recomputed %d/%d scores", done, c.Total)
		switch {
		case done == 0:
		case c.Differs == 0:
			b.WriteString(", all consistent")
		default:
			fmt.Fprintf(&b, ", %d differ", c.Differs)
		}
		for _, part := range []struct {
			n    int
			text string
		}{{c.Manual, "need a person's count"}, {c.Unreadable, "have unreadable rules"}, {c.Unusable, "lack usable values"}} {
			if part.n > 0 {
				fmt.Fprintf(&b, "; %d %s", part.n, part.text)
			}
		}
		return b.String()
	}
	fmt.Fprintf(&b, "重算 %d/%d 项得分", done, c.Total)
	switch {
	case done == 0:
	case c.Differs == 0:
		b.WriteString("，全部一致")
	default:
		fmt.Fprintf(&b, "，%d 项不一致", c.Differs)
	}
	for _, part := range []struct {
		n    int
		text string
	}{{c.Manual, "项需人工核定"}, {c.Unreadable, "项评分标准无法识别"}, {c.Unusable, "项数据不全无法重算"}} {
		if part.n > 0 {
			fmt.Fprintf(&b, "；%d %s", part.n, part.text)
		}
	}
	return b.String()
}
