package present

import (
	"strconv"
	"strings"
)

// Recount is how the 三级 scores of a form came out when recomputed from
// their rules, as RecountSentence words it.
type Recount struct {
	Total, Matched, Differs, Manual, Unreadable, Unusable int
}

var (
	recountDone     = Text{"重算 {done}/{total} 项得分", "recomputed {done}/{total} scores"}
	recountAllAgree = Text{"，全部一致", ", all consistent"}
	recountDiffer   = Text{"，{n} 项不一致", ", {n} differ"}
	recountManual   = Text{"；{n} 项需人工核定", "; {n} need a person's count"}
	recountRule     = Text{"；{n} 项评分标准无法识别", "; {n} have unreadable rules"}
	recountUnusable = Text{"；{n} 项数据不全无法重算", "; {n} lack usable values"}
	batchTotals     = Text{"共 {files} 个文件：通过 {valid}，有错误 {invalid}，{blank}无法读取 {unreadable}；共 {forms} 张表，评定等级 {graded} 张：{grades}", "{files} files: {valid} valid, {invalid} with errors, {blank}{unreadable} unreadable; {forms} forms, {graded} graded: {grades}"}
	batchBlank      = Text{"未填写 {n}，", "{n} blank, "}
)

// RecountSentence says in one line how a form's scores were recomputed:
// "重算 20/25 项得分，全部一致；5 项需人工核定".
func RecountSentence(l Lang, c Recount) string {
	done := c.Matched + c.Differs
	var b strings.Builder
	n := func(t *Text, v int) {
		if v > 0 {
			b.WriteString(New(t, S("n", strconv.Itoa(v))).In(l))
		}
	}
	b.WriteString(New(&recountDone, S("done", strconv.Itoa(done)), S("total", strconv.Itoa(c.Total))).In(l))
	switch {
	case done == 0:
	case c.Differs == 0:
		b.WriteString(recountAllAgree.In(l))
	default:
		n(&recountDiffer, c.Differs)
	}
	n(&recountManual, c.Manual)
	n(&recountRule, c.Unreadable)
	n(&recountUnusable, c.Unusable)
	return b.String()
}

// BatchTotals is the closing line of a batch: how many files were valid,
// had errors, were blank (said only when some were) or could not be read,
// how many forms the files hold (a file holds several), how many of them
// were graded, and how many earned each grade (grades as "优 6 良 0 中 0 差
// 0").
func BatchTotals(l Lang, files, valid, invalid, blank, unreadable, forms, graded int, grades string) string {
	blanks := ""
	if blank > 0 {
		blanks = New(&batchBlank, S("n", strconv.Itoa(blank))).In(l)
	}
	return New(&batchTotals, S("files", strconv.Itoa(files)), S("valid", strconv.Itoa(valid)),
		S("invalid", strconv.Itoa(invalid)), S("blank", blanks), S("unreadable", strconv.Itoa(unreadable)),
		S("forms", strconv.Itoa(forms)), S("graded", strconv.Itoa(graded)), S("grades", grades)).In(l)
}

var (
	coverageRan   = Text{"核对 {n} 项", "{n} checks ran"}
	coverageAll   = Text{"，均已完成", ", all complete"}
	coverageGap   = Text{"；未核对：{code} {reason}", "; not checked: {code} {reason}"}
	coverageCells = Text{"（{cells}）", " ({cells})"}
)

// Gap is something a check could not check, as CoverageSentence words it.
type Gap struct {
	Code, Reason string
	Cells        []string
}

// CoverageSentence says in one line what was checked on a form and what
// was not: "核对 18 项；未核对：JX101 未找到“年度资金总额”行（B5）".
func CoverageSentence(l Lang, checked int, gaps []Gap) string {
	var b strings.Builder
	b.WriteString(New(&coverageRan, S("n", strconv.Itoa(checked))).In(l))
	if len(gaps) == 0 {
		b.WriteString(coverageAll.In(l))
	}
	for _, g := range gaps {
		b.WriteString(New(&coverageGap, S("code", g.Code), S("reason", g.Reason)).In(l))
		if len(g.Cells) > 0 {
			sep := "、"
			if l == EN {
				sep = ", "
			}
			b.WriteString(New(&coverageCells, S("cells", strings.Join(g.Cells, sep))).In(l))
		}
	}
	return b.String()
}
